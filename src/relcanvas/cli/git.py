"""``git setup``: let git show canvases' changes with relcanvas's diff driver."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from relcanvas.cli.app import app
from relcanvas.cli.common import Lang, fail
from relcanvas.cli.words import h
from relcanvas.escape import plain
from relcanvas.i18n import language_from_env, t

git_app = typer.Typer(
    name="git",
    help=h("git"),
    no_args_is_help=True,
)
app.add_typer(git_app, name="git")


@git_app.command("setup", help=h("git_setup"))
def setup(
    global_config: Annotated[
        bool,
        typer.Option("--global", metavar="", help=h("global")),
    ] = False,
    lang: Annotated[
        Lang | None, typer.Option("--lang", metavar="LANG", help=h("messages_lang"))
    ] = None,
) -> None:
    """Mark the repository's canvases in .gitattributes and configure the git diff driver."""
    from relcanvas.gitsetup import GitSetupError
    from relcanvas.gitsetup import setup as run_setup
    from relcanvas.output import OutputError

    said = lang.value if lang else language_from_env(os.environ)
    try:
        outcome = run_setup(Path.cwd(), global_config=global_config)
    except GitSetupError as exc:
        fail(t(f"tools.git.error.{exc}", said))
    except OutputError as exc:
        fail(exc)
    if outcome.attributes is not None:
        name = plain(os.path.relpath(outcome.attributes))
        for line in outcome.added:
            typer.echo(t("tools.git.added", said, file=name, line=plain(line)))
        if not outcome.added:
            typer.echo(t("tools.git.marked", said, file=name))
    key = t(f"tools.git.scope.{outcome.scope}", said)
    done = "tools.git.configured" if outcome.command_set else "tools.git.kept"
    typer.echo(t(done, said, scope=key, command=plain(outcome.command)))
