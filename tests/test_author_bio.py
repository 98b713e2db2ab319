"""The writer's note under the body, told by the byline's name (issue 11, t11, analysis.author_bio).

Must rows: notes of several shapes under a signed byline; must-not rows: body sentences that name
the writer or another person the same way (a correspondent in her own story, a profile's subject).
"""
from __future__ import annotations

import pytest

from analysis.author_bio import byline_names, is_writer_note
from analysis.clean import clean_text

BODY = [
    "Three inmates cut through steel bars and rappelled off a roof to break out of a jail in California, the sheriff said on Sunday.",
    "The group, which includes a man charged with murder, fled the jail on foot on Friday, officials told reporters.",
    "Deputies searched the area through the weekend with dogs and a helicopter.",
]
#: The body long enough to stand above an author card (25 words a paragraph).
LONG_BODY = [b + " Officers stayed at the scene through the night and the road reopened on Monday morning." for b in BODY]


@pytest.mark.parametrize(
    "byline, note",
    [
        ("- By Sydny Shepard", "Sydny Shepard is the Executive Editor of Campus Security & Life Safety."),
        ("By Jane Roe", "Jane Roe covers energy and climate for the paper. She lives in Houston."),
        ("By JANE ROE and Ed Poe", "Jane Roe, a former teacher, writes about schools and universities."),
        ("By Ed Poe / The Associated Press", "Ed Poe has reported from East Africa since 2009."),
        # the name in capitals with a middle initial; the first name alone with a note's verb; a counter glued to the byline
        ("By Rita Reith", "RITA L. REITH is a battalion chief with the fire department and serves as its public information officer."),
        ("By Tom Cleaver0158", "Tom joined the Mail in 2023. An award-winning journalist, he speaks four languages fluently."),
    ],
)
def test_writer_note_removed(byline: str, note: str) -> None:
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", byline, *BODY, note]))
    assert note not in cleaned.body and cleaned.body.startswith("Three inmates")
    assert "author_bio:byline" in [r.reason for r in cleaned.removed]


@pytest.mark.parametrize(
    "byline, last",
    [
        # the writer in her own story: reporting, not a note
        ("By Jane Roe", "Jane Roe was detained at the border on Monday and released after six hours."),
        ("By Jane Roe", "Jane Roe said the guards had taken her phone."),
        # the same first name, another person; a name the byline does not hold
        ("By Jane Roe", "Jane Smith is the sheriff's spokeswoman."),
        ("By Jane Roe", "Jane is the sheriff's youngest daughter."),
        ("By Jane Roe", "Jane Roeder joined the department in 2019."),
        ("By Jane Roe", "Sheriff Don Barnes is the county's top law enforcement officer."),
        # no byline above: the note's shape alone is a profile's sentence
        ("Orange County", "Don Barnes is the Sheriff of Orange County."),
        # a long paragraph about the writer's name-sake
        ("By Jane Roe", "Jane Roe is the name the court gave the plaintiff in the 1973 case, and the ruling that carried it stood for nearly fifty years until the justices overturned it, sending the question of abortion back to the states and to their legislatures."),
    ],
)
def test_writer_note_must_not(byline: str, last: str) -> None:
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", byline, *BODY, last]))
    assert last in cleaned.body


def test_note_only_at_the_end() -> None:
    note = "Jane Roe is the paper's courts reporter."
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", "By Jane Roe", BODY[0], note, *BODY[1:], "Deputies said more searches would follow on Monday.", "The jail was built in 1968."]))
    assert note in cleaned.body


def test_names_of_a_byline() -> None:
    assert byline_names("By NIC COURY and REBECCA BOONE") == ["NIC COURY", "REBECCA BOONE"]
    assert byline_names("By the numbers") == [] and is_writer_note("Jane Roe is here.", []) is False


@pytest.mark.parametrize(
    "card",
    [
        ["ricky", "Editor-in-Chief", "A seasoned broadcast journalist, a former news reporter and anchor of a national network."],
        ["Jonathan Hawes", "Journalist", "Originally from Austin, TX. Jonathan covers a little bit of everything, but mainly the council."],
        ["Jane Roe", "Senior Reporter", "Jane has covered crime and the courts in the county since 2015."],
    ],
)
def test_author_card_removed(card: list[str]) -> None:
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", *LONG_BODY, *card, "More from Community News"]))
    assert card[2] not in cleaned.body and cleaned.body.startswith("Three inmates")
    assert "author_bio:card" in [r.reason for r in cleaned.removed]


def test_author_card_not_inside_story() -> None:
    # a newsroom's profile naming a reporter by title, then going on with the story
    units = ["Inmates escape from jail", LONG_BODY[0], "Jane Roe", "Reporter", "Jane has covered crime and the courts in the county since 2015.", *LONG_BODY[1:]]
    cleaned = clean_text("\n\n".join(units))
    assert "Jane has covered crime" in cleaned.body




@pytest.mark.parametrize(
    "last",
    [
        "Emma has worked at the bakery since she was 16, and plans to stay.",
        "Emma joined the bakery in 2019 after leaving school.",
    ],
)
def test_first_name_of_the_story_subject(last: str) -> None:
    # by Emma Clarke, about Emma Watts: the first name alone is the subject's, not the writer's
    body = ["Emma Watts has baked bread in the village for ten years, and on Monday she won the county prize for it.", *BODY[1:]]
    cleaned = clean_text("\n\n".join(["Baker wins prize", "By Emma Clarke", *body, last]))
    assert last in cleaned.body


@pytest.mark.parametrize(
    "entry",
    [
        ["Tom Reyes", "Photographer", "Reyes spent a year on the border."],  # a job title alone above
        ["Anna Berg", "Painter", "Berg's canvases of the estuary took three years."],  # another person's entry above
    ],
)
def test_list_of_people_is_no_card(entry: list[str]) -> None:
    units = ["Shortlist announced", *LONG_BODY, *entry, "Lena Hart", "Photographer", "Hart spent a year photographing the last working pit ponies in Britain."]
    cleaned = clean_text("\n\n".join(units))
    assert "Hart spent a year photographing" in cleaned.body


def test_author_card_name_and_title_on_one_line() -> None:
    card = ["Kimberly Bautista | Reporter", "Kimberly Albiso Bautista has covered a wide range of news beats, including housing and crime."]
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", *LONG_BODY, *card, "Related Posts"]))
    assert card[1] not in cleaned.body and "author_bio:card" in [r.reason for r in cleaned.removed]


@pytest.mark.parametrize(
    "tail",
    [
        # a photo credit over the story's next line; a list of winners, each "Name, Job" over a citation
        ["Jane Roe | Photographer", "Nobody was hurt in the fire, the fire chief said on Monday."],
        ["Maria Lopez, Reporter", "Lopez won for her series on the county's jails.", "Tom Reid, Photographer", "Reid won for his pictures of the floods."],
    ],
)
def test_name_and_title_line_is_no_card(tail: list[str]) -> None:
    cleaned = clean_text("\n\n".join(["Inmates escape from jail", *LONG_BODY, *tail]))
    assert tail[-1] in cleaned.body
