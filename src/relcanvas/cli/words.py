"""The language of the command line's own words: help texts, usage errors, summaries.

Typer reads help texts when the commands are declared, so the language is decided before
that, from ``--lang`` in ``sys.argv`` and the environment (``LC_ALL``, ``LC_MESSAGES``,
``LANG``). Typer's own words (panel titles, "[default: ...]", usage errors) are set to the
same language, and a usage error is one line, ``relcanvas: error: ...`` (exit 2), never a box.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Mapping, Sequence
from typing import Any

import typer
from typer._click.exceptions import ClickException
from typer.core import TyperGroup

from relcanvas.i18n import Lang, catalogue, language_from_env, t


def language_in(argv: Sequence[str], environ: Mapping[str, str]) -> Lang:
    """``--lang fr`` / ``--lang=fr`` on the command line, else the environment's language."""
    for i, arg in enumerate(argv):
        value = arg.removeprefix("--lang=") if arg.startswith("--lang=") else None
        if arg == "--lang" and i + 1 < len(argv):
            value = argv[i + 1]
        if value in ("fr", "en"):
            return "fr" if value == "fr" else "en"
    return language_from_env(environ)


WORDS: Lang = language_in(sys.argv[1:], os.environ)
"""The language of help texts (read once, when the commands are declared)."""


def ui_lang() -> Lang:
    """The language of what is about no one canvas (errors, warnings), read when said."""
    return language_in(sys.argv[1:], os.environ)


def h(key: str, *choices: str) -> str:
    """The help text ``help.<key>`` in the command line's language, with the option's
    ``choices`` listed (the metavar names the kind of value, the help text the values)."""
    return (
        t(f"help.{key}", WORDS, choices=", ".join(choices)) if choices else t(f"help.{key}", WORDS)
    )


def _use_typer_words(lang: Lang) -> None:
    """Typer's panel titles and markers in ``lang`` (it reads them when it prints help)."""
    from typer import rich_utils

    words = catalogue(lang)
    rich_utils.ARGUMENTS_PANEL_TITLE = str(words["click.arguments"])
    rich_utils.OPTIONS_PANEL_TITLE = str(words["click.options"])
    rich_utils.COMMANDS_PANEL_TITLE = str(words["click.commands"])
    rich_utils.DEFAULT_STRING = str(words["click.default"])
    rich_utils.REQUIRED_LONG_STRING = str(words["click.required"])


def _may_show_help(argv: Sequence[str]) -> bool:
    """Help is printed for ``-h``/``--help``, and for a bare command or group."""
    return len(argv) <= 1 or bool({"-h", "--help"} & set(argv))


if WORDS != "en" and _may_show_help(sys.argv[1:]):  # rich_utils costs 60 ms: only for help
    _use_typer_words(WORDS)


def _describe_help_option() -> None:
    """``-h, --help`` described in the command line's language, without a ``<bool>``.

    Typer builds that option itself, late, from ``typer._click.decorators.help_option``:
    the option it returns is given our text (if a later Typer moves it, help stays English).
    """
    from typer._click import decorators

    original = decorators.help_option

    def help_option(param_decls: list[str]) -> Any:
        add = original(param_decls)

        def apply(command: Any) -> Any:
            command = add(command)
            option = command.params[-1]
            option.help, option.metavar = h("help"), ""
            return command

        return apply

    decorators.help_option = help_option

    from typer.core import TyperArgument

    shown = TyperArgument.display_type_rich

    def display_type_rich(self: TyperArgument, ctx: Any) -> str | None:
        """An argument with a described metavar (PATH, FILE) needs no ``<list[str]>``."""
        return None if self.metavar else shown(self, ctx)

    TyperArgument.display_type_rich = display_type_rich  # type: ignore[method-assign,assignment]


_describe_help_option()

_FRENCH_ERRORS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), replacement)
    for pattern, replacement in (
        (r"^No such option: (.+?)(?: \(Possible options: (.+)\))?$", "option inconnue\u00a0: {0}"),
        (r"^No such command '(.+)'\.$", "commande inconnue\u00a0: {0}"),
        (r"^Missing argument '(.+)'\.$", "argument manquant\u00a0: {0}"),
        (r"^Missing option '(.+)'\.$", "option manquante\u00a0: {0}"),
        (r"^Missing parameter: (.+)$", "paramètre manquant\u00a0: {0}"),
        (r"^Missing command\.$", "commande manquante"),
        (
            r"^Invalid value for (.+?): (.+) is not one of (.+)\.$",
            "valeur non valide pour {0}\u00a0: {1} n’est pas parmi {2}",
        ),
        (r"^Invalid value for (.+?): (.+)$", "valeur non valide pour {0}\u00a0: {1}"),
        (r"^Got unexpected extra arguments? \((.+)\)$", "argument en trop\u00a0: {0}"),
        (r"^Option '(.+)' requires an argument\.$", "l’option {0} attend une valeur"),
        (r"^Option '(.+)' does not take a value\.$", "l’option {0} ne prend pas de valeur"),
    )
)
"""Typer's usage errors, said in French (its own texts are English only)."""


def usage_error(message: str, lang: Lang) -> str:
    """A usage error's text in ``lang``: Typer's English, or our French for the usual ones."""
    message = message.replace("Value error, ", "")
    if lang == "fr":
        for pattern, replacement in _FRENCH_ERRORS:
            found = pattern.match(message)
            if found:
                return replacement.format(*found.groups())
    return message


class OneLineErrors(TyperGroup):
    """The application's group: a usage error is one line on stderr and exit 2, no box."""

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        from relcanvas.escape import plain

        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except typer.Abort:
            typer.echo(t("cli.error", WORDS, message=t("cli.aborted", WORDS)), err=True)
            code = 1
        except ClickException as exc:  # a usage error: a bad option, a missing argument
            message = usage_error(plain(" ".join(exc.format_message().split())), WORDS)
            typer.echo(t("cli.error", WORDS, message=message), err=True)
            code = exc.exit_code
        code = code if isinstance(code, int) else 0
        if standalone_mode:
            sys.exit(code)
        return code
