"""The cleaning's speed-ups give what the slower forms give (issue 11's speed round)."""
from __future__ import annotations

import random
import re

import pytest

from analysis.characters import trailing_spaces

_TRAILING_RUNS = re.compile(r"[ \u00a0\t]+(?=\r?\n|$)")


@pytest.mark.parametrize("text", ["", " ", "\n", " \n", "a \r\n", "a \r\r\n", "a\t\u00a0\nb  ", "a \rb", "\n\n  \n", "x  \n"])
def test_trailing_spaces_as_the_regex_counts(text):
    assert trailing_spaces(text) == len(_TRAILING_RUNS.findall(text))


def test_trailing_spaces_on_random_texts():
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(" \u00a0\t\r\nab\u2009") for _ in range(rng.randint(0, 14)))
        assert trailing_spaces(text) == len(_TRAILING_RUNS.findall(text)), repr(text)


LINES = ["Read more…", "Read more...", "a…", "…", "x...", "...", "Go on.", "Story …", "word_...", "Ünï…", "", "tail …  ", "ok....", "a\u2026\n"]


@pytest.mark.parametrize("line", LINES)
def test_cut_teaser_searched_at_the_line_end_as_in_the_whole_line(line):
    """teaser_tail asks _CUT from the line's last four characters: its matches end the line."""
    from analysis.body_edges import _CUT

    stripped = line.rstrip()
    assert bool(_CUT.search(stripped, max(0, len(stripped) - 4))) == bool(_CUT.search(stripped))


@pytest.mark.parametrize("unit", ["Sign up here.", "Read it HERE!", "Click tHeRe", "Find it here  .", "where", "There.", "\u0130here", "here\n", "sphere here"])
def test_the_here_prompt_holds_here_in_lower_case(unit):
    """link_prompts tests the substring before its regex: a unit _HERE finds holds "here" lower-cased."""
    from analysis.page_shapes import _HERE

    if _HERE.search(unit):
        assert "here" in unit.lower()


@pytest.mark.parametrize("unit", ["\u00a9 2024 The Paper", "Caf\u00c3\u00a9 owner", "Text \u0303\u00a9 x", "plain words here", ""])
def test_copyright_guard(unit):
    """context_free_class asks _COPYRIGHT only of a unit holding the sign: it matches nothing else."""
    from analysis.justext_method import _COPYRIGHT

    assert bool(_COPYRIGHT.search(unit)) == ("\u00a9" in unit and bool(_COPYRIGHT.search(unit)))


def test_the_ascii_fast_paths_hold():
    """normalize_dashes, normalize_quotes and repair_mojibake return an ASCII text unscanned: nothing
    they replace or repair is ASCII (a character added to their tables must keep it so)."""
    from analysis import characters

    assert not any(c.isascii() for c in characters.HYPHENS + characters.DASHES + characters.SINGLE_QUOTES + characters.DOUBLE_QUOTES)
    assert characters._MOJIBAKE_HINT.pattern.startswith("[\u00c2-\u00f4]")
    ascii_text = "".join(map(chr, range(128))) + " - -- ' \" ``"
    assert characters.normalize_dashes(ascii_text) == ascii_text and characters.normalize_quotes(ascii_text) == ascii_text
    assert characters.repair_mojibake(ascii_text) == (ascii_text, 0)
