"""A broadcaster's transcript inside the body: the speaker's label above what they said.

A television station prints its story as the reporter's lines and the speakers' words, each
speaker's turn under a label of its own: "Anthony Sylvester, Attorney", "Chester Williams - Deputy
ComPol", then the words in quotation marks. The label has a caption's shape (a name and a role,
no verb) and a byline's, so the rules that take a portrait's caption or a byline remove it, and
the turn below reads as nobody's. :func:`keep_speaker_labels` gives such a label back to the body
when it stands between two kept paragraphs inside the body and the paragraph under it opens with
a quotation mark. Top matter is not read here: above the first paragraph a name over a quoted
lead is a byline as often as a speaker; nor is a name without a role (a portrait's caption).

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["The court ruled for the prime minister today in the case the two groups brought.",
...          "In an interview after the ruling, attorney Anthony Sylvester said he would appeal.",
...          "Anthony Sylvester, Attorney", '"We will take this to the Court of Appeal next week."']
>>> body = Verdict(True, "body", "")
>>> verdicts = [body, body, Verdict(False, "boilerplate", "caption:named"), body]
>>> keep_speaker_labels(units, verdicts); [v.keep for v in verdicts]
[True, True, True, True]
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .justext_method import ends_sentence, is_prose
from .topmatter import only_names

#: Where a label's name ends and its role begins: "Name, Role" or "Name - Role".
_ROLE_SEPARATOR = re.compile(r"\s*,\s*|\s+[-\u2013\u2014]\s+")
#: What a speaker's turn opens with (also read by :func:`analysis.page_shapes.headline_bracket`).
QUOTE_OPENERS = ('"', "\u201c", "\u00ab", "\u201e")
#: A transcript's next speaker label stands at most this many units below the one before it.
PAIR_GAP = 3
#: A role naming a writer's job: a byline's, not a speaker's ("Political Reporter", "Staff Writer").
_JOURNALIST = re.compile(r"\b(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|staff|producer|news)\b", re.IGNORECASE)
#: Removals that never give a label back: furniture the rules named by its wording, and top matter.
_NAMED = ("pattern:", "top:")


def is_speaker_label(unit: str) -> bool:
    """A speaker's label: a name of two to four name-like words with a role of one to six words after a
    comma or a dash, no sentence end and no digit. A name alone between paragraphs, a quoted one under it,
    is a portrait's caption as often ("Ahmed Khan" under the paragraph quoting him: the ninth site sets).

    >>> [is_speaker_label(x) for x in ("Anthony Sylvester, Attorney", "Chester Williams - Deputy ComPol", "Jim McFadzean")]
    [True, True, False]
    >>> [is_speaker_label(x) for x in ("Police said.", "Lokman Salleh, 54", "Ten", "Watch the full interview here, it is free")]
    [False, False, False, False]
    """
    text = unit.strip()
    if not text or ends_sentence(text) or any(c.isdigit() for c in text):
        return False
    parts = _ROLE_SEPARATOR.split(text, maxsplit=1)
    name = parts[0].split()
    role = parts[1].split() if len(parts) > 1 else []
    return 2 <= len(name) <= 4 and name[0][:1].isupper() and only_names(name, parts[0]) and 1 <= len(role) <= 6


def keep_speaker_labels(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a speaker's label (:func:`is_speaker_label`) that a rule
    removed (not by a pattern, not as top matter), when a kept paragraph of prose stands right
    above it, a kept paragraph opening with a quotation mark right below it, and the body has
    begun above it (a kept prose paragraph before the one above).

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "tail_list")
    >>> units = ["The judge dismissed the case on Monday, the station reported.", "Lawyers for the groups said they would appeal.",
    ...          "Jim McFadzean, Reporter", '"He did take a swipe at the media."']
    >>> verdicts = [body, body, cut, body]
    >>> keep_speaker_labels(units, verdicts); verdicts[2].keep
    True
    >>> verdicts = [body, body, cut, body]
    >>> keep_speaker_labels(units[:3] + ["He did take a swipe at the media."], verdicts); verdicts[2].keep
    False
    """
    for i in range(2, len(units) - 1):
        if verdicts[i].keep or verdicts[i].reason.startswith(_NAMED) or not is_speaker_label(units[i]):
            continue
        above, below = i - 1, i + 1
        if not (verdicts[above].keep and verdicts[below].keep and is_prose(units[above])):
            continue
        if not units[below].lstrip().startswith(QUOTE_OPENERS):
            continue
        if any(verdicts[j].keep and is_prose(units[j]) for j in range(above)):
            verdicts[i] = Verdict(True, "body", "")


def transcript_header(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Undo (in place) the header's reading of a transcript's first speaker label as a byline. When
    two or more speaker labels (:func:`is_speaker_label`) each stand right above a turn opening
    with a quotation mark, the page prints a transcript, and a label the header rules took as
    ``top:byline`` is a speaker's: it goes back to the body, with the turns under the labels that
    those rules took as top matter, and the paragraphs of prose right above the first label that
    they took as its standfirst (the story's lead). One label over a quoted paragraph is left to
    the header rules: a byline over a lead opening with a quotation is as common; so is a label whose role
    names a writer's job ("Political Reporter"), or one whose next label does not stand right under its
    turn (within ``PAIR_GAP`` units: vox pops further down the story are no transcript's).

    >>> units = ["Council approves budget", "The council approved the budget on Tuesday after a long debate over roads.",
    ...          "Jane Porter, Councillor", '"We have waited three years for these roads."', "Tom Hale, Mayor", '"It is a fair compromise."']
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:standfirst"),
    ...             Verdict(False, "top_matter", "top:byline"), Verdict(False, "top_matter", "top:standfirst"),
    ...             Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", "")]
    >>> transcript_header(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', '', '', '', '', '']
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:standfirst"),
    ...             Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", "")]
    >>> transcript_header(units[:4], verdicts); [v.reason for v in verdicts]
    ['top:headline', 'top:standfirst', 'top:byline', '']
    """
    pairs = [i for i in range(len(units) - 1) if units[i + 1].lstrip().startswith(QUOTE_OPENERS) and is_speaker_label(units[i])]
    if len(pairs) < 2 or not any(verdicts[i].reason == "top:byline" for i in pairs):
        return
    first = next(i for i in pairs if verdicts[i].reason == "top:byline")
    if _JOURNALIST.search(_ROLE_SEPARATOR.split(units[first].strip(), maxsplit=1)[-1]):
        return  # "Rhys Morgan, Political Reporter": a writer's byline, whatever stands below
    if not any(first < j <= first + PAIR_GAP for j in pairs):
        return  # the next speaker's label stands right under the first one's turn, or it is no transcript
    body = Verdict(True, "body", "")
    for i in pairs:
        if verdicts[i].reason == "top:byline":
            verdicts[i] = body
            if verdicts[i + 1].reason.startswith("top:") and verdicts[i + 1].reason != "top:headline":
                verdicts[i + 1] = body
    j = pairs[0] - 1
    while j >= 0 and verdicts[j].reason == "top:standfirst" and is_prose(units[j]):
        verdicts[j] = body
        j -= 1
