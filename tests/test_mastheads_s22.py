"""A masthead above the headline (session 22, review rev24): its place recurs in the lead, so sharing a word
with the lead does not make it the headline. Written as new text."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

LEAD_SHARES = "\n\n".join([
    "The Dundee Evening Courier",
    "News  Sport  Business  Opinion",
    "A night on the lifeboat: six hours with the Broughty Ferry crew",
    "By Morag Finlay",
    "14 February 2024",
    "The lifeboat crew at Broughty Ferry near Dundee answered three calls in six hours on Saturday night, and let a reporter ride along on the last.",
    "The first call came at 9pm, when a kayaker was seen drifting past the harbour wall without a paddle.",
])

LEAD_TELLS_NOTHING = "\n\n".join([
    "Auckland Weekly Times",
    "Life  Money  Home",
    "Five ways to keep your power bill down this winter",
    "By Grace Liu",
    "3 June 2024",
    "Electricity prices in Auckland rise again on July 1. Energy advisers suggest a few simple steps.",
    "Turn the heat pump down by one degree at night, and close the curtains as soon as the sun sets.",
])


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (LEAD_SHARES, "A night on the lifeboat: six hours with the Broughty Ferry crew"),
        (LEAD_TELLS_NOTHING, "Five ways to keep your power bill down this winter"),
    ],
)
def test_the_headline_under_a_masthead(text: str, headline: str) -> None:
    cleaned = clean_text(text)
    assert cleaned.headline == headline
    assert headline not in cleaned.body


def test_a_credit_line_above_the_date_is_no_headline() -> None:
    text = LEAD_TELLS_NOTHING.replace("By Grace Liu", "Interview by Grace Liu").replace("Five ways to keep your power bill down this winter\n\n", "")
    assert clean_text(text).headline != "Interview by Grace Liu"


def test_a_headline_sharing_words_with_the_lead_stays() -> None:
    text = "\n\n".join([
        "Flood Warning Issued",
        "Rain is forecast to fall all week across the valley, and rivers are already high",
        "By Tom Reed",
        "A flood warning was issued for the valley on Monday as rain kept falling and the river rose past its banks.",
        "Residents were told to move cars away from the embankment.",
    ])
    assert clean_text(text).headline == "Flood Warning Issued"


def test_a_headline_printed_twice_with_a_breadcrumb_glued_before_the_first() -> None:
    text = "\n\n".join([
        "No menu items!",
        "HomeRegionFerry services cut as port workers strike",
        "Ferry services cut as port workers strike",
        "Ferry services between the island and the mainland were cut on Tuesday as port workers began a two-day strike over pay.",
        "The union said talks with the port authority had broken down.",
    ])
    cleaned = clean_text(text)
    assert cleaned.headline == "Ferry services cut as port workers strike"
    assert cleaned.body.startswith("Ferry services between the island")
    assert [r.reason for r in cleaned.removed][:1] == ["pattern:navigation"]  # a theme's empty-menu message


def test_a_title_case_headline_is_no_masthead() -> None:
    # review rev25: a title-case headline closing with an ordinary word stays the headline over its subhead
    text = "\n\n".join([
        "Okafor Sets New World Record",
        "The sprinter ran the 200 metres in a time nobody had run at the stadium before",
        "By Ada Eze",
        "Grace Okafor set a new world record in the 200 metres at the national stadium on Saturday night.",
        "The crowd rose as the time flashed on the board.",
    ])
    assert clean_text(text).headline == "Okafor Sets New World Record"


@pytest.mark.parametrize("message", ["No menu items found.", "No menu items to display", "No menu items!"])
def test_a_themes_empty_menu_message_inside_the_story_is_navigation(message) -> None:
    text = "\n\n".join([
        "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials in the province said.",
        message,
        "The army sent tents and food to the towns in the hills, where roads were cut by landslides.",
    ])
    cleaned = clean_text(text)
    assert message not in cleaned.body
    assert [(r.reason, r.text) for r in cleaned.removed] == [("pattern:navigation", message)]


def test_a_broadcasters_name_with_its_channel_number_and_place_gives_way() -> None:
    # s268 (seventh site sets): "7 News Belize" above the headline, which stands over the date line
    text = "\n\n".join([
        "9 News Fiji",
        "Ferry Crews Walk Out Over Pay",
        "posted (March 4, 2024)",
        "Ferry services between the islands were cut on Monday as crews walked out in a dispute over pay and rosters.",
        "The union said talks with the operator had broken down after three weeks.",
    ])
    assert clean_text(text).headline == "Ferry Crews Walk Out Over Pay"


@pytest.mark.parametrize("line, masthead", [
    ("7 News Belize", True),
    ("Buenos Aires Herald Today", True),
    ("Herald Sun", False),  # the word first: a masthead of two words is read as before ("Sun" is no masthead word)
    ("Times Square Reopens After Storm", False),  # the word first, three words after it
])
def test_masthead_shape(line, masthead) -> None:
    from analysis.header_lines import _masthead
    assert _masthead(line) is masthead
