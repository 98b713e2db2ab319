"""Words that set an outlet apart: tokens, word counts per group, and the weighted log-odds
ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin' Words").

Also the summed valence of words per group (:func:`word_totals`, for sentiment driver words).
Every function takes a tidy table and returns one; groups (outlets) are never named in code.
"""
from __future__ import annotations

from collections import Counter
from typing import Iterable

import numpy as np
import pandas as pd

from .instruments import load_wordlist
from .segment import words

Z_95 = 1.959963984540054


# --------------------------------------------------------------------------- tokens and counts
def tokenize(text: str, *, stopwords: Iterable[str] = ()) -> list[str]:
    """Lower-cased word tokens, possessive ``'s`` removed, ``stopwords`` dropped.

    Examples
    --------
    >>> tokenize("Russia's troops, the U.S. says.", stopwords={"the"})
    ['russia', 'troops', 'u.s', 'says']
    >>> tokenize("")
    []
    """
    stop = frozenset(stopwords)
    out = []
    for token in words(text.replace("\u2019", "'")):
        token = token.lower()
        if token.endswith("'s"):
            token = token[:-2]
        if token and token not in stop:
            out.append(token)
    return out


def content_stopwords() -> frozenset[str]:
    """The workbook's English function words (``stopwords_en.txt``), for content-word lists.

    Examples
    --------
    >>> "the" in content_stopwords(), "troops" in content_stopwords()
    (True, False)
    """
    return load_wordlist("stopwords_en.txt")


def term_counts(df: pd.DataFrame, *, by: str = "outlet", text: str = "text", stopwords: Iterable[str] | None = None) -> pd.DataFrame:
    """Word counts: one row per term, one column per group (``by``), zeros filled.

    Numbers are kept (they are part of how outlets differ); function words are dropped unless
    ``stopwords=()`` is given.

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "B", "A"], "text": ["troops left", "troops stay", "tanks left"]})
    >>> term_counts(d).loc[["left", "troops"]].to_dict("index")
    {'left': {'A': 2, 'B': 0}, 'troops': {'A': 1, 'B': 1}}
    >>> term_counts(d.iloc[:0]).shape
    (0, 0)
    """
    stop = content_stopwords() if stopwords is None else frozenset(stopwords)
    counts: dict[str, Counter[str]] = {}
    for group, value in zip(df[by], df[text]):
        counts.setdefault(str(group), Counter()).update(tokenize(str(value), stopwords=stop))
    if not counts:
        return pd.DataFrame()
    table = pd.DataFrame(counts).fillna(0).astype(int)
    return table.sort_index()[sorted(table.columns)]


# --------------------------------------------------------------------------- distinctive words
def log_odds_dirichlet(counts: pd.DataFrame, *, prior_scale: float = 1.0, min_count: int = 1) -> pd.DataFrame:
    """Weighted log-odds ratio with an informative Dirichlet prior, each group against the rest.

    For group *i* and the pooled rest *j*, with prior pseudo-counts ``a_w = prior_scale *``
    (pooled count of *w*) and ``a0 = sum(a_w)`` (Monroe et al. 2008, eq. 16-22)::

        delta_w = log((y_iw + a_w) / (n_i + a0 - y_iw - a_w)) - log((y_jw + a_w) / (n_j + a0 - y_jw - a_w))
        var_w   ~ 1 / (y_iw + a_w) + 1 / (y_jw + a_w)
        z_w     = delta_w / sqrt(var_w)

    The prior shrinks rare words toward zero, so a word used twice by one outlet does not
    outrank a word used ten times more often than elsewhere.

    Parameters
    ----------
    counts : DataFrame
        Terms as rows, groups as columns (:func:`term_counts`).
    prior_scale : float
        Weight of the pooled-corpus prior (1.0: as many pseudo-counts as observed words).
    min_count : int
        Terms the group uses fewer times than this are not reported for it.

    Returns
    -------
    DataFrame
        One row per group and term: ``outlet, term, count, per_1000_words, other_per_1000_words,
        log_odds, se, z, significant`` (``|z| > 1.96``), sorted by group then ``z`` descending.

    Examples
    --------
    >>> c = pd.DataFrame({"A": [10, 1, 5], "B": [1, 10, 5]}, index=["troops", "war", "said"])
    >>> r = log_odds_dirichlet(c)
    >>> r[r.outlet == "A"][["term", "count"]].values.tolist()
    [['troops', 10], ['said', 5], ['war', 1]]
    >>> bool(r.set_index(["outlet", "term"]).loc[("A", "said"), "z"] == 0)
    True
    >>> log_odds_dirichlet(pd.DataFrame()).empty
    True
    """
    columns = ["outlet", "term", "count", "per_1000_words", "other_per_1000_words", "log_odds", "se", "z", "significant"]
    if counts.empty or counts.shape[1] < 2:
        return pd.DataFrame(columns=columns)
    y = counts.to_numpy(dtype=float)
    pooled = y.sum(axis=1)
    alpha = prior_scale * pooled
    a0 = alpha.sum()
    frames = []
    for k, group in enumerate(counts.columns):
        yi = y[:, k]
        yj = pooled - yi
        ni, nj = yi.sum(), yj.sum()
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.log((yi + alpha) / (ni + a0 - yi - alpha)) - np.log((yj + alpha) / (nj + a0 - yj - alpha))
            var = 1.0 / (yi + alpha) + 1.0 / (yj + alpha)
            z = delta / np.sqrt(var)
        frame = pd.DataFrame({
            "outlet": group, "term": counts.index, "count": yi.astype(int),
            "per_1000_words": 1000 * yi / ni if ni else np.nan,
            "other_per_1000_words": 1000 * yj / nj if nj else np.nan,
            "log_odds": delta, "se": np.sqrt(var), "z": z,
        })
        frames.append(frame[frame["count"] >= min_count])
    out = pd.concat(frames, ignore_index=True)
    out["z"] = out["z"].round(12)
    out["significant"] = out["z"].abs() > Z_95
    return out.sort_values(["outlet", "z", "term"], ascending=[True, False, True], ignore_index=True)[columns]



def word_totals(df: pd.DataFrame, *, word: str = "word", value: str = "applied_valence", by: str = "outlet") -> pd.DataFrame:
    """Sum and count of ``value`` per group and lower-cased word (e.g. sentiment driver words).

    Returns ``outlet, word, n, total`` sorted by group, then by ``|total|`` descending.

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "A"], "word": ["War", "war", "hope"], "applied_valence": [-2.0, -1.0, 1.5]})
    >>> word_totals(d).values.tolist()
    [['A', 'war', 2, -3.0], ['A', 'hope', 1, 1.5]]
    >>> word_totals(d.iloc[:0]).empty
    True
    """
    if df.empty:
        return pd.DataFrame(columns=[by, "word", "n", "total"])
    d = df.assign(_w=df[word].astype(str).str.lower())
    out = d.groupby([by, "_w"])[value].agg(n="count", total="sum").reset_index().rename(columns={"_w": "word"})
    out["_abs"] = out["total"].abs()
    out = out.sort_values([by, "_abs", "word"], ascending=[True, False, True], ignore_index=True)
    return out.drop(columns="_abs")[[by, "word", "n", "total"]]

