"""Frame scores: one row per article and frame from the evidence, lead frames, and the pipeline scorer.

The framing instrument is three modules, one concern each: :mod:`analysis.codebook` (the
codebook's data model, loading, validation and Markdown rendering), :mod:`analysis.frame_evidence`
(one evidence row per indicator match, with its sentence and voice) and this module, which turns
evidence and sentence word counts into one row per article and frame: the share of sentences
carrying the frame and its matches per 1,000 words, each with a seeded 95% bootstrap interval
over sentences, and where the frame first appears. :func:`framing_tables` is the pipeline scorer
(:data:`FRAMING`). The names of the other two modules are re-exported here, so
``from analysis.framing import load_codebook, find_evidence`` keeps working.

Examples
--------
>>> from analysis.document import build_document
>>> t = framing_tables(build_document({"id": "x", "outlet": "W"}, "Both sides accused each other of lying."))
>>> {r["frame"]: r["n_matches"] for r in t["frames"] if r["family"] == "generic"}["conflict"]
2
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

import numpy as np

from .codebook import CODEBOOK, FAMILIES, Codebook, Frame, Item, codebook_markdown, load_codebook
from .document import Document
from .frame_evidence import (
    ATTRIBUTION, EVIDENCE_COLUMNS, VERBS, VOICES, Row, attribution_chains, chain_words, find_evidence, reporter_word_counts,
)
from .scoring import Scorer
from .stats import count_percentile_interval, percentile_interval, sentence_resamples

__all__ = [
    "ARTICLE_COLUMNS", "ATTRIBUTION", "CODEBOOK", "EVIDENCE_COLUMNS", "FAMILIES", "FRAME_COLUMNS", "FRAMING", "LEAD_COLUMNS",
    "SENTENCE_COLUMNS", "VERBS", "VOICES", "Codebook", "Frame", "Item", "Row", "article_summary", "attribution_chains",
    "chain_words", "codebook_markdown", "find_evidence", "frame_score", "frame_scores", "framing_tables", "lead_frames", "load_codebook",
    "reporter_word_counts", "relative_position",
]

FRAME_COLUMNS = (
    "article_id", "frame", "family", "n_sentences", "share", "share_low", "share_high",
    "n_matches", "n_indicators", "frame_score", "per_1000_words", "rate_low", "rate_high", "first_sentence", "first_position",
    "reporter_matches", "reporter_per_1000_words",
)
LEAD_COLUMNS = ("article_id", "frame", "family", "n_matches")
SENTENCE_COLUMNS = ("article_id", "sentence", "reporter_words")
ARTICLE_COLUMNS = (
    "article_id", "lead_event_frame", "n_lead_event_frames", "lead_generic_frame", "n_lead_generic_frames",
    "dominant_event_frame", "reporter_words", "hedges_per_1000_words", "boosters_per_1000_words",
    "attribution_verbs", "distancing_verbs",
)


# ------------------------------------------------------------------------------------------------
# Scores
# ------------------------------------------------------------------------------------------------


def relative_position(sentence: int | None, n_sentences: int) -> float:
    """Where sentence number ``sentence`` (1-based) sits in an article: 0 = lead, 1 = last.

    ``None`` (the frame never appears) gives NaN; a one-sentence article gives 0.

    Examples
    --------
    >>> relative_position(1, 10), relative_position(10, 10), relative_position(1, 1)
    (0.0, 1.0, 0.0)
    >>> relative_position(None, 5)
    nan
    """
    if sentence is None:
        return float("nan")
    return 0.0 if n_sentences <= 1 else (sentence - 1) / (n_sentences - 1)


def frame_score(n_indicators: float, words: float, exponent: float = 0.0) -> float:
    """The frame score compared with human coders: ``n_indicators / (words / 1000) ** exponent``.

    ``exponent`` is the frame's ``length_exponent`` in the codebook: 0 (the score is the count of
    different indicators) or more, so that a long article needs more different indicators than a
    short one to score as high (0.5: the count per square root of thousands of words). An article
    without words scores 0.

    Examples
    --------
    >>> frame_score(6, 400), frame_score(6, 4000, 0.5), frame_score(3, 0, 0.5)
    (6.0, 3.0, 0.0)
    """
    if not exponent:
        return float(n_indicators)
    return float(n_indicators) / (words / 1000.0) ** exponent if words > 0 else 0.0


def frame_scores(
    evidence: Sequence[Mapping[str, object]],
    sentence_words: Mapping[int, int],
    *,
    article_id: str,
    codebook: Codebook | None = None,
    reporter_words: Mapping[int, int] | None = None,
    weights: np.ndarray | None = None,
) -> list[Row]:
    """One row per frame and stance category for one article, from its evidence rows.

    ``sentence_words`` maps each sentence number of the article to its word count. For each
    category: ``n_sentences`` carrying it and their ``share`` of all sentences; ``n_matches``
    and ``per_1000_words`` (matches per 1,000 words of the article's sentences); 95% intervals
    for both from a seeded percentile bootstrap over sentences (the article's shared resamples,
    :func:`analysis.stats.sentence_resamples`; a category with
    no match has the interval (0, 0) without resampling, which is what resampling would give);
    ``first_sentence`` carrying it and its :func:`relative_position` (empty and NaN if none).
    ``reporter_matches``: the matches in the reporter's voice (evidence ``voice == "reporter"``;
    rows without a voice count as the reporter's) and ``reporter_per_1000_words`` per 1,000
    of the reporter's words (``reporter_words``: sentence number -> words outside quotation
    marks; default every word), NaN when the reporter has no words. ``n_indicators``: how many
    different indicators of the category matched (evidence ``indicator``; a row without one counts
    as its own), each once however often it repeats, since a coder answers a question once, while a
    word an article repeats (``lawsuit`` seven times) raises ``n_matches`` seven times.
    ``frame_score``: the score measured against human coders (``make validate-frames``),
    :func:`frame_score` of ``n_indicators`` and the article's words with the frame's
    ``length_exponent`` (0, so ``n_indicators`` itself, except where the codebook says otherwise). ``weights`` replaces the
    article's resamples with any ``(n_resamples, n_sentences)`` matrix of draw counts (a test
    passes the complete enumeration of a tiny article). An article without sentences has no rows.

    Examples
    --------
    >>> rows = frame_scores([{"category": "conflict", "sentence": 2}], {1: 10, 2: 10, 3: 20}, article_id="a")
    >>> r = next(r for r in rows if r["frame"] == "conflict")
    >>> r["n_sentences"], round(r["share"], 3), r["per_1000_words"], r["first_sentence"], r["first_position"]
    (1, 0.333, 25.0, 2, 0.5)
    >>> ev = [{"category": "conflict", "sentence": s, "indicator": i} for s, i in ((1, "lawsuit"), (2, "lawsuit"), (3, "accused"))]
    >>> r = next(r for r in frame_scores(ev, {1: 10, 2: 10, 3: 20}, article_id="a") if r["frame"] == "conflict")
    >>> r["n_matches"], r["n_indicators"]
    (3, 2)
    >>> frame_scores([], {}, article_id="a")
    []
    """
    codebook = codebook or load_codebook()
    numbers = sorted(sentence_words)
    if not numbers:
        return []
    words = np.array([sentence_words[n] for n in numbers], dtype=float)
    position = {n: i for i, n in enumerate(numbers)}
    counts: dict[str, np.ndarray] = {}
    reporter_counts: dict[str, int] = {}
    indicators: dict[str, set[object]] = {}
    for number, row in enumerate(evidence):
        category = str(row["category"])
        found = indicators.get(category)
        if found is None:
            found = indicators[category] = set()
        found.add(row.get("indicator", number))
        array = counts.get(category)
        if array is None:  # not setdefault: that builds a new zeros array for every row
            array = counts[category] = np.zeros(len(numbers))
        array[position[int(row["sentence"])]] += 1  # type: ignore[call-overload]
        if row.get("voice", "reporter") == "reporter":
            reporter_counts[category] = reporter_counts.get(category, 0) + 1
    total_words = float(words.sum())
    total_reporter = float(sum(reporter_words.get(n, 0) for n in numbers)) if reporter_words is not None else total_words
    # One set of resamples of the article's sentences serves every category (and readability
    # and voice sentiment): each category's resampled sums are one matrix product.
    matrix = np.stack([counts.get(frame.id, np.zeros(len(numbers))) for frame in codebook.frames], axis=1)
    carrying_matrix = (matrix > 0).astype(float)
    # Intervals only for the categories the article has (a category without matches gets (0, 0)
    # below). Restricting the columns changes no bound: draw counts times whole numbers sum exactly
    # in any order, and each column's quantiles are that column's alone.
    active = [column for column, frame in enumerate(codebook.frames) if frame.id in counts]
    bounds: dict[int, list[float]] = {}
    if active:
        if weights is None:
            weights = sentence_resamples(article_id, len(numbers))
        with np.errstate(divide="ignore", invalid="ignore"):
            carrying_samples = weights @ carrying_matrix[:, active]  # shares times len(numbers): whole numbers
            word_samples = weights @ words
            rate_samples = 1000.0 * (weights @ matrix[:, active]) / word_samples[:, None]
            rate_samples[word_samples == 0] = np.nan
        # percentile_interval(carrying_samples / len(numbers)), bit for bit, by counting rather than sorting
        share_low, share_high = count_percentile_interval(carrying_samples, len(numbers))
        rate_low, rate_high = percentile_interval(rate_samples)
        bounds = dict(zip(active, np.stack([share_low, share_high, rate_low, rate_high], axis=1).tolist()))
    # Column totals at once (counts are whole numbers: any summation order gives the same sums).
    n_matches_all = matrix.sum(axis=0).astype(int).tolist()
    n_carrying_all = carrying_matrix.sum(axis=0).astype(int).tolist()
    first_rows = np.argmax(carrying_matrix, axis=0).tolist()
    out: list[Row] = []
    for column, frame in enumerate(codebook.frames):
        n_matches, n_carrying = n_matches_all[column], n_carrying_all[column]
        if n_matches:
            share_lo, share_hi, rate_lo, rate_hi = bounds[column]
            share_ci = (share_lo, share_hi)
            rate_ci = (rate_lo, rate_hi)
            first: int | None = numbers[first_rows[column]]
        else:
            share_ci = (0.0, 0.0)
            rate_ci = (0.0, 0.0) if total_words else (math.nan, math.nan)
            first = None
        out.append({
            "article_id": article_id,
            "frame": frame.id,
            "family": frame.family,
            "n_sentences": n_carrying,
            "share": n_carrying / len(numbers),
            "share_low": share_ci[0],
            "share_high": share_ci[1],
            "n_matches": n_matches,
            "n_indicators": len(indicators.get(frame.id, ())),
            "frame_score": frame_score(len(indicators.get(frame.id, ())), total_words, frame.length_exponent),
            "per_1000_words": float(1000.0 * n_matches / total_words) if total_words else math.nan,
            "rate_low": rate_ci[0],
            "rate_high": rate_ci[1],
            "first_sentence": first,
            "first_position": relative_position(first, len(numbers)),
            "reporter_matches": reporter_counts.get(frame.id, 0),
            "reporter_per_1000_words": 1000.0 * reporter_counts.get(frame.id, 0) / total_reporter if total_reporter else math.nan,
        })
    return out


def lead_frames(evidence: Sequence[Mapping[str, object]], *, article_id: str, lead_sentence: int = 1) -> list[Row]:
    """The ``lead_frames`` table: every generic and event frame matched in the lead sentence.

    One row per frame with at least one match in sentence ``lead_sentence`` (the article's
    first), with ``n_matches`` there, in the order the frames first match. No frame is
    preferred: a lead that carries several frames has several rows.

    Examples
    --------
    >>> ev = [{"category": "military", "family": "event", "sentence": 1}, {"category": "deescalation", "family": "event", "sentence": 1},
    ...       {"category": "military", "family": "event", "sentence": 1}, {"category": "hedge", "family": "stance", "sentence": 1},
    ...       {"category": "conflict", "family": "generic", "sentence": 2}]
    >>> [(r["frame"], r["n_matches"]) for r in lead_frames(ev, article_id="a")]
    [('military', 2), ('deescalation', 1)]
    """
    found: dict[str, Row] = {}
    for row in evidence:
        if row["family"] == "stance" or int(row["sentence"]) != lead_sentence:  # type: ignore[call-overload]
            continue
        name = str(row["category"])
        entry = found.setdefault(name, {"article_id": article_id, "frame": name, "family": row["family"], "n_matches": 0})
        entry["n_matches"] = int(entry["n_matches"]) + 1  # type: ignore[call-overload]
    return list(found.values())


def article_summary(
    frames: Sequence[Mapping[str, object]],
    evidence: Sequence[Mapping[str, object]],
    *,
    article_id: str,
    leads: Sequence[Mapping[str, object]] = (),
    reporter_words: int | None = None,
) -> Row:
    """Article-level framing columns from one article's frame rows, evidence and lead frames.

    ``lead_event_frame`` / ``lead_generic_frame``: the one frame of that family in the lead
    sentence (``leads``, from :func:`lead_frames`), empty when the lead carries none or several
    (no tie is broken: ``n_lead_event_frames`` / ``n_lead_generic_frames`` say how many, and the
    ``lead_frames`` table lists them). ``dominant_event_frame``: the event frame with the largest
    share (ties: rate, then codebook order). ``hedges_per_1000_words`` and
    ``boosters_per_1000_words``: the reporter's own (``reporter_per_1000_words`` of the frame
    rows: matches outside quotation marks per 1,000 words outside quotation marks).
    ``attribution_verbs`` (all three groups) and ``distancing_verbs``: attributions in the
    reporter's voice, once per statement (evidence with ``voice == "reporter"`` and
    ``cue_role == "cue"``: a verb inside a quotation is the speaker's, not an attribution by
    the outlet; the ``saying`` of "quoted X as saying" is a ``chain``, not a second one).

    Examples
    --------
    >>> fr = [{"frame": "escalation", "family": "event", "share": 0.5, "per_1000_words": 9.0, "n_matches": 1, "first_sentence": 2},
    ...       {"frame": "deescalation", "family": "event", "share": 0.5, "per_1000_words": 9.0, "n_matches": 1, "first_sentence": 1}]
    >>> leads = [{"frame": "deescalation", "family": "event", "n_matches": 1}]
    >>> s = article_summary(fr, [{"category": "deescalation", "sentence": 1}], article_id="a", leads=leads)
    >>> s["lead_event_frame"], s["n_lead_event_frames"], s["dominant_event_frame"], s["lead_generic_frame"]
    ('deescalation', 1, 'escalation', '')
    """
    by_frame = {str(row["frame"]): row for row in frames}

    def lead(family: str) -> tuple[str, int]:
        names = [str(row["frame"]) for row in leads if row["family"] == family]
        return (names[0] if len(names) == 1 else ""), len(names)

    dominant = [
        (-float(row["share"]), -float(row["per_1000_words"]), order, name)  # type: ignore[arg-type]
        for order, (name, row) in enumerate(by_frame.items())
        if row["family"] == "event" and row["n_matches"]
    ]

    def reporter_rate(name: str) -> float:
        row = by_frame.get(name)
        if row is None:
            return math.nan
        return float(row.get("reporter_per_1000_words", row["per_1000_words"]))  # type: ignore[arg-type]

    statements = [
        row for row in evidence
        if row["category"] in ATTRIBUTION and row.get("voice", "reporter") == "reporter" and row.get("cue_role", "cue") == "cue"
    ]
    lead_event, n_event = lead("event")
    lead_generic, n_generic = lead("generic")
    return {
        "article_id": article_id,
        "lead_event_frame": lead_event,
        "n_lead_event_frames": n_event,
        "lead_generic_frame": lead_generic,
        "n_lead_generic_frames": n_generic,
        "dominant_event_frame": min(dominant)[3] if dominant else "",
        "reporter_words": reporter_words,
        "hedges_per_1000_words": reporter_rate("hedge"),
        "boosters_per_1000_words": reporter_rate("booster"),
        "attribution_verbs": len(statements),
        "distancing_verbs": sum(row["category"] == "attribution_distancing" for row in statements),
    }


def framing_tables(doc: Document) -> dict[str, list[Row]]:
    """The pipeline scorer: tables ``evidence``, ``frames``, ``lead_frames``, the
    ``reporter_words`` column of ``sentences`` and framing columns of ``articles``.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> t = framing_tables(build_document({"id": "x", "outlet": "W"}, "Russia denied any plan to invade. Talks go on."))
    >>> f = {r["frame"]: r for r in t["frames"]}
    >>> f["verification"]["n_sentences"], f["deescalation"]["first_sentence"]
    (1, 2)
    >>> [(r["frame"], r["n_matches"]) for r in t["lead_frames"]], t["articles"][0]["lead_event_frame"], t["articles"][0]["n_lead_event_frames"]
    ([('conflict', 1), ('verification', 1), ('escalation', 1)], '', 2)
    >>> framing_tables(build_document({"id": "e", "outlet": "W"}, ""))["frames"]
    []
    """
    codebook = load_codebook()
    evidence = find_evidence(doc, codebook=codebook)
    reporter = reporter_word_counts(doc)
    frames = frame_scores(
        evidence, {s.number: s.n_words for s in doc.sentences}, article_id=doc.article_id, codebook=codebook, reporter_words=reporter,
    )
    leads = lead_frames(evidence, article_id=doc.article_id, lead_sentence=doc.sentences[0].number) if doc.sentences else []
    summary = (
        article_summary(frames, evidence, article_id=doc.article_id, leads=leads, reporter_words=sum(reporter.values()))
        if frames else {"article_id": doc.article_id}
    )
    sentences = [{"article_id": doc.article_id, "sentence": number, "reporter_words": words} for number, words in reporter.items()]
    return {"evidence": evidence, "frames": frames, "lead_frames": leads, "sentences": sentences, "articles": [summary]}


FRAMING = Scorer(
    "framing",
    framing_tables,
    {
        "evidence": EVIDENCE_COLUMNS, "frames": FRAME_COLUMNS, "lead_frames": LEAD_COLUMNS,
        "sentences": SENTENCE_COLUMNS, "articles": ARTICLE_COLUMNS,
    },
)
