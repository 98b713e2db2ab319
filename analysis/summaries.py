"""Per-outlet summaries: measures with intervals, joins checked for unknown outlets, related
links beside their articles, numeric claims side by side, and the winners of a measure.

* :func:`group_mean_ci` and :func:`join_by_outlet`: per-outlet measures with bootstrap intervals,
  joined into one summary with the invariant "no unknown outlet" checked.
* :func:`voice_tone`: the reporter's and the quoted voice per outlet, with the pipeline's own
  intervals (``articles.csv``) for one-article outlets and the same bootstrap pooled for several.
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .mentions import related_link_direction
from .stats import bootstrap_ci, percentile_interval, sentence_resamples


# --------------------------------------------------------------------------- per-outlet measures
def group_mean_ci(df: pd.DataFrame, *, value: str, by: str | list[str], seed: object = "group_mean_ci") -> pd.DataFrame:
    """Mean of ``value`` per group with a seeded 95% bootstrap interval over the rows (units).

    The rows are resampled as one pool, with their own seed: for sentence tone by voice use
    :func:`voice_tone`, which agrees with the pipeline's article intervals.

    Rows with a missing ``value`` are dropped and counted out (``n`` is what was averaged).

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "B"], "v": [0.0, 1.0, 2.0]})
    >>> group_mean_ci(d, value="v", by="outlet")[["outlet", "n", "mean", "low", "high"]].values.tolist()
    [['A', 2, 0.5, 0.0, 1.0], ['B', 1, 2.0, 2.0, 2.0]]
    >>> group_mean_ci(d.iloc[:0], value="v", by="outlet").empty
    True
    """
    keys = [by] if isinstance(by, str) else list(by)
    rows = []
    for key, part in df.dropna(subset=[value]).groupby(keys, sort=True):
        key = key if isinstance(key, tuple) else (key,)
        values = part[value].to_numpy(dtype=float)
        low, high = bootstrap_ci(values, seed=(seed, *key, value))
        rows.append([*key, len(values), float(values.mean()), low, high])
    return pd.DataFrame(rows, columns=[*keys, "n", "mean", "low", "high"])


VOICES: tuple[str, ...] = ("reporter", "quoted")


def voice_tone(sentences: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Mean tone of the reporter's words and of the quoted words per outlet, with 95% intervals.

    One row per outlet and voice (``reporter``, ``quoted``): ``n_articles`` with any sentence of
    that voice, ``n`` sentences, ``mean`` (pure VADER compound of that voice's words, averaged
    over the sentences that have them), ``low``/``high``, ``mean_adjusted`` (news-adjusted
    compound, no interval) and ``interval`` saying which interval it is:

    * ``article`` - the outlet has one article: ``mean``, ``low``, ``high`` and ``n`` are that
      article's ``{voice}_compound_mean/low/high`` and ``{voice}_sentences`` from
      ``articles.csv``, exactly as the pipeline computed them (:mod:`analysis.sentiment`:
      the article's shared, seeded sentence resamples).
    * ``pooled over articles`` - the outlet has several articles: the mean is over all their
      sentences with that voice (sentence-weighted, so a long article counts more), and the
      interval is the same percentile bootstrap stratified by article: resample *i* combines
      resample *i* of every article (each drawn from that article's own sentences, the same
      draws as ``articles.csv``), and its mean is over the drawn sentences with the voice. It
      describes how stable the pooled mean is to which sentences these articles contain,
      holding the articles fixed; it says nothing about how the outlet's other articles would
      differ. With one article the stratified interval equals the article's own.

    ``sentences`` needs ``article_id``, ``outlet``, ``reporter_compound``, ``quoted_compound``
    and their ``_adjusted`` twins; ``articles`` the pipeline's ``articles`` table.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "outlet": ["X", "X", "Y"],
    ...     "reporter_compound": [0.5, -0.5, 0.2], "quoted_compound": [float("nan"), 0.1, float("nan")],
    ...     "reporter_compound_adjusted": [0.5, -0.5, 0.2], "quoted_compound_adjusted": [float("nan"), 0.1, float("nan")]})
    >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "status": "scored",
    ...     "reporter_sentences": [2, 1], "reporter_compound_mean": [0.0, 0.2], "reporter_compound_low": [-0.5, 0.2],
    ...     "reporter_compound_high": [0.5, 0.2], "quoted_sentences": [1, 0], "quoted_compound_mean": [0.1, float("nan")],
    ...     "quoted_compound_low": [0.1, float("nan")], "quoted_compound_high": [0.1, float("nan")]})
    >>> voice_tone(s, a)[["outlet", "voice", "n", "mean", "low", "high", "interval"]].values.tolist()
    [['X', 'reporter', 2, 0.0, -0.5, 0.5, 'article'], ['X', 'quoted', 1, 0.1, 0.1, 0.1, 'article'], ['Y', 'reporter', 1, 0.2, 0.2, 0.2, 'article']]
    """
    columns = ["outlet", "voice", "n_articles", "n", "mean", "low", "high", "mean_adjusted", "interval"]
    scored = articles[articles["status"] == "scored"] if "status" in articles.columns else articles
    rows = []
    for outlet, arts in scored.groupby("outlet", sort=True):
        part = sentences[sentences["article_id"].isin(arts["article_id"])]
        intervals = None
        for voice in VOICES:
            column = f"{voice}_compound"
            present = part[part[column].notna()]
            if present.empty:
                continue
            adjusted = float(present[f"{column}_adjusted"].mean())
            if len(arts) == 1:
                a = arts.iloc[0]
                rows.append([outlet, voice, 1, int(a[f"{voice}_sentences"]), float(a[f"{column}_mean"]),
                             float(a[f"{column}_low"]), float(a[f"{column}_high"]), adjusted, "article"])
                continue
            if intervals is None:  # both voices from one pass over the articles' resamples
                intervals = pooled_voice_intervals(part, columns=[f"{v}_compound" for v in VOICES])
            low, high = intervals[column]
            rows.append([outlet, voice, int(present["article_id"].nunique()), len(present), float(present[column].mean()),
                         low, high, adjusted, "pooled over articles"])
    return pd.DataFrame(rows, columns=columns)


def pooled_voice_interval(sentences: pd.DataFrame, *, column: str) -> tuple[float, float]:
    """95% interval of the mean of ``column`` over several articles' sentences, stratified by article.

    Resample *i* takes resample *i* of each article's shared sentence resamples
    (:func:`analysis.stats.sentence_resamples`, seeded by article id, over all the article's
    sentences, as the pipeline draws them) and averages ``column`` over the drawn sentences where
    it is present. For one article this is exactly the pipeline's interval. See :func:`voice_tone`.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "v": [0.0, 1.0, float("nan")]})
    >>> low, high = pooled_voice_interval(s, column="v")
    >>> 0.0 <= low <= 0.5 <= high <= 1.0
    True
    """
    return pooled_voice_intervals(sentences, columns=[column])[column]


def pooled_voice_intervals(sentences: pd.DataFrame, *, columns: Sequence[str]) -> dict[str, tuple[float, float]]:
    """:func:`pooled_voice_interval` of several columns, each article's resamples drawn once for all.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["a", "a", "b"], "v": [0.0, 1.0, float("nan")], "w": [float("nan")] * 3})
    >>> out = pooled_voice_intervals(s, columns=["v", "w"])
    >>> out["v"] == pooled_voice_interval(s, column="v"), out["w"]
    (True, (nan, nan))
    """
    total: dict[str, np.ndarray] = {}
    weight: dict[str, np.ndarray] = {}
    for aid, part in sentences.groupby("article_id", sort=True):
        resamples = None
        for column in columns:
            values = part[column].to_numpy(dtype=float)
            present = ~np.isnan(values)
            if not present.any():
                continue
            if resamples is None:
                resamples = sentence_resamples(str(aid), len(values))
            w = resamples[:, present]
            t = w @ values[present]
            total[column] = t if column not in total else total[column] + t
            weight[column] = w.sum(axis=1) if column not in weight else weight[column] + w.sum(axis=1)
    out: dict[str, tuple[float, float]] = {}
    for column in columns:
        if column not in total:
            out[column] = (math.nan, math.nan)
            continue
        with np.errstate(divide="ignore", invalid="ignore"):
            means = total[column] / weight[column]
        low, high = percentile_interval(means)
        out[column] = (float(low), float(high))
    return out


def join_by_outlet(measures: Mapping[str, pd.DataFrame | pd.Series], outlets: Iterable[str]) -> pd.DataFrame:
    """One row per outlet, one column per measure, joined on outlet.

    Each measure is a Series indexed by outlet, or a DataFrame with an ``outlet`` column (its
    other columns are prefixed with the measure's name). Raises ``ValueError`` if a measure
    names an outlet not in ``outlets`` (a join gone wrong) or has an outlet twice.

    Examples
    --------
    >>> join_by_outlet({"words": pd.Series({"A": 10, "B": 5})}, ["A", "B", "C"]).to_dict("index")
    {'A': {'words': 10.0}, 'B': {'words': 5.0}, 'C': {'words': nan}}
    >>> join_by_outlet({"x": pd.Series({"Z": 1})}, ["A"])
    Traceback (most recent call last):
    ...
    ValueError: measure 'x' names outlet(s) not in the corpus: ['Z']
    """
    known = list(dict.fromkeys(outlets))
    out = pd.DataFrame(index=pd.Index(known, name="outlet"))
    for name, measure in measures.items():
        frame = measure.to_frame(name) if isinstance(measure, pd.Series) else measure.set_index("outlet").add_prefix(f"{name}_")
        unknown = sorted(set(map(str, frame.index)) - set(known))
        if unknown:
            raise ValueError(f"measure {name!r} names outlet(s) not in the corpus: {unknown}")
        if frame.index.duplicated().any():
            raise ValueError(f"measure {name!r} has more than one row for an outlet")
        out = out.join(frame, how="left")
    return out


def words_weighted_mean(df: pd.DataFrame, *, value: str, weight: str = "n_words", by: str | Sequence[str] = "outlet") -> pd.Series:
    """Mean of ``value`` per group weighted by ``weight`` (e.g. article word counts).

    ``by`` is one column or several (the result is then indexed by all of them). Rows without a
    ``value`` are left out; a group whose weights sum to 0 has NaN.

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "B"], "frame": ["x", "x", "y"], "v": [1.0, 4.0, 2.0], "n_words": [300, 100, 0]})
    >>> words_weighted_mean(d, value="v").to_dict()
    {'A': 1.75, 'B': nan}
    >>> words_weighted_mean(d, value="v", by=["outlet", "frame"]).to_dict()
    {('A', 'x'): 1.75, ('B', 'y'): nan}
    >>> words_weighted_mean(d.iloc[:0], value="v").empty
    True
    """
    keys = [by] if isinstance(by, str) else list(by)
    clean = df.dropna(subset=[value])
    grouped = clean.assign(_weighted=clean[value] * clean[weight]).groupby(keys[0] if len(keys) == 1 else keys)
    return (grouped["_weighted"].sum() / grouped[weight].sum().replace(0, math.nan)).rename(value)


# --------------------------------------------------------------------------- joins
def attach_outlet(df: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """``df`` with each row's ``outlet`` from ``articles``, checking the join.

    Raises ``ValueError`` if a row's ``article_id`` is not in ``articles`` (an unknown outlet)
    or if ``articles`` lists an id twice. An existing ``outlet`` column is replaced.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"]})
    >>> attach_outlet(pd.DataFrame({"article_id": ["y", "x"], "v": [1, 2]}), a)["outlet"].tolist()
    ['B', 'A']
    >>> attach_outlet(pd.DataFrame({"article_id": ["z"]}), a)
    Traceback (most recent call last):
    ...
    ValueError: 1 row(s) have an article_id with no article (unknown outlet): ['z']
    """
    if articles["article_id"].duplicated().any():
        raise ValueError("articles lists an article_id more than once")
    out = df.drop(columns=["outlet"], errors="ignore").merge(articles[["article_id", "outlet"]], on="article_id", how="left", validate="many_to_one")
    missing = out["outlet"].isna()
    if missing.any():
        raise ValueError(f"{int(missing.sum())} row(s) have an article_id with no article (unknown outlet): {sorted(set(out.loc[missing, 'article_id']))}")
    return out


def related_links(related: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Each promo link beside its article: outlet, the article's headline, and the direction
    (:func:`related_link_direction`) of both the link and the headline.

    ``against_headline`` is True when one points to escalation and the other to de-escalation
    (a build-up gallery linked under a withdrawal story).

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "headline": ["Russia pulls back some forces"]})
    >>> r = pd.DataFrame({"article_id": ["x"], "position": [1], "after_paragraph": [3], "label": ["IN PICS"],
    ...                   "headline": ["Satellite images show build-up"]})
    >>> related_links(r, a)[["link_direction", "headline_direction", "against_headline"]].values.tolist()
    [['escalation', 'de-escalation', True]]
    """
    out = attach_outlet(related, articles).rename(columns={"headline": "linked_headline"})
    heads = articles.set_index("article_id")["headline"].fillna("")
    out["article_headline"] = out["article_id"].map(heads)
    link = [related_link_direction(h) for h in out["linked_headline"].fillna("")]
    out["link_direction"] = [d for d, _ in link]
    out["link_cues"] = [c for _, c in link]
    out["headline_direction"] = [related_link_direction(h)[0] for h in out["article_headline"]]
    out["against_headline"] = [
        {l, h} == {"escalation", "de-escalation"} for l, h in zip(out["link_direction"], out["headline_direction"])
    ]
    columns = ["outlet", "article_id", "article_headline", "headline_direction", "position", "after_paragraph", "label", "linked_headline", "link_direction", "link_cues", "against_headline"]
    return out[columns]


def removed_by_reason(removed: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """What cleaning took out of the bodies (``removed.csv``), counted per outlet, kind and reason:
    lines, articles they came from, and the first line as an example.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "A"]})
    >>> r = pd.DataFrame({"article_id": ["x", "y", "y"], "kind": ["boilerplate"] * 3,
    ...                   "reason": ["outlet_template", "outlet_template", "pattern:share"], "text": ["Local News", "Local News", "Share this"]})
    >>> removed_by_reason(r, a).values.tolist()
    [['A', 'boilerplate', 'outlet_template', 2, 2, 'Local News'], ['A', 'boilerplate', 'pattern:share', 1, 1, 'Share this']]
    """
    columns = ["outlet", "kind", "reason", "lines", "articles", "example"]
    if removed.empty:
        return pd.DataFrame(columns=columns)
    out = attach_outlet(removed, articles).groupby(["outlet", "kind", "reason"], sort=True).agg(
        lines=("text", "size"), articles=("article_id", "nunique"), example=("text", "first"))
    out = out.reset_index().sort_values(["outlet", "lines", "reason"], ascending=[True, False, True], kind="stable")
    return out[columns].reset_index(drop=True)


def removed_finding(removed: pd.DataFrame, n_articles: int) -> str:
    """The finding on what cleaning took out of the bodies (``removed.csv``), in Markdown.

    Examples
    --------
    >>> r = pd.DataFrame({"article_id": ["x", "x", "y"], "kind": ["boilerplate", "top_matter", "boilerplate"],
    ...                   "reason": ["outlet_template", "top:headline", "outlet_template"], "text": ["Local News", "Troops leave", "Local News"]})
    >>> removed_finding(r, 3)
    "Cleaning took **3 line(s)** out of the bodies of 2 of 3 articles: 1 of top matter (headlines, bylines, dates, standfirsts) and 2 of page furniture; 2 were lines an outlet prints on its other stories' pages too (`outlet_template`). Every one is in `removed.csv` with its reason."
    >>> removed_finding(r.iloc[0:0], 2)
    "Cleaning took no line out of the 2 articles' bodies: nothing looked like page furniture or top matter."
    """
    if removed.empty:
        return f"Cleaning took no line out of the {n_articles} articles' bodies: nothing looked like page furniture or top matter."
    lines = len(removed)
    top = int((removed["kind"] == "top_matter").sum())
    template = int((removed["reason"] == "outlet_template").sum())
    text = (f"Cleaning took **{lines} line(s)** out of the bodies of {removed['article_id'].nunique()} of {n_articles} articles: "
            f"{top} of top matter (headlines, bylines, dates, standfirsts) and {lines - top} of page furniture")
    if template:
        text += f"; {template} were lines an outlet prints on its other stories' pages too (`outlet_template`)"
    return text + ". Every one is in `removed.csv` with its reason."


def intervals_overlap(low_a: float, high_a: float, low_b: float, high_b: float) -> bool:
    """Whether two intervals share any value (then the data cannot tell the two apart).

    A missing bound (NaN) counts as overlapping: no interval, no claim of difference.

    Examples
    --------
    >>> intervals_overlap(0.0, 0.4, 0.3, 0.9), intervals_overlap(0.0, 0.2, 0.3, 0.9), intervals_overlap(float("nan"), 1, 2, 3)
    (True, False, True)
    """
    if any(pd.isna(v) for v in (low_a, high_a, low_b, high_b)):
        return True
    return bool(low_a <= high_b and low_b <= high_a)


#: Counted nouns that name the same thing in numeric claims (troop counts are written many ways).
COUNTED_NOUN_GROUPS: dict[str, str] = {
    "troop": "troops", "troops": "troops", "soldier": "troops", "soldiers": "troops", "servicemen": "troops",
    "forces": "troops", "personnel": "troops", "military personnel": "troops",
}


def counted_group(counts: str) -> str:
    """The comparison group of a claim's counted noun: troop synonyms become ``troops``.

    Examples
    --------
    >>> counted_group("Soldiers"), counted_group("countries"), counted_group("")
    ('troops', 'countries', '')
    """
    key = str(counts or "").strip().lower()
    return COUNTED_NOUN_GROUPS.get(key, key)


def claims_side_by_side(claims: pd.DataFrame, outlets: Sequence[str]) -> pd.DataFrame:
    """Numeric claims with one row per counted thing and one column per outlet.

    Each cell lists the claims as written ("more than 100,000 troops"), ``;``-separated;
    ``low``/``high`` give the smallest and largest value claimed across outlets and ``ratio``
    their quotient (how far apart the outlets' numbers are). An outlet with no claim about a
    thing gets an empty cell: that is an omission, not a zero.

    Examples
    --------
    >>> c = pd.DataFrame({"outlet": ["A", "B"], "counts": ["troops", "soldiers"], "value": [1e5, 1e6],
    ...                   "text": ["more than 100,000 troops", "millions of Russian soldiers"]})
    >>> claims_side_by_side(c, ["A", "B"]).to_dict("records")
    [{'counted': 'troops', 'A': 'more than 100,000 troops', 'B': 'millions of Russian soldiers', 'low': 100000.0, 'high': 1000000.0, 'ratio': 10.0}]
    >>> claims_side_by_side(c.iloc[:0], ["A"]).columns.tolist()
    ['counted', 'A', 'low', 'high', 'ratio']
    """
    columns = ["counted", *outlets, "low", "high", "ratio"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    d = claims.assign(counted=claims["counts"].map(counted_group))
    unknown = sorted(set(d["outlet"]) - set(outlets))
    if unknown:
        raise ValueError(f"claims name outlet(s) not in the corpus: {unknown}")
    cells = d.groupby(["counted", "outlet"])["text"].apply(lambda t: "; ".join(dict.fromkeys(t))).unstack("outlet")
    cells = cells.reindex(columns=list(outlets)).fillna("")
    stats = d.groupby("counted")["value"].agg(low="min", high="max")
    stats["ratio"] = stats["high"] / stats["low"].where(stats["low"] > 0)
    out = cells.join(stats).reset_index()
    n_outlets = d.groupby("counted")["outlet"].nunique()
    out["_n"] = out["counted"].map(n_outlets)
    out = out.sort_values(["_n", "counted"], ascending=[False, True], ignore_index=True)
    return out[columns]


def top_labels(df: pd.DataFrame, *, label: str, value: str, by: str = "outlet") -> pd.Series:
    """Per group, the label(s) with the largest ``value``; ties are all kept, joined by " and ".

    Examples
    --------
    >>> d = pd.DataFrame({"outlet": ["A", "A", "A", "B"], "bloc": ["Russia", "UN", "UK", "UK"], "share": [0.4, 0.4, 0.2, 1.0]})
    >>> top_labels(d, label="bloc", value="share").to_dict()
    {'A': 'Russia and UN', 'B': 'UK'}
    >>> top_labels(d.iloc[:0], label="bloc", value="share").empty
    True
    """
    if df.empty:
        return pd.Series(dtype=object, name=label)
    best = df.groupby(by)[value].transform("max")
    winners = df[df[value] == best]
    return winners.groupby(by)[label].apply(lambda s: " and ".join(dict.fromkeys(map(str, s)))).rename(label)


def actor_tone(actors: pd.DataFrame, *, by: str = "outlet") -> pd.DataFrame:
    """Mean tone near each bloc per group: the reporter's and the quoted words of the sentences
    that mention the bloc, weighted by those sentences across the group's articles.

    ``actors`` is the pipeline's table with ``by`` attached. Rows with no reporter sentence are
    dropped. Returns ``by, bloc, reporter_tone, quoted_tone, sentences``.

    Examples
    --------
    >>> a = pd.DataFrame({"outlet": ["X", "X"], "bloc": ["UN", "UN"], "reporter_compound": [0.5, -0.1], "n_reporter_sentences": [1, 3],
    ...                   "quoted_compound": [float("nan"), 0.2], "n_quoted_sentences": [0, 2]})
    >>> actor_tone(a).round(2).values.tolist()
    [['X', 'UN', 0.05, 0.2, 4]]
    """
    def weighted(frame: pd.DataFrame, value: str, weight: str) -> float:
        ok = frame[value].notna() & (frame[weight] > 0)
        return float((frame.loc[ok, value] * frame.loc[ok, weight]).sum() / frame.loc[ok, weight].sum()) if ok.any() else math.nan

    rows = [
        [key[0], key[1], weighted(g, "reporter_compound", "n_reporter_sentences"), weighted(g, "quoted_compound", "n_quoted_sentences"),
         int(g["n_reporter_sentences"].sum())]
        for key, g in actors.groupby([by, "bloc"], sort=True)
    ]
    out = pd.DataFrame(rows, columns=[by, "bloc", "reporter_tone", "quoted_tone", "sentences"])
    return out[out["sentences"] > 0].reset_index(drop=True)
