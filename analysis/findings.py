"""The prose of findings that compare two numbers, saying only what their sentences can carry.

A comparison in the notebooks sets two measures side by side (the reporter's tone against the
quoted voices', one frame against another, one outlet's readability against another's), each
with a 95% bootstrap interval over sentences. Two rules hold for every such finding:

* **A minimum of sentences per side** (:data:`MIN_SENTENCES_PER_SIDE`). With fewer, the
  percentile bootstrap says almost nothing: one sentence gives a zero-width "interval", so two
  voices each of one sentence would always have "intervals that do not overlap". Below the
  minimum a finding says there is too little text and claims no difference.
* **Overlap is the only test.** Above the minimum, intervals that share a value mean the
  sentences cannot tell the two apart; intervals that do not overlap are reported as such, not
  as a significance level.

The notebooks call these functions; the rules and the wording are tested here, not in
notebook f-strings. Names and values put into the Markdown go through
:func:`analysis.highlight.md_text` / :func:`~analysis.highlight.md_code`.

Examples
--------
>>> own = Side("own words", -0.31, -0.45, -0.17, 12)
>>> quoted = Side("quoted words", 0.05, -0.10, 0.20, 1)
>>> verdict(own, quoted)
'too little text'
>>> voice_gap("Wire", own, quoted)
'- **Wire**: own words average -0.31 over 12 sentences, quoted words +0.05 over 1: too little text to compare the two voices (fewer than 5 sentences of quoted words), so no difference is claimed.'
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Mapping

import pandas as pd

from .summaries import intervals_overlap
from .highlight import md_code, md_text

#: Fewest sentences each side of a comparison needs before the notebooks state a difference
#: (or its absence) from two 95% bootstrap intervals. Below it the percentile bootstrap is
#: degenerate (one sentence: a zero-width interval; two to four: at most a handful of distinct
#: resample means) and its coverage is far below 95% (Davison & Hinkley 1997, ch. 5); news
#: articles of 10-40 sentences can meet it, a voice of one quoted sentence cannot.
MIN_SENTENCES_PER_SIDE = 5

TOO_LITTLE = "too little text"
OVERLAP = "overlap"
SEPARATE = "separate"


@dataclass(frozen=True)
class Side:
    """One side of a comparison: a label, the value, its 95% interval and the sentences behind it."""

    label: str
    value: float
    low: float
    high: float
    n: int


def _missing(x: float) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def verdict(a: Side, b: Side, *, minimum: int = MIN_SENTENCES_PER_SIDE) -> str:
    """``"too little text"`` when either side has fewer than ``minimum`` sentences (or no
    value), else ``"overlap"`` or ``"separate"`` by the two intervals.

    Examples
    --------
    >>> verdict(Side("a", 0.1, 0.1, 0.1, 1), Side("b", 0.9, 0.9, 0.9, 1))  # two zero-width intervals
    'too little text'
    >>> verdict(Side("a", 0.1, 0.0, 0.2, 8), Side("b", 0.5, 0.4, 0.6, 9))
    'separate'
    >>> verdict(Side("a", 0.1, 0.0, 0.45, 8), Side("b", 0.5, 0.4, 0.6, 9))
    'overlap'
    """
    if min(a.n, b.n) < minimum or _missing(a.value) or _missing(b.value):
        return TOO_LITTLE
    return OVERLAP if intervals_overlap(a.low, a.high, b.low, b.high) else SEPARATE


def _short_side(a: Side, b: Side) -> Side:
    return a if a.n <= b.n else b


def voice_gap(outlet: str, own: Side, quoted: Side, *, pooled_articles: int = 1, minimum: int = MIN_SENTENCES_PER_SIDE) -> str:
    """One Markdown bullet: is the outlet's own voice more negative than the voices it quotes?

    Examples
    --------
    >>> own, quoted = Side("own words", -0.30, -0.40, -0.20, 20), Side("quoted words", 0.10, 0.00, 0.20, 9)
    >>> voice_gap("Wire", own, quoted, pooled_articles=2)
    '- **Wire**: own words average -0.30 over 20 sentences, quoted words +0.10 over 9 (pooled over 2 articles): the reporter is more negative than the quotes, and the 95% intervals do not overlap.'
    >>> voice_gap("Wire", own, Side("quoted words", float("nan"), float("nan"), float("nan"), 0))
    '- **Wire**: only one voice has scored words; no comparison.'
    """
    head = f"- **{md_text(outlet)}**: "
    if _missing(own.value) or _missing(quoted.value):
        return head + "only one voice has scored words; no comparison."
    text = (
        head + f"own words average {own.value:+.2f} over {own.n} sentences, quoted words {quoted.value:+.2f} over {quoted.n}"
        + (f" (pooled over {pooled_articles} articles)" if pooled_articles > 1 else "")
    )
    result = verdict(own, quoted, minimum=minimum)
    if result == TOO_LITTLE:
        short = _short_side(own, quoted)
        return text + (
            f": too little text to compare the two voices (fewer than {minimum} sentences of {md_text(short.label)}), "
            "so no difference is claimed."
        )
    direction = "more negative" if own.value < quoted.value else "less negative" if own.value > quoted.value else "as negative as"
    text += f": the reporter is {direction} than the quotes"
    if result == OVERLAP:
        return text + ", but the intervals overlap, so these sentences cannot tell the two apart."
    return text + ", and the 95% intervals do not overlap."


def frame_ranking(outlet: str, article_id: str, top: Side, second: Side, *, minimum: int = MIN_SENTENCES_PER_SIDE) -> str:
    """One Markdown bullet: the article's strongest frame and whether its sentences can rank it
    above the second (both rates are over the same article's sentences: ``n`` is its length).

    Examples
    --------
    >>> top, second = Side("escalation", 12.0, 6.0, 19.0, 14), Side("diplomacy", 5.0, 1.0, 9.0, 14)
    >>> frame_ranking("Wire", "w-1", top, second)
    '- **Wire** (<code>w&#45;1</code>): *escalation* at 12 matches per 1,000 words (6-19), ahead of *diplomacy* at 5: the intervals overlap, so this article cannot rank the two.'
    >>> frame_ranking("Wire", "w-2", Side("escalation", 40.0, 40.0, 40.0, 2), Side("diplomacy", 0.0, 0.0, 0.0, 2))
    '- **Wire** (<code>w&#45;2</code>): *escalation* at 40 matches per 1,000 words, ahead of *diplomacy* at 0: too little text to rank them (2 sentences; at least 5 needed).'
    """
    head = f"- **{md_text(outlet)}** ({md_code(article_id)}): *{md_text(top.label)}* at {top.value:.0f} matches per 1,000 words"
    tail = f", ahead of *{md_text(second.label)}* at {second.value:.0f}"
    result = verdict(top, second, minimum=minimum)
    if result == TOO_LITTLE:
        n = _short_side(top, second).n
        return head + tail + f": too little text to rank them ({n} sentence{'' if n == 1 else 's'}; at least {minimum} needed)."
    head += f" ({top.low:.0f}-{top.high:.0f})"
    if result == OVERLAP:
        return head + tail + ": the intervals overlap, so this article cannot rank the two."
    return head + tail + ": the intervals do not overlap."


def readability_gap(easy: Side, hard: Side, *, minimum: int = MIN_SENTENCES_PER_SIDE) -> str:
    """Which outlet reads easiest and hardest (Flesch reading ease), and whether that holds.

    Examples
    --------
    >>> readability_gap(Side("Wire", 62.0, 55.0, 70.0, 30), Side("Daily", 40.0, 31.0, 48.0, 25))
    '**Wire** reads easiest (Flesch 62) and **Daily** hardest (40); their intervals do not overlap.'
    >>> readability_gap(Side("Wire", 62.0, 62.0, 62.0, 1), Side("Daily", 40.0, 31.0, 48.0, 25))
    '**Wire** reads easiest (Flesch 62) and **Daily** hardest (40); too little text to compare them (Wire has 1 sentence; at least 5 needed).'
    """
    text = f"**{md_text(easy.label)}** reads easiest (Flesch {easy.value:.0f}) and **{md_text(hard.label)}** hardest ({hard.value:.0f}); "
    result = verdict(easy, hard, minimum=minimum)
    if result == TOO_LITTLE:
        short = _short_side(easy, hard)
        return text + (
            f"too little text to compare them ({md_text(short.label)} has {short.n} sentence{'' if short.n == 1 else 's'}; "
            f"at least {minimum} needed)."
        )
    if result == OVERLAP:
        return text + "their intervals overlap, so the sentences sampled cannot separate them."
    return text + "their intervals do not overlap."


def voice_gaps(voice_tone: pd.DataFrame, *, own: str = "reporter", quoted: str = "quoted") -> list[str]:
    """:func:`voice_gap` for every outlet of :func:`analysis.compare.voice_tone`'s table.

    ``own`` and ``quoted`` are the values of its ``voice`` column for the two voices (the
    notebook may have relabelled them). An outlet with no row for a voice has no comparison.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["A", "A", "B"], "voice": ["reporter", "quoted", "reporter"], "n_articles": [1, 1, 1],
    ...                   "n": [14, 1, 9], "mean": [-0.2, 0.4, 0.1], "low": [-0.3, 0.4, 0.0], "high": [-0.1, 0.4, 0.2]})
    >>> [line.split(": ", 1)[1][:40] for line in voice_gaps(t)]
    ['own words average -0.20 over 14 sentence', 'only one voice has scored words; no comp']
    """
    lines = []
    for outlet, part in voice_tone.groupby("outlet", sort=True):
        rows = part.set_index("voice")
        sides = []
        for voice, label in ((own, "own words"), (quoted, "quoted words")):
            if voice in rows.index:
                r = rows.loc[voice]
                sides.append(Side(label, float(r["mean"]), float(r["low"]), float(r["high"]), int(r["n"])))
            else:
                sides.append(Side(label, math.nan, math.nan, math.nan, 0))
        pooled = int(rows["n_articles"].max()) if len(rows) else 1
        lines.append(voice_gap(str(outlet), sides[0], sides[1], pooled_articles=pooled))
    return lines


def frame_rankings(frames: pd.DataFrame, sentences: Mapping[str, int]) -> list[str]:
    """:func:`frame_ranking` for each article: its two frames with the most matches per 1,000
    words. ``frames`` has ``article_id``, ``outlet``, ``frame``, ``per_1000_words``,
    ``rate_low``, ``rate_high`` (one family); ``sentences`` maps article id to its sentences.

    Examples
    --------
    >>> f = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["W", "W"], "frame": ["war", "talks"],
    ...                   "per_1000_words": [30.0, 5.0], "rate_low": [20.0, 0.0], "rate_high": [41.0, 12.0]})
    >>> frame_rankings(f, {"a": 3})[0].endswith("too little text to rank them (3 sentences; at least 5 needed).")
    True
    """
    lines = []
    for article_id, part in frames.groupby("article_id", sort=False):
        ranked = part.sort_values("per_1000_words", ascending=False, kind="stable")
        if len(ranked) < 2:
            continue
        n = int(sentences[article_id])
        top, second = (
            Side(str(r.frame), float(r.per_1000_words), float(r.rate_low), float(r.rate_high), n)
            for r in (ranked.iloc[0], ranked.iloc[1])
        )
        lines.append(frame_ranking(str(ranked.iloc[0].outlet), str(article_id), top, second))
    return lines


def actor_tone_lines(actor_tone: pd.DataFrame, *, minimum: int = MIN_SENTENCES_PER_SIDE) -> str:
    """Per outlet, the actor near which the reporter's words sound most negative, among actors
    mentioned in at least ``minimum`` of its sentences (a ranking compares every actor with the
    others, so each needs the minimum). ``actor_tone`` has ``outlet``, ``bloc``, ``sentences``
    and ``reporter_tone``.

    Examples
    --------
    >>> t = pd.DataFrame({"outlet": ["W", "W", "W"], "bloc": ["russia", "nato", "ukraine"],
    ...                   "sentences": [6, 5, 1], "reporter_tone": [-0.2, 0.1, -0.9]})
    >>> print(actor_tone_lines(t).split("\\n")[0])
    - **W**: the reporter's words in the 6 sentences that mention *russia* average -0.20, the lowest near any actor mentioned in 5 or more of its sentences.
    >>> actor_tone_lines(t, minimum=7)
    'No actor is mentioned in 7 or more sentences of one outlet: too little text to say near which actor the reporter sounds most negative.'
    """
    enough = actor_tone[actor_tone["sentences"] >= minimum]
    if not len(enough):
        return (
            f"No actor is mentioned in {minimum} or more sentences of one outlet: too little text to say near which "
            "actor the reporter sounds most negative."
        )
    worst = enough.sort_values(["reporter_tone", "bloc"], kind="stable").groupby("outlet", sort=True).head(1)
    lines = [
        f"- **{md_text(r.outlet)}**: the reporter's words in the {int(r.sentences)} sentences that mention "
        f"*{md_text(r.bloc)}* average {r.reporter_tone:+.2f}, the lowest near any actor mentioned in {minimum} or more "
        "of its sentences."
        for r in worst.sort_values("outlet").itertuples()
    ]
    return "\n".join(lines) + (
        "\n\nThis is the tone of sentences *near* the actor, not the outlet's stance *toward* it: a sentence about "
        "a threat to an actor sounds negative without blaming it."
    )
