"""docs/format.md and docs/fr/format.md stay in step with the code: keys, vocabularies, codes,
limits."""

from __future__ import annotations

import importlib.util

from foundation_helpers import ROOT

from relcanvas import vocabulary as V
from relcanvas.diagnostics import FORMAT_CODES
from relcanvas.loader import Limits
from relcanvas.model import Canvas

DOC = ROOT / "docs" / "format.md"
DOC_FR = ROOT / "docs" / "fr" / "format.md"


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


def test_french_tables_are_current() -> None:
    text = DOC_FR.read_text(encoding="utf-8")
    assert _generator().updated_fr(text) == text, "run: python docs/format_vocabulary.py --write"


def test_french_staleness_is_detected() -> None:
    """The check above can fail: a French table one label behind the code is stale."""
    text = DOC_FR.read_text(encoding="utf-8")
    stale = text.replace("| `high` | Élevé |", "| `high` | Haut |", 1)
    assert stale != text
    assert _generator().updated_fr(stale) != stale


def test_french_tables_have_french_headings_and_every_label() -> None:
    text = DOC_FR.read_text(encoding="utf-8")
    generator = _generator()
    assert "| identifiant | français | anglais | autres graphies acceptées |" in text
    assert "| limite | par défaut | code | pour la changer |" in text
    for vocab in V.VOCABULARIES.values():
        for term in vocab.terms:
            label = generator.french_label(term.label.fr)
            assert f"| `{term.id}` | {label} | {term.label.en} |" in text
    assert "5\u202f242\u202f880 octets (5 Mio)" in text


def test_every_key_and_code_is_documented_in_french() -> None:
    english = DOC.read_text(encoding="utf-8")
    french = DOC_FR.read_text(encoding="utf-8")
    keys = {line.split("`")[1] for line in english.splitlines() if line.startswith("| `")}
    missing = sorted(key for key in keys if f"| `{key}` |" not in french)
    assert not missing, f"keys of docs/format.md not in docs/fr/format.md: {missing}"
    for code, (slug, _) in FORMAT_CODES.items():
        assert f"| {code} | {slug} |" in french
    assert "--max-size" in french and "`x-" in french
