"""Body lost on the thirteenth and fourteenth rounds' dev pages (issue 11, b13): data tables in the
article and a lead opening with a wire dateline, beside the furniture the new rules must not give back."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.boilerplate import Verdict
from analysis.body_tables import keep_body_tables, row_shape
from analysis.clean import clean_text
from analysis.topmatter import wire_dateline

HEAD = ["Smartphone shipments fall for a fourth quarter", "By Jane Roe", "November 2, 2018"]
LEDE = "Smartphone shipments fell 6 percent to 355.2 million units in the third quarter from a year earlier, the research firm said."
MORE = "Analysts said demand was weak in China, the largest market, where buyers kept their phones for longer than before."
LAST = "The firm expects shipments to recover next year as cheaper phones with fast networks reach the shops, it said in a statement."
COMMENTS = ["Leave a Reply", "Your email address will not be published. Required fields are marked *"]

# ---------------------------------------------------------------- tables in the body
SHARE_TABLE = [
    "Top 5 Smartphone Companies, Worldwide Shipments and Market Share, Q3 2018 (shipments in millions of units)",
    "Company 3Q18 Shipments 3Q18 Share 3Q17 Shipments 3Q17 Share Change",
    "Samsung 72.2 20.3% 83.3 22.1% -13.4%",
    "Huawei 52.0 14.6% 39.1 10.4% 32.9%",
    "Apple 46.9 13.2% 46.7 12.4% 0.5%",
    "Others 119.9 33.8% 149.8 39.6% -19.9%",
    "Total 355.2 100.0% 377.8 100.0% -6.0%",
]
LEAGUE_TABLE = [  # a football report's standings: a header, then a club and its columns
    "Club P W D L Pts",
    "Liverpool 38 30 7 1 97",
    "Manchester City 38 32 2 4 98",
    "Chelsea 38 21 9 8 72",
    "Tottenham 38 23 2 13 71",
]
ELECTION_TABLE = [  # a council seat's result: party, votes, share and change
    "Labour 12,345 45.2% +3.1",
    "Conservative 9,876 36.1% -4.0",
    "Liberal Democrat 3,210 11.7% +0.5",
    "Green 1,901 7.0% +0.4",
]


RANKED_TABLE = [  # positions first, cells kept apart by bars
    "Pos | Club | Pld | Pts",
    "1 | Manchester City | 38 | 98",
    "2 | Liverpool | 38 | 97",
    "3 | Chelsea | 38 | 72",
]
RESULTS_TABLE = [  # a company's quarter: money in millions and billions, an empty cell
    "Third quarter, US dollars",
    "Revenue $1.2bn $1.1bn 9%",
    "Operating profit $310m $270m 15%",
    "Net income $205m $190m -",
]


@pytest.mark.parametrize(
    "table",
    [SHARE_TABLE, LEAGUE_TABLE, ELECTION_TABLE, RESULTS_TABLE, RANKED_TABLE],
    ids=["market-share", "league", "election", "quarter", "ranked-with-bars"],
)
def test_a_table_under_the_lead_stays_body(table: list[str]) -> None:
    cleaned = clean_text("\n\n".join(HEAD + [LEDE, *table, MORE, LAST] + COMMENTS))
    paragraphs = cleaned.body.split("\n\n")
    assert all(row in paragraphs for row in table), cleaned.removed
    assert "Leave a Reply" not in cleaned.body


SNOOKER_BOX = [
    "(5) John Higgins 16-18 Mark Williams (7)",
    "Session one (3-5) 23-75, 15-65, 35-72, (55) 60-70, (119) 120-4, 0-133 (95), (52) 98-0, (59) 82-21",
    "Session two (4-5)",
    "46-81 (72), (51) 75-31, (127) 127-8, 12-76, (56) 85-9, (117) 123-15, 0-123 (118), 35-64 (64), 43-80",
    "Session three (3-5)",
    "5-98 (61), 19-73 (56), 0-126 (69, 56), 7-63 (52), (67) 92-29, (72) 76-65 (65), (80) 80-0, 43-80",
]
TENNIS_BOX = [  # a results box of one round: a heading, then a match and its sets
    "Men's singles, quarter-finals",
    "Djokovic bt Nadal 6-4, 3-6, 7-6 (7-5)",
    "Federer bt Murray 7-5, 6-7 (4-7), 6-3",
    "Wawrinka bt Cilic 6-2, 4-6, 6-4",
]
SPORT_LEDE = "Mark Williams won his third world title on Monday night, 15 years after his last, as he beat John Higgins in the final at the Crucible."
SPORT_MORE = "The final was the closest since 2006, and six centuries were made in it, four of them by the defeated Higgins over the two days."


SPORT_HEAD = ["Williams wins third world title", "By Jane Roe"]


@pytest.mark.parametrize(
    "head, box",
    [([], SNOOKER_BOX), (SPORT_HEAD, SNOOKER_BOX), (SPORT_HEAD, TENNIS_BOX)],
    ids=["snooker-frames", "snooker-under-a-headline", "tennis-sets"],
)
def test_a_results_box_over_the_lead_stays_body(head: list[str], box: list[str]) -> None:
    cleaned = clean_text("\n\n".join([*head, *box, SPORT_LEDE, SPORT_MORE, LAST]))
    paragraphs = cleaned.body.split("\n\n")
    assert all(line in paragraphs for line in box), cleaned.removed
    assert cleaned.headline == (head[0] if head else None)


# ---------------------------------------------------------------- what stays removed
TICKER = ["Dow 34,012.5 +0.5%", "Nasdaq 13,950.2 -0.3%", "FTSE 7,512.3 -0.4%", "DAX 15,800.1 +0.2%"]


def test_a_price_ticker_over_the_header_stays_removed() -> None:
    cleaned = clean_text("\n\n".join(["Skip to content", *TICKER, *HEAD, LEDE, MORE, LAST]))
    assert not any(row in cleaned.body for row in TICKER)
    assert cleaned.body.startswith(LEDE)


def test_a_table_among_furniture_below_the_body_stays_removed() -> None:
    cleaned = clean_text("\n\n".join(HEAD + [LEDE, MORE, LAST] + COMMENTS + TICKER + ["Privacy Policy"]))
    assert not any(row in cleaned.body for row in TICKER)


def test_the_headline_above_a_table_is_no_heading() -> None:
    page = ["Smartphone shipments fall 6% to 355.2 million", *SHARE_TABLE[2:], LEDE, MORE]
    cleaned = clean_text("\n\n".join(page))
    assert cleaned.headline == page[0] and page[0] not in cleaned.body.split("\n\n")


def test_row_shape_returns_at_once_on_lines_of_many_brackets_and_scores() -> None:
    """Scores and brackets that fail to match: the first pattern (a comma optional between scores)
    backtracked exponentially on "(1) 1-1 " repeated; the row's patterns are linear."""
    code = (
        "from analysis.body_tables import row_shape\n"
        "for line in ('(1) 1-1 ' * 35 + 'x', '(1) 1-1 (1), ' * 25 + 'x', 'a - ' * 10 + '1 ' * 100 + 'x', 'Label ' + '1' * 290 + 'x', '1-1 ' * 2000):\n"
        "    assert row_shape(line) == ''\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def _verdicts(reasons: list[str]) -> list[Verdict]:
    return [Verdict(True, "body", "") if not r else Verdict(False, "top_matter" if r.startswith("top:") else "boilerplate", r) for r in reasons]


@pytest.mark.parametrize(
    "rows, reasons",
    [
        # a furniture pattern's removal is not undone
        (SHARE_TABLE[2:5], ["pattern:market_data", "pattern:market_data", "pattern:market_data"]),
        # two rows are no table
        (SHARE_TABLE[2:4], ["justext:short", "justext:short"]),
        # rows of different columns are no table (a row of 5 figures, of 2, of 3)
        ([SHARE_TABLE[2], "Dow 34,012.5 +0.5%", "Club 38 30 7"], ["justext:short"] * 3),
        # date lines and times are no rows
        (["June 12, 2023", "June 13, 2023", "June 14, 2023"], ["top:date"] * 3),
    ],
    ids=["pattern", "two-rows", "columns", "dates"],
)
def test_what_is_no_table_stays_removed(rows: list[str], reasons: list[str]) -> None:
    units = [LEDE, *rows, MORE]
    verdicts = _verdicts(["", *reasons, ""])
    keep_body_tables(units, verdicts)
    assert [v.keep for v in verdicts[1:-1]] == [False] * len(rows)


@pytest.mark.parametrize(
    "line",
    [
        "The company shipped 72.2 million phones, up 20.3% on the year.",  # prose with figures
        "Updated 10:32 a.m. Thursday",  # a time stamp
        "Arsenal 2-1 Chelsea",  # one score is a list's item (analysis.body_lists), not a run of scores
        "Page 1 of 12",
        "Samsung Galaxy S9 review",
    ],
)
def test_row_shape_must_not(line: str) -> None:
    assert row_shape(line) == ""


# ---------------------------------------------------------------- a lead opening with a wire dateline
ZOO_HEAD = ["Tiger at Taipei Zoo escapes, recaptured", "Focus Taiwan", "Date: 2015/06/16", "By: Yu Kai-hsing and Y.F. Low"]


@pytest.mark.parametrize(
    "lead, place",
    [
        ("Taipei, June 16 (CNA) A tiger escaped from an animal hospital at the Taipei Zoo on Tuesday but was soon", "Taipei"),
        ("New Delhi, Feb 1 (IANS) The interim budget raised the income tax rebate for small earners on Friday and was", "New Delhi"),
        ("MOSCOW, Feb 15 (Reuters) - Russia said on Tuesday some of its units near the border were returning to bases and", "MOSCOW"),
    ],
)
def test_a_lead_cut_by_a_picture_under_its_dateline_stays(lead: str, place: str) -> None:
    page = [*ZOO_HEAD, lead, "Photo courtesy of Taipei Zoo", "tranquilized and recaptured, police said.", MORE, LAST]
    cleaned = clean_text("\n\n".join(page))
    assert cleaned.dateline == place and lead.split(") ", 1)[1].lstrip("- ") in cleaned.body, cleaned.removed


@pytest.mark.parametrize(
    "opening",
    [
        "Monday, June 16 (AP) The",  # a weekday is no place
        "Taipei, June 16 (the CNA) A",
        "Taipei, June 16 (CNA) the",  # the lead opens with a capital
    ],
)
def test_wire_dateline_without_a_dash_must_not(opening: str) -> None:
    assert wire_dateline().match(opening) is None


def test_a_standfirst_without_a_dateline_still_goes() -> None:
    standfirst = "A tiger escaped from an animal hospital at the zoo on Tuesday and was soon caught"
    page = [*ZOO_HEAD, standfirst, "Photo courtesy of Taipei Zoo", "Police said the tiger was caught within the hour, and no visitor was hurt.", MORE, LAST]
    cleaned = clean_text("\n\n".join(page))
    assert standfirst not in cleaned.body


# ---------------------------------------------------------------- a standfirst between the headline and its copy
SWIM_HEADLINE = "Diana Nyad completes swim from Cuba to Florida"
SWIM_LEDE = "Ms Nyad stepped ashore in Key West on Monday just before 2pm, about 53 hours after she began her swim in Havana on Saturday."
SWIM_MORE = "As she approached the shore, spectators surrounded her in the water, taking pictures and cheering her on."


@pytest.mark.parametrize(
    "standfirst",
    [
        "Diana Nyad, a 64-year-old American, has become the first person to swim from Cuba to Florida without the help of a shark cage, on her fifth try.",
        "The swimmer, who first tried in 1978, crossed the Florida Straits without a shark cage and said she would not try again.",
    ],
)
def test_a_standfirst_between_the_headline_and_its_copy_goes(standfirst: str) -> None:
    cleaned = clean_text("\n\n".join([SWIM_HEADLINE, standfirst, SWIM_HEADLINE, SWIM_LEDE, SWIM_MORE, LAST]))
    assert cleaned.body.startswith(SWIM_LEDE), cleaned.removed
    assert any(r.reason == "top:standfirst" and r.text == standfirst for r in cleaned.removed)


@pytest.mark.parametrize(
    "header",
    [
        [SWIM_HEADLINE, "By Jane Roe", "September 2, 2013"],  # a closed header: the paragraph under it is the lead
        [SWIM_HEADLINE, "September 2, 2013"],
    ],
)
def test_the_lead_under_a_closed_header_stays_above_the_headline_again(header: list[str]) -> None:
    lede = "Diana Nyad became the first person to swim from Cuba to Florida without a shark cage on Monday, on her fifth try."
    cleaned = clean_text("\n\n".join([*header, lede, SWIM_HEADLINE, SWIM_LEDE, SWIM_MORE]))
    assert cleaned.body.startswith(lede)


def test_a_wire_teaser_above_the_headline_stays_removed() -> None:
    """Only a unit below the headline is the story's opening: another story's dateline above it is not."""
    teaser = "LONDON (Reuters) - Oil prices fell on Monday as traders weighed the outlook for demand in"
    lede = "A tiger escaped from an animal hospital at the Taipei Zoo on Tuesday but was soon tranquilized and recaptured, police said."
    cleaned = clean_text("\n\n".join([teaser, ZOO_HEAD[0], "By Jane Roe", "June 16, 2015", lede, MORE, LAST]))
    assert teaser not in cleaned.body and cleaned.body.startswith(lede)
