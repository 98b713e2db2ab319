"""Furniture and claims read in the session of 6 Dec 2026 from 21:12 UTC (issue 11): a WordPress comment heading whose
title lost its closing quotation mark, a station's name written with its channel number ("7 News"), an emergency line's
"911 emergency calls", a street block's address without "of". Every text here is made up."""
from analysis.claims import find_claims
from analysis.clean import clean_text

LEAD = "Children playing with a lighter caused a house fire on Sunday afternoon on Elm Street, the fire chief said."
MORE = "The fire, limited to one room of the two-family home, caused about $30,000 in damage, mostly from water and smoke."
THIRD = "The fire department received the call just before 3 p.m. on Sunday, and crews had it out within 20 minutes."


def _numbers(text: str) -> list[str]:
    return [c.number_as_written for c in find_claims(text)]


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
    assert _numbers("In an interview with 7 news immediately after the ruling, the attorney said 12 people had testified.") == ["12"]
    assert _numbers("ABC 7 news reported that 12 people died.") == ["12"]


def test_news_as_a_modifier_is_counted():
    assert _numbers("The 6 news outlets agreed to share the footage.") == ["6"]
    assert _numbers("He owns 3 news sites and a radio station.") == ["3"]


def test_emergency_line_before_emergency_calls():
    assert _numbers("A number of 911 emergency calls were received from 3 homes.") == ["3"]
    assert _numbers("He said he made 911 calls to voters.") == []  # the line's use wins, as before
    assert _numbers("Dispatchers answered 40 emergency calls.") == ["40"]


def test_street_block_without_of():
    assert _numbers("It happened in the 13700 block Hull Street on Sunday, when 3 people were hurt.") == ["3"]
    assert _numbers("Crews cleared 3 blocks of Main Street.") == ["3"]
