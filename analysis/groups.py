"""Comparing groups of outlets (country, type, owner) and keeping charts readable at any scale.

* :func:`pooled_ratio` - a measure pooled over a group's articles (a mean, a share or a rate per
  1,000 words: the sum of a numerator over the sum of a denominator), with a seeded 95%
  percentile bootstrap interval. With two or more articles in a group it resamples **articles**
  (each drawn article brings all its units), so the interval reflects how much the group's
  articles differ from one another; with one article it can only resample that article's
  units (sentences, quotes) and says so in the ``interval`` column.
* :func:`with_group` - attach a group column from the outlets table (:mod:`analysis.outlets`),
  checking the join.
* :func:`top_and_others` - keep the ``n`` largest outlets (by articles) and pool the rest as one
  "others" row, so a chart of 200 outlets reads like one of 20.

Examples
--------
>>> d = pd.DataFrame({"article_id": ["a", "a", "b", "c"], "type": ["wire", "wire", "wire", "state"],
...                   "matches": [1, 0, 2, 0], "words": [10, 10, 20, 10]})
>>> pooled_ratio(d, by="type", numerator="matches", denominator="words", scale=1000)[["type", "n_articles", "estimate", "interval"]].values.tolist()
[['state', 1, 0.0, 'sentences of one article'], ['wire', 2, 75.0, 'articles']]
"""
from __future__ import annotations

from typing import Iterable, Mapping

import numpy as np
import pandas as pd

from .stats import N_RESAMPLES, percentile_interval, resample_weights, seed_for

#: Label of the pooled rest in :func:`top_and_others`.
OTHERS = "others"


def pooled_ratio(
    units: pd.DataFrame, *, by: str | list[str], numerator: str, denominator: str | None = None, cluster: str = "article_id",
    scale: float = 1.0, seed: object = "pooled_ratio", n_resamples: int = N_RESAMPLES,
) -> pd.DataFrame:
    """Per group: ``scale * sum(numerator) / sum(denominator)`` over its units, with a 95% interval.

    ``units`` has one row per unit (sentence, quote, article) with the group column(s) ``by``,
    the ``cluster`` column (article id) and the numeric columns. ``denominator=None`` counts
    units (the estimate is then the mean of ``numerator``). Rows with a missing numerator or
    denominator are left out. The bootstrap resamples clusters (articles) when the group has at
    least two, else the units of its one article; seeded by ``seed`` and the group's key, so
    every run gives the same interval.

    Returns
    -------
    DataFrame
        ``*by, n_articles, n_units, estimate, low, high, interval`` (``"articles"`` or
        ``"sentences of one article"``; the word "sentences" stands for whatever the units are),
        sorted by group.

    Examples
    --------
    >>> d = pd.DataFrame({"article_id": ["a", "b", "c"], "g": "X", "tone": [0.5, -0.5, 0.0]})
    >>> r = pooled_ratio(d, by="g", numerator="tone")
    >>> int(r.n_articles[0]), float(r.estimate[0]), bool(r.low[0] < 0 < r.high[0])
    (3, 0.0, True)
    >>> pooled_ratio(d.iloc[:0], by="g", numerator="tone").empty
    True
    """
    keys = [by] if isinstance(by, str) else list(by)
    columns = [*keys, "n_articles", "n_units", "estimate", "low", "high", "interval"]
    d = units.assign(_den=1.0 if denominator is None else units[denominator]).dropna(subset=[numerator, "_den"])
    rows = []
    for key, part in d.groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        num = part[numerator].to_numpy(dtype=float)
        den = part["_den"].to_numpy(dtype=float)
        total = den.sum()
        estimate = scale * num.sum() / total if total else np.nan
        clusters = pd.factorize(part[cluster])[0]
        n_clusters = int(clusters.max()) + 1
        if n_clusters >= 2:
            num, den = np.bincount(clusters, num, n_clusters), np.bincount(clusters, den, n_clusters)
            kind = "articles"
        else:
            kind = "sentences of one article"
        weights = resample_weights(len(num), seed=seed_for(seed, *key, numerator, denominator or ""), n_resamples=n_resamples)
        with np.errstate(divide="ignore", invalid="ignore"):
            samples = scale * (weights @ num) / (weights @ den)
        low, high = percentile_interval(samples[np.isfinite(samples)]) if np.isfinite(samples).any() else (np.nan, np.nan)
        rows.append([*key, n_clusters, len(part), float(estimate), float(low), float(high), kind])
    return pd.DataFrame(rows, columns=columns)


def with_group(df: pd.DataFrame, groups: Mapping[str, str], *, name: str = "group", outlet: str = "outlet") -> pd.DataFrame:
    """``df`` with a column ``name`` giving each row's group, from an outlet -> group mapping.

    Raises ``ValueError`` naming the outlets the mapping lacks (the outlets table of
    :func:`analysis.outlets.load_outlets` has a row, maybe ``unknown``, for every corpus outlet).

    Examples
    --------
    >>> with_group(pd.DataFrame({"outlet": ["A", "B"]}), {"A": "wire", "B": "unknown"})["group"].tolist()
    ['wire', 'unknown']
    >>> with_group(pd.DataFrame({"outlet": ["C"]}), {"A": "wire"})
    Traceback (most recent call last):
    ...
    ValueError: outlet(s) with no row in the outlets table: ['C']
    """
    missing = sorted(set(df[outlet].astype(str)) - set(groups))
    if missing:
        raise ValueError(f"outlet(s) with no row in the outlets table: {missing}")
    return df.assign(**{name: df[outlet].astype(str).map(groups)})


def top_and_others(outlets: Iterable[str], *, n: int = 20, weights: Mapping[str, float] | None = None) -> dict[str, str]:
    """Outlet -> label: the ``n`` largest outlets keep their name, the rest become ``"others (k outlets)"``.

    Size is ``weights[outlet]`` (e.g. articles per outlet), ties broken by name; with ``n`` or
    fewer outlets every outlet keeps its name.

    Examples
    --------
    >>> top_and_others(["a", "b", "c"], n=2, weights={"a": 5, "b": 1, "c": 3})
    {'a': 'a', 'b': 'others (1 outlet)', 'c': 'c'}
    >>> top_and_others(["a", "b"], n=2)
    {'a': 'a', 'b': 'b'}
    """
    names = sorted({str(o) for o in outlets})
    if len(names) <= n:
        return {o: o for o in names}
    size = weights or {}
    ranked = sorted(names, key=lambda o: (-float(size.get(o, 0)), o))
    rest = len(names) - n
    label = f"{OTHERS} ({rest} outlet{'s' if rest != 1 else ''})"
    kept = set(ranked[:n])
    return {o: o if o in kept else label for o in names}
