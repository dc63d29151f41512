"""English: what the lint rules say (``rcNNN.*``), their fix hints, the lint summaries."""

from __future__ import annotations

from relcanvas.i18n import Entry, Plural

MESSAGES: dict[str, Entry] = {
    # --- field names quoted in messages (``{x:~field}``) ---
    "field.phase": "phase",
    "field.channel": "channel",
    "field.frequency": "frequency",
    "field.objective": "objective",
    "field.objectives": "objectives",
    "field.actions": "actions",
    "field.duration": "duration",
    "field.signals": "signals",
    "field.human_contact": "human contact",
    "field.personalization": "personalisation",
    "field.automation": "automation",
    "field.value": "value",
    "field.willingness_to_pay": "willingness to pay",
    # --- lint: the file and its format (RC0xx) ---
    "rc001.fix": 'Save the file as UTF-8 (your editor\'s "Save with encoding").',
    "rc002.fix": "Fix the YAML at the line shown (indentation, a missing colon or quote); "
    "keep one document per file.",
    "rc003.fix": "Keep one of the two keys: merge their values under it.",
    "rc004.fix": "Remove the tag (`!!...`, `!name`) and write the value plainly.",
    "rc005.fix": "Write the values out instead of repeating them through aliases.",
    "rc006.fix": "Split the canvas, or raise the limit with --max-size if the file is right.",
    "rc007.fix": "Flatten the structure: a canvas needs only a few levels.",
    "rc008.fix": "Start the file with keys: `relcanvas: 1`, then `title:` and the blocks.",
    "rc009.fix": "Write at least `relcanvas: 1` and a `title`, or run `relcanvas init`.",
    "rc010.fix": "Set `relcanvas: 1`, or update relcanvas to read the newer format.",
    "rc011.fix": "Fix the key's spelling, or prefix your own keys with `x-`.",
    "rc012.fix": "Write a value of the expected type or vocabulary (see docs/format.md).",
    "rc013.fix": "Add the missing key.",
    "rc014.fix": "Use an id the file defines, or define the missing entry.",
    "rc015.fix": "Give each entry its own id (set `id:` when two names are alike).",
    "rc016.fix": "Write the key as text.",
    "rc017.fix": "Remove the comment: it no longer suppresses anything.",
    "rc018.fix": "Name existing rules: `# relcanvas: ignore[CODE]` (see `relcanvas rules`).",
    "rc019.fix": "Make the file smaller, or raise the limit with --limit NAME=N if it is right.",
    "lint.see_rule": "See `relcanvas rule {code}`.",
    # --- lint: block 1, interaction ---
    "rc101.message": "segment {segment} has no interaction mode",
    "rc101.fix": "Add an entry for this segment to `interaction`, with its three levels.",
    "rc102.message": "the interaction mode of {segment} does not set its {missing:~field}",
    "rc102.fix": "Set `human_contact`, `personalization` and `automation` (low, medium or high).",
    "rc103.differ": "the {count} segments {segments} all get the same interaction mode, "
    "although their value differs: {values:~level}",
    "rc103.unknown": "the {count} segments {segments} all get the same interaction mode, "
    "while the value of {unknown} is not given",
    "rc103.pay": "the {count} segments {segments} all get the same interaction mode, "
    "although their willingness to pay differs: {values:~level}",
    "rc103.unknown_pay": "the {count} segments {segments} all get the same interaction mode, "
    "while the willingness to pay of {unknown} is not given",
    "rc103.fix": "Give the more valuable segments more human contact or personalisation, "
    "the others more automation.",
    "rc104.message": "high-value segment {top} gets no more human contact or personalisation "
    "than {other}",
    "rc104.fix": "Raise `human_contact` or `personalization` for the high-value segment, or "
    "lower them for the other.",
    "rc105.contact": "high human contact for {segment}, a segment of low {why:~field}",
    "rc105.dedicated": "dedicated assistance for {segment}, a segment of low {why:~field}",
    "rc105.fix": "Serve this segment with self-service, automation or a community, and keep "
    "people for the segments that pay for them.",
    "rc106.message": "high-value segment {segment} is mostly automated, with low human contact",
    "rc106.fix": "Raise `human_contact` for this segment, or say why its `value` is not high.",
    "rc107.message": "segment {segment} has no value",
    "rc107.fix": "Give the segment a `value` (low, medium or high).",
    # --- lint: block 2, touchpoints ---
    "rc201.message": "touchpoint {touchpoint} does not say its {missing:~field}",
    "rc201.fix": "Add the missing fields to the touchpoint.",
    "rc202.message": "no touchpoint after the purchase",
    "rc202.fix": "Add a touchpoint for delivery or onboarding, and one for support or renewal.",
    "rc203.message": Plural(
        "no touchpoint in the journey phase {phases:~phase}",
        "no touchpoint in the journey phases {phases:~phase}",
    ),
    "rc203.fix": "Add a touchpoint in each phase named, or say in `notes` why it needs none.",
    "rc204.message": "no touchpoint is marked as a moment of truth",
    "rc204.fix": "Set `moment_of_truth: true` on the touchpoints that decide whether the "
    "customer stays.",
    "rc205.message": "onboarding touchpoint {touchpoint} is not a moment of truth",
    "rc205.fix": "Set `moment_of_truth: true` on an onboarding touchpoint.",
    "rc206.message": "renewal touchpoint {touchpoint} waits for the customer",
    "rc206.fix": "Set `proactive: true` on a renewal touchpoint we start (a review, an offer).",
    "rc207.message": "no touchpoint is proactive",
    "rc207.fix": "Add a touchpoint we start (`proactive: true`): a check-in, a tip, a reminder.",
    "rc208.message": "{count} distinct channels ({channels:@channel}), more than the {limit} "
    "a team can serve well",
    "rc208.fix": "Merge or drop channels, or raise `max_channels` if the team can serve them.",
    "rc209.message": Plural(
        "channel {channel:@channel} has no response time (used by {touchpoints})",
        "channel {channel:@channel} has no response time (used by {count} touchpoints: "
        "{touchpoints})",
    ),
    "rc209.fix": "Set `response_time` (for example `4h`) on a touchpoint of this channel.",
    "rc210.every": "every segment: up to {most} proactive contacts a year (limit {limit})",
    "rc210.every_pre": "every segment: up to {most} proactive contacts a year before the "
    "sale (limit {limit})",
    "rc210.some": "{segments}: up to {most} proactive contacts a year (limit {limit})",
    "rc210.some_pre": "{segments}: up to {most} proactive contacts a year before the sale "
    "(limit {limit})",
    "rc210.customers": "customers: up to {most} proactive contacts a year (limit {limit})",
    "rc210.customers_pre": "prospects: up to {most} proactive contacts a year before the "
    "sale (limit {limit})",
    "rc210.fix": "Lower the `frequency` of the proactive touchpoints, or merge them.",
    # --- lint: block 3, tools ---
    "rc301.message": "tool {tool} supports no touchpoint",
    "rc301.fix": "List the touchpoints the tool serves in its `touchpoints`, or remove it.",
    "rc302.none": "no tool feeds a shared customer history",
    "rc302.apart": "tool {tool} keeps its history apart from the other channels",
    "rc302.fix": "Set `shared_history: true` on the tools that record customer exchanges.",
    "rc303.message": "what is promised at {touchpoint} does not reach the shared history "
    "support uses",
    "rc303.fix": "Link this pre-sale touchpoint to a tool with `shared_history: true`.",
    # --- lint: block 4, loyalty ---
    "rc401.message": "mechanism {mechanism} does not say what customers gain",
    "rc401.fix": "Add `customer_value`: what the customer gets from the mechanism.",
    "rc402.message": "no loyalty mechanism for high-value segment {segment}",
    "rc402.fix": "Add a loyalty mechanism for this segment (or one for every segment).",
    "rc403.message": "loyalty rests on discounts only",
    "rc403.fix": "Add a mechanism of another kind: a service, a status, a community, content.",
    # --- lint: block 5, involvement ---
    "rc501.message": "involvement level {level:@involvement_level} has no mechanism",
    "rc501.fix": "Add `mechanism`: how customers take part at this level.",
    "rc502.message": "no feedback mechanism",
    "rc502.fix": "Add an involvement entry of level `feedback` (a survey, a review, a call).",
    "rc503.message": "involvement stops at feedback",
    "rc503.fix": "Add a level beyond feedback: ideas, co-creation or ambassadors.",
    # --- lint: block 6, evolution ---
    "rc601.message": "stage {stage:@stage} does not give its {missing:~field}",
    "rc601.fix": "Fill in the missing fields of the stage.",
    "rc602.message": "the relationship has a single stage",
    "rc602.fix": "Add the stages that follow it (onboarding, growth, maturity...).",
    "rc603.message": "no stage after acquisition and onboarding",
    "rc603.fix": "Add a growth or maturity stage: how the relationship deepens.",
    "rc604.message": "no stage names a risk signal",
    "rc604.fix": "Add `risk_signals` to the stages: what shows a customer drifting away.",
    "rc605.message": "no stage to re-engage dormant customers",
    "rc605.fix": "Add a `reengagement` stage: how to win back customers who went quiet.",
    # --- lint: whole canvas ---
    "rc701.empty": "block {block:@block} is empty",
    "rc701.missing": "block {block:@block} is missing",
    "rc701.fix": "Fill in the block, even briefly: an empty block is an undecided one.",
    "rc702.message": "no customer segment is defined",
    "rc702.fix": "Add `segments`: the groups of customers you serve differently.",
    "rc703.message": "no indicator measures the relationship",
    "rc703.fix": "Add `indicators`: at least one perception and one operational measure.",
    "rc704.message": "no perception indicator (NPS, CSAT or CES) is measured",
    "rc704.fix": "Add an indicator of kind `nps`, `csat` or `ces`.",
    "rc705.message": "only perception indicators: add an operational one",
    "rc705.fix": "Add an operational indicator (retention, churn, response time...).",
    "rc706.message": "indicator {indicator} has no frequency",
    "rc706.fix": "Add `frequency`: how often the indicator is measured.",
    "rc707.none": "no author is named: work on the canvas with complementary profiles",
    "rc707.some": Plural(
        "the authors bring {count} profile ({roles:~role}); {wanted} or more expected",
        "the authors bring {count} profiles ({roles:~role}); {wanted} or more expected",
    ),
    "rc707.no_role": Plural(
        "the authors give no role; {wanted} profile or more expected",
        "the authors give no role; {wanted} profiles or more expected",
        by="wanted",
    ),
    "rc707.fix": "Name the authors with their `role`, and bring in another profile.",
    "rc708.no_date": "the canvas has no review date (`updated`)",
    "rc708.stale": Plural(
        "last reviewed on {date}, more than {count} month ago",
        "last reviewed on {date}, more than {count} months ago",
    ),
    "rc708.fix": "Review the canvas with the team and set `updated` to the date.",
    # --- lint: engine ---
    "lint.internal_error": "internal error: rule {slug} failed ({error}); please report it "
    "with this file",
    "lint.unused_suppression": "unused suppression: {what}[{name}] covers no finding here; "
    "remove it",
    "lint.bad_suppression": "cannot read this suppression: write "
    "'# relcanvas: ignore[CODE, ...]' or '# relcanvas: ignore-file[CODE, ...]'",
    "lint.empty_suppression": "suppression names no rule: list codes in [...]",
    "lint.unknown_in_suppression": "suppression: {problem}",
    # --- lint: summaries ---
    "lint.checked": Plural("Checked {count} file", "Checked {count} files"),
    "lint.no_findings": "{checked}: no findings.",
    "lint.summary": "{checked}: {findings} in {files} ({parts}).",
    "lint.findings": Plural("{count} finding", "{count} findings"),
    "lint.files": Plural("{count} file", "{count} files"),
    "lint.errors": Plural("{count} error", "{count} errors"),
    "lint.warnings": Plural("{count} warning", "{count} warnings"),
    "lint.infos": Plural("{count} info", "{count} info"),
    "lint.github_hidden": "GitHub shows at most {count} annotations of each level per step: "
    "the full list is in this step's log.",
    "lint.fix_line": "fix: {fix}",
}
