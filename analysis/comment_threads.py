"""Readers' comments copied with the story: a thread of names, dates and comments under the body.

A site prints each reader's comment under the commenter's name and the comment's date; copied as
text, the date lands on a line of its own or glued to the comment's first word ("16 April 2010I
so wish people would ..."). A comment is written as prose, so jusText's method keeps it, and no
wording names it. Its frame does: a name alone (one to four name-like words, no sentence end), then
the comment with its date glued before its first word, twice or more below the body. A date on a
line of its own under a name is not read: it is also a feature's way of listing people (the
victims of a road, soldiers' letters: review rev26). :func:`comment_threads` removes a thread from
the first commenter's name to the end of the text (``comment_thread``): the comments that run on
for more than one paragraph go with it. A thread is read only below the body's first paragraphs,
and one commenter is not a thread (a byline over a dated note is not told from it). A site numbering its comments
prints a header for each instead ("1. Frances de Gregorio, 28. September 2015, 17:33", or a blog's "1. Micro says:" under
its comment box, "Comments (4)"): two or more such headers, numbered one after another, are a thread too.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> body = Verdict(True, "body", "")
>>> units = ["Rescuers were called to the fells after a walker said he was exhausted.", "He was brought down by the team.",
...          "Tim", "16 April 2010Imagine if there had been a real emergency.", "Ian Jones", "16 April 2010Stories like this are common.",
...          "On such a beautiful day too."]
>>> verdicts = [body] * len(units)
>>> comment_threads(units, verdicts); [v.keep for v in verdicts]
[True, True, False, False, False, False, False]
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .boilerplate import Verdict
from .calendar_words import calendar_pattern
from .justext_method import ends_sentence, is_prose
from .topmatter import only_names

#: A thread holds at least this many commenters' frames (a name, then a date).
MIN_COMMENTS = 2
#: A commenter's name has at most this many words.
NAME_WORDS = 4


def _date(day: str) -> str:
    """A comment's date with its year, the day written as ``day``: "16 April 2010", "April 16, 2010"."""
    month = calendar_pattern("month")
    return rf"(?:{day}[^\S\n]+(?:{month})\.?,?[^\S\n]+\d{{4}}|(?:{month})\.?[^\S\n]+{day},?[^\S\n]+\d{{4}})"


#: A comment's time after its date: "16 April 2010, 17:33", "April 16, 2010 at 5.33pm".
_CLOCK = r"[^\S\n]+(?:at[^\S\n]+)?\d{1,2}[:.]\d\d(?:[^\S\n]?[ap]\.?m\.?)?"


@lru_cache(maxsize=1)
def _glued_date() -> re.Pattern[str]:
    """A date (and time) opening a unit with the comment's first word glued to it: "16 April 2010I so wish"."""
    date = _date(r"\d{1,2}(?:st|nd|rd|th)?")
    return re.compile(rf"{date}(?:,?{_CLOCK})?(?=[A-Z\"\u201c])", re.IGNORECASE)


def _commenter(unit: str) -> bool:
    """A commenter's name alone: one to ``NAME_WORDS`` name-like words, no sentence end."""
    words = unit.split()
    return 1 <= len(words) <= NAME_WORDS and words[0][:1].isupper() and not ends_sentence(unit) and only_names(words, unit)


def _dated(unit: str) -> bool:
    """Whether the unit is a comment with its date glued to its first word ("16 April 2010I so wish"). A date on
    a line of its own under a name is a feature's too (the victims of a road, each with the day they died; soldiers' letters
    with their dates: rev26), so it is not read as a comment's."""
    return _glued_date().match(unit.lstrip()) is not None


#: What a blog prints between the story and its numbered "says:" comments: the comment counter or heading ("Comments (4)"),
#: its trackback and feed links.
_COMMENT_BOX = frozenset({"pattern:comments", "pattern:blog_widget"})


@lru_cache(maxsize=1)
def _numbered_header() -> re.Pattern[str]:
    """A numbered comment's header: its number, the commenter's name (one to ``NAME_WORDS`` words), the date with its
    year and the time ("2. Laura, 28. September 2015, 19:55"), or the blog template's "says:" ("1. Micro says:",
    Bernews, the seventieth collection, s1720)."""
    date = _date(r"\d{1,2}(?:st|nd|rd|th|\.)?")  # "28. September 2015" too
    name = rf"((?:[\w'\u2019.-]+[^\S\n]+){{0,{NAME_WORDS - 1}}}[\w'\u2019.-]+)"
    return re.compile(rf"(\d{{1,3}})\.[^\S\n]+{name},[^\S\n]+{date},?{_CLOCK}|(\d{{1,3}})\.[^\S\n]+{name}[^\S\n]+says:", re.IGNORECASE)


def comment_threads(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a thread of readers' comments under the body (see the module's
    description): from the first of at least ``MIN_COMMENTS`` commenters' names, each over its comment
    with the date glued to it, to the end of the text, when two kept prose paragraphs of the body stand above it.

    >>> body = Verdict(True, "body", "")
    >>> units = ["Rescuers were called to the fells after a walker said he was exhausted.", "He was brought down by the team.",
    ...          "Tim", "16 April 2010Imagine if there had been a real emergency."]
    >>> verdicts = [body] * 4
    >>> comment_threads(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True]
    """
    prose = [i for i, v in enumerate(verdicts) if v.keep and v.kind == "body" and is_prose(units[i])]
    if len(prose) < 2:
        return
    frames = [i for i in range(prose[1] + 1, len(units) - 1) if _commenter(units[i]) and _dated(units[i + 1])]
    if len(frames) < MIN_COMMENTS:
        numbered = [(i, int(found.group(1) or found.group(3))) for i in range(prose[1] + 1, len(units)) if (found := _numbered_header().fullmatch(units[i].strip()))
                    and only_names((found.group(2) or found.group(4)).split(), found.group(2) or found.group(4))]
        if len(numbered) < MIN_COMMENTS or [n for _, n in numbered] != list(range(numbered[0][1], numbered[0][1] + len(numbered))):
            return
        if units[numbered[0][0]].rstrip().endswith("says:") and not any(verdicts[j].reason in _COMMENT_BOX for j in range(prose[1] + 1, numbered[0][0])):
            return  # "1. Maria Lopez says:" is a vox pop's or a fact check's list too: a blog's thread shows its comment box above it (rev47)
        frames = [i for i, _ in numbered]  # "1. Frances de Gregorio, 28. September 2015, 17:33", "2. Laura, ...": numbered one by one
    for k in range(frames[0], len(units)):
        if verdicts[k].keep:
            verdicts[k] = Verdict(False, "boilerplate", "comment_thread")
