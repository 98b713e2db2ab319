"""Numbers that are not counts (times, dates, years, ages, durations, ids, phones, URLs), claims
that must not cross a paragraph, and Indian scales: the junk claims real pages produced."""
from __future__ import annotations

import pytest

from analysis.claims import find_claims, not_a_count


@pytest.mark.parametrize(
    "text",
    [
        "The disaster struck Sunday at 0830 UTC.",
        "15 Feb. 15:15 Russian troops moved.",
        "Tuesday 15 July 2014 20:03 BST",
        "Published 2019-02-11 in the print edition.",
        "Wednesday,19-November-2025",
        "The 2022 exercise ended.",
        "Devastating 2009 blazes changed the law.",
        "Wujin Cuomao, 68, and the girl were rescued.",
        "They arrested Sunny (46) and Singh (29) in the raid.",
        "A 58-year-old was killed; he was 18 years old; one aged 80 survived.",
        "They were trapped for more than 123 hours and had waited six months.",
        "A 24-hour strike.",
        "It has been years in a few months' time.",
        "A case under Sections 75, 78, 79, 351(1), 352 and 238 of BNS and Section 67 of the IT Act.",
        "He asked respondent No. 2 (CBI) to act.",
        "Call +91 22 2345 6789 or see https://example.com/news/2022/15-troops.",
        "See /html/body/div[2]/p[15] for the node.",
        "In 2021-22 spending rose.",
        "It was similar to a Category 5 hurricane; the level 2 alert urges people to pack.",
        "They won 3-1 with an 11-2 record, a 50-50 split; the poll ran March 17-20.",
        "a nine-car train, a 150-seat parliament and a one-two punch",
    ],
)
def test_not_counts(text):
    assert [c.number_as_written for c in find_claims(text)] == []


@pytest.mark.parametrize(
    "text, written, value, counts",
    [
        ("Total allocation is Rs 187223 cr this year.", "187223 cr", 1_872_230_000_000, ""),
        ("a Rs 1 lakh crore hike in the credit target", "1 lakh crore", 1e12, "hike"),
        ("the fund of 13cr was set up", "13cr", 130_000_000, ""),
        ("translates into Rs 7.5 trillion over time", "7.5 trillion", 7.5e12, ""),
        ("worth over Rs six crore and cash", "six crore", 60_000_000, ""),
        ("About 12 crore farmers getting Rs 6,000 each year", "12 crore", 120_000_000, "farmers"),
        ("They will be given Rs 500 a month.", "500", 500, ""),
        ("One hundred firefighters battled the fire.", "One hundred", 100, "firefighters"),
        ("and hundreds injured on Wednesday", "hundreds", 100, "injured"),
        ("A 10 bn fund", "10 bn", 10_000_000_000, "fund"),
    ],
)
def test_claims_on_real_page_forms(text, written, value, counts):
    claims = find_claims(text)
    assert (claims[0].number_as_written, claims[0].value, claims[0].counts) == (written, value, counts)


def test_money_followed_by_a_time_word_is_not_a_duration():
    assert [c.number_as_written for c in find_claims("About 12 crore farmers getting Rs 6,000 each year.")] == ["12 crore", "6,000"]


@pytest.mark.parametrize(
    "text",
    [
        "The toll rose to 15\n\nRussian troops left.",
        "They counted 2,000\nsoldiers in the square.",
        "More than\n\n100 troops left.",
    ],
)
def test_no_claim_crosses_a_line_or_paragraph(text):
    for claim in find_claims(text):
        assert "\n" not in claim.text
        assert claim.counts not in ("Russian", "soldiers", "troops") or "\n" not in text[claim.start : claim.end]


def test_a_timestamp_is_not_read_as_a_count_of_the_next_paragraph():
    assert find_claims("Updated 15 Feb. 15:15\n\nMillions of soldiers stayed.")[0].number_as_written == "Millions of"
    assert len(find_claims("Updated 15 Feb. 15:15\n\nMillions of soldiers stayed.")) == 1


@pytest.mark.parametrize("number, counts, reason", [("68", "", "age"), ("123", "hours", "duration"), ("2345", "", "phone or url"), ("0830", "", "time")])
def test_not_a_count_reasons(number, counts, reason):
    text = "Wujin Cuomao, 68, waited 123 hours; call +91 22 2345 6789 at 0830 UTC."
    start = text.index(number)
    assert not_a_count(text, start, start + len(number), counts) == reason


@pytest.mark.parametrize(
    "text, kept",
    [
        ("Rain is expected from Sunday, May 19 to 22 across the country.", []),
        ("On May 21 and 22, the rain will intensify; the poll was conducted Nov. 6 to 10.", []),
        ("The owners of the shop on the 700 block of Chambers Street spoke.", []),
        ("It was reported in a 911 call; police received 911 calls at dawn.", []),
        ("Traffic on Hwy 90 and Interstate 15 was re-routed.", []),
        ("a fine performance in round 2 of the Six Nations; stage 5 of the race", []),
        ("scoring less than 100 runs in the final 17 overs", ["100"]),
        # the same words where the number is a quantity
        ("On May 3 and 40 people died there.", ["40"]),
        ("a block of 700 flats; 911 people called", ["700", "911"]),
        ("the second round of 2 billion dollars in aid", ["2 billion"]),
    ],
)
def test_dates_addresses_lines_roads_and_rounds_are_no_counts(text, kept):
    assert [c.number_as_written for c in find_claims(text)] == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        ("The escaped inmates are Jonathan Tieu, 20; Hossein Nayeri, 37; and Bac Tien Duong, 43.", []),
        ("The 2018-'19 Federal Budget delivers tax relief.", []),
        ("It means increasing the pension age to 70, he said.", []),
        ("The wage for 18 to 20-year-olds rises to \u00a38.60.", ["8.60"]),
        ("the company (Shanghai: 600875.SS) said", []),
        # the same shapes where the number is a quantity
        ("In Texas, 12 people died.", ["12"]),
        ("Among the dead were 3 children, 2 women and 40 men.", ["3", "2", "40"]),
    ],
)
def test_ages_in_lists_year_ranges_and_tickers_are_no_counts(text, kept):
    assert [c.number_as_written for c in find_claims(text)] == kept


@pytest.mark.parametrize(
    "text, kept",
    [
        # counts that look like the contexts above (review)
        ("The council received 112 calls about the noise.", ["112"]),
        ("Call handlers dealt with 999 callers.", ["999"]),
        ("He made a 999 call from the house.", []),
        ("In the Senate race the tally was Smith, 54; Jones, 46.", ["54", "46"]),
        ("Seats won: Labour, 41; SNP, 12; Conservatives, 6.", ["41", "12", "6"]),
    ],
)
def test_tallies_and_counts_of_calls_stay_claims(text, kept):
    assert [c.number_as_written for c in find_claims(text)] == kept
