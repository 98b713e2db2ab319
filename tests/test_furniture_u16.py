"""Furniture left on the nineteenth and twentieth rounds' dev pages (p537-p600), named by kind and not by page.
Each table holds cases of the kind written as new text (not copied from the pages) that must go, and body text of
other news that shares their words or shape and must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.caption_copies import mark_caption_copies
from analysis.clean import clean_text
from analysis.furniture_patterns import match_pattern
from analysis.promo_cards import clipped_teasers
from tests.news_text import BODY, SECOND, THIRD


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        # a picture's credit alone: the photographer's name, a slash, any outlet or library
        ("Maria Lopez/Science Photo Library", ("boilerplate", "caption_credit")),
        ("Tom Baker / Bloomberg.", ("boilerplate", "caption_credit")),
        ("Anna de Vries/The Harbour Times", ("boilerplate", "caption_credit")),
        # a CMS shortcode left raw
        ('[gallery ids="12,14,19" size="large"]', ("boilerplate", "shortcode")),
        ("[embed width='640']", ("boilerplate", "shortcode")),
        ("[vc_section][vc_row_inner]", ("boilerplate", "shortcode")),
        ("[/caption]", ("boilerplate", "shortcode")),
        ("[/embed]", ("boilerplate", "shortcode")),
        # a gallery's count run into its card
        ("+8 Snow closes mountain pass Drivers were told to turn back at the summit.", ("boilerplate", "photo_link")),
        # a byline and the date joined by a bar
        ("jroe | 3/14/2019, 9:05 p.m.", ("top_matter", "date_line")),
        ("By Jane Roe | March 14, 2019", ("top_matter", "date_line")),
        # a link's call to learn how
        ("Find out what to pack for a winter hike.", ("boilerplate", "reader_address")),
        ("Learn how to spot a fake ticket", ("boilerplate", "reader_address")),
        # a caption without a verb: who or what, the place, the day
        ("Fans outside Wembley on Saturday evening", ("boilerplate", "caption")),
        ("Floodwater in Lismore, Monday", ("boilerplate", "caption")),
    ],
)
def test_furniture_lines(line, reason):
    assert match_pattern(line) == reason


@pytest.mark.parametrize(
    "line",
    [
        # places, bands and pairs joined by a slash; a desk's name; a body's lines
        "New York/New Jersey",
        "North Island/South Island",
        "World Bulletin/News Desk",
        "He said the AC/DC concert would go ahead.",
        # square brackets a body writes: an editor's insertion, a transcript's mark
        "[laughter]",
        "[sic]",
        "They said [the council] had known for years.",
        # a count with a sign in a body's sentence; a market figure is another row's
        "Prices rose +5 per cent in March, the bureau said.",
        # a bar in a body's line with a date but no byline shape
        "The vote | results are due on March 14, 2019, officials said.",
        # a quoted or reported how-to, a crosshead without a day, a sentence with a verb and a day
        "Find out how, the mayor said, is the question every parent asks.",
        '"Learn how to swim," the coach told the class.',
        "Crowds at Stonehenge",
        "Crowds gathered at Stonehenge on Thursday morning",
        BODY,
        SECOND,
    ],
)
def test_body_lines_stay(line):
    found = match_pattern(line)
    assert found is None, found


def test_caption_copying_a_body_sentence_with_a_dash_credit():
    lede = "Volunteers carried the boats two days early to avoid the crowds expected on the festival's main day."
    units = [BODY, lede, SECOND, lede + " \u2014 Picture by Jane Roe", THIRD]
    verdicts = [Verdict(True, "body", "")] * 5
    verdicts[1] = Verdict(False, "boilerplate", "pull_quote")  # as the rule of pull quotes took it: the shorter copy
    mark_caption_copies(units, verdicts)
    assert [v.reason for v in verdicts] == ["", "", "", "caption:copy", ""]
    cleaned = clean_text("\n\n".join(units))
    assert lede in cleaned.body and "Picture by" not in cleaned.body
    # a body sentence that names a photographer after a dash, copying nothing, stays
    said = "The exhibition opened on Friday - Photo: Jane Roe, its curator, chose every print herself."
    assert said in clean_text("\n\n".join([BODY, said, SECOND])).body


TEASERS = [
    "Aides said sorry on Monday. One of them wrote that he had judged the two young",
    "The birds went to a farm in Virginia. Keepers there said they like to wander around the pen all",
    "The show mocked the pardon. Its host said the ceremony was a gift to comedians every",
]


@pytest.mark.parametrize(
    ("units", "removed"),
    [
        # a topic page: teasers clipped at a length, between whole ones and a title
        ([BODY, "The bird was named Peace.", TEASERS[0], TEASERS[1], "Presidents Pardon Turkeys", TEASERS[2], "Critics called it a stunt."], {1, 2, 3, 4, 5, 6}),
        # must stay: two clipped units (a page's odd line breaks), a long paragraph among them, one clipped unit closing the text
        ([BODY, TEASERS[0], SECOND, TEASERS[1], THIRD], set()),
        ([BODY, TEASERS[0], TEASERS[1], TEASERS[2], " ".join([SECOND, THIRD, SECOND, THIRD])], set()),
        ([BODY, SECOND, THIRD, TEASERS[2]], set()),
        # the next unit goes on in lower case: a paragraph broken over lines, not a new teaser
        ([BODY, TEASERS[0], "ladies, he said.", TEASERS[1], "fences.", TEASERS[2], "year."], set()),
    ],
)
def test_clipped_teasers(units, removed):
    assert clipped_teasers(units, [True] * len(units)) == removed


def test_topic_page_keeps_its_first_unit():
    text = "\n".join(["pardons", BODY, "The bird was named Peace.", TEASERS[0], TEASERS[1], "Presidents Pardon Turkeys", TEASERS[2], "Critics called it a stunt."])
    cleaned = clean_text(text)
    assert cleaned.body.startswith("Rescuers pulled 12 survivors")
    assert "Peace" not in cleaned.body and "young" not in cleaned.body and "stunt" not in cleaned.body
    assert {r.reason for r in cleaned.removed if "young" in r.text or "stunt" in r.text} == {"promo_card"}
