"""The speed helpers find exactly what the slower tests they replace find."""
from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from analysis.furniture_patterns import _SENTENCE_CUT, ALONG_ONLY, PATTERNS, SEARCH_MAX_CHARS, boilerplate_patterns, match_pattern
from analysis.instruments import load_tsv
from analysis.regex_speed import substring_finder, without_captures

RAW = Path(__file__).resolve().parents[1] / "data" / "raw"


@pytest.mark.parametrize(
    "pattern, expected",
    [
        ("(a|b)c", "(?:a|b)c"),
        (r"\(a\)", r"\(a\)"),  # escaped parentheses are no group
        ("[(]a[)]", "[(]a[)]"),  # nor are parentheses in a class
        ("[]()](x)", "[]()](?:x)"),  # a ']' first in a class does not close it
        ("[^]()](x)", "[^]()](?:x)"),
        (r"[\]()](x)", r"[\]()](?:x)"),
        ("(?:a)(?=b)(?!c)(?<=d)(?<!e)(?i:f)", "(?:a)(?=b)(?!c)(?<=d)(?<!e)(?i:f)"),
        ("(?P<n>a)(?P=n)(b)", "(?P<n>a)(?P=n)(?:b)"),  # named groups stay
        (r"(a)\1", r"(a)\1"),  # a back-reference by number: unchanged
        ("(a)?(?(1)b|c)", "(a)?(?(1)b|c)"),  # a conditional: unchanged
        ("(?x) (a) # (b", "(?x) (a) # (b"),  # verbose: unchanged
        (r"\\(a)", r"\\(?:a)"),  # an escaped backslash, then a group
        ("", ""),
    ],
)
def test_without_captures(pattern: str, expected: str) -> None:
    assert without_captures(pattern) == expected


def test_without_captures_matches_the_same_lines_for_every_furniture_pattern() -> None:
    rng = random.Random(13)
    lines = ["Skip to main content", "Read more", "Photo: AP", "12 comments", "Share this article", "Rescuers dug on."]
    for row in boilerplate_patterns():
        plain = re.compile(without_captures(row.regex.pattern), re.IGNORECASE)
        assert plain.groups == len(plain.groupindex), row.reason  # only named groups capture
        for line in lines + [" ".join(rng.choice(lines).split()[: rng.randint(1, 3)]) for _ in range(5)]:
            assert bool(plain.fullmatch(line)) == bool(row.regex.fullmatch(line)), (row.reason, line)
            assert bool(plain.search(line)) == bool(row.regex.search(line)), (row.reason, line)


@pytest.mark.parametrize(
    "words, text, expected",
    [
        (["by", "bye", "ran"], "goodbye, grandma", {"by", "bye", "ran"}),
        (["photo", "photograph", "graph"], "a photograph", {"photo", "photograph", "graph"}),
        (["ab", "abcd", "bc"], "abcx", {"ab", "bc"}),  # the longer word fails: the shorter is kept
        (["most ", "var "], "most of them", {"most "}),  # a space is a character like any other
        (["»", "(c)", "*", "."], "(c) 2024 » x*y", {"»", "(c)", "*"}),  # regex characters are literal
        (["a"], "", set()),
        ([], "text", set()),
        (["ß", "😀x", "é", "e\u0301"], "straße 😀x cafe\u0301 \U0001F600", {"ß", "😀x", "e\u0301"}),  # beyond ASCII and the BMP
    ],
)
@pytest.mark.parametrize("automaton", [True, False])
def test_substring_finder(words: list[str], text: str, expected: set[str], automaton: bool) -> None:
    assert substring_finder(words, automaton=automaton)(text) == expected == {w for w in words if w in text}


@pytest.mark.parametrize(
    "words, text",
    [
        # a word far longer than any pattern's needle: no RecursionError, still the substring test
        (["x" * 1000, "xx", "y"], "a" + "x" * 1000 + "b"),
        (["x" * 1000, "xx", "y"], "a" + "x" * 999 + "b"),
        (["ab" * 600, "ba" * 600, "aba"], "c" + "ab" * 601),
    ],
)
@pytest.mark.parametrize("automaton", [True, False])
def test_substring_finder_long_words(words: list[str], text: str, automaton: bool) -> None:
    assert substring_finder(words, automaton=automaton)(text) == {w for w in words if w in text}


@pytest.mark.parametrize("automaton", [True, False])
def test_substring_finder_is_the_substring_test_on_random_texts(automaton: bool) -> None:
    rng = random.Random(11)
    alphabet = "abc ./»\U0001F600"
    words = ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 4))) for _ in range(60)]
    find = substring_finder(words, automaton=automaton)
    for _ in range(500):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40)))
        assert find(text) == {w for w in words if w in text}, text


def _one_by_one(unit: str) -> tuple[str, str] | None:
    """match_pattern as its docstring tells it, each row tried on its own (the slow way)."""
    text = " ".join(unit.split())
    low, rows = text.lower(), boilerplate_patterns()
    holds = lambda row: any(need in low for need in row.needs)  # noqa: E731
    for row in rows:
        if row.how == "match" and not row.needs and row.regex.fullmatch(text):
            return row.kind, row.reason
    for row in rows:
        if row.how == "match" and row.needs and holds(row) and row.regex.fullmatch(text):
            return row.kind, row.reason
    if len(text) > SEARCH_MAX_CHARS:
        return None
    for row in rows:
        if row.how == "search" and (not row.needs or holds(row)) and row.regex.search(text):
            return row.kind, row.reason
    firsts = []
    for sentence in _SENTENCE_CUT.split(text):
        row = next((row for row in rows if row.how == "sentences" and row.regex.fullmatch(sentence)), None)
        if row is None:
            return None
        firsts.append(row)
    first = next((row for row in firsts if row.reason not in ALONG_ONLY), None)
    return (first.kind, first.reason) if first else None


def test_match_pattern_is_each_row_tried_on_its_own() -> None:
    examples = [row["example"] for row in load_tsv(PATTERNS) if row.get("example")]
    lines = [line for path in sorted(RAW.glob("*.txt")) for line in path.read_text(encoding="utf-8").splitlines()]
    variants = [example + " Email us." for example in examples] + [example.upper() for example in examples]
    variants += ["Read more: " + "x" * 389, "Read more: " + "x" * 390, "Have a news tip? " + lines[3]]
    checked = examples + lines + variants
    assert sum(match_pattern(line) is not None for line in checked) > len(examples)  # rows of every kind are met
    for line in checked:
        assert match_pattern(line) == _one_by_one(line), line


@pytest.mark.parametrize("table_name", ["_SPACE_TABLE", "_QUOTE_TABLE", "_DASH_TABLE"])
def test_replace_chars_is_translate(table_name: str) -> None:
    from analysis import characters

    table = getattr(characters, table_name)
    assert all(len(old) == 1 and table.get(new, new) == new for old, new in table.items())  # no chained replacement
    translate = {ord(old): new or None for old, new in table.items()}
    rng = random.Random(5)
    alphabet = "ab -'\"\u2014\u00e9" + "".join(table)
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert characters.replace_chars(text, table) == text.translate(translate), repr(text)


def test_the_automaton_is_used_when_installed() -> None:
    """pyahocorasick is pinned in requirements.txt: the fast pass is the one the cleaning runs."""
    from analysis import regex_speed

    assert regex_speed.ahocorasick is not None
    assert substring_finder(["a"]).__qualname__.startswith("_automaton_finder")


def test_the_automaton_and_the_regex_agree_on_the_furniture_needs() -> None:
    """The cue words of boilerplate_patterns.tsv on lines of real shapes: both passes, the substring test."""
    from analysis.furniture_patterns import _combined

    _, anywhere, _, _, gated = _combined()
    needs = sorted({need for row in (*anywhere, *gated) for need in row.needs})
    fast, slow = substring_finder(needs), substring_finder(needs, automaton=False)
    rng = random.Random(5)
    lines = ["skip to main content", "read more: photo by getty images", "© 2024 all rights reserved", "rescuers dug on.", ""]
    lines += ["".join(rng.choice(needs) + rng.choice(" x.") for _ in range(rng.randint(1, 8))) for _ in range(300)]
    for line in lines:
        assert fast(line) == slow(line) == {need for need in needs if need in line}, line


@pytest.mark.parametrize(
    "unit",
    ["Doctors said she is safe.", "Man Picks Up Egg With 6,000 Pound Crane, Careful...", "Quake toll rises", "x" * 301, "", "Share this:", "He left.\""],
)
def test_is_prose_cached_as_computed(unit: str) -> None:
    """is_prose is cached (the cleaning's rules ask it of each unit many times): the same answer as computed afresh."""
    from analysis.justext_method import is_prose

    assert is_prose(unit) == is_prose.__wrapped__(unit) == is_prose(unit)
