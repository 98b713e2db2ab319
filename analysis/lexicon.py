"""Exact, fast lexicon matching: leftmost-longest, each start tried only where it can match.

A *lexicon* is a list of :class:`Indicator` (a term, a case-sensitive term or a regular
expression, each tagged with the codebook item it answers). :func:`compile_lexicon` sorts it
longest written form first (:func:`priority_order`) and compiles, once, alternations of the form::

    (?<!\\w)(?<!\\w-)(?:(alt_1)|(alt_2)|...)(?!\\w)(?!-\\w)

so that at a start position the first alternative that matches is the best-ranked indicator, and
``match.lastindex`` says which one. ``Lexicon.pattern`` is the whole lexicon in one alternation.
Trying it at every position of a text is what made matching slow (Python's ``re`` tries the
alternation at each character), so :meth:`Lexicon.find` and :func:`find_all` do not:

* **where can a match begin?** Every indicator is reduced to *probes* (:func:`_probes`): the
  lower-cased first word run its matches must begin with (``"brink of war"``: exactly
  ``brink``), a prefix of that run (``"sanction*"``, or a pattern's ``return(?:s|ed)?``:
  ``return``), or a one-character class for what begins with a non-word or non-ASCII character
  (``$``). A regular-expression indicator (``kind = "pattern"``, a handful in the codebook) is
  not taken apart: working out how a pattern can begin needs ``re``'s private parser, so
  patterns are found by a zero-width scan of the whole text instead (one alternation of all of
  a lexicon's patterns, tried where a match may begin: the same matches, see the tests).
* **one pass over the text**: the text is split once into word compounds (a run and the runs
  hyphenated to it; only a compound's first run can start a match). An ASCII compound is looked
  up, lower-cased, in a memo that says which small alternation (group) of which lexicon to try
  there; a compound with a non-ASCII letter (``re`` folds ``K``, the Kelvin sign, to ``k``) is
  tried against each whole lexicon; non-word marks (``$`` in `` $10bn``) are tried where a
  class probe wants them.
* **the same choice as before**: candidates are taken left to right, skipping starts inside the
  lexicon's previous match; at one start the best-ranked indicator among the groups tried wins.
  Since every group is the full alternation restricted to indicators that *can* match there,
  the result is the one the full alternation gives: exact, not approximate.

:meth:`Lexicon.find` scans one text; :func:`find_all` scans it for several lexicons in one pass
(each lexicon's matches are independent). Callers assign matches to sentences by offset.

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
from itertools import accumulate
from operator import itemgetter
from typing import Iterable, NamedTuple, Sequence

from .lexicon_probes import literal_probe, pattern_probes

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


class Match(NamedTuple):
    """One match of one indicator: character offsets into the scanned text and the text matched.

    (A named tuple rather than a frozen dataclass: a long text yields many, and a tuple is
    several times cheaper to create.)
    """

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
    """A compiled lexicon: build with :func:`compile_lexicon`, scan with :meth:`find` (or several
    lexicons over one text with :func:`find_all`).

    ``pattern`` is the whole lexicon as one alternation in priority order (capturing group *k*
    holds indicator *k*); it serves the rare starts the dispatch cannot key (a word with a
    non-ASCII letter). Every other start is tried only against the indicators that can begin
    there, held in small alternations of the same form (see the module notes).
    """

    def __init__(self, name: str, indicators: Sequence[Indicator]) -> None:
        self.name = name
        self.indicators: tuple[Indicator, ...] = tuple(priority_order(indicators))
        ranks = range(len(self.indicators))
        self.pattern: re.Pattern[str] = _group_pattern(self.indicators, ranks)
        self._all = _Group(self.pattern, (-1, *ranks))
        tables: dict[str, dict[str, list[int]]] = {"exact": {}, "prefix": {}, "class": {}}
        scan: list[int] = []
        for rank, indicator in enumerate(self.indicators):
            probes = _probes(indicator)
            if probes is None or any(kind == "class" and re.search(key, _SPACES) for kind, key in probes):
                scan.append(rank)  # could begin anywhere, even at a space: found by a scan
                continue
            for kind, key in probes:
                members = tables[kind].setdefault(key, [])
                if rank not in members:
                    members.append(rank)

        def group(members: list[int]) -> _Group:
            members = sorted(members)
            return _Group(_group_pattern(self.indicators, members), (-1, *members))

        #: first word run (lower-cased ASCII) -> the indicators whose matches begin with exactly it
        self._exact: dict[str, _Group] = {key: group(members) for key, members in tables["exact"].items()}
        #: (ASCII prefix, indicators whose matches begin with a run that starts with it)
        self._prefixes: tuple[tuple[str, _Group], ...] = tuple((key, group(members)) for key, members in sorted(tables["prefix"].items()))
        #: (one-character regex, indicators whose matches begin with such a character, cache)
        self._classes: list[tuple[re.Pattern[str], _Group, dict[str, bool]]] = []
        for source, members in sorted(tables["class"].items()):
            test = re.compile(source)
            # an ASCII run is keyed lower-cased: its first character may be either case
            known = {chr(c): bool(test.fullmatch(chr(c)) or test.fullmatch(chr(c).upper())) for c in range(128)}
            self._classes.append((test, group(members), known))
        #: a zero-width scan for the indicators that could begin anywhere, and their group
        self._scan: tuple[re.Pattern[str], _Group] | None = None
        if scan:
            alternatives = "|".join(self.indicators[rank].regex for rank in scan)
            self._scan = (re.compile(f"{LEFT_BOUNDARY}(?=(?:{alternatives}))"), group(scan))
        self._alone: _Dispatch | None = None

    def __repr__(self) -> str:
        return f"Lexicon({self.name!r}, {len(self.indicators)} indicators)"

    def find(self, text: str) -> list[Match]:
        """Leftmost-longest, non-overlapping matches in ``text`` (empty text: no matches)."""
        if self._alone is None:
            self._alone = _Dispatch((self,))
        return self._alone.find_all(text)[0]


def find_all(lexicons: Sequence[Lexicon], text: str) -> list[list[Match]]:
    """``[lexicon.find(text) for lexicon in lexicons]``, with one pass over the text for all.

    Examples
    --------
    >>> a = compile_lexicon("a", [Indicator("war", "w")])
    >>> b = compile_lexicon("b", [Indicator("brink of war", "b"), Indicator("the", "t")])
    >>> [[m.matched for m in found] for found in find_all([a, b], "On the brink of war.")]
    [['war'], ['the', 'brink of war']]
    """
    key = tuple(lexicons)
    dispatch = _DISPATCH_CACHE.get(key)
    if dispatch is None:
        if len(_DISPATCH_CACHE) >= 16:
            _DISPATCH_CACHE.pop(next(iter(_DISPATCH_CACHE)), None)
        dispatch = _DISPATCH_CACHE[key] = _Dispatch(key)
    return dispatch.find_all(text)


# ------------------------------------------------------------------------------------------------
# Dispatch: which indicators can start where
# ------------------------------------------------------------------------------------------------

#: Every character that ``\s`` matches (``str.isspace``; the last one is U+3000).
_SPACES = "".join(chr(c) for c in range(0x3001) if chr(c).isspace())
_RUN = re.compile(r"\w*")
#: A word run and the hyphenated runs attached to it ("de-escalation"). Only the first run of
#: such a compound can start a match (the others follow a hyphen that follows a letter), every
#: start of a word run that can is the start of a compound, and splitting the text on it keeps
#: every offset: the parts are gap, compound, gap, compound, ..., gap.
_COMPOUND_SPLIT = re.compile(r"(\w+(?:-\w+)*)")
#: A non-word, non-space character where a match may start (the ``$`` of `` $10bn``); the
#: character class comes first so that the search skips to such characters at C speed.
_MARK = re.compile(r"(?s)[^\w\s](?<!\w.)(?<!\w-.)")


@dataclass(frozen=True, eq=False, slots=True)
class _Group:
    """Some indicators of one lexicon as one alternation: ``ranks[g]`` is the priority rank of
    the indicator that capturing group ``g`` holds (group 0, the whole match, has none)."""

    pattern: re.Pattern[str]
    ranks: tuple[int, ...]


def _group_pattern(indicators: Sequence[Indicator], members: Iterable[int]) -> re.Pattern[str]:
    """``LEFT(?:(a)|(b)|...)RIGHT`` over ``indicators[m]`` for ``m`` in ``members`` (in that order)."""
    alternation = "|".join(f"({indicators[m].regex})" for m in members)
    return re.compile(f"{LEFT_BOUNDARY}(?:{alternation}){RIGHT_BOUNDARY}")


def _probes(indicator: Indicator) -> list[tuple[str, str]] | None:
    """Every way a match of ``indicator`` can begin, as probes (see :func:`_literal_probe`), or
    ``None`` if that cannot be worked out (found by the lexicon's zero-width scan instead).

    Examples
    --------
    >>> _probes(Indicator("brink of war", "x")), _probes(Indicator("sanction*", "x")), _probes(Indicator("de-escalation", "x"))
    ([('exact', 'brink')], [('prefix', 'sanction')], [('exact', 'de')])
    >>> _probes(Indicator(r"return(?:s|ed)?\\s+to", "x", kind="pattern")), _probes(Indicator(r"(?:the\\s+)?war", "x", kind="pattern"))
    ([('prefix', 'return')], None)
    """
    if indicator.kind == "pattern":
        return pattern_probes(indicator.text)
    words = indicator.text.split()
    wildcard = len(words) == 1 and words[0].endswith("*")
    first = words[0][:-1] if wildcard else words[0]
    if wildcard and _RUN.match(first).group() != first:  # type: ignore[union-attr]
        wildcard = False  # "a-b*": the wildcard is not on the first run
    return [literal_probe(first, indicator.kind == "term", open_end=wildcard)]


class _Tokens:
    """Where matches may start in one text: the first word run of every hyphenated compound,
    keyed by the lower-cased compound when it is ASCII (``keys``/``starts``), else listed apart
    (``unkeyed``); and, on demand, the non-word marks (``$`` in `` $10bn``) with their offsets."""

    __slots__ = ("text", "keys", "starts", "unkeyed", "_marks")

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _COMPOUND_SPLIT.split(text)  # gap, compound, gap, compound, ..., gap
        compounds = parts[1::2]
        starts = list(accumulate(map(len, parts)))[0::2]  # compound k starts where gap k ends
        del starts[len(compounds):]
        if "".join(compounds).isascii():
            self.keys: list[str] = list(map(str.lower, compounds))
            self.starts: list[int] = starts
            self.unkeyed: list[int] = []
        else:
            self.keys, self.starts, self.unkeyed = [], [], []
            for compound, start in zip(compounds, starts):
                if compound.isascii():
                    self.keys.append(compound.lower())
                    self.starts.append(start)
                else:
                    self.unkeyed.append(start)
        self._marks: list[tuple[str, int]] | None = None

    def marks(self) -> list[tuple[str, int]]:
        if self._marks is None:
            self._marks = [(m.group(), m.start()) for m in _MARK.finditer(self.text)]
        return self._marks


def _tokens(text: str) -> _Tokens:
    """The tokens of ``text`` (the last few texts are kept: several scans of one text share them)."""
    tokens = _TOKENS_CACHE.get(text)
    if tokens is None:
        if len(_TOKENS_CACHE) >= 8:
            _TOKENS_CACHE.pop(next(iter(_TOKENS_CACHE)), None)
        tokens = _TOKENS_CACHE[text] = _Tokens(text)
    return tokens


_TOKENS_CACHE: dict[str, _Tokens] = {}
_MEMO_LIMIT = 200_000


class _Dispatch:
    """Several lexicons scanned together: each start is looked up once (by its lower-cased
    compound, memoised) to learn which groups of which lexicons may match there."""

    def __init__(self, lexicons: Sequence[Lexicon]) -> None:
        self.lexicons = tuple(lexicons)
        self.memo: dict[str, tuple[tuple[int, _Group], ...]] = {}
        self.classes = [(i, *probe) for i, lexicon in enumerate(self.lexicons) for probe in lexicon._classes]
        self.scans = [(i, lexicon._scan) for i, lexicon in enumerate(self.lexicons) if lexicon._scan is not None]
        # Every lexicon's probes in three lookups, so that a new word costs a few dict probes, not
        # a pass over each lexicon's probe lists: first run -> (lexicon, group); by prefix length,
        # prefix -> (lexicon, prefix, group); an ASCII first character -> (lexicon, group) of the
        # class probes it satisfies (a run is keyed lower-cased: ``known`` says either case).
        self.exact: dict[str, list[tuple[int, _Group]]] = {}
        by_length: dict[int, dict[str, list[tuple[int, str, _Group]]]] = {}
        for i, lexicon in enumerate(self.lexicons):
            for run, group in lexicon._exact.items():
                self.exact.setdefault(run, []).append((i, group))
            for prefix, group in lexicon._prefixes:
                by_length.setdefault(len(prefix), {}).setdefault(prefix, []).append((i, prefix, group))
        self.prefixes = tuple(sorted(by_length.items()))
        self.first_character = {
            chr(c): [(i, group) for i, lexicon in enumerate(self.lexicons) for _test, group, known in lexicon._classes if known[chr(c)]]
            for c in range(128)
        }

    def entries(self, key: str) -> tuple[tuple[int, _Group, tuple[_Group, ...] | None], ...]:
        """What to try where the ASCII compound ``key`` starts: per lexicon that may match there,
        ``(lexicon number, group, None)``, or ``(number, None, groups)`` if several groups may.

        A lexicon's groups come in the order it lists its probes: the exact run's, the prefixes'
        (sorted by prefix), the character classes'; lexicons in their order."""
        run = key.partition("-")[0]
        found: dict[int, list[_Group]] = {}
        for i, group in self.exact.get(run, ()):
            found[i] = [group]
        heads = [hit for length, table in self.prefixes if (hit := table.get(run[:length])) is not None]
        if heads:
            for i, _prefix, group in sorted((entry for hits in heads for entry in hits), key=itemgetter(0, 1)):
                found.setdefault(i, []).append(group)
        for i, group in self.first_character[run[0]]:
            found.setdefault(i, []).append(group)
        entries = tuple((i, groups[0], None) if len(groups) == 1 else (i, None, tuple(groups)) for i, groups in sorted(found.items()))
        if len(self.memo) >= _MEMO_LIMIT:
            self.memo.clear()
        self.memo[key] = entries  # type: ignore[assignment]
        return entries  # type: ignore[return-value]

    def find_all(self, text: str) -> list[list[Match]]:
        lexicons = self.lexicons
        if not text:
            return [[] for _ in lexicons]
        tokens = _tokens(text)
        # candidates from anywhere but the word index come out of text order: the lexicons that
        # get any collect all their candidates and walk them sorted; the others walk as they go
        extra: dict[int, list[tuple[int, _Group]]] = {}
        if tokens.unkeyed:
            for i, lexicon in enumerate(lexicons):
                extra.setdefault(i, []).extend((start, lexicon._all) for start in tokens.unkeyed)
        if self.classes:
            for char, start in tokens.marks():
                for i, test, group, known in self.classes:
                    hit = known.get(char)
                    if hit is None:
                        hit = known[char] = test.fullmatch(char) is not None
                    if hit:
                        extra.setdefault(i, []).append((start, group))
        for i, (scan, group) in self.scans:
            extra.setdefault(i, []).extend((m.start(), group) for m in scan.finditer(text))

        results: list[list[Match]] = [[] for _ in lexicons]
        cursors = [0] * len(lexicons)
        indicators = [lexicon.indicators for lexicon in lexicons]
        memo = self.memo
        for key, start in zip(tokens.keys, tokens.starts):
            entries = memo.get(key)
            if entries is None:
                entries = self.entries(key)
            for i, group, groups in entries:
                if i in extra:
                    extra[i] += [(start, group)] if groups is None else [(start, g) for g in groups]
                    continue
                if start < cursors[i]:
                    continue
                if groups is None:
                    m = group.pattern.match(text, start)
                    if m is None or m.end() == start:
                        continue
                    rank = group.ranks[m.lastindex]
                else:
                    m, rank = _best(text, start, groups)
                    if m is None:
                        continue
                cursors[i] = end = m.end()
                results[i].append(Match(start, end, m.group(), indicators[i][rank]))
        for i, candidates in extra.items():
            candidates.sort(key=_first)
            results[i] = _walk(text, candidates, lexicons[i].indicators)
        return results


def _best(text: str, start: int, groups: Iterable[_Group]) -> tuple[re.Match[str] | None, int]:
    """The match at ``start`` of the best-ranked indicator among ``groups``, and its rank."""
    best, rank = None, -1
    for group in groups:
        m = group.pattern.match(text, start)
        if m is not None and m.end() > start:
            other = group.ranks[m.lastindex]  # type: ignore[index]
            if best is None or other < rank:
                best, rank = m, other
    return best, rank


def _first(candidate: tuple[int, _Group]) -> int:
    return candidate[0]


def _walk(text: str, candidates: list[tuple[int, _Group]], indicators: tuple[Indicator, ...]) -> list[Match]:
    """Left to right over the candidate starts (sorted): at each start not inside the previous
    match, the best-ranked indicator any of its groups matches there (if any) is taken."""
    out: list[Match] = []
    cursor = 0
    i, n = 0, len(candidates)
    while i < n:
        start, group = candidates[i]
        i += 1
        if start < cursor:
            continue
        best, rank = None, -1
        m = group.pattern.match(text, start)
        if m is not None and m.end() > start:
            best, rank = m, group.ranks[m.lastindex]  # type: ignore[index]
        while i < n and candidates[i][0] == start:  # other groups that may match at this start
            group = candidates[i][1]
            i += 1
            m = group.pattern.match(text, start)
            if m is not None and m.end() > start:
                other = group.ranks[m.lastindex]  # type: ignore[index]
                if best is None or other < rank:
                    best, rank = m, other
        if best is not None:
            cursor = best.end()
            out.append(Match(start, cursor, best.group(), indicators[rank]))
    return out


_DISPATCH_CACHE: dict[tuple[Lexicon, ...], _Dispatch] = {}


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
