"""Worker processes: BLAS on one thread in each (threadpoolctl), and the environment helper."""
from __future__ import annotations

import os

import pytest

from analysis.workers import parallel_map, temporary_environ


def _blas_threads(_item: int) -> tuple[int, ...]:
    from threadpoolctl import threadpool_info

    return tuple(sorted({pool["num_threads"] for pool in threadpool_info() if pool["user_api"] == "blas"}))


def test_every_worker_runs_blas_on_one_thread():
    assert set(parallel_map(_blas_threads, range(4), jobs=2)) == {(1,)}


@pytest.mark.parametrize("before", [None, "outer"])
def test_temporary_environ_restores_what_was_there(monkeypatch, before):
    if before is None:
        monkeypatch.delenv("WORKBOOK_TEST_ENV", raising=False)
    else:
        monkeypatch.setenv("WORKBOOK_TEST_ENV", before)
    with temporary_environ({"WORKBOOK_TEST_ENV": "inner"}):
        assert os.environ["WORKBOOK_TEST_ENV"] == "inner"
    assert os.environ.get("WORKBOOK_TEST_ENV") == before
