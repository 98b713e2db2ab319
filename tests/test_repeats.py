"""analysis.repeats.word_grams: the one definition of a wording's word 4-grams, with the cases each rule
that compares wordings needed (repeats, link_boxes, caption_copies)."""
from __future__ import annotations

import pytest

from analysis.repeats import word_grams


@pytest.mark.parametrize(
    "a, b, same",
    [
        # repeats: a standfirst copying the lede, quotation marks and punctuation aside
        ("\u201cRescuers dug through the rubble,\u201d officials said.", '"Rescuers dug through the rubble" officials said', True),
        ("The U.S. sent 6,000 troops on Tuesday", "The U S sent 6 000 troops on Tuesday", True),
        # link_boxes: a teaser printed twice, once between bullets and dashes
        ("\u2022 Floods hit Kerala as rivers burst \u2014 live", "Floods hit Kerala as rivers burst live", True),
        # caption_copies: a caption's labelled copy, the credit's slashes no part of a word
        ("on December 21 /Photo/COURTESY", "on December 21 Photo COURTESY", True),
        # a letter of any script is part of its word (captions' [a-z0-9]+ cut "S\u00e3o" in two)
        ("Fans gather in S\u00e3o Paulo today", "Fans gather in S o Paulo today", False),
        # an underscore and a symbol are no word
        ("Roe_Jane \u00a9 2015 by Jane Roe", "Roe Jane 2015 by Jane Roe", True),
        # different words, different grams; case does not matter
        ("RESCUERS DUG THROUGH RUBBLE", "rescuers dug through rubble", True),
        ("Rescuers dug through rubble", "Rescuers dug through mud", False),
    ],
)
def test_word_grams(a: str, b: str, same: bool) -> None:
    assert (word_grams(a) == word_grams(b)) is same


@pytest.mark.parametrize("text", ["", "one", "one two three", "- - - -", "\u2022 \u2014 | \u00b7"])
def test_word_grams_of_fewer_than_four_words(text: str) -> None:
    assert word_grams(text) == set()
