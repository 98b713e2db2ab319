"""Frame and stance evidence: one row per indicator match, with its sentence, voice and role.

:func:`find_evidence` scans a document's body once for all the codebook's lexicons
(:func:`~analysis.lexicon.find_all`; each lexicon's matches are its own, as if scanned alone) and
assigns every match to its sentence by offset (``bisect``): one row per match, with the matched
text and its span in ``doc.body``, whose voice it is (reporter or quoted) and, for attribution
verbs, whether it opens a statement or continues one (:func:`attribution_chains`).
:func:`reporter_word_counts` gives the words outside quotation marks per sentence.

Examples
--------
>>> from analysis.document import build_document
>>> doc = build_document({"id": "x", "outlet": "W"}, "However, it is not clear how many troops are returning to their bases.")
>>> sorted({(row["category"], row["matched"]) for row in find_evidence(doc) if row["family"] == "event"})
[('deescalation', 'returning to their bases'), ('military', 'troops'), ('verification', 'it is not clear')]
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from typing import Mapping

from .codebook import Codebook, load_codebook
from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .lexicon import find_all
from .segment import count_words, quotes_overlapping

VERBS = "attribution_verbs.tsv"
ATTRIBUTION = ("attribution_neutral", "attribution_assertive", "attribution_distancing")
VOICES = ("reporter", "quoted")

EVIDENCE_COLUMNS = (
    "article_id", "sentence", "family", "category", "item", "indicator", "matched", "start", "end", "voice", "cue_role",
)

Row = dict[str, object]


def find_evidence(doc: Document, *, codebook: Codebook | None = None) -> list[Row]:
    """One row per match of every frame and stance lexicon in ``doc.body``.

    Columns: ``article_id``, ``sentence`` (number, 1-based), ``family``, ``category`` (frame or
    stance id), ``item`` (codebook item id, or the stance lexicon's term), ``indicator`` (as
    written in the codebook or lexicon), ``matched`` (the text), ``start``/``end`` (offsets into
    ``doc.body``: ``doc.body[start:end] == matched``), ``voice`` (``quoted`` when the match
    starts inside a quotation, a span of ``doc.quotes``; else ``reporter``) and ``cue_role``
    (attribution verbs only: ``chain`` for a verb that continues an earlier cue of the same
    sentence and voice, ``"quoted ... as saying"``, see :func:`attribution_chains`; else ``cue``;
    empty for every other category). Rows are ordered by start, then codebook order. A match is
    assigned to the sentence it starts in; a document without sentences (empty text) has no
    evidence.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> doc = build_document({"id": "x", "outlet": "W"}, "Moscow claimed the troops left. We could be on the brink of war.")
    >>> [(r["sentence"], r["category"], r["item"], r["matched"]) for r in find_evidence(doc) if r["category"] in ("escalation", "attribution_distancing", "hedge")]
    [(1, 'attribution_distancing', 'claim', 'claimed'), (2, 'hedge', 'could', 'could'), (2, 'escalation', 'escalation_imminence', 'the brink of war')]
    >>> doc = build_document({"id": "q", "outlet": "W"}, '"It is possible," AFP quoted him as saying.')
    >>> [(r["matched"], r["voice"], r["cue_role"]) for r in find_evidence(doc) if r["family"] == "stance"]
    [('possible', 'quoted', ''), ('quoted', 'reporter', 'cue'), ('saying', 'reporter', 'chain')]
    >>> find_evidence(build_document({"id": "e", "outlet": "W"}, ""))
    []
    """
    codebook = codebook or load_codebook()
    if not doc.sentences:
        return []
    starts = [s.start for s in doc.sentences]
    overlapping = quotes_overlapping(doc.quotes)
    rows: list[tuple[int, int, Row]] = []
    found = find_all([codebook.lexicons[frame.id] for frame in codebook.frames], doc.body)
    for order, (frame, matches) in enumerate(zip(codebook.frames, found)):
        for match in matches:
            index = bisect_right(starts, match.start) - 1
            if index < 0 or match.start >= doc.sentences[index].end:
                continue  # between sentences (cannot happen for text inside paragraphs)
            quoted = bool(overlapping(match.start, match.start + 1))
            rows.append((match.start, order, {
                "article_id": doc.article_id,
                "sentence": doc.sentences[index].number,
                "family": frame.family,
                "category": frame.id,
                "item": match.indicator.item,
                "indicator": match.indicator.text,
                "matched": match.matched,
                "start": match.start,
                "end": match.end,
                "voice": "quoted" if quoted else "reporter",
                "cue_role": "cue" if frame.id in ATTRIBUTION else "",
            }))
    rows.sort(key=lambda entry: (entry[0], entry[1]))
    evidence = [row for _start, _order, row in rows]
    attribution_chains(evidence, doc.body)
    return evidence


@lru_cache(maxsize=1)
def chain_words() -> Mapping[str, str]:
    """``{term: word}`` from the ``chain`` column of ``attribution_verbs.tsv``: a later cue
    preceded by ``word`` continues a cue of ``term`` (``quote`` -> ``as``: "quoted X as saying").

    Examples
    --------
    >>> chain_words()["quote"]
    'as'
    """
    out: dict[str, str] = {}
    for row in load_tsv(VERBS, required=("term", "group", "forms")):
        if "chain" not in row:
            raise InstrumentError(instrument_path(VERBS), "header lacks column 'chain'", row=int(row["line"]))
        word = row["chain"].strip().lower()
        if word and not word.isalpha():
            raise InstrumentError(instrument_path(VERBS), f"chain must be one word, not {row['chain']!r}", row=int(row["line"]))
        if word:
            out[row["term"]] = word
    return out


def attribution_chains(evidence: list[Row], body: str) -> None:
    """Mark (in place) attribution evidence that continues an earlier cue as ``cue_role = chain``.

    One statement, one attribution: in ``AFP quoted a spokesperson as saying`` the verb
    ``saying`` follows the chain word (``as``) of the earlier cue ``quoted`` in the same sentence
    and voice, so it is a ``chain``, not a second attribution. Only attribution rows are
    visited (a handful per article), and only the few characters before each.

    Examples
    --------
    >>> body = "AFP quoted an aide as saying it."
    >>> ev = [{"category": "attribution_neutral", "item": "quote", "sentence": 1, "voice": "reporter", "start": 4, "cue_role": "cue"},
    ...       {"category": "attribution_neutral", "item": "say", "sentence": 1, "voice": "reporter", "start": 21, "cue_role": "cue"}]
    >>> attribution_chains(ev, body); [r["cue_role"] for r in ev]
    ['cue', 'chain']
    """
    links = chain_words()
    open_chain: dict[tuple[object, object], str] = {}  # (sentence, voice) -> chain word of the last cue
    for row in evidence:
        if row["category"] not in ATTRIBUTION:
            continue
        key = (row["sentence"], row["voice"])
        start = int(row["start"])  # type: ignore[call-overload]
        word = open_chain.get(key)
        if word and body[max(0, start - len(word) - 12) : start].rstrip().lower().endswith(" " + word):
            row["cue_role"] = "chain"
            continue
        open_chain[key] = links.get(str(row["item"]), "")


def reporter_word_counts(doc: Document) -> dict[int, int]:
    """Words of each sentence outside quotation marks (``doc.quotes``), by sentence number.

    A sentence without quoted characters keeps its word count; otherwise the pieces outside
    the quotes are counted one by one (the same split as :func:`analysis.sentiment.split_voices`).

    Examples
    --------
    >>> from analysis.document import build_document
    >>> reporter_word_counts(build_document({"id": "x", "outlet": "W"}, 'Troops left. "We are done," he said.'))
    {1: 2, 2: 2}
    """
    overlapping = quotes_overlapping(doc.quotes)
    out: dict[int, int] = {}
    for sentence in doc.sentences:
        if not sentence.quoted_chars:
            out[sentence.number] = sentence.n_words
            continue
        words, at = 0, sentence.start
        for q_start, q_end in overlapping(sentence.start, sentence.end):
            if q_start > at:
                words += count_words(doc.body[at:q_start])
            at = max(at, q_end)
        if at < sentence.end:
            words += count_words(doc.body[at : sentence.end])
        out[sentence.number] = words
    return out
