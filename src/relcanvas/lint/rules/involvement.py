"""RC5xx: block 5, how customers take part, from feedback to speaking for us.

An empty block is empty-block's to name; "no feedback" and "only feedback" cannot both hold.
"""

from __future__ import annotations

from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.lint.rule import Context, Hit, Severity, rule
from relcanvas.model import Canvas

_HEAD = "relcanvas: 1\ntitle: Board game café\ninvolvement:\n"


@rule(
    code="RC501",
    slug="involvement-without-mechanism",
    severity=Severity.WARNING,
    block="involvement",
    summary="An involvement level does not say how customers take part",
    rationale=(
        "Naming a level (feedback, ideas, co-creation...) is an intention; customers take "
        "part only through a concrete, attractive way to do it: a survey at the right "
        "moment, an ideas board, a beta club, a referral offer."
    ),
    bad=_HEAD + "  - {level: feedback}\n  - {level: ideas, mechanism: Game wish wall}\n",
    good=_HEAD
    + "  - {level: feedback, mechanism: Card on the table after each visit}\n"
    + "  - {level: ideas, mechanism: Game wish wall}\n",
    source="000",
)
def involvement_without_mechanism(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry in enumerate(canvas.involvement):
        if not entry.mechanism:
            level = str(entry.level)
            yield Hit(("involvement", i), msg("rc501.message", level=level), at="key")


@rule(
    code="RC502",
    slug="no-feedback",
    severity=Severity.WARNING,
    block="involvement",
    summary="No way for customers to give feedback",
    rationale=(
        "Ignoring what customers say is a classic mistake. Collecting their feedback, and "
        "acting on it, is the first level of involvement and the one the others build on."
    ),
    bad=_HEAD + "  - {level: recommendation, mechanism: A free hour for each friend brought}\n",
    good=_HEAD
    + "  - {level: feedback, mechanism: Card on the table after each visit}\n"
    + "  - {level: recommendation, mechanism: A free hour for each friend brought}\n",
    source="001",
)
def no_feedback(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.involvement and not any(
        e.level == V.InvolvementLevel.FEEDBACK for e in canvas.involvement
    ):
        yield Hit(("involvement",), msg("rc502.message"), at="key")


@rule(
    code="RC503",
    slug="feedback-only",
    severity=Severity.INFO,
    block="involvement",
    summary="Involvement never goes beyond feedback",
    rationale=(
        "Feedback is where involvement starts, not where it ends. Customers who contribute "
        "ideas, co-create, recommend or speak for the brand become partners; communities "
        "built around the offer make that possible at scale."
    ),
    bad=_HEAD + "  - {level: feedback, mechanism: Card on the table after each visit}\n",
    good=_HEAD
    + "  - {level: feedback, mechanism: Card on the table after each visit}\n"
    + "  - {level: co_creation, mechanism: Regulars test new house games}\n",
    source="000+001",
)
def feedback_only(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.involvement and all(
        e.level == V.InvolvementLevel.FEEDBACK for e in canvas.involvement
    ):
        yield Hit(("involvement",), msg("rc503.message"), at="key")
