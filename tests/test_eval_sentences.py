from __future__ import annotations

import json

import pytest

from analysis.errors import WorkbookError
from analysis.eval_sentences import evaluate, load_cases, main, punkt_split, workbook_split

CASES = [
    {"id": "us", "rule": "abbreviation at the end", "text": "I live in the U.S. How about you?", "sentences": ["I live in the U.S.", "How about you?"]},
    {"id": "quote", "text": 'She said, "This is great." she said.', "sentences": ['She said, "This is great." she said.']},
    {"id": "wrong", "text": "One. Two.", "sentences": ["One. Two."]},  # an expectation the splitter does not meet
]


def test_evaluate_passes_and_fails_case_by_case():
    results = evaluate(CASES, workbook_split)
    assert [(r.case_id, r.passed) for r in results] == [("us", True), ("quote", True), ("wrong", False)]
    assert results[2].got == ("One.", "Two.") and results[2].expected == ("One. Two.",)


def test_untrained_punkt_is_measured_on_the_same_cases():
    cases = [{"text": "I can see Mt. Fuji from here.", "sentences": ["I can see Mt. Fuji from here."]}]
    assert [r.got for r in evaluate(cases, punkt_split)] == [("I can see Mt.", "Fuji from here.")]  # no abbreviation list
    assert [r.passed for r in evaluate(cases, workbook_split)] == [True]


def test_main_prints_a_line_per_case_and_the_counts(tmp_path, capsys):
    path = tmp_path / "cases.json"
    path.write_text(json.dumps(CASES), encoding="utf-8")
    assert main([str(path)]) == 0
    out = capsys.readouterr().out
    assert "workbook: 2/3" in out and "punkt (untrained): " in out
    assert "\nus\tpass\t" in out and "\nwrong\tFAIL\t" in out
    assert "workbook fails wrong: got ['One.', 'Two.']" in out


@pytest.mark.parametrize("content, message", [("{", "cannot read"), ('{"a": 1}', "JSON list"), ('[{"text": "x"}]', "case 1 needs")])
def test_bad_case_files_name_the_file_and_the_case(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(WorkbookError, match=message) as error:
        load_cases(path)
    assert str(path) in str(error.value)
