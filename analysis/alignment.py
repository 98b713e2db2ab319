"""Sentences that say the same thing in two outlets, and what each outlet reports alone.

Similarity is the cosine of TF-IDF vectors over word 1-2-grams (the workbook's tokenizer,
:func:`analysis.words.tokenize`; IDF from every sentence of the corpus; smoothed IDF and L2 rows,
scikit-learn's ``TfidfVectorizer``), kept **sparse**: the similarities of a block of sentences
against the corpus are one sparse product, so memory grows with the block, not with the square of
the corpus (notebook 05 built a dense n x n matrix: 3.3 GiB at 15,367 sentences). Each block
takes the best match per row exactly as a dense ``argmax`` would (ties to the earliest sentence),
so the tables are those of the dense computation (tested against it on the seeds, the
multi-outlet fixture and generated corpora).

* :func:`align_sentences`: mutual best matches between articles of different outlets.
* :func:`sentence_coverage`: each sentence's closest sentence in any other outlet (an omission
  table read the other way round).

The work is still proportional to the number of sentence pairs sharing a word (most do: "the",
"said"), done in compiled code a block at a time; see the README's caveat for the figures.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Sequence

import numpy as np
import pandas as pd
from scipy import sparse

from .words import tokenize

#: Rows of the similarity computed at once (a block of BLOCK x sentences floats lives in memory).
BLOCK = 256
#: Up to this many sentences every pair is compared; above it, candidate pairs only (see :func:`compare_sentences`).
EXACT_LIMIT = 40_000
#: Above :data:`EXACT_LIMIT`: a term in more than this share of the distinct texts (of at most
#: EXACT_LIMIT of them, so the bound stays fixed: 80) makes no candidate pair ...
MAX_DF = 0.002
#: ... unless it is in at most this many distinct texts.
MIN_DF = 50
#: Above :data:`EXACT_LIMIT`: each distinct text is matched further with its this many most similar other texts.
MAX_CANDIDATES = 20
#: The most articles one sentence is aligned with (its most similar; ties to the earlier article).
MAX_MATCHES = 10


def ngrams(tokens: Sequence[str], *, n_min: int = 1, n_max: int = 2) -> list[str]:
    """Word n-grams of ``tokens`` joined by spaces.

    Examples
    --------
    >>> ngrams(["units", "are", "loading"])
    ['units', 'are', 'loading', 'units are', 'are loading']
    >>> ngrams([])
    []
    """
    return [" ".join(tokens[i : i + n]) for n in range(n_min, n_max + 1) for i in range(len(tokens) - n + 1)]


def tfidf_vectors(texts: Sequence[str], *, n_max: int = 2, stopwords: Iterable[str] = ()) -> sparse.csr_matrix:
    """Sparse rows of L2-normalised TF-IDF vectors over word 1..``n_max``-grams (smoothed IDF).

    ``idf = ln((1 + N) / (1 + df)) + 1`` over ``texts``: scikit-learn's ``TfidfVectorizer`` with
    the workbook's tokenizer as analyzer. A text with no word is a zero row.

    Examples
    --------
    >>> m = tfidf_vectors(["troops return to base", "troops return to base", "war fears grow"])
    >>> np.round((m @ m.T).toarray(), 3).tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> tfidf_vectors([]).shape, tfidf_vectors(["", "!"]).shape
    ((0, 0), (2, 0))
    """
    from sklearn.feature_extraction.text import TfidfVectorizer

    stop = frozenset(stopwords)
    grams = [ngrams(tokenize(str(t), stopwords=stop), n_max=n_max) for t in texts]
    if not any(grams):
        return sparse.csr_matrix((len(texts), 0))
    vectorizer = TfidfVectorizer(analyzer=lambda doc: doc, dtype=np.float64)
    return vectorizer.fit_transform(grams).tocsr()


def tfidf_matrix(texts: Sequence[str], *, n_max: int = 2, stopwords: Iterable[str] = ()) -> np.ndarray:
    """:func:`tfidf_vectors` as a dense array, columns in sorted n-gram order (small corpora only).

    Examples
    --------
    >>> m = tfidf_matrix(["troops return to base", "troops return to base", "war fears grow"])
    >>> np.round(m @ m.T, 3).tolist()
    [[1.0, 1.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    >>> tfidf_matrix([]).shape
    (0, 0)
    """
    return tfidf_vectors(texts, n_max=n_max, stopwords=stopwords).toarray()


def similarity_blocks(vectors: sparse.csr_matrix, *, block: int = BLOCK) -> Iterator[tuple[int, np.ndarray]]:
    """Yield ``(first_row, sims)``: the cosine similarities of ``block`` rows against every row.

    ``sims`` is a dense ``rows x n`` array, so at most ``block * n`` floats live at once. Each is
    a sparse product (scipy sums a row's terms in a fixed order: the same floats on every run).
    Splitting the most frequent terms off into a dense BLAS product was measured slower here.

    Examples
    --------
    >>> v = tfidf_vectors(["a b", "a b", "c"])
    >>> [(start, s.shape) for start, s in similarity_blocks(v, block=2)]
    [(0, (2, 3)), (2, (1, 3))]
    """
    n = vectors.shape[0]
    transposed = vectors.T.tocsr()  # CSR, so the product does not convert it again for every block
    for start in range(0, n, block):
        product = vectors[start : start + block] @ transposed
        yield start, product.toarray() if sparse.issparse(product) else np.asarray(product)


def _vectors(s: pd.DataFrame, n_max: int) -> sparse.csr_matrix:
    vectors = tfidf_vectors(s["text"].astype(str).tolist(), n_max=n_max)
    # No word anywhere: every similarity is 0, as the dense product gives.
    return vectors if vectors.shape[1] else sparse.csr_matrix((len(s), 1))


def compare_sentences(
    sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2, exact_limit: int | None = None, max_df: float = MAX_DF,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """:func:`align_sentences` and :func:`sentence_coverage` from one pass over the similarities.

    For each block of sentences: similarities to every sentence of the corpus, those of the same
    outlet masked out; the row's best match (``argmax``: ties to the earliest sentence) gives the
    coverage, and per other article the row's best match, kept when at least ``threshold``, gives
    the candidates for mutual best matches, at most :data:`MAX_MATCHES` articles per sentence (its
    most similar): a wire sentence repeated in every article would otherwise pair with each of
    them, and the pairs grow with the square of the corpus (1,000 benchmark articles: 6.2 GiB and
    162 s uncapped, 0.7 GiB and 67 s capped). Peak memory is a few blocks of ``BLOCK x n`` floats.

    That compares every pair of sentences. Above ``exact_limit`` sentences (default
    :data:`EXACT_LIMIT`) only **candidate** pairs are compared, so the work grows about linearly:
    two sentences are candidates when they share a term found in at most ``max_df`` of all
    sentences (at least :data:`MIN_DF`); each candidate's similarity is still the full cosine. A
    pair that shares only very common terms ("the", "said") is then not compared, and a sentence
    with no candidate in another outlet has no best match (similarity NaN, not reported
    elsewhere). Below the limit the answer is the dense computation's (up to the cap).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"], "sentence": [1, 1], "text": ["Units left.", "Units left."]})
    >>> pairs, coverage = compare_sentences(s)
    >>> len(pairs), coverage["reported_elsewhere"].tolist()
    (1, [True, True])
    """
    s = sentences.reset_index(drop=True)
    n = len(s)
    outlets = pd.factorize(s["outlet"])[0]
    articles = pd.factorize(s["article_id"])[0]  # codes in order of first appearance
    n_articles = int(articles.max()) + 1 if n else 0
    vectors = _vectors(s, n_max) if n else sparse.csr_matrix((0, 1))
    if n > (EXACT_LIMIT if exact_limit is None else exact_limit):
        best, where, edges = _candidate_pass(vectors, outlets, articles, threshold=threshold, max_df=max_df, texts=s["text"].astype(str).to_numpy())
    else:
        best, where, edges = _exact_pass(vectors, outlets, articles, threshold=threshold)
    found = where >= 0
    coverage = s.copy()
    coverage["best_similarity"] = best
    coverage["best_match_article"] = np.where(found, s["article_id"].to_numpy()[np.maximum(where, 0)], "") if n else pd.Series(dtype=object)
    coverage["best_match_text"] = np.where(found, s["text"].to_numpy()[np.maximum(where, 0)], "") if n else pd.Series(dtype=object)
    coverage["reported_elsewhere"] = coverage["best_similarity"].fillna(-1) >= threshold
    return _mutual_pairs(s, articles, n_articles, *edges), coverage


def _exact_pass(vectors: sparse.csr_matrix, outlets: np.ndarray, articles: np.ndarray, *, threshold: float):
    """Every pair: each row's best match in another outlet, and its best per other article (edges)."""
    n = len(outlets)
    order = np.argsort(articles, kind="stable")  # columns grouped by article, each in table order
    bounds = np.flatnonzero(np.r_[True, articles[order][1:] != articles[order][:-1]]) if n else np.array([], dtype=int)
    lengths = np.diff(np.r_[bounds, n])
    segment_article = articles[order][bounds] if n else bounds
    contiguous = bool((order == np.arange(n)).all())  # the usual case: each article's sentences together
    best = np.full(n, np.nan)
    where = np.full(n, -1)
    edge_i, edge_art, edge_j, edge_sim = [], [], [], []
    for start, block in similarity_blocks(vectors):
        rows = np.arange(len(block))
        same = outlets[start : start + len(block)][:, None] == outlets[None, :]
        block[same] = -np.inf
        has_other = ~same.all(axis=1)
        cols = block.argmax(axis=1)
        best[start + rows[has_other]] = block[rows[has_other], cols[has_other]]
        where[start + rows[has_other]] = cols[has_other]
        grouped = block if contiguous else block[:, order]
        top = np.maximum.reduceat(grouped, bounds, axis=1)  # each row's best similarity per article
        r, c = _most_similar(*np.nonzero(top >= threshold), top)
        edge_i.append(start + r)
        edge_art.append(segment_article[c])
        edge_j.append(order[_first_reaching(grouped, top, r, c, bounds, lengths)])
        edge_sim.append(top[r, c])
    return best, where, (edge_i, edge_art, edge_j, edge_sim)


def _candidate_pass(vectors: sparse.csr_matrix, outlets: np.ndarray, articles: np.ndarray, *, threshold: float, max_df: float,
                    texts: np.ndarray | None = None):
    """Candidate pairs only, compared once per distinct text: linear in the corpus, however repeated.

    Identical sentences (a wire paragraph in a thousand articles) have one vector: the distinct
    texts are compared among themselves, candidates being texts that share a term found in at most
    ``max_df`` of the distinct texts (at least :data:`MIN_DF`; the share is taken of at most
    :data:`EXACT_LIMIT` texts, so the bound stays fixed as the corpus grows and the candidate pairs
    grow linearly), each with its full cosine; a text keeps its :data:`MAX_CANDIDATES` most
    similar, and itself. A sentence then stands for its text in its outlet: its best match is the
    earliest sentence of its most similar text found in another outlet (as the dense ``argmax``
    would choose), and it is aligned with the earliest such sentence of each of its most similar
    texts, at most :data:`MAX_MATCHES` articles.
    """
    n = vectors.shape[0]
    codes = pd.factorize(pd.Series(texts if texts is not None else np.arange(n)))[0]  # in order of first appearance
    n_texts = int(codes.max()) + 1
    first = np.unique(codes, return_index=True)[1]  # each text's earliest sentence
    unique = vectors[first]
    frequency = np.diff(unique.tocsc().indptr)
    rare = np.flatnonzero((frequency > 0) & (frequency <= max(MIN_DF, max_df * min(n_texts, EXACT_LIMIT))))
    keep = sparse.csr_matrix(unique[:, rare])
    keep.data[:] = 1.0
    keep_t = keep.T.tocsr()
    norms = np.asarray(unique.multiply(unique).sum(axis=1)).ravel()
    itself = np.flatnonzero(norms > 0)  # each text with itself (a text with no word matches nothing)
    parts = [(itself, itself, norms[itself])]
    for start in range(0, n_texts, BLOCK * 8):
        pairs = (keep[start : start + BLOCK * 8] @ keep_t).tocoo()
        a, b = pairs.row + start, pairs.col
        a, b = a[a != b], b[a != b]
        if not len(a):
            continue
        sims = np.asarray(unique[a].multiply(unique[b]).sum(axis=1)).ravel()
        order = np.lexsort((b, -sims, a))
        a, b, sims = a[order], b[order], sims[order]
        top = (np.arange(len(a)) - np.searchsorted(a, a, side="left")) < MAX_CANDIDATES
        parts.append((a[top], b[top], sims[top]))
    a, b, sims = (np.concatenate(p) for p in zip(*parts))
    order = np.lexsort((b, a))
    a, b, sims = a[order], b[order], sims[order]
    starts = np.searchsorted(a, np.arange(n_texts))
    counts = np.diff(np.r_[starts, len(a)])
    # The earliest sentence of a text, and its earliest in an outlet other than that one's.
    other = np.flatnonzero(outlets != outlets[first[codes]])
    second = np.full(n_texts, -1)
    found, at = np.unique(codes[other], return_index=True)
    second[found] = other[at]
    # One unit per (text, outlet): every sentence of it has the same matches.
    n_outlets = int(outlets.max()) + 1
    unit, unit_keys = pd.factorize(codes.astype(np.int64) * n_outlets + outlets)
    unit_text, unit_outlet = unit_keys // n_outlets, unit_keys % n_outlets
    rows = np.repeat(np.arange(len(unit_keys)), counts[unit_text])  # each unit with each candidate of its text
    offset = np.arange(len(rows)) - np.repeat(np.cumsum(counts[unit_text]) - counts[unit_text], counts[unit_text])
    cand = starts[unit_text][rows] + offset
    v, sim = b[cand], sims[cand]
    target = np.where(outlets[first[v]] != unit_outlet[rows], first[v], second[v])
    valid = target >= 0
    rows, target, sim = rows[valid], target[valid], sim[valid]
    order = np.lexsort((target, -sim, rows))
    rows, target, sim = rows[order], target[order], sim[order]
    head = np.r_[True, rows[1:] != rows[:-1]] if len(rows) else np.zeros(0, dtype=bool)
    unit_best = np.full(len(unit_keys), np.nan)
    unit_where = np.full(len(unit_keys), -1)
    unit_best[rows[head]], unit_where[rows[head]] = sim[head], target[head]
    # Edges: per unit, its best sentence in each article reached, the MAX_MATCHES most similar articles.
    art = articles[target]
    strong = sim >= threshold
    rows, target, sim, art = rows[strong], target[strong], sim[strong], art[strong]
    order = np.lexsort((target, -sim, art, rows))
    rows, target, sim, art = rows[order], target[order], sim[order], art[order]
    firsts = np.r_[True, (rows[1:] != rows[:-1]) | (art[1:] != art[:-1])] if len(rows) else np.zeros(0, dtype=bool)
    rows, target, sim, art = rows[firsts], target[firsts], sim[firsts], art[firsts]
    order = np.lexsort((art, -sim, rows))
    rank = np.arange(len(order)) - np.searchsorted(rows[order], rows[order], side="left")
    chosen = np.sort(order[rank < MAX_MATCHES])  # back to unit, then article order
    rows, target, sim, art = rows[chosen], target[chosen], sim[chosen], art[chosen]
    # Every sentence takes its unit's edges.
    edge_start = np.searchsorted(rows, np.arange(len(unit_keys)))
    edge_count = np.diff(np.r_[edge_start, len(rows)])
    per = edge_count[unit]
    i = np.repeat(np.arange(n), per)
    k = np.repeat(edge_start[unit], per) + (np.arange(per.sum()) - np.repeat(np.cumsum(per) - per, per))
    return unit_best[unit], unit_where[unit], ([i], [art[k]], [target[k]], [sim[k]])


def _most_similar(r: np.ndarray, c: np.ndarray, top: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The (row, article segment) pairs kept as edges: per row its :data:`MAX_MATCHES` most similar
    articles (ties to the earlier article), in row then article order.

    Without the cap a sentence repeated in thousands of articles (a wire paragraph) has an edge to
    each, and the edges and pairs grow with the square of the corpus.
    """
    if not len(r):
        return r, c
    sims = top[r, c]
    ranked = np.lexsort((c, -sims, r))
    rank = np.arange(len(ranked)) - np.searchsorted(r[ranked], r[ranked], side="left")
    keep = np.sort(ranked[rank < MAX_MATCHES])  # np.nonzero gave row-major order: sorting restores it
    return r[keep], c[keep]


def _first_reaching(grouped: np.ndarray, top: np.ndarray, r: np.ndarray, c: np.ndarray, bounds: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """For each (row r, article segment c), the first column of the segment whose value is ``top[r, c]``."""
    if not len(r):
        return np.zeros(0, dtype=int)
    size = lengths[c]
    starts = np.cumsum(size) - size
    columns = np.repeat(bounds[c], size) + (np.arange(size.sum()) - np.repeat(starts, size))
    reaching = grouped[np.repeat(r, size), columns] == np.repeat(top[r, c], size)
    return np.minimum.reduceat(np.where(reaching, columns, np.iinfo(np.int64).max), starts)


def _mutual_pairs(s: pd.DataFrame, articles: np.ndarray, n_articles: int, edge_i, edge_art, edge_j, edge_sim) -> pd.DataFrame:
    """Keep the edges (i's best in article art is j) whose reverse (j's best in i's article is i) exists."""
    columns = ["article_a", "outlet_a", "sentence_a", "text_a", "article_b", "outlet_b", "sentence_b", "text_b", "similarity"]
    if not edge_i or not sum(len(e) for e in edge_i):
        return pd.DataFrame(columns=columns)
    i, art, j, sim = (np.concatenate(e) for e in (edge_i, edge_art, edge_j, edge_sim))
    keys = i.astype(np.int64) * n_articles + art  # ascending: rows in order, articles in order within a row
    reverse = j.astype(np.int64) * n_articles + articles[i]
    at = np.minimum(np.searchsorted(keys, reverse), len(keys) - 1)
    mutual = (keys[at] == reverse) & (j[at] == i) & (articles[i] < art)  # each pair once, article a first
    a, b, sim = i[mutual], j[mutual], sim[mutual]
    column = lambda name, rows: s[name].to_numpy()[rows]
    out = pd.DataFrame({
        "article_a": column("article_id", a), "outlet_a": column("outlet", a), "sentence_a": column("sentence", a).astype(int), "text_a": column("text", a),
        "article_b": column("article_id", b), "outlet_b": column("outlet", b), "sentence_b": column("sentence", b).astype(int), "text_b": column("text", b),
        # Rounded to 12 decimals so that pairs equal up to float noise (a repeated wire sentence) sort by name.
        "similarity": sim.astype(float).round(12),
    })
    return out.sort_values(["similarity", "article_a", "sentence_a"], ascending=[False, True, True], ignore_index=True)[columns]


def align_sentences(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """Pairs of sentences from articles of *different outlets* that say the same thing.

    Similarity is the cosine of TF-IDF vectors over word 1-2-grams (IDF from every sentence of
    the corpus). A pair is kept when each sentence is the other's best match in the other
    article (mutual best match, ties to the earlier sentence) and the similarity is at least
    ``threshold`` (:func:`compare_sentences` computes it with the coverage).

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
    return compare_sentences(sentences, threshold=threshold, n_max=n_max)[0]


def sentence_coverage(sentences: pd.DataFrame, *, threshold: float = 0.2, n_max: int = 2) -> pd.DataFrame:
    """For every sentence, its closest sentence in any *other* outlet, and whether that counts
    as the same content (``reported_elsewhere``: similarity at least ``threshold``).

    Sentences with ``reported_elsewhere == False`` are what their outlet reports and no other
    outlet in the corpus does: read per outlet, that is the omission table of the others.
    With one outlet only, nothing can be compared and every sentence is marked not reported
    elsewhere with similarity NaN. Ties go to the earliest sentence of the table.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "x", "y"], "outlet": ["A", "A", "B"], "sentence": [1, 2, 1],
    ...     "text": ["Units are loading onto trains.", "France is alarmed.", "Units began loading onto trains."]})
    >>> sentence_coverage(s)[["sentence", "reported_elsewhere"]].values.tolist()
    [[1, True], [2, False], [1, True]]
    """
    return compare_sentences(sentences, threshold=threshold, n_max=n_max)[1]
