"""Where the body starts, read from the lead's own shape.

A shape that only a lead has, for pages whose header the other rules cannot read: a **lead-in in
capitals** (:func:`caps_lead_in`). A paragraph opening with its first words in capitals and going
on in lower case ("ROUND ONE OF the offers were released at 2pm ...") is the printed page's
opening of the body, in newspapers' style (unless a quotation mark stands before the capitals: a
quoted shout is the body's speech); what is kept above it near the top (a reader appeal,
another story's teaser, the headline and standfirst) is top matter (``top:above_lead_in``). The
capitals hold a function word of two letters or more ("THE", "OF"), so "A CNN poll showed ..."
(an acronym) and "VIEW SOURCE FROM http://..." (no sentence) are none.

A **headline printed twice with a word changed** (:func:`doubled_headline`): a page with no
headline found whose first two kept units are one short line twice, a word's ending or a word
changed ("Rail fares are go!" and "Rail fare are go!": the page's title and its heading, one of
them with a slip), opens with its headline; the lead is below both.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Support us today", "Students got their results this week.", "Offers are out - so what's next?", "ROUND ONE OF the offers were released at 2pm today for students.", "More rounds follow."]
>>> v = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 4
>>> caps_lead_in(units, v); [x.reason for x in v]
['top:headline', 'top:above_lead_in', 'top:above_lead_in', '', '']
>>> caps_lead_in([], [])
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import Sequence

from .boilerplate import Verdict
from .justext_method import is_prose
from .repeats import function_words

#: The lead-in is looked for among the text's first units only.
LEAD_IN_MAX_UNIT = 12

#: A lead-in under more than this many kept paragraphs of prose, with none kept below it, closes the text: a reader's
#: comment shouting in capitals under the story ("REAL SAD FR GOD PLEASE SEND ASSISTANCE TO DEM where ...": the
#: twenty-ninth site sets, s1114), not the body's start; a long tabloid lead-in ("TWO MEN WHO ROBBED A PENSIONER ...
#: have been jailed") has the story below it (a second read).
LEAD_IN_PROSE_ABOVE = 2
#: No quotation mark before the capitals: a quoted shout ('"GET OUT of my street," he shouted') is
#: the body's speech, wherever it stands, not the page's lead-in (rev19).
_LEAD_IN = re.compile(r"((?:[A-Z][A-Z'\u2019-]*\s+){2,})[a-z]")


def is_lead_in(unit: str) -> bool:
    """Whether ``unit`` opens with a lead-in in capitals: two or more words in capitals, one of
    them a function word of two letters or more, then lower case, in a paragraph of prose.

    Examples
    --------
    >>> is_lead_in("ROUND ONE OF the offers were released at 2pm today.")
    True
    >>> [is_lead_in(x) for x in ("A CNN poll showed a lead.", "VIEW SOURCE FROM http://x.com", "WASHINGTON (AP) - Troops left.", "Troops left.")]
    [False, False, False, False]
    >>> is_lead_in('"GET OUT of my street," he shouted at the couple.')
    False
    >>> is_lead_in("TWO MEN WHO ROBBED A PENSIONER IN HER OWN HOME have been jailed for six years.")
    True
    """
    found = _LEAD_IN.match(unit)
    if not found or not is_prose(unit):
        return False
    words = [w.strip("'\u2019-").lower() for w in found.group(1).split()]
    return any(len(w) >= 2 and w in function_words() for w in words)


def caps_lead_in(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as top matter (in place) the kept units above the text's first lead-in in capitals
    (:func:`is_lead_in`, among its first ``LEAD_IN_MAX_UNIT`` units), unless it closes the text under
    more than ``LEAD_IN_PROSE_ABOVE`` kept paragraphs of prose.

    Examples
    --------
    >>> units = ["Floods hit the town on Sunday, officials said.", "THE WATER rose overnight in the valley."]
    >>> v = [Verdict(True, "body", "")] * 2
    >>> caps_lead_in(units, v); [x.keep for x in v]
    [False, True]
    >>> v = [Verdict(True, "body", "")] * 4
    >>> caps_lead_in([units[0]] * 3 + ["REAL SAD FOR THE FAMILY where is the hill?"], v); [x.keep for x in v]
    [True, True, True, True]
    """
    lead = next((i for i, v in enumerate(verdicts[:LEAD_IN_MAX_UNIT]) if v.keep and is_lead_in(units[i])), None)
    if lead is None:
        return
    above = sum(verdicts[i].keep and is_prose(units[i]) for i in range(lead))
    if above > LEAD_IN_PROSE_ABOVE and not any(verdicts[i].keep and is_prose(units[i]) for i in range(lead + 1, len(units))):
        return  # it closes the text under the story: a reader's comment in capitals
    for i in range(lead):
        if verdicts[i].keep:
            verdicts[i] = Verdict(False, "top_matter", "top:above_lead_in")


#: A headline printed twice: each copy has at most this many words, the two at least this alike (characters).
DOUBLED_MAX_WORDS = 20
DOUBLED_RATIO = 0.85
#: Below the two copies, at least this many kept units (the lead and more).
DOUBLED_BODY_UNITS = 2
_FIXED_WORD = re.compile(r"\d[\d,.]*|\b[A-Z][\w'\u2019-]*")


def doubled_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``top:headline`` (in place) the first two kept units when no headline was found and
    they are one headline printed twice: next to each other, nothing kept above them, each of at
    most ``DOUBLED_MAX_WORDS`` words and not closed by a full stop, alike to ``DOUBLED_RATIO`` of
    their characters, with the same figures and capitalised words (a word's ending or a lower-case
    word changed: list items differ in their names and figures, "Round three - released 6 May" and
    "Round four - released 13 May"), and ``DOUBLED_BODY_UNITS`` kept units below them.

    Examples
    --------
    >>> units = ["New rail fares are go!", "New rail fare are go!", "Fares rose by 3% on Monday, the operator said.", "Season tickets cost more."]
    >>> v = [Verdict(True, "body", "")] * 4
    >>> doubled_headline(units, v); [x.reason for x in v]
    ['top:headline', 'top:headline', '', '']
    >>> v = [Verdict(True, "body", "")] * 4
    >>> doubled_headline(["Round three - released 6 May", "Round four - released 13 May", *units[2:]], v); [x.reason for x in v]
    ['', '', '', '']
    >>> doubled_headline([], [])
    """
    if any(v.reason == "top:headline" for v in verdicts):
        return
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    if len(kept) < 2 + DOUBLED_BODY_UNITS or kept[1] != kept[0] + 1:
        return
    a, b = (units[i].strip() for i in kept[:2])
    if max(len(a.split()), len(b.split())) > DOUBLED_MAX_WORDS or a.endswith(".") or b.endswith("."):
        return
    if sorted(_FIXED_WORD.findall(a)) != sorted(_FIXED_WORD.findall(b)):
        return
    if SequenceMatcher(None, a.lower(), b.lower()).ratio() >= DOUBLED_RATIO:
        for i in kept[:2]:
            verdicts[i] = Verdict(False, "top_matter", "top:headline")
