"""Properties of diff over generated canvases, through YAML text and the loader."""

from __future__ import annotations

import json
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

import yaml
from diff_strategies import canvas_data, pools, shuffled_yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from relcanvas.cli import app
from relcanvas.diff import compare
from relcanvas.loader import load_bytes
from relcanvas.model import Canvas, slugify

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def load(text: str) -> Canvas:
    loaded = load_bytes(text.encode(), "generated.yaml")
    assert loaded.canvas is not None, [p.message for p in loaded.problems]
    return loaded.canvas


@SETTINGS
@given(pools(), st.integers(0, 2**32))
def test_a_canvas_rewritten_differently_has_no_changes(
    blocks: dict[str, list[dict[str, Any]]], seed: int
) -> None:
    data = canvas_data(blocks, **{"x-team": {"lead": "A", "members": ["B", "C"]}})
    original = load(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    rewritten = load(shuffled_yaml(data, seed))
    assert compare(original, rewritten).changes == []
    assert compare(rewritten, original).changes == []


def _key(block: str, entry: dict[str, Any]) -> str:
    """The key the JSON output documents for each block."""
    if block in ("segments",):
        return str(entry["id"])
    if block in ("touchpoints", "tools"):
        return str(entry.get("id") or slugify(entry["name"]))
    if block == "interaction":
        return str(entry["segment"])
    if block == "involvement":
        return f"{entry['level']}: {entry['mechanism']}"
    if block == "evolution":
        return str(entry["phase"])
    return str(entry["name"])


@st.composite
def pairs(draw: st.DrawFn) -> tuple[dict[str, Any], dict[str, Any], Counter[tuple[str, str, str]]]:
    """An old and a new canvas, and the entries the generator removed and added."""
    blocks = draw(pools())
    fate: dict[str, list[str]] = {}
    for block, entries in blocks.items():
        fate[block] = [draw(st.sampled_from(["kept", "removed", "added"])) for _ in entries]
    # References only ever point to kept segments and touchpoints; a segment's interaction
    # entry shares its segment's fate when the segment comes or goes.
    seg_fate = {s["id"]: f for s, f in zip(blocks["segments"], fate["segments"], strict=True)}
    if "kept" not in fate["segments"]:
        fate["segments"][0] = "kept"
        seg_fate[blocks["segments"][0]["id"]] = "kept"
    kept_segments = {s for s, f in seg_fate.items() if f == "kept"}
    kept_tps = {
        _key("touchpoints", t)
        for t, f in zip(blocks["touchpoints"], fate["touchpoints"], strict=True)
        if f == "kept"
    }
    for i, entry in enumerate(blocks["interaction"]):
        if seg_fate[entry["segment"]] != "kept":
            fate["interaction"][i] = seg_fate[entry["segment"]]
    for block, entries in blocks.items():
        for entry in entries:
            if "segments" in entry:
                entry["segments"] = [s for s in entry["segments"] if s in kept_segments]
            if block == "tools":
                entry["touchpoints"] = [t for t in entry["touchpoints"] if t in kept_tps]
    old = {
        b: [e for e, f in zip(es, fate[b], strict=True) if f != "added"] for b, es in blocks.items()
    }
    new = {
        b: [e for e, f in zip(es, fate[b], strict=True) if f != "removed"]
        for b, es in blocks.items()
    }
    expected: Counter[tuple[str, str, str]] = Counter(
        (block, f, _key(block, entry))
        for block, entries in blocks.items()
        for entry, f in zip(entries, fate[block], strict=True)
        if f != "kept"
    )
    return canvas_data(old), canvas_data(new), expected


@SETTINGS
@given(pairs())
def test_every_generated_addition_and_removal_appears_once_in_json(
    pair: tuple[dict[str, Any], dict[str, Any], Counter[tuple[str, str, str]]],
) -> None:
    old, new, expected = pair
    with tempfile.TemporaryDirectory() as folder:
        paths = [str(Path(folder, name)) for name in ("old.yaml", "new.yaml")]
        for path, data in zip(paths, (old, new), strict=True):
            Path(path).write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
        result = CliRunner().invoke(app, ["diff", *paths, "--format", "json"])
    assert result.exit_code == 0, result.output
    changes = json.loads(result.stdout)["changes"]
    seen = Counter(
        (c["block"], c["kind"], c["key"]) for c in changes if c["kind"] in ("added", "removed")
    )
    for c in changes:  # two generated entries alike enough are one rename (docs/diff.md)
        if c["kind"] == "renamed":
            seen[(c["block"], "removed", c["old_key"])] += 1
            seen[(c["block"], "added", c["key"])] += 1
    assert seen == expected
    if not expected:
        assert changes == []
