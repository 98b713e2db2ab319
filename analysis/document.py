"""The cleaned, segmented article that every scorer reads: one immutable :class:`Document`."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Mapping

from .clean import Cleaned, Related, Removed, clean_text
from .segment import Sentence, count_words, quote_spans, quoted_chars, quotes_overlapping, segment

#: Longer "sentences" (about 330 words) are run-ons with no end punctuation: :func:`cap_sentences`.
MAX_SENTENCE_CHARS = 2_000


@dataclass(frozen=True)
class Document:
    """One article, cleaned. Offsets in ``sentences``, ``paragraphs`` and ``quotes`` index ``body``.

    ``quotes`` are spans of double-quoted text (marks included), found on the typographic text so
    curly marks' direction helps; ``body`` itself has straight quotes.
    """

    article_id: str
    outlet: str
    meta: Mapping[str, str]
    body: str
    dateline: str | None
    paragraphs: tuple[tuple[int, int], ...]
    sentences: tuple[Sentence, ...]
    quotes: tuple[tuple[int, int], ...]
    related: tuple[Related, ...]
    cleaning_log: Mapping[str, int]
    n_words: int
    removed: tuple[Removed, ...] = ()  # page furniture and top matter taken out, with reasons
    headline: str | None = None  # the headline recognised in the text's top matter


def build_document(meta: Mapping[str, str], text: str, template: frozenset[str] = frozenset()) -> Document:
    """Clean and segment ``text`` for the manifest row ``meta`` (needs ``id`` and ``outlet``), with its
    outlet's ``template`` (:mod:`analysis.outlet_templates`; none by default).

    Examples
    --------
    >>> d = build_document({"id": "x", "outlet": "Wire"}, 'MOSCOW (AP) — Troops left. \\u201cWe are done,\\u201d he said.')
    >>> d.dateline, d.body, len(d.sentences), d.n_words, d.quotes
    ('MOSCOW', 'Troops left. "We are done," he said.', 2, 7, ((13, 27),))
    >>> build_document({"id": "e", "outlet": "Wire"}, "").sentences
    ()
    """
    cleaned: Cleaned = clean_text(text, template)
    quotes = tuple(quote_spans(cleaned.typographic_body))
    sentences = tuple(segment(cleaned.body, cleaned.paragraph_spans, list(quotes)))
    return Document(
        article_id=str(meta["id"]),
        outlet=str(meta["outlet"]),
        meta=dict(meta),
        body=cleaned.body,
        dateline=cleaned.dateline,
        paragraphs=cleaned.paragraph_spans,
        sentences=sentences,
        quotes=quotes,
        related=cleaned.related,
        cleaning_log=cleaned.log,
        n_words=count_words(cleaned.body),
        removed=cleaned.removed,
        headline=cleaned.headline,
    )


def cap_sentences(doc: Document, *, max_chars: int = MAX_SENTENCE_CHARS) -> tuple[Document, int]:
    """Split sentences longer than ``max_chars`` at word boundaries; how many were split.

    A 5 MB paragraph with no full stop is otherwise one sentence, and per-sentence scorers are
    slow or meaningless on it. Pieces keep their offsets into ``body``; sentences are renumbered.

    Examples
    --------
    >>> d = build_document({"id": "x", "outlet": "W"}, "troops moving " * 30 + "\\n\\nShort one.")
    >>> capped, n = cap_sentences(d, max_chars=100)
    >>> n, [len(s.text) <= 100 for s in capped.sentences].count(False), capped.sentences[-1].number == len(capped.sentences)
    (1, 0, True)
    >>> cap_sentences(d)[1]
    0
    """
    if all(s.end - s.start <= max_chars for s in doc.sentences):
        return doc, 0
    overlapping = quotes_overlapping(doc.quotes)
    out: list[Sentence] = []
    n_split = 0
    for sentence in doc.sentences:
        pieces = [(sentence.start, sentence.end)]
        if sentence.end - sentence.start > max_chars:
            n_split += 1
            pieces = _split_span(doc.body, sentence.start, sentence.end, max_chars)
        for start, end in pieces:
            text = doc.body[start:end]
            quoted = sentence.quoted_chars if len(pieces) == 1 else quoted_chars(start, end, overlapping(start, end))
            out.append(Sentence(sentence.paragraph, len(out) + 1, start, end, text, count_words(text), quoted))
    return replace(doc, sentences=tuple(out)), n_split


def _split_span(body: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > max_chars:
        cut = body.rfind(" ", start + 1, start + max_chars + 1)
        if cut <= start:
            cut = start + max_chars  # one "word" longer than the cap: cut inside it
        pieces.append((start, cut))
        start = cut
        while start < end and body[start] == " ":
            start += 1
    if start < end:
        pieces.append((start, end))
    return pieces
