"""The layout rules that stand in for link density on copied text: the tail below the body's
last prose unit and runs of short lines inside the body (analysis.body_edges, issue 11)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units

LEDE = "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said, and more were missing."
BODY = "The quake struck at a shallow depth, the country's seismological office said, and it was felt as far away as the capital, where people ran into the streets."
END = "Doctors said the girl is safe and is expected to recover fully within a few weeks."


def _reasons(units):
    return [v.reason for v in classify_units(units)]


@pytest.mark.parametrize(
    "units, removed",
    [
        # other stories' headlines below the body, no label, no bullet
        ([LEDE, BODY, END, "Twelve die in Kerala as the rivers burst their banks and the rain goes on"], {3: "tail_list"}),
        # a list the body was running goes on; a factbox of label: value lines is body
        ([LEDE, "The government announced three measures:", "- Rs 6,000 a year for farmers", "- A pension for workers", "- A new fund for roads", END], {}),
        ([LEDE, "Deaths: 94", "Injured: 300", "Missing: 12", BODY, END], {}),
        # a list of short items (symptoms) is the article's, not a box of links
        ([LEDE, "Fever", "Muscle aches", "Stiff neck", "Loss of balance", BODY, END], {}),
        # a last line that introduces nothing; list items below the body whatever their length
        ([LEDE, BODY, END, "Here is what we know so far:"], {3: "tail_list"}),
        # one crosshead between paragraphs stays
        ([LEDE, "Battlefield after bombardment", BODY, END], {}),
    ],
)
def test_body_edges(units, removed):
    reasons = _reasons(units)
    assert {i: r for i, r in enumerate(reasons) if r} == removed


def test_a_long_unit_below_the_body_is_not_a_link():
    cut = "Officials said that the number of people who had been evacuated from the low-lying districts near the river had risen to more than 4,000 by the"
    assert _reasons([LEDE, BODY, END, cut])[-1] == ""


@pytest.mark.parametrize(
    "tail, removed",
    [
        # teasers cut with an ellipsis, whatever their wording, to the end of the text
        (["TEN years after the country's education system reached its highest standard, the World Bank\u2026",
          "\u201cLET\u2019S rescue our country,\u201d the prime minister told the nation ten years ago.",
          "The Supreme Court is set to rule against the state and several other Caribbean\u2026"], 3),
        # another story's title-case headline and its standfirst closing the text
        (["Plane Crash Averted As Pilots Make Emergency Landing", "An airliner made an emergency landing in Honolulu after the pilots shut down an engine."], 2),
        # a quotation introduced with a colon is body
        (["According to Jack Kelly, writing for RealClearPolitics:",
          "The foundation \u201creceived as much as $26 million in previously undisclosed payments\u201d from corporations, foreign sources and other groups, the report said, and the agents are looking at it\u2026"], 0),
    ],
)
def test_teasers_closing_the_text(tail, removed):
    reasons = _reasons([LEDE, BODY, END, *tail])
    assert reasons[:3] == ["", "", ""] and sum(bool(r) for r in reasons[3:]) == removed
