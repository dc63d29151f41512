"""``relcanvas diff``: the strategic changes between two versions of a canvas.

:mod:`~relcanvas.diff.compare` finds the changes, :mod:`~relcanvas.diff.report` writes them
as text, Markdown or JSON, :mod:`~relcanvas.diff.git` reads revisions and git's driver
arguments.
"""

from relcanvas.diff.compare import Change, Diff, compare

__all__ = ["Change", "Diff", "compare"]
