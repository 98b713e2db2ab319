"""A page's header: what stands above the body, by position.

Rules of :func:`analysis.boilerplate.classify_units` for the top of a copied page, by position
relative to the lines that close a header rather than by wording:

- :func:`above_share_bar`: prose above a share bar near the top is a caption or standfirst;
- :func:`top_summary`: a list of key points (two or more list items) standing above the body's
  first paragraph that is not a list item is a summary, top matter.

Each keeps the body: one or two prose units at most are taken from above the share bar, and
three kept units must follow it.

Examples
--------
>>> above_share_bar([], [], []), top_summary([], [])
(set(), set())
"""
from __future__ import annotations

from typing import Sequence

from .bullets import is_bullet
from .justext_method import is_prose

#: The header's closing line is looked for among a text's first units; the header above it holds
#: at most two kept prose units, the body below it at least three.
HEADER_UNITS = 10


def _above(units: Sequence[str], keep: Sequence[bool], bar: int | None, below: int = 3) -> set[int]:
    if bar is None:
        return set()
    above = [i for i in range(bar) if keep[i] and is_prose(units[i])]
    return set(above) if 1 <= len(above) <= 2 and sum(keep[bar + 1 :]) >= below else set()


def above_share_bar(units: Sequence[str], fixed: Sequence[tuple[str, str] | None], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units written as prose above a share bar that closes a page's header
    (the first unit a ``share`` pattern removed among the first ``HEADER_UNITS``), when one or two
    stand above it and at least three kept units below (headline-like units above it are left to
    the rule for units above the first prose).

    Examples
    --------
    >>> share = ("boilerplate", "pattern:share")
    >>> units = ["Teachers rally outside City Hall on May 4, 2023.", "Share", "One.", "Two.", "Three."]
    >>> sorted(above_share_bar(units, [None, share, None, None, None], [True, False, True, True, True]))
    [0]
    >>> above_share_bar(units[:3], [None, share, None], [True, False, True])
    set()
    """
    bar = next((i for i, f in enumerate(fixed[:HEADER_UNITS]) if f and f[1] == "pattern:share"), None)
    return _above(units, keep, bar)


def top_summary(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of a list of key points above the body: the first kept prose unit and those right
    after it are list items (two or more), and a kept prose unit that is not one follows.

    Examples
    --------
    >>> units = ["- Ten died in the floods.", "- Schools are shut.", "Floods hit the town on Sunday, officials said."]
    >>> sorted(top_summary(units, [True] * 3))
    [0, 1]
    >>> top_summary(units[:2], [True] * 2)
    set()
    """
    kept = [i for i, k in enumerate(keep) if k and is_prose(units[i])]
    items = []
    for i in kept:
        if not is_bullet(units[i]):
            return set(items) if len(items) >= 2 else set()
        items.append(i)
    return set()
