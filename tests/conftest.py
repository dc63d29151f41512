"""Suite-wide hooks."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: spread over pytest-xdist workers, the long ones then start early
    and the short ones fill the gaps, instead of one long module finishing the run alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)
