"""dateline_patterns.tsv's date is one definition ({date}: a month of calendar.tsv and a day,
analysis.markers.dateline_date), filled into every row that has one."""
from __future__ import annotations

import pytest

from analysis.instruments import instrument_path
from analysis.markers import dateline_date, dateline_patterns, match_dateline


def test_the_date_is_written_once():
    rows = [line for line in instrument_path("dateline_patterns.tsv").read_text(encoding="utf-8").splitlines() if line and not line.startswith(("#", "label\t"))]
    assert rows and all("(?P<date>" not in row for row in rows)
    assert sum("{date}" in row for row in rows) == 6
    assert all(dateline_date() in p.regex.pattern for p in dateline_patterns())


@pytest.mark.parametrize(
    "paragraph, expected",
    [
        ("MOSCOW, Feb 15 (Reuters) - Russia said it would.", ("MOSCOW", 27)),
        ("New Delhi, Feb 1 (IANS) The Interim Budget was out.", ("New Delhi", 24)),
        ("PUNE , India, July 30 (UPI) -- A landslide hit.", ("PUNE", 31)),
        ("AMATRICE, Italy, Sept. 3 — Rescuers dug.", ("AMATRICE", 27)),
        ("KYIV, May 5 — Ukraine said.", ("KYIV", 14)),
        ("New Delhi: Amidst growing fears, troops moved.", ("New Delhi", 11)),
        # a capitalised word and a number that is no month and day is no dateline's date
        ("GENEVA, Round 2 (Reuters) - Talks resumed.", None),
    ],
)
def test_datelines_with_their_dates(paragraph, expected):
    assert match_dateline(paragraph) == expected
