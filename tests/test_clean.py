from __future__ import annotations

import pytest

from analysis.clean import clean_text, match_dateline, match_promo, normalize_dashes, normalize_quotes, normalize_spaces, split_paragraphs
from tests import fixture_texts as T


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a\u00a0b", "a b"),
        ("a\u202fb\u2009c", "a b c"),
        ("zero\u200bwidth\u00adsoft", "zerowidthsoft"),
        ("", ""),
    ],
)
def test_normalize_spaces(text, expected):
    assert normalize_spaces(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (T.CURLY, T.STRAIGHT),
        ("\u00abguillemets\u00bb", '"guillemets"'),
        (T.STRAIGHT, T.STRAIGHT),
    ],
)
def test_normalize_quotes_is_length_preserving(text, expected):
    out = normalize_quotes(text)
    assert out == expected
    assert len(out) == len(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("soldiers \u2013 with India", "soldiers \u2014 with India"),
        ("in 2021\u201322", "in 2021-22"),
        ("non\u2011state \u2212 minus", "non-state - minus"),
    ],
)
def test_normalize_dashes(text, expected):
    assert normalize_dashes(text) == expected


def test_paragraphs_collapse_runs_of_blank_lines_and_trailing_spaces():
    assert split_paragraphs("One.  \n\n\n\nTwo \n  three.\n\n") == ["One.", "Two three."]


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Also Read:\u00a0Explained: Why NATO matters", ("Also Read", "Explained: Why NATO matters")),
        ("ALSO READ | Russia-Ukraine Conflict: An Analysis", ("ALSO READ", "Russia-Ukraine Conflict: An Analysis")),
        ("IN PICS | Satellite Images Show Build-Up", ("IN PICS", "Satellite Images Show Build-Up")),
        ("WATCH: Tanks return to base", ("WATCH", "Tanks return to base")),
        ("Also read the statement: it is long.", None),
        ("Russia also read out a statement.", None),
    ],
)
def test_promo_lines(line, expected):
    assert match_promo(normalize_spaces(line)) == expected


def test_promos_are_removed_from_body_and_kept_in_order():
    cleaned = clean_text(T.PROMOS)
    assert [(r.label, r.headline, r.paragraph_after) for r in cleaned.related] == [
        ("Also Read", "Explained: Why NATO matters", 1),
        ("ALSO READ", "Russia-Ukraine Conflict: An Analysis", 2),
        ("IN PICS", "Satellite Images Show Build-Up", 2),
        ("WATCH", "Tanks return to base", 2),
    ]
    assert cleaned.body == "Troops moved back on Tuesday.\n\nOfficials said more would follow.\n\nThe talks continue."
    assert cleaned.log["promo_line"] == 4


@pytest.mark.parametrize(
    "text, place, body_start",
    [
        (T.DATELINE, "New Delhi", "Amidst growing fears"),
        (T.WIRE_DATELINE, "MOSCOW", "Russia said on Tuesday"),
        ("KYIV \u2014 Ukraine said the threat remained.", "KYIV", "Ukraine said"),
        ("Russia's defence ministry informed Tuesday that troops left.", None, "Russia's defence"),
        ("However: the ministry did not say how many.", None, "However:"),
    ],
)
def test_dateline(text, place, body_start):
    cleaned = clean_text(text)
    assert cleaned.dateline == place
    assert cleaned.body.startswith(body_start)
    if place is None:
        assert match_dateline(text) is None


def test_clean_counts_what_it_normalised():
    cleaned = clean_text("Russia\u2019s\u00a0troops left. \r\n\r\n\u201cGo,\u201d he said.  ")
    assert cleaned.log["crlf_or_cr"] == 2
    assert cleaned.log["unicode_space"] == 1
    assert cleaned.log["curly_quote"] == 3
    assert cleaned.log["trailing_space"] == 2
    assert cleaned.body == "Russia's troops left.\n\n\"Go,\" he said."


@pytest.mark.parametrize("text", [T.EMPTY, T.WHITESPACE])
def test_empty_text_gives_empty_body(text):
    cleaned = clean_text(text)
    assert cleaned.body == "" and cleaned.paragraph_spans == () and cleaned.related == ()


def test_all_caps_text_is_not_mistaken_for_a_dateline():
    cleaned = clean_text(T.ALL_CAPS)
    assert cleaned.dateline is None and cleaned.body == T.ALL_CAPS


def test_paragraph_spans_index_the_body(seed_texts):
    for text in seed_texts.values():
        cleaned = clean_text(text)
        for start, end in cleaned.paragraph_spans:
            assert cleaned.body[start:end].strip() == cleaned.body[start:end] != ""
        assert "\u00a0" not in cleaned.body and "\u201c" not in cleaned.body and "  " not in cleaned.body
