"""relcanvas: validate, lint, diff and render "Modes de relation" canvases kept as YAML."""

from __future__ import annotations

import functools


@functools.cache
def _installed_version() -> str:
    # importlib.metadata costs ~25 ms at start-up: only pay it when the version is asked.
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("relcanvas")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "0.0.0"


def __getattr__(name: str) -> str:
    if name == "__version__":
        return _installed_version()
    raise AttributeError(f"module 'relcanvas' has no attribute {name!r}")
