"""Claim shapes of US election news (a reviewer's audit of 150 claims in PolNeAR): list markers,
spelled-out percentages, number words before a name, signs, dozens, magnitudes, durations with a
fraction or a range between the number and its unit."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _claims(text):
    return [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims(text)]


@pytest.mark.parametrize(
    "text",
    [
        "1. Anti-Trump groups did not really invest in Arizona.",
        "The takeaways:\n\n2. Kasich did not play the role of spoiler.\n\n3. Anti-Trump Republicans are coalescing.",
        "Questions:\n10. What happens next?",
        "Things to watch:\n  4) Can he win Ohio?",
    ],
)
def test_a_list_marker_is_no_claim(text):
    assert find_claims(text) == []


def test_a_number_opening_a_paragraph_is_still_a_claim():
    assert _claims("He spoke.\n\n12 delegates left the hall.") == [("12", 12.0, "delegates", "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Eighty-four percent of Latino voters view him unfavorably.", [("Eighty-four percent", 84.0, "percent", "exact")]),
        ("Thirty percent said so.", [("Thirty percent", 30.0, "percent", "exact")]),
        ("Forty six percent were certain.", [("Forty six percent", 46.0, "percent", "exact")]),
        ("and twenty one percent of them", [("twenty one percent", 21.0, "percent", "exact")]),
        ("Sixty-one per cent of the voters", [("Sixty-one per cent", 61.0, "percent", "exact")]),
    ],
)
def test_spelled_out_percentages(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a gunman killing five Dallas police officers", [("five", 5.0, "police", "exact")]),
        ("TWO DEAD, 16 INJURED", [("TWO", 2.0, "DEAD", "exact"), ("16", 16.0, "INJURED", "exact")]),
        ("three Republican senators voted no", [("three", 3.0, "senators", "exact")]),
    ],
)
def test_a_number_word_before_a_name_or_capitals(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a net rating of minus 41 among young voters", [("minus 41", -41.0, "", "exact")]),
        ("Hart has two dozen Trump supporters.", [("two dozen", 24.0, "supporters", "exact")]),
        ("spent tens of millions of dollars on ads", [("tens of millions of", 1e7, "dollars", "vague")]),
        ("hundreds of millions of dollars", [("hundreds of millions of", 1e8, "dollars", "vague")]),
        ("speaking fees in the six figures", [("six", 1e5, "figures", "at least")]),
        ("a donation of seven figures", [("seven", 1e6, "figures", "at least")]),
    ],
)
def test_signs_dozens_and_magnitudes(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The senator survived 5 \u00bd years in a prison.",
        "what they said 40 or 50 years ago",
        "he served 2 1/2 years",
        "within three or four weeks",
        "for 10 to 12 months",
    ],
)
def test_durations_with_a_fraction_or_range_before_the_unit(text):
    assert find_claims(text) == []


def test_a_range_with_or_before_a_count_keeps_both_numbers():
    assert [(c.number_as_written, c.counts) for c in find_claims("some 40 or 50 protesters")] == [("40", "protesters"), ("50", "protesters")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a margin of error has no sign
        ("a margin of error of plus or minus 3.4 percentage points", [("3.4", 3.4, "points", "exact")]),
        # "two figures" are people, not an amount
        ("a predictable tension for two figures who have long imagined", [("two", 2.0, "figures", "exact")]),
        # a capitalised plural before a verb or a clause is what is counted
        ("We lost 250 Americans when Ronald Reagan was president", [("250", 250.0, "Americans", "exact")]),
        ("millions of Americans think so", [("millions of", 1e6, "Americans", "vague")]),
        ("five Texas voters said", [("five", 5.0, "voters", "exact")]),
    ],
)
def test_what_the_new_shapes_leave_alone(text, expected):
    assert _claims(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("the wall might be 40 to 50 feet high", [("40", "feet"), ("50", "feet")]),
        ("between 100 and 150 others were there", [("100", "others"), ("150", "others")]),
    ],
)
def test_the_first_numeral_of_a_range_counts_what_the_second_counts(text, expected):
    assert [(c.number_as_written, c.counts) for c in find_claims(text)] == expected
