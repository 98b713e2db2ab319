from __future__ import annotations

import math
import random
import time

import pytest

from analysis import paths
from analysis.document import build_document
from analysis.errors import InstrumentError
from analysis.segment import quote_spans
from analysis.sentiment import (
    ADJUSTMENTS_FILE,
    load_adjustments,
    score_text,
    sentiment_tables,
    split_voices,
    vader_reference,
)
from tests import fixture_texts as T

CORPUS_FILES = T.CORPUS_FILES
DOCS = [build_document({"id": p.stem, "outlet": "x"}, p.read_text(encoding="utf-8")) for p in CORPUS_FILES]
SEED_SENTENCES = [s.text for d in DOCS for s in d.sentences]
VOICE_PARTS = [part for d in DOCS for s in d.sentences for part in split_voices(s.text, s.start, d.quotes) if part]

# Hand-written cases for every rule of vaderSentiment 3.3.2 (and its quirks).
EDGE_CASES = [
    "",
    "   ",
    "The talks were good.",
    "The talks were not good.",  # negation
    "The talks weren't good.",  # n't negation
    "The talks were never good.",
    "Talks have never been so good!",  # "never so": boosted, not negated
    "Talks have never been this good.",
    "Without a doubt, an excellent idea.",  # "without doubt" is not negation
    "Without doubt excellent.",
    "Not bad at all",  # capitalised negation, "not bad"
    "not bad",
    "NATO is VERY worried about the INVASION threat.",  # ALL CAPS differential, caps booster
    "RUSSIA SAYS TROOPS ARE LEAVING. NATO IS NOT CONVINCED.",  # all caps: no differential
    "Peace!!!",  # exclamation emphasis
    "Peace!!!!!!!!",  # capped at 4
    "Is this peace??",  # question marks 2-3
    "Is this peace?????",  # 4+ question marks
    "War? Peace?",
    "The plan was good, but the outcome is terrible.",  # "but"
    "Good good but good good bad",  # "but" with repeated valences (list.index quirk)
    "nice but nice but nice",
    "The acceptance came, but the advantage is small.",  # 2.0 halved equals the later 1.0: VADER rescales the first
    "They abandoned the town, but the accusation stands.",
    "It is a good day, but a good day is a good day and a great day",
    "The book was only kind of good.",  # "kind of" dampener
    "kind of good",
    "He is kind of the bomb",
    "Very kind of him to help.",
    "That was kind.",
    "sort of hopeful, just enough hope",
    "Make sure you :) or :D today!",  # emoticons
    "Catch utf-8 emoji such as \U0001f498 and \U0001f48b and \U0001f601",  # emoji
    "\U0001f601hello\U0001f601 great",
    "Roger Dodger is one of the least compelling variations on this theme.",  # "least"
    "Roger Dodger is at least compelling.",
    "Roger Dodger is very least compelling.",
    "least good",
    "With VADER, sentiment analysis is the shit!",  # special cases
    "On the other hand, VADER is quite bad ass",
    "He was the kiss of death bad",
    "It is a cake to die for",
    "no no good",  # "no" rules
    "No, good.",
    "There is no hope or peace.",
    "no problem",
    "They are extremely happy.",  # boosters at distance 1, 2, 3
    "They are extremely very happy.",
    "They are extremely very really happy.",
    "Barely any progress was made.",
    "It was SO bad.",
    "uh-uh, that's not nice",
    "Crisis! crisis?? CRISIS",
    "We are not united in defence of peace.",  # adjusted terms removed (valence 0)
    "Russia denied any plans for an invasion, while sanctions loom and diplomacy continues.",
    "Troops are withdrawing; de-escalation is under way.",
    "\u201cWe want peace,\u201d he said \u2014 but the crisis isn\u2019t over.",
    "(good) [bad] {ugly} 'fine' \"great\"",
    "A--B ... !!! ?? ,,,",
]

_VOCAB = (
    "Russia Ukraine NATO troops units ministry said told reported according to the a an of on in at with by for and or "
    "but not never no without despite hardly barely very extremely most more so this kind sort least "
    "invasion crisis sanctions diplomacy diplomatic de-escalation withdraw withdrawal escalation defence united "
    "peace war attack threat hope fears tensions conflict agreement chance alarm concern denied severe good bad great "
    "ready support security killed worst best calm worried welcome praised criticised acceptance advantage abandoned accusation"
).split()
_DECOR = ["", "", "", ",", ".", "!", "?", "!!", "??", '"', "'s", ":)", "\u201c", "\u201d"]


def _generated(n: int, seed: int = 20220215) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        words = []
        for _ in range(rng.randint(3, 28)):
            word = rng.choice(_VOCAB)
            if rng.random() < 0.08:
                word = word.upper()
            elif rng.random() < 0.15:
                word = word.capitalize()
            if rng.random() < 0.2:
                word = rng.choice(['"', "(", "\u201c", ""]) + word
            words.append(word + rng.choice(_DECOR))
        out.append(" ".join(words) + rng.choice([".", ".", "!", "?", '."', ""]))
    return out


GENERATED = _generated(600)
ALL_TEXTS = EDGE_CASES + SEED_SENTENCES + VOICE_PARTS + GENERATED


def _same(fast, reference: dict[str, float], compound: float) -> bool:
    return all(
        abs(a - b) <= 1e-12
        for a, b in zip((fast.neg, fast.neu, fast.pos, compound), (reference["neg"], reference["neu"], reference["pos"], reference["compound"]))
    )


def test_corpora_are_not_trivial():
    assert len(SEED_SENTENCES) >= 60 and len(VOICE_PARTS) > len(SEED_SENTENCES) and len(GENERATED) == 600


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_fast_path_equals_vader(text):
    assert _same(score_text(text), vader_reference(text), score_text(text).compound)


@pytest.mark.parametrize("text", ALL_TEXTS)
def test_adjusted_column_equals_vader_with_the_adjusted_lexicon(text):
    reference = vader_reference(text, adjustments=load_adjustments())
    assert abs(score_text(text).compound_adjusted - reference["compound"]) <= 1e-12


@pytest.mark.parametrize("text", EDGE_CASES + GENERATED[:100])
def test_adjusted_column_with_a_custom_adjustment(text):
    custom = {"good": -1.0, "troops": 0.5, "not": 1.2, "so": -0.4, "but": 0.7, "least": 1.0, "peace": 0}
    reference = vader_reference(text, adjustments=custom)
    assert abs(score_text(text, adjustments=custom).compound_adjusted - reference["compound"]) <= 1e-12


def test_rules_do_change_the_score():
    # Guards against a reference that ignores its rules: each pair must differ.
    pairs = [("good", "not good"), ("good", "very good"), ("good", "GOOD stuff"), ("good", "good!!!"), ("bad, but good", "good, but bad")]
    for a, b in pairs:
        assert score_text(a).compound != score_text(b).compound, (a, b)


def test_empty_adjustment_gives_pure_vader(tmp_path):
    empty = tmp_path / "empty.tsv"
    empty.write_text("# nothing adjusted\nterm\tvalence\treason\tsource\n", encoding="utf-8")
    adjustments = load_adjustments(empty)
    assert adjustments == {}
    for text in ALL_TEXTS:
        score = score_text(text, adjustments=adjustments)
        assert score.compound_adjusted == score.compound, text
        assert all(d.source == "vader" for d in score.drivers)


def test_adjustment_only_moves_sentences_with_an_adjusted_term():
    terms = set(load_adjustments())
    moved = 0
    for text in SEED_SENTENCES:
        score = score_text(text)
        if not terms & {w.strip(".,!?\"'();:").lower() for w in text.split()}:
            assert score.compound_adjusted == score.compound, text
        moved += score.compound_adjusted != score.compound
    assert moved > 5  # the adjustment matters on the seeds


@pytest.mark.parametrize(
    "row, message",
    [
        ("Crisis\t-1\treason\teditorial", "lower-case"),
        ("two words\t-1\treason\teditorial", "lower-case token"),
        ("crisis.\t-1\treason\teditorial", "punctuation"),
        ("crisis\tvery bad\treason\teditorial", "not a number"),
        ("crisis\t-7\treason\teditorial", "-4..+4"),
        ("crisis\t-1\t\teditorial", "empty required"),
        ("crisis\t-1\treason", "tab-separated"),
    ],
)
def test_bad_adjustment_rows_name_file_and_line(tmp_path, row, message):
    bad = tmp_path / "bad.tsv"
    bad.write_text(f"# header comment\nterm\tvalence\treason\tsource\nwar\t-2\tok\teditorial\n{row}\n", encoding="utf-8")
    with pytest.raises(InstrumentError) as error:
        load_adjustments(bad)
    assert error.value.row == 4 and "bad.tsv" in str(error.value) and message in str(error.value)


def test_duplicate_adjustment_term_is_an_error(tmp_path):
    bad = tmp_path / "dup.tsv"
    bad.write_text("term\tvalence\treason\tsource\nwar\t-2\tok\teditorial\nwar\t-1\tagain\teditorial\n", encoding="utf-8")
    with pytest.raises(InstrumentError, match="duplicate"):
        load_adjustments(bad)


def test_shipped_adjustment_file_is_documented_and_valid():
    text = (paths.INSTRUMENTS / ADJUSTMENTS_FILE).read_text(encoding="utf-8")
    for needle in ("Hutto & Gilbert 2014", "Ribeiro et al. 2016", "Licence", ".49", ".88"):
        assert needle in text
    adjustments = load_adjustments()
    assert {"invasion", "sanctions", "diplomacy", "de-escalation", "withdraw", "crisis"} <= set(adjustments)
    assert adjustments["crisis"] > vader_reference("crisis")["compound"] * 0 - 3.1  # milder than VADER's -3.1


@pytest.mark.parametrize("text", EDGE_CASES + SEED_SENTENCES + GENERATED[:200])
def test_drivers_point_at_their_words_and_add_up_to_the_compound(text):
    score = score_text(text)
    vader = [d for d in score.drivers if d.source == "vader"]
    for d in score.drivers:
        if text[d.start : d.end] != d.word:  # emoji drivers point at the emoji character
            assert d.end - d.start == 1 and not text[d.start].isascii()
        assert d.applied_valence != 0
    total = sum(d.applied_valence for d in vader)
    questions = text.count("?")
    amplifier = min(text.count("!"), 4) * 0.292 + (0 if questions <= 1 else questions * 0.18 if questions <= 3 else 0.96)
    total += amplifier if total > 0 else -amplifier if total < 0 else 0
    assert round(total / math.sqrt(total * total + 15), 4) == pytest.approx(score.compound, abs=1e-4)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were not good.", [("good", 1.9, 1.9 * -0.74)]),
        ("NATO is VERY worried.", [("worried", -1.2, -1.2 - 0.293 - 0.733)]),
        ("Good, but bad.", [("Good", 1.9, 0.95), ("bad", -2.5, -3.75)]),
    ],
)
def test_driver_valences_after_rules(text, expected):
    got = [(d.word, d.lexicon_valence, d.applied_valence) for d in score_text(text).drivers]
    assert [(w, lv) for w, lv, _ in got] == [(w, lv) for w, lv, _ in expected]
    assert [av for _, _, av in got] == pytest.approx([av for _, _, av in expected])


def test_adjusted_drivers_are_labelled():
    score = score_text("The invasion crisis deepened.")
    sources = {(d.word, d.source): d.lexicon_valence for d in score.drivers}
    assert sources[("crisis", "vader")] == -3.1
    assert sources[("crisis", "news_adjustment")] == load_adjustments()["crisis"]
    assert ("invasion", "news_adjustment") in sources and ("invasion", "vader") not in sources


@pytest.mark.parametrize(
    "text, reporter, quoted",
    [
        ('"We are done," he said.', "he said.", '"We are done,"'),
        ('He said "we go" and "we stay" today.', "He said and today.", '"we go" "we stay"'),
        ('"We are done."', "", '"We are done."'),
        ("No quotes at all.", "No quotes at all.", ""),
        ('He said "" nothing.', "He said nothing.", ""),
    ],
)
def test_split_voices(text, reporter, quoted):
    assert split_voices(text, 0, quote_spans(text)) == (reporter, quoted)


@pytest.mark.parametrize(
    "text, voices",
    [
        (T.CURLY, ["mixed", "reporter"]),
        ("Troops left. \u201cWe want peace.\u201d Talks went badly.", ["reporter", "quoted", "reporter"]),
        (T.ALL_CAPS, ["reporter", "reporter"]),
    ],
)
def test_sentence_voice_labels(text, voices):
    rows = sentiment_tables(build_document({"id": "v", "outlet": "x"}, text))["sentences"]
    assert [r["voice"] for r in rows] == voices


@pytest.mark.parametrize("doc", DOCS, ids=[d.article_id for d in DOCS])
def test_tables_are_consistent(doc):
    tables = sentiment_tables(doc)
    sentences, article = tables["sentences"], tables["articles"][0]
    assert [r["sentence"] for r in sentences] == [s.number for s in doc.sentences]
    for row, sentence in zip(sentences, doc.sentences):
        score = score_text(sentence.text)
        assert row["compound"] == score.compound and row["compound_adjusted"] == score.compound_adjusted
        reporter, quoted = split_voices(sentence.text, sentence.start, doc.quotes)
        if row["voice"] == "mixed":
            assert row["reporter_compound"] == score_text(reporter).compound
            assert row["quoted_compound"] == score_text(quoted).compound
        elif row["voice"] == "reporter":
            assert row["reporter_compound"] == score.compound and math.isnan(row["quoted_compound"])
        else:
            assert row["quoted_compound"] == score.compound and math.isnan(row["reporter_compound"])
    reporter_values = [r["reporter_compound"] for r in sentences if not math.isnan(r["reporter_compound"])]
    assert article["reporter_sentences"] == len(reporter_values)
    assert article["reporter_compound_mean"] == pytest.approx(sum(reporter_values) / len(reporter_values))
    assert article["reporter_compound_low"] <= article["reporter_compound_mean"] <= article["reporter_compound_high"]
    shares = article["positive_sentence_share"] + article["negative_sentence_share"] + article["neutral_sentence_share"]
    assert shares == pytest.approx(1.0)
    assert sum(p["n_sentences"] for p in tables["paragraph_sentiment"]) == len(sentences)
    for driver in tables["drivers"]:
        text = doc.body[driver["start"] : driver["end"]]
        assert text == driver["word"] or not text.isascii()
        inside = any(q0 <= driver["start"] and driver["end"] <= q1 for q0, q1 in doc.quotes)
        assert driver["voice"] == ("quoted" if inside else "reporter")


def test_share_thresholds_are_vaders():
    doc = build_document({"id": "t", "outlet": "x"}, "It is good. It is bad. It is a table.")
    article = sentiment_tables(doc)["articles"][0]
    assert (article["positive_sentence_share"], article["negative_sentence_share"]) == (1 / 3, 1 / 3)


def test_empty_document_has_explicit_answers():
    tables = sentiment_tables(build_document({"id": "e", "outlet": "x"}, ""))
    assert tables["sentences"] == [] and tables["drivers"] == []
    article = tables["articles"][0]
    assert math.isnan(article["compound_mean"]) and article["reporter_sentences"] == 0


def test_pipeline_writes_the_sentiment_tables():
    from analysis.corpus import load_manifest
    from analysis.pipeline import score_corpus

    tables = score_corpus(load_manifest())
    sentences = tables["sentences"]
    assert sentences[["compound", "compound_adjusted", "voice"]].notna().all().all()
    assert {"drivers", "paragraph_sentiment"} <= set(tables)
    assert tables["articles"]["reporter_compound_mean"].notna().all()
    assert set(tables["drivers"]["source"]) == {"vader", "news_adjustment"}


def test_fast_path_is_faster_than_vader():
    from analysis.vader import _reference_analyzer

    analyzer = _reference_analyzer()
    texts = SEED_SENTENCES * 3

    def best(function) -> float:
        times = []
        for _ in range(3):
            start = time.perf_counter()
            for text in texts:
                function(text)
            times.append(time.perf_counter() - start)
        return min(times)

    assert best(score_text) < best(analyzer.polarity_scores)
