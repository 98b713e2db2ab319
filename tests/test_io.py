from __future__ import annotations

import pandas as pd
import pytest

from analysis import paths
from analysis.io import atomic_write_text, decode_bytes, neutralise_formula, table_to_csv, write_csv


@pytest.mark.parametrize(
    "cell, expected",
    [("=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"), ("+1", "'+1"), ("-x", "'-x"), ("@SUM(A1)", "'@SUM(A1)"), ("Troops", "Troops"), (-0.5, -0.5)],
)
def test_formula_cells_are_neutralised(cell, expected):
    assert neutralise_formula(cell) == expected


def test_csv_rounds_floats_and_drops_negative_zero():
    text = table_to_csv(pd.DataFrame({"x": [0.1 + 0.2, -0.0, 1 / 3]}))
    assert text == "x\n0.3\n0.0\n0.333333\n"


def test_atomic_write_leaves_no_temporary_files(tmp_path):
    atomic_write_text(tmp_path / "t.csv", "a\n")
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_interrupted_write_keeps_the_old_table(tmp_path, monkeypatch):
    target = tmp_path / "t.csv"
    write_csv(pd.DataFrame({"a": [1]}), target)
    import analysis.io as io_module

    def fail(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(io_module.os, "replace", fail)
    with pytest.raises(KeyboardInterrupt):
        write_csv(pd.DataFrame({"a": [2]}), target)
    assert target.read_text() == "a\n1\n"
    assert [p.name for p in tmp_path.iterdir()] == ["t.csv"]


def test_writing_under_raw_is_refused():
    with pytest.raises(PermissionError, match="read-only"):
        atomic_write_text(paths.RAW / "x.txt", "no")


def test_decode_prefers_utf8_then_cp1252():
    assert decode_bytes("\u2019".encode()).encoding == "utf-8"
    assert decode_bytes(b"\x92").text == "\u2019"
