"""Lead frames: every frame of each lead sentence (the ``lead_frames`` table), no tie broken:
which leads carry one frame, which mix several, and which frames every lead shares.
"""
from __future__ import annotations

from typing import Iterable, Sequence

import pandas as pd

from .highlight import md_code, md_text
from .summaries import attach_outlet


#: How a lead sentence stands toward one frame family: no frame of it, exactly one, or several.
LEAD_KINDS = ("none", "single", "mixed")


def _scored(articles: pd.DataFrame) -> pd.DataFrame:
    return articles[articles["status"] == "scored"] if "status" in articles.columns else articles


def lead_frames_by_article(lead_frames: pd.DataFrame, articles: pd.DataFrame, *, families: Sequence[str] = ("event", "generic")) -> pd.DataFrame:
    """Every frame of each article's lead sentence, one row per scored article and family.

    ``lead_frames`` is the pipeline's table of that name (one row per frame matched in the lead
    sentence, in the order the frames first match there). No frame is preferred: ``lead`` is
    ``"single"`` when the lead carries exactly one frame of the family (then it is the
    article's ``lead_event_frame`` / ``lead_generic_frame``), ``"mixed"`` when it carries
    several and ``"none"`` when it carries none; a scored article with no row in
    ``lead_frames`` is ``"none"``, not missing. Raises ``ValueError`` when ``lead_frames``
    names an article not in ``articles`` (unknown outlet) or a frame twice for one article.

    Returns
    -------
    DataFrame
        ``outlet, article_id, family, lead, n_frames, frames, matches, label`` in the articles'
        order, then ``families`` order; ``frames`` and ``matches`` are tuples (first match
        first), ``label`` reads ``"military (3) + deescalation (2)"`` or ``""``.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x", "y", "z"], "outlet": ["A", "B", "B"]})
    >>> lf = pd.DataFrame({"article_id": ["x", "x", "y", "y"], "frame": ["military", "deescalation", "escalation", "conflict"],
    ...                    "family": ["event", "event", "event", "generic"], "n_matches": [3, 2, 1, 1]})
    >>> lead_frames_by_article(lf, a, families=["event"])[["article_id", "lead", "n_frames", "label"]].values.tolist()
    [['x', 'mixed', 2, 'military (3) + deescalation (2)'], ['y', 'single', 1, 'escalation (1)'], ['z', 'none', 0, '']]
    """
    columns = ["outlet", "article_id", "family", "lead", "n_frames", "frames", "matches", "label"]
    arts = _scored(articles)
    leads = attach_outlet(lead_frames, articles) if len(lead_frames) else lead_frames.assign(outlet=pd.Series(dtype=object))
    if leads.duplicated(["article_id", "frame"]).any():
        raise ValueError("lead_frames lists a frame more than once for one article")
    rows = []
    for aid, outlet in zip(arts["article_id"], arts["outlet"]):
        mine = leads[leads["article_id"] == aid]
        for family in families:
            part = mine[mine["family"] == family]
            frames = tuple(map(str, part["frame"]))
            matches = tuple(int(n) for n in part["n_matches"])
            kind = LEAD_KINDS[min(len(frames), 2)]
            label = " + ".join(f"{f} ({n})" for f, n in zip(frames, matches))
            rows.append([outlet, aid, family, kind, len(frames), frames, matches, label])
    return pd.DataFrame(rows, columns=columns)


def shared_lead_frames(by_article: pd.DataFrame, *, family: str = "event") -> pd.DataFrame:
    """Each frame found in any article's lead sentence: how many leads and outlets carry it.

    ``by_article`` is :func:`lead_frames_by_article`. ``in_every_lead`` is True when every
    article of the table carries the frame in its lead (with one article, trivially so).

    Returns
    -------
    DataFrame
        ``frame, n_articles, n_outlets, in_every_lead, outlets`` (outlets joined by ``"; "``),
        most widely carried first, then by name.

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "B"], "article_id": ["x", "y"], "family": "event", "frames": [("military", "deescalation"), ("military",)]})
    >>> shared_lead_frames(b).values.tolist()
    [['military', 2, 2, True, 'A; B'], ['deescalation', 1, 1, False, 'A']]
    >>> shared_lead_frames(b.iloc[:0]).empty
    True
    """
    columns = ["frame", "n_articles", "n_outlets", "in_every_lead", "outlets"]
    part = by_article[by_article["family"] == family]
    pairs = [(frame, aid, outlet) for frames, aid, outlet in zip(part["frames"], part["article_id"], part["outlet"]) for frame in frames]
    if not pairs:
        return pd.DataFrame(columns=columns)
    long = pd.DataFrame(pairs, columns=["frame", "article_id", "outlet"])
    n_total = part["article_id"].nunique()
    out = long.groupby("frame", sort=False).agg(
        n_articles=("article_id", "nunique"), n_outlets=("outlet", "nunique"),
        outlets=("outlet", lambda s: "; ".join(dict.fromkeys(map(str, s)))),
    ).reset_index()
    out["in_every_lead"] = out["n_articles"] == n_total
    out = out.sort_values(["n_articles", "frame"], ascending=[False, True], ignore_index=True)
    return out[columns]


def lead_frame_agreement(by_article: pd.DataFrame, *, family: str = "event") -> dict[str, object]:
    """What the lead sentences of one frame family have in common, for a Finding.

    Counts the articles whose lead carries no frame, one frame or several (``none``,
    ``single``, ``mixed``); ``in_every_lead`` lists the frames every lead carries (first-match
    order of the first article); ``same_single_frame`` names the frame when every lead carries
    exactly that one frame and nothing else, else ``""``. With one article nothing is compared:
    read ``articles`` before claiming agreement.

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "B"], "article_id": ["x", "y"], "family": "event",
    ...                   "lead": ["mixed", "single"], "frames": [("military", "deescalation"), ("military",)]})
    >>> lead_frame_agreement(b)
    {'articles': 2, 'outlets': 2, 'none': 0, 'single': 1, 'mixed': 1, 'in_every_lead': ['military'], 'same_single_frame': ''}
    >>> lead_frame_agreement(b.assign(lead="single", frames=[("escalation",), ("escalation",)]))["same_single_frame"]
    'escalation'
    """
    part = by_article[by_article["family"] == family]
    counts = part["lead"].value_counts()
    frame_sets = [tuple(f) for f in part["frames"]]
    shared = [f for f in (frame_sets[0] if frame_sets else ()) if all(f in s for s in frame_sets)]
    singles = {s[0] for s in frame_sets if len(s) == 1}
    same = next(iter(singles)) if frame_sets and all(len(s) == 1 for s in frame_sets) and len(singles) == 1 else ""
    return {
        "articles": int(part["article_id"].nunique()), "outlets": int(part["outlet"].nunique()),
        **{kind: int(counts.get(kind, 0)) for kind in LEAD_KINDS},
        "in_every_lead": shared, "same_single_frame": same,
    }


def outlet_lead_frames(by_article: pd.DataFrame, *, family: str = "event") -> pd.Series:
    """Per outlet, the frames of its articles' lead sentences, for a summary cell.

    Each article reads ``"escalation"`` (one frame), ``"military + deescalation (mixed)"`` or
    ``"none"``; an outlet's articles are joined by ``"; "`` (repeats once).

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "A", "B"], "article_id": ["x", "y", "z"], "family": "event",
    ...                   "frames": [("military", "deescalation"), (), ("escalation",)]})
    >>> outlet_lead_frames(b).to_dict()
    {'A': 'military + deescalation (mixed); none', 'B': 'escalation'}
    """
    part = by_article[by_article["family"] == family]
    if part.empty:
        return pd.Series(dtype=object, name=family)
    text = [" + ".join(f) + (" (mixed)" if len(f) > 1 else "") if len(f) else "none" for f in part["frames"]]
    cells = pd.Series(text, index=part["outlet"].to_numpy())
    return cells.groupby(level=0, sort=False).apply(lambda s: "; ".join(dict.fromkeys(s))).rename(family)


# --------------------------------------------------------------------------- prose (notebook 03)
def and_list(parts: Iterable[str]) -> str:
    """``"a"``, ``"a and b"``, ``"a, b and c"``; ``""`` for no part.

    Examples
    --------
    >>> and_list(["a"]), and_list(["a", "b", "c"]), and_list([])
    ('a', 'a, b and c', '')
    """
    parts = list(parts)
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def lead_text(lead: str, frames: Sequence[str], matches: Sequence[int], family: str) -> str:
    """How one lead sentence stands toward a frame family, in words (frame names escaped).

    Examples
    --------
    >>> lead_text("none", (), (), "event")
    'no event frame'
    >>> lead_text("single", ("military",), (2,), "event")
    'one event frame, *military* (2 matches)'
    >>> lead_text("mixed", ("military", "deescalation"), (1, 3), "generic")
    '2 generic frames, *military* (1 match) and *deescalation* (3 matches)'
    """
    if lead == "none" or not len(frames):
        return f"no {family} frame"
    count = "one" if lead == "single" else str(len(frames))
    listed = and_list(f"*{md_text(f)}* ({n} match{'' if n == 1 else 'es'})" for f, n in zip(frames, matches))
    return f"{count} {family} frame{'s' if len(frames) > 1 else ''}, {listed}"


def lead_lines(by_article: pd.DataFrame, articles: pd.DataFrame, *, limit: int | None = None) -> list[str]:
    """One Markdown bullet per scored article: its lead sentence's event and generic frames.

    ``by_article`` is :func:`lead_frames_by_article` (both families); ``articles`` gives the
    outlet, id and ``dominant_event_frame``. ``limit`` keeps the first articles only (a report of
    thousands of articles says how many it left out).

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["x"], "outlet": ["A"], "dominant_event_frame": ["military"]})
    >>> b = pd.DataFrame({"article_id": ["x", "x"], "family": ["event", "generic"], "lead": ["mixed", "none"],
    ...                   "frames": [("military", "deescalation"), ()], "matches": [(1, 1), ()]})
    >>> print(lead_lines(b, a)[0])
    - **A** (<code>x</code>): the lead sentence carries 2 event frames, *military* (1 match) and *deescalation* (1 match), so it has no single lead event frame; no generic frame. Over the whole article the dominant event frame is *military*.
    >>> lead_lines(b.iloc[:0], a.iloc[:0])
    []
    """
    by_family = {family: part.set_index("article_id") for family, part in by_article.groupby("family")}
    rows = _scored(articles)
    shown = rows if limit is None else rows.head(limit)
    lines = []
    for r in shown.itertuples():
        ev, gen = by_family["event"].loc[r.article_id], by_family["generic"].loc[r.article_id]
        event_text = lead_text(ev.lead, ev.frames, ev.matches, "event") + (", so it has no single lead event frame" if ev.lead == "mixed" else "")
        lines.append(
            f"- **{md_text(r.outlet)}** ({md_code(r.article_id)}): the lead sentence carries {event_text}; "
            f"{lead_text(gen.lead, gen.frames, gen.matches, 'generic')}. "
            f"Over the whole article the dominant event frame is *{md_text(r.dominant_event_frame) or 'none'}*."
        )
    if len(shown) < len(rows):
        lines.append(f"- ... and {len(rows) - len(shown)} more article(s): every lead is in the table above.")
    return lines


def lead_verdict(by_article: pd.DataFrame, *, family: str = "event") -> str:
    """The Finding on the lead sentences of one frame family: do they agree, mix, or differ?

    Examples
    --------
    >>> b = pd.DataFrame({"outlet": ["A", "B"], "article_id": ["x", "y"], "family": "event",
    ...                   "lead": ["mixed", "single"], "frames": [("military", "deescalation"), ("military",)]})
    >>> lead_verdict(b)
    '1 of 2 lead sentences mix several event frames (1 carry one, 0 none): a mixed lead has no single lead frame, so the leads cannot be ranked by one frame each. Every lead carries *military*: common ground, not a difference between the outlets. Carried by some leads only: *deescalation* (1 of 2: A).'
    >>> lead_verdict(b.iloc[:1])
    'One article only: there is no second lead to compare it with.'
    """
    agree = lead_frame_agreement(by_article, family=family)
    n = agree["articles"]
    if n < 2:
        return "One article only: there is no second lead to compare it with."
    if agree["same_single_frame"]:
        return f"Every lead sentence carries one {family} frame, the same one: *{md_text(agree['same_single_frame'])}*."
    if agree["mixed"] == n:
        verdict = (f"{'Both' if n == 2 else f'All {n}'} lead sentences mix several {family} frames: no article opens on a single {family} frame, "
                   "so the data cannot say which one frame an outlet leads with, only which frames it puts together in its lead.")
    elif agree["mixed"]:
        verdict = (f"{agree['mixed']} of {n} lead sentences mix several {family} frames ({agree['single']} carry one, {agree['none']} none): "
                   "a mixed lead has no single lead frame, so the leads cannot be ranked by one frame each.")
    else:
        verdict = f"No lead sentence mixes {family} frames: {agree['single']} of {n} carry one, {agree['none']} none, and they differ."
    shared = agree["in_every_lead"]
    who = "outlets" if agree["outlets"] > 1 else "articles"
    verdict += " " + (f"Every lead carries {and_list(f'*{md_text(f)}*' for f in shared)}: common ground, not a difference between the {who}."
                      if shared else f"No {family} frame is in every lead sentence.")
    some = shared_lead_frames(by_article, family=family)
    some = some[~some["in_every_lead"]]
    if len(some):
        verdict += " Carried by some leads only: " + "; ".join(
            f"*{md_text(s.frame)}* ({s.n_articles} of {n}: {md_text(s.outlets)})" for s in some.itertuples()) + "."
    return verdict
