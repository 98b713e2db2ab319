"""A run of three or more date lines near the top is a list in the body (a schedule, a timeline), not
the page's publication lines (session 24; written as made-up text: a ferry's winter schedule)."""
from __future__ import annotations

from analysis.clean import clean_text

HEADLINE = "Ferry schedule changes announced"
LEAD = "The ferry operator has announced a new schedule for the winter months, starting on November 1."
SCHEDULE = [
    "Monday: 7am, noon, 5pm",
    "Tuesday: 7am, 5pm",
    "Wednesday: 7am, noon, 5pm",
    "Thursday: 7am, 5pm",
]
LAST = "Weekend sailings are unchanged, the operator said."


def test_a_schedule_under_the_lead_is_body() -> None:
    cleaned = clean_text("\n".join([HEADLINE, "", LEAD, "", *SCHEDULE, "", LAST]))
    assert cleaned.body.startswith(LEAD)
    for line in SCHEDULE:
        assert line in cleaned.body
    assert [r.reason for r in cleaned.removed] == ["top:headline"]


def test_publication_lines_above_the_lead_still_go() -> None:
    stamps = ["Published: Monday, October 14, 2024", "Updated: Tuesday, October 15, 2024"]
    cleaned = clean_text("\n\n".join([HEADLINE, *stamps, LEAD, LAST]))
    assert cleaned.body.startswith(LEAD)
    for line in stamps:
        assert line not in cleaned.body
