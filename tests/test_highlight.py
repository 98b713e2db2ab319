"""analysis.highlight: article text is escaped, evidence spans are marked, offsets survive."""
from __future__ import annotations

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
