"""Segmentation: sentences with character offsets, word tokens, and quotation spans.

Sentences come from :mod:`analysis.boundaries`: rules over end marks, closers and the words on
either side, with the abbreviations, sentence starters and marks as data files
(``abbreviations.tsv``, ``sentence_starters.tsv``, ``sentence_marks.tsv``). A sentence never
crosses a paragraph break. The splitter is linear in the text (a few regular-expression scans and
one decision per candidate end), so a multi-megabyte paragraph needs no special handling.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from .boundaries import split_spans

WORD_RE = re.compile(r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|[^\W_]+(?:[-'\u2019.][^\W_]+)*", re.UNICODE)
_BLOCK = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text``; paragraphs (blank-line blocks) never merge.

    Examples
    --------
    >>> t = 'Gen. Smith met Mr. Jones at No. 10 on Feb. 15. "It is over," he said. Then he left.'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Gen. Smith met Mr. Jones at No. 10 on Feb. 15.', '"It is over," he said.', 'Then he left.']
    >>> t = 'I live in the U.S. How about you?\\n\\nNo. 5 is "great." she said. Good!!!'
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['I live in the U.S.', 'How about you?', 'No. 5 is "great." she said.', 'Good!!!']
    >>> sentence_spans("")
    []
    """
    spans: list[tuple[int, int]] = []
    for block in _BLOCK.finditer(text):
        offset = block.start()
        spans.extend((offset + s, offset + e) for s, e in split_spans(block.group()))
    return spans


def words(text: str) -> list[str]:
    """Word tokens for counting: runs of letters or digits, keeping inner ``-``, ``'`` and ``.``;
    a number with digit groups (``100,000``, Indian ``1,00,000``) is one token.

    Examples
    --------
    >>> words("Russia's 1,00,000 troops — de-escalation, U.S. says 3.5%.")
    ["Russia's", '1,00,000', 'troops', 'de-escalation', 'U.S', 'says', '3.5']
    >>> words("")
    []
    """
    return WORD_RE.findall(text)


def count_words(text: str) -> int:
    """Number of word tokens; numbers written with digit groups count once.

    Examples
    --------
    >>> count_words("More than 1,00,000 troops and 100,000 more.")
    7
    """
    return len(words(text))


_OPEN_DOUBLE = "\u201c\u201e\u00ab"
_CLOSE_DOUBLE = "\u201d\u00bb"
_QUOTE_EVENT = re.compile(f"\n\n|[\"{_OPEN_DOUBLE}{_CLOSE_DOUBLE}]")


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Spans of double-quoted text (marks included), robust to mixed and unbalanced marks.

    Curly marks say their direction; a straight ``"`` opens when it follows a space, a bracket
    or the start of a paragraph, and closes otherwise. A closing mark with no opener is ignored
    (the ABP Live seed ends a sentence with one); an opener never closed runs to the end of its
    paragraph (news style: a quote continuing into the next paragraph reopens there). While a
    quotation is open, a mark followed by a space or punctuation closes it, even a straight mark
    after a space or an opening curly mark (typing slips: ``"We go. " he said``).

    Examples
    --------
    >>> t = '\\u201cUnits are leaving," AFP quoted him. He said "there is a chance" of a deal."'
    >>> [t[s:e] for s, e in quote_spans(t)]
    ['\\u201cUnits are leaving,"', '"there is a chance"']
    >>> quote_spans('He said "we go\\n\\nNext paragraph.')
    [(8, 14)]
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for found in _QUOTE_EVENT.finditer(text):  # only quote marks and paragraph breaks matter
        index, char = found.start(), found.group()
        if char == "\n\n":
            if open_at is not None:
                spans.append((open_at, index))
                open_at = None
            continue
        after = text[index + 1 : index + 2]
        ends_here = open_at is not None and (not after or after.isspace() or after in ",.;:!?)]\u2014")
        if char in _OPEN_DOUBLE:
            opens = not ends_here  # an opening mark used to close ('We go.\u201c he said')
        elif char in _CLOSE_DOUBLE:
            opens = False
        else:
            before = text[index - 1] if index else "\n"
            opens = (before.isspace() or before in "([{\u2014-") and not ends_here  # 'We go. " he said
        if opens:
            if open_at is None:
                open_at = index
        elif open_at is not None:
            spans.append((open_at, index + 1))
            open_at = None
    if open_at is not None:
        spans.append((open_at, len(text)))
    return spans


@dataclass(frozen=True)
class Sentence:
    """One sentence. ``start``/``end`` are offsets into the article's cleaned body."""

    paragraph: int  # 1-based
    number: int  # 1-based, across the article
    start: int
    end: int
    text: str
    n_words: int
    quoted_chars: int  # characters of this sentence inside quotation marks


def segment(body: str, paragraph_spans: tuple[tuple[int, int], ...], quotes: list[tuple[int, int]]) -> list[Sentence]:
    """Sentences of a cleaned body, numbered, with their paragraph and quoted share.

    Examples
    --------
    >>> body = 'One. Two "three."\\n\\nFour.'
    >>> [(s.paragraph, s.number, s.text, s.quoted_chars) for s in segment(body, ((0, 17), (19, 24)), quote_spans(body))]
    [(1, 1, 'One.', 0), (1, 2, 'Two "three."', 8), (2, 3, 'Four.', 0)]
    """
    out: list[Sentence] = []
    quotes = sorted(quotes)
    first = 0  # quote spans are disjoint and sentences ascend: skip spans already passed (linear, not quadratic)
    for paragraph_number, (p_start, p_end) in enumerate(paragraph_spans, start=1):
        for s_start, s_end in sentence_spans(body[p_start:p_end]):
            start, end = p_start + s_start, p_start + s_end
            while first < len(quotes) and quotes[first][1] <= start:
                first += 1
            quoted, index = 0, first
            while index < len(quotes) and quotes[index][0] < end:
                quoted += max(0, min(end, quotes[index][1]) - max(start, quotes[index][0]))
                index += 1
            text = body[start:end]
            out.append(Sentence(paragraph_number, len(out) + 1, start, end, text, count_words(text), quoted))
    return out


def sentence_index(starts: Sequence[int], offset: int) -> int:
    """0-based index of the sentence (by start offsets, ascending) containing ``offset``.

    Examples
    --------
    >>> sentence_index([0, 10, 20], 15), sentence_index([0, 10, 20], 0), sentence_index([0, 10, 20], 99)
    (1, 0, 2)
    """
    return max(0, bisect.bisect_right(starts, offset) - 1)
