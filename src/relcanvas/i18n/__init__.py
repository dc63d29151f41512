"""Every sentence relcanvas says, by id, in French and English, rendered as late as possible.

Code never builds user-facing text: it names a message id and its parameters (plain,
JSON-serialisable values: text, numbers, true/false, lists of text) and :func:`t` renders
them in the chosen language from one catalogue per language (:mod:`relcanvas.i18n.en`,
:mod:`relcanvas.i18n.fr`). A catalogue entry is a ``str.format`` template, or a
:class:`Plural` whose form is chosen by one integer parameter.

Templates may ask for a value of the method's vocabulary to be shown by its label in the
message's language: ``{channel:@channel}`` quotes the label (« Téléphone », 'Phone'),
``{phases:~phase}`` writes it bare and in lower case; ``ui`` names the field labels of
:data:`relcanvas.vocabulary.UI`, ``block`` the block titles, and any other name a group of
catalogue ids (``{missing:~field}`` renders ``field.<value>``). A list is written
"a, b and c" / « a, b et c ».

We keep our own small typed catalogue rather than gettext/Babel: two languages, both
written by us, no compile step, and ``tests/foundation/test_catalogues.py`` checks that
the two hold the same ids with the same parameters.
"""

from __future__ import annotations

import string
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

Lang = Literal["fr", "en"]
LANGUAGES: tuple[Lang, ...] = ("fr", "en")
DEFAULT: Lang = "en"

Param = str | int | float | bool | list[str] | None
"""What a message parameter may be: values a JSON cache can store and give back."""


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


def lang_of(lang: str | None) -> Lang:
    """``fr`` or ``en`` (English for anything else)."""
    return "fr" if lang == "fr" else "en"


def plural_form(lang: Lang, count: int) -> Literal["one", "other"]:
    """French treats 0 and 1 as singular ("0 constat"); English only 1 ("0 findings")."""
    if lang == "fr":
        return "one" if abs(count) < 2 else "other"
    return "one" if count == 1 else "other"


def quote(text: str, lang: str) -> str:
    """A label quoted as the language does: « Téléphone », 'Phone'."""
    return f"«\u00a0{text}\u00a0»" if lang == "fr" else f"'{text}'"


def join(items: Sequence[str], lang: str) -> str:
    """``a, b and c`` / ``a, b et c``."""
    if len(items) < 2:
        return "".join(items)
    last = " et " if lang == "fr" else " and "
    return ", ".join(items[:-1]) + last + items[-1]


def _label(value: Any, vocabulary: str, lang: Lang) -> str:
    from relcanvas import vocabulary as V

    if vocabulary == "ui":
        text = V.UI.get(str(value))
        return text(lang) if text else str(value)
    if vocabulary == "vocabulary":
        return V.VOCABULARIES[str(value)].name(lang)
    if vocabulary == "block":
        block = V.BLOCK_BY_KEY.get(str(value))
        return block.title(lang) if block else str(value)
    if vocabulary in V.VOCABULARIES:
        return V.VOCABULARIES[vocabulary].label(str(value), lang)
    return t(f"{vocabulary}.{value}", lang)


def _is_vocabulary(name: str) -> bool:
    """Labels of the method (capitalised, lowered in a sentence), not catalogue words."""
    from relcanvas import vocabulary as V

    return name in ("ui", "block", "vocabulary") or name in V.VOCABULARIES


class _Formatter(string.Formatter):
    """``str.format`` with vocabulary labels (``:@vocab``, ``:~vocab``) and lists joined."""

    def __init__(self, lang: Lang) -> None:
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec[:1] in ("@", "~"):
            values = value if isinstance(value, list | tuple) else [value]
            labels = [_label(v, format_spec[1:], self.lang) for v in values]
            if format_spec[0] == "@":
                labels = [quote(label, self.lang) for label in labels]
            elif _is_vocabulary(format_spec[1:]):
                labels = [label.lower() for label in labels]
            return join(labels, self.lang)
        if isinstance(value, list | tuple):
            return join([str(v) for v in value], self.lang)
        formatted = str(super().format_field(value, format_spec))
        if format_spec == "," and self.lang == "fr":
            return formatted.replace(",", "\u202f")  # 12 345: a narrow no-break space
        return formatted


def t(key: str, lang: Lang | str | None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (English for an unknown language), with ``params`` in.

    Never raises for a message it cannot render (an id from another release, read back from
    a cache): it falls back to English, then to the id and its parameters.
    """
    chosen = lang_of(lang)
    for language in dict.fromkeys((chosen, DEFAULT)):
        entry = catalogue(language).get(key)
        if entry is None:
            continue
        try:
            return _render(entry, language, params)
        except (KeyError, IndexError, ValueError, TypeError):
            continue
    shown = ", ".join(f"{name}={value!r}" for name, value in params.items())
    return f"{key}({shown})"


def _render(entry: Entry, lang: Lang, params: Mapping[str, Any]) -> str:
    if isinstance(entry, Plural):
        template = entry.one if plural_form(lang, int(params[entry.by])) == "one" else entry.other
    else:
        template = entry
    return _Formatter(lang).format(template, **params)


def has(key: str) -> bool:
    """Whether the catalogues hold ``key`` (rules without a hint of their own...)."""
    return key in catalogue(DEFAULT)


@dataclass(frozen=True)
class Message:
    """A message id and its parameters: what a finding or problem carries until output."""

    key: str
    params: Mapping[str, Param] = field(default_factory=dict)

    def render(self, lang: Lang | str | None) -> str:
        return t(self.key, lang, **self.params)

    def to_json(self) -> dict[str, Any]:
        return {"id": self.key, "params": dict(self.params)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Message:
        return cls(str(data["id"]), dict(data.get("params") or {}))


def msg(key: str, /, **params: Param) -> Message:
    """``Message(key, params)``, shorter to write where a check yields it."""
    return Message(key, params)


def text(message: Message | str, lang: Lang | str | None) -> str:
    """A message in ``lang``; a plain string (text that has no id yet) as it is."""
    return message if isinstance(message, str) else message.render(lang)


def as_message(message: Message | str) -> Message:
    """A message; a plain string (text that has no id yet) wrapped as it is."""
    return Message("common.raw", {"text": message}) if isinstance(message, str) else message


def language_of(canvas: Any, data: Any = None) -> str:
    """The language a canvas says it is written in (``language:``), or "" when it does not
    say: then the reader's environment decides, not the format's default."""
    if canvas is not None and "language" in getattr(canvas, "model_fields_set", ()):
        return str(canvas.language)
    if isinstance(data, dict) and isinstance(data.get("language"), str):
        from relcanvas import vocabulary as V

        return V.LANGUAGE.lookup(data["language"]) or ""
    return ""


def language_from_env(environ: Mapping[str, str]) -> Lang:
    """French when the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` starts with ``fr``."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(name, "")
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return DEFAULT
