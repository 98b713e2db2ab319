from __future__ import annotations

import os

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


@pytest.mark.parametrize(
    "value, text",
    [(None, ""), (float("nan"), ""), (3, "3"), (2.0, "2.0"), (-0.0, "0.0"), (1 / 3, "0.333333"), (True, "True"), ("=1+1", "'=1+1"), ("-x", "'-x"), ("plain", "plain")],
)
def test_cells_are_formatted_by_value_alone(value, text):
    from analysis.io import format_cell, rows_to_csv

    assert format_cell(value) == text
    assert rows_to_csv([{"c": value, "d": 1}], ["c", "d"], header=False) == f"{text},1\n"


def test_rows_to_csv_refuses_an_undeclared_column():
    from analysis.io import rows_to_csv

    with pytest.raises(ValueError, match=r"table 't': undeclared column\(s\) \['z'\]"):
        rows_to_csv([{"a": 1, "z": 2}], ["a"], table="t")


def test_table_stream_commits_atomically_or_leaves_nothing(tmp_path):
    from analysis.io import TableStream

    with TableStream(tmp_path, {"t": ["a", "b"]}) as stream:
        stream.append({"t": "1,x\n"})
        assert not (tmp_path / "t.csv").exists()  # nothing visible before the commit
        stream.append({"t": "2,'=y\n"})
        stream.commit()
    assert (tmp_path / "t.csv").read_text() == "a,b\n1,x\n2,'=y\n"
    with pytest.raises(RuntimeError):
        with TableStream(tmp_path, {"t": ["a", "b"]}) as stream:
            stream.append({"t": "3,z\n"})
            raise RuntimeError
    assert (tmp_path / "t.csv").read_text() == "a,b\n1,x\n2,'=y\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["t.csv", "t.parquet"]  # the table's typed twin (analysis.parquet)


def test_table_stream_refuses_raw():
    from analysis.io import TableStream
    from analysis.outputs import OutputError

    with pytest.raises(OutputError, match="read-only raw data"):
        TableStream(paths.RAW, {"t": ["a"]})


def _cell_by_cell(rows, columns):
    import csv
    import io as std_io

    from analysis.io import format_cell

    buffer = std_io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow([format_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def test_column_fast_paths_write_the_same_text_as_format_cell_cell_by_cell():
    import random

    import numpy as np

    from analysis.io import rows_to_csv

    rng = random.Random(6)
    floats = [0.1 + 0.2, -0.0, -1e-9, 1e-7, 2.5e-7, float("nan"), float("inf"), -float("inf"), 1e21, 123456.1234565, -0.3333335]
    texts = ["plain", "=1+1", "+44", "-0.25", "@user", "\tx", "\rx", "", 'say "hi", then', "a\nb", "\u201cq\u201d"]
    kinds = {
        "float": lambda: rng.choice(floats) if rng.random() < 0.4 else rng.uniform(-1, 1),
        "str": lambda: rng.choice(texts),
        "int": lambda: rng.randint(-10**12, 10**12),
        "bool_none": lambda: rng.choice([True, False, None, 0, 7]),
        "mixed": lambda: rng.choice([None, 1.5, -0.0, "=x", 3, True, np.float64(0.1 + 0.2), np.int64(-4), np.bool_(True), float("nan")]),
    }
    columns = list(kinds)
    for n_rows in (1, 2, 50):
        for pure in (True, False):
            rows = []
            for _ in range(n_rows):
                row = {name: make() for name, make in kinds.items()}
                if not pure and rng.random() < 0.3:
                    del row[rng.choice(columns)]  # a missing key is an empty cell
                rows.append(row)
            assert rows_to_csv(rows, columns, header=False) == _cell_by_cell(rows, columns)


def test_remembered_float_texts_stay_exact_and_bounded(monkeypatch):
    from analysis import io as aio

    monkeypatch.setattr(aio, "_FLOAT_TEXT", {})
    monkeypatch.setattr(aio, "_FLOAT_TEXT_LIMIT", 4)
    values = [-0.0, 0.0, float("nan"), 0.1 + 0.2, -1e-9, 1 / 3, 2 / 3, 0.25, 1 / 3]
    expected = [aio.format_cell(v) for v in values]
    assert aio._float_texts(values) == expected  # first sight: computed
    assert aio._float_texts(values) == expected  # second sight: remembered (or recomputed after a clear)
    assert len(aio._FLOAT_TEXT) <= 4
    assert all(v == v for v in aio._FLOAT_TEXT)  # NaN never stored


def test_rows_to_csv_edge_shapes_match_row_by_row():
    from types import MappingProxyType

    from analysis.io import rows_to_csv

    rows = [{"a": 1}, {"a": 2.5}]
    assert rows_to_csv([{}, {}], [], header=False) == _cell_by_cell([{}, {}], []) == "\n\n"  # an empty line per row
    assert rows_to_csv([], ["a"], header=False) == ""
    assert rows_to_csv((r for r in rows), ("a",), header=False) == _cell_by_cell(rows, ["a"])
    assert rows_to_csv([MappingProxyType({"a": "=x"})], ["a"], header=False) == "'=x\n"
    with pytest.raises(TypeError):
        rows_to_csv([[("a", 1)]], ["a"])  # a list of pairs is not a row


# -- OutputFolder: one set of tables, swapped in whole ----------------------------------------------
def _commit(out, files: dict[str, str], names=("a.csv", "b.csv")):
    from analysis.outputs import OutputFolder

    with OutputFolder(out, names) as folder:
        for name, text in files.items():
            (folder.staging / name).write_text(text)
        folder.commit()
    return folder


def _listing(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize("exchange", [True, False], ids=["renameat2", "two_renames"])
def test_output_folder_replaces_the_set_and_keeps_other_files(tmp_path, monkeypatch, exchange):
    import analysis.outputs as outputs

    if not exchange:
        monkeypatch.setattr(outputs, "_exchange", lambda a, b: False)
    out = tmp_path / "tables"
    _commit(out, {"a.csv": "old a\n", "b.csv": "old b\n"})
    (out / "README.md").write_text("mine\n")
    (out / "notes").mkdir()
    (out / "notes" / "n.txt").write_text("n\n")
    _commit(out, {"a.csv": "new a\n", "b.csv": "new b\n"})
    assert _listing(tmp_path) == ["tables", "tables/README.md", "tables/a.csv", "tables/b.csv", "tables/notes", "tables/notes/n.txt"]
    assert [(out / n).read_text() for n in ("a.csv", "b.csv", "README.md", "notes/n.txt")] == ["new a\n", "new b\n", "mine\n", "n\n"]


def test_output_folder_in_place_when_the_parent_is_read_only(tmp_path, monkeypatch):
    import analysis.outputs as outputs

    out = tmp_path / "tables"
    out.mkdir()
    (out / "a.csv").write_text("old\n")
    monkeypatch.setattr(outputs.os, "access", lambda path, mode: False)
    folder = _commit(out, {"a.csv": "new\n"})
    assert folder.in_place and _listing(tmp_path) == ["tables", "tables/a.csv"] and (out / "a.csv").read_text() == "new\n"


def test_the_next_run_restores_a_set_parked_by_a_kill_mid_swap(tmp_path):
    out = tmp_path / "tables"
    parked = tmp_path / ".tables.old-123-abcd1234"
    parked.mkdir()
    (parked / "a.csv").write_text("previous\n")
    staged = tmp_path / ".tables.new-xyz_1234"
    staged.mkdir()
    (staged / "a.csv").write_text("half\n")
    other = tmp_path / ".tables.new-x.new-abcd1234"  # the staging folder of an output folder named "tables.new-x"
    other.mkdir()
    from analysis.outputs import OutputFolder

    with OutputFolder(out, ["a.csv"]) as folder:
        assert (out / "a.csv").read_text() == "previous\n"  # put back before anything else
        assert folder.removed == [staged]
    assert _listing(tmp_path) == [".tables.new-x.new-abcd1234", "tables", "tables/a.csv"]


def test_a_held_lock_refuses_and_a_stale_one_does_not(tmp_path):
    from analysis.outputs import OutputBusyError, OutputFolder

    out = tmp_path / "tables"
    (tmp_path / ".tables.lock").write_text("99999\n")  # left by a killed run: not locked
    with OutputFolder(out, ["a.csv"]):
        with pytest.raises(OutputBusyError, match=rf"another run \(process {os.getpid()}\) is writing to this folder"):
            OutputFolder(out, ["a.csv"]).__enter__()
    assert _listing(tmp_path) == []  # lock removed, nothing committed


def test_output_folder_behind_a_symlink_stays_a_symlink(tmp_path):
    target = tmp_path / "big_disk" / "tables"
    target.mkdir(parents=True)
    link = tmp_path / "processed"
    link.symlink_to(target)
    _commit(link, {"a.csv": "1\n"})
    _commit(link, {"a.csv": "2\n"})
    assert link.is_symlink() and (target / "a.csv").read_text() == "2\n"
    assert _listing(tmp_path) == ["big_disk", "big_disk/tables", "big_disk/tables/a.csv", "processed"]


def test_table_stream_swaps_extra_files_with_the_tables(tmp_path):
    from analysis.io import TableStream

    for value in ("1", "2"):
        with TableStream(tmp_path / "out", {"t": ["a"]}, also_writes=["t.json"]) as stream:  # (t.parquet is written by commit)
            stream.append({"t": f"{value}\n"})
            (stream.staging / "t.json").write_text(value)
            stream.commit()
    assert (tmp_path / "out" / "t.csv").read_text() == "a\n2\n" and (tmp_path / "out" / "t.json").read_text() == "2"
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["t.csv", "t.json", "t.parquet"]


def test_output_folder_the_system_will_not_rename_is_filled_file_by_file(tmp_path, monkeypatch):
    import errno

    from analysis.outputs import OutputFolder

    out = tmp_path / "tables"
    _commit(out, {"a.csv": "old\n", "b.csv": "old\n"})
    (out / "README.md").write_text("mine\n")

    def refuse(self):
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(OutputFolder, "_swap", refuse)
    _commit(out, {"a.csv": "new\n", "b.csv": "new\n"})
    assert _listing(tmp_path) == ["tables", "tables/README.md", "tables/a.csv", "tables/b.csv"]
    assert [(out / n).read_text() for n in ("a.csv", "b.csv", "README.md")] == ["new\n", "new\n", "mine\n"]


def test_a_signal_whose_raise_was_swallowed_still_stops_the_commit(tmp_path):
    """A signal handler's exception raised inside a library's own ``except`` can be lost (logging
    swallows errors while it emits): the commit checks for a received signal and keeps the old set."""
    from analysis.errors import RunInterrupted, clear_interrupts, note_interrupt

    out = tmp_path / "tables"
    _commit(out, {"a.csv": "old a\n", "b.csv": "old b\n"})
    note_interrupt(15)
    try:
        with pytest.raises(RunInterrupted):
            _commit(out, {"a.csv": "new a\n", "b.csv": "new b\n"})
    finally:
        clear_interrupts()
    assert _listing(tmp_path) == ["tables", "tables/a.csv", "tables/b.csv"]
    assert (out / "a.csv").read_text() == "old a\n"
    _commit(out, {"a.csv": "new a\n", "b.csv": "new b\n"})  # a new run is not refused
    assert (out / "a.csv").read_text() == "new a\n"


@pytest.mark.parametrize(
    "row",
    [
        {"n": 2, "share": 0.3, "flag": True},  # was 2,0.3,True from one writer and 2.0,0.3,True from the other
        {"n": 3, "share": 0.2330845, "flag": False},  # numpy's round(6) gave 0.233084, Python's 0.233085
        {"n": -1, "share": -0.0, "flag": None},
        {"n": 0, "share": float("nan"), "flag": True},
        {"n": 7, "share": 1e-07, "flag": False},
    ],
)
def test_a_row_is_written_the_same_from_rows_and_from_a_dataframe(row):
    from analysis.io import rows_to_csv

    assert table_to_csv(pd.DataFrame([row])) == rows_to_csv([row], list(row))
