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


def test_an_unknown_id_or_missing_parameter_never_raises() -> None:
    assert t("no.such.id", "fr", count=2) == "no.such.id(count=2)"
    assert t("common.files", "fr") == "common.files()"


def test_every_entry_renders_in_both_languages() -> None:
    """Each template formats with its own parameters (a typo in a spec would only show
    at output time): a list for every parameter a vocabulary spec reads, 2 elsewhere."""
    for lang in LANGUAGES:
        for key, entry in catalogue(lang).items():
            if key.startswith("click."):  # Typer fills these itself, by position
                continue
            templates = [entry.one, entry.other] if isinstance(entry, Plural) else [entry]
            names = set().union(*(_fields(x) for x in templates))
            params = {name: 2 for name in names}
            if isinstance(entry, Plural):
                params[entry.by] = 2
            for template in templates:
                for _, name, spec, _ in string.Formatter().parse(template):
                    if name and spec and spec[0] in "@~":
                        params[name] = [_sample(spec[1:])]
            rendered = t(key, lang, **params)
            assert not rendered.startswith(f"{key}("), (lang, key)


def _sample(vocabulary: str) -> str:
    from relcanvas import vocabulary as V

    if vocabulary in V.VOCABULARIES:
        return V.VOCABULARIES[vocabulary].ids[0]
    if vocabulary == "vocabulary":
        return "channel"
    if vocabulary == "block":
        return "interaction"
    if vocabulary == "ui":
        return "channel"
    first = next(k for k in catalogue("en") if k.startswith(f"{vocabulary}."))
    return first.split(".", 1)[1]
