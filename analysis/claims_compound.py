"""A measure in two units, one claim written whole: "6,082 ft 3.40 in", "8 lb 6 oz".

The labelling guide lists a length in feet and inches as one claim written whole (``6,082 ft 3.40
in``), as a weight in pounds and ounces is (``8lbs 6oz``): the smaller unit's figure completes the
larger one's, it counts nothing of its own. :func:`analysis.claims.find_claims` reads the first
figure with its unit; :func:`join_compound` extends that claim over the second figure and its unit
and drops a claim read from the second alone. "in" is a unit only where no word of a phrase
follows it ("6 ft 3 in tall", "6 ft 3 in."; not "rose 6 ft 3 in the first hour").

Examples
--------
>>> compound_end("The record was 6,082 ft 3.40 in, set in 2012.", len("The record was 6,082 ft"))
31
>>> compound_end("It rose 6 ft 3 in the first hour.", len("It rose 6 ft"))
-1
"""
from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from typing import TypeVar

_SP = r"[^\S\n]"
_LARGE = {"ft": "in", "feet": "in", "foot": "in", "lb": "oz", "lbs": "oz", "pound": "oz", "pounds": "oz"}
_SMALL = {"in": re.compile(rf"{_SP}*(\d+(?:\.\d+)?){_SP}*(?:in|ins|inch|inches)\b\.?(?!\w)"), "oz": re.compile(rf"{_SP}*(\d+(?:\.\d+)?){_SP}*(?:oz|ounces?)\b\.?(?!\w)")}
#: After "in": a word that makes it the preposition ("3 in the first hour"), not inches.
_PREPOSITION_NEXT = re.compile(rf"{_SP}+(?:(?i:the|a|an|this|that|these|those|his|her|its|their|our|my|your|each|every|all|some|one|two)\b|[A-Z]|\d)")

C = TypeVar("C")


def compound_end(text: str, unit_end: int) -> int:
    """Where "<figure> in" or "<figure> oz" completing the figure whose larger unit ends at
    ``unit_end`` ends (``-1`` when none follows)."""
    unit = re.search(r"([A-Za-z]+)\.?$", text[max(0, unit_end - 8) : unit_end])
    small = _LARGE.get(unit.group(1).lower()) if unit else None
    if not small:
        return -1
    m = _SMALL[small].match(text, unit_end)
    if not m or (small == "in" and not m.group().rstrip().endswith(".") and _PREPOSITION_NEXT.match(text, m.end())):
        return -1
    return m.end() - (1 if m.group().endswith(".") else 0)


def join_compound(text: str, claims: Sequence[C]) -> list[C]:
    """``claims`` with each feet-and-inches or pounds-and-ounces figure read as one claim written
    whole, and a claim read from its second figure dropped.

    Examples
    --------
    >>> from analysis.claims import find_claims
    >>> [c.number_as_written for c in find_claims("The pizza was 6,082 ft 3.40 in long; he is 6 ft 3 in tall.")]
    ['6,082 ft 3.40 in', '6 ft 3 in']
    >>> join_compound("", [])
    []
    """
    out: list[C] = []
    skip_until = -1
    for claim in claims:
        if claim.start < skip_until:  # type: ignore[attr-defined]
            continue
        end = compound_end(text, claim.end) if claim.counts.lower() in _LARGE else -1  # type: ignore[attr-defined]
        if end > 0:
            number_start = text.find(claim.number_as_written, claim.start)  # type: ignore[attr-defined]
            written = " ".join(text[max(number_start, claim.start) : end].split())  # type: ignore[attr-defined]
            claim = dataclasses.replace(claim, number_as_written=written, text=text[claim.start : end], end=end)  # type: ignore[attr-defined, type-var]
            skip_until = end
        out.append(claim)
    return out
