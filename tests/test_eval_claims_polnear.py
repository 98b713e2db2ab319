"""The PolNeAR claims audit (analysis.eval_claims_polnear) on made-up bodies: no PolNeAR text."""
from __future__ import annotations

import pytest

from analysis.eval_claims_polnear import LABELS, evaluate, load_labels, place


def _row(article, text_start, written, genuine, value=""):
    return {"article": article, "text_start": str(text_start), "number_as_written": written, "sentence": "1", "genuine": genuine, "value": value, "category": ""}


TEXT = "HEADLINE 41\n\nHart has 41 voters.\n\n1. Cruz did not invest.\n\nForty six percent agreed."
BODY = "Hart has 41 voters.\n\n1. Cruz did not invest.\n\nForty six percent agreed."  # the cleaning took the headline away


@pytest.mark.parametrize(
    "labels, precision, kept, lost",
    [
        # a genuine claim and a list marker the finder now drops
        ([_row("a.txt", TEXT.index("41 voters"), "41", "Y", "41"), _row("a.txt", TEXT.index("1."), "1", "N")], 1.0, 1, 0),
        # the second half of "Forty six percent" is no claim of its own any more
        ([_row("a.txt", TEXT.index("Forty"), "Forty", "Y", "46"), _row("a.txt", TEXT.index("six percent"), "six percent", "N")], 1.0, 1, 0),
    ],
)
def test_evaluate_counts_kept_and_false_claims(labels, precision, kept, lost):
    result = evaluate(labels, {"a.txt": (TEXT, BODY)})
    assert (result["precision"], result["kept"], len(result["lost"]), result["unplaced"]) == (precision, kept, lost, [])
    assert result["value_accuracy"] == 1.0


def test_a_false_claim_still_found_lowers_precision_and_a_wrong_value_shows():
    text = "Hart has 41 voters; 7 days ago."
    labels = [_row("a.txt", 9, "41", "Y", "40"), _row("a.txt", 9, "41", "N")]
    result = evaluate(labels, {"a.txt": (text, text)})
    assert result["kept"] == 1 and result["value_wrong"]


def test_a_label_whose_line_left_the_body_is_listed_as_not_placed_not_dropped():
    result = evaluate([_row("a.txt", TEXT.index("41"), "41", "Y", "41")], {"a.txt": (TEXT, BODY)})  # the headline's 41
    assert (result["placed"], result["kept"], result["unplaced"]) == (0, 0, [("a.txt", str(TEXT.index("41")), "41", "Y")])


@pytest.mark.parametrize(
    "text, written, body, expected",
    [
        # the body lost lines above the number: found by its words, not its offset
        ("Menu\nShare\nHart has 41 voters.", "41", "Hart has 41 voters.", 9),
        # the same number twice: the one whose neighbours agree, wherever it now stands
        ("Trump won 41 states. Cruz won 41 delegates.", "41", "Cruz won 41 delegates.\nTrump won 41 states.", 9),
        # the same line twice: the nearest relative position
        ("41 cows.\n41 cows!", "41", "Intro.\n41 cows.\n41 cows.", 16),
        # lines rewrapped and apostrophes straightened by the cleaning
        ("It\u2019s 41\nvoters now.", "41", "It's 41 voters now.", 5),
        # a number of words, written in another case
        ("Two dozen supporters came.", "Two dozen", "two dozen supporters came.", 0),
    ],
)
def test_place_finds_the_judged_number_after_cleaning_changes(text, written, body, expected):
    assert place(text, text.lower().rindex(written.lower()), written, body) == expected


@pytest.mark.parametrize(
    "text, start, written, body",
    [
        ("Hart has 41 voters.", 9, "41", "Cruz had 41 cows."),  # other words around it: another number
        ("Hart has 41 voters.", 0, "41", "Hart has 41 voters."),  # the number is not at its offset: another version of the text
        ("Hart has 41 voters.", 9, "41", "Hart has 410 voters."),  # not inside a longer number
    ],
)
def test_place_refuses_what_does_not_agree(text, start, written, body):
    assert place(text, start, written, body) is None


def test_the_labels_file_is_valid_and_keeps_no_sentences():
    rows = load_labels(LABELS)
    assert len(rows) == 150 and {r["genuine"] for r in rows} == {"Y", "N"}
    assert set(rows[0]) == {"article", "text_start", "number_as_written", "sentence", "genuine", "value", "category"}


def test_a_bad_row_is_an_error_naming_the_row(tmp_path):
    path = tmp_path / "labels.tsv"
    path.write_text("article\ttext_start\tnumber_as_written\tsentence\tgenuine\tvalue\tcategory\na.txt\tx\t41\t1\tY\t41\t\n", encoding="utf-8")
    with pytest.raises(ValueError, match="row 2"):
        load_labels(path)
