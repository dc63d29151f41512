"""RC2xx: block 2, the touchpoints along the customer journey.

The journey rules stand down when the touchpoints cannot be placed (a phase is missing:
touchpoint-missing-fields names that), and the broad rule wins over the narrow one (no
proactive touchpoint at all is named instead of renewal-not-proactive).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.limits import quoted
from relcanvas.lint.rule import Context, Hit, Option, Severity, rule
from relcanvas.model import Canvas, Path, Touchpoint

AFTER_SALE = (V.Phase.DELIVERY, V.Phase.ONBOARDING, V.Phase.SUPPORT, V.Phase.RENEWAL)
FIELDS = ("phase", "channel", "frequency", "objective")
SELF_SERVICE_CHANNELS = frozenset({"web", "mobile_app"})
"""Channels customers use on their own: they need upkeep, not a team on duty."""
ONGOING = (V.Phase.SUPPORT, V.Phase.RENEWAL, None)
"""Phases that last as long as the customer stays: their contacts add up year after year."""
FIRST_USE = (V.Phase.DELIVERY, V.Phase.ONBOARDING)
"""The customer's start: in software and services the delivery is the onboarding, and a
bank or a gym delivers nothing apart from it, so either phase covers this step."""
BROADCAST_CHANNELS = frozenset({"web", "social", "community"})
"""Channels people look at when they choose to: a post or a page does not interrupt anyone."""

_HEAD = "relcanvas: 1\ntitle: Coworking space\ntouchpoints:\n"


def _tp(name: str, phase: str, channel: str, freq: str, *extra: str) -> str:
    text = f"  - name: {name}\n    phase: {phase}\n    channel: {channel}\n"
    text += f"    frequency: {freq}\n    objective: Keep members on board\n"
    return text + "".join(f"    {line}\n" for line in extra)


def placed(canvas: Canvas) -> bool:
    """Every touchpoint has a phase, so the journey can be read (and there is one)."""
    return bool(canvas.touchpoints) and all(t.phase is not None for t in canvas.touchpoints)


def no_after_sale(canvas: Canvas) -> bool:
    return placed(canvas) and not any(t.phase in AFTER_SALE for t in canvas.touchpoints)


def _flag(tp: Touchpoint, index: int, field: str) -> tuple[Path, Literal["value", "key"]]:
    """Point at the flag when it is written (false), else at the entry."""
    if field in tp.model_fields_set:
        return ("touchpoints", index, field), "value"
    return ("touchpoints", index), "key"


@rule(
    code="RC201",
    slug="touchpoint-missing-fields",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="A touchpoint does not say its phase, channel, frequency or objective",
    rationale=(
        "The sheet asks for each touchpoint where it sits on the journey, through which "
        "channel, how often, and what the exchange is for. Without these a touchpoint is a "
        "wish: it cannot be staffed, tooled or checked against the other blocks."
    ),
    bad=_HEAD + "  - name: Welcome tour\n    phase: onboarding\n    channel: in_person\n",
    good=_HEAD + _tp("Welcome tour", "onboarding", "in_person", "once"),
    source="000",
)
def touchpoint_missing_fields(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, tp in enumerate(canvas.touchpoints):
        missing = [f for f in FIELDS if getattr(tp, f) is None]
        if missing:
            yield Hit(
                ("touchpoints", i),
                msg("rc201.message", touchpoint=quoted(tp.name), missing=missing),
                at="key",
            )


@rule(
    code="RC202",
    slug="no-after-sale-touchpoint",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="No touchpoint after the purchase (delivery, onboarding, support or renewal)",
    rationale=(
        "Neglecting the customer once the sale is made is a common mistake: satisfaction, "
        "renewal and referrals are won after the purchase. Plan at least the first use and "
        "the help customers get later."
    ),
    bad=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Membership signing", "sale", "in_person", "once"),
    good=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Membership signing", "sale", "in_person", "once")
    + _tp("Welcome tour", "onboarding", "in_person", "once", "moment_of_truth: true"),
    source="001",
)
def no_after_sale_touchpoint(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if no_after_sale(canvas):
        yield Hit(("touchpoints",), msg("rc202.message"), at="key")


@rule(
    code="RC203",
    slug="journey-phase-without-touchpoint",
    severity=Severity.INFO,
    block="touchpoints",
    summary="A phase of the customer journey has no touchpoint",
    rationale=(
        "The touchpoints should cover the whole journey, from pre-sale to renewal, so that "
        "no phase is left where the relationship is weak or unplanned. Delivery and "
        "onboarding count as one step (the customer's start): many offers have no delivery "
        "apart from getting started. The phases after the purchase are left to "
        "no-after-sale-touchpoint when none of them is covered."
    ),
    bad=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Welcome tour", "onboarding", "in_person", "once"),
    good=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Membership signing", "sale", "in_person", "once")
    + _tp("Badge handover", "delivery", "in_person", "once")
    + _tp("Welcome tour", "onboarding", "in_person", "once")
    + _tp("Front desk", "support", "in_person", "on_demand")
    + _tp("Renewal call", "renewal", "phone", "yearly", "proactive: true"),
    source="000",
)
def journey_phase_without_touchpoint(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not placed(canvas):
        return
    used = {t.phase for t in canvas.touchpoints}
    skip: tuple[V.Phase, ...] = AFTER_SALE if no_after_sale(canvas) else ()
    if used.intersection(FIRST_USE):
        skip = FIRST_USE
    missing = [p for p in V.Phase if p not in used and p not in skip]
    if missing:
        phases = [str(p) for p in missing]
        message = msg("rc203.message", phases=phases, count=len(phases))
        yield Hit(("touchpoints",), message, at="key")


@rule(
    code="RC204",
    slug="no-moment-of-truth",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="No touchpoint is marked as a moment of truth",
    rationale=(
        "A few moments decide whether the customer stays: the first use, a problem solved "
        "or not, the renewal. Marking them (`moment_of_truth: true`) tells the team where "
        "to put its best people and its care."
    ),
    bad=_HEAD + _tp("Welcome tour", "onboarding", "in_person", "once"),
    good=_HEAD + _tp("Welcome tour", "onboarding", "in_person", "once", "moment_of_truth: true"),
    source="000+003",
)
def no_moment_of_truth(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.touchpoints and not any(t.moment_of_truth for t in canvas.touchpoints):
        yield Hit(("touchpoints",), msg("rc204.message"), at="key")


@rule(
    code="RC205",
    slug="onboarding-not-moment-of-truth",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="Onboarding touchpoints exist but none is treated as a moment of truth",
    rationale=(
        "The first weeks of use set the tone of the whole relationship: a customer who "
        "succeeds early stays, one who struggles leaves quietly. The method names "
        "onboarding as the moment of truth to strengthen first."
    ),
    bad=_HEAD
    + _tp("Membership signing", "sale", "in_person", "once", "moment_of_truth: true")
    + _tp("Welcome tour", "onboarding", "in_person", "once"),
    good=_HEAD
    + _tp("Membership signing", "sale", "in_person", "once", "moment_of_truth: true")
    + _tp("Welcome tour", "onboarding", "in_person", "once", "moment_of_truth: true"),
    source="000+004",
)
def onboarding_not_moment_of_truth(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    yield from _phase_lacks_flag(
        canvas,
        V.Phase.ONBOARDING,
        "moment_of_truth",
        "rc205.message",
    )


def _phase_lacks_flag(canvas: Canvas, phase: V.Phase, flag: str, key: str) -> Iterator[Hit]:
    """The first touchpoint of ``phase`` when none of that phase sets ``flag``.

    Silent when no touchpoint at all sets the flag: the canvas-wide rule (no moment of
    truth, no proactive touchpoint) names that mistake once.
    """
    if not any(getattr(t, flag) for t in canvas.touchpoints):
        return
    found = [(i, t) for i, t in enumerate(canvas.touchpoints) if t.phase == phase]
    if found and not any(getattr(t, flag) for _, t in found):
        i, tp = found[0]
        path, at = _flag(tp, i, flag)
        yield Hit(path, msg(key, touchpoint=quoted(tp.name)), at=at)


@rule(
    code="RC206",
    slug="renewal-not-proactive",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="Renewal touchpoints exist but none is started by us",
    rationale=(
        "Waiting for the customer to renew, or to cancel, leaves the decision to chance. A "
        "renewal prepared ahead (a review of what was gained, an offer that fits) is a key "
        "moment of a lasting relationship."
    ),
    bad=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Renewal desk", "renewal", "in_person", "yearly"),
    good=_HEAD
    + _tp("Open day", "pre_sale", "event", "monthly", "proactive: true")
    + _tp("Renewal review", "renewal", "in_person", "yearly", "proactive: true"),
    source="004",
)
def renewal_not_proactive(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    yield from _phase_lacks_flag(canvas, V.Phase.RENEWAL, "proactive", "rc206.message")


@rule(
    code="RC207",
    slug="no-proactive-touchpoint",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="Every touchpoint waits for the customer to make contact",
    rationale=(
        "A relationship that only reacts learns about problems when customers complain or "
        "leave. Reaching out first (a check-in, a usage tip, a warning before a renewal) "
        "prevents problems and shows customers they are followed."
    ),
    bad=_HEAD + _tp("Front desk", "support", "in_person", "on_demand"),
    good=_HEAD
    + _tp("Front desk", "support", "in_person", "on_demand")
    + _tp("Monthly check-in", "support", "email", "monthly", "proactive: true"),
    source="002",
)
def no_proactive_touchpoint(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.touchpoints and not any(t.proactive for t in canvas.touchpoints):
        yield Hit(("touchpoints",), msg("rc207.message"), at="key")


@rule(
    code="RC208",
    slug="too-many-channels",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="More distinct channels than a team can serve well",
    rationale=(
        "Every channel opened is a promise: staff, response times, a history to keep. A few "
        "channels run well serve customers better than many run poorly. The self-service "
        "website and app are not counted; reported at the touchpoint that brings the first "
        "channel over the limit."
    ),
    bad=_HEAD
    + "".join(
        f"  - {{name: Contact {n}, channel: {c}}}\n"
        for n, c in enumerate(("phone", "email", "chat", "sms", "social", "mail", "video"), 1)
    ),
    good=_HEAD
    + "".join(
        f"  - {{name: Contact {n}, channel: {c}}}\n"
        for n, c in enumerate(("phone", "email", "web", "mobile_app", "email", "chat"), 1)
    ),
    source="002",
    options=(Option("max_channels", 6, "Most distinct channels before the rule fires.", 1, 1000),),
)
def too_many_channels(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    limit = int(ctx.options.get("max_channels", 6))
    seen: list[str] = []
    first_over = None
    for i, tp in enumerate(canvas.touchpoints):
        if tp.channel is None or tp.channel in SELF_SERVICE_CHANNELS:
            continue
        if tp.channel not in seen:
            seen.append(tp.channel)
            if len(seen) == limit + 1:
                first_over = i
    if first_over is not None:
        yield Hit(
            ("touchpoints", first_over, "channel"),
            msg("rc208.message", count=len(seen), channels=seen, limit=limit),
        )


@rule(
    code="RC209",
    slug="no-response-time",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="A channel where our people answer customers has no response time",
    rationale=(
        "Each channel where customers reach a person needs a service contract: how fast "
        "they get an answer. Without one, the phone, the inbox and the chat drift to "
        "different standards. Reported once per channel, at the first touchpoint where "
        "customers come to us on it (support, or on demand, and not started by us), when no "
        "touchpoint on that channel sets `response_time`."
    ),
    bad=_HEAD + _tp("Front desk", "support", "phone", "on_demand"),
    good=_HEAD + _tp("Front desk", "support", "phone", "on_demand", "response_time: 2h"),
    source="002",
)
def no_response_time(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    used: dict[str, list[int]] = {}
    contracted: set[str] = set()
    for i, tp in enumerate(canvas.touchpoints):
        if tp.channel not in V.HUMAN_CHANNELS:
            continue
        if tp.response_time:
            contracted.add(tp.channel)
        if not tp.proactive and (tp.phase == V.Phase.SUPPORT or tp.frequency == "on_demand"):
            used.setdefault(tp.channel, []).append(i)
    for channel, found in used.items():
        if channel not in contracted:
            names = [quoted(canvas.touchpoints[i].name) for i in found[:MAX_LISTED]]
            if len(found) > MAX_LISTED:
                names.append("…")
            yield Hit(
                ("touchpoints", found[0], "channel"),
                msg("rc209.message", channel=channel, touchpoints=names, count=len(found)),
            )


MAX_LISTED = 10
"""Names a message lists before it cuts the list short (with an ellipsis)."""


def _per_year(tp: Touchpoint, phases: tuple[V.Phase | None, ...]) -> float:
    if not tp.proactive or tp.phase not in phases or tp.channel in BROADCAST_CHANNELS:
        return 0.0
    return V.PER_YEAR.get(tp.frequency or "", 0.0)


AUDIENCES: tuple[tuple[str, tuple[V.Phase | None, ...]], ...] = (
    ("_pre", (V.Phase.PRE_SALE,)),
    ("", ONGOING),
)
"""Who receives the contacts: a person gets the pre-sale ones while a prospect, then the
ongoing ones as a customer, so each set is added up on its own."""


def _contacts(
    canvas: Canvas, phases: tuple[V.Phase | None, ...], groups: list[str]
) -> dict[str, tuple[float, int]]:
    """Per segment: proactive contacts a year, and the touchpoint that sends the most.

    In one pass over the references (a touchpoint for every segment counts for each), so
    that a canvas of many segments and touchpoints costs their sum, not their product.
    """
    every: list[tuple[float, int]] = []  # (contacts, -index), so that max() is the first
    listed: dict[str, list[tuple[float, int]]] = {}
    for i, tp in enumerate(canvas.touchpoints):
        sent = (_per_year(tp, phases), -i)
        if not tp.segments:
            every.append(sent)
        for segment in set(tp.segments):
            listed.setdefault(segment, []).append(sent)
    base = sum(n for n, _ in every)
    found: dict[str, tuple[float, int]] = {}
    for segment in groups:
        reaching = listed.get(segment, []) if segment else []
        if not segment:
            reaching = [(_per_year(tp, phases), -i) for i, tp in enumerate(canvas.touchpoints)]
            found[segment] = (sum(n for n, _ in reaching), -max(reaching, default=(0, 0))[1])
            continue
        heaviest = max([*reaching, max(every, default=(-1.0, 0))])
        found[segment] = (base + sum(n for n, _ in reaching), -heaviest[1])
    return found


@rule(
    code="RC210",
    slug="over-soliciting",
    severity=Severity.WARNING,
    block="touchpoints",
    summary="A segment receives too many contacts started by us in a year",
    rationale=(
        "Following customers closely is not flooding them: too many calls, mails and "
        "messages wear out attention and push customers away. The proactive touchpoints "
        "that reach a segment for as long as it stays (support, renewal, or no phase given) "
        "are added up from their frequency, and so, apart, are the pre-sale ones that reach "
        "its prospects; pages and posts on the website, social media or a community are "
        "not counted, since nobody is interrupted by them. The limit allows a weekly letter "
        "with a monthly and a quarterly update besides, but not two weekly streams or a "
        "daily one. Reported at the most frequent one."
    ),
    bad=_HEAD
    + _tp("Weekly digest", "support", "email", "weekly", "proactive: true")
    + _tp("Weekly event invitation", "support", "sms", "weekly", "proactive: true"),
    good=_HEAD
    + _tp("Monthly digest", "support", "email", "monthly", "proactive: true")
    + _tp("Event invitation", "support", "sms", "quarterly", "proactive: true"),
    source="004",
    options=(
        Option(
            "max_contacts_per_year", 75, "Most proactive contacts a year for one segment.", 1, 1e6
        ),
    ),
)
def over_soliciting(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    limit = float(ctx.options.get("max_contacts_per_year", 75))
    groups = [s.id for s in canvas.segments] or [""]
    flagged: dict[tuple[int, str], list[tuple[str, float]]] = {}
    for audience, phases in AUDIENCES:
        for segment, (total, heaviest) in _contacts(canvas, phases, groups).items():
            if total > limit:
                flagged.setdefault((heaviest, audience), []).append((segment, total))
    for (i, audience), found in flagged.items():
        most = max(total for _, total in found)
        names = [quoted(canvas.segment_name(s)) for s, _ in found if s]
        if len(names) > 1 and len(names) == len(canvas.segments):
            whom = "every"
        else:
            whom = "some" if names else "customers"
        yield Hit(
            ("touchpoints", i, "frequency"),
            msg(
                f"rc210.{whom}{audience}",
                segments=names[:MAX_LISTED],
                most=round(most),
                limit=round(limit),
            ),
        )
