"""Crossheads that the general rule removed from inside the body.

A round-up prints each item under its own headline ("BELLUS shares jump more than 100% on GSK
acquisition announcement"); such a crosshead has no stop and few stop words, and jusText's method
may take it for furniture. Its shape alone does not tell it from another story's headline set in
mid-body; the body's own sections do: :func:`keep_crossheads` gives such a unit back only when the
body holds another crosshead of its own, kept between two paragraphs.

Examples
--------
>>> keep_crossheads([], [])
"""
from __future__ import annotations

from typing import Sequence

from .body_edges import is_crosshead_shape
from .boilerplate import Verdict
from .justext_method import is_prose


def keep_crossheads(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a crosshead that the general rule removed: a unit of a
    headline's shape (:func:`analysis.body_edges.is_crosshead_shape`) right between two kept prose
    paragraphs, when the body holds another such crosshead of its own, kept between two prose
    paragraphs (a round-up's items under their headlines). Another story's headline in mid-body
    is not told from a crosshead by its shape; the body's own sections are the evidence.

    >>> units = ["Ten died in the floods, officials said.", "Rescuers reach the flooded villages", "Boats took food to 400 families.",
    ...          "Army joins the rescue in the south", "Soldiers cleared roads on Tuesday."]
    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:bad")
    >>> verdicts = [body, body, body, cut, body]
    >>> keep_crossheads(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True]
    >>> verdicts = [body, cut, body, cut, body]
    >>> keep_crossheads(units, verdicts); [v.keep for v in verdicts]
    [True, False, True, False, True]
    """
    candidates = [
        i for i in range(1, len(units) - 1)
        if not verdicts[i].keep and verdicts[i].reason.startswith("justext:") and _between_paragraphs(units, verdicts, i) and is_crosshead_shape(units[i])
    ]
    if not candidates:
        return
    if not any(verdicts[j].keep and is_crosshead_shape(units[j]) and _between_paragraphs(units, verdicts, j) for j in range(1, len(units) - 1)):
        return  # no section of the body's own: a headline between paragraphs may be another story's
    for i in candidates:
        verdicts[i] = Verdict(True, "body", "")


def _between_paragraphs(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    """The units right above and right below ``i`` are kept paragraphs of prose."""
    return (
        0 < i < len(units) - 1
        and verdicts[i - 1].keep and verdicts[i + 1].keep
        and verdicts[i - 1].kind == "body" and verdicts[i + 1].kind == "body"
        and is_prose(units[i - 1]) and is_prose(units[i + 1])
    )
