from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pandas as pd
import pytest
from openpyxl import load_workbook

from analysis.cli import main as cli_main
from analysis.excel import FIXED_DATE, write_excel
from analysis.workbook import read_tables

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"


@pytest.fixture(scope="module")
def scored_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("excel") / "tables"
    assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(out), "--no-progress"]) == 0
    return out


def test_every_table_is_a_sheet_with_its_rows_and_types(scored_dir, tmp_path):
    out = tmp_path / "tables.xlsx"
    assert cli_main(["excel", "--tables", str(scored_dir), "--out", str(out)]) == 0
    tables = read_tables(scored_dir)
    book = load_workbook(out, read_only=True)
    assert book.sheetnames == list(tables)
    for name, frame in tables.items():
        rows = list(book[name].iter_rows(values_only=True))
        assert list(rows[0]) == list(frame.columns) and len(rows) == len(frame) + 1, name
    sentences = tables["sentences"]
    first = list(book["sentences"].iter_rows(min_row=2, max_row=2, values_only=True))[0]
    for column, value in zip(sentences.columns, first):
        expected = sentences[column].iloc[0]
        if pd.api.types.is_numeric_dtype(sentences[column]) and not pd.isna(expected):
            assert isinstance(value, (int, float)) and value == pytest.approx(float(expected)), column


def test_text_that_looks_like_a_formula_stays_text_and_long_tables_continue(tmp_path, scored_dir):
    folder = tmp_path / "t"
    folder.mkdir()
    for path in scored_dir.glob("*.csv"):  # CSVs only: read_tables types them
        (folder / path.name).write_bytes(path.read_bytes())
    articles = pd.read_csv(folder / "articles.csv", dtype=str, keep_default_na=False)
    articles.loc[0, "headline"] = "=HYPERLINK(\"http://x\")"
    articles.to_csv(folder / "articles.csv", index=False)
    out = write_excel(folder, tmp_path / "a.xlsx", rows_per_sheet=2)
    book = load_workbook(out)  # not read-only: data types visible
    assert "articles (2)" in book.sheetnames and book["articles"].max_row == 3
    cell = next(c for c in book["articles"][2] if c.value == "=HYPERLINK(\"http://x\")")
    assert cell.data_type == "s"  # stored as text, never run as a formula


def test_the_same_tables_give_the_same_bytes_and_a_wrong_name_is_refused(scored_dir, tmp_path, capsys):
    a = write_excel(scored_dir, tmp_path / "a.xlsx")
    b = write_excel(scored_dir, tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()
    properties = load_workbook(a, read_only=True).properties  # not the time of writing (same-second runs hide it)
    assert properties.created == properties.modified == datetime(*FIXED_DATE)
    assert cli_main(["excel", "--tables", str(scored_dir), "--out", str(tmp_path / "t.csv")]) == 4
    assert "ends in .xlsx" in capsys.readouterr().err and not (tmp_path / "t.csv").exists()
