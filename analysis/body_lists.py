"""Lists that belong to the article: a run of short lines of one shape inside or under the body.

A results table, a vote count or a list of awards is printed as short lines ("Man City 2 - 0
Leicester", "Mary Norwood: 46 percent", "Best Film: ..."), and jusText's method, which judges a
line by its length and stop words, takes such lines for furniture. What tells them from furniture
is their shape: every item of the run is built the same way (a label, a colon and its value; or
two names around a score), while a menu, a tag list or other stories' headlines are not. So a
run of at least :data:`MIN_ITEMS` lines that jusText alone removed (no furniture pattern named
them), each of at most :data:`MAX_WORDS` words and all of one shape, is given back to the body
when body text stands above it; so is a short heading right above the run ("EPL RESULTS").

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Chelsea won again on Sunday as the league leaders beat West Ham at Upton Park.", "RESULTS",
...          "Man City 2 - 0 Leicester", "QPR 1 - 2 Arsenal", "Stoke 1 - 0 Everton", "Post a Comment"]
>>> cut = Verdict(False, "boilerplate", "justext:short")
>>> verdicts = [Verdict(True, "body", ""), cut, cut, cut, cut, Verdict(False, "boilerplate", "pattern:comments")]
>>> keep_body_lists(units, verdicts)
>>> [v.keep for v in verdicts]
[True, True, True, True, True, False]
>>> keep_body_lists([], [])
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .boilerplate import Verdict

#: A list has at least this many items.
MIN_ITEMS = 3
#: An item has at most this many words.
MAX_WORDS = 12
#: A heading right above the items has at most this many words.
HEADING_MAX_WORDS = 8

# Labels that open furniture, not an item: "Tags: ...", "WATCH: ...", "Photo: ...".
_FURNITURE_LABEL = (
    r"(?:watch|video|videos|photos?|pictures?|images?|read|read more|related|also read|see also|listen|live|gallery|more|see"
    r"|tags?|topics?|share|follow|posted|filed|categor(?:y|ies)|sections?|source|credit|updated|published|by|email|phone|tel|fax|web|website"
    r"|twitter|x|facebook|instagram|youtube|tiktok|linkedin|whatsapp|telegram|threads|snapchat|pinterest"
    r"|editor(?:-in-chief| in chief)?|(?:managing|executive|news|deputy) editor|publisher|printer|owner|registered office|address|contact|copyright)"
)
SHAPES = {
    "label": re.compile(rf"(?!{_FURNITURE_LABEL}\s*:)[^:\n]{{2,50}}:\s+\S[^\n]{{0,80}}", re.IGNORECASE),
    "score": re.compile(r"[^\d\n]{2,40}\s\d{1,3}\s?[-\u2013\u2014]\s?\d{1,3}\s[^\d\n]{2,40}"),
}


def shape(unit: str) -> str:
    """The list shape of a unit (``label`` or ``score``), or ``''``.

    >>> shape("Mary Norwood: 46 percent"), shape("Newcastle 0 - 1 Man United"), shape("Tags: Chelsea"), shape("Home")
    ('label', 'score', '', '')
    """
    text = unit.strip()
    if len(text.split()) > MAX_WORDS:
        return ""
    return next((name for name, pattern in SHAPES.items() if pattern.fullmatch(text)), "")


def keep_body_lists(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) every list of one shape that only jusText's method
    removed, below body text, with its short heading (see the module's description)."""
    body_above = False
    i = 0
    while i < len(units):
        if verdicts[i].keep:
            body_above = body_above or verdicts[i].kind == "body"
            i += 1
            continue
        if not body_above or not verdicts[i].reason.startswith("justext:"):
            i += 1
            continue
        kind = shape(units[i])
        j = i
        while kind and j < len(units) and not verdicts[j].keep and verdicts[j].reason.startswith("justext:") and shape(units[j]) == kind:
            j += 1
        if j - i >= MIN_ITEMS:
            heading = i - 1
            if heading >= 0 and verdicts[heading].reason.startswith("justext:") and len(units[heading].split()) <= HEADING_MAX_WORDS:
                verdicts[heading] = Verdict(True, "body", "")
            for k in range(i, j):
                verdicts[k] = Verdict(True, "body", "")
        i = max(j, i + 1)
