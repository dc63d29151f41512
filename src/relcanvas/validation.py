"""``validate`` as a library call: load every source, collect the problems per file.

Only each file's problems (and the language it says it is written in) are kept, never the
loaded file (its text, values, positions and model are ten times its size), so that memory
stays flat however many files there are.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from relcanvas.diagnostics import Problem
from relcanvas.loader import Limits, load_path
from relcanvas.sources import Source, discover


@dataclass(frozen=True)
class Checked:
    """What ``validate`` keeps of a file: its name, its problems and its language."""

    name: str
    problems: tuple[Problem, ...] = ()
    language: str = ""
    """The file's ``language:`` ("" when it does not say): its messages speak it."""


@dataclass
class Report:
    """The outcome of validating several files."""

    files: list[Checked] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Why some files were not read (links leading outside, special files), for warnings."""

    @property
    def invalid(self) -> list[Checked]:
        return [f for f in self.files if f.problems]

    @property
    def problem_count(self) -> int:
        return sum(len(f.problems) for f in self.files)

    def as_json(self, lang: str | None = None, fallback: str = "en") -> dict[str, Any]:
        """The documented JSON shape of ``validate --format json`` (1-based positions);
        messages in ``lang``, else each canvas's language, else ``fallback``."""
        return {
            "version": 1,
            "files": [
                {
                    "path": f.name,
                    "valid": not f.problems,
                    "problems": [
                        {
                            "line": p.line,
                            "column": p.column,
                            "code": p.code,
                            "slug": p.slug,
                            "message": p.text(lang or f.language or fallback),
                        }
                        for p in f.problems
                    ],
                }
                for f in self.files
            ],
            "summary": {
                "files": len(self.files),
                "valid": len(self.files) - len(self.invalid),
                "invalid": len(self.invalid),
                "problems": self.problem_count,
            },
        }


def check_source(job: tuple[Source, Limits]) -> Checked:
    """Load one file and keep its problems (run in a worker process with ``--jobs``)."""
    source, limits = job
    loaded = load_path(source.path, limits, source.root, source.data)
    return Checked(loaded.name, tuple(loaded.problems), loaded.language)


def validate_paths(
    paths: Iterable[str],
    limits: Limits | None = None,
    *,
    skip_non_canvas: bool = False,
    jobs: int | None = 1,
) -> Report:
    """Validate files, directories and ``-``. Raises SourceError for an unreadable named path.

    ``jobs``: worker processes (None: one per core when there are many files).
    """
    from relcanvas.jobs import Ready, ordered

    report = Report()
    chosen = limits or Limits()

    def work() -> Iterator[tuple[Source, Limits] | Ready[Checked]]:
        for source in discover(paths, skip_non_canvas=skip_non_canvas):
            if source.skipped:
                report.skipped.append(source.skipped)
            elif source.path == "-":  # stdin is this process's: read here, not in a worker
                yield Ready(check_source((source, chosen)))
            else:
                yield source, chosen

    report.files.extend(ordered(check_source, work(), jobs, preload=("relcanvas.validation",)))
    return report
