"""What relcanvas says about a file: a problem at a 1-based line and column, with a code.

The loader's codes (RC0xx: the file and its format) are declared here so that the loader,
``validate`` and the lint engine report them the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from relcanvas.i18n import Message, text


@dataclass(frozen=True, order=True)
class Position:
    """1-based line and column, as editors count them."""

    line: int = 1
    column: int = 1


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, ready to be shown as ``path:line:col: CODE message``."""

    code: str
    message: Message | str = field(compare=False)
    """An id and its parameters (a plain string only for text that has no id yet)."""
    position: Position = field(default_factory=Position)

    def text(self, lang: str | None = None) -> str:
        """The message in ``lang`` (English by default)."""
        return text(self.message, lang)

    @property
    def slug(self) -> str:
        return FORMAT_CODES.get(self.code, ("", ""))[0]

    @property
    def line(self) -> int:
        return self.position.line

    @property
    def column(self) -> int:
        return self.position.column


FORMAT_CODES: dict[str, tuple[str, str]] = {
    "RC001": ("not-utf8", "The file is not UTF-8 text."),
    "RC002": ("yaml-syntax", "The file is not well-formed YAML, or holds more than one document."),
    "RC003": ("duplicate-key", "A mapping names the same key twice."),
    "RC004": (
        "forbidden-tag",
        "A YAML tag other than the core ones (str, int, map...), or a core tag on a value "
        "that is not of its type.",
    ),
    "RC005": ("alias-expansion", "Aliases expand beyond the limit, or an anchor contains itself."),
    "RC006": ("file-too-large", "The file is larger than the size limit."),
    "RC007": ("nesting-too-deep", "Mappings and lists are nested deeper than the limit."),
    "RC008": ("root-not-mapping", "The file's top level is not a mapping of keys."),
    "RC009": ("empty-file", "The file holds no canvas at all."),
    "RC010": ("unsupported-version", "The format version is not one this release reads."),
    "RC011": ("unknown-key", "A key the format does not know (extensions start with x-)."),
    "RC012": ("invalid-value", "A value of the wrong type or outside its vocabulary."),
    "RC013": ("missing-key", "A required key is missing."),
    "RC014": ("dangling-reference", "A reference names an id that the file does not define."),
    "RC015": ("duplicate-id", "Two entries of a block share the same id."),
    "RC016": ("non-text-key", "A key that is a list or a mapping instead of text."),
    "RC019": (
        "over-limit",
        "The file holds more than a limit allows (nodes, keys, items, entries, references, "
        "characters of a value, digits of a number), or more problems than are reported.",
    ),
}
"""code -> (slug, one-line summary) of every problem the loader reports."""

ORIGIN = Position(1, 1)
"""Where file-level problems point: the top of the file."""


class Refusal(Exception):
    """One problem that stops loading a file (raised inside the loader, never outside it)."""

    def __init__(self, code: str, message: Message | str, position: Position = ORIGIN) -> None:
        super().__init__(text(message, "en"))
        self.problem = Problem(code, message, position)


class Problems(Exception):
    """Several problems found together that stop loading a file (duplicate keys...)."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems
