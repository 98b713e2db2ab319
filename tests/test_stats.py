"""The bootstrap helpers: percentile_interval is numpy's quantile (nanquantile with NaN) bit for bit."""
from __future__ import annotations

import numpy as np
import pytest

from analysis.stats import CONFIDENCE, percentile_interval, sentence_resamples

ALPHA = (1 - CONFIDENCE) / 2


def _reference_interval(samples: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """numpy's own quantile, nanquantile where a sample is NaN, always on every column."""
    quantile = np.nanquantile if np.isnan(samples).any() else np.quantile
    with np.errstate(all="ignore"):
        bounds = quantile(samples, [ALPHA, 1 - ALPHA], axis=0)
    return bounds[0], bounds[1]


def _same(a: object, b: object) -> bool:
    a, b = np.asarray(a), np.asarray(b)
    return type(a) is type(b) and a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _samples(rng: np.random.Generator, kind: int, shape: tuple[int, ...]) -> np.ndarray:
    if kind == 0:  # continuous
        return rng.normal(size=shape)
    if kind == 1:  # many ties, both signs
        return rng.integers(-3, 4, size=shape) / 7.0
    if kind == 2:  # zeros of both signs (negative zero must go to numpy)
        return np.where(rng.random(shape) < 0.5, -0.0, 0.0) + np.where(rng.random(shape) < 0.2, 1.0, -0.0)
    if kind == 3:  # infinities
        a = rng.normal(size=shape)
        a[rng.random(shape) < 0.1] = np.inf
        a[rng.random(shape) < 0.1] = -np.inf
        return a
    a = rng.normal(size=shape)  # NaN in some columns (nanquantile)
    a[rng.random(shape) < 0.05] = np.nan
    return a


@pytest.mark.parametrize("kind", range(5))
def test_percentile_interval_equals_numpy_quantile_bit_for_bit(kind):
    rng = np.random.default_rng(kind)
    for n in (1, 2, 3, 40, 2000):
        for shape in ((n,), (n, 1), (n, 16)):
            samples = _samples(rng, kind, shape)
            low, high = percentile_interval(samples)
            ref_low, ref_high = _reference_interval(samples)
            assert _same(low, ref_low) and _same(high, ref_high), (kind, shape)


def test_percentile_interval_on_real_resamples():
    """The shapes and values the scorers pass: weights @ values over an article's resamples."""
    rng = np.random.default_rng(7)
    for n_sentences in (1, 2, 5, 33, 120):
        weights = sentence_resamples(f"a{n_sentences}", n_sentences)
        counts = rng.integers(0, 3, size=(n_sentences, 16)).astype(float)
        words = rng.integers(0, 40, size=n_sentences).astype(float)
        compounds = np.round(rng.uniform(-1, 1, size=n_sentences), 4)
        with np.errstate(divide="ignore", invalid="ignore"):
            for samples in (weights @ (counts > 0) / n_sentences, 1000.0 * (weights @ counts) / (weights @ words)[:, None],
                            weights @ compounds / weights.sum(axis=1)):
                low, high = percentile_interval(samples)
                ref_low, ref_high = _reference_interval(samples)
                assert _same(low, ref_low) and _same(high, ref_high)
