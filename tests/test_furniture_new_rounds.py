"""Furniture of the seventh and eighth rounds' dev pages, named by kind (blog comment buttons, a site selling
its adverts, an author box, newsletter prompts, a caption closed by its credit and a full stop),
and the layout rule for a caption printed right above the lead; each with body sentences that
share its words and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern
from analysis.clean import clean_text
from analysis.layout import block_units


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("ReplyDelete", "comment_button"),
        ("Reply", "comment_button"),
        ("This comment has been removed by a blog administrator.", "comment_button"),
        ("This comment has been removed by the author.", "comment_button"),
        ("Advertise on NewsSite.com to reach thousands of our daily users", "advert"),
        ("Advertise with us", "advert"),
        ("Jane Roe, a journalist at Example.co.ke, brings more than three years of experience covering politics and news.", "author_bio"),
        ("John Doe, a senior business reporter with The Daily, has over 10 years of experience in financial journalism.", "author_bio"),
        ("Enter your email for the latest news and updates.", "newsletter"),
        ("Enter your email address:", "newsletter"),
        ("News to your inbox", "newsletter"),
        ("People watch as floods rage past the highway. Heavy rains have been pounding the country since March. Photo: Tony Karumba.", "caption_credit"),
        # eighth round
        ("We\u2019re sorry, this feature is currently unavailable. We\u2019re working to restore it. Please try again later.", "notice"),
        ("(Screenshot/Sina News)", "caption_credit"),
        ("(Photo by Jane Roe)", "caption_credit"),
        ("Image: The banks sign a merger deal. Photo: courtesy of the bank", "caption"),
        ("View of the sink hole from the side showing the four cars that fell in", "caption"),
        ("About the Author", "author_box"),
        ("The Example Report is an online media platform dedicated to the automotive industry.", "site_blurb"),
    ],
)
def test_round7_furniture(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "line",
    [
        "He did not reply to a request for comment.",
        "The company said it would delete the posts.",
        "The firm will advertise on television during the World Cup, its chief executive said.",
        "Jane Roe, a reporter at the Daily Nation, was arrested on Monday after covering the protests.",
        "Smith, a journalist with 20 years of experience, said the ban was unprecedented.",
        "Users were asked to enter their email addresses before the site crashed.",
        "The leak put customers' names and email addresses into the hands of criminals.",
        "Police released a photo: the suspect in a red jacket.",
        "The ministry said the photo was taken on Sunday.",
        "We're sorry for what happened, the mayor told reporters.",
        "Views of the president have soured among Republicans since the summer.",
        "The view from the bridge showed the river had burst its banks.",
        "Breitbart, which is a news site covering politics, said the story was accurate.",
        "The author of the report, a former judge, said the findings were clear.",
    ],
)
def test_round7_body_stays(line: str) -> None:
    assert match_pattern(line) is None


def test_a_caption_printed_right_above_the_lead_is_its_own_unit() -> None:
    caption = "A plane flies past a smoke plume from the eruption of the volcano in Iceland on May 21."
    lead = "The European association of air traffic controllers says ash clouds appear to be dissipating quickly due to reduced activity from the volcano."
    assert block_units([caption, lead]) == [caption, lead]
    cleaned = clean_text(f"Ash cloud dissipating\n\n{caption}\n{lead}\n\nAbout 700 flights were expected to be cancelled on Wednesday, mostly in northern Germany, the agency said.")
    assert cleaned.body.startswith("The European association")
    assert [r.reason for r in cleaned.removed if r.text == caption] == ["caption:scene"]


def test_wrapped_prose_stays_one_unit() -> None:
    lines = [
        "Rescuers dug through the rubble on Tuesday as the toll rose to 94 people, officials",
        "in the province said. Many more were missing and the army was sent in to help the",
        "search, which went on through the night.",
    ]
    assert len(block_units(lines)) == 1


@pytest.mark.parametrize(
    "line",
    [
        # a sentence opening with a noun that is also a call to action (review)
        "Share prices in London fell 5 percent on the news of the merger.",
        "Support for the merger among shareholders fell to 38 percent in our latest survey.",
        "Share of the vote for the Greens rose to 12 percent in the first round of our survey.",
        "Support staff at the hospital walked out over pay, the union's website shows.",
        "Call volumes to the helpline doubled during the storm, the charity's website shows.",
        "Download speeds in rural areas remain far below those in cities, the regulator's site shows.",
        "Like other retailers, the chain has closed stores and moved sales to its website.",
        "Like many free-market economists, Smith opposes the tariffs.",
        "Give or take a few hundred votes, the result was the same as in 2016 in our county.",
        "Explore Holdings shares jumped 12% on the news.",
        "Email records show the aide knew of the plan.",
    ],
)
def test_a_noun_opening_a_sentence_is_no_call_to_action(line: str) -> None:
    assert match_pattern(line) is None


@pytest.mark.parametrize(
    "line",
    ["Download our app for the latest news.", "Support our journalism with a donation.", "Join us on Telegram for breaking news.",
     "Like us on Facebook.", "Find out more on our website.", "Explore what Daily8 AI can do for you:", "EMAIL: desk@example.com."],
)
def test_calls_to_action_with_those_verbs_still_go(line: str) -> None:
    assert match_pattern(line) is not None


@pytest.mark.parametrize(
    "line",
    [
        # news about journalists and reports (review)
        "Jane Roe, a reporter with 20 years of experience, was detained in Moscow on Tuesday.",
        "This report was compiled by the state auditor after a two-year review of the agency.",
        "With reporting from the ground, the documentary shows the war's toll.",
    ],
)
def test_news_about_reporters_and_reports_stays(line: str) -> None:
    assert match_pattern(line) is None
