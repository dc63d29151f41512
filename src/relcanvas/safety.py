"""Refuse what could hurt before anything is built from a file's YAML.

In order: bytes that are not UTF-8; then one pass over libyaml's event stream that counts
nodes, keys per mapping, items per list, characters per value and nesting depth, and checks
explicit core tags against their values, so that a file over a limit is refused after at
most that many events and before any Python object is built for the rest of it; then the
composed node graph, for tags and for what aliases add ("billion laughs", cycles): aliases
are shared nodes, so their expanded size is counted with a memo, in time proportional to
the file, not to its expansion.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterator
from typing import Any

import yaml

from relcanvas.diagnostics import Position, Refusal
from relcanvas.i18n import Message, msg
from relcanvas.limits import LIMIT_CODE, Limits, quoted
from relcanvas.positions import LineIndex

CORE = "tag:yaml.org,2002:"
ALLOWED_TAGS = frozenset(
    CORE + t for t in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq")
)
MERGE_TAG = CORE + "merge"
_TYPED = frozenset(CORE + t for t in ("int", "float", "bool", "null", "timestamp"))
_COLLECTIONS = {True: CORE + "map", False: CORE + "seq"}
"""The tag a mapping (True) or a list (False) may carry."""
_RESOLVE: Callable[[type[yaml.Node], str, tuple[bool, bool]], str] = (
    yaml.resolver.Resolver().resolve
)
_CONSTRUCTOR = yaml.constructor.SafeConstructor()
_CONTENT = re.compile(r"^\s*[^\s#]", re.MULTILINE)
"""A line whose first character that is not a space is not a comment's ``#``."""
_EMPTY = msg("load.empty")

_BOMS = (
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\xfe\xff", "UTF-16"),
    (b"\xff\xfe", "UTF-16"),
)


def decode(data: bytes) -> str:
    """UTF-8 text without BOM and with ``\\n`` line ends, or RC001 naming the encoding."""
    name = _wide_encoding(data)
    if name:
        raise Refusal("RC001", msg("load.wide_encoding", encoding=name))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8", "replace")
        raise Refusal(
            "RC001",
            msg("load.not_utf8", byte=f"{data[exc.start]:02X}", offset=exc.start),
            LineIndex(good).position(len(good)),
        ) from None
    return text.replace("\r\n", "\n")


def _wide_encoding(data: bytes) -> str | None:
    """UTF-16 or UTF-32, told by the byte order mark or by the zero bytes around ASCII."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    if len(data) >= 4 and b"\x00\x00\x00" in (data[:3], data[1:4]):
        return "UTF-32"
    if len(data) >= 2 and b"\x00" in (data[:1], data[1:2]):
        return "UTF-16"
    return None


def compose(text: str, limits: Limits, index: LineIndex) -> yaml.Node:
    """The checked node graph of a one-document YAML text."""
    if not _CONTENT.search(text):
        raise Refusal("RC009", _EMPTY)
    plain = _prescan(text, limits, index)
    loader = yaml.CSafeLoader(text)
    try:
        node = loader.get_single_node()
    except yaml.YAMLError as exc:
        raise _yaml_error(exc, text, index) from None
    finally:
        loader.dispose()
    if node is None or (
        isinstance(node, yaml.ScalarNode) and node.tag == CORE + "null" and not node.value
    ):
        raise Refusal("RC009", _EMPTY)
    if not plain:
        measure(node, limits, index)
    return node


def _yaml_error(exc: yaml.YAMLError, text: str, index: LineIndex) -> Refusal:
    if isinstance(exc, yaml.MarkedYAMLError):
        return _syntax(exc, index)
    if isinstance(exc, yaml.reader.ReaderError):
        return _reader(exc, text, index)
    return Refusal("RC002", msg("load.not_yaml", error=str(exc)))


def _prescan(text: str, limits: Limits, index: LineIndex) -> bool:
    """Count from the event stream and refuse at the first limit crossed. True when the
    file has no alias, no tag and no ``=`` value: then the node graph needs no measuring.

    libyaml has nesting limits of its own (1,000 flow levels from 0.2.6 on), and its scanner
    reads ahead of the events it hands out, so its error can come before relcanvas's limit
    is seen. The text before that error is read again: when a limit is crossed there, that
    is what the user gets, whatever libyaml release PyYAML carries.
    """
    try:
        return _count_events(text, limits, index)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        if mark is not None:
            with contextlib.suppress(yaml.YAMLError):
                _count_events(text[: int(mark.index)], limits, index)
        raise _syntax(exc, index) from None
    except yaml.reader.ReaderError as exc:
        raise _reader(exc, text, index) from None


def _count_events(text: str, limits: Limits, index: LineIndex) -> bool:
    loader = yaml.CSafeLoader(text)
    counts: list[int] = []  # children seen so far in each open collection
    in_mapping: list[bool] = []
    nodes = 0
    plain = True  # no alias, no tag, no "=" (the one implicit tag that is not allowed)
    most_keys, most_items = 2 * limits.max_keys, limits.max_items
    try:
        while True:
            event = loader.get_event()
            kind = type(event)
            if kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                counts.pop()
                in_mapping.pop()
                continue
            if kind is yaml.StreamEndEvent or event is None:
                return plain
            if not isinstance(event, yaml.NodeEvent):
                continue
            if counts:
                counts[-1] += 1
                if counts[-1] > (most_keys if in_mapping[-1] else most_items):
                    raise _too_many_children(in_mapping[-1], limits, index.mark(event.start_mark))
            if kind is yaml.AliasEvent:
                plain = False
                continue
            nodes += 1
            plain = plain and getattr(event, "tag", None) in (None, "!")
            plain = plain and getattr(event, "value", "") != "="
            if nodes > limits.max_nodes:
                raise _over(msg("load.too_many_nodes", limit=limits.max_nodes), event, index)
            if kind is yaml.ScalarEvent:
                _check_scalar(event, limits, index)
            else:
                if len(counts) >= limits.max_depth:
                    raise nesting(limits, index.mark(event.start_mark))
                _check_collection(event, index)
                counts.append(0)
                in_mapping.append(kind is yaml.MappingStartEvent)
    finally:
        loader.dispose()


def _over(what: Message, event: Any, index: LineIndex) -> Refusal:
    return Refusal(LIMIT_CODE, what, index.mark(event.start_mark))


def _too_many_children(mapping: bool, limits: Limits, where: Position) -> Refusal:
    if mapping:
        return Refusal(LIMIT_CODE, msg("load.too_many_keys", limit=limits.max_keys), where)
    return Refusal(LIMIT_CODE, msg("load.too_many_items", limit=limits.max_items), where)


def _check_scalar(event: Any, limits: Limits, index: LineIndex) -> None:
    value: str = event.value
    if len(value) > limits.max_scalar:
        raise _over(msg("load.too_long", length=len(value), limit=limits.max_scalar), event, index)
    tag = event.tag
    if tag in _COLLECTIONS.values() or (tag in _TYPED and not _fits(tag, value)):
        raise _misfit(
            msg("load.misfit_value", value=quoted(value), tag=short_tag(tag)), event, index
        )


def _check_collection(event: Any, index: LineIndex) -> None:
    mapping = isinstance(event, yaml.MappingStartEvent)
    if event.tag in ALLOWED_TAGS and event.tag != _COLLECTIONS[mapping]:
        key = "load.misfit_mapping" if mapping else "load.misfit_list"
        raise _misfit(msg(key, tag=short_tag(event.tag)), event, index)


def _misfit(what: Message, event: Any, index: LineIndex) -> Refusal:
    return Refusal("RC004", what, index.mark(event.start_mark))


def _fits(tag: str, value: str) -> bool:
    """Whether an explicitly tagged value is of the tag's type, as YAML would read it bare."""
    if _RESOLVE(yaml.ScalarNode, value, (True, False)) != tag:
        return False
    if tag != CORE + "timestamp":
        return True
    try:
        _CONSTRUCTOR.construct_yaml_timestamp(yaml.ScalarNode(tag, value))
    except (ValueError, TypeError, OverflowError, AttributeError):
        return False
    return True


def _syntax(exc: yaml.MarkedYAMLError, index: LineIndex) -> Refusal:
    mark = exc.problem_mark or exc.context_mark
    what = exc.problem or "syntax error"
    where = index.mark(mark) if mark else Position()
    if exc.context and "single document" in exc.context:
        return Refusal("RC002", msg("load.several_documents"), where)
    if exc.context:
        what = f"{what} ({exc.context})"
    return Refusal("RC002", msg("load.syntax", problem=what), where)


def _reader(exc: yaml.reader.ReaderError, text: str, index: LineIndex) -> Refusal:
    # libyaml gives the offset in bytes of the UTF-8 text; positions count characters.
    offset = len(text.encode("utf-8")[: int(exc.position)].decode("utf-8", "ignore"))
    return Refusal(
        "RC002", msg("load.bad_character", character=repr(exc.character)), index.position(offset)
    )


def measure(root: yaml.Node, limits: Limits, index: LineIndex) -> None:
    """Check tags, expanded size and depth on the node graph, each shared node once."""
    memo: dict[int, tuple[int, int]] = {}  # id(node) -> (expanded size, height)
    on_path: set[int] = set()
    extra = 0

    def visit(node: yaml.Node, depth: int) -> tuple[int, int]:
        """(expanded size, collection levels from this node down) of a node at ``depth``."""
        nonlocal extra
        key = id(node)
        if key in on_path:
            raise Refusal(
                "RC005",
                msg("load.recursive_anchor"),
                index.mark(node.start_mark),
            )
        if key in memo:
            size, height = memo[key]
            extra += size
            if extra > limits.max_alias_nodes:
                raise Refusal(
                    "RC005",
                    msg("load.alias_bomb", limit=limits.max_alias_nodes),
                    index.mark(node.start_mark),
                )
            if depth + height - 1 > limits.max_depth:
                raise nesting(limits, index.mark(node.start_mark))
            return size, height
        if node.tag not in ALLOWED_TAGS and node.tag != MERGE_TAG:
            raise Refusal(
                "RC004",
                msg("load.forbidden_tag", tag=quoted(short_tag(node.tag))),
                index.mark(node.start_mark),
            )
        size, height = 1, 0
        if isinstance(node, yaml.CollectionNode):
            if depth > limits.max_depth:
                raise nesting(limits, index.mark(node.start_mark))
            on_path.add(key)
            for child in _children(node):
                child_size, child_height = visit(child, depth + 1)
                size += child_size
                height = max(height, child_height)
            height += 1
            on_path.discard(key)
        memo[key] = (size, height)
        return size, height

    visit(root, 1)


def _children(node: yaml.CollectionNode) -> Iterator[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return (n for pair in node.value for n in pair)
    return iter(node.value)


def short_tag(tag: str) -> str:
    return "!!" + tag.removeprefix(CORE) if tag.startswith(CORE) else tag


def nesting(limits: Limits, where: Position) -> Refusal:
    return Refusal("RC007", msg("load.too_deep", limit=limits.max_depth), where)
