"""Numeric claims in the shapes news writes them beyond a digit before a noun: ranges, fractions,
number words without a noun right after, "one", space-grouped thousands, measures as modifiers
(issue 11: claims recall on real pages)."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims


def _claims(text):
    return [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        # ranges of figures are one claim, valued at their lower bound
        ("Many houses were flooded 3-4 feet (1 - 1.2 m) deep.", [("3-4", 3.0, "feet", "range"), ("1 - 1.2", 1.0, "m", "range")]),
        ("officials said 30-35 cars were on the bridge", [("30-35", 30.0, "cars", "range")]),
        ("between 600-700 Clinton emails", [("600-700", 600.0, "emails", "range")]),
        ("a deficit hike of 100-120bps", [("100-120", 100.0, "bps", "range")]),
        ("turnout of 72-75 percent", [("72-75 percent", 72.0, "percent", "range")]),
        # a range of words: each number is a claim, the first counts what the second counts
        ("he has seen three to four cases per shift", [("three", 3.0, "cases", "exact"), ("four", 4.0, "cases", "exact")]),
        ("between five and seven people died", [("five", 5.0, "people", "exact"), ("seven", 7.0, "people", "exact")]),
        # fractions: a measure, or a share (in percent)
        ("Most analysts expected an increase of half a point.", [("half", 0.5, "point", "exact")]),
        ("rates rose by a quarter of a percentage point Thursday", [("a quarter", 0.25, "point", "exact")]),
        ("a hike of three-quarters of a point to 5.75%", [("three-quarters", 0.75, "point", "exact"), ("5.75%", 5.75, "percent", "exact")]),
        ("With almost half of the votes counted", [("half", 50.0, "percent", "nearly")]),
        ("to secure a two-third majority", [("two-third", 0.6667, "majority", "exact")]),
        ("about two-thirds of the voters", [("two-thirds", 66.67, "percent", "about")]),
        ("shafts more than half flooded with water", [("half", 0.5, "flooded", "more than")]),
        ("At least half a dozen red excavators", [("half a dozen", 6.0, "excavators", "at least")]),
        # number words without a noun right after them
        ("all but four of them children", [("four", 4.0, "children", "exact")]),
        ("Three of the injured are civilians.", [("Three", 3.0, "injured", "exact")]),
        ("In Ohio, a family of three had a close call.", [("three", 3.0, "family", "exact")]),
        ("trapped between two 200-foot deep mine shafts", [("two", 2.0, "shafts", "exact"), ("200", 200.0, "foot", "exact")]),
        # "one" is a count only with a casualty or status word after it
        ("and one soldier was killed on Friday", [("one", 1.0, "soldier", "exact")]),
        ("Just one person was listed as missing.", [("one", 1.0, "person", "exact")]),
        # vague quantities with a scale, space-grouped thousands, measures
        ("several hundred accidents occur every year", [("several hundred", 300.0, "accidents", "vague")]),
        ("vote counts in more than 30 000 polling stations", [("30 000", 30000.0, "stations", "more than")]),
        ("the quakes were only 10km deep", [("10", 10.0, "km", "exact")]),
        ("a magnitude-7.1 quake and a 6.1-magnitude one", [("7.1", 7.1, "quake", "exact"), ("6.1", 6.1, "magnitude", "exact")]),
        ("a 58-square-mile fire and a two-kilometer stretch", [("58", 58.0, "square-mile", "exact"), ("two", 2.0, "kilometer", "exact")]),
        ("She holds a 16-point lead.", [("16", 16.0, "point", "exact")]),
        # currencies written onto the number, a decimal comma before a scale, "dozens" alone
        ("An additional R191 billion would need to be borrowed.", [("191 billion", 191e9, "", "exact")]),
        ("a shortfall which remains at R 48,2 billion", [("48,2 billion", 48.2e9, "", "exact")]),
        ("Some reports say dozens are still missing.", [("dozens", 12.0, "", "vague")]),
        ("but this half a billion offer is a significant increase", [("half a billion", 5e8, "offer", "exact")]),
        ("At least one home has been destroyed.", [("one", 1.0, "home", "at least")]),
        # ratios are shares; a percentage written with a hyphen; a parenthesis after a fraction
        ("the survey found that one in five Malaysian adults suffer", [("one in five", 20.0, "percent", "exact")]),
        ("About 4 in 10 say they want change.", [("4 in 10", 40.0, "percent", "about")]),
        ("a 21-percent decline in murders", [("21-percent", 21.0, "percent", "exact")]),
        ("Almost one-third (29.8%) of children are overweight", [("one-third", 0.3333, "children", "nearly"), ("29.8%", 29.8, "percent", "exact")]),
        ("it found that half of the population was too fat", [("half", 50.0, "percent", "exact")]),
        # a word that begins like a month is no month
        ("10 mayors met; 6 declines", [("10", 10.0, "mayors", "exact"), ("6", 6.0, "declines", "exact")]),
        ("Trump 34 percent, Cruz 34 delegates", [("34 percent", 34.0, "percent", "exact"), ("34", 34.0, "delegates", "exact")]),
    ],
)
def test_claim_shapes(text, expected):
    assert _claims(text) == expected
    for claim in find_claims(text):
        assert text[claim.start : claim.end] == claim.text


@pytest.mark.parametrize(
    "text",
    [
        "One of the most desperate rescue efforts was at a school.",
        "One source said the talks failed; one thing is different; at one point he left.",
        "No one will be allowed to stay; they want a new one.",
        "He said it in the first half of the year; a half mile away; half-time.",
        "said Robin Maynard, half joking; a glass half empty",
        "A third suspect was arrested.",
        "the two of them appearing on the same stage",
        "10 to 12 coaches of one train derailed",
        "most of them are children below the age of five",
    ],
)
def test_not_claims_of_these_shapes(text):
    found = [c.number_as_written.lower() for c in find_claims(text)]
    assert not {"one", "half", "a third", "two", "five"} & set(found)


@pytest.mark.parametrize(
    "text",
    ["UPC: 03022307123 and UPC: 03022307124", "The Fokker 100 aircraft had taken off.", "It was a Category 5 hurricane.",
     "children between the ages of five and 17; those aged 55 to 59", "a three-percentage-point margin", "on Sept. 15 and 19-November-2025"],
)
def test_codes_and_names_are_not_claims(text):
    assert find_claims(text) == []


def test_a_capitalised_word_opening_a_sentence_is_no_name():
    assert [c.number_as_written for c in find_claims("Traffic was heavy. Another 150 people are trapped.")] == ["150"]
