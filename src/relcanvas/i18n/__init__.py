"""Every sentence relcanvas says, by id, in French and English, rendered as late as possible.

Code never builds user-facing text: it names a message id and its parameters (values, not
pre-rendered text) and :func:`t` renders them in the chosen language from one catalogue per
language (:mod:`relcanvas.i18n.en`, :mod:`relcanvas.i18n.fr`). A catalogue entry is a
``str.format`` template, or a :class:`Plural` whose form is chosen by one integer parameter.
``tests/foundation/test_catalogues.py`` fails when an id exists in one language only or when
the two templates of an id use different parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")
DEFAULT: Lang = "en"


@dataclass(frozen=True)
class Plural:
    """A message whose form depends on a count: ``one`` for 1 (and 0 in French), else ``other``."""

    one: str
    other: str
    by: str = "count"
    """The integer parameter that chooses the form."""


Entry = str | Plural


def catalogue(lang: Lang) -> Mapping[str, Entry]:
    """The messages of one language (imported on first use: start-up does not pay for them)."""
    if lang == "fr":
        from relcanvas.i18n.fr import MESSAGES
    else:
        from relcanvas.i18n.en import MESSAGES
    return MESSAGES


def plural_form(lang: Lang, count: int) -> Literal["one", "other"]:
    """French treats 0 and 1 as singular ("0 constat"); English only 1 ("0 findings")."""
    if lang == "fr":
        return "one" if abs(count) < 2 else "other"
    return "one" if count == 1 else "other"


def t(key: str, lang: Lang | str, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (English for an unknown language), with ``params`` in."""
    chosen: Lang = "fr" if lang == "fr" else "en"
    entry = catalogue(chosen)[key]
    if isinstance(entry, Plural):
        template = entry.one if plural_form(chosen, int(params[entry.by])) == "one" else entry.other
    else:
        template = entry
    return template.format(**params)


@dataclass(frozen=True)
class Message:
    """A message id and its parameters: what a finding or problem carries until output."""

    key: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, lang: Lang | str) -> str:
        return t(self.key, lang, **self.params)


def language_from_env(environ: Mapping[str, str]) -> Lang:
    """French when the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` starts with ``fr``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return DEFAULT
