"""Questions reported around ``asked``: the question is the statement, the asker its speaker.

News reports a question put to someone in a reduced or passive clause whose asker is the
reporter or goes unnamed: ``Asked if he was bullied, Trump said no.``, ``When asked whether
the deal holds, 59 percent said it did not.``, ``Sanders was asked to name a decision.``; an
asker named with ``by`` is the speaker (``Asked by Stephanopoulos to respond, Carson said``).
The content is the question, from ``if``/``whether``/a wh-word/``about``/``to`` to the clause's
comma (a reduced clause) or the sentence's end (a passive one). Part of the quote extractor:
:func:`analysis.reported.reported_speech` calls :func:`asked_question` for an ``asked`` cue
before its general rules, which need a subject, and makes the :class:`Question` a statement.

Examples
--------
>>> from analysis.cues import find_cues
>>> t = "Asked if he was ever bullied, Roe said no."
>>> q = asked_question(t, find_cues(t)[0], 0, len(t), [])
>>> q.asker.text, t[q.start : q.end]
('', 'if he was ever bullied')
>>> t = "Asked by Ann Tully to respond to the charge, Roe said he would not."
>>> asked_question(t, find_cues(t)[0], 0, len(t), []).asker.text
'Ann Tully'
>>> t = "Roe asked for more."
>>> asked_question(t, find_cues(t)[0], 0, len(t), []) is None
True
"""
from __future__ import annotations

import re
from typing import NamedTuple, Sequence

from .actors import UNKNOWN, Mention
from .cues import Cue
from .speakers import Speaker, object_phrase

#: What stands just before a reduced ``asked`` clause: the sentence's start, a comma, or a
#: subordinator (``..., the tycoon told Reuters when asked if ...``).
_REDUCED = re.compile(
    r"(?:^|[,;\u2014]|\b(?:when|while|after|once|if|before|since|as|until|and|but))\s*(?:(?:later|again|also|then|first)\s+)?$", re.IGNORECASE
)
#: A passive ``X was asked``: the auxiliary just before the cue.
_PASSIVE = re.compile(r"\b(?:is|was|were|are|been|being|be)\s+(?:(?:later|also|then|again|repeatedly|specifically|directly)\s+)?$", re.IGNORECASE)
#: The question after the cue: up to eight words of adjuncts or agent, then its opening word.
_OPENING = re.compile(
    r"(?P<gap>(?:\s+[^\s#,.;:]+){0,8}?)\s+(?P<q>whether|if|why|how|what|whom|who|which|when|where|about|to)\b", re.IGNORECASE
)
_AGENT = re.compile(r"^\s*(?:[^,]*?\s)?by\s+(?P<agent>[^,]+)$", re.IGNORECASE)


class Question(NamedTuple):
    """A question reported around ``asked``: who asked it (an empty phrase when unnamed) and the
    span of the question in the text."""

    asker: Speaker
    start: int
    end: int


def asked_question(masked: str, cue: Cue, s_start: int, s_end: int, mentions: Sequence[Mention]) -> Question | None:
    """The question of a reduced or passive ``asked`` clause (``masked``: the text with its
    quotations masked), or None when the cue is no such clause (``Roe asked Tully whether ...``
    is left to the general rules: its asker is the subject)."""
    if cue.text.lower() != "asked":
        return None
    before = masked[s_start : cue.start]
    reduced = _REDUCED.search(before) is not None
    if not reduced and _PASSIVE.search(before) is None:
        return None
    after = masked[cue.end : s_end]
    opening = _OPENING.match(after)
    if opening is None:
        return None
    content_start = cue.end + opening.start("q")
    stop = masked.find(",", content_start, s_end) if reduced else -1
    content_end = stop if stop > content_start else s_end
    if content_end - content_start < 8:
        return None
    agent = _AGENT.match(opening.group("gap"))
    asker = object_phrase(agent.group("agent"), mentions, cue.end + agent.start("agent")) if agent else None
    return Question(asker if asker is not None else Speaker("", cue.start, "", UNKNOWN, ""), content_start, content_end)
