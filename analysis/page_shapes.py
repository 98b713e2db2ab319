"""Furniture told by the page's shape, for sites nobody has seen: rules of place and repetition.

Measured at first contact (each blind round cleaned by the rules of its session's start), the
furniture left in the body falls in a few kinds that no wording row can name ahead of time:
captions, other stories, a header kept above the lead, and the page's notes to its reader below
the body (the README's "Cleaning real pages: measured" sums up the counts). Three rules here
read where a unit stands and what it repeats, not a site's words; each runs on the verdicts of
:func:`analysis.boilerplate.classify_units` and changes them in place:

- :func:`headline_bracket`: a page that prints its headline twice near the top (a print header and the
  story's own, a share box) brackets its header: what is kept between the two copies is a
  standfirst, a byline, a widget's message, and the copies themselves are the headline; a short
  name-like line right under the second copy is its byline (``top:between_headlines``,
  ``top:headline``, ``top:byline``);
- :func:`stamps_inside`: a unit that is only a date or a clock time with a month, weekday or time in
  it ("10:32 a.m. Thursday", "January 31, 2012") is a stamp wherever it stands (a live entry's time,
  another story's card); near the top the date-line rule of :mod:`analysis.boilerplate` already
  takes it (``stamp``);
- :func:`reader_tail`: the kept units closing the text that speak to the reader (or as the page, of
  its own service: "our newsletter", not a columnist's "I" with "this story") and name the page's own medium ("For access to this article please sign in or subscribe.", "Enter your email
  for the latest news", "By providing us with your details, you agree to our Terms of Use") are
  notes of the page, not the article, with a short heading right above them ("Support X!",
  "Disclaimer:") (``reader_note``). Words as data: ``data/instruments/reader_notes.tsv``;
- :func:`reader_head`: the same notes opening the text (a support appeal printed above the article);
- :func:`link_prompts`: such a note ending in "here", its link's word, wherever it stands.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Dam threatens to flood", "We're sorry, this feature is unavailable.", "Dam threatens to flood",
...          "About 1,000 villagers were moved to high ground yesterday as water rose.", "Officials said more rain is due."]
>>> v = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 4
>>> headline_bracket(units, v); [x.reason for x in v]
['top:headline', 'top:between_headlines', 'top:headline', '', '']
>>> headline_bracket([], [])
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from .boilerplate import Verdict
from .bullets import is_bullet, strip_bullet
from .calendar_words import calendar_pattern
from .justext_method import WEB_ADDRESS, ends_sentence, is_prose
from .link_boxes import is_embed
from .repeats import content_words, share_in
from .reporting import reports, telling_pattern
from .topmatter import is_byline, is_date_line, is_headline, wire_dateline
from .transcripts import QUOTE_OPENERS

#: The two copies of the headline stand among the first this many units.
BRACKET_WINDOW = 15
#: A headline has this many words at least and at most.
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 3, 25
HEADLINE_MAX_CHARS = 250
#: At most this many units stand between the two copies, with at most this many words kept.
BRACKET_MAX_UNITS, BRACKET_MAX_WORDS = 6, 90
#: A unit between the copies has at most this many words (a standfirst's, as :mod:`analysis.boilerplate` reads one).
STANDFIRST_WORDS = 40
#: A byline or date line closes a header: a unit below one, between the copies, is the lede.
CLOSERS = frozenset({"top:byline", "top:date", "pattern:date_line", "pattern:agency_line"})
#: A byline under the second copy has at most this many words.
BYLINE_WORDS = 6
#: A stamp has at most this many words and characters.
STAMP_WORDS, STAMP_CHARS = 6, 60
#: A heading over a reader's note (``Disclaimer:``, ``Support X!``) has at most this many words.
NOTE_HEADING_WORDS = 6
#: A note has at most this many characters (p281's comment rules, the longest seen, have about 330).
NOTE_CHARS = 500
#: A sentence of a note that does not speak to the reader has at most this many words ("Wanna enjoy some durians with someone?").
SHORT_SENTENCE_WORDS = 12
#: The reader's notes never take the text below this many kept units.
BODY_LEFT = 2

_WORDS = re.compile(r"\w+")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s*(?:a\.m\.|p\.m\.|am\b|pm\b)", re.IGNORECASE)
#: A line exclaimed or quoted whole: a chant or slogan ("Lock her up!", "\u201cBuild the wall\u201d").
_CHANT = re.compile(r"!\W*$|^\W*[\"\u201c]|[\"\u201d]\W*$")
_BULLET = re.compile(r"^\s*(?:[\u2022\u00b7*\u25aa\u25cf-]|\d{1,2}[.)])\s")
#: Words inside quotation marks (someone's, not the page's or the writer's): read past by the voice tests here and in
#: :mod:`analysis.social_embeds`.
QUOTED = re.compile(r"\"[^\"]*\"|\u201c[^\u201d]*\u201d")
#: The writer's own voice: a blogger's note above the story they repost ("I had a lunch meeting ...") is no standfirst.
_FIRST_PERSON = re.compile(r"(?<![\w.])(?:I|[Mm]y|[Mm]e)(?![\w-]|\.\w)")
#: A sentence ends at ".", "!" or "?" and a space, not at a web address's dots ("www.example.com").
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


def _key(unit: str) -> str:
    return " ".join(_WORDS.findall(unit.lower()))


def _headline_like(unit: str, verdict: Verdict) -> bool:
    """A unit that may be a copy of the headline: not furniture a pattern named ("Read more here"
    printed under every card), not a date line, not a sentence closed by a full stop."""
    return not verdict.reason.startswith("pattern:") and not is_date_line(unit) and not unit.rstrip().endswith(".")


def headline_bracket(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark (in place) the header between two copies of the headline near the top as top matter
    (see the module's description). The copies are the same words, ``HEADLINE_MIN_WORDS`` to
    ``HEADLINE_MAX_WORDS`` of them, among the first ``BRACKET_WINDOW`` units, with at most
    ``BRACKET_MAX_UNITS`` units between them, and the body goes on below the second one (a kept
    unit written as prose). A copy exclaimed or quoted ("Lock her up!") is the headline only when
    it is the unit marked ``top:headline`` or its words again (the text's first line when none is): else it is the body's chant printed
    twice, and the lede between the copies stays. A repeated unit closed by a full stop is a lede
    printed twice, not a headline. What is kept between them goes when it reads as a header: ``BRACKET_MAX_WORDS``
    words at most, none longer than a standfirst, at most one unit written as prose, none
    reporting or in the writer's first person (a blogger's note above the story reposted), none under
    a byline or date line (a header closed above it: the lede, with the picture's alt text below
    it); otherwise it is the body, and only the copies go."""
    n = min(len(units), BRACKET_WINDOW)
    first_seen: dict[str, int] = {}
    pairs = []  # (first copy, second copy): only units whose words stand twice are looked at further
    for k in range(n):
        if len(units[k]) > HEADLINE_MAX_CHARS:
            continue
        key = _key(units[k])
        if key in first_seen and k - first_seen[key] >= 2:
            pairs.append((first_seen[key], k))
        first_seen.setdefault(key, k)
    marked = next((k for k, v in enumerate(verdicts) if v.reason == "top:headline"), None)
    for i, j in pairs:
        if j - i > BRACKET_MAX_UNITS + 1 or not HEADLINE_MIN_WORDS <= len(units[i].split()) <= HEADLINE_MAX_WORDS:
            continue
        headline = _key(units[marked]) == _key(units[i]) if marked is not None else not any(v.keep for v in verdicts[:i])
        if not headline and _CHANT.search(units[i]):
            continue  # not the headline found above (nor the text's first line), and exclaimed or quoted: a chant of the body printed twice
        if not _headline_like(units[i], verdicts[i]) or not _headline_like(units[j], verdicts[j]):
            continue
        if not headline and sum(verdicts[k].keep and is_prose(units[k]) for k in range(i)) >= 2 and all(
            k + 1 < len(units) and units[k + 1].lstrip().startswith(QUOTE_OPENERS) for k in (i, j)
        ):
            continue  # the body begun above, a quoted turn under each copy: a transcript's speaker label, not a header
        if not any(verdicts[k].keep and is_prose(units[k]) for k in range(j + 1, len(units))):
            continue  # nothing of the body below: the copies are not a header's
        between = [k for k in range(i + 1, j) if verdicts[k].keep]
        # The body's paragraphs stand between the copies when one is longer than a standfirst, two are
        # written as prose, or one reports ("..., police said."): the lede with the picture's alt text
        # (the headline again) below it. Then only the copies go.
        header = not between or (
            sum(len(units[k].split()) for k in between) <= BRACKET_MAX_WORDS
            and all(len(units[k].split()) <= STANDFIRST_WORDS for k in between)
            and sum(is_prose(units[k]) for k in between) <= 1
            and not any(reports(units[k]) or _FIRST_PERSON.search(QUOTED.sub(" ", units[k])) for k in between)
            and not any(verdicts[k].reason in CLOSERS for k in range(i + 1, between[0]))
        )
        for k in between if header else ():
            verdicts[k] = Verdict(False, "top_matter", "top:between_headlines")
        for k in (i, j):
            if verdicts[k].keep:
                verdicts[k] = Verdict(False, "top_matter", "top:headline")
        below = j + 1  # a byline right under the second copy, name-like ("World Bulletin/News Desk"), not a crosshead
        if header and below + 1 < len(units) and verdicts[below].keep and len(units[below].split()) <= BYLINE_WORDS and is_byline(units[below]):
            if not ends_sentence(units[below]) and any(verdicts[k].keep for k in range(below + 1, len(units))):
                verdicts[below] = Verdict(False, "top_matter", "top:byline")
        return


@lru_cache(maxsize=1)
def _months_days() -> re.Pattern[str]:
    """A month or weekday of ``calendar.tsv`` or one of its abbreviations, a whole word."""
    return re.compile(r"\b(?:" + calendar_pattern("month") + "|" + calendar_pattern("weekday") + r")\b", re.IGNORECASE)


def is_stamp(unit: str) -> bool:
    """Whether a unit is only a date or time stamp with a month, a weekday or a clock time in it.

    Examples
    --------
    >>> [is_stamp(x) for x in ("10:32 a.m. Thursday", "January 31, 2012", "Updated 2 June 2021 09:14 BST")]
    [True, True, True]
    >>> [is_stamp(x) for x in ("2019 72.2 20.3", "May sees 2,000 troops leave", "Monday was calm.", "• Kyoto: April 3", "")]
    [False, False, False, False, False]
    """
    text = unit.strip()
    if not text or len(text) > STAMP_CHARS or len(text.split()) > STAMP_WORDS or ends_sentence(text) or text.endswith(":") or _BULLET.match(text):
        return False
    return bool(_CLOCK.search(text) or _months_days().search(text)) and is_date_line(text)


def stamps_inside(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) every kept stamp (:func:`is_stamp`) as boilerplate, reason ``stamp``, unless
    it stands in a list of such lines (two stamps in a row with body on both sides: a timetable).

    Examples
    --------
    >>> units = ["Ten died, police said on Monday.", "10:32 a.m. Thursday", "A robot joined the search."]
    >>> v = [Verdict(True, "body", "")] * 3
    >>> stamps_inside(units, v); [x.reason for x in v]
    ['', 'stamp', '']
    """
    stamps = [verdicts[i].keep and is_stamp(u) for i, u in enumerate(units)]
    for i, stamp in enumerate(stamps):
        if not stamp:
            continue
        if (i > 0 and stamps[i - 1]) or (i + 1 < len(units) and stamps[i + 1]):
            continue  # a run of dates kept as body: a timetable or a list of dates
        verdicts[i] = Verdict(False, "boilerplate", "stamp")


class _ReaderWords(NamedTuple):
    reader: re.Pattern[str]  # speaks to the reader (kind address)
    writer: re.Pattern[str]  # speaks as the page or its writer (kind writer)
    imperative: re.Pattern[str]  # a verb a note opens with
    medium: re.Pattern[str]  # names the page, its forms or its business (kinds medium and service)
    service: re.Pattern[str]  # names the page's own business (kind service)
    authority: re.Pattern[str]  # names whom a story's appeal for information sends the reader to (kind authority)
    appeal: re.Pattern[str]  # what such an appeal asks for (kind appeal)


@lru_cache(maxsize=1)
def _reader_words() -> _ReaderWords:
    """The patterns of ``reader_notes.tsv``'s kinds."""
    from .errors import InstrumentError
    from .instruments import instrument_path, load_tsv

    kinds: dict[str, list[str]] = {"address": [], "writer": [], "imperative": [], "medium": [], "service": [], "authority": [], "appeal": []}
    for row in load_tsv("reader_notes.tsv", required=("word", "kind")):
        if row["kind"] not in kinds:
            raise InstrumentError(instrument_path("reader_notes.tsv"), f"kind must be one of {', '.join(kinds)}, not {row['kind']!r}", row=int(row["line"]))
        word = row["word"].lower()
        body = re.escape(word[:-1]) + r"\w*" if word.endswith("*") else re.escape(word)
        kinds[row["kind"]].append(body.replace(r"\ ", r"\s+"))

    def alternation(words: list[str], prefix: str = r"\b") -> re.Pattern[str]:
        return re.compile(prefix + "(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b", re.IGNORECASE)

    def pronouns(words: list[str]) -> re.Pattern[str]:
        # A pronoun in lower case or capitalised ("We", "I"), never in capitals ("US") nor a letter of an
        # abbreviation ("F.B.I."), nor a name's first word ("We Act Radio": a capitalised pronoun before a capitalised word).
        forms = sorted({f for w in words for f in (w, w[:1].upper() + w[1:])}, key=len, reverse=True)
        return re.compile(r"(?<![\w.])(?:" + "|".join(forms) + r")(?![\w'\u2019]*\.\w|[\w-])(?! [A-Z][a-z])")

    return _ReaderWords(
        pronouns(kinds["address"]), pronouns(kinds["writer"]), alternation(kinds["imperative"], r"^\W*"),
        alternation(kinds["medium"] + kinds["service"]), alternation(kinds["service"]), alternation(kinds["authority"]), alternation(kinds["appeal"]),
    )


#: The page speaking of itself ("our newsroom", "we"): a note mentioning the police is still the page's.
_PAGE_VOICE = re.compile(r"\b(?:our|we)\b", re.IGNORECASE)


def is_reader_note(unit: str) -> bool:
    """Whether a unit speaks to the reader or as the page and names the page's own medium (see the
    module's description), outside quotation marks and with no reporting verb. A sentence speaks
    so when it addresses the reader ("you", "please"), opens with an imperative ("Subscribe ..."),
    or says "we" or "I" with a word of the page's own service ("our newsletter", "my IP address"):
    a writer's "we" or "I" with a story or a platform is a column's closing line. A unit that names
    whom to tell and what ("information ... police", "witnesses ... 101") is the story's appeal.

    Examples
    --------
    >>> [is_reader_note(x) for x in ("For access to this article please sign in or subscribe.", "Enter your email for the latest news.")]
    [True, True]
    >>> [is_reader_note(x) for x in ("So, if you want durians, don't get your hopes up.", 'He said: "Read our story."', "The site was closed.")]
    [False, False, False]
    >>> [is_reader_note(x) for x in ("I accept that my IP address is sent to a server.", "I have covered this story for ten years.")]
    [True, False]
    >>> [is_reader_note(x) for x in ("Please write to us at www.example.com.", "Contact us: editor@example.com", "The ministry put the list on www.example.com.")]
    [True, True, False]
    >>> is_reader_note("Patrols will be held on Ghana's waters to ensure adherence to the new directive. Read Full Story")
    False
    >>> [is_reader_note(x) for x in ("If you saw the crash, please contact police on 101 or email us.", "Email your police news tips to us.")]
    [False, True]
    >>> is_reader_note("Have a news tip? Seen police activity in your neighborhood? Email our newsroom at tips@example.com.")
    True
    >>> is_reader_note("")
    False
    """
    return _speaks(unit, boxed=False)


_FOR_COMMENT = re.compile(
    r"\b(?:(?:(?:un)?available|reached|contacted|asked|approached|request(?:ed|s)?|respond(?:ed)?)[^\S\n]+(?:\w+[^\S\n]+){0,3}?for|declined[^\S\n]+to|refused[^\S\n]+to|declined|refused)"
    r"[^\S\n]+(?:(?:an?|any|immediate|further|official)[^\S\n]+)*comments?\b",
    re.IGNORECASE,
)  # a reporter's request: "available for immediate comment", "declined to comment"; not "We invite you to comment below."


def _speaks(unit: str, *, boxed: bool) -> bool:
    """Whether every sentence of a unit speaks to or as the reader or is short, one speaking, outside
    quotation marks; unless ``boxed`` (a unit between two notes, whose place says what it is), the
    unit also names the page's medium and has no reporting verb."""
    if len(unit) > NOTE_CHARS:
        return False  # a paragraph of the body's length
    words = _reader_words()
    text = QUOTED.sub(" ", unit)
    if "omment" in text:
        text = _FOR_COMMENT.sub(" ", text)  # a request for comment is the reporter's, not the page's comments ("... were available for immediate comment by the time we went to press")
    if (not boxed and (not (words.medium.search(text) or WEB_ADDRESS.search(text)) or telling_pattern().search(text))) or is_embed(unit) or text.lstrip().startswith("<"):
        return False
    if words.authority.search(text) and words.appeal.search(text) and not _PAGE_VOICE.search(text):
        return False  # the story's appeal for information ("please contact 101, quoting log number 45"): body
    sentences = _SENTENCE_BREAK.split(text.strip())
    speaks = [
        bool(words.reader.search(s) or words.imperative.match(s) or (words.writer.search(s) and (words.service.search(s) or WEB_ADDRESS.search(s))))
        for s in sentences
    ]
    # Every sentence speaks to the reader or as the page, or is short ("Wanna enjoy some durians with someone?"):
    # a body's sentence with a note or link glued to it ("... to the directive. Read Full Story") is the body's.
    return any(speaks) and all(say or len(s.split()) <= SHORT_SENTENCE_WORDS for s, say in zip(sentences, speaks))


def reader_tail(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the reader's notes closing the text (see the module's description) as
    boilerplate, reason ``reader_note``: from the last kept unit up, while each kept unit is a
    note (:func:`is_reader_note`); then one short heading (``NOTE_HEADING_WORDS`` words at most, no
    sentence end) right above the notes goes with them, and nothing above it (short lines above a
    note are not all its heading: a tally of the body's). At least ``BODY_LEFT`` kept units stay above.

    Examples
    --------
    >>> units = ["Ten died, police said.", "Two were hurt.", "Three fled.", "Disclaimer:", "Please write your correct name and email address."]
    >>> v = [Verdict(True, "body", "")] * 5
    >>> reader_tail(units, v); [x.reason for x in v]
    ['', '', '', 'reader_note', 'reader_note']
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    notes: list[int] = []
    for i in reversed(kept):
        unit = units[i]
        if is_reader_note(unit):
            notes.append(i)
        elif notes and len(unit.split()) <= NOTE_HEADING_WORDS and not (ends_sentence(unit) and is_prose(unit) and not unit.rstrip().endswith("!")):
            notes.append(i)  # the box's heading ("Disclaimer:", "Support The Grapevine!"): one, and the box ends
            break
        else:
            break
    _remove_notes(notes, len(kept), verdicts)


def _remove_notes(notes: Sequence[int], n_kept: int, verdicts: list[Verdict]) -> None:
    """Remove the units ``notes`` as ``reader_note`` unless fewer than ``BODY_LEFT`` of the ``n_kept``
    kept units would stay (then a "note" is more likely the article itself)."""
    if n_kept - len(notes) < BODY_LEFT:
        return
    for i in notes:
        verdicts[i] = Verdict(False, "boilerplate", "reader_note")


def reader_head(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the reader's notes opening the text, as :func:`reader_tail` does below it
    (a support appeal printed above the article: "Support from readers like you keeps The Journal
    open."), reason ``reader_note``: from the first kept unit down, while each kept unit is a note
    (:func:`is_reader_note`), or speaks to or as the reader with a note right below it (the appeal's
    middle paragraph, which need not name the page); at least ``BODY_LEFT`` kept units stay below.

    Examples
    --------
    >>> units = ["Support from readers like you keeps The Journal open.", "You are visiting us because we have news that tells the truth.", "Please contribute to our journalism.", "Ten died, police said.", "Two were hurt."]
    >>> v = [Verdict(True, "body", "")] * 5
    >>> reader_head(units, v); [x.reason for x in v]
    ['reader_note', 'reader_note', 'reader_note', '', '']
    >>> v = [Verdict(True, "body", "")] * 3
    >>> reader_head(["We went to the river on Sunday.", "Ten died, police said.", "Two were hurt."], v); [x.keep for x in v]
    [True, True, True]
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    notes: list[int] = []
    for position, i in enumerate(kept):
        below = kept[position + 1] if position + 1 < len(kept) else None
        if is_reader_note(units[i]) or (notes and below is not None and _speaks(units[i], boxed=True) and is_reader_note(units[below])):
            notes.append(i)
        else:
            break
    _remove_notes(notes, len(kept), verdicts)


_HERE = re.compile(r"\bhere\s*[.!]?$", re.IGNORECASE)


def link_prompts(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a reader's note ending in the word its link stood on ("... on our dedicated
    CAO site here.", "Sign up for more newsletters here") wherever it stands, reason ``reader_note``:
    a note (:func:`is_reader_note`) that points at a link is no sentence of the article, in its
    header as below it (on the 316 dev pages, 3 of 3 such lines are furniture).

    Examples
    --------
    >>> units = ["Ten died, police said.", "You can find all the results on our dedicated site here.", "Two were hurt."]
    >>> v = [Verdict(True, "body", "")] * 3
    >>> link_prompts(units, v); [x.reason for x in v]
    ['', 'reader_note', '']
    >>> v = [Verdict(True, "body", "")] * 2
    >>> link_prompts(["Ten died here, police said.", "We have lived on this site here for years, you know."], v); [x.keep for x in v]
    [True, True]
    """
    for i, verdict in enumerate(verdicts):
        if verdict.keep and "here" in units[i].lower() and _HERE.search(units[i]) and is_reader_note(units[i]):  # the substring first: fast
            verdicts[i] = Verdict(False, "boilerplate", "reader_note")


#: A site's copyright notice alone on its line: "Copyright 2022 KLTV. All rights reserved.", "\u00a9 2024 Example Media. All rights reserved."
#: (the year may close with a full stop: "Copyright 2022. Western Mass News (WGGB/WSHM). All rights reserved.", s931)
_COPYRIGHT_NOTICE = re.compile(
    r"(?:copyright[^\S\n]*)?(?:\u00a9|\(c\))?[^\S\n]*(?:copyright[^\S\n]*)?(?:(?:19|20)\d\d(?:[^\S\n]*[-\u2013][^\S\n]*(?:19|20)\d\d)?\.?[^\S\n]*)?"
    r"[^.!?\n]{1,60}?[.,]?[^\S\n]*all rights reserved\.?",
    re.IGNORECASE,
)
#: The article keeps at least this many kept paragraphs of prose above the notice.
COPYRIGHT_BODY_ABOVE = 2
#: What is below the notice is short: captions and headlines of a list, each of at most this many words (a
#: paragraph longer than that is the story going on under a picture's credit).
COPYRIGHT_TAIL_WORDS = 30


def _list_heading_below(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    """Whether a removed list heading stands right under the notice at ``i`` ("Most Read", "Latest News": a
    widget's heading, a pattern's, of at most three words)."""
    j = i + 1
    return j < len(units) and not verdicts[j].keep and verdicts[j].reason.startswith("pattern:") and len(units[j].split()) <= 3


def _mark_under_story(units: Sequence[str], verdicts: Sequence[Verdict], is_mark: Callable[[int], bool]) -> int | None:
    """Position of the first unit ``is_mark`` accepts that is not a kept paragraph of prose and stands under
    ``COPYRIGHT_BODY_ABOVE`` of them: a closing mark of the article (a copyright notice, a print note, a box's heading),
    read by :func:`copyright_tail`, :func:`print_tail` and :func:`box_teasers`.

    >>> v = [Verdict(True, "body", "")] * 2 + [Verdict(False, "boilerplate", "pattern:copyright")]
    >>> _mark_under_story(["Ten died, officials said.", "Roads were shut on Monday.", "Copyright 2022 KLTV."], v, lambda i: not v[i].keep)
    2
    """
    prose = 0
    for i, (unit, verdict) in enumerate(zip(units, verdicts)):
        if verdict.keep and is_prose(unit):
            prose += 1
        elif prose >= COPYRIGHT_BODY_ABOVE and is_mark(i):
            return i
    return None


def _kept_below(verdicts: Sequence[Verdict], i: int) -> list[int]:
    return [j for j in range(i + 1, len(verdicts)) if verdicts[j].keep]


def _tells_story(units: Sequence[str], verdicts: Sequence[Verdict], i: int, below: Sequence[int]) -> bool:
    """Whether a kept unit of ``below`` shares ``PRINT_TAIL_STORY_SHARE`` of its content words with the kept units above ``i``."""
    story = set().union(*(content_words(units[j]) for j in range(i) if verdicts[j].keep))
    return any(share_in(content_words(units[j]), story) >= PRINT_TAIL_STORY_SHARE for j in below)


def _remove(verdicts: list[Verdict], positions: Sequence[int], reason: str) -> None:
    for j in positions:
        verdicts[j] = Verdict(False, "boilerplate", reason)


def copyright_tail(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``below_copyright``) every kept unit below the site's copyright notice
    ("Copyright 2022 KLTV. All rights reserved.") when it stands below ``COPYRIGHT_BODY_ABOVE`` kept
    paragraphs of prose: a template closes the article with it, and what it prints below is the site's
    (a "Most Read" list with its pictures' captions, "Latest News"), when a list's heading a pattern
    removed stands right under the notice (a notice inside the story, a picture's, a chart's or a
    poem's, has the story going on under it: a second read), and every kept unit below is
    short (``COPYRIGHT_TAIL_WORDS``): a picture's credit inside the story may be written so too, and the
    story goes on under it. On the labelled pages and site sets that print such a notice below the
    story, no line under it is body.

    Examples
    --------
    >>> units = ["A crash left one dead, troopers said on Monday.", "Three others were taken to hospital in Tyler.",
    ...          "Copyright 2022 KLTV. All rights reserved.", "Most Read", "The most unusual find was a caiman kept in the home."]
    >>> v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:copyright"), Verdict(False, "boilerplate", "pattern:widget_heading"), Verdict(True, "body", "")]
    >>> copyright_tail(units, v); [x.reason for x in v][-1]
    'below_copyright'
    """
    i = _mark_under_story(units, verdicts, lambda k: not verdicts[k].keep and len(units[k]) <= 120 and _COPYRIGHT_NOTICE.fullmatch(units[k].strip()) is not None)
    if i is None or not _list_heading_below(units, verdicts, i):
        return  # a notice inside the story (a picture's or a chart's credit, a poem's): a list's heading stands under a template's
    below = _kept_below(verdicts, i)
    if any(len(units[j].split()) > COPYRIGHT_TAIL_WORDS for j in below):
        return  # a paragraph of the story goes on below: the notice was a picture's credit ("\u00a9 2022 Getty Images. All rights reserved.")
    _remove(verdicts, below, "below_copyright")



#: Under a box's heading closing the article, at least this many kept units, each telling another story.
BOX_TEASERS_MIN = 2
#: A teaser has at least and at most this many words (a paragraph of the story going on is longer, or shares its words;
#: a short quote going on under a box set inside the story shares few words and is shorter: a second read).
BOX_TEASER_WORDS = (12, 60)


def box_teasers(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``box_teaser``) the kept units under a heading of a box of other stories that says
    so ("YOU SHOULD NOT MISS THESE HEADLINES FROM NIGERIAN TRIBUNE"; row ``teasers_heading``: a "Related News"
    box set inside the story has the story going on under it) below ``COPYRIGHT_BODY_ABOVE`` kept paragraphs of prose, when every kept unit from it to
    the end of the text is a teaser of another story: ``BOX_TEASERS_MIN`` or more, each of
    ``BOX_TEASER_WORDS`` words and sharing under ``PRINT_TAIL_STORY_SHARE`` of its content words with the article
    above (the box's teasers printed without their titles: the twenty-ninth site sets, s1093). A paragraph
    of the story under a crosshead a pattern took shares the story's words, and keeps everything.

    >>> units = ["A two-storey building collapsed in Ebute Metta, Lagos, on Friday, trapping several people.",
    ...          "Emergency officials cordoned off the area of the collapsed building and began rescue work.",
    ...          "YOU SHOULD NOT MISS THESE HEADLINES FROM THE TRIBUNE", "The Yoruba Summit Group on Thursday called for urgent constitutional reform across the federation.",
    ...          "A leading rights advocate opened up on the secret meeting of the governors in the capital."]
    >>> v = [Verdict(True, "body", "")] * 2 + [Verdict(False, "boilerplate", "pattern:teasers_heading")] + [Verdict(True, "body", "")] * 2
    >>> box_teasers(units, v); [x.reason for x in v][3:]
    ['box_teaser', 'box_teaser']
    >>> v = [Verdict(True, "body", "")] * 2 + [Verdict(False, "boilerplate", "pattern:teasers_heading")] + [Verdict(True, "body", "")] * 2
    >>> box_teasers(units[:3] + ["Rescue workers pulled two people alive from the collapsed building in Lagos.", units[4]], v); [x.reason for x in v][3:]
    ['', '']
    """
    if not any(v.reason == "pattern:teasers_heading" for v in verdicts):
        return  # most pages: no such heading, no reading of the prose
    i = _mark_under_story(units, verdicts, lambda k: verdicts[k].reason == "pattern:teasers_heading")
    if i is None:
        return
    below = _kept_below(verdicts, i)
    if len(below) < BOX_TEASERS_MIN or any(not BOX_TEASER_WORDS[0] <= len(units[j].split()) <= BOX_TEASER_WORDS[1] for j in below):
        return  # a short paragraph (a quote, a line of the story) is no teaser
    if _tells_story(units, verdicts, i, below):
        return  # the story goes on under a crosshead a pattern took
    _remove(verdicts, below, "box_teaser")


#: A unit below a print note telling the story again shares at least this share of its content words with the article above.
PRINT_TAIL_STORY_SHARE = 0.2
#: What the page prints below the note is a teaser or two (the page store cuts the list): more kept units are the story's.
PRINT_TAIL_UNITS = 2
#: The note closing the article: one sentence, dated, naming the paper or the edition ("A version of this article
#: appears in print on October 10, 2020 of The Himalayan Times."); a note saying the story was updated online, or one
#: a magazine piece prints near its top ("... in our Sunday magazine, with additional maps"), does not close it (a second read).
_DATED_PRINT_NOTE = re.compile(r"a version of this (?:article|story|report|review) appear(?:s|ed) in (?:print|(?:the )?e-?paper) on [^\n]*\d", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No)\.", re.IGNORECASE)
_INNER_STOP = re.compile(r"[.!?]\s")


def _closing_print_note(unit: str) -> bool:
    """Whether ``unit`` is a print note closing an article: one sentence, dated (``_DATED_PRINT_NOTE``).

    >>> _closing_print_note("A version of this article appears in print on Dec. 5, 2022, Section A, Page 1 of the New York edition.")
    True
    >>> _closing_print_note("A version of this article appeared in print on March 3, 2024. It has been updated online.")
    False
    """
    text = unit.strip()
    return _DATED_PRINT_NOTE.match(text) is not None and _INNER_STOP.search(_ABBREVIATED.sub("Abbr", text)) is None


def print_tail(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``below_print_notice``) every kept unit below a newspaper's note that the
    article appears in print ("A version of this article appears in print on October 10, 2020 of The
    Himalayan Times."; row ``print_notice``) under ``COPYRIGHT_BODY_ABOVE`` kept paragraphs of prose: the
    note (one sentence with a date: :func:`_closing_print_note`) closes the article, and what the page prints below it is
    other stories (the twenty-sixth site sets, s1057: a teaser under its dateline; at most ``PRINT_TAIL_UNITS`` kept), each sharing under ``PRINT_TAIL_STORY_SHARE`` of its words with the
    article; a unit telling the story (an update below the note, an archive's republished text, a story quoting the
    note) keeps everything below.

    >>> units = ["Police handed 26 stolen motorcycles back to their owners on Friday.", "The bikes were found in three districts.",
    ...          "A version of this article appears in print on October 10, 2020 of The Himalayan Times.", "DHANGADHI: A group of students staged a protest today."]
    >>> v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:print_notice"), Verdict(True, "body", "")]
    >>> print_tail(units, v); [x.reason for x in v][-1]
    'below_print_notice'
    """
    if not any(v.reason == "pattern:print_notice" for v in verdicts):
        return  # most pages: no print note, no reading of the prose
    i = _mark_under_story(units, verdicts, lambda k: verdicts[k].reason == "pattern:print_notice" and _closing_print_note(units[k]))
    if i is None:
        return
    below = _kept_below(verdicts, i)
    if len(below) > PRINT_TAIL_UNITS or _tells_story(units, verdicts, i, below):
        return  # the story goes on below the note (its update, an archive's republished text, a story quoting the note)
    _remove(verdicts, below, "below_print_notice")


#: A weather service's bulletin heading a local station's page: its banner's label ("Weather Alert") or the bulletin's
#: own headline between three dots ("...WINTER WEATHER ADVISORY NOW IN EFFECT UNTIL 11 PM MST THIS EVENING...").
_BULLETIN_HEAD = re.compile(r"(?:(?i:(?:severe |winter |special |active )?weather (?:alerts?|warnings?))\b|\.\.\.[A-Z][A-Z0-9 /,'&-]{5,}\.\.\.)")
#: The bulletin's own headline between three dots, opening a unit.
_BULLETIN_TITLE = re.compile(r"\.\.\.[A-Z][A-Za-z0-9 /,'&-]{5,}\.\.\.")
#: Its end: the bulletin's own closing mark ("&&", "$$") alone on a line.
_BULLETIN_END = re.compile(r"&&|\$\$")
#: A story's lead opening with the station's call sign in brackets and a dash ("(WSIL) -- A Chicago man ...").
_CALL_SIGN_LEAD = re.compile(r"(?:[A-Z][A-Z .,'-]{1,40} )?\([A-Z]{3,5}(?:-TV|-FM)?\) *[-\u2013\u2014]+ +\S")
#: The bulletin's heading stands among the page's first units; the story's headline within this many units above its lead.
BULLETIN_START_UNITS, BULLETIN_HEADLINE_GAP = 8, 4
#: The bulletin's closing mark stands within this many units of its heading (its lines are hard-wrapped: s1029 has 24, a
#: flash-flood warning lists its towns one a line).
BULLETIN_MAX_UNITS = 80
#: The sections of a National Weather Service bulletin, each opening a unit ("* WHAT...Sub-freezing temperatures",
#: "* WHEN...", "* IMPACTS...", "PRECAUTIONARY/PREPAREDNESS ACTIONS..."; a warning's "HAZARD...", "SOURCE...",
#: "IMPACT..."): the service's fixed formats since 2017.
_BULLETIN_SECTION = re.compile(r"(?:\* ?(?:WHAT|WHERE|WHEN|IMPACTS?|HAZARDS?|SOURCE|ADDITIONAL DETAILS|LOCATIONS IMPACTED)|\*? ?(?:PRECAUTIONARY/PREPAREDNESS ACTIONS|HAZARD|SOURCE|IMPACT))\.\.\.")
#: The bulletin's title closing a unit ("... ...FREEZE WARNING IN EFFECT UNTIL 8 AM...").
_TITLE_ENDS = re.compile(r"\.\.\.[A-Z][A-Z0-9 /,'&-]{5,}\.\.\.$")


def _titled(unit: str) -> bool:
    """Whether the bulletin's title closes ``unit`` as the page printed it, not as a story's paragraph quotes it after
    a colon ("The National Weather Service has issued this alert for our area: ...WINTER STORM WARNING ...": rev53)."""
    found = _TITLE_ENDS.search(unit.rstrip())
    return found is not None and not unit[: found.start()].rstrip().endswith(":")


#: A bulletin is read by its sections when it prints at least this many; the story's headline then stands within
#: this many units under the last (the actions' paragraph between, its lines hard-wrapped).
BULLETIN_SECTIONS, BULLETIN_SECTION_GAP = 2, 12
#: A story's byline ("By Kanoa Silva"), which no bulletin prints.
_STORY_BYLINE = re.compile(r"By (?:[A-Z][\w'\u2019.-]+ ){1,3}[A-Z][\w'\u2019-]+")
#: Between the headline and the dated lead, a unit of at most this many words is the header's (a byline, a tag line, "Updated").
BULLETIN_HEADER_WORDS = 8


#: The bulletin's headline hard-wrapped over two lines, as the service prints it ("...SMALL CRAFT ADVISORY NOW IN EFFECT
#: UNTIL 4 PM HST THIS" over "AFTERNOON...": s137, s1531, s1532).
_TITLE_OPENS = re.compile(r"\.\.\.[A-Z][A-Z0-9 /,'&-]{5,}$")
_TITLE_CLOSES = re.compile(r"[A-Z0-9][A-Z0-9 /,'&-]*\.\.\.")


def _wrapped_title(units: Sequence[str], i: int) -> bool:
    """Whether unit ``i`` ends with a bulletin's headline opened by three dots that the next unit closes."""
    return i + 1 < len(units) and _TITLE_OPENS.search(units[i].rstrip()) is not None and _TITLE_CLOSES.fullmatch(units[i + 1].strip()) is not None


def weather_bulletin(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``weather_bulletin``) a weather service's bulletin a local station prints over its
    story: from its heading among the page's first ``BULLETIN_START_UNITS`` units (``_BULLETIN_HEAD``) down to its
    closing mark ("&&", "$$"), or else down to the unit above the story's headline, a headline-shaped unit standing
    at most ``BULLETIN_HEADLINE_GAP`` units above a lead that opens with the station's call sign or a wire dateline
    ("CARBONDALE, IL (WSIL) -- ...", "(WSIL) -- ..."; the topmost such unit, a tag line may stand under the headline),
    which becomes the headline; the short lines between it and the lead (a byline, a tag line, "Updated": ``BULLETIN_HEADER_WORDS``
    words, no sentence's end) are the header's (``top:before_dateline``). The bulletin is written as prose
    in hard-wrapped lines, so the general rule keeps it and nothing else marks where the story starts (the
    twenty-fourth site sets, s1027-s1029; the fifth, s137; its headline may be wrapped over two lines, s1531). With neither
    end found nothing is removed.

    Examples
    --------
    >>> units = ["Weather Alert", "...WINTER STORM TO AFFECT THE AREA TONIGHT...", "We continue to monitor a winter storm forecast to affect the area tonight through Sunday.",
    ...          "Man arrested for threatening passengers", "charles pearson", "(WSIL) -- A man was arrested in Carbondale for threatening passengers on a train.", "He was charged."]
    >>> verdicts = [Verdict(False, "boilerplate", "justext:short")] * 2 + [Verdict(True, "body", "")] * 5
    >>> weather_bulletin(units, verdicts); [v.reason for v in verdicts]
    ['justext:short', 'justext:short', 'weather_bulletin', 'top:headline', 'top:before_dateline', '', '']
    """
    start = next((i for i in range(min(BULLETIN_START_UNITS, len(units)))
                  if ("..." in units[i][:200] or "eather" in units[i][:200]) and (
                      _BULLETIN_HEAD.search(units[i][:200]) or _wrapped_title(units, i))), None)  # the substrings first: fast
    if start is None:
        return
    end = next((i for i in range(start, min(len(units), start + BULLETIN_MAX_UNITS)) if _BULLETIN_END.fullmatch(units[i].strip())), None)
    if end is not None and any(_STORY_BYLINE.fullmatch(units[i].strip()) or _CALL_SIGN_LEAD.match(units[i]) or wire_dateline().match(units[i]) for i in range(start + 1, end)):
        end = None  # the story's byline or lead stands between: the mark closes a bulletin the story quotes (second reads)
    headline = None
    if end is None:
        lead = next((i for i in range(start + 1, len(units)) if _CALL_SIGN_LEAD.match(units[i]) or wire_dateline().match(units[i])), None)
        if lead is None:
            _bulletin_by_sections(units, verdicts, start)
            return
        # the topmost headline-shaped unit of the window: a tag line ("gun violence shooting crime") may stand under the headline
        headline = next((i for i in range(max(start + 1, lead - BULLETIN_HEADLINE_GAP), lead)
                         if is_headline(units[i]) and verdicts[i].reason not in {"top:date", "pattern:date_line"}), None)
        if headline is None or any(verdicts[i].reason == "top:headline" for i in range(start, headline)):
            return  # the page's headline stands above: the unit found is a crosshead, what stands between is the story (a second read)
        if not any(_BULLETIN_TITLE.match(units[i].strip()) for i in range(start, headline)):
            return  # a nav's "Weather Alerts" with no bulletin under it ("...WINTER STORM WARNING..."): the story's paragraphs (a second read)
        end = headline - 1
    for i in range(start, end + 1):
        if verdicts[i].keep:
            verdicts[i] = Verdict(False, "boilerplate", "weather_bulletin")
    if headline is not None:
        _story_header(units, verdicts, headline, lead)


def _story_header(units: Sequence[str], verdicts: list[Verdict], headline: int, lead: int) -> None:
    """Under a bulletin, the story's header: ``headline`` becomes the page's headline when none was found, and the short
    lines between it and the ``lead`` (a byline, a tag line, "Updated": ``BULLETIN_HEADER_WORDS`` words, no sentence's
    end) are top matter (``top:before_dateline``)."""
    if not any(v.reason == "top:headline" for v in verdicts):
        verdicts[headline] = Verdict(False, "top_matter", "top:headline")
    for i in range(headline + 1, lead):
        if verdicts[i].keep and len(units[i].split()) <= BULLETIN_HEADER_WORDS and not ends_sentence(units[i]):
            verdicts[i] = Verdict(False, "top_matter", "top:before_dateline")


def _bulletin_by_sections(units: Sequence[str], verdicts: list[Verdict], start: int) -> None:
    """The bulletin when no dated lead marks the story: its sections (``_BULLETIN_SECTION``, at least
    ``BULLETIN_SECTIONS``) tell it is the weather service's, and it ends above the first headline-shaped unit
    within ``BULLETIN_SECTION_GAP`` units under its last section, which becomes the headline (a station's page
    prints the bulletin over a story with no call sign in its lead; the ninety-first collection, s2124); the short
    lines between it and the story's first paragraph are the header's (``top:before_dateline``).

    A story that quotes a bulletin is left whole (a second read, rev53): the bulletin's own title in capitals
    between dots must close a unit above its sections ("...FREEZE WARNING IN EFFECT ... TUESDAY...", not a lead
    quoting it and going on), and no headline may be found above the one chosen (a weather story's headline over
    its quoted sections, a nav's "Weather Alerts" over the story's headline). The headline chosen stands under a
    sentence's end, a bulletin line's dots or furniture a pattern named ("Read More"), and ends with no stop."""
    window = range(start, min(len(units), start + BULLETIN_MAX_UNITS))
    sections = [i for i in window if _BULLETIN_SECTION.match(units[i].lstrip())]
    if len(sections) < BULLETIN_SECTIONS:
        return
    if not any(_titled(units[i]) or _TITLE_CLOSES.fullmatch(units[i].strip()) for i in range(start, sections[0])):
        return
    headline = next((i for i in range(sections[-1] + 1, min(len(units), sections[-1] + 1 + BULLETIN_SECTION_GAP))
                     if is_headline(units[i]) and not ends_sentence(units[i]) and not _BULLETIN_SECTION.match(units[i].lstrip())
                     and (units[i].lstrip()[:1].isupper() or units[i].lstrip()[:1].isdigit() or units[i].lstrip()[:1] in "'\"\u2018\u201c")
                     # not a bulletin's line wrapped from the one above
                     and (ends_sentence(units[i - 1]) or units[i - 1].rstrip().endswith("...") or verdicts[i - 1].reason.startswith("pattern:"))
                     and verdicts[i].reason not in {"top:date", "pattern:date_line"}), None)
    if headline is None or any(verdicts[i].reason == "top:headline" for i in range(headline)):
        return
    lead = next((i for i in range(headline + 1, len(units)) if verdicts[i].keep and is_prose(units[i])), None)
    if lead is None:
        return
    for i in range(start, headline):
        if verdicts[i].keep or verdicts[i].reason.startswith("top:"):
            verdicts[i] = Verdict(False, "boilerplate", "weather_bulletin")
    _story_header(units, verdicts, headline, lead)  # its short lines under the headline ("Updated", a picture's title)


#: A share bar's buttons, one a bulleted line ("• Facebook", "• Email"); the bar holds one that no list of
#: platforms a story names would: an e-mail, print, copy or share button.
_SHARE_BUTTON = re.compile(r"(?:share (?:on|via|to) )?(?:facebook|x|twitter|linkedin|whats ?app|e-?mail|reddit|pinterest|telegram|threads|bluesky|flipboard|messenger|print|copy (?:link|url)|share)", re.IGNORECASE)
_BAR_ONLY = re.compile(r"e-?mail|print|copy (?:link|url)|share", re.IGNORECASE)
#: A share bar printed as a list has at least this many buttons.
SHARE_BUTTONS = 3


def share_list(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a share bar printed as a bulleted list, one button a line ("• Facebook", "• Twitter",
    "• LinkedIn", "• Email": public radio's Grove pages, the fortieth collection s1258): ``SHARE_BUTTONS`` or more
    units in a row, kept or removed by the general rule (a list rule would give them back under the story), each a
    bullet and a button's name alone, one of them a button no story's list of platforms names (e-mail, print, copy
    link, share), not announced by a line ending in a colon (a story's list of ways to reach someone, rev41). Reason
    ``share_list``.

    Examples
    --------
    >>> units = ["The council voted on Tuesday.", "\u2022 Facebook", "\u2022 Twitter", "\u2022 Email", "The vote was 5-2."]
    >>> verdicts = [Verdict(True, "body", "")] * 5
    >>> share_list(units, verdicts); [v.reason for v in verdicts]
    ['', 'share_list', 'share_list', 'share_list', '']
    >>> verdicts = [Verdict(True, "body", "")] * 5
    >>> share_list(units[:3] + ["\u2022 Instagram", units[4]], verdicts); [v.reason for v in verdicts]
    ['', '', '', '', '']
    """
    def button(i: int) -> bool:
        open_ = verdicts[i].keep or verdicts[i].reason.startswith("justext:")  # the general rule's removal, which a list rule gives back
        return open_ and is_bullet(units[i]) and _SHARE_BUTTON.fullmatch(strip_bullet(units[i]).rstrip(".")) is not None
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and button(j):
            j += 1
        announced = i > 0 and units[i - 1].rstrip().endswith(":")  # "... came through one of these:": the story's list (rev41)
        if j - i >= SHARE_BUTTONS and not announced and any(_BAR_ONLY.fullmatch(strip_bullet(units[k]).rstrip(".")) for k in range(i, j)):
            for k in range(i, j):
                verdicts[k] = Verdict(False, "boilerplate", "share_list")
        i = max(j, i + 1)

