"""Issue 11's speed round, scoring side: each faster form gives what the straightforward code gives.

The straightforward forms are written out here (numpy's own quantile, the token test character by
character, the body split twice) and compared on parametrised tables, bit for bit where floats.
"""
from __future__ import annotations

import random
import re
import sys
from dataclasses import astuple

import numpy as np
import pytest

from analysis.corpus import english_share, function_word_share, lettered_words
from analysis.lexicon import compile_lexicon
from analysis.readability import counts, sentence_counts
from analysis.segment import words
from analysis.stats import CONFIDENCE, count_percentile_interval, percentile_interval, sentence_resamples
from tests import fixture_texts as T

ALPHA = (1 - CONFIDENCE) / 2


def _numpy_interval(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    with np.errstate(all="ignore"):
        quantile = np.nanquantile if np.isnan(samples).any() else np.quantile
        bounds = quantile(samples, [ALPHA, 1 - ALPHA], axis=0)
    return bounds[0], bounds[1]


def _same(a: object, b: object) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _carrying(n_sentences: int, n_columns: int, seed: int, share: float) -> np.ndarray:
    """Resampled counts of carrying sentences, as frame_scores forms them."""
    rng = np.random.default_rng(seed)
    carrying = (rng.random((n_sentences, n_columns)) < share).astype(float)
    return sentence_resamples(f"speed15-{seed}", n_sentences) @ carrying


@pytest.mark.parametrize(
    "counts, divisor",
    [
        (_carrying(1, 3, 0, 0.5), 1),  # one sentence: every resample the same
        (_carrying(2, 5, 1, 0.5), 2),
        (_carrying(7, 16, 2, 0.3), 7),
        (_carrying(37, 16, 3, 0.2), 37),  # a benchmark article's size
        (_carrying(37, 1, 4, 0.9), 37),
        (_carrying(280, 9, 5, 0.05), 280),  # a long article, rare frames
        (np.zeros((2000, 4)), 11),  # no carrying sentence at all
        (np.full((2000, 2), 5.0), 5),  # every resample the same count
        (np.arange(2000.0).reshape(2000, 1) % 17, 3),  # every count value between the bounds
        (np.array([[0.0, 3.0], [1.0, 3.0], [2.0, 3.0], [2.0, 0.0]]), 4),  # a handful of resamples
        (np.array([[4.0]]), 4),  # one resample: numpy's own code answers
        (np.array([[0.5, 1.0], [1.5, 2.0], [0.0, 3.0]]), 2),  # not whole numbers: percentile_interval answers
        (np.array([[-1.0, 1.0], [1.0, 2.0], [0.0, 3.0]]), 2),  # negative: percentile_interval answers
        (np.zeros((2000, 0)), 3),  # no columns
    ],
)
def test_count_interval_equals_numpy_quantile_of_the_shares(counts, divisor):
    low, high = count_percentile_interval(counts, divisor)
    ref_low, ref_high = _numpy_interval(counts / divisor)
    assert _same(low, ref_low) and _same(high, ref_high)


@pytest.mark.parametrize("seed", range(6))
def test_count_interval_on_random_articles(seed):
    rng = np.random.default_rng(seed)
    for _ in range(20):
        n_sentences = int(rng.integers(1, 120))
        counts = _carrying(n_sentences, int(rng.integers(1, 17)), int(rng.integers(1 << 30)), float(rng.uniform(0.01, 0.9)))
        low, high = count_percentile_interval(counts, n_sentences)
        ref_low, ref_high = _numpy_interval(counts / n_sentences)
        assert _same(low, ref_low) and _same(high, ref_high), n_sentences


@pytest.mark.parametrize(
    "samples",
    [
        np.array([0.25, -0.5]),  # two samples
        np.linspace(-1.0, 1.0, 2000),
        np.round(np.random.default_rng(1).uniform(-1, 1, 2000), 4),  # sentiment means: ties, both signs
        np.where(np.arange(2000) % 3 == 0, -0.0, 0.0),  # negative zeros under both bounds: numpy answers
        np.concatenate([np.full(100, -0.0), np.full(1900, 0.0)]),  # the low bound on a negative zero
        np.concatenate([np.full(60, -np.inf), np.zeros(1880), np.full(60, np.inf)]),  # infinities at both ends
        np.concatenate([np.full(50, -np.inf), np.ones(1950)]),  # a bound between -inf and a number
        np.random.default_rng(2).normal(size=(2000, 16)),
        np.random.default_rng(3).integers(0, 5, size=(2000, 3)) / 7.0,
        np.array([[1.0, np.nan], [2.0, 3.0], [4.0, 5.0]]),  # NaN: nanquantile
        np.array([3.0]),  # one sample: numpy's own code
    ],
)
def test_percentile_interval_short_path_equals_numpy(samples):
    low, high = percentile_interval(samples)
    ref_low, ref_high = _numpy_interval(samples)
    assert _same(low, ref_low) and _same(high, ref_high)
    assert type(low) is type(ref_low)  # a scalar for 1-D samples, an array per column for 2-D


@pytest.mark.parametrize(
    "text",
    [T.EMPTY, T.WHITESPACE, T.ALL_CAPS, T.CURLY, T.STRAIGHT, T.PROMOS, T.DATELINE, T.NON_ENGLISH,
     "Samsung 72.2 20.3% shipped 83.3m units; \u00bd of 1,00,000 said 3rd-quarter \u0663\u0664 U.S.",
     "Caf\u00e9 \u2162 \u00b2 x\u00b2 \u2460 Ko\u0308ln 99bn 9\u00bd"],
)
def test_lettered_words_equal_the_character_test(text):
    slow = [token.lower() for token in words(text) if any(c.isalpha() for c in token)]
    assert lettered_words(text) == slow
    assert function_word_share(lettered_words(text)) == english_share(text)


def _textstat_letters(text: str) -> int:
    return len(re.sub(r"\W", "", text))


@pytest.mark.parametrize(
    "text",
    ["", "   ", "It's the troops' 'last' day, isn't it?", "don't won't they'd we've you'll they're 'tis",
     "snake_case and 3.5% of \u00bd", "Ko\u0308ln caf\u00e9 \u00e9t\u00e9 \u2019s \u2018q\u2019",
     "a\u00a0b\u2003c\u2028d\x1ce\x85f", T.ALL_CAPS, T.CURLY, T.STRAIGHT, T.PROMOS, T.NON_ENGLISH],
)
def test_readability_counts_equal_textstat_counting(text):
    """The letters from the cleaned words equal textstat's count (every word character of the text)."""
    c = counts(text, sentences=1)
    assert c.letters == _textstat_letters(text)
    assert c.words == len(re.sub(r"[^\w\s']", "", re.sub(r"'(?![tsd]|ve|ll|re)", "", text)).split())
    assert sentence_counts([text]).tolist() == [[float(v) for v in astuple(c)]]


def test_readability_letters_over_every_character():
    characters = [chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF]
    rng = random.Random(11)
    rng.shuffle(characters)
    for start in range(0, len(characters), 997):
        text = "".join(characters[start:start + 997]) + " it's 'x' "
        assert counts(text, sentences=1).letters == _textstat_letters(text)


def _entries_one_lexicon_at_a_time(dispatch, key):
    """What the dispatch tries where ``key`` starts, asked of each lexicon in turn (the plain form)."""
    run = key.partition("-")[0]
    out = []
    for i, lexicon in enumerate(dispatch.lexicons):
        groups = [lexicon._exact[run]] if run in lexicon._exact else []
        groups += [group for prefix, group in lexicon._prefixes if run.startswith(prefix)]
        groups += [group for _test, group, known in lexicon._classes if known[run[0]]]
        if len(groups) == 1:
            out.append((i, groups[0], None))
        elif groups:
            out.append((i, None, tuple(groups)))
    return tuple(out)


def test_dispatch_entries_equal_each_lexicon_asked_in_turn():
    from analysis.framing import load_codebook
    from analysis.lexicon import _Dispatch, _Tokens
    from tests.test_lexicon import ODD_INDICATORS, corpus_texts

    codebook = load_codebook()
    odd = compile_lexicon("odd", ODD_INDICATORS)
    lexicons = [codebook.lexicons[frame.id] for frame in codebook.frames]
    keys = {key for _name, text in corpus_texts() for key in _Tokens(text).keys}
    # every probe's own key, and words one letter longer or shorter than a prefix
    keys |= {indicator.text.split()[0].lower().rstrip("*") for lexicon in (*lexicons, odd) for indicator in lexicon.indicators if indicator.text[:1].isascii() and indicator.text[:1].isalnum()}
    keys |= {key + "s" for key in list(keys)} | {key[:-1] for key in keys if len(key) > 1} | {"9", "0x", "_a", "de-escalation"}
    for dispatch in (_Dispatch(lexicons), _Dispatch([odd, *lexicons[:3], odd])):
        for key in sorted(keys):
            assert dispatch.entries(key) == _entries_one_lexicon_at_a_time(dispatch, key), key
    assert sum(len(_entries_one_lexicon_at_a_time(dispatch, key)) > 1 for key in keys) > 50  # keys that several lexicons share


@pytest.mark.parametrize(
    "text",
    ["", " ", '"', ' -- "!" ', "...", "3", "_", "__ -- __", "1,000", "'s", "\u201c\u201d", "\u00bd", "\u0663",
     "Ko\u0308ln", "\u2014 \u2019", T.WHITESPACE, T.CURLY, T.NON_ENGLISH],
)
def test_has_words_is_whether_words_finds_any(text):
    from analysis.segment import has_words

    assert has_words(text) is bool(words(text))


def test_has_words_over_random_marks():
    from analysis.segment import has_words

    rng = random.Random(5)
    pool = list(" \n\t\"'\u201c\u201d\u2019.,;:!?-\u2014_()[]#$%") + ["a", "7", "\u00e9", "\u00bd", "\u0301"]
    for _ in range(3000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 8)))
        assert has_words(text) is bool(words(text)), text
