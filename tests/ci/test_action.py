"""The GitHub Action and the sample CI files: valid for their platforms (check-jsonschema's
vendored schemas, no network), and the action's shell steps run as GitHub runs them
(``bash -eo pipefail``) against a real git repository, with a stand-in for the ``gh`` CLI.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
ACTION = ROOT / "action.yml"
WORKFLOWS = sorted((ROOT / "docs" / "examples" / "workflows").glob("*.yml"))
GITLAB = ROOT / "docs" / "examples" / "gitlab" / ".gitlab-ci.yml"
SARIF_SCHEMA = ROOT / "tests" / "data" / "sarif-schema-2.1.0.json"
BIN = Path(sys.executable).parent
EXAMPLE = ROOT / "examples" / "brightbox-b2c.en.yaml"


def check_jsonschema(schema: str, *files: Path) -> subprocess.CompletedProcess[str]:
    tool = shutil.which("check-jsonschema", path=str(BIN)) or shutil.which("check-jsonschema")
    assert tool, "check-jsonschema is a development tool (requirements/dev.lock)"
    return subprocess.run(
        [tool, "--builtin-schema", schema, *map(str, files)], capture_output=True, text=True
    )


def action() -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(ACTION.read_text("utf-8"))
    return loaded


def test_action_is_a_valid_composite_action() -> None:
    done = check_jsonschema("vendor.github-actions", ACTION)
    assert done.returncode == 0, done.stdout + done.stderr
    assert action()["runs"]["using"] == "composite"


def test_the_check_can_fail(tmp_path: Path) -> None:
    broken = tmp_path / "action.yml"
    broken.write_text(ACTION.read_text("utf-8").replace("using: composite", "using: nodes"))
    assert check_jsonschema("vendor.github-actions", broken).returncode == 1


def test_sample_workflows_are_valid() -> None:
    assert len(WORKFLOWS) >= 2
    done = check_jsonschema("vendor.github-workflows", *WORKFLOWS)
    assert done.returncode == 0, done.stdout + done.stderr
    done = check_jsonschema("vendor.gitlab-ci", GITLAB)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_samples_are_the_ones_docs_show() -> None:
    """docs/ci.md shows each sample file as it is (so what readers copy was validated)."""
    docs = (ROOT / "docs" / "ci.md").read_text("utf-8")
    for sample in (*WORKFLOWS, GITLAB):
        assert sample.read_text("utf-8").strip() in docs, sample.name


def test_inputs_and_their_defaults() -> None:
    inputs = action()["inputs"]
    defaults = {name: spec.get("default") for name, spec in inputs.items()}
    assert defaults["paths"] == "."
    assert defaults["fail-on"] == "warning"
    assert defaults["sarif-file"] == ""
    assert defaults["diff-comment"] == "false"
    assert defaults["lang"] == ""
    assert "python-version" in defaults
    docs = (ROOT / "docs" / "ci.md").read_text("utf-8")
    assert all(f"`{name}`" in docs for name in inputs), "docs/ci.md describes every input"


def test_installs_from_its_own_ref_and_never_interpolates_into_scripts() -> None:
    """Inputs reach the scripts through env only: an input holding `"; rm -rf ~` is data."""
    steps = action()["runs"]["steps"]
    scripts = [s["run"] for s in steps if "run" in s]
    assert all("${{" not in script for script in scripts)
    install = next(s for s in steps if "pip install" in s.get("run", ""))
    assert install["env"]["ACTION_PATH"] == "${{ github.action_path }}"
    assert any("--format github" in script for script in scripts)


def step(name: str) -> dict[str, Any]:
    found: dict[str, Any] = next(s for s in action()["runs"]["steps"] if s.get("id") == name)
    return found


def comment_step() -> dict[str, Any]:
    found: dict[str, Any] = next(
        s for s in action()["runs"]["steps"] if "comment" in s.get("name", "").lower()
    )
    return found


def run_step(
    script: str, env: dict[str, str], cwd: Path, path: str | None = None
) -> subprocess.CompletedProcess[str]:
    full = {
        **{k: v for k, v in os.environ.items() if not k.startswith("GITHUB_")},
        "PATH": f"{path + os.pathsep if path else ''}{BIN}{os.pathsep}{os.environ['PATH']}",
        **env,
    }
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env=full,
        capture_output=True,
        text=True,
        timeout=300,
    )


def outputs(file: Path) -> dict[str, str]:
    return dict(line.split("=", 1) for line in file.read_text().splitlines() if "=" in line)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "canvases").mkdir(parents=True)
    shutil.copy(EXAMPLE, repo / "canvases" / "shop.yaml")
    (repo / "canvases" / "bad.yaml").write_text("relcanvas: 1\ntitel: Atelier\n", "utf-8")
    (repo / "ci.yaml").write_text("on: push\n", "utf-8")
    return repo


def test_lint_step_annotates_writes_sarif_and_reports_its_exit_code(
    repo: Path, tmp_path: Path
) -> None:
    lint = step("lint")
    out = tmp_path / "output"
    env = {
        **{k: "" for k in lint["env"]},
        "PATHS": "canvases\nci.yaml",
        "FAIL_ON": "error",
        "SARIF_FILE": "out.sarif",
        "GITHUB_OUTPUT": str(out),
        "PYTHONUTF8": "1",
    }
    done = run_step(lint["run"], env, repo)
    assert done.returncode == 0, done.stderr  # the last step fails the job, not this one
    assert "::error file=canvases/bad.yaml,line=2,col=1,title=RC011 unknown-key::" in done.stdout
    assert "ci.yaml" not in done.stdout  # not a canvas: left alone
    assert outputs(out) == {"exit-code": "1"}
    sarif = json.loads((repo / "out.sarif").read_text("utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text("utf-8"))).validate(sarif)
    assert {r["ruleId"] for r in sarif["runs"][0]["results"]} >= {"RC011", "RC013"}

    (repo / "canvases" / "bad.yaml").unlink()
    (repo / "out.sarif").unlink()
    out.unlink()
    done = run_step(lint["run"], {**env, "SARIF_FILE": ""}, repo)
    assert outputs(out) == {"exit-code": "0"}, done.stdout
    assert not (repo / "out.sarif").exists()  # no sarif-file, no SARIF

    done = run_step(lint["run"], {**env, "LANG_INPUT": "fr"}, repo)  # locale may not exist
    assert done.returncode == 0 and outputs(out)["exit-code"] == "0", done.stderr

    done = run_step(lint["run"], {**env, "LANG_INPUT": "de"}, repo)
    assert done.returncode == 2 and "lang must be fr, en or empty" in done.stdout


FAKE_GH = """#!/bin/sh
# Stands in for the gh CLI: records each call, answers the comment listing from a file.
printf '%s\\n' "$*" >> "$GH_LOG"
for arg in "$@"; do
  case "$arg" in body=@*) cp "${arg#body=@}" "$GH_LOG.body" ;; esac
done
case "$*" in *--paginate*) cat "$GH_EXISTING" ;; esac
"""


@pytest.fixture
def pull_request(repo: Path, tmp_path: Path) -> dict[str, str]:
    """The repository with a base commit, then the pull request's change to shop.yaml."""
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "base"], cwd=repo, check=True)
    base = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    shop = repo / "canvases" / "shop.yaml"
    shop.write_text(shop.read_text("utf-8").replace("title: BrightBox -", "title: BrightBox 2 -"))
    (repo / "canvases" / "new.yaml").write_text("relcanvas: 1\ntitle: Nouveau\n", "utf-8")
    subprocess.run([*git, "add", "."], cwd=repo, check=True)
    subprocess.run([*git, "commit", "-qm", "change"], cwd=repo, check=True)
    fake = tmp_path / "fakebin"
    fake.mkdir()
    (fake / "gh").write_text(FAKE_GH)
    (fake / "gh").chmod((fake / "gh").stat().st_mode | stat.S_IEXEC)
    (tmp_path / "existing").write_text("")
    return {
        "BASE_SHA": base,
        "PR": "7",
        "REPO": "acme/strategy",
        "PATHS": ".",
        "LANG_INPUT": "",
        "GH_TOKEN": "x",
        "RUNNER_TEMP": str(tmp_path),
        "GH_LOG": str(tmp_path / "gh.log"),
        "GH_EXISTING": str(tmp_path / "existing"),
        "FAKE": str(fake),
    }


def test_diff_comment_is_posted_then_updated_then_removed(
    repo: Path, pull_request: dict[str, str]
) -> None:
    script = comment_step()["run"]
    log = Path(pull_request["GH_LOG"])
    done = run_step(script, pull_request, repo, path=pull_request["FAKE"])
    assert done.returncode == 0, done.stderr
    calls = log.read_text().splitlines()
    body_file = Path(pull_request["RUNNER_TEMP"]) / "relcanvas-diff.md"
    assert calls[-1] == f"api repos/acme/strategy/issues/7/comments -F body=@{body_file}"
    body = Path(f"{log}.body").read_text("utf-8")
    assert body.startswith("<!-- relcanvas-diff -->\n")
    assert "## BrightBox 2 - customer relationship 2027" in body
    assert "BrightBox - customer relationship 2027 → BrightBox 2" in body
    assert "new.yaml" not in body  # added, not changed: linted, not diffed

    Path(pull_request["GH_EXISTING"]).write_text("1234\n")
    log.unlink()
    done = run_step(script, pull_request, repo, path=pull_request["FAKE"])
    assert done.returncode == 0, done.stderr
    assert (
        log.read_text()
        .splitlines()[-1]
        .startswith("api -X PATCH repos/acme/strategy/issues/comments/1234 -F body=@")
    )

    french = run_step(script, {**pull_request, "LANG_INPUT": "fr"}, repo, path=pull_request["FAKE"])
    assert french.returncode == 0, french.stderr
    assert "BrightBox 2" in Path(f"{log}.body").read_text("utf-8")

    head = subprocess.run(
        ["git", "rev-parse", "HEAD"], cwd=repo, capture_output=True, text=True, check=True
    ).stdout.strip()
    log.unlink()
    done = run_step(script, {**pull_request, "BASE_SHA": head}, repo, path=pull_request["FAKE"])
    assert done.returncode == 0, done.stderr
    assert (
        log.read_text().splitlines()[-1] == "api -X DELETE repos/acme/strategy/issues/comments/1234"
    )
