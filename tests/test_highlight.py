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
