"""The attribution grammar and its cues: ``speech_grammar.tsv`` and ``attribution_verbs.tsv``
compiled, cue verbs found in a text, and the quotation spans masked out of it.

Part of the quote extractor (:mod:`analysis.sources` is the scorer; :mod:`analysis.speakers`
reads speaker phrases; :mod:`analysis.statements` finds the statements).

Examples
--------
>>> [(c.text, c.group) for c in find_cues("He said it; they denied it.")]
[('said', 'neutral'), ('denied', 'distancing')]
>>> find_cues("")
[]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Mapping, Sequence

from .alternation import alternation as _alternation
from .calendar_words import load_calendar
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .segment import count_words

VERBS = "attribution_verbs.tsv"

GRAMMAR = "speech_grammar.tsv"
GRAMMAR_TYPES = (
    "pronoun", "title", "determiner", "cue_determiner", "preposition", "adjunct", "parenthetical", "leading",
    "adjunct_preposition", "time_prefix", "time_phrase", "day_part", "quote_cue", "label_cue",
)
MASK = "#"
#: A determiner right before a cue ("the claims") is searched in the 40 characters before the
#: cue (the longest determiner plus a run of spaces), not from the text's start for every cue.
_DETERMINER_WINDOW = 40


@dataclass(frozen=True)
class Grammar:
    """The attribution grammar words of ``speech_grammar.tsv`` and ``calendar.tsv``, compiled."""

    pronouns: Mapping[str, str]  # pronoun -> gender (m, f, "" for a non-person)
    quote_cues: Mapping[str, str]  # form -> base form of verbs that are cues only beside a quotation (label cues too)
    label_cues: frozenset[str]  # forms of verbs that name what a quoted label calls something ("called it "rigged"")
    titles: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    trailing_adjunct: re.Pattern[str]  # auxiliaries, adverbs, time and medium adjuncts before a cue
    parenthetical: re.Pattern[str]  # ", however," after the speaker
    leading: re.Pattern[str]  # a conjunction opening the clause before the speaker
    adjunct_only: re.Pattern[str]  # only adjuncts after a clause-final cue
    time_suffix: re.Pattern[str]  # a time adjunct ending a speaker phrase ("said Peskov on Monday")
    cue_lead: re.Pattern[str]  # comma and time adjunct right after a cue
    determiner_before: re.Pattern[str]  # a determiner right before a cue: the cue is a noun


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Load, validate and compile the attribution grammar (cached).

    Every row of ``speech_grammar.tsv`` needs a known type; a pronoun's value is ``m``, ``f`` or
    empty; a term is written once per type. Errors name the file and line.

    Examples
    --------
    >>> g = grammar()
    >>> g.pronouns["she"], "spokesman" in g.titles
    ('f', True)
    >>> bool(g.trailing_adjunct.search("Lavrov on Monday")), bool(g.time_suffix.search(" Peskov on Monday"))
    (True, True)
    """
    path = instrument_path(GRAMMAR)
    words: dict[str, dict[str, str]] = {kind: {} for kind in GRAMMAR_TYPES}
    for row in load_tsv(path, required=("term", "type")):
        kind, term, line = row["type"], " ".join(row["term"].split()), int(row["line"])
        if kind not in words:
            raise InstrumentError(path, f"unknown type {kind!r} (one of {', '.join(GRAMMAR_TYPES)})", row=line)
        if term != term.lower() or not re.fullmatch(r"[a-z']+(?: [a-z']+)*", term):
            raise InstrumentError(path, f"term {row['term']!r} must be lower-case words", row=line)
        if term in words[kind]:
            raise InstrumentError(path, f"{kind} {term!r} is listed twice", row=line)
        value = row.get("value", "")
        if kind in ("quote_cue", "label_cue") and not re.fullmatch(r"[a-z]+(?: [a-z]+)*", value):
            raise InstrumentError(path, f"quote_cue {term!r}: value must be the verb's base form, not {value!r}", row=line)
        if kind == "pronoun" and value not in ("m", "f", ""):
            raise InstrumentError(path, f"pronoun {term!r}: value must be m, f or empty, not {value!r}", row=line)
        words[kind][term] = value
    for kind in GRAMMAR_TYPES:
        if not words[kind]:
            raise InstrumentError(path, f"no row of type {kind!r}")

    def alt(kind: str) -> str:
        return _alternation(list(words[kind]))

    calendar = load_calendar()
    weekday = _alternation([name for name, _abbr in calendar.weekdays])
    month = "(?:" + _alternation([w for name, abbr in calendar.months for w in (name, *abbr)]) + r")\.?"
    time = (
        rf"(?:(?:{alt('time_prefix')})\s+)?(?:(?:{weekday})|{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month}|(?:{alt('time_phrase')})"
        rf"|(?:on\s+)?(?:(?:{weekday})\s+)?(?:{alt('day_part')}))"
    )
    flags = re.IGNORECASE
    return Grammar(
        pronouns=dict(words["pronoun"]),
        quote_cues={**words["quote_cue"], **words["label_cue"]},
        label_cues=frozenset(words["label_cue"]),
        titles=frozenset(w for phrase in words["title"] for w in phrase.split()),
        determiners=frozenset(words["determiner"]),
        prepositions=frozenset(words["preposition"]),
        trailing_adjunct=re.compile(rf"(?:\s+|^)(?:{time}|{alt('adjunct')})\s*$", flags),
        parenthetical=re.compile(rf",\s*(?:{alt('parenthetical')})\s*,?\s*$", flags),
        leading=re.compile(rf"^(?:{alt('leading')})(?:\s+|$)", flags),
        adjunct_only=re.compile(rf"^\s*(?:{time}\s*)?(?:(?:{alt('adjunct_preposition')})\b[^#]*)?[.!?]?\s*$", flags),
        time_suffix=re.compile(rf"\s+{time}$", flags),
        cue_lead=re.compile(rf"\s*(?:,\s*)?(?:{time}\s*,?\s*)?", flags),
        determiner_before=re.compile(rf"\b(?:{alt('cue_determiner')})\s+$", flags),
    )


@dataclass(frozen=True)
class VerbProperties:
    """Cue-verb properties from ``attribution_verbs.tsv`` (columns zero_that, takes_object, noun_like)."""

    zero_that: frozenset[str]  # take reported speech with no "that" ("said the troops were leaving")
    takes_object: frozenset[str]  # the object is the reported speech ("called for talks", "denied any intention")
    noun_like: frozenset[str]  # base form usually a noun in news ("a report"): as a base form no cue


@lru_cache(maxsize=1)
def verb_properties() -> VerbProperties:
    """The cue verbs' grammar columns, validated: each cell ``yes`` or empty (error names file and line).

    Examples
    --------
    >>> v = verb_properties()
    >>> "say" in v.zero_that, "call for" in v.takes_object, "report" in v.noun_like
    (True, True, True)
    """
    path = instrument_path(VERBS)
    columns = ("zero_that", "takes_object", "noun_like")
    found: dict[str, set[str]] = {column: set() for column in columns}
    for row in load_tsv(path, required=("term", "group", "forms")):
        for column in columns:
            if column not in row:
                raise InstrumentError(path, f"header lacks column {column!r}", row=int(row["line"]))
            if row[column] not in ("", "yes"):
                raise InstrumentError(path, f"{column} must be 'yes' or empty, not {row[column]!r}", row=int(row["line"]))
            if row[column] == "yes":
                found[column].add(row["term"])
    return VerbProperties(*(frozenset(found[column]) for column in columns))


@dataclass(frozen=True)
class Cue:
    """One attribution cue in the text."""

    text: str
    term: str
    group: str
    start: int
    end: int
    quote_only: bool = False  # a cue only beside a quotation ("continued"): never indirect speech



@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """The attribution verbs: ``{form (lower case): (term, group)}`` and one compiled regex;
    the quote-only cues of ``speech_grammar.tsv`` are in it too (group ``neutral``).

    Examples
    --------
    >>> forms, pattern = cue_lexicon()
    >>> forms["informed"], forms["called for"], forms["continued"]
    (('inform', 'assertive'), ('call for', 'neutral'), ('continue', 'neutral'))
    """
    forms: dict[str, tuple[str, str]] = {}
    for row in load_tsv(VERBS, required=("term", "group", "forms")):
        for form in row["forms"].split("|"):
            form = " ".join(form.lower().split())
            if form:
                forms.setdefault(form, (row["term"], row["group"]))
    for form, term in grammar().quote_cues.items():
        if form in forms:
            raise InstrumentError(instrument_path(GRAMMAR), f"quote_cue {form!r} is already a form of {forms[form][0]!r} in {VERBS}")
        forms[form] = (term, "neutral")
    return forms, re.compile(rf"(?<![\w-])(?:{_alternation(list(forms))})(?![\w-])", re.IGNORECASE)


def find_cues(text: str) -> list[Cue]:
    """Every attribution cue in ``text`` (mask quoted text first so quotes' own verbs are skipped).

    Examples
    --------
    >>> [(c.text, c.group) for c in find_cues("He said it; they denied it, according to AFP.")]
    [('said', 'neutral'), ('denied', 'distancing'), ('according to', 'neutral')]
    """
    forms, pattern = cue_lexicon()
    noun_like, determiner_before = verb_properties().noun_like, grammar().determiner_before
    quote_only = grammar().quote_cues
    out = []
    for m in pattern.finditer(text):
        form = " ".join(m.group().lower().split())
        term, group = forms[form]
        if form == term and term in noun_like or determiner_before.search(text, max(0, m.start() - _DETERMINER_WINDOW), m.start()):
            continue  # a noun: "a report", "the claims"
        out.append(Cue(m.group(), term, group, m.start(), m.end(), form in quote_only))
    return out


class CueIndex:
    """The cues of one text (in text order, as :func:`find_cues` returns them), found by span.

    ``within(lo, hi)`` is ``[c for c in cues if lo <= c.start and c.end <= hi]``. Cues are
    regex matches of one scan, so they do not overlap and both their starts and their ends
    ascend: the cues inside a span are one run of the list, found by bisection instead of a
    scan of every cue (extraction asks for the cues of a span several times per quotation).

    Examples
    --------
    >>> index = CueIndex(find_cues("He said it; they denied it, according to AFP."))
    >>> [c.text for c in index.within(0, 24)], index.within(5, 6)
    (['said', 'denied'], [])
    """

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = list(cues)
        self.starts = [c.start for c in self.cues]
        self.ends = [c.end for c in self.cues]

    def within(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start at or after ``lo`` and end at or before ``hi``, in text order."""
        return self.cues[bisect.bisect_left(self.starts, lo) : bisect.bisect_right(self.ends, hi)]


def single_quote_spans(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of single-quoted fragments (``'imminent'``), marks included; apostrophes are not
    openers (``Russia's``). At most 12 words, never across a line.

    Examples
    --------
    >>> t = "Russia's 'imminent' threat and the ministers' talks"
    >>> [t[s:e] for s, e in single_quote_spans(t)]
    ["'imminent'"]
    """
    out = []
    for m in re.finditer(r"(?<![\w'])'(?=[^\s'])([^'\n]{1,120}?)(?<=[^\s])'(?![\w])", text):
        if count_words(m.group(1)) > 12 or any(s <= m.start() < e for s, e in exclude):
            continue
        out.append((m.start(), m.end()))
    return out


def mask_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every span replaced by ``#`` (same length, so offsets hold).

    Examples
    --------
    >>> mask_spans('A "b c" d', [(2, 7)])
    'A ##### d'
    """
    chars = list(text)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)
