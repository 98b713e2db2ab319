"""The Dask runner gives the same tables as the process pool (same pure chunk function)."""
from __future__ import annotations

import pytest

from analysis.corpus import load_manifest
from analysis.engine import score_corpus_dask, stream_corpus_dask
from analysis.io import table_to_csv
from analysis.pipeline import score_corpus, stream_corpus
from tests import fixture_texts as T


@pytest.fixture
def mixed_manifest(make_corpus, tmp_path):
    texts = {f"a{i}": f"{T.DATELINE} Report number {i} follows.\n\n{T.CURLY}\n\n{T.PROMOS}" for i in range(5)}
    texts |= {"empty": "", "spanish": T.NON_ENGLISH, "crlf": T.WIRE_DATELINE.replace(" ", "\r\n", 3).encode("cp1252")}
    manifest = make_corpus(texts, extra_rows="gone,X,2022-02-15,en,raw/gone.txt\n")
    (tmp_path / "raw" / "stray.txt").write_text("Unlisted.", encoding="utf-8")
    return load_manifest(manifest)


@pytest.mark.parametrize("chunk_size", [1, 3, 64])
def test_dask_synchronous_gives_identical_tables(mixed_manifest, chunk_size):
    expected = score_corpus(mixed_manifest)
    got = score_corpus_dask(mixed_manifest, chunk_size=chunk_size, scheduler="synchronous")
    assert got.keys() == expected.keys()
    for name in expected:
        assert table_to_csv(got[name]) == table_to_csv(expected[name]), name
    assert set(got["articles"]["status"]) == {"scored", "skipped"}
    assert "no_manifest_row" in set(got["problems"]["code"])


def test_dask_stream_writes_the_same_bytes_as_the_cli_stream(mixed_manifest, tmp_path):
    pool = stream_corpus(mixed_manifest, tmp_path / "pool", chunk_size=2)
    dask_run = stream_corpus_dask(mixed_manifest, tmp_path / "dask", chunk_size=3, scheduler="synchronous", window=2)
    assert (dask_run.n_articles, dask_run.n_skipped) == (pool.n_articles, pool.n_skipped) == (9, 3)
    assert [p.name for p in dask_run.written] == [p.name for p in pool.written]
    for path in pool.written:
        assert (tmp_path / "dask" / path.name).read_bytes() == path.read_bytes(), path.name


def test_dask_threads_scheduler_on_the_seeds():
    tables = score_corpus_dask(load_manifest(), chunk_size=1, scheduler="threads")
    assert tables["articles"]["article_id"].tolist() == ["opoyi-106146", "abplive-1513226"]
