"""Plain Python values from the checked node graph, with the position of every key and value.

Nothing is ever constructed from a tag: scalars become text, numbers, booleans (YAML 1.2:
only ``true`` and ``false``), dates or nothing, by the core tag the resolver gave them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from relcanvas.diagnostics import Problem, Problems, Refusal
from relcanvas.i18n import Message, msg
from relcanvas.limits import LIMIT_CODE, Limits, quoted
from relcanvas.model import Path
from relcanvas.positions import LineIndex, Positions
from relcanvas.safety import CORE, MERGE_TAG

_INT = re.compile(r"[-+]?[0-9]+\Z")
_FLOAT = re.compile(r"[-+]?(?:[0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)(?:[eE][-+]?[0-9]+)?\Z")
_CONSTRUCTOR = yaml.constructor.SafeConstructor()

REFERENCE_KEYS = ("segment", "segments", "touchpoints")
"""Keys of block entries whose values name ids of other entries."""


class Builder:
    """Turns the checked node graph into plain Python values, recording positions."""

    def __init__(self, positions: Positions, index: LineIndex, limits: Limits) -> None:
        self.positions = positions
        positions.index = index  # marks are recorded as they are, turned into positions late
        self.index = index
        self.limits = limits
        self.problems: list[Problem] = []

    def build(self, root: yaml.Node) -> Any:
        self.positions.values[()] = root.start_mark
        if not isinstance(root, yaml.MappingNode):
            raise Refusal(
                "RC008",
                msg("load.top_list" if isinstance(root, yaml.SequenceNode) else "load.top_value"),
                self.index.mark(root.start_mark),
            )
        value = self.node(root, ())
        if self.problems:
            raise Problems(self.problems)
        return value

    def node(self, node: yaml.Node, path: Path) -> Any:
        self.positions.values.setdefault(path, node.start_mark)
        if isinstance(node, yaml.MappingNode):
            return self.mapping(node, path)
        if isinstance(node, yaml.SequenceNode):
            return [self.node(item, (*path, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        return self.scalar(node)

    def scalar(self, node: yaml.ScalarNode) -> Any:
        tag, text = node.tag, node.value
        if tag == CORE + "null":
            return None
        if tag == CORE + "bool":
            # YAML 1.2: only true/false are booleans; "no" or "on" stay words.
            return text.lower() == "true" if text.lower() in ("true", "false") else text
        if tag == CORE + "int" and _INT.match(text):
            return self.integer(node)
        if tag == CORE + "float":
            return float(text) if _FLOAT.match(text) else text
        if tag == CORE + "timestamp":
            try:
                value = _CONSTRUCTOR.construct_yaml_timestamp(node)
            except (ValueError, TypeError, OverflowError, AttributeError):
                return text
            return value if isinstance(value, dt.date) else text
        return text

    def integer(self, node: yaml.ScalarNode) -> Any:
        """An int, unless it has more digits than Python (and the limit) reads."""
        digits = len(node.value.lstrip("+-"))
        if digits <= self.limits.max_digits:
            try:
                return int(node.value)
            except ValueError:  # past Python's own limit, if lowered
                pass
        self.problems.append(
            Problem(
                LIMIT_CODE,
                msg("load.too_many_digits", digits=digits, limit=self.limits.max_digits),
                self.index.mark(node.start_mark),
            )
        )
        return node.value

    def mapping(self, node: yaml.MappingNode, path: Path) -> dict[str, Any]:
        result: dict[str, Any] = {}
        seen: dict[str, yaml.Node] = {}
        merged: list[yaml.MappingNode] = []
        for key_node, value_node in node.value:
            if key_node.tag == MERGE_TAG:
                merged.extend(self.merge_sources(value_node))
                continue
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem("RC016", msg("load.key_not_text"), key_node)
                continue
            key = str(key_node.value)
            if key in seen:
                first = self.index.mark(seen[key].start_mark)
                self.problem(
                    "RC003",
                    msg("load.duplicate_key", key=quoted(key), line=first.line),
                    key_node,
                )
                continue
            seen[key] = key_node
            child = (*path, key)
            self.positions.keys[child] = key_node.start_mark
            result[key] = self.node(value_node, child)
        for source in merged:
            for key_node, value_node in source.value:
                if isinstance(key_node, yaml.ScalarNode) and str(key_node.value) not in result:
                    key = str(key_node.value)
                    child = (*path, key)
                    self.positions.keys[child] = key_node.start_mark
                    result[key] = self.node(value_node, child)
        return result

    def merge_sources(self, value: yaml.Node) -> list[yaml.MappingNode]:
        sources = value.value if isinstance(value, yaml.SequenceNode) else [value]
        found = []
        for source in sources:
            if isinstance(source, yaml.MappingNode):
                found.append(source)
            else:
                self.problem("RC012", msg("load.bad_merge"), source)
        return found

    def problem(self, code: str, message: Message, node: yaml.Node) -> None:
        self.problems.append(Problem(code, message, self.index.mark(node.start_mark)))


def check_sizes(
    data: dict[str, Any], positions: Positions, limits: Limits, blocks: tuple[str, ...]
) -> None:
    """Refuse a block of more entries, or a file of more references, than the limits allow.

    Lint rules compare entries with entries and references with segments, so these two
    bound their work; both are counted on the built values, before any model is made.
    """
    references = 0
    for block in blocks:
        entries = data.get(block)
        if not isinstance(entries, list):
            continue
        if len(entries) > limits.max_entries:
            raise Refusal(
                LIMIT_CODE,
                msg("load.too_many_entries", block=block, limit=limits.max_entries),
                positions.value((block, limits.max_entries)),
            )
        for i, entry in enumerate(entries):
            if not isinstance(entry, dict):
                continue
            for key in REFERENCE_KEYS:
                refs = entry.get(key)
                references += len(refs) if isinstance(refs, list) else int(refs is not None)
            if references > limits.max_references:
                raise Refusal(
                    LIMIT_CODE,
                    msg("load.too_many_references", limit=limits.max_references),
                    positions.value((block, i)),
                )
