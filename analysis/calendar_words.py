"""Calendar words: the months and weekdays of ``data/instruments/calendar.tsv``, validated.

One loader for every module that must recognise a date or tell a calendar word from a name:
:mod:`analysis.claims` (a number next to a month is a date, not a claim), :mod:`analysis.cues`
(time adjuncts: "Lavrov on Monday said"), :mod:`analysis.pages` and :mod:`analysis.boilerplate`
(date lines), :mod:`analysis.mentions` (capitalised words that name no actor).

Examples
--------
>>> load_calendar().months[0]
('January', ('Jan',))
>>> Calendar((), ()).words()  # no months, no weekdays: no words
frozenset()
>>> re.fullmatch(calendar_pattern("month"), "sept"), calendar_pattern("weekday", abbreviations=False, case="initial")[:12]
(<re.Match object; span=(0, 4), match='sept'>, '(?:Wednesday')
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .alternation import Case, alternation
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv

CALENDAR = "calendar.tsv"


@dataclass(frozen=True)
class Calendar:
    """Month and weekday names (``calendar.tsv``), each with its abbreviations, in calendar order."""

    months: tuple[tuple[str, tuple[str, ...]], ...]
    weekdays: tuple[tuple[str, tuple[str, ...]], ...]

    def words(self) -> frozenset[str]:
        """Every full month and weekday name, lower case (``"monday"``, ``"may"``)."""
        return frozenset(name.lower() for name, _abbr in (*self.months, *self.weekdays))


@lru_cache(maxsize=1)
def load_calendar() -> Calendar:
    """The calendar words of ``data/instruments/calendar.tsv``, validated (cached).

    Twelve months and seven weekdays, each name once; an unknown kind, a duplicate or a wrong
    count raises :class:`~analysis.errors.InstrumentError` naming the file (and the line).

    Examples
    --------
    >>> cal = load_calendar()
    >>> cal.months[8], [name for name, _abbr in cal.weekdays][:2]
    (('September', ('Sep', 'Sept')), ['Monday', 'Tuesday'])
    >>> {"may", "sunday"} <= cal.words()
    True
    """
    path = instrument_path(CALENDAR)
    found: dict[str, list[tuple[str, tuple[str, ...]]]] = {"month": [], "weekday": []}
    seen: dict[str, str] = {}
    for row in load_tsv(path, required=("name", "kind")):
        kind, name = row["kind"], row["name"]
        if kind not in found:
            raise InstrumentError(path, f"kind must be month or weekday, not {kind!r}", row=int(row["line"]))
        abbreviations = tuple(a.strip() for a in row.get("abbreviations", "").split("|") if a.strip())
        for word in (name, *abbreviations):
            if not re.fullmatch(r"[A-Za-z]+", word):
                raise InstrumentError(path, f"{word!r} is not a word of letters", row=int(row["line"]))
            if word.lower() in seen:
                raise InstrumentError(path, f"{word!r} is listed twice (also line {seen[word.lower()]})", row=int(row["line"]))
            seen[word.lower()] = row["line"]
        found[kind].append((name, abbreviations))
    if len(found["month"]) != 12 or len(found["weekday"]) != 7:
        raise InstrumentError(path, f"needs 12 months and 7 weekdays, found {len(found['month'])} and {len(found['weekday'])}")
    return Calendar(tuple(found["month"]), tuple(found["weekday"]))


@lru_cache(maxsize=None)
def calendar_pattern(kind: str, *, abbreviations: bool = True, case: Case = "ignore") -> str:
    """A regex alternation of the month or weekday names of ``calendar.tsv`` and, unless told, their
    abbreviations ("Sept", "Thurs"), longest first: the one definition of a calendar word that the
    date patterns of cleaning are built from. No boundaries and no full stop (the caller's:
    ``\\.?`` after an abbreviation); ``case`` as :func:`analysis.alternation.alternation` (``"ignore"``:
    compile with ``re.IGNORECASE``; ``"initial"``: capitalised as the file writes them).

    Examples
    --------
    >>> rx = re.compile(r"(?:" + calendar_pattern("month") + r")\\.? \\d{1,2}\\b", re.IGNORECASE)
    >>> [bool(rx.fullmatch(x)) for x in ("Sept. 3", "january 31", "May 5", "Mayor 5", "Janu 31")]
    [True, True, True, False, False]
    >>> bool(re.fullmatch(calendar_pattern("weekday", abbreviations=False, case="initial"), "sunday"))
    False
    >>> calendar_pattern("season")
    Traceback (most recent call last):
    ...
    ValueError: kind must be month or weekday, not 'season'
    """
    if kind not in ("month", "weekday"):
        raise ValueError(f"kind must be month or weekday, not {kind!r}")
    calendar = load_calendar()
    names = calendar.months if kind == "month" else calendar.weekdays
    return alternation([word for name, abbr in names for word in (name, *(abbr if abbreviations else ()))], case=case)


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    """Every form of a month's name in lower case, its first three letters too ("sep"), to its number."""
    return {
        word.lower(): number
        for number, (name, abbreviations) in enumerate(load_calendar().months, start=1)
        for word in (name, name[:3], *abbreviations)
    }


def month_number(word: str) -> int:
    """A month's number (1-12) from its name, its first three letters or an abbreviation in
    ``calendar.tsv``, any case and with or without a full stop; 0 if the word names no month.

    Examples
    --------
    >>> month_number("March"), month_number("sept."), month_number("Monday")
    (3, 9, 0)
    """
    return _month_numbers().get(word.rstrip(".").lower(), 0)
