"""The README's install lines, as a new user runs them, into a fresh virtual environment.

``pip install <path>`` and ``pip install git+<repository>@<tag>`` are run against a clone
of this repository (its committed HEAD, tagged with the declared version), with
``--no-index``: no package index is asked, so the lines are checked without the network.
The locked runtime dependencies and setuptools (the build backend) come first from the
lock files, as ``tests/packaging/test_wheel.py`` installs them (from pip's cache once
``make dev`` has run); that test covers the built-wheel line. ``pipx install`` and
``pipx run --spec`` take the same ``git+`` URL and need pipx and the network: not run here.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VERSION = re.search(
    r'^VERSION = "([^"]+)"$', (ROOT / "src/relcanvas/_version.py").read_text("utf-8"), re.M
)[1]  # type: ignore[index]
EXAMPLE = ROOT / "examples" / "brightbox-b2c.en.yaml"
URL = "https://github.com/relcanvas/relcanvas"

pytestmark = pytest.mark.slow


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900
    )


def locked(name: str) -> str:
    """One package's pinned requirement with its hashes, from the development lock."""
    text = (ROOT / "requirements" / "dev.lock").read_text("utf-8")
    found = re.search(rf"^{re.escape(name)}==.*?(?=^\S)", text, re.MULTILINE | re.DOTALL)
    assert found, name
    return found.group()


def readme_install_lines() -> list[str]:
    text = (ROOT / "README.md").read_text("utf-8")
    section = text.split("## Install", 1)[1].split("\n## ", 1)[0]
    block = section.split("```sh\n", 1)[1].split("```", 1)[0]
    return [line.split("  #", 1)[0].strip() for line in block.splitlines() if line.strip()]


def test_the_readme_names_the_tested_ways() -> None:
    tag = f"v{VERSION}"
    assert readme_install_lines() == [
        f"pipx install git+{URL}@{tag}",
        f"pip install git+{URL}@{tag}",
        "pip install ./relcanvas",
        f"python -m build && pip install dist/relcanvas-{VERSION}-py3-none-any.whl",
        f"pipx run --spec git+{URL}@{tag} relcanvas lint canvases",
    ]


def test_pip_install_from_a_path_and_from_a_git_url_at_the_tag(tmp_path: Path) -> None:
    clone = tmp_path / "relcanvas"
    assert run("git", "clone", "--quiet", "--no-hardlinks", ROOT, clone).returncode == 0
    tagged = run("git", "-c", "tag.gpgSign=false", "tag", f"v{VERSION}", cwd=clone)
    assert tagged.returncode == 0, tagged.stderr
    made = run(sys.executable, "-m", "venv", tmp_path / "venv")
    assert made.returncode == 0, made.stderr
    python = tmp_path / "venv" / "bin" / "python"
    (tmp_path / "build.txt").write_text(locked("setuptools"))
    for lock in (ROOT / "requirements" / "run.lock", tmp_path / "build.txt"):
        done = run(
            python, "-m", "pip", "install", "--quiet", "--require-hashes", "--no-deps", "-r", lock
        )
        assert done.returncode == 0, done.stderr[-2000:]

    # --no-build-isolation: the backend is the setuptools just installed, not one from PyPI.
    offline = ("-m", "pip", "install", "--quiet", "--no-index", "--no-build-isolation")
    for target in (clone, f"git+file://{clone}@v{VERSION}"):
        done = run(python, *offline, target, cwd=tmp_path)
        assert done.returncode == 0, f"{target}: {done.stderr[-2000:]}"
        relcanvas = tmp_path / "venv" / "bin" / "relcanvas"
        shown = run(relcanvas, "--version", cwd=tmp_path)
        assert shown.stdout.strip() == f"relcanvas {VERSION}", shown.stdout + shown.stderr
        checked = run(relcanvas, "validate", EXAMPLE, cwd=tmp_path)
        assert checked.returncode == 0, checked.stdout + checked.stderr
        where = run(python, "-c", "import relcanvas; print(relcanvas.__file__)", cwd=tmp_path)
        assert where.stdout.startswith(str(tmp_path / "venv")), where.stdout
        assert run(python, "-m", "pip", "check").returncode == 0
        removed = run(python, "-m", "pip", "uninstall", "--quiet", "--yes", "relcanvas")
        assert removed.returncode == 0, removed.stderr
