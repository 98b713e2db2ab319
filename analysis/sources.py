"""Quotes and their speakers: direct quotes, partial quotes and indirect speech, each attributed.

A *statement* is one row of the ``quotes`` table:

* ``direct``: a quotation standing as an utterance (``"Units are leaving," X said.``), also when
  it runs over several sentences or paragraphs; the double-quote spans come from
  :attr:`analysis.document.Document.quotes` (robust to unbalanced marks);
* ``partial``: a quoted fragment inside the reporter's sentence (``said that "there is always a
  chance" of ...``), including single-quoted fragments when the sentence has a speaker and cue
  (``France expressed alarm that 'all the elements' were in place``; without one, single quotes
  are scare quotes and not speech);
* ``indirect``: reported speech outside quotation marks: ``X said (that) ...``, ``X told Y that
  ...``, ``X informed that ...``, ``X called for ...``, ``X denied ...``, ``according to X``,
  and the clause-final ``..., Interfax reported.``

Cue verbs are the forms of ``data/instruments/attribution_verbs.tsv`` (with their group:
neutral / assertive / distancing) and the quote-only cues of ``speech_grammar.tsv``. The
speaker is the noun phrase the grammar finds next to the cue, kept as written (``X said``,
``said X``, ``X, the spokesman, said``); a quoted fragment with no cue takes its clause's
subject. Within the article (:mod:`analysis.resolve`) ``speaker_name`` links a surname, role or
pronoun to the speaker the article named, and an unattributed quotation continues the previous
statement's speaker within a paragraph break. A medium in a chain is kept apart as ``via``
(``AFP quoted a spokesperson as saying``, ``said in a statement carried by Interfax``,
``according to AFP``, ``..., Interfax reported``). The gazetteer only canonicalises names and
assigns blocs; a speaker it does not know is kept with bloc ``unknown``: speakers are never
dropped.

The extractor, by concern: :mod:`analysis.cues` (the grammar, cue verbs, masking),
:mod:`analysis.speakers` (speaker phrases), :mod:`analysis.statements` (quotations),
:mod:`analysis.attribution` (where a quotation's attribution is written; the
:class:`~analysis.attribution.Attribution` and :class:`~analysis.attribution.Passage` types),
:mod:`analysis.reported` (indirect speech and the :class:`Quote` type), :mod:`analysis.questions`
(questions reported around ``asked``), :mod:`analysis.resolve` (who a phrase refers to); this
module is the scorer and re-exports their public names. Measured against PolNeAR by
:mod:`analysis.eval_quotes` (:mod:`analysis.polnear_gold` reads the annotation,
:mod:`analysis.quote_errors` lists the failures by category).

Examples
--------
>>> rows = extract_quotes('"We are leaving," Peskov said. He added that talks would go on.')
>>> [(q.kind, q.speaker, q.speaker_canonical, q.cue_verb) for q in rows]
[('direct', 'Peskov', 'Dmitry Peskov', 'said'), ('indirect', 'He', 'Dmitry Peskov', 'added')]
>>> extract_quotes("")
[]
"""
from __future__ import annotations

from typing import Sequence

from .actors import (
    ACTOR_COLUMNS,
    MENTION_COLUMNS,
    UNKNOWN,
    Mention,
    bloc_rows,
    find_mentions,
    mention_rows,
)
from .cues import (  # noqa: F401  (the public names of the quote extractor, re-exported)
    GRAMMAR,
    GRAMMAR_TYPES,
    MASK,
    VERBS,
    Cue,
    CueIndex,
    Grammar,
    VerbProperties,
    cue_lexicon,
    find_cues,
    grammar,
    mask_spans,
    single_quote_spans,
    verb_properties,
)
from .document import Document
from .scoring import Scorer
from .segment import count_words, sentence_index
from .speakers import Speaker, object_phrase, subject_phrase  # noqa: F401
from .statements import Quote, extract_quotes  # noqa: F401

QUOTE_COLUMNS = (
    "article_id", "quote_id", "kind", "text", "speaker", "speaker_name", "speaker_canonical", "bloc", "cue_verb",
    "verb_group", "via", "sentence", "start", "end", "n_words",
)
ARTICLE_COLUMNS = ("article_id", "n_quotes", "n_unknown_speakers", "first_voice_bloc")


def document_quotes(doc: Document, *, mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """:func:`extract_quotes` on a document's body with its own quote and sentence spans.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, '\\u201cWe go,\\u201d she said.')
    >>> [(q.speaker, q.bloc) for q in document_quotes(d)]
    [('she', 'unknown')]
    """
    return extract_quotes(doc.body, quotes=doc.quotes, sentences=[(s.start, s.end) for s in doc.sentences], mentions=mentions)


def quote_rows(doc: Document, statements: Sequence[Quote]) -> list[dict[str, object]]:
    """Rows of the ``quotes`` table, numbered in text order."""
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    rows = []
    for n, q in enumerate(statements, start=1):
        rows.append(
            {
                "article_id": doc.article_id,
                "quote_id": f"{doc.article_id}-q{n:02d}",
                "kind": q.kind,
                "text": q.text,
                "speaker": q.speaker,
                "speaker_name": q.speaker_name,
                "speaker_canonical": q.speaker_canonical,
                "bloc": q.bloc or UNKNOWN,
                "cue_verb": q.cue_verb,
                "verb_group": q.verb_group,
                "via": q.via,
                "sentence": numbers[sentence_index(starts, q.start)] if numbers else 0,
                "start": q.start,
                "end": q.end,
                "n_words": count_words(q.text),
            }
        )
    return rows


def voices_tables(doc: Document) -> dict[str, list[dict[str, object]]]:
    """The scorer: ``quotes``, ``mentions``, ``actors`` (per bloc) and article summary columns.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, '"We go," Lavrov said. Unnamed officials said that talks failed.')
    >>> t = voices_tables(d)
    >>> t["articles"], [r["speaker_canonical"] for r in t["quotes"]]
    ([{'article_id': 'x', 'n_quotes': 2, 'n_unknown_speakers': 1, 'first_voice_bloc': 'Russia'}], ['Sergei Lavrov', ''])
    """
    mentions = find_mentions(doc.body)
    statements = document_quotes(doc, mentions=mentions)
    quotes = quote_rows(doc, statements)
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    blocs = bloc_rows(
        doc.article_id,
        [(s.number, s.start, s.end, s.text) for s in doc.sentences],
        list(doc.quotes),
        mentions,
        quotes,
    )
    first = min(quotes, key=lambda q: int(q["start"]))["bloc"] if quotes else ""  # type: ignore[arg-type]
    article = {
        "article_id": doc.article_id,
        "n_quotes": len(quotes),
        "n_unknown_speakers": sum(q["bloc"] == UNKNOWN for q in quotes),
        "first_voice_bloc": first,
    }
    return {
        "quotes": quotes,
        "mentions": mention_rows(doc.article_id, mentions, starts, numbers),
        "actors": blocs,
        "articles": [article],
    }


VOICES = Scorer(
    "voices",
    voices_tables,
    {"quotes": QUOTE_COLUMNS, "mentions": MENTION_COLUMNS, "actors": ACTOR_COLUMNS, "articles": ARTICLE_COLUMNS},
)
