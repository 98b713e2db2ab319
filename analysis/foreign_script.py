"""A line in another script on a page written in Latin letters: injected spam or another edition's link.

A hacked site carries a line in Cyrillic selling a darknet mirror above its English story; a
bilingual site prints its other edition's menu or headline in Arabic or Devanagari script. Such a
line is no part of the story the workbook scores (its sentiment lexicon and codebook read
English), and jusText's method keeps it when it is long. :func:`foreign_script_lines` removes a
kept unit written mostly in a non-Latin script (``foreign_script``) above or below the story (outside
its first and last kept paragraphs of prose in Latin letters) when the page's other kept units are
written in Latin letters; inside the story such a line is a quote in its own script (a verse the next
paragraph translates, a bilingual notice: rev26), and a page written in another script keeps everything.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["\u041d\u0435 \u043c\u043e\u0436\u0435\u0442\u0435 \u043d\u0430\u0439\u0442\u0438 \u0440\u0430\u0431\u043e\u0447\u0435\u0435 \u0437\u0435\u0440\u043a\u0430\u043b\u043e?",
...          "Police arrested two men on Tuesday after a raid on a house in the east of the city."]
>>> verdicts = [Verdict(True, "body", "")] * 2
>>> foreign_script_lines(units, verdicts); [v.reason for v in verdicts]
['foreign_script', '']
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .justext_method import is_prose

#: A unit is in another script when at least this share of its letters are not Latin ...
FOREIGN_SHARE = 0.6
#: ... counting at least this many letters (a name in its own script inside an English line stays).
FOREIGN_MIN_LETTERS = 10
#: The page is in Latin letters when at least this share of the other kept units' letters are.
LATIN_PAGE_SHARE = 0.95
#: The last code point of the Latin blocks (Basic Latin to Latin Extended-B); Latin Extended Additional too.
_LATIN_END = 0x024F
_LATIN_ADDITIONAL = range(0x1E00, 0x1F00)


#: Where letters of other scripts stand (Greek to Mongolian, Glagolitic to Hangul, CJK compatibility, Arabic forms, full-width
#: letters): not the Latin blocks, nor punctuation, dashes, quotes or symbols (U+2000-U+2BFF).
_OTHER_SCRIPT = re.compile("[\u0370-\u1DFF\u2C00-\uD7FF\uF900-\uFDFF\uFE70-\uFEFF\uFF21-\uFF5A\uFF66-\uFFDC]")


def _latin(c: str) -> bool:
    return ord(c) <= _LATIN_END or ord(c) in _LATIN_ADDITIONAL


def _letters(unit: str) -> tuple[int, int]:
    """(letters, non-Latin letters) of a unit."""
    letters = [c for c in unit if c.isalpha()]
    return len(letters), sum(not _latin(c) for c in letters)


def foreign_script_lines(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the kept units in a non-Latin script on a page in Latin letters (see the
    module's description).

    >>> arabic = "\u0627\u0644\u0623\u062e\u0628\u0627\u0631 \u0627\u0644\u0639\u0627\u062c\u0644\u0629 \u0627\u0644\u064a\u0648\u0645"
    >>> verdicts = [Verdict(True, "body", "")] * 2
    >>> foreign_script_lines([arabic, arabic + " " + arabic], verdicts); [v.keep for v in verdicts]
    [True, True]
    """
    if not any(verdict.keep and _OTHER_SCRIPT.search(unit) for unit, verdict in zip(units, verdicts)):
        return  # the common case, asked in C: no letter of another script on the page (counting letters one by one is slow)
    counts = [_letters(unit) if verdict.keep else (0, 0) for unit, verdict in zip(units, verdicts)]
    foreign = [i for i, (letters, other) in enumerate(counts) if letters >= FOREIGN_MIN_LETTERS and other >= FOREIGN_SHARE * letters]
    if not foreign:
        return
    foreign_set = set(foreign)
    rest = [counts[i] for i in range(len(units)) if i not in foreign_set]
    letters = sum(n for n, _ in rest)
    latin = letters - sum(o for _, o in rest)
    if letters == 0 or latin < LATIN_PAGE_SHARE * letters:
        return
    latin_prose = [i for i, v in enumerate(verdicts) if v.keep and i not in foreign_set and is_prose(units[i])]
    for i in foreign:
        if latin_prose and latin_prose[0] < i < latin_prose[-1]:
            continue  # inside the story: a quoted line in its own script (a verse the next paragraph translates)
        verdicts[i] = Verdict(False, "boilerplate", "foreign_script")
