"""Command line for editors: `python -m explainer check`, `new KIND ID` and `init DIR`.

Run from the project root (the Makefile does): make check, make new KIND=actor ID=peskov.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from pathlib import Path

from . import Checked, load_and_check
from .check import MAX_ID_LENGTH, SLUG
from .init import InitError, init_project
from .lang import DEFAULT, TABLES, count, said, say
from .model import KINDS
from .template import find_unfinished, note_path, render_template


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m explainer", description=__doc__)
    parser.add_argument("--root", type=Path, default=Path.cwd(), help="project folder (holds content/ and seeds/)")
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("check", help="check every note and report all problems")
    new = commands.add_parser("new", help="write a new note with every field, ready to fill in")
    new.add_argument("kind", choices=sorted(KINDS))
    new.add_argument("id")
    new.add_argument("--today", default=_dt.date.today().isoformat(), help=argparse.SUPPRESS)
    init = commands.add_parser("init", help="start a new explainer in an empty folder")
    init.add_argument("folder", type=Path)
    init.add_argument("--language", default="en", help="the site's language: " + ", ".join(sorted(TABLES)))
    args = parser.parse_args(argv)
    for stream in (sys.stdout, sys.stderr):  # a message quoting a broken character must still print
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    root: Path = args.root
    if args.command == "init":
        return _init(args.folder, args.language)
    checked = load_and_check(root)
    if args.command == "check":
        return _check(checked)
    return _new(root, checked, args.kind, args.id, args.today)


def _check(loaded: Checked) -> int:
    problems, language = loaded.problems, loaded.notes.language
    for problem in problems:
        print(problem.said(language))
    print(loaded.coverage.line(language))
    unfinished = find_unfinished(loaded.notes)
    if unfinished:
        print(say(language, "check.to-finish", n=len(unfinished)))
        for problem in unfinished:
            print(f"  {problem.said(language)}")
    if problems:
        print(count(language, "check.found", len(problems)), file=sys.stderr)
        return 1
    notes = sum(len(getattr(loaded.notes, kind + "s")) for kind in KINDS)
    left = count(language, "check.left", len(unfinished)) if unfinished else ""
    print(say(language, "check.clean", notes=notes, seeds=len(loaded.notes.seeds), left=left))
    return 0


def _new(root: Path, loaded: Checked, kind: str, note_id: str, today: str) -> int:
    language = loaded.notes.language
    if len(note_id) > MAX_ID_LENGTH:
        print(say(language, "check.new.too-long", length=len(note_id), limit=MAX_ID_LENGTH), file=sys.stderr)
        return 2
    if not SLUG.match(note_id):
        print(say(language, "check.new.not-plain", id=note_id), file=sys.stderr)
        return 2
    existing = {n.id: n.origin for n in getattr(loaded.notes, kind + "s")}
    target = root / "content" / note_path(kind, note_id)
    if note_id in existing or (kind, note_id) in loaded.broken or target.exists():
        where = existing.get(note_id)
        place = say(language, "check.new.at", path=where.path, line=where.line) if where else ""
        note = say(language, f"check.a.{kind}")
        print(say(language, "check.new.exists", note=note, id=note_id, place=place), file=sys.stderr)
        return 2
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(render_template(kind, note_id, today, loaded.notes), encoding="utf-8")
    print(say(language, "check.new.wrote", path=target.relative_to(root).as_posix()))
    return 0


def _init(folder: Path, language: str) -> int:
    try:
        written = init_project(folder, Path(__file__).resolve().parents[2], language, _dt.date.today().year)
    except InitError as err:
        print(said(language, err.words), file=sys.stderr)
        return 2
    language = language if language in TABLES else DEFAULT
    print(say(language, "check.init.wrote", folder=folder, files=", ".join(written)))
    print(say(language, "check.init.next"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
