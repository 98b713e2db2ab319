from __future__ import annotations

import pytest

from analysis.document import build_document
from analysis.segment import count_words, quote_spans, sentence_spans, words
from tests import fixture_texts as T


@pytest.mark.parametrize("text, expected", T.SENTENCE_CASES)
def test_tricky_sentence_boundaries(text, expected):
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_sentences_never_cross_paragraphs():
    text = "He spoke at No.\n\n10 people listened."
    assert [text[s:e] for s, e in sentence_spans(text)] == ["He spoke at No.", "10 people listened."]


@pytest.mark.parametrize(
    "text, count",
    [("", 0), ("More than 1,00,000 troops.", 4), ("de-escalation talks", 2), ("U.S. officials said", 3), ("3.5 percent", 2)],
)
def test_word_counts(text, count):
    assert count_words(text) == count


def test_words_keep_indian_digit_grouping():
    assert "1,00,000" in words("about 1,00,000 soldiers")


@pytest.mark.parametrize(
    "text, quoted",
    [
        ('\u201cWe go,\u201d he said.', ["\u201cWe go,\u201d"]),
        ('\u201cUnits leave," AFP said.', ['\u201cUnits leave,"']),  # curly open, straight close
        ('He said "a chance" of a deal."', ['"a chance"']),  # trailing orphan closer ignored
        ('"One.\n\n"Two," he said.', ['"One.', '"Two,"']),  # quote running over a paragraph
        ("No quotes here.", []),
        ("Russia's 'imminent' threat.", []),  # single quotes are not speech
    ],
)
def test_quote_spans(text, quoted):
    assert [text[s:e] for s, e in quote_spans(text)] == quoted


def test_seed_sentences_have_offsets_into_the_body(seed_texts):
    for name, text in seed_texts.items():
        doc = build_document({"id": name, "outlet": "x"}, text)
        assert doc.sentences, name
        for sentence in doc.sentences:
            assert doc.body[sentence.start : sentence.end] == sentence.text
        numbers = [s.number for s in doc.sentences]
        assert numbers == list(range(1, len(numbers) + 1))


def test_seed_quote_ending_with_straight_mark_is_one_span(seed_texts):
    doc = build_document({"id": "abp", "outlet": "ABP Live"}, seed_texts["002_2ad01569b5cf55ed.txt"])
    first = doc.body[doc.quotes[0][0] : doc.quotes[0][1]]
    assert first.startswith('"Units of the southern') and first.endswith('garrisons,"')


def _reference_quote_spans(text: str) -> list[tuple[int, int]]:
    """The rule of quote_spans, character by character (the obvious, slow way)."""
    spans, open_at = [], None
    for index, char in enumerate(text):
        if char == "\n" and text[index + 1 : index + 2] == "\n":
            if open_at is not None:
                spans.append((open_at, index))
                open_at = None
            continue
        if char not in '"\u201c\u201e\u00ab\u201d\u00bb':
            continue
        after = text[index + 1 : index + 2]
        ends_here = open_at is not None and (not after or after.isspace() or after in ",.;:!?)]\u2014")
        if char in "\u201c\u201e\u00ab":
            opens = not ends_here
        elif char in "\u201d\u00bb":
            opens = False
        else:
            before = text[index - 1] if index else "\n"
            opens = (before.isspace() or before in "([{\u2014-") and not ends_here
        if opens and open_at is None:
            open_at = index
        elif not opens and open_at is not None:
            spans.append((open_at, index + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


def test_quote_spans_equals_the_character_by_character_rule():
    import random

    rng = random.Random(20220215)
    alphabet = ["a", " ", '"', "\n", "\u201c", "\u201d", "(", "-", ".", "\u00bb", "\u00ab", "\u201e", "\u2014"]
    for _ in range(5000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert quote_spans(text) == _reference_quote_spans(text), repr(text)
