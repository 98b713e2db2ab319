"""Worker processes: a bounded, ordered process-pool map whose workers never outlive the run.

:func:`parallel_map` is ``map`` on ``jobs`` processes, in order, with at most ``jobs * prefetch``
items in flight. Workers run numpy's BLAS on one thread, ignore Ctrl-C (the parent stops them),
die with their parent even on SIGKILL (:func:`die_with_parent`), and are terminated at once when
the map ends early (an error, a signal, the consumer closing it). A worker that dies (killed by
the system when memory runs out, a crash in a C extension) does not end the run: the items in
flight are re-run one at a time in a fresh pool, and an item that kills its worker again is
handed to ``on_lost``, whose result stands in for it.

Examples
--------
>>> list(parallel_map(abs, [-1, 2, -3], jobs=1))
[1, 2, 3]
"""
from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from typing import Callable, Iterable, Iterator, Mapping, TypeVar

from .errors import raise_if_interrupted

T = TypeVar("T")
R = TypeVar("R")



def single_thread_blas() -> None:
    """One thread for numpy's BLAS (and any OpenMP runtime loaded) in this process: threadpoolctl.

    Scoring does small matrix products per article; OpenBLAS's spinning thread pool made it
    slower, and made 2 workers on 2 cores slower than one (measured: 0.65x). Numpy is imported
    first, so its BLAS is loaded when the limit is set.

    Examples
    --------
    >>> from threadpoolctl import threadpool_info
    >>> single_thread_blas()
    >>> {pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}
    {1}
    """
    import numpy  # noqa: F401  (loads the BLAS library that the limit applies to)
    from threadpoolctl import threadpool_limits

    threadpool_limits(limits=1)


def _worker_init(parent: int | None = None, warm: Callable[[], None] | None = None) -> None:
    die_with_parent(parent)
    single_thread_blas()
    if warm is not None:
        warm()


def die_with_parent(parent: int | None) -> None:
    """Make this worker process end when ``parent`` does (even by SIGKILL): no orphans.

    Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``; elsewhere a daemon thread checks once a second
    whether the parent is gone. Ctrl-C goes to the whole process group: workers ignore it and
    the parent stops them; SIGTERM and SIGHUP get their default action (the parent's handlers,
    inherited through fork, would raise in a worker).
    """
    import signal
    import threading
    import time

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)
    if parent is None:
        return
    if sys.platform.startswith("linux"):
        import ctypes

        try:
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, daemon=True, name="die-with-parent").start()


def parallel_map(
    func: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int,
    prefetch: int = 2,
    warm: Callable[[], None] | None = None,
    on_lost: Callable[[T, BaseException], R] | None = None,
) -> Iterator[R]:
    """``map(func, items)`` in order, on ``jobs`` worker processes when ``jobs`` > 1.

    At most ``jobs * prefetch`` items are in flight, so a huge input is never submitted (and its
    results never held) all at once. Each worker runs ``warm`` once when it starts. Without
    ``on_lost`` a dead worker raises :class:`BrokenProcessPool`, as the executor does.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    # Each worker runs numpy's OpenBLAS on one thread (:func:`single_thread_blas`, its initializer).
    others = set(multiprocessing.active_children())

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=jobs, initializer=_worker_init, initargs=(os.getpid(), warm))

    pool = new_pool()
    try:
        pending: deque[tuple[T, Future[R]]] = deque()
        for item in items:
            pending.append((item, pool.submit(func, item)))
            while len(pending) >= jobs * prefetch:
                pool, result = _next_result(pending, pool, new_pool, func, on_lost)
                raise_if_interrupted()  # a signal whose raise landed where it was swallowed (a fork hook)
                yield result
        while pending:
            pool, result = _next_result(pending, pool, new_pool, func, on_lost)
            raise_if_interrupted()
            yield result
        pool.shutdown(wait=True)
    except BaseException:
        # An error, Ctrl-C, SIGTERM, or the consumer closing this generator: stop the workers
        # now instead of letting them finish their chunks.
        pool.shutdown(wait=False, cancel_futures=True)
        for child in set(multiprocessing.active_children()) - others:
            child.terminate()
        raise


def _next_result(
    pending: deque[tuple[T, Future[R]]],
    pool: ProcessPoolExecutor,
    new_pool: Callable[[], ProcessPoolExecutor],
    func: Callable[[T], R],
    on_lost: Callable[[T, BaseException], R] | None,
) -> tuple[ProcessPoolExecutor, R]:
    """The result of the oldest item; after a worker died, every item in flight is re-run alone."""
    item, future = pending[0]
    try:
        result = future.result()
        pending.popleft()
        return pool, result
    except BrokenProcessPool:
        if on_lost is None:
            raise
    pool.shutdown(wait=False, cancel_futures=True)
    pool = new_pool()
    rerun: list[tuple[T, Future[R]]] = []
    for item, _ in pending:  # one at a time, so the item that kills a worker is the one running
        try:
            value = pool.submit(func, item).result()
        except BrokenProcessPool as lost:
            pool.shutdown(wait=False, cancel_futures=True)
            value = on_lost(item, lost)
            pool = new_pool()
        done: Future[R] = Future()
        done.set_result(value)
        rerun.append((item, done))
    pending.clear()
    pending.extend(rerun)
    return pool, pending.popleft()[1].result()


@contextmanager
def temporary_environ(values: Mapping[str, str]) -> Iterator[None]:
    """Set environment variables (inherited by worker processes) and restore them afterwards.

    Examples
    --------
    >>> with temporary_environ({"WORKBOOK_DEMO": "1"}):
    ...     os.environ["WORKBOOK_DEMO"]
    '1'
    >>> "WORKBOOK_DEMO" in os.environ
    False
    """
    saved = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


