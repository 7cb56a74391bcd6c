"""Print how big the search index is next to the text it indexes.

    python tools/search_size.py [SITE_OR_INDEX ...]     (default: site/, built by make site)

One line per index: its bytes (and gzipped), its entries, the plain text of
their titles and texts, and how much of it is the names and folded spellings
that hooks/explainer/search.py adds. The function is
explainer.search.measure_index, for scripts that want the figures themselves.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))

from explainer.search import measure_index  # noqa: E402


def index_file(path: Path) -> Path:
    """The search_index.json of a built site, or the file itself."""
    return path / "search" / "search_index.json" if path.is_dir() else path


def main(argv: list[str]) -> int:
    paths = [index_file(Path(arg)) for arg in argv] or [ROOT / "site" / "search" / "search_index.json"]
    missing = [str(path) for path in paths if not path.is_file()]
    if missing:
        print(f"no search index at {', '.join(missing)}: build the site first (make site)", file=sys.stderr)
        return 1
    for path in paths:
        print(f"{path}: {measure_index(path.read_bytes()).describe()}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
