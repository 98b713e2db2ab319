"""Issue 11's speed round, scoring side: each faster form gives what the straightforward code gives.

The straightforward forms are written out here (numpy's own quantile, the token test character by
character, the body split twice) and compared on parametrised tables, bit for bit where floats.
"""
from __future__ import annotations

import numpy as np
import pytest

from analysis.corpus import english_share, function_word_share, lettered_words
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
