"""Furniture left on the twenty-first and twenty-second rounds' dev pages (p601-p664), named by kind and not by page.
Each table holds cases of the kind written as new text (not copied from the pages) that must go, and body text of
other news that shares their words or shape and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from analysis.promo_cards import card_pairs, dated_cards
from analysis.social_embeds import embedded_posts
from tests.news_text import BODY, SECOND, THIRD


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a pop-up's close button, its glyph and its word
        ("\u00d7 Close", ("boilerplate", "navigation")),
        ("close \u2715", ("boilerplate", "navigation")),
        # an app's prompt: the app named, then the call to download it
        ("Catch every goal with the Harbour Herald app: Download now", ("boilerplate", "call_to_action")),
        ("All the scores on the RadioOne app \u2014 get it today!", ("boilerplate", "call_to_action")),
        # the outlet's pointer to its own coverage
        ("For more on the drought and its effect on farms, see our full coverage here.", ("boilerplate", "other_coverage")),
        ("Browse all our flood stories.", ("boilerplate", "other_coverage")),
        # a design site's roundup of what it has run, with its link to see them all
        ("Other tiny houses we've covered include a cabin on stilts in Norway - see all our architecture stories", ("boilerplate", "other_coverage")),
    ],
)
def test_furniture_kinds_of_rounds_21_22_are_removed_by_their_rows(line, reason):
    assert match_pattern(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        "The doors close at 6 p.m., the museum said.",
        "Close to 400 homes were flooded.",
        "The council's app will let residents report potholes, and it is free to download.",
        "Officials said the app: download figures had doubled since March.",
        "Read our coverage, the minister told reporters, before you judge us.",
        "For more than a decade, the paper's coverage has shaped the debate.",
        "Other towns we have visited include Leeds and York.",
        "Other problems we've reported on include leaks in the roof.",
    ],
)
def test_body_sentences_sharing_their_words_stay(line):
    assert match_pattern(line) is None


def test_an_embedded_post_nobody_introduces_goes_with_its_signature_on_the_line():
    units = [BODY, "Morning light over the harbour #storm pic.twitter.com/Ab12Cd \u2014 Port Watch (@portwatch) May 3, 2022", SECOND]
    v = [Verdict(True, "body", "")] * 3
    embedded_posts(units, v)
    assert [x.reason for x in v] == ["", "social_embed", ""]


def test_an_embedded_post_goes_when_its_signature_stands_removed_below_it():
    units = [BODY, "Still stuck. How long is this #traffic jam? Very long.", "\u2014 Jo Bloggs (@jobloggs) May 3, 2022", SECOND]
    v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:navigation"), Verdict(True, "body", "")]
    embedded_posts(units, v)
    assert [x.keep for x in v] == [True, False, False, True]


@pytest.mark.parametrize(
    "before, after",
    [
        ("The minister rejected the figures in a tweet.", SECOND),  # announced
        ("The minister wrote:", SECOND),  # introduced by a colon
        (BODY, "In the post, the minister blamed the weather."),  # discussed below it
    ],
)
def test_an_embedded_post_the_article_introduces_or_discusses_stays(before, after):
    units = [before, "The figures are wrong. #flood \u2014 Jane Roe (@janeroe) May 3, 2022", after]
    v = [Verdict(True, "body", "")] * 3
    embedded_posts(units, v)
    assert all(x.keep for x in v)


def test_a_corpus_tag_around_a_post_is_not_an_embed():
    units = [BODY, '<tweet author="@janeroe">The figures are wrong. pic.twitter.com/x1 \u2014 Jane Roe (@janeroe) May 3, 2022</tweet>.', SECOND]
    v = [Verdict(True, "body", "")] * 3
    embedded_posts(units, v)
    assert all(x.keep for x in v)


def test_a_section_pages_next_item_under_its_date_goes():
    text = "\n\n".join(["March 4, 2021", BODY, SECOND, "February 27, 2021", "Farmers across the valley said the late frost had cost them half of their crop. The union asked the ministry for"])  # cut off: a teaser (k18)
    cleaned = clean_text(text)
    assert "Farmers" not in cleaned.body and SECOND in cleaned.body
    assert any(r.reason == "promo_card" and r.text.startswith("Farmers") for r in cleaned.removed)


def test_a_list_of_cards_with_their_dates_run_on_goes_under_a_lone_date():
    units = [BODY, SECOND, "Mon 12 April 2021", "Dam opens to visitorsMon 05 April 2021", "Zoo welcomes twin pandasSun 28 March 2021"]
    assert dated_cards(units, [True, True, False, True, True]) == {3, 4}


@pytest.mark.parametrize(
    "units, keep",
    [
        # an update's date with the body going on at length under it
        (["March 4, 2021", BODY, "March 5, 2021", SECOND + " " + THIRD + " " + SECOND + " " + THIRD], [False, True, False, True]),
        # a timeline: several dates alone below the body's first unit
        (["March 4, 2021", BODY, "March 1, 2021", "The dam was closed.", "March 2, 2021", "The river rose."], [False, True, False, True, False, True]),
        # a date of another shape than the page's own
        (["March 4, 2021", BODY, "2021-03-01", "The dam was closed."], [False, True, False, True]),
        # a live page's time alone is a stamp, not a card's date
        (["March 4, 2021", BODY, "10:45", "The river rose again."], [False, True, False, True]),
    ],
)
def test_dated_entries_of_a_body_stay(units, keep):
    assert dated_cards(units, keep) == set()


def test_a_tag_pages_further_cards_go_when_its_first_card_is_a_clipped_excerpt():
    units = [
        "Farmers count the cost of the frost",
        "A week after the frost, the growers' union said only half of the orchards in the valley would bear fruit this",
        "Union asks for drought relief fund",
        "The union has asked the ministry for a fund to help small growers who lost their whole crop in the",
    ]
    assert card_pairs(units, [False, True, True, True], [True, False, False, False]) == {2, 3}


@pytest.mark.parametrize(
    "units, keep",
    [
        # the lede ends in a sentence: a body with a crosshead under it
        (["Frost hits orchards", BODY, "What happens next", "The union has asked the ministry for a fund to help small growers who lost"], [False, True, True, True]),
        # the excerpt is not under a removed headline
        (["Frost hits orchards", "A week after the frost, the growers' union said only half of the orchards in the valley would bear", "Union asks for relief", "The union has asked for a fund"], [True, True, True, True]),
        # no title-and-excerpt pair under the first: one paragraph the page store cut
        (["Frost hits orchards", "A week after the frost, the growers' union said only half of the orchards in the valley would bear", SECOND], [False, True, True]),
    ],
)
def test_a_body_under_its_headline_stays(units, keep):
    titles = [not k and i == 0 for i, k in enumerate(keep)]
    assert card_pairs(units, keep, titles) == set()
