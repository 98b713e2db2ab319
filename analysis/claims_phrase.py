"""What a number counts: the head noun of the words after it, read with ``claim_words.tsv``.

:func:`analysis.claims.find_claims` asks :func:`_counted` for the counted phrase after each number
("100,000 Russian soldiers" counts "soldiers"); the phrase stops at a function word, a participle,
punctuation or after the first plural. :func:`_phrase_words` loads the words that shape it (stop
words, plurals without -s, the words that make "one" a count or not, peoples, idioms, hyperbole)
and the month regex from ``calendar.tsv``.

Examples
--------
>>> _counted("5 Russian soldiers left", 1)
('soldiers', 18)
>>> _counted("", 0)
('', 0)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .calendar_words import load_calendar
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv

CLAIM_WORDS = "claim_words.tsv"


@dataclass(frozen=True)
class _PhraseWords:
    stop: frozenset[str]
    plurals: frozenset[str]
    months: re.Pattern[str]
    before_one: frozenset[str]
    one_count: frozenset[str]
    one_after: frozenset[str]  # "only one student": "one" as a count after these
    kind: frozenset[str]  # "just one example": a noun that names a kind, not a count, after "only one"
    idiom: frozenset[str]  # "the two sides": "two" + this noun is a figure of speech or the parties of a dispute
    verb_after: frozenset[str]  # "two were treated": a number word as a subject
    verb_before: frozenset[str]  # "killing five.": a number word as an object
    people: frozenset[str]  # "four Swiss": a people named without -s
    hyperbole: frozenset[str]  # "a million times": a figure of speech after "a hundred/thousand/million"
    measure: frozenset[str]  # "a five cent fee": a currency or measure not in quantities.tsv, listed by its number as a modifier
    wholly: frozenset[str]  # "100 percent sure": an adjective after "100 percent" that makes it emphasis, not a share


@lru_cache(maxsize=1)
def _phrase_words() -> _PhraseWords:
    """``claim_words.tsv`` (stop words, plurals without -s, the words that make "one" a count or
    not) and the month regex (calendar.tsv)."""
    path = instrument_path(CLAIM_WORDS)
    words: dict[str, set[str]] = {"stop": set(), "plural": set(), "before_one": set(), "one_count": set(), "one_after": set(), "kind": set(), "idiom": set(), "verb_after": set(), "verb_before": set(), "people": set(), "hyperbole": set(), "measure": set(), "wholly": set()}
    for row in load_tsv(path, required=("term", "type")):
        if row["type"] not in words:
            raise InstrumentError(path, f"type must be one of {', '.join(words)}, not {row['type']!r}", row=int(row["line"]))
        if not re.fullmatch(r"[a-z]+", row["term"]):
            raise InstrumentError(path, f"term {row['term']!r} must be one lower-case word", row=int(row["line"]))
        words[row["type"]].add(row["term"])
    # A month as news writes it: its name, its first three letters or a listed abbreviation ("Feb",
    # "Feb.", "February", "Sept."), matched case-insensitively as a whole word ("decline" and
    # "mayors" are no months).
    forms = {name.lower() for name, _abbr in load_calendar().months} | {name[:3].lower() for name, _abbr in load_calendar().months}
    forms |= {a.lower().rstrip(".") for _name, abbr in load_calendar().months for a in abbr}
    months = re.compile(rf"(?:{'|'.join(sorted(forms, key=lambda w: (-len(w), w)))})(?![a-z])\.?", re.IGNORECASE)
    return _PhraseWords(
        frozenset(words["stop"]), frozenset(words["plural"]), months, frozenset(words["before_one"]), frozenset(words["one_count"]),
        frozenset(words["one_after"]), frozenset(words["kind"]), frozenset(words["idiom"]), frozenset(words["verb_after"]), frozenset(words["verb_before"]),
        frozenset(words["people"]), frozenset(words["hyperbole"]), frozenset(words["measure"]), frozenset(words["wholly"]),
    )


# _counted's patterns, compiled once. The lead is matched at ``start`` in the whole text (it has
# no lookbehind or anchor, so it matches there as in ``text[start:]``, without copying the rest).
_LEAD = re.compile(r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:of[^\S\n]+)?(?:(?:the|its|their)[^\S\n]+)?")
_LEAD_ARTICLE = re.compile(r"(?:[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+(?:of[^\S\n]+)?(?:(?:the|its|their|a|an)[^\S\n]+)?")
_TOKEN = re.compile(r"\S+")
_WORD = re.compile(r"[A-Za-z][\w'-]*")
_MEASURE_MODIFIER = re.compile(r"\d[\d.,]*-[A-Za-z][\w-]*")
_NAME_NUMBER = re.compile(r"\d{1,4}")


def _counted(text: str, start: int, *, article: bool = False) -> tuple[str, int]:
    """Head noun of the words after a number and where the phrase ends: up to three words,
    stopping at a function word, a participle, punctuation, or after the first plural; a
    measure used as a modifier is passed over ("two 200-foot shafts"). ``article``: "a"/"an"
    may stand before the phrase (after a fraction: "half a point").

    Examples
    --------
    >>> t = "100,000 Russian soldiers stationed there"
    >>> _counted(t, 7)
    ('soldiers', 24)
    >>> _counted("two 200-foot deep mine shafts", 3)
    ('shafts', 29)
    """
    lead = (_LEAD_ARTICLE if article else _LEAD).match(text, start)  # "one-third (29.8%) of"
    if not lead:
        return "", start
    phrase_words = _phrase_words()
    stop, plurals = phrase_words.stop, phrase_words.plurals
    position = lead.end()
    head, end, taken = "", start, 0
    capital_plural = False  # "five Dallas police officers": a name ending in -s before a plural noun is a modifier
    for m in _TOKEN.finditer(text[position : position + 80].split("\n", 1)[0]):
        token = m.group()
        word = _WORD.match(token)
        if not word and not head and _MEASURE_MODIFIER.fullmatch(token):
            continue  # "two 200-foot deep shafts"
        if not word and head[:1].isupper() and taken < 3 and _NAME_NUMBER.fullmatch(token):
            continue  # a name's number: "Two Expedition 55 flight engineers", "three Apollo 11 astronauts"
        if not word:
            break
        low = word.group().lower()
        plural = (low.endswith("s") and not low.endswith(("ss", "'s")) and len(low) > 3) or low in plurals
        if capital_plural and not (word.group()[0].islower() and plural):
            break  # "three Democrats Hillary ...", "millions of Americans think"
        if head and low in load_calendar().words():
            break  # "a quarter of a percentage point Thursday"
        if low in stop or (head and low.endswith(("ed", "ing")) and len(low) > 4 and low not in plurals):
            break
        head, end, taken = word.group(), position + m.start() + word.end(), taken + 1
        if word.end() < len(token) or taken == 3:  # punctuation after the word ends the phrase
            break
        capital_plural = plural and word.group()[0].isupper() and not word.group().isupper()
        if plural and not capital_plural:
            break
    return (head[:-2] if head.endswith("'s") else head), (end if head else start)
