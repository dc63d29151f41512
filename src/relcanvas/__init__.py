"""relcanvas: validate, lint, diff and render "Modes de relation" canvases kept as YAML.

The Python API (``docs/api.md``)::

    import relcanvas
    canvas = relcanvas.load("canvas.yaml")        # raises relcanvas.InvalidCanvas
    findings = relcanvas.lint("canvas.yaml")      # the config is found as the CLI finds it
    changes = relcanvas.diff("old.yaml", "new.yaml")
    pdf = relcanvas.render(canvas, "pdf", paper="a3")

Everything is imported on first use (``relcanvas --version`` imports this module and must
stay fast). ``lint``, ``diff`` and ``render`` are also the names of subpackages: importing
one of them makes it a callable module whose call is the API function, so that
``relcanvas.diff(old, new)`` works whatever was imported before.
"""

from __future__ import annotations

import sys
import types

from relcanvas._version import VERSION as __version__

TYPE_CHECKING = False  # not typing's: importing typing costs start-up time
if TYPE_CHECKING:
    from typing import Any

    from relcanvas.api import (
        Canvas,
        InvalidCanvas,
        SourceError,
        diff,
        lint,
        load,
        render,
    )
    from relcanvas.diff.compare import Change
    from relcanvas.lint.engine import Finding

__all__ = [
    "Canvas",
    "Change",
    "Finding",
    "InvalidCanvas",
    "SourceError",
    "__version__",
    "diff",
    "lint",
    "load",
    "render",
]

_HOMES = {
    "Canvas": "relcanvas.model",
    "Change": "relcanvas.diff.compare",
    "Finding": "relcanvas.lint.engine",
    "InvalidCanvas": "relcanvas.api",
    "SourceError": "relcanvas.reading",
    "load": "relcanvas.api",
}
"""Where each public name lives (imported on first use)."""
_CALLABLE = frozenset({"lint", "diff", "render"})
"""Subpackages that are also API functions."""


class _CallablePackage(types.ModuleType):
    """``relcanvas.diff`` the subpackage, which is also ``relcanvas.api.diff`` the function."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        from relcanvas import api

        return getattr(api, self.__name__.rpartition(".")[2])(*args, **kwargs)


class _Package(types.ModuleType):
    """This package: when the import system sets one of the subpackages above as an
    attribute, the subpackage becomes callable (nothing else changes)."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _CALLABLE and type(value) is types.ModuleType:
            value.__class__ = _CallablePackage
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name in _CALLABLE or name in _HOMES:
        import importlib

        if name in _CALLABLE:
            return importlib.import_module(f"relcanvas.{name}")
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module 'relcanvas' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
