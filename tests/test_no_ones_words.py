"""The "no one's words" lookahead of boilerplate_patterns.tsv is written once
(furniture_patterns.NO_ONES_WORDS, named {no_ones_words} in the rows) and still guards each row."""
from __future__ import annotations

import pytest

from analysis.furniture_patterns import NO_ONES_WORDS, boilerplate_patterns
from analysis.instruments import instrument_path


def test_the_verbs_are_written_once():
    text = instrument_path("boilerplate_patterns.tsv").read_text(encoding="utf-8")
    assert NO_ONES_WORDS not in text
    rows = [line for line in text.splitlines() if "{no_ones_words}" in line and not line.startswith("#")]
    assert {"offer", "reader_address"} <= {row.split("\t")[0] for row in rows} and len(rows) >= 3  # rows added later may name it too
    assert not any("{no_ones_words}" in p.regex.pattern for p in boilerplate_patterns())


def _rows(reason: str):
    return [p for p in boilerplate_patterns() if p.reason == reason and NO_ONES_WORDS in p.regex.pattern]


@pytest.mark.parametrize(
    "reason, line, expected",
    [
        ("reader_address", "Sign up for our newsletter.", True),
        ("reader_address", "Sign up for our newsletter, the mayor said.", False),
        ("reader_address", "Read the full story here, she wrote.", False),
        ("offer", "Only $1 for 6 months.", True),
        ("offer", "Only $1 for 6 months, officials warned.", False),
        ("offer", "All-access pass to the top stories, events and offers around town.", True),
        ("offer", "All-access pass to the top stories, events and offers around town, he told members.", False),
    ],
)
def test_each_row_keeps_its_guard(reason, line, expected):
    rows = _rows(reason)
    assert rows
    hit = any((p.regex.search(line) if p.how == "search" else p.regex.fullmatch(line)) for p in rows)
    assert bool(hit) is expected
