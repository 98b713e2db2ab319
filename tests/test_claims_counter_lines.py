"""claims' page counters read each line once (claims_filters.CounterLines): same lines, linear time."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis import claims_filters
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


def test_each_line_is_read_once(monkeypatch):
    """Linearity, counted rather than timed: the counter-line pattern reads each line at most once,
    so the characters it is handed add up to at most the text's length. When each number read its
    own line, the 400 numbers below made it read the 10,000-character line 400 times."""
    handed: list[int] = []

    class Counting:
        def fullmatch(self, text, first, last):
            handed.append(last - first)
            return real.fullmatch(text, first, last)

    real = claims_filters._COUNTER_LINE
    monkeypatch.setattr(claims_filters, "_COUNTER_LINE", Counting())
    text = "-" * 10000 + " " + " ".join(f"{i % 90 + 10}." for i in range(400)) + "\nDone.\n7 Min Read\n0 comments"
    assert len(find_claims(text)) == 400
    assert handed and sum(handed) <= len(text)
    assert len(handed) <= text.count("\n") + 1


def test_a_pathological_line_does_not_hang():
    """A hang guard, not a speed test (speed is measured in ``make bench``): 8,000 numbers after a
    run of 200,000 dashes on one line, run apart with a timeout. Reading the line once takes about
    2 s here; each number reading its line took 67 s on half this input (4,000 numbers, 100,000
    dashes), so about 4.5 min on this one. The 90 s timeout sits far from both: a loaded machine
    does not trip it, the quadratic reading does."""
    code = (
        "from analysis.claims import find_claims\n"
        "text = '-' * 200000 + ' ' + ' '.join(f'{i % 90 + 10}.' for i in range(8000)) + '\\nDone.'\n"
        "print(len(find_claims(text)))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=90, check=True)
    assert out.stdout.strip() == "8000"


def test_claims_on_counter_lines_still_go():
    """Counters go; a share alone on its line stays (only a number with no noun or a counter's noun is asked)."""
    assert [c.number_as_written for c in find_claims(PAGE)] == ["4", "12", "85%"]
