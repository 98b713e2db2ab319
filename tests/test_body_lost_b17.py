"""Body lines lost on the twenty-first and twenty-second rounds' and older dev pages (b17): each rule
as must and must-not cases, written by shape and context (new text, no page's words)."""
from __future__ import annotations

import pytest

from analysis.body_edges import tail_units
from analysis.clean import clean_text

HEADLINE = "Harbour bridge reopens after two years of repairs"
BODY = [
    "The vote was nine to two in favour of the plan after a meeting of three hours, the mayor told reporters afterwards at the town hall.",
    "Work on the bridge is due to start next spring and should take about two years, the engineers said.",
    "Residents of the old quarter had asked for a tunnel instead, but the council found it would cost three times as much.",
]
#: The paragraph the copy of the page stopped inside: long, no sentence end.
CUT_PARAGRAPH = ("Engineers walked the deck at dawn on Sunday to check the new cables one last time before the first buses were let across,"
                 " and the harbour master said the ferries would keep their winter timetable until the")


def _text(*lines: str) -> str:
    return "\n\n".join([HEADLINE, *BODY, *lines])


# ---------------------------------------------------------------- a crosshead over the paragraph the page was cut inside
@pytest.mark.parametrize("heading", ["The first crossing", "Buses come back", "What the ferries do next"])
def test_a_heading_over_the_cut_last_paragraph_is_a_crosshead(heading: str) -> None:
    cleaned = clean_text(_text(heading, CUT_PARAGRAPH))
    assert heading in cleaned.body
    assert CUT_PARAGRAPH in cleaned.body


@pytest.mark.parametrize(
    "tail",
    [
        ["Read more: ferry strikes", CUT_PARAGRAPH],  # a label with a colon, not a heading
        ["More from the harbour", "Ferries cancel winter sailings after storm damage to the pier at the north quay"],  # a card: short teaser
        ["More from the harbour"],  # a heading with nothing below it
        ["More from the harbour", CUT_PARAGRAPH, "Share this story"],  # not the text's last unit
    ],
)
def test_a_heading_not_over_a_cut_paragraph_still_goes(tail: list[str]) -> None:
    cleaned = clean_text(_text(*tail))
    assert tail[0] not in cleaned.body


# ---------------------------------------------------------------- a list whose items close with semicolons
ITEMS = ["The new sites are:", "Salt pans of the northern coast (Chile);", "Old town of the river port (Ghana);", "Cliff dwellings of the canyon (Mali);",
         "The cave paintings of the valley were added as a mixed site."]


def test_a_list_of_semicolon_items_goes_on_below_its_last_sentence() -> None:
    more = "Fortified church of the hill village (Romania); Terraced vineyards of the lake shore (Switzerland);"
    cleaned = clean_text(_text(*ITEMS, more))
    assert more in cleaned.body


@pytest.mark.parametrize(
    "units",
    [
        [*BODY, "Tags: ferries; bridges;"],  # no list above: a tail line ending with a semicolon is a label
        [*BODY[:2], "Salt pans of the northern coast (Chile);", *BODY[2:], "Tags: ferries; bridges;"],  # one item above is no list
    ],
)
def test_a_semicolon_alone_keeps_no_tail_line(units: list[str]) -> None:
    assert len(units) - 1 in tail_units(units, [True] * len(units))


def test_semicolon_items_keep_their_tail_line() -> None:
    units = [*BODY, *ITEMS[1:], "Fortified church of the hill village (Romania);"]
    assert tail_units(units, [True] * len(units)) == set()
