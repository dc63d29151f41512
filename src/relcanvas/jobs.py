"""Many files on several cores: work done in worker processes, results in the input's order.

``lint`` and ``validate`` of a portfolio spend their time in the parser and the models,
which hold the GIL, so the work goes to processes. They are started with ``forkserver``
(``spawn`` where it is missing), never plain ``fork``: a forked copy of a process that has
threads can hang. Items go out in chunks, at most a few chunks ahead of what has been
handed back, so that memory stays flat however many files there are; results come back in
the order the items were given, so the output is the same bytes as in one process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from itertools import islice
from typing import Generic, TypeVar

T = TypeVar("T")
R = TypeVar("R")

MANY_FILES = 50
"""Past this many files, ``--jobs`` defaults to the number of cores."""
CHUNK = 16
"""Items sent to a worker at once: enough to hide the cost of a round trip."""
AHEAD = 4
"""Chunks in flight per worker, at most."""


class JobsError(Exception):
    """A worker process died (killed, out of memory); the message is one line for the user."""


@dataclass(frozen=True)
class Ready(Generic[R]):
    """A result known without any work (a cache hit): passed through, in its place."""

    value: R


def cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def ordered(
    work: Callable[[T], R],
    items: Iterable[T | Ready[R]],
    jobs: int | None,
    preload: tuple[str, ...] = (),
) -> Iterator[R]:
    """``work(item)`` for each item, in order; :class:`Ready` items are passed through.

    ``work`` must be a module-level function (workers import it by name). ``jobs`` None
    means: the number of cores when there are more than :data:`MANY_FILES` items, else 1.
    ``preload`` names modules the workers import once, before their first item.
    """
    stream = iter(items)
    if jobs is None:
        head = list(islice(stream, MANY_FILES + 1))
        jobs = cores() if len(head) > MANY_FILES else 1
        stream = _chain(head, stream)
    if jobs <= 1:
        for item in stream:
            yield item.value if isinstance(item, Ready) else work(item)
        return
    yield from _in_processes(work, stream, jobs, preload)


def _chain(head: list[T], rest: Iterator[T]) -> Iterator[T]:
    yield from head
    yield from rest


def _run_chunk(work: Callable[[T], R], chunk: list[T]) -> list[R]:
    return [work(item) for item in chunk]


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")


def _in_processes(
    work: Callable[[T], R], stream: Iterator[T | Ready[R]], jobs: int, preload: tuple[str, ...]
) -> Iterator[R]:
    context = _context()
    if preload and isinstance(context, multiprocessing.context.ForkServerContext):
        context.set_forkserver_preload(list(preload))
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            batches = _Batches(pool, work)
            for item in stream:
                if isinstance(item, Ready):
                    batches.slots.append(item)
                else:
                    batches.add(item)
                yield from batches.drain(AHEAD * jobs)
            batches.submit()
            yield from batches.drain(0)
    except BrokenProcessPool:
        raise JobsError("a worker process stopped unexpectedly (out of memory?)") from None


class _Batches(Generic[T, R]):
    """Items grouped in chunks for the pool; each slot is a known result or a place in a
    chunk, in the order of the input."""

    def __init__(self, pool: ProcessPoolExecutor, work: Callable[[T], R]) -> None:
        self.pool, self.work = pool, work
        self.slots: deque[Ready[R] | tuple[int, int]] = deque()
        self.pending: list[T] = []
        self.futures: dict[int, Future[list[R]]] = {}
        self.number = 0  # of the chunk being filled

    def add(self, item: T) -> None:
        self.slots.append((self.number, len(self.pending)))
        self.pending.append(item)
        if len(self.pending) >= CHUNK:
            self.submit()

    def submit(self) -> None:
        if self.pending:
            self.futures[self.number] = self.pool.submit(_run_chunk, self.work, self.pending)
            self.pending = []
            self.number += 1

    def drain(self, keep: int) -> Iterator[R]:
        """Hand back results from the front: those known, then those of the oldest chunks
        while more than ``keep`` chunks are in flight."""
        while self.slots:
            slot = self.slots[0]
            if isinstance(slot, Ready):
                self.slots.popleft()
                yield slot.value
                continue
            number, place = slot
            future = self.futures.get(number)
            if future is None or (len(self.futures) <= keep and not future.done()):
                return
            self.slots.popleft()
            results = future.result()
            if place == len(results) - 1:
                del self.futures[number]
            yield results[place]
