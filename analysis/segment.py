"""Segmentation: sentences with character offsets, word tokens, and quotation spans.

Sentences come from :mod:`analysis.boundaries`: rules over end marks, closers and the words on
either side, with the abbreviations, sentence starters and marks as data files
(``abbreviations.tsv``, ``sentence_starters.tsv``, ``sentence_marks.tsv``). A sentence never
crosses a paragraph break. The splitter is linear in the text (a few regular-expression scans and
one decision per candidate end), so a multi-megabyte paragraph needs no special handling.
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Callable, Sequence

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


def has_words(text: str) -> bool:
    """Whether ``text`` holds any word token: ``bool(words(text))``, stopping at the first one.

    Examples
    --------
    >>> has_words(' -- "!" '), has_words("... 3 ..."), has_words("")
    (False, True, False)
    """
    return WORD_RE.search(text) is not None


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
    after a space or an opening curly mark (typing slips: ``"We go. " he said``). Invisible
    format characters beside a mark (a direction mark or embedding, a zero-width space) are
    looked through: ``said \\u202a"we go"`` opens its quotation as ``said "we go"`` does.

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
        after = _visible(text, index, +1)
        ends_here = open_at is not None and (not after or after.isspace() or after in ",.;:!?)]\u2014")
        if char in _OPEN_DOUBLE:
            opens = not ends_here  # an opening mark used to close ('We go.\u201c he said')
        elif char in _CLOSE_DOUBLE:
            opens = False
        else:
            before = _visible(text, index, -1) or "\n"
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


def _visible(text: str, index: int, step: int) -> str:
    """The character next to ``text[index]`` in direction ``step`` (-1 or +1), invisible format
    characters skipped (Unicode category Cf: direction marks and embeddings U+200E/F, U+202A-E,
    U+2066-9, zero-width spaces and joiners, the soft hyphen); empty at either end of the text.

    Examples
    --------
    >>> _visible('say \u202a"x', 5, -1), _visible('"\u2069\u200e x', 0, +1), _visible('"x', 0, -1)
    (' ', ' ', '')
    """
    at = index + step
    while 0 <= at < len(text) and unicodedata.category(text[at]) == "Cf":
        at += step
    return text[at] if 0 <= at < len(text) else ""


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
    overlapping = quotes_overlapping(quotes)
    for paragraph_number, (p_start, p_end) in enumerate(paragraph_spans, start=1):
        for s_start, s_end in sentence_spans(body[p_start:p_end]):
            start, end = p_start + s_start, p_start + s_end
            text = body[start:end]
            quoted = quoted_chars(start, end, overlapping(start, end))
            out.append(Sentence(paragraph_number, len(out) + 1, start, end, text, count_words(text), quoted))
    return out


def sentence_index(starts: Sequence[int], offset: int) -> int:
    """0-based index of the sentence (by start offsets, ascending) containing ``offset``.

    Examples
    --------
    >>> sentence_index([0, 10, 20], 15), sentence_index([0, 10, 20], 0), sentence_index([0, 10, 20], 99)
    (1, 0, 2)
    """
    return max(0, bisect_right(starts, offset) - 1)


def quotes_overlapping(spans: Sequence[tuple[int, int]]) -> Callable[[int, int], Sequence[tuple[int, int]]]:
    """A function ``(start, end) ->`` the quote spans that overlap ``[start, end)``.

    The one way the workbook finds the quotes in a sentence (its quoted characters here, its
    reporter and quoted voices in :mod:`analysis.sentiment` and :mod:`analysis.actors`, long
    sentences cut by :mod:`analysis.pipeline`), without a scan of all quotes per sentence
    (quadratic on long articles). Disjoint spans (a document's quotes), sorted, have ascending
    ends, so the overlapping ones are one run found by bisection; other spans are filtered one
    by one.

    Examples
    --------
    >>> overlapping = quotes_overlapping([(30, 40), (0, 5), (10, 20)])
    >>> overlapping(4, 12), overlapping(20, 30), overlapping(0, 100)
    ([(0, 5), (10, 20)], [], [(0, 5), (10, 20), (30, 40)])
    """
    ordered = sorted(spans)
    ends = [end for _start, end in ordered]
    if any(ordered[k][1] > ordered[k + 1][0] for k in range(len(ordered) - 1)):
        return lambda start, end: [q for q in ordered if q[0] < end and q[1] > start]

    def overlapping(start: int, end: int) -> Sequence[tuple[int, int]]:
        first = last = bisect_right(ends, start)
        while last < len(ordered) and ordered[last][0] < end:
            last += 1
        return ordered[first:last]

    return overlapping


def quoted_chars(start: int, end: int, spans: Sequence[tuple[int, int]]) -> int:
    """Characters of ``[start, end)`` inside the (disjoint) quote ``spans``.

    Examples
    --------
    >>> quoted_chars(4, 12, [(0, 5), (10, 20)]), quoted_chars(4, 12, [])
    (3, 0)
    """
    return sum(max(0, min(end, q_end) - max(start, q_start)) for q_start, q_end in spans)
