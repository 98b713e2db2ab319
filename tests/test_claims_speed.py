"""The claims' speed-ups find exactly what the slower forms find (issue 11's speed round).

The claim pattern opens with a lookahead for its first word (:func:`analysis.claims._first_words`),
asked before its long alternations; without it the pattern must match the same spans with the same
groups, wherever it is asked (``finditer`` over a text, ``match`` at any position).
"""
from __future__ import annotations

import random
import re

import pytest

from analysis import claims
from analysis.claims import _first_words, quantity_lexicon

#: Texts where a first word might be read differently: numbers in other scripts, letters that case-fold
#: to ASCII ("ſ", the Kelvin sign), words glued to numbers and units, qualifiers before numbers.
TRICKY = [
    "More than ١٢٣ troops; about ٣ people; ſeven ſoldiers; \u212aILLED 12; Fifty-five; a half-mile; TWO-THIRDS of voters.",
    "Nearly 1,30,000 troops, millions of people, about TWO-THIRDS, 5 lakh, 3.5bn, 40 per cent, Rs 10 crore, a dozen tanks",
    "the 5C bus; 10km; -5C; +5.9; 2021-22; COVID-19; magnitude-7.1; R191 billion; snow.Dozens left; one in five adults",
    "x1 y22 _3 a1 4x hundreds and hundreds of; twenty-odd; the 90s; in the thousands; six figures; 0 comments",
    "",
    "a",
    "12",
]


def _texts() -> list[str]:
    from tests.test_sources import corpus_texts

    return corpus_texts() + TRICKY


def _unfiltered() -> re.Pattern[str]:
    """The claim pattern without the first-word lookahead (its guard as find_claims' pattern has it)."""
    return re.compile(rf"\b(?<![\w.,:/\[#@])(?<!\d-){quantity_lexicon().after_currency.pattern}", re.IGNORECASE)


def _found(m: re.Match[str] | None) -> tuple | None:
    return m and (m.span(), tuple(sorted(m.groupdict().items())))


def test_the_first_word_lookahead_is_in_the_pattern():
    assert "(?=\\d|" in quantity_lexicon().pattern.pattern  # the fast form is the one used


@pytest.mark.parametrize("text", _texts())
def test_the_claim_pattern_matches_as_without_its_first_word_lookahead(text):
    fast, slow = quantity_lexicon().pattern, _unfiltered()
    assert [_found(m) for m in fast.finditer(text)] == [_found(m) for m in slow.finditer(text)]
    for start in range(min(len(text), 600)):
        assert _found(fast.match(text, start)) == _found(slow.match(text, start))


@pytest.mark.parametrize(
    ("phrases", "expected"),
    [
        (["more than", "two", "a dozen"], "(?=\\d|(?:more|two|a)(?!\\w))"),
        (["two", "4x"], ""),  # a digit in a first word: no lookahead
        (["two", "zwölf"], ""),  # not ASCII: no lookahead
        ([], "(?=\\d|(?!)(?!\\w))"),
    ],
)
def test_first_words(phrases, expected):
    assert _first_words(phrases) == expected


def test_find_claims_unchanged_without_the_lookahead(monkeypatch):
    """find_claims gives the same claims with the unfiltered pattern (the lookahead changes nothing)."""
    texts = _texts()
    fast = [claims.find_claims(text) for text in texts]
    try:
        monkeypatch.setattr(claims, "_first_words", lambda phrases: "")
        claims.quantity_lexicon.cache_clear()
        assert "(?=\\d|" not in claims.quantity_lexicon().pattern.pattern
        slow = [claims.find_claims(text) for text in texts]
    finally:
        monkeypatch.undo()
        claims.quantity_lexicon.cache_clear()
    assert fast == slow


IDIOM_TEXTS = [
    "It was half the battle, and the other half of it was luck.",
    "A tale of two cities; at sixes and sevens; the whole nine yards; HALF THE BATTLE",
    "Half-the battle; xhalf the battle; ninety-nine times out of a hundred",
    "",
]


@pytest.mark.parametrize("text", IDIOM_TEXTS + TRICKY)
def test_idiom_spans_as_each_word_tested_apart(text):
    """figure_spans finds each idiom's longest word in one pass: the idioms found are those the
    substring test of every word lets through, as before."""
    from analysis.claims_figures import _idioms, _word_start, figure_spans

    lowered = text.lower()
    slow = sorted(
        (m.start(), m.end(), "idiom")
        for words, lower, _ in _idioms() if all(word in lowered for word in words)
        for m in lower.finditer(lowered) if _word_start(text, m.start(), hyphen=True)
    )
    assert [s for s in figure_spans(text) if s[2] == "idiom"] == slow


def test_the_glued_currency_hint_holds_every_glued_currency():
    """find_claims asks _GLUED_HINT (no word boundary) before _GLUED_CURRENCY: every text the second finds something in, the first does."""
    rng = random.Random(3)
    pieces = [*claims.GLUED_CURRENCIES, "R", "s", ".", "5", " ", "x", "_", "\u00e9"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 6)))
        if claims._GLUED_CURRENCY.search(text):
            assert claims._GLUED_HINT.search(text), text


def test_phone_spans_where_no_address_can_stand():
    """not_a_count reads _PHONE_SPANS in a stretch without "/", "@" or "www": there the spans are _NO_CLAIM_SPANS'."""
    from analysis.claims_filters import _NO_CLAIM_SPANS, _PHONE_SPANS

    rng = random.Random(9)
    pieces = ["+91 ", "22 ", "2345 ", "6789", "01872 ", "553001", "(020) ", "x.com", "www", "WWW.", "a@b.", "http", "://", "/", ".", ",", "-", " ", "word ", "7", "\n"]
    for _ in range(20000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        near, far = sorted((rng.randint(0, len(text)), rng.randint(0, len(text))))
        window = text[near:far]
        if "/" in window or "@" in window or "www" in window.lower():
            continue
        assert [m.span() for m in _PHONE_SPANS.finditer(text, near, far)] == [m.span() for m in _NO_CLAIM_SPANS.finditer(text, near, far)], (text, near, far)


@pytest.mark.parametrize("name", ["_THE_SCALE", "_A_COUPLE"])
def test_vague_hints_are_their_patterns_without_the_opening_boundary(name):
    """vague_claims asks each pattern's hint first: the pattern with its opening "\\b" removed matches wherever the pattern does."""
    from analysis import claims_vague

    pattern, hint = getattr(claims_vague, name), getattr(claims_vague, name + "_HINT")
    assert pattern.pattern.startswith("\\b") and hint.pattern == pattern.pattern[2:] and hint.flags == pattern.flags
    rng = random.Random(4)
    pieces = ["the ", "The ", "millions", "billions", " of", "a ", "A ", "couple", " more", " times", "x", "-", " ", "\n"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        if pattern.search(text):
            assert hint.search(text), text
