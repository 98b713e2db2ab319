r"""Faster tests that find exactly what the slower ones find: helpers for the cleaning's hot loops.

Cleaning tries every unit of every article against long alternations of furniture patterns, and
most units match none of them. Two things cost time there that do not change what matches:

- a capturing group inside a long alternation: ``re`` notes where each group starts and ends while
  it tries the branches, and in an alternation of a hundred patterns with hundreds of groups that
  bookkeeping costs more than the matching (the whole-line furniture alternation tests a line in
  about 0.3 of the time with its groups made non-capturing). :func:`without_captures` writes a
  pattern so, for a test that asks only *whether* a line matches; the caller asks the pattern
  with its groups only for a line that matched;
- a substring test per cue word: :func:`substring_finder` finds which of many words occur in a
  text in one pass (an Aho-Corasick automaton, or one regex of the words' trie), not one scan of
  the text per word.

Examples
--------
>>> without_captures(r"(read|view)s? (?P<n>\d+)")
'(?:read|view)s? (?P<n>\\d+)'
>>> sorted(substring_finder(["by", "bye", "ran"])("goodbye, grandma"))
['by', 'bye', 'ran']
"""
from __future__ import annotations

import operator
import re
from typing import Callable, Iterable

try:  # pyahocorasick (requirements.txt): the substring pass in C; without it, the regex pass (same answers)
    import ahocorasick
except ImportError:  # pragma: no cover
    ahocorasick = None

__all__ = ["without_captures", "substring_finder"]


#: An inline flag group that turns on verbose mode: ``(?x)``, ``(?ix:``.
_VERBOSE = re.compile(r"\(\?[aiLmsu]*x")


def without_captures(pattern: str) -> str:
    r"""``pattern`` with its numbered groups ``(...)`` written as non-capturing ``(?:...)``.

    A group only captures: it changes nothing of what the pattern matches. A pattern that refers
    to a group by number (``\1``, a conditional ``(?(1)...)``) is returned unchanged, as the
    numbers would move, and so is a verbose pattern (``(?x)``: its comments are not read here);
    named groups ``(?P<name>...)`` stay as they are (``(?P=name)`` refers to them). Parentheses
    escaped or inside a character class are no groups.

    Examples
    --------
    >>> without_captures(r"(a|b)[(]\((c)(?:d)(?P<x>e)(?P=x)")
    '(?:a|b)[(]\\((?:c)(?:d)(?P<x>e)(?P=x)'
    >>> without_captures(r"(a)\1"), without_captures(r"(a)?(?(1)b|c)")
    ('(a)\\1', '(a)?(?(1)b|c)')
    >>> without_captures(r"[^]()]+(x)"), without_captures("(?x) (a) # (b)"), without_captures("")
    ('[^]()]+(?:x)', '(?x) (a) # (b)', '')
    """
    if _VERBOSE.search(pattern):
        return pattern
    out: list[str] = []
    i, in_class = 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            if not in_class and pattern[i + 1 : i + 2] in tuple("123456789"):
                return pattern  # a back-reference by number
            out.append(pattern[i : i + 2])
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            # a ']' first in a class (after an optional '^') is a literal, not its end
            start = i + 1 + (pattern[i + 1 : i + 2] == "^")
            start += pattern[start : start + 1] == "]"
            out.append(pattern[i:start])
            i, in_class = start, True
            continue
        elif pattern.startswith("(?(", i):
            return pattern  # a conditional refers to a group
        elif ch == "(" and not pattern.startswith("(?", i):
            out.append("(?:")
            i += 1
            continue
        out.append(ch)
        i += 1
    return "".join(out)


#: Words longer than this are tested with ``in`` by :func:`substring_finder` (the trie's regex
#: nests a group per character, and Python's regex compiler recurses on nesting).
LONG_WORD = 200


def substring_finder(words: Iterable[str], *, automaton: bool = True) -> Callable[[str], set[str]]:
    """A function giving the set of ``words`` that occur in a text as substrings: exactly
    ``{w for w in words if w in text}`` (case-sensitive), in one pass over the text.

    The pass is an Aho-Corasick automaton (``pyahocorasick``, in C: about a fifth of the regex's
    time on a line of furniture's cue words) when that package is installed and ``automaton`` is
    true; otherwise the regex below (the same answers: ``tests/test_regex_speed.py`` compares them).

    The regex is a trie of the words (words sharing a beginning share its branch) in a lookahead,
    so it is tried at every position of the text and reports the longest word starting there; a
    word is in the text exactly when it is a beginning of such a longest word, or inside it, so
    each longest word found stands for every word it contains.

    Examples
    --------
    >>> find = substring_finder(["photo", "photograph", "graph", "to", ":"])
    >>> sorted(find("a photograph: x"))
    [':', 'graph', 'photo', 'photograph', 'to']
    >>> find("PHOTO"), find("")
    (set(), set())
    >>> substring_finder([])("any text")
    set()
    """
    words = tuple(dict.fromkeys(word for word in words if word))
    if automaton and ahocorasick is not None and words:
        return _automaton_finder(words)
    # a word longer than LONG_WORD is tested with ``in``: the trie nests a group per character
    long_words = tuple(word for word in words if len(word) > LONG_WORD)
    words = tuple(word for word in words if len(word) <= LONG_WORD)
    if not words:
        return lambda text: {word for word in long_words if word in text}
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    finder = re.compile(f"(?=({_trie_regex(trie)}))", re.DOTALL)
    contained = {word: frozenset(w for w in words if w in word) for word in words}

    def find(text: str) -> set[str]:
        found: set[str] = set()
        for longest in finder.findall(text):
            found |= contained[longest]
        return found | {word for word in long_words if word in text} if long_words else found

    return find


def _automaton_finder(words: tuple[str, ...]) -> Callable[[str], set[str]]:
    """:func:`substring_finder` by an Aho-Corasick automaton: it reports every occurrence of every
    word, overlapping ones included, each as ``(end, word)``."""
    machine = ahocorasick.Automaton()
    for word in words:
        machine.add_word(word, word)
    machine.make_automaton()
    word_of = operator.itemgetter(1)
    return lambda text: set(map(word_of, machine.iter(text)))


def _trie_regex(node: dict) -> str:
    """The regex of a trie node: its branches, each a character and its subtree; a word ending
    at the node makes the branches optional (greedy: the longest word is tried first)."""
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in node.items() if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
