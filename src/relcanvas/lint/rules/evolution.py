"""RC6xx: block 6, how the relationship changes over time.

The broad finding stands for the narrow ones: a single stage is named once as such, not
also as a lack of growth or re-engagement; a stage with no signal at all is incomplete,
not also a canvas without risk signals.
"""

from __future__ import annotations

from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.lint.rule import Context, Hit, Severity, rule
from relcanvas.model import Canvas, Evolution

LATER = (V.Stage.GROWTH, V.Stage.MATURITY)

_HEAD = "relcanvas: 1\ntitle: Language school\nevolution:\n"


def _stage(phase: str, *, risk: str = "", signal: str = "Books a second term") -> str:
    text = (
        f"  - phase: {phase}\n"
        "    objectives: [Keep the learner progressing]\n"
        "    actions: [Level check with the teacher]\n"
        "    duration: 3 months\n"
        f"    next_signals: [{signal}]\n"
    )
    return text + (f"    risk_signals: [{risk}]\n" if risk else "")


def _stages(canvas: Canvas) -> set[V.Stage]:
    return {e.phase for e in canvas.evolution}


OPEN_ENDED = (V.Stage.MATURITY, V.Stage.EXIT)
"""Stages with no typical length: they last as long as the relationship does."""


def _missing(entry: Evolution) -> list[str]:
    missing = [f for f in ("objectives", "actions") if not getattr(entry, f)]
    if not entry.duration and entry.phase not in OPEN_ENDED:
        missing.append("duration")
    if not entry.next_signals and not entry.risk_signals and entry.phase != V.Stage.EXIT:
        missing.append("signals")
    return missing


def single_stage(canvas: Canvas) -> bool:
    return len(_stages(canvas)) == 1


def stops_early(canvas: Canvas) -> bool:
    """Several stages, but none where the relationship grows or matures."""
    stages = _stages(canvas)
    return len(stages) >= 2 and not stages.intersection(LATER)


@rule(
    code="RC601",
    slug="evolution-stage-incomplete",
    severity=Severity.WARNING,
    block="evolution",
    summary="A stage of the relationship lacks objectives, actions, duration or signals",
    rationale=(
        "For each stage the sheet asks what it aims at, what the team does, how long it "
        "usually lasts, and which signals show the customer moving on or drifting away. "
        "Without them a stage is a label on a timeline, not a plan. Maturity and exit need "
        "no duration, and exit no signal: nothing comes after them."
    ),
    bad=_HEAD + "  - phase: onboarding\n    objectives: [First lesson booked]\n",
    good=_HEAD + _stage("onboarding"),
    source="000",
)
def evolution_stage_incomplete(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry in enumerate(canvas.evolution):
        missing = _missing(entry)
        if missing:
            yield Hit(
                ("evolution", i),
                msg("rc601.message", stage=str(entry.phase), missing=missing),
                at="key",
            )


@rule(
    code="RC602",
    slug="single-stage",
    severity=Severity.WARNING,
    block="evolution",
    summary="The relationship is described at a single stage",
    rationale=(
        "A relationship changes as customers mature: what suits a newcomer bores a loyal "
        "customer, and dormant customers need another approach again. One stage means the "
        "relationship is designed not to evolve."
    ),
    bad=_HEAD + _stage("acquisition", risk="No reply to the trial offer"),
    good=_HEAD
    + _stage("acquisition", risk="No reply to the trial offer")
    + _stage("growth", risk="Misses two lessons in a row"),
    source="000+001",
)
def single_stage_rule(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if single_stage(canvas):
        yield Hit(("evolution",), msg("rc602.message"), at="key")


@rule(
    code="RC603",
    slug="no-growth-stage",
    severity=Severity.WARNING,
    block="evolution",
    summary="The stages stop at acquisition and onboarding: no growth or maturity",
    rationale=(
        "Planning how customers are won and welcomed, and not what happens once they are "
        "settled, leaves the relationship to fade. The growth and maturity stages are where "
        "retention, upselling and recommendation are earned."
    ),
    bad=_HEAD
    + _stage("acquisition", risk="No reply to the trial offer")
    + _stage("onboarding", risk="Misses the first lesson"),
    good=_HEAD
    + _stage("acquisition", risk="No reply to the trial offer")
    + _stage("onboarding", risk="Misses the first lesson")
    + _stage("maturity", risk="Stops booking conversation club"),
    source="001",
)
def no_growth_stage(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if stops_early(canvas):
        yield Hit(("evolution",), msg("rc603.message"), at="key")


@rule(
    code="RC604",
    slug="no-risk-signals",
    severity=Severity.WARNING,
    block="evolution",
    summary="No stage names the signals that the relationship is at risk",
    rationale=(
        "Customers rarely announce that they are leaving; they go quiet first. Naming the "
        "warning signs for each stage (less usage, unanswered messages, complaints) lets "
        "the team act before the break."
    ),
    bad=_HEAD + _stage("onboarding") + _stage("growth"),
    good=_HEAD + _stage("onboarding") + _stage("growth", risk="Misses two lessons in a row"),
    source="000+003",
)
def no_risk_signals(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    entries = canvas.evolution
    if not entries or any(e.risk_signals for e in entries):
        return
    if all(e.next_signals or e.phase == V.Stage.EXIT for e in entries):
        yield Hit(("evolution",), msg("rc604.message"), at="key")


@rule(
    code="RC605",
    slug="no-reengagement",
    severity=Severity.INFO,
    block="evolution",
    summary="No stage plans how to win back dormant customers",
    rationale=(
        "Some customers go dormant before they are lost. A re-engagement stage, with its "
        "own signals and actions, catches them while they can still be won back."
    ),
    bad=_HEAD
    + _stage("onboarding", risk="Misses the first lesson")
    + _stage("growth", risk="Misses two lessons in a row"),
    good=_HEAD
    + _stage("onboarding", risk="Misses the first lesson")
    + _stage("growth", risk="Misses two lessons in a row")
    + _stage("reengagement", risk="No booking for two months", signal="Books a lesson again"),
    source="000+003",
)
def no_reengagement(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if single_stage(canvas) or stops_early(canvas) or not canvas.evolution:
        return
    if V.Stage.REENGAGEMENT not in _stages(canvas):
        yield Hit(("evolution",), msg("rc605.message"), at="key")
