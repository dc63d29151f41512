"""The canvas turned into display entries: labels resolved, references named, in one language.

Templates and the Markdown writer read these plain objects instead of the model, so that
every output shows the same words, and the page layout can measure an entry before it
places it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from relcanvas import vocabulary as V
from relcanvas.model import Canvas
from relcanvas.render.keys import segment_key, segment_keys
from relcanvas.render.typeset import typeset, typeset_all

LEVEL_STEPS = {"low": 1, "medium": 2, "high": 3}


def label(key: str, lang: str) -> str:
    """A UI word from the shared vocabulary (every label lives in ``vocabulary.UI``), typeset."""
    return typeset(V.UI[key](lang), lang, own=True)


@dataclass(frozen=True)
class Gauge:
    """A small level meter: ``steps`` filled out of ``size``, with its words for readers."""

    name: str
    steps: int
    size: int
    text: str


@dataclass(frozen=True)
class Field:
    label: str
    text: str


@dataclass(frozen=True)
class ItemList:
    label: str
    items: tuple[str, ...]


@dataclass(frozen=True)
class Entry:
    """One item of a block, ready to show."""

    title: str
    key: str | None = None
    """The entry's own segment key (a segment, or an interaction row), shown before its title."""
    keys: tuple[tuple[str, str], ...] = ()
    """The segments it serves, as (key, name): the key is shown, the name is its title."""
    chips: tuple[str, ...] = ()
    moment_of_truth: bool = False
    proactive: bool = False
    gauges: tuple[Gauge, ...] = ()
    fields: tuple[Field, ...] = ()
    """The main facts, in body type."""
    lists: tuple[ItemList, ...] = ()
    meta: tuple[Field, ...] = ()
    """Secondary facts (segments served, response time...), run together in small type."""
    notes: str | None = None
    notes_moved: bool = False
    """The notes are left out here because they continue on a later page."""
    details_moved: bool = False
    """Only the title and tags are shown here: every other fact continues on a later page."""
    continued: bool = False
    """This entry is the rest of one cut earlier (its notes go on)."""

    def texts(self) -> Iterable[str]:
        """Every visible string, for tests and for measuring."""
        yield self.title
        yield from (key for key, _ in self.keys)
        yield from self.chips
        for gauge in self.gauges:
            yield gauge.text
        for f in self.fields:
            yield f.text
        for lst in self.lists:
            yield from lst.items
        for f in self.meta:
            yield f.text
        if self.notes:
            yield self.notes


@dataclass(frozen=True)
class Area:
    """A block of the sheet (or the segments / indicators band) with its entries."""

    key: str
    number: int | None
    title: str
    question: str
    entries: tuple[Entry, ...]
    prompts: tuple[str, ...] = ()


@dataclass(frozen=True)
class MapRow:
    segment: str
    key: str | None
    gauges: tuple[Gauge, ...]
    cells: tuple[tuple[tuple[str, bool], ...], ...]
    """Per phase column: (touchpoint name, is a moment of truth) pairs."""


@dataclass(frozen=True)
class RelationshipMap:
    phases: tuple[str, ...]
    rows: tuple[MapRow, ...]


@dataclass(frozen=True)
class CanvasView:
    lang: str
    title: str
    organization: str | None
    version: str | None
    updated: str | None
    authors: tuple[str, ...]
    author_names: tuple[str, ...]
    blocks: tuple[Area, ...]
    segments: Area
    indicators: Area
    map: RelationshipMap
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def areas(self) -> tuple[Area, ...]:
        return (*self.blocks, self.segments, self.indicators)


def _level_gauge(name: str, level: str | None, lang: str) -> Gauge | None:
    if level is None:
        return None
    return Gauge(name, LEVEL_STEPS[str(level)], 3, V.LEVEL.label(level, lang))


def _segments(canvas: Canvas, ids: list[str], lang: str) -> tuple[tuple[str, str], ...]:
    """The segments served, as key chips (all of them: one chip that says so)."""
    if not ids:
        every = label("all_segments", lang)
        return ((every, every),)
    keys = segment_keys(canvas)
    return tuple((keys.get(i, i), canvas.segment_name(i)) for i in ids)


def _fields(*pairs: tuple[str, str | None]) -> tuple[Field, ...]:
    return tuple(Field(name, text) for name, text in pairs if text)


def _gauges(*gauges: Gauge | None) -> tuple[Gauge, ...]:
    return tuple(g for g in gauges if g is not None)


def _chips(*texts: str | None) -> tuple[str, ...]:
    return tuple(t for t in texts if t)


def _interaction(canvas: Canvas, lang: str) -> list[Entry]:
    keys = segment_keys(canvas)
    return [
        Entry(
            title=canvas.segment_name(item.segment),
            key=keys.get(item.segment),
            chips=tuple(V.INTERACTION_TYPE.label(t, lang) for t in item.types),
            gauges=_gauges(
                _level_gauge(label("human_contact", lang), item.human_contact, lang),
                _level_gauge(label("personalization", lang), item.personalization, lang),
                _level_gauge(label("automation", lang), item.automation, lang),
            ),
            notes=item.notes,
        )
        for item in canvas.interaction
    ]


def _touchpoints(canvas: Canvas, lang: str) -> list[Entry]:
    return [
        Entry(
            title=tp.name,
            chips=_chips(
                V.PHASE.label(tp.phase, lang),
                V.CHANNEL.label(tp.channel, lang),
                V.FREQUENCY.label(tp.frequency, lang),
            ),
            moment_of_truth=tp.moment_of_truth,
            proactive=tp.proactive,
            fields=_fields((label("objective", lang), tp.objective)),
            keys=_segments(canvas, tp.segments, lang),
            meta=_fields((label("response_time", lang), tp.response_time)),
            notes=tp.notes,
        )
        for tp in canvas.touchpoints
    ]


def _tools(canvas: Canvas, lang: str) -> list[Entry]:
    entries = []
    for tool in canvas.tools:
        served = ", ".join(
            (found.name if (found := canvas.touchpoint(ref)) else ref) for ref in tool.touchpoints
        )
        shared = None
        if tool.shared_history is not None:
            shared = label("render_yes" if tool.shared_history else "render_no", lang)
        entries.append(
            Entry(
                title=tool.name,
                chips=_chips(V.TOOL_KIND.label(tool.kind, lang)),
                meta=_fields(
                    (label("touchpoints", lang), served),
                    (label("shared_history", lang), shared),
                ),
                notes=tool.notes,
            )
        )
    return entries


def _loyalty(canvas: Canvas, lang: str) -> list[Entry]:
    return [
        Entry(
            title=item.name,
            chips=_chips(V.LOYALTY_KIND.label(item.kind, lang)),
            fields=_fields((label("customer_value", lang), item.customer_value)),
            keys=_segments(canvas, item.segments, lang),
            notes=item.notes,
        )
        for item in canvas.loyalty
    ]


def _involvement(canvas: Canvas, lang: str) -> list[Entry]:
    order = list(V.INVOLVEMENT_LEVEL.ids)
    return [
        Entry(
            title=V.INVOLVEMENT_LEVEL.label(item.level, lang),
            gauges=(
                Gauge(
                    label("level", lang),
                    order.index(str(item.level)) + 1,
                    len(order),
                    f"{order.index(str(item.level)) + 1}/{len(order)}",
                ),
            ),
            fields=_fields((label("mechanism", lang), item.mechanism)),
            keys=_segments(canvas, item.segments, lang),
            notes=item.notes,
        )
        for item in canvas.involvement
    ]


def _evolution(canvas: Canvas, lang: str) -> list[Entry]:
    entries = []
    for item in canvas.evolution:
        lists = tuple(
            ItemList(label(key, lang), tuple(values))
            for key, values in (
                ("objectives", item.objectives),
                ("actions", item.actions),
                ("next_signals", item.next_signals),
                ("risk_signals", item.risk_signals),
            )
            if values
        )
        entries.append(
            Entry(
                title=V.STAGE.label(item.phase, lang),
                keys=_segments(canvas, item.segments, lang) if item.segments else (),
                chips=_chips(item.duration),
                lists=lists,
                notes=item.notes,
            )
        )
    return entries


def _segment_entries(canvas: Canvas, lang: str) -> list[Entry]:
    return [
        Entry(
            title=seg.name,
            key=segment_key(i),
            gauges=_gauges(
                _level_gauge(label("value", lang), seg.value, lang),
                _level_gauge(label("willingness_to_pay", lang), seg.willingness_to_pay, lang),
            ),
            notes=seg.notes,
        )
        for i, seg in enumerate(canvas.segments)
    ]


def _indicator_entries(canvas: Canvas, lang: str) -> list[Entry]:
    return [
        Entry(
            title=ind.name,
            chips=_chips(
                V.INDICATOR_KIND.label(ind.kind, lang) if ind.kind else None,
                V.FREQUENCY.label(ind.frequency, lang),
            ),
            fields=_fields((label("target", lang), ind.target)),
            notes=ind.notes,
        )
        for ind in canvas.indicators
    ]


_BUILDERS = {
    "interaction": _interaction,
    "touchpoints": _touchpoints,
    "tools": _tools,
    "loyalty": _loyalty,
    "involvement": _involvement,
    "evolution": _evolution,
}


def block_area(block: V.Block, lang: str, entries: Iterable[Entry] = ()) -> Area:
    return Area(
        key=block.key,
        number=block.number,
        title=block.title(lang),
        question=block.question(lang),
        entries=tuple(entries),
        prompts=tuple(p(lang) for p in block.prompts),
    )


def relationship_map(canvas: Canvas, lang: str) -> RelationshipMap:
    """Segment x journey phase: the touchpoints that serve each pair, gaps left empty."""
    phases: list[str | None] = list(V.PHASE.ids)
    if any(tp.phase is None for tp in canvas.touchpoints):
        phases.append(None)
    keys = segment_keys(canvas)
    segments: list[tuple[str | None, str]] = [(s.id, s.name) for s in canvas.segments]
    if not segments:
        segments = [(None, label("all_segments", lang))]
    levels = {i.segment: i for i in canvas.interaction}
    rows = []
    for seg_id, seg_name in segments:
        cells = []
        for phase in phases:
            cells.append(
                tuple(
                    (tp.name, tp.moment_of_truth)
                    for tp in canvas.touchpoints
                    if (None if tp.phase is None else str(tp.phase)) == phase
                    and (seg_id is None or not tp.segments or seg_id in tp.segments)
                )
            )
        inter = levels.get(seg_id) if seg_id else None
        gauges: tuple[Gauge, ...] = ()
        if inter is not None:
            gauges = _gauges(
                _level_gauge(label("human_contact", lang), inter.human_contact, lang),
                _level_gauge(label("personalization", lang), inter.personalization, lang),
                _level_gauge(label("automation", lang), inter.automation, lang),
            )
        rows.append(MapRow(seg_name, keys.get(seg_id or ""), gauges, tuple(cells)))
    names = tuple(V.PHASE.label(p, lang) if p else label("render_no_phase", lang) for p in phases)
    return RelationshipMap(names, tuple(rows))


def canvas_view(canvas: Canvas, lang: str) -> CanvasView:
    """Everything a page shows about one canvas, in ``lang``."""
    authors = tuple(
        f"{a.name} ({V.ROLE.label(a.role, lang)})" if a.role else a.name for a in canvas.authors
    )
    view = CanvasView(
        lang=lang,
        title=canvas.title,
        organization=canvas.organization,
        version=canvas.version,
        updated=canvas.updated.isoformat() if canvas.updated else None,
        authors=authors,
        author_names=tuple(a.name for a in canvas.authors),
        blocks=tuple(block_area(b, lang, _BUILDERS[b.key](canvas, lang)) for b in V.BLOCKS),
        segments=Area(
            "segments", None, label("segments", lang), "", tuple(_segment_entries(canvas, lang))
        ),
        indicators=Area(
            "indicators",
            None,
            label("indicators", lang),
            "",
            tuple(_indicator_entries(canvas, lang)),
        ),
        map=relationship_map(canvas, lang),
    )
    return typeset_all(view, lang)


def blank_blocks(lang: str) -> tuple[Area, ...]:
    """The six blocks with their questions and prompts, and no entries (the handout)."""
    return typeset_all(tuple(block_area(b, lang) for b in V.BLOCKS), lang)
