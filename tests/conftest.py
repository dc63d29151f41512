"""Suite-wide hooks."""

from __future__ import annotations

import pytest


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The slow tests first: spread over pytest-xdist workers, the long ones then start early
    and the short ones fill the gaps, instead of one long module finishing the run alone."""
    items.sort(key=lambda item: item.get_closest_marker("slow") is None)


@pytest.fixture(autouse=True)
def _own_lint_cache(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each test gets an empty lint cache and its own cache secret, outside the repository:
    a test that patches a rule must not be answered from another test's entries."""
    home = tmp_path_factory.mktemp("lint-cache")
    monkeypatch.setenv("RELCANVAS_CACHE_DIR", str(home / "cache"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "user"))
