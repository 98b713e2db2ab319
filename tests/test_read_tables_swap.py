"""read_tables gives one set of tables even when a run swaps a new set into the folder between
two of its reads (the swap of analysis.outputs, for real), and says so when the folder never
keeps still."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analysis import workbook
from analysis.cli import main as cli_main
from analysis.outputs import OutputFolder
from analysis.paths import MANIFEST


@pytest.fixture(scope="module")
def first_set(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("swap") / "seed-tables"
    assert cli_main(["score", "--manifest", str(MANIFEST), "--out", str(out), "--no-progress"]) == 0
    return out


def _second_set(first: Path, folder: Path) -> None:
    """Swap into ``folder`` the first set with every article id renamed (CSV only: no twins)."""
    ids = workbook.read_tables(first)["articles"]["article_id"].tolist()
    names = [p.name for p in first.iterdir()]
    with OutputFolder(folder, names) as out:
        for path in first.glob("*.csv"):
            text = path.read_text(encoding="utf-8")
            for article_id in ids:
                text = text.replace(article_id, f"{article_id}-second")
            (out.staging / path.name).write_text(text, encoding="utf-8")
        out.commit()


def _reads(monkeypatch, after_read=lambda n: None) -> list[str]:
    """``workbook.read_table`` watched: the names of the tables read so far (the list returned),
    and ``after_read(n)`` run after the n-th table is read (a run writing or removing the folder)."""
    read_table, calls = workbook.read_table, []

    def reading(path, columns=()):
        frame = read_table(path, columns)
        calls.append(path.name)
        after_read(len(calls))
        return frame

    monkeypatch.setattr(workbook, "read_table", reading)
    return calls


def _ids(tables) -> dict[str, set[str]]:
    return {name: set(t["article_id"].astype(str)) - {""} for name, t in tables.items() if "article_id" in t.columns and len(t)}


def test_a_set_swapped_in_between_two_tables_is_read_whole(first_set, tmp_path, monkeypatch):
    folder = tmp_path / "tables"
    shutil.copytree(first_set, folder)
    # three tables read from the first set, then a run swaps in the second
    calls = _reads(monkeypatch, lambda n: n == 3 and _second_set(first_set, folder))
    tables = workbook.read_tables(folder)
    ids = _ids(tables)
    assert all(found <= ids["articles"] for found in ids.values())  # one set, not a mix
    assert ids["articles"] and all(i.endswith("-second") for i in ids["articles"])  # the second
    assert len(calls) > len(tables)  # read again after the swap
    workbook.check_tables_cover(tables, tables["articles"].rename(columns={"article_id": "id"}))


def test_a_folder_that_never_keeps_still_is_an_error(first_set, tmp_path, monkeypatch):
    folder = tmp_path / "tables"
    shutil.copytree(first_set, folder)
    _reads(monkeypatch, lambda n: (folder / f"extra-{n}.csv").write_text("x\n"))  # a run replacing files one by one
    with pytest.raises(workbook.TablesError, match="changed while they were read, 5 times"):
        workbook.read_tables(folder)


def test_a_still_folder_is_read_once_and_a_missing_table_is_still_named(first_set, tmp_path, monkeypatch):
    folder = tmp_path / "tables"
    shutil.copytree(first_set, folder)
    calls = _reads(monkeypatch)
    tables = workbook.read_tables(folder)
    assert len(calls) == len(tables)
    (folder / "quotes.csv").unlink()
    (folder / "quotes.parquet").unlink()
    with pytest.raises(workbook.TablesError, match="quotes.csv: table missing"):
        workbook.read_tables(folder)


def test_a_folder_removed_while_it_is_read_is_named_as_gone(first_set, tmp_path, monkeypatch):
    folder = tmp_path / "tables"
    shutil.copytree(first_set, folder)
    _reads(monkeypatch, lambda n: n == 3 and shutil.rmtree(folder))  # 'make clean' or a user deleting the folder mid-read
    with pytest.raises(workbook.TablesError, match="no such folder of tables"):
        workbook.read_tables(folder)
