"""Furniture of the eighth site sets (s301-s342), written as new text: each rule by its shape."""
from __future__ import annotations

import pytest

from analysis.clean import clean_text
from analysis.layout import block_units

STORY = [
    "A group of walkers had to be led to safety from a mountain after getting caught out by nightfall on Saturday.",
    "The three, who had no torches, were rescued from the ridge by volunteers of the local rescue team.",
    "A spokesperson said: \u201cThey were uninjured but benighted, so a small team turned out to walk them down.\u201d",
]
RELATED = [
    "  1. Walkers and dogs rescued after getting lost in dark",
    "  2. More walkers lost in dark as torch message fails to get through",
    "  3. Rescuers in night search for walkers who found their own way to safety",
]


@pytest.mark.parametrize("heading", ["Some articles the site thinks might be related:", "You may also be interested in:", "Related articles:"])
def test_a_numbered_box_of_other_stories_under_its_heading(heading) -> None:
    cleaned = clean_text("\n\n".join([*STORY, heading, "\n".join(RELATED)]))
    assert cleaned.body.endswith("walk them down.\"")
    assert [r.reason for r in cleaned.removed] == ["pattern:widget_heading"] + ["pattern:widget_heading+links"] * 3


def test_a_numbered_list_is_read_one_item_a_line() -> None:
    assert block_units([line.strip() for line in RELATED]) == [line.strip() for line in RELATED]
    prose = ["The 2 men were seen near the bridge late on Friday, and police said they had been", "3 miles from home."]
    assert len(block_units(prose)) == 1  # a line opening with a number is no list's item unless every line counts up


def test_a_numbered_plan_in_the_story_stays() -> None:
    plan = ("The plan is as follows:\n1. Close the bridge to lorries from May, with signs on every approach road.\n"
            "2. Build a bypass to the east of the town by 2027, paid for by the county.\n3. Review the speed limit after a year.")
    text = "\n\n".join([STORY[0], plan, "Councillors will vote on the plan next month, and residents can comment until April."])
    cleaned = clean_text(text)
    assert cleaned.removed == ()
    assert "3. Review the speed limit after a year." in cleaned.body
