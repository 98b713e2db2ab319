"""The labelled-pages evaluation (make validate-pages) measures what it says on a tiny corpus."""
from __future__ import annotations

import pytest

from analysis.pagecheck import evaluate, kept, main, number_key, report

LEDE = "Rescuers dug through the rubble on Tuesday as the toll rose to 94 people, officials in the province said, and many more were missing there."
BODY2 = "State television showed soldiers digging through houses buried by landslides in the province, where 5,700 houses collapsed on Monday."


@pytest.fixture
def pages(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "text" / "p1.txt").write_text(f"Skip to main content\n\nQuake toll rises\n\n{LEDE}\n\n{BODY2}\n\nPost a Comment\n", encoding="utf-8")
    (tmp_path / "manifest.csv").write_text("page_id,file,url,retrieved,outlet,kind,country,event,split\np1,text/p1.txt,http://x,2026-12-04,X,blog,,quake,dev\n", encoding="utf-8")
    labels = [("1", "boilerplate", "Skip to main content"), ("2", "top_matter", "Quake toll rises"), ("3", "body", LEDE), ("4", "body", BODY2), ("5", "boilerplate", "Post a Comment")]
    (tmp_path / "labels.tsv").write_text("page_id\tline\tlabel\tnote\ttext\n" + "".join(f"p1\t{n}\t{lab}\t\t{t}\n" for n, lab, t in labels), encoding="utf-8")
    (tmp_path / "claims.tsv").write_text("page_id\tline\tnumber_as_written\tcounts\np1\t3\t94\tpeople\np1\t4\t5,700\thouses\n", encoding="utf-8")
    return tmp_path


def test_evaluate_counts_lines_leads_and_claims(pages):
    tally = evaluate(pages, tools=("workbook",))["workbook"]["all"].row()
    assert tally == {"pages": 1, "furniture_left": 0.0, "body_lost": 0.0, "cut_kept": 0.0, "lead_is_body": 1.0, "claims_precision": 1.0, "claims_recall": 1.0}


def test_a_tool_that_keeps_everything_leaves_all_furniture(pages):
    row = evaluate(pages, tools=("trafilatura",))["trafilatura"]["all"].row()
    assert row["body_lost"] == 0.0 and row["furniture_left"] > 0


def test_report_and_cli(pages, capsys):
    assert main([str(pages), "--tools", "workbook"]) == 0
    assert "| workbook | all | 1 | 0.0% | 0.0% |" in capsys.readouterr().out
    assert main([str(pages / "missing")]) == 2
    assert report({}).startswith("| tool |")


@pytest.mark.parametrize(
    "line, body, expected",
    [
        ("on", "Officials said on Monday", False),
        ("on", "Published\non", True),
        ("Post a Comment", "The body.\nPost a Comment", True),
        (LEDE, "x\n" + LEDE[:-30], False),
        ("August 3, 2014Chinese officials announced the toll had risen to 381.", "Chinese officials announced the toll had risen to 381.", True),
        # two apostrophes standing as a quotation mark are read as cleaning reads them ('' and ’’ become ")
        ("''It is a gassy mine,'' Bingham said. ''There is a lot of methane in that area.''", '"It is a gassy mine," Bingham said. "There is a lot of methane in that area."', True),
        ("Singh said ‘Even the top of that temple is not visible’’", 'Singh said \'Even the top of that temple is not visible"', True),
        ("''There is a lot of methane in that area.''", "There is a lot of gas in that area.", False),
    ],
)
def test_kept(line, body, expected):
    assert kept(line, body) is expected


@pytest.mark.parametrize("written, key", [("3.4 per cent", "3.4%"), ("59.48 percent", "59.48%"), ("Thousands of", "thousands"), ("hundreds", "hundreds"), ("12%", "12%"), ("10km", "10"), ("2.7-km", "2.7"), ("21-percent", "21-%")])
def test_number_key(written, key):
    assert number_key(written) == key


def test_a_folder_without_split_or_file_columns(pages):
    (pages / "manifest.csv").write_text("page_id,url\np1,http://x\n", encoding="utf-8")
    result = evaluate(pages, tools=("workbook",))["workbook"]
    assert result["all"].pages == 1 and result["dev"].pages == 0


def test_pages_option_measures_only_the_named_pages(pages, capsys):
    assert evaluate(pages, tools=("workbook",), pages={"p2"})["workbook"]["all"].row()["pages"] == 0
    assert evaluate(pages, tools=("workbook",), pages={"p1"})["workbook"]["all"].row()["pages"] == 1
    assert main([str(pages), "--tools", "workbook", "--pages", "p1-p3"]) == 0
    assert "| workbook | all | 1 |" in capsys.readouterr().out
    assert main([str(pages), "--pages", "page1"]) == 2
    assert "'page1' is not a page id" in capsys.readouterr().err


def test_claim_misses_name_their_lines_and_words(pages):
    """A claim missed is listed with every line that lists it and what it counts; a claim not
    genuine with the words it was read in."""
    (pages / "claims.tsv").write_text("page_id\tline\tnumber_as_written\tcounts\np1\t3\t94\tpeople\np1\t4\t12\tvillages\n", encoding="utf-8")
    misses = evaluate(pages, tools=("workbook",))["workbook"]["dev"].misses
    assert "p1:4 claim missed: 12 (villages)" in misses
    assert "p1 claim not genuine [body]: 5,700 (5,700 houses)" in misses
