"""Furniture in the middle and at the end of a page (issue 11, f11): closing credits, station and
subscription promos, other stories' dated headlines, lines sandwiched in a box of links.

Each rule has must rows (the furniture it names, in wordings of many sites) and must-not rows
(real body sentences, several from clean news where nothing may go)."""
from __future__ import annotations

import pytest

from analysis.boilerplate import match_pattern


@pytest.mark.parametrize(
    "line",
    [
        "This report was supplemented by msnbc.com.",
        "The Associated Press contributed to this report.",
        "Nolan McCaskill contributed.",
        "Amanda Terkel contributed reporting.",
        "Alex Isenstadt contributed to this story.",
        "Wolf reported from Washington.",
        "Lerer reported from Los Angeles. Associated Press writer Jill Colvin contributed from Albuquerque.",
        "--additional reporting by Linh Tat.",
        "The Huffington Post has supplemented this Reuters article with additional quotes from a pool report.",
        "With files from The Canadian Press",
        "\u2014 Reporting by Jane E. Roe in Nairobi",
        "This story was originally published by CalMatters.",
    ],
)
def test_closing_credit(line: str) -> None:
    assert match_pattern(line) == ("top_matter", "closing_credit")


@pytest.mark.parametrize(
    "line",
    [
        "Mr. Rastin also contributed $300,000 to an independent group backing Gov. John Kasich of Ohio.",
        "Soros, in the first half of 2015, contributed more than $2 million to pro-Clinton super PAC Priorities USA.",
        "Democrats contributed heavily to the campaign.",
        "Many donors contributed.",
        "Reporting by The New York Times revealed the scheme.",
        "The report was compiled by the UN's humanitarian agency, which said 20 people died.",
        "Written by hand, the letter was found on Tuesday.",
        "Smith contributed. He said the fire spread fast.",
        "Trump estimates that he spent between $45 million and $50 million to date for his presidential campaign, supplemented by contributions from supporters.",
        "That's according to the latest figures compiled by the Jamaica Constabulary Force, JCF.",
    ],
)
def test_closing_credit_not_body(line: str) -> None:
    assert match_pattern(line) is None
