"""Sentence sentiment with VADER, split by voice, with the words that moved each score.

VADER (Hutto & Gilbert 2014, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis of
Social Media Text", ICWSM-14) is a lexicon of ~7,500 rated entries plus rules for negation,
degree adverbs ("boosters"), ALL CAPS, "but", "least", a few idioms and ``!``/``?`` emphasis.
It was tuned on tweets: in SentiBench (Ribeiro et al. 2016, EPJ Data Science 5:23) its
correlation with human labels was about .88 on tweets but about .49 on news editorials. So we
keep pure VADER as the reference column and put a documented news-domain adjustment
(``data/instruments/vader_news_adjustments.tsv``) in a *second* column, ``compound_adjusted``.

Every sentence is scored on its own (never a whole article as one string), as it stands in the
cleaned body: VADER reads capitals and punctuation. Each sentence is also split into the
reporter's own words and the words inside double quotation marks, and each part is scored
separately, so an outlet's own tone can be read apart from the tone of the voices it quotes.

:func:`score_text` is an exact re-implementation of ``vaderSentiment`` 3.3.2's
``polarity_scores`` (same tokens, same rules in the same order, same floating-point operations,
including the quirks of its "but" rule), that also returns the *drivers* (lexicon entries with
their valence before and after the rules) in the same pass, and scores the adjusted lexicon only
when the text contains an adjusted term. :func:`vader_reference` calls ``vaderSentiment`` itself;
the tests prove the two agree.

Examples
--------
>>> s = score_text("The talks were NOT good, but there is hope!")
>>> s.compound, [(d.word, d.lexicon_valence, round(d.applied_valence, 4)) for d in s.drivers]
(0.5329, [('good', 1.9, -0.703), ('hope', 1.9, 2.85)])
>>> score_text("")
SentimentScore(neg=0.0, neu=0.0, pos=0.0, compound=0.0, compound_adjusted=0.0, drivers=())
"""
from __future__ import annotations

import math
import re
import string
from dataclasses import dataclass
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from itertools import accumulate, compress

import numpy as np
from typing import Iterable, Mapping, NamedTuple, Sequence

from vaderSentiment import vaderSentiment as _vs

from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .scoring import Scorer
from .segment import words as word_tokens
from .stats import mean, percentile_interval, sentence_resamples

#: The news-domain lexicon adjustment (an instrument file under ``data/instruments``).
ADJUSTMENTS_FILE = "vader_news_adjustments.tsv"
#: VADER's standard thresholds on ``compound`` (vaderSentiment README).
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05
#: Voices of a sentence.
VOICES = ("reporter", "quoted", "mixed")

_PUNCT = string.punctuation
_TOKEN = re.compile(r"\S+")  # str.split()'s tokens, with offsets (same whitespace set).


class Driver(NamedTuple):
    """A lexicon entry that moved a sentence's score. ``start``/``end`` index the scored text."""

    word: str
    start: int
    end: int
    lexicon_valence: float
    applied_valence: float  # after negation, boosters, caps, idioms, "least" and "but"
    source: str  # "vader" or "news_adjustment"


@dataclass(frozen=True)
class SentimentScore:
    """VADER's four scores (rounded as VADER rounds them), the adjusted compound, and drivers."""

    neg: float
    neu: float
    pos: float
    compound: float
    compound_adjusted: float
    drivers: tuple[Driver, ...] = ()


# --------------------------------------------------------------------------------------------
# Lexicons
# --------------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _reference_analyzer():  # type: ignore[no-untyped-def]
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    return SentimentIntensityAnalyzer()


@lru_cache(maxsize=1)
def _vader_lexicon() -> dict[str, float]:
    return _reference_analyzer().lexicon


_BOOSTER: dict[str, float] = dict(_vs.BOOSTER_DICT)
_NEGATE: frozenset[str] = frozenset(_vs.NEGATE)
_C_INCR: float = _vs.C_INCR
_N_SCALAR: float = _vs.N_SCALAR
#: Multi-word SPECIAL_CASES and booster entries as word tuples, and the words they can start with.
_SPECIAL: dict[tuple[str, ...], float] = {tuple(k.split()): v for k, v in _vs.SPECIAL_CASES.items() if " " in k}
_BOOST2: dict[tuple[str, ...], float] = {tuple(k.split()): v for k, v in _vs.BOOSTER_DICT.items() if " " in k}
_IDIOM_FIRSTS: frozenset[str] = frozenset(k[0] for k in (*_SPECIAL, *_BOOST2))


def load_adjustments(name: str | Path = ADJUSTMENTS_FILE) -> dict[str, float]:
    """The news-domain adjustment as ``{term: valence}``, validated on load.

    A term is one lower-case token as VADER tokenises it (no spaces, no leading or trailing
    punctuation); a valence is on VADER's -4..+4 scale, and ``0`` removes the entry from the
    adjusted lexicon. A bad row raises :class:`~analysis.errors.InstrumentError` naming the file
    and line.

    Examples
    --------
    >>> adj = load_adjustments()
    >>> adj["crisis"] > _reference_analyzer().lexicon["crisis"], "invasion" in adj
    (True, True)
    """
    path = instrument_path(name)
    out: dict[str, float] = {}
    for row in load_tsv(path, required=("term", "valence", "reason", "source")):
        line = int(row["line"])
        term = row["term"]
        if term != term.lower() or any(ch.isspace() for ch in term):
            raise InstrumentError(path, f"term {term!r} must be one lower-case token", row=line)
        if len(term.strip(_PUNCT)) > 2 and term.strip(_PUNCT) != term:
            raise InstrumentError(path, f"term {term!r} has leading/trailing punctuation VADER strips", row=line)
        try:
            valence = float(row["valence"])
        except ValueError:
            raise InstrumentError(path, f"valence {row['valence']!r} is not a number", row=line) from None
        if not -4.0 <= valence <= 4.0:
            raise InstrumentError(path, f"valence {valence} outside VADER's -4..+4 scale", row=line)
        if term in out:
            raise InstrumentError(path, f"duplicate term {term!r}", row=line)
        out[term] = valence
    return out


@lru_cache(maxsize=8)
def _adjusted_lexicon(items: tuple[tuple[str, float], ...]) -> dict[str, float]:
    lexicon = dict(_reference_analyzer().lexicon)
    lexicon.update(items)
    return {term: valence for term, valence in lexicon.items() if valence != 0}


@lru_cache(maxsize=1)
def _default_adjustments() -> tuple[tuple[str, float], ...]:
    return tuple(sorted(load_adjustments().items()))


# --------------------------------------------------------------------------------------------
# The reference path: vaderSentiment itself
# --------------------------------------------------------------------------------------------


def vader_reference(text: str, *, adjustments: Mapping[str, float] | None = None) -> dict[str, float]:
    """``vaderSentiment`` 3.3.2's ``polarity_scores``, optionally with ``adjustments`` merged into
    a copy of its lexicon (valence 0 removes an entry). The slow, obviously-right path.

    Examples
    --------
    >>> vader_reference("The book was good.")
    {'neg': 0.0, 'neu': 0.508, 'pos': 0.492, 'compound': 0.4404}
    >>> vader_reference("The book was good.", adjustments={"book": 1.0})["compound"]
    0.5994
    """
    if not adjustments:
        return _reference_analyzer().polarity_scores(text)
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    analyzer = SentimentIntensityAnalyzer.__new__(SentimentIntensityAnalyzer)
    analyzer.lexicon = _adjusted_lexicon(tuple(sorted(adjustments.items())))
    analyzer.emojis = _reference_analyzer().emojis
    return analyzer.polarity_scores(text)


# --------------------------------------------------------------------------------------------
# The fast path: one tokenisation, rules applied only at lexicon hits
# --------------------------------------------------------------------------------------------


class _Tokens(NamedTuple):
    text: str  # after emoji replacement and strip(): the text VADER scores
    raw: list[str]  # whitespace tokens of ``text``
    words: list[str]  # VADER's words_and_emoticons
    lowers: list[str]
    cap_diff: bool
    amplifier: float  # punctuation emphasis
    source_index: tuple[int, ...] | None  # text position -> input position, when emoji were replaced
    lead: int  # characters strip() removed at the start (when no emoji were replaced)


def _emoji_chars() -> frozenset[str]:
    global _EMOJI_CHARS
    if _EMOJI_CHARS is None:
        _EMOJI_CHARS = frozenset(key for key in _reference_analyzer().emojis if len(key) == 1)
    return _EMOJI_CHARS


_EMOJI_CHARS: frozenset[str] | None = None


def _tokenise(text: str) -> _Tokens:
    source_index: tuple[int, ...] | None = None
    if not text.isascii() and not _emoji_chars().isdisjoint(text):
        emojis = _reference_analyzer().emojis
        out: list[str] = []
        index: list[int] = []
        prev_space = True
        for position, char in enumerate(text):  # vaderSentiment's loop, keeping positions
            if char in emojis:
                description = emojis[char]
                if not prev_space:
                    out.append(" ")
                    index.append(position)
                out.append(description)
                index.extend([position] * len(description))
                prev_space = False
            else:
                out.append(char)
                index.append(position)
                prev_space = char == " "
        converted = "".join(out)
        stripped = converted.strip()
        lead = len(converted) - len(converted.lstrip())
        source_index = tuple(index[lead : lead + len(stripped)])
        text, lead = stripped, 0
    else:
        stripped = text.strip()
        lead = len(text) - len(text.lstrip()) if stripped else 0
        text = stripped
    raw = text.split()
    words = [w if len(w := token.strip(_PUNCT)) > 2 else token for token in raw]
    # Lower-casing the joined words equals lower-casing each (ASCII: no context-dependent case).
    lowers = " ".join(words).lower().split() if text.isascii() else [w.lower() for w in words]
    n_upper = sum(map(str.isupper, words))
    ep = text.count("!")
    if ep > 4:
        ep = 4
    qm = text.count("?")
    qm_amplifier: float = 0
    if qm > 1:
        qm_amplifier = qm * 0.18 if qm <= 3 else 0.96
    amplifier = ep * 0.292 + qm_amplifier
    return _Tokens(text, raw, words, lowers, 0 < len(words) - n_upper < len(words), amplifier, source_index, lead)


def _valences(tokens: _Tokens, lexicon: Mapping[str, float]) -> tuple[list[int], list[float]]:
    """Word positions with a non-zero valence after VADER's rules, and those valences."""
    booster, negate, c_incr, n_scalar = _BOOSTER, _NEGATE, _C_INCR, _N_SCALAR
    words, lowers, cap_diff = tokens.words, tokens.lowers, tokens.cap_diff
    last = len(lowers) - 1
    positions: list[int] = []
    values: list[float] = []
    for i in compress(range(len(lowers)), map(lexicon.__contains__, lowers)):
        low = lowers[i]
        if low in booster:
            continue
        if low == "kind" and i < last and lowers[i + 1] == "of":
            continue
        valence = lexicon[low]
        if low == "no" and i != last and lowers[i + 1] in lexicon:
            valence = 0.0
        if (i > 0 and lowers[i - 1] == "no") or (i > 1 and lowers[i - 2] == "no") or (
            i > 2 and lowers[i - 3] == "no" and lowers[i - 1] in ("or", "nor")
        ):
            valence = lexicon[low] * n_scalar
        if cap_diff and words[i].isupper():
            valence = valence + c_incr if valence > 0 else valence - c_incr
        for start_i in (0, 1, 2):
            if i <= start_i:
                break
            before = lowers[i - start_i - 1]
            if before in lexicon:
                continue
            if before in booster:  # scalar_inc_dec
                scalar = booster[before]
                if valence < 0:
                    scalar *= -1
                if cap_diff and words[i - start_i - 1].isupper():
                    scalar = scalar + c_incr if valence > 0 else scalar - c_incr
                if start_i == 1:
                    scalar = scalar * 0.95
                elif start_i == 2:
                    scalar = scalar * 0.9
                valence = valence + scalar
            if start_i == 0:
                if before in negate or "n't" in before:
                    valence = valence * n_scalar
            elif start_i == 1:
                if before == "never" and lowers[i - 1] in ("so", "this"):
                    valence = valence * 1.25
                elif before == "without" and lowers[i - 1] == "doubt":
                    pass
                elif before in negate or "n't" in before:
                    valence = valence * n_scalar
            else:
                if (before == "never" and lowers[i - 2] in ("so", "this")) or lowers[i - 1] in ("so", "this"):
                    valence = valence * 1.25
                elif before == "without" and (lowers[i - 2] == "doubt" or lowers[i - 1] == "doubt"):
                    pass
                elif before in negate or "n't" in before:
                    valence = valence * n_scalar
                valence = _idioms(valence, lowers, i)
        if i > 1 and lowers[i - 1] == "least" and "least" not in lexicon:
            if lowers[i - 2] != "at" and lowers[i - 2] != "very":
                valence = valence * n_scalar
        elif i > 0 and lowers[i - 1] == "least" and "least" not in lexicon:
            valence = valence * n_scalar
        if valence != 0:
            positions.append(i)
            values.append(valence)
    if values and "but" in lowers:
        _but(positions, values, lowers.index("but"))
    return positions, values


def _idioms(valence: float, lowers: list[str], i: int) -> float:
    """vaderSentiment's ``_special_idioms_check`` (only reached when ``i > 2``)."""
    special, boost2, firsts = _SPECIAL, _BOOST2, _IDIOM_FIRSTS
    l0, l1, l2, l3 = lowers[i], lowers[i - 1], lowers[i - 2], lowers[i - 3]
    if not (l0 in firsts or l1 in firsts or l2 in firsts or l3 in firsts):
        return valence
    for seq in ((l1, l0), (l2, l1, l0), (l2, l1), (l3, l2, l1), (l3, l2)):
        if seq in special:
            valence = special[seq]
            break
    if len(lowers) - 1 > i and (l0, lowers[i + 1]) in special:
        valence = special[(l0, lowers[i + 1])]
    if len(lowers) - 1 > i + 1 and (l0, lowers[i + 1], lowers[i + 2]) in special:
        valence = special[(l0, lowers[i + 1], lowers[i + 2])]
    for n_gram in ((l3, l2), (l2, l1)):
        if n_gram in boost2:
            valence = valence + boost2[n_gram]
    return valence


def _but(positions: list[int], values: list[float], but_at: int) -> None:
    """vaderSentiment's ``_but_check``, literally: it finds each value's *first* equal value
    with ``list.index``, so repeated valences are rescaled where VADER rescales them."""
    for k in range(len(values)):
        value = values[k]
        j = values.index(value)
        if positions[j] < but_at:
            values[j] = value * 0.5
        elif positions[j] > but_at:
            values[j] = value * 1.5


def _summary(values: Sequence[float], n_words: int, amplifier: float) -> tuple[float, float, float, float]:
    """vaderSentiment's ``score_valence``: (neg, neu, pos, compound), rounded as VADER rounds."""
    if n_words == 0:
        return (0.0, 0.0, 0.0, 0.0)
    sum_s = float(sum(values))  # values are floats; zeros (VADER's neutral words) add nothing
    if sum_s > 0:
        sum_s += amplifier
    elif sum_s < 0:
        sum_s -= amplifier
    compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
    compound = -1.0 if compound < -1.0 else 1.0 if compound > 1.0 else compound
    pos_sum = 0.0
    neg_sum = 0.0
    for value in values:
        if value > 0:
            pos_sum += value + 1
        else:
            neg_sum += value - 1
    neu_count = n_words - len(values)
    if pos_sum > math.fabs(neg_sum):
        pos_sum += amplifier
    elif pos_sum < math.fabs(neg_sum):
        neg_sum -= amplifier
    total = pos_sum + math.fabs(neg_sum) + neu_count
    return (round(math.fabs(neg_sum / total), 3), round(math.fabs(neu_count / total), 3),
            round(math.fabs(pos_sum / total), 3), round(compound, 4))


def _drivers(tokens: _Tokens, positions: list[int], values: list[float], lexicon: Mapping[str, float], source: str,
             only: frozenset[str] | None = None) -> list[Driver]:
    text, raw, words, lowers = tokens.text, tokens.raw, tokens.words, tokens.lowers
    ends = list(accumulate(map(len, raw)))
    if len(text) == ends[-1] + len(raw) - 1:  # one whitespace character between tokens
        starts = None
    else:
        starts = [m.start() for m in _TOKEN.finditer(text)]
    out = []
    for i, value in zip(positions, values):
        low = lowers[i]
        if only is not None and low not in only:
            continue
        word, token = words[i], raw[i]
        start = (ends[i] - len(token) + i if starts is None else starts[i]) + (len(token) - len(token.lstrip(_PUNCT)) if len(word) != len(token) else 0)
        end = start + len(word)
        if tokens.source_index is not None:
            start, end = tokens.source_index[start], tokens.source_index[end - 1] + 1
        else:
            start, end = start + tokens.lead, end + tokens.lead
        out.append(Driver(word, start, end, lexicon[low], value, source))
    return out


@lru_cache(maxsize=8)
def _prepared(items: tuple[tuple[str, float], ...]) -> tuple[frozenset[str], dict[str, float]]:
    return frozenset(term for term, _ in items), _adjusted_lexicon(items)


def score_text(
    text: str, *, adjusted: bool = True, adjustments: Mapping[str, float] | None = None, drivers: bool = True
) -> SentimentScore:
    """VADER's scores for one sentence (or any short text), its drivers, and the adjusted compound.

    ``neg``, ``neu``, ``pos``, ``compound`` equal ``vaderSentiment`` 3.3.2's ``polarity_scores``
    exactly. ``compound_adjusted`` is the same algorithm with the news-domain adjustment merged
    into the lexicon (``adjustments``, default: the instrument file); it is computed only when
    the text contains an adjusted term, and otherwise equals ``compound``. With
    ``adjusted=False`` no adjustment is applied and ``compound_adjusted == compound``.
    Drivers come in text order: VADER's entries (``source="vader"``), then the adjusted terms as
    the adjusted lexicon scores them (``source="news_adjustment"``). Empty text scores all zeros.

    Examples
    --------
    >>> s = score_text("Russia denied plans for an invasion.")
    >>> s.compound, s.compound_adjusted, [(d.word, d.source) for d in s.drivers]
    (-0.4404, -0.7184, [('denied', 'vader'), ('invasion', 'news_adjustment')])
    >>> score_text("Russia denied plans for an invasion.", adjusted=False).compound_adjusted
    -0.4404
    """
    if adjustments is None:
        # Actors and voices score the same sentence parts as the sentence scorer: compute once.
        full = _score_cached(text, adjusted)
        return full if drivers else SentimentScore(full.neg, full.neu, full.pos, full.compound, full.compound_adjusted, ())
    return _score(text, adjusted=adjusted, adjustments=adjustments, drivers=drivers)


@lru_cache(maxsize=4096)
def _score_cached(text: str, adjusted: bool) -> SentimentScore:
    return _score(text, adjusted=adjusted, adjustments=None, drivers=True)


def _score(text: str, *, adjusted: bool, adjustments: Mapping[str, float] | None, drivers: bool) -> SentimentScore:
    tokens = _tokenise(text)
    lexicon = _vader_lexicon()
    positions, values = _valences(tokens, lexicon)
    neg, neu, pos, compound = _summary(values, len(tokens.words), tokens.amplifier)
    found = _drivers(tokens, positions, values, lexicon, "vader") if drivers and values else []
    compound_adjusted = compound
    if adjusted:
        items = _default_adjustments() if adjustments is None else tuple(sorted(adjustments.items()))
        terms, adjusted_lexicon = _prepared(items)
        if terms and not terms.isdisjoint(tokens.lowers):
            a_positions, a_values = _valences(tokens, adjusted_lexicon)
            compound_adjusted = _summary(a_values, len(tokens.words), tokens.amplifier)[3]
            if drivers:
                found += _drivers(tokens, a_positions, a_values, adjusted_lexicon, "news_adjustment", only=terms)
    return SentimentScore(neg, neu, pos, compound, compound_adjusted, tuple(found))


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
        return (text if word_tokens(text) else "", "")
    reporter, quoted, at = [], [], 0
    for q_start, q_end in cuts:
        if q_start > at:
            reporter.append(text[at:q_start])
        quoted.append(text[max(at, q_start):q_end])
        at = max(at, q_end)
    reporter.append(text[at:])
    reporter_text = " ".join(piece.strip() for piece in reporter if piece.strip())
    quoted_text = " ".join(piece.strip() for piece in quoted if piece.strip())
    return (reporter_text if word_tokens(reporter_text) else "", quoted_text if word_tokens(quoted_text) else "")


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
    quotes = sorted(doc.quotes)
    quote_ends = [q_end for _, q_end in quotes]
    for sentence in doc.sentences:
        score = score_text(sentence.text)
        first = bisect_right(quote_ends, sentence.start)  # quote spans are disjoint and ordered
        last = first
        while last < len(quotes) and quotes[last][0] < sentence.end:
            last += 1
        here = quotes[first:last]
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
