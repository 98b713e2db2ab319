"""The second read of session 24's change: ordinary news that the first versions of its rules took
as furniture, each written again as new text (the reviewer's cases are not copied)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.captions import is_scene_caption
from analysis.caption_context import is_noun_phrase
from analysis.claims import find_claims
from analysis.clean import clean_text

STORY = [
    "Harbour council approves new ferry timetable",
    "The harbour council approved a new ferry timetable on Tuesday after a year of complaints from island residents about late and cancelled sailings.",
    "The timetable adds two sailings a day in summer and moves the first crossing to 6.30am, the council said.",
    "Island residents welcomed the change but said the ferries themselves still needed replacing.",
]


def test_a_storys_own_sections_under_crossheads_that_restate_them_stay() -> None:
    sections = [
        "Island school to keep its early bus",
        "The island school's early bus will keep running to meet the first ferry, the council said.",
        "Freight sailings to move to the evening",
        "Freight sailings will move to the evening so that the morning ferries carry only passengers.",
        "Fares for island residents to stay the same",
        "Fares for island residents will stay the same for another year under the new timetable.",
    ]
    body = clean_text("\n\n".join(STORY + sections)).body
    for unit in sections[1::2]:
        assert unit in body


def test_a_letter_printed_under_its_own_title_and_date_stays() -> None:
    units = [
        STORY[0], "3 May 2024", *STORY[1:],
        "The council's chief executive has written to every island household.",
        "A letter from the chief executive to island residents",
        "2 May 2024",
        "Dear resident, I am sorry for the late and cancelled ferry sailings you have put up with this year, and I want to explain the new timetable.",
        "From June, two more sailings a day will run in summer, and the first ferry will leave at 6.30am.",
    ]
    body = clean_text("\n\n".join(units)).body
    assert units[-2] in body and units[-1] in body


@pytest.mark.parametrize(
    "lead",
    [
        "Parents at Harbour Primary School want answers from the council.",
        "Shares in Harbour Ferries rise after the council approves the timetable.",
        "Residents of Kerrera Island welcome the new timetable.",
    ],
)
def test_a_short_present_tense_lead_is_no_verbless_caption(lead: str) -> None:
    assert not is_noun_phrase(lead)
    assert lead in clean_text("\n\n".join([STORY[0], lead, *STORY[1:]])).body


@pytest.mark.parametrize(
    "sentence",
    [
        "CCTV images released by Harbour Police show two men leaving the ferry terminal shortly after midnight.",
        "From left-leaning councillors to business groups, nobody opposed the new timetable.",
        "The fake booking site asks visitors to enter your email address and card number before showing an error.",
    ],
)
def test_body_sentences_are_no_furniture_rows(sentence: str) -> None:
    assert match_pattern(sentence) is None
    body = clean_text("\n\n".join([STORY[0], STORY[1], sentence, STORY[2], STORY[3]])).body
    assert sentence in body and STORY[1] in body


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men are seen on camera leaving the ferry terminal on Harbour Road.",  # footage told in the body
        "Maria Lopez works the night shift at the ferry cafe in Oban.",  # a feature's first paragraph
        "Los Angeles officials expect record crowds for the regatta on Saturday, May 4, 2024.",  # a place and its people
        "Ernst and Young survey of 500 island firms points to slowing growth in Argyll.",  # a noun before "of"
    ],
)
def test_scene_caption_guards(sentence: str) -> None:
    assert not is_scene_caption(sentence)


def test_crews_working_at_the_scene_are_still_a_caption() -> None:
    assert is_scene_caption("Crews work at the scene of the crash on Harbour Road on Monday.")


def test_a_byline_over_a_quoted_lead_stays_a_byline_with_vox_pops_below() -> None:
    units = [
        STORY[0],
        STORY[1],
        "Ailsa Grant, Political Reporter",
        '"We have waited years for this," said ferry user Iain Munro, who commutes daily.',
        STORY[2],
        STORY[3],
        "Morag Bell, Retired Teacher",
        '"I will believe it when I see the first ferry on time."',
        "Hamish Reid, Fisherman",
        '"The boats are the problem, not the timetable."',
    ]
    cleaned = clean_text("\n\n".join(units))
    assert ("top:byline", units[2]) in [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        ("About 12 St. Louis residents wrote to the council.", ["12"]),
        ("The club sold 400 St. Patrick's Day tickets.", ["400"]),
        ("The ferry office moved to 118 Avenue and 82 Street last year.", []),
    ],
)
def test_a_numbered_street_needs_its_kind_written_out(sentence: str, numbers: list[str]) -> None:
    assert [c.number_as_written for c in find_claims(sentence)] == numbers


@pytest.mark.parametrize("label", ["Advertisement 345", "Advertisement 21", "Ad 3"])
def test_a_numbered_ad_slot_is_furniture(label: str) -> None:
    # the thirteenth site sets (s545): a news site's ad slots numbered between its paragraphs
    cleaned = clean_text("\n\n".join([STORY[0], STORY[1], label, STORY[2], STORY[3]]))
    assert label not in cleaned.body and STORY[2] in cleaned.body


def test_a_things_name_of_a_place_under_the_lead_is_no_byline() -> None:
    # the thirteenth site sets (s550): a board's name as a crosshead under a round-up's lead
    units = [
        "Boards have budgets approved",
        "A dozen of the town's boards had their budgets approved at Wednesday night's budget committee meeting.",
        "Murals of Harbour Town",
        "The murals committee asked for $12,000 to repaint two walls on the waterfront, and councillors agreed.",
        "Library Board",
        "The library board's budget was approved without debate.",
    ]
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith(units[1])
    assert units[2] in cleaned.body
