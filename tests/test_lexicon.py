"""The compiled lexicon matcher: word boundaries, case rules, overlaps, and equality with the reference."""
from __future__ import annotations

import random
import re
import sys
from pathlib import Path

import pytest

from analysis.document import build_document
from analysis.framing import load_codebook
from analysis import lexicon as lexicon_module
from analysis.lexicon import Indicator, check_indicator, compile_lexicon, find_all, reference_find
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
        assert lexicon.pattern.groups == len(lexicon.indicators)  # group k is indicator k
    lexicons = [codebook.lexicons[frame.id] for frame in codebook.frames]
    text = SEED_FILES[0].read_text(encoding="utf-8") + " caf\u00e9 \u201c$5 billion\u201d"
    find_all(lexicons, "warm up")  # the first call builds the dispatch for these lexicons (no compiling either)

    def no_compile(*args, **kwargs):
        raise AssertionError("find() compiled a regular expression")

    monkeypatch.setattr(re, "compile", no_compile)
    monkeypatch.setattr(re, "finditer", no_compile)
    monkeypatch.setattr(re, "match", no_compile)
    monkeypatch.setattr(re, "search", no_compile)
    assert any(codebook.lexicons[frame.id].find(text) for frame in codebook.frames)
    assert any(find_all(lexicons, text))


ADVERSARIAL = [
    "de-escalation escalation De-Escalation; the brink of war; step away from the brink; brink of war.",
    "It is not clear. it was unclear; NOT CLEAR; no clarity; it is clear; it's clear that he claimed, claims, reclaimed.",
    "Sanctions, sanctioned; US$ 5 billion; $10bn; 1,30,000 troops; Rs 500 crore; 20 billion dollars.",
    "the West, the west, The West, Western countries, western countries; Russia and the West.",
    "returning to base, returned to their bases, return to its permanent base, heading for their garrisons.",
    "time for Vladimir Putin to act; Putin must; putin must; up to him.",
    # hyphens and apostrophes around and inside terms
    "war-war war--war -war war- anti-war-war war-\nwar 'war' war's wars' Russia's Russia\u2019s Russia-'s",
    "sanction-busting sanctions-hit re-sanctioned sanction_ sanction9 _sanction sanctions\u2019 sanctions.",
    "the-West the West-leaning the West's the\u00a0West the\nWest THE WEST the West\u2014and",
    # unicode: letters re matches case-insensitively with ASCII ones, accents, other scripts and digits
    "\u212aremlin (Kelvin sign) \u017fanctions (long s) \u0130mminent, \u0131mminent, cl\u00e1imed, na\u00efve, \u0420\u043e\u0441\u0441\u0438\u044f war",
    "troops\u0301 war\u00e9 \u00e9war \u0662\u0660 billion dollars \uff14 billion dollars 3\u00a0billion dollars",
    "\u20ac5 billion, \u00a310bn, \u20b9500 crore, $ 7 million, US$5bn, x$5bn, Rs.500 crore, Rs 5 lakh, (\u20ac3bn), \u201c$4 billion\u201d",
    # overlapping and repeated terms, terms at the very start and end
    "war war war brink of war of war the brink the brink of war brink brink of",
    "Tensions heightening tensions heightening tensions tensions",
    "sanctions",
    "escalation",
    "denied",
    "It is not clear whether it is not clear",
    # the month and the hedge
    "The talks on 9 May may resume; May 9 was calm. Theresa May said it may. MAY.",
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
    assert sum(len(codebook.lexicons[f.id].find(body)) for f in codebook.frames) > 40


# ------------------------------------------------------------------------------------------------
# Randomised equality with the reference (seeded, no hypothesis)
# ------------------------------------------------------------------------------------------------

FILLER = ["the", "a", "of", "troops", "said", "Moscow", "on", "Tuesday", "it", "is", "to", "and", "in", "that",
          "war", "not", "clear", "de", "anti", "x", "9", "May", "may", "caf\u00e9", "\u212ayiv", "\u017fo"]
GLUE = [" ", " ", " ", "  ", "\n", "\t", "\u00a0", ", ", ". ", "; ", "-", " - ", "--", "'", "\u2019", "'s ",
        " \u201c", "\u201d ", " (", ") ", " $", "$", " \u20ac", "", "_", "/"]


def sample_text(rng: random.Random, indicators: list[Indicator], length: int) -> str:
    """A text woven from the lexicon's own terms (in varied case, sometimes truncated or with a
    word ending), filler words and punctuation, glued together in every way a boundary can go."""
    pieces = []
    for _ in range(length):
        roll = rng.random()
        if roll < 0.45 and indicators:
            indicator = rng.choice(indicators)
            word = indicator.text if indicator.kind != "pattern" else rng.choice(["$5 billion", "5 billion dollars", "return to base", "Putin must", "images of the dead", "moving to garrisons",
                                                                           "9-year-olds", "from the brink", "the brink of war", "9 victory", "victories", "Reform", "if they"])
            if word.endswith("*"):
                word = word[:-1] + rng.choice(["", "s", "ed", "-led"])
            word = rng.choice([word, word, word.upper(), word.lower(), word.title(), word.swapcase()])
            if rng.random() < 0.15:
                words = word.split()
                word = " ".join(words[: rng.randint(1, len(words))])
            if rng.random() < 0.15:
                word = word.replace(" ", rng.choice(["  ", "\n", "-", ""]))
        else:
            word = rng.choice(FILLER)
        pieces.append(word)
        pieces.append(rng.choice(GLUE))
    return "".join(pieces[:-1] if rng.random() < 0.5 else pieces)


def assert_same(indicators: list[Indicator], text: str, lexicon=None) -> None:
    lexicon = lexicon or compile_lexicon("t", indicators)
    compiled = [(m.start, m.end, m.indicator) for m in lexicon.find(text)]
    reference = [(m.start, m.end, m.indicator) for m in reference_find(indicators, text)]
    assert compiled == reference, text


@pytest.mark.parametrize("seed", range(4))
def test_random_texts_from_every_codebook_lexicon_match_the_reference(seed):
    codebook = load_codebook()
    rng = random.Random(seed)
    lexicons = [codebook.lexicons[frame.id] for frame in codebook.frames]
    total = 0
    for _ in range(8):
        for frame, lexicon in zip(codebook.frames, lexicons):
            indicators = [indicator for item in frame.items for indicator in item.indicators]
            text = sample_text(rng, indicators, rng.randint(1, 40))
            assert_same(indicators, text, lexicon)
            total += len(lexicon.find(text))
        together = find_all(lexicons, text)  # all lexicons in one pass: the same as one by one
        assert together == [lexicon.find(text) for lexicon in lexicons]
    assert total > 100  # the texts do contain matches


ODD_INDICATORS = [
    Indicator("war", "w"), Indicator("war*", "w2"), Indicator("War", "w3", kind="cased"), Indicator("wars of", "w4"),
    Indicator("may", "m", kind="cased"), Indicator("May 9", "m2"), Indicator("de-escalation", "d"), Indicator("de", "d2"),
    Indicator("a-b*", "ab"), Indicator("it's", "its"), Indicator("'s", "s"), Indicator("$", "dollar"), Indicator("#war", "tag"),
    Indicator("caf\u00e9", "cafe"), Indicator("\u00e9war", "ewar"), Indicator("\u017fo", "longs"), Indicator("\u212ayiv", "kelvin"),
    Indicator("x", "x"), Indicator("_", "underscore"), Indicator("9", "nine"), Indicator("clear", "c"), Indicator("not clear", "c2"),
    Indicator(r"\d+\s+billion", "p1", kind="pattern"), Indicator(r"(?:US\$|\$|\u20ac)\s?\d+", "p2", kind="pattern"),
    Indicator(r"(?-i:[A-Z])\w+\s+must", "p3", kind="pattern"), Indicator(r"(?:the\s+)?war\w*", "p4", kind="pattern"),
    Indicator(r".war", "p5", kind="pattern"), Indicator(r"\s+war", "p6", kind="pattern"), Indicator(r"(?<=\s)said", "p7", kind="pattern"),
    Indicator(r"(?:a|b)+c", "p8", kind="pattern"), Indicator(r"(?:x?y)*z", "p9", kind="pattern"), Indicator(r"[^\w\s]\d", "p10", kind="pattern"),
    Indicator(r"\bMo(?:scow|s)\b", "p11", kind="pattern"), Indicator(r"(?>tro)ops", "p12", kind="pattern"), Indicator(r"-\d", "p13", kind="pattern"),
    # zero-width assertions before the first character, a required digit run, a case flag (read by the probes)
    Indicator(r"\d{1,3}-year-olds?", "p14", kind="pattern"), Indicator(r"(?<!from )the\s+brink(?!\s+of\s+war)", "p15", kind="pattern"),
    Indicator(r"(?<!\d\s)(?<!\d)victor(?:y|ies)", "p16", kind="pattern"), Indicator(r"(?-i:Reforms?)", "p17", kind="pattern"),
    Indicator(r"\bif\s+(?:we|they)\b", "p18", kind="pattern"),
]


@pytest.mark.parametrize("seed", range(6))
def test_random_texts_with_every_kind_of_start_match_the_reference(seed):
    """Indicators that begin with a non-word or non-ASCII character, patterns that begin with a
    class, an optional part, a lookbehind, any character or a space: every way the dispatch
    finds where a match can begin (exact first word, prefix, character class, full scan)."""
    rng = random.Random(100 + seed)
    lexicon = compile_lexicon("odd", ODD_INDICATORS)
    assert lexicon._scan is not None and lexicon._classes and lexicon._prefixes and lexicon._exact
    for _ in range(60):
        assert_same(ODD_INDICATORS, sample_text(rng, ODD_INDICATORS, rng.randint(1, 30)), lexicon)


def test_lexicons_share_a_text_index_without_mixing_results():
    codebook = load_codebook()
    a, b = codebook.lexicons["hedge"], codebook.lexicons["escalation"]
    text = "It may be on the brink of war, possibly. " * 3
    assert find_all([a, b], text) == [a.find(text), b.find(text)] == find_all([b, a], text)[::-1]
    assert find_all([a, b], "") == [[], []]


def test_hedge_may_is_not_the_month_or_a_name():
    """The codebook lists "may" in the hedges' cased_forms: lower-case "may" only."""
    hedge = load_codebook().lexicons["hedge"]
    text = "Talks on 9 May may resume. May 9 was calm; Theresa May said it may not. MAY 2022."
    assert [(m.matched, m.start) for m in hedge.find(text) if m.indicator.item == "may"] == [("may", text.index("may resume")), ("may", text.index("may not"))]
    assert Indicator("may", "may", kind="cased") in hedge.indicators
    assert not any(i.text.lower() == "may" and i.kind == "term" for i in hedge.indicators)


def test_dispatch_assumptions_hold_for_every_character():
    """What the dispatch relies on, checked over all of Unicode: ``_SPACES`` is every ``\\s``;
    no non-word character matches an ASCII word character case-insensitively (so a term that
    begins with a letter begins at a word start); an ASCII non-word character matches only itself."""
    everything = "".join(map(chr, range(sys.maxunicode + 1)))
    assert "".join(re.findall(r"\s", everything)) == lexicon_module._SPACES
    non_word = re.sub(r"\w", "", everything)
    assert re.findall(r"(?i)[a-z0-9_]", non_word) == []
    ascii_non_word = re.sub(r"\w", "", "".join(map(chr, range(128))))
    assert "".join(re.findall(f"(?i)[{re.escape(ascii_non_word)}]", everything)) == ascii_non_word


@pytest.mark.parametrize(
    "indicator, probes",
    [
        (Indicator("brink of war", "x"), [("exact", "brink")]),
        (Indicator("the West", "x", kind="cased"), [("exact", "the")]),
        (Indicator("sanction*", "x"), [("prefix", "sanction")]),
        (Indicator("de-escalation", "x"), [("exact", "de")]),
        (Indicator("caf\u00e9", "x"), [("prefix", "caf")]),
        (Indicator("$", "x"), [("class", "(?i:[\\U00000024])")]),
        (Indicator(r"return(?:s|ed)?\s+to", "x", kind="pattern"), [("prefix", "return")]),
        (Indicator(r"time for \w+", "x", kind="pattern"), [("prefix", "time")]),
        (Indicator(r"(?:stocks|shares)\s+fell|needs?\s+to", "x", kind="pattern"), [("prefix", "need"), ("prefix", "shares"), ("prefix", "stocks")]),
        (Indicator(r"(?:won|(?:lost|lose)s?)\s+it", "x", kind="pattern"), [("prefix", "lose"), ("prefix", "lost"), ("prefix", "won")]),
        # what the pattern reader does not read: the zero-width scan finds them
        (Indicator(r"(?:the\s+)?war", "x", kind="pattern"), None),
        (Indicator(r"\d+ bn", "x", kind="pattern"), [("class", "(?i:[\\d])")]),
        (Indicator("(?:US\\$|\\$|\u20ac)\\d", "x", kind="pattern"), [("class", "(?i:[\\U00000024])"), ("class", "(?i:[\\U000020ac])"), ("prefix", "us")]),
        (Indicator(r"\d?x", "x", kind="pattern"), None),
        (Indicator(r"(?<!from )the\s+brink", "x", kind="pattern"), [("prefix", "the")]),
        (Indicator(r"(?-i:The)\s+x", "x", kind="pattern"), [("prefix", "the")]),
        # zero-width assertions before the first character are passed over; a required digit run is a class
        (Indicator(r"\bif\s+we|\beven\s+if\b", "x", kind="pattern"), [("prefix", "even"), ("prefix", "if")]),
        (Indicator(r"(?<!\d\s)(?<!\d)victor(?:y|ies)", "x", kind="pattern"), [("prefix", "victor")]),
        (Indicator(r"(?=war)(?!wary)war", "x", kind="pattern"), [("prefix", "war")]),
        (Indicator(r"\d{1,3}-year-olds?", "x", kind="pattern"), [("class", "(?i:[\\d])")]),
        (Indicator(r"\d{0,3}x", "x", kind="pattern"), None),
        (Indicator(r"(?<!x)?the", "x", kind="pattern"), None),
        (Indicator(r"(?x:t h e)", "x", kind="pattern"), None),
        (Indicator(r"\b(?:the\s+)?war", "x", kind="pattern"), None),
        (Indicator(r"[ab]c", "x", kind="pattern"), None),
        (Indicator(r".war", "x", kind="pattern"), None),
        (Indicator(r"(?:a|b?)", "x", kind="pattern"), None),
    ],
)
def test_probes_say_how_a_match_can_begin(indicator, probes):
    assert lexicon_module._probes(indicator) == probes
