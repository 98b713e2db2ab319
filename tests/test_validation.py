"""The validation sheet: sample, blank sheet, reading filled sheets, instrument answers, agreement."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from analysis import paths, validation
from analysis.errors import InstrumentError
from analysis.validation_findings import coders_finding, frame_findings, question_summary

EXAMPLE = paths.DATA / "validation" / "coding" / "seed_sentences_coder_i13b.csv"


def corpus(n_articles=3, n_sentences=10):
    """Sentences 'Sentence k of a.' with evidence: every 3rd sentence conflict_1, every 4th a hedge."""
    rows, ev = [], []
    for a in range(n_articles):
        at = 0
        for k in range(1, n_sentences + 1):
            text = f"Sentence {k} of {a}."
            rows.append({"article_id": f"a{a}", "sentence": k, "start": at, "end": at + len(text), "text": text})
            if k % 3 == 0:
                ev.append({"article_id": f"a{a}", "sentence": k, "family": "generic", "category": "conflict", "item": "conflict_1", "matched": "Sentence", "start": at, "end": at + 8})
            if k % 4 == 0:
                ev.append({"article_id": f"a{a}", "sentence": k, "family": "stance", "category": "hedge", "item": "may", "matched": "of", "start": at + 11, "end": at + 13})
            at += len(text) + 1
    return pd.DataFrame(rows), pd.DataFrame(ev)


@pytest.mark.parametrize("n", [1, 7, 12, 30, 100])
def test_sample_is_seeded_stratified_and_never_larger_than_the_corpus(n):
    sentences, evidence = corpus()
    outlets = {"a0": "X", "a1": "X", "a2": "Y"}
    first = validation.draw_sample(sentences, evidence, n=n, seed=5, outlets=outlets)
    assert len(first) == min(n, len(sentences))
    assert first.equals(validation.draw_sample(sentences, evidence, n=n, seed=5, outlets=outlets))
    assert not first.duplicated(["article_id", "sentence"]).any()
    if n >= 6:  # six strata (two outlets x three instrument outcomes): each is represented
        assert first.groupby(["outlet", "stratum"]).ngroups == 6


def test_a_different_seed_draws_a_different_sample():
    sentences, evidence = corpus()
    a = validation.draw_sample(sentences, evidence, n=9, seed=1)
    b = validation.draw_sample(sentences, evidence, n=9, seed=2)
    assert not a[["article_id", "sentence"]].equals(b[["article_id", "sentence"]])


def test_blank_sheet_asks_every_codebook_question_and_shows_no_instrument_answer():
    sentences, evidence = corpus()
    sheet = validation.coding_sheet(validation.draw_sample(sentences, evidence, n=5))
    q = validation.questions()
    assert len(q[q.family == "generic"]) == 20 and len(q[q.family == "stance"]) == 5
    assert list(sheet.columns) == [*validation.SHEET_KEYS, "coder", *q["column"], "notes"]
    assert (sheet[q["column"]] == "").all().all()


def fill(sheet, coder, yes):
    sheet = sheet.copy()
    sheet["coder"] = coder
    for column in validation.questions()["column"]:
        sheet[column] = ["1" if (r, column) in yes else "0" for r in sheet["sheet_row"]]
    return sheet


def test_filled_sheets_round_trip_and_two_coders_give_agreement_between_them(tmp_path):
    sentences, evidence = corpus(1, 8)
    sheet = validation.coding_sheet(validation.draw_sample(sentences, evidence, n=8))
    rows = dict(zip(sheet["sentence"], sheet["sheet_row"]))
    truth = {(rows[k], "conflict_1") for k in (3, 6)} | {(rows[k], "hedge") for k in (4, 8)}
    fill(sheet, "ana", truth).to_csv(tmp_path / "ana.csv", index=False)
    fill(sheet, "ben", truth | {(rows[1], "conflict_1")}).to_csv(tmp_path / "ben.csv", index=False)
    coded = validation.read_coding_sheets([tmp_path / "ana.csv", tmp_path / "ben.csv"])
    instrument = validation.instrument_answers(coded, sentences, evidence)
    table = validation.agreement_table(coded, instrument, n_boot=100).set_index(["question", "coder"])
    assert table.loc[("conflict_1", "ana"), "alpha"] == 1.0 and table.loc[("hedge", "ana"), "recall"] == 1.0
    assert table.loc[("conflict_1", "ben"), "precision"] == 1.0 and table.loc[("conflict_1", "ben"), "recall"] == pytest.approx(2 / 3)
    assert table.loc[("conflict", "ana"), "level"] == "frame"
    assert table.loc[("conflict_1", "ana"), "alpha_coders"] < 1.0 and table.loc[("hedge", "ana"), "alpha_coders"] == 1.0
    dis = validation.disagreements(coded, instrument)
    assert dis[["coder", "question", "sentence", "kind"]].values.tolist() == [["ben", "conflict_1", 1, "missed"]]
    assert any("alpha between ana and ben" in line for line in coders_finding(table.reset_index()))


@pytest.mark.parametrize("bad, message", [("maybe", "answer 'maybe'"), ("2", "answer '2'")])
def test_a_bad_answer_names_the_file_line_and_column(tmp_path, bad, message):
    sentences, evidence = corpus(1, 3)
    sheet = validation.coding_sheet(validation.draw_sample(sentences, evidence, n=3))
    sheet.loc[1, "booster"] = bad
    sheet.to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(InstrumentError, match=message) as info:
        validation.read_coding_sheets([tmp_path / "s.csv"])
    assert "s.csv" in str(info.value) and "booster" in str(info.value) and "3" in str(info.value)


def test_a_sheet_without_key_columns_is_refused(tmp_path):
    pd.DataFrame({"text": ["x"], "hedge": ["1"]}).to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(InstrumentError, match="lacks column"):
        validation.read_coding_sheets([tmp_path / "s.csv"])


def test_a_coded_sentence_is_found_again_after_resegmentation_or_listed():
    old = pd.DataFrame({"article_id": ["a"], "start": [0], "end": [21], "text": ["One two. Three four."]})
    coded = pd.DataFrame({"sheet_row": [1, 2], "article_id": ["a", "a"], "start": [9, 30], "end": [20, 40], "text": ["Three four.", "Gone now."]})
    evidence = pd.DataFrame({"article_id": ["a", "a"], "category": ["hedge", "hedge"], "item": ["x", "x"], "matched": ["One", "four"], "start": [0, 15]})
    answers = validation.instrument_answers(coded, old, evidence)
    hedge = answers[answers.question == "hedge"]
    assert hedge[["sheet_row", "answer", "matched"]].values.tolist() == [[1, 1.0, "four"]]  # "One" is outside the coded sentence
    assert validation.unmatched_rows(coded, old)["sheet_row"].tolist() == [2]


def test_formula_like_text_survives_the_round_trip(tmp_path):
    sentences = pd.DataFrame({"article_id": ["a"], "sentence": [1], "start": [0], "end": [12], "text": ["-5 C at dawn"]})
    sheet = validation.coding_sheet(validation.draw_sample(sentences, pd.DataFrame(columns=["article_id", "sentence", "family"]), n=1))
    path, _legend = validation.write_coding_sheet(sheet, tmp_path)
    filled = pd.read_csv(path, dtype=str, keep_default_na=False)
    filled["hedge"] = "0"
    filled.to_csv(path, index=False)
    coded = validation.read_coding_sheets([path])
    assert coded["text"].tolist() == ["-5 C at dawn"]
    assert validation.unmatched_rows(coded, sentences).empty


def test_the_shipped_example_runs_on_the_seed_corpus():
    from analysis.workbook import load_workbook

    wb = load_workbook(paths.MANIFEST, progress=False)
    coded = validation.read_coding_sheets([EXAMPLE])
    assert coded["coder"].unique().tolist() == ["i13b"] and coded["sheet_row"].nunique() == 26
    instrument = validation.instrument_answers(coded, wb.tables["sentences"], wb.tables["evidence"])
    table = validation.agreement_table(coded, instrument, n_boot=50)
    frames = table[table.level == "frame"].set_index("question")
    assert frames.loc["conflict", "coder_yes"] >= 5 and not math.isnan(frames.loc["conflict", "alpha"])
    assert len(frame_findings(table)) == 5 and question_summary(table).startswith("Of 25 questions")


def test_three_coders_are_compared_together():
    sentences, evidence = corpus(1, 8)
    sheet = validation.coding_sheet(validation.draw_sample(sentences, evidence, n=8))
    rows = dict(zip(sheet["sentence"], sheet["sheet_row"]))
    truth = {(rows[k], "conflict_1") for k in (3, 6)}
    frames = [fill(sheet, name, truth | extra) for name, extra in (("ana", set()), ("ben", set()), ("cy", {(rows[2], "conflict_1")}))]
    coded = pd.DataFrame([
        {"sheet_row": r, "coder": c, "question": "conflict_1", "answer": float(v)}
        for part in frames for r, c, v in zip(part.sheet_row, part.coder, part["conflict_1"])
    ])
    instrument = pd.DataFrame({"sheet_row": sheet["sheet_row"], "question": "conflict_1", "answer": [float((r, "conflict_1") in truth) for r in sheet["sheet_row"]]})
    table = validation.agreement_table(coded, instrument, n_boot=50)
    row = table[(table.question == "conflict_1")]
    assert row["coder"].tolist() == ["ana", "ben", "cy"]
    assert 0 < row["alpha_coders"].iloc[0] < 1 and row["alpha_coders"].nunique() == 1
    assert "alpha between ana, ben and cy" in coders_finding(table)[0]


@pytest.mark.parametrize(
    "save",
    [
        {"sep": ";", "encoding": "cp1252"},  # Excel's "CSV (Comma delimited)" where the decimal mark is a comma
        {"sep": "\t", "encoding": "utf-8-sig"},  # "Text (Tab delimited)", with a byte-order mark
        {"encoding": "utf-8-sig", "lineterminator": "\r\n"},  # Excel's "CSV UTF-8"
    ],
)
def test_a_sheet_saved_by_a_spreadsheet_reads_as_the_sheet_written(tmp_path, save):
    written = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    assert written["text"].str.contains("\u2019|\u201c|\u2014").any()  # text a code page must carry
    path = tmp_path / "coder_b.csv"
    written.to_csv(path, index=False, **save)
    again = validation.read_coding_sheets([path]).drop(columns="file")
    assert again.equals(validation.read_coding_sheets([EXAMPLE]).drop(columns="file"))


def test_a_workbook_or_a_broken_csv_is_refused_by_name(tmp_path):
    workbook = tmp_path / "coded.xlsx"
    workbook.write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    with pytest.raises(InstrumentError, match="coded.xlsx: an Excel workbook"):
        validation.read_coding_sheets([workbook])
    broken = tmp_path / "broken.csv"
    broken.write_text('sheet_row,article_id,outlet,sentence,start,end,text\n1,a,,1,0,5,"Hope.\n', encoding="utf-8")
    with pytest.raises(InstrumentError, match="broken.csv: not a readable CSV"):
        validation.read_coding_sheets([broken])


def _filled(tmp_path, name, coder, rows=None):
    sheet = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    sheet["coder"] = coder
    if rows is not None:
        sheet = sheet.iloc[rows]
    sheet.to_csv(tmp_path / name, index=False)
    return tmp_path / name


def test_one_name_in_two_files_is_two_coders_compared_not_merged(tmp_path):
    coded = validation.read_coding_sheets([_filled(tmp_path, "a.csv", "ana"), _filled(tmp_path, "b.csv", "ana")])
    assert sorted(coded["coder"].unique()) == ["ana (a)", "ana (b)"]
    assert not coded.duplicated(["sheet_row", "coder", "question"]).any()


def test_sheets_of_different_samples_are_refused_naming_the_row(tmp_path):
    first = _filled(tmp_path, "a.csv", "ana")
    other = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    other["coder"] = "ben"
    other["sheet_row"] = list(reversed(other["sheet_row"].tolist()))  # another sample: row 1 is another sentence
    other.to_csv(tmp_path / "b.csv", index=False)
    with pytest.raises(InstrumentError, match=r"b.csv, line \d+: sheet_row \d+ is .* in a.csv, line \d+: the sheets come from different samples"):
        validation.read_coding_sheets([first, tmp_path / "b.csv"])


def test_an_answer_without_its_row_number_or_given_twice_is_refused(tmp_path):
    sheet = pd.read_csv(EXAMPLE, dtype=str, keep_default_na=False)
    sheet.loc[3, "sheet_row"] = ""
    sheet.to_csv(tmp_path / "s.csv", index=False)
    with pytest.raises(InstrumentError, match="s.csv, line 5: an answered row has no sheet_row number"):
        validation.read_coding_sheets([tmp_path / "s.csv"])
    twice = _filled(tmp_path, "t.csv", "ana", rows=[0, 1, 1])
    with pytest.raises(InstrumentError, match=r"t.csv, line 4: sheet_row 2 is answered on lines \[3, 4\]"):
        validation.read_coding_sheets([twice])


def test_sheets_of_one_name_in_two_folders_are_two_files(tmp_path):
    # Two coders each return "coded.csv" in their own folder: neither is taken for a row answered twice in one file.
    (tmp_path / "ana").mkdir()
    (tmp_path / "ben").mkdir()
    coded = validation.read_coding_sheets([_filled(tmp_path / "ana", "coded.csv", "ana"), _filled(tmp_path / "ben", "coded.csv", "ben")])
    assert sorted(coded["file"].unique()) == ["ana/coded.csv", "ben/coded.csv"]
    assert sorted(coded["coder"].unique()) == ["ana", "ben"]
    same = validation.read_coding_sheets([_filled(tmp_path / "ana", "coded.csv", "cy"), _filled(tmp_path / "ben", "coded.csv", "cy")])
    assert sorted(same["coder"].unique()) == ["cy (ana/coded)", "cy (ben/coded)"]
    with pytest.raises(InstrumentError, match="coded.csv: this coding sheet is given twice"):
        validation.read_coding_sheets([tmp_path / "ana" / "coded.csv", tmp_path / "ana" / "coded.csv"])
