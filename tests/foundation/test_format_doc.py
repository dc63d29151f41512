"""docs/format.md stays in step with the code: keys, vocabularies, codes, limits."""

from __future__ import annotations

import importlib.util

from foundation_helpers import ROOT

from relcanvas import vocabulary as V
from relcanvas.diagnostics import FORMAT_CODES
from relcanvas.loader import Limits
from relcanvas.model import Canvas

DOC = ROOT / "docs" / "format.md"


def _generator():
    spec = importlib.util.spec_from_file_location(
        "format_vocabulary", DOC.with_name("format_vocabulary.py")
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_vocabulary_tables_are_current() -> None:
    text = DOC.read_text(encoding="utf-8")
    assert _generator().updated(text) == text, "run: python docs/format_vocabulary.py --write"


def test_every_identifier_and_label_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for vocab in V.VOCABULARIES.values():
        for term in vocab.terms:
            assert f"| `{term.id}` | {term.label.en} | {term.label.fr} |" in text


def test_every_key_is_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    models = [Canvas]
    seen: set[str] = set()
    while models:
        model = models.pop()
        for name, info in model.model_fields.items():
            assert f"| `{name}` |" in text, f"{model.__name__}.{name}"
            for arg in getattr(info.annotation, "__args__", ()):
                if (
                    isinstance(arg, type)
                    and hasattr(arg, "model_fields")
                    and arg.__name__ not in seen
                ):
                    seen.add(arg.__name__)
                    models.append(arg)
    assert {"Segment", "Touchpoint", "Tool", "Evolution"} <= seen


def test_codes_and_limits_are_documented() -> None:
    text = DOC.read_text(encoding="utf-8")
    for code, (slug, _) in FORMAT_CODES.items():
        assert f"| {code} | {slug} |" in text
    limits = Limits()
    assert limits.max_bytes == 5 * 1024 * 1024 and "5 MiB" in text
    assert f"{limits.max_depth} levels" in text
    assert f"{limits.max_alias_nodes:,}" in text
    assert "--max-size" in text and "`x-" in text
