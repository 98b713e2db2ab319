r"""One regular expression for many phrases: the project's one alternation builder.

:func:`alternation` turns a list of word phrases (cue verbs, calendar words, quantity words,
gazetteer aliases) into one alternation that prefers the longest phrase at a position, with a
space in a phrase matching any run of whitespace. It is written as a *trie*: phrases that share
a beginning share its regex, so ``re`` (which tries an alternation's branches one after the
other) spends one test per distinct next character instead of one per phrase::

    >>> alternation(["said", "says", "according to", "added"])
    '(?:a(?:ccording\\s+to|dded)|sa(?:id|ys))'

At a node of the trie a longer continuation is tried before the phrase that ends there, so the
longest phrase wins; a shorter one is taken only when what follows the longer one fails (the
caller's ``(?!\w)``, say), exactly as in the flat alternation of all phrases longest first.

That equivalence needs the branches of a node to match disjoint characters (then at most one
branch can go on at any position, and the order of branches does not matter). The builder makes
it so: where two branches can match the same character (``[dD]`` and ``D`` in the gazetteer), the
node is split by character (``d`` leads to the ``[dD]`` phrases, ``D`` to both). Where ``re``'s
case folding of a non-ASCII letter decides what a branch matches (``case="ignore"``), that node's
phrases are written as the flat alternation, longest first, so the choice stays the flat one's.

``case`` says how the pattern will be compiled and matched:

* ``"ignore"``: the caller compiles with ``re.IGNORECASE`` (cue and grammar phrases, quantity
  words); letters are written lower-case.
* ``"initial"``: case-sensitive, except that a word written with a lower-case initial also
  matches with a capital one (gazetteer aliases: ``the West`` matches ``The West``, never
  ``the west``).

No phrases give ``(?!)``, which matches nothing.
"""
from __future__ import annotations

import re
from typing import Iterable, Literal, NamedTuple, Sequence

__all__ = ["alternation", "CASES"]

Case = Literal["ignore", "initial"]
CASES: tuple[str, ...] = ("ignore", "initial")

#: Marks the end of a phrase in the trie (never a unit's regex).
_END = ""


class _Unit(NamedTuple):
    """One position of a phrase: its regex and the characters it can match (``None``: not known
    exactly, because ``re``'s case folding of a non-ASCII letter decides it). ``space``: a run of
    whitespace, which no other unit matches."""

    regex: str
    chars: frozenset[str] | None
    space: bool = False


_SPACE = _Unit(r"\s+", frozenset(), space=True)


def _units(phrase: str, case: Case) -> list[_Unit]:
    r"""A (whitespace-normalised) phrase as units, one per character or space.

    Examples
    --------
    >>> [u.regex for u in _units("the West", "initial")]
    ['[tT]', 'h', 'e', '\\s+', 'W', 'e', 's', 't']
    >>> [u.regex for u in _units("U.S.", "ignore")]
    ['u', '\\.', 's', '\\.']
    """
    units: list[_Unit] = []
    for number, word in enumerate(phrase.split()):
        if number:
            units.append(_SPACE)
        for position, ch in enumerate(word):
            if case == "ignore":
                if ch.isascii():  # distinct ASCII letters stay distinct under re's case folding
                    units.append(_Unit(re.escape(ch.lower()), frozenset({ch.lower(), ch.upper()})))
                else:
                    units.append(_Unit(re.escape(ch), None))
            elif position == 0 and ch.islower():
                units.append(_Unit(f"[{ch}{ch.upper()}]", frozenset(ch + ch.upper())))
            else:
                units.append(_Unit(re.escape(ch), frozenset({ch})))
    return units


def _disjoint(units: list[_Unit]) -> bool:
    """Can no two of these units match the same character?"""
    sets = [unit.chars for unit in units if not unit.space]
    if len(sets) <= 1:
        return True
    seen: set[str] = set()
    for chars in sets:
        if chars is None or seen & chars:
            return False
        seen |= chars
    return True


def alternation(phrases: Iterable[str], *, case: Case = "ignore") -> str:
    r"""One regex alternation of word phrases, the longest phrase first (see the module notes).

    Whitespace in a phrase matches any run of whitespace; repeated phrases count once. Word
    boundaries are the caller's (``(?<!\w)(?:...)(?!\w)``).

    Examples
    --------
    >>> alternation(["said", "according to", "added", "says"])
    '(?:a(?:ccording\\s+to|dded)|sa(?:id|ys))'
    >>> rx = re.compile(r"(?<!\w)(?:" + alternation(["Putin", "President Putin", "Pres"], case="initial") + r")(?!\w)")
    >>> [m.group() for m in rx.finditer("President Putin and Pres and Putin")]
    ['President Putin', 'Pres', 'Putin']
    >>> alternation(["the west", "The West"], case="initial")  # [tT] and T split into t and T
    '(?:The\\s+[Ww]est|the\\s+[wW]est)'
    >>> alternation([])
    '(?!)'
    """
    if case not in CASES:
        raise ValueError(f"case must be one of {', '.join(CASES)}, not {case!r}")
    ordered = sorted({" ".join(phrase.split()) for phrase in phrases}, key=lambda p: (-len(p), p))
    if not ordered:
        return "(?!)"
    units = [_units(phrase, case) for phrase in ordered]
    if max(map(len, units)) > _TRIE_DEPTH:  # the trie is written recursively, a level per character
        return _flat(units)
    trie: dict = {}
    for rank, phrase in enumerate(ordered):  # the rank keeps the flat order for a node written flat
        node = trie
        for unit in units[rank]:
            node = node.setdefault(unit, {})
        node.setdefault(_END, rank)
    return _emit(trie)


#: Phrases longer than this many characters are written as a flat longest-first alternation (the
#: same matches; the trie's writer would recurse past Python's limit near 1,000 characters).
_TRIE_DEPTH = 250


def _emit(node: dict) -> str:
    children = [unit for unit in node if unit != _END]
    if not children:
        return ""
    if not _disjoint(children):
        split = _split(node, children)
        if split is not None:
            return _emit(split)
        body = _flat(path for _rank, path in sorted(_paths(node)))
    else:
        after: dict[tuple[str, bool], list[_Unit]] = {}  # characters that go on alike share a class
        for unit in children:
            after.setdefault((_emit(node[unit]), unit.space), []).append(unit)
        branches = [_class(units) + rest for (rest, _space), units in after.items()]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if _END not in node:
        return body
    return f"{body}?" if _ATOM.fullmatch(body) else f"(?:{body})?"


def _flat(paths: Iterable[Sequence[_Unit]]) -> str:
    """The phrases' units written one after another, the phrases as alternatives in the order given."""
    return "(?:" + "|".join("".join(unit.regex for unit in path) for path in paths) + ")"


#: A regex that a quantifier applies to whole: one character, escaped character or class.
_ATOM = re.compile(r"\\?.|\[[^\]]*\]", re.DOTALL)


def _class(units: list[_Unit]) -> str:
    """One regex for disjoint units: the unit itself, or one character class for several."""
    if len(units) == 1:
        return units[0].regex
    return "[" + "".join(unit.regex[1:-1] if unit.regex.startswith("[") else unit.regex for unit in units) + "]"


def _split(node: dict, children: list[_Unit]) -> dict | None:
    """``node`` with disjoint children: one per set of characters matched by the same children,
    leading to the union of their subtrees (``[dD]`` and ``D`` become ``d`` and ``D``); ``None``
    when a child's characters are not known exactly.

    Examples
    --------
    >>> trie = {_Unit("[dD]", frozenset("dD")): {_Unit("a", frozenset("a")): {_END: 1}}, _Unit("D", frozenset("D")): {_Unit("b", frozenset("b")): {_END: 0}}}
    >>> [(unit.regex, [u.regex for u in child]) for unit, child in _split(trie, list(trie)).items()]
    [('D', ['a', 'b']), ('d', ['a'])]
    """
    if any(unit.chars is None for unit in children):
        return None
    owners: dict[str, tuple[_Unit, ...]] = {}
    for unit in children:
        for ch in sorted(unit.chars):  # type: ignore[arg-type]
            owners.setdefault(ch, tuple(u for u in children if ch in u.chars))  # type: ignore[operator]
    groups: dict[tuple[_Unit, ...], list[str]] = {}
    for ch, units in owners.items():
        groups.setdefault(units, []).append(ch)
    out: dict = {unit: node[unit] for unit in children if unit.space}
    for units, chars in groups.items():
        if len(units) == 1 and units[0].chars == frozenset(chars):
            key = units[0]
        else:
            key = _Unit(re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(map(re.escape, chars)) + "]", frozenset(chars))
        out[key] = _merge([node[unit] for unit in units])
    if _END in node:
        out[_END] = node[_END]
    return out


def _merge(tries: list[dict]) -> dict:
    """The union of tries (a phrase ending in two keeps the better rank)."""
    if len(tries) == 1:
        return tries[0]
    out: dict = {}
    below: dict[_Unit, list[dict]] = {}
    for trie in tries:
        for key, child in trie.items():
            if key == _END:
                out[_END] = min(out.get(_END, child), child)
            else:
                below.setdefault(key, []).append(child)
    out.update((key, _merge(children)) for key, children in below.items())
    return out


def _paths(node: dict) -> list[tuple[int, tuple[_Unit, ...]]]:
    """Every phrase ending below ``node`` (not at it): its rank and its units after ``node``."""
    out: list[tuple[int, tuple[_Unit, ...]]] = []
    for unit, child in node.items():
        if unit == _END:
            continue
        if _END in child:
            out.append((child[_END], (unit,)))
        out.extend((rank, (unit, *rest)) for rank, rest in _paths(child))
    return out
