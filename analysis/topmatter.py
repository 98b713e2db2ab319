"""Top matter: headline, kicker, standfirst, byline, date line and wire dateline above a body.

Tests on one unit (a paragraph or a short line) that :func:`analysis.boilerplate.classify_units`
uses to name what it removed above the first body paragraph, the headline it reports, and a
date glued to the first body paragraph.

Examples
--------
>>> is_date_line("Wed, Jul 24, 2013 - Page 6"), is_byline("By Jane Roe"), is_headline("Quake toll rises")
(True, True, True)
>>> is_date_line(""), is_byline(""), is_headline("")
(False, False, False)
"""
from __future__ import annotations

import re
from functools import lru_cache

from .bullets import strip_bullet
from .justext_method import ends_sentence
from .markers import NOT_PLACES
from .repeats import function_words


@lru_cache(maxsize=1)
def wire_dateline() -> re.Pattern[str]:
    """A wire dateline: a place in capitals, perhaps its state or country and date (its month from
    ``calendar.tsv``), perhaps the agency, then a dash; or a place in title case, perhaps its state, with the agency's
    or, after its state, a US station's call sign in brackets (AFP's reposted copy: "Mexico City (AFP) -"; a local station's
    "Lake Charles, LA (KPLC) -"; not a list's "Jane Olson, Burnsville (DFL) -"); or a place in title case, the
    day and the agency's initials in brackets with no dash (CNA's and IANS's copy: "Taipei, June 16
    (CNA) A tiger escaped ...", "New Delhi, Feb 1 (IANS) The ..."; a weekday is no place).

    Examples
    --------
    >>> [bool(wire_dateline().match(x)) for x in ("PUNE, India, Sept. 30 (UPI) -- Rescuers dug on.", "Mexico City (AFP) - Rescuers dug on.", "Rescuers dug on.", "")]
    [True, True, False, False]
    >>> [bool(wire_dateline().match(x)) for x in ("Taipei, June 16 (CNA) A tiger", "Monday, June 16 (AP) The", "Taipei, June 16 (CNA) the")]
    [True, False, False]
    >>> [bool(wire_dateline().match(x)) for x in ("Lake Charles, LA (KPLC) - A man", "Tulsa, Okla. (KOTV) - A man", "New Rochelle, New York (WABC) - A")]
    [True, True, True]
    >>> [bool(wire_dateline().match(x)) for x in ("Jane Olson, Burnsville (DFL) - A", "Lindenwood, Mo. (OVC) - The")]  # a list's items
    [False, False]
    """
    from .calendar_words import calendar_pattern

    month = calendar_pattern("month", case="initial")
    weekday = calendar_pattern("weekday", case="initial")
    return re.compile(
        r"(?:(?:[A-Z][A-Z.'\u2019]+(?:[ -][A-Z][A-Z.'\u2019]+){0,3} ?,?(?: [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
        r"(?:,? " + month + r"\.? \d{1,2})?"  # "PUNE, India, July 30 (UPI) --"
        r"(?:,? *\([A-Za-z ]{2,20}\))?"
        r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2},? \([A-Z]{2,5}\)"
        r"|[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][A-Za-z.]{1,12}(?: [A-Z][a-z]+)? \([KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?\))"  # a station's: "Lake Charles, LA (KPLC) -"
        r" *[\u2014\u2013-]+ +"
        r"|(?!" + weekday + r"\b)[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, " + month + r"\.? \d{1,2} \([A-Z]{2,5}\) +)"
        r"(?=[A-Z\"'\u201c])"
    )


#: A lead opening with a wire dateline goes on for at least this many words (a headline is shorter).
DATED_LEAD_WORDS = 12


def dated_lead(unit: str) -> bool:
    """A story's lead that opens with a wire dateline ("PITTSBURGH \u2014 One person was killed ..."),
    whether or not its full stop was lost: a headline never opens with the place the story was filed
    from. A label in capitals is no place ("EXCLUSIVE \u2014", "BREAKING -", "WATCH -"), and a line
    ending on a stop word was clipped (another story's teaser: "... the outlook for demand in").

    Examples
    --------
    >>> dated_lead("PITTSBURGH \u2014 One person was killed and two firefighters were injured in a house fire in Allentown")
    True
    >>> dated_lead("EXCLUSIVE \u2014 One person was killed and two firefighters were injured in a house fire in Allentown")
    False
    >>> dated_lead("PITTSBURGH \u2014 Fire kills one"), dated_lead("")
    (False, False)
    >>> dated_lead("LONDON (Reuters) - Oil prices fell on Monday as traders weighed the outlook for demand in")
    False
    >>> dated_lead("PAID CONTENT \u2014 How one Yorkshire family cut their energy bills by half in a single winter of changes")
    False
    >>> dated_lead("NEWPORT NEWS, Va. (AP) \u2014 A shipyard worker was killed in a fall from a crane in the north of the city")
    True
    >>> dated_lead("Chilliwack \u2013 Chilliwack RCMP had an active lockdown for the Fairfield Area (Hymar and Strathcona)")
    True
    >>> dated_lead("Breaking News \u2013 Chilliwack RCMP had an active lockdown for the Fairfield Area (Hymar and Strathcona)")
    False
    """
    end = dateline_end(unit) or _title_place_end(unit)
    if not end:
        return False
    words = unit[end:].split()
    return len(words) >= DATED_LEAD_WORDS and not _clipped(words)


#: A local site's dateline in title case, one or two words and a spaced dash ("Chilliwack – Chilliwack RCMP had ...").
_TITLE_PLACE = re.compile(r"([A-Z][a-z]+(?: [A-Z][a-z]+)?) [–—-] (?=[A-Z])")


def _title_place_end(unit: str) -> int:
    """Where a title-case place and its spaced dash open the unit (0 when none, or when the words
    are a label's: "Update –", "Breaking News –", or a function word's: "The –").

    >>> _title_place_end("Chilliwack – Police said it was over."), _title_place_end("Update – Police said it was over.")
    (13, 0)
    """
    found = _TITLE_PLACE.match(unit)
    if not found:
        return 0
    if any(w in _LABEL_WORDS or w in function_words() for w in found.group(1).lower().split()):
        return 0  # a label's word ("Update", "Breaking News") or a function word
    return found.end()


#: A dateline of a place, its country or state, and the day in brackets before a dash ("Meadowdale, South
#: Africa (26 May 2025) \u2014"). A word in capitals before a colon is no place here: captions and kickers
#: open so ("REVAMPED: The popular market ...").
_DATED_PLACE = re.compile(
    r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]+(?: [A-Z][a-z]+){0,2} \([^()\n]{0,20}\b(?:19|20)\d\d\) *[\u2014\u2013-]+ +(?=[A-Z])"
)


def opens_with_dateline(unit: str, min_words: int = DATED_LEAD_WORDS) -> bool:
    """Whether ``unit`` is a story's first paragraph by its dateline: a wire dateline
    (:func:`dateline_end`) or a place with its country and the day and year in brackets, then at
    least ``min_words`` words. A label is no place ("EXCLUSIVE \u2014 ..."), nor a word in capitals
    before a colon ("REVAMPED: ..."). A title-case word and a dash is none either ("Arsenal \u2013 Saka
    will be assessed", "Thursday \u2013 The festival opens", "Sarah Lind \u2013 A retired teacher": a
    list's items, a second read): it only keeps a lead that lost its stop (:func:`dated_lead`).

    Examples
    --------
    >>> opens_with_dateline("Meadowdale, South Africa (26 May 2025) \u2014 In late April, grandmother Gail Erwee found herself in a pickle on the road.")
    True
    >>> opens_with_dateline("REVAMPED: The popular Leeds Kirkgate Market is seeking new traders to open up in its fresh food hall.")
    False
    >>> opens_with_dateline("EXCLUSIVE \u2014 Police have now reopened the road and say that the driver was taken to hospital.")
    False
    >>> opens_with_dateline("Arsenal \u2013 Saka will be assessed before the weekend after limping off against Fulham on Sunday.")
    False
    >>> opens_with_dateline("Sarah Lind, Teacher (Ward 3) \u2014 A retired teacher who has lived in the town for forty years.")
    False
    >>> opens_with_dateline("Editorial: Dangerous turn"), opens_with_dateline("Smith: We will never give up on this town, and we will rebuild it together.")
    (False, False)
    """
    end = dateline_end(unit)
    if not end:
        found = _DATED_PLACE.match(unit)
        if found is None or _is_label(found.group().split(",")[0].split(":")[0].strip().lower()):
            return False
        end = found.end()
    return len(unit[end:].split()) >= min_words


def dateline_end(unit: str) -> int:
    """Where a wire dateline opening the unit ends (:func:`wire_dateline`), or 0 when none does: a
    label in capitals before a dash is no place ("UPDATE – Around 5:30, police said ...",
    "EXCLUSIVE —"). A label of several words ("PAID CONTENT -", "FIRST ON NBC NEWS -", "LIVE
    UPDATES -") is made of label words and function words only; a place may hold one ("NEWPORT
    NEWS", "LIVE OAK", "FIRST MESA").

    Examples
    --------
    >>> dateline_end("UPDATE – Around 5:30, police said it was over."), dateline_end("BOISE – Police said it was over.")
    (0, 8)
    """
    found = wire_dateline().match(unit)
    if not found:
        return 0
    label = unit[: found.end()].strip(" \u2014\u2013-").split(",")[0].split("(")[0].strip().lower()
    return 0 if _is_label(label) else found.end()


def _is_label(label: str) -> bool:
    words = label.split()
    return bool(words) and any(w in _LABEL_WORDS for w in words) and all(w in _LABEL_WORDS or w in function_words() for w in words)


#: How a line cut short by a teaser's box trails off.
_TRAILING_OFF = ("\u2026", "...")


def _clipped(words: list[str]) -> bool:
    """A line cut mid-sentence by a teaser's box: its last word a stop word ("... demand in") or
    trailing off ("... police are\u2026")."""
    last = words[-1].lower()
    return last.endswith(_TRAILING_OFF) or last in function_words()  # not jusText's stop list: it holds "city", "years"


#: Labels in capitals that open a line with a dash or colon: :data:`analysis.markers.NOT_PLACES` and
#: the names of a page's sections and formats ("LIVE \u2014", "VIDEO -").
_LABELS = NOT_PLACES | {"updated", "live", "video", "photos", "listen", "editorial", "comment", "review", "interview", "podcast", "sponsored", "advertisement"}
#: Words of such labels, and of the longer ones ("BREAKING NEWS", "PAID CONTENT", "JUST IN", "FIRST ON NBC NEWS"):
#: a label is made of them (and function words); a place's name is not, though it may hold one ("NEWPORT NEWS").
_LABEL_WORDS = frozenset(_LABELS | {
    "news", "updates", "content", "paid", "just", "developing", "first", "alert", "special", "report", "promoted", "partner",
    "nbc", "cbs", "abc", "cnn", "fox", "bbc", "itv", "sky", "npr", "pbs",
})


#: A lead's closing attribution in the past tense (", police said", ", the ministry told reporters") or
#: a wire's credit to its source (", reports TV Asahi", ", according to the Sankei Shimbun"): a headline
#: attributes in the present (", police say") or not at all.
_ATTRIBUTION_END = re.compile(
    r",[\u201d\u2019\"']?\s+(?:(?:[\w'\u2019.-]+\s+){0,5}(?:(?-i:[A-Z])[\w'\u2019.-]*\s+(?:(?:and|of|for|&)\s+)?){0,4}(?:(?:has|have)\s+)?(?<!\bwere )(?<!\bwas )(?<!\bbeen )(?<!\bbe )(?:said|told\s+(?:[\w'\u2019.-]+\s+){0,3}[\w'\u2019.-]+|added|confirmed|reported)"
    r"|((?:reports|according\s+to)\s+(?:the\s+)?[\w'\u2019.-]+(?:\s+[A-Z][\w'\u2019.-]*){0,4}))"
    r"[\s\u201d\"')]*$"
)
#: A lead attributed so has at least this many words (a headline's clause is shorter).
ATTRIBUTED_LEAD_WORDS = 12
#: A lead credited to its source (", reports TV Asahi") has at least this many words: a headline
#: credits its source too, in fewer ("Apple plans a foldable iPhone for 2026, reports Bloomberg").
CREDITED_LEAD_WORDS = 22


def closes_on_attribution(unit: str) -> bool:
    """Whether a unit of 12 words or more closes, with or without its full stop, on a past-tense
    attribution or a credit to its source (:func:`attributed_lead`'s ending): the shape of a news
    sentence. No unit labelled top matter on the 848 labelled pages closes so; 171 body lines do.

    Examples
    --------
    >>> closes_on_attribution("About 200 people were forced from their homes after a fire broke out at a mill, fire chiefs said.")
    True
    >>> closes_on_attribution("Two hundred people forced from their homes as fire rips through a disused mill in Leeds.")
    False
    >>> closes_on_attribution("Flames tore through a warehouse on the Leeds industrial estate overnight, though no injuries were reported.")
    False
    >>> closes_on_attribution("\u201cWe have lost everything we built over forty years in a single night,\u201d the family said.")  # a quote's comma
    True
    """
    text = unit.rstrip()
    return _attribution_closes(text[:-1] if text.endswith(".") else text)


def _attribution_closes(text: str) -> bool:
    """The ending :func:`attributed_lead` and :func:`closes_on_attribution` read: 12 words or more
    closing on a past-tense attribution (not a passive: "no injuries were reported"), or on a credit to
    a source in 22 or more."""
    words = text.split()
    if len(words) < ATTRIBUTED_LEAD_WORDS:
        return False
    found = _ATTRIBUTION_END.search(text)
    # a credit to a source closes headlines too ("Apple plans a foldable iPhone, reports Bloomberg"): only a lead's length
    return found is not None and (found.group(1) is None or len(words) >= CREDITED_LEAD_WORDS)


def attributed_lead(unit: str) -> bool:
    """A lead whose full stop was lost, told by its closing attribution in the past tense or its
    credit to a source ("Two people were killed when a bus overturned on Tuesday, police said").

    Examples
    --------
    >>> attributed_lead("Two people were killed and five injured when a bus overturned on the expressway on Tuesday, police said")
    True
    >>> attributed_lead("Tokyo police have arrested a 41-year-old man for frightening pupils on their way to school near his home with a doll made of pine needles, reports TV Asahi")
    True
    >>> attributed_lead("Two killed as bus overturns on expressway near Pune, police say"), attributed_lead("Bus overturns, police said")
    (False, False)
    >>> attributed_lead("Apple plans to launch its first foldable iPhone in the autumn of 2026, reports Bloomberg")  # a headline's length
    False
    >>> attributed_lead("There is 100 per cent crop losses in some villages, a legislator said (Representational)")  # a caption
    False
    """
    text = unit.rstrip()
    return bool(text) and not ends_sentence(text) and not text.endswith(_TRAILING_OFF) and _attribution_closes(text)


@lru_cache(maxsize=1)
def date_words() -> frozenset[str]:
    from .calendar_words import load_calendar

    calendar = load_calendar()
    words = {name.lower() for name, _ in (*calendar.months, *calendar.weekdays)}
    words |= {a.lower() for _, abbr in (*calendar.months, *calendar.weekdays) for a in abbr}
    words |= {name[:3].lower() for name, _ in (*calendar.months, *calendar.weekdays)}
    words |= {"am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "aest", "aedt",
              "updated", "published", "posted", "last", "on", "at", "in", "date", "page", "pm", "today", "yesterday", "hrs", "ago",
              "min", "mins", "read", "minutes", "hours", "hour", "ist)"}
    return frozenset(words)


def stamp_ends_sentence(unit: str) -> bool:
    """Whether a unit ends as a sentence does, a time's closing "a.m." or "p.m." being no stop
    when the unit is a stamp: a byline's ``|`` or a date in figures before the time
    ("caines | 2/21/2013, 4:30 a.m."), or nothing before it but date words, figures and names
    ("Feb. 21, 4:30 p.m.", "Jane Roe Feb. 21, 4:30 p.m."). A sentence telling a time keeps its stop
    ("Polls open Tuesday at 6:30 a.m.", "Sunrise is at 6:12 a.m.").

    >>> stamp_ends_sentence("2/21/2013, 4:30 a.m."), stamp_ends_sentence("They left at 4:30 a.m. Police came."), stamp_ends_sentence("Dec. 5")
    (False, True, False)
    >>> [stamp_ends_sentence(x) for x in ("caines | 2/21/2013, 4:30 a.m.", "Updated Feb. 21, 4:30 p.m.", "Jane Roe Feb. 21, 4:30 p.m.")]
    [False, False, False]
    >>> [stamp_ends_sentence(x) for x in ("Polls open Tuesday at 6:30 a.m.", "Sunrise is at 6:12 a.m.", "Doors open Saturday, May 4, at 9:30 a.m.")]
    [True, True, True]
    """
    clock = _CLOCK_END.search(unit)
    if clock and _stamp_head(unit[: clock.start()]):
        return ends_sentence(unit[: clock.start()])
    return ends_sentence(unit)


def _stamp_head(head: str) -> bool:
    """What stands before a stamp's time: a byline's ``|``, a date in figures, or only date words,
    figures and a name of two words or more (a capitalised word alone opens a sentence: "Sunrise")."""
    if "|" in head or _FIGURE_DAY.search(head):
        return True
    words = date_words()
    others = [t for t in _DATE_TOKEN.findall(head) if not t.isdigit() and t.lower().rstrip(".") not in words]
    return not others or len(others) >= 2 and only_names(others, "")


def is_date_line(unit: str) -> bool:
    """A line that is only a date, time or publication stamp (top matter), not a sentence.

    Examples
    --------
    >>> [is_date_line(x) for x in ("Wed, Jul 24, 2013 - Page 6", "Tuesday 15 July 2014 20:03 BST", "Updated", "February 23, 2011 in Nation/World")]
    [True, True, True, True]
    >>> is_date_line("Published 31 July 2019 at 4:21pm, updated 1 August 2019 at 10:50am")
    True
    >>> [is_date_line(x) for x in ("May sees 2,000 troops leave", "Troops left on Monday.", "20 safely rescued on Sunday", "")]
    [False, False, False, False]

    Figures alone date nothing: a row of a table is no date line, a line of a year, a date or a
    time written in figures is.

    A time in American style closes a stamp with a stop ("4:30 a.m."), after a writer's short name too:

    >>> [is_date_line(x) for x in ("2/21/2013, 4:30 a.m.", "caines | 2/21/2013, 4:30 a.m.", "Jane Roe | Feb. 21, 2013, 4:30 p.m.")]
    [True, True, True]
    >>> [is_date_line(x) for x in ("The fire broke out at 4:30 a.m.", "Troops left Kabul by 2 p.m.")]
    [False, False]

    >>> [is_date_line(x) for x in ("Con 810 (48.4; -12.7)", "Samsung 72.2 20.3% 83.3 22.1% -13.4%", "2015/06/16", "14:33", "2019")]
    [False, False, True, True, True]
    """
    tokens = _DATE_TOKEN.findall(unit)
    if not tokens or len(tokens) > 20 or stamp_ends_sentence(unit) and len(tokens) > 4:
        return False
    words = date_words()
    # Prepositions count neither way: "20 safely rescued on Sunday" (a crosshead) is two date
    # words of four, not three of five.
    tokens = [t for t in tokens if t.lower() not in _DATE_NEUTRAL] or tokens
    dated = [t for t in tokens if t.isdigit() or t.lower().rstrip(".") in words]
    anchor = any(not t.isdigit() and t.lower().rstrip(".") in words - {"on", "at", "in", "last", "read", "page"} for t in tokens)
    return (anchor or _FIGURE_DATE.search(unit) is not None) and len(dated) >= max(1, 0.6 * len(tokens))


#: What dates a line in figures: a year, a date or a time ("2019", "2015/06/16", "16.06.2015", "14:33").
#: A year in figures ("2013", not "2013.5" nor "20134") and a day in figures ("2/21/2013", "2015-06-16"):
#: a date line's figures (with a time, "14:33") and what may stand before a stamp's time.
_YEAR_FIGURES = r"(?<![\d.,])(?:1[89]|20)\d\d(?![\d%]|[.,]\d)"
_DAY_FIGURES = r"(?<![\d.])\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?![\d.])"
_FIGURE_DATE = re.compile(rf"{_YEAR_FIGURES}|\d{{1,2}}:\d\d|{_DAY_FIGURES}")


_DATE_NEUTRAL = frozenset({"on", "at", "in"})
#: A stamp's tokens: words (with a stop), figures, and a time's "a.m."/"p.m." as one word.
_DATE_TOKEN = re.compile(r"\b[ap]\.m\.|[A-Za-z]+\.?|\d+")
#: A time in figures closing a unit with "a.m." or "p.m." ("4:30 a.m."), or with a stop right after a year and a dash
#: ("2020 - 10:30."): not a sentence's end ("starting at 10:30." is one, rev22).
_CLOCK_END = re.compile(r"\d[:.]\d\d\s*[ap]\.m\.\s*$|(?:(?<=\d{4} - )|(?<=\d{4} \u2013 )|(?<=\d{4} \u2014 )|(?<=\d{4} \| ))\d{1,2}[:.]\d\d\.\s*$")
#: A date in figures before a stamp's time: a year or a day ("2013", "2/21/2013").
_FIGURE_DAY = re.compile(rf"{_YEAR_FIGURES}|{_DAY_FIGURES}")


_BYLINE_PREFIX = re.compile(r"^(?:by|written by|words by|reported by|story by|posted by)\s+\S", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019-]*|[A-Z]{2,}|and|And|of|the|in|de|van|von|bin|al-\w+|&)$")


def is_byline(unit: str) -> bool:
    """A byline or source line: ``By ...``, or two to ten name-like words (``VOA News``).

    Examples
    --------
    >>> [is_byline(x) for x in ("By NIC COURY and REBECCA BOONE", "John M. Glionna And Rich Connell Los Angeles Times", "VOA News")]
    [True, True, True]
    >>> [is_byline(x) for x in ("World", "Doctors said she is safe.", "Quake toll rises", "Murals of Moose Jaw")]
    [False, False, False, False]
    """
    text = unit.strip()
    words = text.split()
    if not 1 <= len(words) <= 14 or ends_sentence(text):
        return False
    if _BYLINE_PREFIX.match(text):
        return True
    if len(words) >= 3 and words[1] == "of" and words[0].lower().endswith("s") and words[0][:1].isupper():
        return False  # "Murals of Moose Jaw": a thing of a place (a crosshead, a body's name), no person's name
    return 2 <= len(words) <= 10 and only_names(words, text) and words[0][0].isupper()


def only_names(words: list[str], text: str) -> bool:
    """Every word name-like (capitalised, initials, joining words) and no digit in ``text``.

    Examples
    --------
    >>> only_names(["Chief", "Constable", "Jane", "Roe"], "Chief Constable Jane Roe"), only_names(["Ten", "died"], "Ten died"), only_names([], "")
    (True, False, True)
    """
    return all(_NAME_WORD.match(w.strip(",;:")) for w in words) and not any(c.isdigit() for c in text)


#: What may stand between a byline's names and the outlet ("By Jane Roe / The Associated Press",
#: "By Jane Roe | Reuters"); the mark before a byline ("- By Jane Roe") is analysis.bullets'.
_BYLINE_SEPARATORS = frozenset("/ | - \u2014 \u2013 \u00b7".split())


#: A writer's social handle after a byline's bar ("@tombol"), and a clock time alone ("12:51 p.m.").
_HANDLE = re.compile(r"@\w{2,30}")
_CLOCK = re.compile(r"\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?", re.IGNORECASE)


def is_signed_byline(unit: str) -> bool:
    """A byline no body line can be: ``By`` and then only names (``By Jane Roe and Ed Poe``,
    ``By NIC COURY, Associated Press``), perhaps under a list's bullet (``- By Jane Roe``) or
    with its outlet after a separator (``By VICKI SMITH / The Associated Press``); "By the
    numbers" (a crosshead) is not one.

    Examples
    --------
    >>> [is_signed_byline(x) for x in ("By Ed Adamczyk", "By NIC COURY and REBECCA BOONE", "By Jane Roe, Associated Press")]
    [True, True, True]
    >>> [is_signed_byline(x) for x in ("- By Sydny Shepard", "By VICKI SMITH / The Associated Press", "By Jane Roe | Reuters")]
    [True, True, True]
    >>> [is_signed_byline(x) for x in ("By the numbers", "By Tuesday, 40 had died.", "- By the way", "By / Reuters", "")]
    [False, False, False, False, False]
    >>> is_signed_byline("By Tom Bolton, Noozhawk Executive Editor | @tombol | October 10, 2017 | 12:51 p.m.")
    True
    >>> is_signed_byline("By Tom Bolton | @tombol | Fire crews left on Monday.")
    False
    """
    if "By" not in unit[:12]:
        return False  # cheap test first: most units are no byline
    text = strip_bullet(unit)
    if text.count(" | ") >= 2:
        # "By Tom Bolton, Noozhawk Executive Editor | @tombol | October 10, 2017 | 12:51 p.m.": the signed name,
        # then the writer's handle and the date and time, each after its bar
        first, *rest = (part.strip() for part in text.split(" | "))
        return is_signed_byline(first) and all(_HANDLE.fullmatch(part) or is_date_line(part) or _CLOCK.fullmatch(part) for part in rest)
    words = text.split()
    names = [w for w in words[1:] if w not in _BYLINE_SEPARATORS]
    return (
        2 <= len(words) <= 14
        and words[0] == "By"
        and bool(names)
        and words[1] not in _BYLINE_SEPARATORS
        and not ends_sentence(text)
        and only_names(names, text)
    )


def is_headline(unit: str) -> bool:
    text = unit.strip()
    return (
        3 <= sum(any(c.isalnum() for c in word) for word in text.split()) <= 30  # a bar or a dash is no word: "News | Local" is a section path
        and (not text.endswith((".", ":", ",", ";")) or CLOSING_ABBREVIATION.search(text) is not None)
        and not _BYLINE_PREFIX.match(text)
        and (text[:1].isalnum() or text[:1] in "'\"\u2018\u201c")
        and not (text.endswith(("-", "\u2013", "\u2014")) and _DATELINE_ALONE.fullmatch(text))
    )


#: A headline may end with an abbreviation's stop, not a sentence's ("Crews battle fire at fire department in
#: Independence Co.", its card "One dead following head on collision in Butler Co.": the ninety-fourth collection,
#: s2158): a county's or township's short form (a card's title too: :mod:`analysis.promo_cards`); not a street's ("... 61 S.
#: Bradford St." closes an obituary's service details, which a card's shape would take: a second read, rev53).
CLOSING_ABBREVIATION = re.compile(r"(?<= )(?:Co|Cos|Cnty|Twp)\.\s*$")
#: A station's dateline alone on the line above its lead ("INDEPENDENCE COUNTY, AR (KAIT) -": the ninety-fourth
#: collection, s2158; "MIDLAND COUNTY, MI (WNEM) -", s2110): top matter, never the headline.
_DATELINE_ALONE = re.compile(r"[A-Z][A-Z .,'\u2019-]*\((?:[A-Z]{3,5}(?:-TV|-FM)?|AP|Reuters|AFP)\)\s*[-\u2013\u2014]+")


def is_kicker(unit: str) -> bool:
    text = unit.strip()
    letters = [c for c in text if c.isalpha()]
    return 1 <= len(text.split()) <= 6 and bool(letters) and (text.isupper() or text.endswith(("?", "!")))


def top_reason(unit: str, headline_seen: bool, headline_below: bool) -> str:
    """Which kind of top matter a removed unit above the body is ('' when none)."""
    if is_date_line(unit):
        return "top:date"
    if is_byline(unit) and (headline_seen or not is_headline(unit) or len(unit.split()) < 3):
        return "top:byline"
    if not headline_seen:
        if is_kicker(unit) and headline_below:
            return "top:kicker"
        if is_headline(unit):
            return "top:headline"
        return ""
    if len(unit.split()) >= 6:
        return "top:standfirst"
    return ""


@lru_cache(maxsize=1)
def _leading_date() -> re.Pattern[str]:
    """The pattern of :func:`leading_date`, its months and weekdays those of ``calendar.tsv``."""
    from .calendar_words import calendar_pattern

    month = rf"(?:{calendar_pattern('month')})\.?"
    weekday = rf"(?:{calendar_pattern('weekday')})\.?"
    return re.compile(
        r"^\s*(?:date\s+|(?:last\s+)?(?:updated|published|posted)(?:\s+on)?\s*:?\s+)?(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?"
        r"|(?:" + weekday + r",?\s+)?" + month + r"\s+\d{1,2},?\s+\d{4}"
        r"|\d{1,2}\s+" + month + r",?\s+\d{4}"
        # a day and month without the year, then a time ("15 Feb. 15:15"); a stamp's age or reading time
        r"|(?:\d{1,2}\s+" + month + r"|" + month + r"\s+\d{1,2}),?\s+(?=\d{1,2}[:.]\d{2})"
        r"|\d{1,2}\s+(?:minutes?|mins?|hours?|hrs?|days?)\s+ago|\d{1,2}\s+min(?:ute)?s?\s+read)"
        # a time after the date ("10:21 IST", "3:05 p.m. ET"): its zone from a short list, so that a lead
        # opening with capitals ("US troops ...") keeps its first word
        r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?-i:IST|GMT|UTC|BST|CET|CEST|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|AEST|AEDT|SAST|EAT|WAT|PKT|HKT|SGT|JST|KST|WIB))?)?"
        r"\s*(?:[-|\u2014:]\s*)?(?=(?-i:[A-Z\"'\u201c(]))",
        re.IGNORECASE,
    )


def leading_date(paragraph: str) -> int:
    """Length of a full date (with its year) glued to the start of the first body paragraph.

    Examples
    --------
    >>> p = "August 3, 2014Chinese officials announced the toll."
    >>> p[leading_date(p):]
    'Chinese officials announced the toll.'
    >>> leading_date(" date 2019-02-11 Finance Minister Piyush Goyal said"), leading_date("May I ask, he said.")
    (17, 0)
    >>> p = "Updated: Dec 5, 2026 Rescuers dug on."
    >>> p[leading_date(p):], leading_date("Published reports said 40 died.")
    ('Rescuers dug on.', 0)
    >>> [p[leading_date(p):] for p in ("15 Feb. 15:15 Rescuers dug on.", "2 hours ago Rescuers dug on.", "3 min read Rescuers dug on.")]
    ['Rescuers dug on.', 'Rescuers dug on.', 'Rescuers dug on.']
    >>> leading_date("15 Feb. Rescuers dug on."), leading_date("2 hours ago, rescuers dug on.")
    (0, 0)
    >>> p = "Updated: March 5, 2019 10:21 IST Rescuers dug on."
    >>> p[leading_date(p):], "March 5, 2019 10:21 US troops left."[leading_date("March 5, 2019 10:21 US troops left.") :]
    ('Rescuers dug on.', 'US troops left.')
    """
    found = _leading_date().match(paragraph)
    return found.end() if found else 0


def leading_headline(paragraph: str, headline: str | None) -> int:
    """Length of the headline (of three words or more) printed again at the start of the first body
    paragraph and run into its lead ("Historic flood in southern US WASHINGTON: Emergency workers
    ..."): 0 unless the paragraph opens with the headline's words and the lead goes on with its
    dateline, a place in capitals (a lead that opens with the headline's words goes on in lower
    case, with a full stop or with a name: "Floods hit Kerala on Sunday ...", "Trump wins Nevada
    Republican caucuses ...").

    Examples
    --------
    >>> p = "Historic flood in southern US WASHINGTON: Emergency workers rescued 7,000 people."
    >>> p[leading_headline(p, "Historic flood in southern US"):]
    'WASHINGTON: Emergency workers rescued 7,000 people.'
    >>> leading_headline("Floods hit Kerala on Sunday, killing 12.", "Floods hit Kerala"), leading_headline("Floods hit Kerala. Twelve died.", "Floods hit Kerala")
    (0, 0)
    >>> leading_headline("Trump wins Nevada Republican caucuses by 20 points.", "Trump wins Nevada"), leading_headline("", None)
    (0, 0)
    >>> leading_headline("Trump wins Nevada GOP caucuses by a wide margin.", "Trump wins Nevada")  # an acronym is no dateline
    0
    """
    words = headline.split() if headline else []
    if len(words) < 3 or not paragraph.lstrip()[: len(words[0])].lower() == words[0].lower():
        return 0  # cheap test first: most leads do not open with the headline's first word
    found = re.match(r"\s*" + r"\s+".join(re.escape(w) for w in words) + r"\s+(?=(?-i:[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+)*\s*(?:[,:(\u2014\u2013]|-\s)))", paragraph, re.IGNORECASE)
    return found.end() if found else 0


_LEADING_BYLINE = re.compile(
    r"^\s*By\s+((?:[A-Z][\w.'\u2019-]*\s+){1,4}[A-Z][\w.'\u2019-]*(?:,\s*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})?)"
    r"\s*(?:[|\u2014\u2013:-]|\.(?<![A-Z]\.))\s+(?=[A-Z\"'\u201c])"
)


def leading_byline(paragraph: str) -> int:
    """Length of a signed byline glued to the start of the first body paragraph, closed by a
    separator or a full stop ("By Jane Roe | Rescuers dug ...", "By Jane Roe, Reuters. Rescuers
    ..."): ``By`` and two to five name-like words, perhaps an outlet after a comma.

    Examples
    --------
    >>> p = "By Jane Roe, Reuters | Rescuers dug on."
    >>> p[leading_byline(p):]
    'Rescuers dug on.'
    >>> leading_byline("By Monday, 40 had died."), leading_byline("By Jane Roe and Ed Poe"), leading_byline("")
    (0, 0, 0)
    """
    found = _LEADING_BYLINE.match(paragraph)
    if not found:
        return 0
    names = found.group(1).replace(",", " ").split()
    return found.end() if only_names(names, found.group(1)) else 0


#: An agency's name in brackets and a dash or colon opening the lead ("(CNN) — ", "(CNS): "): CNN's and the
#: wires' dateline without its place (with a place, "Washington (CNN) —", it is a dateline row).
_LEADING_AGENCY = re.compile(r"\((?:[A-Z][A-Za-z]+(?:[ /][A-Z][A-Za-z]+){0,2})\)(?:\s*[-\u2014\u2013]+|:)\s+(?=[A-Z\"'\u201c])")


def leading_agency(paragraph: str) -> int:
    """Length of an agency's name in brackets and a dash glued to the start of the first paragraph.

    Examples
    --------
    >>> p = "(CNN) \u2014 Rescuers dug through the night."
    >>> p[leading_agency(p):], leading_agency("(The figures are provisional.) Rescuers dug on."), leading_agency("")
    ('Rescuers dug through the night.', 0, 0)
    >>> p = "(CNS): Two officials were arrested."
    >>> p[leading_agency(p):]
    'Two officials were arrested.'
    """
    found = _LEADING_AGENCY.match(paragraph)
    return found.end() if found else 0


#: A name's word: a capital, then lower-case letters, apostrophes or hyphens ("Parker", "O'Neil").
NAME_WORD = r"[A-Z][a-z'\u2019-]+"
#: A person named in full: two name words ("Robyn Parker"); :mod:`analysis.standfirst` and :mod:`analysis.body_lists` read it too.
FULL_NAME = rf"\b{NAME_WORD} {NAME_WORD}\b"
#: The same, each pair found (overlapping: "Minister Robyn Parker" gives "Minister Robyn" and "Robyn Parker"); the second is the surname.
_FULL_NAME = re.compile(rf"\b(?=({NAME_WORD}) ({NAME_WORD})\b)")
#: A title before a surname ("Ms Parker", "Dr. Lee"), or a verb of saying after it ("Parker said").
_SURNAME_ALONE = r"(?:\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? {0}\b|\b{0} (?:said|says|told|added|also)\b)"


def goes_on_from(unit: str, below: str) -> bool:
    """Whether ``below`` goes on from ``unit``: it calls by the surname alone ("Ms Parker also
    announced", "Parker said") someone ``unit`` names in full ("Environment Minister Robyn Parker
    today announced ...") and does not name them in full itself. Only a lede is gone on from so:
    a standfirst is told again by the lede below it, which names its people in full.

    Examples
    --------
    >>> goes_on_from("Minister Robyn Parker today announced 13,000 hectares of new parks.", "Ms Parker also announced a wilderness area.")
    True
    >>> goes_on_from("Minister Robyn Parker announced new parks.", "Environment Minister Robyn Parker said on Monday that Ms Parker's plan ...")
    False
    >>> goes_on_from("New parks announced.", "Ms Parker said.") or goes_on_from("", "")
    False
    """
    for first, surname in _FULL_NAME.findall(unit):
        if f"{first} {surname}" in below:
            continue
        if re.search(_SURNAME_ALONE.format(re.escape(surname)), below):
            return True
    return False


#: A time told back as an adverbial at a paragraph's opening: "At approximately 8:00 p.m that evening, ...",
#: "Later that day"; not "that" opening a clause ("said that night shifts ...", "on the same day as the final").
_TIME_BACK = re.compile(r"\b(?:later|earlier|late|early) that (?:morning|afternoon|evening|night|day)\b|\bthat (?:morning|afternoon|evening|night|day),", re.IGNORECASE)
#: How far into the paragraph below a time told back is read (its first sentence's opening).
TIME_BACK_CHARS = 80


def tells_time_back(unit: str, below: str) -> bool:
    """Whether ``below`` opens by telling back the time ``unit`` gives ("... a collision on Tuesday night"
    over "At approximately 8:00 p.m that evening, police responded ...", s1219): it goes on from ``unit``,
    the lede. A lede under a standfirst stands alone and tells its time again.

    Examples
    --------
    >>> tells_time_back("Police are investigating a collision on Tuesday night.", "At 8:00 p.m. that evening, police responded to a collision.")
    True
    >>> tells_time_back("Night shifts will end.", "The union said that night shifts would end in May."), tells_time_back("", "")
    (False, False)
    """
    return _TIME_BACK.search(below[:TIME_BACK_CHARS]) is not None and _TIME_BACK.search(unit) is None
