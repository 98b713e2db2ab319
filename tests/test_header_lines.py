"""Lines of a page's header told by place and shape (issue 11, t11): a byline with its outlet or
under a bullet, the headline printed again, a picture's credit line, key points above the body.

Must rows are shapes written for these tests (not lines of the labelled pages); must-not rows are
body text of several kinds of news that the same place or shape could take.
"""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.header_lines import key_points, picture_credit_line, repeated_headline
from analysis.topmatter import is_signed_byline

LEDE = "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said."
SECOND = "Crews brought heavy machinery into the valley on Wednesday, and the army sent two helicopters to reach villages cut off by the slides."
THIRD = "The regional government said it would pay for temporary housing for every family whose home was destroyed."


def _reasons(text: str) -> list[str]:
    return [r.reason for r in clean_text(text).removed]


@pytest.mark.parametrize(
    "line, signed",
    [
        ("By VICKI SMITH / The Associated Press", True),
        ("By Jane Roe | Reuters", True),
        ("- By Sydny Shepard", True),
        ("\u2022 By Ed Poe and Jane Roe", True),
        ("By Jane Roe \u2014 Bloomberg", True),
        # no names after By, or a sentence
        ("By the numbers", False),
        ("- By the way, the vote was close", False),
        ("By / Reuters", False),
        ("By Tuesday, 40 had died.", False),
        ("- Bystanders filmed the crash", False),
        ("", False),
    ],
)
def test_signed_byline_with_outlet_or_bullet(line: str, signed: bool) -> None:
    assert is_signed_byline(line) is signed


def test_header_printed_twice_with_byline_and_credit() -> None:
    """A page's header: headline, standfirst, byline with its outlet, the headline again over the
    picture, the caption twice and the photographer's credit line; the body starts below."""
    page = "\n\n".join([
        "13 trapped in coal-mine blast",
        "Rescuers in West Virginia combat volatile gases to try to reach miners.",
        "By VICKI SMITH / The Associated Press",
        "13 trapped in coal-mine blast",
        "SUPPORT: A pastor leads families of the trapped miners in prayer at a church near the mine.\nSUPPORT: A pastor leads families of the trapped miners in prayer at a church near the mine.\nGENE J. PUSKAR, THE ASSOCIATED PRESS",
        LEDE, SECOND, THIRD,
    ])
    cleaned = clean_text(page)
    assert cleaned.body.startswith("Rescuers dug through the rubble")
    assert cleaned.headline == "13 trapped in coal-mine blast"
    reasons = [r.reason for r in cleaned.removed]
    assert reasons.count("top:headline") == 2 and "top:byline" in reasons and "top:standfirst" in reasons
    # the photographer's line goes as a credit (a furniture pattern may name it before this rule does)
    assert "PUSKAR" not in cleaned.body and {"caption:credit", "pattern:caption_credit"} & set(reasons)


@pytest.mark.parametrize(
    "below_caption",
    [
        "Rescue Efforts",  # a crosshead in title case: no comma between names
        "Smith, Jones and Brown were among the dead.",  # a sentence
        "Police said 14 people, including 3 children, died",  # words no name has, digits
    ],
)
def test_credit_line_must_not(below_caption: str) -> None:
    units = ["A pastor leads families in prayer at a church near the mine on Tuesday.", below_caption, LEDE]
    verdicts = [Verdict(False, "boilerplate", "caption:scene"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    picture_credit_line(units, verdicts)
    assert verdicts[1].keep


def test_credit_line_needs_a_caption_above() -> None:
    units = [LEDE, "JANE ROE, THE ASSOCIATED PRESS", SECOND]
    verdicts = [Verdict(True, "body", "")] * 3
    picture_credit_line(units, verdicts)
    assert all(v.keep for v in verdicts)


def test_headline_again_below_the_lead_takes_only_the_copy() -> None:
    """Under the lead of a closed header (headline, byline, date), the headline again is a picture's
    alternative text: the copy goes, the lead above it stays; further down (three paragraphs above
    it) a crosshead of the same words stays."""
    units = ["Quake toll rises", "By Jane Roe", "March 3, 2024", LEDE, "Quake toll rises", SECOND]
    verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:byline"), Verdict(False, "top_matter", "top:date")]
    verdicts += [Verdict(True, "body", "")] * 3
    repeated_headline(units, verdicts)
    assert [v.keep for v in verdicts] == [False, False, False, True, False, True]
    units = ["Quake toll rises", LEDE, SECOND, THIRD, "Quake toll rises", SECOND]
    verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 5
    repeated_headline(units, verdicts)
    assert [v.keep for v in verdicts] == [False, True, True, True, True, True]


def test_standfirst_between_two_copies_of_the_headline() -> None:
    page = ["Quake toll rises to 94", "Thousands were left homeless as rescuers searched for survivors in the mountain villages.", "Quake toll rises to 94", LEDE, SECOND, THIRD]
    cleaned = clean_text("\n\n".join(page))
    assert cleaned.body.startswith("Rescuers dug") and _reasons("\n\n".join(page)) == ["top:headline", "top:standfirst", "top:headline"]


KEY_POINTS_PAGE = [
    "Minimum wage: pay rise for workers from April - when does it go up?",
    "- Over 3 million workers will see a pay rise from April 1 as the minimum wage increases",
    "- The national living wage will rise by 6.7%, providing up to \u00a31,400 more a year",
    "- Some businesses have committed to paying the Real Living Wage by October",
    "Millions of workers will see a pay rise this week, as statutory minimum wages increase in a move unions say will support growth.",
    "The Government has said that over three million workers will benefit from the rise, which comes into effect on Tuesday.",
]


def test_key_points_under_a_headline_and_standfirst() -> None:
    cleaned = clean_text("\n\n".join(KEY_POINTS_PAGE))
    assert cleaned.body.startswith("Millions of workers")
    assert cleaned.headline == KEY_POINTS_PAGE[0]
    assert _reasons("\n\n".join(KEY_POINTS_PAGE)) == ["top:headline"] + ["top:summary"] * 3


@pytest.mark.parametrize(
    "above",
    [
        # a lede of its own length introducing a list (body, however it ends)
        [LEDE + " They listed the villages worst hit by the slides and the roads that remain closed to traffic this week."],
        ["The council approved three measures on Monday:"],
        # more kept units above the list than a header holds
        ["Floods hit the town.", "Schools are shut.", "Roads are closed.", "Power is out."],
    ],
)
def test_key_points_must_not(above: list[str]) -> None:
    units = above + ["- Ten died in the floods.", "- Schools are shut until Friday.", SECOND]
    verdicts = [Verdict(True, "body", "")] * len(units)
    key_points(units, verdicts)
    assert all(v.keep for v in verdicts)


def test_key_points_need_two_items_and_body_below() -> None:
    one = ["Floods hit the town", "- Ten died in the floods.", SECOND, THIRD]
    at_end = ["Floods hit the town", "- Ten died in the floods.", "- Schools are shut."]
    for units in (one, at_end):
        verdicts = [Verdict(True, "body", "")] * len(units)
        key_points(units, verdicts)
        assert all(v.keep for v in verdicts)


ENTRIES = [
    "The Environment Agency has issued 30 flood warnings across the north of England.",
    "Rail services between Leeds and York have been cancelled after water covered the tracks at several points.",
    "Residents of Hebden Bridge were told to move to higher ground as the river rose overnight, police said.",
    "The Met Office said up to 80mm of rain could fall on high ground on Monday.",
]


@pytest.mark.parametrize(
    "stamps",
    [
        ["10:42 GMT", "10:15 GMT", "09:58 GMT", "09:30 GMT"],
        [None, "10:15 GMT", "09:58 GMT", "09:30 GMT"],  # the first entry right under the headline
        ["Updated 10:42 GMT, 5 December 2026", "Posted 10:15 GMT", "By Jane Roe", "Posted 09:30 GMT"],
    ],
)
def test_live_blog_entries_are_body(stamps: list[str | None]) -> None:
    parts = ["Floods live: rivers burst their banks"]
    for stamp, entry in zip(stamps, ENTRIES):
        parts += ([stamp] if stamp else []) + [entry]
    body = clean_text("\n\n".join(parts)).body
    assert all(entry in body for entry in ENTRIES)


def test_one_date_line_under_a_standfirst_still_closes_the_header() -> None:
    page = ["Floods: rivers burst their banks", "Thousands told to leave their homes as rain goes on.", "5 December 2026 10:42 GMT", LEDE, SECOND, THIRD]
    cleaned = clean_text("\n\n".join(page))
    assert cleaned.body.startswith("Rescuers dug") and "top:standfirst" in _reasons("\n\n".join(page))


STANDFIRST = "Thousands were left homeless as rescuers searched for survivors in the mountain villages."


@pytest.mark.parametrize(
    "byline",
    [
        "Jane Roe | Reuters",
        "Jane Roe, Rome correspondent",
        "Jane Roe @janeroe",
        "Written by Jane Roe @janeroe",
        "By Jane Roe Updated Dec 5, 2026, 10:42am EST",
        "Jane Roe\nRome",  # a place alone under the byline
        "Written by Jane Roe, Rome",
    ],
)
def test_byline_under_a_standfirst(byline: str) -> None:
    page = "\n\n".join(["Quake toll rises to 94", STANDFIRST, byline, LEDE, SECOND, THIRD])
    cleaned = clean_text(page)
    assert cleaned.body.startswith("Rescuers dug") and "top:standfirst" in _reasons(page)


@pytest.mark.parametrize(
    "line",
    [
        "Search goes on in Amatrice, Italy",  # a verb in lower case: a line of the body or a crosshead
        "Rescuers searched the rubble.",
        "Reuters",  # an agency alone: a caption's credit as often as a byline
        "Floods | Power cuts",  # one name-like word before the separator: tags, not a person
        "Jane Roe",  # a name alone: left to the byline rules of boilerplate
    ],
)
def test_not_a_header_byline(line: str) -> None:
    from analysis.header_lines import is_header_byline

    assert not is_header_byline(line)


def test_header_byline_only_in_the_header() -> None:
    """Below two paragraphs of prose, a line of names with a separator is the body's (a results
    list, a signature) and is left to the rules of the body."""
    from analysis.header_lines import header_byline

    units = [LEDE, SECOND, "Jane Roe | Reuters", THIRD]
    verdicts = [Verdict(True, "body", "")] * 4
    header_byline(units, verdicts)
    assert all(v.keep for v in verdicts)


@pytest.mark.parametrize(
    "lead, cut",
    [
        ("Historic flood in southern US WASHINGTON: Emergency workers rescued more than 7,000 people, the governor said.", True),
        ("Historic flood in southern US BATON ROUGE, La. (AP) - Emergency workers rescued more than 7,000 people, the governor said.", True),
        # the lead opens with the headline's words and goes on: lower case, a name, a full stop
        ("Historic flood in southern US states forced 7,000 people from their homes, the governor said.", False),
        ("Historic flood in southern US Gulf states forced 7,000 people from their homes, the governor said.", False),
        ("Historic flood in southern US. Emergency workers rescued more than 7,000 people, the governor said.", False),
    ],
)
def test_headline_run_into_the_lead(lead: str, cut: bool) -> None:
    page = "\n\n".join(["Historic flood in southern US", lead, SECOND, THIRD])
    body = clean_text(page).body
    assert body.startswith("Emergency workers") if cut else body.startswith("Historic flood in southern US")


def test_title_versions_above_the_first_paragraph() -> None:
    page = [
        "Central bank raises key interest rate to combat inflation.",
        "Central Bank Announces Important Decision on Interest Rate Change",
        "On Thursday, the central bank announced a significant interest rate change that could affect financial markets and the economy across the country.",
        SECOND, THIRD,
    ]
    cleaned = clean_text("\n\n".join(page))
    assert "Important Decision" not in cleaned.body and "On Thursday, the central bank" in cleaned.body


@pytest.mark.parametrize(
    "units",
    [
        # a crosshead in title case below the first paragraph is the body's
        [LEDE, "Rescue Efforts Continue in the Valley", SECOND, THIRD],
        # a line in sentence case above the first paragraph: a short lede or a standfirst, not a title
        ["Rescuers kept digging through the night", LEDE, SECOND],
        # no paragraph of the body below: a list of titles
        ["Rescue Efforts Continue", "Schools Stay Shut", "Roads Reopen"],
    ],
)
def test_title_case_lines_must_not(units: list[str]) -> None:
    from analysis.header_lines import title_case_lines

    verdicts = [Verdict(True, "body", "")] * len(units)
    title_case_lines(units, verdicts)
    assert all(v.keep for v in verdicts)


@pytest.mark.parametrize(
    "prefix, cut",
    [
        ("By Jane Roe | ", True),
        ("By Jane Roe, Reuters. ", True),
        ("By Jane Roe \u2014 ", True),
        ("Updated: Dec 5, 2026 ", True),
        ("Published 5 December 2026 ", True),
        # a lead that opens with By or a publication word
        ("By Monday, 40 had died and ", False),
        ("By late Tuesday ", False),
        ("Published reports said that ", False),
    ],
)
def test_byline_or_stamp_glued_to_the_lead(prefix: str, cut: bool) -> None:
    lead = "Rescuers dug through the rubble of collapsed homes on Tuesday as the toll rose to 94, officials said."
    body = clean_text("\n\n".join(["Quake toll rises to 94", prefix + (lead if cut else lead[0].lower() + lead[1:]), SECOND])).body
    assert body.startswith("Rescuers dug") if cut else body.startswith(prefix.strip())


@pytest.mark.parametrize(
    "paragraph, place",
    [
        ("AMATRICE, Italy \u2014 Rescuers dug on.", "AMATRICE"),
        ("SAN SIMEON, Calif. \u2014 Growing wildfires spread.", "SAN SIMEON"),
        ("MANCHESTER, N.H. - Sanders spoke for an hour.", "MANCHESTER"),
        # a place in capitals needs three letters: two countries or a phrase before a dash are no dateline
        ("US, China - Trade talks resumed on Monday.", None),
        ("OK, Google - Play the news.", None),
    ],
)
def test_dateline_place_in_capitals_with_its_region(paragraph: str, place: str | None) -> None:
    from analysis.markers import match_dateline

    found = match_dateline(paragraph)
    assert (found[0] if found else None) == place


@pytest.mark.parametrize(
    "top, headline",
    [
        # a site's name above the headline shares no word with the lead
        (["Caribbean Broadcasting Corporation", "Rescuers search rubble as quake toll rises to 94", "By Jane Roe"], "Rescuers search rubble as quake toll rises to 94"),
        # the page store's date stamp glued to the headline
        (["date 2023-07-26 Quake toll rises to 94 in the province"], "Quake toll rises to 94 in the province"),
        # a headline sharing a word with the lead stays, even when a line below shares more
        (["Province counts its dead", "Rescuers dug through rubble of collapsed homes", "By Jane Roe"], "Province counts its dead"),
    ],
)
def test_the_headline_is_about_the_story(top: list[str], headline: str) -> None:
    assert clean_text("\n\n".join(top + [LEDE, SECOND, THIRD])).headline == headline


@pytest.mark.parametrize(
    "line, dated",
    [
        ("Published on 31 July 2019 at 4:21pm", True),
        ("February 23, 2011 in Nation/World", True),
        ("Posted on December 5, 2026 by admin", True),
        ("Wed, Jul 24, 2013 - Page 6", True),
        ("Updated 10:42 GMT", True),
        # a crosshead with a day in it: two date words of four
        ("20 safely rescued on Sunday", False),
        ("Three killed in Monday crash", False),
    ],
)
def test_date_line_prepositions_count_neither_way(line: str, dated: bool) -> None:
    from analysis.topmatter import is_date_line

    assert is_date_line(line) is dated


def test_crosshead_of_the_body_shape_at_the_cut_end_stays() -> None:
    """A match report's last crosshead, in the capitals of its earlier ones, over a paragraph the
    page cut short: body, not another story's headline or a tail label; without earlier
    crossheads of that shape a closing title stays a teaser."""
    from analysis.body_edges import tail_units, teaser_tail

    body = [LEDE, "FRANCE WIN IN DUBLIN FOR THE FIRST TIME", SECOND, THIRD]
    end = ["REMARKABLE WALES ON THE GO", "Wales roared back from a 17-3 halftime deficit to complete a remarkable 25-24 win over 14-man Scotland in a crack"]
    keep = [True] * 6
    assert not (tail_units(body + end, keep) | teaser_tail(body + end, keep))
    plain = [LEDE, SECOND, THIRD, "Plane Crash Averted As Pilots Make Emergency Landing", "A plane made an emergency landing."]
    assert teaser_tail(plain, [True] * 5) == {3, 4}


def test_line_introducing_a_list_given_back_goes_back_with_it() -> None:
    intro = "Here's a look at allocations for specific ministries:"
    items = ["Defence Ministry: Rs 6.1 lakh crore", "Ministry of Road Transport and Highways: Rs 2.78 lakh crore", "Ministry of Railways: Rs 2.55 lakh crore"]
    page = "\n\n".join(["Budget allocations announced", LEDE, SECOND, intro, *items])
    body = clean_text(page).body
    assert intro in body and all(item in body for item in items)
    # a closing line with a colon over nothing of one shape still goes
    page = "\n\n".join(["Budget allocations announced", LEDE, SECOND, "Contact us with your story tips:"])
    assert "story tips" not in clean_text(page).body


@pytest.mark.parametrize(
    "paragraph, place",
    [
        ("New Delhi, Feb 1 (IANS) The Interim Budget provides for Rs 47.66 lakh crore.", "New Delhi"),
        ("Mumbai, Jan. 12 (PTI) Over 200 flights were delayed.", "Mumbai"),
        # a name and a bracket that is no agency
        ("Smith, Jan 5 (left) The two met in Paris.", None),
        ("Paris, France (AFP) The strike went on.", None),  # no date: left alone
    ],
)
def test_dateline_with_agency_in_brackets(paragraph: str, place: str | None) -> None:
    from analysis.markers import match_dateline

    found = match_dateline(paragraph)
    assert (found[0] if found else None) == place


def test_validate_top_runs_the_rules_in_the_order_of_cleaning() -> None:
    """make validate-top measures each rule as clean_text runs it: same rules, same order (one list)."""
    import analysis.clean as clean
    from analysis.topcheck import RULES

    assert RULES is clean.HEADER_RULES
    assert [name for name, _ in RULES] == [rule.__name__ for _, rule in RULES]  # each named as it is


@pytest.mark.parametrize(
    "between",
    [
        ["Jane Roe", "Reporter", "December 5, 2026"],  # a name and a role the general rule took
        ["Reading Time: 3 mins", "Jane Roe"],
        ["Advertisement", "By Jane Roe"],  # an advert slot inside the header
    ],
)
def test_standfirst_above_a_byline_read_past_labels_and_slots(between: list[str]) -> None:
    page = "\n\n".join(["Quake toll rises to 94", STANDFIRST, *between, LEDE, SECOND, THIRD])
    assert clean_text(page).body.startswith("Rescuers dug")


def test_blogger_note_above_a_reposted_header_stays() -> None:
    """A blogger's own words above the story they repost (its headline again in sentence case, its
    date): the headline in words is no label, so the note is not read as a standfirst."""
    note = "What a traffic mess this has caused. I had a lunch meeting downtown and it took an hour to get there."
    page = "\n\n".join(["Thursday, March 31, 2005", "Spill Forces Evacuation", note, "Spill forces evacuation", "Thursday, March 31, 2005", "Staff Reporters", LEDE, SECOND, THIRD])
    assert note in clean_text(page).body
