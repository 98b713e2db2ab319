"""'N X ago' is a time whatever X counts in: "ago" takes a measure of time before it, so "three goals
ago" and "four elections ago" name a moment as "two years ago" does. No corpus holds a count there
(PolNeAR train: 150 'N X ago', all years, weeks, months, decades, days, minutes; NFC 23 and the dev
pages 10, all units of time), so no guard is written; a count before other words stays a claim."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


@pytest.mark.parametrize(
    "text, expected",
    [
        ("He scored the equaliser three goals ago.", []),
        ("Turnout was higher four elections ago.", []),
        ("The town flooded two years ago.", []),
        ("He scored three goals a week ago.", ["three"]),
        ("Police said 12 people died two days ago.", ["12"]),
        ("The 40 homes built decades ago were razed.", ["40"]),
    ],
)
def test_ago_makes_a_time(text, expected):
    assert [c.number_as_written for c in find_claims(text)] == expected
