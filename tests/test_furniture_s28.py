"""Furniture and claims read in the session of 6 Dec 2026 from 21:12 UTC (issue 11): a WordPress comment heading whose
title lost its closing quotation mark, a station's name written with its channel number ("7 News"), an emergency line's
"911 emergency calls", a street block's address without "of". Every text here is made up."""
from analysis.clean import clean_text
from tests.helpers import claim_numbers

LEAD = "Children playing with a lighter caused a house fire on Sunday afternoon on Elm Street, the fire chief said."
MORE = "The fire, limited to one room of the two-family home, caused about $30,000 in damage, mostly from water and smoke."
THIRD = "The fire department received the call just before 3 p.m. on Sunday, and crews had it out within 20 minutes."


def test_comment_heading_with_an_open_quotation_mark_heads_the_comments():
    text = "\n\n".join(["Children Playing with Lighter Cause House Fire", LEAD, MORE, THIRD,
                        "6 thoughts on \u201cChildren Playing with Lighter Cause House Fire",
                        "1. Why is this news?", "Why is the chief, who let this happen twice, still in his job? I pay $1,800 a year in taxes for this."])
    cleaned = clean_text(text)
    assert cleaned.body.endswith("within 20 minutes.")
    assert any(r.reason == "comment_section" and r.text.startswith("Why is the chief") for r in cleaned.removed)


def test_crosshead_counting_thoughts_inside_the_story_stays():
    text = "\n\n".join(["Council weighs the new budget", LEAD, "3 Thoughts On The Tax Rise", MORE, THIRD])
    assert "3 Thoughts On The Tax Rise" in clean_text(text).body


def test_station_named_by_its_channel_number_is_no_count():
    assert claim_numbers("In an interview with 7 news immediately after the ruling, the attorney said 12 people had testified.") == ["12"]
    assert claim_numbers("ABC 7 news reported that 12 people died.") == ["12"]


def test_news_as_a_modifier_is_counted():
    assert claim_numbers("The 6 news outlets agreed to share the footage.") == ["6"]
    assert claim_numbers("He owns 3 news sites and a radio station.") == ["3"]


def test_emergency_line_before_emergency_calls():
    assert claim_numbers("A number of 911 emergency calls were received from 3 homes.") == ["3"]
    assert claim_numbers("He said he made 911 calls to voters.") == []  # the line's use wins, as before
    assert claim_numbers("Dispatchers answered 40 emergency calls.") == ["40"]


def test_street_block_without_of():
    assert claim_numbers("It happened in the 13700 block Hull Street on Sunday, when 3 people were hurt.") == ["3"]
    assert claim_numbers("Crews cleared 3 blocks of Main Street.") == ["3"]


BODY = [
    "An alleged speeding minibus driver is in custody after a fatal accident on the Bath Settlement Public Road on Monday.",
    "Dead, according to the police, is a labourer who was struck down while crossing the road from south to north.",
    "Enquiries, police say, disclosed that the minibus was proceeding west along the southern carriageway at a very fast speed.",
]


def test_cards_with_the_stamp_under_the_teaser():
    cards = ["FEATURE NEWS", "Reduced water inflow at the treatment plant to affect thousands",
             "Thousands of people relying on the treatment plant for water will be affected this week.", "2 hours ago",
             "LATEST NEWS", "Cabinet approves review of the national poverty strategy",
             "The Cabinet has approved the review of the national poverty strategy framework.", "3 hours ago"]
    cleaned = clean_text("\n\n".join(BODY + cards))
    assert cleaned.body.endswith("at a very fast speed.")
    assert not any(r.text.startswith("Thousands of people") and r.kind != "boilerplate" for r in cleaned.removed)


def test_caption_closed_by_a_picture_id():
    text = "\n\n".join([BODY[0], "Firefighters on the scene of the fire at the farm on Monday. Photo: Mark Williams F31/5/22/3573. (57036453)", BODY[1], BODY[2]])
    cleaned = clean_text(text)
    assert "57036453" not in cleaned.body
    assert any(r.reason == "pattern:caption_credit" for r in cleaned.removed)


def test_first_card_title_whose_standfirst_went():
    # the standfirsts cut short by the page store, the last titles short lines: the rules took all but the first title
    tail = ["Share story:", "Inspection of the asylum centre reveals full compliance with regulations",
            "An inspection of the asylum centre in Salthill has revealed full compliance with regulations. The watchdog has published reports for six",
            "Woman missing from city located safe and well",
            "A woman who was reported missing from the city on Tuesday 9th July has been located safe and well. A public appeal was issued",
            "Garda appeal over woman missing from city since yesterday",
            "Gardai are seeking the public's help in finding a woman missing from the city. She was last seen in the city centre"]
    body = clean_text("\n\n".join(BODY + tail)).body
    assert body.endswith("at a very fast speed.")


def test_round_up_sections_headed_by_places():
    text = "\n\n".join([
        "Eight die in holiday accidents",
        "At least eight people died in different accidents in various parts of the country during the Christmas holiday, police said.",
        "Two staff died when their vehicle rammed into a stationary lorry in Budaka District, and two more died in Tororo District.",
        "Budaka", "The two people killed in the Budaka accident have been identified as a driver and a circulation officer of the paper.",
        "Eye witnesses said it took them more than 30 minutes to retrieve the bodies from the wreckage of the vehicle.",
        "Tororo", "At least two people were reported killed after they were involved in an accident in Tororo District on Christmas Day."])
    body = clean_text(text).body
    assert "\n\nBudaka\n\n" in body and "\n\nTororo\n\n" in body


def test_what_stands_below_the_print_note_goes():
    text = "\n\n".join(BODY + ["A version of this article appears in e-paper on May 18, 2020 of The Himalayan Times.",
                              "DHANGADHI: A group of students from the student union today staged a demonstration against the fee rise in the city."])
    cleaned = clean_text(text)
    assert cleaned.body.endswith("at a very fast speed.")
    assert any(r.reason == "below_print_notice" for r in cleaned.removed)


def test_ages_told_with_a_contraction():
    assert claim_numbers("I have a son and he's 5. He is just now entering the school system.") == []
    assert claim_numbers("\"I'm 76, and I don't feel like going through that again,\" he said.") == []
    assert claim_numbers("He's 5 points ahead of his rival.") == ["5"]


def test_block_and_its_letter_is_an_address():
    assert claim_numbers("Dead is a labourer of 175 Block D Bath Settlement, who was hit by 2 cars.") == ["2"]
    assert claim_numbers("He owns 3 blocks of flats.") == ["3"]
