"""Claim rules a reviewer found wrong in the twelfth round, as general must / must-not tables:
a genuine number ending a text, a count after "Of the ...", letters glued to a seat's or a bus's
number, a bullet's dash, and inputs no rule may crash on."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims

_LONG = "Officials said on Tuesday evening that after a long night of searching the rubble "


def _pairs(text: str) -> list[tuple[str, float]]:
    return [(c.number_as_written, c.value) for c in find_claims(text)]


# 1. A text that ends on a number is no store cut when the number is whole: two digits or more, a
# percent, money, a grouped figure. Only a lone digit at the end of a paragraph with no sentence end
# ("... grew by 3.9 percent to 1") reads as a page cut short mid-number.
@pytest.mark.parametrize(
    "text, expected",
    [
        (_LONG + "the death toll rose to 52", [("52", 52.0)]),
        (_LONG + "the death toll rose to 52%", [("52%", 52.0)]),
        (_LONG + "the death toll rose to 52 percent", [("52 percent", 52.0)]),
        (_LONG + "the cost rose to $52", [("52", 52.0)]),
        (_LONG + "the death toll rose to 52 ", [("52", 52.0)]),
        ("The council said the number of homeless families housed in temporary accommodation in the borough had climbed to 1,204", [("1,204", 1204.0)]),
        # must not: a lone digit cut off the end of a long paragraph
        (_LONG + "the death toll in the province grew by 3.9 percent to 1", [("3.9 percent", 3.9)]),
    ],
)
def test_a_final_number_is_a_claim_unless_cut(text, expected):
    assert _pairs(text) == expected


# 2. "Noun, N," is an age only after a singular person ("The victim, 19, died"); after a plural or a
# group, "number", "round", or an opening "Of the ..." / "In the ..." the number is a count.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Of the 40 passengers on board, 12, including the driver, were hurt.", ["40", "12"]),
        ("Of the hostages, 20, all of them women, were freed.", ["20"]),
        ("Of the dozens of migrants on the boat, 12, mostly women, drowned.", ["dozens of", "12"]),
        ("The number of dead in the town, 52, is expected to rise.", ["52"]),
        ("In the first round of the vote, 12, or nearly a third of the candidates, withdrew.", ["12", "a third"]),
        # must not: a singular person's age
        ("The victim, 19, died in hospital.", []),
        ("Police said the driver, 45, was arrested at the scene.", []),
        ("A Paris Saint-Germain player, 24, was questioned.", []),
    ],
)
def test_age_after_a_comma_needs_a_singular_person(text, expected):
    assert [c.number_as_written for c in find_claims(text)] == expected


# 3. A letter glued to a number is a degree C or F only in a temperature's context; after a seat,
# a flat, a bus, "5C" and "12F" are names of places.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("He boarded the 5C bus to town.", []),
        ("She was sitting in seat 12F when the plane dropped.", []),
        ("Police found him in apartment 4F.", []),
        ("Take the lift to room 3C on the third floor.", []),
        # must: temperatures
        ("Temperatures hit 40.2C in Delhi and 104F in Phoenix.", [("40.2", 40.2), ("104", 104.0)]),
        ("The heat reached 45C on Monday.", [("45", 45.0)]),
        ("It was -5C overnight in the hills.", [("-5", -5.0)]),
        ("Highs of 30C are forecast.", [("30", 30.0)]),
    ],
)
def test_glued_degrees_need_a_temperature(text, expected):
    assert _pairs(text) == expected


# 4. A dash that opens a line before a number is a bullet, not a minus sign.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Key points:\n-12 people died in the blast\n-40 were injured", [("12", 12.0), ("40", 40.0)]),
        ("-7 schools closed in the district", [("7", 7.0)]),
        # must: a minus inside a line stays
        ("Overnight the temperature dropped to -5C in the hills.", [("-5", -5.0)]),
        ("Shares closed at -12.7 on the day.", [("-12.7", -12.7)]),
    ],
)
def test_a_line_opening_dash_is_a_bullet(text, expected):
    assert _pairs(text) == expected


# 5. No input crashes the finder: digit runs longer than Python's int() limit.
@pytest.mark.parametrize("text", ["1" * 5000, "40" + "0" * 5000 + "C", "Costs rose to $" + "9" * 6000 + " in all."])
def test_huge_digit_runs_do_not_crash(text):
    claims = find_claims(text)
    assert all(c.value == c.value and abs(c.value) != float("inf") for c in claims)


# 6. A vote's tally written with "was ... to" is a result, as "voted 220 to 215" is.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The vote was 220 to 215 in the House.", []),
        ("The final vote was 52 to 48.", []),
        # must: a range of counts is no tally
        ("The crowd grew from 220 to 300 people.", ["220", "300"]),
    ],
)
def test_a_vote_tally_is_no_claim(text, expected):
    assert [c.number_as_written for c in find_claims(text)] == expected


# The opening preposition's phrase ends at its comma or a verb: a singular person after it has an age.
@pytest.mark.parametrize(
    "text",
    ["In Leeds, the victim, 19, died in hospital.", "Among the dead was a teacher, 45, and her son.", "The mother of two, 34, was named."],
)
def test_an_age_after_an_opening_phrase(text):
    assert not [c for c in find_claims(text) if c.number_as_written in ("19", "45", "34")]
