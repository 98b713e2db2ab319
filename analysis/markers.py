"""Promo lines and datelines: paragraphs recognised by the patterns of instrument files.

``data/instruments/promo_patterns.tsv`` (an outlet's link to another of its stories: "ALSO
READ | ...") and ``dateline_patterns.tsv`` (the place and agency opening the first paragraph:
"MOSCOW, Feb 15 (Reuters) -").

Examples
--------
>>> match_promo(""), match_dateline("")
(None, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .characters import normalize_quotes
from .instruments import load_tsv

#: The longest unit read as a promo line (a label and one headline).
PROMO_MAX_CHARS = 300

@dataclass(frozen=True)
class _Pattern:
    label: str
    regex: re.Pattern[str]


@lru_cache(maxsize=None)
def promo_patterns() -> tuple[_Pattern, ...]:
    """The compiled promo patterns from ``data/instruments/promo_patterns.tsv``."""
    return _compile("promo_patterns.tsv", re.IGNORECASE)


@lru_cache(maxsize=None)
def dateline_patterns() -> tuple[_Pattern, ...]:
    """The compiled dateline patterns from ``data/instruments/dateline_patterns.tsv`` (``{date}``
    filled in by :func:`dateline_date`)."""
    return _compile("dateline_patterns.tsv", 0, {"{date}": dateline_date()})


@lru_cache(maxsize=1)
def dateline_date() -> str:
    """The one definition of a dateline's date, group ``date``: a month of ``calendar.tsv`` as
    written (capitalised, or an abbreviation, with an optional full stop), then a day.

    Examples
    --------
    >>> rx = re.compile(dateline_date())
    >>> [bool(rx.fullmatch(x)) for x in ("Feb 15", "Sept. 3", "July 30", "May 5", "FEB 15", "Taipei 101", "Mayor 5")]
    [True, True, True, True, False, False, False]
    """
    from .calendar_words import calendar_pattern

    return rf"(?P<date>(?:{calendar_pattern('month', case='initial')})\.?\s+\d{{1,2}})"


def _compile(name: str, flags: int, fill: dict[str, str] | None = None) -> tuple[_Pattern, ...]:
    from .errors import InstrumentError
    from .instruments import instrument_path

    compiled = []
    for row in load_tsv(name, required=("label", "pattern")):
        pattern = row["pattern"]
        for slot, value in (fill or {}).items():
            pattern = pattern.replace(slot, value)
        try:
            compiled.append(_Pattern(row["label"], re.compile(pattern, flags)))
        except re.error as exc:
            raise InstrumentError(instrument_path(name), f"bad regular expression: {exc}", row=int(row["line"])) from exc
    return tuple(compiled)


def match_promo(paragraph: str) -> tuple[str, str] | None:
    """``(label, headline)`` if the paragraph is a promo line, else ``None``.

    Examples
    --------
    >>> match_promo("ALSO READ | Russia-Ukraine Conflict, A European Crisis")
    ('ALSO READ', 'Russia-Ukraine Conflict, A European Crisis')
    >>> match_promo("Also Read: Explained: Ukraine not joining NATO")
    ('Also Read', 'Explained: Ukraine not joining NATO')
    >>> match_promo("Russia also read the statement aloud.") is None
    True
    """
    text = normalize_quotes(paragraph.strip())
    if len(text) > PROMO_MAX_CHARS:  # a promo is one line; a long paragraph opening "Video: ..." is an article
        return None
    for pattern in promo_patterns():
        found = pattern.regex.match(text)
        if found:
            groups = found.groupdict()
            label = re.sub(r"\s+", " ", groups.get("label") or pattern.label).strip()
            return label, (groups.get("headline") or "").strip()
    return None


def match_dateline(paragraph: str) -> tuple[str, int] | None:
    """``(place, length of the dateline prefix)`` if the paragraph opens with a dateline.

    Examples
    --------
    >>> match_dateline("New Delhi: Amidst growing fears of Russian attack")
    ('New Delhi', 11)
    >>> match_dateline("MOSCOW, Feb 15 (Reuters) - Russia said")
    ('MOSCOW', 27)
    >>> match_dateline("Russia's defence ministry informed Tuesday") is None
    True
    >>> match_dateline("However: this is not a dateline") is None
    True
    """
    for pattern in dateline_patterns():
        found = pattern.regex.match(paragraph)
        if found and found.group("place").lower() not in NOT_PLACES:
            return found.group("place").strip(), found.end()
    return None


#: Capitalised words that open a sentence with a colon but are not places (:func:`match_dateline`;
#: :func:`analysis.topmatter.dated_lead` reads them too, with the labels that open a line with a dash).
NOT_PLACES = frozenset({"however", "meanwhile", "note", "update", "editor's note", "also", "watch", "read", "explained", "analysis", "opinion", "exclusive", "breaking"})
