"""Quotation spans look through invisible format characters (Unicode Cf: direction marks and
embeddings, zero-width spaces and joiners, the soft hyphen) beside a quotation mark."""
from __future__ import annotations

import random

import pytest

from analysis.segment import quote_spans

FORMAT = ["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069",
          "\u200b", "\u200d", "\u2060", "\ufeff", "\u00ad"]


@pytest.mark.parametrize("mark", FORMAT)
def test_a_quotation_opening_after_a_format_character_is_found(mark):
    text = f'He said {mark}"we go" today.'
    assert [text[s:e] for s, e in quote_spans(text)] == ['"we go"']


@pytest.mark.parametrize("mark", FORMAT)
def test_a_straight_mark_then_a_format_character_then_a_space_closes(mark):
    text = f'"We go. "{mark} he said. "Next" one.'
    assert [text[s:e] for s, e in quote_spans(text)] == ['"We go. "', '"Next"']


@pytest.mark.parametrize("mark", FORMAT)
def test_a_format_character_at_the_start_of_a_paragraph(mark):
    text = f'{mark}"We go," he said.\n\n{mark}{mark}"Again," he said.'
    assert [text[s:e] for s, e in quote_spans(text)] == ['"We go,"', '"Again,"']


@pytest.mark.parametrize("seed", range(10))
def test_format_characters_anywhere_change_no_quotation(seed):
    """Random texts of quote marks, spaces, brackets and breaks: sprinkled with format characters
    (never inside a paragraph break), the quotations are the same ones."""
    rng = random.Random(seed)
    alphabet = ["a", " ", '"', "\n", "\u201c", "\u201d", "(", "-", ".", "\u00bb", "\u00ab", "\u201e", "\u2014", ","]
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        new, where = [], []  # where: index in the new text of each original character
        for index, char in enumerate(text):
            if not (index and text[index - 1] == "\n" and char == "\n"):
                new.extend(rng.choice(FORMAT) for _ in range(rng.choice((0, 0, 1, 2))))
            where.append(len(new))
            new.append(char)
        new.extend(rng.choice(FORMAT) for _ in range(rng.choice((0, 1))))
        sprinkled = "".join(new)
        back = {at: index for index, at in enumerate(where)}
        mapped = []
        for start, end in quote_spans(sprinkled):
            if end == len(sprinkled):
                end = len(text)
            elif end - 1 in back and sprinkled[end - 1] in '"\u201c\u201e\u00ab\u201d\u00bb':
                end = back[end - 1] + 1
            else:
                end = back[end]  # a paragraph break
            mapped.append((back[start], end))
        assert mapped == quote_spans(text), repr(sprinkled)
