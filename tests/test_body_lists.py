"""Lists of one shape under the body (results, vote counts, awards) stay body; furniture runs do not."""
from __future__ import annotations

import pytest

from analysis.body_lists import shape
from analysis.claims import find_claims
from analysis.clean import clean_text

LEAD = "Chelsea stayed five points clear at the top of the league on Sunday as a hard-fought win at West Ham kept them on course for a first title in five years."
SECOND = "Eden Hazard headed the visitors ahead from a right-wing cross, and the hosts missed two late chances to level the game."


@pytest.mark.parametrize(
    "lines",
    [
        ["RESULTS", "Man City 2 \u2014 0 Leicester", "Newcastle 0 \u2014 1 Man United", "QPR 1 \u2014 2 Arsenal", "Stoke 1 \u2014 0 Everton"],
        ["Atlanta is headed for a runoff", "Mary Norwood: 46 percent", "Kasim Reed: 36 percent", "Lisa Borders: 15 percent"],
        ["FULL LIST OF AWARDS:", "Best Film: The Quiet Girl", "Best Director: Jane Roe", "Best Actress: Ann Smith", "Audience Award: Close"],
    ],
)
def test_a_list_of_one_shape_under_the_body_stays(lines: list[str]) -> None:
    body = clean_text("\n\n".join([LEAD, SECOND, "\n".join(lines), "Post a Comment"])).body
    assert all(line in body for line in lines)
    assert "Post a Comment" not in body


@pytest.mark.parametrize(
    "lines",
    [
        ["Home", "World", "Sport", "Business", "Opinion"],
        ["Tags: Chelsea", "Topics: Premier League", "Share: Facebook", "Follow: Twitter"],
        ["Man charged after crash on M4", "Council approves new budget", "School closes after flood", "Police appeal for witnesses"],
    ],
)
def test_furniture_runs_are_no_list(lines: list[str]) -> None:
    body = clean_text("\n\n".join([LEAD, SECOND, "\n".join(lines)])).body
    assert not any(line in body.split("\n\n") for line in lines)


def test_a_list_above_any_body_is_not_given_back() -> None:
    lines = ["Mary Norwood: 46 percent", "Kasim Reed: 36 percent", "Lisa Borders: 15 percent"]
    body = clean_text("\n\n".join(["\n".join(lines), LEAD, SECOND])).body
    assert body.startswith("Chelsea stayed")


@pytest.mark.parametrize(("unit", "expected"), [("Best Film: The Quiet Girl", "label"), ("West Ham 0 \u2014 1 Chelsea", "score"), ("Tags: Chelsea", ""), ("WATCH: the goal", ""), (LEAD, "")])
def test_shape(unit: str, expected: str) -> None:
    assert shape(unit) == expected


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Man City 2 \u2014 0 Leicester", []),
        ("QPR 1 \u2013 2 Arsenal", []),
        ("nearly four in 10 \u2014 38 percent \u2014 who said", ["four in 10", "38 percent"]),
        ("The toll rose to 12 \u2014 15 of them children.", ["12", "15"]),
    ],
)
def test_a_score_between_two_names_is_no_claim(text: str, found: list[str]) -> None:
    assert [c.number_as_written for c in find_claims(text)] == found


@pytest.mark.parametrize(
    "lines",
    [
        ["Twitter: @citynews", "Facebook: facebook.com/citynews", "Instagram: @citynews_daily"],
        ["Editor-in-chief: Jane Roe", "Managing editor: John Doe", "Publisher: City News Ltd", "Registered office: 1 High St"],
    ],
)
def test_social_accounts_and_a_masthead_are_no_list(lines: list[str]) -> None:
    assert not any(shape(line) for line in lines)


COUNCIL = "The county council has named the bridges it will repair first after the winter floods, with work starting in the spring and the last crossing due to reopen in the autumn."
ITEMS = [
    "Mill Lane footbridge (#), Ashford, Kent (Station Road TN23 1PL);",
    "Kings Ford bridge, Wye, Kent (A28 TN25 5AH);",
    "Hollow Brook culvert (#), Chilham, Canterbury, East Kent (Bagham Lane CT4 8DB);",
    "Old Toll bridge, Fordwich, Kent (Moat Lane CT2 0DA);",
    "Sheep Wash bridge (#), Bridge, Kent (High Street CT4 5LA);",
    "Mote Park weir, Maidstone, Kent (Park Way ME15 7DT);",
    "Stour Valley viaduct, Godmersham, Kent (Canterbury Road CT4 7DR).",
]
AFTER = "Two of these (the footbridge and the culvert) will close to walkers while the work is done, the council said in its statement on Tuesday."


def test_a_list_written_into_the_prose_stays_whole() -> None:
    text = "\n\n".join([COUNCIL, "The council said the four it will repair first are as follows:", "\n".join(ITEMS), AFTER, "Share this article"])
    cleaned = clean_text(text)
    assert all(item in cleaned.body for item in ITEMS)
    assert AFTER in cleaned.body and "Share this article" not in cleaned.body


def test_semicolon_items_without_body_above_are_not_given_back() -> None:
    # a run of short lines at the very top, above any body paragraph, is not the story's list
    text = "\n\n".join(["\n".join(ITEMS[:2]), COUNCIL, AFTER])
    body = clean_text(text).body
    assert ITEMS[0] not in body and COUNCIL in body


COURT = "Nine men charged over the disorder at the derby will appear before magistrates over the coming month, police said on Monday."
DAYS = ["Monday 6 November", "Thursday 9 November", "Tuesday 14 November", "Friday 24 November"]
LATER = "Two other men have already been sentenced for their part in the disorder, and police said more charges were expected."


def test_a_list_of_dates_in_the_story_stays() -> None:
    text = "\n\n".join([COURT, "The defendants are due to appear on the following dates \u2013", "\n".join(DAYS), LATER])
    body = clean_text(text).body
    assert all(day in body for day in DAYS)
    assert "following dates" in body and LATER in body


def test_dated_cards_newest_first_are_no_list_of_the_story() -> None:
    text = "\n\n".join([COURT, LATER, "\n".join(reversed(DAYS)), "Share this article"])
    body = clean_text(text).body
    assert not any(day in body for day in DAYS)


def test_an_archive_of_dates_under_the_story_is_no_list_of_it() -> None:
    # review rev25: dates oldest first right under the story, not announced and with no body below, are an archive
    text = "\n\n".join([COURT, LATER, "\n".join(DAYS), "Share this article"])
    assert not any(day in clean_text(text).body for day in DAYS)


ROADS = ["Harbour Road, between the quay and the ferry terminal;", "Chapel Street, for its whole length; and", "Quarry Lane, north of the bridge"]


def test_a_list_at_the_story_end_under_a_short_line_announcing_it() -> None:
    # review rev25: the short line and the list were taken for a list of links at the tail; the last item after "; and" has no stop
    text = "\n\n".join([
        "Three roads in the town will close overnight next week for resurfacing, the highways department said on Monday.",
        "The roads affected are:",
        "\n".join(ROADS),
        "Comments are closed.",
        "Related stories",
        "Parking charges to rise",
    ])
    body = clean_text(text).body
    assert "The roads affected are:" in body and all(road in body for road in ROADS)
    assert "Parking charges to rise" not in body


TIPS = [
    "Remember to lock your doors and windows - even when you\u2019re at home",
    "Use keys to lock your screen doors - \u2018flicking the switch\u2019 still makes your property easily accessible for offenders",
    "Hide your keys, wallet and phone - don\u2019t leave them in an obvious place",
    "Always lock your vehicle and ensure valuable items are not left within view",
    "Close your curtains when you\u2019re not home - why risk tempting an opportunistic thief?",
    "If you\u2019re going away, get a friend or neighbour to check on your property",
]
RELEASE = [  # the shape of a police media release (eighth site sets, s328), names changed
    "Media release", "Falcon make multiple arrests", "Police",
    "Officers from Strike Force Falcon have made several arrests in relation to recent property crime in Harbourside.",
    "Since 4 February, the Harbourside city area had eleven break-ins where liquor was targeted. Eight of those break-ins resulted in "
    "thirteen arrests with two people issued with notices to appear. Five separate businesses were targeted in these incidents with two "
    "of those businesses targeted multiple times.",
    "Senior Sergeant Ann Lee said the arrests are due to quick responses by general duties officers and thorough investigations by "
    "Strike Force Falcon officers.",
    "\u201cPolice will continue to apprehend those responsible for property offending, but we cannot do that without public "
    "assistance,\u201d Snr Sgt Lee said.",
    "\u201cWe encourage the public to be vigilant of suspicious behaviour and to report it to police immediately.\u201d",
    "Police reiterate that there are options for business owners to reinforce security at their premises, such as applying for "
    "government grants, Biz Secure and Alcohol Secure.",
    "Those in residential areas are encouraged to have appropriate security measures in place to deter potential property crime.",
    "The security measures include:",
]


def test_a_bulleted_list_a_paragraph_announces_and_the_story_goes_on_under() -> None:
    # each tip alone is too short or too bare for jusText's method (justext:short, bad, neargood without the rule)
    below = "Senior Sergeant Ann Lee also said the number of vehicle thefts has lowered in the Harbourside region when compared to previous years."
    text = "\n\n".join([*RELEASE, "\n".join(f"  \u2022 {tip}" for tip in TIPS), below])
    cleaned = clean_text(text)
    assert all(tip in cleaned.typographic_body for tip in TIPS)
    assert [r.reason for r in cleaned.removed] == ["justext:short", "top:headline", "justext:short"]


def test_advice_closing_the_story_above_a_share_bar_stays() -> None:
    # review rev26: the list ends the story, a share bar under it; its items are sentences of advice
    text = "\n\n".join([*RELEASE, "\n".join(f"  \u2022 {tip}" for tip in TIPS), "Share this"])
    body = clean_text(text).typographic_body
    assert all(tip in body for tip in TIPS)


@pytest.mark.parametrize("announcing, items", [
    ("Before you go, here are some other stories our readers enjoyed this week:", ["Man charged after break-in", "Rugby club wins award", "New cafe opens"]),
    ("Residents are encouraged to have appropriate security measures in place. Follow us on:", ["Facebook", "Twitter", "Instagram"]),
])
def test_a_box_under_the_story_announced_with_a_colon_stays_out(announcing, items) -> None:
    text = "\n\n".join([*RELEASE[:-2], announcing, "\n".join(f"  \u2022 {item}" for item in items), "Share this"])
    body = clean_text(text).typographic_body
    assert not any(item in body for item in items)


def test_advice_under_a_short_line_announcing_it_closes_the_story() -> None:
    # review rev26: the announcing line and the list were taken for a list of links at the tail
    advice = ["Never move money to a so-called safe account", "Hang up and call your bank on a number you trust",
              "Never share a one-time passcode with a caller"]
    text = "\n\n".join([
        "Warning after scam callers pose as bank staff",
        "Trading standards officers have warned residents after at least 20 people were targeted by callers pretending to work for their bank.",
        "One woman in her 80s lost \u00a39,000 after being told to move her savings to a \u201csafe account\u201d.",
        "Officers have issued the following advice:",
        "\n".join(f"\u2022 {item}" for item in advice),
        "Share this story",
    ])
    body = clean_text(text).typographic_body
    assert "Officers have issued the following advice:" in body and all(item in body for item in advice)
