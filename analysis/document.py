"""The cleaned, segmented article that every scorer reads: one immutable :class:`Document`."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from .clean import Cleaned, Related, Removed, clean_text
from .segment import Sentence, count_words, quote_spans, segment


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


def build_document(meta: Mapping[str, str], text: str) -> Document:
    """Clean and segment ``text`` for the manifest row ``meta`` (needs ``id`` and ``outlet``).

    Examples
    --------
    >>> d = build_document({"id": "x", "outlet": "Wire"}, 'MOSCOW (AP) — Troops left. \\u201cWe are done,\\u201d he said.')
    >>> d.dateline, d.body, len(d.sentences), d.n_words, d.quotes
    ('MOSCOW', 'Troops left. "We are done," he said.', 2, 7, ((13, 27),))
    >>> build_document({"id": "e", "outlet": "Wire"}, "").sentences
    ()
    """
    cleaned: Cleaned = clean_text(text)
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
