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
        ("Published in The Daily Star, March 3rd, 2019.", "pattern:republication_note"),
        ("Published in Dawn, 14 April 2021", "pattern:republication_note"),
        ("This content originally appeared on Loop News.", "pattern:republication_note"),
        ("This content was published on", "pattern:republication_note"),
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
    appeal = "Your digital subscription is about to expire. Renew now to continue reading."
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
        # rev23: counts beside the same words
        ("The campaign called 112 voters on Sunday.", ["112"]),
        ("Canvassers rang 911 doorbells in the ward.", ["911"]),
        ("Police said the man called 911 himself.", []),
        ("Tracers have now contacted 12500, the agency said.", ["12500"]),
        ("The vote split 1,250 North and 950 South.", ["1,250", "950"]),
        ("Of the 800 recruits, 600 North, 200 South, were trained.", ["800", "600", "200"]),
        ("About 150 North and 250 South Korean defectors arrived.", ["150", "250"]),
        ("A woman aged 34, 22 passengers and the driver were taken to hospital.", ["22"]),
        ("New cases reported today (28) were lower than yesterday (31).", ["28", "31"]),
        ("Residents backed the second option 300 to 120.", ["300", "120"]),
    ],
)
def test_a_line_to_call_and_a_grid_address_are_no_counts(text, counted):
    assert [c.number_as_written for c in find_claims(text)] == counted


# -- review rev22 (made-up articles aimed at this session's rules): body that must stay ---------------------

@pytest.mark.parametrize(
    "line",
    [
        # someone's words: a reporting verb after the newsroom's phrase
        "Stay with NOAA Weather Radio for the latest forecasts, officials urged.",
        "Check back with FEMA for updates on eligibility, the county said.",
        "Maine's Chief Medical Examiner is working to confirm more about the pilot's identity, police said.",
        "She will have more details at Monday's news conference, her office said.",
        "They will have more information at Thursday's budget workshop, district spokeswoman Anne Cole said.",
        "Investigators will continue to monitor this report of a second bear near the school, the sheriff's office said.",
        "The FDA said it will update this page with more information as the investigation continues.",
        # a consumer guide's second person
        "Your free trial will end after 30 days, and the service will then charge the card you registered.",
        "Your membership will expire on the anniversary of the date you joined unless you renew it online.",
        "Restore your access by signing in before the deadline, the company says.",
        "Renew your subscription to get them back.",
        "Your free trial is about to end, one of the prompts reads, and a button offers a discount.",
        # a fact-check's "this content", a privacy guide's "blocking ads", a court's exhibits
        "This content was posted on a Telegram channel on Sunday and later shared with a caption blaming cloud seeding.",
        "This content first appeared on TikTok and was reposted by several accounts.",
        "You're blocking ads and trackers on every site once Shields is switched on, which is why some login pages fail.",
        "Exhibit 14",
    ],
)
def test_rev22_body_of_the_new_rows_words_stays(line):
    assert verdict(line)[0], verdict(line)


def test_rev22_two_short_statements_between_two_appeals_stay():
    appeal = "Our journalism is free for everyone. If you value it, please consider a contribution."
    cleaned = clean_text("\n\n".join([BODY, SECOND, appeal, "He is survived by his wife, Mary.", "A memorial service is planned for Saturday.", appeal]))
    assert "He is survived by his wife, Mary." in cleaned.body and "A memorial service is planned for Saturday." in cleaned.body


def test_rev22_a_fact_checks_lead_above_this_content_stays():
    lead = "A video claiming to show a flood caused by cloud seeding is from a 2019 storm in another country."
    claim = "This content was posted on a Telegram channel on Sunday and later shared with a caption blaming cloud seeding."
    cleaned = clean_text("\n\n".join([lead, claim, BODY]))
    assert cleaned.body.startswith(lead[:40]) and claim in cleaned.body


def test_rev22_a_labelled_update_above_the_wire_story_stays():
    units = ["UPDATE \u2013 The highway reopened at 5:30 p.m., police said.", "Two people remained in hospital on Tuesday night.",
             "SPRINGFIELD, Ill. (AP) \u2014 A tanker truck overturned on Interstate 55 on Tuesday morning, spilling diesel fuel and closing the road.",
             "The driver was taken to hospital with injuries that were not life-threatening, state police said."]
    cleaned = clean_text("\n\n".join(units))
    assert "Two people remained in hospital on Tuesday night." in cleaned.body and "The highway reopened" in cleaned.body


def test_rev22_an_articles_own_dated_updates_stay():
    updates = ["June 3, 2024", "Update: notice lifted for south Jackson", "Tests showed the water in south Jackson was safe to drink, the city said.",
               "June 3, 2024", "Update: distribution sites extended", "The three water distribution sites will stay open until 9 p.m."]
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD] + updates))
    assert updates[2] in cleaned.body and updates[5] in cleaned.body


@pytest.mark.parametrize(
    "line",
    [
        "Polls are open Tuesday, November 5, 2024, from 7:00 to 8:00.",
        "Thursday, October 22, 2020, at City Hall, starting at 10:30.",
    ],
)
def test_rev22_a_schedule_sentence_at_the_top_is_no_date_line(line):
    cleaned = clean_text("\n\n".join([line, BODY, SECOND]))
    assert line in cleaned.body


def test_rev22_a_story_updated_with_every_other_paragraph_rewritten_is_one_story():
    shared = ["Police have named the man who died in the flat fire.", "The man, 68-year-old Peter Lane, was found in a first-floor flat after crews put the fire out.",
              "The fire service said the cause of the fire was not thought to be suspicious."]
    first = [shared[0], "Firefighters were called to the block of flats on Sidwell Street at about 3am on Sunday morning.", shared[1],
             "Neighbours said they had been woken by smoke alarms and the sound of breaking glass in the early hours.", shared[2],
             "Twelve other residents were led out of the building by firefighters and checked over by paramedics."]
    update = [shared[0], "Tributes have been paid to a retired postman who died in a fire at his flat in the city centre.", shared[1],
              "His daughter said he was a generous man who had delivered letters on the same round for thirty years.", shared[2],
              "A fundraising page set up by neighbours to pay for his funeral had raised more than 3,000 pounds."]
    other = ["The council approved a new cycle lane along the river on Tuesday after a long public consultation.",
             "Work will start in the spring and the lane should open by the end of next year, officials said."]
    template = build_templates(("Devon", units_of("\n\n".join(p))) for p in (first, update, other)).get("Devon", frozenset())
    assert not template & {unit_key(u) for u in shared}
    assert shared[0] in clean_text("\n\n".join(update), template).body


def test_an_editors_comment_heading_is_no_box_heading():
    # rev23: a column's kicker over an editorial, or an editor's reply on a letters page, heads body; the Mmegi box
    # ("Editor's Comment" over another piece's title below the story) is left
    editorial = ["Editor's Comment", "Fix our roads now", "It is a scandal.", "Nothing more, nothing less.", BODY]
    cleaned = clean_text("\n\n".join(editorial))
    assert "It is a scandal." in cleaned.body and "Nothing more, nothing less." in cleaned.body


def test_a_headline_under_the_pictures_captions_that_the_lead_restates_is_the_headline():
    captions = ["Police raided a cleaning business linked to the suspect on Sunday night.",
                "Police raided a cleaning business, which is believed to be linked to the suspect. Credit: Jan Berg/TT"]
    headline = "Swedish police raid business in northern Stockholm"
    lead = "Swedish police raided a business in a Stockholm suburb on Sunday evening as part of the investigation into Friday's attack."
    cleaned = clean_text("\n\n".join(captions + [headline, lead, SECOND]))
    assert cleaned.body.startswith(lead[:40]) and cleaned.headline == headline


@pytest.mark.parametrize(
    "first",
    [
        "Two men were arrested in Leeds on Monday after a stabbing",  # a lead that lost its stop: the next paragraph goes on
        "Rescue goes on",  # too few of its words in the paragraph below
        "\u2022 Officers called to a house on Harehills Lane",  # a list's item
        # rev23: lines that read as sentences, which the paragraph below may tell again
        "Officers called to a house on Harehills Lane at 9pm",
        "A woman found with serious injuries on Harehills Lane",
        "\u201cOfficers were called to a house on Harehills Lane\u201d",
    ],
)
def test_a_short_line_the_paragraph_below_does_not_restate_is_no_headline(first):
    from analysis.boilerplate import Verdict
    from analysis.header_lines import restated_headline

    below = "Officers were called to a house on Harehills Lane at about 9pm, where a woman was found with serious injuries."
    units = ["A police car outside the house on Monday night.", first, below]
    verdicts = [Verdict(False, "boilerplate", "caption_pair"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    restated_headline(units, verdicts)
    assert verdicts[1].keep


@pytest.mark.parametrize("line, reason", [("SEE COMMENTS \u2192", "pattern:comments"), ("See all 12 comments", "pattern:comments"),
                                          ("Previous story:", "pattern:navigation"), ("Next \u00bb", "pattern:navigation")])
def test_a_pagers_and_a_comment_links_go(line, reason):
    assert verdict(line) == (False, reason)


def test_a_pager_link_below_the_body_goes_and_a_label_of_the_body_stays():
    cleaned = clean_text("\n\n".join([BODY, SECOND, THIRD, "SEE COMMENTS \u2192", "Previous story:"]))
    assert cleaned.body.endswith(THIRD)
    assert verdict("Next year:")[0]  # a label of the body's own list ("Next year: ...")
