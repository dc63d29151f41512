"""The two catalogues hold the same ids, with the same parameters, and render."""

from __future__ import annotations

import string

import pytest

from relcanvas.i18n import LANGUAGES, Plural, catalogue, language_from_env, t


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _params(entry: str | Plural) -> set[str]:
    if isinstance(entry, Plural):
        return _fields(entry.one) | _fields(entry.other) | {entry.by}
    return _fields(entry)


def test_same_ids_in_every_language() -> None:
    fr, en = (set(catalogue(lang)) for lang in LANGUAGES)
    assert sorted(fr - en) == [], "ids only in French"
    assert sorted(en - fr) == [], "ids only in English"


def test_same_parameters_in_every_language() -> None:
    fr, en = (catalogue(lang) for lang in LANGUAGES)
    differ = {key: (_params(fr[key]), _params(en[key])) for key in en if key in fr}
    assert {k: v for k, v in differ.items() if v[0] != v[1]} == {}


@pytest.mark.parametrize(
    ("lang", "count", "expected"),
    [
        ("en", 1, "1 file"),
        ("en", 0, "0 files"),
        ("en", 2, "2 files"),
        ("fr", 0, "0 fichier"),
        ("fr", 1, "1 fichier"),
        ("fr", 2, "2 fichiers"),
    ],
)
def test_plural_forms(lang: str, count: int, expected: str) -> None:
    assert t("common.files", lang, count=count) == expected


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_FR", "LC_ALL": "C"}, "en"),
        ({"LC_MESSAGES": "fr_CA", "LANG": "en_US"}, "fr"),
    ],
)
def test_language_from_environment(environ: dict[str, str], expected: str) -> None:
    assert language_from_env(environ) == expected
