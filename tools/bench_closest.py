"""The closest passage the check shows for a misquote, against long seeds (`make bench`).

A quote not found word for word gets the stretch of its seed most like it
(explainer.verbatim.closest_passage). Seeds can be long (a transcript, a
report), so this times it for a 430-character misquote of the real seed
against seeds of about 310 KB, 1 MB and 5 MB made from the real seed's
paragraphs, shuffled and varied deterministically, with the real text last.
Each size runs in a fresh interpreter under a time limit, so a slow version
cannot hang the benchmark.
"""

from __future__ import annotations

import difflib
import json
import random
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REAL_SEED = ROOT / "seeds" / "russian-troops-in-venezuela.txt"
QUOTE_CHARS = 430


@dataclass(frozen=True)
class Closest:
    """closest_passage against one seed."""

    seed_bytes: int
    seconds: float | None
    """Median of up to three calls; None when it ran past limit_s and was stopped."""
    limit_s: float
    found: bool
    """The passage shown is the one misquoted."""


def misquote() -> tuple[str, str]:
    """(the passage, the misquote): about 430 characters of the real seed, one word changed and one dropped."""
    text = REAL_SEED.read_text(encoding="utf-8")
    paragraph = next(p for p in text.split("\n\n") if len(p) >= QUOTE_CHARS)
    words, passage = paragraph.split(), ""
    for word in words:
        if len(passage) + len(word) >= QUOTE_CHARS:
            break
        passage = f"{passage} {word}".strip()
    changed = passage.split()
    changed[len(changed) // 3] = "reportedly"
    del changed[2 * len(changed) // 3]
    return passage, " ".join(changed)


def long_seed(size: int) -> str:
    """About size bytes: varied copies of the real seed's paragraphs, then the real seed itself."""
    text = REAL_SEED.read_text(encoding="utf-8")
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    parts, length, copy = [], len(text.encode()), 0
    while length < size:
        copy += 1
        rng = random.Random(copy)  # noqa: S311 - reproducible test data
        for paragraph in rng.sample(paragraphs, len(paragraphs)):
            words = paragraph.split()
            for _ in range(max(1, len(words) // 8)):  # swap an eighth of the word pairs
                i, j = rng.randrange(len(words)), rng.randrange(len(words))
                words[i], words[j] = words[j], words[i]
            parts.append(" ".join(words))
            length += len(parts[-1].encode()) + 2
            if length >= size:
                break
    return "\n\n".join([*parts, text])


def child(size: int) -> None:
    """Time closest_passage as the check calls it (after find_verbatim, which normalises the seed)."""
    from explainer.verbatim import closest_passage, find_verbatim, normalise

    passage, quote = misquote()
    seed = long_seed(size)
    assert not find_verbatim(quote, seed)  # noqa: S101 - the case must be a misquote
    times, shown = [], ""
    while len(times) < 3 and sum(times) < 1.0:
        start = time.perf_counter()
        shown = closest_passage(quote, seed)
        times.append(time.perf_counter() - start)
    found = difflib.SequenceMatcher(None, normalise(passage), shown, autojunk=False).ratio() > 0.9
    print(json.dumps({"seed_bytes": len(seed.encode()), "seconds": sorted(times)[len(times) // 2], "found": found}))


def time_closest(sizes: tuple[int, ...], limit_s: float, env: dict[str, str]) -> list[Closest]:
    """Each size in a fresh interpreter; once one runs past the limit, larger ones are not tried."""
    rows: list[Closest] = []
    for size in sizes:
        if rows and rows[-1].seconds is None:
            rows.append(Closest(size, None, limit_s, False))
            continue
        command = [sys.executable, str(Path(__file__).resolve()), str(size)]
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=limit_s, check=True)  # noqa: S603
        except subprocess.TimeoutExpired:
            rows.append(Closest(size, None, limit_s, False))
            continue
        figures = json.loads(done.stdout.strip().splitlines()[-1])
        rows.append(Closest(figures["seed_bytes"], figures["seconds"], limit_s, figures["found"]))
    return rows


if __name__ == "__main__":
    child(int(sys.argv[1]))
