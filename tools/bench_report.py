"""The benchmark's figures as Markdown: what `make bench` prints and docs-engine/benchmarks.md shows."""

from __future__ import annotations

from typing import TYPE_CHECKING

from bench_build import median

if TYPE_CHECKING:
    from bench import Growth, NavSizes, Overhead, PageWeight, Results
    from bench_build import Run
    from bench_closest import Closest
    from reload_time import EditToPage

    from explainer.search import IndexSize

EDIT_GOAL = 0.35
"""Edit to page, as a share of a full build."""
CLOSEST_GOAL_S = 1.0
"""The closest passage against a seed of 1 MB."""


def _kb(n: float) -> str:
    return f"{n / 1024:,.1f} KB"


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:,.0f} ms"


def _verdict(ok: bool) -> str:
    return "meets the goal" if ok else "**misses the goal**"


def _runs(values: list[float]) -> str:
    return ", ".join(f"{v:.2f}" for v in values)


def _events(events: dict[str, float]) -> str:
    return ", ".join(f"`{event}` {_ms(cpu)}" for event, cpu in events.items() if cpu >= 0.0005)


def report_overhead(o: Overhead) -> list[str]:
    rows = [
        f"| {name} | {b.wall_s:.2f} s | {_runs([r.wall_s for r in b.runs])} | {b.cpu_s:.2f} s "
        f"| {b.peak_mb:.0f} MB | {b.pages} |"
        for name, b in (
            ("with our hooks", o.hooks),
            ("plain Material", o.plain),
            ("plain Material, our theme overrides", o.themed),
        )
    ]
    return [
        f"### 1. Overhead: the real site with our hooks, and the same pages through plain Material "
        f"({len(o.hooks.runs)} builds each, in turn, each in a fresh interpreter)",
        "",
        "| build | median wall | wall, each run (s) | median CPU | peak memory | pages |",
        "| --- | ---: | --- | ---: | ---: | ---: |",
        *rows,
        "",
        f"Ratio of medians: **{o.cpu_ratio:.2f}×** in CPU time, {o.wall_ratio:.2f}× in wall time "
        f"(goal ≤ 1.2×: {_verdict(o.cpu_ratio <= 1.2)}). Against plain Material with our theme overrides, "
        f"issue 13's measure of the hooks alone: **{o.themed_cpu_ratio:.2f}×** in CPU time "
        f"(goal ≤ 1.2×: {_verdict(o.themed_cpu_ratio <= 1.2)}).",
        "",
        _instructions(o),
        "",
        f"Where the difference goes, median CPU time of the build with hooks: {_events(o.hooks.events_cpu_s)} "
        f"(all handlers {_ms(o.hooks.hooks_cpu_s)}); loading mkdocs.yml, which imports the hooks' modules: "
        f"{_ms(o.hooks.config_cpu_s)} against {_ms(o.plain.config_cpu_s)} without them. The rest is MkDocs "
        "and Material doing more with what the hooks add (the glossary tooltips marked on every page, and "
        "the longer pages they make; the theme overrides' templates).",
        "",
    ]


def _instructions(o: Overhead) -> str:
    if o.instructions is None or o.instructions_ratio is None:
        return "Instructions not counted (a quick run, or no valgrind: `apt-get install valgrind`)."
    hooks, themed = o.instructions
    return (
        f"Instructions executed by one build, counted by valgrind (cachegrind, hash seed fixed): "
        f"{hooks / 1e9:.2f} billion with our hooks, {themed / 1e9:.2f} billion through plain Material with our "
        f"theme overrides: **{o.instructions_ratio:.3f}×** (goal ≤ 1.2×: {_verdict(o.instructions_ratio <= 1.2)}). "
        "Two counts of the same build differ by about 0.05 %, where the CPU times above move by several percent "
        "from run to run on a shared machine: a change of a few milliseconds shows here first."
    )


def report_growth(g: list[Growth]) -> list[str]:
    lines = [
        "### 2. Growth: synthetic note sets",
        "",
        "| notes | pages | load | check | render | load + check + render | per note | share of build "
        "| all our handlers | share of build | whole build (CPU) | whole build (wall) | peak memory |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in g:
        s, b = r.steps, r.builds
        if b is None:  # only the package's steps were timed (--hooks-only)
            continue
        lines.append(
            f"| {r.notes:,} | {b.pages:,} | {_ms(s.load_s)} | {_ms(s.check_s)} | {_ms(s.render_s)} "
            f"| {_ms(s.total_s)} | {r.per_note_ms:.2f} ms | {r.own_share:.1%} | {_ms(b.hooks_cpu_s)} "
            f"| {r.hooks_share:.1%} | {b.cpu_s:.2f} s | {b.wall_s:.2f} s | {b.peak_mb:.0f} MB |"
        )
    lines += ["", *growth_verdicts(g), ""]
    lines += [f"Our handlers at {r.notes:,} notes, CPU: {_events(r.builds.events_cpu_s)}." for r in g if r.builds]
    return [*lines, ""]


def growth_verdicts(g: list[Growth]) -> list[str]:
    steady = [r for r in g if r.notes >= 100]
    lines = []
    if len(steady) >= 2:
        per_note = [r.per_note_ms for r in steady]
        spread = max(per_note) / min(per_note)
        lines.append(
            f"Hooks' time per note from {steady[0].notes:,} to {steady[-1].notes:,} notes varies {spread:.2f}× "
            f"(goal ≤ 2×: {_verdict(spread <= 2)})."
        )
    at_1000 = next((r for r in g if r.notes == 1000 and r.builds), None)
    if at_1000 is not None:
        lines.append(
            f"At 1,000 notes the hooks' own work (load, check, render) is {at_1000.own_share:.1%} of the whole "
            f"build's CPU time (goal < 10%: {_verdict(at_1000.own_share < 0.10)}); all our handlers together, "
            f"with what they do besides (search, share tags, feed, the guide's examples), are "
            f"{at_1000.hooks_share:.1%} ({at_1000.hooks_share_wall:.1%} of wall time) "
            f"(against the same goal: {_verdict(at_1000.hooks_share < 0.10)})."
        )
    return lines


def report_hooks_only(rows: list[Growth], repeats: int, mode: str) -> str:
    lines = [
        f"Package: {rows[0].steps.package}; {mode} sizes; CPU time, median of {repeats}.",
        "",
        "| notes | load | check | render | hooks | per note |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in rows:
        s = r.steps
        lines.append(
            f"| {r.notes:,} | {_ms(s.load_s)} | {_ms(s.check_s)} | {_ms(s.render_s)} | {_ms(s.total_s)} "
            f"| {r.per_note_ms:.2f} ms |"
        )
    return "\n".join([*lines, "", *growth_verdicts(rows)])


def report_check(checks: tuple[Run, ...], real_notes: int, largest: Growth) -> list[str]:
    wall, cpu = median(c.wall_s for c in checks), median(c.cpu_s for c in checks)
    big_wall, big_cpu = median(c.wall_s for c in largest.checks), median(c.cpu_s for c in largest.checks)
    return [
        "### 3. Check command (`python -m explainer check`, start-up included)",
        "",
        "| notes | median wall | median CPU |",
        "| ---: | ---: | ---: |",
        f"| {real_notes} (the real notes) | {wall:.2f} s | {cpu:.2f} s |",
        f"| {largest.notes:,} (synthetic) | {big_wall:.2f} s | {big_cpu:.2f} s |",
        "",
        f"Goal < 0.3 s on the real notes: {_verdict(wall < 0.3)} (wall time).",
        "",
    ]


def report_output(pages: list[PageWeight], external: list[str], s: IndexSize) -> list[str]:
    html = [p.html_bytes for p in pages]
    loads = [p.first_load_gzip_bytes for p in pages]
    home = next((p for p in pages if p.page == "index.html"), pages[0])
    largest = max(pages, key=lambda p: p.html_bytes)
    return [
        "### 4. Output: the real site",
        "",
        "| per page | median | largest | home page |",
        "| --- | ---: | ---: | ---: |",
        f"| HTML | {_kb(median(html))} | {_kb(largest.html_bytes)} ({largest.page}) | {_kb(home.html_bytes)} |",
        f"| first load: HTML + CSS + JS, gzip -6 | {_kb(median(loads))} | {_kb(max(loads))} "
        f"| {_kb(home.first_load_gzip_bytes)} |",
        "",
        f"{len(pages)} pages, {_kb(sum(html))} of HTML in all; {len(external)} files loaded from other hosts.",
        "",
        "| search index | size | gzip -9 | entries | text it indexes | index ÷ text | names and folded spellings |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
        f"| search/search_index.json | {_kb(s.index_bytes)} | {_kb(s.index_gzip_bytes)} | {s.entries} "
        f"| {_kb(s.text_bytes)} | {s.index_bytes / max(1, s.text_bytes):.2f}× | {_kb(s.added_bytes)} |",
        "",
    ]


def report_nav(
    nav: list[NavSizes], other_notes: int, nav_pages: tuple[str, ...], list_pages: tuple[str, ...]
) -> list[str]:
    first, last = nav[0], nav[-1]

    def row(name: str, sizes: list[float]) -> str:
        return f"| {name} | " + " | ".join(_kb(x) for x in sizes) + f" | {sizes[-1] / sizes[0]:.2f} |"

    lines = [
        f"### 5. Page size against the number of actors ({other_notes} other notes each time)",
        "",
        "| HTML of | " + " | ".join(f"{r.actors:,} actors" for r in nav) + f" | {last.actors:,} ÷ {first.actors:,} |",
        "| --- | " + " | ".join("---:" for _ in nav) + " | ---: |",
        *(row(page, [r.sizes[page] for r in nav]) for page in nav_pages),
        row("an actor's page (median)", [r.actor_page_median for r in nav]),
        *(row(f"{page} (lists every actor)", [r.sizes[page] for r in nav]) for page in list_pages),
        "| pages built | " + " | ".join(f"{r.pages:,}" for r in nav) + " | |",
    ]
    spread = max(last.sizes[p] / first.sizes[p] for p in nav_pages)
    return [
        *lines,
        "",
        f"Pages that do not list actors are at most {spread:.2f}× their size from {first.actors:,} to "
        f"{last.actors:,} actors (goal: flat, within 1.25×: {_verdict(spread <= 1.25)}).",
        "",
    ]


def _spread(values: list[float]) -> str:
    if not values:
        return "no browser | — | —"
    return f"{median(values):.2f} s | {min(values):.2f} s | {max(values):.2f} s"


def report_edits(edits: list[EditToPage]) -> list[str]:
    lines = [
        "### 6. Edit to page: a sentence saved in a note, under `make serve`",
        "",
        "| notes | build | file written → served page shows it: median | min | max "
        "| → open tab shows it: median | min | max | server's own rebuild | server's CPU | full build: wall | CPU |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for e in edits:
        for name, edited, full in (("with our hooks", e.hooks, e.build), ("plain Material", e.plain, e.plain_build)):
            lines.append(
                f"| {e.notes:,} ({e.label}) | {name} | {_spread(edited.served())} | {_spread(edited.tab())} "
                f"| {_median_s(edited.built())} | {_median_s(edited.cpu())} | {full.wall_s:.2f} s | {full.cpu_s:.2f} s |"
            )
    lines += ["", "Medians of the edits; a full build runs in a fresh interpreter, start-up included.", ""]
    for e in edits:
        cpu = f"; the server's CPU time for an edit is {e.cpu_share:.0%} of a full build's" if e.cpu_share else ""
        lines.append(
            f"At {e.notes:,} notes ({e.label}), {len(e.hooks.runs)} edits to `{e.page}`: edit to page is {e.share:.0%} of a full build "
            f"(goal ≤ {EDIT_GOAL:.0%}: {_verdict(e.share <= EDIT_GOAL)}){cpu}; plain Material's edit to page is "
            f"{median(e.plain.served()) / e.plain_build.wall_s:.0%} of its own full build. The server's first build "
            f"took {e.hooks.first_build_s:.2f} s; load average {e.hooks.load[0]:.2f} before the edits, "
            f"{e.hooks.load[1]:.2f} after."
        )
    return [*lines, ""]


def _median_s(values: list[float]) -> str:
    return f"{median(values):.2f} s" if values else "?"


def report_closest(rows: list[Closest]) -> list[str]:
    def seconds(r: Closest) -> str:
        return f"over {r.limit_s:.0f} s (stopped)" if r.seconds is None else f"{r.seconds:.2f} s"

    lines = [
        "### 7. Closest passage for a 430-character misquote, against long seeds (fresh interpreter, median of up to 3)",
        "",
        "| seed | time | shows the misquoted passage |",
        "| ---: | ---: | --- |",
        *(
            f"| {r.seed_bytes / 1e6:.2f} MB | {seconds(r)} | {'yes' if r.found else ('—' if r.seconds is None else 'no')} |"
            for r in rows
        ),
    ]
    at_1mb = next((r for r in rows if 900_000 <= r.seed_bytes <= 1_100_000), None)
    if at_1mb is not None:
        ok = at_1mb.seconds is not None and at_1mb.seconds < CLOSEST_GOAL_S and at_1mb.found
        lines += ["", f"Goal under {CLOSEST_GOAL_S:.0f} s at 1 MB: {_verdict(ok)}."]
    return [*lines, ""]


def report(results: Results) -> str:
    """Every figure as Markdown."""
    from bench import LIST_PAGES, NAV_OTHER_NOTES, NAV_PAGES

    lines = [f"Machine: {results.machine.describe()}; {results.mode} run.", ""]
    lines += report_overhead(results.overhead)
    lines += report_growth(results.growth)
    lines += report_check(results.check_real, results.real_notes, results.growth[-1])
    lines += report_output(results.pages, results.external, results.search_index)
    lines += report_nav(results.nav, NAV_OTHER_NOTES, NAV_PAGES, LIST_PAGES)
    lines += report_edits(results.edits)
    lines += report_closest(results.closest)
    return "\n".join(lines)
