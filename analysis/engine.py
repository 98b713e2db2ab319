"""Scoring on Dask: the same pure chunk function, scheduled by a distributed engine.

Scoring is a pure function of one article (plus the instruments), applied to chunks of the
manifest (:func:`analysis.pipeline.process_chunk`). The process pool in
:mod:`analysis.pipeline` and the Dask runner here call the *same* function, so a corpus too big
for one machine gives the same tables on a cluster. Workers read their articles' files
themselves: the corpus folder must be visible to every worker at the manifest's paths (a shared
or network file system).

Examples
--------
>>> from analysis.corpus import load_manifest
>>> tables = score_corpus_dask(load_manifest(), chunk_size=1, scheduler="synchronous")
>>> tables["articles"]["status"].tolist()
['scored', 'scored']
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd

from .outputs import check_not_input
from .pipeline import (
    StreamSummary,
    TableStream,
    chunked,
    manifest_records,
    orphan_problems,
    process_chunk,
    render_chunk,
    rows_to_csv,
    schemas,
    to_frames,
)


def _bag(manifest: pd.DataFrame, chunk_size: int, func: Any) -> Any:
    import dask.bag as db

    chunks = list(chunked(manifest_records(manifest), chunk_size))
    # One partition per chunk: a chunk is the unit of work, as in the process pool.
    return db.from_sequence(chunks, npartitions=max(1, len(chunks))).map(func)


def score_corpus_dask(manifest: pd.DataFrame, *, chunk_size: int = 64, scheduler: str | None = None) -> dict[str, pd.DataFrame]:
    """:func:`analysis.pipeline.score_corpus` on Dask: identical tables, in manifest order.

    ``scheduler`` is any Dask scheduler name (``"synchronous"``, ``"threads"``,
    ``"processes"``) or ``None`` for the active one (a ``dask.distributed.Client`` if created).
    """
    results = _bag(manifest, chunk_size, process_chunk).compute(scheduler=scheduler)
    merged: dict[str, list[dict[str, object]]] = {}
    for tables in results:
        for table, rows in tables.items():
            merged.setdefault(table, []).extend(rows)
    merged.setdefault("problems", []).extend(orphan_problems(manifest))
    return to_frames(merged)


def stream_corpus_dask(
    manifest: pd.DataFrame, out_dir: str | Path, *, chunk_size: int = 256, scheduler: str | None = None, window: int = 32
) -> StreamSummary:
    """Score on Dask and write the tables chunk by chunk, as :func:`analysis.pipeline.stream_corpus`.

    Chunks come back in manifest order, already rendered as CSV text (compact), and are appended
    to temporary files renamed into place at the end: byte-identical to the CLI's tables.
    """
    import dask

    if "manifest" in manifest.attrs:  # never write over the corpus (the manifest is articles.csv too)
        check_not_input(out_dir, manifest.attrs["manifest"], manifest["file"])
    columns = schemas()
    bag = _bag(manifest, chunk_size, render_chunk)
    n_articles = n_skipped = 0
    problems: list[dict[str, object]] = []
    with TableStream(out_dir, columns) as stream:
        partitions = bag.to_delayed()
        for first in range(0, len(partitions), window):
            # A window of partitions at a time: parallel, yet only ``window`` chunks held at once.
            for (chunk,) in dask.compute(*partitions[first : first + window], scheduler=scheduler):
                stream.append(chunk.csv)
                n_articles += chunk.n_articles
                n_skipped += chunk.n_skipped
                problems.extend(chunk.problems)
        orphans = orphan_problems(manifest)
        stream.append({"problems": rows_to_csv(orphans, columns["problems"], header=False)})
        problems.extend(orphans)
        written = stream.commit()
    return StreamSummary(n_articles, n_skipped, problems, tuple(written))
