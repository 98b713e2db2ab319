from __future__ import annotations

import hashlib

import pytest

from analysis import paths
from analysis.corpus import english_share, load_manifest, looks_like_html, read_article
from analysis.errors import ArticleError, ManifestError
from tests import fixture_texts as T

SEED_SHA256 = {
    "000_fee7a0d1622e9e4e.txt": "d8b4d3d49e67a9e6edb595c4d18eb21b196c244f075236de01c19b3c63476dca",
    "002_2ad01569b5cf55ed.txt": "78c44aa81456eca6ffc0aff7037bd4731623123be0ba6f88b44288508ea15adf",
}


@pytest.mark.parametrize("name, digest", sorted(SEED_SHA256.items()))
def test_raw_seeds_are_byte_for_byte_the_received_files(name, digest):
    assert hashlib.sha256((paths.RAW / name).read_bytes()).hexdigest() == digest


def test_seed_manifest_is_valid_and_complete():
    manifest = load_manifest()
    assert list(manifest["id"]) == ["opoyi-106146", "abplive-1513226"]
    assert set(manifest["headline_source"]) == {"url_slug"}
    assert all(manifest["headline"].str.len() > 10)
    assert list(manifest["wire_agency"]) == ["Interfax", "AFP"]


HEADER = "id,outlet,published,path\n"


@pytest.mark.parametrize(
    "content, message, line",
    [
        ("", "no header row", 1),
        ("id,published,path\na,2022-02-15,raw/a.txt\n", "missing required column(s) ['outlet']", 1),
        (HEADER + "a,X,2022-02-15,raw/a.txt\na,Y,2022-02-15,raw/a.txt\n", "duplicate id 'a' (first on line 2)", 3),
        (HEADER + "a,X,15/02/2022,raw/a.txt\n", "is not a date", 2),
        (HEADER + "a,X,2022-02-31,raw/a.txt\n", "is not a date", 2),
        (HEADER + "a,,2022-02-15,raw/a.txt\n", "required cell 'outlet' is empty", 2),
        (HEADER + "a,X,2022-02-15,../../etc/passwd\n", "escapes the corpus folder", 2),
        (HEADER + "a,X,2022-02-15,/etc/passwd\n", "is absolute", 2),
        (HEADER + "a b,X,2022-02-15,raw/a.txt\n", "must be letters, digits", 2),
        (HEADER + "a,X,2022-02-15,raw/a.txt,extra\n", "expected 4 cells, found 5", 2),
    ],
)
def test_bad_manifests_stop_with_file_and_line(tmp_path, content, message, line):
    manifest = tmp_path / "articles.csv"
    manifest.write_text(content, encoding="utf-8")
    with pytest.raises(ManifestError) as info:
        load_manifest(manifest)
    assert message in str(info.value)
    assert info.value.row == line and str(manifest) in str(info.value)


def test_missing_manifest_names_the_file(tmp_path):
    with pytest.raises(ManifestError, match="manifest file not found"):
        load_manifest(tmp_path / "nope.csv")


def test_optional_columns_get_defaults(make_corpus):
    manifest = load_manifest(make_corpus({"a": "Troops left."}))
    row = manifest.iloc[0]
    assert row["language"] == "en" and row["headline"] == "" and row["line"] == "2"


@pytest.mark.parametrize(
    "data, encoding, code",
    [
        ("caf\u00e9 \u201cquote\u201d".encode("utf-8"), "utf-8", None),
        (b"\xef\xbb\xbfTroops left.", "utf-8-sig", "bom"),
        ("\u201cTroops\u201d left.".encode("cp1252"), "cp1252", "not_utf8"),
        (b"Troops left.\r\nThen more.\r", "utf-8", "line_ends"),
    ],
)
def test_read_article_decodes_and_reports(make_corpus, data, encoding, code):
    row = load_manifest(make_corpus({"a": data})).iloc[0].to_dict()
    article = read_article(row)
    assert article.encoding == encoding
    assert [p[1] for p in article.problems] == ([code] if code else [])


def test_latin1_text_is_decoded_not_dropped(make_corpus):
    row = load_manifest(make_corpus({"a": "Bient\u00f4t le d\u00e9part.".encode("latin-1")})).iloc[0].to_dict()
    assert "d\u00e9part" in read_article(row).text


@pytest.mark.parametrize("data, message", [(b"", "file is empty"), (b"  \n\t\n", "no text")])
def test_unusable_files_raise_article_error(make_corpus, data, message):
    row = load_manifest(make_corpus({"a": data})).iloc[0].to_dict()
    with pytest.raises(ArticleError, match=message):
        read_article(row)


def test_missing_file_raises_article_error_naming_it(make_corpus):
    manifest = make_corpus({"a": "Troops."}, extra_rows="b,X,2022-02-15,en,raw/b.txt\n")
    row = load_manifest(manifest).iloc[1].to_dict()
    with pytest.raises(ArticleError, match=r"b\.txt \(manifest line 3\): file not found"):
        read_article(row)


PAGE = """<!doctype html><html><head><title>Russia pulls back some troops</title></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Russia pulls back some troops</h1>
<p>Russia's defence ministry said on Tuesday that some units were returning to their bases after drills near Ukraine.</p>
<p>Western officials said they had yet to see evidence of a withdrawal, and urged Moscow to prove its words with deeds.</p>
<p>"We will judge by actions," a NATO official told reporters in Brussels on Tuesday afternoon.</p>
</article><footer>Copyright 2022 Example News. Subscribe now.</footer></body></html>"""


def test_saved_html_page_becomes_article_text(make_corpus):
    row = load_manifest(make_corpus({"a": PAGE}, suffix=".html")).iloc[0].to_dict()
    article = read_article(row)
    assert "units were returning to their bases" in article.text
    assert "Subscribe now" not in article.text and "<p>" not in article.text
    assert article.headline == "Russia pulls back some troops"


def test_html_pasted_into_txt_is_extracted_and_flagged(make_corpus):
    row = load_manifest(make_corpus({"a": PAGE})).iloc[0].to_dict()
    article = read_article(row)
    assert "<p>" not in article.text and "NATO official" in article.text
    assert "html_in_txt" in [p[1] for p in article.problems]


def test_html_detection_leaves_plain_text_alone():
    assert looks_like_html(PAGE) and not looks_like_html(T.DATELINE)


def test_english_share_separates_languages():
    assert english_share(T.NON_ENGLISH) < 0.15 < english_share(T.DATELINE)


def test_bom_followed_by_windows_1252_bytes_loses_no_character(make_corpus):
    row = load_manifest(make_corpus({"a": b"\xef\xbb\xbfRussia said \x93troops\x94 left."})).iloc[0].to_dict()
    article = read_article(row)
    assert article.text == "Russia said \u201ctroops\u201d left." and "\ufffd" not in article.text
    assert [p[1] for p in article.problems] == ["bom", "not_utf8"]
