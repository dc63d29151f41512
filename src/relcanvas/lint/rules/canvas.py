"""RC7xx: rules across blocks and about the way the canvas is made.

Also the small helpers the block families share (who an entry serves, level order), so
that every family reads the canvas the same way.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.limits import quoted
from relcanvas.lint.rule import Context, Hit, Option, Severity, rule
from relcanvas.model import BLOCK_KEYS, Canvas

# --- Shared helpers -----------------------------------------------------------------------


def served(canvas: Canvas, segments: list[str]) -> list[str]:
    """The segment ids an entry is for: its own list, or every segment when it is empty."""
    return list(segments) if segments else [s.id for s in canvas.segments]


def level_rank(level: object) -> int | None:
    """0 for low up to 2 for high (the order of :data:`vocabulary.LEVEL`), None when unset."""
    if level is None:
        return None
    ids = V.LEVEL.ids
    return len(ids) - 1 - ids.index(str(level))


# --- Rules ----------------------------------------------------------------------------------


@rule(
    code="RC701",
    slug="empty-block",
    severity=Severity.WARNING,
    block="canvas",
    summary="A block of the canvas is absent or has no entry",
    rationale=(
        "The six blocks only make sense together: the interaction mode sets the frame, the "
        "touchpoints and tools carry it, loyalty, involvement and evolution make it last. A "
        "block left blank is a question the team has not answered yet, and the other rules "
        "cannot judge it. Each empty block is reported once, at its key (or at the top of the "
        "file when the key is missing). When the canvas has no segment at all, an empty "
        "interaction block is left to no-segments."
    ),
    bad=(
        "relcanvas: 1\n"
        "title: Bakery deliveries\n"
        "segments:\n"
        "  - {id: cafes, name: Cafés, value: high}\n"
        "interaction:\n"
        "  - segment: cafes\n"
        "    human_contact: high\n"
        "    personalization: medium\n"
        "    automation: low\n"
        "loyalty: []\n"
    ),
    good=(
        "relcanvas: 1\n"
        "title: Bakery deliveries\n"
        "segments:\n"
        "  - {id: cafes, name: Cafés, value: high}\n"
        "interaction:\n"
        "  - segment: cafes\n"
        "    human_contact: high\n"
        "    personalization: medium\n"
        "    automation: low\n"
        "touchpoints:\n"
        "  - {name: Morning delivery, phase: delivery, channel: in_person}\n"
        "tools:\n"
        "  - {name: Route planner, touchpoints: [morning-delivery]}\n"
        "loyalty:\n"
        "  - {name: Early-slot priority, customer_value: Bread before opening}\n"
        "involvement:\n"
        "  - {level: feedback, mechanism: Weekly word with the driver}\n"
        "evolution:\n"
        "  - {phase: acquisition, objectives: [First order]}\n"
    ),
    source="000",
)
def empty_block(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for key in BLOCK_KEYS:
        if getattr(canvas, key):
            continue
        if key == "interaction" and not canvas.segments:
            continue
        state = "empty" if key in canvas.model_fields_set else "missing"
        yield Hit((key,), msg(f"rc701.{state}", block=key), at="key")


@rule(
    code="RC702",
    slug="no-segments",
    severity=Severity.WARNING,
    block="canvas",
    summary="The canvas names no customer segment",
    rationale=(
        "The method chooses a relationship segment by segment, according to what each is "
        "worth and expects. Without segments the interaction block has nothing to describe "
        "and no difference between customers can be designed or checked."
    ),
    bad="relcanvas: 1\ntitle: Bike repair shop\ntouchpoints:\n  - {name: Repair drop-off}\n",
    good=(
        "relcanvas: 1\n"
        "title: Bike repair shop\n"
        "segments:\n"
        "  - {id: commuters, name: Daily commuters, value: high}\n"
        "touchpoints:\n"
        "  - {name: Repair drop-off}\n"
    ),
    source="000+001",
)
def no_segments(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not canvas.segments:
        yield Hit(("segments",), msg("rc702.message"), at="key")


@rule(
    code="RC703",
    slug="no-indicators",
    severity=Severity.WARNING,
    block="canvas",
    summary="No indicator measures the quality of the relationship",
    rationale=(
        "A relationship that is never measured cannot be steered: nobody knows whether the "
        "touchpoints and mechanisms work. Name at least a few measures such as NPS, "
        "satisfaction, churn or lifetime value, with a target."
    ),
    bad="relcanvas: 1\ntitle: Yoga studio\n",
    good=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Member NPS, kind: nps, frequency: quarterly}\n"
        "  - {name: Monthly churn, kind: churn, frequency: monthly}\n"
    ),
    source="001",
)
def no_indicators(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not canvas.indicators:
        yield Hit(("indicators",), msg("rc703.message"), at="key")


def _perception(canvas: Canvas) -> list[bool]:
    return [str(i.kind) in V.PERCEPTION_INDICATORS for i in canvas.indicators]


@rule(
    code="RC704",
    slug="no-perception-indicator",
    severity=Severity.WARNING,
    block="canvas",
    summary="No indicator captures how customers feel (NPS, CSAT, CES)",
    rationale=(
        "Churn, usage or lifetime value tell what customers do, often too late. A perception "
        "measure such as NPS, satisfaction or effort tells how they feel about the "
        "relationship while there is still time to act."
    ),
    bad=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Monthly churn, kind: churn, frequency: monthly}\n"
    ),
    good=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Monthly churn, kind: churn, frequency: monthly}\n"
        "  - {name: Class satisfaction, kind: csat, frequency: monthly}\n"
    ),
    source="001+002",
)
def no_perception_indicator(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.indicators and not any(_perception(canvas)):
        yield Hit(("indicators",), msg("rc704.message"), at="key")


@rule(
    code="RC705",
    slug="perception-only-indicators",
    severity=Severity.INFO,
    block="canvas",
    summary="Every indicator measures perception; none measures what actually happens",
    rationale=(
        "Scores of how customers feel are best read next to operational facts: response "
        "times, retention, churn, usage. Combining both tells whether a drop in "
        "satisfaction comes from the service delivered or from elsewhere."
    ),
    bad=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Member NPS, kind: nps, frequency: quarterly}\n"
    ),
    good=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Member NPS, kind: nps, frequency: quarterly}\n"
        "  - {name: Membership retention, kind: retention, frequency: quarterly}\n"
    ),
    source="002",
)
def perception_only(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.indicators and all(_perception(canvas)):
        yield Hit(("indicators",), msg("rc705.message"), at="key")


@rule(
    code="RC706",
    slug="indicator-without-frequency",
    severity=Severity.INFO,
    block="canvas",
    summary="An indicator does not say how often it is measured",
    rationale=(
        "Satisfaction and loyalty are worth measuring regularly, so that a trend shows and "
        "the team can react. An indicator with no frequency tends to be measured once and "
        "forgotten."
    ),
    bad=("relcanvas: 1\ntitle: Yoga studio\nindicators:\n  - {name: Member NPS, kind: nps}\n"),
    good=(
        "relcanvas: 1\n"
        "title: Yoga studio\n"
        "indicators:\n"
        "  - {name: Member NPS, kind: nps, frequency: quarterly}\n"
    ),
    source="001",
)
def indicator_without_frequency(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, indicator in enumerate(canvas.indicators):
        if indicator.frequency is None:
            message = msg("rc706.message", indicator=quoted(indicator.name))
            yield Hit(("indicators", i), message, at="key")


@rule(
    code="RC707",
    slug="single-profile",
    severity=Severity.INFO,
    block="canvas",
    summary="The canvas was written by fewer than two distinct author profiles",
    rationale=(
        "Sales, marketing, customer service and product each see a different part of the "
        "customer journey. A canvas written from one point of view misses the others' "
        "knowledge of real, good and bad, journeys. List the authors with their roles."
    ),
    bad=(
        "relcanvas: 1\n"
        "title: Bike repair shop\n"
        "authors:\n"
        "  - {name: Ana, role: sales}\n"
        "  - {name: Bo, role: sales}\n"
    ),
    good=(
        "relcanvas: 1\n"
        "title: Bike repair shop\n"
        "authors:\n"
        "  - {name: Ana, role: sales}\n"
        "  - {name: Bo, role: customer_service}\n"
    ),
    source="000",
    options=(Option("min_profiles", 2, "Fewest distinct author roles expected.", 1, 100),),
)
def single_profile(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    wanted = int(ctx.options.get("min_profiles", 2))
    roles = {a.role for a in canvas.authors if a.role is not None}
    if len(roles) >= wanted:
        return
    if not canvas.authors:
        message = msg("rc707.none")
    elif not roles:
        message = msg("rc707.no_role", wanted=wanted)
    else:
        names = sorted(str(r) for r in roles)
        message = msg("rc707.some", count=len(roles), roles=names, wanted=wanted)
    yield Hit(("authors",), message, at="key")


def _add_months(day: dt.date, months: int) -> tuple[int, int, int]:
    """(year, month, day) ``months`` later, the day clamped to the month's length.

    A tuple, not a date: a review date in year 9999 plus a year is past ``date.max``.
    """
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = 29 if month == 1 and calendar.isleap(year) else _DAYS[month]
    return year, month + 1, min(day.day, last)


_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


@rule(
    code="RC708",
    slug="stale-canvas",
    severity=Severity.INFO,
    block="canvas",
    summary="The canvas has no review date, or was last reviewed long ago",
    rationale=(
        "Tools, target segments and the business model change, and the relationship design "
        "has to follow. Record the date of the last review in `updated` and revisit the "
        "canvas at least once a year, or whenever one of those changes."
    ),
    bad="relcanvas: 1\ntitle: Bike repair shop\nupdated: 2024-03-01\n",
    good="relcanvas: 1\ntitle: Bike repair shop\nupdated: 2026-05-01\n",
    source="000",
    options=(
        Option("max_age_months", 12, "Months after which a canvas counts as stale.", 1, 1200),
    ),
)
def stale_canvas(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    months = int(ctx.options.get("max_age_months", 12))
    if canvas.updated is None:
        yield Hit(("updated",), msg("rc708.no_date"))
    elif (ctx.today.year, ctx.today.month, ctx.today.day) > _add_months(canvas.updated, months):
        yield Hit(
            ("updated",),
            msg("rc708.stale", date=canvas.updated.isoformat(), count=months),
        )
