"""analysis.workbook: one loader for every notebook, scoring here or reading the score command's tables."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import plots
from analysis.cli import main as cli_main
from analysis.workbook import TEXT_COLUMNS, TablesError, load_workbook, read_tables

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"


@pytest.fixture(scope="module")
def scored_here():
    return load_workbook(FIXTURE, progress=False)


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(out), "--no-progress"]) == 0
    return out


def test_workbook_holds_outlets_in_order_with_one_colour_each(scored_here):
    wb = scored_here
    assert wb.outlets == sorted(wb.articles["outlet"].unique()) and len(wb.outlets) == 3
    assert wb.colors == plots.outlet_colors(wb.outlets)
    assert len(wb.scored) == 5 and (wb.scored["status"] == "scored").all()
    assert wb.summary().startswith("5 of 5 articles scored, 3 outlet(s)")
    assert wb.tables["articles"] is wb.articles


def test_tables_read_from_the_score_command_equal_tables_scored_here(scored_here, tables_dir):
    read = load_workbook(FIXTURE, tables_dir=tables_dir)
    assert "read from" in read.source and set(read.tables) == set(scored_here.tables)
    for name, expected in scored_here.tables.items():
        got = read.tables[name]
        assert list(got.columns) == list(expected.columns), name
        if expected.empty:
            assert got.empty, name
            continue
        pd.testing.assert_frame_equal(got.reset_index(drop=True), expected.reset_index(drop=True),
                                      check_dtype=False, check_exact=False, atol=1e-6, obj=name)
        for column in expected.columns:  # numbers stay numbers and text stays text
            assert pd.api.types.is_numeric_dtype(got[column]) == pd.api.types.is_numeric_dtype(expected[column]), (name, column)


def test_every_text_column_of_the_pipeline_is_declared(scored_here):
    for name, table in scored_here.tables.items():
        for column in table.columns:
            if len(table) and not pd.api.types.is_numeric_dtype(table[column]) and not pd.api.types.is_bool_dtype(table[column]):
                assert column in TEXT_COLUMNS, f"{name}.{column} is text: add it to analysis.workbook.TEXT_COLUMNS"


def test_formula_cells_come_back_as_written(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE.parent / "raw", corpus / "raw")
    manifest = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    manifest.loc[0, "outlet"] = "-Minus News"
    manifest.loc[1, "headline"] = '=HYPERLINK("http://x")'
    manifest.loc[2, "id"] = "007"  # an id that looks like a number stays text
    manifest.loc[2, "path"] = "raw/bd-77120.txt"
    manifest.to_csv(corpus / "articles.csv", index=False)
    out = tmp_path / "tables"
    assert cli_main(["score", "--manifest", str(corpus / "articles.csv"), "--out", str(out), "--no-progress"]) == 0
    assert "'-Minus News" in (out / "articles.csv").read_text(encoding="utf-8"), "the CSV itself is neutralised"
    wb = load_workbook(corpus / "articles.csv", tables_dir=out)
    assert "-Minus News" in wb.outlets
    assert '=HYPERLINK("http://x")' in set(wb.articles["headline"])
    assert "007" in set(wb.articles["article_id"])


def test_tables_of_another_manifest_are_refused(tmp_path, tables_dir):
    manifest = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    corpus = tmp_path / "corpus"
    shutil.copytree(FIXTURE.parent / "raw", corpus / "raw")
    manifest.iloc[:3].to_csv(corpus / "fewer.csv", index=False)
    with pytest.raises(TablesError, match=r"2 article row\(s\) are not in the manifest \(bd-77131, ec-2022-0215\)"):
        load_workbook(corpus / "fewer.csv", tables_dir=tables_dir)
    more = pd.concat([manifest, manifest.iloc[[0]].assign(id="new-1")])
    more.to_csv(corpus / "more.csv", index=False)
    with pytest.raises(TablesError, match=r"1 manifest id\(s\) have no article row \(new-1\)"):
        load_workbook(corpus / "more.csv", tables_dir=tables_dir)


def test_missing_table_or_column_names_the_file(tmp_path, tables_dir):
    broken = tmp_path / "broken"
    shutil.copytree(tables_dir, broken)
    (broken / "quotes.csv").unlink()
    (broken / "quotes.parquet").unlink(missing_ok=True)  # a table's Parquet twin alone would still do
    with pytest.raises(TablesError, match=r"quotes\.csv: table missing"):
        read_tables(broken)
    shutil.copy2(tables_dir / "quotes.csv", broken / "quotes.csv")
    frame = pd.read_csv(broken / "sentences.csv", dtype=str, keep_default_na=False).drop(columns=["compound"])
    frame.to_csv(broken / "sentences.csv", index=False)
    with pytest.raises(TablesError, match=r"sentences\.csv: column\(s\) missing: \['compound'\]"):
        read_tables(broken)


def test_scoring_here_shows_a_progress_bar(capsys):
    load_workbook(FIXTURE, progress=True)
    assert "scoring" in capsys.readouterr().err


@pytest.fixture(scope="module")
def one_outlet_all_skipped(tmp_path_factory) -> tuple[Path, Path]:
    """(manifest, tables) of the multi-outlet fixture plus an outlet whose only article is not English."""
    folder = tmp_path_factory.mktemp("skipped_outlet")
    shutil.copytree(FIXTURE.parent / "raw", folder / "raw")
    (folder / "raw" / "other.txt").write_text(
        "Die Regierung in Moskau teilte am Dienstag mit, dass einige Einheiten nach den Übungen in ihre Kasernen "
        "zurückkehren. Die Nato verlangte Beweise für den Abzug und sprach von ersten Zeichen, die man prüfen werde.\n\n"
        "Der Kanzler sagte in Moskau, die Lage bleibe ernst, doch gebe es Grund zur Hoffnung auf weitere Gespräche.\n",
        encoding="utf-8")
    rows = FIXTURE.read_text(encoding="utf-8").rstrip("\n").split("\n")
    rows.append("tbl-1,Results Desk,https://example.org/results,2022-02-15,Results,manual,en,,raw/other.txt")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    tables = folder / "tables"
    assert cli_main(["score", "--manifest", str(folder / "articles.csv"), "--out", str(tables), "--no-progress"]) == 0
    return folder / "articles.csv", tables


def test_an_outlet_with_no_scored_article_is_named_and_left_out_of_the_comparisons(one_outlet_all_skipped):
    manifest, tables = one_outlet_all_skipped
    wb = load_workbook(manifest, tables_dir=tables)
    skipped = wb.articles[wb.articles["outlet"] == "Results Desk"]
    assert len(skipped) == 1 and (skipped["status"] != "scored").all()  # kept, with its reason
    assert "Results Desk" not in wb.outlets and len(wb.outlets) == 3 and set(wb.colors) == set(wb.outlets)
    assert wb.unscored_outlets == ["Results Desk"]
    assert "1 outlet(s) with no scored article left out of the comparisons" in wb.summary() and "Results Desk" in wb.summary()


@pytest.mark.notebooks
def test_the_outlet_comparison_runs_when_an_outlet_has_no_scored_article(one_outlet_all_skipped, tmp_path, monkeypatch):
    import papermill

    from analysis.report import notebook_paths

    manifest, tables = one_outlet_all_skipped
    for name in ("WORKBOOK_MANIFEST", "WORKBOOK_REPORTS", "WORKBOOK_TABLES", "WORKBOOK_OUTLETS", "WORKBOOK_GROUP"):
        monkeypatch.delenv(name, raising=False)
    path = next(p for p in notebook_paths() if p.stem.startswith("05"))
    papermill.execute_notebook(str(path), str(tmp_path / path.name), kernel_name="python3", cwd=str(path.parent),
                               parameters={"MANIFEST": str(manifest), "TABLES": str(tables), "REPORTS": str(tmp_path / "reports")},
                               progress_bar=False, log_output=False)
    summary = pd.read_csv(tmp_path / "reports" / "tables" / "05-outlet-summary.csv")
    assert len(summary) == 3 and "Results Desk" not in set(summary["outlet"])
