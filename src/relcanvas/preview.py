"""``preview``: the canvas's HTML page served on 127.0.0.1, reloaded in the browser on save.

For a facilitator projecting the canvas while someone edits it. The standard library's HTTP
server serves two things: the page (``/``), and a stream of server-sent events
(``/events``) that says "reload" each time the file changes. watchfiles (a native watcher:
inotify, FSEvents, ReadDirectoryChangesW) watches the file's folder, since editors often
save by writing a new file and renaming it over the old one. A save that does not load
shows its problems on the page instead of the sheet, until the next good save.
"""

from __future__ import annotations

import html
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from relcanvas.i18n import t
from relcanvas.loader import Limits, SourceError, load_path

RELOAD_SCRIPT = (
    "<script>/* relcanvas preview: reload on save */"
    "new EventSource('/events').onmessage = function () { location.reload(); };</script>"
)
KEEPALIVE_SECONDS = 15.0
"""How often an idle event stream gets a comment line (so that proxies keep it open)."""


@dataclass(frozen=True)
class Page:
    """One state of the preview: the HTML and the number of the save it shows."""

    html: str
    version: int


class Preview:
    """The page of one canvas, rebuilt on each change, with waiting for the next one."""

    def __init__(
        self, path: str, *, paper: str = "a3", lang: str | None = None, fallback: str = "en"
    ) -> None:
        self.path = path
        self.paper = paper
        self.lang = lang
        self.fallback = fallback
        self._changed = threading.Condition()
        self._page = Page(self._build(), 0)

    @property
    def page(self) -> Page:
        with self._changed:
            return self._page

    def refresh(self) -> None:
        """Rebuild the page from the file as it is now, and wake every waiting stream."""
        built = self._build()
        with self._changed:
            self._page = Page(built, self._page.version + 1)
            self._changed.notify_all()

    def wait(self, seen: int, timeout: float) -> int:
        """The version after ``seen`` once there is one, or ``seen`` after ``timeout``."""
        with self._changed:
            self._changed.wait_for(lambda: self._page.version != seen, timeout)
            return self._page.version

    def _build(self) -> str:
        from relcanvas.render import canvas_html

        try:
            loaded = load_path(self.path, Limits())
        except SourceError as exc:
            return self._problems_page(
                [exc.text(self.lang or self.fallback)], self.lang or self.fallback
            )
        if loaded.canvas is None or not loaded.ok:
            shown = self.lang or self.fallback
            lines = [f"{p.line}:{p.column}: {p.code} {p.text(shown)}" for p in loaded.problems]
            return self._problems_page(lines, shown)
        lang = self.lang or loaded.canvas.language.value
        self.fallback = lang
        page = canvas_html(loaded.canvas, lang, self.paper)
        head, sep, tail = page.rpartition("</body>")
        return f"{head}{RELOAD_SCRIPT}\n{sep}{tail}" if sep else page + RELOAD_SCRIPT

    def _problems_page(self, lines: list[str], lang: str) -> str:
        name = html.escape(os.path.basename(self.path))
        items = "".join(f"<li><code>{html.escape(line)}</code></li>" for line in lines)
        title = html.escape(t("tools.preview.invalid", lang, name=os.path.basename(self.path)))
        hint = html.escape(t("tools.preview.waiting", lang))
        return (
            f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>{name}</title><style>body{{font-family:sans-serif;margin:2rem;"
            "max-width:60rem}h1{color:#a40000;font-size:1.4rem}li{margin:.4rem 0}</style>"
            f'</head><body><h1 id="problems">{title}</h1><ul>{items}</ul><p>{hint}</p>'
            f"{RELOAD_SCRIPT}\n</body></html>\n"
        )


def _handler(preview: Preview, allowed_hosts: Callable[[], set[str]]) -> type[Any]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: Any) -> None:  # quiet: the CLI says enough
            return

        def do_GET(self) -> None:
            if self.headers.get("Host", "") not in allowed_hosts():
                self._send(403, "text/plain", b"forbidden\n")  # DNS rebinding
            elif self.path.split("?")[0] == "/":
                self._send(200, "text/html; charset=utf-8", preview.page.html.encode("utf-8"))
            elif self.path == "/events":
                self._events()
            else:
                self._send(404, "text/plain", b"not found\n")

        def _send(self, status: int, kind: str, body: bytes) -> None:
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-store")
            self.end_headers()
            self.wfile.write(body)

        def _events(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/event-stream")
            self.send_header("Cache-Control", "no-store")
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            seen = preview.page.version
            try:
                while True:
                    now = preview.wait(seen, KEEPALIVE_SECONDS)
                    message = f"data: {now}\n\n" if now != seen else ": keep-alive\n\n"
                    self.wfile.write(message.encode("ascii"))
                    self.wfile.flush()
                    seen = now
            except OSError:  # the browser went away (reload, closed tab)
                return

    return Handler


class PreviewServer:
    """The HTTP server and the file watcher; ``serve`` blocks until ``stop``."""

    def __init__(self, preview: Preview, port: int = 0) -> None:
        self.preview = preview
        self.server = ThreadingHTTPServer(("127.0.0.1", port), _handler(preview, self._hosts))
        self.server.daemon_threads = True
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/"

    @property
    def port(self) -> int:
        return int(self.server.server_address[1])

    def _hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def serve(self) -> None:
        watcher = threading.Thread(target=self._watch, name="relcanvas-watch", daemon=True)
        watcher.start()
        try:
            self.server.serve_forever(poll_interval=0.2)
        finally:
            self._stop.set()
            self.server.server_close()

    def stop(self) -> None:
        self._stop.set()
        self.server.shutdown()

    def _watch(self) -> None:
        from watchfiles import watch

        target = Path(os.path.abspath(self.preview.path))

        def ours(_change: Any, path: str) -> bool:
            return Path(path).name == target.name

        for _ in watch(
            target.parent,
            watch_filter=ours,
            stop_event=self._stop,
            recursive=False,
            raise_interrupt=False,
            debounce=400,
            step=50,
        ):
            self.preview.refresh()
