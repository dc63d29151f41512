"""The timeline: one page with each segment's levels as step charts, then the decisions.

HTML from this package's own Jinja2 template (autoescaped, strict), inline SVG, no script;
a PDF goes through the render pipeline's :func:`relcanvas.render.pdf.html_to_pdf` (and so
its package-only URL fetcher and the shipped fonts), WeasyPrint being imported only then.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from markupsafe import Markup

from relcanvas import __version__
from relcanvas import vocabulary as V
from relcanvas.diff.report import sections, totals
from relcanvas.history.charts import COLOURS, DASHES, ROWS, Chart, chart
from relcanvas.history.levels import CHART_FIELDS, series
from relcanvas.history.log import Entry, History
from relcanvas.history.report import problem_line
from relcanvas.i18n import t
from relcanvas.limits import Limits


@dataclass(frozen=True)
class Decision:
    """One commit's changes, as lines a reader scans: ``Block: entry — field: a → b``."""

    day: str
    short: str
    subject: str
    lines: list[str]


@lru_cache(maxsize=1)
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("relcanvas.history", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _decision(entry: Entry, lang: str) -> Decision:
    assert entry.diff is not None
    colon = V.UI["colon"](lang)
    lines: list[str] = []
    if entry.created:
        created = t("log.created", lang, count=totals(entry.diff)["added"])
        lines.append(created[:1].upper() + created[1:])
    else:
        for section in sections(entry.diff, lang, "→"):
            for item in section.items:
                head = f"{section.title}{colon} {item.title}"
                kind = V.UI[f"diff_{item.kind}"](lang)
                details = [f"{label}{colon} {change}" for label, change in item.fields]
                if item.kind != "changed" or not details:
                    details.insert(0, kind)
                lines.append(f"{head} — {'; '.join(details)}")
    commit = entry.commit
    return Decision(commit.day, commit.short, commit.subject, lines)


def _context(found: History, lang: str, limit: int, paged: bool) -> dict[str, object]:
    from relcanvas.render.fonts import font_face_rules
    from relcanvas.render.html import font_family
    from relcanvas.render.pdf import ASSET_SCHEME

    versions, charts_of = series(found)
    days = [e.commit.day for e in versions]
    charts: list[Chart] = [chart(s, days) for s in charts_of]
    latest = found.latest()
    title = latest.title if latest is not None else found.query.path
    levels = {name: V.LEVEL.label(name, lang) for name in ROWS}
    return {
        "lang": lang,
        "title": t("log.timeline_title", lang, title=title),
        "levels_title": t("log.timeline_levels", lang),
        "decisions_title": t("log.decisions", lang),
        "charts": charts,
        "chart_labels": {
            c.segment: t("log.chart_label", lang, segment=c.name, count=len(days)) for c in charts
        },
        "rows": ROWS,
        "levels": levels,
        "series": [
            {"field": f, "label": V.UI[f](lang), "colour": COLOURS[f], "dash": DASHES[f]}
            for f in CHART_FIELDS
        ],
        "decisions": [_decision(e, lang) for e in reversed(found.strategic())],
        "notes": [problem_line(e, lang, limit) for e in reversed(found.invalid())]
        + ([t("log.quiet", lang, count=len(found.quiet()))] if found.quiet() else []),
        "empty": t("log.empty", lang) if not found.strategic() else "",
        "footer": t("log.generated", lang, version=__version__, path=found.query.path),
        # our own CSS, never user text (quotes must stay quotes inside <style>):
        "font_family": Markup(font_family(paged)),
        "font_faces": Markup(font_face_rules(ASSET_SCHEME) if paged else ""),
        "paged": paged,
    }


def timeline_html(found: History, lang: str, limit: int = 0, paged: bool = False) -> str:
    """The page (``paged``: for the PDF, in the shipped fonts)."""
    context = _context(found, lang, limit or Limits.max_bytes, paged)
    return _environment().get_template("timeline.html.j2").render(**context)


def timeline_pdf(found: History, lang: str, limit: int = 0) -> bytes:
    """The timeline as PDF bytes, through the render pipeline."""
    from relcanvas.render.pdf import html_to_pdf

    latest = found.latest()
    title = t("log.timeline_title", lang, title=latest.title if latest else found.query.path)
    authors = [a.name for a in latest.authors] if latest is not None else []
    html = timeline_html(found, lang, limit, paged=True)
    return html_to_pdf(html, title=title, authors=authors, lang=lang)
