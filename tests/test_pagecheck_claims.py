"""The claims breakdown of make validate-pages: each claim found is placed on the labelled line it
stands on, and the claims not genuine are charged to furniture lines before body lines."""
from __future__ import annotations

from collections import Counter

import pytest

import analysis.pagecheck as pagecheck
from analysis.pagecheck import _probe, claims_report, evaluate
from analysis.pagecheck_claims import charge, line_spans, place

BODY = "Rescuers dug through the rubble on Tuesday as the toll rose to 94 people, officials in the province said."
PROMO = "5 things to know about the quake that killed 94 people"
COUNTER = "12 comments"


def _labels(*rows: tuple[str, str]) -> list[dict[str, str]]:
    return [{"label": label, "text": text} for label, text in rows]


@pytest.mark.parametrize(
    "rows, body, number, expected",
    [
        # each line of its own paragraph
        ((("body", BODY), ("promo", PROMO)), f"{BODY}\n{PROMO}", "5 things", "promo"),
        ((("body", BODY), ("promo", PROMO)), f"{BODY}\n{PROMO}", "94 people,", "body"),
        ((("boilerplate", COUNTER), ("body", BODY)), f"{COUNTER}\n{BODY}", "12", "boilerplate"),
        # a line glued by cleaning onto the next one's paragraph: the first tail ending after the number
        ((("top_matter", "Updated 3 hours ago"), ("body", BODY)), f"Updated 3 hours ago {BODY}", "3 hours", "top_matter"),
        ((("top_matter", "Updated 3 hours ago"), ("body", BODY)), f"Updated 3 hours ago {BODY}", "94", "body"),
        # a standfirst repeating a body sentence: the body line wins the tie
        ((("top_matter", BODY), ("body", BODY)), BODY, "94", "body"),
        # a dateline cut into a column: the rest of the line still ends where the line does
        ((("body", "NEW DELHI: " + BODY),), BODY, "94", "body"),
        # no labelled line's tail follows the number in its paragraph
        ((("body", BODY),), f"{BODY}\nSee all 40 photos", "40", "unplaced"),
        ((("body", BODY),), f"See all 40 photos\n{BODY}", "40", "unplaced"),
    ],
)
def test_place(rows, body, number, expected):
    labels = _labels(*rows)
    assert place(line_spans(labels, body, _probe), body, body.index(number)) == expected


@pytest.mark.parametrize(
    "keys, labels, gold, expected",
    [
        # furniture first: the body's 94 is the labelled one
        (["94", "94"], ["promo", "body"], {"94": 1}, {"94": ["promo"]}),
        (["94", "94"], ["body", "promo"], {"94": 1}, {"94": ["promo"]}),
        # then unplaced, then body
        (["7", "7", "7"], ["body", "unplaced", "boilerplate"], {}, {"7": ["boilerplate", "unplaced", "body"]}),
        (["7", "7"], ["body", "body"], {"7": 1}, {"7": ["body"]}),
        # nothing beyond the labels: nothing charged
        (["94", "5"], ["body", "body"], {"94": 1, "5": 1}, {}),
        ([], [], {"94": 1}, {}),
    ],
)
def test_charge(keys, labels, gold, expected):
    assert charge(keys, labels, Counter(gold)) == expected


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "p1.txt").write_text(f"{COUNTER}\n\n{BODY}\n\n{PROMO}\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("page_id,split\np1,dev\n", encoding="utf-8")
    rows = [("1", "boilerplate", COUNTER), ("2", "body", BODY), ("3", "promo", PROMO)]
    (tmp_path / "labels.tsv").write_text("page_id\tline\tlabel\tnote\ttext\n" + "".join(f"p1\t{n}\t{lab}\t\t{t}\n" for n, lab, t in rows), encoding="utf-8")
    (tmp_path / "claims.tsv").write_text("page_id\tline\tnumber_as_written\tcounts\np1\t2\t94\tpeople\n", encoding="utf-8")
    return tmp_path


def test_furniture_left_is_told_from_a_wrong_body_claim(pages, monkeypatch):
    """A body keeping the promo line (its 5 and its second 94 are furniture's) and, in the body
    line, a number the labels do not list."""
    wrong = BODY.replace("the rubble", "17 houses")
    monkeypatch.setattr(pagecheck, "ours", lambda text, template=frozenset(): (f"{wrong}\n{PROMO}", wrong))
    tally = evaluate(pages, tools=("workbook",))["workbook"]["dev"]
    row = tally.claims_row()
    assert row["claims_found"] == 4 and row["not_genuine"] == 3
    assert (row["on_body"], row["on_promo"], row["on_boilerplate"], row["on_top_matter"], row["on_unplaced"]) == (1, 2, 0, 0, 0)
    assert row["body_precision"] == pytest.approx(1 / 2)  # 94 and 17 on the body line, 94 genuine
    assert "p1 claim not genuine [body]: 17 (17 houses)" in tally.misses
    assert any(m.startswith("p1 claim not genuine [promo]: 5 ") for m in tally.misses)
    table = claims_report({"workbook": {"dev": tally}})
    assert "| workbook | dev | 4 | 3 | 1 | 0 | 0 | 2 | 0 | 0.500 |" in table


def test_the_summary_prints_the_breakdown(pages, capsys):
    assert pagecheck.main([str(pages), "--tools", "workbook"]) == 0
    out = capsys.readouterr().out
    assert "| tool | split | claims found | not genuine | on body lines |" in out
    assert "| workbook | all | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 1.000 |" in out
