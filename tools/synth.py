"""Seeded synthetic notes for the benchmarks: a whole project folder of N notes.

    python tools/synth.py OUT --notes 1000 [--seed 7] [--actors 5000]

OUT gets content/ (notes of every kind in the real notes' proportions),
seeds/ (synthetic source articles, plus a copy of the real seed), docs/ (a
home page using the hand-written blocks, and the real docs' assets) and a
mkdocs.yml derived from the real one, so `mkdocs build -f OUT/mkdocs.yml`
builds it with our hooks. Every quote is a word-for-word passage of its
source's synthetic article and every figure a number in it, so the verbatim
check does real work and the notes pass `python -m explainer check`.
"""

from __future__ import annotations

import argparse
import functools
import random
import re
import shutil
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT / "hooks") not in sys.path:
    sys.path.insert(0, str(ROOT / "hooks"))

from explainer.lang import DEFAULT, READING  # noqa: E402
from explainer.load import load_story  # noqa: E402 - after the path set-up above
from explainer.model import Evidence  # noqa: E402
from explainer.template import LIST_KINDS, write_note  # noqa: E402

REAL_SEED = ROOT / "seeds" / "russian-troops-in-venezuela.txt"
REAL_STORY = ROOT / "content" / "story.md"
RELATION_TYPES = tuple(t.id for t in load_story(ROOT / "content", ROOT, []).relation_types)
"""The real story's relation types (and its sides, below): a synthetic project copies its story note."""

PROPORTIONS = {
    "actor": 42,
    "relation": 36,
    "term": 28,
    "quote": 26,
    "figure": 13,
    "event": 11,
    "source": 11,
    "explanation": 7,
}
"""Notes of each kind in content/ on 2026-11-25 (174 notes): synthetic sets keep these shares."""
SEEDED_SHARE = 11
"""One source in this many has its text in seeds/ (the real notes: 1 of 11); the rest are outlets."""
SOURCE_DATE = "2019-03"
UPDATED = "2025-06-01"

_SYLLABLE_TEXT = "ka lo ri ve na to ma se du gor an el is ur bo tre vin sal mor ce pa li zu ho ber qua nes"
_SYLLABLES = _SYLLABLE_TEXT.split()
_PROSE = (
    "the government said its forces would stay in the region while talks on the agreement went on "
    "officials in the capital denied any plan to build a base and called the visit routine "
    "analysts doubted that the deployment could change the balance of power but warned of a long standoff "
    "the opposition asked for new elections and for aid to reach the hospitals before the rainy season "
    "oil exports fell again as sanctions cut the state company off from its buyers and its lenders"
)
_WORDS = _PROSE.split()
_HEDGES = {word for family in READING[DEFAULT].hedges for word in family}
"""Words the check asks a sentence to keep when its passage has them: synthetic passages leave them out."""
_ACTOR_KINDS = (
    ("country", 8),
    ("person", 14),
    ("government-body", 6),
    ("organisation", 4),
    ("company", 3),
    ("media", 7),
)
_SIDES = (("maduro", 4), ("guaido", 4), ("divided", 1), ("neutral", 3))
_STATUSES = (("reported", 12), ("confirmed", 4), ("single-source", 2), ("disputed", 1), ("unverified", 1))


def plan(notes: int, actors: int | None = None) -> dict[str, int]:
    """How many notes of each kind make `notes` in all (largest remainder), or fix the actors."""
    if notes < 4:
        raise ValueError("a synthetic set needs at least 4 notes: a source, two actors and one more")
    shares = dict(PROPORTIONS)
    fixed: dict[str, int] = {}
    if actors is not None:
        fixed["actor"] = actors
        del shares["actor"]
    total = sum(shares.values())
    exact = {kind: notes * share / total for kind, share in shares.items()}
    counts = {kind: int(value) for kind, value in exact.items()}
    by_remainder = sorted(exact, key=lambda k: (exact[k] - counts[k], shares[k]), reverse=True)
    for kind in by_remainder[: notes - sum(counts.values())]:
        counts[kind] += 1
    counts.update(fixed)
    # A source to cite and two actors for a relation, taken from the largest kinds.
    for kind, least in (("source", 1), ("actor", 2)):
        while counts[kind] < least:
            donor = max((k for k in counts if k not in (kind, "source", "actor")), key=lambda k: counts[k])
            counts[donor] -= 1
            counts[kind] += 1
    return {kind: counts[kind] for kind in PROPORTIONS}


class _Writer:
    """Makes the notes of one synthetic set, all from one seeded random generator."""

    def __init__(self, counts: dict[str, int], seed: int) -> None:
        self.rng = random.Random(seed)  # noqa: S311 - reproducible test data, not secrets
        self.counts = counts
        self.actor_ids: list[str] = []
        self.term_ids: list[str] = []
        self.seeded: list[str] = []
        self.outlets: list[str] = []
        self.seed_texts: dict[str, str] = {}
        self.actor_names: dict[str, str] = {}
        self.quote_ids: list[str] = []
        self.written: set[str] = set()
        self.names: dict[str, str] = {}
        """Each actor's and source's name, for the sentences of the seeds that credit them."""

    def pick(self, weighted: tuple[tuple[str, int], ...]) -> str:
        return self.rng.choices([v for v, _ in weighted], [w for _, w in weighted])[0]

    def name(self, index: int) -> str:
        words = [
            "".join(self.rng.choice(_SYLLABLES) for _ in range(self.rng.randint(2, 3))).capitalize()
            for _ in range(self.rng.randint(1, 2))
        ]
        return " ".join(words) + f" {index}"

    def sentence(self, words: int = 12) -> str:
        return " ".join(self.rng.choices(_WORDS, k=words)).capitalize() + "."

    def linked(self, sentences: int, links: int) -> str:
        """Prose with [[actor]] links (and now and then a [[term:...]]), like the real bodies."""
        parts = [self.sentence(self.rng.randint(8, 16)) for _ in range(sentences)]
        for _ in range(links):
            target = f"[[{self.rng.choice(self.actor_ids)}]]"
            if self.term_ids and self.rng.random() < 0.25:
                target = f"[[term:{self.rng.choice(self.term_ids)}]]"
            i = self.rng.randrange(len(parts))
            parts[i] = parts[i][:-1] + f", said {target}."
        return " ".join(parts)

    def date(self) -> str:
        year = self.rng.choice((2018, 2019))
        month = self.rng.randint(1, 12 if year == 2018 else 3)
        if self.rng.random() < 0.5:
            return f"{year}-{month:02d}"
        return f"{year}-{month:02d}-{self.rng.randint(1, 28):02d}"

    def some(self, items: list[str], most: int) -> tuple[str, ...]:
        return tuple(self.rng.sample(items, min(len(items), self.rng.randint(1, most))))

    def status(self) -> str:
        return self.pick(_STATUSES)

    def cite(self) -> dict[str, Any]:
        """sources: the seeded article; reported_by: an outlet, half the time, which the article names."""
        fields: dict[str, Any] = {"sources": (self.rng.choice(self.seeded),)}
        if self.outlets and self.rng.random() < 0.5:
            fields["reported_by"] = self.rng.choice(self.outlets)
        return fields

    def credits(self, cited: dict[str, Any]) -> tuple[str, ...]:
        """The passages that name the outlet a note credits, if it credits one."""
        if not cited.get("reported_by"):
            return ()
        return (self.credit(cited["sources"][0], "reported", cited["reported_by"]),)

    def seed_text(self, index: int) -> str:
        """A synthetic article about as long as the real one (7 KB), with numbers in it."""
        paragraphs = []
        for p in range(12):
            sentences = [self.sentence(self.rng.randint(14, 24)) for _ in range(4)]
            sentences[1] = sentences[1][:-1] + f", with {index * 100 + p + 7} people involved."
            paragraphs.append(" ".join(sentences))
        return "\n\n".join(paragraphs) + "\n"

    def unique(self, make: Callable[[], str]) -> str:
        """A text no other quote or figure has: the check takes a repeat for a copied placeholder."""
        while (made := make()) in self.written:
            pass
        self.written.add(made)
        return made

    def passage(self, source_id: str, speaker: str) -> str:
        """A run of words from one sentence of the source's text, sometimes with a cut marked ….

        The check wants a quote from one sentence, with the speaker named in its
        paragraph: the paragraph gets a sentence that names them.
        """
        paragraphs = self.seed_texts[source_id].rstrip("\n").split("\n\n")
        p = self.rng.randrange(len(paragraphs))
        words = self.rng.choice(paragraphs[p].split(". ")[:4]).split()
        paragraphs[p] += f" So said {self.actor_names[speaker]}."
        self.seed_texts[source_id] = "\n\n".join(paragraphs) + "\n"
        if self.rng.random() < 0.2:
            length = self.rng.randint(3, 6)
            gap = self.rng.randint(2, min(6, len(words) - 2 * length))
            start = self.rng.randrange(len(words) - 2 * length - gap + 1)
            first = " ".join(words[start : start + length])
            second = " ".join(words[start + length + gap : start + 2 * length + gap])
            return f"{first} … {second}"
        length = self.rng.randint(5, 14)
        start = self.rng.randrange(len(words) - length + 1)
        return " ".join(words[start : start + length])

    def run(self, source_id: str) -> str:
        """A run of words of one sentence of the source's text: a passage a sentence can cite.

        Lower-case words only, and none of the hedges the check would ask the sentence to keep.
        """
        sentences = [s for p in self.seed_texts[source_id].split("\n\n") for s in p.split(". ")]
        while True:
            words = self.rng.choice(sentences).split()[1:]
            length = self.rng.randint(4, 7)
            if len(words) <= length:
                continue
            start = self.rng.randrange(len(words) - length)
            picked = words[start : start + length]
            if all(w.isalpha() and w.islower() and w not in _HEDGES for w in picked):
                return " ".join(picked)

    def credit(self, source_id: str, verb: str, actor_or_source: str) -> str:
        """A sentence in the source's text that names who said or argued it: the passage that credits them."""
        paragraphs = self.seed_texts[source_id].rstrip("\n").split("\n\n")
        p = self.rng.randrange(len(paragraphs))
        said = f"So {verb} {self.names[actor_or_source]}"
        paragraphs[p] += f" {said}."
        self.seed_texts[source_id] = "\n\n".join(paragraphs) + "\n"
        return said

    def sourced(self, text: str, source_id: str, credits: tuple[str, ...] = ()) -> str:
        """Text whose every sentence carries a passage (or, where it links an actor, is marked analysis),
        as the check asks of the real notes; credits are passages naming whoever the note credits."""
        marked = []
        extra = list(credits)
        for sentence in re.split(r"(?<=\.)\s+", text):
            if "[[" in sentence:
                marked.append(f"{sentence}^[analysis]")
                continue
            passages, extra = [self.run(source_id), *extra], []
            marked.append(sentence + "".join(f'^["{words}"]' for words in passages))
        if extra:  # every sentence links an actor: a sentence of its own credits the note's outlet
            marked.append("The source reports it." + "".join(f'^["{words}"]' for words in extra))
        return " ".join(marked)

    def sources(self) -> list[dict[str, Any]]:
        notes = []
        for i in range(self.counts["source"]):
            source_id = f"source-{i + 1}"
            note: dict[str, Any] = {"id": source_id, "date": SOURCE_DATE, "updated": UPDATED}
            if i % SEEDED_SHARE == 0:
                seed = f"synthetic-{i + 1}.txt"
                self.seeded.append(source_id)
                self.seed_texts[source_id] = self.seed_text(i + 1)
                note.update(name=f"Synthetic article {i + 1}", kind="article", seed=seed)
            else:
                self.outlets.append(source_id)
                note.update(name=self.name(i + 1) + " News", kind="news-outlet")
            self.names[source_id] = note["name"]
            note["body"] = self.sentence(20)[:-1] + ".^[context: a synthetic source for the benchmark]"
            notes.append(note)
        return notes

    def actors(self) -> list[dict[str, Any]]:
        ids = [f"actor-{i + 1}" for i in range(self.counts["actor"])]
        self.actor_ids = ids
        self.term_ids = [f"term-{i + 1}" for i in range(self.counts["term"])]
        countries: list[str] = []
        notes = []
        for actor_id in ids:
            kind = self.pick(_ACTOR_KINDS)
            source = self.rng.choice(self.seeded)
            side = self.pick(_SIDES)
            note: dict[str, Any] = {
                "id": actor_id,
                "name": self.name(len(notes) + 1),
                "kind": kind,
                "role": self.sourced(self.sentence(8)[:-1], source),
                "side": side if side == "neutral" else f'{side} ^["{self.run(source)}"]',
                "stance": self.sourced(self.sentence(14), source),
                "sources": (source,),
                "updated": UPDATED,
            }
            self.actor_names[actor_id] = self.names[actor_id] = note["name"]
            if self.rng.random() < 0.4:
                note["aliases"] = (self.name(0)[:-2],)
            if kind == "country":
                countries.append(actor_id)
            elif countries and kind in ("person", "government-body") and self.rng.random() < 0.6:
                note["country"] = self.rng.choice(countries)
            note["body"] = self.sourced(self.linked(self.rng.randint(1, 3), self.rng.randint(1, 3)), source)
            notes.append(note)
        return notes

    def relations(self) -> list[dict[str, Any]]:
        notes = []
        for i in range(self.counts["relation"]):
            subject, obj = self.rng.sample(self.actor_ids, 2)
            cited = self.cite()
            note: dict[str, Any] = {
                "id": f"relation-{i + 1}",
                "subject": subject,
                "type": self.rng.choice(RELATION_TYPES),
                "object": obj,
                **cited,
                "text": self.sourced(self.sentence(16), cited["sources"][0], self.credits(cited)),
                "status": self.status(),
                "updated": UPDATED,
            }
            if self.rng.random() < 0.3:
                note["date"] = self.date()
            notes.append(note)
        return notes

    def events(self) -> list[dict[str, Any]]:
        events = []
        for i in range(self.counts["event"]):
            cited = self.cite()
            events.append(
                {
                    "id": f"event-{i + 1}",
                    "date": self.date(),
                    "title": self.sourced(self.sentence(7)[:-1], cited["sources"][0]),
                    **cited,
                    "actors": self.some(self.actor_ids, 3),
                    "text": self.sourced(self.linked(2, 1), cited["sources"][0], self.credits(cited)),
                    "status": self.status(),
                    "updated": UPDATED,
                }
            )
        return events

    def quotes(self) -> list[dict[str, Any]]:
        notes = []
        for i in range(self.counts["quote"]):
            cited = self.cite()
            quote_id = f"quote-{i + 1}"
            self.quote_ids.append(quote_id)
            speaker = self.rng.choice(self.actor_ids)
            notes.append(
                {
                    "id": quote_id,
                    "speaker": speaker,
                    "text": self.unique(functools.partial(self.passage, cited["sources"][0], speaker)),
                    **cited,
                    "context": self.sourced(self.linked(1, 1), cited["sources"][0], self.credits(cited)),
                    "date": self.date(),
                    "about": self.some(self.actor_ids, 3),
                    "status": self.status(),
                    "updated": UPDATED,
                }
            )
        return notes

    def figures(self) -> list[dict[str, Any]]:
        notes = []
        for i in range(self.counts["figure"]):
            cited = self.cite()
            numbers = [w.strip(",.") for w in self.seed_texts[cited["sources"][0]].split() if w[0].isdigit()]
            notes.append(
                {
                    "id": f"figure-{i + 1}",
                    "value": self.rng.choice(numbers),
                    "label": self.sourced(
                        self.unique(lambda: self.sentence(9)[:-1]), cited["sources"][0], self.credits(cited)
                    ),
                    **cited,
                    "about": self.some(self.actor_ids, 2),
                    "status": self.status(),
                    "updated": UPDATED,
                }
            )
        return notes

    def evidence(self) -> tuple[Evidence, ...]:
        points = []
        for _ in range(self.rng.randint(2, 4)):
            sources = (self.rng.choice(self.seeded),)
            text = self.sourced(self.sentence(15), sources[0])
            quote = self.rng.choice(self.quote_ids) if self.quote_ids and self.rng.random() < 0.6 else ""
            points.append(Evidence(text=text, sources=sources, line=0, quote=quote))
        return tuple(points)

    def explanations(self) -> list[dict[str, Any]]:
        explanations = []
        for i in range(self.counts["explanation"]):
            source = self.rng.choice(self.seeded)
            argued_by = self.some(self.actor_ids, 2)
            credits = tuple(self.credit(source, "argued", actor) for actor in argued_by)
            explanations.append(
                {
                    "id": f"explanation-{i + 1}",
                    "title": self.sourced(self.sentence(6)[:-1], source),
                    "summary": self.sourced(self.sentence(24), source, credits),
                    "sources": (source,),
                    "argued_by": argued_by,
                    "order": i + 1,
                    "evidence_for": self.evidence(),
                    "evidence_against": self.evidence(),
                    "updated": UPDATED,
                    "body": self.sourced(self.linked(3, 3), source),
                }
            )
        return explanations

    def terms(self) -> list[dict[str, Any]]:
        return [
            {
                "id": term_id,
                "term": self.name(i + 1).lower(),
                "definition": self.sentence(18)[:-1] + ".^[context: a synthetic term for the benchmark]",
                "sources": (self.rng.choice(self.seeded),),
                "updated": UPDATED,
                "body": self.linked(1, 2).replace(".", ".^[analysis]"),
            }
            for i, term_id in enumerate(self.term_ids)
        ]


def write_notes(project: Path, counts: dict[str, int], seed: int = 7) -> dict[str, int]:
    """Write content/ and seeds/ under project; return the notes written per kind."""
    writer = _Writer(counts, seed)
    # Order matters: quotes need sources' texts, explanations need quote ids.
    makers: list[tuple[str, Callable[[], list[dict[str, Any]]]]] = [
        ("source", writer.sources),
        ("actor", writer.actors),
        ("term", writer.terms),
        ("relation", writer.relations),
        ("event", writer.events),
        ("quote", writer.quotes),
        ("figure", writer.figures),
        ("explanation", writer.explanations),
    ]
    content = project / "content"
    written: dict[str, int] = {}
    for kind, make in makers:
        notes = make()
        written[kind] = len(notes)
        # Written as an editor's are (explainer.template.write_note): what the loader reads.
        if kind not in LIST_KINDS:
            folder = content / f"{kind}s"
            folder.mkdir(parents=True, exist_ok=True)
            for note in notes:
                (folder / f"{note['id']}.md").write_text(write_note(kind, note), encoding="utf-8")
        elif notes:
            content.mkdir(parents=True, exist_ok=True)
            items = [write_note(kind, note) for note in notes]
            (content / f"{kind}s.yml").write_text("\n".join(items), encoding="utf-8")
    content.mkdir(parents=True, exist_ok=True)
    (content / REAL_STORY.name).write_text(synthetic_story(), encoding="utf-8")
    seeds = project / "seeds"
    seeds.mkdir(parents=True, exist_ok=True)
    shutil.copy(REAL_SEED, seeds / REAL_SEED.name)
    for source_id, text in writer.seed_texts.items():
        (seeds / f"synthetic-{source_id.removeprefix('source-')}.txt").write_text(text, encoding="utf-8")
    return {kind: written[kind] for kind in PROPORTIONS}


def synthetic_story() -> str:
    """The real story note's question, sides and relation types; its texts for readers (which cite the
    real seed) replaced by one sentence of analysis, its corrections left out."""
    story = yaml.safe_load(REAL_STORY.read_text(encoding="utf-8").split("---\n")[1])
    story["question_intro"] = "A synthetic explainer made for the benchmarks.^[analysis]"
    for key in ("pages", "corrections"):
        story.pop(key, None)
    return f"---\n{yaml.safe_dump(story, allow_unicode=True, sort_keys=False)}---\n"


HOME = """\
---
title: Synthetic explainer
description: "A synthetic note set for benchmarks.^[context: made by tools/synth.py]"
hide:
  - navigation
---

# Synthetic explainer

<!-- explainer: reporting-up-to -->

## Key figures

<!-- explainer: key-figures -->

## Read on

<!-- explainer: ways-in -->
"""


def write_docs(project: Path) -> None:
    """docs/: a home page made of the hand-written blocks, and every asset of the real docs."""
    docs = project / "docs"
    for path in (ROOT / "docs").rglob("*"):
        if path.is_file() and path.suffix != ".md":
            target = docs / path.relative_to(ROOT / "docs")
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(path, target)
    docs.mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text(HOME, encoding="utf-8")


class _Tagged:
    """A YAML value with a tag we keep but do not interpret (!ENV, !!python/name:…)."""

    def __init__(self, tag: str, node: yaml.Node) -> None:
        self.tag, self.node = tag, node


class _ConfigLoader(yaml.SafeLoader):
    pass


class _ConfigDumper(yaml.SafeDumper):
    pass


_ConfigLoader.add_multi_constructor("!", lambda loader, suffix, node: _Tagged("!" + suffix, node))
_ConfigLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/", lambda loader, suffix, node: _Tagged("tag:yaml.org,2002:python/" + suffix, node)
)
_ConfigDumper.add_representer(_Tagged, lambda dumper, value: _retag(value.node, value.tag))


def _retag(node: yaml.Node, tag: str) -> yaml.Node:
    node.tag = tag
    return node


def read_config(path: Path = ROOT / "mkdocs.yml") -> dict[str, Any]:
    """The real mkdocs.yml as data, its tags kept for writing back."""
    data = yaml.load(path.read_text(encoding="utf-8"), Loader=_ConfigLoader)  # noqa: S506 - a SafeLoader
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping")
    return data


def write_config(project: Path, config: dict[str, Any], *, hooks: bool, nav: list[Any] | None = None) -> Path:
    """A mkdocs.yml for project: the real settings, with its paths made to work from there.

    The hooks and theme overrides stay the real ones (absolute paths); `hooks`
    False drops them, for plain Material. nav None keeps the real nav's entries
    whose page exists in project/docs or is generated by the hooks.
    """
    config = dict(config)
    config["docs_dir"] = "docs"
    # `mkdocs serve` rebuilds when a note changes (the real config also watches hooks/, not copied).
    if hooks:
        config["hooks"] = [str((ROOT / h).resolve()) for h in config.get("hooks", [])]
        config["watch"] = [folder for folder in ("content", "seeds") if (project / folder).is_dir()]
    else:
        config.pop("hooks", None)
        config.pop("watch", None)
    theme = config.get("theme")
    if isinstance(theme, dict) and isinstance(theme.get("custom_dir"), str):
        config["theme"] = {**theme, "custom_dir": str((ROOT / theme["custom_dir"]).resolve())}
    if nav is None:
        from explainer.pages import PAGES

        keep = set(PAGES.values()) | {
            p.relative_to(project / "docs").as_posix() for p in (project / "docs").rglob("*.md")
        }
        nav = _prune_nav(config.get("nav", []), keep)
    config["nav"] = nav
    path = project / "mkdocs.yml"
    path.write_text(yaml.dump(config, Dumper=_ConfigDumper, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def _prune_nav(nav: list[Any], keep: set[str]) -> list[Any]:
    pruned: list[Any] = []
    for entry in nav:
        value = next(iter(entry.values())) if isinstance(entry, dict) else entry
        if isinstance(value, list):
            inner = _prune_nav(value, keep)
            if inner:
                pruned.append({next(iter(entry)): inner})
        elif not isinstance(value, str) or value in keep or "://" in value:
            pruned.append(entry)
    return pruned


def make_project(project: Path, notes: int, seed: int = 7, actors: int | None = None) -> dict[str, int]:
    """A whole buildable project of synthetic notes at project; return the notes per kind."""
    written = write_notes(project, plan(notes, actors), seed)
    write_docs(project)
    write_config(project, read_config(), hooks=True)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="an empty or new folder")
    parser.add_argument("--notes", type=int, default=100, help="how many notes in all")
    parser.add_argument("--actors", type=int, default=None, help="fix the number of actors (others keep shares)")
    parser.add_argument("--seed", type=int, default=7, help="random seed: the same seed writes the same notes")
    args = parser.parse_args(argv)
    if args.out.exists() and any(args.out.iterdir()):
        parser.error(f"{args.out} is not empty: pick a new folder")
    written = make_project(args.out, args.notes, args.seed, args.actors)
    print(f"Wrote {sum(written.values())} notes to {args.out}: " + ", ".join(f"{n} {k}s" for k, n in written.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
