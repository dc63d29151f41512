"""``validate`` as a library call: load every source, collect the problems per file."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from relcanvas.i18n import language_of
from relcanvas.loader import Limits, Loaded, load_path
from relcanvas.sources import discover


@dataclass
class Report:
    """The outcome of validating several files."""

    files: list[Loaded] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    """Why some files were not read (links leading outside, special files), for warnings."""

    @property
    def invalid(self) -> list[Loaded]:
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
                            "message": p.text(lang or language_of(f.canvas, f.data) or fallback),
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


def validate_paths(
    paths: Iterable[str], limits: Limits | None = None, *, skip_non_canvas: bool = False
) -> Report:
    """Validate files, directories and ``-``. Raises SourceError for an unreadable named path."""
    report = Report()
    for source in discover(paths, skip_non_canvas=skip_non_canvas):
        if source.skipped:
            report.skipped.append(source.skipped)
        else:
            report.files.append(load_path(source.path, limits or Limits(), source.root))
    return report
