"""analysis.calendar_words.calendar_pattern: the date patterns of cleaning built from calendar.tsv, with the
cases each rule needed (promo_cards' card date, topmatter's leading date, captions' day and full date)."""
from __future__ import annotations

import re

import pytest

from analysis import captions
from analysis.calendar_words import calendar_pattern
from analysis.promo_cards import is_card_date
from analysis.topmatter import leading_date, wire_dateline


@pytest.mark.parametrize(
    "unit, expected",
    [
        # promo_cards: a card's date alone on a line
        ("January 31, 2012", True),
        ("Sept. 3, 2019", True),
        ("Thurs, Feb 7, 2012", True),
        ("Published: 7 Feb 2012, 10:30 am", True),
        ("wednesday 15 july 2014", True),
        # a name that opens like a month is no month (the old [a-z]* read "Mayor 5, 2012" as one)
        ("Mayor 5, 2012", False),
        ("Marco 3, 2016", False),
        ("Jan 31 was cold.", False),
    ],
)
def test_card_date_months_from_the_calendar(unit: str, expected: bool) -> None:
    assert is_card_date(unit) is expected


@pytest.mark.parametrize(
    "paragraph, rest",
    [
        # topmatter.leading_date: a date glued to the lead, its month and weekday any abbreviation of the calendar
        ("August 3, 2014Chinese officials announced the toll.", "Chinese officials announced the toll."),
        ("Tues., Sept. 3, 2019 Rescuers dug on.", "Rescuers dug on."),
        ("Thurs., Feb. 15, 2018 - Rescuers dug on.", "Rescuers dug on."),
        ("Thur., Feb. 15, 2018 Rescuers dug on.", "Rescuers dug on."),
        ("Weds., Feb. 14, 2018 Rescuers dug on.", "Rescuers dug on."),
        ("15 Feb. 15:15 Rescuers dug on.", "Rescuers dug on."),
        ("Mayor 12, 2014 Rescuers dug on.", "Mayor 12, 2014 Rescuers dug on."),
        ("May I ask, he said.", "May I ask, he said."),
    ],
)
def test_leading_date_months_from_the_calendar(paragraph: str, rest: str) -> None:
    assert paragraph[leading_date(paragraph) :] == rest


@pytest.mark.parametrize(
    "sentence, day, full",
    [
        # captions: a scene's day and its full date, capitalised
        ("Survivors reach out in Tacloban city Saturday", "Saturday", None),
        ("A surfer carries his board on Manly Beach, November 24, 2015", "November 24", "November 24, 2015"),
        ("Trapped workers are pulled from a mine on Sept. 13", "Sept. 13", None),
        ("Crowds gather on 3 March 2019 in Algiers", "3 March", "3 March 2019"),
        # not a day: a name or a word that opens like a month or a weekday, a lower-case word
        ("Marco Rubio speaks, 3 Marco", None, None),
        ("Maybe 50 people came", None, None),
        ("Sundays are quiet; the sunday market", None, None),
    ],
)
def test_caption_dates_from_the_calendar(sentence: str, day: str | None, full: str | None) -> None:
    day_rx, full_rx = captions._dates()
    found_day, found_full = day_rx.search(sentence), full_rx.search(sentence)
    assert (found_day.group() if found_day else None, found_full.group() if found_full else None) == (day, full)


@pytest.mark.parametrize(
    "kind, options, word, expected",
    [
        ("month", {}, "September", True),
        ("month", {}, "sept", True),  # abbreviations from the file, any case
        ("month", {}, "may", True),
        ("month", {}, "Janu", False),  # no prefix that the file does not write
        ("month", {"abbreviations": False}, "Sept", False),
        ("month", {"case": "initial"}, "september", False),  # capitalised as the file writes it
        ("weekday", {}, "Thurs", True),
        ("weekday", {}, "tues", True),
        ("weekday", {"abbreviations": False, "case": "initial"}, "Tuesday", True),
        ("weekday", {"abbreviations": False, "case": "initial"}, "Tue", False),
        ("weekday", {}, "May", False),
    ],
)
def test_calendar_pattern(kind: str, options: dict, word: str, expected: bool) -> None:
    flags = re.IGNORECASE if options.get("case", "ignore") == "ignore" else 0
    assert bool(re.fullmatch(calendar_pattern(kind, **options), word, flags)) is expected


def test_calendar_pattern_kind_is_checked() -> None:
    with pytest.raises(ValueError, match="month or weekday"):
        calendar_pattern("season")


@pytest.mark.parametrize(
    "opening, dateline",
    [
        # topmatter.wire_dateline: a place in capitals, its date's month from the calendar, the agency, a dash
        ("PUNE, India, July 30 (UPI) -- Rescuers dug on.", "PUNE, India, July 30 (UPI) -- "),
        ("MOSCOW, Sept. 3 (Reuters) - Russia said on Tuesday.", "MOSCOW, Sept. 3 (Reuters) - "),
        ("KYIV, Feb 15 \u2014 Ukraine said on Tuesday.", "KYIV, Feb 15 \u2014 "),
        ("Washington (AFP) \u2013 Democrat Hillary Clinton said.", "Washington (AFP) \u2013 "),
        # a word that only opens like a month is no date: the place's line goes on to no dash
        ("BOSTON, Mayor 3 (AP) - The city said.", None),
        ("Rescuers dug on through the night.", None),
    ],
)
def test_wire_dateline_months_from_the_calendar(opening: str, dateline: str | None) -> None:
    found = wire_dateline().match(opening)
    assert (found.group() if found else None) == dateline
