"""Numbers a page's own shape shows are no claims of their own: a breakdown of a count just stated, and a model's number the page uses as a name.

Two passes over the claims :func:`analysis.claims.find_claims` found, each by the claims' arithmetic or
the page's repetition, never by a page's words (k16, the twentieth rounds' guide):

- a **breakdown**: a count, then right after its comma (or dash, colon, bracket) as many "one"s
  joined by commas and "and", each naming one member ("two figures, one male and one female",
  "three winners, one from Kenya, one from Peru and one from Chile"): the guide lists the count
  only, "the breakdown, as 'one man ... and the other' was not listed". Parts above one are sub-counts
  and stay ("a dozen candidates - two Democrats and 10 Republicans");
- a **model's number**: a number of three or more digits that the page writes once between a
  capitalised name and a lower-case noun ("the first United 747 flight") is a name there, and
  wherever else it stands with nothing counted after it ("Boeing's 747, the iconic jet", "747 Flies
  Final U.S. Passenger"): a type's number, not a quantity.

Examples
--------
>>> from analysis.claims import find_claims
>>> [c.number_as_written for c in find_claims("The sculpture has two figures, one male and one female, in bronze.")]
['two']
>>> [c.number_as_written for c in find_claims("Two died, one man and one woman.")]
['Two']
>>> [c.number_as_written for c in find_claims("a dozen candidates - two Democrats and 10 Republicans")]
['a dozen', 'two', '10']
"""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

C = TypeVar("C")

_SP = r"[^\S\n]"
_OPENS_PARTS = re.compile(rf"{_SP}*(?:,|:|\(|\u2014|\u2013|{_SP}-){_SP}*(?:(?:including|of[^\S\n]+whom|of[^\S\n]+them|namely){_SP}+)?")
_BETWEEN_PARTS = re.compile(rf"{_SP}*(?:,{_SP}*(?:and{_SP}+)?|and{_SP}+)")


def breakdowns(text: str, claims: Sequence[C]) -> list[C]:
    """``claims`` without the parts of a count told right after it that add up to it."""
    drop: set[int] = set()
    i = 0
    while i < len(claims) - 2:
        whole = claims[i]
        opening = _OPENS_PARTS.match(text, whole.end)
        value = whole.value
        if opening is None or opening.end() != claims[i + 1].start or value != int(value) or not 2 <= value <= 12 or not whole.counts:
            i += 1
            continue
        total, j = 0.0, i + 1
        while j < len(claims) and total < value:
            part = claims[j]
            if part.value != 1 or not part.counts or part.qualifier not in ("exact", ""):
                break
            total += part.value
            following = claims[j + 1] if j + 1 < len(claims) else None
            if total >= value or following is None:
                break
            gap = _BETWEEN_PARTS.match(text, part.end)
            if gap is None or gap.end() != following.start:
                break
            j += 1
        if total == value and j > i + 1:
            drop.update(range(i + 1, j + 1))
            i = j + 1
        else:
            i += 1
    return [c for k, c in enumerate(claims) if k not in drop] if drop else list(claims)


_NAME_USE = r"(?<![.!?\n]{sp})(?<=[a-z,]{sp})[A-Z][A-Za-z]+{sp}+{number}{sp}+[a-z]"


def model_numbers(text: str, claims: Sequence[C]) -> list[C]:
    """``claims`` without a number of three or more digits, with nothing (or a capitalised word)
    after it, that the page writes elsewhere between a name and a noun ("United 747 flight")."""
    out = []
    for claim in claims:
        written = claim.number_as_written
        if written.isdigit() and len(written) >= 3 and (not claim.counts or claim.counts[0].isupper()) and claim.qualifier == "exact" and text.count(written) > 1:
            use = re.compile(_NAME_USE.format(sp=_SP, number=re.escape(written)))
            if any(found.start() != claim.start for found in use.finditer(text)) and written not in (c.number_as_written for c in out if c.counts and c.counts[0].islower()):
                continue
        out.append(claim)
    return out
