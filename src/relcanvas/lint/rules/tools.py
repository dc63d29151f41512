"""RC3xx: block 3, the tools and media that carry the exchanges.

One owner per break in the shared customer history: a tool that says it does not feed it
(or a tool set where none does) is named at the tools; a sale touchpoint left outside a
history that exists is named at the touchpoint.
"""

from __future__ import annotations

from collections.abc import Iterator

from relcanvas import vocabulary as V
from relcanvas.i18n import msg
from relcanvas.limits import quoted
from relcanvas.lint.rule import Context, Hit, Severity, rule
from relcanvas.lint.rules.canvas import served
from relcanvas.model import Canvas, Touchpoint

BEFORE_SALE = (V.Phase.PRE_SALE, V.Phase.SALE)

_HEAD = (
    "relcanvas: 1\ntitle: Solar panel installer\n"
    "touchpoints:\n"
    "  - {name: Roof survey, phase: pre_sale, channel: in_person}\n"
    "  - {name: Hotline, phase: support, channel: phone}\n"
    "tools:\n"
)


def none_sharing(canvas: Canvas) -> bool:
    """Several tools, and not one of them feeds the shared customer record."""
    return len(canvas.tools) >= 2 and not any(t.shared_history for t in canvas.tools)


def anonymous(canvas: Canvas, tp: Touchpoint) -> bool:
    """Every segment the touchpoint serves gets low personalisation in block 1.

    Such a relationship is transactional by design (a shop counter, a ticket office): the
    customer is not known one by one, so no individual promise waits to be recorded.
    """
    levels = {e.segment: e.personalization for e in canvas.interaction}
    ids = served(canvas, tp.segments)
    return bool(ids) and all(levels.get(s) == V.Level.LOW for s in ids)


@rule(
    code="RC301",
    slug="tool-without-touchpoints",
    severity=Severity.WARNING,
    block="tools",
    summary="A tool is linked to no touchpoint",
    rationale=(
        "Tools exist to carry exchanges: each should say which touchpoints it supports. A "
        "tool linked to none is either unused, which costs for nothing, or used where the "
        "canvas does not show it, which hides a part of the journey."
    ),
    bad=_HEAD + "  - {name: Field CRM, kind: crm, shared_history: true}\n",
    good=_HEAD + "  - {name: Field CRM, kind: crm, shared_history: true, "
    "touchpoints: [roof-survey, hotline]}\n",
    source="000",
)
def tool_without_touchpoints(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    for i, tool in enumerate(canvas.tools):
        if not tool.touchpoints:
            yield Hit(("tools", i), msg("rc301.message", tool=quoted(tool.name)), at="key")


@rule(
    code="RC302",
    slug="broken-shared-history",
    severity=Severity.WARNING,
    block="tools",
    summary="A tool does not feed the shared customer history, or no tool does",
    rationale=(
        "Customers expect to be known whatever the channel: what they said on the phone "
        "should be visible to whoever answers their next email. A tool outside the shared "
        "record makes them repeat themselves and lets promises get lost. Reported at each "
        "tool marked `shared_history: false` that carries a touchpoint no sharing tool "
        "records, or once at the block when several tools are "
        "listed and none feeds a shared record."
    ),
    bad=_HEAD
    + "  - {name: Field CRM, kind: crm, shared_history: true, touchpoints: [roof-survey]}\n"
    + "  - {name: Phone line, kind: phone, shared_history: false, touchpoints: [hotline]}\n",
    good=_HEAD
    + "  - {name: Field CRM, kind: crm, shared_history: true, touchpoints: [roof-survey]}\n"
    + "  - {name: Phone line, kind: phone, shared_history: true, touchpoints: [hotline]}\n",
    source="000+002+004",
)
def broken_shared_history(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if none_sharing(canvas):
        yield Hit(("tools",), msg("rc302.none"), at="key")
        return
    shared = {tp for t in canvas.tools if t.shared_history for tp in t.touchpoints}
    for i, tool in enumerate(canvas.tools):
        if tool.shared_history is False and set(tool.touchpoints) - shared:
            yield Hit(
                ("tools", i, "shared_history"),
                msg("rc302.apart", tool=quoted(tool.name)),
            )


@rule(
    code="RC303",
    slug="pre-sale-promises-hidden",
    severity=Severity.WARNING,
    block="tools",
    summary="Commitments made before or at the sale are not recorded where support sees them",
    rationale=(
        "What sales promised (a delay, a discount, a special setting) has to be kept by the "
        "people who come after. When a pre-sale or sale conversation (a human channel) is "
        "carried by no tool "
        "that feeds the shared history, while the canvas has one and plans support, the "
        "promise stays in a salesperson's head. A tool explicitly outside the history is "
        "named by broken-shared-history instead, and a touchpoint that only serves "
        "segments given low personalisation (customers not known one by one, such as "
        "walk-in shoppers) is left alone."
    ),
    bad=_HEAD
    + "  - {name: Ticket desk, kind: crm, shared_history: true, touchpoints: [hotline]}\n"
    + "  - {name: Quote spreadsheet, kind: other, touchpoints: [roof-survey]}\n",
    good=_HEAD + "  - {name: Ticket desk, kind: crm, shared_history: true, "
    "touchpoints: [hotline, roof-survey]}\n"
    + "  - {name: Quote spreadsheet, kind: other, touchpoints: [roof-survey]}\n",
    source="004",
)
def pre_sale_promises_hidden(canvas: Canvas, ctx: Context) -> Iterator[Hit]:
    if not any(t.shared_history for t in canvas.tools):
        return
    if not any(t.phase == V.Phase.SUPPORT for t in canvas.touchpoints):
        return
    for i, tp in enumerate(canvas.touchpoints):
        if tp.phase not in BEFORE_SALE or tp.channel not in V.HUMAN_CHANNELS:
            continue
        if anonymous(canvas, tp):
            continue
        carriers = [t for t in canvas.tools if tp.id in t.touchpoints]
        if any(t.shared_history for t in carriers):
            continue
        if any(t.shared_history is False for t in carriers):
            continue
        yield Hit(
            ("touchpoints", i),
            msg("rc303.message", touchpoint=quoted(tp.name)),
            at="key",
        )
