"""Rules read from the eleventh collection of site sets (s436-s477, session 24), each tested on new
text: a kept line announcing what follows with a colon is no teaser's headline's neighbour, a
source's evidence in the present with its date is no caption, and a contact box's line with an
address the page's host hid from copying is furniture."""
from __future__ import annotations

import pytest

from analysis.captions import is_scene_caption
from analysis.clean import clean_text

HEADLINE = "Marine biologist wins research award"
BODY = [
    "Cape Town - A marine biologist at the university has won a national research award for her work on how sea spray cleans the air.",
    "The award, worth 500,000 rand, will pay for two years of measurements on a research ship in the Southern Ocean.",
    "She said she was surprised and grateful, and that the prize belonged to her students as much as to her.",
]


def test_an_essay_announced_with_a_colon_is_no_teaser() -> None:
    essay = [
        "In the professor's own words:",
        "The Answer to Cleaner Air May Lie in the Deep Blue Sea",
        "Picture yourself on a windy beach, breathing the salty air. It feels clean, but is it really?",
    ]
    cleaned = clean_text("\n\n".join([HEADLINE, *BODY, *essay]))
    for unit in essay:
        assert unit in cleaned.body


def test_a_teaser_under_the_body_still_goes() -> None:
    teaser = ["Penguin Colony Returns to the Beach After Ten Years Away", "Rangers counted 300 birds on Sunday."]
    cleaned = clean_text("\n\n".join([HEADLINE, *BODY, *teaser]))
    assert teaser[0] not in cleaned.body


@pytest.mark.parametrize(
    "sentence",
    [
        "Downdetector shows a spike in outages that started just before 09:00 on Wednesday, 27 April 2022.",
        "The council's register lists 42 complaints about the beach since March 3, 2021.",
    ],
)
def test_a_sources_evidence_with_its_date_is_no_caption(sentence: str) -> None:
    assert not is_scene_caption(sentence)
    assert sentence in clean_text("\n\n".join([HEADLINE, BODY[0], BODY[1], sentence, BODY[2]])).body


@pytest.mark.parametrize("line", ["Online Edition: [email protected]", "For News/Press Release: [email protected]"])
def test_a_contact_line_with_a_hidden_address_is_furniture(line: str) -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, *BODY, line]))
    assert line not in cleaned.body
    assert ("pattern:contact_note", line) in [(r.reason, r.text) for r in cleaned.removed]


def test_an_appeal_with_a_hidden_address_stays() -> None:
    appeal = "Anyone with information should email [email protected] or call the station."
    assert appeal in clean_text("\n\n".join([HEADLINE, BODY[0], BODY[1], appeal, BODY[2]])).body


@pytest.mark.parametrize(
    "note",
    [
        "Local journalism matters to our town, but it needs your support.",
        "Your donation makes a real difference to what we can cover.",
        "You can support us with a small monthly payment.",
    ],
)
def test_a_donation_appeal_closing_the_text_is_a_reader_note(note: str) -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, *BODY, note]))
    assert note not in cleaned.body
    assert any(r.text == note and r.reason in ("reader_note", "pattern:reader_appeal") for r in cleaned.removed)


def test_a_campaigns_supporters_are_no_appeal() -> None:
    last = "If you ask her supporters, they will tell you the award was long overdue and that they donate to her lab every year."
    assert last in clean_text("\n\n".join([HEADLINE, *BODY, last])).body


def test_a_box_of_stories_you_may_have_missed_inside_the_body_goes() -> None:
    box = ["Stories you may have missed", "Man charged after crash on ring road", "New cafe opens in old fire station", "School wins national robotics prize"]
    cleaned = clean_text("\n\n".join([HEADLINE, BODY[0], BODY[1], *box, BODY[2]]))
    for line in box:
        assert line not in cleaned.body
    assert BODY[2] in cleaned.body
