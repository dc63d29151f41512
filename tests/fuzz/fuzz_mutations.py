"""Hostile canvases: the examples, mutated the way a break-it session edits a file.

A case is an example's text, one to four line edits (keys deleted, duplicated, misspelled,
retyped; values swapped for other YAML types, tags, huge or control-laden strings, anchors,
aliases and merge keys), a line-end convention, then byte edits (invalid UTF-8, a BOM in the
middle, truncation, another encoding). Everything is drawn by hypothesis, so a failure
shrinks to the few edits that matter and replays from its seed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

EXAMPLES = Path(__file__).parents[2] / "examples"
BASES = {p.name: p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.yaml"))}

KEY_LINE = re.compile(r"^(\s*(?:- )?)([^\s:#][^:#]*?)(\s*:)( .*)?$")
"""``  - key: value``: the indent (with a list dash), the key, the colon, the value."""

CORE_TAGS = (
    "!!str",
    "!!int",
    "!!float",
    "!!bool",
    "!!null",
    "!!timestamp",
    "!!binary",
    "!!omap",
    "!!set",
    "!!seq",
    "!!map",
    "!!python/object/apply:os.system",
    "!local",
    "!<tag:yaml.org,2002:str>",
)
VALUES = (
    "",
    "[]",
    "{}",
    "null",
    "~",
    "0",
    "-1",
    "-0",
    "123456789012345678901234567890",
    "9" * 4400,
    "1e999",
    "-.inf",
    ".nan",
    "true",
    "no",
    "'text'",
    '"text"',
    "2026-13-45",
    "2026-02-30",
    "9999-12-31",
    "0001-01-01",
    "2026-11-20T10:00:00+14:00",
    "12:30:00",
    "[1, [2, {a: b}]]",
    "{a: [1, 2], b: {c: d}}",
    "0x1F",
    "0o17",
    "1_000",
    "|\n  block\n  text",
    ">-\n  folded",
    "'unterminated",
    "[unclosed",
    "{unclosed: 1",
    "- item",
    "*nowhere",
    "&r [*r]",
    "&m {k: *m}",
    "[" * 200 + "]" * 200,
    "A" * 100_000,
    "é" * 20_000,
    "x, y: z",
    "@reserved",
    "`backtick",
    "%TAG",
    "---",
    "...",
)
CONTROLS = (
    *(chr(c) for c in range(32)),
    "\x7f",
    "\x85",
    "\x9b",
    "\u2028",
    "\u2029",
    "\u202e",
    "\u2066",
    "\ufeff",
)
NAMES = (
    "::error file=a.yaml,line=1::pwned",
    "@octocat #1 [x](http://e.com) <b>b</b> *e* | `c`",
    "a.yaml:1:1: RC000 fake",
)
BAD_BYTES = (b"\xff", b"\xc3\x28", b"\xed\xa0\x80", b"\x00", b"\xe2\x82", b"\xf4\x90\x80\x80")
BOM = "\ufeff".encode()
LINE_ENDS = ("\n", "\r\n", "\r", "\x85", "\u2028")
ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "utf-32", "latin-1")


@dataclass(frozen=True)
class Case:
    """A mutated canvas: the bytes on disk, and how its lines end."""

    data: bytes
    line_end: str
    edits: tuple[str, ...]


def _quoted(text: str) -> str:
    """A YAML double-quoted scalar that holds text exactly (controls as escapes)."""
    out = []
    for ch in text:
        if ch in '"\\':
            out.append("\\" + ch)
        elif ord(ch) < 32 or ord(ch) in (0x7F, 0x85, 0x2028, 0x2029) or 0x80 <= ord(ch) < 0xA0:
            out.append(f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


@st.composite
def _value(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(("value", "tag", "control", "raw-control", "name")))
    if kind == "value":
        return draw(st.sampled_from(VALUES))
    if kind == "tag":
        return f"{draw(st.sampled_from(CORE_TAGS))} {draw(st.sampled_from(VALUES[:30]))}"
    if kind == "name":
        return _quoted(draw(st.sampled_from(NAMES)))
    chars = draw(st.lists(st.sampled_from(CONTROLS), min_size=1, max_size=4))
    text = "Name" + "".join(chars) + draw(st.sampled_from(NAMES))
    return _quoted(text) if kind == "control" else text


def _key_lines(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if KEY_LINE.match(line)]


@st.composite
def _line_edit(draw: st.DrawFn, lines: list[str]) -> str:
    """Edit lines in place; return a short description for the failure report."""
    keyed = _key_lines(lines)
    kind = draw(
        st.sampled_from(
            ("delete", "duplicate", "misspell", "retype", "tag", "anchor", "merge", "move")
        )
    )
    i = draw(st.sampled_from(keyed)) if keyed else 0
    if not lines:
        return "nothing"
    if kind == "delete":
        del lines[i]
    elif kind == "duplicate":
        lines.insert(i, lines[i])
    elif kind == "move":
        lines.insert(draw(st.integers(0, len(lines))), lines.pop(i))
    elif (found := KEY_LINE.match(lines[i])) is None:
        return f"{kind} (no key)"
    else:
        indent, key, colon, value = found.groups()
        value = (value or "").strip()
        if kind == "misspell":
            at = draw(st.integers(0, len(key)))
            key = key[:at] + draw(st.sampled_from(("_", "x", "", "É", " "))) + key[at + 1 :]
        elif kind == "retype":
            value = draw(_value())
        elif kind == "tag":
            value = f"{draw(st.sampled_from(CORE_TAGS))} {value}"
        elif kind in ("anchor", "merge"):
            j = draw(st.sampled_from(keyed))
            lines[j] = lines[j].rstrip() + " &a" if lines[j].rstrip().endswith(":") else lines[j]
            value = "*a" if kind == "anchor" else value
            if kind == "merge":
                lines.insert(i + 1, f"{' ' * len(indent)}<<: *a")
        lines[i] = f"{indent}{key}{colon} {value}".rstrip()
    return f"{kind}@{i + 1}"


@st.composite
def _byte_edit(draw: st.DrawFn, data: bytes) -> tuple[bytes, str]:
    kind = draw(st.sampled_from(("invalid-utf8", "bom", "truncate")))
    at = draw(st.integers(0, len(data)))
    if kind == "truncate":
        return data[:at], f"truncate@{at}"
    insert = draw(st.sampled_from(BAD_BYTES)) if kind == "invalid-utf8" else BOM
    return data[:at] + insert + data[at:], f"{kind}@{at}"


@st.composite
def cases(draw: st.DrawFn, line_ends: tuple[str, ...] = LINE_ENDS) -> Case:
    """A mutated example: line edits, a line-end convention, then maybe byte edits."""
    lines = BASES[draw(st.sampled_from(sorted(BASES)))].split("\n")
    edits = [draw(_line_edit(lines)) for _ in range(draw(st.integers(1, 4)))]
    line_end = draw(st.sampled_from(line_ends))
    text = line_end.join(lines)
    encoding = draw(st.sampled_from(ENCODINGS[:1] * 6 + ENCODINGS))
    data = text.encode(encoding, "replace")
    if encoding != "utf-8":
        edits.append(encoding)
    for _ in range(draw(st.integers(0, 2))):
        data, edit = draw(_byte_edit(data))
        edits.append(edit)
    return Case(data, line_end, tuple(edits))
