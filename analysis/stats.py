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
from typing import Sequence

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
    *,
    seed: object = 0,
    n_resamples: int = N_RESAMPLES,
    confidence: float = CONFIDENCE,
) -> tuple[float, float]:
    """Percentile bootstrap interval of the mean of ``values``: the scorers' bootstrap.

    The units are resampled with replacement by :func:`resample_weights` and the bounds are
    :func:`percentile_interval`'s, the same two steps every interval of the pipeline takes
    (one bootstrap in the workbook, not two). ``seed`` may be any label: it is hashed with
    :func:`seed_for`, so intervals are identical on every machine. Empty input gives
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
    means = resample_weights(data.size, seed=seed, n_resamples=n_resamples) @ data / data.size
    low, high = percentile_interval(means, confidence=confidence)
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

    ``np.quantile(samples, [alpha, 1 - alpha], axis=0)`` (the default ``linear`` method), or
    ``np.nanquantile`` when a sample is NaN (it is several times slower, so only then), bit for
    bit. For the scorers' shapes (float samples without NaN, 1 or 2 dimensions) the same numbers
    come from :func:`_linear_quantiles`: one ``np.partition`` at the four order statistics the
    two bounds need, then numpy's interpolation, without the general function's overhead (about
    40 us a call on a ``(2000,)`` array against 10; ``tests/test_stats.py`` compares them bit
    for bit, negative zeros and infinities included).

    Examples
    --------
    >>> low, high = percentile_interval(np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0]]))
    >>> np.round(low, 6).tolist(), np.round(high, 6).tolist()
    ([0.05, 1.0], [1.95, 1.0])
    >>> percentile_interval(np.array([[np.nan], [1.0], [3.0]]))
    (array([1.05]), array([2.95]))
    """
    alpha = (1 - confidence) / 2
    with np.errstate(all="ignore"):
        if np.isnan(samples).any():
            bounds = np.nanquantile(samples, [alpha, 1 - alpha], axis=0)
        else:
            bounds = _linear_quantiles(samples, confidence)
            if bounds is None:
                bounds = np.quantile(samples, [alpha, 1 - alpha], axis=0)
    return bounds[0], bounds[1]


def count_percentile_interval(counts: np.ndarray, divisor: int, *, confidence: float = CONFIDENCE) -> tuple[np.ndarray, np.ndarray]:
    """:func:`percentile_interval` of ``counts / divisor`` for an ``(n_resamples, k)`` array of
    whole numbers >= 0 (a resample's carrying sentences), found by counting instead of sorting.

    The order statistics of whole numbers come from a histogram of each column (``np.bincount``),
    and dividing by ``divisor`` > 0 keeps their order and gives the very floats ``counts / divisor``
    holds, so the bounds are the ones :func:`percentile_interval` gives, bit for bit (tested);
    counts that are not whole numbers >= 0 go to it.

    Examples
    --------
    >>> counts = np.array([[0.0, 3.0], [1.0, 3.0], [2.0, 3.0], [2.0, 0.0]])
    >>> low, high = count_percentile_interval(counts, 4)
    >>> low.tolist() == percentile_interval(counts / 4)[0].tolist(), high.tolist()
    (True, [0.5, 0.75])
    """
    n_samples, n_columns = counts.shape
    positions = _quantile_positions(n_samples, confidence)
    whole = counts.astype(np.intp)
    if positions is None or not n_columns or divisor <= 0 or whole.min() < 0 or not np.array_equal(whole, counts):
        return percentile_interval(counts / divisor, confidence=confidence)
    below, gamma = positions
    top = int(whole.max()) + 1
    histogram = np.bincount((whole + np.arange(n_columns) * top).ravel(), minlength=n_columns * top).reshape(n_columns, top)
    cumulative = histogram.cumsum(axis=1)  # cumulative[c, v]: resamples of column c counting v or fewer
    # the j-th smallest count (from 0) is the least v with more than j resamples at or below it
    order = [(cumulative <= j).sum(axis=1) for j in (*below, *(below + 1))]
    values = np.stack(order).astype(float) / divisor
    bounds = _interpolate(values[:2], values[2:], gamma[:, None])
    return bounds[0], bounds[1]


def _quantile_positions(n_samples: int, confidence: float) -> tuple[np.ndarray, np.ndarray] | None:
    """numpy's ``linear`` quantile positions of the two bounds among ``n_samples`` sorted
    samples: the order statistic below each (``floor((n - 1) q)``) and the fraction towards the
    next (``gamma``), computed as numpy computes them; ``None`` where the bound is not between
    two samples (fewer than two samples, a bound at an end: numpy's own code handles those)."""
    alpha = (1 - confidence) / 2
    virtual = (n_samples - 1) * np.asanyarray([alpha, 1 - alpha])
    if n_samples < 2 or not (virtual >= 0).all() or not (virtual < n_samples - 1).all():
        return None
    below = np.floor(virtual)
    return below.astype(np.intp), virtual - below


def _interpolate(below: np.ndarray, above: np.ndarray, gamma: np.ndarray) -> np.ndarray:
    """numpy's interpolation between two order statistics (``numpy.lib._function_base_impl._lerp``,
    copied: the same float operations, so the same bits): ``below + (above - below) * gamma``,
    or ``above - (above - below) * (1 - gamma)`` where ``gamma >= 0.5``."""
    diff = above - below
    out = np.add(below, diff * gamma)
    np.subtract(above, diff * (1 - gamma), out=out, where=gamma >= 0.5)
    return out


def _linear_quantiles(samples: np.ndarray, confidence: float) -> np.ndarray | None:
    """``np.quantile(samples, [alpha, 1 - alpha], axis=0)`` for float samples without NaN, or
    ``None`` where this short path does not apply (numpy's general code then runs).

    One partition at the four order statistics the bounds need (numpy also places the minimum
    and maximum), then numpy's interpolation. Equal floats are the same bits, except zeros: where
    a bound stands on a zero and the samples hold a negative zero, which zero a partition puts
    there could differ from numpy's, so numpy answers.
    """
    if samples.dtype != np.float64 or samples.ndim not in (1, 2) or not samples.size:
        return None
    positions = _quantile_positions(samples.shape[0], confidence)
    if positions is None:
        return None
    below, gamma = positions
    picks = np.unique(np.concatenate((below, below + 1)))
    ordered = np.partition(samples, picks, axis=0)
    low_values, high_values = ordered[below], ordered[below + 1]
    if ((low_values == 0).any() or (high_values == 0).any()) and np.signbit(samples[samples == 0]).any():
        return None
    return _interpolate(low_values, high_values, gamma.reshape((2,) + (1,) * (samples.ndim - 1)))
