"""The job pool hands results back in the order of the input, known results in their place."""

from __future__ import annotations

import pytest

from relcanvas import jobs
from relcanvas.jobs import Ready, ordered


def _mixed(count: int) -> list[int | Ready[int]]:
    """Ints to work on (abs(-i) is i), with runs of known results (cache hits) in between."""
    return [Ready(i) if i % 7 in (0, 1, 2) else -i for i in range(count)]


@pytest.mark.parametrize("workers", [1, 2])
def test_results_keep_the_input_order(workers: int, monkeypatch) -> None:
    monkeypatch.setattr(jobs, "CHUNK", 3)  # many chunks, some cut short by known results
    monkeypatch.setattr(jobs, "AHEAD", 1)
    assert list(ordered(abs, _mixed(200), workers)) == list(range(200))


def test_the_default_is_one_process_for_a_few_files(monkeypatch) -> None:
    def no_pool(*args: object) -> None:
        raise AssertionError("a pool was started for a few files")

    monkeypatch.setattr(jobs, "_in_processes", no_pool)
    assert list(ordered(abs, _mixed(jobs.MANY_FILES), None)) == list(range(jobs.MANY_FILES))


def test_the_default_uses_the_cores_for_many_files(monkeypatch) -> None:
    used: list[int] = []

    def fake_pool(work, stream, count, preload):  # type: ignore[no-untyped-def]
        used.append(count)
        for item in stream:
            yield item.value if isinstance(item, Ready) else work(item)

    monkeypatch.setattr(jobs, "_in_processes", fake_pool)
    monkeypatch.setattr(jobs, "cores", lambda: 2)
    assert list(ordered(abs, _mixed(120), None)) == list(range(120))
    assert used == [2]


def test_a_worker_exception_reaches_the_caller() -> None:
    with pytest.raises(TypeError):
        list(ordered(abs, [1, "not a number", 3] * 20, 2))
