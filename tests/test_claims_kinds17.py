"""Kinds of numbers from the twenty-first and twenty-second rounds' dev pages (issue 11, k17, 5 Dec 2026), as rules for
any site that follow the pages' labelling guide (its sentences, not its pages; every text here is written anew): the
places of a ranked list run into one paragraph ("Results: 1 Ann Lee (Kelso) with Fly, 91; 2 ..."), the second year of
an era's range ("between AD 121 and 123"), a series' numbered members the page writes in a run ("panel one ..., panel
two ..., panel three"), an hour told by its part of the day ("just after 9 Sunday morning"), a score before a result's
noun ("a 2-3 loss"), a match's format ("the best of seven Finals"), a version after its word ("standard 8.0").
Missed claims: a distance in light years ("40 light years away", read as a duration) and a count of pairs written whole
("Three pairs of storks": the guide writes "a pair" and "two dozen" whole). Every case of ``test_not_claims`` and
``test_missed_kinds`` fails on the branch point's rules (a3b22bd) and holds here; every case of ``test_still_claims``
holds on both."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _found(text: str) -> list[str]:
    return [c.number_as_written for c in find_claims(text)]


_RESULTS = "Results: 1 Ann Lee (Kelso) with Fly, 91; 2 Tom Hart (Alnwick) Bess, 88; 3 Ian Reid, Cap, 85."


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # a ranked list's places in one paragraph: ranks (its scores stay claims)
        (_RESULTS, "1"),
        (_RESULTS, "2"),
        (_RESULTS, "3"),
        ("Placings:1 Sue Kerr (Hawick) Meg, 79; 2 Jo Pratt (Selkirk) Roy, 75; 3 Al Moss (Duns) Jed, 70.", "2"),
        # the second year of an era's range
        ("The first pot was made between AD 212 and 215, the second later.", "215"),
        ("Pottery from AD 40 to 45 was found in the pit.", "45"),
        # a series' numbered member, written in a run on the page
        ("The chapel has a row of windows: panel one showing a ship, panel two showing a fish, and panel three showing a bird.", "two"),
        ("The chapel has a row of windows: panel one showing a ship, panel two showing a fish, and panel three showing a bird.", "three"),
        # an hour told by its part of the day
        ("The boy was born just after 9 Sunday morning at the clinic.", "9"),
        ("The fire started at 11 last night, the brigade said.", "11"),
        ("Police closed the road until 6 on Monday evening.", "6"),
        # a score before a result's noun (the guide: a match score is a result)
        ("The side suffered a painful 2-3 loss to Rovers on Saturday.", "2-3"),
        ("It was a 1-2 defeat at home, their first of the season.", "1-2"),
        # a match's format
        ("The winner meets Orcas in the best of seven Finals next month.", "seven"),
        # a version after its word
        ("Most sites use standard 8.0, the group said.", "8.0"),
        ("Phones moved to firmware 6.0 and lost data.", "6.0"),
    ],
)
def test_not_claims(text: str, not_found: str) -> None:
    assert not_found not in _found(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a distance in light years is no duration
        ("The star lies 40 light years from the Sun.", "40"),
        ("The cluster is about 2.5 million light years away.", "2.5 million"),
        # a count of pairs, written whole as "a pair" and "two dozen" are
        ("Three pairs of storks nested on the church roof this spring.", "Three pairs"),
    ],
)
def test_missed_kinds(text: str, found: str) -> None:
    assert found in _found(text)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        # a tally after a colon and semicolons is no ranked list: no name of two words after each number
        ("Killed: 1 American; 2 Britons.", "2"),
        ("The toll: 3 Britons died; 4 Germans were hurt.", "3"),
        # an era's range stays a count when no era stands before its first year
        ("Between 121 and 123 people were hurt.", "123"),
        # counts after the same verb are counts, even in a run
        ("Rescuers found one alive, then found two dead and found three missing.", "three"),
        ("Rescuers found one alive, then found two dead and found three missing.", "two"),
        # a number before a day's part with no preposition of time is a count
        ("Police arrested 10 Friday morning after the raid.", "10"),
        # a range before a plural result noun counts them
        ("They need 3-4 wins from the last five games.", "3-4"),
        # "best of" before a lower-case plural counts it
        ("The jury picked the best of five designs on Monday.", "five"),
        # a magnitude is a measure, not a version
        ("A magnitude 7.0 quake struck the coast.", "7.0"),
        # years are a duration without "light"
        ("The pair were married for 40 years.", ""),
    ],
)
def test_still_claims(text: str, found: str) -> None:
    if found:
        assert found in _found(text)
    else:
        assert _found(text) == []
