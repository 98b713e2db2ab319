"""A page's header: what stands above the body and closes the header, and what it frames.

Rules of :func:`analysis.boilerplate.classify_units` for the top of a copied page, by position
relative to the lines that close a header rather than by wording:

- :func:`above_share_bar`: prose above a share bar near the top is a caption or standfirst;
- :func:`above_header_end`: the same above the header's closing lines: a signed byline, a source
  or agency line, or a publication line with a date and its year ("Published 31 July 2019 at
  4:21pm"); a bare time ("10:32 GMT") does not close a header (a live blog's entries have them);
- :func:`top_summary`: a list of key points (two or more list items) standing above the body's
  first paragraph that is not a list item is a summary, top matter.

Each keeps the body: one or two prose units at most are taken from above the closing line, and
kept units must follow it (three below a share bar, two below a byline or date line).

Examples
--------
>>> units = ["Ten died in the floods, officials said.", "Published 31 July 2019 at 4:21pm", "By Jane Roe", "One.", "Two.", "Three."]
>>> keep = [True, False, False, True, True, True]
>>> sorted(above_header_end(units, [None, None, ("top_matter", "top:byline"), None, None, None], keep))
[0]
>>> above_header_end([], [], []), above_share_bar([], [], []), top_summary([], [])
(set(), set(), set())
"""
from __future__ import annotations

import re
from typing import Sequence

from .body_edges import is_bullet
from .justext_method import is_prose
from .topmatter import is_date_line

#: The header's closing line is looked for among a text's first units; the header above it holds
#: at most two kept prose units, the body below it at least three.
HEADER_UNITS = 10
#: Patterns (reasons of :mod:`analysis.boilerplate`) whose lines close a header.
HEADER_END_REASONS = frozenset({"top:byline", "pattern:source_credit", "pattern:agency_line"})
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


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


def above_header_end(units: Sequence[str], fixed: Sequence[tuple[str, str] | None], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept prose units (one or two) above the first line that closes a page's
    header among the first ``HEADER_UNITS``: a line removed as a signed byline, a source or agency
    line (``HEADER_END_REASONS``), or a removed date line holding a year; at least two kept
    units follow it (a byline, unlike a share button, is never furniture inside the body).

    Examples
    --------
    >>> units = ["A caption of the photo above.", "By Jane Roe", "One.", "Two.", "Three."]
    >>> sorted(above_header_end(units, [None, ("top_matter", "top:byline"), None, None, None], [True, False, True, True, True]))
    [0]
    >>> live = ["Ten died.", "Rescuers dug on.", "10:32 GMT", "One.", "Two.", "Three."]
    >>> above_header_end(live, [None] * 6, [True, True, False, True, True, True])
    set()
    """
    for i, f in enumerate(fixed[:HEADER_UNITS]):
        if (f and f[1] in HEADER_END_REASONS) or (not f and not keep[i] and _YEAR.search(units[i]) and is_date_line(units[i])):
            return _above(units, keep, i, below=2)
    return set()


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
