"""The Markdown export: every block in the sheet's order, labels resolved, all text kept."""

from __future__ import annotations

from render_helpers import big_canvas, spec_example

from relcanvas import vocabulary as V
from relcanvas.model import Canvas
from relcanvas.render import canvas_markdown
from relcanvas.render.markdown import escape
from relcanvas.render.view import canvas_view


def test_blocks_in_sheet_order_with_questions() -> None:
    md = canvas_markdown(Canvas.model_validate(spec_example()), "en")
    positions = [md.index(f"## {b.number}. {b.title('en')}") for b in V.BLOCKS]
    assert positions == sorted(positions)
    for block in V.BLOCKS:
        assert escape(block.question("en")) in md
    assert "relcanvas" in md and V.UI["credit"]("en") in md


def test_references_and_levels_are_resolved() -> None:
    data = spec_example()
    canvas = Canvas.model_validate(data)
    md = canvas_markdown(canvas, "fr")
    segment = canvas.segments[0]
    assert f"Segments\u00a0: **A** {segment.name}" in md  # key, then name
    assert f"- **A · {segment.name}**" in md  # the key defined in the segments list
    assert "Contact humain\u00a0: ■■■ Élevé" in md  # the squares of the sheet
    assert "★ Moment de vérité" in md


def test_colons_follow_each_languages_typography() -> None:
    canvas = Canvas.model_validate(spec_example())
    assert "- **Organisation**\u00a0: Atelier Nord SA" in canvas_markdown(canvas, "fr")
    english = canvas_markdown(canvas, "en")
    assert "- **Organisation**: Atelier Nord SA" in english
    assert " :" not in english


def test_every_word_of_a_large_canvas_is_kept() -> None:
    canvas = Canvas.model_validate(big_canvas(touchpoints=20, note_words=300))
    md = canvas_markdown(canvas, "fr")
    for area in canvas_view(canvas, "fr").areas:
        for entry in area.entries:
            for text in entry.texts():
                assert escape(text) in md


def test_html_colons_follow_each_languages_typography() -> None:
    from relcanvas.render import canvas_html

    canvas = Canvas.model_validate(spec_example())
    assert "Objective:</span>" in canvas_html(canvas, "en")
    assert "Objectif\u00a0:</span>" in canvas_html(canvas, "fr")


CONSTRUCTS = [
    "# Titre",
    "### Titre",
    "1. un",
    "2) deux",
    "- puce",
    "+ puce",
    "* puce",
    "- [ ] tâche",
    "> citation",
    "---",
    "***",
    "___",
    "===",
    "```python",
    "~~~",
    "    code indenté",
    "`code`",
    "<b>gras</b>",
    "<!-- commentaire -->",
    "[lien](https://exemple.fr)",
    "![image](x.png)",
    "<https://exemple.fr>",
    "https://exemple.fr et www.exemple.fr",
    "**gras** __gras__ *it* _it_",
    "~~barré~~",
    "| a | b |",
    "&amp; &#35; &copy;",
    "fin\\",
    "[^1]",
    "[ref]: https://exemple.fr",
    "@quelqu-un",
    "#123",
    "owner/repo#12",
    "GH-12",
    "deadbeefcafe12",
    ":smile:",
    "ligne\n# titre\n1. liste\n---\n> cite",
]
FREE_TEXT = {"title", "organization", "name", "notes", "objective", "target", "description"}


def _with(value: str) -> Canvas:
    """The test canvas with ``value`` in every free-text field."""

    def fill(node: object) -> object:
        if isinstance(node, dict):
            return {k: value if k in FREE_TEXT else fill(v) for k, v in node.items()}
        if isinstance(node, list):
            return [fill(v) for v in node]
        return node

    data = fill(spec_example())
    assert isinstance(data, dict)
    data["authors"] = [{"name": value, "role": "sales"}]
    return Canvas.model_validate(data)


def _structure(md: str) -> list[str]:
    """The Markdown's tokens (blocks and inline), with every text left out."""
    from markdown_it import MarkdownIt

    parser = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    found: list[str] = []
    for token in parser.parse(md):
        found.append(token.type)
        found += [child.type for child in token.children or [] if child.type != "text"]
    return found


def test_canvas_text_never_becomes_markdown_structure() -> None:
    plain = _structure(canvas_markdown(_with("texte"), "fr"))
    for construct in CONSTRUCTS:
        md = canvas_markdown(_with(construct), "fr")
        assert _structure(md) == plain, construct


def test_canvas_text_never_becomes_a_mention_an_issue_or_a_link() -> None:
    import re

    for construct in CONSTRUCTS:
        md = canvas_markdown(_with(construct), "en")
        assert not re.search(r"@\w|#\d|GH-\d|://|www\.|:smile:|[0-9a-f]{7}", md), construct


def test_escaped_text_still_reads_as_written() -> None:
    from markdown_it import MarkdownIt

    html = MarkdownIt("commonmark").render(escape("# 1. **x** @bob #12 <b>"))
    assert html.replace("\u2060", "") == "<p># 1. **x** @bob #12 &lt;b&gt;</p>\n"
