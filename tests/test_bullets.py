"""analysis.bullets: the one definition of list bullets and the marks before a byline, with the cases each
rule that uses it needed (body_edges, layout, repeats, header_lines, topmatter, author_bio)."""
from __future__ import annotations

import pytest

from analysis.author_bio import byline_names
from analysis.bullets import BULLET_MARKS, BYLINE_MARKS, is_bullet, strip_bullet
from analysis.header_lines import is_header_byline
from analysis.layout import block_units
from analysis.topmatter import is_signed_byline


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
