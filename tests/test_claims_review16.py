"""review16's cases against the numeric-claims rules of the k16/k17 rounds, each a must-keep: a count of pairs is that
many pairs (no doubling, no change of noun); a breakdown after a comma alone keeps parts with a noun of their own ("two
sons, one daughter and one grandson"); "set"/"frame"/"double"/"treble" as verbs ("set 18 as the minimum age"); a
capitalised place before a decimal is no product ("India 6.5"), "PHP 7.0" no money; "from"/"past" before an hour-like
number after a change verb ("climbed from 8 on Sunday night"); a count after its verb the page also writes in a name
("rose to 101" ... "Highway 101"); a name's plural counted by its last word ("Guinness World Records")."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _claims(text: str) -> list[tuple[str, float, str]]:
    return [(c.number_as_written, c.value, c.counts) for c in find_claims(text)]


def _found(text: str) -> list[str]:
    return [c.number_as_written for c in find_claims(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The charity handed out 300 pairs of glasses.", ("300 pairs", 300.0, "pairs")),
        ("Volunteers knitted 5,000 pairs of socks.", ("5,000 pairs", 5000.0, "pairs")),
        ("Rangers released two pairs of beavers at the lake.", ("two pairs", 2.0, "pairs")),
    ],
)
def test_pairs_are_counted_as_pairs(text: str, expected: tuple[str, float, str]) -> None:
    assert expected in _claims(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She is survived by two sons, one daughter and one grandson.", ["two", "one", "one"]),
        ("He left two pets, one dog and one cat.", ["two", "one", "one"]),
        ("Police seized three guns, one rifle, one pistol and one shotgun.", ["three", "one", "one", "one"]),
        # sub-groups of the whole: the count only
        ("The sculpture has two figures, one male and one female, in bronze.", ["two"]),
        ("He left two pets - one dog and one cat.", ["two"]),
    ],
)
def test_breakdowns_keep_counts_of_their_own(text: str, expected: list[str]) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Lawmakers set 18 as the minimum age.", "18"),
        ("The ministry set 2,000 as the daily limit.", "2,000"),
        ("The Reserve Bank cut its forecast for India 6.5 and China 4.8.", "6.5"),
        ("The Reserve Bank cut its forecast for India 6.5 and China 4.8.", "4.8"),
        ("The bank expects growth in Germany 0.8, in France 1.1.", "0.8"),
        ("The bank expects growth in Germany 0.8, in France 1.1.", "1.1"),
        ("The toll climbed from 8 on Sunday night to 11 on Monday.", "8"),
        ("Confirmed cases rose past 10 last night.", "10"),
        ("The death toll rose to 101 on Tuesday. Rescuers on Highway 101 north of the city dug.", "101"),
    ],
)
def test_still_claims(text: str, found: str) -> None:
    assert found in _found(text)


@pytest.mark.parametrize(
    ("text", "not_found"),
    [
        ("The site runs on PHP 7.0.", "7.0"),  # a version, no money
        ("He lost his rhythm in Set 3 when the crowd turned.", "3"),
        ("She missed twice on double 16 and lost the leg.", "16"),
        ("Users moved to Windows 8.1, the firm said.", "8.1"),
    ],
)
def test_still_labels(text: str, not_found: str) -> None:
    assert not_found not in _found(text)


def test_a_named_plural_counts_its_last_word() -> None:
    assert ("two", 2.0, "Records") in _claims("The choir set two new Guinness World Records on Sunday.")
