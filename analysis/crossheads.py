"""Crossheads that the general rule removed from inside the body.

A round-up prints each item under its own headline ("BELLUS shares jump more than 100% on GSK
acquisition announcement"); such a crosshead has no stop and few stop words, and jusText's method
may take it for furniture. Its shape alone does not tell it from another story's headline set in
mid-body; the body's own sections do: :func:`keep_crossheads` gives such a unit back only when the
body holds another crosshead of its own, kept between two paragraphs.

A timeline or a chronology heads each entry with its date on a line of its own ("1999", "23 March
2020", "June 2015:"), which the rules take for a counter or a publication date:
:func:`keep_timeline_dates` gives those back when three or more head kept paragraphs below the lead,
their dates strictly forward. A list of dates alone, three or more in a row ("Tuesday 10 October",
"Friday 20 October", ...: the days a court will hear the defendants), which the rules take for
publication dates: :func:`keep_date_lists` gives it back when it touches the body, its dates forward.

Examples
--------
>>> keep_crossheads([], []), keep_timeline_dates([], []), keep_date_lists([], [])
(None, None, None)
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from .body_edges import is_crosshead_shape
from .calendar_words import calendar_pattern, month_number
from .boilerplate import Verdict
from .justext_method import is_prose


def keep_crossheads(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a crosshead that the general rule removed: a unit of a
    headline's shape (:func:`analysis.body_edges.is_crosshead_shape`) right between two kept prose
    paragraphs, when the body holds another such crosshead of its own, kept between two prose
    paragraphs (a round-up's items under their headlines). Another story's headline in mid-body
    is not told from a crosshead by its shape; the body's own sections are the evidence.

    >>> units = ["Ten died in the floods, officials said.", "Rescuers reach the flooded villages", "Boats took food to 400 families.",
    ...          "Army joins the rescue in the south", "Soldiers cleared roads on Tuesday."]
    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:bad")
    >>> verdicts = [body, body, body, cut, body]
    >>> keep_crossheads(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True]
    >>> verdicts = [body, cut, body, cut, body]
    >>> keep_crossheads(units, verdicts); [v.keep for v in verdicts]
    [True, False, True, False, True]
    """
    candidates = [
        i for i in range(1, len(units) - 1)
        if not verdicts[i].keep and verdicts[i].reason.startswith("justext:") and _between_paragraphs(units, verdicts, i) and is_crosshead_shape(units[i])
    ]
    if not candidates:
        return
    if not any(verdicts[j].keep and is_crosshead_shape(units[j]) and _between_paragraphs(units, verdicts, j) for j in range(1, len(units) - 1)):
        return  # no section of the body's own: a headline between paragraphs may be another story's
    for i in candidates:
        verdicts[i] = Verdict(True, "body", "")


#: A section's heading naming what the paragraph under it names at once (a round-up's places: "Budaka" over "The two
#: people killed in the Budaka accident ..."): one to three capitalised words and no other mark.
_NAME_HEAD = re.compile(r"[A-Z][a-z'\u2019-]+(?: [A-Z][a-z'\u2019-]+){0,2}")
#: A body's sections are told by at least this many such headings; their words stand in the first
#: ``NAME_HEAD_CHARS`` characters of the paragraph under each.
NAME_HEAD_MIN = 2
NAME_HEAD_CHARS = 120
#: The paragraph under such a heading has at least this many words (written as prose or cut short by the page store).
NAME_HEAD_BELOW_WORDS = 12
#: The paragraph under a place's heading names the place after a preposition or an article ("in Tororo District", "the
#: Budaka accident"); a person's name under the picture's label opens a clause ("Osei opened the food bank": a second read).
_PLACE_USE = re.compile(r"\b(?:in|at|from|near|of|the|across|outside|around|to)\s+([A-Z][a-z'\u2019-]+)")
#: Reasons a rule of shape gave such a heading (a picture's bare name, a list's last item, the general rule); a
#: pattern naming furniture ("Advertisement") is not read again.
_NAME_HEAD_REASONS = frozenset({"caption:named", "tail_list"})


def keep_name_heads(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) the headings of a round-up's sections, each a place's or a
    name's one to three capitalised words between two kept paragraphs, whose words the paragraph
    under it names at once ("Budaka" over "The two people killed in the Budaka accident have been
    identified ...", "Tororo" over "... an accident in Tororo District on Christmas Day"; the
    twenty-sixth site sets, s1052), when ``NAME_HEAD_MIN`` or more such headings (removed or kept) stand
    in the body, the paragraph naming it after a preposition or an article (``_PLACE_USE``). A picture's bare name
    under its caption stands alone; a person's name labelling a picture is the subject of the paragraph below.

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "caption:named")
    >>> units = ["Eight people died in accidents over the holiday, police said.", "Budaka", "Two people died in the Budaka crash on Sunday morning when their van hit a lorry.",
    ...          "Tororo", "Two more were killed in Tororo District on Christmas Day in a head-on motorcycle crash."]
    >>> verdicts = [body, cut, body, cut, body]
    >>> keep_name_heads(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True]
    >>> verdicts = [body, cut, body, body, body]
    >>> keep_name_heads(units[:3] + ["Police said the roads were wet.", units[4]], verdicts); [v.keep for v in verdicts]
    [True, False, True, True, True]
    """
    heads = [
        i for i in range(1, len(units) - 1)
        if (verdicts[i].keep or verdicts[i].reason in _NAME_HEAD_REASONS or verdicts[i].reason.startswith("justext:"))
        and _NAME_HEAD.fullmatch(units[i].strip()) and verdicts[i - 1].keep and verdicts[i - 1].kind == "body" and is_prose(units[i - 1])
        and verdicts[i + 1].keep and verdicts[i + 1].kind == "body" and len(units[i + 1].split()) >= NAME_HEAD_BELOW_WORDS  # the last paragraph may be cut
        and all(re.search(rf"(?<!\w){re.escape(word)}(?!\w)", units[i + 1][:NAME_HEAD_CHARS]) for word in units[i].split())
        and any(found.group(1) == units[i].split()[0] for found in _PLACE_USE.finditer(units[i + 1][:NAME_HEAD_CHARS]))
    ]
    if len(heads) >= NAME_HEAD_MIN:  # the body's sections, given back or kept already
        for i in heads:
            verdicts[i] = Verdict(True, "body", "")


#: A police appeal for information, however it ends (a phone number, an e-mail address left without a stop): "Anyone
#: with information relating to this investigation is asked to call investigator Phil Maynard at 503-823-2216 or at ...".
_APPEAL = re.compile(
    r"(?:anyone|those|people|witnesses|residents|members of the public)(?: who (?:has|have|saw|witnessed|may have)| with)(?: any)? ?(?:information|details|footage|video|knowledge)\b"
    r"[^\n]{0,120}?\b(?:is|are) (?:asked|urged|encouraged|requested)\b[^\n]{0,40}?\b(?:to )?(?:call|contact|phone|ring|email|e-mail|text|message|report)\b",
    re.IGNORECASE,
)


def keep_appeals(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a police appeal for information that the general rule removed (jusText's
    method reads its phone number and e-mail address, and its missing stop, as a link's or a form's; the thirty-first
    site sets, s1123), when a kept paragraph of the story stands right above it: every such appeal on the labelled pages is body.

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:bad")
    >>> units = ["One man died in the crash on Sunday, police said.", "Anyone with information is asked to call investigator Phil Roe at 503-823-2216 or at phil.roe@city.gov"]
    >>> verdicts = [body, cut]
    >>> keep_appeals(units, verdicts); [v.keep for v in verdicts]
    [True, True]
    """
    for i in range(1, len(units)):
        above = verdicts[i - 1]
        if (above.keep and above.kind == "body" and is_prose(units[i - 1]) and not verdicts[i].keep and verdicts[i].reason.startswith("justext:")
                and _APPEAL.match(units[i].strip())):
            verdicts[i] = Verdict(True, "body", "")  # right under the story's paragraph (a box of appeals under its heading stays out: a second read)


def _between_paragraphs(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    """The units right above and right below ``i`` are kept paragraphs of prose."""
    return (
        0 < i < len(units) - 1
        and verdicts[i - 1].keep and verdicts[i + 1].keep
        and verdicts[i - 1].kind == "body" and verdicts[i + 1].kind == "body"
        and is_prose(units[i - 1]) and is_prose(units[i + 1])
    )


def _first_paragraph(units: Sequence[str], verdicts: Sequence[Verdict]) -> int:
    """Position of the body's first kept paragraph of prose (``len(units)`` when none)."""
    return next((i for i, v in enumerate(verdicts) if v.keep and v.kind == "body" and is_prose(units[i])), len(units))


#: A timeline's entries: at least this many date headings, each over a kept paragraph, in order of time.
TIMELINE_ENTRIES = 3
#: The text's last unit under a date heading is its entry, cut short by the page store, with this many words.
CUT_ENTRY_WORDS = 10


@lru_cache(maxsize=1)
def _date_heading() -> re.Pattern[str]:
    """A date alone on its line: a year (or decade), perhaps after its month and day ("23 March 2020",
    "June 16, 2015", "1990s:"), months from ``calendar.tsv``."""
    month = rf"(?P<month>{calendar_pattern('month')})\.?"
    ordinal = "(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?:(?:(?P<day1>\d{{1,2}}){ordinal} )?{month} (?:(?P<day2>\d{{1,2}}){ordinal},? )?)?(?P<year>1[5-9]\d\d|20\d\d)s?:?", re.IGNORECASE
    )


def _when(found: re.Match[str]) -> tuple[int, int, int]:
    """(year, month, day) of a date heading, 0 for what it does not give."""
    month = month_number(found.group("month")) if found.group("month") else 0
    return int(found.group("year")), month, int(found.group("day1") or found.group("day2") or 0)


def keep_timeline_dates(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) the date headings of a timeline: units that are a date alone
    (:func:`_date_heading`, or a day without its year, :func:`_day_alone`: a police log's "February 4"
    over its entries), removed, each right above a kept paragraph of prose, below the body's
    first paragraph, when there are ``TIMELINE_ENTRIES`` or more and their dates only go forward (a
    chronology reads forward; a page's dated cards of other stories run newest first, and its
    publication date stands above the lead).

    >>> units = ["The scandal began 25 years ago.", "1999", "The system is rolled out.", "2019", "A court rules it had bugs.", "March 2020", "A lockdown begins."]
    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:counter")
    >>> verdicts = [body, cut, body, cut, body, cut, body]
    >>> keep_timeline_dates(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True, True, True]
    >>> units[1], units[3], units[5] = "12 March 2024", "8 March 2024", "1 March 2024"  # newest first: dated cards
    >>> verdicts = [body, cut, body, cut, body, cut, body]
    >>> keep_timeline_dates(units, verdicts); [v.keep for v in verdicts]
    [True, False, True, False, True, False, True]
    """
    heading, day = _date_heading(), _day_alone()
    first_body = _first_paragraph(units, verdicts)
    entries = []
    for i in range(first_body + 1, len(units) - 1):
        if verdicts[i].keep or not any(c.isdigit() for c in units[i][:40]):
            continue  # cheap test first: most removed units hold no year
        below = verdicts[i + 1]
        if not (below.keep and below.kind == "body" and (is_prose(units[i + 1]) or (i + 2 == len(units) and len(units[i + 1].split()) >= CUT_ENTRY_WORDS))):
            continue  # an entry in prose; the text's last, cut short by the page store, in words enough
        found = heading.fullmatch(units[i].strip())
        if found:
            entries.append((i, _when(found)))
        elif found_day := day.fullmatch(units[i].strip()):
            entries.append((i, _day_when(found_day)))  # a log's day without its year: "February 4" over its entries
    dates = [when for _, when in entries]
    if len(entries) >= TIMELINE_ENTRIES and all(a < b for a, b in zip(dates, dates[1:])):
        for i, _ in entries:
            verdicts[i] = Verdict(True, "body", "")


#: A list of dates has at least this many, in a row.
DATE_LIST_ITEMS = 3
#: What may have removed a date of the list: a publication line's test near the top, a lone stamp's, the general rule.
_DATE_LIST_REASONS = ("top:date", "stamp", "justext:")
#: A line announcing a list: it ends with a colon or a dash ("... are \u2013", "... on these days:").
_ANNOUNCES = re.compile(r"(?::|[^\S\n][-\u2013\u2014])$")


@lru_cache(maxsize=1)
def _day_alone() -> re.Pattern[str]:
    """A day alone on its line, its weekday optional, its year too: "Tuesday 10 October", "Oct. 10", "10 October 2023"."""
    months = calendar_pattern("month")
    weekday = rf"(?:{calendar_pattern('weekday')})\.?,?[^\S\n]+"
    ordinal = "(?:st|nd|rd|th)?"
    return re.compile(
        rf"(?:{weekday})?(?:(?P<day1>\d{{1,2}}){ordinal}[^\S\n]+(?P<month1>{months})\.?|(?P<month2>{months})\.?[^\S\n]+(?P<day2>\d{{1,2}}){ordinal})"
        rf"(?:,?[^\S\n]+(?P<year>(?:19|20)\d\d))?[.:;]?",
        re.IGNORECASE,
    )


def _day_when(found: re.Match[str]) -> tuple[int, int, int]:
    """(year or 0, month, day) of a day alone (:func:`_day_alone`)."""
    return int(found.group("year") or 0), month_number(found.group("month1") or found.group("month2")), int(found.group("day1") or found.group("day2"))


def keep_date_lists(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a list of dates alone (:func:`_day_alone`): :data:`DATE_LIST_ITEMS` or
    more in a row, each removed only as a date line, a stamp or by the general rule, below the body's first
    paragraph, the dates forward, with a kept paragraph of prose right below the run (inside the story), or
    announced by the line right above it (:data:`_ANNOUNCES`) under a kept paragraph; with that line when the general
    rule or the tail-list rule removed it ("The driver will appear in court on these days:" closing the text). A page's
    dated cards run newest first; its publication line stands above the lead; an archive's dates under the story, oldest
    first, are neither inside it nor announced.

    >>> units = ["Thirteen men will appear in court over four weeks, police said.", "The defendants will appear on these days:",
    ...          "Tuesday 10 October", "Friday 20 October", "Friday 3 November", "Two men have already been sentenced."]
    >>> body, date, cut = Verdict(True, "body", ""), Verdict(False, "top_matter", "top:date"), Verdict(False, "boilerplate", "justext:neargood")
    >>> verdicts = [body, cut, date, date, date, body]
    >>> keep_date_lists(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True, True]
    >>> units[2:5] = ["Friday 3 November", "Friday 20 October", "Tuesday 10 October"]  # newest first: other stories' dates
    >>> verdicts = [body, cut, date, date, date, body]
    >>> keep_date_lists(units, verdicts); [v.keep for v in verdicts]
    [True, False, False, False, False, True]
    """
    day = _day_alone()
    first_body = _first_paragraph(units, verdicts)
    i = first_body + 1
    while i < len(units):
        j = i
        dates: list[tuple[int, int, int]] = []
        while j < len(units) and not verdicts[j].keep and verdicts[j].reason.startswith(_DATE_LIST_REASONS) and (found := day.fullmatch(units[j].strip())):
            dates.append(_day_when(found))
            j += 1
        if j - i < DATE_LIST_ITEMS:
            i = j + 1
            continue
        above = i - 1
        announced = not verdicts[above].keep and verdicts[above].reason.startswith(("justext:", "tail_list")) and _ANNOUNCES.search(units[above].rstrip()) is not None
        top = above - 1 if announced else above
        above_body = 0 <= top and verdicts[top].keep and verdicts[top].kind == "body" and is_prose(units[top])
        below_body = j < len(units) and verdicts[j].keep and verdicts[j].kind == "body" and is_prose(units[j])
        # inside the story (body below it), or announced under the body: an archive's dates under the story, oldest first, are neither (rev25)
        if (below_body or (announced and above_body)) and all(a < b for a, b in zip(dates, dates[1:])):
            for k in range(above if announced else i, j):
                verdicts[k] = Verdict(True, "body", "")
        i = j + 1


def closing_dates(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``card_dates``) a run of :data:`DATE_LIST_ITEMS` or more days alone
    (:func:`_day_alone`) that the rules kept closing the text, below the body's first paragraph: the dates of other
    stories' cards whose titles the copy lost ("December 15th, 2013" over "September 29th, 2024" over "December 13th,
    2024" ...; the forty-sixth collection, s1345), their dates out of order or repeated. A list of days the story gives
    runs forward, however the line above announces it ("The defendants will appear on these days:", "Trial sessions are
    scheduled for"), and stays.

    >>> body, kept = Verdict(True, "body", ""), ["Eight people were displaced by a house fire on Sunday, firefighters said."]
    >>> days = ["December 15th, 2013", "September 29th, 2024", "September 17th, 2024"]
    >>> verdicts = [body] * 4
    >>> closing_dates(kept + days, verdicts); [v.reason for v in verdicts]
    ['', 'card_dates', 'card_dates', 'card_dates']
    >>> verdicts = [body] * 5
    >>> closing_dates(kept + ["Trial sessions are scheduled for", "September 17th, 2024", "September 29th, 2024", "December 15th, 2024"], verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True]
    """
    day = _day_alone()
    run: list[int] = []  # the kept days alone closing the text, from the end up
    dates: list[tuple[int, int, int]] = []
    for i in reversed([i for i, v in enumerate(verdicts) if v.keep]):
        found = day.fullmatch(units[i].strip())
        if found is None:
            break
        run.append(i)
        dates.append(_day_when(found))
    run.reverse()
    dates.reverse()
    if len(run) < DATE_LIST_ITEMS or run != list(range(run[0], run[-1] + 1)) or run[0] <= _first_paragraph(units, verdicts):
        return
    if all(a < b for a, b in zip(dates, dates[1:])):
        return  # forward: the story's own list of days, announced in any words ("... on the following dates.", a second read)
    for i in run:
        verdicts[i] = Verdict(False, "promo", "card_dates")


#: A letter's salutation alone on its line ("Dear Madam,", "Dear Mr Hichilema:", "Dear Sir/Madam,").
_SALUTATION = re.compile(r"dear (?:[A-Z][\w.'\u2019/-]*|sir|madam|sirs)(?: [\w.'\u2019/-]+){0,3}[,:]?", re.IGNORECASE)
#: Above a salutation, at most this many short lines (the date, the addressee's name and address, the line
#: announcing the letter) belong to the letter's head.
LETTER_HEAD_UNITS, LETTER_HEAD_WORDS = 5, 8


def keep_letter_head(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a letter's head that the story prints in full ("Below is the full Demand" /
    "2nd September 2020" / "Ms Edith Nawakwi" / "Dear Madam,"; the twenty-third site sets, s981): a salutation alone on
    its line, with a kept paragraph of prose below it (the letter) and one above it (the story), and the short lines
    between that only the general rule or a date test removed (``LETTER_HEAD_UNITS`` lines of ``LETTER_HEAD_WORDS``
    words at most). A page's furniture has no salutation.

    Examples
    --------
    >>> story = "The president's lawyers have demanded three million dollars from the opposition leader over her remarks."
    >>> letter = "We act for the President, who has instructed us to demand an apology and damages within seven days."
    >>> units = [story, "Below is the full Demand", "2nd September 2020", "Ms Edith Nawakwi", "Dear Madam,", letter]
    >>> cut = Verdict(False, "boilerplate", "justext:short")
    >>> verdicts = [Verdict(True, "body", ""), cut, Verdict(False, "top_matter", "top:date"), cut, cut, Verdict(True, "body", "")]
    >>> keep_letter_head(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True, True]
    """
    for i, unit in enumerate(units):
        if verdicts[i].keep or not unit.lstrip()[:5].lower() == "dear " or not _SALUTATION.fullmatch(unit.strip()):
            continue
        below = i + 1  # the letter right under its salutation; a box's "Dear reader," over its removed pitch is no letter (a second read)
        if below >= len(units) or not verdicts[below].keep or not is_prose(units[below]):
            continue
        head = i
        while head - 1 >= 0 and i - (head - 1) <= LETTER_HEAD_UNITS and not verdicts[head - 1].keep and (
            verdicts[head - 1].reason.startswith("justext:") or verdicts[head - 1].reason == "top:date"
        ) and len(units[head - 1].split()) <= LETTER_HEAD_WORDS:
            head -= 1
        if head - 1 < 0 or not verdicts[head - 1].keep or not is_prose(units[head - 1]):
            continue  # the story must stand right above the letter's head
        for k in range(head, i + 1):
            verdicts[k] = Verdict(True, "body", "")
