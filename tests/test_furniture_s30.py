"""Read on the site sets in the session of 7 Dec 2026 (issue 11): other stories' cards closing the text, each a title
over one teaser, told by their stories alone (no date, no link, no title said again: s1050, s1141).
Every text here is made up."""
from analysis.clean import clean_text
from analysis.promo_cards import _card_label, unrelated_cards
from analysis.repeats import content_words, share_in
from analysis.topmatter import wire_dateline
from tests.helpers import assert_rows, claim_numbers

STORY = [
    "A minibus driver is in custody after a fatal accident on the East Bank public road on Sunday evening, police said.",
    "Dead is a 39-year-old farm labourer who was struck down while crossing the road near his home at Belladrum.",
    "Enquiries disclosed that the minibus was speeding west along the road when it hit the man, who died at the scene.",
]
CARDS = [
    "Rain ruins second T20",
    "MOUNT MAUNGANUI, New Zealand - Any hopes the West Indies entertained of rebounding in the series were washed out by rain.",
    "President rings in New Year in church",
    "The President joined the congregation at St Mary's Anglican Church at Soesdyke for the watch-night service last evening.",
    "Exxon's new well site looks promising - sources",
    "ExxonMobil's oil future looks even brighter as sources say its Ranger well in the Stabroek Block shows good results.",
]


def _page(*paragraphs: str) -> str:
    return "\n\n".join(["Driver held after labourer dies on East Bank road", *paragraphs])


def _with_end(units: list[str], at: int) -> tuple[list[str], list[bool], list[str]]:
    """Units with a comment form's line at ``at`` (the story's end a page shows), their keep flags and reasons."""
    units = units[:at] + ["Add comment"] + units[at:]
    reasons = ["pattern:comments" if u == "Add comment" else "" for u in units]
    return units, [not r for r in reasons], reasons


def test_other_stories_cards_below_the_storys_end_go_with_their_titles():
    cleaned = clean_text(_page(*STORY, "Add comment", "Comments will be moderated before they appear.", *CARDS))
    assert cleaned.body.split("\n\n") == STORY
    assert [r.reason for r in cleaned.removed if r.text in CARDS] == ["promo_card"] * 6


def test_cards_with_nothing_to_show_the_storys_end_stay():
    # Their shape alone is a Q&A's, a round-up's or a story's one-paragraph sections (a second read, rev42).
    cleaned = clean_text(_page(*STORY, *CARDS))
    assert all(c in cleaned.body for c in CARDS)
    qa = ["Will schools be closed on Monday?", "District officials said they would decide by 5 a.m. whether buses can run safely.",
          "How long will the power be out?", "The utility said most customers should have power back by Tuesday night.",
          "Where can residents get sandbags?", "Sandbags are free at the public works yard on Elm Street until the storm passes."]
    cleaned = clean_text(_page(*STORY, *qa, "Share this article"))
    assert all(q in cleaned.body for q in qa)


def test_a_clipped_last_teaser_and_a_title_asked_as_a_question_still_make_the_cards():
    cards = CARDS[:4] + ["Wokeism: a weapon of mass destruction?", "When can one say they have had enough of being told what to think by a"]
    cleaned = clean_text(_page(*STORY, "Add comment", *cards))
    assert cleaned.body.split("\n\n") == STORY
    assert not any(c in cleaned.body for c in cards)


def test_two_cards_are_no_list_of_other_stories():
    cleaned = clean_text(_page(*STORY, "Add comment", *CARDS[:4]))
    assert all(c in cleaned.body for c in CARDS[:4])


def test_a_story_told_in_sections_keeps_its_last_sections():
    # A round-up: each brief under its title; the first brief is under one too, so the text has sections of its own.
    briefs = ["Library opens late on Thursdays", "The town library will stay open until 8 p.m. every Thursday from next month, the council said.",
              *CARDS]
    text = "\n\n".join(["News in brief", STORY[0], "Driver held over fatal crash", STORY[1], STORY[2], "Add comment", *briefs])
    cleaned = clean_text(text)
    assert all(b in cleaned.body for b in CARDS)


def test_closing_sections_that_tell_the_same_story_stay():
    sections = [
        "What happens to the driver next", "The minibus driver will appear in court on a charge of causing death by dangerous driving.",
        "Police appeal to witnesses on the road", "Police want to hear from anyone who saw the minibus on the East Bank road on Sunday.",
        "Family pays tribute to the labourer", "The labourer's family said he was a kind man who crossed that road to work every day.",
    ]
    cleaned = clean_text(_page(*STORY, "Add comment", *sections))
    assert all(s in cleaned.body for s in sections)


def test_a_live_blogs_entries_about_one_event_stay():
    # Entries under their headings that tell one story between them: each shares its words with the others.
    entries = [
        "Storm reaches the northern coast", "The storm reached the northern coast on Monday night with winds of 120 km/h, according to forecasters.",
        "Storm cuts power to coastal towns", "The storm cut power to 40,000 households in the coastal towns, according to the power company.",
        "Storm halts coastal ferries", "The ferry company stopped all sailings as the storm brought trees and power lines to the ground.",
    ]
    story = set().union(*(content_words(s) for s in STORY))
    assert not any(share_in(content_words(a) | content_words(b), story) for a, b in zip(entries[::2], entries[1::2]))  # none tells the story above
    assert unrelated_cards(*_with_end(STORY + entries, 3)) == set()
    assert unrelated_cards(*_with_end(STORY + CARDS, 3)) == set(range(4, 10))


def test_cards_under_a_one_paragraph_text_are_not_read():
    # Under two paragraphs of prose at least: a teaser page opens with a card, and what tells a story is unknown.
    assert unrelated_cards(*_with_end(STORY[:1] + CARDS, 1)) == set()
    assert sorted(unrelated_cards(*_with_end(STORY[:2] + CARDS, 2))) == list(range(3, 9))


def test_cards_under_section_labels_and_a_boxs_heading_go_whole():
    labelled = ["Business", CARDS[0], CARDS[1], "Politics", CARDS[2], CARDS[3], "Crime", "16 more wells drilled offshore this year",
                "Sixteen more wells were drilled in the offshore block this year as the oil company widened its search.", "News"]
    cleaned = clean_text(_page(*STORY, "Share this article", "More from around the region", *labelled))
    assert cleaned.body.split("\n\n") == STORY
    removed = [r.text for r in cleaned.removed]
    assert "More from around the region" in removed and removed.count("News") == 1 and "Business" in removed
    # A label is a word or three with no figure and no stop.
    assert _card_label("Crime") and not _card_label("Top 10") and not _card_label("Police said.")


def test_a_local_stations_dateline_with_the_state_opens_the_lead():
    # A station prints its summary under the headline, then the lead opening "City, ST (CALL) -" (s1358).
    lead = "Lake Charles, LA (KPLC) - A man had to be rescued on the lake on Wednesday after his sailing boat capsized in strong winds."
    text = "\n\n".join([
        "Coast Guard rescues man after sailing boat capsizes",
        "The boater did not need medical care and later salvaged his boat, according to the Coast Guard.",
        "By KPLC Digital Team", "Published: Sep. 22, 2021 at 8:14 PM CDT", "Share on Facebook",
        lead,
        "Watchstanders were told at 4:14 p.m. that a man was in the water near the boat launch, the Coast Guard said.",
        "A boat crew pulled the 23-year-old man from the water and took him to the shore, where he declined medical care.",
        "The boater did not need medical care and later salvaged his boat, according to the Coast Guard.",
    ])
    cleaned = clean_text(text)
    assert cleaned.body.startswith(lead.split(" - ", 1)[1])  # the dateline is read off the lead (Cleaned.dateline)
    assert cleaned.dateline_text and cleaned.dateline_text.startswith("Lake Charles")
    assert wire_dateline().match("Tulsa, Okla. (KOTV) - A fire") and not wire_dateline().match("Police said (AP) - a man")
    # A list's items are no station's datelines: the station's call sign opens with K or W (a second read, rev42).
    assert not wire_dateline().match("Jane Olson, Burnsville (DFL) - A retired teacher") and not wire_dateline().match("Lindenwood, Mo. (OVC) - The Lions")


def test_rows_read_on_the_forty_sixth_to_forty_eighth_collections():
    furniture = {
        "Keep in contact with The Thaiger by following our Facebook page.": "follow",
        "Never miss out on future posts by following The Thaiger.": "follow",
        "Advertisements": "advert",
        "We will bring you further details when we have them.": "update_notice",
        "Updated": "date_line",
        "File photo. The fire on High Street was mainly smoke damage, but it displaced residents.": "caption",
        "*Edited to reflect corrected time of the police response to the Morin Street incident.": "update_notice",
        "type here...": "navigation",
    }
    body = [
        "\u2014 Paris",  # a list's dashed item
        "\u2014 The Dallas Morning News",  # an editorial round-up's attribution (rev42: the dashed-source row was dropped)
        "Amended to include a sunset clause, the bill passed 21-11 on Tuesday.",  # an editor's note is marked (rev42)
        "Stock photos. You have seen them in every brochure.",  # a column's opening (rev42)
        "We will share more information when we have it.",  # a principal's letter quoted (rev42)
        "She said she would keep in touch with her family by following their posts online.",
        "Updated to reflect the new schedule, the timetable runs on Sundays too, the council said.",  # someone's words
        "We will bring you the rest of the squad when the club names it, he said.",
        "The file photo was taken in 2019. It shows the old bridge before the flood.",
    ]
    assert_rows(furniture, body)


def test_other_stories_dates_alone_closing_the_text_go_and_a_storys_list_of_days_stays():
    dates = ["December 15th, 2013", "September 29th, 2024", "September 17th, 2024", "December 13th, 2024", "December 13th, 2024"]
    cleaned = clean_text(_page(*STORY, *dates))
    assert cleaned.body.split("\n\n") == STORY
    assert [r.reason for r in cleaned.removed if r.text in dates] == ["card_dates"] * 5
    days = ["The driver will appear in court on these days:", "Tuesday 10 October", "Friday 20 October", "Friday 3 November"]
    cleaned = clean_text(_page(*STORY, *days))
    assert all(d in cleaned.body for d in days[1:])
    # Forward, the story's list of days stays however the line above announces it (a second read, rev42).
    days = ["Trial sessions are scheduled for", "Tuesday, January 14, 2025", "Tuesday, February 11, 2025", "Tuesday, March 11, 2025"]
    cleaned = clean_text(_page(*STORY, *days))
    assert all(d in cleaned.body for d in days[1:])


def test_an_hour_beside_a_clock_time_is_no_count():
    assert claim_numbers("The fire probably started at around 1 or 1:30, the chief said.") == []
    assert claim_numbers("The road was closed between 9 and 9:30 on Monday.") == []
    assert claim_numbers("Police said 3 or 4 men ran off.") == ["3", "4"]  # a count's alternative is no clock
