"""RC4xx: block 4, the mechanisms that keep the relationship alive.

An empty block is empty-block's to name; these rules judge a block that has entries.
"""

from __future__ import annotations

from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.limits import quoted
from relcanvas.lint.rule import Context, Hit, Severity, rule
from relcanvas.lint.rules.canvas import served
from relcanvas.model import Canvas

_HEAD = (
    "relcanvas: 1\ntitle: Wine merchant\n"
    "segments:\n"
    "  - {id: collectors, name: Collectors, value: high}\n"
    "  - {id: walk-ins, name: Walk-in buyers, value: low}\n"
    "loyalty:\n"
)


@rule(
    code="RC401",
    slug="loyalty-without-customer-value",
    severity=Severity.WARNING,
    block="loyalty",
    summary="A loyalty mechanism does not say what the customer gains from it",
    rationale=(
        "A mechanism keeps customers only if it gives them something they value: a service, "
        "recognition, a result. Writing down the customer's gain keeps the team honest "
        "about mechanisms that mostly serve the company."
    ),
    bad=_HEAD + "  - {name: Cellar club, kind: loyalty_program}\n",
    good=_HEAD + "  - {name: Cellar club, kind: loyalty_program, "
    "customer_value: First pick of rare vintages}\n",
    source="000",
)
def loyalty_without_customer_value(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, entry in enumerate(canvas.loyalty):
        if not entry.customer_value:
            yield Hit(
                ("loyalty", i),
                msg("rc401.message", mechanism=quoted(entry.name)),
                at="key",
            )


@rule(
    code="RC402",
    slug="high-value-without-loyalty",
    severity=Severity.WARNING,
    block="loyalty",
    summary="No loyalty mechanism serves a high-value segment",
    rationale=(
        "Keeping a customer usually costs less than winning a new one, and the most "
        "valuable customers are the ones competitors court. Under-investing in their "
        "retention is a classic mistake. Reported at the segment."
    ),
    bad=_HEAD + "  - {name: Stamp card, kind: discount, segments: [walk-ins], "
    "customer_value: Tenth bottle free}\n",
    good=_HEAD + "  - {name: Stamp card, kind: discount, segments: [walk-ins], "
    "customer_value: Tenth bottle free}\n"
    + "  - {name: Private tastings, kind: premium_service, segments: [collectors], "
    "customer_value: Meet the growers}\n",
    source="001",
)
def high_value_without_loyalty(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not canvas.loyalty:
        return
    kept = {s for entry in canvas.loyalty for s in served(canvas, entry.segments)}
    for i, segment in enumerate(canvas.segments):
        if segment.value == V.Level.HIGH and segment.id not in kept:
            yield Hit(
                ("segments", i),
                msg("rc402.message", segment=quoted(segment.name)),
                at="key",
            )


@rule(
    code="RC403",
    slug="discount-only-loyalty",
    severity=Severity.WARNING,
    block="loyalty",
    summary="Every loyalty mechanism is a discount",
    rationale=(
        "Discounts buy repeat purchases, not attachment: customers leave for the next lower "
        "price. Lasting loyalty comes from service, recognition, proactive follow-up and "
        "the customer's success with the offer."
    ),
    bad=_HEAD + "  - {name: Stamp card, kind: discount, customer_value: Tenth bottle free}\n",
    good=_HEAD
    + "  - {name: Stamp card, kind: discount, customer_value: Tenth bottle free}\n"
    + "  - {name: Cellar advice, kind: proactive_follow_up, "
    "customer_value: Know when to open each bottle}\n",
    source="000",
)
def discount_only_loyalty(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if canvas.loyalty and all(e.kind == V.LoyaltyKind.DISCOUNT for e in canvas.loyalty):
        yield Hit(("loyalty",), msg("rc403.message"), at="key")
