"""Kinds of numbers from the thirteenth and fourteenth rounds' dev pages (issue 11, k13b, 5 Dec 2026),
as rules for any site: a results table's scores (a run of set or frame scores, a score between two
names), a share before the next cell's sign in a table's row, a table's unit in brackets, a place in
a ranking with an owner, a fraction of a named whole, "trillions of", "N-odd", "one" as the
second "one" of a list of counts, and a population's average age in years. Each case of the first two tables fails on main's rules (6e2608f)
and holds here; each must-not case holds on both."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.number_as_written, c.counts) for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("Session one (3-5) 23-75, 15-65, 35-72, (55) 60-70, (119) 120-4, 0-133 (95)", "23-75"),  # a row of frame scores
        ("46-81 (72), (51) 75-31, (127) 127-8, 12-76, (56) 85-9", "12-76"),
        ("Italy won 25-21, 23-25, 25-18, 25-20 in Sunday's final.", "23-25"),  # a run of set scores in a sentence, one falls
        ("(5) John Higgins 16-18 Mark Williams (7)", "16-18"),  # a score between two names
        ("Japan's men's life expectancy is in the world's top 10, according to the WHO.", "10"),  # a place in a ranking, with an owner
        ("The city ranks among America's top 25 in population.", "25"),
        ("Market Share and Year-Over-Year Growth (shipments in millions of units)", "millions of"),  # a table's unit
        ("Revenue by segment (in thousands of dollars)", "thousands of"),
    ],
)
def test_not_claims(text: str, not_found: str) -> None:
    assert not_found not in [w for w, _ in _found(text)]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Samsung 72.2 20.3% 83.3 22.1% -13.4%", ("22.1%", "percent")),  # a share before the next cell's sign
        ("OPPO 29.9 8.4% 30.6 8.1% -2.1%", ("8.1%", "percent")),
        ("Almost two-thirds of Black Friday shoppers planned to go to stores.", ("two-thirds", "Black")),  # a fraction of a named whole
        ("Only a quarter of Americans agree with him.", ("a quarter", "Americans")),
        ("Once the weather warms up, trillions of cicadas will emerge.", ("trillions of", "cicadas")),
        ("She swam within a 20-odd feet of the beach.", ("20", "feet")),  # "N-odd": about that many
        ("Some thirty-odd people waited outside.", ("thirty", "people")),
        ("McKeon won six gold, one silver and one bronze medals here.", ("one", "medals")),  # the second "one" of a list of counts
        ("The average age for women in America is 81.1 years; it's 76.1 years for men.", ("76.1", "years")),  # a population's average age
        ("Japan's life expectancy reached 84 years in 2020.", ("84", "years")),
    ],
)
def test_claims(text: str, claim: tuple[str, str]) -> None:
    assert claim in _found(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Session one (3-5) 23-75, 15-65, (55) 60-70, (119) 120-4", ("55", "")),  # a break in brackets stays a count of points
        ("Waves of 10-12, 14-16, 18-20 feet were seen", ("10-12", "")),  # no score: a run of ranges, none falling, no bracket
        ("Waves of 10-15 feet hit the coast, 15-20 feet the next day.", ("10-15", "feet")),  # ranges with a comma near
        ("The team won 25-21 in the first set.", ("", "")),
        ("Two people were seen in millions of homes (broadcast in millions of homes).", ("millions of", "homes")),  # no table's unit
        ("after 20-odd years in jail", ("", "")),  # "N-odd" years: a duration, no claim
        ("The median age is 41. He then served 20 years in jail.", ("", "")),  # a time span after the statistic's sentence
        ("34 UK institutions in the top 200", ("34", "institutions")),  # the count before a ranking stays
    ],
)
def test_must_not_change(text: str, claim: tuple[str, str]) -> None:
    found = _found(text)
    if claim == ("", ""):
        assert all(w[:2] not in ("25", "20") for w, _ in found), found
    else:
        assert claim[0] in [w for w, _ in found], found
