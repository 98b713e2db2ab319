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
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

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
