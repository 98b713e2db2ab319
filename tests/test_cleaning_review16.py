"""Must-keep cases from the sixteenth review of the cleaning rules (k18): each input is ordinary
news body text one of this session's rules removed (restated_figure, the a.m./p.m. stop of a
date line, Instagram's signature, dated cards, the photo_link and caption rows), and the speed
of the clipped-teaser test on a long unit."""
from __future__ import annotations

import time

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text
from analysis.link_boxes import is_embed
from analysis.promo_cards import clipped_teasers
from analysis.topmatter import is_date_line

HEADLINE = "Harbour bridge reopens after two years of repairs"
BODY = [
    "The vote was nine to two in favour of the plan after a meeting of three hours, the mayor told reporters afterwards at the town hall.",
    "Work on the bridge is due to start next spring and should take about two years, the engineers said.",
    "Residents of the old quarter had asked for a tunnel instead, but the council found it would cost three times as much.",
]


def _kept(text: str, line: str) -> None:
    cleaned = clean_text(text)
    assert line in cleaned.body, [(r.reason, r.text) for r in cleaned.removed]


# ---------------------------------------------------------------- 1. a short wire lede whose figure the next paragraph repeats
@pytest.mark.parametrize(
    "lede, below",
    [
        ("At least 12 people were killed when a bus plunged into a ravine in northern Peru on Sunday, police said.",
         "Police said at least 12 people died and 30 others were injured when the bus, carrying passengers from Lima, left the road on a mountain bend."),
        ("The Federal Reserve raised interest rates by 0.25 percentage points on Wednesday, its tenth increase in a row.",
         "The decision to raise rates by 0.25 percentage points was unanimous, the central bank said in a statement after its two-day meeting in Washington."),
        ("Unemployment in the euro zone fell to 6.4 percent in April, the lowest on record, the statistics office said.",
         "Eurostat said the jobless rate fell to 6.4 percent in April from 6.5 percent in March, with Spain still the highest at 12.1 percent."),
    ],
)
def test_a_wire_lede_whose_figure_is_told_again_is_kept(lede: str, below: str) -> None:
    for text in ("\n\n".join([HEADLINE, lede, below, *BODY]), "\n\n".join([lede, below, *BODY])):
        _kept(text, lede)


# ---------------------------------------------------------------- 2. a sentence closing with a time's a.m. or p.m.
SENTENCES = ["Polls open Tuesday at 6:30 a.m.", "Voting ends Tuesday at 8:00 p.m.", "Sunrise is at 6:12 a.m.", "Doors open Saturday, May 4, at 9:30 a.m."]


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_ending_in_a_time_is_no_date_line(line: str) -> None:
    assert not is_date_line(line)


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_ending_in_a_time_keeps_itself_and_the_lede_above(line: str) -> None:
    lede = "Voters in the county will choose a new sheriff and decide on a school levy this week, officials said."
    cleaned = clean_text("\n\n".join([HEADLINE, lede, line, *BODY]))
    assert lede in cleaned.body and line in cleaned.body, [(r.reason, r.text) for r in cleaned.removed]


@pytest.mark.parametrize("line", ["caines | 2/21/2013, 4:30 a.m.", "4:40 p.m.:", "Jane Roe | Feb. 21, 2013, 4:30 p.m."])
def test_a_stamp_closing_with_a_time_is_still_a_date_line(line: str) -> None:
    assert is_date_line(line)


# ---------------------------------------------------------------- 3. "a post shared by" inside a sentence
CLIP = "The clip, first a post shared by a passing motorist on Facebook, was viewed more than two million times before it was taken down on Monday."


def test_a_post_shared_by_in_a_sentence_is_no_embed() -> None:
    assert not is_embed(CLIP)
    _kept("\n\n".join([HEADLINE, *BODY[:2], CLIP, BODY[2]]), CLIP)


def test_instagrams_signature_is_still_an_embed() -> None:
    assert is_embed("A post shared by Jane Roe (@jane.roe) on May 3, 2020 at 4:30pm PDT")


# ---------------------------------------------------------------- 4. an update under its date, in whole sentences
def test_an_update_under_its_date_is_no_dated_card() -> None:
    updates = ["The council said on Tuesday that water levels had begun to fall and that the pumps would run through the night.",
               "Roads in the valley remain closed."]
    text = "\n\n".join(["Valley towns flooded after days of rain", "November 30, 2020", *BODY, "December 1, 2020", *updates])
    cleaned = clean_text(text)
    assert all(u in cleaned.body for u in updates), [(r.reason, r.text) for r in cleaned.removed]


# ---------------------------------------------------------------- 5. a leaderboard's rows and a sentence without its stop
@pytest.mark.parametrize("line", ["+1 Rory McIlroy", "+2 Tiger Woods", "+3 Jon Rahm of Spain 70 71"])
def test_a_leaderboard_row_is_no_photo_link(line: str) -> None:
    assert match_pattern(line) is None


def test_a_gallery_count_run_into_its_title_is_still_a_photo_link() -> None:
    assert match_pattern("+13 Street flooding reported Uptown after water main break") == ("boilerplate", "photo_link")


def test_a_sentence_naming_a_place_and_a_day_is_no_caption() -> None:
    assert match_pattern("The trial resumes in Boston on Tuesday") is None
    assert match_pattern("Crowds at Stonehenge on Thursday morning") == ("boilerplate", "caption")


# ---------------------------------------------------------------- 6. the clipped-teaser test on a long unit
def test_clipped_teasers_is_fast_on_a_long_unit() -> None:
    long_unit = "Rain fell. " * 9900 + "see example.com"  # 108k characters, ending in lower case
    start = time.perf_counter()
    clipped_teasers(["The page opens with a sentence.", long_unit, "Next story", "Last line"], [True] * 4)
    assert time.perf_counter() - start < 0.5
