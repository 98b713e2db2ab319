"""Hard-wrapped text read whole wherever it stands (the thirty-third session): a copy that wraps its paragraphs and
leaves blank lines between them, or between its header and the body, and a narrow column's copy (a printed page's
column, a PDF, a phone's screen: 25 to 54 characters, often ragged). Before, such a text was read line by line and
jusText's method took most of its lines for furniture (a lead of 35-character lines lost whole). The width is read on
all the text's lines, so a short article (four paragraphs wrapped at 72 under six lines of header and furniture) is
still read line by line."""
import textwrap

import pytest

from analysis.clean import clean_text
from analysis.layout import _hard_wrap_width, split_blocks

PARAGRAPHS = [
    "The river rose four feet overnight and closed every road into Millbrook on Tuesday, officials said, leaving "
    "residents stranded as crews worked to clear debris from the bridges.",
    'Mayor Ann Cole said the town had not seen flooding like it since 1972. "We are asking everyone to stay home and '
    'stay off the roads until the water goes down," she said at a news conference.',
    "The National Weather Service said another two inches of rain could fall by Thursday, and a flood warning "
    "remained in effect for the county through the weekend.",
    "Shelters opened at the high school and the community center, where the Red Cross handed out blankets and food "
    "to about 200 people on Tuesday night.",
    "Farmers on the east side of the county said the water had covered fields planted only last week, and the state "
    "agriculture office said it would send inspectors once the roads were open again.",
    "The last time the river crested this high, in 1972, it took more than a month for the town's businesses to "
    "reopen, and some never did, according to the county historical society.",
]
FURNITURE = ["Share this story", "Most read", "Trump wins again in Iowa", "Copyright 2024 Example News"]


def page(width: int, between: str) -> str:
    body = between.join(textwrap.fill(p, width) for p in PARAGRAPHS)
    return "Flood cuts off town\n\nBy Jane Doe\n\n" + body + "\n\n" + "\n\n".join(FURNITURE)


@pytest.mark.parametrize("width", [30, 35, 45, 60, 72])
@pytest.mark.parametrize("between", ["\n\n", "\n"])
def test_wrapped_paragraphs_under_a_header_are_body(width, between):
    cleaned = clean_text(page(width, between))
    assert {r.reason for r in cleaned.removed} >= {"top:headline", "top:byline"}
    assert [r.text for r in cleaned.removed if r.kind == "body" or not r.reason.startswith(("top:", "pattern:"))] == []
    assert all(r.text in ("Flood cuts off town", "By Jane Doe", *FURNITURE) for r in cleaned.removed)
    assert cleaned.body.split() == " ".join(PARAGRAPHS).split()


def test_wrapped_paragraphs_apart_are_one_unit_each():
    blocks = split_blocks(page(35, "\n\n"))
    assert [b[0] for b in blocks[2:8]] == PARAGRAPHS  # each paragraph one line, its words as written
    assert blocks[:2] == [["Flood cuts off town"], ["By Jane Doe"]] and [b[0] for b in blocks[8:]] == FURNITURE


RAGGED = """A6 THE COURIER, TUESDAY, MARCH 3, 2020

LOCAL

Council backs
new bridge plan

BY SARAH KLINE
Staff Writer

The city council voted 5-2
on Monday night to move
ahead with a $14 million
replacement for the Elm
Street bridge, ending more
than a year of debate over
the aging span.

Council member Tom Reyes,
who voted against the plan,
said the city should have
waited for state money. "We
are paying for something the
state would have paid for in
two years," he said.

Construction is expected to
begin in the spring of 2021
and take about 18 months.

PHOTO BY JOHN WELLS

See BRIDGE, Page A7"""


def test_a_ragged_narrow_column_keeps_its_lead_and_headline():
    cleaned = clean_text(RAGGED)
    assert cleaned.headline == "Council backs new bridge plan"
    assert cleaned.body.startswith("The city council voted 5-2 on Monday night to move ahead with a $14 million replacement for the Elm Street bridge,")
    assert 'he said.\n\nConstruction is expected' in cleaned.body
    assert {r.text for r in cleaned.removed} == {"A6 THE COURIER, TUESDAY, MARCH 3, 2020", "LOCAL", "Council backs new bridge plan",
                                                 "BY SARAH KLINE", "Staff Writer", "PHOTO BY JOHN WELLS", "See BRIDGE, Page A7"}


def test_a_ragged_narrow_column_with_no_blank_line():
    text = ("Fire destroys barn\nFire destroyed a barn on\nCounty Road 9 early Sunday,\nkilling 30 head of cattle,\n"
            "the county fire chief said.\nNo people were hurt.\nFirefighters from three\ndepartments fought the\n"
            "blaze for about four hours.\nThe cause is under\ninvestigation, Chief Ray\nOlson said, but it does not\n"
            "appear suspicious.\nShare this:\nFacebook\nTwitter\nRelated\nBarn fire in Millville\nGrass fire burns 40 acres")
    cleaned = clean_text(text)
    assert cleaned.body.startswith("Fire destroyed a barn on County Road 9 early Sunday, killing 30 head of cattle, the county fire chief said.")
    assert "Chief Ray Olson said, but it does not appear suspicious." in cleaned.body
    assert "Barn fire in Millville" not in cleaned.body and "Grass fire" not in cleaned.body  # other stories' headlines go on from nothing


@pytest.mark.parametrize("lines", [
    # a menu, tags in lower case, other stories' headlines: short lines that are not a narrow column
    ["Home", "News", "Local news", "Sports", "High school sports", "Weather", "Traffic", "Obituaries", "Opinion", "Contact us", "Advertise"],
    ["Tags:", "flooding", "weather", "climate change", "roads", "emergency", "county", "rain", "rivers", "bridges", "shelters"],
    ["Barn fire in Millville", "Grass fire burns 40 acres", "Council backs bridge plan", "School board delays vote", "Man held after chase",
     "Road closed for repairs", "New mayor sworn in", "Library to open Sundays", "Storm knocks out power", "Bakery wins state prize"],
    # school closings, one a line, and a poem's lines: lists, not wrapped sentences
    ["Allen County Schools - closed", "Bath County Schools - 2 hour delay", "Boyd County Schools - closed", "Carter County Schools - closed",
     "Elliott County Schools - delay", "Fleming County Schools - closed", "Greenup County Schools - closed", "Lewis County Schools - delay",
     "Menifee County Schools - closed", "Morgan County Schools - closed"],
])
def test_short_lines_that_are_no_column_are_not_hard_wrapped(lines):
    assert _hard_wrap_width(lines) == 0
    assert split_blocks("Headline\n\n" + "\n".join(lines)) == [["Headline"], lines]
