"""claims' page counters read each line once (claims_filters.CounterLines): same lines, linear time."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.claims import find_claims
from analysis.claims_filters import CounterLines, page_counter

PAGE = "Share\n47383\nPolice said 4 died and 12 were hurt.\n0 comments\n7 Min Read\n\n85%\nSlideshow ( 6 images )\n3"


@pytest.mark.parametrize(
    "number, expected",
    [("47383", True), ("4 died", False), ("12 were", False), ("0 comments", True), ("7 Min", True), ("85%", True), ("6 images", True), ("3", True)],
)
def test_each_number_on_its_line(number, expected):
    start = PAGE.rindex(number) if number == "3" else PAGE.index(number)
    counter = CounterLines(PAGE)
    assert counter(start) is expected
    assert counter(start) is expected  # asked again: the line's verdict is kept
    assert page_counter(PAGE, start) is expected


def test_numbers_of_one_line_share_its_verdict():
    text = "Intro.\n" + " ".join(str(n) for n in range(10, 60)) + "\nEnd 5"
    counter = CounterLines(text)
    assert not any(counter(text.index(f" {n}") + 1) for n in range(11, 60))
    assert counter(len(text) - 1) is False and CounterLines("5")(0) is True and CounterLines("")(0) is False


def test_many_numbers_on_one_long_line_are_linear():
    """4,000 numbers after a run of 100,000 dashes on one line: each number read the whole line
    before (67 s); now the line is read once (about 1 s). Run apart, with a timeout."""
    code = (
        "from analysis.claims import find_claims\n"
        "text = '-' * 100000 + ' ' + ' '.join(f'{i % 90 + 10}.' for i in range(4000)) + '\\nDone.'\n"
        "print(len(find_claims(text)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=30, check=True)
    assert out.stdout.strip() == "4000"


def test_claims_on_counter_lines_still_go():
    """Counters go; a share alone on its line stays (only a number with no noun or a counter's noun is asked)."""
    assert [c.number_as_written for c in find_claims(PAGE)] == ["4", "12", "85%"]
