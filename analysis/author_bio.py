"""The writer's note under the body: a sentence about the person who signed the byline.

Pages print a short note about the writer at the end ("Jane Roe is the Executive Editor of
Campus Safety.", "Ed Poe covers energy for the paper."). No wording gives it away (a profile of a
minister opens the same way), but its subject does: the name the byline at the top signed. So
:func:`writer_note` removes, among the last kept units of a text, a short one (``NOTE_MAX_WORDS``
words, at most two sentences) that opens with a full name of the byline, then a verb or a comma
(``Jane Roe is``, ``Jane Roe, a reporter ...``). Reason ``author_bio:byline`` (boilerplate).

A body sentence that names the writer (a correspondent in her own story: "Jane Roe was detained
at the border on Monday") may open so too; it is taken only in the last ``TAIL_UNITS`` kept units
and only in the present tense of a note (``is``, ``has``, ``covers``, ``writes``, ``reports``,
``joined``, ``lives``) or a comma's apposition; "was detained" is reporting.

Examples
--------
>>> byline_names("By Jane Roe and ED POE / The Associated Press")
['Jane Roe', 'ED POE']
>>> is_writer_note("Jane Roe is the Executive Editor of Campus Safety.", ["Jane Roe"])
True
>>> is_writer_note("Jane Roe was detained at the border on Monday.", ["Jane Roe"]), is_writer_note("", [])
(False, False)
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .bullets import strip_bullet
from .captions import first_sentence
from .justext_method import ends_sentence
from .reporting import reports
from .topmatter import is_signed_byline, only_names

#: A writer's note has at most this many words.
NOTE_MAX_WORDS = 35
#: A writer's biography up to this many words is a note when its first sentence names the writer's trade.
BIO_MAX_WORDS = 90
#: The writer's trade in the note's first sentence: "is a general assignment reporter", "is the paper's science editor".
_TRADE = re.compile(
    r" (?:is|has been|was) (?:a|an|the|our|(?-i:[A-Z])[\w'\u2019]*'s)\b[^.!?]{0,80}?\b(?:reporter|editor|correspondent|writer|journalist|"
    r"columnist|photographer|photojournalist|producer|intern|contributor)s?\b"
    r"| (?:covers|reports on|writes about) [^.!?]{1,60}? for (?:the )?(?-i:[A-Z])",
    re.IGNORECASE,
)
#: It stands among this many last kept units.
TAIL_UNITS = 3
#: What follows the writer's name in a note: a verb of who the writer is, or an apposition.
_NOTE_VERB = re.compile(
    r"(?:, (?:a|an|the|our|who)\b| is (?:a|an|the|our|(?-i:[A-Z])[\w'\u2019]*'s)\b| has (?:been|covered|written|reported|worked)\b"
    r"| (?:covers|writes|reports|joined|lives|teaches|works)\b)"
)  # "Jane Roe is the paper's science editor.", not "Jane Roe is among those who fled" nor "Jane Roe, 34, said"
#: Words of an outlet's name, which a byline may carry after a comma ("By Jane Roe, Fox News"): no writer.
_OUTLET_WORDS = frozenset(
    "news press times post herald journal tribune daily media tv radio network agency reuters afp bbc cnn wire service "
    "magazine online channel gazette telegraph express mail observer guardian star sun chronicle report review".split()
)
#: Digits glued to a byline's last name at its end ("By Tom Cleaver0158").
_GLUED_DIGITS = re.compile(r"(?<=[a-z])\d{1,6}$")
_SPLIT = re.compile(r"\s*(?:,|/|\||\u2014|\u2013|\band\b|&| - )\s*")


def byline_names(unit: str) -> list[str]:
    """The full names (two words or more) a signed byline holds, in order ([] when it is none).

    Examples
    --------
    >>> byline_names("- By Sydny Shepard"), byline_names("By Reuters"), byline_names("Floods hit the town")
    (['Sydny Shepard'], [], [])
    >>> byline_names("By Jane Roe, Fox News"), byline_names("By Jane Roe, Ed Poe and Associated Press")
    (['Jane Roe'], ['Jane Roe', 'Ed Poe'])
    >>> byline_names("By Tom Cleaver0158")
    ['Tom Cleaver']
    """
    unit = _GLUED_DIGITS.sub("", unit.rstrip())  # "By Tom Cleaver0158": a page's counter glued to the name
    text = strip_bullet(unit)
    if not is_signed_byline(unit):
        return []
    names = [part.strip() for part in _SPLIT.split(text[3:])]
    return [n for n in names if len(n.split()) >= 2 and not n.lower().startswith("the ")
            and not _OUTLET_WORDS.intersection(n.lower().split())]


def is_writer_note(unit: str, names: Sequence[str], first_alone: bool = True) -> bool:
    """Whether ``unit`` is a short note opening with one of ``names`` (or, when ``first_alone``, its first
    name alone with a note's verb) and a note's verb or a comma;
    or a longer one, up to ``BIO_MAX_WORDS``, whose first sentence names the writer's trade ("Teri
    Cadeau is a general assignment and neighborhood reporter for the ... Originally from ...").

    >>> is_writer_note("Jane Roe is a general assignment reporter for the Tribune. " + "She has covered the county for years. " * 4, ["Jane Roe"])
    True
    >>> is_writer_note("Jane Roe is among those who fled. " + "She has covered the county for years. " * 4, ["Jane Roe"])
    False
    >>> is_writer_note("Jane Roe is The Valley Tribune's education reporter. " + "She has covered the county for years. " * 4, ["Jane Roe"])
    True
    >>> is_writer_note("Tom joined the Mail in 2023. He speaks four languages.", ["Tom Cleaver"])
    True
    >>> is_writer_note("Jane Smith is the sheriff's spokeswoman.", ["Jane Roe"]), is_writer_note("Jane is the sheriff's aide.", ["Jane Roe"])
    (False, False)
    """
    text = unit.strip()
    words = len(text.split())
    if not text or words > BIO_MAX_WORDS:
        return False
    short = words <= NOTE_MAX_WORDS and len(re.findall(r"[.!?](?:\s|$)", text)) <= 2
    for name in names:
        end = _name_end(text, name)
        if end is None:
            continue
        if end < 0:  # the first name alone: only a note's verb, never an apposition ("Tom joined the Mail in 2023.")
            if first_alone and short and _FIRST_NAME_VERB.match(text, -end):
                return True
            continue
        if _TRADE.match(text, end) or (short and _NOTE_VERB.match(text, end)):
            return True
    return False


#: After the byline's first name alone, only these verbs make a note (not "is", which a namesake's sentence has too).
_FIRST_NAME_VERB = re.compile(r" (?:joined|covers|writes (?:about|for)|has (?:covered|written|reported|worked))\b")


def _name_end(text: str, name: str) -> int | None:
    """Where the byline's ``name`` ends at the start of ``text``: the full name in any case, a middle
    initial allowed ("Rita Reith" opens "RITA L. REITH is a battalion chief"); minus the end when only
    the first name opens it ("Tom joined the Mail"); None when the text does not open with the name.

    >>> _name_end("RITA L. REITH is a chief.", "Rita Reith"), _name_end("Tom joined the Mail.", "Tom Cleaver")
    (13, -3)
    >>> _name_end("Tomas joined.", "Tom Cleaver") is None, _name_end("Jane Smith is.", "Jane Roe")
    (True, -4)
    """
    if text[: len(name)].casefold() == name.casefold():
        return len(name)
    first, *rest = name.split()
    if not rest or text[: len(first)].casefold() != first.casefold():
        return None
    pattern = re.escape(first) + r"(?: [A-Z]\.)? " + r" ".join(map(re.escape, rest)) + r"\b"
    found = re.match(pattern, text, re.IGNORECASE)
    if found:
        return found.end()
    return -len(first) if text[len(first): len(first) + 1] == " " else None


def _bare_name(unit: str) -> bool:
    """A byline that is a name alone ("Teri Cadeau"): two to four name-like words, no sentence end."""
    words = unit.split()
    return 2 <= len(words) <= 4 and not ends_sentence(unit) and only_names(words, unit)


def writer_note(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a writer's note among the last ``TAIL_UNITS`` kept units (see the
    module's description): the byline is read from the removed units above the first kept one.
    The first kept unit always stays.

    Examples
    --------
    >>> units = ["By Jane Roe", "Floods hit the town on Sunday, officials said.", "Schools are shut.", "Jane Roe is the paper's science editor."]
    >>> verdicts = [Verdict(False, "top_matter", "top:byline")] + [Verdict(True, "body", "")] * 3
    >>> writer_note(units, verdicts); [v.reason for v in verdicts]
    ['top:byline', '', '', 'author_bio:byline']
    >>> writer_note([], [])
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    if len(kept) < 2:
        return
    names = [name for i in range(kept[0]) if not verdicts[i].keep for name in byline_names(units[i])]
    names += [units[i].strip() for i in range(kept[0]) if verdicts[i].reason == "top:byline" and _bare_name(units[i])]
    if not names:
        return
    # the first name alone makes a note only when the story names no one else so ("Emma has worked at the
    # bakery since she was 16." closing a story about Emma Watts, by Emma Clarke: a second read): the kept
    # units holding a byline's first name, read once
    firsts = re.compile(r"\b(?:" + "|".join(re.escape(name.split()[0]) for name in names) + r")\b")
    holders = {j for j in kept if firsts.search(units[j])}
    for i in kept[1:][-TAIL_UNITS:]:
        if is_writer_note(units[i], names, not holders - {i}):
            verdicts[i] = Verdict(False, "boilerplate", "author_bio:byline")


#: A writer's job title alone on a line of an author card ("Editor-in-Chief", "Journalist", "Senior Reporter").
_JOB_TITLE = re.compile(
    r"(?:(?:senior|chief|staff|managing|news|deputy|associate|contributing|assistant|executive|political|business|sports|local|digital"
    r"|multimedia|freelance|investigative|community|general assignment|broadcast|tv|television|radio|video|online|web|crime)\s+)*"
    r"(?:editor(?:[- ]in[- ]chief)?|news director|journalist|reporter|writer|correspondent|contributor|columnist|photographer|photojournalist|producer"
    r"|author|anchor|presenter)",
    re.IGNORECASE,
)
#: A name and a job title on one line, with a bar, comma or dash between ("Kimberly Bautista | Reporter").
_NAME_AND_TITLE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s){0,3}[A-Z][\w.'\u2019-]*)(?:\s*[|,]\s*|\s+[\u2014\u2013-]\s+)(.+)")
#: A unit of this many words or more is the story's (above an author card) or goes on with it (below one).
CARD_STORY_WORDS = 25


def _entry(units: Sequence[str], verdicts: Sequence[Verdict], j: int) -> bool:
    """A list's entry of a person above: two short kept lines with no stop (a name, then a trade of one to three
    words: "Anna Berg" over "Painter") over a kept paragraph."""
    return (0 < j < len(units) - 1 and verdicts[j - 1].keep and verdicts[j].keep and verdicts[j + 1].keep
            and all(1 <= len(units[k].split()) <= 3 and not ends_sentence(units[k]) for k in (j - 1, j))
            and bool(ends_sentence(units[j + 1])))


def _job_title(unit: str) -> bool:
    """A writer's job title alone on a line ("Editor-in-Chief", "Senior Reporter.")."""
    return _JOB_TITLE.fullmatch(unit.strip().rstrip(".")) is not None


def _name_and_title(unit: str) -> re.Match[str] | None:
    """A name (group 1) and a job title on one line ("Maria Lopez, Reporter", "Kimberly Bautista | Reporter")."""
    found = _NAME_AND_TITLE.fullmatch(unit.strip().rstrip("."))
    return found if found is not None and _JOB_TITLE.fullmatch(found.group(2)) else None


#: The jobs of a newsroom's writer, which an "About <name>" box must give (an author of novels, a video producer are a story's people).
_NEWSROOM_JOB = re.compile(r"\b(?:reporter|journalist|correspondent|editor|anchor|news director|presenter|columnist)$", re.IGNORECASE)
#: An author box's heading: "About" and the writer's name.
_ABOUT = re.compile(r"(?i:about) (?:(?i:the (?:author|writer|reporter)):? *)?(?=[A-Z])")


#: A biography in the writer's own words, opening the paragraph under a job title with the writer's beat: "My beat is public
#: safety ...", "I cover the county's courts" (the Press of Atlantic City, the seventieth collection, s1709). A column's
#: farewell, a photographer's or an editor's memories ("I started shooting ...", "I joined the paper in 1979") close a
#: story under a job title too (a second read, rev47).
_FIRST_PERSON_BIO = re.compile(
    r"\s*(?:my (?:beat|focus|coverage) (?:is|includes|covers)\b|i (?:cover|report on|write about|have (?:covered|reported on))\b)",
    re.IGNORECASE,
)


def _closes_story(units: Sequence[str], verdicts: Sequence[Verdict], first: int, last: int) -> bool:
    """Whether the card on units ``first``-``last`` closes the article: a kept unit of ``CARD_STORY_WORDS``
    words or more (the story's) above it, none below it."""
    def story(j: int) -> bool:
        return verdicts[j].keep and len(units[j].split()) >= CARD_STORY_WORDS
    return any(story(j) for j in range(first)) and not any(story(j) for j in range(last + 1, len(units)))


def author_card(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) an author card closing the article: a name of one to four words (a handle
    too: "ricky"), the writer's job title alone on the next line ("Editor-in-Chief", "Journalist"), or
    the name and the title on one line ("Kimberly Bautista | Reporter"),
    and the paragraph below it, the writer's biography (at most ``BIO_MAX_WORDS`` words), when the
    story stands above the card, nothing of ``CARD_STORY_WORDS`` words is kept below it and no other
    job title stands alone above it (a list of people by name and job). Reason
    ``author_bio:card`` (boilerplate); no byline is needed.

    Examples
    --------
    >>> story = "Officers were called to the road at about 9pm on Sunday and found the car on its roof, a spokesman for the force said on Monday."
    >>> units = [story, "ricky", "Editor-in-Chief", "A seasoned broadcast journalist and former news anchor."]
    >>> verdicts = [Verdict(True, "body", "")] * 4
    >>> author_card(units, verdicts); [v.reason for v in verdicts]
    ['', 'author_bio:card', 'author_bio:card', 'author_bio:card']
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> author_card([story, "Staff Writer", "My beat is public safety. I started in January 2018 here at the Press."], verdicts); [v.reason for v in verdicts]
    ['', 'author_bio:card', 'author_bio:card']
    >>> verdicts = [Verdict(True, "body", "")] * 5
    >>> author_card(units + [story], verdicts); [v.reason for v in verdicts]
    ['', '', '', '', '']
    """
    for i in range(1, len(units) - 1):
        alone = _job_title(units[i])
        joined = None if alone else _name_and_title(units[i])  # "Kimberly Bautista | Reporter": the name and the title on one line
        if not alone and joined is None:
            continue
        name, bio = (joined.group(1) if joined else units[i - 1].strip()), i + 1
        if not 1 <= len(name.split()) <= 4 or ends_sentence(name) or any(c.isdigit() for c in name):
            if (alone and verdicts[bio].keep and len(units[bio].split()) <= BIO_MAX_WORDS and _FIRST_PERSON_BIO.match(units[bio])
                    and not any(_job_title(units[j]) for j in range(i)) and _closes_story(units, verdicts, i, bio)):
                for j in (i, bio):  # the title over the writer's own words, the name lost in the copy: "Staff Writer" over "My beat is ..."
                    if verdicts[j].keep:
                        verdicts[j] = Verdict(False, "boilerplate", "author_bio:card")
            continue
        if not verdicts[bio].keep or len(units[bio].split()) > BIO_MAX_WORDS:
            continue
        if joined and not any(re.search(rf"\b{re.escape(w)}\b", units[bio]) for w in name.split() if w.lower() != "by"):
            continue  # a name and title on one line is a card when the biography below names the person (not a photo credit over the story's next line: a second read)
        if joined and any(_name_and_title(units[j]) for j in range(i)):
            continue  # a list of people, each "Name, Job" over a line (winners, judges: a second read)
        if any(_job_title(units[j]) or _entry(units, verdicts, j) for j in range(i - 1)):
            continue  # a list of people, each a name, a job and a few lines (a shortlist, the staff a paper let go): a second read
        if not _closes_story(units, verdicts, i - 1, bio):
            continue
        for j in ((i, bio) if joined else (i - 1, i, bio)):
            if verdicts[j].keep:
                verdicts[j] = Verdict(False, "boilerplate", "author_bio:card")
    _named_card(units, verdicts)


def _named_card(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """The card with no job title on a line of its own: the writer's name alone (one to four words),
    then a biography opening with that name and the writer's job in the present ("Mary Argue" over "Mary
    Argue is a reporter at the Wairarapa Times-Age with an interest in ...", s1236), closing the article as
    :func:`author_card` reads it, when the page shows the name as its writer's: printed twice (the box's
    heading and link) or in a byline above the story. A shortlist, an obituary ("was a presenter"), a
    story about a journalist or a list announced by a colon do not show it so (a second read, rev40).

    Examples
    --------
    >>> story = "Officers were called to the road at about 9pm on Sunday and found the car on its roof, a spokesman for the force said on Monday."
    >>> units = [story, "Mary Argue", "Mary Argue", "Mary Argue is a reporter at the Times-Age with an interest in justice."]
    >>> verdicts = [Verdict(True, "body", "")] * 4
    >>> _named_card(units, verdicts); [v.reason for v in verdicts]
    ['', 'author_bio:card', 'author_bio:card', 'author_bio:card']
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> _named_card([story, "Mary Argue", "Mary Argue is a columnist for the Courier who joined in 1990."], verdicts); [v.reason for v in verdicts]
    ['', '', '']
    """
    for i in range(1, len(units) - 1):
        line, bio = units[i].strip(), i + 1
        labelled = _ABOUT.match(line)  # "About Ginelle Longley": the box's heading names its writer (s1292)
        name = line[labelled.end():] if labelled else line
        if not 1 <= len(name.split()) <= 4 or not name[:1].isupper() or ends_sentence(name) or any(c.isdigit() for c in name):
            continue
        if not verdicts[bio].keep or len(units[bio].split()) > BIO_MAX_WORDS or reports(first_sentence(units[bio])):
            continue  # its first sentence reports no one ("..., the board said"); a later one may name a book "You Don't Say"
        called = "|".join(map(re.escape, dict.fromkeys([name, name.split()[0]])))  # "Hartley is the News Director ..." under "Hartley Miller" (s1297); a surname alone is the story's way (rev41)
        opening = re.match(rf"(?:{called}) is (?:an?|the) ((?:[\w-]+ ){{0,3}}?[\w-]+)(?= (?:at|for|with|of|on|based|who|and)\b|[,.])", units[bio], re.IGNORECASE if labelled else 0)
        if opening is None or not _JOB_TITLE.fullmatch(opening.group(1)):
            continue
        if labelled and (not _NEWSROOM_JOB.search(opening.group(1)) or sum(bool(_ABOUT.match(u.strip())) for u in units) > 1):
            continue  # "About <name>" over a newsroom job, the page's one such box: a speaker's, a candidate's or a list of people's boxes are the story's (rev41)
        first = i
        while first > 0 and units[first - 1].strip() in (name, line):
            first -= 1  # the name printed twice: the box's heading and its link
        if first > 0 and units[first - 1].rstrip().endswith(":"):
            continue  # a list announced above ("This year's judge is:")
        shown = bool(labelled) or first < i or any(units[j].strip() == name or (is_signed_byline(units[j]) and name in units[j]) for j in range(first))
        if not shown:
            continue  # the page does not show the name as its writer's: a story about a journalist, a shortlist
        if _closes_story(units, verdicts, first, bio):
            for j in range(first, bio + 1):
                if verdicts[j].keep:
                    verdicts[j] = Verdict(False, "boilerplate", "author_bio:card")
