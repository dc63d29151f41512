"""``relcanvas log``: the strategy history of a canvas kept in git.

:mod:`~relcanvas.history.walk` asks git for the commits and blobs, :mod:`~relcanvas.history.log`
parses each blob once and diffs each commit, :mod:`~relcanvas.history.levels` follows
segments through their renames, and the formats are :mod:`~relcanvas.history.report` (text,
JSON), :mod:`~relcanvas.history.changelog` (Markdown) and :mod:`~relcanvas.history.timeline`
(HTML, PDF).
"""

from relcanvas.history.log import Entry, History, history
from relcanvas.history.walk import Commit, Query

__all__ = ["Commit", "Entry", "History", "Query", "history"]
