"""Krippendorff's alpha against the published worked examples, and its bootstrap interval."""
from __future__ import annotations

import math

import pytest

from analysis.agreement import alpha_interval, coincidences, krippendorff_alpha

N = None
# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A: two observers, binary data.
TWO_BINARY = list(zip([0, 1, 0, 0, 0, 0, 0, 0, 1, 0], [1, 1, 1, 0, 0, 1, 0, 0, 0, 0]))
# Same paper, section C: four observers, 12 units, values 1-5, missing data; nominal alpha = 0.743.
FOUR_MISSING = list(zip(
    [1, 2, 3, 3, 2, 1, 4, 1, 2, N, N, N],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, N, 3],
    [N, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, N],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, N],
))


@pytest.mark.parametrize("units, expected", [
    (TWO_BINARY, 0.095),
    (FOUR_MISSING, 0.743),
    ([[1, 1], [0, 0], [1, 1], [0, 0]], 1.0),
    ([["a", "b"], ["b", "a"]], -0.5),  # systematic disagreement is below zero
])
def test_published_and_limiting_values(units, expected):
    assert round(krippendorff_alpha(units), 3) == expected


@pytest.mark.parametrize("units", [[], [[1, None], [None, 0]], [[1, 1], [1, 1]]])
def test_undefined_alpha_is_nan_not_perfect(units):
    assert math.isnan(krippendorff_alpha(units))


def test_missing_values_and_unit_order_do_not_matter():
    base = krippendorff_alpha(FOUR_MISSING)
    assert krippendorff_alpha(list(reversed(FOUR_MISSING))) == pytest.approx(base)
    assert krippendorff_alpha(FOUR_MISSING + [(N, N, N, 7)]) == pytest.approx(base)  # one value: not pairable
    assert krippendorff_alpha([[float("nan") if v is None else v for v in u] for u in FOUR_MISSING]) == pytest.approx(base)


def test_coincidence_matrix_totals_the_pairable_values():
    o = coincidences(FOUR_MISSING)
    assert sum(o.values()) == pytest.approx(40)  # 41 values, less the lone value of unit 12: 40 pairable


def test_bootstrap_interval_is_seeded_and_brackets_the_estimate():
    units = TWO_BINARY * 4
    first = alpha_interval(units, seed=3, n_boot=300)
    assert first == alpha_interval(units, seed=3, n_boot=300)
    assert first != alpha_interval(units, seed=4, n_boot=300)
    assert first[0] <= krippendorff_alpha(units) <= first[1]
