"""Scoring on Dask: the same pure chunk function, scheduled by Dask, locally or on a cluster.

Scoring is a pure function of one article (plus the instruments), applied to chunks of the
manifest (:func:`analysis.pipeline.render_chunk`). The process pool in :mod:`analysis.pipeline`
and the runners here call the *same* function, so a corpus too big for one machine gives the same
tables, byte for byte, on a cluster (``python -m analysis score --scheduler ...``).

The scheduler (:func:`dask_client`) is one of:

* ``local:N``: a ``dask.distributed`` LocalCluster of N worker processes (one thread each), started
  for the run and stopped after it;
* an address (``tcp://host:8786`` or ``host:8786``): a running ``dask scheduler`` with its
  ``dask worker`` processes; every worker needs this package installed (``pip install
  .[dask]``) and the corpus folder at the manifest's paths (workers read their own files);
* ``synchronous``, ``threads`` or ``processes``: Dask's local schedulers (no ``distributed``).

What the process pool guarantees holds here too: one article's exception skips only that
article (:func:`analysis.pipeline.process_article`); a chunk whose worker dies on it (out of
memory, a crash in a library) is retried by Dask on other workers (``distributed.scheduler.
allowed-failures`` times), then once more by this module (a chunk that only ran beside the culprit
is blamed too); if it still kills its worker (``KilledWorker``) its articles are skipped with
``scorer_error`` and the run goes on (:func:`analysis.pipeline.lost_chunk`); the tables go to a staging folder swapped in whole at
the end (:class:`analysis.io.TableStream`): an interrupted or failed run keeps the previous ones.
At most ``window`` chunks are in flight, so memory stays flat. The article size limit
(``WORKBOOK_MAX_ARTICLE_BYTES``) travels with each task, so remote workers apply it too.

Examples
--------
>>> from analysis.corpus import load_manifest
>>> tables = score_corpus_dask(load_manifest(), chunk_size=1, scheduler="synchronous")
>>> tables["articles"]["status"].tolist()
['scored', 'scored']
"""
from __future__ import annotations

import functools
import os
import re
from collections import deque
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from .errors import WorkbookError
from .io import TableStream, rows_to_csv
from .outputs import check_not_input
from .pipeline import (
    StreamSummary,
    chunked,
    lost_chunk,
    lost_tables,
    orphan_problems,
    process_chunk,
    render_chunk,
    schemas,
    template_records,
    to_frames,
)
from .workers import temporary_environ

#: Dask's own local schedulers (no ``distributed`` needed).
LOCAL_SCHEDULERS = ("synchronous", "threads", "processes")
#: Environment variables that change scoring: sent with every task, so a remote worker uses the run's.
SCORING_ENV = ("WORKBOOK_MAX_ARTICLE_BYTES",)
#: Seconds to wait for a scheduler to answer and for its first worker.
CONNECT_TIMEOUT = 30.0


class SchedulerError(WorkbookError):
    """The ``--scheduler`` cannot be used: a bad value, no ``distributed``, unreachable, no workers."""


def parse_scheduler(value: str) -> tuple[str, Any]:
    """What a ``--scheduler`` value names: ``("local", N)``, ``("dask", name)`` or ``("address", address)``.

    Examples
    --------
    >>> parse_scheduler("local:2"), parse_scheduler("threads"), parse_scheduler("tcp://10.0.0.5:8786")
    (('local', 2), ('dask', 'threads'), ('address', 'tcp://10.0.0.5:8786'))
    >>> parse_scheduler("localhost:8786")
    ('address', 'localhost:8786')
    >>> parse_scheduler("local:0")
    Traceback (most recent call last):
    ...
    analysis.engine.SchedulerError: local:0: local:N needs N >= 1 worker processes
    >>> parse_scheduler("")
    Traceback (most recent call last):
    ...
    analysis.engine.SchedulerError: --scheduler: empty: give local:N, an address (tcp://host:8786) or synchronous|threads|processes
    """
    text = value.strip()
    if not text:
        raise SchedulerError("--scheduler", "empty: give local:N, an address (tcp://host:8786) or synchronous|threads|processes")
    if text in LOCAL_SCHEDULERS:
        return "dask", text
    match = re.fullmatch(r"local:(\d+)", text)
    if match:
        if int(match[1]) < 1:
            raise SchedulerError(text, "local:N needs N >= 1 worker processes")
        return "local", int(match[1])
    if re.fullmatch(r"(?:[a-z][a-z0-9+]*://)?[^\s/:]+(?::\d+)?/?", text):
        return "address", text
    raise SchedulerError(text, "not a scheduler: give local:N, an address (tcp://host:8786) or synchronous|threads|processes")


def _worker_ready() -> str:
    """Run on each worker before the first task: the package imports, the instruments are loaded."""
    from . import __version__
    from .pipeline import warm_up

    warm_up()
    return __version__


@contextmanager
def dask_client(scheduler: str, *, timeout: float | None = None) -> Iterator[Any]:
    """A ``distributed.Client`` for ``scheduler`` (``None`` for Dask's local schedulers), closed afterwards.

    ``local:N`` starts a LocalCluster of N processes (one thread each; its scheduler's HTTP server
    on a free local port, not 8787) and stops it at the end. Before yielding, every worker imports this package, checks its version and loads
    the instruments. Raises :class:`SchedulerError` (one line) for an unknown value, a missing
    ``distributed``, a scheduler that does not answer, no worker within ``timeout`` seconds, or
    a worker that cannot import the package.
    """
    kind, value = parse_scheduler(scheduler)
    if kind == "dask":
        yield None
        return
    timeout = CONNECT_TIMEOUT if timeout is None else timeout
    try:
        import logging

        from distributed import Client, LocalCluster
    except ImportError:
        raise SchedulerError(scheduler, "needs dask.distributed: pip install 'analysis[dask]' (or distributed, as pinned in requirements.txt)") from None
    cluster = None
    try:
        if kind == "local":
            cluster = LocalCluster(n_workers=value, threads_per_worker=1, processes=True, dashboard_address="127.0.0.1:0",
                                   silence_logs=logging.ERROR)
            client = Client(cluster)
        else:
            client = Client(value, timeout=timeout)
    except (OSError, TimeoutError, RuntimeError) as exc:  # RuntimeError: a LocalCluster whose workers failed to start
        if cluster is not None:
            cluster.close()
        raise SchedulerError(scheduler, f"cannot reach the Dask scheduler: {' '.join(str(exc).split())[:200]}") from None
    try:
        try:
            client.wait_for_workers(1, timeout=timeout)
        except TimeoutError:
            raise SchedulerError(scheduler, f"no Dask worker connected within {timeout:.0f} s (start one with: dask worker {value})") from None
        from . import __version__

        try:
            versions = client.run(_worker_ready)
        except Exception as exc:  # noqa: BLE001 - any failure on a worker is the same answer
            raise SchedulerError(scheduler, f"a Dask worker cannot score ({type(exc).__name__}: {' '.join(str(exc).split())[:160]}): "
                                 "install this package (pip install .[dask]) where the workers run") from None
        wrong = {worker: version for worker, version in versions.items() if version != __version__}
        if wrong:
            worker, version = next(iter(wrong.items()))
            raise SchedulerError(scheduler, f"worker {worker} runs analysis {version}, this run {__version__}: install the same version everywhere")
        yield client
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _with_environ(func: Callable[[Any], Any], environ: Mapping[str, str], rows: Any) -> Any:
    """``func(rows)`` with the run's scoring environment set (on whichever worker runs it)."""
    with temporary_environ(environ):
        return func(rows)


def ordered_results(
    func: Callable[[Sequence[Mapping[str, str]]], Any],
    chunks: Iterable[Sequence[Mapping[str, str]]],
    *,
    scheduler: Any = None,
    window: int | None = None,
    lost: Callable[[Sequence[Mapping[str, str]], BaseException], Any] | None = None,
) -> Iterator[Any]:
    """``map(func, chunks)`` on Dask, results in order, at most ``window`` chunks in flight.

    ``scheduler`` is a ``distributed.Client``, the name of a Dask local scheduler, or ``None``
    (the default ``distributed`` client if one exists, else Dask's default). On ``distributed``, a
    chunk that killed its workers (``KilledWorker``) is run once more, then replaced by
    ``lost(chunk, error)`` when given; any other error of a task is raised here.
    """
    environ = {name: os.environ[name] for name in SCORING_ENV if name in os.environ}
    task = functools.partial(_with_environ, func, environ)
    client = scheduler if scheduler is None or not isinstance(scheduler, str) else None
    if client is None and scheduler is None:
        try:
            from distributed import default_client

            client = default_client()
        except (ImportError, ValueError):
            client = None
    if client is None:
        yield from _local_results(task, chunks, scheduler, window or 2 * (os.cpu_count() or 1))
        return
    from distributed import KilledWorker

    window = window or 2 * max(1, sum(client.nthreads().values()))
    pending: deque[tuple[Sequence[Mapping[str, str]], Any]] = deque()

    def oldest() -> Any:
        rows, future = pending.popleft()
        try:
            return future.result()
        except KilledWorker:
            if lost is None:
                raise
        # Every task in flight on a worker that died is blamed for its death: the chunk may be innocent
        # (it ran beside the one that killed the worker). Run it again once; if it kills again, it is lost.
        try:
            return client.submit(task, rows, pure=False).result()
        except KilledWorker as exc:
            return lost(rows, exc)

    try:
        for rows in chunks:
            pending.append((rows, client.submit(task, rows, pure=False)))
            while len(pending) >= window:
                yield oldest()
        while pending:
            yield oldest()
    finally:
        if pending:  # an error, a signal, the consumer stopping: nothing keeps running on the cluster
            client.cancel([future for _, future in pending])


def _local_results(task: Callable[[Any], Any], chunks: Iterable[Any], scheduler: str | None, window: int) -> Iterator[Any]:
    import dask

    batch: list[Any] = []
    for rows in chunks:
        batch.append(rows)
        if len(batch) >= window:
            yield from dask.compute(*[dask.delayed(task, pure=False)(r) for r in batch], scheduler=scheduler)
            batch = []
    if batch:
        yield from dask.compute(*[dask.delayed(task, pure=False)(r) for r in batch], scheduler=scheduler)


@contextmanager
def _scheduler(scheduler: Any) -> Iterator[Any]:
    """A string naming a cluster (``local:N``, an address) becomes a client for the block."""
    if isinstance(scheduler, str) and parse_scheduler(scheduler)[0] != "dask":
        with dask_client(scheduler) as client:
            yield client
    else:
        yield scheduler


def _keys_on(scheduler: Any, func: Callable[[Any], Any], chunks: Iterable[Any]) -> Iterator[Any]:
    """The outlet templates' reading pass (:func:`analysis.pipeline.corpus_templates`) on Dask."""
    return ordered_results(func, chunks, scheduler=scheduler)


def score_corpus_dask(manifest: pd.DataFrame, *, chunk_size: int = 64, scheduler: Any = None, templates: bool = True) -> dict[str, pd.DataFrame]:
    """:func:`analysis.pipeline.score_corpus` on Dask: identical tables, in manifest order.

    ``scheduler``: ``local:N``, an address, ``"synchronous"``, ``"threads"``, ``"processes"``, a
    ``distributed.Client``, or ``None`` for the active one.
    """
    merged: dict[str, list[dict[str, object]]] = {}
    with _scheduler(scheduler) as active:
        for tables in ordered_results(process_chunk, chunked(template_records(manifest, templates=templates, run=functools.partial(_keys_on, active)), chunk_size), scheduler=active, lost=lost_tables):
            for table, rows in tables.items():
                merged.setdefault(table, []).extend(rows)
    merged.setdefault("problems", []).extend(orphan_problems(manifest))
    return to_frames(merged)


def stream_corpus_dask(
    manifest: pd.DataFrame, out_dir: str | Path, *, chunk_size: int = 64, scheduler: Any = None, window: int | None = None,
    progress: bool = False, templates: bool = True,
) -> StreamSummary:
    """Score on Dask and write the tables chunk by chunk, as :func:`analysis.pipeline.stream_corpus`.

    Chunks come back in manifest order, already rendered as CSV text (compact), and are appended
    to temporary files in a staging folder swapped in at the end: byte-identical to the process
    pool's tables for any chunk size, window or number of workers.
    """
    if "manifest" in manifest.attrs:  # never write over the corpus (the manifest is articles.csv too)
        check_not_input(out_dir, manifest.attrs["manifest"], manifest["file"])
    columns = schemas()
    n_articles = n_skipped = 0
    problems: list[dict[str, object]] = []
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(manifest), unit="article", desc="scoring", smoothing=0.1)
    try:
        with _scheduler(scheduler) as active, TableStream(out_dir, {table: list(cols) for table, cols in columns.items()}) as stream:
            chunks = chunked(template_records(manifest, templates=templates, run=functools.partial(_keys_on, active)), chunk_size)
            for chunk in ordered_results(render_chunk, chunks, scheduler=active, window=window, lost=lost_chunk):
                stream.append(chunk.csv)
                n_articles += chunk.n_articles
                n_skipped += chunk.n_skipped
                problems.extend(chunk.problems)
                if bar is not None:
                    bar.update(chunk.n_articles)
            orphans = orphan_problems(manifest)
            stream.append({"problems": rows_to_csv(orphans, columns["problems"], header=False)})
            problems.extend(orphans)
            written = stream.commit()
    finally:
        if bar is not None:
            bar.close()
    return StreamSummary(n_articles, n_skipped, problems, tuple(written), tuple(stream.removed))
