"""Exact, fast lexicon matching: one compiled alternation per lexicon, leftmost-longest.

A *lexicon* is a list of :class:`Indicator` (a term, a case-sensitive term or a regular
expression, each tagged with the codebook item it answers). :func:`compile_lexicon` turns it
into one regular expression, compiled once::

    (?<!\\w)(?<!\\w-)(?:(alt_1)|(alt_2)|...)(?!\\w)(?!-\\w)

with the alternatives sorted longest written form first, so at any start position the longest
literal wins, and ``match.lastindex`` says which indicator matched without a second lookup. For
speed the alternation is branched on each term's first character (see
:func:`_dispatch_alternation`); that changes how many alternatives a start tries, not which wins.
:meth:`Lexicon.find` scans a whole text once; callers assign matches to sentences by offset.

The rules (also stated in the codebook):

* **case**: terms and patterns are case-insensitive (``(?i:...)``), cased terms exact;
* **word boundaries**: a match neither starts nor ends inside a word, and a hyphen between
  letters is inside a word (``escalation`` does not match in ``de-escalation``);
* **spaces** in a term match any whitespace run; a final ``*`` matches any word ending;
* **overlaps**: leftmost first, then the higher-priority (longer) indicator; matches of one
  lexicon never overlap. Different lexicons are independent.

:func:`reference_find` implements the same rules the slow, obvious way (one regular expression
per indicator, every start position, then a greedy left-to-right choice); it exists so tests can
prove that the compiled matcher returns exactly the same matches.

Examples
--------
>>> lex = compile_lexicon("demo", [Indicator("war", "i1"), Indicator("brink of war", "i2"), Indicator("the West", "i3", kind="cased")])
>>> [(m.matched, m.indicator.item, m.start, m.end) for m in lex.find("On the brink of war, the West warned; the west bank; anti-war.")]
[('brink of war', 'i2', 7, 19), ('the West', 'i3', 21, 29)]
>>> lex.find("")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

#: A match may not start after a word character, nor after a hyphen that follows one.
LEFT_BOUNDARY = r"(?<!\w)(?<!\w-)"
#: A match may not end before a word character, nor before a hyphen followed by one.
RIGHT_BOUNDARY = r"(?!\w)(?!-\w)"

KINDS = ("term", "cased", "pattern")


@dataclass(frozen=True)
class Indicator:
    """One indicator: ``text`` as written in the codebook, the ``item`` it answers, its ``kind``.

    ``kind`` is ``"term"`` (case-insensitive word or phrase), ``"cased"`` (exact case) or
    ``"pattern"`` (a regular expression, case-insensitive unless it says ``(?-i:...)``).
    """

    text: str
    item: str
    kind: str = "term"

    @property
    def regex(self) -> str:
        """The regular expression for this indicator, without word boundaries.

        Examples
        --------
        >>> Indicator("brink of  war", "x").regex
        '(?i:brink\\\\s+of\\\\s+war)'
        >>> Indicator("sanction*", "x").regex
        '(?i:sanction\\\\w*)'
        >>> Indicator("the West", "x", kind="cased").regex
        '(?-i:the\\\\s+West)'
        """
        if self.kind == "pattern":
            return f"(?i:{self.text})"
        words = self.text.split()
        body = r"\s+".join(re.escape(word) for word in words)
        if body.endswith(r"\*"):
            body = body[:-2] + r"\w*"
        return f"(?-i:{body})" if self.kind == "cased" else f"(?i:{body})"


@dataclass(frozen=True)
class Match:
    """One match of one indicator: character offsets into the scanned text and the text matched."""

    start: int
    end: int
    matched: str
    indicator: Indicator


def priority_order(indicators: Iterable[Indicator]) -> list[Indicator]:
    """Indicators in the order the alternation tries them: longest written form first, then
    alphabetically (deterministic), then by kind.

    Examples
    --------
    >>> [i.text for i in priority_order([Indicator("war", "a"), Indicator("brink of war", "b"), Indicator("wars", "c")])]
    ['brink of war', 'wars', 'war']
    """
    return sorted(indicators, key=lambda i: (-len(i.text), i.text.lower(), i.text, KINDS.index(i.kind)))


def check_indicator(indicator: Indicator) -> str | None:
    """Why an indicator cannot be compiled, or ``None`` if it can.

    Examples
    --------
    >>> check_indicator(Indicator("(un)clear", "x", kind="pattern"))
    'pattern has a capturing group; write (?:...) instead'
    >>> check_indicator(Indicator("a?", "x", kind="pattern"))
    'pattern can match the empty string'
    >>> check_indicator(Indicator("war", "x")) is None
    True
    """
    if indicator.kind not in KINDS:
        return f"unknown indicator kind {indicator.kind!r}"
    if not indicator.text.strip():
        return "empty indicator"
    try:
        compiled = re.compile(indicator.regex)
    except re.error as exc:
        return f"invalid regular expression: {exc}"
    if compiled.groups:
        return "pattern has a capturing group; write (?:...) instead"
    if compiled.fullmatch(""):
        return "pattern can match the empty string"
    return None


class Lexicon:
    """A compiled lexicon: build with :func:`compile_lexicon`, scan with :meth:`find`."""

    def __init__(self, name: str, indicators: Sequence[Indicator]) -> None:
        self.name = name
        self.indicators: tuple[Indicator, ...] = tuple(priority_order(indicators))
        alternation, self._group_indicator = _dispatch_alternation(self.indicators)
        self.pattern: re.Pattern[str] = re.compile(f"{LEFT_BOUNDARY}(?:{alternation}){RIGHT_BOUNDARY}")

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self.indicators)} indicators)"

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in ``text`` (empty text: no matches)."""
        indicators, groups = self.indicators, self._group_indicator
        return [
            Match(m.start(), m.end(), m.group(), indicators[groups[m.lastindex]])  # type: ignore[index]
            for m in self.pattern.finditer(text)
            if m.end() > m.start()
        ]


def _first_char(indicator: Indicator) -> str | None:
    """The character every match of a term starts with (case-folded), or None (patterns)."""
    if indicator.kind == "pattern":
        return None
    first = indicator.text.lstrip()[0]
    return first.lower() if first.isascii() and first.isalnum() else None


def _dispatch_alternation(indicators: Sequence[Indicator]) -> tuple[str, list[int]]:
    """One alternation, branched on the first character so each start tries few alternatives.

    For each first letter or digit of a term, a branch ``(?=(?i:c))(?:...)`` holds, in priority
    order, the terms starting with it and every pattern (patterns may start anywhere); a last
    branch holds the patterns and the terms starting with anything else. Terms of different
    branches can never match at the same start, so the first match at any start is the same as
    in the flat alternation of all indicators in priority order. Returns the alternation and,
    per capturing group number, the index of its indicator (a pattern has one group per branch).
    """
    firsts = [_first_char(indicator) for indicator in indicators]
    branches: list[tuple[str, list[int]]] = []
    for char in sorted({c for c in firsts if c is not None}):
        members = [i for i, c in enumerate(firsts) if c == char or indicators[i].kind == "pattern"]
        branches.append((f"(?=(?i:{re.escape(char)}))", members))
    rest = [i for i, c in enumerate(firsts) if c is None]
    if rest:
        branches.append(("", rest))
    group_indicator: list[int] = [-1]  # group 0 is the whole match
    parts = []
    for guard, members in branches:
        alternatives = []
        for index in members:
            alternatives.append(f"({indicators[index].regex})")
            group_indicator.append(index)
        parts.append(f"{guard}(?:{'|'.join(alternatives)})")
    return "|".join(parts), group_indicator


def compile_lexicon(name: str, indicators: Sequence[Indicator]) -> Lexicon:
    """Compile ``indicators`` into one :class:`Lexicon` (one regular expression).

    Raises ``ValueError`` naming the first indicator that cannot be compiled.

    Examples
    --------
    >>> compile_lexicon("x", [Indicator("claimed", "c")]).find("Russia claimed; he reclaimed it")
    [Match(start=7, end=14, matched='claimed', indicator=Indicator(text='claimed', item='c', kind='term'))]
    """
    for indicator in indicators:
        problem = check_indicator(indicator)
        if problem:
            raise ValueError(f"indicator {indicator.text!r} (item {indicator.item}): {problem}")
    return Lexicon(name, indicators)


def reference_find(indicators: Sequence[Indicator], text: str) -> list[Match]:
    """The same matches as :meth:`Lexicon.find`, computed one indicator at a time. For tests only.

    Every indicator is its own regular expression; a zero-width lookahead finds every start
    position where it matches (and the span it matches there). Then, left to right, the
    earliest candidate at or after the end of the previous match is taken; at one start, the
    indicator first in :func:`priority_order` wins.

    Examples
    --------
    >>> [m.matched for m in reference_find([Indicator("war", "a"), Indicator("brink of war", "b")], "the brink of war")]
    ['brink of war']
    """
    ordered = priority_order(indicators)
    candidates: dict[int, tuple[int, int, Indicator]] = {}
    for rank, indicator in enumerate(ordered):
        single = re.compile(f"(?=({LEFT_BOUNDARY}{indicator.regex}{RIGHT_BOUNDARY}))")
        for m in single.finditer(text):
            start, end = m.span(1)
            if end > start and (start not in candidates or rank < candidates[start][0]):
                candidates[start] = (rank, end, indicator)
    out: list[Match] = []
    cursor = 0
    for start in sorted(candidates):
        if start < cursor:
            continue
        _rank, end, indicator = candidates[start]
        out.append(Match(start, end, text[start:end], indicator))
        cursor = end
    return out
