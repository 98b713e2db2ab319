"""Furniture told by the page's shape on sites nobody has seen (analysis.page_shapes): the headline
printed twice brackets the header, a date or time alone on its line is a stamp, and the notes to the
reader closing a page (subscription, newsletter, comment-form rules, shop appeals) are the page's.
Each rule was designed on the seventh to twelfth blind rounds' first-contact misses and measured on the
thirteenth and fourteenth rounds' (pages HISTORY.md). Cases are written for these tests, in the shapes
the pages showed, with body sentences of war, crime, election, business and sport news that must stay."""
from __future__ import annotations

import pytest

from analysis.boilerplate import Verdict
from analysis.clean import clean_text
from analysis.page_shapes import headline_bracket, is_reader_note, is_stamp, reader_tail, stamps_inside

LEDE = ("About 1,000 villagers were moved to high ground on Tuesday as water from an overflowing dam threatened "
        "their homes, and rescue teams with boats stood ready along the river.")
MORE = ("The dam began overflowing after a week of heavy rain in its catchment, and the weather office expects "
        "more rain over the next two days across the state.")
LAST = "Officials said the water level would be checked every hour through the night."


def _removed(text: str) -> dict[str, str]:
    return {r.text: r.reason for r in clean_text(text).removed}


# --- the headline printed twice brackets the header -------------------------------------------------

@pytest.mark.parametrize(
    ("headline", "between", "tail"),
    [
        # a headline written with a sentence's marks: the header's rules of shape do not take it for one
        ("Durian Prices To Rise Up To RM60 in Malaysia! Here's Why:", ["Type what you are looking for and press the button."], ["By Ledger Staff"]),
        ("Durian Prices To Rise Up To RM60 in Malaysia! Here's Why:", ["Rescuers along the valley fight rising water to reach stranded families."], []),
        ("Why are petrol prices rising again in Kenya?", ["Rescuers along the valley fight rising water to reach stranded families."], ["By Ledger Staff"]),
        ("Why are petrol prices rising again in Kenya?", ["Sorry, the player could not load this clip.", "By JANE ROE / The Valley Ledger"], []),
    ],
)
def test_header_between_two_copies_of_the_headline_goes(headline: str, between: list[str], tail: list[str]) -> None:
    page = "\n\n".join([headline, *between, headline, *tail, LEDE, MORE, LAST])
    assert clean_text(page).body.startswith("About 1,000 villagers")
    removed = _removed(page)
    assert all(removed.get(unit) for unit in [*between, *tail])
    assert "top:between_headlines" in removed.values()


def test_byline_under_the_second_copy_goes() -> None:
    units = ["Thousands flee as clashes intensify", "Shelling goes on along the border", "Thousands flee as clashes intensify", "By World Desk", LEDE, MORE]
    verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 5
    headline_bracket(units, verdicts)
    assert [v.reason for v in verdicts] == ["top:headline", "top:between_headlines", "top:headline", "top:byline", "", ""]


@pytest.mark.parametrize(
    "between",
    [
        # an attributed lede with the picture's alt text (the headline again) below it
        ["Two people were killed when a gas tanker exploded on the highway on Monday, police said."],
        # two paragraphs of the body written as prose
        ["Voters queued for hours in the capital on Sunday.", "Turnout was the highest in two decades."],
        # a paragraph longer than a standfirst
        [LEDE + " " + MORE],
    ],
)
def test_body_between_two_copies_of_the_headline_stays(between: list[str]) -> None:
    headline = "Tanker blast closes highway for hours"
    units = [headline, *between, headline, MORE, LAST]
    verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * (len(units) - 1)
    headline_bracket(units, verdicts)
    assert all(v.keep for v in verdicts[1 : 1 + len(between)])
    assert verdicts[1 + len(between)].reason == "top:headline"  # the copy still goes
    if len(between) == 1:  # and the whole cleaning keeps such a lede
        assert between[0] in clean_text("\n\n".join(units)).body


def test_the_lede_under_a_closed_header_stays() -> None:
    """Headline, byline, date: the header is closed, the unit under it is the lede, the headline again below it the picture's alt text."""
    headline = "Why are petrol prices rising again in Kenya?"
    units = [headline, "By Jane Roe", "June 16, 2015", "Petrol prices rose for a third month", headline, MORE, LAST]
    verdicts = [Verdict(False, "top_matter", r) for r in ("top:headline", "top:byline", "top:date")] + [Verdict(True, "body", "")] * 4
    headline_bracket(units, verdicts)
    assert verdicts[3].keep and verdicts[4].reason == "top:headline"


@pytest.mark.parametrize(
    "units",
    [
        # a lede printed twice (closed by a full stop) is no headline
        ["Markets fell sharply on Monday.", "Traders sold bank shares.", "Markets fell sharply on Monday.", MORE],
        # a pattern's furniture printed under every card is no headline
        ["Read more here", "Stocks slid in Asia.", "Read more here", MORE],
        # no body below the second copy
        ["Storm hits coast", "Winds reached 120 km/h.", "Storm hits coast"],
    ],
)
def test_no_bracket(units: list[str]) -> None:
    verdicts = [Verdict(False, "boilerplate", "pattern:read_more") if u == "Read more here" else Verdict(True, "body", "") for u in units]
    before = list(verdicts)
    headline_bracket(units, verdicts)
    assert verdicts == before


# --- a date or time alone on its line is a stamp -----------------------------------------------------

@pytest.mark.parametrize("stamp", ["January 31, 2012", "Tuesday 3 March 2020", "Sun 4 Aug, 14:05", "Feb 7, 2012"])
def test_stamp_inside_the_body_goes(stamp: str) -> None:
    filler = [f"Update {k}: the river rose again overnight and more families left their homes, officials said." for k in range(10)]
    page = "\n\n".join([LEDE, *filler, stamp, "A deep-sea robot joined the search on Thursday, the coast guard said.", MORE])
    assert _removed(page).get(stamp) in {"stamp", "pattern:live_stamp"}
    assert stamp not in clean_text(page).body


@pytest.mark.parametrize(
    "line",
    [
        "Monday was calm.",  # a sentence
        "May sees 2,000 troops leave",  # a crosshead with a month's name as a verb
        "2019 72.2 20.3",  # a table's row of figures
        "• Kyoto: April 3",  # a list of dates
        "Results on Sunday:",  # a label over a list
        "Arsenal 3 Chelsea 1",  # a score
        "",
    ],
)
def test_no_stamp(line: str) -> None:
    assert not is_stamp(line)


def test_a_timetable_of_dates_stays() -> None:
    units = [LEDE, "Polls close on:", "March 3, 2024", "March 10, 2024", MORE]
    verdicts = [Verdict(True, "body", "")] * len(units)
    stamps_inside(units, verdicts)
    assert all(v.keep for v in verdicts)


# --- the page's notes to its reader closing the text --------------------------------------------------

@pytest.mark.parametrize(
    "notes",
    [
        ["Your daily briefing: get our best stories sent straight to your inbox every morning."],
        ["To keep reading this story, log in to your account or become a subscriber today."],
        ["Have your say: leave a comment below and join the conversation with other readers."],
        ["Please keep your comments civil; posts that break our rules will be removed."],
        ["Like our stories? Back independent journalism by becoming a member of our site."],
        ["Rules:", "This article is free to read for our registered readers: sign up with your email."],
    ],
)
def test_reader_notes_closing_the_text_go(notes: list[str]) -> None:
    page = "\n\n".join([LEDE, MORE, LAST, *notes])
    removed = _removed(page)
    assert all(removed.get(n) == "reader_note" for n in notes)
    assert clean_text(page).body.endswith(LAST)


@pytest.mark.parametrize(
    "last",
    [
        "So, if you want to see the comet, look west after sunset on Friday.",  # speaks to the reader, names no medium
        "The council said residents could comment on the plan on its website until Friday.",  # medium, no address
        '"Subscribe to our channel," the striker told fans after the match.',  # quoted and reported
        "The ban will be enforced by regular patrols along the coast to ensure that every trawler complies with the directive. Read Full Story",
        "Our correspondent in Kyiv saw three columns of tanks on the road north of the city.",  # no medium
        "The F.B.I. spent a year examining the use of a private email account by the former secretary.",  # abbreviation, not "I"
        "US officials posted the report online on Monday.",  # the country, not "us"
    ],
)
def test_body_closing_lines_stay(last: str) -> None:
    page = "\n\n".join([LEDE, MORE, last])
    assert last.split()[-1] in clean_text(page).body


def test_a_note_inside_the_body_stays() -> None:
    inside = "You can read the full report on our website."
    units = [LEDE, inside, MORE, LAST]
    verdicts = [Verdict(True, "body", "")] * len(units)
    reader_tail(units, verdicts)
    assert all(v.keep for v in verdicts)


def test_reader_notes_leave_the_body() -> None:
    units = ["Please sign in to read this story.", "Subscribe to our newsletter for your daily news."]
    verdicts = [Verdict(True, "body", "")] * 2
    reader_tail(units, verdicts)  # nothing but notes: the general rule never empties a text
    assert all(v.keep for v in verdicts)
    assert is_reader_note(units[1]) and not is_reader_note("")
