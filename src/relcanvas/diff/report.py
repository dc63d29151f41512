"""A :class:`~relcanvas.diff.compare.Diff` as a reviewer reads it: text, Markdown, JSON, stat.

The three human formats share one layout (:func:`sections`): one section per changed block,
one item per entry, labels and enum values in the chosen language, segment and touchpoint
references shown by name. JSON keeps identifiers, so scripts do not depend on the language.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from rich.text import Text as RichText

from relcanvas import vocabulary as V
from relcanvas.diff.compare import METADATA, Change, Diff
from relcanvas.escape import code_span, plain
from relcanvas.escape import markdown as md_escape
from relcanvas.model import Canvas

JSON_FORMAT_VERSION = 1

_LEVEL_FIELDS = ("value", "willingness_to_pay", "human_contact", "personalization", "automation")
_VOCAB_BY_FIELD: dict[str, V.Vocabulary] = {
    **{f: V.LEVEL for f in _LEVEL_FIELDS},
    "types": V.INTERACTION_TYPE,
    "channel": V.CHANNEL,
    "frequency": V.FREQUENCY,
    "level": V.INVOLVEMENT_LEVEL,
    "role": V.ROLE,
    "language": V.LANGUAGE,
}
_KIND_VOCAB = {"tools": V.TOOL_KIND, "loyalty": V.LOYALTY_KIND, "indicators": V.INDICATOR_KIND}

MAIN_FIELDS: dict[str, tuple[str, ...]] = {
    "authors": ("role",),
    "segments": ("value", "willingness_to_pay"),
    "interaction": ("types", "human_contact", "personalization", "automation"),
    "touchpoints": ("phase", "channel", "frequency", "objective", "segments", "moment_of_truth"),
    "tools": ("kind", "touchpoints", "shared_history"),
    "loyalty": ("kind", "segments", "customer_value"),
    "involvement": ("segments",),
    "evolution": ("objectives", "actions", "duration", "segments"),
    "indicators": ("kind", "target", "frequency"),
}
"""What an added or removed entry is shown with, besides its title."""

KINDS = ("added", "removed", "renamed", "changed")


@dataclass
class Item:
    """One entry of a section: a title, a one-line summary and the changed fields."""

    kind: str
    title: str
    summary: list[tuple[str, str]] = field(default_factory=list)
    """(label, value) pairs on the item's own line."""
    fields: list[tuple[str, str]] = field(default_factory=list)
    """(label, "old -> new") lines under the item."""


@dataclass
class Section:
    block: str
    title: str
    items: list[Item]


class Words:
    """Labels and values in one language, resolving references on the right side."""

    def __init__(self, diff: Diff, lang: str, arrow: str = "->") -> None:
        self.diff = diff
        self.lang = lang
        self.arrow = arrow
        self.colon = V.UI["colon"](lang)
        """": " in English, " :" with a non-breaking space in French."""

    def ui(self, key: str) -> str:
        return V.UI[key](self.lang) if key in V.UI else key

    def block_title(self, block: str) -> str:
        if block == METADATA:
            return self.ui("diff_metadata")
        if block in V.BLOCK_BY_KEY:
            found = V.BLOCK_BY_KEY[block]
            return f"{found.number}. {found.title(self.lang)}"
        return self.ui(block)

    def field_label(self, block: str, name: str) -> str:
        if name.startswith("x-"):
            return name
        if name == "phase" and block == "evolution":
            return self.ui("stage")
        return self.ui(name)

    def count(self, n: int, kind: str) -> str:
        """``3 added`` / ``3 ajouts``: French counts with a noun, which takes the plural."""
        noun = self.ui(f"diff_n_{kind}")
        return f"{n} {noun}{'s' if self.lang == 'fr' and n > 1 else ''}"

    def kind_word(self, kind: str) -> str:
        word = self.ui(f"diff_{kind}")
        return word[:1].upper() + word[1:]

    def _canvases(self, side: str) -> tuple[Canvas, Canvas]:
        return (self.diff.old, self.diff.new) if side == "old" else (self.diff.new, self.diff.old)

    def item(self, block: str, name: str, value: Any, side: str) -> str:
        if name in ("segment", "segments"):
            first, other = self._canvases(side)
            found = first.segment(str(value)) or other.segment(str(value))
            return found.name if found else str(value)
        if name == "touchpoints":
            first, other = self._canvases(side)
            point = first.touchpoint(str(value)) or other.touchpoint(str(value))
            return point.name if point else str(value)
        vocab = self._vocab(block, name)
        if vocab is not None:
            return vocab.label(str(value), self.lang)
        return str(value)

    def _vocab(self, block: str, name: str) -> V.Vocabulary | None:
        if name == "phase":
            return V.STAGE if block == "evolution" else V.PHASE
        if name == "kind":
            return _KIND_VOCAB.get(block)
        return _VOCAB_BY_FIELD.get(name)

    def value(self, block: str, name: str, value: Any, side: str = "new") -> str:
        """A field's value as text: labels, names, yes/no, and a word for nothing."""
        if name == "segments" and value in ((), [], None):
            return self.ui("all_segments")
        if value is None or value in ((), []):
            return self.ui("diff_none")
        if isinstance(value, bool):
            return self.ui("diff_yes" if value else "diff_no")
        if name.startswith("x-"):
            return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
        if isinstance(value, list | tuple):
            return ", ".join(self.item(block, name, v, side) for v in value)
        return self.item(block, name, _plain_enum(value), side)

    def change_text(self, change: Change) -> str:
        """``old -> new``, a level's direction, or the ``+``/``-`` of a list."""
        block, name = change.block, change.field or ""
        if change.added is not None and change.removed is not None and change.old and change.new:
            parts = [f"+ {self.item(block, name, v, 'new')}" for v in change.added]
            parts += [f"- {self.item(block, name, v, 'old')}" for v in change.removed]
            return "; ".join(parts)
        text = (
            f"{self.value(block, name, change.old, 'old')} {self.arrow} "
            f"{self.value(block, name, change.new, 'new')}"
        )
        if change.direction:
            text += f" ({self.ui('diff_' + change.direction)})"
        return text

    def title(self, block: str, entry: Any, key: str | None = None) -> str:
        """How an entry is named: its name, its segment's name, its level or stage."""
        if entry is None:
            return key or ""
        if block == "interaction":
            return self.item(block, "segment", entry.segment, "new")
        if block == "involvement":
            level = V.INVOLVEMENT_LEVEL.label(str(entry.level), self.lang)
            return f"{level}{self.colon} {entry.mechanism}" if entry.mechanism else level
        if block == "evolution":
            stage = V.STAGE.label(str(entry.phase), self.lang)
            if key and "[" in key:
                stage += f" ({self.value(block, 'segments', entry.segments)})"
            return stage
        return str(getattr(entry, "name", key or ""))

    def summary(self, block: str, entry: Any, side: str) -> list[tuple[str, str]]:
        pairs = []
        for name in MAIN_FIELDS.get(block, ()):
            value = getattr(entry, name, None)
            if value in (None, [], False):
                continue
            pairs.append((self.field_label(block, name), self.value(block, name, value, side)))
        for name, value in entry.extensions.items():
            pairs.append((name, self.value(block, name, value, side)))
        return pairs


def _plain_enum(value: Any) -> Any:
    return getattr(value, "value", value)


def sections(diff: Diff, lang: str, arrow: str = "->") -> list[Section]:
    """The diff laid out for people: blocks in canvas order, entries in the order of changes."""
    words = Words(diff, lang, arrow)
    result = []
    for block in diff.blocks():
        items: list[Item] = []
        by_key: dict[tuple[str, str | None], Item] = {}
        for change in diff.in_block(block):
            if block == METADATA:
                label = words.field_label(block, change.field or "")
                items.append(Item("changed", label, [("", words.change_text(change))]))
                continue
            side = "old" if change.kind == "removed" else "new"
            title = words.title(block, change.entry, change.key)
            if change.kind in ("added", "removed"):
                item = Item(change.kind, title, words.summary(block, change.entry, side))
                if change.references:
                    item.summary.append((words.ui("diff_used_by"), _referrers_text(words, change)))
                items.append(item)
            elif change.kind == "renamed":
                if change.field in ("name", "mechanism"):
                    # The title is the name: "old -> new" says it all, once.
                    item = Item("renamed", _renamed_title(words, change, title))
                else:
                    item = Item("renamed", title, [_rename_text(words, change)])
                if change.references:
                    item.summary.append((words.ui("diff_followed"), _referrers_text(words, change)))
                by_key[(change.kind, change.key)] = item
                by_key[("changed", change.key)] = item
                items.append(item)
            else:
                found = by_key.get(("changed", change.key))
                if found is None:
                    found = by_key[("changed", change.key)] = Item("changed", title)
                    items.append(found)
                item = found
                label = words.field_label(block, change.field or "")
                item.fields.append((label, words.change_text(change)))
        result.append(Section(block, words.block_title(block), items))
    return result


def _referrers_text(words: Words, change: Change) -> str:
    """The entries that point at a renamed, added or removed entry, grouped by block."""
    grouped: dict[str, list[str]] = {}
    for (b, k), m in zip(change.references, change.followers, strict=True):
        grouped.setdefault(b, []).append(words.title(b, m, k))
    return "; ".join(
        f"{words.block_title(b)}{words.colon} {', '.join(titles)}" for b, titles in grouped.items()
    )


def _renamed_title(words: Words, change: Change, title: str) -> str:
    """``Old name -> New name``; for involvement ``Level: old mechanism -> new mechanism``."""
    if change.block == "involvement":
        level = V.INVOLVEMENT_LEVEL.label(str(change.entry.level), words.lang)
        return (
            f"{level}{words.colon} {change.before.mechanism} {words.arrow} {change.entry.mechanism}"
        )
    return f"{words.title(change.block, change.before, change.key)} {words.arrow} {title}"


def _rename_text(words: Words, change: Change) -> tuple[str, str]:
    block, name = change.block, change.field or ""
    old = getattr(change.before, name, change.old)
    new = getattr(change.entry, name, change.new)
    return (
        words.field_label(block, name),
        f"{words.value(block, name, old, 'old')} {words.arrow} {words.value(block, name, new)}",
    )


def totals(diff: Diff) -> dict[str, int]:
    counts = {k: 0 for k in KINDS}
    for block in diff.blocks():
        for kind, n in diff.counts(block).items():
            counts[kind] += n
    return counts


def _counts_text(counts: dict[str, int], words: Words) -> str:
    return ", ".join(words.count(n, k) for k, n in counts.items() if n)


# --- Text (Rich) -------------------------------------------------------------------------

_MARK = {
    "added": ("+", "green"),
    "removed": ("-", "red"),
    "renamed": (">", "cyan"),
    "changed": ("~", "yellow"),
}


def _pairs(pairs: list[tuple[str, str]], sep: str, colon: str) -> str:
    return sep.join(f"{label}{colon} {value}" if label else value for label, value in pairs)


def text_lines(
    diff: Diff, lang: str, old_name: str, new_name: str, header: bool = True
) -> list[RichText]:
    """The default report: a header, then blocks, entries and indented field changes."""
    words = Words(diff, lang)
    lines = [RichText(f"{plain(old_name)} -> {plain(new_name)}", style="bold")] if header else []
    if not diff:
        lines.append(RichText(words.ui("diff_no_changes")))
        return lines
    for section in sections(diff, lang):
        lines.append(RichText(section.title, style="bold underline"))
        for item in section.items:
            mark, colour = _MARK[item.kind]
            line = RichText(f"  {mark} ", style=colour)
            line.append(plain(item.title), style="bold" if item.kind != "removed" else colour)
            if item.summary:
                line.append(" (" + plain(_pairs(item.summary, "; ", words.colon)) + ")")
            if section.block == METADATA:
                line = RichText(f"  {mark} ", style=colour)
                summary = plain(_pairs(item.summary, "", words.colon))
                line.append(f"{plain(item.title)}{words.colon} {summary}")
            lines.append(line)
            for label, change in item.fields:
                lines.append(RichText(f"      {plain(label)}{words.colon} {plain(change)}"))
    total = f"{words.ui('diff_total')}{words.colon} {_counts_text(totals(diff), words)}"
    lines.append(RichText(total))
    return lines


def stat_lines(diff: Diff, lang: str) -> list[str]:
    """Counts per block, like ``git diff --stat``."""
    words = Words(diff, lang)
    if not diff:
        return [words.ui("diff_no_changes")]
    rows = [(words.block_title(b), _counts_text(diff.counts(b), words)) for b in diff.blocks()]
    rows.append((words.ui("diff_total"), _counts_text(totals(diff), words)))
    width = max(len(t) for t, _ in rows)
    return [f"{title.ljust(width)}  {counts}" for title, counts in rows]


# --- Markdown ----------------------------------------------------------------------------


def markdown(diff: Diff, lang: str, old_name: str, new_name: str, stat: bool = False) -> str:
    """One ``###`` section per changed block, ready to paste in a pull-request comment."""
    words = Words(diff, lang, "→")
    out = [f"## {md_escape(diff.new.title)}", ""]
    out.append(f"{code_span(old_name)} → {code_span(new_name)}")
    out.append("")
    if not diff:
        out.append(words.ui("diff_no_changes")[:1].upper() + words.ui("diff_no_changes")[1:] + ".")
        return "\n".join(out) + "\n"
    if stat:
        out.append("| | " + " | ".join(words.kind_word(k) for k in KINDS) + " |")
        out.append("|---" * (len(KINDS) + 1) + "|")
        for block in diff.blocks():
            counts = diff.counts(block)
            out.append(
                f"| {md_escape(words.block_title(block))} | "
                + " | ".join(str(counts[k]) for k in KINDS)
                + " |"
            )
        counts = totals(diff)
        out.append(
            f"| **{words.ui('diff_total')}** | " + " | ".join(str(counts[k]) for k in KINDS) + " |"
        )
        return "\n".join(out) + "\n"
    out.append(f"{words.ui('diff_total')}{words.colon} {_counts_text(totals(diff), words)}")
    for section in sections(diff, lang, "→"):
        out += ["", f"### {md_escape(section.title)}", ""]
        for item in section.items:
            head = f"- **{words.kind_word(item.kind)}**"
            if section.block == METADATA:
                summary = md_escape(_pairs(item.summary, "", words.colon))
                out.append(f"{head} {md_escape(item.title)}{words.colon} {summary}")
                continue
            title = (
                f"_{md_escape(item.title)}_" if item.kind == "removed" else md_escape(item.title)
            )
            line = f"{head} {title}"
            if item.summary:
                line += " — " + md_escape(_pairs(item.summary, " · ", words.colon))
            out.append(line)
            for label, change in item.fields:
                out.append(f"  - {md_escape(label)}{words.colon} {md_escape(change)}")
    return "\n".join(out) + "\n"


# --- JSON --------------------------------------------------------------------------------


def as_json(
    diff: Diff, lang: str, old_name: str, new_name: str, stat: bool = False
) -> dict[str, Any]:
    """The documented machine shape (see docs/diff.md): identifiers, not labels, in values."""
    words = Words(diff, lang)
    summary = {
        "changes": len(diff.changes),
        "entries": totals(diff),
        "blocks": {b: diff.counts(b) for b in diff.blocks()},
    }
    data: dict[str, Any] = {
        "relcanvas_diff": JSON_FORMAT_VERSION,
        "old": old_name,
        "new": new_name,
        "language": lang,
        "summary": summary,
    }
    if stat:
        return data
    changes = []
    for c in diff.changes:
        item: dict[str, Any] = {
            "block": c.block,
            "kind": c.kind,
            "key": c.key,
            "label": words.title(c.block, c.entry, c.key) if c.block != METADATA else None,
            "field": c.field,
            "old": _jsonable(c.old),
            "new": _jsonable(c.new),
        }
        if c.added is not None:
            item["added"] = list(c.added)
            item["removed"] = list(c.removed or ())
        if c.direction:
            item["direction"] = c.direction
        if c.kind == "renamed":
            item["old_key"] = c.old_key
        if c.kind in ("renamed", "added", "removed") and (c.references or c.kind == "renamed"):
            item["references"] = [{"block": b, "key": k} for b, k in c.references]
        changes.append(item)
    data["changes"] = changes
    return data


def _jsonable(value: Any) -> Any:
    if isinstance(value, tuple):
        return [_jsonable(v) for v in value]
    return value


def json_text(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str)


__all__ = ["as_json", "json_text", "markdown", "stat_lines", "text_lines"]
