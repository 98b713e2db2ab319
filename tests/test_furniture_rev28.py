"""Furniture wordings read from the blind review rev28 (session 24: captions, in-body furniture and
hard body paragraphs made up by a reviewer who did not see the rules). Each row is tested on new
text, inside the body and as a body sentence that shares its words."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text

HEADLINE = "Harbour bridge to close for repairs"
BODY = [
    "The harbour bridge will close for six weeks from March so that engineers can replace its worn expansion joints, the council said on Monday.",
    "Drivers will be sent on a signed diversion through the town centre, which the council expects to add about ten minutes to most journeys.",
    "Buses will keep running across a temporary lane on the old swing bridge.",
]

FURNITURE = [
    "Picture posed by models",
    "A map showing the diversion route through the town centre",
    "Graphic: How the bridge closure changes bus routes",
    "The old swing bridge in the 1930s. (Supplied: Harbour Museum)",
    "Share this article: Facebook Twitter WhatsApp Email Copy link",
    "Got a story? Email the newsdesk or message us on Facebook.",
    "The Weekend Read, our pick of the week's long reads, every Saturday. Enter your email address",
    "\u25b6 Drone footage shows the bridge's worn joints (1:12)",
    'Play video, "Bridge to close for six weeks", Duration 1,05',
    "POLL: Should the bridge close in summer instead? Yes | No | Not sure",
    "Turn on notifications to get traffic alerts from the Harbour Herald.",
    "MOST READ: Man charged after crash on ring road",
    "More on this story: Bridge inspection found cracks \u00b7 Council approves repair budget",
    "Local news needs you. Subscribe now from $2 a week. Already a subscriber? Log in",
    "Posted by Harbour Town Council on Monday, March 3, 2025",
    "Sponsored content from our partners",
    "Liam Doyle, 34, of Harbour Town (Harbour Police)",
    "A screenshot of the council's closure notice",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_inside_the_body_goes(line: str) -> None:
    assert match_pattern(line) is not None
    cleaned = clean_text("\n\n".join([HEADLINE, BODY[0], BODY[1], line, BODY[2]]))
    assert line not in cleaned.body
    assert BODY[0] in cleaned.body and BODY[1] in cleaned.body


@pytest.mark.parametrize(
    "sentence",
    [
        "A map of the diversion was posted on the council's website on Monday, and drivers have been asked to study it.",
        "Posted by the council on its website, the notice says the work could overrun.",
        "Police said Liam Doyle, 34, of Harbour Town, was arrested on Monday.",
        "A screenshot of the notice was shared hundreds of times on Facebook, and the council said it was genuine.",
        "Drivers who got a letter from the council asked why the work could not wait until winter.",
    ],
)
def test_body_sentences_with_those_words_stay(sentence: str) -> None:
    assert sentence in clean_text("\n\n".join([HEADLINE, BODY[0], BODY[1], sentence, BODY[2]])).body
