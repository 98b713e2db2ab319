"""The frame evaluation on NFC-shaped data: AUC, folds, the corpus reader, the word-list baseline."""
from __future__ import annotations

import itertools
import json
import math

import numpy as np
import pandas as pd
import pytest

from analysis.errors import InstrumentError
from analysis.frame_validation import (
    NFC_FRAMES, auc, codebook_scores, evaluate, fightin_words, folds, load_nfc, markdown_table, precision_recall, wordlist_scores,
)


def brute_auc(scores, labels):
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    return sum(1.0 if p > n else 0.5 if p == n else 0.0 for p, n in itertools.product(pos, neg)) / (len(pos) * len(neg))


@pytest.mark.parametrize("seed", range(5))
def test_auc_equals_the_pairwise_definition_with_ties(seed):
    rng = np.random.default_rng(seed)
    scores = rng.integers(0, 4, 30).tolist()  # many ties
    labels = rng.integers(0, 2, 30).tolist()
    assert auc(scores, labels) == pytest.approx(brute_auc(scores, labels))


def test_folds_are_seeded_balanced_and_cover_every_article():
    f = folds(23, k=5, seed=1)
    assert sorted(np.bincount(f).tolist()) == [4, 4, 5, 5, 5]
    assert (folds(23, k=5, seed=1) == f).all() and not (folds(23, k=5, seed=2) == f).all()


def test_precision_recall():
    assert precision_recall([1, 1, 0, 0], [1, 0, 1, 1]) == (0.5, pytest.approx(1 / 3))
    assert math.isnan(precision_recall([0, 0], [1, 0])[0])


def test_fightin_words_finds_the_words_of_the_positive_side_only():
    pos = [pd.Series(["fight", "fight", "the"]).value_counts().to_dict() for _ in range(6)]
    neg = [{"calm": 2, "the": 1} for _ in range(6)]
    from collections import Counter
    listed = fightin_words([Counter(d) for d in pos], [Counter(d) for d in neg], top=5)
    assert listed[0] == "fight" and "calm" not in listed


def write_nfc(folder, rows):
    header = "ID\tsource\tmbfc\tdate\ttext\tRE\tHI\tCO\tMO\tEC\n"
    lines = [f"{i}\tsrc\tleft\t2020-01-01\t{text}\t{re_}\tFalse\t{co}\tFalse\t{ec}\n" for i, (text, re_, co, ec) in enumerate(rows)]
    (folder / "articles.tsv").write_text(header + "".join(lines) + "99\tsrc\tx\t\tbroken row\t\t\t\t\t\n", encoding="utf-8")
    answers = {str(i): {"_source": "src", "co1": ["yes" if co == "True" else "no", ["yes", "yes", -1, -1]],
                        "ec2": ["NO AGREEMENT", ["no", "yes", -1, -1]]} for i, (_t, _r, co, _e) in enumerate(rows)}
    (folder / "item_annotations.json").write_text(json.dumps(answers), encoding="utf-8")


ROWS = [
    ("The two parties clashed and critics accused the government. Lawsuits followed.", "False", "True", "False"),
    ("Opponents rejected the plan in court, and the dispute goes on.", "False", "True", "False"),
    ("The rally cost taxpayers $4 billion, and prices rose for households.", "False", "False", "True"),
    ("A quiet day: the park opened and people walked in the sun.", "True", "False", "False"),
    ("Officials must act now: urgent measures and solutions are needed.", "True", "False", "False"),
    ("The museum shows paintings from the last century.", "False", "False", "False"),
]


def test_load_nfc_skips_rows_without_five_labels_and_reads_answers(tmp_path):
    write_nfc(tmp_path, ROWS)
    articles, items = load_nfc(tmp_path)
    assert articles["article_id"].tolist() == [str(i) for i in range(len(ROWS))]
    assert articles["CO"].tolist() == [1, 1, 0, 0, 0, 0]
    assert set(items["question"]) == {"co1", "ec2"} and set(items["majority"]) == {"yes", "no", "NO AGREEMENT"}


def test_missing_nfc_file_is_a_clear_error(tmp_path):
    with pytest.raises(InstrumentError, match="articles.tsv"):
        load_nfc(tmp_path)


def test_evaluate_scores_the_codebook_against_labels_and_items(tmp_path):
    write_nfc(tmp_path, ROWS)
    tables = evaluate(tmp_path, k=2, seed=1)
    frames = tables["frames"].set_index("frame")
    assert frames.loc["conflict", "auc_codebook"] == 1.0  # both conflict stories carry conflict words, no other does
    assert frames.loc["economic_consequences", "auc_codebook"] == 1.0
    assert math.isnan(frames.loc["morality", "auc_codebook"])  # no article has the frame
    co1 = tables["items"].set_index("question").loc["co1"]
    assert (co1.articles, co1.majority_yes, co1.precision, co1.recall) == (6, 2, 1.0, 1.0)
    assert tables["items"].set_index("question").loc["ec2", "articles"] == 0  # no majority: not counted
    assert set(tables["evidence"]["family"]) == {"generic"}
    assert set(tables["wordlists"]["fold"]) == {0, 1} and (tables["wordlists"]["rank"] >= 1).all()
    assert "| conflict | 2 / 6 | 1.00" in markdown_table(tables["frames"])


def test_evaluate_reports_fold_spread_and_articles_emptied_by_cleaning(tmp_path):
    # The last article is one line of link instructions: page cleaning removes it whole, so it scores 0.
    write_nfc(tmp_path, ROWS + [("Please click this link for all the latest updates", "False", "True", "False")])
    frames = evaluate(tmp_path, k=2, seed=1)["frames"].set_index("frame")
    assert (frames["emptied"] == 1).all()
    conflict = frames.loc["conflict"]
    articles, _items = load_nfc(tmp_path)
    scores, _evidence = codebook_scores(articles)
    mine = scores[scores.frame == "conflict"].set_index("article_id").loc[articles["article_id"], "n_indicators"].to_numpy()
    fold, labels = folds(len(articles), k=2, seed=1), articles["CO"].to_numpy()
    per_fold = sorted(auc(mine[fold == f], labels[fold == f]) for f in (0, 1))
    assert (conflict.codebook_fold_min, conflict.codebook_fold_max) == (per_fold[0], per_fold[1])
    assert math.isnan(frames.loc["morality", "codebook_fold_min"])  # no fold has the frame
    assert conflict.auc_codebook == conflict.auc_n_indicators  # the default score is n_indicators


def test_n_indicators_counts_a_repeated_indicator_once(tmp_path):
    write_nfc(tmp_path, [("Lawsuit. Lawsuit. Lawsuit. Lawsuit.", "False", "True", "False"),
                         ("They sued, accused and criticised.", "False", "True", "False")])
    articles, _items = load_nfc(tmp_path)
    scores, _evidence = codebook_scores(articles)
    conflict = scores[scores.frame == "conflict"].set_index("article_id")
    assert conflict["n_matches"].tolist() == [4, 3]
    assert conflict["n_indicators"].tolist() == [1, 3]


def test_wordlist_baseline_is_out_of_fold():
    # Each fold's list is learned on the other fold only. There "yak" marks the frame and "zebra" its
    # absence, the reverse of the held-out fold: scored out of fold, the baseline is perfectly wrong
    # (AUC 0); a list learned on all articles would have nothing to choose between the two words.
    articles = pd.DataFrame({"article_id": list("abcd"), "text": ["zebra", "yak", "yak", "zebra"], **{k: [1, 0, 1, 0] for k in NFC_FRAMES}})
    scores = wordlist_scores(articles, fold=np.array([0, 0, 1, 1]), top=1)
    conflict = scores[scores.frame == "conflict"]
    assert conflict["score"].tolist() == [0.0, 1000.0, 0.0, 1000.0]
    assert auc(conflict["score"], [1, 0, 1, 0]) == 0.0


def test_nfc_resolution_questions_are_scored_by_meaning_not_by_number(tmp_path):
    # NFC's RE label is re2 (solutions) and re6 (an actor able to resolve) both yes: re2 is scored
    # with the solutions item, re6 with "government can alleviate"; re1 (yes for every NFC article)
    # has no codebook counterpart and is not scored.
    write_nfc(tmp_path, ROWS)
    data = json.loads((tmp_path / "item_annotations.json").read_text(encoding="utf-8"))
    for key, entry in data.items():
        entry["re1"] = ["yes", ["yes", "yes", -1, -1]]
        entry["re2"] = ["yes" if key == "4" else "no", ["no", "no", -1, -1]]
    (tmp_path / "item_annotations.json").write_text(json.dumps(data), encoding="utf-8")
    items = evaluate(tmp_path, k=2, seed=1)["items"].set_index("question")
    assert "re1" not in items.index and items.loc["re2", "item"] == "responsibility_3"
    assert items.loc["re6", "item"] == "responsibility_1" and items.loc["re6", "articles"] == 0
    re2 = items.loc["re2"]  # only article 4 ("urgent measures and solutions") proposes solutions
    assert (re2.articles, re2.majority_yes, re2.fired, re2.recall) == (6, 1, 1, 1.0)
    assert re2.auc_count == 1.0  # the one article with solutions has the most different solution indicators


def test_frame_score_is_the_default_and_uses_the_codebooks_length_exponent(tmp_path):
    write_nfc(tmp_path, ROWS)
    frames = evaluate(tmp_path, k=2, seed=1)["frames"].set_index("frame")
    assert frames["auc_codebook"].equals(frames["auc_frame_score"])  # NaN (no article with the frame) on both sides
    articles, _items = load_nfc(tmp_path)
    scores, _evidence = codebook_scores(articles)
    for frame, exponent in (("responsibility", 0.5), ("conflict", 0.0)):
        mine = scores[scores.frame == frame]
        expected = mine["n_indicators"] / (mine["words"] / 1000) ** exponent
        assert np.allclose(mine["frame_score"], expected)
