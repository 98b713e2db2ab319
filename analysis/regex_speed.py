r"""Faster tests that find exactly what the slower ones find: helpers for the cleaning's hot loops.

Cleaning tries every unit of every article against long alternations of furniture patterns, and
most units match none of them. What costs time there without changing what matches:

- a capturing group inside a long alternation: ``re`` notes where each group starts and ends while
  it tries the branches, and in an alternation of a hundred patterns with hundreds of groups that
  bookkeeping costs more than the matching (the whole-line furniture alternation tests a line in
  about 0.3 of the time with its groups made non-capturing). :func:`without_captures` writes a
  pattern so, for a test that asks only *whether* a line matches; the caller asks the pattern
  with its groups only for a line that matched.

Examples
--------
>>> without_captures(r"(read|view)s? (?P<n>\d+)")
'(?:read|view)s? (?P<n>\\d+)'
"""
from __future__ import annotations

import re

__all__ = ["without_captures"]


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
