"""One definition each (dup13): the pieces of cleaning that several rules share, tested once with
the cases each caller needed (bullets, word 4-grams, reporting verbs, calendar dates)."""
from __future__ import annotations

import pytest

from tests.conftest import append_line

from analysis import captions
from analysis.author_bio import byline_names
from analysis.bullets import BULLET_MARKS, BYLINE_MARKS, is_bullet, strip_bullet
from analysis.header_lines import is_header_byline
from analysis.layout import block_units
from analysis.promo_cards import is_card_date
from analysis.errors import InstrumentError
from analysis.repeats import word_grams
from analysis.reporting import reporting_forms, reports
from analysis.topmatter import is_signed_byline, leading_date


@pytest.mark.parametrize(
    "unit, expected",
    [
        # body_edges / header_lines / page_header: list items under a lede or in a header's key points
        ("- Rs 6,000 a year for farmers", True),
        ("\u2022 Schools shut in three districts", True),
        ("* A pension for workers", True),
        ("\u25cf Roads closed", True),
        ("\u25aa Roads closed", True),
        ("\u2014 Twelve die in Kerala", True),
        ("\u2013 Twelve die in Kerala", True),  # repeats' list left this out: a list item is no pull quote
        ("> Read more: floods in Kerala", True),  # layout's list left this out: a quoted line is read one a line
        ("   - indented item", True),
        # no list item: a minus sign, a bar, a middle dot, a mark glued to its word, prose
        ("-5 degrees overnight in the capital", False),
        ("| Reuters", False),
        ("\u00b7 Roads closed", False),
        ("*Correction appended", False),
        ("Rescuers dug through the rubble.", False),
        ("", False),
    ],
)
def test_is_bullet(unit: str, expected: bool) -> None:
    assert is_bullet(unit) is expected


@pytest.mark.parametrize(
    "unit, expected",
    [
        # topmatter.is_signed_byline, header_lines' "By" prefix, author_bio.byline_names: the mark before a byline
        ("- By Sydny Shepard", "By Sydny Shepard"),
        ("\u2022 By Jane Roe", "By Jane Roe"),
        ("| By Jane Roe", "By Jane Roe"),
        ("\u00b7 By Jane Roe", "By Jane Roe"),
        ("\u2014\tBy Jane Roe", "By Jane Roe"),  # any space after the mark (author_bio's \s+, not topmatter's " +")
        ("  > By Jane Roe  ", "By Jane Roe"),
        ("- - By Jane Roe", "- By Jane Roe"),  # one mark only
        ("-By Jane Roe", "-By Jane Roe"),  # no space: no mark
        ("By Jane Roe", "By Jane Roe"),
        ("", ""),
    ],
)
def test_strip_bullet(unit: str, expected: str) -> None:
    assert strip_bullet(unit) == expected


def test_bullet_marks_are_one_list() -> None:
    assert set(BULLET_MARKS) < set(BYLINE_MARKS) and set(BYLINE_MARKS) - set(BULLET_MARKS) == {"\u00b7", "|"}


@pytest.mark.parametrize("mark", list(BYLINE_MARKS))
def test_every_byline_mark_before_a_byline(mark: str) -> None:
    unit = f"{mark} By Jane Roe and Ed Poe"
    assert is_signed_byline(unit)
    assert byline_names(unit) == ["Jane Roe", "Ed Poe"]
    assert is_header_byline(f"{mark} By Jane Roe Updated Dec 5, 2026")


@pytest.mark.parametrize("unit", ["By the numbers", "- By the way", "- Byron Bay reopened", ""])
def test_no_byline_under_a_mark(unit: str) -> None:
    assert not is_signed_byline(unit) and byline_names(unit) == []


@pytest.mark.parametrize("mark", list(BULLET_MARKS))
def test_layout_reads_list_lines_one_a_line(mark: str) -> None:
    lines = [f"{mark} Rescuers searched collapsed homes in the old town on Tuesday night and into the morning", f"{mark} Schools shut"]
    assert block_units(lines) == lines


@pytest.mark.parametrize(
    "a, b, same",
    [
        # repeats: a standfirst copying the lede, quotation marks and punctuation aside
        ("\u201cRescuers dug through the rubble,\u201d officials said.", '"Rescuers dug through the rubble" officials said', True),
        ("The U.S. sent 6,000 troops on Tuesday", "The U S sent 6 000 troops on Tuesday", True),
        # link_boxes: a teaser printed twice, once between bullets and dashes
        ("\u2022 Floods hit Kerala as rivers burst \u2014 live", "Floods hit Kerala as rivers burst live", True),
        # caption_copies: a caption's labelled copy, the credit's slashes no part of a word
        ("on December 21 /Photo/COURTESY", "on December 21 Photo COURTESY", True),
        # a letter of any script is part of its word (captions' [a-z0-9]+ cut "S\u00e3o" in two)
        ("Fans gather in S\u00e3o Paulo today", "Fans gather in S o Paulo today", False),
        # an underscore and a symbol are no word
        ("Roe_Jane \u00a9 2015 by Jane Roe", "Roe Jane 2015 by Jane Roe", True),
        # different words, different grams; case does not matter
        ("RESCUERS DUG THROUGH RUBBLE", "rescuers dug through rubble", True),
        ("Rescuers dug through rubble", "Rescuers dug through mud", False),
    ],
)
def test_word_grams(a: str, b: str, same: bool) -> None:
    assert (word_grams(a) == word_grams(b)) is same


@pytest.mark.parametrize("text", ["", "one", "one two three", "- - - -", "\u2022 \u2014 | \u00b7"])
def test_word_grams_of_fewer_than_four_words(text: str) -> None:
    assert word_grams(text) == set()


@pytest.mark.parametrize(
    "text, expected",
    [
        # captions: a sentence reporting words is no caption of a scene
        ("Residents queue for water in Gaza City on Tuesday, officials said.", True),
        ("The governor told reporters the toll rose to 94 on Sunday.", True),
        ("Police say two men were arrested in Leeds on Friday.", True),
        ("Rescuers dig through rubble in Amatrice, according to state television.", True),
        ("The agency reports that 40 died in Kerala on Sunday.", True),
        ("The ministry announced the closures on Monday.", True),
        ("Officials add that schools will stay shut.", True),
        # link_boxes: a long paragraph of the article below a comment counter (AP's style, any case)
        ("AS THE STORM HIT, THE MAYOR SAID 40 HOMES WERE LOST", True),
        ("It was late, according  to\nwitnesses.", True),
        # a scene: a participle or a verb that a caption may tell, or a word that only contains a form
        ("A surfer carries his board into the water on Manly Beach, Australia, November 24, 2015.", False),
        ("A protester holds a sign saying no to the war in Kyiv on Sunday.", False),
        ("A man writes a message on a wall in Paris on Saturday.", False),
        ("A woman reacts after the ceremony declaring a state of emergency.", False),
        ("Saddam's resaid sayings, unsaid", False),
        ("", False),
    ],
)
def test_reports(text: str, expected: bool) -> None:
    assert reports(text) is expected


def test_reporting_forms_come_from_the_instrument(instrument_copy) -> None:
    append_line(instrument_copy / "attribution_verbs.tsv", "mutter\tneutral\tmuttered|muttering\t\t\t\t\tyes\t")
    assert {"muttered", "said"} <= reporting_forms.__wrapped__() and "muttering" not in reporting_forms.__wrapped__()


def test_bad_speech_only_cell_names_file_and_line(instrument_copy) -> None:
    number = append_line(instrument_copy / "attribution_verbs.tsv", "grumble\tneutral\tgrumbled\t\t\t\t\tmaybe\t")
    with pytest.raises(InstrumentError, match=rf"attribution_verbs.tsv, line {number}: speech_only must be 'yes' or empty"):
        reporting_forms.__wrapped__()


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
