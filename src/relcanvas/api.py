"""The Python API: load, lint, diff and render canvases from a script or a notebook.

Each function takes a canvas as a :class:`Canvas`, a path (``str`` or ``os.PathLike``), or
its YAML text (``bytes``, or a ``str`` with a line break in it), and does what the command
of the same name does, with the same defaults: ``lint`` finds the config file the way the
CLI does, ``render`` uses the canvas's language. Nothing prints or exits; a file that is
not a valid canvas raises :class:`InvalidCanvas`, a file that cannot be read raises
:class:`SourceError`. ``relcanvas.load`` and the others are these functions (see
``docs/api.md``).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Literal, overload

from relcanvas.diagnostics import Problem
from relcanvas.i18n import language_from_env, t
from relcanvas.loader import Limits, Loaded, SourceError, load_bytes, load_path
from relcanvas.model import Canvas

if TYPE_CHECKING:
    from relcanvas.diff.compare import Change
    from relcanvas.lint.config import Config
    from relcanvas.lint.engine import Finding

__all__ = [
    "Canvas",
    "InvalidCanvas",
    "SourceError",
    "diff",
    "lint",
    "load",
    "render",
]

CanvasSource = Canvas | str | bytes | os.PathLike[str]
"""What every function takes: a canvas, a path, or YAML text."""

TEXT_NAME = "<text>"
"""The name problems and findings give a canvas passed as text."""


class InvalidCanvas(ValueError):
    """The file is not a valid canvas; ``problems`` says why, each at a line and column."""

    def __init__(self, name: str, problems: list[Problem]) -> None:
        self.name = name
        self.problems = problems
        lang = language_from_env(os.environ)
        head = problems[0] if problems else Problem("RC012", "")
        first = f"{head.line}:{head.column}: {head.code} {head.message}"
        super().__init__(t("tools.api.invalid", lang, name=name, count=len(problems), first=first))


def _is_text(source: str | bytes | os.PathLike[str]) -> bool:
    return isinstance(source, bytes) or (isinstance(source, str) and "\n" in source)


def _loaded(source: str | bytes | os.PathLike[str], limits: Limits | None) -> Loaded:
    limits = limits or Limits()
    if isinstance(source, bytes):
        return load_bytes(source, TEXT_NAME, limits)
    if isinstance(source, str) and _is_text(source):
        return load_bytes(source.encode("utf-8"), TEXT_NAME, limits)
    return load_path(os.fspath(source), limits)


def load(source: str | bytes | os.PathLike[str], *, limits: Limits | None = None) -> Canvas:
    """The canvas in a file (a path) or in YAML text (``bytes``, or ``str`` with a newline).

    Raises :class:`InvalidCanvas` with every problem found, :class:`SourceError` when the
    file cannot be read.
    """
    loaded = _loaded(source, limits)
    if not loaded.ok or loaded.canvas is None:
        raise InvalidCanvas(loaded.name, loaded.problems)
    return loaded.canvas


def _canvas(source: CanvasSource) -> Canvas:
    return source if isinstance(source, Canvas) else load(source)


def lint(
    source: CanvasSource, config: str | os.PathLike[str] | Config | None = None
) -> list[Finding]:
    """The lint findings of a canvas, sorted by line, column and code.

    ``config`` is a config file or a :class:`~relcanvas.lint.config.Config`; without it,
    the nearest ``.relcanvas.toml`` (or ``[tool.relcanvas]`` in ``pyproject.toml``) is found
    as the CLI finds it: above the file for a path, above the current folder for a canvas or
    text. A file
    that is not a valid canvas gives its problems as error findings (as ``relcanvas lint``
    does) rather than raising.
    """
    from relcanvas.lint.config import Config, ConfigFinder
    from relcanvas.lint.engine import lint_loaded

    if isinstance(source, Canvas):
        loaded = Loaded(TEXT_NAME, canvas=source)
        where = "-"
    else:
        loaded = _loaded(source, None)
        where = "-" if isinstance(source, bytes) or _is_text(source) else os.fspath(source)
    if isinstance(config, Config):
        chosen = config
    else:
        finder = ConfigFinder(os.fspath(config) if config is not None else None)
        chosen = finder.for_path(where)
    return list(lint_loaded(loaded, chosen, config_path=where).findings)


def diff(old: CanvasSource, new: CanvasSource) -> list[Change]:
    """What changed in the strategy from ``old`` to ``new``, block by block."""
    from relcanvas.diff.compare import compare

    return compare(_canvas(old), _canvas(new)).changes


RenderFormat = Literal["pdf", "html", "md", "markdown"]


@overload
def render(
    source: CanvasSource,
    format: Literal["pdf"],
    *,
    paper: str = ...,
    lang: str | None = ...,
    fit: bool = ...,
) -> bytes: ...
@overload
def render(
    source: CanvasSource,
    format: Literal["html", "md", "markdown"] = ...,
    *,
    paper: str = ...,
    lang: str | None = ...,
    fit: bool = ...,
) -> str: ...
def render(
    source: CanvasSource,
    format: RenderFormat = "html",
    *,
    paper: str = "a3",
    lang: str | None = None,
    fit: bool = False,
) -> bytes | str:
    """The canvas as a PDF (bytes), an HTML page or Markdown (str), as ``relcanvas render``
    makes them; ``lang`` defaults to the canvas's language. Raises ``ValueError`` for an
    unknown format, paper or language."""
    import relcanvas.render as R

    canvas = _canvas(source)
    language = lang or canvas.language.value
    _check_choice("format", format, ("pdf", "html", "md", "markdown"))
    _check_choice("paper", paper, tuple(R.PAPERS))
    _check_choice("lang", language, ("fr", "en"))
    if format == "pdf":
        return R.canvas_pdf(canvas, language, paper, fit=fit)
    if format in ("md", "markdown"):
        return R.canvas_markdown(canvas, language)
    return R.canvas_html(canvas, language, paper)


def _check_choice(name: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        lang = language_from_env(os.environ)
        raise ValueError(
            t("tools.api.choice", lang, name=name, value=value, choices=", ".join(choices))
        )


def sheet_frame(canvas: Canvas) -> str:
    """The canvas's HTML sheet in an ``iframe`` (Jupyter's ``_repr_html_``): the page's
    styles apply to the sheet only, not to the notebook around it."""
    import html

    from relcanvas.render import canvas_html

    page = canvas_html(canvas, canvas.language.value, "a3")
    return (
        '<iframe style="width: 100%; height: 760px; border: 0" '
        f'title="{html.escape(canvas.title)}" srcdoc="{html.escape(page, quote=True)}"></iframe>'
    )
