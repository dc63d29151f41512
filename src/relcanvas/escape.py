"""Text from a canvas made harmless for where it is printed: one function per output kind.

A canvas comes from anyone's pull request, and CI prints what relcanvas says about it. Any
string that came from a file (names, values, keys, paths) goes through the function of its
output kind before it is written:

- :func:`plain`, for a terminal or a CI log: control characters (C0, DEL, C1), line and
  paragraph separators and bidirectional overrides are written as ``\\xNN`` / ``\\uNNNN``,
  so no terminal escape, carriage return or new line comes through, and no line can start
  with a GitHub workflow command (``::error ...::``);
- :func:`markdown`, for Markdown: :func:`plain` on one line, with Markdown's punctuation
  escaped and mentions, issue references and autolinks broken by a WORD JOINER, so the text
  never becomes structure, a link, a notification or HTML;
- :func:`code_span`, for Markdown code (file names): a code span no backtick can close;
- :func:`annotation_data` and :func:`annotation_property`, for GitHub workflow commands, as
  ``@actions/core`` escapes them, after :func:`plain`.

JSON and SARIF need none of these: ``json.dumps`` escapes what JSON must.
"""

from __future__ import annotations

import re

_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}\ud800-\udfff]")
"""What :func:`plain` escapes: controls, LINE/PARAGRAPH SEPARATOR, bidi marks and overrides,
and lone surrogates (a YAML ``"\\ud800"`` escape), which no output encoding can write."""

_COMMAND = re.compile(r"^(\s*):(?=:)")
"""A leading ``::`` (after blanks), which GitHub Actions reads as a workflow command."""

WORD_JOINER = "\u2060"
"""Invisible and unbreakable: put after ``@`` or ``#`` it keeps the text as written, but
GitHub no longer sees a mention or a reference (a backslash does not stop those)."""

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|~&$])")
"""Markdown's inline punctuation: emphasis, code, links, HTML, tables, entities, math. The
text is on one line after our own marker, so no block structure can start."""
_MD_LINKS = re.compile(r"([@#])(?=\w)|(:)(?=//)|\b(www)(?=\.)", re.IGNORECASE)


def _escaped(match: re.Match[str]) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def plain(text: str) -> str:
    """Text for a terminal or a CI log: one line, no escapes, no workflow command."""
    return _COMMAND.sub(r"\1\\x3a", _UNSAFE.sub(_escaped, text))


def markdown(text: str) -> str:
    """Markdown-inert text on one line: shown as written, never structure, link or mention."""
    flat = plain(" ".join(text.split()))
    escaped = _MD_SPECIAL.sub(r"\\\1", flat)
    return _MD_LINKS.sub(lambda m: m.group() + WORD_JOINER, escaped)


def code_span(text: str) -> str:
    """A Markdown code span showing text as written, whatever backticks it holds."""
    flat = plain(" ".join(text.split()))
    longest = max((len(run) for run in re.findall("`+", flat)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def annotation_data(text: str) -> str:
    """A workflow command's message, escaped as ``@actions/core``'s ``escapeData``."""
    return plain(text).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def annotation_property(text: str) -> str:
    """A workflow command's property value, as ``@actions/core``'s ``escapeProperty``."""
    return annotation_data(text).replace(":", "%3A").replace(",", "%2C")
