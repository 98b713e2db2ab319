"""Numbers that are no counts, read on the site sets' body lines (session 22): written as new text."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def found(text: str) -> list[str]:
    return [claim.number_as_written for claim in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list of ages set off by commas after the people it tells
        ("Detectives said the women, 26 and 58, were questioned at the station on Monday.", []),
        ("The three cousins, 17, 19 and 23, were released on bail.", ["three"]),
        ("The two sisters, 31 and 35 respectively, run the bakery.", ["two"]),
        # ... but a tally or a score is no list of ages
        ("Of the ballots, 412 and 389 went to the two candidates.", ["412", "389", "two"]),
        ("Both teams scored, 3 and 2, before the break.", ["3", "2"]),
        # a log's reference, its groups spaced
        ("Call 101 quoting reference 48 220519 if you saw the van.", []),
        # a time of day in words
        ("The bridge reopens at 12 midnight, and the ferry sails at 12 noon instead of 2 pm.", []),
        # one unit of time as a modifier
        ("The magistrate ordered him to serve 1 year imprisonment or pay the fine.", []),
        ("They sold 40 one day tickets.", ["40"]),
        # a military unit's number
        ("Gunmen fired on the 44 Battalion camp near the border.", []),
        ("The ministry sent 6 battalions to the valley.", ["6"]),
        # a year after a time's preposition and a qualifier
        ("The lease was extended until at least 2031, the port said.", []),
        ("Turnout was the highest since at least 1972.", []),
        ("Exports rose to at least 2031 tonnes.", ["2031"]),
    ],
)
def test_numbers_that_are_no_counts(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "one" and what happened to it: a count
        ("Deputies are looking into a shooting in which one man was killed on Sunday.", ["one"]),
        ("Officers said one woman was transported to hospital and one driver was treated at the scene.", ["one", "one"]),
        ("One climber was airlifted from the ridge.", ["One"]),
        # "which one" asks, and "one shot at it" is a chance
        ("Nobody knew which one was treated first.", []),
        ("You only have one chance at it, she said.", []),
    ],
)
def test_one_and_what_happened_to_it(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ISO code written onto an amount (seventh site sets)
        ("The province set aside VND2,450 billion for 31 new schools.", ["2,450 billion", "31"]),
        ("The fund holds EUR4.2 million.", ["4.2 million"]),
        ("The PHP8 update broke the plugin.", []),  # a product's name, no amount
        # a phone number with its area code in brackets, the line in two groups
        ("Call the station on (03) 5821 4400 with information.", []),
        # o' clock written with a space
        ("The crash happened at about 4 o' clock on Friday.", []),
    ],
)
def test_amounts_phones_and_clocks(text: str, expected: list[str]) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review rev25: the same words beside genuine counts
        ("The two sides' totals, 54 and 49, were the lowest of the season.", ["two", "54", "49"]),
        ("Volunteers served 400 midday meals and 3,000 midnight walkers joined the vigil.", ["400", "3,000"]),
        ("The council will close one day centre and two libraries.", ["one", "two"]),
        ("Officials said the death toll could rise to at least 1900.", ["1900"]),
        ("The firm moved its site to PHP8.1 last year.", []),
        ("The report, quoting the case 12 families brought against the council, said the homes were damp.", ["12"]),
    ],
)
def test_counts_beside_the_new_rules_words(text: str, expected: list[str]) -> None:
    assert found(text) == expected
