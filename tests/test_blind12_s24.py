"""Rules read from the twelfth collection of site sets (s481-s522, session 24), each tested on new
text: a numbered street is an address, a signed byline with the writer's handle and the date after
bars is a byline, a paywall offering two ways in to "the rest", a caption's "battle" with its object."""
from __future__ import annotations

import pytest

from analysis.captions import is_scene_caption
from analysis.claims import find_claims
from analysis.clean import clean_text
from analysis.topmatter import is_signed_byline


@pytest.mark.parametrize(
    "sentence, numbers",
    [
        ("Officers were called to the bus terminal on 118 Avenue and 82 Street at 9:30 p.m.", []),
        ("The council approved a permit for a bakery at 212 S. 5th Street on Monday.", []),
        ("Some 300 Oxford Street shoppers were evacuated.", ["300"]),  # a count before a street's name and its people
        ("About 40 Main Road residents signed the petition.", ["40"]),
        ("Crews repaved 12 roads in the east of the city.", ["12"]),
    ],
)
def test_a_numbered_street_is_an_address(sentence: str, numbers: list[str]) -> None:
    assert [c.number_as_written for c in find_claims(sentence)] == numbers


@pytest.mark.parametrize(
    "line, expected",
    [
        ("By Ana Ruiz, Courier Senior Reporter | @anaruiz | March 3, 2021 | 4:05 p.m.", True),
        ("By Ana Ruiz | @anaruiz | 4:05 p.m.", True),
        ("By Ana Ruiz | @anaruiz | Crews left the scene on Monday.", False),
        ("By the numbers | 40 died | 12 missing", False),
    ],
)
def test_a_byline_with_handle_and_date_after_bars(line: str, expected: bool) -> None:
    assert is_signed_byline(line) is expected


def test_a_piped_byline_above_the_lead_is_top_matter() -> None:
    units = [
        "County crews join battle against wildfires",
        "By Ana Ruiz, Courier Senior Reporter | @anaruiz | March 3, 2021 | 4:05 p.m.",
        "Firefighters from across the county have been sent north to help battle the wildfires that have burned thousands of acres this week.",
        "The county fire department said it had sent eight engines, the most it has ever sent on mutual aid.",
        "Local stations remain staffed, a spokesman said.",
    ]
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith(units[2])
    assert ("top:byline", units[1]) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_paywall_offering_two_ways_to_the_rest_is_furniture() -> None:
    prompt = "Subscribe or Login to read the rest of this story."
    units = ["Mayor to be drawn from a hat", "Councillors could pick the new mayor by drawing a name from a hat after a tied vote on Monday.", prompt]
    cleaned = clean_text("\n\n".join(units))
    assert prompt not in cleaned.body


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Firefighters battle flames from the Ridge Fire burning in the hills above Ventura on Tuesday.", True),
        ("Crews battle a blaze at a timber yard on the edge of Ballarat on Sunday.", True),
        ("Vote precedes battle on Capitol Hill over the budget in Washington on Monday.", False),  # the noun
    ],
)
def test_battle_is_a_scene_verb_with_its_object(text: str, expected: bool) -> None:
    assert is_scene_caption(text) is expected


STORY = [
    "Traffic slow near the legislature after crash",
    "Police are warning commuters that traffic will be slow on Friday morning near the legislature, where a power pole was struck.",
    "The lights went out at the junction before 6 a.m., and crews were still working there at noon, officers said.",
    "A police spokesperson did not give any other details about the crash or about the driver of the car.",
]
CARDS = [
    "Protesters build wooden structure in downtown park",
    "There are signs protesters are settling in for the long haul downtown, building a wooden structure in the park.",
    "LIVE AT 9 A.M. | Police chief to give update on the protest",
    "The police chief will speak to media at 9 a.m. about the protest and the safety of downtown streets.",
    "Two provinces take lead signalling end to restrictions",
    "Two provinces have taken the lead in signalling an end to most restrictions, officials said.",
]


def test_other_stories_titles_over_teasers_that_restate_them_go() -> None:
    cleaned = clean_text("\n\n".join(STORY + CARDS))
    assert STORY[3] in cleaned.body
    for unit in CARDS[:2] + CARDS[3:]:
        assert unit not in cleaned.body


def test_a_bodys_crossheads_over_paragraphs_stay() -> None:
    sections = [
        "Road repairs",
        "Road repairs on the ring road will start in August and last until the end of the year, the council said.",
        "Library hours",
        "Library hours will be extended on Saturdays from September, with two more staff taken on.",
        "Bus passes",
        "Bus passes for pensioners will stay free, the council confirmed after a question from a resident.",
    ]
    body = clean_text("\n\n".join(STORY + sections)).body
    for unit in sections[1::2]:
        assert unit in body


def test_two_cards_are_not_enough() -> None:
    body = clean_text("\n\n".join(STORY + CARDS[:4])).body
    assert CARDS[1] in body and CARDS[3] in body  # two title-and-teaser pairs may be the body's own sections


def test_a_group_pictures_names_above_the_headline_are_its_caption() -> None:
    units = [
        "Mary Doyle, Cllr Sean Walsh, Health Minister, Anne Byrne and Senator Tom Kelly.",
        "Minister hears concerns of town traders over crime",
        "The creation of a new patrol unit in the town's garda station was proposed at a special meeting with the minister on Monday.",
        "Traders told the meeting that windows had been smashed and staff assaulted in recent weeks.",
    ]
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.headline == units[1]
    assert cleaned.body.startswith(units[2])
    assert ("caption:name", units[0]) in [(r.reason, r.text) for r in cleaned.removed]


def test_a_title_case_headline_with_a_comma_is_no_list_of_names() -> None:
    from analysis.header_lines import is_name_list

    assert not is_name_list("A One-Person Job, Now Divided Among Many More.")
    assert not is_name_list("Storm Hits Coast, Thousands Without Power")


def test_a_platforms_note_to_the_pages_owner_is_furniture() -> None:
    units = [
        "You are the owner of this page.",
        "A1 A1",
        "State board poised to award millions for downtown project",
        "DES MOINES | It is up to the voters in the city now, after the state board approved the plan on Friday morning.",
        "The city manager said the project had come a long way since the first meeting with the board.",
    ]
    cleaned = clean_text("\n\n".join(units))
    assert cleaned.body.startswith("It is up to the voters") or cleaned.body.startswith("DES MOINES")
    assert units[0] not in cleaned.body and units[2] not in cleaned.body
