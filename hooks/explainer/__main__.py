"""Command line for editors: `python -m explainer check` and `new KIND ID`.

Run from the project root (the Makefile does): make check, make new KIND=actor ID=peskov.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from . import check_notes, load_notes
from .model import KINDS
from .template import note_path, render_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (holds content/ and seeds/)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every note and report all problems")
    new = commands.add_parser("new", help="write a new note with every field, ready to fill in")
    new.add_argument("kind", choices=sorted(KINDS))
    new.add_argument("id")
    args = parser.parse_args(argv)
    root: Path = args.root
    loaded = load_notes(root / "content", root / "seeds", root)
    if args.command == "check":
        problems = loaded.problems + check_notes(loaded.notes, loaded.broken)
        for problem in sorted(problems):
            print(problem)
        if problems:
            print(f"{len(problems)} problem(s) found.", file=sys.stderr)
            return 1
        count = sum(len(getattr(loaded.notes, kind + "s")) for kind in KINDS)
        print(f"{count} notes checked, {len(loaded.notes.seeds)} seed(s): no problems.")
        return 0
    return _new(root, loaded.notes, args.kind, args.id)


def _new(root: Path, notes: object, kind: str, note_id: str) -> int:
    from .check import SLUG

    if not SLUG.match(note_id):
        print(f"{note_id!r} is not a plain id: use lower-case letters, digits and hyphens", file=sys.stderr)
        return 2
    existing = {n.id for n in getattr(notes, kind + "s")}
    target = root / "content" / note_path(kind, note_id)
    if note_id in existing or target.exists():
        print(f"a {kind} with id {note_id!r} exists already: pick another id", file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_template(kind, note_id, _dt.date.today().isoformat()), encoding="utf-8")
    print(f"Wrote {target.relative_to(root)}: fill it in, then run `make check`.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
