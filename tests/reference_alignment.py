"""The dense sentence alignment notebook 05 used before :mod:`analysis.alignment` (a full n x n
similarity matrix): kept here only as the reference the sparse functions are tested against."""
from __future__ import annotations

from collections import Counter
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from analysis.alignment import ngrams
from analysis.words import tokenize


def tfidf_matrix(texts: Sequence[str], *, n_max: int = 2, stopwords: Iterable[str] = ()) -> np.ndarray:
    """Rows of L2-normalised TF-IDF vectors over word 1..``n_max``-grams (smoothed IDF).

    ``idf = ln((1 + N) / (1 + df)) + 1``, the scikit-learn convention, computed over ``texts``.

    Examples
    --------
    >>> m = tfidf_matrix(["troops return to base", "troops return to base", "war fears grow"])
    >>> np.round(m @ m.T, 3).tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> tfidf_matrix([]).shape
    (0, 0)
    """
    grams = [Counter(ngrams(tokenize(t, stopwords=stopwords), n_max=n_max)) for t in texts]
    vocab = {g: i for i, g in enumerate(sorted({g for c in grams for g in c}))}
    if not vocab:
        return np.zeros((len(texts), 0))
    tf = np.zeros((len(texts), len(vocab)))
    for row, counter in enumerate(grams):
        for gram, count in counter.items():
            tf[row, vocab[gram]] = count
    df = (tf > 0).sum(axis=0)
    idf = np.log((1 + len(texts)) / (1 + df)) + 1
    weighted = tf * idf
    norms = np.linalg.norm(weighted, axis=1, keepdims=True)
    return np.divide(weighted, norms, out=np.zeros_like(weighted), where=norms > 0)


def _similarity(sentences: pd.DataFrame, n_max: int) -> np.ndarray:
    vectors = tfidf_matrix(sentences["text"].astype(str).tolist(), n_max=n_max)
    # Not ``vectors @ vectors.T``: numpy sends a product with its own transpose to BLAS's SYRK,
    # which in the OpenBLAS bundled with numpy 2.4 segfaults on large inputs (15,367 sentences x
    # 6,404 n-grams, 400 articles, killed the kernel; numpy/numpy#19685). A transposed copy goes
    # through GEMM.
    return vectors @ np.ascontiguousarray(vectors.T)


def align_sentences(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """Pairs of sentences from articles of *different outlets* that say the same thing.

    Similarity is the cosine of TF-IDF vectors over word 1-2-grams (IDF from every sentence of
    the corpus). A pair is kept when each sentence is the other's best match in the other
    article (mutual best match) and the similarity is at least ``threshold``.

    Returns
    -------
    DataFrame
        ``article_a, outlet_a, sentence_a, text_a, article_b, outlet_b, sentence_b, text_b,
        similarity``, most similar first (``a`` is the article earlier in the table).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "x", "y", "y"], "outlet": ["A", "A", "B", "B"], "sentence": [1, 2, 1, 2],
    ...     "text": ["Units are loading onto trains.", "France is alarmed.", "Units began loading onto rail.", "Truss spoke."]})
    >>> align_sentences(s)[["sentence_a", "sentence_b"]].values.tolist()
    [[1, 1]]
    >>> align_sentences(s.iloc[:0]).empty
    True
    """
    columns = ["article_a", "outlet_a", "sentence_a", "text_a", "article_b", "outlet_b", "sentence_b", "text_b", "similarity"]
    if sentences.empty:
        return pd.DataFrame(columns=columns)
    s = sentences.reset_index(drop=True)
    sim = _similarity(s, n_max)
    articles = list(dict.fromkeys(s["article_id"]))
    # Each article's rows, found once (not per pair: that was quadratic times the corpus).
    members = s.groupby("article_id", sort=False).indices
    outlets, numbers, texts = (s[c].to_numpy() for c in ("outlet", "sentence", "text"))
    rows = []
    for i, a in enumerate(articles):
        ia = members[a]
        for b in articles[i + 1 :]:
            ib = members[b]
            if outlets[ia[0]] == outlets[ib[0]]:
                continue
            block = sim[np.ix_(ia, ib)]
            best_b = block.argmax(axis=1)
            best_a = block.argmax(axis=0)
            for row, col in enumerate(best_b):
                if best_a[col] == row and block[row, col] >= threshold:
                    ra, rb = ia[row], ib[col]
                    rows.append([a, outlets[ra], int(numbers[ra]), texts[ra], b, outlets[rb], int(numbers[rb]), texts[rb], float(block[row, col])])
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["similarity", "article_a", "sentence_a"], ascending=[False, True, True], ignore_index=True)


def sentence_coverage(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """For every sentence, its closest sentence in any *other* outlet, and whether that counts
    as the same content (``reported_elsewhere``: similarity at least ``threshold``).

    Sentences with ``reported_elsewhere == False`` are what their outlet reports and no other
    outlet in the corpus does: read per outlet, that is the omission table of the others.
    With one outlet only, nothing can be compared and every sentence is marked not reported
    elsewhere with similarity NaN.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "x", "y"], "outlet": ["A", "A", "B"], "sentence": [1, 2, 1],
    ...     "text": ["Units are loading onto trains.", "France is alarmed.", "Units began loading onto trains."]})
    >>> sentence_coverage(s)[["sentence", "reported_elsewhere"]].values.tolist()
    [[1, True], [2, False], [1, True]]
    """
    s = sentences.reset_index(drop=True).copy()
    if s.empty:
        return s.assign(best_similarity=pd.Series(dtype=float), best_match_article=pd.Series(dtype=object), best_match_text=pd.Series(dtype=object), reported_elsewhere=pd.Series(dtype=bool))
    sim = _similarity(s, n_max)
    outlets = s["outlet"].to_numpy()
    best: list[float] = [np.nan] * len(s)
    where: list[int | None] = [None] * len(s)
    for outlet in dict.fromkeys(outlets):  # per outlet, its rows against every other outlet's, in blocks
        others = np.flatnonzero(outlets != outlet)
        if others.size == 0:
            continue
        own = np.flatnonzero(outlets == outlet)
        for start in range(0, own.size, 1024):
            rows = own[start : start + 1024]
            for i, column in zip(rows.tolist(), sim[np.ix_(rows, others)].argmax(axis=1).tolist()):
                j = int(others[column])
                best[i] = float(sim[i, j])
                where[i] = j
    s["best_similarity"] = best
    s["best_match_article"] = [s.loc[j, "article_id"] if j is not None else "" for j in where]
    s["best_match_text"] = [s.loc[j, "text"] if j is not None else "" for j in where]
    s["reported_elsewhere"] = s["best_similarity"].fillna(-1) >= threshold
    return s
