"""Furniture that sites repeat, read on the site sets (session 21) and named by kind, not by page: the
newsroom telling the reader it is on the story, a subscription running out, print and republication
notes, a figure's number alone, an ad-blocker notice; and a site header of prose over different
stories, which is the site's template and no story printed twice. Each case is written as new
text, beside the body of the same shape that must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import classify_units
from analysis.clean import clean_text, units_of
from analysis.outlet_templates import build_templates, stories, unit_key
from tests.news_text import BODY, SECOND, THIRD


def verdict(line: str) -> tuple[bool, str]:
    v = classify_units([line])[0]
    return v.keep, v.reason


@pytest.mark.parametrize(
    "line, reason",
    [
        # the newsroom on the story
        ("Stay with WKRG for the latest updates as they come in to our newsroom.", "pattern:update_notice"),
        ("Stay with Channel 4 as this story develops.", "pattern:update_notice"),
        ("Check back with The Courier as we learn more about the fire.", "pattern:update_notice"),
        ("This is a breaking news story. We are working to gather more details.", "pattern:update_notice"),
        ("NBC 7's Ana Lopez is working to learn more about what happened. She'll have the latest on NBC 7 News at 11 p.m.", "pattern:update_notice"),
        ("We have a reporter and a photographer heading to the scene. Live updates on KTVB and KTVB.com", "pattern:update_notice"),
        ("The Herald will continue to follow this story and report any new developments.", "pattern:update_notice"),
        ("WGAL will update this story with new information as it is released.", "pattern:update_notice"),
        ("We'll keep you posted.", "pattern:update_notice"),
        # a subscription running out
        ("Your digital subscription is about to expire. Don't miss out on the best stories from the Gazette.", "pattern:paywall_appeal"),
        ("Your free trial has ended, but the best of Example.News is still within reach. Renew now to unlock our reporting.", "pattern:paywall_appeal"),
        ("Regain your full access. Tap here to renew.", "pattern:paywall_appeal"),
        # print and republication notes
        ("Published in The Daily Star, March 3rd, 2019.", "pattern:closing_credit"),
        ("Published in Dawn, 14 April 2021", "pattern:closing_credit"),
        ("This content originally appeared on Loop News.", "pattern:closing_credit"),
        ("This content was published on", "pattern:closing_credit"),
        # a figure's label alone; an ad-blocker notice
        ("Figure 3", "pattern:caption"),
        ("Chart 12:", "pattern:caption"),
        ("We've noticed you're blocking ads. Our reporting is paid for by advertising, so please whitelist us.", "pattern:advert"),
    ],
)
def test_site_furniture_goes_with_its_reason(line, reason):
    assert verdict(line) == (False, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Police are working to learn more about the motive for the attack.",
        "Detectives are working to gather more evidence from the house, a spokesman said.",
        "\u201cWe will keep you updated,\u201d the mayor told residents on Tuesday.",
        "Stay with friends for more than a week if you can, the council advised those who were evacuated.",
        "Detectives said they will continue to follow this story of a family torn apart.",
        "Your subscription will end when the service shuts down in March, the company said in an email.",
        "Customers were told their subscription had expired even though they had paid for the year.",
        "Published in the journal Nature, the study followed 4,000 children for a decade.",
        "The figure 3 per cent was the lowest in a decade.",
        "You are blocking ads at your own risk, the publishers warned in a letter to readers.",
    ],
)
def test_body_of_the_same_words_stays(line):
    assert verdict(line)[0], verdict(line)


def test_a_subscription_box_goes_whole_and_its_greeting_with_it():
    box = [
        "Hello",
        "Your subscription is almost coming to an end. Don\u2019t miss out on the great content on Example.News",
        "Ready to continue your informative journey with us?",
        "Hello",
        "Your premium access has ended, but the best of Example.News is still within reach. Renew now to unlock exclusive stories.",
        "Reclaim your full access. Click below to renew.",
    ]
    headline = "Traders shut their shops for a second day over tax raids"
    cleaned = clean_text("\n\n".join(box + [headline, BODY, SECOND, THIRD]))
    assert cleaned.body.startswith(BODY[:40])
    assert cleaned.headline == headline
    assert {r.text for r in cleaned.removed} >= set(box[1:])


# -- a site header of prose over different stories: the site's, not a story printed twice ------------

NOTICE = [
    "Your reading streak is about to end, so come back tomorrow for more of the city's news.",
    "Ready to continue your journey through the stories that shape our town with us today?",
    "Members get early access to our investigations and a weekly letter from the editor.",
]
STORIES = [
    [
        "Traders in the old market kept their shops shut for a second day on Tuesday over tax raids.",
        "The traders' union said it would meet revenue officials on Thursday to discuss the raids.",
        "Several shop owners said they had lost a week of sales since the raids began last month.",
        "Police were deployed at the market gates but no arrests were reported by the evening.",
    ],
    [
        "Residents of the eastern suburb blocked the main road on Monday after a clash with police.",
        "Witnesses said officers fired tear gas to clear the road before buses could pass again.",
        "The district commissioner urged residents to report complaints through the proper channels.",
        "Schools in the area sent children home early as the standoff went on into the afternoon.",
    ],
]


def test_a_prose_header_over_two_different_stories_is_the_sites_template():
    pages = ["\n\n".join(NOTICE + story) for story in STORIES]
    template = build_templates(("Town", units_of(p)) for p in pages)["Town"]
    assert {unit_key(n) for n in NOTICE} <= template
    assert not template & {unit_key(s) for story in STORIES for s in story}


def test_the_same_header_over_one_story_printed_twice_counts_once():
    first = "\n\n".join(NOTICE + STORIES[0])
    update = "\n\n".join(NOTICE + STORIES[0][:3] + ["The union later called off the strike after talks."])
    other = "\n\n".join(STORIES[1])  # a third page, without the header
    template = build_templates(("Town", units_of(p)) for p in (first, update, other)).get("Town", frozenset())
    assert not template & {unit_key(n) for n in NOTICE}  # in one story only (and not on the third page)
    assert unit_key(STORIES[0][0]) not in template


def test_a_shared_head_pairs_when_a_rest_key_is_the_sites_own():
    # a footer paragraph on every page is the site's: sharing it does not make two stories one
    head = ("n1", "n2", "n3", "n4")
    footer = "footer"
    proses = [head + ("a1", "a2", footer), head + ("b1", "b2", footer), ("c1", "c2", "c3", "c4", "c5", footer)]
    assert stories(proses) == [0, 1, 2]
    assert stories([head + ("a1", "a2", footer), head + ("b1", "a2", footer), ("c1", footer)]) == [0, 0, 2]


def test_two_paragraphs_of_body_between_two_appeals_stay():
    appeal = "Your digital subscription is about to expire. Renew now to keep reading."
    cleaned = clean_text("\n\n".join([appeal, BODY, SECOND, appeal]))
    assert BODY in cleaned.body and SECOND in cleaned.body
    assert [r.reason for r in cleaned.removed] == ["pattern:paywall_appeal"] * 2


def test_an_update_label_before_a_dash_is_no_dateline_and_the_paragraphs_above_stay():
    update = "UPDATE \u2013 Around 5:30, police issued a statement that the standoff had been resolved peacefully."
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD, update]))
    assert cleaned.removed == () and cleaned.body.startswith(BODY[:40])
    # a place before the dash is the dateline: what stands above it is top matter
    dated = "BOISE \u2013 Police issued a statement on Tuesday that the standoff had been resolved peacefully."
    cleaned = clean_text("\n\n".join(["Standoff ends peacefully", dated, BODY]))
    assert cleaned.body.startswith("Police issued a statement")


# -- other stories' cards below the body ---------------------------------------------------------------

TEASERS = [
    "United have suffered a major setback with two experienced players injured. Both Sam Okafor\u2026 Read More",
    "Premier League giants United have reportedly set their sights on a Nigeria goalkeeper\u2026 Read More",
    "The club's preparations for the derby were severely disrupted before kick-off, a reality that\u2026 Read More",
]


def test_teasers_cut_short_with_their_read_more_links_go_below_the_body():
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD] + TEASERS))
    assert cleaned.body.endswith(THIRD)
    assert [r.text for r in cleaned.removed] == TEASERS  # as cards or a list closing the text


def test_one_teaser_with_its_read_more_link_is_the_pages_own_text():
    own = "New Delhi: Low temperatures and fog hit air and rail traffic this morning as a cold wave gripped the capital\u2026 Read more"
    cleaned = clean_text(own)
    assert cleaned.body.startswith("Low temperatures and fog")


def test_cards_of_a_date_a_title_and_a_teaser_go_below_the_body():
    cards = []
    for title, teaser in [
        ("Shop where winning raffle ticket was sold revealed", "The lottery has confirmed where the three winning tickets in Friday's draw were sold."),
        ("Phased return to the office begins next week", "A public health expert says the easing of restrictions is the right thing to do."),
        ("Council to vote on new parking charges", "Councillors will vote on Monday on a plan to raise parking charges in the town centre."),
    ]:
        cards += ["\u2022 Jan 24, 2022", title, teaser]
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD] + cards))
    assert cleaned.body.endswith(THIRD), cleaned.body


def test_a_timeline_of_dated_entries_stays():
    timeline = ["January 5, 2022", "The first cases were reported in the city.", "February 1, 2022", "The city locked down for three weeks.",
                "March 3, 2022", "Schools reopened after the lockdown ended."]
    cleaned = clean_text("\n\n".join([BODY, SECOND] + timeline + [THIRD]))
    for entry in timeline[1::2]:
        assert entry in cleaned.body


def test_cards_of_a_title_and_a_teaser_with_its_read_more_link_go_below_the_body():
    cards = []
    for title, teaser in [
        ("Lake park certified as a dark sky park", "GUNNISON, Colorado \u2013 The park service said on Monday that the lake's night\u2026 Read more"),
        ("State declares July dark sky month", "Lansing, Michigan \u2013 Last month the state senate adopted a resolution that\u2026 Read more"),
        ("Fossil beds named newest dark sky park", "The fossil beds in central Colorado have been designated the forty-first site\u2026 Read more"),
    ]:
        cards += [title, title + " Thumbnail", teaser]
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD] + cards))
    assert cleaned.body.endswith(THIRD), cleaned.body
    # a title between two paragraphs of the body is a crosshead, not a card's
    crosshead = clean_text("\n\n".join([BODY, "Rescue goes on into the night", SECOND, THIRD]))
    assert "Rescue goes on into the night" in crosshead.body


def test_three_paragraphs_of_body_above_a_dated_paragraph_stay():
    dated = "DENVER \u2013 The governor signed a proclamation on Friday declaring June a month for dark skies across the state."
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD, dated]))
    assert cleaned.body.startswith(BODY[:40]) and dated[9:] in cleaned.body
    # a headline and a standfirst above the dateline stay top matter
    cleaned = clean_text("\n\n".join(["Governor declares dark sky month", SECOND, dated, BODY]))
    assert cleaned.body.startswith("The governor signed")


# -- the fifth collection (s166-s207), read after its one blind measure ----------------------------------

@pytest.mark.parametrize(
    "line, reason",
    [
        ("Published on Island Times (https://islandtimes.example.to)", "pattern:print_notice"),
        ("We will have more information on the crash as it becomes available.", "pattern:update_notice"),
        ("We'll bring you more details when they are confirmed.", "pattern:update_notice"),
        ("Click on the image above to start the gallery.", "pattern:caption"),
        ("Tap the arrow to scroll through the pictures", "pattern:caption"),
    ],
)
def test_fifth_collection_furniture_goes(line, reason):
    assert verdict(line) == (False, reason)


@pytest.mark.parametrize(
    "line",
    [
        "Police said they will have more information on the crash as it becomes available.",
        "\u201cWe will have more information when it becomes available,\u201d the sheriff said.",
        "The report was published on the council's website (www.example.gov) on Monday and drew 300 comments.",
        "Visitors can click on the image of each painting to learn more about the artist who made it.",
        "The meeting starts at 10:30.",
    ],
)
def test_fifth_collection_body_of_the_same_words_stays(line):
    assert verdict(line)[0], verdict(line)


def test_a_published_and_an_updated_stamp_on_one_line_is_top_matter():
    stamp = "Thursday, October 22, 2020 - 10:30.  Updated on Thursday, October 22, 2020 - 10:44."
    cleaned = clean_text("\n\n".join(["Growers desperate after halt of melon exports", stamp, BODY, SECOND]))
    assert cleaned.body.startswith(BODY[:40])
    assert ("top:date", " ".join(stamp.split())) in {(r.reason, r.text) for r in cleaned.removed}


# -- numbers that name a line to call or a grid address, not a count ------------------------------------

from analysis.claims import find_claims  # noqa: E402


@pytest.mark.parametrize(
    "text, counted",
    [
        ("Multiple calls to 911 reported heavy fire coming from the rear of the building.", []),
        ("The delay after calling 911 was just a backup of higher-priority calls.", []),
        ("They grabbed the dog, fled the house and called 911.", []),
        ("She dialled 999 and waited for the ambulance.", []),
        ("He called 911 times in a single year, police said.", ["911"]),
        ("Police said 911 people were evacuated from the tower.", ["911"]),
        ("The crash closed 4500 South near 700 East on Monday morning.", []),
        ("About 1,000 South Africans and 400 South Koreans were flown home.", ["1,000", "400"]),
        # a menu's option, the day of the month in brackets, a list of ages, a name's age after a spaced comma
        ("Call police on 101, select option 1, and speak to the control room.", []),
        ("A suspect was arrested in the town by police on Thursday night (9).", []),
        ("The new price takes effect from midnight today (10), the ministry announced.", []),
        ("Three men, aged 28, 29 and 31, were arrested at the port.", ["Three"]),
        ("Lokman Salleh , 54, chief operating officer of a company", []),
        ("Sales rose on Monday (14 stores reported gains).", ["14"]),
    ],
)
def test_a_line_to_call_and_a_grid_address_are_no_counts(text, counted):
    assert [c.number_as_written for c in find_claims(text)] == counted
