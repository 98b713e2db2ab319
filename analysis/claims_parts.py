"""Numbers a page's own shape shows are no claims of their own: a breakdown of a count just stated, a model's number the page uses as a name, and a series' numbered members.

Three passes over the claims :func:`analysis.claims.find_claims` found, each by the claims' arithmetic or
the page's repetition, never by a page's words (k16, the twentieth rounds' guide):

- a **breakdown**: a count, then right after its comma (or dash, colon, bracket) as many "one"s
  joined by commas and "and", each naming one member ("two figures, one male and one female",
  "three winners, one from Kenya, one from Peru and one from Chile"): the guide lists the count
  only, "the breakdown, as 'one man ... and the other' was not listed". Parts above one are sub-counts
  and stay ("a dozen candidates - two Democrats and 10 Republicans"); after a comma alone (no dash, colon, bracket,
  "including" or "of whom") the parts go only when each "one" names no thing of its own ("one male", "one from"):
  "two sons, one daughter and one grandson" are three counts (review16);
- a **model's number**: a number of three or more digits that the page writes once between a
  capitalised name and a lower-case noun ("the first United 747 flight") is a name there, and
  wherever else it stands with nothing counted after it ("Boeing's 747, the iconic jet", "747 Flies
  Final U.S. Passenger"): a type's number, not a quantity;
- a **series' member** (k17): a lower-case noun, then a small number with no noun it counts, where the page
  writes the same noun before the numbers next to it, a run of three ("with coin one being minted ..., coin two being
  minted ..., and coin three"): the number names the member, as "Day 9" and "Game 7" do (the guide: numbered
  parts of a series are names), whatever the noun.

Examples
--------
>>> from analysis.claims import find_claims
>>> [c.number_as_written for c in find_claims("The sculpture has two figures, one male and one female, in bronze.")]
['two']
>>> [c.number_as_written for c in find_claims("Two died, one man and one woman.")]
['Two']
>>> [c.number_as_written for c in find_claims("a dozen candidates - two Democrats and 10 Republicans")]
['a dozen', 'two', '10']
>>> [c.number_as_written for c in find_claims("Of the coins, coin one was old, coin two being minted in AD 130 and coin three being minted later; two being held.")]
['two']
>>> [c.number_as_written for c in find_claims("Rescuers found one alive, then found two dead and found three missing.")]
['one', 'two', 'three']
"""
from __future__ import annotations

import re
from typing import Sequence, TypeVar

from .irregular_verbs import irregular_pasts

C = TypeVar("C")

_SP = r"[^\S\n]"
_OPENS_PARTS = re.compile(rf"{_SP}*(?:,|(?P<list>:|\(|\u2014|\u2013|{_SP}-)){_SP}*(?P<words>(?:including|of[^\S\n]+whom|of[^\S\n]+them|namely){_SP}+)?")
#: After "one", words that name no thing of their own, only which of the whole's members it is (review16): a sex or an
#: age ("two figures, one male and one female", "two died, one man and one woman"), a colour, a state, a preposition
#: ("one from Kenya"). After a comma alone, parts with a noun of their own are counts ("two sons, one daughter and one
#: grandson"; "two pets, one dog and one cat").
_MEMBER_WORDS = frozenset({
    "male", "female", "man", "woman", "boy", "girl", "adult", "child", "young", "old", "older", "younger", "elder", "elderly",
    "black", "white", "red", "blue", "green", "yellow", "brown", "grey", "gray", "dead", "alive", "injured", "wounded",
    "from", "in", "at", "on", "of", "each", "for", "with", "to", "by", "near", "inside", "outside", "aged", "who", "which", "that",
})
_WORD_AFTER = re.compile(rf"{_SP}+([a-z]+)")
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
        plain = not opening.group("list") and not opening.group("words")  # a comma alone: every part must name no thing of its own
        if plain and any((w := _WORD_AFTER.match(text, claims[k].start + len(claims[k].number_as_written))) is None or w.group(1) not in _MEMBER_WORDS for k in range(i + 1, j + 1)):
            i += 1
            continue
        if total == value and j > i + 1:
            drop.update(range(i + 1, j + 1))
            i = j + 1
        else:
            i += 1
    return [c for k, c in enumerate(claims) if k not in drop] if drop else list(claims)


#: A count's verb or phrase right before the number: "the death toll rose to 101" is a count wherever else the page writes 101 (review16).
_COUNT_BEFORE = re.compile(rf"\b(?:(?:rose|risen|climbed|jumped|grew|fell|dropped|increased|decreased){_SP}+to|reached|killed|(?:toll|total){_SP}+of){_SP}+$", re.IGNORECASE)
_NAME_USE = r"(?<![.!?\n]{sp})(?<=[a-z,]{sp})[A-Z][A-Za-z]+{sp}+{number}{sp}+[a-z]"


def model_numbers(text: str, claims: Sequence[C]) -> list[C]:
    """``claims`` without a number of three or more digits, with nothing (or a capitalised word)
    after it, that the page writes elsewhere between a name and a noun ("United 747 flight")."""
    out = []
    for claim in claims:
        written = claim.number_as_written
        if written.isdigit() and len(written) >= 3 and (not claim.counts or claim.counts[0].isupper()) and claim.qualifier == "exact" and text.count(written) > 1 and not _COUNT_BEFORE.search(text, max(0, claim.start - 30), claim.start):
            use = re.compile(_NAME_USE.format(sp=_SP, number=re.escape(written)))
            if any(found.start() != claim.start for found in use.finditer(text)) and written not in (c.number_as_written for c in out if c.counts and c.counts[0].islower()):
                continue
        out.append(claim)
    return out


NUMBER_WORDS = ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty")
_NOUN_BEFORE = re.compile(rf"(?<![\w'\u2019-])([a-z]{{3,}}){_SP}+$")


def _member(text: str, noun: str, value: int) -> bool:
    """Whether the page writes ``noun`` right before the number ``value`` (in digits or a word)."""
    words = [str(value)] + ([NUMBER_WORDS[value]] if value < len(NUMBER_WORDS) else [])
    pattern = rf"(?<![\w'\u2019-]){noun}{_SP}+(?:{'|'.join(words)})(?![\w-])"
    return re.search(pattern, text, re.IGNORECASE) is not None


def series_members(text: str, claims: Sequence[C], stop: frozenset[str]) -> list[C]:
    """``claims`` without a small number (1-20) that counts no noun (nothing, or a word in -ing, after it) right after
    a lower-case noun (not a word of ``stop``, nor in -ed, -ing or -s, nor an irregular verb's past: "found"), when the page writes the same noun before two
    numbers next to it in a run of three (one below and one above, or the two above, or the two below): a numbered
    member of a series ("coin two being minted" beside "coin one" and "coin three"); "found one alive, found two
    dead, found three missing" are counts."""
    out = []
    for claim in claims:
        value = claim.value
        if 1 <= value <= 20 and value == int(value) and (not claim.counts or claim.counts.endswith("ing")) and claim.qualifier == "exact":
            noun = _NOUN_BEFORE.search(text, max(0, claim.start - 24), claim.start)
            word = noun.group(1) if noun else ""
            if word and word not in stop and not word.endswith(("ed", "ing", "s")) and word not in irregular_pasts():
                v = int(value)
                below, above = _member(text, word, v - 1), _member(text, word, v + 1)
                if (below and above) or (above and _member(text, word, v + 2)) or (below and v > 2 and _member(text, word, v - 2)):
                    continue
        out.append(claim)
    return out
