from __future__ import annotations

import pandas as pd
import pytest

from analysis.corpus import load_manifest
from analysis.io import table_to_csv
from analysis.pipeline import process_article, score_corpus
from tests import fixture_texts as T


@pytest.fixture(scope="module")
def seed_tables():
    return score_corpus(load_manifest())


def test_seed_promos_become_related_rows(seed_tables):
    related = seed_tables["related"]
    assert related.groupby("article_id").size().to_dict() == {"abplive-1513226": 2, "opoyi-106146": 2}
    assert "Latest Satellite Images Show Massive Russian Military Build-Up Near Ukraine" in set(related["headline"])


def test_no_promo_text_is_left_in_any_sentence(seed_tables):
    text = " ".join(seed_tables["sentences"]["text"])
    for phrase in ("Also Read", "ALSO READ", "IN PICS", "Satellite Images", "British envoy heads"):
        assert phrase not in text


def test_abp_dateline_is_new_delhi_and_off_the_body(seed_tables):
    articles = seed_tables["articles"].set_index("article_id")
    assert articles.loc["abplive-1513226", "dateline"] == "New Delhi"
    assert articles.loc["opoyi-106146", "dateline"] == ""
    first = seed_tables["sentences"].query("article_id == 'abplive-1513226'").iloc[0]["text"]
    assert first.startswith("Amidst growing fears")


def test_every_article_has_one_row_and_counts(seed_tables):
    articles = seed_tables["articles"]
    assert list(articles["status"]) == ["scored", "scored"]
    sentences = seed_tables["sentences"]
    counted = sentences.groupby("article_id")["n_words"].sum()
    for row in articles.itertuples():
        assert row.n_sentences == (sentences["article_id"] == row.article_id).sum()
        assert row.n_words == counted[row.article_id]


def test_bad_articles_are_flagged_and_skipped_never_dropped(make_corpus):
    manifest = make_corpus(
        {"good": T.DATELINE + " " + T.WIRE_DATELINE, "empty": "", "spanish": T.NON_ENGLISH, "promo_only": "ALSO READ | Nothing else"},
        extra_rows="gone,X,2022-02-15,en,raw/gone.txt\n",
    )
    tables = score_corpus(load_manifest(manifest))
    status = tables["articles"].set_index("article_id")["status"].to_dict()
    assert status == {"good": "scored", "empty": "skipped", "spanish": "skipped", "promo_only": "skipped", "gone": "skipped"}
    codes = tables["problems"].set_index("article_id")["code"].to_dict()
    assert codes == {"empty": "unreadable", "spanish": "not_english", "promo_only": "no_text", "gone": "unreadable"}
    assert set(tables["sentences"]["article_id"]) == {"good"}


def test_file_without_manifest_row_is_reported(make_corpus, tmp_path):
    manifest = make_corpus({"a": T.DATELINE})
    (tmp_path / "raw" / "stray.txt").write_text("Unlisted article.", encoding="utf-8")
    problems = score_corpus(load_manifest(manifest))["problems"]
    assert problems["code"].tolist() == ["one_sentence", "no_manifest_row"] and problems["file"].iloc[-1].endswith("stray.txt")


def test_no_sentence_end_is_a_warning_not_a_skip(make_corpus):
    tables = score_corpus(load_manifest(make_corpus({"a": "Troops returning to base without any full stop at all"})))
    assert tables["articles"]["status"].tolist() == ["scored"]
    assert tables["problems"]["code"].tolist() == ["no_sentence_end", "one_sentence"]


def test_parallel_run_gives_identical_tables(make_corpus):
    texts = {f"a{i}": f"{T.DATELINE} Report number {i} follows.\n\n{T.CURLY}" for i in range(7)}
    manifest = load_manifest(make_corpus(texts))
    one = score_corpus(manifest, jobs=1, chunk_size=2)
    two = score_corpus(manifest, jobs=2, chunk_size=2)
    assert one.keys() == two.keys()
    for name in one:
        assert table_to_csv(one[name]) == table_to_csv(two[name]), name


def test_process_article_is_pure(seed_tables):
    row = load_manifest().iloc[0].to_dict()
    first, second = process_article(row), process_article(row)
    assert pd.DataFrame(first["sentences"]).equals(pd.DataFrame(second["sentences"]))
