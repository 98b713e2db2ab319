"""Small statistics shared by the measures: a seeded, deterministic percentile bootstrap.

Examples
--------
>>> lo, hi = bootstrap_ci([0, 1, 1, 0, 1, 1, 1, 0], seed="a1")
>>> 0.2 <= lo <= 0.625 <= hi <= 1.0
True
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from typing import Callable, Sequence

import numpy as np

N_RESAMPLES = 2000
CONFIDENCE = 0.95


def mean(values: Sequence[float]) -> float:
    """The arithmetic mean, ``nan`` for no values (an empty group has no mean, not 0).

    Summed left to right in Python floats, so a row's mean does not depend on numpy's pairwise
    summation.

    Examples
    --------
    >>> mean([0.5, -0.25, 0.0]), mean([])
    (0.08333333333333333, nan)
    """
    return sum(values) / len(values) if values else float("nan")


def seed_for(*parts: object) -> int:
    """A stable 32-bit seed from any labels (article id, measure name): same labels, same seed.

    Examples
    --------
    >>> seed_for("abplive-1513226", "conflict") == seed_for("abplive-1513226", "conflict")
    True
    """
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return int.from_bytes(digest[:4], "little")


def bootstrap_ci(
    values: Sequence[float] | np.ndarray,
    statistic: Callable[[np.ndarray], np.ndarray] | None = None,
    *,
    seed: object = 0,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
) -> tuple[float, float]:
    """Percentile bootstrap interval of ``statistic`` (default: the mean) over ``values``.

    Resamples units (sentences) with replacement; ``statistic`` receives a 2-D array (one
    resample per row) and returns one value per row. ``seed`` may be any label: it is hashed
    with :func:`seed_for`, so intervals are identical on every machine. Empty input gives
    ``(nan, nan)``; a single value gives a zero-width interval.

    Examples
    --------
    >>> bootstrap_ci([])
    (nan, nan)
    >>> bootstrap_ci([2.0])
    (2.0, 2.0)
    >>> bootstrap_ci([1, 2, 3], seed="x") == bootstrap_ci([1, 2, 3], seed="x")
    True
    """
    data = np.asarray(values, dtype=float)
    if data.size == 0:
        return (float("nan"), float("nan"))
    if data.size == 1:
        return (float(data[0]), float(data[0]))
    rng = np.random.default_rng(seed if isinstance(seed, int) else seed_for(seed))
    idx = rng.integers(0, data.size, size=(n_resamples, data.size))
    samples = data[idx]
    stats = samples.mean(axis=1) if statistic is None else np.asarray(statistic(samples), dtype=float)
    alpha = (1 - confidence) / 2
    low, high = np.quantile(stats, [alpha, 1 - alpha])
    return (float(low), float(high))


def resample_weights(n_units: int, *, seed: object = 0, n_resamples: int = N_RESAMPLES) -> np.ndarray:
    """How many times each unit is drawn in each bootstrap resample: an ``(n_resamples, n_units)`` array.

    Each resample draws ``n_units`` units with replacement; counting the draws turns a statistic
    that is a sum over units into one matrix product for many measures at once
    (``weights @ values``). Seeded like :func:`bootstrap_ci`.

    Examples
    --------
    >>> w = resample_weights(4, seed="a", n_resamples=3)
    >>> w.shape, w.sum(axis=1).tolist()
    ((3, 4), [4.0, 4.0, 4.0])
    """
    rng = np.random.default_rng(seed if isinstance(seed, int) else seed_for(seed))
    if n_units == 0:
        return np.zeros((n_resamples, 0))
    # Draw the units uniformly, then count them per resample with one bincount: several times
    # faster than numpy's multinomial sampler or integer draws for sentence-sized inputs.
    draws = (rng.random((n_resamples, n_units)) * n_units).astype(np.intp)
    draws += np.arange(n_resamples, dtype=np.intp)[:, None] * n_units
    return np.bincount(draws.ravel(), minlength=n_resamples * n_units).reshape(n_resamples, n_units).astype(float)


@lru_cache(maxsize=8)
def _sentence_weights(article_id: str, n_sentences: int) -> np.ndarray:
    weights = resample_weights(n_sentences, seed=seed_for(article_id, "sentences"))
    weights.flags.writeable = False
    return weights


def sentence_resamples(article_id: str, n_sentences: int) -> np.ndarray:
    """The article's bootstrap resamples of its sentences, shared by every interval of the article.

    Framing shares and rates, readability and voice sentiment all resample the same units (the
    article's sentences), so one read-only ``(2000, n_sentences)`` weight matrix, seeded by the
    article id, serves them all: each interval costs a matrix product, not a new draw.

    Examples
    --------
    >>> w = sentence_resamples("a1", 5)
    >>> w.shape, bool((w.sum(axis=1) == 5).all()), w is sentence_resamples("a1", 5)
    ((2000, 5), True, True)
    """
    return _sentence_weights(str(article_id), int(n_sentences))


def percentile_interval(samples: np.ndarray, *, confidence: float = CONFIDENCE) -> tuple[np.ndarray, np.ndarray]:
    """Lower and upper percentile bounds of bootstrap ``samples`` along axis 0 (NaN samples ignored).

    The bounds are ``np.quantile(samples, [alpha, 1 - alpha], axis=0)`` (``np.nanquantile`` when a
    sample is NaN), bit for bit. Float samples without NaN or negative zero take a faster way to
    the same numbers (:func:`linear_quantiles`).

    Examples
    --------
    >>> low, high = percentile_interval(np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]]))
    >>> np.round(low, 6).tolist(), np.round(high, 6).tolist()
    ([0.05, 1.0], [1.95, 1.0])
    """
    alpha = (1 - confidence) / 2
    quantiles = np.array([alpha, 1 - alpha])
    with np.errstate(all="ignore"):
        if _plain_floats(samples):
            bounds = linear_quantiles(samples, quantiles)
        else:
            quantile = np.nanquantile if np.isnan(samples).any() else np.quantile  # nanquantile is slow
            bounds = quantile(samples, quantiles, axis=0)
    return bounds[0], bounds[1]


def _plain_floats(samples: np.ndarray) -> bool:
    """Float64 samples, at least one along axis 0, none NaN and none negative zero."""
    return (
        isinstance(samples, np.ndarray) and samples.dtype == np.float64 and samples.ndim >= 1 and samples.shape[0] > 0
        and not np.isnan(samples).any() and not np.signbit(samples[samples == 0]).any()
    )


def linear_quantiles(samples: np.ndarray, quantiles: np.ndarray) -> np.ndarray:
    """``np.quantile(samples, quantiles, axis=0)`` (the default ``linear`` method) by sorting.

    numpy finds the two order statistics around each quantile with ``np.partition`` (and also
    the minimum and maximum), which for a ``(2000, k)`` array of bootstrap samples is several
    times slower than sorting a contiguous copy of each column. The order statistics are the
    same numbers either way, since equal floats are the same bits except for the sign of zero
    and NaN (callers exclude both: :func:`percentile_interval` leaves them to numpy), and the
    interpolation between them below is numpy's own (``numpy.lib._function_base_impl``:
    ``_quantile``, ``_get_indexes``, ``_get_gamma``, ``_lerp``), operation for operation, so
    the result is identical.

    Examples
    --------
    >>> x = np.array([[3.0, 0.5], [1.0, 0.25], [2.0, 0.75], [5.0, 1.0]])
    >>> q = np.array([0.025, 0.5, 0.975])
    >>> bool((linear_quantiles(x, q) == np.quantile(x, q, axis=0)).all())
    True
    """
    n = samples.shape[0]
    ordered = np.moveaxis(samples, 0, -1).copy()  # each column contiguous: sorts fastest
    ordered.sort(axis=-1)
    virtual = (n - 1) * quantiles
    previous = np.floor(virtual)
    following = previous + 1
    above = virtual >= n - 1
    previous[above] = following[above] = -1
    below = virtual < 0
    previous[below] = following[below] = 0
    previous_indexes, following_indexes = previous.astype(np.intp), following.astype(np.intp)
    gamma = np.asarray(virtual - previous_indexes).reshape(virtual.shape + (1,) * (samples.ndim - 1))
    low = np.moveaxis(ordered[..., previous_indexes], -1, 0)
    high = np.moveaxis(ordered[..., following_indexes], -1, 0)
    difference = high - low
    result = np.add(low, difference * gamma)
    np.subtract(high, difference * (1 - gamma), out=result, where=gamma >= 0.5, casting="unsafe", dtype=result.dtype)
    return result
