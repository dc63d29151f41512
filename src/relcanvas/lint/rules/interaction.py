"""RC1xx: block 1, the interaction mode chosen for each segment.

The rules that compare segments (one size for all, value not differentiated, high touch
for low value, over-automation) share one reading of the entries and stand down for each
other, so that one design mistake is named once, at the entry that shows it.
"""

from __future__ import annotations

from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import Message, msg
from relcanvas.limits import quoted
from relcanvas.lint.rule import Context, Hit, Severity, rule
from relcanvas.lint.rules.canvas import level_rank
from relcanvas.model import Canvas, Interaction, Segment

LEVEL_FIELDS = ("human_contact", "personalization", "automation")

_SEGMENTS = (
    "segments:\n"
    "  - {id: key-accounts, name: Key accounts, value: high, willingness_to_pay: high}\n"
    "  - {id: small-firms, name: Small firms, value: low, willingness_to_pay: low}\n"
)
_HEAD = "relcanvas: 1\ntitle: Payroll software\n" + _SEGMENTS + "interaction:\n"


def _entry(segment: str, human: str, personal: str, auto: str, types: str = "") -> str:
    lines = f"  - segment: {segment}\n"
    if types:
        lines += f"    types: [{types}]\n"
    return (
        lines + f"    human_contact: {human}\n"
        f"    personalization: {personal}\n"
        f"    automation: {auto}\n"
    )


def _complete(entry: Interaction) -> bool:
    return all(getattr(entry, f) is not None for f in LEVEL_FIELDS)


def _rank(entry: Interaction, field: str) -> int:
    return level_rank(getattr(entry, field)) or 0


def _pairs(canvas: Canvas) -> Iterator[tuple[int, Interaction, Segment]]:
    for i, entry in enumerate(canvas.interaction):
        segment = canvas.segment(entry.segment)
        if segment is not None:
            yield i, entry, segment


def high_touch_for_low_value(entry: Interaction, segment: Segment) -> bool:
    """High-touch service for a segment whose value or willingness to pay is low."""
    low = V.Level.LOW in (segment.value, segment.willingness_to_pay)
    dedicated = V.InteractionType.DEDICATED_PERSONAL_ASSISTANCE in entry.types
    return low and (entry.human_contact == V.Level.HIGH or dedicated)


def over_automated(entry: Interaction, segment: Segment) -> bool:
    """A high-value segment served mainly by automation, with little human contact."""
    return (
        segment.value == V.Level.HIGH
        and entry.automation == V.Level.HIGH
        and entry.human_contact == V.Level.LOW
    )


def one_size_for_all(canvas: Canvas) -> bool:
    """Two or more segments, all complete, all with the same types and levels."""
    entries = canvas.interaction
    if len(entries) < 2 or not all(_complete(e) for e in entries):
        return False
    shapes = {
        (frozenset(e.types), e.human_contact, e.personalization, e.automation) for e in entries
    }
    if len(shapes) != 1:
        return False
    values = {(s.value, s.willingness_to_pay) for _, _, s in _pairs(canvas)}
    # Segments known to be alike may well share a relationship.
    return len(values) != 1 or None in next(iter(values))


@rule(
    code="RC101",
    slug="segment-without-interaction",
    severity=Severity.WARNING,
    block="interaction",
    summary="A segment has no entry in the interaction block",
    rationale=(
        "Block 1 decides, segment by segment, how much human contact, personalisation and "
        "automation each one gets. A segment left out has no designed relationship: it "
        "gets whatever happens. (An interaction block with no entry at all is reported "
        "once by empty-block instead.)"
    ),
    bad=_HEAD + _entry("key-accounts", "high", "high", "low"),
    good=_HEAD
    + _entry("key-accounts", "high", "high", "low")
    + _entry("small-firms", "low", "medium", "high"),
    source="000",
)
def segment_without_interaction(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not canvas.interaction:
        return
    covered = {e.segment for e in canvas.interaction}
    for i, segment in enumerate(canvas.segments):
        if segment.id not in covered:
            yield Hit(("segments", i), msg("rc101.message", segment=quoted(segment.name)), at="key")


@rule(
    code="RC102",
    slug="interaction-without-levels",
    severity=Severity.WARNING,
    block="interaction",
    summary="An interaction entry leaves human contact, personalisation or automation unset",
    rationale=(
        "The three levels are the substance of block 1: they place the cursor between a "
        "high-touch, tailored relationship and an autonomous, digital one, and they decide "
        "the cost to serve. An entry without them says nothing the team can act on."
    ),
    bad=(
        "relcanvas: 1\ntitle: Payroll software\n"
        "segments:\n  - {id: key-accounts, name: Key accounts, value: high}\n"
        "interaction:\n"
        "  - segment: key-accounts\n"
        "    types: [dedicated_personal_assistance]\n"
        "    human_contact: high\n"
    ),
    good=(
        "relcanvas: 1\ntitle: Payroll software\n"
        "segments:\n  - {id: key-accounts, name: Key accounts, value: high}\n"
        "interaction:\n"
        + _entry("key-accounts", "high", "high", "low", "dedicated_personal_assistance")
    ),
    source="000",
)
def interaction_without_levels(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry in enumerate(canvas.interaction):
        missing = [f for f in LEVEL_FIELDS if getattr(entry, f) is None]
        if missing:
            name = canvas.segment_name(entry.segment)
            yield Hit(
                ("interaction", i),
                msg("rc102.message", segment=quoted(name), missing=missing),
                at="key",
            )


@rule(
    code="RC103",
    slug="one-size-for-all",
    severity=Severity.WARNING,
    block="interaction",
    summary="Every segment gets exactly the same relationship types and levels",
    rationale=(
        "Treating every customer the same way is one of the classic mistakes: segments "
        "differ in what they are worth, expect and will pay for, so the relationship should "
        "differ too. Segments declared with the same value and willingness to pay are left "
        "alone."
    ),
    bad=_HEAD
    + _entry("key-accounts", "medium", "medium", "medium", "personal_assistance")
    + _entry("small-firms", "medium", "medium", "medium", "personal_assistance"),
    good=_HEAD
    + _entry("key-accounts", "high", "high", "low", "dedicated_personal_assistance")
    + _entry("small-firms", "low", "medium", "high", "self_service"),
    source="001",
)
def one_size(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if one_size_for_all(canvas):
        yield Hit(("interaction",), _same_mode(canvas), at="key")


def _same_mode(canvas: Canvas) -> Message:
    """The evidence: which segments, and how their value (or willingness to pay) differs."""
    segments = [s for _, _, s in _pairs(canvas)]
    names = [quoted(s.name) for s in segments]
    count = len(canvas.interaction)
    unknown = [quoted(s.name) for s in segments if s.value is None]
    if unknown:
        return msg("rc103.unknown", count=count, segments=names, unknown=unknown)
    values = [str(s.value) for s in segments]
    if len(set(values)) > 1:
        return msg("rc103.differ", count=count, segments=names, values=values)
    paying = [str(s.willingness_to_pay) for s in segments if s.willingness_to_pay]
    if len(set(paying)) > 1 and len(paying) == len(segments):
        return msg("rc103.pay", count=count, segments=names, values=paying)
    unpaid = [quoted(s.name) for s in segments if s.willingness_to_pay is None]
    return msg("rc103.unknown_pay", count=count, segments=names, unknown=unpaid)


@rule(
    code="RC104",
    slug="value-not-differentiated",
    severity=Severity.WARNING,
    block="interaction",
    summary="A high-value segment gets no more human contact or personalisation than a "
    "low-value one",
    rationale=(
        "The relationship should follow the value of each segment: the customers who matter "
        "most deserve more human attention or more tailoring than the others. Reported at "
        "the high-value segment's entry; it stands down when the cause is already named by "
        "one-size-for-all, high-touch-low-value or over-automation."
    ),
    bad=_HEAD
    + _entry("key-accounts", "medium", "medium", "medium")
    + _entry("small-firms", "medium", "medium", "high"),
    good=_HEAD
    + _entry("key-accounts", "high", "high", "low")
    + _entry("small-firms", "medium", "medium", "high"),
    source="000+001",
)
def value_not_differentiated(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if one_size_for_all(canvas):
        return
    pairs = [p for p in _pairs(canvas) if _complete(p[1])]
    for i, high, top in pairs:
        if top.value != V.Level.HIGH or over_automated(high, top):
            continue
        for _, other, segment in pairs:
            if segment.value != V.Level.LOW or high_touch_for_low_value(other, segment):
                continue
            if all(_rank(other, f) >= _rank(high, f) for f in LEVEL_FIELDS[:2]):
                yield Hit(
                    ("interaction", i),
                    msg("rc104.message", top=quoted(top.name), other=quoted(segment.name)),
                    at="key",
                )
                break


@rule(
    code="RC105",
    slug="high-touch-low-value",
    severity=Severity.WARNING,
    block="interaction",
    summary="High-touch service for a segment of low value or low willingness to pay",
    rationale=(
        "Dedicated people and high human contact are the most expensive way to serve. For a "
        "segment that brings little or will not pay for it, the cost eats the margin; "
        "self-service, automation or communities fit its expectations better."
    ),
    bad=_HEAD
    + _entry("key-accounts", "high", "high", "low")
    + _entry("small-firms", "high", "medium", "low"),
    good=_HEAD
    + _entry("key-accounts", "high", "high", "low")
    + _entry("small-firms", "low", "medium", "high"),
    source="001",
)
def high_touch_low_value(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry, segment in _pairs(canvas):
        if not high_touch_for_low_value(entry, segment):
            continue
        why = "value" if segment.value == V.Level.LOW else "willingness_to_pay"
        if entry.human_contact == V.Level.HIGH:
            path: tuple[str | int, ...] = ("interaction", i, "human_contact")
            what = "rc105.contact"
        else:
            at = entry.types.index(V.InteractionType.DEDICATED_PERSONAL_ASSISTANCE)
            path, what = ("interaction", i, "types", at), "rc105.dedicated"
        yield Hit(path, msg(what, segment=quoted(segment.name), why=why))


@rule(
    code="RC106",
    slug="over-automation",
    severity=Severity.WARNING,
    block="interaction",
    summary="A high-value segment is served mostly by automation, with little human contact",
    rationale=(
        "Automation keeps costs down and technology can tailor at scale, but the customers "
        "who matter most expect a person when it counts. A high-value segment with high "
        "automation and low human contact risks feeling handled rather than served."
    ),
    bad=_HEAD
    + _entry("key-accounts", "low", "medium", "high")
    + _entry("small-firms", "low", "low", "high"),
    good=_HEAD
    + _entry("key-accounts", "high", "high", "medium")
    + _entry("small-firms", "low", "low", "high"),
    source="001",
)
def over_automation(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry, segment in _pairs(canvas):
        if over_automated(entry, segment):
            yield Hit(
                ("interaction", i, "automation"),
                msg("rc106.message", segment=quoted(segment.name)),
            )


@rule(
    code="RC107",
    slug="segment-without-value",
    severity=Severity.INFO,
    block="interaction",
    summary="With several segments, one does not say what it is worth",
    rationale=(
        "The relationship is differentiated by the value and expectations of each segment. "
        "Without a `value`, neither the team nor these rules can tell whether a segment gets "
        "the attention it deserves."
    ),
    bad=(
        "relcanvas: 1\ntitle: Payroll software\n"
        "segments:\n"
        "  - {id: key-accounts, name: Key accounts, value: high}\n"
        "  - {id: small-firms, name: Small firms}\n"
    ),
    good="relcanvas: 1\ntitle: Payroll software\n" + _SEGMENTS,
    source="000",
)
def segment_without_value(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if len(canvas.segments) < 2:
        return
    for i, segment in enumerate(canvas.segments):
        if segment.value is None:
            yield Hit(("segments", i), msg("rc107.message", segment=quoted(segment.name)), at="key")
