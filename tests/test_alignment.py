"""analysis.alignment: the sparse sentence alignment gives the dense computation's tables."""
from __future__ import annotations

import random
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import alignment
from analysis.corpus import load_manifest
from analysis.pipeline import score_corpus
from benchmarks.corpus import make_article
from tests import reference_alignment as dense

FIXTURE = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"


def _sentences(manifest=None) -> pd.DataFrame:
    tables = score_corpus(load_manifest(manifest) if manifest else load_manifest())
    return tables["sentences"].merge(tables["articles"][["article_id", "outlet"]], on="article_id", validate="many_to_one")


def generated_sentences(n_articles: int, n_outlets: int, *, seed: int) -> pd.DataFrame:
    """Sentences of benchmark articles (shared wire sentences, so many exact ties), random outlets."""
    rng = random.Random(seed)
    rows = []
    for k in range(n_articles):
        text = make_article(rng.randrange(10_000), words=rng.choice([40, 120, 250]))
        parts = [p for p in re.split(r"(?<=[.!?\"])\s+", text) if p.strip()]
        parts += [""] if rng.random() < 0.1 else []  # a sentence with no word: a zero vector
        outlet = f"o{rng.randrange(n_outlets)}"
        rows += [(f"a{k}", outlet, i, p) for i, p in enumerate(parts, start=1)]
    return pd.DataFrame(rows, columns=["article_id", "outlet", "sentence", "text"])


CORPORA = {
    "seeds": lambda: _sentences(),
    "multi_outlet": lambda: _sentences(FIXTURE),
    "generated 3 outlets": lambda: generated_sentences(24, 3, seed=1),
    "generated 7 outlets": lambda: generated_sentences(40, 7, seed=2),
    "generated 1 outlet": lambda: generated_sentences(5, 1, seed=3),
}


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request) -> pd.DataFrame:
    return CORPORA[request.param]()


@pytest.mark.parametrize("threshold", [0.2, 0.5])
def test_align_sentences_equals_the_dense_computation(corpus, threshold, monkeypatch):
    monkeypatch.setattr(alignment, "MAX_MATCHES", 10**6)  # the dense computation has no cap (tested below)
    order = ["similarity", "article_a", "sentence_a", "article_b", "sentence_b"]
    # Pairs equal up to float noise (a repeated sentence) are ordered by name on both sides.
    got = alignment.align_sentences(corpus, threshold=threshold)
    got = got.assign(similarity=got["similarity"].astype(float).round(12)).sort_values(order, ascending=[False, True, True, True, True], ignore_index=True)
    want = dense.align_sentences(corpus, threshold=threshold)
    want = want.assign(similarity=want["similarity"].astype(float).round(12)).sort_values(order, ascending=[False, True, True, True, True], ignore_index=True)
    assert len(want) > 0 or corpus["outlet"].nunique() == 1 or threshold > 0.2  # the comparison is not vacuous
    pd.testing.assert_frame_equal(got.drop(columns="similarity"), want.drop(columns="similarity"), check_dtype=False)
    np.testing.assert_allclose(got["similarity"].astype(float), want["similarity"].astype(float), atol=1e-9)


def test_sentence_coverage_equals_the_dense_computation(corpus):
    got = alignment.sentence_coverage(corpus, threshold=0.2)
    want = dense.sentence_coverage(corpus, threshold=0.2)
    assert got["best_similarity"].notna().any() or corpus["outlet"].nunique() == 1
    pd.testing.assert_frame_equal(got.drop(columns="best_similarity"), want.drop(columns="best_similarity"), check_dtype=False)
    np.testing.assert_allclose(got["best_similarity"], want["best_similarity"], atol=1e-9)


def test_blocks_are_the_cosine_of_the_tfidf_vectors_whatever_the_block_size():
    texts = ["Units are loading onto trains.", "Units began loading onto rail.", "France is alarmed.", "Units are loading onto trains.", ""]
    dense_vectors = alignment.tfidf_matrix(texts)
    expected = np.array([[float(np.dot(a, b)) for b in dense_vectors] for a in dense_vectors])
    for block in (1, 2, 5, 512):
        got = np.vstack([sims for _, sims in alignment.similarity_blocks(alignment.tfidf_vectors(texts), block=block)])
        np.testing.assert_allclose(got, expected, atol=1e-12)
    assert expected[0, 3] == pytest.approx(1.0) and expected[0, 2] == 0.0 and (expected[4] == 0).all()


def test_tfidf_vectors_match_the_hand_formula():
    texts = ["troops return", "troops stay", "tanks"]
    m = alignment.tfidf_matrix(texts, n_max=1)  # columns in sorted order: return, stay, tanks, troops
    idf = lambda df: np.log((1 + 3) / (1 + df)) + 1
    row = np.array([idf(1), 0, 0, idf(2)])  # return, stay, tanks, troops
    np.testing.assert_allclose(m[0], row / np.linalg.norm(row))


def test_words_only_in_no_sentence_give_empty_answers():
    s = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"], "sentence": [1, 1], "text": ["!", "?"]})
    assert alignment.align_sentences(s).empty
    cov = alignment.sentence_coverage(s)
    assert cov["best_similarity"].tolist() == [0.0, 0.0] and not cov["reported_elsewhere"].any()


def test_candidate_pairs_with_every_term_give_the_exact_tables(corpus, monkeypatch):
    """Above the exact limit pairs are compared only when they share a term of at most max_df of the
    distinct texts; with max_df = 1 (and no cap on candidates) every pair sharing any term is one,
    which loses nothing but the best 'match' of a sentence sharing no word with any other outlet
    (similarity 0 vs NaN). A repeated text is aligned with its earliest sentence in each other
    outlet's articles reached, not with every copy: fewer pairs, nearly all of them exact ones."""
    monkeypatch.setattr(alignment, "MAX_MATCHES", 10**6)
    monkeypatch.setattr(alignment, "MAX_CANDIDATES", 10**6)
    exact_pairs, exact_cov = alignment.compare_sentences(corpus)
    pairs, cov = alignment.compare_sentences(corpus, exact_limit=0, max_df=1.0)
    shared = exact_cov["best_similarity"] > 0
    pd.testing.assert_frame_equal(cov[shared].drop(columns="best_similarity"), exact_cov[shared].drop(columns="best_similarity"), check_dtype=False)
    np.testing.assert_allclose(cov.loc[shared, "best_similarity"], exact_cov.loc[shared, "best_similarity"], atol=1e-9)
    assert cov.loc[~shared, "best_similarity"].isna().all() and not cov.loc[~shared, "reported_elsewhere"].any()
    key = ["article_a", "sentence_a", "article_b", "sentence_b"]
    if corpus["text"].is_unique:
        pd.testing.assert_frame_equal(pairs.drop(columns="similarity"), exact_pairs.drop(columns="similarity"), check_dtype=False)
        np.testing.assert_allclose(pairs["similarity"].astype(float), exact_pairs["similarity"].astype(float), atol=1e-9)
    else:  # a copy that is not the earliest elsewhere is not reached: its article's best match may be another sentence
        found, exact = set(map(tuple, pairs[key].values)), set(map(tuple, exact_pairs[key].values))
        assert len(found) <= len(exact) and len(found & exact) >= 0.95 * len(found) and (len(found) > 0) == (len(exact) > 0)


def test_candidate_pairs_leave_out_pairs_sharing_only_common_terms(monkeypatch):
    monkeypatch.setattr(alignment, "MIN_DF", 1)
    s = pd.DataFrame({"article_id": ["x", "y", "z", "w"], "outlet": ["A", "B", "C", "C"], "sentence": 1,
                      "text": ["The troops said.", "The troops left.", "The tanks moved.", "The day ended."]})
    exact = alignment.sentence_coverage(s).set_index("article_id")
    pruned = alignment.compare_sentences(s, exact_limit=0, max_df=0.5)[1].set_index("article_id")  # "the" is in 4 of 4
    assert exact.loc["z", "best_similarity"] > 0 and np.isnan(pruned.loc["z", "best_similarity"])  # shares only "the"
    assert pruned.loc["x", "best_match_article"] == exact.loc["x", "best_match_article"] == "y"
    assert pruned.loc["x", "best_similarity"] == pytest.approx(exact.loc["x", "best_similarity"])  # the full cosine, "the" included


def test_candidate_mode_aligns_a_sentence_with_at_most_max_matches_articles(monkeypatch):
    corpus = generated_sentences(24, 3, seed=1)
    monkeypatch.setattr(alignment, "MAX_MATCHES", 10**6)
    full = alignment.compare_sentences(corpus, exact_limit=0, max_df=1.0)[0]
    monkeypatch.setattr(alignment, "MAX_MATCHES", 2)
    capped = alignment.compare_sentences(corpus, exact_limit=0, max_df=1.0)[0]
    key = ["article_a", "sentence_a", "article_b", "sentence_b"]
    ends = pd.concat([capped[["article_a", "sentence_a"]].set_axis(["a", "s"], axis=1), capped[["article_b", "sentence_b"]].set_axis(["a", "s"], axis=1)])
    assert 0 < len(capped) < len(full) and ends.value_counts().max() <= 2
    assert set(map(tuple, capped[key].values)) <= set(map(tuple, full[key].values))


@pytest.mark.parametrize("exact_limit", [None, 0], ids=["every pair", "candidate pairs"])
def test_a_sentence_is_aligned_with_at_most_max_matches_articles_in_both_passes(monkeypatch, exact_limit):
    """A wire sentence repeated in every article pairs with its 10 most similar articles, not with all:
    without the cap 1,000 benchmark articles gave millions of pairs (6.2 GiB in notebook 05)."""
    repeated = "The ministry said the units had completed their exercises and were returning to base."
    s = pd.DataFrame([(f"a{k:02d}", f"o{k % 4}", 1, repeated) for k in range(30)], columns=["article_id", "outlet", "sentence", "text"])
    monkeypatch.setattr(alignment, "MAX_MATCHES", 10**6)
    full, _ = alignment.compare_sentences(s, exact_limit=exact_limit, max_df=1.0)
    monkeypatch.setattr(alignment, "MAX_MATCHES", 3)
    capped, coverage = alignment.compare_sentences(s, exact_limit=exact_limit, max_df=1.0)
    ends = pd.concat([capped["article_a"], capped["article_b"]])
    same_outlet = sum(n * (n - 1) // 2 for n in s["outlet"].value_counts())
    if exact_limit is None:
        assert len(full) == 30 * 29 // 2 - same_outlet  # uncapped: every pair of articles of different outlets
    else:  # one distinct text: each copy is aligned with the earliest copy in each other outlet only
        assert 0 < len(full) <= 4 * 3
    assert 0 < len(capped) and ends.value_counts().max() <= 3
    assert coverage["reported_elsewhere"].all() and (coverage["best_similarity"] > 0.99).all()  # the coverage is not capped
    assert (coverage["best_match_article"] == np.where(s["outlet"] == "o0", "a01", "a00")).all()  # the earliest copy elsewhere
