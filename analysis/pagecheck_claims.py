"""Which labelled line each claim found stands on (``python -m analysis.pagecheck``'s claims breakdown).

Claims precision on pages mixes two faults: furniture left in the body whose numbers are read
as claims (a counter, a promo's "5 things ...", a caption's year), and genuinely wrong claims
in body lines (a score, an age, a date read as a count). To tell them apart, each claim found
is placed on the labelled line it stands on: the first labelled line whose tail (found as
``pagecheck.kept`` finds it) ends at or after the claim's start within the same body paragraph
(a line the cleaning glued to the next stands before that one's end). A body line wins a tie
(a standfirst repeating a body sentence), and a claim no labelled line's tail follows is
``unplaced``.

The labels list only the genuine claims of body lines, so per page and number the claims found
beyond the labelled ones (the false positives, as ``claims_precision`` counts them) are charged
to the non-body lines holding that number first, then to unplaced ones, then to body lines; the
false positives charged to body lines are then exactly those that the body lines' own claims
have beyond the labels, and ``claims precision on body lines`` is matched over found on body
lines.

Examples
--------
>>> body = "Share 47383\\nThe quake killed 12 people and 3 dogs."
>>> labels = [{"label": "boilerplate", "text": "Share 47383"}, {"label": "body", "text": "The quake killed 12 people and 3 dogs."}]
>>> from analysis.pagecheck import _probe
>>> spans = line_spans(labels, body, _probe)
>>> [place(spans, body, body.index(n)) for n in ("47383", "12", "3 dogs")]
['boilerplate', 'body', 'body']
>>> place([], "", 0), place(spans, body + "\\n9 dogs", len(body) + 1)
('unplaced', 'unplaced')
>>> charge(["12", "3", "47383"], ["body", "body", "boilerplate"], {"12": 1})
{'3': ['body'], '47383': ['boilerplate']}
"""
from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Callable, Sequence

LABELS = ("body", "top_matter", "boilerplate", "promo")
UNPLACED = "unplaced"


def line_spans(lines: Sequence[dict[str, str]], body: str, probe: Callable[[str], tuple[str, re.Pattern[str] | None]]) -> list[tuple[int, int, str]]:
    """Where each labelled line's tail ends in ``body``: ``(end, rank, label)`` sorted, rank 0 for
    a body line (it wins a tie). ``probe`` gives a line's tail and the pattern finding it
    (``pagecheck._probe``: passed in, as pagecheck imports this module).

    Examples
    --------
    >>> from analysis.pagecheck import _probe
    >>> line_spans([{"label": "promo", "text": "Read more"}], "Ten died.\\nRead more", _probe)
    [(19, 1, 'promo')]
    >>> line_spans([], "Ten died.", _probe), line_spans([{"label": "body", "text": "Ten died."}], "", _probe)
    ([], [])
    """
    spans: list[tuple[int, int, str]] = []
    for row in lines:
        _, pattern = probe(row["text"])
        if pattern is None:
            continue
        label = row["label"] if row["label"] in LABELS else UNPLACED
        spans.extend((m.end(), 0 if label == "body" else 1, label) for m in pattern.finditer(body))
    return sorted(spans)


def place(spans: list[tuple[int, int, str]], body: str, start: int) -> str:
    """The label of the line a claim starting at ``start`` stands on (``unplaced`` when no line's
    tail ends after it in its paragraph)."""
    i = bisect.bisect_left(spans, (start + 1, -1, ""))
    if i == len(spans):
        return UNPLACED
    end, _, label = spans[i]
    return label if "\n" not in body[start:end] else UNPLACED


def charge(keys: Sequence[str], labels: Sequence[str], gold: Counter[str] | dict[str, int]) -> dict[str, list[str]]:
    """False positives per number key, as the labels of the lines they are charged to: per key,
    the claims found beyond the labelled count, charged to non-body lines first, then unplaced,
    then body lines (keys with none are left out)."""
    order = {label: rank for rank, label in enumerate(("top_matter", "boilerplate", "promo", UNPLACED, "body"))}
    by_key: dict[str, list[str]] = {}
    for key, label in zip(keys, labels):
        by_key.setdefault(key, []).append(label)
    out: dict[str, list[str]] = {}
    for key, found in by_key.items():
        extra = len(found) - gold.get(key, 0)
        if extra > 0:
            out[key] = sorted(found, key=order.__getitem__)[:extra]
    return out
