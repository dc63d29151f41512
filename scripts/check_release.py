"""Check that a release's three names for its version agree: ``src/relcanvas/_version.py``
(the one declaration; pyproject's version is dynamic and reads it), the newest
section of ``CHANGELOG.md`` and the git tag at HEAD (``make release``).

A pre-commit ``rev:``, an action's ``@vX.Y.Z`` and a ``pipx install git+...@vX.Y.Z`` all
name the tag, and ``relcanvas --version`` reports ``_version.py``: when the two differ,
users read one version and run another. Pushes nothing; exits 1 with one line per
disagreement, 0 with the command that would publish the tag.

Usage: python scripts/check_release.py [REPOSITORY]   (default: the current directory)
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

HEADING = re.compile(r"^## \[(?P<version>[^\]]+)\](?: - (?P<date>\S+))?\s*$", re.MULTILINE)
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def declared_version(root: Path) -> str:
    """The one declaration, ``src/relcanvas/_version.py`` (pyproject's version is dynamic)."""
    text = (root / "src" / "relcanvas" / "_version.py").read_text("utf-8")
    found = re.search(r'^VERSION = "([^"]+)"$', text, re.MULTILINE)
    return found.group(1) if found else "(no VERSION in src/relcanvas/_version.py)"


def changelog_problems(root: Path, version: str) -> list[str]:
    path = root / "CHANGELOG.md"
    if not path.is_file():
        return ["CHANGELOG.md is missing"]
    text = path.read_text("utf-8")
    headings = list(HEADING.finditer(text))
    if not headings:
        return ["CHANGELOG.md has no '## [X.Y.Z] - YYYY-MM-DD' section"]
    newest = headings[0]
    if newest["version"] != version:
        return [
            f"CHANGELOG.md's newest section is [{newest['version']}], "
            f"but src/relcanvas/_version.py declares {version}"
        ]
    if not newest["date"] or not DATE.match(newest["date"]):
        return [f"CHANGELOG.md's [{version}] heading needs its date: '## [{version}] - YYYY-MM-DD'"]
    end = headings[1].start() if len(headings) > 1 else len(text)
    if not re.search(r"^- ", text[newest.end() : end], re.MULTILINE):
        return [f"CHANGELOG.md's [{version}] section lists no change"]
    return []


def git(root: Path, *args: str) -> str:
    done = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else ""


def tag_problems(root: Path, version: str) -> list[str]:
    tag = f"v{version}"
    if not git(root, "rev-parse", "--git-dir"):
        return [f"{root} is not a git repository"]
    problems = []
    if git(root, "status", "--porcelain", "--untracked-files=no"):
        problems.append("uncommitted changes: commit them before tagging")
    at_head = git(root, "tag", "--points-at", "HEAD", "--list", "v*").split()
    tagged = git(root, "rev-parse", "--verify", "--quiet", f"refs/tags/{tag}^{{commit}}")
    if tag in at_head:
        others = [t for t in at_head if t != tag]
        if others:
            problems.append(f"HEAD also carries {', '.join(others)}")
    elif tagged:
        problems.append(f"tag {tag} exists but is not on HEAD ({tagged[:12]})")
    elif at_head:
        tags = ", ".join(at_head)
        problems.append(f"HEAD is tagged {tags}, but src/relcanvas/_version.py declares {version}")
    else:
        problems.append(f"HEAD has no tag {tag}: git tag -a {tag} -m 'relcanvas {version}'")
    return problems


def main(argv: list[str]) -> int:
    root = Path(argv[1] if len(argv) > 1 else ".").resolve()
    version = declared_version(root)
    problems = changelog_problems(root, version) + tag_problems(root, version)
    for problem in problems:
        print(f"release: error: {problem}", file=sys.stderr)
    if problems:
        return 1
    print(f"release: v{version} agrees with src/relcanvas/_version.py and CHANGELOG.md.")
    print(f"Publish it with: git push origin v{version}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
