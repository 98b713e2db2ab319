"""Notebook 05's closing table: every measure of the workbook, one row per outlet, and its prose.

:func:`outlet_summary` joins the measures the other notebooks show (tone with its interval, lead
and strongest event frames, share of voice, troop numbers, readability, related links, what
only this outlet reports, its most distinctive word) on outlet, with the join checked
(:func:`analysis.summaries.join_by_outlet`); :func:`outlet_paragraphs` says each row in words.

Examples
--------
>>> joined(["Reuters", "", "AFP", "Reuters"]), joined([])
('Reuters; AFP', '')
"""
from __future__ import annotations

from typing import Iterable, Mapping, Sequence

import pandas as pd

from .highlight import md_text
from .leads import lead_frames_by_article, outlet_lead_frames
from .summaries import attach_outlet, counted_group, join_by_outlet, related_links, top_labels, voice_tone, words_weighted_mean


def joined(values: Iterable[object]) -> str:
    """Distinct non-empty values in first-seen order, joined by ``"; "`` (``""`` for none)."""
    return "; ".join(dict.fromkeys(str(v) for v in values if str(v)))


def _interval(tone: pd.DataFrame) -> pd.Series:
    return pd.Series({r.outlet: f"{r.low:+.2f} to {r.high:+.2f}" for r in tone.itertuples()}, dtype=object)


def outlet_summary(
    tables: Mapping[str, pd.DataFrame], outlets: Sequence[str], *, exclusive_share: pd.Series, distinctive: pd.DataFrame,
) -> pd.DataFrame:
    """One row per outlet (in ``outlets`` order), one column per measure.

    ``tables`` are the pipeline's tables (``articles``, ``sentences``, ``frames``, ``actors``,
    ``claims``, ``related``, ``lead_frames``, ``readability``); ``exclusive_share`` is each
    outlet's share of sentences with no counterpart elsewhere (notebook 05's coverage) and
    ``distinctive`` the log-odds table, most distinctive first per outlet
    (:func:`analysis.words.log_odds_dirichlet`). Tone means and intervals are
    :func:`analysis.summaries.voice_tone`'s (the numbers of notebook 02 and ``articles.csv``);
    rates per 1,000 words are weighted by the articles' words. Raises ``ValueError`` when a
    measure names an outlet not in ``outlets``.

    Examples
    --------
    >>> import analysis.outlet_summary as m
    >>> m.outlet_summary.__name__
    'outlet_summary'
    """
    articles = tables["articles"]
    scored = articles[articles["status"] == "scored"]
    sent = attach_outlet(tables["sentences"], articles)
    frames = attach_outlet(tables["frames"], articles)
    actors = attach_outlet(tables["actors"], articles)
    claims = attach_outlet(tables["claims"], articles)
    readability = attach_outlet(tables["readability"], articles)
    links = related_links(tables["related"], articles)
    event = frames[frames["family"] == "event"].merge(scored[["article_id", "n_words"]], on="article_id", validate="many_to_one")
    event_rate = words_weighted_mean(event, value="per_1000_words", by=["outlet", "frame"]).rename("rate").reset_index()
    strongest = event_rate.sort_values("rate", ascending=False, kind="stable").groupby("outlet").head(1)
    voice_words = actors.groupby(["outlet", "bloc"])["quoted_words"].sum().reset_index()
    voice_words = voice_words[voice_words["quoted_words"] > 0]
    voice_words["share"] = voice_words["quoted_words"] / voice_words.groupby("outlet")["quoted_words"].transform("sum")
    largest_share = voice_words.groupby("outlet")["share"].max()
    tone = voice_tone(sent, articles)
    own, quoted = tone[tone["voice"] == "reporter"], tone[tone["voice"] == "quoted"]
    troops = claims[claims["counts"].map(counted_group) == "troops"]
    lead_table = lead_frames_by_article(tables["lead_frames"], scored)
    top_word = distinctive.groupby("outlet").head(1)
    measures = {
        "articles": scored.groupby("outlet").size(),
        "words": scored.groupby("outlet")["n_words"].sum(),
        "wire agencies": scored.groupby("outlet")["wire_agency"].apply(joined),
        "share of words in quotation marks": (sent["quoted_share"] * sent["n_words"]).groupby(sent["outlet"]).sum() / sent.groupby("outlet")["n_words"].sum(),
        "reporter tone (VADER compound, mean)": own.set_index("outlet")["mean"],
        "reporter tone 95% interval": _interval(own),
        "quoted tone (VADER compound, mean)": quoted.set_index("outlet")["mean"],
        "quoted tone 95% interval": _interval(quoted),
        "event frames in the lead sentence": outlet_lead_frames(lead_table, family="event"),
        "strongest event frame (per 1,000 words)": pd.Series({r.outlet: f"{r.frame} ({r.rate:.0f})" for r in strongest.itertuples()}, dtype=object),
        "hedges per 1,000 words": words_weighted_mean(scored, value="hedges_per_1000_words"),
        "statements attributed": scored.groupby("outlet")["n_quotes"].sum(),
        "largest share of voice": pd.Series({
            o: f"{b} ({largest_share[o]:.0%}{' each' if ' and ' in b else ''})"
            for o, b in top_labels(voice_words, label="bloc", value="share").items()
        }, dtype=object),
        "first voice(s)": scored.groupby("outlet")["first_voice_bloc"].apply(joined),
        "troop numbers given": troops.groupby("outlet")["text"].apply(joined),
        "Flesch reading ease": words_weighted_mean(readability, value="flesch_reading_ease", weight="words"),
        "related links": scored.groupby("outlet")["n_related"].sum(),
        "links pulling against the headline": links.groupby("outlet")["against_headline"].sum(),
        "sentences with no counterpart elsewhere": exclusive_share,
        "most distinctive word (z)": pd.Series({r.outlet: f"{r.term} ({r.z:.1f})" for r in top_word.itertuples()}, dtype=object),
    }
    return join_by_outlet(measures, outlets)


def _shown(value: object, empty: str) -> str:
    return md_text(value) if isinstance(value, str) and value else empty


def outlet_paragraphs(summary: pd.DataFrame) -> list[str]:
    """One Markdown paragraph per row of :func:`outlet_summary` (data values escaped).

    Examples
    --------
    >>> row = {"articles": 1, "words": 420, "wire agencies": "", "reporter tone (VADER compound, mean)": -0.1,
    ...        "reporter tone 95% interval": "-0.30 to +0.10", "strongest event frame (per 1,000 words)": "military (4)",
    ...        "event frames in the lead sentence": "", "largest share of voice": "Russia (60%)", "troop numbers given": "",
    ...        "links pulling against the headline": float("nan")}
    >>> outlet_paragraphs(pd.DataFrame([row], index=pd.Index(["Opoyi"], name="outlet")))[0][:60]
    '**Opoyi** (1 article(s), 420 words, wire: none named): the r'
    >>> outlet_paragraphs(pd.DataFrame())
    []
    """
    lines = []
    for outlet, r in summary.iterrows():
        against = r["links pulling against the headline"]
        lines.append(
            f"**{md_text(outlet)}** ({int(r['articles'])} article(s), {int(r['words'])} words, wire: {_shown(r['wire agencies'], 'none named')}): "
            f"the reporter's own tone averages {r['reporter tone (VADER compound, mean)']:+.2f} (95% interval {_shown(r['reporter tone 95% interval'], 'none')}), "
            f"the strongest event frame is {_shown(r['strongest event frame (per 1,000 words)'], 'none')}, "
            f"the lead sentence(s) carry {_shown(r['event frames in the lead sentence'], 'no event frame')}, "
            f"the largest share of voice goes to {_shown(r['largest share of voice'], 'no one')}, "
            f"troop numbers: {_shown(r['troop numbers given'], 'none given')}; "
            f"{int(against if pd.notna(against) else 0)} related link(s) pull against the headline."
        )
    return lines
