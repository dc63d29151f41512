"""Files relcanvas writes (init, schema -o, render -o): the umask, the old mode, what is there.

Each test runs the CLI in a subprocess under a chosen umask, since the umask is the process's.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLE = Path(__file__).parents[2] / "examples" / "brightbox-b2c.en.yaml"
COMMANDS = {
    "init": ["init", "{out}"],
    "schema": ["schema", "-o", "{out}"],
    "render-md": ["render", str(EXAMPLE), "-o", "{out}", "--format", "md"],
    "render-html": ["render", str(EXAMPLE), "-o", "{out}", "--format", "html"],
}


def _run(
    command: str, out: Path, *extra: str, umask: int = 0o022
) -> subprocess.CompletedProcess[str]:
    argv = [a.format(out=out) for a in COMMANDS[command]]
    code = f"import os, sys; os.umask({umask}); sys.argv = ['relcanvas', *sys.argv[1:]]; "
    code += "from relcanvas.cli import main; main()"
    return subprocess.run(
        [sys.executable, "-c", code, *argv, *extra], capture_output=True, text=True, timeout=120
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("umask", [0o077, 0o022, 0o002])
def test_new_files_follow_the_umask(tmp_path: Path, command: str, umask: int) -> None:
    out = tmp_path / "out.txt"
    done = _run(command, out, umask=umask)
    assert done.returncode == 0, done.stderr
    assert _mode(out) == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]  # no temporary file left


@pytest.mark.parametrize("command", ["init", "schema"])
def test_force_keeps_the_old_files_mode(tmp_path: Path, command: str) -> None:
    out = tmp_path / "private.txt"
    out.write_text("secret\n")
    out.chmod(0o600)
    done = _run(command, out, "--force", umask=0o000)
    assert done.returncode == 0, done.stderr
    assert _mode(out) == 0o600
    assert out.read_text() != "secret\n"


@pytest.mark.parametrize("command", ["init", "schema", "render-md"])
def test_a_dangling_symlink_needs_force(tmp_path: Path, command: str) -> None:
    out = tmp_path / "link.txt"
    out.symlink_to(tmp_path / "nowhere")
    done = _run(command, out)
    assert done.returncode == 2
    assert done.stderr == f"relcanvas: error: {out}: already exists (use --force to overwrite)\n"
    assert out.is_symlink() and not (tmp_path / "nowhere").exists()
    done = _run(command, out, "--force")
    assert done.returncode == 0, done.stderr
    assert not out.is_symlink() and out.is_file()
    assert not (tmp_path / "nowhere").exists()


def test_an_unwritable_place_is_one_line_not_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    done = _run("schema", blocker / "out.json")
    assert done.returncode == 2
    assert done.stderr.startswith(f"relcanvas: error: {blocker / 'out.json'}: cannot write (")
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("command", ["schema", "render-md"])
def test_force_never_replaces_a_fifo_or_a_device(tmp_path: Path, command: str) -> None:
    # Renaming over the path would replace the node itself: as root, /dev/null included.
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    done = _run(command, fifo, "--force")
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip().endswith("is not a regular file"), done.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
