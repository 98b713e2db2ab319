"""Kinds of numbers from the nineteenth and twentieth rounds' dev pages (issue 11, k16, 5 Dec 2026), as rules for any
site that follow the pages' labelling guide (its sentences, not its pages; every text here is written anew): a match's
score in its units ("by 7 sets to 6"), a numbered set or frame and a board's segment ("in set 4", "on double 12"), a
position on a course ("the 23-mile mark"), a product's version ("Windows 8.1"), an age in apposition ("Laura Taggart,
also 12, had"; "his wife, Uma, 36 and their"), a breakdown of a count into its members ("two figures, one male and one
female"), a model's number the page uses as a name ("the first United 747 flight" makes "Boeing's 747," a name).
Missed claims: a share written with "of every" and a scaled denominator ("1 of every 2 million", one claim), "one
other" and a noun ("over one other final design"), a count before an adjective and a name's plural ("two new Guinness
World Records"). Every case of ``test_not_claims`` and ``test_missed_kinds`` fails on main's rules (8d9e56e) and holds
here; every case of ``test_still_claims`` holds on both."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _found(text: str) -> list[str]:
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        # a score written with its units and "to": a result (the guide: set scores are results)
        ("Smith won the final by 5 frames to 3 on Sunday night.", "5"),
        ("Smith won the final by 5 frames to 3 on Sunday night.", "3"),
        ("She took the title 6 sets to4 after a long night.", "6"),
        # a numbered set or frame, a board's segment: names (the guide: "set 4", "double 12" are names)
        ("He lost his rhythm in set 3 when the crowd turned.", "3"),
        ("She missed twice on double 16 and lost the leg.", "16"),
        ("The champion went for treble 20 and hit it.", "20"),
        # a position on a course
        ("Near the 20-mile mark he slowed to a walk.", "20"),
        ("She led at the 30km marker before fading.", "30"),
        # a product's version
        ("The update brings the phone to Android 4.4, the firm said.", "4.4"),
        ("Staff were told to move to iOS 17.2 before the summer.", "17.2"),
        # an age in apposition
        ("Tom Reyes, also 14, said he skated every day.", "14"),
        ("He came with his daughter, Mia, 9 and their dog to the park.", "9"),
        # a breakdown of a count into its members: the count only
        ("The fountain shows two horses, one black and one white, in stone.", "one"),
        # a model's number the page writes as a name
        ("The airline's 380, a double-decker, flew its last route. It was the first Emirates 380 service in years.", "380"),
    ],
)
def test_not_claims(text: str, not_found: str) -> None:
    assert not_found not in _found(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Only about 1 of every 3 million eggs hatches that way.", "1 of every 3 million"),
        ("The jury chose the design over one other finalist that showed a river.", "one"),
        ("The choir set two new Guinness World Records on Sunday.", "two"),
    ],
)
def test_missed_kinds(text: str, expected: str) -> None:
    assert expected in _found(text)


def test_share_of_every_is_one_claim() -> None:
    claims = find_claims("Only about 1 of every 3 million eggs hatches that way.")
    assert [(c.number_as_written, c.counts) for c in claims] == [("1 of every 3 million", "percent")]
    assert 0 < claims[0].value < 0.001


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lead grew from 3 goals to 5 after the break.", "3"),  # a change, not a score
        ("The council cut the fare by 10 points to 4.", "10"),  # not a score's units
        ("They set 4 new records in the pool.", "4"),  # "set" as a verb
        ("Inflation rose to 8.1 in May.", "8.1"),  # no name before it
        ("The bar charges $8.50 for a pint.", "8.50"),
        ("A crowd of 12,000 reached the 20-mile point of the route by noon.", "12,000"),
        ("The club signed five players, two strikers and three defenders.", "two"),  # sub-counts above one stay
        ("The club signed five players, two strikers and three defenders.", "three"),
        ("In Leeds, 36 and in York, 40 homes were flooded.", "36"),  # no name in apposition
        ("The lobby sent questions to a dozen candidates - two Democrats and 10 Republicans.", "10"),
        ("He and one other person were hurt in the crash.", "one"),
        ("Airlines ordered 300 jets this year; Boeing 737 deliveries rose.", "300"),
    ],
)
def test_still_claims(text: str, expected: str) -> None:
    assert expected in _found(text)


def test_one_other_thing_is_no_count() -> None:
    assert "one" not in _found("And one other thing: the vote is on Tuesday.")
