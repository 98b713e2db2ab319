"""Bad input, end to end through ``python -m analysis score``: each case's behaviour as a user sees it.

The policy (``analysis.corpus``): a wrong manifest stops the run (exit 2, one line naming file and
line, nothing written); one article's unusable file is flagged and skipped (its row stays in
articles.csv with the reason, a problems.csv row and a stderr line name file and manifest line,
the rest is scored); recoverable oddities are scored with a warning. Never a silently dropped
article, never a change to the input files. The README's "Bad input" table lists the same cases.
"""
from __future__ import annotations

import codecs
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
SHORT_RUSSIAN = "Министерство обороны России сообщило во вторник, что часть войск возвращается на базы после учений."  # 15 words
# An English report that is mostly a table of figures: figures are no evidence of a language (a real page, p388, was skipped as not English)
TABLE_OF_FIGURES = ("Smartphone shipments fell 6 percent to 355.2 million units in the third quarter, the research firm said.\n\n"
                    + "".join(f"{name} {a} {b}% {c} {d}% {e}%\n\n" for name, a, b, c, d, e in [
                        ("Samsung", 72.2, 20.3, 83.3, 22.1, -13.4), ("Huawei", 52.0, 14.6, 39.1, 10.4, 32.9),
                        ("Apple", 46.9, 13.2, 46.7, 12.4, 0.5), ("Xiaomi", 34.3, 9.7, 28.3, 7.5, 21.2),
                        ("OPPO", 29.9, 8.4, 30.6, 8.1, -2.1), ("Others", 119.9, 33.8, 149.8, 39.6, -19.9)]))
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
    ("latin1", ("Troops left the caf\u00e9 near the border on Tuesday. " + T.DATELINE).encode("latin-1") + b" \x81", "scored", ["not_utf8"]),
    ("utf8_bom", b"\xef\xbb\xbf" + GOOD.encode("utf-8"), "scored", ["bom"]),
    ("crlf", GOOD.replace("\n", "\r\n").encode("utf-8"), "scored", ["line_ends"]),
    ("lone_cr", GOOD.replace("\n", "\r").encode("utf-8"), "scored", ["line_ends"]),
    ("html_in_txt", PAGE.encode("utf-8"), "scored", ["html_in_txt"]),
    ("other_language", T.NON_ENGLISH.encode("utf-8") * 2, "skipped", ["not_english"]),
    ("no_sentence_end", b"Troops returning to base without any full stop at all", "scored", ["no_sentence_end", "one_sentence"]),
    ("run_on_paragraph", ("troops returning to the base and " * 400).encode("utf-8"), "scored", ["no_sentence_end", "long_sentence"]),
    ("giant_quote", GIANT_QUOTE.encode("utf-8"), "scored", ["all_quoted"]),
    ("unbalanced_quotes", b'He said "we are leaving today. Officials disagreed.\n\nThe talks continue." Nobody knew.', "scored", []),
    ("utf16_le_bom", ("\ufeff" + GOOD).encode("utf-16-le"), "scored", ["bom", "not_utf8"]),
    ("utf16_be_bom", ("\ufeff" + GOOD).encode("utf-16-be"), "scored", ["bom", "not_utf8"]),
    ("utf16_no_bom", GOOD.encode("utf-16-le"), "scored", ["not_utf8"]),
    ("utf32_bom", GOOD.encode("utf-32"), "scored", ["bom", "not_utf8"]),
    ("control_chars", ("Rus\x00sia said\x1b[0m the\x07 troops left. " + GOOD).encode("utf-8"), "scored", []),
    ("pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "skipped", ["unreadable"]),
    ("binary_noise", bytes(range(256)) * 8, "skipped", ["unreadable"]),
    ("only_punctuation", b'"" ... !!! -- ?? \xe2\x80\x9c\xe2\x80\x9d', "skipped", ["no_text"]),
    ("short_russian", SHORT_RUSSIAN.encode("utf-8"), "skipped", ["not_english"]),
    ("table_of_figures", TABLE_OF_FIGURES.encode("utf-8"), "scored", []),
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


def test_decoded_encodings_and_removed_control_characters(make_corpus, tmp_path):
    cases = {c[0]: c[1] for c in ARTICLE_CASES if c[0].startswith(("utf16", "utf32", "control"))}
    score(make_corpus(cases), tmp_path / "out")
    out = tables(tmp_path / "out")
    for case in cases:
        text = " ".join(out["sentences"].query("article_id == @case")["text"])
        assert "the ministry said troops were returning" in text and "\x00" not in text and "\ufeff" not in text, case
    encodings = out["articles"].set_index("article_id")["encoding"].to_dict()
    assert encodings == {"utf16_le_bom": "utf-16-le", "utf16_be_bom": "utf-16-be", "utf16_no_bom": "utf-16-le", "utf32_bom": "utf-32-le", "control_chars": "utf-8"}
    assert "Russia said[0m the troops left." in " ".join(out["sentences"]["text"])
    cleaning = pd.read_csv(tmp_path / "out" / "cleaning.csv", dtype=str, keep_default_na=False)
    assert cleaning.query("rule == 'control_char'")[["article_id", "count"]].values.tolist() == [["control_chars", "3"]]
    problems = out["problems"].set_index("article_id")
    assert problems.loc["utf16_le_bom", "message"].tolist() == ["UTF-16-LE byte-order mark removed", "not valid UTF-8; decoded as utf-16-le"]


@pytest.mark.parametrize(
    "charset, title, body_word",
    [
        ("windows-1250", "Wojska opuszczaj\u0105 \u0141\u00f3d\u017a", "\u0141\u00f3d\u017a"),
        ("koi8-r", "\u0412\u043e\u0439\u0441\u043a\u0430 \u0443\u0445\u043e\u0434\u044f\u0442", "\u0412\u043e\u0439\u0441\u043a\u0430"),
        ("windows-1251", "\u0412\u043e\u0439\u0441\u043a\u0430 \u0443\u0445\u043e\u0434\u044f\u0442", "\u0412\u043e\u0439\u0441\u043a\u0430"),
        ("shift_jis", "\u90e8\u968a\u304c\u64a4\u9000", "\u90e8\u968a"),
    ],
)
def test_html_declared_charset_is_used(make_corpus, tmp_path, charset, title, body_word):
    paragraphs = "".join(f"<p>{body_word}: the ministry said on Tuesday that troops near {body_word} were leaving for their bases.</p>" for _ in range(3))
    for meta in (f'<meta charset="{charset}">', f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'):
        page = f"<!doctype html><html><head>{meta}<title>{title}</title></head><body><article>{paragraphs}</article></body></html>"
        score(make_corpus({"page": page.encode(charset)}, suffix=".html"), tmp_path / "out")
        out = tables(tmp_path / "out")
        article = out["articles"].iloc[0]
        assert (article["status"], article["encoding"], article["headline"]) == ("scored", codecs.lookup(charset).name, title)
        assert body_word in " ".join(out["sentences"]["text"])
        assert "(declared in the page's <meta>)" in " ".join(out["problems"]["message"])


def test_binary_folder_and_unreadable_paths_are_named(make_corpus, tmp_path, capsys):
    manifest = make_corpus({"good": GOOD, "pdf": {c[0]: c[1] for c in ARTICLE_CASES}["pdf"]}, extra_rows=f"folder,X,2022-02-15,en,raw/sub\nlong,X,2022-02-15,en,raw/{'x' * 300}.txt\n")
    (tmp_path / "raw" / "sub").mkdir()
    assert score(manifest, tmp_path / "out") == 0  # skipped for reasons of their own, not failures
    reasons = tables(tmp_path / "out")["articles"].set_index("article_id")["skip_reason"].to_dict()
    assert reasons["good"] == ""
    assert reasons["pdf"] == "unreadable: binary file (a PDF), not text: save the article as .txt or .html"
    assert reasons["folder"] == "unreadable: is a folder, not a file"
    assert reasons["long"] == "unreadable: cannot read the file: File name too long"
    err = capsys.readouterr().err
    assert "sub (manifest line 4): unreadable: is a folder" in err and "Traceback" not in err


def test_permission_denied_is_skipped(make_corpus, tmp_path, monkeypatch):
    manifest = make_corpus({"good": GOOD, "secret": GOOD})
    (tmp_path / "raw" / "secret.txt").chmod(0)
    if os.geteuid() == 0:  # root reads every file: refuse as the kernel would for anyone else
        from pathlib import Path

        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    assert score(manifest, tmp_path / "out") == 0
    reasons = tables(tmp_path / "out")["articles"].set_index("article_id")["skip_reason"].to_dict()
    assert reasons == {"good": "", "secret": "unreadable: cannot read the file: Permission denied"}


def test_run_on_paragraph_is_cut_into_bounded_sentences(make_corpus, tmp_path):
    score(make_corpus({"a": "troops returning to the base and " * 400}), tmp_path / "out")
    sentences = tables(tmp_path / "out")["sentences"]
    assert len(sentences) > 1 and sentences["text"].str.len().max() <= 2000
    assert sentences["sentence"].tolist() == [str(i) for i in range(1, len(sentences) + 1)]


def test_quote_shares_for_giant_and_unbalanced_quotes(make_corpus, tmp_path):
    score(make_corpus({"giant": GIANT_QUOTE, "unbalanced": {c[0]: c[1] for c in ARTICLE_CASES}["unbalanced_quotes"]}), tmp_path / "out")
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
    ("missing_column", "id,published,path\na,2022-02-15,raw/a.txt\n", 1, "missing required column(s) ['outlet']"),
    ("misspelt_column", "id,outlet,published,langauge,path\na,X,2022-02-15,fr,raw/a.txt\n", 1, "column 'langauge' is not a manifest column: did you mean 'language'?"),
    ("misspelt_required", "id,outlett,published,path\na,X,2022-02-15,raw/a.txt\n", 1, "missing required column(s) ['outlet']; the header is ['id', 'outlett', 'published', 'path'] (column 'outlett' is not a manifest column: did you mean 'outlet'?)"),
    ("nul_in_path", HEADER + "a,X,2022-02-15,raw/a\x00.txt\n", 2, "cell 'path' contains a control character ('\\x00')"),
    ("after_multiline_cell", "id,outlet,published,headline,path\na,X,2022-02-15,\"Line one\nline two\",raw/a.txt\nb,X,2022-02-31,x,raw/a.txt\n", 4, "published '2022-02-31' is not a date"),
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


def test_every_bad_manifest_line_is_reported_in_one_run(tmp_path, capsys):
    manifest = tmp_path / "articles.csv"
    manifest.write_text(HEADER + "a,X,2022-02-15,raw/a.txt\nb,,2022-02-15,raw/a.txt\na,X,2022-02-15,raw/a.txt\nc,X,15/02/2022,raw/a.txt\n", encoding="utf-8")
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text(GOOD, encoding="utf-8")
    assert score(manifest, tmp_path / "out") == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert [line.split(": ", 2)[1] for line in err] == [f"{manifest}, line {n}" for n in (3, 4, 5)]
    assert "required cell 'outlet' is empty" in err[0] and "duplicate id 'a' (first on line 2)" in err[1] and "'15/02/2022' is not a date" in err[2]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-8-sig", "utf-32"])
def test_manifest_in_utf16_and_multiline_cells_are_read(tmp_path, encoding):
    manifest = tmp_path / "articles.csv"
    content = 'id,outlet,published,headline,path\na,X,2022-02-15,"Line one\nline two",raw/a.txt\nb,Y,,"He said ""no""",raw/b.txt\n'
    manifest.write_bytes(content.encode(encoding))
    (tmp_path / "raw").mkdir()
    for name in ("a", "b"):
        (tmp_path / "raw" / f"{name}.txt").write_text(GOOD, encoding="utf-8")
    assert score(manifest, tmp_path / "out") == 0
    out = tables(tmp_path / "out")
    assert out["articles"]["headline"].tolist() == ["Line one\nline two", 'He said "no"']
    assert out["articles"]["published"].tolist() == ["2022-02-15", ""]
    # Line numbers are physical lines: b starts on line 4, after a's two-line cell.
    assert out["problems"][["article_id", "line", "level", "code"]].values.tolist() == [["b", "4", "warning", "no_date"]]


def test_control_characters_change_nothing_but_the_cleaning_log(tmp_path, seed_texts):
    """The issue's case: NULs inside "Russia" cut mentions from 34 to 25 and changed the first voice."""
    from analysis.cli import main as cli

    text = next(iter(seed_texts.values()))
    folders = {}
    for name, body in {"clean": text, "nul": text.replace("Russia", "Rus\x00sia").replace("said", "sa\x1bid")}.items():
        corpus = tmp_path / name
        (corpus / "raw").mkdir(parents=True)
        (corpus / "raw" / "a.txt").write_text(body, encoding="utf-8")
        (corpus / "articles.csv").write_text("id,outlet,published,path\na,X,2022-02-15,raw/a.txt\n", encoding="utf-8")
        assert cli(["score", "--manifest", str(corpus / "articles.csv"), "--out", str(corpus / "out"), "--no-progress"]) == 0
        folders[name] = corpus / "out"
    assert text.count("Russia") > 10 and text.count("said") >= 2
    for path in sorted(folders["clean"].glob("*.csv")):
        other = (folders["nul"] / path.name).read_text(encoding="utf-8")
        expected = path.read_text(encoding="utf-8")
        if path.name == "cleaning.csv":  # one row more, right after the character rules
            lines = expected.splitlines(keepends=True)
            at = next(i for i, line in enumerate(lines) if line.startswith("a,trailing_space,")) + 1
            expected = "".join([*lines[:at], f"a,control_char,{text.count('Russia') + text.count('said')}\n", *lines[at:]])
        assert other == expected, path.name
