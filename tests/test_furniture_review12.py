"""Review of this session's furniture rules (r12f): each problem a reviewer confirmed, as the
exact input that went wrong, beside the furniture the rule must still remove."""
from __future__ import annotations

import subprocess
import sys

import pytest

from analysis.body_lists import keep_body_lists
from analysis.boilerplate import Verdict, match_pattern
from analysis.promo_cards import cut_teasers, promo_cards

BODY = "Rescuers dug through the rubble of collapsed homes on Tuesday as the toll rose to 94, officials in the province said."
BODY2 = "The army sent two more battalions to the district overnight, and aid flights resumed at the airport on Wednesday morning."


# 1. The breadcrumb row (and two share rows) backtracked exponentially on a line of spaced separators that fails to match.
def test_breadcrumb_of_many_spaced_separators_returns() -> None:
    code = (
        "from analysis.clean import clean_text\n"
        "from analysis.boilerplate import match_pattern\n"
        "for line in ('a \\u203a ' * 40, 'share ' * 40 + 'x', 'facebook ' * 40 + 'x', 'Share , ' * 40 + 'x'):\n"
        "    match_pattern(line)\n"
        "clean_text('Floods hit Assam\\n\\n' + 'News \\u203a ' * 40 + '\\n\\nFloods swept through 20 districts of Assam on Tuesday, officials said.')\n"
    )
    # Generous: the rule is linear and returns at once; the old one ran for hours on this input.
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Education \u276f Labor Relations \u276f Strikes \u276f Teachers", ("boilerplate", "breadcrumb")),
        ("News \u203a World \u203a Asia", ("boilerplate", "breadcrumb")),
        ("News \u203a " * 16, None),
        # 2. prose quoting names in guillemets is no breadcrumb
        ("The parties are \u00abUnited Russia\u00bb, \u00abJust Russia\u00bb, \u00abNew People\u00bb and \u00abYabloko\u00bb, officials said.", None),
        # 5. one-line body sentences that whole-line rows took
        ("Loading resumed at dawn.", None),
        ("Loading the trucks.", None),
        ("Loading ...", ("boilerplate", "navigation")),
        ("Loading\u2026", ("boilerplate", "navigation")),
        ("Loading comments...", ("boilerplate", "navigation")),
        ("And then he said...", None),
        ("The mayor said...", None),
        ("Linda Medrano said...", ("boilerplate", "comments")),
        # lesser: numbers with a slash that are no gallery counter, a bank that is no picture credit
        ("24/7", None),
        ("9/11", None),
        ("50/50", None),
        ("1/23", ("boilerplate", "counter")),
        ("12 / 40", ("boilerplate", "counter")),
        ("Credit Suisse for Africa", None),
        ("Credit Victor J. Blue for The New York Times", ("boilerplate", "caption_credit")),
    ],
)
def test_whole_line_rows(line: str, expected: tuple[str, str] | None) -> None:
    assert match_pattern(line) == expected


# 3. Body paragraphs trailing off in an ellipsis, with body below them, are no cut teasers.
def test_trailing_body_paragraphs_are_no_cut_teasers() -> None:
    units = [BODY, "Then the phone line went dead...",
             "Hours later, rescuers found him on the roof, clinging to the chimney, alive...", BODY2]
    assert cut_teasers(units, [True] * 4) == set()


def test_cut_teasers_at_the_end_still_go() -> None:
    units = [BODY, BODY2, "Actor on his new film, working with the director,\u2026", "Singer on her tour, pressure of fame, upcoming\u2026", "Read more"]
    assert sorted(cut_teasers(units, [True, True, True, True, False])) == [2, 3]


# 4. A timeline with a heading per entry, the body going on after it, is no run of cards.
TIMELINE = ["Wuhan reports cases", "January 5, 2020", "Health officials report a cluster of cases.",
            "Lockdown begins", "January 23, 2020", "The city is placed under lockdown."]
AFTER = ("The measures were lifted in April after 76 days, and residents returned to work in factories and offices "
         "across the city, though schools stayed shut for several more weeks.")


def test_timeline_with_headings_and_body_after_is_no_card_run() -> None:
    units = [BODY, BODY2, *TIMELINE, AFTER]
    assert promo_cards(units, [True] * len(units)) == set()


def test_card_run_at_the_end_still_goes() -> None:
    units = [BODY, BODY2, *TIMELINE]
    assert sorted(promo_cards(units, [True] * len(units))) == list(range(2, 8))


# 5. A results table's 'Total votes' line is the table's, and the totals under it stay too.
def test_results_table_keeps_its_total_votes_and_totals() -> None:
    units = [BODY, "Con 810 (48.4; -12.7)", "LD 751 (44.8; +5.9)", "Lab 112 (6.7; +1.2)",
             "Total votes: 1,673", "Majority 59", "Turnout 38.2%"]
    cut = Verdict(False, "boilerplate", "justext:short")
    verdicts = [Verdict(True, "body", ""), cut, cut, cut, Verdict(False, "boilerplate", "pattern:poll"), cut, cut]
    keep_body_lists(units, verdicts)
    assert [v.keep for v in verdicts] == [True] * 7


def test_a_polls_total_votes_alone_still_goes() -> None:
    assert match_pattern("Total Votes: 115") == ("boilerplate", "poll")
