"""Title case: a line capitalised as a headline is ("Central Bank Announces Decision on Rates").

One definition for every rule that tells a headline, a crosshead or another story's title by its
capitals (:mod:`analysis.layout`, :mod:`analysis.header_lines`, :mod:`analysis.body_edges`,
:mod:`analysis.justext_method`): every word opens with a capital or a digit (or with no letter at
all: "&", "—", "$5"), except the minor words a title keeps in lower case (:data:`MINOR_WORDS`);
the first word is capitalised, and three words at least open with a capital. Quotation marks and brackets around a word are read past. A line
all in capitals has no case to tell (``all_capitals`` says whether it counts). What each rule adds
(no sentence end, no comma) is the rule's own.

Examples
--------
>>> is_title_case("Central Bank Announces Important Decision on Interest Rate Change")
True
>>> is_title_case("Central bank raises its rate"), is_title_case("")
(False, False)
>>> is_title_case("FRANCE WIN IN DUBLIN"), is_title_case("FRANCE WIN IN DUBLIN", all_capitals=True)
(False, True)
"""
from __future__ import annotations

import re

#: Words a title keeps in lower case: articles, coordinating conjunctions and short prepositions
#: (AP and Chicago styles capitalise every other word, verbs such as "is" included).
MINOR_WORDS = frozenset(
    "a an the and or but nor of on in at to for by with from as into onto off up over under vs via per than".split()
)
#: A title has at least this many words (a shorter line is a name, a label or a section).
TITLE_MIN_WORDS = 4

#: ... and at least this many of its words open with a capital letter (not digits: a date).
TITLE_MIN_CAPITALS = 3

#: A word opening in lower case (past quotation marks and brackets) that is no minor word: one
#: search finds it, early in prose (this test runs on every unit several times).
_NOT_TITLE_WORD = re.compile(
    r"(?:^|(?<=\s))[\"'\u2018\u201c(\[]*(?!(?:" + "|".join(sorted(MINOR_WORDS, key=len, reverse=True)) + r")(?![a-z]))[a-z]"
)
_EDGE = "\"'\u2018\u2019\u201c\u201d()[]{},.;:!?\u2026"


def is_title_case(text: str, *, min_words: int = TITLE_MIN_WORDS, all_capitals: bool = False) -> bool:
    """Whether ``text`` is capitalised as a title (see the module's description): ``min_words``
    words or more, the first capitalised, every word capitalised, a number or a minor word; a text
    without a lower-case letter only with ``all_capitals``.

    Examples
    --------
    >>> is_title_case("Wanna Live to 1 Million? The Trembling Giant Already Does")
    True
    >>> is_title_case("Rescuers dug through the rubble"), is_title_case("the Party Wins the Vote Again")
    (False, False)
    >>> is_title_case("'Battlefield After Bombardment' in Kyiv"), is_title_case("Floods Hit Town", min_words=3)
    (True, True)
    >>> is_title_case("Tuesday, July 23, 2013")
    False
    """
    if _NOT_TITLE_WORD.search(text):  # prose has a word in lower case early: no need to split it
        return False
    words = [word for word in (w.strip(_EDGE) for w in text.split()) if word]
    if len(words) < min_words or not (words[0][:1].isupper() or words[0][:1].isdigit()):
        return False
    if sum(word[:1].isupper() for word in words) < TITLE_MIN_CAPITALS:
        return False  # a date ("Tuesday, July 23, 2013") or a score is no title
    return all_capitals or any(c.islower() for c in text)
