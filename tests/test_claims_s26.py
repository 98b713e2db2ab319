"""Numbers that are no counts, read on the eighteenth site sets (session of 6 Dec 2026, issue 11): a US
postal code after its town or state, a bill and a region by their numbers."""
import pytest

from analysis.claims import find_claims


@pytest.mark.parametrize(
    "text",
    [
        "The shooting happened at a senior living home in the 12100 block of Clipper Drive in Woodbridge (22192). Officers were called at 4 p.m.",
        "Send letters to the council at Woodbridge, VA 22192.",
        "In addition, Senate Bill 8 establishes that the board will no longer certify officers.",
        "Senate Bill 8 pairs with another bill signed by the governor.",
        "Our region two area of the city has seen more robberies.",
    ],
)
def test_no_count(text):
    assert [c.number_as_written for c in find_claims(text)] == []


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The crowd (22192) cheered the team home.", "22192"),
        # a second read: populations and votes in brackets after names are counts
        ("The largest towns are Ashford (24500), Kenley (18000) and Ridgeway (10432).", "24500"),
        ("Smith (12044) beat Jones (11872) in the count on Friday.", "11872"),
        ("About 22192 people live in Woodbridge, VA.", "22192"),
        ("It was only after printing $50 bills 46 million times that they saw the typo.", "46 million"),
        ("Lawmakers filed 30 bills this session.", "30"),
        ("The region 40 miles north of the city flooded.", "40"),
    ],
)
def test_still_counts(text, number):
    assert number in [c.number_as_written for c in find_claims(text)]


def test_a_couple_thousand():
    claims = find_claims("We're talking about a couple thousand dollars to clean this mess up, he said.")
    assert [(c.number_as_written, c.value, c.counts) for c in claims] == [("a couple thousand", 2000.0, "dollars")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the twenty-first site sets: "plus" before the counted noun, a ranking's size
        ("There were councillors who were on there 15-20 plus years, so you know.", []),
        ("It is one of the nation's 20 largest grain storage operations.", []),
        ("The county has 500 plus volunteers.", [("500", "volunteers")]),
        ("The 20 largest companies employ 5,000 people.", [("20", "companies"), ("5,000", "people")]),
        ("One of the 20 passengers was hurt.", [("20", "passengers")]),
    ],
)
def test_plus_and_rankings(text, expected):
    assert [(c.number_as_written, c.counts) for c in find_claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second read: "plus" as "and", a compound with "top-"
        ("It cost $20 plus tax.", [("20", "plus")]),
        ("Members 60 plus get free entry.", [("60", "plus")]),
        ("One of the 12 top-floor flats was damaged in the fire.", [("12", "flats")]),
    ],
)
def test_plus_and_rankings_refused(text, expected):
    assert [(c.number_as_written, c.counts) for c in find_claims(text)] == expected
