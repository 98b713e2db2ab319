"""The compiled lexicon matcher: word boundaries, case rules, overlaps, and equality with the reference."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysis.document import build_document
from analysis.framing import load_codebook
from analysis.lexicon import Indicator, check_indicator, compile_lexicon, reference_find
from tests import fixture_texts as T
from tests.conftest import SEED_FILES

FIXTURE_FILES = sorted((Path(__file__).parent / "fixtures" / "multi_outlet" / "raw").glob("*.txt"))


def matched(indicators: list[Indicator], text: str) -> list[str]:
    return [m.matched for m in compile_lexicon("t", indicators).find(text)]


@pytest.mark.parametrize(
    "indicators, text, expected",
    [
        # word boundaries
        ([Indicator("war", "i")], "war, warn, award, warships, anti-war, war-torn, post war.", ["war", "war"]),
        ([Indicator("Russia", "i")], "Russia, Russian, Russia's, Russia-Ukraine, pro-Russia", ["Russia", "Russia"]),
        ([Indicator("Ukraine", "i")], "Ukrainian troops left Ukraine.", ["Ukraine"]),
        ([Indicator("Ukrain*", "i")], "Ukrainian troops left Ukraine.", ["Ukrainian", "Ukraine"]),
        ([Indicator("escalation", "i")], "De-escalation, not escalation.", ["escalation"]),
        ([Indicator("de-escalation", "i")], "De-escalation, not escalation.", ["De-escalation"]),
        ([Indicator("build-up", "i")], "the build-up, the build - up", ["build-up"]),
        # case rules
        ([Indicator("imminent", "i")], "IMMINENT, Imminent, imminent", ["IMMINENT", "Imminent", "imminent"]),
        ([Indicator("the West", "i", kind="cased")], "the West, the west of Ukraine, THE WEST", ["the West"]),
        ([Indicator("it is not clear", "i")], "It is not clear. IT IS NOT CLEAR.", ["It is not clear", "IT IS NOT CLEAR"]),
        ([Indicator("(?-i:US) officials", "i", kind="pattern")], "US officials and us officials", ["US officials"]),
        # spaces and wildcards
        ([Indicator("brink of war", "i")], "the brink  of\nwar", ["brink  of\nwar"]),
        ([Indicator("sanction*", "i")], "sanction, sanctions, sanctioned, unsanctioned", ["sanction", "sanctions", "sanctioned"]),
        # overlaps: leftmost first, then longest; no overlaps within a lexicon
        ([Indicator("war", "a"), Indicator("brink of war", "b")], "on the brink of war", ["brink of war"]),
        ([Indicator("the brink", "a"), Indicator("brink of war", "b")], "on the brink of war", ["the brink"]),
        ([Indicator("tensions", "a"), Indicator("heightening tensions", "b")], "heightening tensions, tensions", ["heightening tensions", "tensions"]),
        ([Indicator("not clear", "a"), Indicator("it is not clear", "b")], "it is not clear", ["it is not clear"]),
        # empty text
        ([Indicator("war", "i")], "", []),
        ([Indicator("war", "i")], T.WHITESPACE, []),
    ],
)
def test_matching_rules(indicators, text, expected):
    assert matched(indicators, text) == expected
    assert [m.matched for m in reference_find(indicators, text)] == expected


def test_match_reports_its_indicator_item_and_span():
    lexicon = compile_lexicon("t", [Indicator("returning to their bases", "pullback"), Indicator("troops", "forces")])
    text = "Some troops are returning to their bases."
    found = lexicon.find(text)
    assert [(m.indicator.item, m.start, m.end) for m in found] == [("forces", 5, 11), ("pullback", 16, 40)]
    assert all(text[m.start : m.end] == m.matched for m in found)


@pytest.mark.parametrize(
    "indicator, problem",
    [
        (Indicator("(un)clear", "x", kind="pattern"), "capturing group"),
        (Indicator("x*", "x", kind="pattern"), "empty string"),
        (Indicator("[unclosed", "x", kind="pattern"), "invalid regular expression"),
        (Indicator("   ", "x"), "empty indicator"),
        (Indicator("war", "x", kind="fuzzy"), "unknown indicator kind"),
    ],
)
def test_bad_indicators_are_refused(indicator, problem):
    assert problem in (check_indicator(indicator) or "")
    with pytest.raises(ValueError, match=re.escape(problem)):
        compile_lexicon("t", [indicator])


def test_each_lexicon_is_one_compiled_regex_and_find_compiles_nothing(monkeypatch):
    codebook = load_codebook()
    for frame in codebook.frames:
        lexicon = codebook.lexicons[frame.id]
        assert isinstance(lexicon.pattern, re.Pattern)
        assert len(lexicon.indicators) == sum(len(item.indicators) for item in frame.items)
        assert lexicon.pattern.groups >= len(lexicon.indicators)  # a pattern has one group per first-character branch

    def no_compile(*args, **kwargs):
        raise AssertionError("find() compiled a regular expression")

    monkeypatch.setattr(re, "compile", no_compile)
    monkeypatch.setattr(re, "finditer", no_compile)
    text = SEED_FILES[0].read_text(encoding="utf-8")
    assert any(codebook.lexicons[frame.id].find(text) for frame in codebook.frames)


ADVERSARIAL = [
    "de-escalation escalation De-Escalation; the brink of war; step away from the brink; brink of war.",
    "It is not clear. it was unclear; NOT CLEAR; no clarity; it is clear; it's clear that he claimed, claims, reclaimed.",
    "Sanctions, sanctioned; US$ 5 billion; $10bn; 1,30,000 troops; Rs 500 crore; 20 billion dollars.",
    "the West, the west, The West, Western countries, western countries; Russia and the West.",
    "returning to base, returned to their bases, return to its permanent base, heading for their garrisons.",
    "time for Vladimir Putin to act; Putin must; putin must; up to him.",
]


def corpus_texts() -> list[tuple[str, str]]:
    texts = [(path.name, build_document({"id": path.stem, "outlet": "x"}, path.read_text(encoding="utf-8")).body) for path in SEED_FILES + FIXTURE_FILES]
    shared = {name: value for name, value in vars(T).items() if name.isupper() and isinstance(value, str)}
    texts += sorted(shared.items())
    texts += [(f"sentence_case_{i}", text) for i, (text, _expected) in enumerate(T.SENTENCE_CASES)]
    texts += [(f"adversarial_{i}", text) for i, text in enumerate(ADVERSARIAL)]
    return texts


@pytest.mark.parametrize("name, text", corpus_texts(), ids=[name for name, _ in corpus_texts()])
def test_compiled_matcher_equals_reference_on_seeds_and_fixtures(name, text):
    codebook = load_codebook()
    for frame in codebook.frames:
        indicators = [indicator for item in frame.items for indicator in item.indicators]
        compiled = [(m.start, m.end, m.indicator) for m in codebook.lexicons[frame.id].find(text)]
        reference = [(m.start, m.end, m.indicator) for m in reference_find(indicators, text)]
        assert compiled == reference, (name, frame.id)


def test_seeds_actually_exercise_the_matcher():
    """Guards the equality test against passing vacuously."""
    codebook = load_codebook()
    body = build_document({"id": "s", "outlet": "x"}, SEED_FILES[1].read_text(encoding="utf-8")).body
    assert sum(len(codebook.lexicons[f.id].find(body)) for f in codebook.frames) > 50
