"""The walk and the blob cache, where the logic is dense: a blob seen twice is parsed once."""

from __future__ import annotations

from pathlib import Path

import pytest
from history_repo import EXAMPLE, Builder, git

from relcanvas.diff.git import GitError
from relcanvas.history import Query, history
from relcanvas.history.walk import NO_BLOB, commits


def test_a_blob_seen_twice_is_parsed_once(tmp_path: Path) -> None:
    b = Builder(tmp_path)
    first = EXAMPLE.read_text()
    second = first.replace("    value: high\n", "    value: medium\n", 1)
    b.commit("c.yaml", first, "one")
    b.commit("c.yaml", second, "two")
    b.commit("c.yaml", first, "back to one")
    b.commit("c.yaml", second, "two again")
    found = history(Query(str(tmp_path / "c.yaml")))
    assert [e.status for e in found.entries] == ["strategic"] * 4
    assert found.parsed == 2
    # Each commit is diffed against its own parent: the revert is a change back.
    diff = found.entries[1].diff
    assert diff is not None
    assert [(c.field, c.old, c.new) for c in diff.changes] == [("value", "medium", "high")]


def test_commits_carry_blobs_and_paths_across_a_rename(tmp_path: Path) -> None:
    b = Builder(tmp_path)
    b.commit("a.yaml", EXAMPLE.read_text(), "add")
    git(tmp_path, "mv", "a.yaml", "b.yaml")
    b.stamp("commit", "-q", "-m", "move")
    _, found = commits(Query(str(tmp_path / "b.yaml")))
    assert [c.subject for c in found] == ["move", "add"]
    assert [c.path for c in found] == ["b.yaml", "a.yaml"]
    assert found[1].old_blob == NO_BLOB
    assert found[0].old_blob == found[0].new_blob == found[1].new_blob


def test_a_file_never_committed(tmp_path: Path) -> None:
    b = Builder(tmp_path)
    b.commit("a.yaml", EXAMPLE.read_text(), "add")
    (tmp_path / "new.yaml").write_text("relcanvas: 1\n")
    with pytest.raises(GitError, match="not in the history"):
        history(Query(str(tmp_path / "new.yaml")))


def test_an_over_large_version_is_reported_not_read(tmp_path: Path) -> None:
    from relcanvas.limits import Limits

    b = Builder(tmp_path)
    text = EXAMPLE.read_text()
    b.commit("c.yaml", text, "small")
    b.commit("c.yaml", text + "# " + "x" * 400 + "\n", "large")
    found = history(
        Query(str(tmp_path / "c.yaml")), Limits().with_overrides({"bytes": len(text) + 100})
    )
    assert [(e.commit.subject, e.status, e.too_large) for e in found.entries] == [
        ("large", "invalid", True),
        ("small", "strategic", False),
    ]


def test_a_deleted_file_is_every_entry_removed(tmp_path: Path) -> None:
    b = Builder(tmp_path)
    b.commit("keep.txt", "x\n", "other file")
    b.commit("c.yaml", EXAMPLE.read_text(), "add")
    git(tmp_path, "rm", "-q", "c.yaml")
    b.stamp("commit", "-q", "-m", "drop the canvas")
    found = history(Query(str(tmp_path / "c.yaml")))
    assert [(e.commit.subject, e.status) for e in found.entries] == [
        ("drop the canvas", "strategic"),
        ("add", "strategic"),
    ]
    removed = found.entries[0].diff
    assert removed is not None and {c.kind for c in removed.changes} == {"removed"}
