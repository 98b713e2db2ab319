"""Numeric claims: the quantities a report states, what they count, and how they are hedged.

One regex (built from ``data/instruments/quantities.tsv``) finds a quantity: an optional
qualifier (``more than``, ``nearly``, ``up to`` ...), then a numeral with Western or Indian
digit grouping (``100,000``, ``1,30,000``), a decimal with a scale (``1.5 million``, ``100k``),
a number word (``two``, ``a dozen``) or a vague quantity (``several``, ``dozens of``,
``millions of``). What it counts is the head noun of the words that follow (``millions of
Russian soldiers`` counts ``soldiers``).

``value`` is a number: a vague quantity gets its lower bound (``millions of`` = 1,000,000,
``dozens of`` = 12, ``several`` = 3) and the qualifier ``vague``; a plain number has qualifier
``exact``. Years (``in 2022``), dates (``Feb 15``), and numbers inside names (``France 5 TV``)
are not claims; a number word with no noun after it (``one of``) is not either.

Examples
--------
>>> [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims("More than a dozen countries left.")]
[('a dozen', 12.0, 'countries', 'more than')]
>>> find_claims("")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .actors import sentence_index
from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .pipeline import Scorer

QUANTITIES = "quantities.tsv"
CLAIM_COLUMNS = ("article_id", "sentence", "number_as_written", "value", "counts", "qualifier", "start", "end", "text")
TYPES = frozenset({"word", "scale", "vague", "qualifier"})

_NUMERAL = r"\d{1,3}(?:,\d{2,3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_STOP = frozenset(
    "of in on at to from with by for near about over under into across along against between among than as and or but "
    "the a an this that these those its their his her our your who which that have has had is are was were be been will "
    "would could should may might can do does did not no so per percent".split()
)


@dataclass(frozen=True)
class Claim:
    """One numeric claim: ``start``/``end`` span qualifier, number and counted noun."""

    number_as_written: str
    value: float
    counts: str
    qualifier: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class _Lexicon:
    words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    qualifiers: dict[str, str]
    pattern: re.Pattern[str]


def _alternation(terms: list[str]) -> str:
    return "|".join(r"\s+".join(map(re.escape, t.split())) for t in sorted(terms, key=lambda t: (-len(t), t)))


@lru_cache(maxsize=1)
def quantity_lexicon() -> _Lexicon:
    """Load and validate ``quantities.tsv`` and compile the claim regex (cached).

    Examples
    --------
    >>> lex = quantity_lexicon()
    >>> lex.vague["millions of"], lex.scales["lakh"], lex.qualifiers["around"]
    (1000000.0, 100000.0, 'about')
    """
    path = instrument_path(QUANTITIES)
    tables: dict[str, dict[str, str]] = {t: {} for t in TYPES}
    for row in load_tsv(path, required=("term", "type", "value")):
        if row["type"] not in TYPES:
            raise InstrumentError(path, f"unknown type {row['type']!r}", row=int(row["line"]))
        if row["type"] != "qualifier":
            try:
                float(row["value"])
            except ValueError:
                raise InstrumentError(path, f"value {row['value']!r} is not a number", row=int(row["line"])) from None
        tables[row["type"]][row["term"].lower()] = row["value"]
    words = {k: float(v) for k, v in tables["word"].items()}
    scales = {k: float(v) for k, v in tables["scale"].items()}
    vague = {k: float(v) for k, v in tables["vague"].items()}
    suffixes = [s for s in scales if len(s) <= 2]
    scale_words = [s for s in scales if len(s) > 2]
    number = (
        rf"(?P<vague>{_alternation(list(vague))})"
        rf"|(?P<numeral>(?:{_NUMERAL})(?:(?:{_alternation(suffixes)})(?![\w]))?(?:\s+(?:{_alternation(scale_words)}))?)"
        rf"|(?P<word>(?:{_alternation(list(words))})(?:-(?:{_alternation(list(words))}))?(?:\s+(?:{_alternation(scale_words)}))?)"
    )
    pattern = re.compile(
        rf"(?<![\w.,-])(?:(?P<qualifier>{_alternation(list(tables['qualifier']))})\s+)?(?:{number})(?![\w]|,\d|\.\d)"
        rf"(?P<unit>\s*%|\s+(?:per\s*cent|percent))?",
        re.IGNORECASE,
    )
    return _Lexicon(words, scales, vague, dict(tables["qualifier"]), pattern)


def parse_number(written: str) -> float | None:
    """The value of a number as written: digits with any grouping, a scale, or number words.

    Examples
    --------
    >>> [parse_number(x) for x in ("1,00,000", "100,000", "1.5 million", "100k", "twenty-five", "two hundred", "a dozen")]
    [100000.0, 100000.0, 1500000.0, 100000.0, 25.0, 200.0, 12.0]
    >>> parse_number("")
    """
    lex = quantity_lexicon()
    text = " ".join(written.lower().split())
    if not text:
        return None
    if text in lex.vague:
        return lex.vague[text]
    if text in lex.words:
        return lex.words[text]
    m = re.fullmatch(r"([\d,]+(?:\.\d+)?)\s*([a-z]*)\s*([a-z]*)", text)
    if m:
        value = float(m.group(1).replace(",", ""))
        for scale in (m.group(2), m.group(3)):
            if scale:
                value *= lex.scales.get(scale, 1.0)
        return value
    parts = text.split()
    head = parts[0]
    value = sum(lex.words.get(p, 0.0) for p in head.split("-")) if "-" in head else lex.words.get(head)
    if value is None:
        return None
    for scale in parts[1:]:
        value *= lex.scales.get(scale, 1.0)
    return value


_IRREGULAR_PLURALS = frozenset("people police children men women personnel staff troops cattle equipment".split())


def _counted(text: str, start: int) -> tuple[str, int]:
    """Head noun of the words after a number and where the phrase ends: up to three words,
    stopping at a function word, a participle, punctuation, or after the first plural.

    Examples
    --------
    >>> t = "100,000 Russian soldiers stationed there"
    >>> _counted(t, 7)
    ('soldiers', 24)
    """
    lead = re.match(r"\s+(?:of\s+)?(?:the\s+|its\s+|their\s+)?", text[start:])
    if not lead:
        return "", start
    position = start + lead.end()
    head, end, taken = "", start, 0
    for m in re.finditer(r"\S+", text[position : position + 80]):
        token = m.group()
        word = re.match(r"[A-Za-z][\w'-]*", token)
        if not word:
            break
        low = word.group().lower()
        if low in _STOP or (head and low.endswith(("ed", "ing")) and len(low) > 4 and low not in _IRREGULAR_PLURALS):
            break
        head, end, taken = word.group(), position + m.start() + word.end(), taken + 1
        plural = (low.endswith("s") and not low.endswith(("ss", "'s")) and len(low) > 3) or low in _IRREGULAR_PLURALS
        if plural or taken == 3 or word.end() < len(token):  # punctuation after the word ends the phrase
            break
    return (head[:-2] if head.endswith("'s") else head), (end if head else start)


def find_claims(text: str) -> list[Claim]:
    """Every numeric claim in ``text``, left to right.

    Examples
    --------
    >>> t = "Russia stationed more than 100,000 troops; millions of Russian soldiers; 1,00,000 people in 2022."
    >>> [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims(t)]
    [('100,000', 100000.0, 'troops', 'more than'), ('millions of', 1000000.0, 'soldiers', 'vague'), ('1,00,000', 100000.0, 'people', 'exact')]
    >>> [c.counts for c in find_claims("Le Drian told France 5 TV on Feb 15. One of them left.")]
    []
    """
    if not text.strip():
        return []
    lex = quantity_lexicon()
    out: list[Claim] = []
    for m in lex.pattern.finditer(text):
        kind = "vague" if m.group("vague") else "numeral" if m.group("numeral") else "word"
        written = m.group(kind)
        number_start = m.start(kind)
        if m.group("unit"):
            counts, end = "percent", m.end()
        else:
            counts, end = _counted(text, m.end())
            end = max(end, m.end())
        before = text[max(0, number_start - 12) : number_start]
        after = text[m.end() : m.end() + 12]
        if kind == "numeral" and re.fullmatch(r"\d+", written):
            digits = int(written)
            if re.search(rf"\b{_MONTHS}\s*$", before, re.IGNORECASE) or re.match(rf"\s*{_MONTHS}", after, re.IGNORECASE):
                continue  # a date
            if 1800 <= digits <= 2100 and not m.group("qualifier") and (not counts or counts[0].isupper()):
                continue  # a year
            if re.match(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT|IST|hrs|o'clock)", after, re.IGNORECASE):
                continue  # a time
            previous = re.search(r"([A-Za-z][\w.]*)\s+$", before)
            if previous and previous.group(1)[0].isupper() and (not counts or counts[0].isupper()) and not m.group("qualifier"):
                continue  # part of a name: "France 5 TV", "No. 10"
        if kind == "word" and (not counts or counts[0].isupper() or re.match(r"\s+of\b", text[m.end():])):
            continue  # "one of", "two" with nothing counted
        value = parse_number(written)
        if value is None:
            continue
        qualifier = lex.qualifiers.get(" ".join(m.group("qualifier").lower().split()), "") if m.group("qualifier") else ""
        qualifier = qualifier or ("vague" if kind == "vague" else "exact")
        if m.group("unit"):
            written += m.group("unit").strip()
        out.append(Claim(" ".join(written.split()), value, counts, qualifier, text[m.start() : end], m.start(), end))
    return out


def claim_rows(doc: Document) -> dict[str, list[dict[str, object]]]:
    """The scorer: one ``claims`` row per numeric claim of the document.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, "Calm. Nearly 1,30,000 Russian soldiers massed.")
    >>> r = claim_rows(d)["claims"][0]; r["sentence"], r["value"], r["counts"], r["qualifier"]
    (2, 130000.0, 'soldiers', 'nearly')
    """
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    rows = [
        {
            "article_id": doc.article_id,
            "sentence": numbers[sentence_index(starts, c.start)] if numbers else 0,
            "number_as_written": c.number_as_written,
            "value": c.value,
            "counts": c.counts,
            "qualifier": c.qualifier,
            "start": c.start,
            "end": c.end,
            "text": c.text,
        }
        for c in find_claims(doc.body)
    ]
    return {"claims": rows}


#: The pipeline scorer writing the ``claims`` table.
CLAIMS = Scorer("claims", claim_rows, {"claims": CLAIM_COLUMNS})
