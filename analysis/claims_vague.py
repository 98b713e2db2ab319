"""Vague quantities that ``quantities.tsv`` cannot hold as a term: "the millions", "a couple more times".

:func:`analysis.claims.find_claims` reads every quantity of ``quantities.tsv``; two vague quantities
that the labelling guide lists are written in a way no term there can match without matching
something else too:

- a **plural scale after "the"**, no number before it ("numbers dropped from the millions to
  70,000", "sales ran into the billions"): "millions" is a scale in the lexicon (it multiplies
  the number before it, "1.5 millions"), so it is no quantity alone; the guide lists "the
  thousands" and "the millions" whole. "the millions of" is read by the lexicon already.
- **"a couple" before a plural noun, without "of"** ("a couple more times", "a couple unexpected
  setbacks": the guide's `a couple`); "a couple" alone is two people ("a couple who married"),
  and "a couple of" is a term of its own.

The claims found here pass the same filters as the others (a duration, "a couple years", is none).

Examples
--------
>>> from analysis.claims import Claim
>>> [(c.number_as_written, c.value, c.counts) for c in vague_claims("It fell from the millions to 70,000; do it a couple more times.", Claim)]
[('the millions', 1000000.0, ''), ('a couple', 2.0, 'times')]
>>> vague_claims("", Claim)
[]
"""
from __future__ import annotations

import re
from typing import Callable, TypeVar

T = TypeVar("T")

_SP = r"[^\S\n]"
#: "the millions" not followed by "of" (the lexicon's "millions of") nor a hyphen ("the millions-strong").
_THE_SCALE = re.compile(rf"\b[Tt]he{_SP}+(millions|billions|trillions)\b(?!{_SP}+of\b)(?![-\u2019'])")
#: "a couple" then at most one more word and a plural noun in -s: "a couple more times", "a couple unexpected setbacks".
_A_COUPLE = re.compile(rf"\b([Aa]{_SP}+couple)(?={_SP}+(?:[a-z]+{_SP}+)?([a-z]+[^s\W]s)\b)(?!{_SP}+of\b)")
# The same patterns without their opening word boundary, asked first: every match of a pattern is
# one of its hint's, and re skips fast to a hint's first letter ("\b" first is tried at every character).
_THE_SCALE_HINT = re.compile(_THE_SCALE.pattern.removeprefix(r"\b"))
_A_COUPLE_HINT = re.compile(_A_COUPLE.pattern.removeprefix(r"\b"))
_SCALES = {"millions": 1e6, "billions": 1e9, "trillions": 1e12}
#: A scale word between "a couple" and its noun: "a couple thousand dollars" (the eighteenth site sets, s785).
_COUPLE_SCALES = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}
#: Words after "a couple" that make it no count of the noun after them (a verb of the couple, or "of").
_NOT_AFTER_COUPLE = frozenset({"of", "who", "was", "were", "is", "are", "has", "have", "had", "said", "says", "and", "from", "in", "on", "at", "with", "whose", "that"})


def vague_claims(text: str, make: Callable[..., T]) -> list[T]:
    """Every "the millions" and "a couple <plural noun>" in ``text``, as claims built by ``make``
    (called as ``make(number_as_written, value, counts, qualifier, text, start, end)``:
    :class:`analysis.claims.Claim`), in order.

    Examples
    --------
    >>> from analysis.claims import Claim
    >>> [c.number_as_written for c in vague_claims("A couple who married said the millions of fans and the millions-strong diaspora came.", Claim)]
    []
    >>> [(c.number_as_written, c.value, c.counts) for c in vague_claims("We're talking about a couple thousand dollars.", Claim)]
    [('a couple thousand', 2000.0, 'dollars')]
    """
    if not text or ("illions" not in text and "ouple" not in text):
        return []
    found: list[tuple[int, T]] = []
    for m in _THE_SCALE.finditer(text) if _THE_SCALE_HINT.search(text) else ():
        found.append((m.start(), make(" ".join(m.group().split()), _SCALES[m.group(1).lower()], "", "vague", m.group(), m.start(), m.end())))
    for m in _A_COUPLE.finditer(text) if _A_COUPLE_HINT.search(text) else ():
        between = text[m.end(1) : m.start(2)].split()
        if any(word in _NOT_AFTER_COUPLE for word in between):
            continue
        end = m.start(2) + len(m.group(2))
        written, value = " ".join(m.group(1).split()), 2.0
        if between and between[0].lower() in _COUPLE_SCALES:  # "a couple thousand dollars": two thousand, written with its scale
            written, value = f"{written} {between[0]}", 2.0 * _COUPLE_SCALES[between[0].lower()]
        found.append((m.start(), make(written, value, m.group(2), "vague", text[m.start() : end], m.start(), end)))
    return [claim for _, claim in sorted(found, key=lambda pair: pair[0])]
