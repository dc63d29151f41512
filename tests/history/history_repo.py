"""A git repository holding the history of the BrightBox example, built for the log tests.

Commits, oldest first: the canvas is added; human contact for families is lowered (strategic);
a comment and a re-quoted string (form only); an invalid level (invalid version); the level
fixed and the couples segment renamed under a new id and a new name; the file renamed
(form only); on a branch, a touchpoint's frequency changed, while main re-indents a note
(form only); the branch merged; automation for gifters lowered.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

EXAMPLE = Path(__file__).parents[2] / "examples" / "brightbox-b2c.en.yaml"
FIRST = "strategy/canvas.yaml"
LAST = "strategy/brightbox.canvas.yaml"


def git(repo: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Priya Shah",
        "GIT_AUTHOR_EMAIL": "priya@example.org",
        "GIT_COMMITTER_NAME": "Priya Shah",
        "GIT_COMMITTER_EMAIL": "priya@example.org",
        "GIT_CONFIG_GLOBAL": "/dev/null",
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


class Builder:
    """Edits and commits, each with its own date so the log's order is known."""

    def __init__(self, repo: Path) -> None:
        self.repo = repo
        self.day = 0
        git(repo, "init", "-q", "-b", "main")

    def commit(self, path: str, text: str, subject: str) -> None:
        target = self.repo / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text)
        git(self.repo, "add", path)
        self.stamp("commit", "-q", "-m", subject)

    def stamp(self, *args: str) -> None:
        self.day += 1
        date = f"2027-01-{self.day:02d}T10:00:00+01:00"
        os.environ["GIT_AUTHOR_DATE"] = os.environ["GIT_COMMITTER_DATE"] = date
        try:
            git(self.repo, *args)
        finally:
            del os.environ["GIT_AUTHOR_DATE"], os.environ["GIT_COMMITTER_DATE"]


RENAMED = (
    "  - id: couples\n    name: Young couples on a flexible plan\n",
    "  - id: duos\n    name: Flexible duos\n",
)


def build(repo: Path) -> Path:
    """The repository, with the canvas at its last path; returns that path."""
    b = Builder(repo)
    text = EXAMPLE.read_text()
    b.commit(FIRST, text, "Add the 2027 canvas")
    text = text.replace(
        "  - segment: families\n    types: [automated_services, personal_assistance]\n"
        "    human_contact: medium",
        "  - segment: families\n    types: [automated_services, personal_assistance]\n"
        "    human_contact: low",
    )
    b.commit(FIRST, text, "Less human contact for families")
    text = text.replace("language: en\n", "language: en  # reviewed\n").replace(
        'version: "2027.1"', "version: '2027.1'"
    )
    b.commit(FIRST, text, "Typography")
    broken = text.replace("personalization: high", "personalization: loud", 1)
    b.commit(FIRST, broken, "Work in progress")
    text = text.replace(*RENAMED).replace("couples", "duos")
    b.commit(FIRST, text, "Couples become flexible duos")
    git(repo, "mv", FIRST, LAST)
    b.stamp("commit", "-q", "-m", "Rename the file")
    git(repo, "checkout", "-q", "-b", "topic")
    branch = text.replace("    frequency: monthly\n", "    frequency: weekly\n", 1)
    b.commit(LAST, branch, "Weekly recipe videos")
    git(repo, "checkout", "-q", "main")
    main = text.replace("# Example: a meal-kit", "# Example:  a meal-kit")
    b.commit(LAST, main, "Comment spacing")
    b.stamp("merge", "-q", "--no-edit", "topic")
    merged = (repo / LAST).read_text()
    final = merged.replace(
        "    personalization: low\n    automation: high\n    notes: Keep",
        "    personalization: low\n    automation: medium\n    notes: Keep",
    )
    b.commit(LAST, final, "Less automation for gift boxes")
    return repo / LAST
