"""Sentence sentiment with VADER, split by voice, with the words that moved each score.

VADER (:mod:`analysis.vader`) was tuned on tweets: in SentiBench (Ribeiro et al. 2016, EPJ Data
Science 5:23) its correlation with human labels was about .88 on tweets but about .49 on news
editorials. So we keep pure VADER as the reference column and put a documented news-domain
adjustment (``data/instruments/vader_news_adjustments.tsv``) in a *second* column,
``compound_adjusted``.

Every sentence is scored on its own (never a whole article as one string), as it stands in the
cleaned body: VADER reads capitals and punctuation. Each sentence is also split into the
reporter's own words and the words inside double quotation marks, and each part is scored
separately, so an outlet's own tone can be read apart from the tone of the voices it quotes.

Examples
--------
>>> s = score_text("The talks were NOT good, but there is hope!")
>>> s.compound, [(d.word, d.lexicon_valence, round(d.applied_valence, 4)) for d in s.drivers]
(0.5329, [('good', 1.9, -0.703), ('hope', 1.9, 2.85)])
>>> split_voices('"We are done," he said.', 0, [(0, 14)])
('he said.', '"We are done,"')
"""
from __future__ import annotations

import math
from typing import Iterable, Mapping, Sequence

import numpy as np

from .document import Document
from .scoring import Scorer
from .segment import has_words, quotes_overlapping
from .stats import mean, percentile_interval, sentence_resamples
from .vader import ADJUSTMENTS_FILE, Driver, SentimentScore, load_adjustments, score_text, vader_reference  # noqa: F401 (re-exported)

#: VADER's standard thresholds on ``compound`` (vaderSentiment README).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
#: Voices of a sentence.
VOICES = ("reporter", "quoted", "mixed")

# --------------------------------------------------------------------------------------------
# Voices and the pipeline scorer
# --------------------------------------------------------------------------------------------


def split_voices(text: str, start: int, quotes: Iterable[tuple[int, int]]) -> tuple[str, str]:
    """The reporter part and the quoted part of a sentence starting at body offset ``start``.

    ``quotes`` are body spans of quoted text (marks included). Pieces of each part are joined
    with a space. A part without any word is returned empty.

    Examples
    --------
    >>> split_voices('"We are done," he said.', 0, [(0, 14)])
    ('he said.', '"We are done,"')
    >>> split_voices("No quotes here.", 10, [(0, 5)])
    ('No quotes here.', '')
    """
    end = start + len(text)
    cuts = sorted((max(q_start, start) - start, min(q_end, end) - start) for q_start, q_end in quotes if q_start < end and q_end > start)
    if not cuts:
        return (text if has_words(text) else "", "")
    reporter, quoted, at = [], [], 0
    for q_start, q_end in cuts:
        if q_start > at:
            reporter.append(text[at:q_start])
        quoted.append(text[max(at, q_start):q_end])
        at = max(at, q_end)
    reporter.append(text[at:])
    reporter_text = " ".join(piece.strip() for piece in reporter if piece.strip())
    quoted_text = " ".join(piece.strip() for piece in quoted if piece.strip())
    return (reporter_text if has_words(reporter_text) else "", quoted_text if has_words(quoted_text) else "")


def _shares(compounds: Sequence[float]) -> tuple[float, float, float]:
    if not compounds:
        return (float("nan"),) * 3
    n = len(compounds)
    positive = sum(c >= POSITIVE_THRESHOLD for c in compounds) / n
    negative = sum(c <= NEGATIVE_THRESHOLD for c in compounds) / n
    return (positive, negative, 1.0 - positive - negative)


SENTENCE_COLUMNS = ("article_id", "sentence", "neg", "neu", "pos", "compound", "compound_adjusted", "voice",
                    "reporter_compound", "quoted_compound", "reporter_compound_adjusted", "quoted_compound_adjusted")
DRIVER_COLUMNS = ("article_id", "sentence", "word", "start", "end", "lexicon_valence", "applied_valence", "source", "voice")
PARAGRAPH_COLUMNS = ("article_id", "paragraph", "n_sentences", "compound_mean", "compound_adjusted_mean",
                     "positive_share", "negative_share", "neutral_share", "reporter_compound_mean", "quoted_compound_mean")
ARTICLE_COLUMNS = (
    "article_id", "compound_mean", "compound_adjusted_mean",
    "positive_sentence_share", "negative_sentence_share", "neutral_sentence_share",
    "reporter_sentences", "reporter_compound_mean", "reporter_compound_low", "reporter_compound_high",
    "reporter_compound_adjusted_mean",
    "quoted_sentences", "quoted_compound_mean", "quoted_compound_low", "quoted_compound_high",
    "quoted_compound_adjusted_mean",
)


def sentiment_tables(doc: Document) -> dict[str, list[dict[str, object]]]:
    """Sentence, driver, paragraph and article sentiment rows of one document (pipeline scorer).

    Voice: ``reporter`` (no quoted words), ``quoted`` (only quoted words and punctuation) or
    ``mixed``; ``reporter_compound``/``quoted_compound`` score each part on its own (empty when the
    sentence has no such part). Article means come with seeded bootstrap 95% intervals over
    sentences (the article's shared resamples).

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, 'Talks failed. "We hope for peace," he said.')
    >>> t = sentiment_tables(d)
    >>> [(r["voice"], r["compound"], r["reporter_compound"], r["quoted_compound"]) for r in t["sentences"]]
    [('reporter', -0.5106, -0.5106, nan), ('mixed', 0.7506, 0.0, 0.7506)]
    >>> [r["word"] for r in t["drivers"]], t["articles"][0]["quoted_compound_mean"]
    (['failed', 'hope', 'peace'], 0.7506)
    >>> sentiment_tables(build_document({"id": "e", "outlet": "W"}, ""))["sentences"]
    []
    """
    aid = doc.article_id
    nan = float("nan")
    sentence_rows: list[dict[str, object]] = []
    driver_rows: list[dict[str, object]] = []
    overlapping = quotes_overlapping(doc.quotes)
    for sentence in doc.sentences:
        score = score_text(sentence.text)
        here = overlapping(sentence.start, sentence.end)
        reporter_text, quoted_text = split_voices(sentence.text, sentence.start, here) if here else (sentence.text, "")
        if not quoted_text:
            voice, reporter, quoted = "reporter", score, None
        elif not reporter_text:
            voice, reporter, quoted = "quoted", None, score
        else:
            voice = "mixed"
            reporter, quoted = score_text(reporter_text, drivers=False), score_text(quoted_text, drivers=False)
        sentence_rows.append({
            "article_id": aid, "sentence": sentence.number, "neg": score.neg, "neu": score.neu, "pos": score.pos,
            "compound": score.compound, "compound_adjusted": score.compound_adjusted, "voice": voice,
            "reporter_compound": reporter.compound if reporter else nan,
            "quoted_compound": quoted.compound if quoted else nan,
            "reporter_compound_adjusted": reporter.compound_adjusted if reporter else nan,
            "quoted_compound_adjusted": quoted.compound_adjusted if quoted else nan,
        })
        for driver in score.drivers:
            start, end = sentence.start + driver.start, sentence.start + driver.end
            inside = any(q_start <= start and end <= q_end for q_start, q_end in here)
            driver_rows.append({
                "article_id": aid, "sentence": sentence.number, "word": driver.word, "start": start, "end": end,
                "lexicon_valence": driver.lexicon_valence, "applied_valence": driver.applied_valence,
                "source": driver.source, "voice": "quoted" if inside else "reporter",
            })
    by_paragraph: dict[int, list[dict[str, object]]] = {}
    for row, sentence in zip(sentence_rows, doc.sentences):
        by_paragraph.setdefault(sentence.paragraph, []).append(row)
    paragraph_rows = []
    for number in range(1, len(doc.paragraphs) + 1):
        rows = by_paragraph.get(number, [])
        compounds = [float(r["compound"]) for r in rows]  # type: ignore[arg-type]
        positive, negative, neutral = _shares(compounds)
        paragraph_rows.append({
            "article_id": aid, "paragraph": number, "n_sentences": len(rows), "compound_mean": mean(compounds),
            "compound_adjusted_mean": mean([float(r["compound_adjusted"]) for r in rows]),  # type: ignore[arg-type]
            "positive_share": positive, "negative_share": negative, "neutral_share": neutral,
            "reporter_compound_mean": mean(_present(rows, "reporter_compound")),
            "quoted_compound_mean": mean(_present(rows, "quoted_compound")),
        })
    compounds = [float(r["compound"]) for r in sentence_rows]  # type: ignore[arg-type]
    reporter_values = _present(sentence_rows, "reporter_compound")
    quoted_values = _present(sentence_rows, "quoted_compound")
    positive, negative, neutral = _shares(compounds)
    r_low, r_high = _voice_interval(sentence_rows, "reporter_compound", aid)
    q_low, q_high = _voice_interval(sentence_rows, "quoted_compound", aid)
    article = {
        "article_id": aid, "compound_mean": mean(compounds),
        "compound_adjusted_mean": mean([float(r["compound_adjusted"]) for r in sentence_rows]),  # type: ignore[arg-type]
        "positive_sentence_share": positive, "negative_sentence_share": negative, "neutral_sentence_share": neutral,
        "reporter_sentences": len(reporter_values), "reporter_compound_mean": mean(reporter_values),
        "reporter_compound_low": r_low, "reporter_compound_high": r_high,
        "reporter_compound_adjusted_mean": mean(_present(sentence_rows, "reporter_compound_adjusted")),
        "quoted_sentences": len(quoted_values), "quoted_compound_mean": mean(quoted_values),
        "quoted_compound_low": q_low, "quoted_compound_high": q_high,
        "quoted_compound_adjusted_mean": mean(_present(sentence_rows, "quoted_compound_adjusted")),
    }
    return {"sentences": sentence_rows, "drivers": driver_rows, "paragraph_sentiment": paragraph_rows, "articles": [article]}


def _voice_interval(sentence_rows: Sequence[Mapping[str, object]], column: str, article_id: str) -> tuple[float, float]:
    """95% interval of the mean of ``column`` over the sentences that have that voice.

    Uses the article's shared sentence resamples (:func:`analysis.stats.sentence_resamples`):
    each resample's mean is taken over the drawn sentences that have the voice (a resample that
    draws none of them is left out). No sentence with the voice: ``(nan, nan)``.
    """
    values = np.array([float(r[column]) for r in sentence_rows], dtype=float)  # type: ignore[arg-type]
    present = ~np.isnan(values)
    if not present.any():
        return (math.nan, math.nan)
    weights = sentence_resamples(article_id, len(values))[:, present]
    with np.errstate(divide="ignore", invalid="ignore"):
        means = (weights @ values[present]) / weights.sum(axis=1)
    low, high = percentile_interval(means)
    return (float(low), float(high))


def _present(rows: Sequence[Mapping[str, object]], column: str) -> list[float]:
    return [float(r[column]) for r in rows if not math.isnan(float(r[column]))]  # type: ignore[arg-type]


#: The pipeline scorer (registered in :func:`analysis.pipeline.registered_scorers`).
SENTIMENT = Scorer(
    "sentiment",
    sentiment_tables,
    {"sentences": SENTENCE_COLUMNS, "drivers": DRIVER_COLUMNS, "paragraph_sentiment": PARAGRAPH_COLUMNS, "articles": ARTICLE_COLUMNS},
)
