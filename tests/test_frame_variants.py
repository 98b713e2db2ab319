"""Frame score variants: normalisation, learned item and indicator weights, sentence co-occurrence, and the CV protocol."""
from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from analysis.frame_validation import NFC_FRAMES, folds
from analysis.frame_variants import (
    VARIANTS, compare, frame_features, indicator_weights, item_weight_scores, main, per_sqrt_words, variant_scores,
)
from tests.test_frame_validation import ROWS, write_nfc


@pytest.mark.parametrize(
    "n, words, expected",
    [([4.0], [16], [1.0]), ([4.0], [0], [0.0]), ([0.0], [25], [0.0]), ([9.0, 9.0], [81, 9], [1.0, 3.0])],
)
def test_per_sqrt_words(n, words, expected):
    assert per_sqrt_words(np.array(n), np.array(words)).tolist() == expected


def test_indicator_weights_shrink_towards_the_base_rate_and_are_never_negative():
    present = [{"plan"}] * 8 + [{"plan", "said"}] * 2 + [{"said"}] * 10
    labels = np.array([1] * 10 + [0] * 10)
    weak = indicator_weights(present, labels, alpha=100)
    strong = indicator_weights(present, labels, alpha=1)
    assert 0 < weak["plan"] < strong["plan"]  # more prior, less weight
    assert weak["said"] == strong["said"] == 0.0  # against the frame: clipped to 0, never negative
    assert indicator_weights(present, np.ones(20, dtype=int)) == {}  # one class: nothing to learn


def test_item_weights_learn_which_item_carries_the_label():
    rng = np.random.default_rng(0)
    informative = rng.integers(0, 2, 200)
    x = np.column_stack([informative * 2 + rng.random(200) * 0.1, rng.random(200) * 2])  # item 0 follows the label, item 1 noise
    scores = item_weight_scores(x[:150], informative[:150], x[150:], c=1.0)
    from analysis.frame_validation import auc
    assert auc(scores, informative[150:]) > 0.95
    assert item_weight_scores(x[:10], np.zeros(10, dtype=int), x[:2]).tolist() == pytest.approx(x[:2].sum(axis=1).tolist())


def test_cooccurring_counts_indicators_of_sentences_with_two_items_only():
    ev = pd.DataFrame({
        "article_id": ["a"] * 4 + ["b"] * 2, "category": ["r"] * 6, "item": ["r_1", "r_3", "r_3", "r_3", "r_3", "r_3"],
        "indicator": ["government can", "plan", "goal", "plan", "goal", "plan"], "sentence": [1, 1, 2, 3, 1, 1],
    })
    x = frame_features(ev, ["a", "b"], "r", ["r_1", "r_3"])
    assert x["cooccurring"].tolist() == [2.0, 0.0]  # a: sentence 1 has r_1 and r_3; b: one item only
    assert x["n_indicators"].tolist() == [3.0, 2.0]
    assert x["items"][0].tolist() == pytest.approx([math.log(2), math.log(3)])


def test_learned_variants_never_see_the_fold_they_score():
    # A label the indicator weights could only get right by seeing the test article: its one indicator is unique to it.
    f = {"n_indicators": np.ones(4), "present": [{"x"}, {"x"}, {"y"}, {"only-here"}], "items": np.zeros((4, 1)), "cooccurring": np.zeros(4)}
    labels = np.array([1, 0, 0, 1])
    train, test = np.array([True, True, True, False]), np.array([False, False, False, True])
    assert variant_scores("indicator_weights", f, np.ones(4), np.zeros(4), labels, train, test).tolist() == [0.0]
    with pytest.raises(ValueError, match="unknown variant"):
        variant_scores("magic", f, np.ones(4), np.zeros(4), labels, train, test)


def test_compare_reports_every_frame_and_variant_and_keeps_the_last_fold_out(tmp_path):
    rows = ROWS * 4  # 24 articles: every tuning fold has both classes for some frames
    write_nfc(tmp_path, rows)
    from analysis.frame_validation import codebook_scores, load_nfc
    articles, _items = load_nfc(tmp_path)
    scores, evidence = codebook_scores(articles)
    table = compare(articles, scores, evidence, k=3, seed=1)
    assert len(table) == len(NFC_FRAMES) * len(VARIANTS)
    assert "fold_3" not in table.columns and {"fold_1", "fold_2", "gain", "folds_better"} <= set(table.columns)
    reference = table[table.variant == "n_indicators"]
    assert (reference["gain"].fillna(0) == 0).all() and (reference["folds_better"] == 0).all()
    held = compare(articles, scores, evidence, k=3, seed=1, holdout=True)
    assert "fold_3" in held.columns
    # the tuning columns do not depend on whether the last fold is scored
    pd.testing.assert_frame_equal(held.drop(columns="fold_3"), table)
    # conflict on this toy corpus: the two conflict articles use several conflict indicators, the others none
    assert articles.loc[folds(len(articles), k=3, seed=1) != 2, "CO"].nunique() == 2
    assert table.set_index(["frame", "variant"]).loc[("conflict", "n_indicators"), "auc_tuning"] == 1.0


def test_main_prints_and_writes_the_table(tmp_path, capsys):
    write_nfc(tmp_path, ROWS * 4)
    assert main([str(tmp_path), "--folds", "3", "--out", str(tmp_path / "out")]) == 0
    assert "indicator_weights" in capsys.readouterr().out
    written = pd.read_csv(tmp_path / "out" / "variants.csv")
    assert set(written["variant"]) == set(VARIANTS)


@pytest.mark.parametrize(
    "content, message",
    [
        ("frame\titem\nresponsibility\tr\n", "lacks column"),
        ("frame\titem\tindicator\nweather\tr\train\n", "frame must be one of"),
        ("frame\titem\tindicator\tkind\nresponsibility\tr\tcall on\tfuzzy\n", "kind must be one of"),
        ("frame\titem\tindicator\tkind\nresponsibility\tr\t(unclosed\tpattern\n", "indicator"),
    ],
)
def test_bad_candidate_files_are_clear_errors_naming_the_file(tmp_path, content, message):
    from analysis.errors import InstrumentError
    from analysis.frame_variants import load_candidates
    path = tmp_path / "c.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InstrumentError, match=message) as error:
        load_candidates(path)
    assert "c.tsv" in str(error.value)


def test_candidates_are_matched_by_the_codebook_rules_and_counted_once_with_the_codebook(tmp_path):
    from analysis.frame_variants import candidate_evidence, load_candidates
    path = tmp_path / "c.tsv"
    path.write_text("frame\titem\tindicator\nresponsibility\tr_1\tcall on\nresponsibility\tr_3\tsolutions\n", encoding="utf-8")
    candidates = load_candidates(path)
    articles = pd.DataFrame({"article_id": ["1", "2"], "outlet": ["x", "x"],
                             "text": ["They call on the city. Solutions exist.", "A recall on toys: no match inside a word."]})
    rows = candidate_evidence(articles, candidates)
    assert rows[["article_id", "indicator", "sentence"]].values.tolist() == [["1", "call on", 1], ["1", "solutions", 2]]
    codebook = pd.DataFrame({"article_id": ["1"], "category": ["responsibility"], "item": ["r_3"], "indicator": ["solutions"], "sentence": [2]})
    scores = pd.DataFrame({"article_id": ["1", "2"] * 5, "frame": sorted(NFC_FRAMES.values()) * 2, "words": 7, "per_1000_words": 0.0})
    scores = scores.sort_values(["article_id", "frame"]).reset_index(drop=True)
    labelled = articles.assign(**{key: [1, 0] for key in NFC_FRAMES})
    table = compare(labelled, scores, codebook, k=2, seed=0, candidates=rows, variants=("n_indicators",), item_ids=lambda frame: ["r_1", "r_3"])
    assert set(table["variant"]) == {"n_indicators", "with_candidates"}
    assert table.loc[table.variant == "with_candidates", "frame"].tolist() == ["responsibility"]  # only frames with candidates
    # "solutions" is in both lists: article 1 has 2 different indicators with the candidates, not 3
    both = pd.concat([codebook, rows.drop(columns="matched")], ignore_index=True).assign(indicator=lambda d: d.indicator.str.lower())
    assert frame_features(both, ["1", "2"], "responsibility", ["r_1", "r_3"])["n_indicators"].tolist() == [2.0, 0.0]


def test_tfidf_baseline_learns_words_from_the_training_folds_only():
    from analysis.frame_variants import tfidf_scores
    texts = ["they pledge a plan"] * 10 + ["rain and storm"] * 10 + ["pledge rain"]
    labels = np.array([1] * 10 + [0] * 10 + [1])
    train = np.array([True] * 20 + [False])
    assert tfidf_scores(texts, labels, train, ~train).shape == (1,)
    scores = tfidf_scores(texts, labels, np.array([True, False] * 10 + [False]), np.array([False, True] * 10 + [False]))
    assert scores[:5].min() > scores[5:].max()  # the held-out "pledge a plan" texts outscore the held-out "rain" texts
    assert tfidf_scores(texts, np.zeros(21, dtype=int), train, ~train).tolist() == [0.0]  # one class: nothing learned
