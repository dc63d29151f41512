"""The rules' documentation in both languages, from the rule registry and the catalogue.

``docs/rules.md`` (``python -m relcanvas.lint.docs``) and ``docs/fr/regles.md``
(``python -m relcanvas.lint.docs fr``), ``relcanvas rule CODE`` and the SARIF rule help are
all written here, with ruff's fixed sections: what it checks, why it matters, an example,
what to write instead, how to fix it, then the engine's notes (where it is reported, when
it stands down) in a section of their own, the options and the source. A test fails when a
committed file is stale.
"""

from __future__ import annotations

import sys
from itertools import groupby

from relcanvas.i18n import Lang, lang_of, t
from relcanvas.lint.rule import Rule

OUTPUTS: dict[Lang, str] = {"en": "docs/rules.md", "fr": "docs/fr/regles.md"}


def example_text(text: str) -> str:
    """An example as shown to readers: raw bytes it stands for are written ``\\xNN``."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def source_label(source: str, lang: str = "en") -> str:
    """``seed documents 002, 004`` / ``documents sources 002, 004``, or the file format."""
    if source == "format":
        return t("ruledoc.format", lang)
    numbers = source.split("+")
    return t("ruledoc.seed", lang, count=len(numbers), numbers=", ".join(numbers))


def block_label(block: str, lang: str) -> str:
    """A block's title in ``lang``; ``canvas`` and ``file`` for the rules about the whole."""
    from relcanvas import vocabulary as V

    found = V.BLOCK_BY_KEY.get(block)
    return found.title(lang) if found else t(f"scope.{block}", lang)


def severity_label(rule: Rule, lang: str) -> str:
    return t(f"severity.{rule.severity.value}", lang)


def rule_markdown(rule: Rule, lang: str = "en", level: int = 4) -> str:
    """One rule's sections as Markdown (``docs/rules.md``, SARIF ``help.markdown``)."""
    head = "#" * level
    parts = [f"{head} {t('ruledoc.what', lang)}", "", rule.doc("summary", lang) + ".", ""]
    parts += [f"{head} {t('ruledoc.why', lang)}", "", rule.doc("why", lang), ""]
    for title, text in (("example", rule.bad), ("instead", rule.good)):
        body = example_text(text).rstrip("\n")
        parts += [f"{head} {t(f'ruledoc.{title}', lang)}", "", "```yaml", body, "```", ""]
    parts += [f"{head} {t('ruledoc.fix', lang)}", "", rule.doc("fix", lang), ""]
    notes = rule.doc("notes", lang)
    if notes:
        parts += [f"{head} {t('ruledoc.notes', lang)}", "", notes, ""]
    if rule.options:
        parts += [f"{head} {t('ruledoc.options', lang)}", "", t("ruledoc.option_head", lang)]
        parts.append("|---|---|---|---|")
        for o in rule.options:
            span = t("ruledoc.range", lang, minimum=f"{o.minimum:g}", maximum=f"{o.maximum:g}")
            meaning = rule.doc(f"option.{o.name}", lang)
            parts.append(f"| `{o.name}` | `{o.default!r}` | {span} | {meaning} |")
        parts.append("")
    parts += [f"{head} {t('ruledoc.source', lang)}", "", source_label(rule.source, lang) + "."]
    return "\n".join(parts)


def rule_text(rule: Rule, lang: str) -> str:
    """One rule for a terminal (``relcanvas rule CODE``): the same sections, plain text."""
    header = t(
        "ruledoc.header",
        lang,
        code=rule.code,
        slug=rule.slug,
        severity=severity_label(rule, lang),
        block=block_label(rule.block, lang),
    )
    lines = [header, ""]

    def section(key: str, body: list[str]) -> None:
        title = t("ruledoc.section", lang, title=t(key, lang))
        lines.extend([title, *(f"  {line}" for line in body), ""])

    section("ruledoc.what", [rule.doc("summary", lang) + "."])
    section("ruledoc.why", [rule.doc("why", lang)])
    section("ruledoc.example", example_text(rule.bad).rstrip("\n").split("\n"))
    section("ruledoc.instead", example_text(rule.good).rstrip("\n").split("\n"))
    section("ruledoc.fix", [rule.doc("fix", lang)])
    if rule.doc("notes", lang):
        section("ruledoc.notes", [rule.doc("notes", lang)])
    if rule.options:
        rows = [
            t(
                "ruledoc.option_line",
                lang,
                name=o.name,
                default=repr(o.default),
                minimum=f"{o.minimum:g}",
                maximum=f"{o.maximum:g}",
                description=rule.doc(f"option.{o.name}", lang),
            )
            for o in rule.options
        ]
        section("ruledoc.options", rows)
    if rule.aliases:
        section("ruledoc.aliases", [", ".join(rule.aliases)])
    section("ruledoc.source", [source_label(rule.source, lang) + "."])
    return "\n".join(lines).rstrip("\n")


def render(lang: str = "en") -> str:
    """The whole Markdown reference in ``lang``, one section per rule, grouped by family."""
    from relcanvas.lint.engine import rules

    declared = rules()
    lines = [
        f"# {t('ruledoc.title', lang)}",
        "",
        t("ruledoc.generated", lang),
        "",
        t("ruledoc.intro", lang),
        "",
        t("ruledoc.table_head", lang),
        "|---|---|---|---|---|",
    ]
    lines += [
        f"| [{r.code}](#{r.code.lower()}-{r.slug}) | {r.slug} | {severity_label(r, lang)} | "
        f"{block_label(r.block, lang)} | {r.doc('summary', lang)} |"
        for r in declared
    ]
    lines.append("")
    for family, members in groupby(declared, key=lambda r: r.code[2]):
        lines += [f"## {t(f'ruledoc.family{family}', lang)}", ""]
        for rule in members:
            lines += [f"### {rule.code} {rule.slug}", ""]
            facts = [
                _fact("ruledoc.severity", severity_label(rule, lang), lang),
                _fact("ruledoc.block", block_label(rule.block, lang), lang),
            ]
            if rule.aliases:
                facts.append(_fact("ruledoc.aliases", ", ".join(rule.aliases), lang))
            lines += [*facts, "", rule_markdown(rule, lang), ""]
    return "\n".join(lines).rstrip("\n") + "\n"


def _fact(key: str, value: str, lang: str) -> str:
    """``- Severity: error`` / ``- Gravité : erreur``, the colon as the language spaces it."""
    return f"- {t('ruledoc.section', lang, title=t(key, lang))} {value}"


def main() -> None:
    sys.stdout.write(render(lang_of(sys.argv[1] if len(sys.argv) > 1 else "en")))


if __name__ == "__main__":
    main()
