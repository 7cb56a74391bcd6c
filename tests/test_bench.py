"""The benchmark's own parts: the synthetic notes are valid, and its measurements are well formed.

No timing is asserted here; tools/bench.py prints the figures (make bench).
"""

from __future__ import annotations

import dataclasses
import html
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import bench  # noqa: E402 - tools/ is not a package
import bench_build  # noqa: E402
import bench_closest  # noqa: E402
import bench_report  # noqa: E402
import plumbing  # noqa: E402
import reload_time  # noqa: E402
import synth  # noqa: E402

import explainer_hooks as hooks  # noqa: E402
from conftest import write_project  # noqa: E402
from explainer import check_notes, load_notes  # noqa: E402
from explainer.mistakes import collect_mistakes  # noqa: E402
from explainer.pages import GUIDE_PAGE, PAGES  # noqa: E402
from explainer.render.site import render_site  # noqa: E402
from explainer.search import IndexSize  # noqa: E402
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
    assert config["watch"] == ["content", "seeds"]  # so that `mkdocs serve` sees an edited note


def test_plain_project_holds_the_pages_our_hooks_made_and_no_hooks(tmp_path: Path) -> None:
    real = bench_build.build(ROOT / "mkdocs.yml", tmp_path / "site", capture=tmp_path / "captured")
    config_path = bench_build.plain_project(tmp_path / "plain", tmp_path / "captured")
    config = synth.read_config(config_path)
    assert "hooks" not in config and "custom_dir" not in config["theme"]
    notes = load_notes(ROOT / "content", ROOT / "seeds", ROOT).notes
    docs, captured = tmp_path / "plain" / "docs", tmp_path / "captured" / "pages"
    made = {page.relative_to(captured).as_posix() for page in captured.rglob("*.md")}
    assert made == set(render_site(notes))
    for src_uri in made:  # word for word what our hooks generated
        assert (docs / src_uri).read_text(encoding="utf-8") == (captured / src_uri).read_text(encoding="utf-8")
    guide = (docs / GUIDE_PAGE).read_text(encoding="utf-8")
    examples = [message for mistake in collect_mistakes(notes) for message in mistake.messages]
    assert examples and all(html.escape(message) in guide for message in examples)  # the guide readers get
    home = (docs / "index.md").read_text(encoding="utf-8")
    assert home.startswith("---\n") and "title:" in home.split("---")[1]  # front matter kept for the theme
    assert "<!-- explainer:" not in home and "[[" not in home  # filled, as the hook fills it
    assert "*[" not in home  # the glossary tooltips our hook adds to each page count as its cost
    actors = next(e["Actors"] for e in config["nav"] if isinstance(e, dict) and "Actors" in e)
    # The index, then one line per actor if there are few enough, as the hook made it.
    listed = len(notes.actors) if len(notes.actors) <= hooks.NAV_ACTOR_LIMIT else 0
    assert len(actors) == 1 + listed
    plain = bench_build.build(config_path, tmp_path / "plain-site")
    assert plain.hooks_cpu_s == 0 and plain.events_cpu_s == {}
    assert real.ours_imported and not plain.ours_imported  # plain Material pays nothing of ours, imports included
    assert plain.pages >= len(render_site(notes))
    assert real.pages >= plain.pages


def test_hooks_timing_reports_every_step(project: Path) -> None:
    steps = bench_build.time_hooks(project)
    assert min(steps.load_s, steps.check_s, steps.render_s) >= 0
    assert steps.total_s == steps.load_s + steps.check_s + steps.render_s
    assert steps.package == str(ROOT / "hooks" / "explainer")
    notes = load_notes(project / "content", project / "seeds", project).notes
    assert steps.pages == len(render_site(notes))


def test_a_build_and_its_output_measures(project: Path, tmp_path: Path) -> None:
    done = bench_build.build(project / "mkdocs.yml", tmp_path / "site")
    assert done.pages > synth.plan(60)["actor"]
    assert done.wall_s > 0 and done.cpu_s > 0 and done.peak_mb > 10
    assert 0 < done.hooks_cpu_s < done.cpu_s
    assert {"on_config", "on_files", "on_page_markdown"} <= set(done.events_cpu_s)
    assert sum(done.events_cpu_s.values()) == pytest.approx(done.hooks_cpu_s)
    assert 0 < done.config_cpu_s < done.cpu_s
    pages, external = bench.page_weight(tmp_path / "site")
    assert len(pages) == done.pages - 1  # every page but 404.html
    assert external == []
    for page in pages:
        assert page.first_load_gzip_bytes > page.html_bytes / 20


def test_instructions_are_read_from_cachegrinds_summary() -> None:
    said = "==17514== Collected : 16323951931\n==17514== \n==17514== I   refs:      16,323,951,931\n"
    assert bench_build.instructions_counted(said) == 16_323_951_931
    with pytest.raises(RuntimeError, match="no instruction count"):
        bench_build.instructions_counted("==1== Command: python\n")


def test_a_build_is_counted_under_the_counter_it_is_given(project: Path, tmp_path: Path) -> None:
    """The build runs whole under the counter (a stand-in for valgrind here: a real count takes a minute),
    with the hash seed fixed; without valgrind nothing is counted."""
    counter = tmp_path / "counter"
    counter.write_text(
        "#!/bin/sh\n"
        # valgrind's own options, and the file it writes its count to
        'while [ "${1#--}" != "$1" ]; do case "$1" in --log-file=*) log="${1#--log-file=}";; esac; shift; done\n'
        'echo "seed $PYTHONHASHSEED" > "$(dirname "$0")/seen"\n'
        '"$@" || exit $?\n'
        "echo '==42== I   refs:      1,234,567' > \"$log\"\n",
        encoding="utf-8",
    )
    counter.chmod(0o755)
    site = tmp_path / "site"
    assert bench_build.instructions(project / "mkdocs.yml", site, str(counter)) == 1_234_567
    assert (site / "index.html").is_file()
    assert (tmp_path / "seen").read_text(encoding="utf-8") == "seed 0\n"
    assert bench_build.instructions(project / "mkdocs.yml", site, None) is None


def test_an_edit_under_mkdocs_serve_is_timed_to_the_served_page(project: Path, tmp_path: Path) -> None:
    copy = shutil.copytree(project, tmp_path / "project")
    note = copy / "content" / f"{reload_time.SYNTHETIC_NOTE}.md"
    edits = reload_time.time_edits(copy, note, reload_time.SYNTHETIC_NOTE + "/", 1, False, plumbing.mkdocs_env())
    assert len(edits.runs) == 1 and edits.tab() == []
    assert edits.runs[0].served_s > 0 and edits.first_build_s > 0
    assert len(edits.built()) == 1  # the rebuild the edit caused, from the server's log
    assert edits.cpu()[0] > 0  # the server's work for it
    assert "This sentence is edit 1, marked benchedit0x" in note.read_text(encoding="utf-8")


def test_the_serve_launcher_never_takes_another_server_on_its_port_for_its_own(tmp_path: Path) -> None:
    # Another server already answers on the port with a page: mkdocs serve cannot bind it, and
    # the launcher must say so rather than hand the test a server that is not the one it started.
    import serve_static

    files = {
        "other/index.html": "<html>another server</html>",
        "project/mkdocs.yml": "site_name: Plain\n",
        "project/docs/index.md": "# A page\n",
    }
    write_project(tmp_path, files, seed=False)
    other = serve_static.start(tmp_path / "other")
    try:
        with (
            pytest.raises(RuntimeError, match="the server stopped"),
            plumbing.mkdocs_serve(tmp_path / "project", port=other.server_address[1], env=plumbing.mkdocs_env()),
        ):
            pass
    finally:
        other.shutdown()


def test_the_closest_passage_case_is_a_430_character_misquote_in_a_long_seed() -> None:
    passage, quote = bench_closest.misquote()
    seed = bench_closest.long_seed(300_000)
    assert 400 <= len(passage) <= 430 and quote != passage
    assert find_verbatim(passage, seed) and not find_verbatim(quote, seed)
    assert 300_000 <= len(seed.encode()) < 301_000
    assert seed == bench_closest.long_seed(300_000)  # the same seed every run
    assert seed.endswith(bench_closest.REAL_SEED.read_text(encoding="utf-8"))


def test_the_closest_passage_child_finds_the_passage_or_is_stopped() -> None:
    found, stopped = (
        bench_closest.time_closest((20_000,), 600, bench_build.ENV),
        bench_closest.time_closest((20_000, 40_000), 0.01, bench_build.ENV),
    )
    assert found[0].found and found[0].seconds is not None
    assert [(r.seconds, r.found) for r in stopped] == [(None, False), (None, False)]


def _build(wall: float, cpu: float, hooks_cpu: float = 0.1, hooks_wall: float = 0.1) -> bench_build.Build:
    events = {"on_config": hooks_cpu * 0.6, "on_files": hooks_cpu * 0.4}
    return bench_build.Build(wall, cpu, 50, hooks_wall, hooks_cpu, events, config_cpu_s=0.3, pages=30)


def test_report_prints_every_section() -> None:
    builds, steps, sizes = (
        bench_build.Builds,
        bench_build.Steps,
        dict.fromkeys(bench.NAV_PAGES + bench.LIST_PAGES, 1000),
    )
    check, edit = bench_build.Run(0.2, 0.2, 20), reload_time.Edit
    edits = reload_time.EditToPage(
        "the real notes",
        174,
        "actors/x/",
        reload_time.Edits((edit(0.5, 0.6, 0.4, 0.3), edit(0.7, None, None, None)), 1.0, (0.5, 0.6)),
        reload_time.Edits((edit(0.2, 0.3, 0.1, 0.1),), 0.8, (0.6, 0.7)),
        builds((_build(2.0, 1.9),)),
        builds((_build(1.0, 0.9),)),
    )
    results = bench.Results(
        machine=plumbing.machine(),
        mode="test",
        real_notes=174,
        overhead=bench.Overhead(
            builds((_build(1.1, 1.1), _build(1.2, 1.1))),
            builds((_build(1.0, 1.0),)),
            builds((_build(1.0, 0.8),)),
            (13_000_000_000, 10_000_000_000),
        ),
        growth=[
            bench.Growth(100, steps(0.01, 0.01, 0.01, 0.03, 30, "hooks"), builds((_build(1.0, 0.9),))),
            bench.Growth(1000, steps(0.3, 0.3, 0.3, 0.9, 300, "hooks"), builds((_build(20, 15, 3, 1),)), (check,)),
        ],
        check_real=(check,),
        pages=[bench.PageWeight("index.html", 1000, 4000), bench.PageWeight("x/index.html", 2000, 5000)],
        external=[],
        search_index=IndexSize(10, 5, 8, 2, 2),
        nav=[bench.NavSizes(10, 20, sizes, 900.0), bench.NavSizes(5000, 5010, {**sizes, "index.html": 2000}, 900.0)],
        edits=[edits],
        closest=[bench_closest.Closest(310_000, 0.2, 15, True), bench_closest.Closest(1_000_000, None, 15, False)],
    )
    text = bench_report.report(results)
    for heading in ("### 1.", "### 2.", "### 3.", "### 4.", "### 5.", "### 6.", "### 7."):
        assert heading in text
    assert "Ratio of medians: **1.10×** in CPU time" in text
    assert "issue 13's measure of the hooks alone: **1.38×** in CPU time (goal ≤ 1.2×: **misses the goal**)" in text
    assert "| plain Material, our theme overrides | 1.00 s | 1.00 | 0.80 s |" in text
    assert "13.00 billion with our hooks, 10.00 billion through plain Material" in text
    assert "**1.300×** (goal ≤ 1.2×: **misses the goal**)" in text
    uncounted = dataclasses.replace(results, overhead=dataclasses.replace(results.overhead, instructions=None))
    assert "Instructions not counted" in bench_report.report(uncounted)
    assert "`on_config` 60 ms, `on_files` 40 ms (all handlers 100 ms)" in text
    assert "varies 3.00× (goal ≤ 2×: **misses the goal**)" in text
    assert "(load, check, render) is 6.0% of the whole build's CPU time (goal < 10%: meets the goal)" in text
    assert "are 20.0% (5.0% of wall time) (against the same goal: **misses the goal**)" in text
    assert "Our handlers at 1,000 notes, CPU: `on_config` 1,800 ms, `on_files` 1,200 ms." in text
    assert "at most 2.00× their size" in text and "**misses the goal**" in text.split("### 5.")[1]
    served, tab, server, full = (
        "0.60 s | 0.50 s | 0.70 s",
        "0.60 s | 0.60 s | 0.60 s",
        "0.40 s | 0.30 s",
        "2.00 s | 1.90 s",
    )
    assert f"| 174 (the real notes) | with our hooks | {served} | {tab} | {server} | {full} |" in text
    assert (
        "edit to page is 30% of a full build (goal ≤ 35%: meets the goal); the server's CPU time for an edit is 16%"
        in text
    )
    assert "plain Material's edit to page is 20% of its own full build" in text
    assert "| 1.00 MB | over 15 s (stopped) | — |" in text
    assert "Goal under 1 s at 1 MB: **misses the goal**." in text
