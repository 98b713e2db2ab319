"""A page's header by position (analysis.page_header, the standfirst rule of analysis.boilerplate
and a line printed twice in analysis.layout): issue 11, rules from the third round's dev pages."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units
from analysis.document import build_document
from analysis.layout import block_units

LEDE = "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said, and more were missing."
BODY = "The quake struck at a shallow depth, the country's seismological office said, and it was felt as far away as the capital, where people ran into the streets."
END = "Doctors said the girl is safe and is expected to recover fully within a few weeks."
STANDFIRST = "Across the region an estimated 100,000 people have fled their homes since the rains began."


def _reasons(units):
    return {i: v.reason for i, v in enumerate(classify_units(units)) if v.reason}


@pytest.mark.parametrize(
    "units, expected",
    [
        # a live blog's time stamp goes, the entries above it stay
        ([LEDE, BODY, "Updated 10:32 GMT", END, "Aid agencies said they had flown in tents and water for at least 5,000 families by the evening."], {2: "pattern:date_line"}),
        ([LEDE, BODY, "10:32 GMT", END, "Aid agencies said they had flown in tents and water for at least 5,000 families by the evening."], {2: "top:date"}),
        # key points in a list above the first paragraph
        (["- At least ten people died in the floods that swept through the valley on Sunday night.", "- Schools across the district are shut and the army has been called in to help.", LEDE, BODY, END],
         {0: "top:summary", 1: "top:summary"}),
        # a standfirst under the top matter, then a short source line the general rule kept
        (["Former minister sentenced to nine months", "The top court reduced the punishment to a fine and nine months in prison.", "Post Report", LEDE, BODY, END],
         {0: "top:headline", 1: "top:standfirst", 2: "top:byline"}),
        # ... but a lede followed by "From Bloomberg:" introducing a quotation is body
        (["Donors shun the candidate", LEDE, "From Bloomberg:", BODY, END], {0: "top:headline"}),
    ],
)
def test_header_rules(units, expected):
    assert _reasons(units) == expected


def test_a_caption_printed_twice_in_one_block_is_two_units_and_removed():
    caption = "Iron railings leading to the temple broke, causing the stampede, police officers said."
    assert block_units([caption, caption]) == [caption, caption]
    standfirst = "At least 145 worshippers are killed in a stampede at a temple during a festival."
    doc = build_document({"id": "a", "outlet": "W"}, "\n\n".join(["Temple stampede kills 145", standfirst, "\n".join([caption, caption]), LEDE, BODY, END]))
    assert caption not in doc.body and standfirst not in doc.body
    assert [r.reason for r in doc.removed if r.text == caption] == ["caption_pair", "caption_pair"]
    assert [r.reason for r in doc.removed if r.text == standfirst] == ["top:standfirst"]


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Cover image via Reuters/TODAY & Pinterest/Tripsavvy", "pattern:caption_credit"),
        ("Image via AFP/Malay Mail", "pattern:caption_credit"),
        ("For the latest headlines, follow our Google News channel online or via the app.", "pattern:call_to_action"),
        ("Sign up to our daily newsletter", "pattern:call_to_action"),
    ],
)
def test_credit_and_prompt_lines(line, reason):
    reasons = _reasons([LEDE, line, BODY, END])
    assert reasons == {1: reason}


def test_a_publication_line_near_the_top_goes_whatever_its_neighbours():
    units = ["Facebook returns online after an outage", STANDFIRST, "Published: Updated:", LEDE, BODY, END]
    assert _reasons(units) == {0: "top:headline", 1: "top:standfirst", 2: "top:date"}


def test_a_picture_credit_does_not_decide_its_neighbours():
    """A paragraph without a full stop between two picture credits stays body (the context
    revision reads past the credits as past the pictures)."""
    unfinished = "It was recently reported that many people are taking to social media to complain about their weight gain"
    units = ["Survey finds half of adults overweight", LEDE, "Image via AFP/Malay Mail", unfinished, "Image via Science News", BODY, END]
    assert 3 not in _reasons(units)
