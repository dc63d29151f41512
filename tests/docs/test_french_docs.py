"""The French guides in docs/fr/: all there, every relative link lands, French typography.

A French reader follows links between the guides and into the English ones; a broken link
or an anchor renamed in a heading is a dead end. The prose must use the typographic
apostrophe and French spacing, as the render does; code (blocks and inline) is left alone,
since commands and YAML must stay as a user types them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FR = ROOT / "docs" / "fr"
GUIDES = ("README.md", "visite.md", "format.md", "ci.md", "rendu.md")
"""The guides written by hand (regles.md is generated from the rules by `make docs`)."""
PENDING: set[Path] = set()
"""Link targets written by a change not merged yet: a link to them may dangle until then.
Empty: every target is in the tree (docs/fr/regles.md included)."""

NBSP, NNBSP = "\u00a0", "\u202f"
FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
CODE_SPAN = re.compile(r"(`+).+?\1")
COMMENT = re.compile(r"<!--.*?-->")
LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)\)")


def outside_code_blocks(text: str) -> list[tuple[int, str]]:
    """(line number, line) of every line outside fenced code blocks."""
    out: list[tuple[int, str]] = []
    fence: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        match = FENCE.match(line)
        if fence:
            if match and match.group(1).startswith(fence[0]) and len(match.group(1)) >= len(fence):
                fence = None
        elif match:
            fence = match.group(1)
        else:
            out.append((number, line))
    return out


def prose_lines(text: str) -> list[tuple[int, str]]:
    """The lines outside code blocks without inline code, HTML comments and link targets:
    what a reader reads as French."""
    out: list[tuple[int, str]] = []
    for number, line in outside_code_blocks(text):
        line = COMMENT.sub("", CODE_SPAN.sub("`…`", line))
        out.append((number, LINK.sub(lambda m: m.group(0).split("](")[0] + "]", line)))
    return out


def typography_slips(text: str) -> list[str]:
    """Every straight apostrophe and every breaking (or missing) space before : ; ? ! » or
    after « in the prose of ``text``, as ``line: excerpt``."""
    slips: list[str] = []
    rules = (
        (re.compile("'"), "straight apostrophe"),
        (re.compile(r"[ \t](?=[:;?!»](?:\s|$))"), "breaking space before : ; ? ! »"),
        (re.compile(r"(?<=[^\W\d_])[;?!](?=\s|$)"), "no space before ; ? !"),
        (re.compile(r"(?<=[^\W\d_])»|«(?=[^\s])|«[ \t]"), "guillemets without no-break space"),
    )
    for number, line in prose_lines(text):
        for pattern, what in rules:
            for match in pattern.finditer(line):
                start = max(match.start() - 25, 0)
                slips.append(f"{number}: {what}: …{line[start : match.end() + 10]}…")
    return slips


def slug(heading: str) -> str:
    """GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens."""
    return re.sub(r"[^\w\- ]", "", heading.strip().lower()).replace(" ", "-")


def anchors(path: Path) -> set[str]:
    """The anchors of every heading of a Markdown file, numbered as GitHub numbers repeats."""
    seen: dict[str, int] = {}
    out: set[str] = set()
    for _, line in outside_code_blocks(path.read_text(encoding="utf-8")):
        if match := re.match(r"#{1,6}\s+(.*)", line):
            base = slug(match.group(1))
            count = seen.get(base, 0)
            seen[base] = count + 1
            out.add(base if count == 0 else f"{base}-{count}")
    return out


def broken_links(path: Path, root: Path = ROOT) -> list[str]:
    """The relative links of ``path`` whose file, or whose anchor in a Markdown file, is
    not there (or is outside ``root``, the repository)."""
    text = path.read_text(encoding="utf-8")
    broken: list[str] = []
    for number, line in enumerate(text.splitlines(), 1):
        for match in LINK.finditer(CODE_SPAN.sub("", line)):
            target = match.group(1)
            if re.match(r"[a-z][a-z0-9+.-]*:", target):
                continue
            file_part, _, anchor = target.partition("#")
            resolved = (path.parent / file_part).resolve() if file_part else path
            if resolved in PENDING and not resolved.exists():
                continue
            if not resolved.exists() or root not in (resolved, *resolved.parents):
                broken.append(f"{path.name}:{number}: {target} (no such file)")
            elif anchor and resolved.suffix == ".md" and anchor not in anchors(resolved):
                broken.append(f"{path.name}:{number}: {target} (no such heading)")
    return broken


@pytest.mark.parametrize("name", GUIDES)
def test_guide_exists_with_a_title(name: str) -> None:
    path = FR / name
    assert path.is_file(), f"docs/fr/{name} is missing"
    assert path.read_text(encoding="utf-8").startswith("# ")


def test_index_links_every_guide() -> None:
    index = (FR / "README.md").read_text(encoding="utf-8")
    for name in (*GUIDES[1:], "regles.md"):
        assert f"]({name})" in index, f"docs/fr/README.md does not link {name}"


def test_readme_links_the_french_guides() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "## En français" in readme and "](docs/fr/" in readme


@pytest.mark.parametrize("path", sorted(FR.glob("*.md")), ids=lambda p: p.name)
def test_every_relative_link_resolves(path: Path) -> None:
    assert broken_links(path) == []


@pytest.mark.parametrize("name", GUIDES)
def test_prose_has_french_typography(name: str) -> None:
    assert typography_slips((FR / name).read_text(encoding="utf-8")) == []


def test_the_checks_can_fail(tmp_path: Path) -> None:
    """A slip in prose is caught, the same text in code is not; a dead link is caught."""
    good = f"Un constat{NBSP}: l’outil dit «{NBSP}canevas{NBSP}»{NNBSP}!\n"
    assert typography_slips(good) == []
    code = "```yaml\ntitle: l'atelier : test\n```\nLa clé `l'id` et [lien](l'x.md).\n"
    assert typography_slips(code) == []
    for bad in ("l'outil", "constat : ici", "vraiment ?", "« canevas »", "fin!"):
        assert typography_slips(bad + "\n"), bad
    page = tmp_path / "page.md"
    page.write_text(
        "# Titre\n\n## Une section\n\n[ok](#une-section) [absent](#autre) [x](nulle-part.md)\n"
    )
    assert [line.split(": ", 1)[1] for line in broken_links(page, tmp_path)] == [
        "#autre (no such heading)",
        "nulle-part.md (no such file)",
    ]
    assert slug("`role` — rôle / role (fermé)") == "role--rôle--role-fermé"
