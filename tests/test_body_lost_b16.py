"""Body lines lost and leads on the nineteenth and twentieth rounds' dev pages (b16): each rule as
must and must-not cases, written by shape and context (new text, no page's words)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.body_lists import list_gaps
from analysis.clean import clean_text
from analysis.standfirst import restated_figure
from analysis.topmatter import goes_on_from, is_date_line

BODY = [
    "The vote was nine to two in favour of the plan after a meeting of three hours, the mayor told reporters afterwards at the town hall.",
    "Work on the bridge is due to start next spring and should take about two years, the engineers said.",
    "Residents of the old quarter had asked for a tunnel instead, but the council found it would cost three times as much.",
]
KEPT, CUT = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")


# ---------------------------------------------------------------- a list's middle items (list_gaps)
ITEMS = ["- Opened to walkers in the spring of last year.", "- Runs along the old canal", "- Crossing two rivers and a railway line near the town centre, with three bridges (one of them listed)",
         "- Known to locals as the green mile.", "- Closed at night in the winter months."]


@pytest.mark.parametrize(
    ("verdicts", "kept"),
    [
        ([KEPT, CUT, CUT, KEPT, KEPT], [True] * 5),  # the middle items go back with their ends
        ([KEPT, CUT, KEPT, CUT, CUT], [True, True, True, False, False]),  # the last items: no kept item below them
        ([CUT, CUT, KEPT, KEPT, KEPT], [False, False, True, True, True]),  # the first items: no kept item above them
        ([KEPT, Verdict(False, "boilerplate", "pattern:share"), KEPT, KEPT, KEPT], [True, False, True, True, True]),  # a pattern named it
    ],
)
def test_list_gaps(verdicts: list[Verdict], kept: list[bool]) -> None:
    verdicts = list(verdicts)
    list_gaps(ITEMS, verdicts)
    assert [v.keep for v in verdicts] == kept


def test_list_gaps_needs_one_mark() -> None:
    units = ["- Runs along the old canal.", "* Share on Facebook", "- Closed at night."]
    verdicts = [KEPT, CUT, KEPT]
    list_gaps(units, verdicts)
    assert [v.keep for v in verdicts] == [True, False, True]


# ---------------------------------------------------------------- a lede the next paragraph goes on from (goes_on_from)
HEADLINE = "Town council approves new bridge"
LEDE = "Transport Minister Alan Ward today announced that the town would get its new bridge over the river, with work to begin next spring."
GOES_ON = "Mr Ward also said the old crossing would stay open to walkers while the new one is built."
PLACE = "River Stour Bridge"


def test_lede_above_a_pictures_name_is_kept_when_the_body_goes_on_from_it() -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, LEDE, PLACE, GOES_ON, *BODY]))
    assert cleaned.body.startswith(LEDE), cleaned.removed
    assert PLACE not in cleaned.body


@pytest.mark.parametrize(
    ("unit", "below", "expected"),
    [
        (LEDE, GOES_ON, True),
        (LEDE, "Ward said the old crossing would stay open.", True),
        # the paragraph below names him in full: it tells the story again (a standfirst's lede)
        (LEDE, "Transport Minister Alan Ward said on Tuesday that Mr Ward's plan was final.", False),
        # no one named in full above, or a name below that is nobody's above
        ("The town will get its new bridge next spring.", GOES_ON, False),
        (LEDE, "Ms Hale also said the old crossing would stay open.", False),
    ],
)
def test_goes_on_from(unit: str, below: str, expected: bool) -> None:
    assert goes_on_from(unit, below) is expected


# ---------------------------------------------------------------- a stamp closed by a time's a.m./p.m.
@pytest.mark.parametrize(
    ("unit", "expected"),
    [
        ("3/14/2019, 9:15 a.m.", True),
        ("jdoe | 3/14/2019, 9:15 a.m.", True),
        ("Mary Poole | March 14, 2019, 9:15 p.m.", True),
        ("The fire broke out at 9:15 a.m.", False),
        ("Crews arrived at the scene at 9:15 a.m. and left by noon.", False),
    ],
)
def test_stamp_with_american_time(unit: str, expected: bool) -> None:
    assert is_date_line(unit) is expected


def test_writer_and_stamp_above_the_lead_are_top_matter() -> None:
    cleaned = clean_text("\n\n".join([HEADLINE, "jdoe | 3/14/2019, 9:15 a.m.", *BODY]))
    assert cleaned.body.startswith(BODY[0]), cleaned.removed
    # u16's row for a byline and date joined by a bar may name it first; either way it is top matter, not the lead
    stamp = [(r.kind, r.reason) for r in cleaned.removed if "9:15 a.m." in r.text]
    assert stamp and stamp[0] in {("top_matter", "top:date"), ("top_matter", "pattern:date_line")}, cleaned.removed
    assert is_date_line("jdoe | 3/14/2019, 9:15 a.m.")


# ---------------------------------------------------------------- a figure told again word for word (restated_figure)
SUMMARY = "An estimated 12,000 runners lined up for a morning of sport."
LEAD = "The city held its first marathon on Sunday, and the organisers were surprised by the turnout. An estimated 12,000 runners took part, twice as many as expected."


#: The header's evidence under the summary (k18: without it, a short wire lede whose figure the next
#: paragraph repeats is the same shape, and stays: tests/test_cleaning_review16.py).
PICTURE = "Runners crossed the river bridge at dawn. (Photo: AP)"


@pytest.mark.parametrize("header", [[], ["City marathon draws record crowd"]])
def test_summary_whose_figure_the_lede_repeats_is_top_matter(header: list[str]) -> None:
    cleaned = clean_text("\n\n".join([*header, SUMMARY, PICTURE, LEAD, *BODY]))
    assert cleaned.body.startswith(LEAD), cleaned.removed
    assert SUMMARY not in cleaned.body


@pytest.mark.parametrize(
    "units",
    [
        # the lede's figure in other words below: the body goes on from it
        [SUMMARY, "About 12,000 people took part, twice as many as the organisers had expected, and the roads were closed all day.", *BODY],
        # the paragraph below is shorter than the first: a caption under a lede
        [LEAD, "An estimated 12,000 runners took part.", *BODY],
        # a lede of over 30 words
        [LEAD + " " + BODY[0], LEAD + " " + BODY[1], BODY[2]],
        # nothing below the two
        [SUMMARY, LEAD],
    ],
)
def test_restated_figure_must_not(units: list[str]) -> None:
    verdicts = [KEPT] * len(units)
    restated_figure(units, verdicts)
    assert all(v.keep for v in verdicts)


def test_restated_figure_reads_counts_not_places_or_years() -> None:
    """An event's number or year, said again by the paragraph below, is its name: the lede stays."""
    for lede, below in [
        ("Ann Lee won the 12th village pie contest on Saturday with a plum pie.", "The 12th village pie contest drew 80 entries from four counties and hundreds of visitors, organisers said."),
        ("Voters in the 2016 state election turned out in record numbers on Tuesday.", "The 2016 state election was the first held under the new rules, which let voters register on the day."),
    ]:
        verdicts = [KEPT] * 3
        restated_figure([lede, below, BODY[0]], verdicts)
        assert all(v.keep for v in verdicts), lede
