"""The CLI starts fast: only `render` pays for the PDF engine (about 0.8 s to import)."""

from __future__ import annotations

import subprocess
import sys

import pytest
from foundation_helpers import EXAMPLES

PROBE = """
import sys
from typer.testing import CliRunner
from relcanvas.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code in (0, 1), result.output
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {"weasyprint", "pypdf"})
print(",".join(heavy))
"""


def _heavy_modules(*args: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, check=True
    )
    return done.stdout


@pytest.mark.parametrize("command", ["validate", "lint"])
def test_checking_does_not_import_weasyprint(command: str) -> None:
    assert "weasyprint" not in _heavy_modules(command, str(EXAMPLES[0]))


def test_diff_does_not_import_weasyprint() -> None:
    assert "weasyprint" not in _heavy_modules("diff", str(EXAMPLES[0]), str(EXAMPLES[0]))


def test_the_probe_sees_weasyprint_when_a_pdf_is_made(tmp_path) -> None:
    out = tmp_path / "x.pdf"
    assert "weasyprint" in _heavy_modules("render", str(EXAMPLES[0]), "-o", str(out))


# --- start-up: what the cold pre-commit process imports -------------------------------------

LAUNCH = """
import sys
sys.argv = ["relcanvas", *sys.argv[1:]]
from relcanvas.launch import main
try:
    main()
except SystemExit:
    pass
print("\\nMODULES:" + ",".join(sorted(sys.modules)))
"""


def _launched_modules(*args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", LAUNCH, *args], capture_output=True, text=True, check=True
    )
    return set(done.stdout.rsplit("MODULES:", 1)[1].strip().split(","))


def _tops(modules: set[str]) -> set[str]:
    return {m.split(".")[0] for m in modules}


def test_version_imports_nothing_heavy() -> None:
    """``--version`` is answered before Typer, Pydantic, PyYAML, Rich or importlib.metadata."""
    modules = _launched_modules("--version")
    assert not _tops(modules) & {"typer", "pydantic", "pydantic_core", "yaml", "rich", "email"}
    assert "importlib.metadata" not in modules
    assert {m for m in modules if m.startswith("relcanvas")} == {
        "relcanvas",
        "relcanvas._version",
        "relcanvas.launch",
    }


def test_help_does_not_import_the_library() -> None:
    modules = _launched_modules("--help") - {"pydantic.plugin._loader"}  # relcanvas's stub
    library = {
        m for m in modules if m.startswith("relcanvas.") and not m.startswith("relcanvas.cli")
    }
    assert library <= {
        "relcanvas._version",
        "relcanvas.launch",
        "relcanvas.escape",
        "relcanvas.output",
        "relcanvas.reading",
        "relcanvas.i18n",
        "relcanvas.lint",  # the package only, and the output formats' registry (names and
        "relcanvas.lint.formats",  # descriptions: the --format choices come from it)
        "relcanvas.lint.severity",  # the --fail-on choices
        "relcanvas.formats",  # the --format and --paper choices
    } | {m for m in library if m.startswith("relcanvas.i18n.")}  # the help texts
    assert not _tops(modules) & {"pydantic", "yaml"}


def test_lint_file_imports_only_what_linting_needs() -> None:
    modules = _launched_modules("lint", str(EXAMPLES[0]))
    assert not _tops(modules) & {"weasyprint", "jinja2", "pypdf", "markdown_it"}
    unused = {"relcanvas.render", "relcanvas.diff", "relcanvas.schema", "relcanvas.starter"}
    assert not modules & unused


def test_the_version_is_the_installed_one() -> None:
    """``--version`` reads relcanvas._version, which pyproject.toml's dynamic version reads."""
    from importlib.metadata import version

    from relcanvas._version import VERSION

    assert version("relcanvas") == VERSION


def test_no_model_reads_its_source_at_start_up() -> None:
    """``use_attribute_docstrings`` tokenised each model's source at every start (17 ms):
    every field carries its description in ``Field(description=...)`` instead."""
    import pydantic

    import relcanvas.model as model

    models = [
        value
        for value in vars(model).values()
        if isinstance(value, type) and issubclass(value, pydantic.BaseModel)
    ]
    assert len(models) >= 10
    for cls in models:
        assert not cls.model_config.get("use_attribute_docstrings"), cls.__name__
        for name, info in cls.model_fields.items():
            assert info.description, f"{cls.__name__}.{name} has no description"


def test_lint_file_skips_pydantic_plugin_discovery() -> None:
    """Pydantic's plugin loader imports importlib.metadata (20-50 ms): not in the CLI."""
    modules = _launched_modules("lint", "--no-cache", str(EXAMPLES[0]))
    assert "relcanvas.model" in modules  # the models were built...
    assert "importlib.metadata" not in modules  # ...without looking for plugins
    assert "email" not in _tops(modules)
