"""The one alternation builder: the trie matches as the flat alternation, longest phrase first,
in both cases; the project's patterns match as with the two builders it replaced (the full
PolNeAR comparison is ``make bench-alternations``)."""
from __future__ import annotations

import random
import re

import pytest

from analysis.alternation import alternation
from benchmarks.alternations import _old_units, build_patterns, _old_builder, compare


def flat(phrases, case):
    """The obvious alternation: every phrase on its own, longest first."""
    ordered = sorted({" ".join(p.split()) for p in phrases}, key=lambda p: (-len(p), p))
    if case == "initial":
        return "|".join("".join(_old_units(p)) for p in ordered)
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in ordered)


def spans(phrases, case, text):
    flags = re.IGNORECASE if case == "ignore" else 0
    for body in (alternation(phrases, case=case), flat(phrases, case)):
        yield [m.span() for m in re.finditer(rf"(?<!\w)(?:{body})(?!\w)", text, flags)]


@pytest.mark.parametrize(
    "phrases, case, text, expected",
    [
        (["said", "says", "according to"], "ignore", "He SAID, according\n to AFP; says", ["SAID", "according\n to", "says"]),
        (["war", "brink of war", "brink"], "ignore", "the brink of war, the brink of peace", ["brink of war", "brink"]),
        (["the West", "West Bank"], "initial", "The West; the west; West Bank", ["The West", "West Bank"]),
        (["defence", "Defence Ministry"], "initial", "Defence Ministry; defence ministry", ["Defence Ministry", "defence"]),
        (["Defence", "defence ministry"], "initial", "Defence Ministry; Defence", ["Defence Ministry", "Defence"]),
        (["\u017fays", "says", "Kelvin"], "ignore", "SAYS \u017fays kelvin", ["SAYS", "\u017fays", "kelvin"]),
        ([], "ignore", "anything at all", []),
    ],
)
def test_longest_phrase_wins_in_either_case(phrases, case, text, expected):
    flags = re.IGNORECASE if case == "ignore" else 0
    rx = re.compile(rf"(?<!\w)(?:{alternation(phrases, case=case)})(?!\w)", flags)
    assert [m.group() for m in rx.finditer(text)] == expected


ALPHABET = ["a", "b", "A", "B", "d", "D", " ", "-", ".", "\u017f", "s", "k", "\u212a", "\u00e9", "\u00c9"]


@pytest.mark.parametrize("seed", range(40))
@pytest.mark.parametrize("case", ["ignore", "initial"])
def test_trie_matches_as_the_flat_alternation_on_random_phrases(seed, case):
    """Random phrases that share beginnings and differ in case, some with letters that re folds
    (long s, Kelvin sign, accents): the same matches as the flat alternation, at every start."""
    rng = random.Random(seed)
    phrases = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 6))).strip() or "a" for _ in range(rng.randint(1, 25))]
    text = " ".join(rng.choice(phrases) + "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 2))) for _ in range(60))
    trie, reference = spans(phrases, case, text)
    assert trie == reference
    flags = re.IGNORECASE if case == "ignore" else 0
    a, b = (re.compile(f"(?:{body})", flags) for body in (alternation(phrases, case=case), flat(phrases, case)))
    for start in range(len(text)):
        ma, mb = a.match(text, start), b.match(text, start)
        assert (ma and ma.span()) == (mb and mb.span())


def test_an_unknown_case_is_refused():
    with pytest.raises(ValueError, match="case must be one of"):
        alternation(["x"], case="upper")  # type: ignore[arg-type]


def test_the_projects_patterns_match_as_with_the_builders_it_replaced():
    from tests.test_sources import corpus_texts

    old, new = build_patterns(_old_builder), build_patterns(None)
    assert len(old) == len(new) > 190
    assert any(old[name].pattern != new[name].pattern for name in old)
    compared, differences = compare(old, new, corpus_texts())
    assert compared > 10_000
    assert differences == []


@pytest.mark.parametrize("case", ["ignore", "initial"])
def test_a_very_long_phrase_is_written_flat_with_the_same_matches(case):
    """The trie is written a level per character: a phrase of thousands of characters (a user's
    gazetteer entry pasted by mistake) is written flat instead of exceeding Python's recursion limit."""
    long_phrase = " ".join(f"word{i}" for i in range(400))  # ~3,000 characters
    phrases = [long_phrase, "word1 word2", "word1"]
    text = f"{long_phrase}. word1 word2; word1 word3"
    found = list(spans(phrases, case, text))
    assert found[0] == found[1] and len(found[0]) == 3
