"""Metadata from saved pages and text top matter, and `python -m analysis add`."""
from __future__ import annotations

import pandas as pd
import pytest

from analysis.cli import main
from analysis.pages import add_files, article_files, fill_row, metadata_from_html, metadata_from_text, parse_date

LEDE = "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said, and many more people were missing in the hills. "
PAGE_HTML = (
    "<html><head><title>Quake toll rises - Example News</title>"
    '<meta property="og:site_name" content="Example News"><meta name="author" content="Jane Roe">'
    '<meta property="article:published_time" content="2013-07-23T10:00:00Z">'
    '<link rel="canonical" href="https://example.com/news/quake-toll"></head>'
    f"<body><nav>Home | World</nav><article><h1>Quake toll rises</h1><p>{LEDE}</p><p>{LEDE}</p></article></body></html>"
)
PAGE_TEXT = f"Skip to main content\n\nQuake toll rises\n\nTuesday, July 23, 2013\n\n{LEDE}\n\n{LEDE}\n\nPost a Comment\n"


def test_metadata_from_html():
    assert metadata_from_html(PAGE_HTML) == {
        "headline": "Quake toll rises",
        "outlet": "Example News",
        "published": "2013-07-23",
        "url": "https://example.com/news/quake-toll",
        "author": "Jane Roe",
    }


@pytest.mark.parametrize("html", ["", "not html at all", "<html><body></body></html>"])
def test_metadata_from_bad_html_is_empty_not_an_error(html):
    assert "published" not in metadata_from_html(html)


def test_metadata_from_text_top_matter():
    assert metadata_from_text(PAGE_TEXT) == {"headline": "Quake toll rises", "published": "2013-07-23"}


@pytest.mark.parametrize("line, date", [("May 1, 2008", "2008-05-01"), ("Thursday, February 22, 2018", "2018-02-22"), ("Wednesday,19-November-2025", "2025-11-19"), ("Updated", ""), ("31 June 2020", "")])
def test_parse_date(line, date):
    assert parse_date(line) == date


def test_fill_row_never_replaces_what_the_user_wrote():
    row, filled = fill_row({"outlet": "Mine", "published": "", "headline": "Mine"}, {"outlet": "Site", "published": "2013-07-23", "headline": "Title"}, "html_meta")
    assert row == {"outlet": "Mine", "published": "2013-07-23", "headline": "Mine"}
    assert filled == [("published", "2013-07-23", "html_meta")]


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "raw" / "ndtv").mkdir(parents=True)
    (tmp_path / "raw" / "page.html").write_text(PAGE_HTML, encoding="utf-8")
    (tmp_path / "raw" / "ndtv" / "story one.txt").write_text(PAGE_TEXT, encoding="utf-8")
    (tmp_path / "raw" / "ndtv" / "nodate.txt").write_text("May 1, 2008\n\n" + LEDE * 3, encoding="utf-8")
    (tmp_path / "raw" / "notes.md").write_text("not an article", encoding="utf-8")
    return tmp_path


def test_add_a_folder_builds_a_manifest_that_scores(corpus, capsys):
    manifest = corpus / "articles.csv"
    assert main(["add", str(corpus / "raw"), "--manifest", str(manifest)]) == 0
    out = capsys.readouterr().out
    assert "added 3 row(s)" in out and "warning" not in out
    rows = pd.read_csv(manifest, dtype=str, keep_default_na=False)
    assert rows["id"].tolist() == ["nodate", "story-one", "page"]
    assert rows.set_index("id").loc["page", ["outlet", "published", "url", "headline", "headline_source"]].tolist() == [
        "Example News", "2013-07-23", "https://example.com/news/quake-toll", "Quake toll rises", "html_title"]
    assert rows.set_index("id").loc["story-one", ["outlet", "published", "headline", "headline_source", "path"]].tolist() == [
        "ndtv", "2013-07-23", "Quake toll rises", "text", "raw/ndtv/story one.txt"]
    assert main(["score", "--manifest", str(manifest), "--out", str(corpus / "out"), "--no-progress"]) == 0
    articles = pd.read_csv(corpus / "out" / "articles.csv", dtype=str, keep_default_na=False).set_index("article_id")
    assert set(articles["status"]) == {"scored"}
    metadata = pd.read_csv(corpus / "out" / "metadata.csv", dtype=str, keep_default_na=False)
    assert metadata.values.tolist() == [["page", "author", "Jane Roe", "html_meta"]]
    removed = pd.read_csv(corpus / "out" / "removed.csv", dtype=str, keep_default_na=False)
    assert {"pattern:skip_link", "top:headline", "top:date", "pattern:comments"} <= set(removed["reason"])


def test_a_generic_folder_is_no_outlet(corpus, capsys):
    (corpus / "raw" / "undated.txt").write_text(LEDE * 3, encoding="utf-8")
    added = add_files([corpus / "raw" / "undated.txt"], corpus / "articles.csv")
    assert added[0]["outlet"] == "unknown" and "no outlet found" in capsys.readouterr().out


def test_a_missing_date_is_a_warning_and_an_empty_cell(corpus, capsys):
    (corpus / "raw" / "undated.txt").write_text(LEDE * 3, encoding="utf-8")
    added = add_files([corpus / "raw" / "undated.txt"], corpus / "articles.csv")
    assert added[0]["published"] == "" and "no publication date found" in capsys.readouterr().out


def test_add_twice_skips_what_is_listed_and_keeps_ids_unique(corpus, capsys):
    manifest = corpus / "articles.csv"
    add_files([corpus / "raw" / "page.html"], manifest)
    (corpus / "raw" / "ndtv" / "page.txt").write_text(PAGE_TEXT, encoding="utf-8")
    added = add_files([corpus / "raw"], manifest)
    assert [r["id"] for r in added] == ["nodate", "page-2", "story-one"]
    assert "skipped" in capsys.readouterr().out
    assert len(pd.read_csv(manifest, dtype=str)) == 4


def test_add_appends_under_an_existing_header_without_a_final_newline(corpus):
    manifest = corpus / "articles.csv"
    manifest.write_text("id,outlet,published,path\nold,X,2022-02-15,raw/old.txt", encoding="utf-8")
    add_files([corpus / "raw" / "page.html"], manifest)
    assert manifest.read_text(encoding="utf-8").splitlines() == ["id,outlet,published,path", "old,X,2022-02-15,raw/old.txt", "page,Example News,2013-07-23,raw/page.html"]


@pytest.mark.parametrize("bad", ["missing.txt", "raw/notes.md"])
def test_add_bad_paths_exit_2(corpus, capsys, bad):
    assert main(["add", str(corpus / bad), "--manifest", str(corpus / "articles.csv")]) == 2
    assert "error:" in capsys.readouterr().err


def test_add_refuses_files_outside_the_manifest_folder(corpus, tmp_path_factory, capsys):
    other = tmp_path_factory.mktemp("elsewhere") / "articles.csv"
    assert main(["add", str(corpus / "raw" / "page.html"), "--manifest", str(other)]) == 2
    assert "outside the manifest's folder" in capsys.readouterr().err


def test_article_files_lists_folders_in_name_order(corpus):
    assert [p.name for p in article_files([corpus / "raw"])] == ["nodate.txt", "story one.txt", "page.html"]
