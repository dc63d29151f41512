"""Property tests: no input makes ``validate`` crash; model -> YAML -> model is the identity."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from relcanvas import vocabulary as V
from relcanvas.cli import app
from relcanvas.loader import load_bytes
from relcanvas.model import Canvas

RUNNER = CliRunner()

FRAGMENTS = [
    "relcanvas: 1\n",
    "relcanvas: 2\n",
    "title: T\n",
    "segments:\n",
    "  - id: s\n",
    "    name: S\n",
    "touchpoints:\n",
    "  - name: A\n",
    "    phase: Avant-vente\n",
    "    segments: [s, t]\n",
    "tools:\n",
    "    touchpoints: [a, b]\n",
    "x-a: &a [1, 2]\n",
    "x-b: [*a, *a]\n",
    "x-c: *a\n",
    "!!python/object:os.system\n",
    "<<: *a\n",
    "- \n",
    "{",
    "}",
    "[",
    "]",
    ": ",
    "\t",
    "\r\n",
    "\xef\xbb\xbf",
    "'",
    '"',
    "&",
    "*",
    "!",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "? ",
    "key: !!binary AAAA\n",
    "updated: 2026-02-30\n",
    "\x00",
]


def _validate_stdin(data: bytes) -> None:
    result = RUNNER.invoke(app, ["validate", "-"], input=data)
    assert result.exit_code in (0, 1, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    assert "Traceback" not in result.output


@settings(max_examples=150, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_end_in_0_1_or_2(data: bytes) -> None:
    _validate_stdin(data)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30))
def test_yaml_like_input_ends_in_0_1_or_2(parts: list[str]) -> None:
    _validate_stdin("".join(parts).encode("utf-8", "surrogateescape"))


# --- A strategy of valid canvases --------------------------------------------------------

_words = (
    st.text(
        st.characters(categories=("L", "N", "P", "Zs"), exclude_characters="\x85\u2028\u2029"),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
_maybe_words = st.none() | _words
_slugs = st.from_regex(r"\A[a-z0-9][a-z0-9_.-]{0,12}\Z")


def _enum(vocab: V.Vocabulary) -> st.SearchStrategy[str]:
    return st.sampled_from(vocab.ids)


def _open(vocab: V.Vocabulary) -> st.SearchStrategy[str]:
    return st.sampled_from(vocab.ids) | _words


_extensions = st.dictionaries(
    st.from_regex(r"\Ax-[a-z]{1,6}\Z"),
    st.none() | st.integers(-5, 5) | _words | st.lists(st.integers(0, 3), max_size=3),
    max_size=2,
)


def _entry(fields: dict[str, Any], extensions: dict[str, Any]) -> dict[str, Any]:
    return {**{k: v for k, v in fields.items() if v is not None}, **extensions}


@st.composite
def canvases(draw: st.DrawFn) -> Canvas:
    seg_ids = draw(st.lists(_slugs, unique=True, max_size=4))
    tp_ids = draw(st.lists(_slugs, unique=True, max_size=5))
    refs = st.lists(st.sampled_from(seg_ids), max_size=3) if seg_ids else st.just([])
    tp_refs = st.lists(st.sampled_from(tp_ids), max_size=3) if tp_ids else st.just([])
    level = st.none() | _enum(V.LEVEL)
    data: dict[str, Any] = _entry(
        {
            "relcanvas": 1,
            "title": draw(_words),
            "organization": draw(_maybe_words),
            "language": draw(_enum(V.LANGUAGE)),
            "version": draw(_maybe_words),
            "updated": draw(st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 1, 1))),
            "authors": [
                {"name": draw(_words), "role": draw(st.none() | _enum(V.ROLE))}
                for _ in range(draw(st.integers(0, 2)))
            ],
            "segments": [
                _entry(
                    {
                        "id": i,
                        "name": draw(_words),
                        "value": draw(level),
                        "notes": draw(_maybe_words),
                    },
                    draw(_extensions),
                )
                for i in seg_ids
            ],
            "interaction": [
                {
                    "segment": i,
                    "types": draw(st.lists(_enum(V.INTERACTION_TYPE), max_size=2)),
                    "human_contact": draw(level),
                    "automation": draw(level),
                }
                for i in draw(st.lists(st.sampled_from(seg_ids), unique=True))
                if seg_ids
            ]
            if seg_ids
            else [],
            "touchpoints": [
                _entry(
                    {
                        "id": i,
                        "name": draw(_words),
                        "phase": draw(st.none() | _enum(V.PHASE)),
                        "channel": draw(st.none() | _open(V.CHANNEL)),
                        "frequency": draw(st.none() | _open(V.FREQUENCY)),
                        "segments": draw(refs),
                        "moment_of_truth": draw(st.booleans()),
                        "proactive": draw(st.booleans()),
                        "response_time": draw(_maybe_words),
                    },
                    draw(_extensions),
                )
                for i in tp_ids
            ],
            "tools": [
                {
                    "id": f"tool-{n}",
                    "name": draw(_words),
                    "kind": draw(st.none() | _enum(V.TOOL_KIND)),
                    "touchpoints": draw(tp_refs),
                    "shared_history": draw(st.none() | st.booleans()),
                }
                for n in range(draw(st.integers(0, 3)))
            ],
            "loyalty": [
                {
                    "name": draw(_words),
                    "kind": draw(st.none() | _enum(V.LOYALTY_KIND)),
                    "segments": draw(refs),
                    "customer_value": draw(_maybe_words),
                }
                for _ in range(draw(st.integers(0, 2)))
            ],
            "involvement": [
                {"level": draw(_enum(V.INVOLVEMENT_LEVEL)), "mechanism": draw(_maybe_words)}
                for _ in range(draw(st.integers(0, 2)))
            ],
            "evolution": [
                {
                    "phase": draw(_enum(V.STAGE)),
                    "objectives": draw(st.lists(_words, max_size=2)),
                    "risk_signals": draw(st.lists(_words, max_size=2)),
                    "duration": draw(_maybe_words),
                    "segments": draw(refs),
                }
                for _ in range(draw(st.integers(0, 2)))
            ],
            "indicators": [
                {
                    "name": draw(_words),
                    "kind": draw(st.none() | _enum(V.INDICATOR_KIND)),
                    "target": draw(_maybe_words),
                    "frequency": draw(st.none() | _open(V.FREQUENCY)),
                }
                for _ in range(draw(st.integers(0, 2)))
            ],
        },
        draw(_extensions),
    )
    return Canvas.model_validate(data)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(canvases())
def test_model_yaml_model_is_the_identity(canvas: Canvas) -> None:
    dumped = canvas.model_dump(mode="json")
    text = yaml.safe_dump(dumped, allow_unicode=True, sort_keys=False)
    loaded = load_bytes(text.encode("utf-8"))
    assert loaded.problems == [], (text, loaded.problems)
    assert loaded.canvas is not None
    assert loaded.canvas.model_dump(mode="json") == dumped
    assert loaded.canvas == canvas
