"""Kinds of numbers from the fifteenth and sixteenth rounds' dev pages and PolNeAR (issue 11, k14, 5 Dec 2026),
as rules for any site that follow the pages' labelling guide: a place in a ranking written in brackets after a name
("2. Marco Rubio (1.)"), a star rating's level ("two stars for excellent cooking"), a set known by its number ("the
five pillars of Islam"), and a gem's weight in carats as a measure ("the 3,106-carat Cullinan"). Nine of the twelve
must cases fail on main's rules (b9ca267) and hold here (the other three, a ranked list's place without its full stop,
"the Ten Commandments" and "813 carats", held already and stay as guards); each must-not case holds on both."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _found(text: str) -> list[str]:
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("WEEK 13.\n\n1. Donald Trump (Last week: 2.)\n\n2. Marco Rubio (1.)\n\n3. Ted Cruz (4.)", "1"),  # last week's place in brackets
        ("1. Donald Trump (Last week: 2.)\n\n2. Marco Rubio (1.)", "2"),
        ("10. Mike Huckabee (10.)\n\n11. Rick Santorum (13.)", "13"),
        ("Power rankings\n3) Kansas City (5)\n4) Buffalo (2)", "5"),  # a ranked list's previous place, no full stop
        ("The stars are a mark of distinction, with one star representing a very good restaurant, two stars for excellent cooking, and three stars for exceptional cuisine.", "two"),
        ("68 of them received the highest honour of three stars.", "three"),  # a rating scale's level (the guide: a name)
        ("The hotel was downgraded to 4 stars last year.", "4"),
        ("Hajj is one of the five pillars of Islam, including prayer and charity.", "five"),  # a set known by its number
        ("He said the Ten Commandments still matter.", "Ten"),
    ],
)
def test_not_claims(text: str, not_found: str) -> None:
    assert not_found not in _found(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("World's largest diamond is the 3,106-carat Cullinan diamond which was found in South Africa.", "3,106"),  # a measure as a modifier
        ("Lucara mined the 1,758-carat Sewelo diamond in 2019.", "1,758"),
        ("The stone weighs 813 carats.", "813"),
    ],
)
def test_claims(text: str, claim: str) -> None:
    assert claim in _found(text)


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Police arrested 12 people (3 women) after the match.", "3"),  # a count in brackets, with its noun
        ("The bill passed 2. Senator Jones (R) voted against; 14 members (8 Democrats) abstained.", "8"),
        ("The film's two stars of the show were absent.", "two"),  # stars of a show are people, counted
        ("Astronomers found two stars in the sky that collided.", "two"),
        ("Among the new additions, there were 21 new three-star restaurants.", "21"),  # rated things are counted
        ("Five pillars of the old bridge collapsed into the river.", "Five"),  # pillars of a bridge are counted
        ("Michelin awarded stars to 464 new restaurants.", "464"),
        ("The 813 carat stone sold for $53 million.", "53 million"),
    ],
)
def test_still_claims(text: str, claim: str) -> None:
    assert claim in _found(text)
