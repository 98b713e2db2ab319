"""``python -m analysis score --scheduler``: Dask's distributed scheduler gives the tables of ``--jobs 1``, byte for byte.

On real ``dask.distributed`` LocalClusters of two worker processes (one thread each): the CLI's
``local:2``, and a cluster started here whose scheduler kills a worker's task at once (no retry),
to see a chunk that kills its worker skipped, not the run. Each cluster costs a few seconds (its
workers import the package and load the instruments).
"""
from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import pandas as pd
import pytest

from analysis import engine
from analysis.cli import main
from analysis.pipeline import SCORER_ERROR, chunked, lost_chunk, render_chunk
from tests import fixture_texts as T

distributed = pytest.importorskip("distributed")


@pytest.fixture
def corpus(make_corpus, tmp_path):
    """Real articles, and the odd ones: empty, not English, a missing file, a file no row lists."""
    texts: dict[str, str | bytes] = {path.stem: path.read_bytes() for path in T.CORPUS_FILES}
    texts |= {"empty": T.EMPTY, "spanish": T.NON_ENGLISH, "cp1252": T.WIRE_DATELINE.encode("cp1252")}
    manifest = make_corpus(texts, extra_rows="gone,X,2022-02-15,en,raw/gone.txt\n")
    (tmp_path / "raw" / "stray.txt").write_text("Unlisted.", encoding="utf-8")
    return manifest


def _score(manifest: Path, out: Path, *extra: str) -> int:
    return main(["score", "--manifest", str(manifest), "--out", str(out), "--no-progress", *extra])


def test_a_local_cluster_of_two_workers_gives_the_tables_of_one_process(corpus, tmp_path, capsys):
    assert _score(corpus, tmp_path / "one", "--jobs", "1") == 0
    one = capsys.readouterr()
    assert _score(corpus, tmp_path / "dask", "--scheduler", "local:2", "--chunk-size", "2") == 0
    dask_run = capsys.readouterr()
    assert dask_run.out.replace(str(tmp_path / "dask"), "OUT") == one.out.replace(str(tmp_path / "one"), "OUT")
    assert dask_run.err == one.err and "no_manifest_row" in one.err  # the same problems, in the same order
    names = sorted(p.name for p in (tmp_path / "one").iterdir())
    assert names == sorted(p.name for p in (tmp_path / "dask").iterdir()) and "articles.csv" in names
    for name in names:
        if name.endswith(".csv"):
            assert (tmp_path / "dask" / name).read_bytes() == (tmp_path / "one" / name).read_bytes(), name
        else:  # a Parquet twin records its CSV's mtime; its data must be the same
            pd.testing.assert_frame_equal(pd.read_parquet(tmp_path / "dask" / name), pd.read_parquet(tmp_path / "one" / name))
    status = pd.read_csv(tmp_path / "dask" / "articles.csv", dtype=str).set_index("article_id")["status"]
    assert status[["empty", "spanish", "gone"]].tolist() == ["skipped"] * 3 and (status == "scored").sum() >= 5


def render_or_die(rows):
    """:func:`render_chunk`, except that a chunk holding article ``boom`` kills its worker (as the OOM killer would)."""
    if any(row["id"] == "boom" for row in rows):
        os.kill(os.getpid(), signal.SIGKILL)
    return render_chunk(rows)


def test_a_chunk_that_kills_its_worker_is_skipped_and_the_run_goes_on(make_corpus):
    import dask

    good = T.DATELINE + "\n\n" + T.CURLY
    manifest = make_corpus({"a": good, "boom": good, "c": good, "d": good})
    from analysis.corpus import load_manifest
    from analysis.pipeline import manifest_records

    rows = list(manifest_records(load_manifest(manifest)))
    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):  # the first death is final
        cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                           silence_logs=logging.CRITICAL)
        with cluster, distributed.Client(cluster) as client:
            chunks = list(engine.ordered_results(render_or_die, chunked(rows, 1), scheduler=client, lost=lost_chunk))
    assert [c.n_articles for c in chunks] == [1, 1, 1, 1] and [c.n_skipped for c in chunks] == [0, 1, 0, 0]
    assert chunks[1].problems[0]["code"] == SCORER_ERROR and chunks[1].problems[0]["article_id"] == "boom"
    assert "died" in chunks[1].problems[0]["message"]
    assert chunks[2].csv == render_chunk(rows[2:3]).csv  # the other chunks are what a clean run gives


@pytest.mark.parametrize(
    ("scheduler", "message"),
    [
        ("local:0", "local:0: local:N needs N >= 1 worker processes"),
        ("tcp://127.0.0.1:9", "tcp://127.0.0.1:9: cannot reach the Dask scheduler"),
        ("two words", "two words: not a scheduler"),
    ],
)
def test_a_scheduler_that_cannot_be_used_is_one_line_and_writes_nothing(make_corpus, tmp_path, capsys, monkeypatch, scheduler, message):
    monkeypatch.setattr(engine, "CONNECT_TIMEOUT", 2.0)
    manifest = make_corpus({"a": T.DATELINE})
    assert _score(manifest, tmp_path / "out", "--scheduler", scheduler) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith(f"error: {message}"), err
    assert not (tmp_path / "out").exists()


def test_jobs_and_scheduler_together_are_refused(make_corpus, tmp_path, capsys):
    assert _score(make_corpus({"a": T.DATELINE}), tmp_path / "out", "--scheduler", "threads", "--jobs", "2") == 2
    assert capsys.readouterr().err.strip() == "error: --scheduler: give --jobs or --scheduler, not both (a Dask cluster has its own workers)"


def test_dask_local_schedulers_through_the_command_line(corpus, tmp_path):
    assert _score(corpus, tmp_path / "one") == 0
    assert _score(corpus, tmp_path / "threads", "--scheduler", "threads", "--chunk-size", "3") == 0
    for path in (tmp_path / "one").glob("*.csv"):
        assert (tmp_path / "threads" / path.name).read_bytes() == path.read_bytes(), path.name
