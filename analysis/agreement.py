"""Agreement between coders (or a coder and an instrument): Krippendorff's alpha, nominal.

Content analysis checks an instrument against a blind human coder; Krippendorff's alpha is the
reliability coefficient the field uses (alpha >= .800 good, >= .667 the lowest acceptable for
tentative conclusions; Krippendorff 2004, *Content Analysis*, ch. 11). :func:`krippendorff_alpha`
computes it for nominal values from a units x coders table with missing values, through the
coincidence matrix of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability"; the
tests reproduce that paper's worked examples (alpha = 0.095 for two coders on binary data,
0.743 for four coders with missing values). Written here rather than pinned (the ``krippendorff``
package) because it is twenty lines of counting and the workbook needs the per-unit form for
the bootstrap: :func:`alpha_interval` resamples units with a seed (a percentile interval, not
Krippendorff's own bootstrap of pairable values; say so when reporting).

Examples
--------
>>> krippendorff_alpha([[1, 1], [0, 0], [1, 1], [0, 0]])
1.0
>>> krippendorff_alpha([])
nan
"""
from __future__ import annotations

import math
from collections import Counter
from typing import Hashable, Sequence

import numpy as np

Value = Hashable | None


def _is_missing(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def coincidences(units: Sequence[Sequence[Value]]) -> Counter:
    """The coincidence matrix ``{(c, k): o_ck}``: each unit with ``m >= 2`` values adds
    ``1 / (m - 1)`` for every ordered pair of its values coded by different coders.

    Examples
    --------
    >>> sorted(coincidences([["a", "a"], ["a", "b"], ["b", None]]).items())
    [(('a', 'a'), 2.0), (('a', 'b'), 1.0), (('b', 'a'), 1.0)]
    """
    out: Counter = Counter()
    for unit in units:
        values = [v for v in unit if not _is_missing(v)]
        m = len(values)
        if m < 2:
            continue
        counts = Counter(values)
        for c, n_c in counts.items():
            for k, n_k in counts.items():
                pairs = n_c * (n_c - 1) if c == k else n_c * n_k
                if pairs:
                    out[(c, k)] += pairs / (m - 1)
    return out


def krippendorff_alpha(units: Sequence[Sequence[Value]]) -> float:
    """Krippendorff's alpha for nominal data: ``1 - D_o / D_e``.

    ``units`` is one row per unit (a sentence, an article), one value per coder, ``None`` (or
    NaN) where a coder gave none. Units with fewer than two values are not pairable and are
    left out. NaN when nothing is pairable or every pairable value is the same (no variation:
    alpha is undefined, not perfect).

    Examples
    --------
    >>> a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0]
    >>> b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]
    >>> round(krippendorff_alpha(list(zip(a, b))), 3)
    0.095
    >>> krippendorff_alpha([[1, 1], [1, 1]])
    nan
    """
    o = coincidences(units)
    n_c: Counter = Counter()
    for (c, _k), value in o.items():
        n_c[c] += value
    n = sum(n_c.values())
    if n <= 1:
        return math.nan
    observed = sum(value for (c, k), value in o.items() if c != k)
    expected = (n * n - sum(v * v for v in n_c.values())) / (n - 1)
    if expected <= 0:
        return math.nan
    return float(1.0 - observed / expected)


def alpha_interval(
    units: Sequence[Sequence[Value]], *, seed: int = 13, n_boot: int = 1000, level: float = 0.95,
) -> tuple[float, float]:
    """A seeded percentile bootstrap interval of :func:`krippendorff_alpha`, resampling units.

    Resamples where alpha is undefined (no variation) are dropped; NaN bounds when none is left.

    Examples
    --------
    >>> units = [[1, 1], [0, 0], [1, 0], [0, 0], [1, 1], [0, 0], [1, 1], [0, 1]]
    >>> low, high = alpha_interval(units)
    >>> low <= krippendorff_alpha(units) <= high
    True
    >>> alpha_interval([])
    (nan, nan)
    """
    if not len(units):
        return (math.nan, math.nan)
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_boot):
        pick = rng.integers(0, len(units), len(units))
        value = krippendorff_alpha([units[i] for i in pick])
        if not math.isnan(value):
            values.append(value)
    if not values:
        return (math.nan, math.nan)
    tail = 100.0 * (1.0 - level) / 2.0
    return (float(np.percentile(values, tail)), float(np.percentile(values, 100.0 - tail)))
