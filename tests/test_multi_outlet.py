"""The workbook on more than two articles and outlets: tests/fixtures/multi_outlet (5 articles, 3 outlets).

Every compare and plot function runs on it and still reads well (one colour per outlet, every
outlet present, legends outside the data), and every notebook executes on it headless.
"""
from __future__ import annotations

from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import compare, figures, plots  # noqa: E402
from analysis import paths as analysis_paths  # noqa: E402
from analysis.corpus import load_manifest  # noqa: E402
from analysis.pipeline import score_corpus  # noqa: E402
from analysis.report import execute_notebook, notebook_paths  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"
NOTEBOOKS = notebook_paths()


@pytest.fixture(scope="module")
def tables() -> dict[str, pd.DataFrame]:
    return score_corpus(load_manifest(FIXTURE))


@pytest.fixture(scope="module")
def sentences(tables) -> pd.DataFrame:
    return compare.attach_outlet(tables["sentences"], tables["articles"])


def test_fixture_is_a_multi_outlet_corpus(tables):
    articles = tables["articles"]
    assert len(articles) >= 4 and articles["outlet"].nunique() >= 3
    assert (articles["status"] == "scored").all(), articles[["article_id", "skip_reason"]]
    assert (articles["dateline"] != "").any(), "one article has a dateline"
    assert len(tables["related"]) >= 3, "promo lines in several outlets' styles"
    assert tables["problems"].empty


def test_distinctive_words_cover_every_outlet(sentences):
    result = compare.log_odds_dirichlet(compare.term_counts(sentences))
    assert set(result["outlet"]) == set(sentences["outlet"])
    # Against the rest, z-scores of a shared word have opposite signs across outlets.
    assert result["z"].notna().all()


def test_ministry_statement_aligns_across_all_outlets_that_carry_it(sentences):
    pairs = compare.align_sentences(sentences)
    statement = pairs[pairs["text_a"].str.contains("Units of the Southern", case=False) & pairs["text_b"].str.contains("Units of the Southern", case=False)]
    outlets = set(statement["outlet_a"]) | set(statement["outlet_b"])
    assert outlets == set(sentences["outlet"]), "the three translations of the statement are matched"


def test_omissions_name_each_outlets_own_sources(sentences):
    ex = compare.exclusive_mentions(sentences)
    mine = ex.groupby("outlet")["mention"].apply(set).to_dict()
    assert any("Jaishankar" in m for m in mine["Bharat Dispatch"])
    assert any("Scholz" in m for m in mine["Europa Courier"])
    assert any("Stoltenberg" in m for m in mine["Northline Wire"])
    assert "1,30,000" in mine["Bharat Dispatch"] and "130,000" in mine["Northline Wire"], "lakh and western digit groups stay distinct strings"


def test_summary_join_keeps_every_outlet(tables, sentences):
    articles = tables["articles"]
    outlets = sorted(articles["outlet"].unique())
    summary = compare.join_by_outlet(
        {"articles": articles.groupby("outlet").size(), "words": articles.groupby("outlet")["n_words"].sum(),
         "tone": compare.group_mean_ci(sentences.assign(v=sentences["quoted_share"]), value="v", by="outlet")},
        outlets,
    )
    assert list(summary.index) == outlets and summary.notna().all().all()


def test_related_links_table_has_every_promo(tables):
    links = compare.related_links(tables["related"], tables["articles"])
    assert len(links) == len(tables["related"]) and links["outlet"].nunique() == 3


def test_plots_give_each_outlet_one_colour_and_a_legend_entry(tables, sentences, tmp_path):
    articles = tables["articles"]
    colors = plots.outlet_colors(articles["outlet"])
    assert len(set(colors.values())) == 3
    frames = pd.DataFrame({
        "article_id": articles["article_id"], "outlet": articles["outlet"], "frame": "conflict",
        "v": range(len(articles)), "lo": 0.0, "hi": 9.0,
    })
    fig, axes = plt.subplots(3, 1, figsize=(8, 11))
    plots.plot_sentence_arc(sentences.assign(compound=sentences["quoted_share"]), ax=axes[0], colors=colors)
    plots.plot_intervals(frames, value="v", low="lo", high="hi", category="frame", xlabel="per 1,000 words", ax=axes[1], colors=colors)
    plots.plot_bars(articles, value="n_words", xlabel="words", ax=axes[2], colors=colors)
    for ax in axes:
        legend = ax.get_legend()
        assert legend is not None
        assert sorted(t.get_text() for t in legend.get_texts()) == sorted(colors)
    # Every article gets its own dodged dot within the row.
    dots = [l for l in axes[1].lines if l.get_linestyle() == "None"]
    assert len({round(float(l.get_ydata()[0]), 6) for l in dots}) == len(articles)
    png, csv = figures.save_figure(fig, frames, "multi-outlet-check", tmp_path)
    assert png.stat().st_size > 0 and len(pd.read_csv(csv)) == len(articles)
    plt.close(fig)


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_on_the_multi_outlet_corpus(path, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_MANIFEST", str(FIXTURE))
    monkeypatch.setenv("WORKBOOK_REPORTS", str(tmp_path))
    notebook = execute_notebook(path, timeout=300)
    text = "\n".join(o.get("text", "") for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "stream")
    assert "5 of 5 articles scored, 3 outlet(s)" in text
    assert list((tmp_path / "figures").glob("*.png")), "the notebook saved its figures under $WORKBOOK_REPORTS"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_shape_and_no_seed_specific_text(path):
    """H1 + question/inputs/outputs, then the one parameters cell; each Finding followed by its proof;
    Caveats last; one loader; no seed outlet, id or headline written into any cell."""
    import nbformat

    nb = nbformat.read(path, as_version=4)
    first, params = nb.cells[0], nb.cells[1]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert all(k in first.source for k in ("**Question.**", "**Inputs**", "**Outputs**")), path.name
    assert "parameters" in params.metadata.get("tags", []) and sum("parameters" in c.metadata.get("tags", []) for c in nb.cells) == 1
    assert all(name in params.source for name in ("MANIFEST = os.environ.get(", "REPORTS = os.environ.get(", "TABLES = os.environ.get(\"WORKBOOK_TABLES\""))
    for i, cell in enumerate(nb.cells):
        if cell.cell_type == "markdown" and cell.source.startswith("#### Finding:"):
            assert nb.cells[i + 1].cell_type == "code", f"{path.name}: cell {i} has no proving cell"
    headings = [c.source for c in nb.cells if c.cell_type == "markdown" and c.source.startswith("#")]
    assert headings[-1].startswith("## Caveats")
    source = "\n".join(c.source for c in nb.cells)
    assert "ctx = setup(MANIFEST, reports=REPORTS, tables=TABLES" in source and "score_corpus(" not in source, "one set-up call, no per-notebook scoring"
    seeds = load_manifest(analysis_paths.MANIFEST)
    for value in [*seeds["outlet"], *seeds["id"], *seeds["headline"], "100,000", "millions of soldiers"]:
        assert value not in source, f"{path.name} hard-codes seed text {value!r}"
