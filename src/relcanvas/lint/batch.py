"""Linting many files: each read once, looked up in the cache, the rest linted in workers.

The main process walks the paths, reads each file, finds its config and its cache entry;
what the cache does not hold is linted (in worker processes with ``--jobs``) and stored.
Results come back in the order of the paths, so the report is the same, byte for byte,
with or without workers and with or without the cache.
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from relcanvas.jobs import Ready, ordered
from relcanvas.lint.cache import LintCache
from relcanvas.lint.config import Config, ConfigFinder
from relcanvas.lint.engine import FileReport, lint_loaded
from relcanvas.loader import Limits, load_path
from relcanvas.reading import TooLarge, read_source
from relcanvas.sources import Source, discover


@dataclass(frozen=True)
class Job:
    """One file to lint, with all it needs (sent to a worker process as it is)."""

    source: Source
    config: Config
    limits: Limits
    today: dt.date


def lint_job(job: Job) -> FileReport:
    """Load and lint one file (module level: worker processes import it by name)."""
    loaded = load_path(job.source.path, job.limits, job.source.root, job.source.data)
    return lint_loaded(loaded, job.config, job.today, config_path=job.source.path)


def lint_many(
    paths: Iterable[str],
    finder: ConfigFinder,
    limits: Limits,
    today: dt.date,
    *,
    skip_non_canvas: bool = False,
    jobs: int | None = 1,
    cache: LintCache | None = None,
) -> tuple[list[FileReport], list[str]]:
    """The report of each file in order, and why some files were skipped."""
    skipped: list[str] = []
    keys: deque[str | None] = deque()  # in step with the jobs: the key to store a result under

    def jobs_of() -> Iterator[Job | Ready[FileReport]]:
        for source in discover(paths, skip_non_canvas=skip_non_canvas):
            if source.skipped:
                skipped.append(source.skipped)
                continue
            job = Job(source, finder.for_path(source.path), limits, today)
            if source.path == "-":  # stdin belongs to this process: linted here
                keys.append(None)
                yield Ready(lint_job(job))
                continue
            job, key = _looked_up(job, cache)
            found = cache.get(key) if cache is not None and key is not None else None
            if found is not None:
                keys.append(None)
                valid, findings, lang = found
                yield Ready(FileReport(source.path, tuple(findings), valid, lang))
            else:
                keys.append(key)
                yield job

    reports = []
    for report in ordered(lint_job, jobs_of(), jobs, preload=("relcanvas.lint.batch",)):
        key = keys.popleft()
        if key is not None and cache is not None:
            cache.put(key, report.valid, list(report.findings), report.lang)
        reports.append(report)
    return reports, skipped


def _looked_up(job: Job, cache: LintCache | None) -> tuple[Job, str | None]:
    """The job with the file's bytes read (once: the worker gets them), and its cache key.

    Raises SourceError as loading would; a file over the size limit is left to the loader.
    """
    if cache is None:
        return job, None
    data = job.source.data
    if data is None:
        try:
            data = read_source(job.source.path, job.limits.max_bytes, root=job.source.root)
        except TooLarge:
            return job, None
        job = replace(job, source=replace(job.source, data=data))
    return job, cache.key(data, job.source.path, job.config, job.source.path, job.today)
