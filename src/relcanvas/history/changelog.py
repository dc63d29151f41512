"""The log as a changelog for a steering committee (Markdown).

A summary first (entries added, removed, renamed and changed per block, then the levels
raised and lowered per segment between the first and the last version), then the changes
block by block, oldest first, each with the commit it came from. Every word from a canvas
or a commit goes through :func:`relcanvas.escape.markdown`.
"""

from __future__ import annotations

from relcanvas import vocabulary as V
from relcanvas.diff.compare import BLOCK_ORDER
from relcanvas.diff.report import KINDS, Item, Words, sections, totals
from relcanvas.escape import code_span
from relcanvas.escape import markdown as md
from relcanvas.history.levels import level_moves
from relcanvas.history.log import Entry, History
from relcanvas.history.report import problem_line
from relcanvas.i18n import t
from relcanvas.limits import Limits
from relcanvas.model import Canvas


def _words(found: History, lang: str) -> Words | None:
    first = next((e for e in found.strategic() if e.diff is not None), None)
    return Words(first.diff, lang, "→") if first is not None and first.diff else None


def changelog(found: History, lang: str, limit: int = 0) -> str:
    """The whole document."""
    latest = found.latest()
    title = latest.title if latest is not None else found.query.path
    out = [f"# {md(t('log.changelog_title', lang, title=title))}", ""]
    strategic = list(reversed(found.strategic()))
    words = _words(found, lang)
    if not strategic or words is None or latest is None:
        out.append(t("log.empty", lang))
        out += _quiet(found, lang, limit)
        return "\n".join(out) + "\n"
    out += _range(strategic, lang)
    baseline = [e for e in strategic if e.created]
    strategic = [e for e in strategic if not e.created]
    for entry in baseline:
        assert entry.diff is not None
        out += ["", _baseline(entry, lang)]
    out += ["", f"## {md(t('log.summary', lang))}", ""]
    out += _counts(strategic, words, lang)
    out += ["", f"### {md(t('log.levels', lang))}", ""]
    out += _levels(found, words, latest, lang)
    out += _quiet(found, lang, limit)
    out += ["", f"## {md(t('log.by_block', lang))}"]
    out += _by_block(strategic, lang)
    return "\n".join(out) + "\n"


def _range(strategic: list[Entry], lang: str) -> list[str]:
    """``From `a1b2c3d` (date) to ...``: hashes as code spans, which GitHub does not link."""
    first, last = strategic[0].commit, strategic[-1].commit
    text = md(
        t(
            "log.range",
            lang,
            first="QQFIRSTQQ",
            first_date=first.day,
            last="QQLASTQQ",
            last_date=last.day,
            count=len(strategic),
        )
    )
    return [
        text.replace("QQFIRSTQQ", code_span(first.short)).replace("QQLASTQQ", code_span(last.short))
    ]


def _baseline(entry: Entry, lang: str) -> str:
    """The commit that created the file: the starting point, not a list of 40 additions."""
    assert entry.diff is not None
    commit = entry.commit
    count = totals(entry.diff)["added"]
    text = md(t("log.baseline", lang, commit="QQCOMMITQQ", date=commit.day, count=count))
    return text.replace("QQCOMMITQQ", code_span(commit.short))


def _counts(strategic: list[Entry], words: Words, lang: str) -> list[str]:
    totals: dict[str, dict[str, int]] = {}
    for entry in strategic:
        assert entry.diff is not None
        for block in entry.diff.blocks():
            row = totals.setdefault(block, dict.fromkeys(KINDS, 0))
            for kind, n in entry.diff.counts(block).items():
                row[kind] += n
    head = f"| {md(t('log.block', lang))} | " + " | ".join(words.kind_word(k) for k in KINDS)
    lines = [head + " |", "|---" * (len(KINDS) + 1) + "|"]
    for block in sorted(totals, key=_block_rank):
        counts = " | ".join(str(totals[block][k]) for k in KINDS)
        lines.append(f"| {md(words.block_title(block))} | {counts} |")
    return lines


def _block_rank(block: str) -> int:
    return BLOCK_ORDER.index(block) if block in BLOCK_ORDER else len(BLOCK_ORDER)


def _levels(found: History, words: Words, latest: Canvas, lang: str) -> list[str]:
    moves = level_moves(found)
    if not moves:
        return [t("log.no_levels", lang)]
    ui = V.UI
    lines = [
        f"| {md(ui['segment'](lang))} | {md(t('log.level', lang))} | "
        f"{md(t('log.change', lang))} | Commits |",
        "|---|---|---|---|",
    ]
    for move in moves:
        segment = latest.segment(move.segment)
        name = segment.name if segment is not None else move.segment
        up = _rank(move.last) > _rank(move.first)
        change = (
            f"{words.value('segments', move.level, move.first)} → "
            f"{words.value('segments', move.level, move.last)} "
            f"({t('log.raised' if up else 'log.lowered', lang)})"
        )
        commits = ", ".join(code_span(c) for c in move.commits)
        lines.append(f"| {md(name)} | {md(words.ui(move.level))} | {md(change)} | {commits} |")
    return lines


def _rank(value: object) -> int:
    return {"low": 1, "medium": 2, "high": 3}.get(str(value), 0)


def _quiet(found: History, lang: str, limit: int) -> list[str]:
    lines = []
    for entry in reversed(found.invalid()):
        text = problem_line(entry, lang, limit or Limits.max_bytes)
        short = entry.commit.short
        if text.startswith(short):  # a code span: GitHub links bare hashes
            text = text[len(short) :]
        lines += ["", f"- {code_span(short)} {md(text.lstrip())}"]
    quiet = len(found.quiet())
    if quiet:
        lines += ["", md(t("log.quiet", lang, count=quiet)) + "."]
    return lines


def _by_block(strategic: list[Entry], lang: str) -> list[str]:
    """Sections in canvas order; inside each, the items of every commit, oldest first."""
    grouped: dict[str, tuple[str, list[tuple[Entry, Item]]]] = {}
    for entry in strategic:
        assert entry.diff is not None
        for section in sections(entry.diff, lang, "→"):
            title, items = grouped.setdefault(section.block, (section.title, []))
            items.extend((entry, item) for item in section.items)
    out: list[str] = []
    for block in sorted(grouped, key=_block_rank):
        title, items = grouped[block]
        out += ["", f"### {md(title)}", ""]
        for entry, item in items:
            out += _item_lines(entry, item, lang, block)
    return out


def _item_lines(entry: Entry, item: Item, lang: str, block: str) -> list[str]:
    words_kind = V.UI[f"diff_{item.kind}"](lang)
    colon = V.UI["colon"](lang)
    commit = entry.commit
    where = f"{code_span(commit.short)} {commit.day} · {md(commit.subject)}"
    if block == "metadata":
        summary = md("".join(value for _, value in item.summary))
        return [f"- **{md(words_kind.capitalize())}** {md(item.title)}{colon} {summary} — {where}"]
    title = f"_{md(item.title)}_" if item.kind == "removed" else md(item.title)
    line = f"- **{md(words_kind.capitalize())}** {title}"
    if item.summary:
        line += " — " + md(" · ".join(f"{k}{colon} {v}" if k else v for k, v in item.summary))
    lines = [f"{line} — {where}"]
    lines += [f"  - {md(label)}{colon} {md(change)}" for label, change in item.fields]
    return lines
