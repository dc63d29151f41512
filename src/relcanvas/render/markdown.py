"""A canvas as Markdown, for wikis and pull-request descriptions.

Text from the canvas is escaped so that it shows as written: no HTML, links or emphasis
that the author did not mean can come through.
"""

from __future__ import annotations

from relcanvas import __version__
from relcanvas.escape import markdown
from relcanvas.model import Canvas
from relcanvas.render.view import Area, Entry, canvas_view, label


def escape(text: str) -> str:
    """Canvas text made inert in Markdown; it may open a line of the page."""
    return markdown(text, line_start=True)


def _meter(steps: int, size: int) -> str:
    """The gauge every output uses: filled squares, then empty ones (as on the sheet)."""
    return "■" * steps + "□" * (size - steps)


def _entry(e: Entry, lang: str) -> list[str]:
    marks = []
    if e.moment_of_truth:
        marks.append(f"★ {label('moment_of_truth', lang)}")
    if e.proactive:
        marks.append(f"→ {label('proactive', lang)}")
    key = f"{e.key} · " if e.key else ""
    head = f"- **{key}{escape(e.title)}**"
    tags = [*marks, *(escape(c) for c in e.chips)]
    if tags:
        head += " · " + " · ".join(tags)
    lines = [head]
    colon = label("colon", lang)
    for g in e.gauges:
        lines.append(f"  - {escape(g.name)}{colon} {_meter(g.steps, g.size)} {escape(g.text)}")
    if e.keys:
        # Markdown has room for the names; the key ties them to the segments list.
        served = " · ".join(
            escape(name) if key == name else f"**{escape(key)}** {escape(name)}"
            for key, name in e.keys
        )
        lines.append(f"  - {label('segments', lang)}{colon} {served}")
    for f in (*e.fields, *e.meta):
        lines.append(f"  - {escape(f.label)}{colon} {escape(f.text)}")
    for lst in e.lists:
        lines.append(f"  - {escape(lst.label)}{colon}")
        lines.extend(f"    - {escape(item)}" for item in lst.items)
    if e.notes:
        lines.append(f"  - {escape(e.notes)}")
    return lines


def _area(area: Area, lang: str, level: str = "##") -> list[str]:
    number = f"{area.number}. " if area.number else ""
    lines = [f"{level} {number}{escape(area.title)}", ""]
    if area.question:
        lines += [f"*{escape(area.question)}*", ""]
    if area.entries:
        for entry in area.entries:
            lines += _entry(entry, lang)
    else:
        lines.append(f"_{label('render_empty', lang)}_")
    return [*lines, ""]


def canvas_markdown(canvas: Canvas, lang: str) -> str:
    """The whole canvas: header facts, segments, the six blocks in order, indicators."""
    view = canvas_view(canvas, lang)
    lines = [f"# {escape(view.title)}", ""]
    facts = [
        (label("organization", lang), view.organization),
        (label("version", lang), view.version),
        (label("updated", lang), view.updated),
        (label("authors", lang), ", ".join(view.authors) if view.authors else None),
    ]
    colon = label("colon", lang)
    lines += [f"- **{name}**{colon} {escape(value)}" for name, value in facts if value]
    lines.append("")
    lines += _area(view.segments, lang)
    for block in view.blocks:
        lines += _area(block, lang)
    lines += _area(view.indicators, lang)
    lines += ["---", "", f"_relcanvas {__version__} · {label('credit', lang)}_", ""]
    return "\n".join(lines)
