"""The log as a terminal reads it (text) and as scripts read it (JSON).

Commits come newest first, as ``git log`` lists them. A commit with strategic changes shows
its short hash, date, author and subject, then its changes laid out by
:func:`relcanvas.diff.report.text_lines`; an invalid version is one line; commits without
strategic change are counted on one line at the end, or listed with ``--all``.
"""

from __future__ import annotations

import json
from typing import Any

from rich.text import Text as RichText

from relcanvas.diff.report import as_json, stat_lines, text_lines
from relcanvas.escape import plain
from relcanvas.history.log import Entry, History
from relcanvas.i18n import t, text
from relcanvas.limits import Limits

JSON_FORMAT_VERSION = 1


def problem_line(entry: Entry, lang: str, limit: int = Limits.max_bytes) -> str:
    """The one line of an invalid version: the commit and its first problem."""
    commit = entry.commit
    params: dict[str, Any] = {"commit": commit.short, "date": commit.day}
    if commit.link:
        return t("log.link", lang, **params)
    if entry.too_large or entry.problem is None:
        return t("log.too_large", lang, limit=f"{limit:,}", **params)
    found = entry.problem
    return t(
        "log.invalid",
        lang,
        path=commit.path,
        line=found.line,
        column=found.column,
        code=found.code,
        message=text(found.message, lang),
        **params,
    )


def _head(entry: Entry) -> RichText:
    commit = entry.commit
    line = RichText(commit.short, style="yellow")
    line.append(f" {commit.day} ")
    line.append(plain(commit.author), style="bold")
    line.append(f"  {plain(commit.subject)}")
    return line


def text_log(found: History, lang: str, show_all: bool = False, limit: int = 0) -> list[RichText]:
    """The log for a terminal."""
    lines: list[RichText] = []
    for entry in found.entries:
        if entry.status == "strategic" and entry.diff is not None:
            lines.append(_head(entry))
            if entry.created:
                lines.extend(RichText(f"  {line}") for line in stat_lines(entry.diff, lang))
            else:
                lines.extend(text_lines(entry.diff, lang, "", "", header=False))
            lines.append(RichText(""))
        elif entry.status == "invalid":
            text = problem_line(entry, lang, limit or Limits.max_bytes)
            lines.append(RichText(plain(text), style="red"))
            lines.append(RichText(""))
        elif show_all:
            lines.append(_head(entry))
            word = "log.merge" if entry.status == "merge" else "log.no_strategic_change"
            lines.append(RichText(f"  {t(word, lang)}", style="dim"))
            lines.append(RichText(""))
    if not found.strategic():
        lines.append(RichText(t("log.empty", lang)))
    quiet = len(found.quiet())
    if quiet and not show_all:
        lines.append(RichText(t("log.quiet", lang, count=quiet), style="dim"))
    while lines and not lines[-1].plain:
        lines.pop()
    return lines


def json_log(found: History, lang: str, limit: int = 0) -> dict[str, Any]:
    """The documented machine shape (docs/log.md): every commit, newest first."""
    commits = []
    for entry in found.entries:
        commit = entry.commit
        item: dict[str, Any] = {
            "commit": commit.hash,
            "short": commit.short,
            "date": commit.date,
            "author": commit.author,
            "subject": commit.subject,
            "path": commit.path,
            "status": entry.status,
        }
        if entry.diff is not None and entry.status == "strategic":
            data = as_json(entry.diff, lang, f"{commit.short}^", commit.short)
            item["summary"] = data["summary"]
            item["changes"] = data["changes"]
        if entry.status == "invalid":
            item["problem"] = problem_line(entry, lang, limit or Limits.max_bytes)
            if entry.problem is not None:
                item["code"] = entry.problem.code
                item["line"] = entry.problem.line
                item["column"] = entry.problem.column
        commits.append(item)
    return {
        "relcanvas_log": JSON_FORMAT_VERSION,
        "path": found.query.path,
        "revisions": found.query.revisions,
        "language": lang,
        "summary": {
            "commits": len(found.entries),
            "strategic": len(found.strategic()),
            "without_strategic_change": len(found.quiet()),
            "invalid": len(found.invalid()),
        },
        "commits": commits,
    }


def json_text(data: dict[str, Any]) -> str:
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"
