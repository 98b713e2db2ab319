"""analysis.parquet: typed Parquet twins of the CSV tables, read by the notebooks' loader."""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from analysis.cli import main as cli_main
from analysis.corpus import load_manifest
from analysis.parquet import BOOL, COLUMN_TYPES, FLOAT, INT, TEXT, column_type, csv_to_parquet, fresh_parquet, parquet_meta
from analysis.pipeline import manifest_records, process_chunk, schemas
from analysis.workbook import read_tables

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"
SEEDS = Path(__file__).parents[1] / "data" / "articles.csv"


@pytest.fixture(scope="module")
def scored_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(out), "--no-progress"]) == 0
    return out


def test_every_column_of_every_table_has_a_declared_type():
    undeclared = sorted({f"{t}.{c}" for t, cols in schemas().items() for c in cols if column_type(c, t) is None})
    assert undeclared == [], f"declare these columns' types in analysis.parquet.COLUMN_TYPES: {undeclared}"


@pytest.mark.parametrize("manifest", [FIXTURE, SEEDS], ids=["multi_outlet", "seeds"])
def test_declared_types_are_the_types_the_scorers_produce(manifest):
    allowed = {INT: (int,), FLOAT: (float, int), BOOL: (bool,), TEXT: (str,)}
    tables = process_chunk(list(manifest_records(load_manifest(manifest))))
    for table, rows in tables.items():
        for row in rows:
            for column, value in row.items():
                kind = column_type(column, table)
                if value is None or (isinstance(value, float) and math.isnan(value)):
                    continue
                ok = isinstance(value, allowed[kind]) and not (kind == INT and isinstance(value, bool))
                assert ok, f"{table}.{column} declared {kind} holds {value!r}"


def test_score_writes_a_typed_parquet_twin_of_every_table(scored_dir):
    for name, columns in schemas().items():
        path = scored_dir / f"{name}.parquet"
        assert fresh_parquet(scored_dir / f"{name}.csv"), name
        schema = pq.read_schema(path)
        assert schema.names == list(columns)
        for field in schema:
            expected = {INT: "int64", FLOAT: "double", BOOL: "bool", TEXT: "string"}[column_type(field.name, name)]
            assert str(field.type) == expected, (name, field.name)
        assert pq.read_metadata(path).num_rows == sum(1 for _ in open(scored_dir / f"{name}.csv", encoding="utf-8")) - 1 \
            or name in ("sentences", "paragraphs", "quotes")  # text cells may span lines in the CSV


def test_parquet_and_csv_give_the_same_frames(scored_dir, tmp_path):
    csv_only = tmp_path / "csv-only"
    shutil.copytree(scored_dir, csv_only)
    for path in csv_only.glob("*.parquet"):
        path.unlink()
    from_parquet, from_csv = read_tables(scored_dir), read_tables(csv_only)
    for name in schemas():
        a, b = from_parquet[name], from_csv[name]
        if a.empty and b.empty:
            assert list(a.columns) == list(b.columns)
            continue
        pd.testing.assert_frame_equal(a, b, check_dtype=False, obj=name)
        for column in a.columns:
            assert pd.api.types.is_numeric_dtype(a[column]) == pd.api.types.is_numeric_dtype(b[column]), (name, column)


def test_an_edited_csv_is_read_instead_of_its_stale_parquet(scored_dir, tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(scored_dir, folder)  # the same bytes: still twins
    assert fresh_parquet(folder / "articles.csv")
    frame = pd.read_csv(folder / "articles.csv", dtype=str, keep_default_na=False)
    frame.loc[0, "headline"] = "Edited in a spreadsheet"
    frame.to_csv(folder / "articles.csv", index=False)
    assert not fresh_parquet(folder / "articles.csv")
    assert read_tables(folder)["articles"].loc[0, "headline"] == "Edited in a spreadsheet"


def test_a_folder_of_parquet_alone_is_read(scored_dir, tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(scored_dir, folder)
    for path in folder.glob("*.csv"):
        path.unlink()
    tables = read_tables(folder)
    assert len(tables["articles"]) == 5 and tables["sentences"]["start"].dtype == "int64"


def test_formula_cells_and_empty_cells_keep_their_values(tmp_path):
    csv = tmp_path / "t.csv"
    csv.write_text("article_id,headline,start,compound,first_voice\n'-a,'=HYPERLINK(1),,,\nb,\"x, y\nz\",7,0.25,False\n",
                   encoding="utf-8")
    table = pq.read_table(csv_to_parquet(csv, ["article_id", "headline", "start", "compound", "first_voice"])).to_pylist()
    assert table == [
        {"article_id": "-a", "headline": "=HYPERLINK(1)", "start": None, "compound": None, "first_voice": None},
        {"article_id": "b", "headline": "x, y\nz", "start": 7, "compound": 0.25, "first_voice": False},
    ]


def test_an_undeclared_column_is_kept_as_text_and_typed_on_load(tmp_path):
    csv = tmp_path / "articles.csv"
    csv.write_text("article_id,brand_new_score\na,1.5\nb,2\n", encoding="utf-8")
    path = csv_to_parquet(csv, ["article_id", "brand_new_score"])
    assert parquet_meta(path)["undeclared"] == ["brand_new_score"]
    assert str(pq.read_schema(path).field("brand_new_score").type) == "string"
    from analysis.workbook import read_table

    assert read_table(csv)["brand_new_score"].tolist() == [1.5, 2.0]


def test_a_cell_that_does_not_fit_its_type_names_the_file(tmp_path):
    csv = tmp_path / "sentences.csv"
    csv.write_text("article_id,start\na,twelve\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"sentences\.csv"):
        csv_to_parquet(csv, ["article_id", "start"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sentences.csv"]  # no temp file left


def test_the_same_tables_give_byte_identical_parquet_files(scored_dir, tmp_path):
    again = tmp_path / "again"
    assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(again), "--no-progress"]) == 0
    twins = sorted(scored_dir.glob("*.parquet"))
    assert twins
    for path in twins:  # the twin records its CSV's size and CRC-32, not its modification time
        assert path.read_bytes() == (again / path.name).read_bytes(), path.name


def test_a_same_size_edit_of_the_csv_makes_its_parquet_stale(scored_dir, tmp_path):
    folder = tmp_path / "t"
    shutil.copytree(scored_dir, folder)
    csv = folder / "articles.csv"
    text = csv.read_text(encoding="utf-8")
    first = text.index("\n") + 1  # the first data row's first character
    csv.write_text(text[:first] + ("x" if text[first] != "x" else "y") + text[first + 1:], encoding="utf-8")
    assert csv.stat().st_size == len(text.encode("utf-8")) and not fresh_parquet(csv)


def test_a_table_that_does_not_fit_its_types_keeps_its_csv_and_the_run(tmp_path, monkeypatch):
    from analysis import parquet

    monkeypatch.setitem(parquet.COLUMN_TYPES, "outlet", INT)  # as if a scorer's bug put text in a number column
    with pytest.warns(RuntimeWarning, match=r"articles\.csv"):
        assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(tmp_path / "t"), "--no-progress"]) == 0
    assert (tmp_path / "t" / "articles.csv").is_file() and not (tmp_path / "t" / "articles.parquet").exists()
    assert (tmp_path / "t" / "sentences.parquet").is_file()
    monkeypatch.undo()
    assert len(read_tables(tmp_path / "t")["articles"]) == 5


def test_a_name_typed_otherwise_in_one_table_keeps_that_tables_type(tmp_path):
    csv = tmp_path / "metadata.csv"  # metadata.value is a page's title or date; claims.value is a number
    csv.write_text("article_id,field,value,source\na,headline,Troops pull back,html_title\n", encoding="utf-8")
    assert pq.read_table(csv_to_parquet(csv, ["article_id", "field", "value", "source"])).column("value").to_pylist() == ["Troops pull back"]
    from analysis.workbook import read_table

    csv.with_suffix(".parquet").unlink()
    assert read_table(csv)["value"].tolist() == ["Troops pull back"]
