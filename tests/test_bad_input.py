"""Bad input, end to end through ``python -m analysis score``: each case's behaviour as a user sees it.

The policy (``analysis.corpus``): a wrong manifest stops the run (exit 2, one line naming file and
line, nothing written); one article's unusable file is flagged and skipped (its row stays in
articles.csv with the reason, a problems.csv row and a stderr line name file and manifest line,
the rest is scored); recoverable oddities are scored with a warning. Never a silently dropped
article, never a change to the input files. The README's "Bad input" table lists the same cases.
"""
from __future__ import annotations

import hashlib
import os
import re

import pandas as pd
import pytest

from analysis.cli import main
from tests import fixture_texts as T

GOOD = T.DATELINE + " " + T.WIRE_DATELINE + "\n\nThe talks continue. Officials said more units would leave on Wednesday."
PAGE = (
    "<!doctype html><html><head><title>Troops pull back</title></head><body><article>"
    "<p>Russia's defence ministry said on Tuesday that some units were returning to their bases after drills.</p>"
    "<p>Western officials said they had yet to see evidence of a withdrawal and urged Moscow to prove it.</p>"
    "<p>\"We will judge by actions,\" a NATO official told reporters in Brussels on Tuesday afternoon.</p>"
    "</article></body></html>"
)
GIANT_QUOTE = '"Units are boarding trains. They will head for their garrisons later today. Some units will march."'


def score(manifest, out, *extra: str) -> int:
    return main(["score", "--manifest", str(manifest), "--out", str(out), "--no-progress", *extra])


def tables(out) -> dict[str, pd.DataFrame]:
    return {name: pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False) for name in ("articles", "problems", "sentences")}


def digests(folder) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


# (case, file bytes, status, problem codes for the article)
ARTICLE_CASES = [
    ("empty", b"", "skipped", ["unreadable"]),
    ("whitespace_only", T.WHITESPACE.encode("utf-8"), "skipped", ["unreadable"]),
    ("cp1252_smart_quotes", ("\u201cUnits are leaving,\u201d the ministry said. " + T.DATELINE).encode("cp1252"), "scored", ["not_utf8"]),
    ("latin1", ("Troops left the caf\u00e9 near the border on Tuesday. " + T.DATELINE).encode("latin-1") + b" \x81", "scored", ["not_utf8", "empty_sentence"]),
    ("utf8_bom", b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "scored", ["bom"]),
    ("crlf", GOOD.replace("\n", "\r\n").encode("utf-8"), "scored", ["line_ends"]),
    ("lone_cr", GOOD.replace("\n", "\r").encode("utf-8"), "scored", ["line_ends"]),
    ("html_in_txt", PAGE.encode("utf-8"), "scored", ["html_in_txt"]),
    ("other_language", T.NON_ENGLISH.encode("utf-8") * 2, "skipped", ["not_english"]),
    ("no_sentence_end", b"Troops returning to base without any full stop at all", "scored", ["no_sentence_end", "one_sentence"]),
    ("run_on_paragraph", ("troops returning to the base and " * 400).encode("utf-8"), "scored", ["no_sentence_end", "long_sentence"]),
    ("giant_quote", GIANT_QUOTE.encode("utf-8"), "scored", ["all_quoted"]),
    ("unbalanced_quotes", b'He said "we are leaving today. Officials disagreed.\n\nThe talks continue." Nobody knew.', "scored", []),
]


@pytest.mark.parametrize("case, data, status, codes", ARTICLE_CASES, ids=[c[0] for c in ARTICLE_CASES])
def test_one_bad_article_is_handled_and_the_rest_proceeds(make_corpus, tmp_path, capsys, case, data, status, codes):
    manifest = make_corpus({"good": GOOD, case: data})
    before = digests(tmp_path / "raw")
    assert score(manifest, tmp_path / "out") == 0
    out = tables(tmp_path / "out")
    articles = out["articles"].set_index("article_id")
    assert articles.loc["good", "status"] == "scored"
    assert articles.loc[case, "status"] == status  # never dropped: the article keeps its row
    problems = out["problems"][out["problems"]["article_id"] == case]
    assert problems["code"].tolist() == codes
    assert set(problems["line"]) <= {"3"} and all(f.endswith(f"{case}.txt") for f in problems["file"])
    err = capsys.readouterr().err
    for code in codes:
        assert f"{case}.txt (manifest line 3): {code}: " in err  # names the file and the row
    if status == "skipped":
        assert articles.loc[case, "skip_reason"].startswith(codes[-1])
        assert case not in set(out["sentences"]["article_id"])
    else:
        assert case in set(out["sentences"]["article_id"])
    assert digests(tmp_path / "raw") == before  # input files untouched
    assert score(manifest, tmp_path / "out", "--strict") == (1 if status == "skipped" else 0)


def test_decoded_text_is_right_not_mojibake(make_corpus, tmp_path):
    manifest = make_corpus({c[0]: c[1] for c in ARTICLE_CASES if c[0] in ("cp1252_smart_quotes", "latin1", "utf8_bom", "lone_cr")})
    score(manifest, tmp_path / "out")
    sentences = tables(tmp_path / "out")["sentences"]
    text = " ".join(sentences["text"])
    assert '"Units are leaving," the ministry said.' in text and "caf\u00e9" in text
    assert "\ufeff" not in text and "\r" not in text
    assert sentences.query("article_id == 'lone_cr'")["paragraph"].nunique() == 2


def test_run_on_paragraph_is_cut_into_bounded_sentences(make_corpus, tmp_path):
    score(make_corpus({"a": "troops returning to the base and " * 400}), tmp_path / "out")
    sentences = tables(tmp_path / "out")["sentences"]
    assert len(sentences) > 1 and sentences["text"].str.len().max() <= 2000
    assert sentences["sentence"].tolist() == [str(i) for i in range(1, len(sentences) + 1)]


def test_quote_shares_for_giant_and_unbalanced_quotes(make_corpus, tmp_path):
    score(make_corpus({"giant": GIANT_QUOTE, "unbalanced": ARTICLE_CASES[-1][1]}), tmp_path / "out")
    sentences = tables(tmp_path / "out")["sentences"]
    sentences["sentence"] = sentences["sentence"].astype(int)
    share = sentences.set_index(["article_id", "sentence"])["quoted_share"].astype(float)
    assert (share.loc["giant"] >= 0.95).all()
    # An opener never closed runs to the end of its paragraph; a closer with no opener is ignored.
    assert share.loc[("unbalanced", 1)] > 0.5 and share.loc[("unbalanced", 2)] == 1.0 and share.loc[("unbalanced", 4)] == 0.0


def test_five_megabyte_article_is_skipped_quickly_naming_the_limit(make_corpus, tmp_path, capsys):
    big = (T.DATELINE + "\n\n") * (5_000_000 // len(T.DATELINE))
    manifest = make_corpus({"good": GOOD, "huge": big})
    assert score(manifest, tmp_path / "out") == 0
    articles = tables(tmp_path / "out")["articles"].set_index("article_id")
    assert articles.loc["huge", "status"] == "skipped" and articles.loc["good", "status"] == "scored"
    assert re.search(r"huge\.txt \(manifest line 3\): unreadable: 5,\d{3},\d{3} bytes is over", capsys.readouterr().err)
    assert "2,000,000-byte limit" in articles.loc["huge", "skip_reason"]


def test_article_limit_can_be_raised_for_one_run(make_corpus, tmp_path, monkeypatch):
    monkeypatch.delenv("WORKBOOK_MAX_ARTICLE_BYTES", raising=False)
    manifest = make_corpus({"a": GOOD})
    assert score(manifest, tmp_path / "out", "--max-article-bytes", "50") == 0
    assert tables(tmp_path / "out")["articles"]["status"].tolist() == ["skipped"]
    assert score(manifest, tmp_path / "out", "--max-article-bytes", "5000000") == 0
    assert tables(tmp_path / "out")["articles"]["status"].tolist() == ["scored"]
    assert "WORKBOOK_MAX_ARTICLE_BYTES" not in os.environ  # the flag does not outlive its run


def test_large_file_is_a_warning(make_corpus, tmp_path):
    score(make_corpus({"big": ("Troops left the border on Tuesday. " * 6000)}), tmp_path / "out")
    out = tables(tmp_path / "out")
    assert out["articles"]["status"].tolist() == ["scored"] and out["problems"]["code"].tolist() == ["large_file"]


def test_missing_file_and_language_from_manifest_are_skipped(make_corpus, tmp_path, capsys):
    manifest = make_corpus({"good": GOOD}, extra_rows="gone,X,2022-02-15,en,raw/gone.txt\nfr1,X,2022-02-15,fr,raw/good.txt\n")
    assert score(manifest, tmp_path / "out", "--strict") == 1
    articles = tables(tmp_path / "out")["articles"].set_index("article_id")
    assert articles["status"].to_dict() == {"good": "scored", "gone": "skipped", "fr1": "skipped"}
    err = capsys.readouterr().err
    assert "gone.txt (manifest line 3): unreadable: file not found" in err
    assert "(manifest line 4): not_english: manifest language is 'fr'" in err


def test_file_with_no_manifest_row_is_a_warning(make_corpus, tmp_path, capsys):
    manifest = make_corpus({"good": GOOD})
    (tmp_path / "raw" / "stray.txt").write_text("An article nobody listed.", encoding="utf-8")
    assert score(manifest, tmp_path / "out", "--strict") == 0
    problems = tables(tmp_path / "out")["problems"]
    assert problems["code"].tolist() == ["no_manifest_row"] and problems["file"].iloc[0].endswith("stray.txt")
    assert "stray.txt: no_manifest_row" in capsys.readouterr().err


def test_formula_cells_are_neutralised_in_every_table(make_corpus, tmp_path):
    score(make_corpus({"a": "=HYPERLINK(\"http://evil\") troops left.\n\n@SUM(1) more troops left.\n\nALSO READ | =cmd|' /C calc'!A0"}), tmp_path / "out")
    for path in (tmp_path / "out").glob("*.csv"):
        for cell in pd.read_csv(path, dtype=str, keep_default_na=False).to_numpy().ravel():
            assert not cell.startswith(("=", "+", "@", "\t", "\r")), (path.name, cell)
    text = (tmp_path / "out" / "sentences.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK" in text and "'@SUM(1)" in text


HEADER = "id,outlet,published,path\n"
MANIFEST_CASES = [
    ("duplicate_id", HEADER + "a,X,2022-02-15,raw/a.txt\na,Y,2022-02-15,raw/b.txt\n", 3, "duplicate id 'a' (first on line 2)"),
    ("escaping_path", HEADER + "a,X,2022-02-15,../../etc/passwd\n", 2, "escapes the corpus folder"),
    ("absolute_path", HEADER + "a,X,2022-02-15,/etc/passwd\n", 2, "is absolute"),
    ("missing_column", "id,outlet,path\na,X,raw/a.txt\n", 1, "missing required column(s) ['published']"),
    ("empty_required_cell", HEADER + "a,,2022-02-15,raw/a.txt\n", 2, "required cell 'outlet' is empty"),
    ("malformed_date", HEADER + "a,X,15/02/2022,raw/a.txt\n", 2, "published '15/02/2022' is not a date"),
    ("impossible_date", HEADER + "a,X,2022-02-31,raw/a.txt\n", 2, "is not a date"),
    ("unquoted_comma", HEADER + "a,X, Y,2022-02-15,raw/a.txt\n", 2, "expected 4 cells, found 5"),
    ("no_header", "", 1, "no header row"),
]


@pytest.mark.parametrize("case, content, line, message", MANIFEST_CASES, ids=[c[0] for c in MANIFEST_CASES])
def test_bad_manifest_stops_the_run_naming_file_and_line(tmp_path, capsys, case, content, line, message):
    manifest = tmp_path / "articles.csv"
    manifest.write_text(content, encoding="utf-8")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert score(manifest, tmp_path / "out") == 2
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0 and "Traceback" not in err
    assert err.startswith(f"error: {manifest}, line {line}: ") and message in err
    assert not (tmp_path / "out").exists()  # stopped before writing anything
