"""Read on the forty-ninth to fifty-first collections (s1390-s1434) in the session of 7 Dec 2026 (issue 11): a story's
update above its dateline, a consent plugin's categories, a free-registration call, an advert slot's name, a newsroom's
note that it is gathering more, a picture's file name with spaces. Every text here is made up."""
from analysis.clean import clean_text
from analysis.boilerplate import Verdict
from analysis.furniture_patterns import match_pattern
from analysis.page_copies import lost_copies
from tests.helpers import assert_rows

HEADLINE = "Deputies search for suspect after woman shot"
LEAD = "LAKEWOOD, Colo. \u2014 Deputies were searching for a shooting suspect after a woman was shot and critically hurt on Saturday morning."
BODY = [
    "Deputies set up a perimeter and asked residents in the 3600 block of South Sheridan Boulevard to stay inside.",
    "The woman was taken to hospital with life-threatening injuries, the sheriff's office said.",
    "No other details were immediately available.",
]


def test_a_storys_update_above_its_dateline_is_body_and_an_updates_headline_is_not():
    update = "UPDATE | The sheriff's office said the suspect was found in Wheat Ridge and there is no longer a threat."
    cleaned = clean_text("\n\n".join([HEADLINE, "Posted at 9:29 AM, Dec 17, 2022", update, LEAD, *BODY]))
    assert update in cleaned.body
    label = "UPDATE: Deputies find suspect in Wheat Ridge"  # an update's headline: no stop, no one reported
    cleaned = clean_text("\n\n".join([HEADLINE, "Posted at 9:29 AM, Dec 17, 2022", label, LEAD, *BODY]))
    assert label not in cleaned.body and cleaned.body.startswith("Deputies were searching")
    timed = "UPDATE (8:45 p.m.): Deputies say the suspect was found in Wheat Ridge and there is no longer a threat."
    cleaned = clean_text("\n\n".join([HEADLINE, timed, LEAD, *BODY]))
    assert timed in cleaned.body


def test_rows_read_on_the_forty_ninth_to_fifty_first_collections():
    furniture = {
        "No cookies to display.": "cookie",
        "Functional cookies help perform certain functionalities like sharing the content of the website on social media platforms.": "cookie",
        "Advertisement cookies are used to provide visitors with customized advertisements based on the pages you visited.": "cookie",
        "Register on ExampleLIVE at no cost to receive newsletters, read exclusive articles & more.": "newsletter",
        "Banner Left": "advert",
        "We're still working to get more details about the crash. This story will be updated.": "update_notice",
        "D7 follow up bar 2460x400FINAL.png": "photo_link",
    }
    body = [
        "Advertising cookies are used to follow users around the web, the regulator said.",  # someone's words
        "Register at the library for free to get a card, and bring a proof of address.",
        "Police said they are working to get more information about the crash.",
        "The banner left the stadium on a fan's shoulders.",
        "We're still working to rebuild the barn, the farmer said.",
    ]
    assert_rows(furniture, body)


def test_a_consent_plugins_panel_above_the_story_goes_whole():
    panel = ["Customize Consent Preferences", "Always Active", "No cookies to display.",
             "Functional cookies help perform certain functionalities like sharing the content of the website on social media platforms.",
             "No cookies to display.", "Analytical cookies are used to understand how visitors interact with the website.",
             "No cookies to display.", "Banner Left", "Banner Right"]
    cleaned = clean_text("\n\n".join([*panel, HEADLINE, LEAD, *BODY]))
    assert cleaned.body.startswith("Deputies were searching")
    assert not any(p in cleaned.body for p in panel)


def test_a_standfirst_above_the_pages_published_label_and_a_picture_credited_by_picture_by():
    # The Guernsey Press prints headline, standfirst, "Published", a caption closed by its credit, then the lead.
    standfirst = "NEARLY 40 arrests have been made over three months as police targeted anti-social behaviour in the town."
    caption = "Head of law enforcement Ruari Hardy presents the annual report. (Picture by Jane Roe, 26040269)"
    lead = "The uniformed operation was designed to deliver a consistent low-tolerance approach to anti-social behaviour."
    rest = ["Of those arrested, 24 were male and 14 were female, the report said.",
            "Officers also carried out 109 licence checks at pubs and clubs across the town."]
    cleaned = clean_text("\n\n".join(["Almost 40 arrests made on weekends", standfirst, "Published\n" + caption, lead, *rest]))
    assert cleaned.body.split("\n\n")[0] == lead
    assert standfirst not in cleaned.body and "Ruari Hardy" not in cleaned.body
    assert match_pattern(caption) == ("boilerplate", "caption_credit")


def test_rows_read_on_the_fifty_second_to_fifty_fourth_collections():
    furniture = {
        "1. Posted by enosamm on": "comments",
        "2. Posted by Jane Roe on May 4, 2023 at 9:12 am": "comments",
        "Map of South Sudan showing Warrap State. (-).": "caption",
        "About Staff Writer": "author_box",
    }
    body = [
        "The map of the district showing the flooded roads was released by the council, officials said.",
        "1. Posted by the council on its website, the notice gave residents a week to object.",
        "About staff shortages, the union said little.",
    ]
    assert_rows(furniture, body)


def test_rows_read_on_the_fifty_fifth_to_fifty_seventh_collections():
    furniture = {
        "Refresh this page and stay with Ch. 3 for the latest updates.": "update_notice",
        "This story is breaking. Stay with Eyewitness News for updates.": "update_notice",
        "Article continues after...": "advert",
        "To continue reading this article for FREE,": "subscriber",
        "please kindly register and/or log in.": "subscriber",
        "Registration is absolutely 100% FREE and will help us personalise your experience.": "subscriber",
        "For your latest Waterford News and Sport, click here.": "link_here",
        "A message from the Editor, Mark Waldron": "reader_appeal",
        "This article tagged under:": "tags",
    }
    body = [
        "Registration is free.",  # an event's details
        "Registration is free for all residents of the county.",
        "A message from the editor was read at the funeral on Tuesday.",
        "To continue reading the article, the judge said, would be unfair to the jury.",
        "The story is breaking records at the box office.",
    ]
    assert_rows(furniture, body)


def test_a_summary_printed_again_as_a_paragraph_keeps_its_copy_in_the_body():
    # A station prints its summary under the headline and again in the story (s1480). When the repeats rule took the lower
    # copy for the pull quote of the upper and a header rule then took the upper as a standfirst, the paragraph comes back.
    summary = "One firefighter was taken to the hospital with minor injuries, according to the fire department."
    units = ["Seven residents displaced after house fire", summary, "By Jane Roe",
             "At least seven residents were displaced after a fire burned through a multi-family home on Sunday.", summary,
             "The cause of the fire remains under investigation."]
    verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:standfirst"),
                Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pull_quote"),
                Verdict(True, "body", "")]
    lost_copies(units, verdicts)
    assert [v.keep for v in verdicts] == [False, False, False, True, True, True]
    # A pull quote of a paragraph that stays is a copy: it stays out.
    verdicts[1], verdicts[4] = Verdict(True, "body", ""), Verdict(False, "boilerplate", "pull_quote")
    lost_copies(units, verdicts)
    assert not verdicts[4].keep
