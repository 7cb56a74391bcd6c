"""The benchmark's own parts: the synthetic notes are valid, and its measurements are well formed.

No timing is asserted here; tools/bench.py prints the figures (make bench).
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import bench  # noqa: E402 - tools/ is not a package
import synth  # noqa: E402

from explainer import check_notes, load_notes  # noqa: E402
from explainer.pages import PAGES  # noqa: E402
from explainer.render.site import render_site  # noqa: E402
from explainer.verbatim import find_verbatim  # noqa: E402


@pytest.mark.parametrize("notes", [4, 10, 57, 1000, 5000])
def test_plan_keeps_the_total_and_the_shares(notes: int) -> None:
    counts = synth.plan(notes)
    assert sum(counts.values()) == notes
    assert counts["source"] >= 1 and counts["actor"] >= 2
    if notes >= 1000:
        total = sum(synth.PROPORTIONS.values())
        for kind, share in synth.PROPORTIONS.items():
            assert abs(counts[kind] - notes * share / total) <= 1, kind


def test_plan_can_fix_the_number_of_actors() -> None:
    counts = synth.plan(100, actors=5000)
    assert counts["actor"] == 5000
    assert sum(counts.values()) == 5100


def test_plan_refuses_too_few_notes() -> None:
    with pytest.raises(ValueError, match="at least 4"):
        synth.plan(3)


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("synthetic")
    synth.make_project(folder, 60)
    return folder


def test_synthetic_notes_pass_the_check(project: Path) -> None:
    loaded = load_notes(project / "content", project / "seeds", project)
    assert loaded.problems == []
    assert check_notes(loaded.notes, loaded.broken) == []
    counts = synth.plan(60)
    for kind, count in counts.items():
        assert len(getattr(loaded.notes, kind + "s")) == count, kind


def test_synthetic_quotes_are_passages_of_synthetic_seeds(project: Path) -> None:
    notes = load_notes(project / "content", project / "seeds", project).notes
    seeds = {s.id: s.seed for s in notes.sources if s.seed}
    assert notes.quotes
    for quote in notes.quotes:
        seed = seeds[quote.sources[0]]
        assert seed.startswith("synthetic-")
        assert find_verbatim(quote.text, notes.seeds[seed]), quote.id
        assert not find_verbatim(quote.text, notes.seeds[synth.REAL_SEED.name]), quote.id


def test_some_synthetic_quotes_have_a_cut(tmp_path: Path) -> None:
    synth.write_notes(tmp_path, synth.plan(300))
    notes = load_notes(tmp_path / "content", tmp_path / "seeds", tmp_path).notes
    cut = [q for q in notes.quotes if "…" in q.text]
    assert cut and len(cut) < len(notes.quotes)
    assert check_notes(notes) == []


def test_a_quote_changed_by_one_word_fails_the_check(project: Path, tmp_path: Path) -> None:
    quotes = (project / "content" / "quotes.yml").read_text(encoding="utf-8")
    loaded = load_notes(project / "content", project / "seeds", project)
    first = loaded.notes.quotes[0].text
    changed = tmp_path / "p"
    shutil.copytree(project, changed)
    (changed / "content" / "quotes.yml").write_text(quotes.replace(first, first + " zebra", 1), encoding="utf-8")
    again = load_notes(changed / "content", changed / "seeds", changed)
    problems = check_notes(again.notes, again.broken)
    assert [p.field for p in problems] == ["text"]


def test_the_same_seed_writes_the_same_notes(tmp_path: Path) -> None:
    def written(folder: Path, seed: int) -> dict[str, str]:
        synth.write_notes(folder, synth.plan(40), seed)
        return {p.relative_to(folder).as_posix(): p.read_text() for p in sorted(folder.rglob("*")) if p.is_file()}

    first, again, other = written(tmp_path / "a", 7), written(tmp_path / "b", 7), written(tmp_path / "c", 8)
    assert first == again
    assert first != other


def test_synthetic_config_uses_the_real_hooks_and_keeps_its_pages(project: Path) -> None:
    config = synth.read_config(project / "mkdocs.yml")
    assert config["hooks"] == [str(ROOT / "hooks" / "explainer_hooks.py")]
    assert config["docs_dir"] == "docs"
    listed = str(config["nav"])
    assert "index.md" in listed and PAGES["timeline"] in listed
    assert "watch" not in config


def test_plain_project_holds_the_pages_our_hooks_made_and_no_hooks(tmp_path: Path) -> None:
    real = bench.build(ROOT / "mkdocs.yml", tmp_path / "site", capture=tmp_path / "captured")
    config_path = bench.plain_project(tmp_path / "plain", tmp_path / "captured")
    config = synth.read_config(config_path)
    assert "hooks" not in config and "custom_dir" not in config["theme"]
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    docs = tmp_path / "plain" / "docs"
    for src_uri in render_site(notes):
        assert (docs / src_uri).is_file(), src_uri
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert home.startswith("---\n") and "title:" in home.split("---")[1]  # front matter kept for the theme
    assert "<!-- explainer:" not in home and "[[" not in home  # filled, as the hook fills it
    assert "*[" not in home  # the glossary tooltips our hook adds to each page count as its cost
    actors = next(e["Actors"] for e in config["nav"] if isinstance(e, dict) and "Actors" in e)
    assert len(actors) == 1 + len(notes.actors)  # the index, then one line per actor, as the hook made it
    plain = bench.build(config_path, tmp_path / "plain-site")
    assert plain.hooks_cpu_s == 0
    assert plain.pages >= len(render_site(notes))
    assert real.pages >= plain.pages


def test_hooks_timing_reports_every_step(project: Path) -> None:
    times = bench.time_hooks(project)
    for step in ("load_s", "check_s", "render_s", "total_s", "wall_s"):
        assert times[step] >= 0, step
    assert times["total_s"] >= times["render_s"]
    notes = load_notes(project / "content", project / "seeds", project).notes
    assert times["pages"] == len(render_site(notes))


def test_a_build_and_its_output_measures(project: Path, tmp_path: Path) -> None:
    done = bench.build(project / "mkdocs.yml", tmp_path / "site")
    assert done.pages > synth.plan(60)["actor"]
    assert done.wall_s > 0 and done.cpu_s > 0 and done.peak_mb > 10
    assert 0 < done.hooks_cpu_s < done.cpu_s
    assert {"on_config", "on_files", "on_page_markdown"} <= set(done.events_cpu_s)
    assert sum(done.events_cpu_s.values()) == pytest.approx(done.hooks_cpu_s)
    assert 0 < done.config_cpu_s < done.cpu_s
    weight = bench.page_weight(tmp_path / "site")
    assert weight["pages"] == done.pages - 1  # every page but 404.html
    assert weight["external"] == []
    for page in weight["by_page"]:
        assert page["first_load_gzip_bytes"] > page["html_bytes"] / 20
    assert weight["first_load_median"] > weight["html_median"] / 20
    index = bench.search_index(tmp_path / "site")
    assert index["entries"] > 0 and index["index_bytes"] > index["index_gzip_bytes"] > 0
    assert index["text_bytes"] > 0 and index["ratio"] > 0


def test_report_prints_every_section() -> None:
    build = {"hooks_s": [1.0, 1.1], "plain_s": [0.9, 1.0], "hooks_cpu_s": [0.8, 0.9], "plain_cpu_s": [0.7, 0.8]}
    overhead = {
        "runs": 2,
        **build,
        "ratio": 1.1,
        "cpu_ratio": 1.1,
        "in_hooks_s": 0.1,
        "in_hooks_cpu_s": 0.1,
        "events_cpu_s": {"on_config": 0.06, "on_files": 0.04},
        "hooks_config_cpu_s": 0.3,
        "plain_config_cpu_s": 0.2,
        "hooks_peak_mb": 50,
        "plain_peak_mb": 45,
        "hooks_pages": 50,
        "plain_pages": 50,
    }
    row = {
        "notes": 100,
        "pages": 30,
        "load_s": 0.01,
        "check_s": 0.01,
        "render_s": 0.01,
        "total_s": 0.03,
        "per_note_ms": 0.3,
        "build_s": 1.0,
        "build_cpu_s": 0.9,
        "in_build_hooks_s": 0.05,
        "in_build_hooks_cpu_s": 0.05,
        "hooks_share": 0.05,
        "own_share": 0.03,
        "events_cpu_s": {"on_config": 0.02, "on_files": 0.03},
        "hooks_share_wall": 0.05,
        "peak_mb": 50,
        "check_command_s": 0.2,
        "check_command_cpu_s": 0.2,
    }
    big = {**row, "notes": 1000, "per_note_ms": 0.9, "hooks_share": 0.2, "own_share": 0.06}
    sizes = {page: 1000 for page in bench.NAV_PAGES + bench.LIST_PAGES}
    nav = [
        {"actors": 10, "pages": 20, "sizes": sizes, "actor_page_median": 900.0},
        {"actors": 5000, "pages": 5010, "sizes": {**sizes, "index.html": 2000}, "actor_page_median": 900.0},
    ]
    results = {
        "machine": bench.machine(),
        "mode": "test",
        "overhead": overhead,
        "growth": [row, big],
        "check_real": {"median_s": 0.2, "median_cpu_s": 0.2, "peak_mb": 20},
        "real_notes": 174,
        "page_weight": {
            "html_median": 1,
            "html_max": 2,
            "html_max_page": "x",
            "html_total": 3,
            "first_load_median": 4,
            "first_load_max": 5,
            "home": {"html_bytes": 1, "first_load_gzip_bytes": 4},
            "pages": 2,
            "external": [],
        },
        "search_index": {"index_bytes": 10, "index_gzip_bytes": 5, "entries": 2, "text_bytes": 8, "ratio": 1.25},
        "nav": nav,
    }
    text = bench.report(results)
    for heading in ("### 1.", "### 2.", "### 3.", "### 4.", "### 5."):
        assert heading in text
    assert "varies 3.00× (goal ≤ 2×: **misses the goal**)" in text
    assert "(load, check, render) is 6.0% of the whole build's CPU time (goal < 10%: meets the goal)" in text
    assert "are 20.0% (5.0% of wall time) (against the same goal: **misses the goal**)" in text
    assert "Our handlers at 1,000 notes, CPU: `on_config` 20 ms, `on_files` 30 ms." in text
    assert "at most 2.00× their size" in text and "**misses the goal**" in text.split("### 5.")[1]
    assert "Ratio of medians: **1.10×** in CPU time" in text
    assert "`on_config` 60 ms, `on_files` 40 ms" in text


def _html(markdown: str) -> str:
    import markdown as md

    config = synth.read_config()
    extensions: list[str] = []
    configs: dict[str, Any] = {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        extensions.append(name)
        configs[name] = options or {}
    return md.markdown(markdown, extensions=extensions, extension_configs=configs)


TRICKY = [
    "The sanctions\\_regime and oil\\\\sanctions, *Sanctions* and `sanctions` in code.",
    "!!! sanctions\n\n    An admonition titled by its type.\n\n??? coup\n\n    A details block.",
    "| a | b |\n| - | - |\n| Monroe Doctrine | coup d&#39;état &amp; a coup |",
    '<div markdown="block">military-technical cooperation, Military\\-technical cooperation</div>',
    "Nothing here names a term.",
]


def test_tooltips_defined_only_where_their_words_stand_give_the_same_html() -> None:
    from explainer.render.tooltips import render_abbreviations

    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    pages = [*render_site(notes).values(), *TRICKY]
    pages += [p.read_text(encoding="utf-8") for p in (ROOT / "docs").rglob("*.md")]
    fewer = 0
    for page in pages:
        every, needed = render_abbreviations(notes), render_abbreviations(notes, page)
        assert _html(page + needed) == _html(page + every), page[:80]
        fewer += needed.count("\n*[") < every.count("\n*[")
    assert fewer > len(pages) / 2  # most pages need only some of the terms
