"""``relcanvas preview`` in a real browser: edit the file, the page changes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tools_helpers import EXAMPLES, VENV_BIN

from relcanvas.preview import Preview

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
EN = next(p for p in EXAMPLES if p.name.endswith(".en.yaml"))
WAIT_MS = 20_000


def _save(path: Path, text: str, *, atomic: bool = False) -> None:
    """Save as an editor would: in place, or through a new file renamed over the old one."""
    if atomic:
        temporary = path.with_name(f".{path.name}.swp")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    else:
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text(EN.read_text(encoding="utf-8"), encoding="utf-8")
    process = subprocess.Popen(
        [str(VENV_BIN / "relcanvas"), "preview", str(canvas), "--port", "0", "--lang", "en"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    assert line.startswith(f"Showing {canvas} at http://127.0.0.1:"), line
    url = line.split(" at ", 1)[1].split(" ", 1)[0]
    yield canvas, url, process
    if process.poll() is None:
        process.kill()
        process.wait()


def _stop(process: subprocess.Popen[str]) -> int:
    process.send_signal(signal.SIGINT)  # Ctrl-C
    return process.wait(timeout=20)


@pytest.mark.browser
@pytest.mark.skipif(
    not CHROMIUM.exists() and not os.environ.get("RELCANVAS_REQUIRE_BROWSER"),
    reason="needs Debian's /usr/bin/chromium (make ci installs it)",
)
def test_the_page_follows_every_save(served: tuple[Path, str, Any]) -> None:
    sync_api = pytest.importorskip("playwright.sync_api")
    canvas, url, process = served
    text = canvas.read_text(encoding="utf-8")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        page = browser.new_page()
        page.goto(url)
        assert page.title().startswith("BrightBox - ")
        _save(canvas, text.replace("title: BrightBox -", "title: BrightBox Two -"))
        page.wait_for_function("document.title.startsWith('BrightBox Two')", timeout=WAIT_MS)
        assert "BrightBox Two" in page.inner_text("body")
        _save(canvas, text + "titel: oops\n", atomic=True)
        page.wait_for_selector("#problems", timeout=WAIT_MS)
        assert "is not a valid canvas" in page.inner_text("h1")
        assert "RC011 unknown key 'titel'" in page.inner_text("body")
        _save(canvas, text.replace("title: BrightBox -", "title: BrightBox Three -"), atomic=True)
        page.wait_for_function("document.title.startsWith('BrightBox Three')", timeout=WAIT_MS)
        assert page.query_selector("#problems") is None
        browser.close()
    assert _stop(process) == 0


def test_ctrl_c_exits_zero_and_only_local_hosts_are_served(served) -> None:
    _canvas, url, process = served
    with urllib.request.urlopen(url, timeout=10) as answer:
        assert answer.status == 200 and b"EventSource('/events')" in answer.read()
    request = urllib.request.Request(url, headers={"Host": "evil.example"})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 403
    assert _stop(process) == 0
    assert process.stderr is not None and "Preview stopped." in process.stderr.read()


def test_a_busy_port_is_an_error(run, tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = run("preview", str(EN), "--port", str(port), "--lang", "en")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"relcanvas: error: cannot listen on 127.0.0.1 port {port}")


def test_a_missing_canvas_is_an_error(run, tmp_path: Path) -> None:
    result = run("preview", str(tmp_path / "none.yaml"), "--lang", "en")
    assert result.exit_code == 2 and "no such file" in result.stderr


def test_problems_page_escapes_what_the_file_says(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text("relcanvas: 1\ntitle: x\n<script>: 1\n", encoding="utf-8")
    shown = Preview(str(canvas), fallback="fr").page.html
    assert "n’est pas un canevas valide" in shown
    assert "<script>:" not in shown and "&lt;script&gt;" in shown
