"""The PolNeAR claims audit (analysis.eval_claims_polnear) on made-up bodies: no PolNeAR text."""
from __future__ import annotations

import pytest

from analysis.eval_claims_polnear import LABELS, evaluate, load_labels


def _row(article, start, written, genuine, value=""):
    return {"article": article, "start": str(start), "number_as_written": written, "sentence": "1", "genuine": genuine, "value": value, "category": ""}


BODY = "Hart has 41 voters.\n\n1. Cruz did not invest.\n\nForty six percent agreed."


@pytest.mark.parametrize(
    "labels, precision, kept, lost",
    [
        # a genuine claim and a list marker the finder now drops
        ([_row("a.txt", BODY.index("41"), "41", "Y", "41"), _row("a.txt", BODY.index("1."), "1", "N")], 1.0, 1, 0),
        # the second half of "Forty six percent" is no claim of its own any more
        ([_row("a.txt", BODY.index("Forty"), "Forty", "Y", "46"), _row("a.txt", BODY.index("six percent"), "six percent", "N")], 1.0, 1, 0),
    ],
)
def test_evaluate_counts_kept_and_false_claims(labels, precision, kept, lost):
    result = evaluate(labels, {"a.txt": BODY})
    assert (result["precision"], result["kept"], len(result["lost"]), result["moved"]) == (precision, kept, lost, 0)
    assert result["value_accuracy"] == 1.0


def test_a_false_claim_still_found_lowers_precision_and_a_wrong_value_shows():
    labels = [_row("a.txt", BODY.index("41"), "41", "Y", "40"), _row("a.txt", BODY.index("41"), "41", "N")]
    result = evaluate(labels, {"a.txt": "Hart has 41 voters; 7 days ago."})
    assert result["kept"] == 1 and result["value_wrong"]


def test_a_number_not_at_its_offset_is_counted_as_moved():
    result = evaluate([_row("a.txt", 0, "41", "Y", "41")], {"a.txt": BODY})
    assert (result["moved"], result["kept"]) == (1, 0)


def test_the_labels_file_is_valid_and_keeps_no_sentences():
    rows = load_labels(LABELS)
    assert len(rows) == 150 and {r["genuine"] for r in rows} == {"Y", "N"}
    assert set(rows[0]) == {"article", "start", "number_as_written", "sentence", "genuine", "value", "category"}


def test_a_bad_row_is_an_error_naming_the_row(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("article\tstart\tnumber_as_written\tsentence\tgenuine\tvalue\tcategory\na.txt\tx\t41\t1\tY\t41\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        load_labels(path)
