"""Configuration: discovery, selectors, validation with suggestions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from engine_helpers import throwaway_rules

from relcanvas.lint.config import ConfigError, ConfigFinder, read_config, resolve, validate
from relcanvas.lint.rule import REGISTRY, Severity


@pytest.fixture(autouse=True)
def _rules() -> Iterator[None]:
    with throwaway_rules():
        yield


def test_selectors_accept_codes_prefixes_slugs_aliases_and_all() -> None:
    assert resolve("RC901") == {"RC901"}
    assert resolve("rc9") == resolve("RC9xx") == resolve("RC90") == {"RC901", "RC902", "RC903"}
    assert resolve("test-block-key") == {"RC902"}
    assert resolve("RC999-old") == {"RC901"}
    assert resolve("ALL") == set(REGISTRY)
    assert "RC001" in resolve("RC0")


@pytest.mark.parametrize(
    ("selector", "message"),
    [
        ("RC9O1", "unknown rule 'RC9O1' (did you mean 'RC901'?)"),
        ("test-blok-key", "(did you mean 'test-block-key'?)"),
        ("RC8", "no rule code starts with 'RC8'"),
    ],
)
def test_unknown_selectors_are_refused_with_a_suggestion(selector: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        resolve(selector)
    assert message in str(caught.value)


def test_validate_builds_select_ignore_severity_options_per_file() -> None:
    config = validate(
        {
            "select": ["RC9"],
            "extend-select": ["RC017"],
            "ignore": ["RC903"],
            "severity": {"test-per-touchpoint": "info", "RC902": "warning"},
            "options": {"RC901": {"min-length": 3}},
            "per-file-ignores": {"drafts/*": ["RC9"]},
        },
        "x.toml",
        Path("/repo"),
    )
    assert config.select == {"RC901", "RC902", "RC903", "RC017"}
    assert config.ignore == {"RC903"}
    assert config.severity == {"RC901": Severity.INFO, "RC902": Severity.WARNING}
    assert config.options_of(REGISTRY["RC901"]) == {"min_length": 3}
    assert config.enabled("/repo/drafts/a.yaml") == {"RC017"}
    assert config.enabled("/repo/final/a.yaml") == {"RC901", "RC902", "RC017"}


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"selct": ["RC9"]}, "x.toml: unknown key 'selct' (did you mean 'select'?)"),
        ({"ignore": ["RC9O2"]}, "x.toml: ignore: unknown rule 'RC9O2' (did you mean 'RC902'?)"),
        ({"ignore": "RC902"}, "ignore: must be a list"),
        ({"severity": {"RC901": "fatal"}}, "'fatal' is not one of error, warning, info"),
        ({"options": {"RC9001": {}}}, "options: unknown rule 'RC9001' (did you mean 'RC901'?)"),
        (
            {"options": {"RC901": {"min_lenght": 2}}},
            "unknown option 'min_lenght' for test-per-touchpoint (did you mean 'min_length'?)",
        ),
        ({"options": {"RC902": {"max": 2}}}, "it takes no options"),
        (
            {"options": {"RC901": {"min_length": "2"}}},
            "min_length: expected a whole number, got '2",
        ),
        ({"options": {"RC901": {"min_length": True}}}, "expected a whole number, got True"),
        ({"per-file-ignores": {"*.yaml": ["RC9999"]}}, "unknown rule 'RC9999'"),
    ],
)
def test_bad_tables_are_one_clear_error(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        validate(table, "x.toml", Path.cwd())
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_nearest_config_wins_and_pyproject_without_section_is_skipped(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.relcanvas]\nselect = ["RC901"]\n')
    (tmp_path / "a" / "b").mkdir(parents=True)
    (tmp_path / "a" / "pyproject.toml").write_text("[tool.other]\nx = 1\n")
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / ".relcanvas.toml").write_text('select = ["RC902"]\n')
    (tmp_path / "c" / "pyproject.toml").write_text('[tool.relcanvas]\nselect = ["RC903"]\n')
    finder = ConfigFinder()
    assert finder.for_path(str(tmp_path / "a" / "b" / "x.yaml")).select == {"RC901"}
    assert finder.for_path(str(tmp_path / "c" / "x.yaml")).select == {"RC902"}
    explicit = ConfigFinder(str(tmp_path / "c" / "pyproject.toml"))
    assert explicit.for_path(str(tmp_path / "a" / "x.yaml")).select == {"RC903"}


def test_command_line_select_replaces_and_ignore_adds(tmp_path: Path) -> None:
    (tmp_path / ".relcanvas.toml").write_text('select = ["RC9"]\nignore = ["RC903"]\n')
    finder = ConfigFinder(select=["RC901", "RC903"], ignore=["RC901"])
    assert finder.for_path(str(tmp_path / "x.yaml")).enabled(str(tmp_path / "x.yaml")) == set()
    finder = ConfigFinder(ignore=["test-block-key"])
    assert finder.for_path(str(tmp_path / "x.yaml")).enabled("x.yaml") == {"RC901"}


def test_unreadable_config_files(tmp_path: Path) -> None:
    bad = tmp_path / ".relcanvas.toml"
    bad.write_text("select = [\n")
    with pytest.raises(ConfigError, match=r"\.relcanvas\.toml: not valid TOML"):
        read_config(bad)
    with pytest.raises(ConfigError, match="no such config file"):
        read_config(tmp_path / "missing.toml")
    (tmp_path / "pyproject.toml").write_text("[project]\nname = 'x'\n")
    with pytest.raises(ConfigError, match=r"no \[tool.relcanvas\] table"):
        read_config(tmp_path / "pyproject.toml")
    with pytest.raises(ConfigError, match="not valid TOML"):
        ConfigFinder().for_path(str(tmp_path / "x.yaml"))
