"""List bullets: the one definition of the marks that open a list item or stand before a byline.

A list item opens with a bullet or a dash and a space ("- Rs 6,000 for farmers", "\u2022 Schools
shut"); a byline may stand under the same marks or after a separator a page prints before it
("- By Jane Roe", "| By Jane Roe"). Layout (a block's lines read one a line), the body's edges
(a list below the last sentence), pull quotes (a list item is none), header lines and bylines
all ask here.

Examples
--------
>>> is_bullet("\u2022 Schools shut"), is_bullet("Schools shut"), is_bullet("")
(True, False, False)
>>> strip_bullet("- By Jane Roe"), strip_bullet("| By Jane Roe"), strip_bullet("By Jane Roe"), strip_bullet("")
('By Jane Roe', 'By Jane Roe', 'By Jane Roe', '')
"""
from __future__ import annotations

import re

#: Marks that open a list item when a space follows: hyphen, asterisk, bullet, black circle,
#: small black square, em and en dash, and ">" (a quoted or "more" line).
BULLET_MARKS = "-*\u2022\u25cf\u25aa\u2014\u2013>"
#: Marks a page may print before a byline: the bullets and two separators (middle dot, bar).
BYLINE_MARKS = BULLET_MARKS + "\u00b7|"

_LIST_OPENINGS = frozenset(mark + " " for mark in BULLET_MARKS)
#: The pattern of a byline's mark and the spaces after it, for rules that match what follows.
BYLINE_MARK = r"[" + re.escape(BYLINE_MARKS) + r"]\s+"
_BYLINE_MARK = re.compile("^" + BYLINE_MARK)


def is_bullet(unit: str) -> bool:
    """Whether a unit is a list item: it opens (after spaces) with a mark of ``BULLET_MARKS`` and a space.

    Examples
    --------
    >>> [is_bullet(x) for x in ("- Rs 6,000 for farmers", "* Schools shut", "\u25aa Roads closed", "> Read more", "\u2013 40 dead")]
    [True, True, True, True, True]
    >>> [is_bullet(x) for x in ("Rs 6,000 for farmers", "-5 degrees overnight", "| Reuters", "\u00b7 Roads", "")]
    [False, False, False, False, False]
    """
    return unit.lstrip()[:2] in _LIST_OPENINGS


def strip_bullet(unit: str) -> str:
    """The unit without its spaces around and the byline mark (``BYLINE_MARKS`` and spaces) it opens with.

    Examples
    --------
    >>> [strip_bullet(x) for x in ("- By Sydny Shepard", " \u2022 By Jane Roe ", "\u00b7 By Jane Roe", "-By Jane Roe", "")]
    ['By Sydny Shepard', 'By Jane Roe', 'By Jane Roe', '-By Jane Roe', '']
    """
    text = unit.strip()
    return _BYLINE_MARK.sub("", text, count=1) if text[:1] in BYLINE_MARKS else text
