"""Readability: textstat's standard formulas on the cleaned body, computed from counts.

Six formulas, as textstat 0.7.13 defines them for ``en_US``: Flesch reading ease,
Flesch-Kincaid grade, Gunning fog, SMOG, Coleman-Liau and (new) Dale-Chall. They are scored on
``doc.body`` (promo lines and the dateline already removed), with syllables from the CMU
Pronouncing Dictionary (the offline copy built by :mod:`analysis.resources`) and Pyphen's
hyphenation for words it lacks, exactly as textstat does.

textstat re-tokenises the text for every formula and looks syllables up word by word; here the
text is tokenised once with compiled regexes (textstat's own patterns), syllables are cached
per word, and every formula is computed from the counts (:class:`Counts`). The tests prove the
numbers equal textstat's (:func:`textstat_reference`). Flesch reading ease also gets a seeded
bootstrap 95% interval that resamples the article's sentences.

Empty text scores 0.0 on every formula. textstat's own conventions are kept even where odd:
a sentence of one or two words is not counted, and any non-empty text has at least one
sentence, so whitespace-only text gets SMOG's constant 3.1291.

Examples
--------
>>> r = readability("The cat sat on the mat. It was happy there.")
>>> r["flesch_reading_ease"], r["words"], r["sentences"], r["syllables"]
(108.70000000000002, 10, 2, 11)
>>> readability("")["flesch_reading_ease"]
0.0
"""
from __future__ import annotations

import re
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Sequence

import numpy as np

from .document import Document
from .scoring import Scorer
from .resources import cmu_syllable_counts, use_offline_nltk_data
from .stats import percentile_interval, sentence_resamples

#: textstat's language setting; its syllable dictionary, hyphenator and easy-word list.
LANG = "en_US"
FORMULAS = (
    "flesch_reading_ease", "flesch_kincaid_grade", "gunning_fog", "smog_index", "coleman_liau_index",
    "dale_chall_readability_score",
)

# The patterns of textstat 0.7.13's remove_punctuation (rm_apostrophe=False) and count_sentences.
_NONCONTRACTION_APOSTROPHE = re.compile(r"\'(?![tsd]|ve|ll|re)")
_PUNCT_KEEP_APOSTROPHE = re.compile(r"[^\w\s\']")
_NOT_WORD_CHAR = re.compile(r"\W")  # count_letters: drops \s, then [^\w\s]: together, \W
_SENTENCE = re.compile(r"\b[^.!?]+[.!?]*", re.UNICODE)


@dataclass(frozen=True)
class Counts:
    """What every formula needs, counted once the way textstat counts it."""

    words: int
    sentences: int
    syllables: int
    letters: int
    polysyllables: int  # words of 3+ syllables (SMOG)
    fog_difficult: int  # words of 3+ syllables not on the easy-word list (Gunning fog)
    dale_difficult: int  # words not on the easy-word list (Dale-Chall)


def _clean(text: str) -> str:
    """textstat's ``remove_punctuation(text, rm_apostrophe=False)``."""
    if "'" in text:  # without an apostrophe the first pattern has nothing to remove
        text = _NONCONTRACTION_APOSTROPHE.sub("", text)
    return _PUNCT_KEEP_APOSTROPHE.sub("", text)


def _words(text: str) -> list[str]:
    """textstat's ``list_words(text)``: punctuation removed (contraction apostrophes kept), split."""
    return _clean(text).split()


@lru_cache(maxsize=1)
def _resources() -> tuple[dict[str, int], object]:
    """The CMU syllable counts and textstat's hyphenator (Pyphen for ``en_US``, as textstat builds it)."""
    import pyphen

    return cmu_syllable_counts(), pyphen.Pyphen(lang=LANG)


def _dale_chall_difficult(lower: str) -> bool:
    """Not on textstat's Dale-Chall easy-word list (what ``textstat.is_difficult_word`` decides at
    ``syllable_threshold=0``, where only the list counts: ``tests/test_readability.py`` checks they agree)."""
    return lower not in _easy_words()


@lru_cache(maxsize=1)
def _easy_words() -> frozenset[str]:
    """The easy-word list textstat ships for English, read as package data with ``importlib.resources``.

    Asking ``textstat.is_difficult_word`` word by word gives the same answers, but it counts each
    word's syllables too: 0.32 ms per distinct word (0.77 s CPU per process for the bench corpus's
    2,406 words), several seconds on a real corpus's vocabulary.
    """
    from importlib.resources import files

    with files("textstat").joinpath("resources", "en", "easy_words.txt").open(encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle)


_RAW_SYLLABLES: dict[str, int] = {}
_WORD_SYLLABLES: dict[str, int] = {}


def _raw_syllables(word: str) -> int:
    """Syllables of one lower-case word: CMU vowel phones, else Pyphen positions + 1 (textstat)."""
    count = _RAW_SYLLABLES.get(word)
    if count is None:
        cmu, pyphen = _resources()
        count = cmu.get(word)  # type: ignore[assignment]
        if count is None:
            count = len(pyphen.positions(word)) + 1  # type: ignore[attr-defined]
        _RAW_SYLLABLES[word] = count
    return count


def syllables(word: str) -> int:
    """textstat's ``count_syllables`` for one word (cached).

    Examples
    --------
    >>> syllables("Ukraine"), syllables("de-escalation"), syllables("")
    (2, 3, 0)
    """
    count = _WORD_SYLLABLES.get(word)
    if count is None:
        count = sum(map(_raw_syllables, _clean(word).lower().split())) if word else 0
        _WORD_SYLLABLES[word] = count
    return count


def count_sentences(text: str) -> int:
    """textstat's sentence count: regex pieces with more than two words, at least 1 (0 if empty).

    Note textstat's rule: a sentence of one or two words ("Troops left.") is not counted.

    Examples
    --------
    >>> count_sentences("Troops left. Yes. The talks go on."), count_sentences("")
    (1, 0)
    """
    if not text:
        return 0
    pieces = _SENTENCE.findall(text)
    return max(1, sum(len(_words(piece)) > 2 for piece in pieces))


_WORD_INFO: dict[str, tuple[int, int, int, int]] = {}


def _word_info(word: str) -> tuple[int, int, int, int]:
    """(syllables of the lower-cased word, polysyllable?, Dale-Chall difficult?, fog difficult?)."""
    info = _WORD_INFO.get(word)
    if info is None:
        lower = word.lower()
        dale = _dale_chall_difficult(lower)
        info = (_raw_syllables(lower), int(syllables(word) >= 3), int(dale), int(dale and syllables(lower) >= 3))
        _WORD_INFO[word] = info
    return info


def counts(text: str, *, sentences: int | None = None) -> Counts:
    """All counts the formulas need, in one pass over the words (per-word facts cached).

    ``sentences`` replaces textstat's own sentence count (:func:`count_sentences`) when given:
    the articles' scores use the workbook's sentences (:func:`readability_tables`).

    Examples
    --------
    >>> counts("Diplomacy continues. Troops returned to base.")
    Counts(words=6, sentences=1, syllables=12, letters=38, polysyllables=2, fog_difficult=2, dale_difficult=4)
    >>> counts("Diplomacy continues. Troops returned to base.", sentences=2).sentences
    2
    """
    return Counts(*_count_values(text, sentences))


def _count_values(text: str, sentences: int | None) -> tuple[int, int, int, int, int, int, int]:
    """The fields of :class:`Counts` for ``text``, in order (:func:`counts` without the dataclass:
    :func:`sentence_counts` needs the plain values, one tuple per sentence)."""
    cleaned = _clean(text)
    words = cleaned.split()
    get = _WORD_INFO.get
    infos = [get(word) or _word_info(word) for word in words]
    n_syllables, poly, dale, fog = (sum(column) for column in zip(*infos)) if infos else (0, 0, 0, 0)
    # len(_NOT_WORD_CHAR.sub("", text)), textstat's letters, without a third pass: cleaning keeps
    # every word character and leaves only spaces (what split() drops) and apostrophes beside them
    letters = sum(map(len, words)) - cleaned.count("'")
    n_sentences = count_sentences(text) if sentences is None else sentences
    return (len(words), n_sentences, n_syllables, letters, poly, fog, dale)


def formulas(c: Counts) -> dict[str, float]:
    """textstat 0.7.13's six formulas from counts (same operations, same zero-division answers).

    Examples
    --------
    >>> formulas(Counts(0, 0, 0, 0, 0, 0, 0))["smog_index"]
    0.0
    """
    wps = c.words / c.sentences if c.sentences else 0.0
    spw = c.syllables / c.words if c.words else 0.0
    out: dict[str, float] = {}
    if wps == 0 or spw == 0:
        out["flesch_reading_ease"] = 0.0
        out["flesch_kincaid_grade"] = 0.0
    else:
        out["flesch_reading_ease"] = 206.835 - 1.015 * wps - 84.6 * spw
        out["flesch_kincaid_grade"] = (0.39 * wps) + (11.8 * spw) - 15.59
    out["gunning_fog"] = 0.4 * (wps + 100 * c.fog_difficult / c.words) if c.words else 0.0
    out["smog_index"] = (1.043 * (30 * (c.polysyllables / c.sentences)) ** 0.5) + 3.1291 if c.sentences else 0.0
    letters = (c.letters / c.words if c.words else 0.0) * 100
    sentences = (c.sentences / c.words if c.words else 0.0) * 100
    out["coleman_liau_index"] = 0.0 if letters == 0 or sentences == 0 else (0.058 * letters) - (0.296 * sentences) - 15.8
    if c.words:
        per_difficult = 100 * c.dale_difficult / c.words
        score = (0.1579 * per_difficult) + (0.0496 * wps)
        out["dale_chall_readability_score"] = score + 3.6365 if per_difficult > 5 else score
    else:
        out["dale_chall_readability_score"] = 0.0
    return out


def readability(text: str) -> dict[str, float]:
    """The six formulas and the counts behind them for ``text`` (0.0 for empty text, as textstat).

    Examples
    --------
    >>> readability("Russia said troops were leaving.")["flesch_kincaid_grade"]
    2.879999999999999
    """
    c = counts(text)
    return {**formulas(c), "words": c.words, "sentences": c.sentences, "syllables": c.syllables}


def textstat_reference(text: str) -> dict[str, float]:
    """The same six numbers from textstat itself: the slow reference path.

    Examples
    --------
    >>> textstat_reference("Russia said troops were leaving.")["flesch_kincaid_grade"]
    2.879999999999999
    """
    use_offline_nltk_data()
    import textstat

    return {name: getattr(textstat, name)(text) for name in FORMULAS}


def flesch_from_totals(totals: np.ndarray) -> np.ndarray:
    """Flesch reading ease from rows of summed (words, sentences, syllables), textstat's way.

    Each row is one bootstrap resample's totals; a zero count gives 0.0, as textstat does.

    Examples
    --------
    >>> [round(float(v), 3) for v in flesch_from_totals(np.array([[30.0, 2.0, 42.0], [40.0, 2.0, 60.0]]))]
    [73.17, 59.635]
    """
    w, s, y = totals[:, 0], totals[:, 1], totals[:, 2]
    with np.errstate(divide="ignore", invalid="ignore"):
        wps = np.where(s > 0, w / s, 0.0)
        spw = np.where(w > 0, y / w, 0.0)
    return np.where((wps == 0) | (spw == 0), 0.0, 206.835 - 1.015 * wps - 84.6 * spw)


READABILITY_COLUMNS = ("article_id", *FORMULAS, "flesch_low", "flesch_high", "words", "sentences", "syllables")


def sentence_counts(sentences: Sequence[str]) -> np.ndarray:
    """One row per sentence: its counts as textstat counts them, with a sentence count of 1.

    Columns follow :class:`Counts` (words, sentences, syllables, letters, polysyllables,
    fog_difficult, dale_difficult). Summing the rows gives the article's counts over the
    workbook's own sentences; a bootstrap resample is a weighted sum of the same rows.

    Examples
    --------
    >>> sentence_counts(["Troops left.", "The talks go on."]).tolist()
    [[2.0, 1.0, 2.0, 10.0, 0.0, 0.0, 1.0], [4.0, 1.0, 4.0, 12.0, 0.0, 0.0, 1.0]]
    >>> sentence_counts([]).shape
    (0, 7)
    """
    rows = [_count_values(text, 1) for text in sentences]  # the values of counts(text, sentences=1), in field order
    return np.array(rows, dtype=float).reshape(-1, len(fields(Counts)))


def readability_tables(doc: Document) -> dict[str, list[dict[str, object]]]:
    """One ``readability`` row per article and its Flesch score on ``articles`` (pipeline scorer).

    The score and its interval come from the same sentences: the workbook's
    (``doc.sentences``). Each sentence brings its words, syllables and the other counts as
    textstat counts them, and the article's sentence count is the number of its sentences, not
    textstat's regular-expression count (which joins paragraphs without a full stop, such as a
    page's headings, into one long "sentence", and drops sentences of one or two words; on a
    real page that gave Flesch 17.8 beside an interval of 45.0-63.0). The interval resamples
    those sentences (:func:`analysis.stats.sentence_resamples`), so the score is exactly the
    interval's statistic on the article as written. Where textstat's count agrees (the seeds),
    every formula equals textstat's.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, "The cat sat on the mat. It was happy there.")
    >>> row = readability_tables(d)["readability"][0]
    >>> row["flesch_reading_ease"], row["flesch_low"] <= row["flesch_reading_ease"] <= row["flesch_high"]
    (108.70000000000002, True)
    """
    per_sentence = sentence_counts([s.text for s in doc.sentences])
    totals = per_sentence.sum(axis=0) if len(per_sentence) else np.zeros(per_sentence.shape[1])
    article = Counts(*(int(v) for v in totals))
    scores = {**formulas(article), "words": article.words, "sentences": article.sentences, "syllables": article.syllables}
    if len(per_sentence):
        flesch = per_sentence[:, :3]  # words, sentences, syllables
        low_arr, high_arr = percentile_interval(flesch_from_totals(sentence_resamples(doc.article_id, len(flesch)) @ flesch))
        low, high = float(low_arr), float(high_arr)
    else:
        low = high = float("nan")
    row = {"article_id": doc.article_id, **scores, "flesch_low": low, "flesch_high": high}
    return {"readability": [row], "articles": [{"article_id": doc.article_id, "flesch_reading_ease": scores["flesch_reading_ease"]}]}


#: The pipeline scorer (registered in :func:`analysis.pipeline.registered_scorers`).
READABILITY = Scorer("readability", readability_tables, {"readability": READABILITY_COLUMNS, "articles": ("article_id", "flesch_reading_ease")})
