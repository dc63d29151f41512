"""One history repository per test module: building it runs a dozen git commands."""

from __future__ import annotations

from pathlib import Path

import pytest
from history_repo import build


@pytest.fixture(scope="module")
def canvas_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build(tmp_path_factory.mktemp("history"))
