"""analysis.notebook (the one set-up call), the package functions that replaced notebook cells, and
papermill: every notebook executes with every parameter given as a string."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis import compare, leads, notebook, outlet_summary
from analysis.cli import main as cli_main
from analysis.highlight import md_code
from analysis.notebook import NotebookSetupError, as_float, as_int, as_path, setup
from analysis.report import notebook_paths

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"
NOTEBOOKS = notebook_paths()


@pytest.fixture(scope="module")
def tables_dir(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("tables")
    assert cli_main(["score", "--manifest", str(FIXTURE), "--out", str(out), "--no-progress"]) == 0
    return out


@pytest.mark.parametrize("value, kind, expected", [
    ("25", as_int, 25), (25, as_int, 25), (" 8 ", as_int, 8), ("10.0", as_int, 10),
    ("0.2", as_float, 0.2), (1, as_float, 1.0), ("1e-1", as_float, 0.1),
])
def test_numbers_are_read_from_strings_or_numbers(value, kind, expected):
    assert kind(value, name="P") == expected and type(kind(value, name="P")) is type(expected)


@pytest.mark.parametrize("value, kind", [("", as_int), ("2.5", as_int), ("many", as_int), ("", as_float), ("x", as_float)])
def test_a_bad_number_names_its_parameter(value, kind):
    with pytest.raises(ValueError, match="parameter P"):
        kind(value, name="P")


def test_paths_are_read_from_strings(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert as_path("out") == tmp_path / "out" and as_path(str(tmp_path)) == tmp_path and as_path(tmp_path / "x") == tmp_path / "x"
    assert as_path("  ", default=Path("/d")) == Path("/d") and as_path(None, default=Path("/d")) == Path("/d")
    with pytest.raises(ValueError):
        as_path("")


def test_setup_takes_every_parameter_as_a_string(tables_dir, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("WORKBOOK_REPORTS", raising=False)
    ctx = setup(str(FIXTURE), reports=str(tmp_path / "r"), tables=str(tables_dir), outlets_table="", group="type", top_outlets="2", style=False)
    assert ctx.reports == tmp_path / "r" and isinstance(ctx.reports, Path)
    assert ctx.outlets == sorted(ctx.articles["outlet"].unique()) and len(ctx.scored) == 5
    assert set(ctx.groups) == set(ctx.outlets) and set(ctx.group_colors) == set(ctx.groups.values())
    assert sum(label.startswith("others") for label in set(ctx.label.values())) == 1  # 3 outlets, the 2 largest named
    assert set(ctx.row_colors) == set(ctx.label.values())
    assert capsys.readouterr().out.strip() == f"5 of 5 articles scored, 3 outlet(s); tables read from {tables_dir}; figures go to {tmp_path / 'r' / 'figures'}"


def test_setup_refuses_a_corpus_with_nothing_scored(make_corpus):
    manifest = make_corpus({"empty": ""})
    with pytest.raises(NotebookSetupError, match="no article could be scored"):
        setup(str(manifest), style=False, verbose=False)


@pytest.fixture(scope="module")
def fixture_tables(tables_dir) -> dict[str, pd.DataFrame]:
    from analysis.workbook import read_tables

    return read_tables(tables_dir)


def test_outlet_summary_has_every_outlet_and_the_measures_of_the_other_notebooks(fixture_tables):
    tables = fixture_tables
    articles = tables["articles"]
    outlets = sorted(articles["outlet"].unique())
    sentences = compare.attach_outlet(tables["sentences"], articles)
    distinctive = compare.log_odds_dirichlet(compare.term_counts(sentences, by="outlet"))
    exclusive = pd.Series(0.5, index=outlets)
    summary = outlet_summary.outlet_summary(tables, outlets, exclusive_share=exclusive, distinctive=distinctive)
    assert list(summary.index) == outlets and (summary["sentences with no counterpart elsewhere"] == 0.5).all()
    assert summary["words"].tolist() == articles.groupby("outlet")["n_words"].sum().reindex(outlets).tolist()
    # The strongest event frame: the word-weighted rate over the outlet's articles, computed here by hand.
    frames = compare.attach_outlet(tables["frames"], articles).merge(articles[["article_id", "n_words"]], on="article_id")
    event = frames[frames["family"] == "event"]
    for outlet in outlets:
        rows = event[event["outlet"] == outlet]
        rates = {f: (g["per_1000_words"] * g["n_words"]).sum() / g["n_words"].sum() for f, g in rows.groupby("frame")}
        best = max(rates.values())
        assert any(summary.loc[outlet, "strongest event frame (per 1,000 words)"] == f"{f} ({r:.0f})" for f, r in rates.items() if r == best)
    tone = compare.voice_tone(sentences, articles)
    own = tone[tone["voice"] == "reporter"].set_index("outlet")
    assert summary["reporter tone (VADER compound, mean)"].tolist() == own["mean"].reindex(outlets).tolist()
    paragraphs = outlet_summary.outlet_paragraphs(summary)
    assert len(paragraphs) == len(outlets) and all(p.startswith(f"**{o}**") for p, o in zip(paragraphs, outlets))


def test_lead_lines_tell_each_article_and_say_how_many_are_left_out(fixture_tables):
    tables = fixture_tables
    scored = tables["articles"][tables["articles"]["status"] == "scored"]
    lead_table = leads.lead_frames_by_article(tables["lead_frames"], scored)
    lines = leads.lead_lines(lead_table, scored)
    assert len(lines) == len(scored) and all(md_code(a) in line for line, a in zip(lines, scored["article_id"]))
    capped = leads.lead_lines(lead_table, scored, limit=2)
    assert capped[:2] == lines[:2] and capped[2] == f"- ... and {len(scored) - 2} more article(s): every lead is in the table above."
    assert leads.lead_verdict(lead_table, family="event")


# Papermill with every parameter a string: tests/test_many_outlets.py (on 21 outlets of one article each).


def test_the_setup_module_is_what_every_notebook_calls():
    import nbformat

    for path in NOTEBOOKS:
        source = "\n".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        assert source.count("setup(MANIFEST") == 1 and "load_workbook(" not in source and "notebook_style()" not in source, path.name
        assert "analysis.paths.manifest_from_env()" not in source and "analysis.paths.reports_dir()" not in source, path.name
    assert notebook.setup.__module__ == "analysis.notebook"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_cells_fit_on_a_screen_and_define_no_function(path):
    import nbformat

    for i, cell in enumerate(nbformat.read(path, as_version=4).cells):
        if cell.cell_type == "code":
            assert cell.source.count("\n") < 30, f"{path.name} cell {i}: {cell.source.count(chr(10)) + 1} lines"
            assert "\ndef " not in "\n" + cell.source, f"{path.name} cell {i} defines a function: move it into the package"
