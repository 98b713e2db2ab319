"""analysis.highlight: article text is escaped, evidence spans are marked, offsets survive."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from analysis import highlight
from analysis.corpus import load_manifest
from analysis.pipeline import score_corpus
from tests import fixture_texts

HOSTILE = 'He pasted <script>alert("x")</script> and <img src=x onerror=alert(1)> & left.'


@pytest.mark.parametrize("text", [HOSTILE, fixture_texts.CURLY, fixture_texts.ALL_CAPS, fixture_texts.EMPTY])
def test_no_raw_markup_from_the_text(text):
    out = highlight.highlight_html(text, [(0, min(5, len(text)), "<b>label</b>")])
    assert "<script" not in out and "<img" not in out and "<b>" not in out
    assert out.count("<mark") == (1 if text else 0)


def test_script_appears_as_text():
    out = highlight.article_view("An <i>article</i>", HOSTILE, [(3, 9, "conflict")])
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in out
    assert "&amp; left." in out
    assert "<h4>An &lt;i&gt;article&lt;/i&gt;</h4>" in out


def test_overlapping_spans_cut_at_every_boundary():
    out = highlight.highlight_html("abcdef", [(0, 4, "x"), (2, 6, "y")])
    assert 'title="x">ab</mark>' in out
    assert 'title="x, y">cd</mark>' in out
    assert 'title="y">ef</mark>' in out


def test_out_of_range_spans_are_clipped():
    assert highlight.highlight_html("abc", [(-5, 99, "x")]).count("<mark") == 1


def test_body_from_paragraphs_keeps_sentence_offsets():
    tables = score_corpus(load_manifest())
    for aid, paragraphs in tables["paragraphs"].groupby("article_id"):
        body = highlight.body_from_paragraphs(paragraphs)
        for s in tables["sentences"][tables["sentences"]["article_id"] == aid].itertuples():
            assert body[s.start : s.end] == s.text


def test_paragraphs_become_html_paragraphs():
    body = highlight.body_from_paragraphs(pd.DataFrame({"start": [0, 6], "end": [4, 9], "text": ["One.", "Two"]}))
    assert highlight.highlight_html(body, []) == '<div class="hl-article"><p>One.</p><p>Two</p></div>'


def test_fixture_article_with_script_renders_as_text():
    from pathlib import Path

    manifest = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"
    tables = score_corpus(load_manifest(manifest))
    paragraphs = tables["paragraphs"]
    hits = [aid for aid, p in paragraphs.groupby("article_id") if "<script>" in highlight.body_from_paragraphs(p)]
    assert hits, "the fixture corpus has an article containing <script>"
    for aid in hits:
        body = highlight.body_from_paragraphs(paragraphs[paragraphs["article_id"] == aid])
        evidence = tables["evidence"][tables["evidence"]["article_id"] == aid]
        view = highlight.article_view(aid, body, highlight.spans_from_frame(evidence, label="category"))
        assert "<script" not in view and "&lt;script&gt;" in view


# --------------------------------------------------------------------------- Markdown prose from data
MARKDOWN_HOSTILE = [
    "<img src=x onerror=alert(1)>",
    '"><script>alert(1)</script>',
    "[click](javascript:alert(1))",
    "**bold** _it_ `code` ~~gone~~",
    "# heading\n\n- item\n1. item",
    "| a | b |\n|---|---|",
    "$x^2$ and $5",
    "https://evil.example/ www.evil.example mail@evil.example",
    "plain outlet & sons",
]


def _render_markdown(source: str):
    """Render Markdown as the HTML report does (nbconvert's mistune filter) and parse it."""
    import lxml.html
    from nbconvert.filters.markdown_mistune import markdown2html_mistune

    return lxml.html.fragment_fromstring(markdown2html_mistune(source), create_parent="div")


@pytest.mark.parametrize("value", MARKDOWN_HOSTILE)
def test_md_text_renders_as_the_literal_text_and_nothing_else(value):
    for source in (f"- **{highlight.md_text(value)}** wrote *{highlight.md_text(value)}*", highlight.md_text(value)):
        tree = _render_markdown(source)
        tags = {el.tag for el in tree.iter()} - {"div", "ul", "li", "strong", "em", "p"}
        assert tags == set(), (value, tags)
        assert not any(el.attrib for el in tree.iter()), "no element carries an attribute (href, onerror, src)"
        flat = " ".join(value.split())
        assert flat in tree.text_content(), "the reader sees the value as written"


@pytest.mark.parametrize("value", ["nw-0215-a", "a_b*c", "</code><script>alert(1)</script>", "x`y"])
def test_md_code_is_one_code_element_with_the_literal_text(value):
    tree = _render_markdown(f"see {highlight.md_code(value)} here")
    codes = tree.findall(".//code")
    assert len(codes) == 1 and codes[0].text_content() == value
    assert {el.tag for el in tree.iter()} <= {"div", "p", "code"}


@pytest.mark.parametrize("value, expected", [(None, ""), (float("nan"), ""), ("  a\n\n b ", "a b"), (12, "12")])
def test_md_text_missing_and_whitespace(value, expected):
    assert highlight.md_text(value) == expected


# --------------------------------------------------------------------------- the report on a hostile corpus
HOSTILE_OUTLET = "<img src=x onerror=alert(1)>"
HOSTILE_OUTLET_B = 'Courier "><svg onload=alert(4)>'
HOSTILE_HEADLINE = '"><script>alert(1)</script>'
HOSTILE_PROMO = "<img src=z onerror=alert(6)> Satellite images show massive build-up near border"
HOSTILE_SPEAKER = "<b onmouseover=alert(5)>Ivan</b> Petrov"
HOSTILE_TEXTS = {
    "a1": (
        "MOSCOW: Russia said on Tuesday that some units near the border were returning to their bases after drills, "
        "a move that could ease fears of war.\n\n"
        f'"Units that have completed their tasks are loading onto rail transport and will return to their garrisons today," '
        f"defence ministry spokesman {HOSTILE_SPEAKER} said.\n\n"
        f"Also Read: {HOSTILE_PROMO}\n\n"
        "Western officials said they had seen no evidence of a withdrawal. A blogger quoted the code "
        "<script>alert(2)</script> to show how the rumour spread.\n\n"
        '"We will believe it when we see it," NATO chief Jens Stoltenberg told reporters in Brussels.\n'
    ),
    "a2": (
        "Ukraine's foreign minister said Kyiv had seen no sign of a pullback of the more than 100,000 troops massed near its borders.\n\n"
        '"We have a rule: we will believe when we see," the minister said. "When we see a withdrawal, we will believe in a de-escalation."\n\n'
        "Markets rallied on the news and the rouble gained against the dollar, traders said.\n"
    ),
    "b1": (
        "Russia pulled back some troops from the border on Tuesday, as Germany's chancellor met the Russian president in Moscow.\n\n"
        f'"Units of the military districts have started moving to their garrisons," ministry spokesman {HOSTILE_SPEAKER} '
        "claimed in a statement.\n\n"
        'The chancellor said the news was a good sign but that diplomacy must continue. "We must keep talking," he told journalists.\n\n'
        f"Also Read: {HOSTILE_PROMO}\n"
    ),
}
HOSTILE_ROWS = [  # id, outlet, headline, wire agency
    ("a1", HOSTILE_OUTLET, HOSTILE_HEADLINE, "AFP<img src=w onerror=alert(8)>"),
    ("a2", HOSTILE_OUTLET, "Kyiv sees no pullback <img src=q onerror=alert(9)>", ""),
    ("b1", HOSTILE_OUTLET_B, "Moscow signals a retreat", "Reuters"),
]


def write_hostile_corpus(folder) -> "Path":
    import csv

    (folder / "raw").mkdir(parents=True)
    for aid, text in HOSTILE_TEXTS.items():
        (folder / "raw" / f"{aid}.txt").write_text(text, encoding="utf-8")
    manifest = folder / "articles.csv"
    with manifest.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["id", "outlet", "url", "published", "headline", "headline_source", "language", "wire_agency", "path"])
        for aid, outlet, headline, wire in HOSTILE_ROWS:
            w.writerow([aid, outlet, f"https://example.org/{aid}", "2022-02-15", headline, "manual", "en", wire, f"raw/{aid}.txt"])
    return manifest


def test_hostile_corpus_is_scored_with_its_markup_intact(tmp_path):
    tables = score_corpus(load_manifest(write_hostile_corpus(tmp_path)))
    assert (tables["articles"]["status"] == "scored").all()
    assert set(tables["articles"]["outlet"]) == {HOSTILE_OUTLET, HOSTILE_OUTLET_B}
    assert (tables["related"]["headline"] == HOSTILE_PROMO).all() and len(tables["related"]) == 2
    assert tables["quotes"]["speaker"].str.contains("</b>").any(), "a speaker name carries markup"
    assert tables["sentences"]["text"].str.contains("<script>alert(2)</script>", regex=False).any()


def _escaped_table_data(script: str) -> bool:
    """An interactive table's script (itables) carries the cells as a JSON string of escaped HTML
    (``&lt;script&gt;alert(2)...``): the payload is text there, as long as no tag is left raw."""
    import re

    return "ITable" in script and not re.search(r"<\s*(script|img|svg|b|i)\b", script, re.I)


def test_interactive_tables_carry_cells_as_escaped_text():
    import itables.options
    from itables import to_html_datatable

    itables.options.allow_html = False  # as analysis.display sets it
    page = to_html_datatable(pd.DataFrame({"text": ["<script>alert(2)</script> <img src=x onerror=alert(3)>"]}), connected=False)
    scripts = re.findall(r"<script[^>]*>(.*?)</script>", page, re.S)
    assert any("alert(2)" in js for js in scripts) and all(_escaped_table_data(js) for js in scripts if "alert" in js)
    assert not _escaped_table_data('ITable; data = "<script>alert(2)</script>"'), "a raw tag in the data is caught"


@pytest.mark.notebooks
def test_report_pages_show_hostile_values_as_text_and_run_nothing(tmp_path, monkeypatch):
    """Every notebook, executed on a corpus whose outlets, headlines, texts, promos and speakers carry
    markup, exports to HTML with no element from the data: no onerror/onload/onmouseover attribute,
    no script that alerts; the values are on the page as text."""
    import lxml.html

    from analysis.report import execute_notebook, notebook_paths, to_html

    manifest = write_hostile_corpus(tmp_path / "corpus")
    monkeypatch.setenv("WORKBOOK_MANIFEST", str(manifest))
    monkeypatch.setenv("WORKBOOK_REPORTS", str(tmp_path / "reports"))
    monkeypatch.delenv("WORKBOOK_TABLES", raising=False)
    seen = ""
    for path in notebook_paths():
        page = to_html(execute_notebook(path, timeout=300))
        tree = lxml.html.document_fromstring(page)
        handlers = [(el.tag, name) for el in tree.iter() if isinstance(el.tag, str)
                    for name in el.attrib if name.lower() in {"onerror", "onload", "onmouseover"}]
        assert handlers == [], f"{path.name}: live event handler(s) {handlers}"
        alerting = [s.text_content()[:80] for s in tree.iter("script") if "alert" in s.text_content() and not _escaped_table_data(s.text_content())]
        assert alerting == [], f"{path.name}: script element(s) from the data {alerting}"
        assert not tree.xpath("//img[@src='x' or @src='z' or @src='w' or @src='q']") and not tree.xpath("//svg"), path.name
        text = tree.text_content()
        assert HOSTILE_OUTLET in text, f"{path.name}: the outlet's name is shown as text"
        seen += text
    for value in (HOSTILE_HEADLINE, "<script>alert(2)</script>", HOSTILE_PROMO, HOSTILE_OUTLET_B, "</b> Petrov"):
        assert value in seen, f"{value!r} is visible as text somewhere in the report"
