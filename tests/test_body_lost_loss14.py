"""Body lines lost and leads on sites nobody has seen (loss14): each rule as must and must-not cases."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text

# ---------------------------------------------------------------- a lead that opens with its source
from tests.test_review13_fixb13 import NYAD, TIGER, TIGER_BODY  # the same headline-and-copy page (an attributed lead closed by its source there)


@pytest.mark.parametrize(
    ("headline", "first", "kept"),
    [
        (TIGER, "Police said a Bengal tiger escaped from its enclosure at the Taipei zoo on Tuesday and was recaptured about three hours later.", True),
        (TIGER, "Taipei zoo officials told reporters a Bengal tiger escaped from its enclosure on Tuesday and was caught within three hours.", True),
        (TIGER, "According to police, a Bengal tiger escaped from its enclosure at the Taipei zoo on Tuesday and was recaptured hours later.", True),
        # a standfirst of an open header still goes: no source before its verb, or a long subject
        (NYAD, "Diana Nyad, a 64-year-old American, has become the first person to swim from Cuba to Florida without the help of a shark cage, on her fifth try.", False),
        (NYAD, "The swimmer, who first tried in 1978, crossed the Florida Straits without a shark cage and said she would not try again.", False),
        (NYAD, "The 64-year-old American swimmer who first tried the crossing in 1978 said she would never try again after her fifth attempt.", False),
    ],
)
def test_lead_opened_by_its_source_between_headline_and_copy(headline: str, first: str, kept: bool) -> None:
    cleaned = clean_text("\n\n".join([headline, first, headline, *TIGER_BODY]))
    assert (first in cleaned.body) is kept, cleaned.removed
    assert headline not in cleaned.body
    assert all(paragraph in cleaned.body for paragraph in TIGER_BODY)


# ---------------------------------------------------------------- a ticker of company names under the body
from tests.test_review13_fixb13 import BUSINESS, MARKET_TABLE  # the same business story and market-share table


@pytest.mark.parametrize(
    ("box", "kept"),
    [
        (["Market movers", "Apple Inc 189.20 +1.3%", "Microsoft Corp 410.10 -0.2%", "Alphabet 140.05 +0.5%"], False),
        (["Stocks in this story", "Apple 189.20 +2.45 +1.3%", "Microsoft 410.10 -0.82 -0.2%", "Berkshire Hathaway 140.05 +0.70 +0.5%"], False),
        # the story's tables under the body stay: market shares, a table of changes all falling, or one announced with a colon
        (MARKET_TABLE, True),
        (["Results", "Samsung 72.2 20.3%", "Huawei 52.0 14.6%", "OPPO 46.9 13.2%"], True),
        (["Change in shipments", "Samsung 72.2 -13.4%", "Huawei 52.0 -2.1%", "Apple 46.9 -0.4%"], True),
        (["Result", "Labour 12,345 +5.2%", "Conservative 10,111 -3.1%", "Liberal Democrat 4,002 +1.0%"], True),
    ],
)
def test_table_under_the_body(box: list[str], kept: bool) -> None:
    cleaned = clean_text("\n\n".join([*BUSINESS, *box, "Post a Comment"]))
    assert all((row in cleaned.body) is kept for row in box[1:]), cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in BUSINESS)


def test_ticker_announced_by_the_story_stays() -> None:
    intro = "Shares of the largest technology companies closed higher on Tuesday, led by Apple. Here is how they ended the day:"
    rows = ["Apple Inc 189.20 +1.3%", "Microsoft Corp 410.10 -0.2%", "Alphabet 140.05 +0.5%"]
    cleaned = clean_text("\n\n".join([*BUSINESS, intro, *rows, "Post a Comment"]))
    assert all(row in cleaned.body for row in rows), cleaned.removed


# ---------------------------------------------------------------- figures alone date nothing
@pytest.mark.parametrize(
    ("line", "date"),
    [
        # rows of tables that the date rule took as publication lines near the top
        ("Con 810 (48.4; -12.7)", False),
        ("LD Denise Gaines 751 (44.8; +5.9)", False),
        ("Samsung 72.2 20.3% 83.3 22.1% -13.4%", False),
        ("Total 355.2 100.0% 377.8 100.0% -6.0%", False),
        ("Majority 59 12", False),
        # date lines: a date word, a year, a date or a time in figures
        ("Wed, Jul 24, 2013 - Page 6", True),
        ("2015/06/16", True),
        ("16.06.2015 14:33", True),
        ("14:33", True),
        ("2019", True),
        ("Updated 3 hours ago", True),
        ("Date: 2015/06/16", True),
    ],
)
def test_figures_alone_date_nothing(line: str, date: bool) -> None:
    from analysis.topmatter import is_date_line

    assert is_date_line(line) is date


def test_a_row_of_figures_is_no_page_date() -> None:
    """Two rows of figures near the top (too few for a table) were removed as ``top:date`` (a
    reason that may fill the page's date): they are removed by the general rule, as figures."""
    rows = ["Samsung 72.2 20.3% 83.3 22.1% -13.4%", "Huawei 52.0 14.6% 39.1 10.4% 32.9%"]
    cleaned = clean_text("\n\n".join(["Phone makers", *rows, *BUSINESS]))
    assert not any(r.reason == "top:date" for r in cleaned.removed), cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in BUSINESS)


# ---------------------------------------------------------------- a list of items built alike, any shape
@pytest.mark.parametrize(
    ("items", "kept"),
    [
        # a ranking with last week's places, a poll's answers, a table of results with times, a count by district
        (["1. Donald Trump (1.)", "2. Marco Rubio (3.)", "3. Ted Cruz (2.)", "4. Ben Carson (4.)"], True),
        (["No 58%.", "Yes 33%.", "Undecided 9%."], True),
        (["1. Eliud Kipchoge (Kenya) 2:01:09", "2. Amos Kipruto (Kenya) 2:05:58", "3. Mark Korir (Kenya) 2:06:28"], True),
        (["Northern district - 1,204 (12%)", "Central district - 3,410 (35%)", "Southern district - 5,022 (53%)"], True),
        # furniture built alike stays removed: other stories' headlines with a number, share counters, ad slots
        (["Flood toll rises to 40 in Kerala", "Rescuers find 3 survivors in rubble", "Markets fall for 4th day as oil climbs"], False),
        (["1. Flood toll rises in Kerala", "2. Rescuers find survivors", "3. Markets fall again"], False),
        (["Facebook 12 shares", "Twitter 4 shares", "Email 3 shares"], False),
        (["Shares (12)", "Likes (40)", "Tweets (7)"], False),
        (["P[L2] D[728x90] M[320x50] OOP[F]", "P[R1] D[300x250] M[300x250] OOP[F]", "P[R2] D[300x250] M[320x50] OOP[F]"], False),
    ],
)
def test_items_built_alike_under_the_body(items: list[str], kept: bool) -> None:
    cleaned = clean_text("\n\n".join([*BUSINESS, *items, "Post a Comment"]))
    assert all((item in cleaned.body) is kept for item in items), cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in BUSINESS)


# ---------------------------------------------------------------- a round-up's crosshead over a paragraph the page cut short
ROUNDUP = [
    "Deals reshaped the drug and mining industries this week, with three large offers announced in as many days.",
    "Prometheus shares surge following Merck acquisition announcement",
    "Prometheus Biosciences shares jumped nearly 70% on Monday after Merck agreed to buy the company for about $10.8 billion in cash.",
    "BELLUS shares jump more than 100% on GSK acquisition announcement",
    "GSK and BELLUS Health announced on Tuesday that GSK will acquire BELLUS for $14.75 per share in cash, about $2 billion.",
]
CUT = "Network International shares jumped more than 10% on Friday after Brookfield announced a counter offer of 400 pence per share for the payments company, which had"


@pytest.mark.parametrize(
    ("tail", "kept"),
    [
        (["Brookfield enters race for Network International with $2.7B acquisition offer", CUT], True),
        # other stories' headlines below the body stay removed: no paragraph of the body below them
        (["Brookfield enters race for Network International with $2.7B acquisition offer", "Oil prices fall for a third day"], False),
    ],
)
def test_plain_crosshead_over_a_cut_paragraph(tail: list[str], kept: bool) -> None:
    cleaned = clean_text("\n\n".join([*ROUNDUP, *tail]))
    assert (tail[0] in cleaned.body) is kept, cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in ROUNDUP)


def test_one_plain_crosshead_is_no_evidence() -> None:
    """A body without sentence-case crossheads of its own: a headline-shaped line below it is a link."""
    body = [ROUNDUP[0], ROUNDUP[2], ROUNDUP[4]]
    cleaned = clean_text("\n\n".join([*body, "Brookfield enters race for Network International with $2.7B acquisition offer", CUT]))
    assert "Brookfield enters race" not in cleaned.body


def test_items_built_alike_below_furniture_stay_removed() -> None:
    """A box of figures below a comment form touches no body: it is not the story's list."""
    box = ["Dow 34,012.5 +0.5%", "Nasdaq 13,950.2 -0.3%", "FTSE 7,512.3 -0.4%", "DAX 15,800.1 +0.2%"]
    comments = ["Leave a Reply", "Your email address will not be published. Required fields are marked *"]
    cleaned = clean_text("\n\n".join([*BUSINESS, *comments, *box, "Privacy Policy"]))
    assert not any(row in cleaned.body for row in box), cleaned.removed
    assert all(paragraph in cleaned.body for paragraph in BUSINESS)


# ---------------------------------------------------------------- a crosshead the general rule removed between two paragraphs
TECK = "Teck Resources Chairman Norman Keevil releases statement opposing Glencore deal"
TECK_BODY = [
    "Teck Resources issued a statement on Monday on behalf of Chairman Emeritus Norman Keevil, who shared his opposition to the revised offer.",
    "Last week, the board of directors reviewed and unanimously rejected a revised unsolicited acquisition proposal from Glencore.",
]


def test_crosshead_between_paragraphs_of_a_body_with_sections() -> None:
    cleaned = clean_text("\n\n".join([*ROUNDUP, TECK, *TECK_BODY]))
    assert TECK in cleaned.body, cleaned.removed


def test_headline_between_paragraphs_of_a_body_without_sections_stays_removed() -> None:
    """No crosshead of the body's own: a headline between two paragraphs may be another story's."""
    body = [ROUNDUP[0], ROUNDUP[2], ROUNDUP[4]]
    cleaned = clean_text("\n\n".join([*body, TECK, *TECK_BODY]))
    assert TECK not in cleaned.body
    assert all(paragraph in cleaned.body for paragraph in [*body, *TECK_BODY])
