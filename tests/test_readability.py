from __future__ import annotations

import math

import numpy as np
import pytest

from analysis.document import build_document
from analysis.readability import (
    FORMULAS,
    count_sentences,
    counts,
    flesch_from_totals,
    formulas,
    readability,
    readability_tables,
    sentence_counts,
    syllables,
    textstat_reference,
)
from analysis.resources import use_offline_nltk_data
from tests import fixture_texts as T

CORPUS_FILES = T.CORPUS_FILES
RAW_TEXTS = [p.read_text(encoding="utf-8") for p in CORPUS_FILES]
DOCS = [build_document({"id": p.stem, "outlet": "x"}, text) for p, text in zip(CORPUS_FILES, RAW_TEXTS)]

FIXTURES = [
    T.EMPTY, T.WHITESPACE, T.ALL_CAPS, T.CURLY, T.STRAIGHT, T.PROMOS, T.DATELINE, T.WIRE_DATELINE, T.NON_ENGLISH,
    *(text for text, _ in T.SENTENCE_CASES),
    "Troops left. Yes. The talks go on.",  # textstat drops sentences of one or two words
    "It isn't over: they'd said 'never' -- Russia's de-escalation (so-called) ended.",  # apostrophes, hyphens
    "Supercalifragilistic zxqwv hyperconnectivity!!! Why? Because.",  # words missing from CMU: Pyphen
    "100,000 troops; 1,00,000 more; 3.5 percent.",
    "\u0130stanbul \u00c9lys\u00e9e na\u00efve caf\u00e9",  # non-ASCII letters
]
TEXTS = FIXTURES + RAW_TEXTS + [d.body for d in DOCS] + [s.text for d in DOCS for s in d.sentences]


@pytest.mark.parametrize("text", TEXTS)
def test_fast_path_equals_textstat(text):
    fast, reference = readability(text), textstat_reference(text)
    for name in FORMULAS:
        assert abs(fast[name] - reference[name]) <= 1e-9, name
        assert fast[name] == pytest.approx(reference[name], rel=1e-12, abs=1e-12), name


@pytest.mark.parametrize("text", FIXTURES + [d.body for d in DOCS])
def test_counts_equal_textstats_counts(text):
    use_offline_nltk_data()
    import textstat

    c = counts(text)
    assert c.words == textstat.lexicon_count(text)
    assert c.sentences == textstat.sentence_count(text)
    assert c.syllables == textstat.syllable_count(text)
    assert c.letters == textstat.letter_count(text)
    assert c.polysyllables == textstat.polysyllabcount(text)
    assert c.dale_difficult == textstat.difficult_words(text, syllable_threshold=0, unique=False)  # the formulas count every occurrence
    assert c.fog_difficult == textstat.difficult_words(text, syllable_threshold=3, unique=False)


@pytest.mark.parametrize("word", ["Ukraine", "de-escalation", "troops", "Russia's", "zxqwv", "GARRISONS", "", "1,00,000"])
def test_word_syllables_equal_textstat(word):
    use_offline_nltk_data()
    import textstat

    assert syllables(word) == textstat.syllable_count(word)


def test_empty_text_scores_zero():
    assert all(readability(T.EMPTY)[name] == 0.0 for name in FORMULAS)


def test_whitespace_only_text_keeps_textstats_smog_floor():
    # textstat counts at least one sentence in any non-empty text, so SMOG is its constant 3.1291.
    scores = readability(T.WHITESPACE)
    assert scores["smog_index"] == 3.1291 and scores["words"] == 0
    assert all(scores[name] == 0.0 for name in FORMULAS if name != "smog_index")


def test_scores_discriminate_easy_from_hard_text():
    easy = readability("The cat sat on the mat. The dog ran to the park. We had fun.")
    hard = readability("Notwithstanding considerable international diplomatic apprehension, the administration's unprecedented militarisation necessitated comprehensive reconsideration.")
    assert easy["flesch_reading_ease"] > hard["flesch_reading_ease"] + 50
    assert easy["flesch_kincaid_grade"] < hard["flesch_kincaid_grade"]


@pytest.mark.parametrize("doc", DOCS, ids=[d.article_id for d in DOCS])
def test_tables_score_the_cleaned_body_over_the_workbooks_sentences(doc):
    tables = readability_tables(doc)
    row = tables["readability"][0]
    assert row["article_id"] == doc.article_id and row["sentences"] == len(doc.sentences)
    expected = formulas(counts(doc.body, sentences=len(doc.sentences)))
    reference = textstat_reference(doc.body)
    for name in FORMULAS:
        assert row[name] == pytest.approx(expected[name], rel=1e-12)
        if count_sentences(doc.body) == len(doc.sentences):  # textstat's count agrees: its numbers exactly
            assert row[name] == pytest.approx(reference[name], rel=1e-12)
    assert tables["articles"] == [{"article_id": doc.article_id, "flesch_reading_ease": row["flesch_reading_ease"]}]
    assert row["flesch_low"] < row["flesch_high"]
    assert row["flesch_low"] <= row["flesch_reading_ease"] <= row["flesch_high"]
    assert readability_tables(doc)["readability"][0]["flesch_low"] == row["flesch_low"]  # seeded


#: A saved page: headings and link lines without a full stop, between two short paragraphs.
PAGE = (
    "Russia pulls back troops from the border\n\nWhat we know so far about the drills near Ukraine\n\n"
    "Troops left the border on Tuesday. Officials said the drills were over.\n\nWhat happens next\n\n"
    "More stories from our team of reporters in the region today\n\n"
    "The ministry said units were returning to bases. Analysts were not convinced."
)


@pytest.mark.parametrize("text", [PAGE, *RAW_TEXTS], ids=["page", *[p.stem for p in CORPUS_FILES]])
def test_score_and_interval_come_from_the_same_sentences(text):
    """The score is the interval's own statistic on the article as written (every sentence once)."""
    doc = build_document({"id": "page", "outlet": "x"}, text)
    row = readability_tables(doc)["readability"][0]
    per_sentence = sentence_counts([s.text for s in doc.sentences])
    as_written = flesch_from_totals(np.ones((1, len(per_sentence))) @ per_sentence[:, :3])[0]
    assert row["flesch_reading_ease"] == pytest.approx(as_written, rel=1e-12)
    assert row["flesch_low"] <= row["flesch_reading_ease"] <= row["flesch_high"]
    assert row["words"] == counts(doc.body).words  # words are textstat's, whatever the sentences


def test_headings_without_full_stops_are_not_one_long_sentence():
    doc = build_document({"id": "page", "outlet": "x"}, PAGE)
    assert count_sentences(doc.body) < len(doc.sentences)  # textstat joins the headings into its sentences
    row = readability_tables(doc)["readability"][0]
    # The two lines above the first paragraph are top matter (removed.csv); the two between paragraphs stay.
    assert [r.reason for r in doc.removed] == ["top:headline", "top:standfirst"]
    assert row["sentences"] == len(doc.sentences) == 6
    assert row["flesch_reading_ease"] > readability(doc.body)["flesch_reading_ease"]  # shorter sentences than textstat saw


def test_promo_lines_do_not_count():
    doc = build_document({"id": "p", "outlet": "x"}, T.PROMOS)
    row = readability_tables(doc)["readability"][0]
    assert "ALSO READ" not in doc.body
    assert row["words"] == counts(doc.body).words < counts(T.PROMOS).words


def test_dateline_does_not_count():
    doc = build_document({"id": "d", "outlet": "x"}, T.DATELINE)
    assert readability_tables(doc)["readability"][0]["words"] == counts(T.DATELINE).words - 2  # "New Delhi"


def test_single_sentence_interval_is_its_own_score():
    doc = build_document({"id": "s", "outlet": "x"}, "Russia said some troops were returning to their bases.")
    row = readability_tables(doc)["readability"][0]
    assert row["flesch_low"] == row["flesch_high"] == pytest.approx(row["flesch_reading_ease"])


def test_empty_document_has_explicit_answers():
    row = readability_tables(build_document({"id": "e", "outlet": "x"}, ""))["readability"][0]
    assert row["words"] == 0 and row["flesch_reading_ease"] == 0.0
    assert math.isnan(row["flesch_low"]) and math.isnan(row["flesch_high"])


def test_the_easy_word_list_is_textstats():
    """readability reads textstat's easy-word file; textstat's public is_difficult_word agrees on every word."""
    import textstat

    from analysis.readability import _dale_chall_difficult, _easy_words
    from analysis.resources import use_offline_nltk_data

    use_offline_nltk_data()
    words = sorted(_easy_words())[::25] + ["government", "ukraine", "escalation", "the", "troops", "rouble", "x"]
    assert len(_easy_words()) > 2000
    assert [_dale_chall_difficult(w) for w in words] == [bool(textstat.is_difficult_word(w, syllable_threshold=0)) for w in words]
