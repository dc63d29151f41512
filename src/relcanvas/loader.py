"""YAML bytes to a :class:`~relcanvas.model.Canvas`, with the position of every key and value.

The file is untrusted input. Before anything walks the values, the loader refuses what could
hurt: non-UTF-8 bytes, oversize files, nesting deep enough to crash libyaml's recursive
composer, tags other than YAML's core ones (nothing is ever constructed from a tag), and
aliases that expand exponentially ("billion laughs") or refer to themselves. Aliases are
shared nodes in the composed graph, so their expanded size is counted with a memo, in time
proportional to the file, not to its expansion.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import difflib
import re
import sys
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path as FsPath
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from relcanvas.diagnostics import ORIGIN, Position, Problem
from relcanvas.model import (
    EXTENSION_PREFIX,
    SUPPORTED_VERSIONS,
    Canvas,
    Path,
    integrity_problems,
)

STDIN_NAME = "<stdin>"
_CORE = "tag:yaml.org,2002:"
_ALLOWED_TAGS = frozenset(
    _CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
_MERGE_TAG = _CORE + "merge"
_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")


@dataclass(frozen=True)
class Limits:
    """How much the loader accepts before it refuses a file."""

    max_bytes: int = 5 * 1024 * 1024
    max_depth: int = 64
    max_alias_nodes: int = 100_000
    """Nodes that aliases may add to the document beyond the ones written out."""


class SourceError(Exception):
    """The file could not be read at all (missing, a directory, no permission)."""


@dataclass
class Positions:
    """Where each key and value of the file stands, by path (``("touchpoints", 2, "name")``)."""

    keys: dict[Path, Position] = field(default_factory=dict)
    values: dict[Path, Position] = field(default_factory=dict)

    def value(self, path: Path) -> Position:
        """Position of the value at path, or of the nearest enclosing value that exists."""
        return self._nearest(self.values, path)

    def key(self, path: Path) -> Position:
        """Position of the key that introduces path (the value's, for list items)."""
        if path in self.keys:
            return self.keys[path]
        return self.value(path)

    def _nearest(self, table: dict[Path, Position], path: Path) -> Position:
        while path:
            if path in table:
                return table[path]
            path = path[:-1]
        return table.get((), Position())


@dataclass
class Loaded:
    """The result of loading one file: a canvas, or the problems that prevent one."""

    name: str
    text: str = ""
    data: Any = None
    canvas: Canvas | None = None
    problems: list[Problem] = field(default_factory=list)
    positions: Positions = field(default_factory=Positions)

    @property
    def ok(self) -> bool:
        return self.canvas is not None and not self.problems


class _Refusal(Exception):
    def __init__(self, code: str, message: str, position: Position = ORIGIN) -> None:
        super().__init__(message)
        self.problem = Problem(code, message, position)


def _pos(mark: Any) -> Position:
    return Position(mark.line + 1, mark.column + 1)


def read_bytes(path: str, limit: int | None = None) -> bytes:
    """The raw bytes of a path, or of standard input for ``-`` (at most ``limit + 1`` bytes:
    enough to tell that it is too large without holding an endless stream in memory)."""
    if path == "-":
        stream = sys.stdin.buffer
        return stream.read() if limit is None else stream.read(limit + 1)
    try:
        return FsPath(path).read_bytes()
    except FileNotFoundError:
        raise SourceError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise SourceError(f"{path}: is a directory") from None
    except OSError as exc:
        raise SourceError(f"{path}: cannot read ({exc.strerror})") from None


def load_path(path: str, limits: Limits = Limits()) -> Loaded:
    """Load a file (``-`` for stdin). Raises :class:`SourceError` when it cannot be read."""
    name = STDIN_NAME if path == "-" else path
    if path != "-":
        try:
            size = FsPath(path).stat().st_size
        except OSError:
            size = 0
        if size > limits.max_bytes:
            return Loaded(name, problems=[_too_large(size, limits)])
    data = read_bytes(path, limits.max_bytes)
    if path == "-" and len(data) > limits.max_bytes:
        return Loaded(name, problems=[_too_large_stream(limits)])
    return load_bytes(data, name, limits)


def _too_large_stream(limits: Limits) -> Problem:
    return Problem(
        "RC006",
        f"input is over the limit of {limits.max_bytes:,} bytes (raise it with --max-size)",
    )


def _too_large(size: int, limits: Limits) -> Problem:
    return Problem(
        "RC006",
        f"file is {size:,} bytes, over the limit of {limits.max_bytes:,} bytes "
        "(raise it with --max-size)",
    )


def load_bytes(data: bytes, name: str = STDIN_NAME, limits: Limits = Limits()) -> Loaded:
    """Load a canvas from bytes. Never raises on bad content: problems are in the result."""
    loaded = Loaded(name)
    try:
        if len(data) > limits.max_bytes:
            raise _Refusal(
                _too_large(len(data), limits).code, _too_large(len(data), limits).message
            )
        loaded.text = _decode(data)
        root = _compose(loaded.text, limits)
        _measure(root, limits)
        loaded.data = _Builder(loaded.positions).build(root)
        _check_version(loaded.data, loaded.positions)
    except _Refusal as refusal:
        loaded.problems.append(refusal.problem)
        return loaded
    except _Problems as many:
        loaded.problems.extend(many.problems)
        return loaded
    loaded.canvas = _validate(loaded.data, loaded.positions, loaded.problems)
    loaded.problems.sort(key=lambda p: (p.position, p.code))
    return loaded


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _Refusal("RC001", "file is UTF-16 encoded; save it as UTF-8")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        raise _Refusal(
            "RC001",
            f"byte 0x{data[exc.start]:02X} at offset {exc.start} is not UTF-8; "
            "save the file as UTF-8",
            Position(line, column),
        ) from None
    return text.replace("\r\n", "\n")


def _compose(text: str, limits: Limits) -> yaml.Node:
    if not text.strip() or all(
        not line.strip() or line.lstrip().startswith("#") for line in text.splitlines()
    ):
        raise _Refusal("RC009", "file is empty: a canvas needs at least 'relcanvas: 1' and a title")
    if _nesting_bound(text) > max(limits.max_depth, _COMPOSE_SAFE_DEPTH):
        _prescan_depth(text, limits)
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        raise _syntax(exc) from None
    except yaml.reader.ReaderError as exc:
        raise _reader(exc, text) from None
    except yaml.YAMLError as exc:
        raise _Refusal("RC002", f"not valid YAML: {exc}") from None
    finally:
        loader.dispose()
    if node is None or (
        isinstance(node, yaml.ScalarNode) and node.tag == _CORE + "null" and not node.value
    ):
        raise _Refusal("RC009", "file is empty: a canvas needs at least 'relcanvas: 1' and a title")
    return node


_COMPOSE_SAFE_DEPTH = 500
"""libyaml's composer recurses once per level and overflows the C stack somewhere past
20,000 levels, and libyaml 0.2.6 refuses more than 1,000 flow levels with its own message;
well below both, composing is safe and :func:`_measure` applies relcanvas's own limit."""


def _nesting_bound(text: str) -> int:
    """An upper bound of the nesting depth, in time linear in the file and without parsing.

    Every collection needs at least one indicator character of its own (``-`` for a block
    sequence, ``:`` or ``?`` for a block mapping, ``[`` or ``{`` for a flow collection), and
    aliases do not make the composer recurse, so the count of those characters bounds the
    depth. Files under the bound skip the slower event prescan.
    """
    return sum(text.count(c) for c in "-:?[{")


def _prescan_depth(text: str, limits: Limits) -> None:
    """Refuse deep nesting from the event stream before libyaml's recursive composer sees it.

    libyaml has nesting limits of its own (1,000 flow levels from 0.2.6 on), and its scanner
    reads ahead of the events it hands out, so its error can come before relcanvas's limit
    is seen. The text before that error is read again: when relcanvas's limit is crossed
    there, RC007 is what the user gets, whatever libyaml release PyYAML carries.
    """
    try:
        _refuse_deep_events(text, limits)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark is not None:
            with contextlib.suppress(yaml.YAMLError):
                _refuse_deep_events(_text_before(text, mark.line, mark.column), limits)
        raise _syntax(exc) from None
    except yaml.reader.ReaderError as exc:
        raise _reader(exc, text) from None


def _refuse_deep_events(text: str, limits: Limits) -> None:
    """RC007 at the first collection deeper than the limit, in libyaml's event stream."""
    loader = yaml.CSafeLoader(text)
    depth = 0
    try:
        while (event := loader.get_event()) is not None:
            if isinstance(event, yaml.StreamEndEvent):
                return
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > limits.max_depth:
                    raise _Refusal(
                        "RC007",
                        f"nesting deeper than {limits.max_depth} levels",
                        _pos(event.start_mark),
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    finally:
        loader.dispose()


def _text_before(text: str, line: int, column: int) -> str:
    """The text before a 0-based line and column."""
    start = 0
    for _ in range(line):
        start = text.find("\n", start) + 1
        if start == 0:
            return text
    return text[: start + column]


def _syntax(exc: yaml.MarkedYAMLError) -> _Refusal:
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or "syntax error"
    if exc.context and "single document" in exc.context:
        what = "the file holds more than one YAML document; a canvas is one document"
    elif exc.context:
        what = f"{what} ({exc.context})"
    return _Refusal("RC002", f"YAML syntax: {what}", _pos(mark) if mark else Position())


def _reader(exc: yaml.reader.ReaderError, text: str) -> _Refusal:
    index = int(exc.position)
    line = text.count("\n", 0, index) + 1
    column = index - (text.rfind("\n", 0, index) + 1) + 1
    return _Refusal(
        "RC002", f"character {exc.character!r} is not allowed in YAML", Position(line, column)
    )


def _measure(root: yaml.Node, limits: Limits) -> None:
    """Check tags, expanded size and depth on the node graph, each shared node once."""
    memo: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded size, height)
    on_path: set[int] = set()
    extra = 0

    def visit(node: yaml.Node, depth: int) -> tuple[int, int]:
        """(expanded size, collection levels from this node down) of a node at ``depth``."""
        nonlocal extra
        key = id(node)
        if key in on_path:
            raise _Refusal(
                "RC005",
                "an anchor contains an alias to itself (a recursive structure)",
                _pos(node.start_mark),
            )
        if key in memo:
            size, height = memo[key]
            extra += size
            if extra > limits.max_alias_nodes:
                raise _Refusal(
                    "RC005",
                    f"aliases expand the document by more than {limits.max_alias_nodes:,} "
                    "nodes (an alias bomb?)",
                    _pos(node.start_mark),
                )
            if depth + height - 1 > limits.max_depth:
                raise _nesting(node, limits)
            return size, height
        if node.tag not in _ALLOWED_TAGS and node.tag != _MERGE_TAG:
            raise _Refusal(
                "RC004",
                f"tag {_short_tag(node.tag)!r} is not allowed: only YAML's core types are read",
                _pos(node.start_mark),
            )
        size, height = 1, 0
        if isinstance(node, yaml.CollectionNode):
            if depth > limits.max_depth:
                raise _nesting(node, limits)
            on_path.add(key)
            children: Iterator[yaml.Node] = (
                (n for pair in node.value for n in pair)
                if isinstance(node, yaml.MappingNode)
                else iter(node.value)
            )
            for child in children:
                child_size, child_height = visit(child, depth + 1)
                size += child_size
                height = max(height, child_height)
            height += 1
            on_path.discard(key)
        memo[key] = (size, height)
        return size, height

    visit(root, 1)


def _short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(_CORE) if tag.startswith(_CORE) else tag


def _nesting(node: yaml.Node, limits: Limits) -> _Refusal:
    return _Refusal(
        "RC007", f"nesting deeper than {limits.max_depth} levels", _pos(node.start_mark)
    )


class _Problems(Exception):
    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(f"{len(problems)} problems")
        self.problems = problems


class _Builder:
    """Turns the checked node graph into plain Python values, recording positions."""

    def __init__(self, positions: Positions) -> None:
        self.positions = positions
        self.problems: list[Problem] = []
        self.constructor = yaml.constructor.SafeConstructor()

    def build(self, root: yaml.Node) -> Any:
        self.positions.values[()] = _pos(root.start_mark)
        if not isinstance(root, yaml.MappingNode):
            raise _Refusal(
                "RC008",
                "the top level must be a mapping (key: value), not "
                + ("a list" if isinstance(root, yaml.SequenceNode) else "a single value"),
                _pos(root.start_mark),
            )
        value = self.node(root, ())
        if self.problems:
            raise _Problems(self.problems)
        return value

    def node(self, node: yaml.Node, path: Path) -> Any:
        self.positions.values.setdefault(path, _pos(node.start_mark))
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.node(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node)

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag, text = node.tag, node.value
        if tag == _CORE + "str":
            return text
        if tag == _CORE + "null":
            return None
        if tag == _CORE + "bool":
            # YAML 1.2: only true/false are booleans; "no" or "on" stay words.
            return text.lower() == "true" if text.lower() in ("true", "false") else text
        if tag == _CORE + "int":
            return int(text) if _INT.match(text) else text
        if tag == _CORE + "float":
            return float(text) if _FLOAT.match(text) else text
        if tag == _CORE + "timestamp":
            try:
                value = self.constructor.construct_yaml_timestamp(node)
            except (ValueError, TypeError):
                return text
            return value if isinstance(value, dt.date) else text
        return text

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, Position] = {}
        merged: list[yaml.MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == _MERGE_TAG:
                sources = (
                    value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
                )
                for source in sources:
                    if isinstance(source, yaml.MappingNode):
                        merged.append(source)
                    else:
                        self.problems.append(
                            Problem(
                                "RC012",
                                "a merge key (<<) takes a mapping or a list of mappings",
                                _pos(source.start_mark),
                            )
                        )
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problems.append(
                    Problem(
                        "RC016",
                        "a key must be text, not a list or a mapping",
                        _pos(key_node.start_mark),
                    )
                )
                continue
            key = str(key_node.value)
            where = _pos(key_node.start_mark)
            if key in seen:
                first = seen[key]
                self.problems.append(
                    Problem(
                        "RC003",
                        f"duplicate key {key!r}: also defined at line {first.line} "
                        "(the later value would silently win)",
                        where,
                    )
                )
                continue
            seen[key] = where
            child = (*path, key)
            self.positions.keys[child] = where
            result[key] = self.node(value_node, child)
        for source in merged:
            for key_node, value_node in source.value:
                if isinstance(key_node, yaml.ScalarNode) and str(key_node.value) not in result:
                    key = str(key_node.value)
                    child = (*path, key)
                    self.positions.keys[child] = _pos(key_node.start_mark)
                    result[key] = self.node(value_node, child)
        return result


def _check_version(data: dict[str, Any], positions: Positions) -> None:
    if "relcanvas" not in data:
        raise _Refusal(
            "RC013",
            "missing 'relcanvas: 1' (the format version) at the top of the file",
            positions.value(()),
        )
    version = data["relcanvas"]
    if version not in SUPPORTED_VERSIONS or isinstance(version, bool):
        readable = ", ".join(str(v) for v in SUPPORTED_VERSIONS)
        raise _Refusal(
            "RC010",
            f"format version {version!r} is not supported: this release of relcanvas reads "
            f"version {readable}",
            positions.value(("relcanvas",)),
        )


def _validate(data: Any, positions: Positions, problems: list[Problem]) -> Canvas | None:
    try:
        canvas = Canvas.model_validate(data)
    except ValidationError as exc:
        problems.extend(_problem_from_error(err, positions) for err in exc.errors())
        return None
    for issue in integrity_problems(canvas):
        message = issue.message
        if issue.related is not None:
            message += f" (first at line {positions.value(issue.related).line})"
        problems.append(Problem(issue.code, message, positions.value(issue.path)))
    return None if problems else canvas


def _problem_from_error(err: Any, positions: Positions) -> Problem:
    loc: Path = tuple(err["loc"])
    kind: str = err["type"]
    if kind == "extra_forbidden":
        key = str(loc[-1])
        allowed = _allowed_keys(loc[:-1])
        hint = difflib.get_close_matches(key, allowed, n=1, cutoff=0.6)
        message = f"unknown key {key!r}"
        if hint:
            message += f" (did you mean {hint[0]!r}?)"
        elif allowed:
            message += f"; expected one of {', '.join(allowed)}, or an x- extension key"
        return Problem("RC011", message, positions.key(loc))
    if kind == "missing":
        where = _describe(loc[:-1])
        return Problem(
            "RC013", f"{where}missing required key {loc[-1]!r}", positions.value(loc[:-1])
        )
    return Problem("RC012", _value_message(err, loc), positions.value(loc))


def _describe(loc: Path) -> str:
    named = [p for p in loc if isinstance(p, str)]
    if not named:
        return ""
    if isinstance(loc[-1], int):
        return f"{named[-1]} entry {loc[-1] + 1}: "
    return ""


def _kind_of(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return f"the number {value}"
    return repr(value)


_EXPECTED = {
    "string_type": "text",
    "bool_type": "true or false",
    "bool_parsing": "true or false",
    "list_type": "a list",
    "model_type": "a mapping of keys",
    "model_attributes_type": "a mapping of keys",
    "dict_type": "a mapping of keys",
    "date_type": "a date (YYYY-MM-DD)",
    "date_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_parsing": "a date (YYYY-MM-DD)",
    "date_from_datetime_inexact": "a date without a time (YYYY-MM-DD)",
}


def _value_message(err: Any, loc: Path) -> str:
    name = next((str(p) for p in reversed(loc) if isinstance(p, str)), "value")
    kind = err["type"]
    if kind in _EXPECTED:
        return f"{name}: expected {_EXPECTED[kind]}, got {_kind_of(err.get('input'))}"
    if kind == "string_too_short" or (kind == "too_short" and isinstance(err.get("input"), str)):
        return f"{name}: must not be empty"
    if kind == "string_pattern_mismatch":
        return (
            f"{name}: {err.get('input')!r} is not a valid id (letters, digits, '-', '_' "
            "and '.', starting with a letter or digit)"
        )
    message = str(err["msg"]).removeprefix("Value error, ")
    return f"{name}: {message}"


def _allowed_keys(loc: Path) -> list[str]:
    model: type[BaseModel] | None = Canvas
    for part in loc:
        if isinstance(part, int) or model is None:
            continue
        info = model.model_fields.get(part)
        model = _model_in(info.annotation) if info else None
    return list(model.model_fields) if model else []


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin in (list, typing.Union, types.UnionType, typing.Annotated):
        for arg in typing.get_args(annotation):
            found = _model_in(arg)
            if found:
                return found
    return None


def has_version_key(data: bytes) -> bool:
    """True when a YAML file has a top-level ``relcanvas:`` key (directory walks use it)."""
    return re.search(rb"^relcanvas\s*:", data.lstrip(b"\xef\xbb\xbf"), re.MULTILINE) is not None


__all__ = [
    "EXTENSION_PREFIX",
    "Limits",
    "Loaded",
    "Positions",
    "SourceError",
    "has_version_key",
    "load_bytes",
    "load_path",
    "read_bytes",
]
