"""relcanvas: validate, lint, diff and render "Modes de relation" canvases kept as YAML."""

from relcanvas._version import VERSION as __version__

__all__ = ["__version__"]
