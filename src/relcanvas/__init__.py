"""relcanvas: validate, lint, diff and render "Modes de relation" canvases kept as YAML."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("relcanvas")
except PackageNotFoundError:  # pragma: no cover - running from a source tree
    __version__ = "0.0.0"
