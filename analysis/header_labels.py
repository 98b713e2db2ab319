"""A page's header labels, template slots and question headlines that the general rule keeps.

A page's header holds labels that announce something the copied text lost: a share bar's
"Share post:", a date slot's "Date:", "Next Up:", "Trending :"; and template slots whose name a
publishing platform prints when it has nothing to fill them with ("spot_img", a handle such as
"jane_roe_88"). Above the body's first paragraph (a kept prose unit of ``BODY_MIN_WORDS`` words or
more) no body text is so written: a body's colon opens the quotation or list that follows it, and
it stands in a sentence ("The minister said:", "The measures are:"), below the lead.

:func:`header_labels` removes them (reason ``header_label``, boilerplate):

- a label: at most ``LABEL_MAX_WORDS`` words ending with a colon, when what follows it is not a
  list item (a list of key points under its label is :func:`analysis.header_lines.key_points`'s),
  with the header's evidence beside it: a unit removed right above or right below it (a headline,
  another label, a date), and written as a label, not as a sentence's phrase (no article, pronoun,
  comma or apostrophe: a column opens "Here's the thing:", "The bottom line:", "First, the facts:");
- a slot: every word of the unit joined by an underscore ("spot_img").

A headline may quote its speaker ("De Blasio: Trust Bratton on security, not 'blowhard' Trump.",
"Clinton: I support D.C. statehood."): the general rule keeps it as a sentence and the dateline
rule then takes the speaker for a place. :func:`speaker_headline` removes it (``top:headline``)
when no headline was found: the text's first kept unit, ``SPEAKER_MAX_WORDS`` words at most,
opened by one to four capitalised words (not all in capitals: "NEW DELHI:" is a dateline) and a colon, with the speaker's last name among the first
words of the next kept unit ("Mayor Bill de Blasio rejected ..."; a lead's dateline place does not
open the paragraph after it).

A headline may be asked as a question or called out ("Can the GOP establishment stop Trump and
Cruz?", "Floods kill 40!"): it ends as a sentence does, so the general rule keeps it as the lead.
:func:`question_headline` removes it (``top:headline``) when no headline was found: the text's first
kept unit, a short question or exclamation (``QUESTION_MIN_WORDS`` to ``QUESTION_MAX_WORDS`` words)
with only furniture above it and the body's first paragraph right below it. A question needs no
more; an exclamation needs the header's evidence with it (furniture removed above it, or a byline
or date line removed right below it), for a lede may call out ("What a night for Leicester!").
Measured, a question opening a text is its headline (PolNeAR train's five, the labelled dev pages'
three, no body line), though a paste of a body alone may open with a question lede ("Who is Keir
Starmer?"): that lede is then in ``removed.csv`` as ``top:headline``.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Swimming ends with records", "Share post:", "spot_img", "Caeleb Dressel finished off his gold rush at the Tokyo Olympics with two more dazzling swims on Sunday."]
>>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 3
>>> header_labels(units, verdicts); [v.reason for v in verdicts]
['top:headline', 'header_label', 'header_label', '']
>>> header_labels([], [])
"""
from __future__ import annotations

import re
from typing import Sequence

from .bullets import is_bullet
from .boilerplate import Verdict
from .captions import BODY_MIN_WORDS
from .header_lines import first_paragraph
from .justext_method import is_prose
from .link_boxes import COUNT_HEADING
from .topmatter import wire_dateline

#: A header's label has at most this many words before its colon ("Share post:", "Published:").
LABEL_MAX_WORDS = 3
_SLOT = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+")


def is_header_label(unit: str) -> bool:
    """Whether a unit is a label (a few words and a colon) or a template's slot ("spot_img").

    Examples
    --------
    >>> is_header_label("Share post:"), is_header_label("Trending :"), is_header_label("spot_img spot_img")
    (True, True, True)
    >>> is_header_label("The minister told reporters:"), is_header_label("Kabul"), is_header_label("")
    (False, False, False)
    """
    words = unit.split()
    if not words:
        return False
    if unit.rstrip().endswith(":") and len(words) <= LABEL_MAX_WORDS:
        return True
    return all(_SLOT.fullmatch(word) for word in words)


#: Words of a sentence's phrase that a page's label does not carry ("The bottom line:", "Here's the thing:").
_PHRASE_WORDS = frozenset("the a an this that these those my our your his her their its here there it i we you he she they".split())


def is_label_phrase(unit: str) -> bool:
    """Whether a unit ending with a colon is written as a page's label ("Share post:", "Next Up:")
    rather than as a sentence's phrase ("The bottom line:", "Here's the thing:", "First, the facts:").

    Examples
    --------
    >>> is_label_phrase("Share post:"), is_label_phrase("Story continues:"), is_label_phrase("Trending :")
    (True, True, True)
    >>> is_label_phrase("The bottom line:"), is_label_phrase("Here's the thing:"), is_label_phrase("First, the facts:")
    (False, False, False)
    """
    if any(mark in unit for mark in ",'\u2019"):
        return False
    return not any(word.strip(":").lower() in _PHRASE_WORDS for word in unit.split())


def header_labels(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the header's labels and slots above the body's first paragraph and below
    no kept sentence (see the module's description) as boilerplate, reason ``header_label``. A
    label needs a removed unit right above or below it and a label's wording (:func:`is_label_phrase`):
    the text's opening line "Consider the numbers:" is the body's."""
    first = first_paragraph(units, verdicts)
    if first == len(units):
        return  # no paragraph of the body: nothing is its header
    for i in range(first):
        if not verdicts[i].keep:
            continue
        if is_prose(units[i]) and not is_header_label(units[i]):
            return  # a short paragraph of the body above: what follows it is the body's ("She told supporters:")
        if not is_header_label(units[i]):
            continue
        after = next((j for j in range(i + 1, len(units)) if verdicts[j].keep), None)
        if after is not None and is_bullet(units[after]):
            continue  # a list's label: the list decides (key points above the lead, or the body's list)
        if not all(_SLOT.fullmatch(word) for word in units[i].split()):  # a template's slot is evidence enough
            beside = (i > 0 and not verdicts[i - 1].keep) or (i + 1 < len(units) and not verdicts[i + 1].keep)
            if not beside or not is_label_phrase(units[i]):
                continue  # no header around it, or a sentence's phrase: the body's own line
        verdicts[i] = Verdict(False, "boilerplate", "header_label")


#: A headline asked as a question has this many words at least and at most.
QUESTION_MIN_WORDS, QUESTION_MAX_WORDS = 3, 20
#: Reasons of furniture that is no headline: a pattern's row, a date or byline line, a line of no words.
_FURNITURE = ("pattern:", "top:date", "top:byline", "no_words", "header_label")
#: Personal pronouns: a lede asks its reader ("Why use racist slurs when you can ...?"); a headline
#: asked as a question names its people.
_PERSON = re.compile(r"\b(?:i|i'm|i\u2019m|you|your|he|she|we|they|me|him|her|us|them|there's|there\u2019s)\b", re.IGNORECASE)
_QUESTION_END = re.compile(r"[?!][\"'\u201d\u2019)]*$")


def _opening(units: Sequence[str], verdicts: Sequence[Verdict]) -> tuple[int, int] | None:
    """The first two kept units (the candidate headline and the unit below it), or None when a
    headline was already found, fewer than two units are kept, or a line above the first that the
    general rule took may itself be the headline ("... With A British Accent."): then the first
    kept unit is the lede.

    Examples
    --------
    >>> _opening(["Why?", "Because."], [Verdict(True, "body", "")] * 2)
    (0, 1)
    >>> _opening(["Why?"], [Verdict(True, "body", "")]) is None
    True
    """
    if any(v.reason == "top:headline" for v in verdicts):
        return None
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    if len(kept) < 2:
        return None
    first = kept[0]
    if any(not verdicts[i].reason.startswith(_FURNITURE) and len(units[i].split()) >= QUESTION_MIN_WORDS for i in range(first)):
        return None
    return first, kept[1]


def question_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``top:headline`` (in place) the text's first kept unit when no headline was found and
    it is a headline asked as a question or called out (see the module's description), and nothing
    above it but furniture (a line the general rule took may be the headline written with a full
    stop: then the question is the lede, "What would Donald Trump sound like if he had elocution
    lessons?"). A quotation opening it is the body's ('"Where is my son?" she asked.'), and so is a question in a longer
    paragraph ("Is the economy recovering? Economists are divided, ..."), a question with a personal
    pronoun (a lede asking its reader: "What would Donald Trump sound like if he had elocution
    lessons?") and one under a dateline. Nothing needs to stand around a question (until 5 Dec 2026 a
    byline or removed furniture had to, so that a paste opening with a question lede, "Who is Keir
    Starmer?", kept it; an exclamation still needs them: "What a night for Leicester!"): on PolNeAR train the 5 texts opening so are all headlines ("Are Democrats
    crippling Obamacare?"), on the labelled dev pages 3 such lines are top matter and none is
    body (b17's count), and an explainer's question is a headline's shape far more than a lede's.

    Examples
    --------
    >>> units = ["Are Democrats crippling Obamacare?", "By Jane Roe", "Obamacare has survived a pair of Supreme Court challenges and dozens of repeal votes in the House, but its exchanges are in trouble."]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", "")]
    >>> question_headline(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'top:byline', '']
    >>> verdicts = [Verdict(True, "body", "")] * 3  # nothing around it: still the headline (see below)
    >>> question_headline(units[:1] + units[2:] + units[2:], verdicts); [v.reason for v in verdicts]
    ['top:headline', '', '']
    >>> question_headline([], [])
    """
    opening = _opening(units, verdicts)
    if opening is None:
        return
    first, below = opening
    unit = units[first].strip()
    words = unit.split()
    if not QUESTION_MIN_WORDS <= len(words) <= QUESTION_MAX_WORDS or not _QUESTION_END.search(unit) or unit[:1] in "\"'\u201c\u2018":
        return
    if _PERSON.search(unit) or wire_dateline().match(unit):
        return  # a lede that asks the reader ("... when you can ...") or opens the story under its dateline
    if len(units[below].split()) < BODY_MIN_WORDS or not is_prose(units[below]):
        return  # no paragraph of the body right below it
    if not unit.rstrip("\"'\u201d\u2019)").endswith("?"):  # an exclamation: a lede may call out, so the header must show
        above = any(not verdicts[i].keep and verdicts[i].reason != "no_words" for i in range(first))  # a line of no words is no header
        below_it = any(verdicts[j].reason.startswith(("top:byline", "top:date")) for j in range(first + 1, below))
        if not (above or below_it):
            return
    verdicts[first] = Verdict(False, "top_matter", "top:headline")


#: A headline that quotes its speaker has at most this many words; the speaker's name is looked for
#: among the first ``SPEAKER_NAMED_WITHIN`` words of the next kept unit.
SPEAKER_MAX_WORDS, SPEAKER_NAMED_WITHIN = 12, 12
_SPEAKER = re.compile(r"(?P<who>[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}): +\S")
_NAME_WORD = re.compile(r"[\w'\u2019-]+")


def speaker_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``top:headline`` (in place) the text's first kept unit when no headline was found
    and it is a headline quoting its speaker (see the module's description).

    Examples
    --------
    >>> units = ["Clinton: I support D.C. statehood.", "Hillary Clinton wants to see D.C. become a state.", "She wrote for The Washington Informer that the District is often neglected."]
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> speaker_headline(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', '', '']
    >>> units = ["NEW DELHI: Schools will stay shut until Friday.", "Delhi Education Minister Atishi said the air was severe."]
    >>> verdicts = [Verdict(True, "body", "")] * 2
    >>> speaker_headline(units, verdicts); [v.reason for v in verdicts]
    ['', '']
    >>> speaker_headline([], [])
    """
    opening = _opening(units, verdicts)
    if opening is None:
        return
    first, below = opening
    found = _SPEAKER.match(units[first].strip())
    if found is None or len(units[first].split()) > SPEAKER_MAX_WORDS:
        return
    if not any(c.islower() for c in found.group("who")):
        return  # a dateline in capitals ("NEW DELHI: Schools ..."), no person's name
    surname = found.group("who").split()[-1].lower()
    if surname in (word.lower() for word in _NAME_WORD.findall(units[below])[:SPEAKER_NAMED_WITHIN]):
        verdicts[first] = Verdict(False, "top_matter", "top:headline")


#: A breadcrumb's copy of the headline is cut after at least this many characters of it.
CRUMB_HEADLINE_CHARS = 12
#: A line ending in an ellipsis: what stands before it.
_ELLIPSIS_END = re.compile(r"(.*?)\s*(?:\.{3}|\u2026)")


def headline_crumb(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``headline_crumb``) a kept unit above the body's first paragraph that is a
    breadcrumb ending in the headline cut short: it closes on an ellipsis, and what stands before the
    ellipsis ends with the first ``CRUMB_HEADLINE_CHARS`` characters or more of one of the next four units,
    after other words (the path: "Nation Crime 13 Sep 2022 7 die in Hyderabad h ..." over "7 die in
    Hyderabad hotel inferno"; the twenty-third site sets, s988). Read as the lead, it hid the story's
    first paragraph and named the byline as the headline.

    Examples
    --------
    >>> units = ["Nation Crime 13 Sep 2022 7 die in Hyderabad h ...", "Nation, Crime", "7 die in Hyderabad hotel inferno", "Seven people died in a hotel fire."]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short"), Verdict(False, "boilerplate", "justext:short"), Verdict(True, "body", "")]
    >>> headline_crumb(units, verdicts); [v.reason for v in verdicts]
    ['headline_crumb', 'justext:short', 'justext:short', '']
    """
    if not any(v.keep and u.rstrip().endswith(("...", "\u2026")) for u, v in zip(units, verdicts)):
        return  # no kept unit ends in an ellipsis: most pages stop here
    first = first_paragraph(units, verdicts)
    for i in range(min(first, len(units))):
        if not verdicts[i].keep or not units[i].rstrip().endswith(("...", "\u2026")):
            continue
        found = _ELLIPSIS_END.fullmatch(units[i].strip())
        before = found.group(1) if found else ""
        for j in range(i + 1, min(i + 5, len(units))):
            if is_prose(units[j]):
                continue  # a paragraph opening with the words a short lead trails off on ("... the courtroom: We find him guilty..."): no headline
            title = " ".join(units[j].split())
            cut = next((k for k in range(len(title), CRUMB_HEADLINE_CHARS - 1, -1) if before.endswith(title[:k])), 0)
            if cut and len(before) > cut:
                verdicts[i] = Verdict(False, "boilerplate", "headline_crumb")
                break


def count_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the header rules (in place) a unit the ``comments`` row removed as a comment section's heading ("N
    Responses to <title>") when it stands above the body's first paragraph: comments stand below the story, so above it
    the line is the story's headline ("3 thoughts on Lakers' win over Celtics"; a second read). With no headline found and
    nothing kept above it, it becomes ``top:headline``; else ``justext:short``, for the headline rules to weigh.

    >>> verdicts = [Verdict(False, "boilerplate", "pattern:comments"), Verdict(True, "body", "")]
    >>> count_headline(["3 thoughts on Lakers' win over Celtics", "LeBron James scored 31 points as the Lakers beat the Celtics on Saturday night."], verdicts)
    >>> verdicts[0].reason
    'top:headline'
    """
    if not any(v.reason == "pattern:comments" for v in verdicts):
        return
    first = first_paragraph(units, verdicts)
    for i in range(min(first, len(units))):
        if verdicts[i].reason == "pattern:comments" and COUNT_HEADING.match(units[i].strip()):
            if not any(v.reason == "top:headline" for v in verdicts) and not any(v.keep for v in verdicts[:i]):
                verdicts[i] = Verdict(False, "top_matter", "top:headline")  # the page's first line over its byline: the headline
            else:
                verdicts[i] = Verdict(False, "boilerplate", "justext:short")
