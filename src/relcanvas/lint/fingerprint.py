"""Fingerprints that follow a finding across commits (SARIF ``partialFingerprints``, GitLab's
``fingerprint``).

A finding's identity is its rule, its file and what it is about: the entry's path in the
canvas, entries named by id (see :mod:`relcanvas.lint.spans`), or, for findings about the
file itself, the message with its numbers left out (they are often line numbers). Never the
line: inserting lines above a finding must not make code scanning see a new one. Findings
with the same identity in one file are told apart by their order.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Callable, Iterable

from relcanvas.lint.engine import Finding

SARIF_KEY = "relcanvasFinding/v1"
"""The ``partialFingerprints`` key; its version is raised if the identity ever changes."""

_NUMBER = re.compile(r"\d+")


def identity(finding: Finding, uri: str) -> str:
    """Rule, file and what the finding is about: never the line, never the language."""
    about = finding.entry or _NUMBER.sub("#", finding.message.render("en"))
    return "\0".join((finding.code, uri, about))


def fingerprints(findings: Iterable[Finding], uri: Callable[[str], str]) -> list[str]:
    """One 32-hex-digit fingerprint per finding, unique within the list."""
    seen: Counter[str] = Counter()
    prints = []
    for finding in findings:
        key = identity(finding, uri(finding.path))
        seen[key] += 1
        digest = hashlib.sha256(f"{key}\0{seen[key]}".encode("utf-8", "surrogatepass"))
        prints.append(digest.hexdigest()[:32])
    return prints
