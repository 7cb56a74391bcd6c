"""Serve a built site as a static host would: text gzipped, long-lived assets cached.

Python's http.server sends every file uncompressed, which alone costs Lighthouse
points that no real host would. This server gzips text responses when the
browser accepts it, answers 404 with the site's 404.html, and serves only
files under the folder (no directory listings).

    python tools/serve_static.py site --port 8001
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import mimetypes
import re
import sys
import threading
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

TEXT_TYPES = ("text/", "application/javascript", "application/json", "application/xml", "image/svg+xml")
"""Content types a static host compresses; images and fonts are compressed already."""

MIN_GZIP_BYTES = 256
"""Hosts leave tiny files alone: gzip's header would outweigh the saving."""

HASHED_NAME = re.compile(r"\.[0-9a-f]{8}\.")
HASHED_ASSET_CACHE = "public, max-age=31536000, immutable"
PAGE_CACHE = "public, max-age=600"


class Compressed:
    """Each file's bytes as sent, gzipped once and remembered."""

    def __init__(self) -> None:
        self._cache: dict[Path, tuple[float, bytes]] = {}
        self._lock = threading.Lock()

    def gzipped(self, path: Path) -> bytes:
        mtime = path.stat().st_mtime
        with self._lock:
            found = self._cache.get(path)
            if found is not None and found[0] == mtime:
                return found[1]
        body = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
        with self._lock:
            self._cache[path] = (mtime, body)
        return body


def content_type(path: Path) -> str:
    guessed = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    if guessed == "text/javascript":
        guessed = "application/javascript"
    return guessed + ("; charset=utf-8" if is_text(guessed) else "")


def is_text(kind: str) -> bool:
    return kind.startswith(TEXT_TYPES)


def cache_control(path: Path) -> str:
    """Material's bundles carry a content hash in their name, so they never change."""
    hashed = HASHED_NAME.search(path.name) is not None
    return HASHED_ASSET_CACHE if hashed else PAGE_CACHE


class StaticHandler(http.server.BaseHTTPRequestHandler):
    """GET and HEAD for files under `root`, gzipped when the client accepts it."""

    protocol_version = "HTTP/1.1"

    def version_string(self) -> str:
        return "serve_static"

    def __init__(self, *args: Any, root: Path, compressed: Compressed, quiet: bool, **kwargs: Any) -> None:
        self.root = root
        self.compressed = compressed
        self.quiet = quiet
        super().__init__(*args, **kwargs)

    def do_GET(self) -> None:
        self._answer(send_body=True)

    def do_HEAD(self) -> None:
        self._answer(send_body=False)

    def log_message(self, format: str, *args: Any) -> None:
        if not self.quiet:
            super().log_message(format, *args)

    def _answer(self, send_body: bool) -> None:
        url_path = unquote(urlsplit(self.path).path)
        path = self._resolve(url_path)
        if path is None and not url_path.endswith("/") and self._resolve(url_path + "/") is not None:
            self._redirect(url_path + "/")
            return
        status = 200
        if path is None:
            status, path = 404, self.root / "404.html"
            if not path.is_file():
                self.send_error(404)
                return
        kind = content_type(path)
        gzip_ok = "gzip" in self.headers.get("Accept-Encoding", "")
        body = path.read_bytes()
        compress = gzip_ok and is_text(kind) and len(body) >= MIN_GZIP_BYTES
        if compress:
            body = self.compressed.gzipped(path)
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", cache_control(path))
        if is_text(kind):
            self.send_header("Vary", "Accept-Encoding")
        if compress:
            self.send_header("Content-Encoding", "gzip")
        self._record(url_path, len(body) if send_body else 0)
        self.end_headers()
        if send_body:
            self.wfile.write(body)

    def _record(self, url_path: str, body_bytes: int) -> None:
        """Note what went on the wire (status line and headers included) for weight checks."""
        head = sum(len(line) for line in getattr(self, "_headers_buffer", [])) + 2
        sent: list[tuple[str, int]] | None = getattr(self.server, "sent", None)
        if sent is not None:
            sent.append((url_path, head + body_bytes))

    def _resolve(self, url_path: str) -> Path | None:
        """The file a URL path names, or None; never a path outside root."""
        candidate = (self.root / url_path.lstrip("/")).resolve()
        if candidate != self.root and self.root not in candidate.parents:
            return None
        if candidate.is_dir():
            if not url_path.endswith("/"):
                return None
            candidate = candidate / "index.html"
        return candidate if candidate.is_file() else None

    def _redirect(self, location: str) -> None:
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self._record(urlsplit(self.path).path, 0)
        self.end_headers()


class StaticServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    sent: list[tuple[str, int]]
    """(URL path, bytes sent) of every response, in order; clear it to start a measurement."""

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A browser that hangs up mid-response (Lighthouse does) is not an error."""
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def start(folder: Path, port: int = 0, host: str = "127.0.0.1", quiet: bool = True) -> StaticServer:
    """Serve folder in a background thread; the caller calls .shutdown() when done."""
    handler = functools.partial(StaticHandler, root=folder.resolve(), compressed=Compressed(), quiet=quiet)
    server = StaticServer((host, port), handler)
    server.sent = []
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def url_of(server: http.server.HTTPServer) -> str:
    host, port = server.server_address[:2]
    return f"http://{host!s}:{port}/"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path, nargs="?", default=Path("site"))
    parser.add_argument("--port", type=int, default=8001)
    parser.add_argument("--host", default="127.0.0.1")
    args = parser.parse_args()
    if not (args.folder / "index.html").is_file():
        parser.error(f"{args.folder}/index.html not found: build the site first (make site)")
    server = start(args.folder, args.port, args.host, quiet=False)
    print(f"Serving {args.folder} compressed at {url_of(server)} (Ctrl-C stops)", flush=True)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        server.shutdown()


if __name__ == "__main__":
    main()
