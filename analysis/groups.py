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
[['state', 1, 0.0, 'one unit: no interval'], ['wire', 2, 75.0, 'articles']]
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
    scale: float = 1.0, seed: object = "pooled_ratio", n_resamples: int = N_RESAMPLES, unit_name: str = "sentences",
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
        ``"<unit_name> of one article"``), sorted by group.

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
            kind = f"{unit_name} of one article" if len(num) > 1 else "one unit: no interval"
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
    size = {} if weights is None else dict(weights)
    ranked = sorted(names, key=lambda o: (-float(size.get(o, 0)), o))
    rest = len(names) - n
    label = f"{OTHERS} ({rest} outlet{'s' if rest != 1 else ''})"
    kept = set(ranked[:n])
    return {o: o if o in kept else label for o in names}


#: Sentence measures compared between groups: name -> (numerator, denominator or None for a mean).
SENTENCE_MEASURES: dict[str, tuple[str, str | None]] = {
    "share of words in quotation marks": ("_quoted_words", "n_words"),
    "reporter's tone (VADER compound, mean)": ("reporter_compound", None),
    "quoted tone (VADER compound, mean)": ("quoted_compound", None),
}


def sentence_measures(sentences: pd.DataFrame, *, by: str, seed: object = "sentence_measures") -> pd.DataFrame:
    """The sentence measures of :data:`SENTENCE_MEASURES` per group, each pooled over the group's
    articles with its interval (:func:`pooled_ratio`), as one long table.

    ``sentences`` is the pipeline's table with the group column ``by`` attached.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "type": ["wire", "wire", "state"], "n_words": [10, 30, 20],
    ...     "quoted_share": [0.0, 0.5, 1.0], "reporter_compound": [0.2, -0.4, float("nan")], "quoted_compound": [float("nan"), 0.1, 0.3]})
    >>> sentence_measures(s, by="type")[["type", "measure", "estimate"]].round(3).values.tolist()
    [['state', 'share of words in quotation marks', 1.0], ['wire', 'share of words in quotation marks', 0.375], ['wire', "reporter's tone (VADER compound, mean)", -0.1], ['state', 'quoted tone (VADER compound, mean)', 0.3], ['wire', 'quoted tone (VADER compound, mean)', 0.1]]
    """
    d = sentences.assign(_quoted_words=sentences["quoted_share"] * sentences["n_words"])
    parts = []
    for name, (numerator, denominator) in SENTENCE_MEASURES.items():
        part = pooled_ratio(d, by=by, numerator=numerator, denominator=denominator, seed=(seed, name))
        parts.append(part.assign(measure=name))
    out = pd.concat(parts, ignore_index=True)
    return out[[by, "measure", "n_articles", "n_units", "estimate", "low", "high", "interval"]]


def frame_units(evidence: pd.DataFrame, sentences: pd.DataFrame, *, frames: Iterable[str], family: str | None = None) -> pd.DataFrame:
    """One row per sentence and frame: the frame's indicator matches in the sentence (0 when none).

    The units :func:`pooled_ratio` pools into a group's matches per 1,000 words
    (``numerator="matches", denominator="n_words", scale=1000``). ``evidence`` rows of other
    frames (or another ``family``) are left out; every column of ``sentences`` is kept.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a"], "sentence": [1, 2], "n_words": [10, 5]})
    >>> e = pd.DataFrame({"article_id": ["a", "a"], "sentence": [2, 2], "family": "event", "category": ["military", "military"]})
    >>> frame_units(e, s, frames=["military", "economy"])[["sentence", "frame", "matches"]].values.tolist()
    [[1, 'military', 0], [1, 'economy', 0], [2, 'military', 2], [2, 'economy', 0]]
    """
    frames = list(dict.fromkeys(frames))
    e = evidence[evidence["category"].isin(frames)]
    if family is not None:
        e = e[e["family"] == family]
    counts = e.groupby(["article_id", "sentence", "category"]).size().rename("matches").reset_index().rename(columns={"category": "frame"})
    grid = sentences.merge(pd.DataFrame({"frame": frames}), how="cross")
    out = grid.merge(counts, on=["article_id", "sentence", "frame"], how="left", validate="one_to_one")
    out["matches"] = out["matches"].fillna(0).astype(int)
    return out


def label_colors(labels: Mapping[str, str], colors: Mapping[str, str], *, others: str = "#9a9a9a") -> dict[str, str]:
    """Colours for display labels (:func:`top_and_others`): an outlet keeps its colour, "others" is grey.

    Examples
    --------
    >>> label_colors({"a": "a", "b": "others (1 outlet)"}, {"a": "#111111", "b": "#222222"})
    {'a': '#111111', 'others (1 outlet)': '#9a9a9a'}
    """
    return {label: colors.get(label, others) for label in dict.fromkeys(labels.values())}


def article_measures(df: pd.DataFrame, *, by: str, measures: Iterable[str], weight: str = "words", seed: object = "article_measures") -> pd.DataFrame:
    """Per group and measure, the ``weight``-weighted mean of an article-level measure (readability),
    with an interval over the group's articles (:func:`pooled_ratio`; one article: no interval).

    Examples
    --------
    >>> r = pd.DataFrame({"article_id": ["a", "b", "c"], "type": ["wire", "wire", "state"], "flesch": [60.0, 40.0, 50.0], "words": [100, 300, 200]})
    >>> article_measures(r, by="type", measures=["flesch"])[["type", "estimate", "interval"]].values.tolist()
    [['state', 50.0, 'one unit: no interval'], ['wire', 45.0, 'articles']]
    """
    parts = []
    for name in measures:
        d = df.assign(_weighted=df[name] * df[weight])
        part = pooled_ratio(d, by=by, numerator="_weighted", denominator=weight, seed=(seed, name), unit_name="articles")
        parts.append(part.assign(measure=name))
    out = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=[by, "n_articles", "n_units", "estimate", "low", "high", "interval", "measure"])
    return out[[by, "measure", "n_articles", "estimate", "low", "high", "interval"]]


def group_finding(table: pd.DataFrame, *, by: str, what: str, fmt: str = "{:+.2f}") -> str:
    """One Markdown sentence comparing the groups of ``table`` (:func:`pooled_ratio` rows of one measure).

    Names the highest and lowest group with their estimates, intervals and article counts, and
    says whether the two intervals overlap (then these articles cannot tell the groups apart).
    Group names are escaped for Markdown.

    Examples
    --------
    >>> t = pd.DataFrame({"type": ["state", "wire"], "n_articles": [3, 5], "estimate": [-0.2, 0.1], "low": [-0.3, 0.0], "high": [-0.1, 0.2]})
    >>> group_finding(t, by="type", what="tone")
    'By type, tone is highest for **wire** (+0.10, 95% interval +0.00 to +0.20, 5 articles) and lowest for **state** (-0.20, -0.30 to -0.10, 3 articles): the intervals do not overlap.'
    >>> group_finding(t.iloc[:1], by="type", what="tone")
    'Every scored article is in one type group (**state**): nothing to compare between groups; fill in the outlets table to compare them.'
    """
    from .highlight import md_text
    from .summaries import intervals_overlap

    t = table.dropna(subset=["estimate"])
    if t[by].nunique() < 2:
        names = ", ".join(f"**{md_text(g)}**" for g in t[by].unique()) or "none"
        return f"Every scored article is in one {md_text(by)} group ({names}): nothing to compare between groups; fill in the outlets table to compare them."
    top, bottom = t.loc[t["estimate"].idxmax()], t.loc[t["estimate"].idxmin()]
    f = fmt.format
    overlap = intervals_overlap(top["low"], top["high"], bottom["low"], bottom["high"])
    return (
        f"By {md_text(by)}, {md_text(what)} is highest for **{md_text(top[by])}** ({f(top['estimate'])}, 95% interval {f(top['low'])} to "
        f"{f(top['high'])}, {int(top['n_articles'])} article{'s' if top['n_articles'] != 1 else ''}) and lowest for **{md_text(bottom[by])}** "
        f"({f(bottom['estimate'])}, {f(bottom['low'])} to {f(bottom['high'])}, {int(bottom['n_articles'])} article{'s' if bottom['n_articles'] != 1 else ''}): "
        + ("the intervals overlap, so these articles cannot tell the two groups apart." if overlap else "the intervals do not overlap.")
    )


def frame_rates(evidence: pd.DataFrame, sentences: pd.DataFrame, *, frames: Iterable[str], family: str, by: str) -> pd.DataFrame:
    """Each ``by`` group's indicator matches per 1,000 words for each frame of ``frames``, with a 95% interval.

    :func:`frame_units` pooled by :func:`pooled_ratio` (``by`` is a column of ``sentences``:
    an outlet's chart name, a group of outlets).

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a"], "sentence": [1, 2], "n_words": [10, 10], "outlet": "X"})
    >>> e = pd.DataFrame({"article_id": ["a"], "sentence": [2], "family": "event", "category": ["military"]})
    >>> frame_rates(e, s, frames=["military"], family="event", by="outlet")[["outlet", "frame", "estimate"]].values.tolist()
    [['X', 'military', 50.0]]
    """
    units = frame_units(evidence, sentences, frames=list(frames), family=family)
    return pooled_ratio(units, by=[by, "frame"], numerator="matches", denominator="n_words", scale=1000)
