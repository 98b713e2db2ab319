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


@pytest.mark.parametrize(
    "line, reason",
    [
        ("Listen at 90.3 FM and 98.3 FM in the Quad Cities, 95.9 FM in Dubuque, or on the WVIK app!", "call_to_action"),
        ("Tune in to 1010 AM weekdays for traffic and weather", "station_promo"),
        ("Watch live on Channel 7 every night", "station_promo"),
        ("Listen Live", "station_promo"),
        ("Play live radio", "station_promo"),
        ("Follow Pam Key on Twitter @pamkeyNEN.", "author_promo"),
        ("Follow AWR Hawkins on Twitter: @AWRHawkins. Reach him directly at awrhawkins@breitbart.com.", "author_promo"),
        ("Follow Jeff Horwitz and Chad Day on Twitter: https://twitter.com/JeffHorwitz and https://twitter.com/ChadSDay.", "author_promo"),
        ("Contact the reporter at jroe@example.com", "author_promo"),
        ("Watch the full video of the remarks below:", "media_pointer"),
        ("Listen to both interviews below:", "media_pointer"),
        ("See photos from the debate below:", "media_pointer"),
    ],
)
def test_station_and_writer_promos(line: str, reason: str) -> None:
    assert match_pattern(line) == ("boilerplate", reason)


@pytest.mark.parametrize(
    "line",
    [
        "He told 98.3 FM that the bridge was closed.",
        "Residents were told to listen to 101.5 FM for updates, the mayor said.",
        "Breitbart News Daily airs on SiriusXM Patriot 125 weekdays from 6:00AM to 9:00AM EST.",
        "Watch the skies, officials said.",
        "Follow the money, he said.",
        "Follow-up inspections found 12 more cracks in the span.",
        "Police asked anyone with information to contact them at 555-0100.",
        "See the chart below, which shows the rate rising since 2019, he said in an email.",
    ],
)
def test_station_and_writer_promos_not_body(line: str) -> None:
    assert match_pattern(line) is None
