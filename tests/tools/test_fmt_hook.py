"""The relcanvas-fmt pre-commit hook, run by the real ``pre-commit try-repo``.

``try-repo`` builds the hook's environment from this repository (at HEAD, plus uncommitted
changes to tracked files): slow, and it installs relcanvas's dependencies.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from tools_helpers import ROOT, VENV_BIN

pytestmark = pytest.mark.slow


def _tool(name: str) -> str:
    found = shutil.which(name) or (str(VENV_BIN / name) if (VENV_BIN / name).exists() else None)
    if not found:
        pytest.skip(f"{name} is not installed")
    return found


def test_fmt_hook_rewrites_the_canvas_and_fails_the_commit(tmp_path: Path) -> None:
    git, pre_commit = _tool("git"), _tool("pre-commit")
    if not (ROOT / ".git").exists():
        pytest.skip("the source tree is not a git checkout")
    repo = tmp_path / "repo"
    repo.mkdir()
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "cache"), "NO_COLOR": "1"}
    env.update(GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org")
    env.update(GIT_COMMITTER_NAME="t", GIT_COMMITTER_EMAIL="t@example.org")
    canvas = repo / "canvas.yaml"
    canvas.write_text("# kept\ntitle: T\nrelcanvas: 1\nlanguage: Anglais\n", encoding="utf-8")
    (repo / "ci.yaml").write_text("on:   push\n", encoding="utf-8")
    subprocess.run([git, "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run([git, "add", "."], cwd=repo, check=True, env=env)
    result = subprocess.run(
        [pre_commit, "try-repo", str(ROOT), "relcanvas-fmt", "--files", "canvas.yaml", "ci.yaml"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    output = result.stdout + result.stderr
    if "An unexpected error has occurred" in output and "pip" in output.lower():
        pytest.skip(f"the hook environment could not be built (network?): {output[-300:]}")
    assert result.returncode == 1, output
    assert "files were modified by this hook" in output
    assert canvas.read_text(encoding="utf-8") == "# kept\nrelcanvas: 1\ntitle: T\nlanguage: en\n"
    assert (repo / "ci.yaml").read_text(encoding="utf-8") == "on:   push\n"
