"""``--jobs`` and the lint cache change how fast, never what: same bytes, same exit code.

The cache must never answer with a stale result: a change of the file, of the config, of
relcanvas's version or of the language misses it; an entry that is not what relcanvas wrote
(garbage, another machine's) is a miss too.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.lint import batch, cache

ROOT = Path(__file__).resolve().parents[2]
SOURCES = [
    *sorted((ROOT / "examples").glob("*.yaml")),
    *sorted((ROOT / "tests" / "lint" / "rules" / "fixtures").rglob("*.yaml")),
    *sorted((ROOT / "tests" / "foundation" / "fixtures" / "structural").glob("*.yaml")),
]
SUPPRESSED = """\
relcanvas: 1
title: Suppressed  # relcanvas: ignore[RC999]
touchpoints:
  - name: Phone  # relcanvas: ignore[RC2xx]
    channel: phone
"""


@pytest.fixture
def portfolio(tmp_path: Path) -> Path:
    """Over 50 canvases (so that --jobs defaults to the cores): sound, flawed, invalid."""
    folder = tmp_path / "portfolio"
    for copy in range(3):
        for source in SOURCES:
            target = folder / f"set{copy}" / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy(source, target)
    (folder / "suppressed.yaml").write_text(SUPPRESSED, "utf-8")
    (folder / "ci.yaml").write_text("on: push\n", "utf-8")  # not a canvas: passed over
    return folder


def lint(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["lint", *args])
    assert result.exit_code in (0, 1), result.output
    return result.exit_code, result.stdout


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github"])
def test_jobs_give_the_same_bytes_as_one_process(portfolio: Path, fmt: str) -> None:
    one = lint("--no-cache", "--jobs", "1", "--format", fmt, str(portfolio))
    two = lint("--no-cache", "--jobs", "2", "--format", fmt, str(portfolio))
    default = lint("--no-cache", "--format", fmt, str(portfolio))
    assert one[0] == 1 and one[1].count("RC0") > 10
    assert one == two == default


def test_validate_jobs_give_the_same_bytes(portfolio: Path) -> None:
    runs = [
        CliRunner().invoke(app, ["validate", *extra, str(portfolio)])
        for extra in ([], ["--jobs", "1"], ["--jobs", "2"], ["-f", "json", "-j", "1"])
    ]
    assert runs[0].exit_code == 1 and "invalid" in runs[0].stdout
    assert runs[0].stdout == runs[1].stdout == runs[2].stdout
    json_two = CliRunner().invoke(app, ["validate", "-f", "json", "-j", "2", str(portfolio)])
    assert json_two.stdout == runs[3].stdout
    assert json.loads(json_two.stdout)["summary"]["invalid"] >= 3 * 10


# --- the cache -------------------------------------------------------------------------------


class Counter:
    """Counts the files actually linted (not answered from the cache)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.linted: list[str] = []
        real = batch.lint_job

        def counting(job: batch.Job) -> batch.FileReport:
            self.linted.append(Path(job.source.path).name)
            return real(job)

        monkeypatch.setattr(batch, "lint_job", counting)


@pytest.fixture
def counter(monkeypatch: pytest.MonkeyPatch) -> Counter:
    return Counter(monkeypatch)


def test_cached_runs_give_the_same_bytes_and_lint_nothing(
    portfolio: Path, counter: Counter, tmp_path: Path
) -> None:
    for fmt in ("text", "json", "sarif"):
        fresh = lint("--no-cache", "-j", "1", "--format", fmt, str(portfolio))
        first = lint("-j", "1", "--format", fmt, str(portfolio))
        counter.linted.clear()
        second = lint("-j", "1", "--format", fmt, str(portfolio))
        assert counter.linted == []
        assert fresh == first == second
    folder = Path(cache.cache_dir(_defaults()))
    assert (folder / "CACHEDIR.TAG").read_text().startswith("Signature: 8a477f597d28d172")
    assert (folder / ".gitignore").read_text().splitlines()[-1] == "*"


def _defaults() -> cache.Config:
    return cache.Config()


def test_no_cache_writes_nothing(portfolio: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("RELCANVAS_CACHE_DIR", str(tmp_path / "c"))
    lint("--no-cache", str(portfolio))
    assert not (tmp_path / "c").exists()
    lint(str(portfolio))
    assert len(list((tmp_path / "c").rglob("*.json"))) > 50


def _one(tmp_path: Path, text: str = SUPPRESSED) -> Path:
    file = tmp_path / "work" / "canvas.yaml"
    file.parent.mkdir(exist_ok=True)
    file.write_text(text, "utf-8")
    return file


def test_a_changed_file_misses(tmp_path: Path, counter: Counter) -> None:
    file = _one(tmp_path)
    lint(str(file))
    lint(str(file))
    assert counter.linted == ["canvas.yaml"]
    file.write_text(SUPPRESSED.replace("Phone", "Phone call"), "utf-8")
    assert "Phone call" not in lint(str(file))[1]  # linted again, not an old answer
    assert counter.linted == ["canvas.yaml"] * 2


def test_a_changed_config_misses(tmp_path: Path, counter: Counter) -> None:
    file = _one(tmp_path, "relcanvas: 1\ntitle: Bare\n")
    before = lint(str(file))[1]
    config = file.parent / ".relcanvas.toml"
    config.write_text('ignore = ["RC708"]\n', "utf-8")
    after = lint(str(file))[1]
    assert counter.linted == ["canvas.yaml"] * 2
    assert before != after
    config.write_text('ignore = ["RC708"]\n[severity]\nRC701 = "error"\n', "utf-8")
    lint(str(file))
    lint("--select", "RC2", str(file))
    assert counter.linted == ["canvas.yaml"] * 4


def test_another_version_misses(tmp_path: Path, counter: Counter, monkeypatch) -> None:
    file = _one(tmp_path)
    lint(str(file))
    monkeypatch.setattr(cache, "VERSION", "99.0.0")
    cache._code_stamp.cache_clear()
    try:
        lint(str(file))
    finally:
        monkeypatch.undo()
        cache._code_stamp.cache_clear()
    assert counter.linted == ["canvas.yaml"] * 2


def test_another_language_or_day_gives_another_key(tmp_path: Path) -> None:
    import datetime as dt

    from relcanvas.loader import Limits

    config, day = cache.Config(), dt.date(2026, 1, 1)
    keys = {
        cache.LintCache(tmp_path, Limits(), lang).key(b"x", "a.yaml", config, "a.yaml", day)
        for lang in (None, "fr", "en")
    }
    keys.add(
        cache.LintCache(tmp_path, Limits()).key(
            b"x", "a.yaml", config, "a.yaml", day.replace(day=2)
        )
    )
    keys.add(
        cache.LintCache(tmp_path, Limits(max_scalar=10)).key(b"x", "a.yaml", config, "a.yaml", day)
    )
    assert len(keys) == 5


def test_unreadable_or_foreign_entries_are_misses(
    tmp_path: Path, counter: Counter, monkeypatch
) -> None:
    file = _one(tmp_path, "relcanvas: 1\ntitle: Bare\n")
    expected = lint(str(file))
    entries = list(Path(cache.cache_dir(_defaults())).rglob("*.json"))
    assert len(entries) == 1
    for poison in ("not json", "[]", '{"key": "x"}', json.dumps({"pickle": "cos\nsystem\n"})):
        entries[0].write_text(poison, "utf-8")
        assert lint(str(file)) == expected
    # A well-formed entry that hides every finding, as a pull request could commit it, is
    # never looked up: the key is made with this user's secret, which the repository lacks.
    entry = json.loads(entries[0].read_text("utf-8"))
    entry["findings"] = []
    forged = json.dumps(entry)
    entries[0].write_text(forged, "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "another-user"))
    assert lint(str(file)) == expected
    assert counter.linted == ["canvas.yaml"] * 6


def test_two_runs_sharing_a_cache_leave_no_temporary_file(portfolio: Path) -> None:
    lint("-j", "2", str(portfolio))
    lint("-j", "2", str(portfolio))
    folder = Path(cache.cache_dir(_defaults()))
    assert not [p for p in folder.rglob("*") if p.name.startswith(".tmp")]
    assert not [p for p in folder.rglob("*") if p.name.endswith(".tmp")]


def test_cache_dir_in_the_config(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.delenv("RELCANVAS_CACHE_DIR")
    file = _one(tmp_path, "relcanvas: 1\ntitle: Bare\n")
    (file.parent / ".relcanvas.toml").write_text('cache-dir = "build/lint-cache"\n', "utf-8")
    monkeypatch.chdir(file.parent)
    lint("canvas.yaml")
    assert len(list((file.parent / "build" / "lint-cache").rglob("*.json"))) == 1
    (file.parent / ".relcanvas.toml").write_text("cache-dir = 3\n", "utf-8")
    result = CliRunner().invoke(app, ["lint", "canvas.yaml"])
    assert result.exit_code == 2 and "cache-dir must be a folder name" in result.stderr


def test_without_a_config_the_cache_is_in_the_working_directory(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("RELCANVAS_CACHE_DIR")
    file = _one(tmp_path, "relcanvas: 1\ntitle: Bare\n")
    monkeypatch.chdir(file.parent)
    lint("canvas.yaml")
    assert len(list((file.parent / ".relcanvas_cache").rglob("*.json"))) == 1


def test_a_broken_config_in_the_working_directory_does_not_stop_linting_elsewhere(
    tmp_path: Path, monkeypatch
) -> None:
    file = _one(tmp_path, "relcanvas: 1\ntitle: Bare\n")
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / ".relcanvas.toml").write_text("not = [valid\n", "utf-8")
    monkeypatch.chdir(elsewhere)
    assert lint(str(file))[0] == 1


def test_a_cached_run_speaks_the_canvases_language(tmp_path: Path, counter: Counter) -> None:
    """The summary follows the canvases' own language: the cache keeps it with the findings."""
    folder = tmp_path / "fr"
    folder.mkdir()
    for source in sorted((ROOT / "examples").glob("*.fr.yaml")):
        shutil.copy(source, folder / source.name)
    first = lint("-j", "1", str(folder))
    counter.linted.clear()
    second = lint("-j", "1", str(folder))
    assert counter.linted == []
    assert first == second
    assert "fichiers vérifiés" in second[1]
