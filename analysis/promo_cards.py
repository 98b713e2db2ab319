"""Other stories' cards below the body: a title, a date, a teaser and a read-more link, repeated.

A page lists other stories under (or beside) the article as cards, each printed the same way: the
story's title (sometimes twice: the card's link and its heading), its publication date alone on a
line, the first sentence or two of that story, and often a "Read more" link. Copied as text, a
card's teaser is written in sentences and reads as news, so jusText's method and the rule that
keeps every unit written as a sentence (:mod:`analysis.boilerplate`) keep it; the card's shape is
what gives it away, not its wording, and the shape holds on any site:

- a **card** opens with a title (one or two units of at most ``TITLE_WORDS`` words, no sentence
  end) right above a **calendar date alone** on a line ("January 31, 2012", "7 Feb 2012",
  "2012-02-07": a month or numbers with a year; a time alone is a live blog's stamp, not a card's
  date), below the body's first kept unit;
- its teaser is the units after the date, at most ``TEASER_UNITS``, up to a **read-more link**
  ("Read more here", "Continue reading", "Full story"), the next card's title or the end of the
  text; a card whose teaser runs on further, or holds a paragraph of more than ``TEASER_WORDS``
  words, is the body going on (a timeline of dated events); so is a card with no read-more link
  whose teaser runs to more than ``OPEN_TEASER_UNITS`` unit (the body's next paragraph under a
  timeline's last entry);
- cards are furniture when the page shows them as a box: one closed by a read-more link, or two
  or more in a row reaching the end of the text. A dated entry in a body (a timeline, a live
  blog's entry under a full date) is neither: its entries carry no title above the date, and the
  body goes on after them.

Teasers cut short come the same way (:func:`cut_teasers`): below the body's first kept unit and
below its last paragraph (no kept paragraph written in sentences after them: a body paragraph
trailing off in an ellipsis has body below it), two or more units in a row, each of at most
``CUT_WORDS`` words, ending in an ellipsis right after a word or a comma ("Mrunal Thakur on Dhamaka, experience of working with Kartik
Aaryan,…"), or right after the teaser's own sentence end when the box adds its ellipsis to a
whole sentence ("The most wonderful time of the year is nearly here....", a tag page's teasers): a box
printing the first words of other stories; a body paragraph ends in a sentence, and a quotation
trailing off ends in its quotation mark. One such teaser closing the text is a card too when it is cut right
after a word's letters (often mid-word) right under a removed title, with the body above (:func:`_lone_card`).

A tag or topic page prints its stories' teasers cut at a length without any ellipsis
(:func:`clipped_teasers`): a teaser's first sentence whole, then its second broken off after a
word ("Lauten later apologized on Facebook. \"I reacted to an article and quickly judged the two
young ladies"), the next card's teaser opening with a capital. A body paragraph does not stop in
the middle of its second sentence and go on with a new one; the page store's cut stops only the
text's last line. Three or more such teasers between short units (``TEASER_WORDS`` words at most)
make the page a list of teasers: every kept unit below its first is one.

Examples
--------
>>> units = ["Floods hit the valley on Sunday, officials said, as the river burst its banks.", "Read more here",
...          "Snow cuts off villages", "January 31, 2012", "Heavy snow cut off 40 villages on Monday.", "Read more here"]
>>> sorted(promo_cards(units, [True, False, False, False, True, False]))
[2, 3, 4, 5]
>>> timeline = ["The crisis unfolded over a month.", "Timeline of the crisis", "January 5, 2020", "First cases are reported.",
...             "February 1, 2020", "The city locks down.", "Officials said the measures worked."]
>>> promo_cards(timeline, [True] * 7), promo_cards([], [])
(set(), set())
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Sequence

from .bullets import is_bullet
from .calendar_words import calendar_pattern
from .justext_method import ends_sentence
from .repeats import content_words, share_in
from .topmatter import CLOSING_ABBREVIATION

#: A card's title has at most this many words.
TITLE_WORDS = 20
#: A card's teaser has at most this many units; a longer run after a date is the body going on.
TEASER_UNITS = 3
#: A card with no read-more link has a teaser of at most this many units (the story's first
#: sentence or two, printed as one paragraph): a second paragraph is the body going on.
OPEN_TEASER_UNITS = 1
#: A teaser unit has at most this many words: a longer paragraph is the body's, never a card's.
TEASER_WORDS = 60


@lru_cache(maxsize=1)
def _card_date() -> re.Pattern[str]:
    """A calendar date alone on a line: month and year written, or day, month and year in numbers
    (the months and weekdays of ``calendar.tsv``)."""
    month = rf"(?:{calendar_pattern('month')})\.?"
    day = rf"(?:(?:{calendar_pattern('weekday')})\.?,? )?"
    return re.compile(
        rf"(?:(?:published|posted|updated|last updated)(?: on)?:? )?{day}(?:{month} \d{{1,2}}(?:st|nd|rd|th)?,? ?\d{{4}}|\d{{1,2}}(?:st|nd|rd|th)? {month},? \d{{4}}"
        r"|\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})"
        r"(?:(?:,| \|)? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,4})?)?"  # and its time ("15 Jan 2026 | 12:29 AM")
        r"|\d{1,2} (?:mins?|minutes?|hours?|hrs?|days?|weeks?|months?) ago",  # or how long ago
        re.IGNORECASE,
    )


#: A read-more link closing a card: the link's words alone, with an arrow or a full stop at most.
_CLOSER = re.compile(
    r"[-\u2022*>]? *(?:read more|see more|read the full (?:story|article)|read full (?:story|article)|continue reading|keep reading|full story"
    r"|read on|more)(?: here| \u2026| on this)?\s*[.\u2026\u00bb>\u203a]*",
    re.IGNORECASE,
)


def is_card_date(unit: str) -> bool:
    """Whether the unit is a calendar date alone (a card's date).

    >>> is_card_date("January 31, 2012"), is_card_date("July 17,2010"), is_card_date("10:45 AM"), is_card_date("Jan 31 was cold.")
    (True, True, False, False)
    >>> is_card_date("Published: 7 Feb 2012, 10:30 am"), is_card_date("3 hours ago"), is_card_date("2012-02-07")
    (True, True, True)
    >>> is_card_date("15 Jan 2026 | 12:29 AM")
    True

    A stamp printed twice, the second in universal time glued to the first's zone (a TV station's cards, the
    ninety-fourth collection, s2158), is a date:

    >>> is_card_date("Saturday, May 20 2017 12:19 PM EDT2017-05-20 16:19:07 GMT")
    True
    """
    if "GMT" in unit or "UTC" in unit:
        unit = _UNIVERSAL_TAIL.sub("", unit)
    if len(unit) > 60 or not any(c.isdigit() for c in unit):  # a date is short and has digits: most units stop here
        return False
    return _card_date().fullmatch(" ".join(unit.split()).strip(" .")) is not None


#: The same time in universal time glued to a stamp's zone ("... 12:19 PM EDT2017-05-20 16:19:07 GMT").
_UNIVERSAL_TAIL = re.compile(r"(?<=[A-Z])\d{4}-\d\d-\d\d[ T]\d\d:\d\d(?::\d\d)? ?(?:GMT|UTC)\s*$")


def is_closer(unit: str) -> bool:
    """Whether the unit is a read-more link alone.

    >>> is_closer("Read more here"), is_closer("Continue reading \u00bb"), is_closer("Read more about floods on our site.")
    (True, True, False)
    >>> is_closer("see more..")
    True
    """
    return _CLOSER.fullmatch(" ".join(unit.split())) is not None


def _title(unit: str) -> bool:
    words = unit.split()
    return 0 < len(words) <= TITLE_WORDS and (not ends_sentence(unit) or unit.rstrip().endswith("?") or CLOSING_ABBREVIATION.search(unit) is not None) and not is_card_date(unit) and not is_closer(unit)


def promo_cards(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the units of other stories' cards below the body (see the module's
    description): each card's title, date, teaser and read-more link.

    Examples
    --------
    >>> body = "Rescuers dug through the rubble on Tuesday, officials said."
    >>> cards = [body, "Quake hits Japan", "Quake hits Japan", "March 3, 2011", "A strong quake struck on Friday.",
    ...          "Floods in Kerala", "March 2, 2011", "Rains flooded 40 villages."]
    >>> sorted(promo_cards(cards, [True] + [False, False, False, True, False, False, True]))
    [1, 2, 3, 4, 5, 6, 7]
    >>> promo_cards(cards[:5] + [body], [True] * 6)  # one card, no link, the body going on after it
    set()
    """
    n = len(units)
    start = next((i for i, k in enumerate(keep) if k), None)
    if start is None:
        return set()
    dates = [d for d in range(start + 2, n) if is_card_date(units[d]) and _title(units[d - 1])]
    if not dates:
        return set()
    # Each card: (first unit, last unit, closed by a read-more link).
    cards: list[tuple[int, int, bool]] = []
    titles = []
    for d in dates:
        first = d - 1
        if first - 1 > start and _title(units[first - 1]) and not keep[first - 1]:
            first -= 1  # the title printed twice, or a kicker above it
        titles.append(first)
    for c, (d, first) in enumerate(zip(dates, titles)):
        stop = titles[c + 1] if c + 1 < len(titles) else n  # the next card's title, or the end
        j, closed = d + 1, False
        while j < stop and j - d <= TEASER_UNITS + 1:
            if is_closer(units[j]):
                closed = True
                break
            if len(units[j].split()) > TEASER_WORDS:
                break  # a long paragraph: the body going on
            j += 1
        if closed:
            cards.append((first, j, True))
        elif j == stop and stop - d - 1 <= OPEN_TEASER_UNITS:
            cards.append((first, stop - 1, False))
    # Furniture: a card closed by a link; the card ending the text when another card chains into
    # it or the page closed one with a link; and, from the end back, a card right above a furniture card.
    furniture = [closed for _, _, closed in cards]
    if cards and cards[-1][1] == n - 1 and (any(furniture) or (len(cards) > 1 and cards[-2][1] + 1 == cards[-1][0])):
        furniture[-1] = True
    for c in range(len(cards) - 2, -1, -1):
        if furniture[c + 1] and cards[c][1] + 1 == cards[c + 1][0]:
            furniture[c] = True
    out = {i for (first, last, _), f in zip(cards, furniture) if f for i in range(first, last + 1)}
    if out and any(_LIVE.search(units[i]) for i in range(min(out))):
        return set()  # a live blog's entries under their date-and-time stamps, each with its link (a second read)
    if out and any(keep[i] and len(units[i].split()) >= CARD_STORY_WORDS and ends_sentence(units[i]) for i in range(max(out) + 1, n)):
        return set()  # the body goes on below the "cards": a dated update inside the story (a second read)
    return out


#: A paragraph of this many words ending as a sentence below a run of cards is the story going on: they were no cards.
CARD_STORY_WORDS = 25


#: A teaser cut short has at most this many words.
CUT_WORDS = 40
#: The ellipsis a box prints after a teaser's first words: after a word or a comma, or after the
#: teaser's own sentence end ("... is nearly here....", "ever any doubt?...": the box adds it to
#: whatever it cut, a body paragraph does not end in a sentence and an ellipsis); WordPress's own
#: mark closing an excerpt (``[…]``, its ``excerpt_more``) counts as the ellipsis.
_CUT = re.compile(r"(?:[\w,;:\u2019'-]|\w[.?!]) ?(?:\u2026|\.{3,}|\[(?:\u2026|\.{3})\])$")
#: An ellipsis alone on its line.
_ELLIPSIS_ONLY = re.compile(r"(?:\u2026|\.{3,})")


def cut_teasers(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of kept units in runs of two or more teasers cut short by an ellipsis, below the
    body's first kept unit (see the module's description).

    Examples
    --------
    >>> body = "Rescuers dug through the rubble on Tuesday, officials said."
    >>> units = [body, "Actor on his new film, working with the director,\u2026", "Singer on her tour, pressure of fame, upcoming\u2026"]
    >>> sorted(cut_teasers(units, [True, True, True]))
    [1, 2]
    >>> cut_teasers([body, "He said he would wait and see\u2026", "Schools stay shut."], [True] * 3)
    set()
    """
    start = next((i for i, k in enumerate(keep) if k), None)
    if start is None:
        return set()
    out: set[int] = set()
    run: list[int] = []
    last_prose: int | None = None  # the last kept body paragraph, found once, when a run first asks
    titles: list[int] = []  # card titles between two linked teasers of the run
    for i in range(start + 1, len(units) + 1):
        text = units[i].rstrip() if i < len(units) else ""
        if i < len(units) and cut_short(text):
            run.append(i)
            continue
        if run and i < len(units) and _ELLIPSIS_ONLY.fullmatch(text):
            continue  # an ellipsis alone between two teasers (a card whose text the box left out) neither joins nor ends the run
        if run and i < len(units) and _card_titles(units, run[-1], i):
            titles.append(i)  # a card's title (and its picture's) between two teasers with their read-more links
            continue
        if len(run) == 1 and run[0] == len(units) - 1 and keep[run[0]] and _lone_card(units, keep, run[0]):
            out.add(run[0])  # one card closing the text: its title removed above it, its teaser cut after letters
        elif len(run) >= 2:
            if last_prose is None:
                last_prose = max((k for k in range(len(units)) if keep[k] and _prose(units[k])), default=-1)
            if last_prose < i:  # no kept body paragraph below the run
                out.update(j for j in run + [t for t in titles if t < run[-1]] if keep[j])
        run = []
        titles = []
    return out


def _card_titles(units: Sequence[str], last: int, i: int) -> bool:
    """Whether unit ``i``, below the teaser ``last`` with its read-more link, is a card's title: at
    most two units of at most ``TITLE_WORDS`` words, none a sentence, between that teaser and the
    next one with its link ("Curecanti Certified as a Dark Sky Park" and its picture's "... Park
    Thumbnail" between two "... Read more" teasers)."""
    if i - last > 2 or not _linked(units[last]):
        return False
    j = next((k for k in range(i, min(len(units), last + 4)) if cut_short(units[k].rstrip())), None)
    return (j is not None and _linked(units[j]) and j - last <= 3
            and all(len(units[k].split()) <= TITLE_WORDS and not ends_sentence(units[k]) for k in range(last + 1, j)))


def _linked(unit: str) -> bool:
    """Whether a teaser ends with its read-more link after the ellipsis."""
    return _LINK_AFTER_CUT.search(unit.rstrip()) is not None


_MID_WORD = re.compile(r"[^\W\d_]{2}(?:\u2026|\.{3})$")


def _lone_card(units: Sequence[str], keep: Sequence[bool], i: int) -> bool:
    """Whether the text's last unit ``i`` is one card's teaser: cut right after a word's letters
    (often mid-word; no sentence end before the ellipsis), right under a removed unit that is no sentence (the card's title),
    with kept prose above that (the body): "Social Hub: Day 7" over "It's day seven of the fiesta and
    families wait for the special shap…". A body's last paragraph trailing off has body right above it.

    >>> body = "Rescuers dug through the rubble on Tuesday, officials said."
    >>> _lone_card([body, "Fiesta Day 7", "It's day seven and families wait for the shap\u2026"], [True, False, True], 2)
    True
    >>> _lone_card([body, "Fiesta Day 7", "And so the wait goes on\u2026"], [True, True, True], 2)
    False
    """
    text = units[i].rstrip()
    if i < 2 or keep[i - 1] or ends_sentence(units[i - 1]) or not _MID_WORD.search(text):
        return False
    return any(keep[j] and _prose(units[j]) for j in range(i - 1))


#: A read-more link printed right after a teaser's ellipsis ("... Both Brandon Petersen\u2026 Read More").
_LINK_AFTER_CUT = re.compile(r"(?:(?<=\u2026)|(?<=\.\.\.)) ?(?:read more|continue reading|keep reading|read (?:the )?full (?:story|article)) *[\u00bb>\u203a]*$", re.IGNORECASE)


def cut_short(text: str) -> bool:
    """Whether a unit is a teaser cut short by an ellipsis (its read-more link after it, if any).

    >>> cut_short("Chiefs have two players injured. Both Brandon Petersen\u2026 Read More"), cut_short("Read More")
    (True, False)
    """
    tail = text[-20:].lower()
    if "read" in tail or "continue" in tail:  # a fast filter before the link's pattern
        text = _LINK_AFTER_CUT.sub("", text)
    return text.endswith(("\u2026", "...", "\u2026]", "...]")) and len(text.split()) <= CUT_WORDS and _CUT.search(text) is not None


#: A kept paragraph of at least this many words ending in a sentence is body text.
PROSE_WORDS = 6


def _prose(unit: str) -> bool:
    """Whether a unit reads as a body paragraph: a sentence end (not an ellipsis), ``PROSE_WORDS`` words or more."""
    text = unit.rstrip()
    return len(text.split()) >= PROSE_WORDS and ends_sentence(text) and not cut_short(text) and not text.endswith(("\u2026", "..."))


#: A page is a list of clipped teasers when at least this many kept units are clipped teasers ...
CLIPPED_MIN = 3
#: ... and they are at least this share of the kept units below its first.
CLIPPED_SHARE = 0.2
#: A clipped teaser has at least this many words (a sentence and the start of another).
CLIPPED_MIN_WORDS = 12
#: A clipped teaser's sentence break stands in its last this many characters (a teaser is short;
#: searching a whole long unit, 108k characters ending in "example.com", took seconds).
CLIPPED_TAIL = 400
#: A clipped teaser: a whole sentence, then words that stop after a word in lower case with no end
#: mark, an opening quotation mark or a bracket left open is no matter.
_CLIPPED = re.compile(r"[^\W_][.!?][\"\u201d\u2019']? +[\"\u201c\u2018']?[A-Z][^\n]*\s(?-i:[a-z][a-z'\u2019-]*)$")
#: A unit that opens as a new teaser does: a capital, or a quotation mark and a capital.
_OPENS_NEW = re.compile(r"[\"\u201c\u2018']?[A-Z]")


def clipped_teasers(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units below the first of a page that lists its stories' teasers
    clipped at a length (see the module's description): at least ``CLIPPED_MIN`` kept units (and
    ``CLIPPED_SHARE`` of those below the first; a unit a pattern removed counts) that are a whole sentence and the start of another
    broken off after a word in lower case, each with a unit below it that opens with a capital (the
    next teaser; the text's last line may be cut by the page store), none of the kept units below
    the first longer than ``TEASER_WORDS`` words. The first kept unit stays (the page's own text,
    or the first teaser read as its lede).

    Examples
    --------
    >>> intro = "The president took a jab at rivals while carrying out the tradition."
    >>> clipped = ["Aides said sorry on Monday. One of them wrote that he had judged the two young",
    ...            "The birds went to a farm. Keepers there said they like to wander around the pen all",
    ...            "The show mocked the pardon. Its host said the ceremony was a gift to comedians every"]
    >>> units = [intro, "The bird was named Peace.", clipped[0], clipped[1], "Critics called it a stunt.", clipped[2], "Turkeys Pardoned At White House"]
    >>> sorted(clipped_teasers(units, [True] * 6 + [False]))
    [1, 2, 3, 4, 5]
    >>> clipped_teasers([intro] + clipped[:2] + ["The bird was named Peace."], [True] * 4)  # two: a page's odd line breaks
    set()
    """
    kept = [i for i, k in enumerate(keep) if k]
    below = kept[1:]
    if len(below) < CLIPPED_MIN - 1:
        return set()
    clipped = 0
    for i in range(kept[0] + 1, len(units) - 1):  # removed units count too (a teaser a pattern took for its first sentence)
        text = units[i].rstrip()
        if (text[-1:].islower() and len(text.split()) >= CLIPPED_MIN_WORDS and _OPENS_NEW.match(units[i + 1].lstrip())
                and not is_bullet(text) and _CLIPPED.search(text[-CLIPPED_TAIL:])):
            clipped += 1  # the cheap tests first: most units end with a mark
    if clipped < CLIPPED_MIN or clipped < CLIPPED_SHARE * len(below):
        return set()
    if any(len(units[i].split()) > TEASER_WORDS for i in below):
        return set()  # a long paragraph: a body, not a list of teasers
    return set(below)


#: A year in figures: a dated card's date names one (a time or "Updated" alone is a live entry's stamp, not a
#: card's date); a publication line of two stamps names two (:mod:`analysis.boilerplate`).
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DIGITS = re.compile(r"\d+")


def date_shape(text: str) -> str:
    """A date's shape: figures as ``0``, month and weekday names as ``M`` and ``W``, lower case, spaces
    squeezed ("December 2, 2019" and "November 30, 2020" have one shape, "2019-12-02" another)."""
    text = _DIGITS.sub("0", " ".join(text.lower().split()))
    text = re.sub(rf"(?:{calendar_pattern('month')})\b\.?", "M", text, flags=re.IGNORECASE)  # no boundary before: a card's title runs into its date
    return re.sub(rf"(?:{calendar_pattern('weekday')})\b\.?", "W", text, flags=re.IGNORECASE)


def dated_cards(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units under another story's date printed below the body: a section or
    archive page lists its items as a date alone on a line and the item's first words, newest first, and
    the page's text runs on from the first item (the article) into the next ones.

    The date is the only unit below the body's first kept unit that is a date alone with a year
    (:func:`analysis.topmatter.is_date_line`: a timeline or a live page has several, and a time alone is
    a live entry's stamp); a kept prose unit stands above it; and the page prints that date's shape
    again, as the item's date above the body ("November 30, 2020" over the article, "December 2, 2019"
    over the next item) or closing the units under it (each card's title with its date run on,
    "...governorsGMT 13:57 2018 Thursday ,29 November"). The kept units under the date are then
    the next items: at most ``TEASER_UNITS`` of them, each of at most ``TEASER_WORDS`` words (a body
    going on under an update's date is longer), and, when the date's shape stands only above the
    body, one of them at least a title or a teaser cut off (no sentence end, or an ellipsis): an
    update under its date is written in whole sentences ("December 1, 2020" over "The council said
    on Tuesday that water levels had begun to fall." and "Roads in the valley remain closed.").

    Examples
    --------
    >>> units = ["November 30, 2020", "The dictionary picked 'pandemic' as its word of the year, saying searches rose.",
    ...          "Its editors said the choice was obvious.", "December 2, 2019", "Conversations about climate all tie in to the word of"]
    >>> sorted(dated_cards(units, [False, True, True, False, True]))
    [4]
    >>> dated_cards(units[1:], [True, True, False, True])  # no date of the same shape elsewhere on the page
    set()
    >>> dated_cards(units[:4] + ["Water levels began to fall on Tuesday, the council said."], [False, True, True, False, True])  # an update
    set()
    """
    from .topmatter import is_date_line  # imported here: topmatter is read by boilerplate, which reads this module

    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return set()
    start = kept[0]
    dated = [len(unit) <= 60 and YEAR.search(unit) is not None and is_date_line(unit) for unit in units]  # a date alone, with a year
    dates = [i for i in range(start + 1, len(units)) if dated[i]]
    if len(dates) != 1:
        return set()
    d = dates[0]
    after = [i for i in kept if i > d]
    if not after or len(after) > TEASER_UNITS or any(len(units[i].split()) > TEASER_WORDS for i in after):
        return set()
    if not any(_prose(units[i]) for i in kept if i < d):
        return set()
    shape = date_shape(units[d].strip(" ."))
    above = any(dated[i] and date_shape(units[i].strip(" .")) == shape for i in range(start))
    under = any(date_shape(units[i].rstrip(" .")).endswith(shape) for i in range(d + 1, len(units)))
    teaser = any(_unended(units[i]) or units[i].rstrip().endswith(("\u2026", "...")) for i in after)
    return set(after) if above and teaser or under else set()


#: A date's words and figures, read to tell one day from another ("\u2022 Jan 24, 2022" and "Jan 24, 2022" are one).
_DATE_WORDS = re.compile(r"[a-z]+|\d+")
#: Stamped cards: at least this many, each its date over its title.
STAMPED_MIN = 2


def stamped_cards(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept teasers of other stories' cards printed as a date over a title over a
    teaser ("\u2022 Jan 24, 2022" / "Phased return to the office begins" / "A public health expert
    says ..."), :data:`STAMPED_MIN` or more cards in a row below the body: every date (alone on its
    line with the list's bullet, with a year, removed; an article's own dated sections, a schedule or a
    results list print no bullet before their dates, rev22) is the same day (a list of the day's stories; a live blog's entries
    under full dates have different dates) and has a title under it that is no sentence (it goes
    too), each card holds at most one kept unit of at most ``TEASER_WORDS`` words, and the last
    card closes the text. A timeline's dates have no title under them and its entries go on; a
    body under a dated update goes on past one paragraph.

    Examples
    --------
    >>> body = "Funding of one million euro is being offered for pier upgrades, the department said."
    >>> card = ["\u2022 Jan 24, 2022", "Phased return to the office begins", "A public health expert says the easing is right."]
    >>> units = [body] + card + card
    >>> sorted(stamped_cards(units, [True, False, False, True, False, False, True]))
    [3, 6]
    >>> stamped_cards(units + [body], [True, False, False, True, False, False, True, True])  # the body goes on
    set()
    """
    from .topmatter import is_date_line  # imported here: topmatter is read by boilerplate, which reads this module

    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < STAMPED_MIN + 1:
        return set()
    dates = [i for i in range(kept[0] + 1, len(units) - 1)
             if not keep[i] and is_bullet(units[i]) and len(units[i]) <= 60 and YEAR.search(units[i]) and is_date_line(units[i])]
    if len(dates) < STAMPED_MIN or len({" ".join(_DATE_WORDS.findall(units[i].lower())) for i in dates}) != 1:
        return set()  # one day's list: a live blog's entries under full dates have different dates
    if not any(_prose(units[i]) for i in kept if i < dates[0]):
        return set()
    out: set[int] = set()
    for n, d in enumerate(dates):
        end = dates[n + 1] if n + 1 < len(dates) else len(units)
        if ends_sentence(units[d + 1]) or len(units[d + 1].split()) > TITLE_WORDS:
            return set()  # no title under the date: a timeline's entry
        teasers = [i for i in range(d + 2, end) if keep[i]]
        if len(teasers) > 1 or any(len(units[i].split()) > TEASER_WORDS for i in teasers):
            return set()  # the body going on
        out.update(teasers + [d + 1] * keep[d + 1])
    return out


#: A live blog naming itself: its entries under their stamps are the article (a second read: an election night's
#: races, a storm's towns, each entry another sub-story).
_LIVE = re.compile(r"\b(?:live|blog|as it happened|follow along|follow (?:our|the) (?:coverage|updates)|latest updates|rolling coverage)\b", re.IGNORECASE)


#: The article above other stories' cards has at least this many words of kept prose: a live blog's introduction is shorter (the
#: second read's election night: 20 words), the shortest article over such cards seen is 44 words (s382).
RELATIVE_ARTICLE_WORDS = 30


#: A time of day ("22:34", "12:33 PM", "9.02 am"): what tells one stamp of a day from another (and a comment's stamp, analysis.link_boxes).
CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b(?:[^\S\n]*[ap]\.?m\.?)?", re.IGNORECASE)


def _day_of(stamp: str) -> str:
    """A stamp's day: its date words and figures without its time ("Saturday, 02 May 2020 - 22:34" and "... - 22:44" are one day)."""
    return " ".join(_DATE_WORDS.findall(CLOCK.sub(" ", stamp.lower())))


def relative_cards(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept teasers of other stories' cards printed as a title over a stamp of
    relative time over a teaser ("Staunton City Hall reopens" / "Updated: 10 minutes ago" /
    "Employees were back in the building today ..."), :data:`STAMPED_MIN` or more cards below the
    body's first paragraph of prose, the last closing the text. Every stamp is removed, a date line
    (``is_date_line``: "3 hours ago", "Updated: 13 mi" cut by the page store; with a year, all of one day and
    told apart by their times only: "Saturday, 02 May 2020 - 22:34", a Sri Lankan broadcaster's list, the
    twenty-ninth site sets, s1091); every
    title above it a headline's shape (a capital, no sentence end, at most ``TITLE_WORDS`` words);
    each card holds at most one kept unit, of any length (the page store runs a teaser's lines
    together). A live blog prints its entries so too, and an article its own update under a stamp:
    each card must tell another story (under ``RESTATED_STORY_SHARE`` of its words are the
    article's above it), nothing above the first names the page a live blog ("live", "blog",
    "as it happened": an election night's races are entries of one page, each another sub-story),
    and the article above them holds ``RELATIVE_ARTICLE_WORDS`` words of prose or more (a live
    blog's introduction is a line or two: "Here is what we know so far.").

    Examples
    --------
    >>> body = ["We talk with the river's keeper about a new campaign to respect the Shenandoah and its banks, which opened this week.",
    ...         "The campaign asks visitors to the river to carry out their rubbish and keep to the marked trails, the keeper said.",
    ...         "Volunteers will hand out bags at the busiest access points on weekends through the end of the summer."]
    >>> cards = ["Staunton City Hall reopens", "Updated: 10 minutes ago", "Employees were back in the building today getting used to new procedures.",
    ...          "Governor issues mask order", "Updated: 12 minutes ago", "Face coverings will be required in indoor public spaces from July 7."]
    >>> keep = [True, True, True, False, False, True, False, False, True]
    >>> sorted(relative_cards(body + cards, keep))
    [5, 8]
    >>> entries = ["River campaign launched", "Updated: 10 minutes ago", "The keeper launched the campaign to respect the river on its banks.",
    ...            "Visitors asked about rubbish", "Updated: 12 minutes ago", "Visitors to the river were asked to carry out their rubbish."]
    >>> relative_cards(body + entries, keep)  # a live blog's entries tell the same story
    set()
    """
    found = _stamps_under_story(units, keep, 2, lambda i: True)  # removed, or kept until a later rule takes it
    if found is None:
        return set()
    first, stamps = found
    if any(YEAR.search(units[i]) for i in stamps) and len({_day_of(units[i]) for i in stamps}) != 1:
        return set()  # dates with a year: one day's list of stories (a timeline's or a live page's entries have other days)
    cards: list[list[int]] = []
    for n, d in enumerate(stamps):
        if not _card_title(units[d - 1]):
            return set()
        end = stamps[n + 1] - 1 if n + 1 < len(stamps) else len(units)
        teasers = [i for i in range(d + 1, end) if keep[i]]
        if len(teasers) > 1:
            return set()  # the body going on under an update's stamp
        if YEAR.search(units[d]) and any(len(units[i].split()) > TEASER_WORDS for i in teasers):
            return set()  # under a full date a long paragraph is an entry's (a results page's races, a night's timeline: a second read)
        cards.append([d - 1] * keep[d - 1] + [d] * keep[d] + teasers)
    # a title and its stamp alone, both removed ("Watch WHSV late evening forecast"): nothing to read
    card_words = [set().union(content_words(units[d - 1]), *(content_words(units[i]) for i in card)) for card, d in zip(cards, stamps) if card]
    if not _other_stories(units, keep, first, stamps[0] - 1, stamps[0] - 1, card_words):
        return set()
    return {i for card in cards for i in card}


def _stamps_under_story(units: Sequence[str], keep: Sequence[bool], gap: int, also: Callable[[int], bool]) -> tuple[int, list[int]] | None:
    """The story's first kept paragraph of prose and the cards' stamps below it, from ``gap`` units under it:
    units of at most 40 characters read as a date line (``is_date_line``) that ``also`` accepts; ``None`` when
    there is no prose or fewer than :data:`STAMPED_MIN` stamps (what :func:`relative_cards` and
    :func:`relative_cards_below` both read first)."""
    from .topmatter import is_date_line  # imported here: topmatter is read by boilerplate, which reads this module

    first = next((i for i, k in enumerate(keep) if k and _prose(units[i])), None)
    if first is None:
        return None
    stamps = [i for i in range(first + gap, len(units)) if len(units[i]) <= 40 and also(i) and is_date_line(units[i])]
    return (first, stamps) if len(stamps) >= STAMPED_MIN else None


def relative_cards_below(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units of other stories' cards printed as a title over a teaser over a
    stamp of relative time ("Fiji and India focus on partnerships" / "The new High Commissioner met
    ..." / "2 hours ago"): the order :func:`relative_cards` reads with the stamp under the teaser
    (a Fiji portal's, the twenty-sixth site sets, s1045). Each stamp (removed, at most 40 characters,
    no year, ``is_date_line``) has a teaser right above it (kept or removed) and a title above that
    (a headline's shape, kept or removed by another rule: a box's link); above the first card, under the article,
    a box's heading removed (at most ``BOX_HEADING_WORDS`` words: "FEATURE NEWS"; a story's own stamped sections, a
    round-up's towns or a results page's races, follow its prose: a second read); between two cards only removed units
    stand (another box's heading, "LATEST NEWS"); after the last stamp at most one more title and teaser
    (the page store cut the list). :data:`STAMPED_MIN` cards or more, each telling another story
    (under ``RESTATED_STORY_SHARE`` of its words are the article's above it), under an article of
    ``RELATIVE_ARTICLE_WORDS`` words of prose that names no live blog.

    Examples
    --------
    >>> body = ["We talk with the river's keeper about a new campaign to respect the Shenandoah and its banks, which opened this week.",
    ...         "The campaign asks visitors to the river to carry out their rubbish and keep to the marked trails, the keeper said.",
    ...         "Volunteers will hand out bags at the busiest access points on weekends through the end of the summer."]
    >>> cards = ["LATEST NEWS", "Staunton City Hall reopens", "Employees were back in the building today getting used to new procedures.", "2 hours ago",
    ...          "Governor issues mask order", "Face coverings will be required in indoor public spaces from July 7.", "3 hours ago"]
    >>> keep = [True, True, True, False, True, True, False, True, True, False]
    >>> sorted(relative_cards_below(body + cards, keep))
    [4, 5, 7, 8]
    >>> relative_cards_below(body + cards[1:], keep[:3] + keep[4:])  # no box's heading: the story's own stamped sections
    set()
    >>> entries = ["LATEST", "River campaign launched", "The keeper launched the campaign to respect the river on its banks.", "2 hours ago",
    ...            "Visitors asked about rubbish", "Visitors to the river were asked to carry out their rubbish.", "3 hours ago"]
    >>> relative_cards_below(body + entries, keep)  # a live blog's entries tell the same story
    set()
    """
    found = _stamps_under_story(units, keep, 3, lambda i: not keep[i] and YEAR.search(units[i]) is None)
    if found is None:
        return set()
    first, stamps = found

    head = stamps[0] - 3  # a box's heading right above the first card, removed ("LATEST NEWS", "FEATURE NEWS"); a story's own
    while head > first and not keep[head] and len(units[head].split()) > BOX_HEADING_WORDS:  # sections follow its prose
        head -= 1
    if head <= first or keep[head] or _unended(units[head]) is False:
        return set()
    cards: list[list[int]] = []
    for n, d in enumerate(stamps):
        teaser, title = d - 1, d - 2
        if len(units[teaser].split()) > TEASER_WORDS or not _card_title(units[title]):
            return set()
        if n and any(keep[i] for i in range(stamps[n - 1] + 1, title)):
            return set()  # something kept between two cards: the body going on under an update's stamp
        cards.append([title] * keep[title] + [teaser] * keep[teaser])  # a card another rule took whole stays a card
    rest = [i for i in range(stamps[-1] + 1, len(units)) if keep[i]]
    if len(rest) > 2 or (len(rest) == 2 and not _card_title(units[rest[0]])):
        return set()  # more than a title and its teaser the page store cut after the last card
    start = cards[0][0] if keep[stamps[0] - 2] else stamps[0] - 1
    card_words = [set().union(content_words(units[d - 2]), *(content_words(units[i]) for i in card)) for card, d in zip(cards, stamps)]
    if not _other_stories(units, keep, first, start, stamps[0] - 2, card_words):
        return set()
    return {i for card in cards for i in card} | set(rest)


def _card_title(unit: str) -> bool:
    """A card's title: a capital, at most ``TITLE_WORDS`` words, no sentence end (:func:`_unended`)."""
    title = unit.strip()
    return title[:1].isupper() and len(title.split()) <= TITLE_WORDS and _unended(title)


def _other_stories(units: Sequence[str], keep: Sequence[bool], first: int, start: int, story_end: int, card_words: Sequence[set[str]]) -> bool:
    """Whether stamped cards under an article tell other stories (:func:`relative_cards`, :func:`relative_cards_below`):
    nothing above them (before ``start``) names a live blog ("Live updates: election night", "Follow along"); the
    article's kept prose from ``first`` to ``start`` has ``RELATIVE_ARTICLE_WORDS`` words (a live blog's introduction is
    a line or two); and each card's words (``card_words``) share under ``RESTATED_STORY_SHARE`` with the kept units from
    ``first`` to ``story_end`` (a live blog's entry tells the same story)."""
    if any(_LIVE.search(units[i]) for i in range(0, start)):
        return False
    if sum(len(units[i].split()) for i in range(first, start) if keep[i] and _prose(units[i])) < RELATIVE_ARTICLE_WORDS:
        return False
    story = set().union(*(content_words(units[i]) for i in range(first, story_end) if keep[i]))
    return all(words and share_in(words, story) < RESTATED_STORY_SHARE for words in card_words)


def _unended(unit: str) -> bool:
    text = unit.rstrip()
    return bool(text) and not ends_sentence(text) and not text.endswith((":", "\u2026", "...")) and not is_bullet(text)


def card_pairs(units: Sequence[str], keep: Sequence[bool], removed_title: Sequence[bool]) -> set[int]:
    """Positions of the kept units of a tag page's further cards, each a title and an excerpt clipped
    at a length without an ellipsis, when the page opens with such a card: its title (removed as the
    headline, ``removed_title``) right above its excerpt, the first kept unit, of at least
    ``CLIPPED_MIN_WORDS`` words and ending with no sentence end ("... will be able to operate on
    the roads nationwide"). Below it, every kept unit to the end of the text comes in pairs of the
    same shape: a title (at most ``TITLE_WORDS`` words, no sentence end) and an excerpt of at most
    ``TEASER_WORDS`` words ending with no sentence end. A body's lede ends in a sentence; a paragraph
    the page store cut is the text's last, with no title-and-excerpt pair under it.

    Examples
    --------
    >>> units = ["Drivers face financial woes", "After the deadline, a think tank said only 68 percent of the jeepneys will be able to operate on the roads",
    ...          "Union rejects further study of the phase-out", "The union has accused the program as a scheme to take away franchises from small operators"]
    >>> sorted(card_pairs(units, [False, True, True, True], [True, False, False, False]))
    [2, 3]
    >>> card_pairs(units[:2] + [units[2], units[3] + "."], [False, True, True, True], [True, False, False, False])
    set()
    """
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 3 or (len(kept) - 1) % 2:
        return set()
    first = kept[0]
    if first == 0 or not removed_title[first - 1] or len(units[first].split()) < CLIPPED_MIN_WORDS or not _unended(units[first]):
        return set()
    rest = kept[1:]
    for title, excerpt in zip(rest[::2], rest[1::2]):
        if not (0 < len(units[title].split()) <= TITLE_WORDS and _unended(units[title])):
            return set()
        if not (len(units[excerpt].split()) <= TEASER_WORDS and _unended(units[excerpt])):
            return set()
    return set(rest)


#: A box's heading over other stories' cards has at most this many words ("LATEST NEWS", "More from the site").
BOX_HEADING_WORDS = 4

#: Cards told by their title restated: at least this many in a row, to the end of the text.
RESTATED_MIN_CARDS = 3
#: A card's teaser says again at least this many of its title's content words.
RESTATED_MIN_WORDS = 2
#: A card shares less than this share of its content words with the story above it (it tells another story).
RESTATED_STORY_SHARE = 0.2
#: A card's title has this many words at least and at most (a bar's label before it counts: "LIVE AT 9 A.M. | ...");
#: a body's crosshead is shorter ("Library hours" over "Library hours will be extended ...").
RESTATED_TITLE_MIN_WORDS, RESTATED_TITLE_WORDS = 5, 25


def restated_cards(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units of other stories' cards printed as a title over its teaser, with
    no date and no link, closing the text: a page's "more stories" list copied as text. Each card is
    a title (a capital, no sentence end, ``RESTATED_TITLE_MIN_WORDS`` to ``RESTATED_TITLE_WORDS`` words) right above a
    teaser of at most ``TEASER_WORDS`` words (cut short by the page store or not) that says again at
    least ``RESTATED_MIN_WORDS`` of the title's content words ("Obscene slogans spotted at trucker
    convoy sold on Amazon, Facebook" over "Obscene slogans spotted at the trucker convoy protest ...
    are being sold on Amazon, ..."); ``RESTATED_MIN_CARDS`` cards or more in a row reach the last
    kept unit, under three kept paragraphs of prose. A title another rule removed still heads its
    teaser ("LIVE AT 9 A.M. | ..."). Each card tells another story: under ``RESTATED_STORY_SHARE`` of
    its words (title and teaser) are the story's above it, read from the text's end up to the first
    card that tells the story. A body's own sections under crossheads their paragraphs restate
    ("Schools to stay open during the works" over "All schools along the routes will stay open
    during the works, the council said.") share the story's words, and stay; shorter crossheads are
    no titles.

    Examples
    --------
    >>> body = ["Police warned commuters on Friday of long delays near the legislature, where a power pole was struck.",
    ...         "The lights went out at the junction before 6 a.m., and crews were still working there at noon.",
    ...         "A police spokesperson did not give any other details about the crash or the driver."]
    >>> cards = ["Protesters build wooden structure in downtown park", "Protesters are building a wooden structure in the downtown park.",
    ...          "Provinces take lead signalling end to restrictions", "Two provinces have taken the lead in signalling the end of restrictions.",
    ...          "Slogans spotted at convoy sold online", "Slogans spotted at the convoy are being sold online, a report said."]
    >>> sorted(restated_cards(body + cards, [True] * 9))
    [3, 4, 5, 6, 7, 8]
    >>> restated_cards(body + cards[:4], [True] * 7)  # two cards
    set()
    """
    kept = [i for i, k in enumerate(keep) if k]
    cards: list[tuple[int, int, bool]] = []  # (title, teaser, title kept), from the end up
    j = len(kept) - 1
    while j >= 1:
        teaser = kept[j]
        title = teaser - 1  # right above it, kept or removed by another rule (a title with a bar: "LIVE AT 9 A.M. | ...")
        head = units[title].strip()
        if not (head[:1].isupper() and RESTATED_TITLE_MIN_WORDS <= len(head.split()) <= RESTATED_TITLE_WORDS and _unended(head)) or len(units[teaser].split()) > TEASER_WORDS:
            break
        if len(content_words(head) & content_words(units[teaser])) < RESTATED_MIN_WORDS:
            break
        cards.append((title, teaser, keep[title]))
        j -= 2 if keep[title] else 1
    if len(cards) < RESTATED_MIN_CARDS:
        return set()
    top = cards[-1][0]
    above = [i for i in kept if i < top]
    if sum(_prose(units[i]) for i in above) < 3:
        return set()
    # Each card tells another story: few of its words are the story's above (a body's own sections, a
    # crosshead over a paragraph restating it, say the story's words again).
    story = set().union(*(content_words(units[i]) for i in above))
    found: list[int] = []
    taken = 0
    for title, teaser, kept_title in cards:  # from the text's end up, to the first card that tells the story
        words = content_words(units[title]) | content_words(units[teaser])
        if words and share_in(words, story) >= RESTATED_STORY_SHARE:
            break
        found += [title, teaser] if kept_title else [teaser]
        taken += 1
    return set(found) if taken >= RESTATED_MIN_CARDS else set()


#: Cards told by their stories alone: at least this many in a row, closing the text ...
UNRELATED_MIN_CARDS = 3
#: ... each sharing less than this share of its content words with the story above and with the other cards.
UNRELATED_SHARE = 0.2
#: ... under at least this many kept paragraphs of prose.
UNRELATED_STORY_PARAGRAPHS = 2


def _unrelated_title(unit: str) -> bool:
    """A card's title: a capital or a figure first ("16 more residents succumb to the virus"),
    ``RESTATED_TITLE_MIN_WORDS`` - 2 to ``RESTATED_TITLE_WORDS`` words, no sentence end unless a question's
    ("Wokeism: A Weapon of Mass Destruction?")."""
    head = unit.strip()
    return (head[:1].isupper() or head[:1].isdigit()) and RESTATED_TITLE_MIN_WORDS - 2 <= len(head.split()) <= RESTATED_TITLE_WORDS and (_unended(head) or head.endswith("?"))


def _unrelated_teaser(unit: str) -> bool:
    """A card's teaser: at most ``TEASER_WORDS`` words, a paragraph of prose or a lede the page store clipped
    (``CLIPPED_MIN_WORDS`` words or more, no sentence end needed)."""
    text = unit.strip()
    words = len(text.split())
    return words <= TEASER_WORDS and (_prose(text) or words >= CLIPPED_MIN_WORDS)


#: A card's section label over its title ("Business", "Crime", "News") has at most this many words.
CARD_LABEL_WORDS = 3


def _card_label(unit: str) -> bool:
    """A section label over a card's title: a capital, at most ``CARD_LABEL_WORDS`` words of letters, no stop."""
    text = unit.strip()
    return text[:1].isupper() and len(text.split()) <= CARD_LABEL_WORDS and _unended(text) and not any(c.isdigit() for c in text)


#: What tells cards from a story's own one-paragraph sections (a Q&A, a round-up, a list of reviews): page furniture a
#: pattern named between the story and the cards (comments, a share bar), or other stories' cards another rule found
#: right under them.
_END_OF_STORY = ("pattern:", "comment_section", "author_box", "link_box")
_MORE_CARDS = ("teaser_tail", "promo_card", "tail_list", "link_box", "box_teaser", "pattern:widget_heading", "pattern:read_more", "pattern:related")


def unrelated_cards(units: Sequence[str], keep: Sequence[bool], reasons: Sequence[str] = ()) -> set[int]:
    """Positions of the kept units of other stories' cards closing the text, each a title over one teaser, told
    by their stories alone: no date, no link, no words of the title said again (:func:`restated_cards` needs
    those). ``UNRELATED_MIN_CARDS`` cards or more in a row reach the text's end ("Rain ruins second T20" over
    "MOUNT MAUNGANUI, New Zealand, CMC - Any hopes West Indies entertained ...", "President Granger rings in New
    Year in church" over ..., under a report of a fatal accident); a title or teaser another rule removed (a short
    title, a teaser clipped at the page's end) still makes the card, and so does a section label over its title
    ("Business", "Crime"). Each card tells its own story: under ``UNRELATED_SHARE`` of its content words are the
    story's above it or the other cards'. The story above holds ``UNRELATED_STORY_PARAGRAPHS`` kept paragraphs of
    prose and no section of its own (a kept unit of a card title's shape between two of its paragraphs): a
    round-up, whose briefs each stand under a title, and a story told in sections keep theirs. The box's heading
    right above the first card, a line with no stop ("Opinions submitted by residents in and around The
    Villages"), is no part of the story and goes with the cards. The shape alone does not tell cards from a story's
    one-paragraph sections (a Q&A, briefs, a list of reviews: a second read, rev42), so the page must show the story's
    end: furniture a pattern named between the story and the cards (``_END_OF_STORY``, by the units' ``reasons``:
    a comment form, a share bar), or other stories' cards another rule found right under the last (``_MORE_CARDS``).

    Examples
    --------
    >>> story = ["An alleged speeding minibus driver is in custody after a fatal accident on the East Bank road on Sunday.",
    ...          "Dead is a 39-year-old labourer who was struck down while crossing the road, police said."]
    >>> cards = ["Rain ruins second T20", "Any hopes the West Indies entertained of rebounding in the series were washed out by rain.",
    ...          "President rings in New Year in church", "The President joined the congregation at St Mary's Anglican Church last evening.",
    ...          "Exxon's new well site looks promising", "ExxonMobil's oil future looks even brighter as its Ranger well shows good results."]
    >>> page = story + ["Add comment"] + cards
    >>> reasons = [""] * 2 + ["pattern:comments"] + [""] * 6
    >>> sorted(unrelated_cards(page, [r == "" for r in reasons], reasons))
    [3, 4, 5, 6, 7, 8]
    >>> unrelated_cards(story + cards, [True] * 8, [""] * 8)  # nothing shows the story's end: a story's sections, perhaps
    set()
    >>> unrelated_cards(page[:7], [r == "" for r in reasons[:7]], reasons[:7])  # two cards
    set()
    >>> sectioned = [story[0], "Driver held over fatal crash", story[1], "Add comment"] + cards
    >>> reasons = [""] * 3 + ["pattern:comments"] + [""] * 6
    >>> unrelated_cards(sectioned, [r == "" for r in reasons], reasons)  # the text has sections of its own: a round-up's briefs
    set()
    """
    kept = [i for i, k in enumerate(keep) if k]
    if not kept:
        return set()
    cards: list[tuple[int, ...]] = []  # (label, title, teaser) or (title, teaser), from the end up
    j = kept[-1]
    tail: tuple[int, ...] = ()
    if j + 1 < len(units) and _unrelated_title(units[j]) and _unrelated_teaser(units[j + 1]):
        j += 1  # the last card's teaser another rule removed ("When can one say they've had enough of being in a")
    elif j >= 2 and _card_label(units[j]):
        tail, j = (j,), j - 1  # the next card's label, its card gone
    while j >= 1 and _unrelated_teaser(units[j]) and _unrelated_title(units[j - 1]) and (keep[j] or keep[j - 1]):
        card = (j - 1, j)
        j -= 2
        if j >= 1 and keep[j] and _card_label(units[j]):
            card, j = (j, *card), j - 1
        cards.append(card)
    if len(cards) < UNRELATED_MIN_CARDS:
        return set()
    top = cards[-1][0]
    heading = top - 1 if top >= 1 and keep[top - 1] and _unended(units[top - 1]) and len(units[top - 1].split()) <= RESTATED_TITLE_WORDS else None
    above = [i for i in kept if i < top and i != heading]
    if sum(_prose(units[i]) for i in above) < UNRELATED_STORY_PARAGRAPHS:
        return set()
    if any(_unrelated_title(units[i]) and _prose(units[a]) and _prose(units[b]) for a, i, b in zip(above, above[1:], above[2:])):
        return set()  # a section of the story's own
    last = max(*cards[0], *tail) + 1  # the unit under the last card (and the next card's label)
    ended = bool(reasons) and any(reasons[i].startswith(_END_OF_STORY) for i in range(above[-1] + 1, top))  # above holds the story's paragraphs
    if not (ended or (reasons and last < len(units) and reasons[last].startswith(_MORE_CARDS))):
        return set()  # nothing shows where the story ends
    story = set().union(*(content_words(units[i]) for i in above))
    words = [content_words(units[card[-2]]) | content_words(units[card[-1]]) for card in cards]
    taken = 0
    for k, card_words in enumerate(words):  # from the text's end up, to the first card that tells the story or another card's
        others = set().union(*(words[m] for m in range(len(words)) if m != k))
        if not card_words or share_in(card_words, story) >= UNRELATED_SHARE or share_in(card_words, others) >= UNRELATED_SHARE:
            break
        taken += 1
    if taken < UNRELATED_MIN_CARDS:
        return set()
    found = {unit for card in cards[:taken] for unit in card if keep[unit]} | set(tail)
    if taken == len(cards) and heading is not None:
        found.add(heading)
    return found


#: A card's teaser opening with its story's dateline in capitals ("KATHMANDU: The government ...", "JUMLA: ...").
_CAPS_DATELINE = re.compile(r"[A-Z][A-Z.'\u2019-]+(?: [A-Z][A-Z.'\u2019-]+){0,2}: \S")
#: A page's list of dated teasers holds at least this many, each clipped without a sentence's end.
DATELINE_TEASERS_MIN = 2
#: A teaser the page store clipped holds at most this many words (the site's are cut after about ten); a digest's brief
#: printed in full without its stop ("DHAKA: The Met Office issued a flood warning for six districts on Monday as ...") is longer (a second read).
DATELINE_TEASER_WORDS = 20


def dateline_teasers(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units in a list of other stories' cards below the body, each a title over a
    teaser that opens with its story's dateline in capitals and is clipped without a sentence's end
    ("Equipment of Jumla's Tila Micro Hydropower Project abandoned" / "JUMLA: Electrical equipment worth
    crores of rupees has been abandoned"; the twenty-third site sets, s978): at least
    ``DATELINE_TEASERS_MIN`` such pairs in a row (removed units count), with a kept paragraph ending as a
    sentence above the first, and nothing but such pairs from there to the text's end.

    Examples
    --------
    >>> body = "A suspicious object was found near the bus park on Monday evening, and police cordoned off the area."
    >>> cards = ["Government to list online channels", "KATHMANDU: The government has decided to register and",
    ...          "Hydropower equipment abandoned", "JUMLA: Electrical equipment worth crores of rupees has been abandoned"]
    >>> sorted(dateline_teasers([body] + cards, [True] * 5))
    [1, 2, 3, 4]
    >>> dateline_teasers([body] + cards[:2] + [body], [True] * 4)  # the story goes on below: no list
    set()
    """
    n = len(units)
    end = n
    start = n
    while end - 2 >= 0:
        title, teaser = units[end - 2].strip(), units[end - 1].strip()
        if not (_CAPS_DATELINE.match(teaser) and not ends_sentence(teaser) and len(teaser.split()) <= DATELINE_TEASER_WORDS and _title(title) and not _CAPS_DATELINE.match(title)):
            break
        start = end - 2
        end -= 2
    if (n - start) // 2 < DATELINE_TEASERS_MIN:
        return set()
    above = next((i for i in range(start - 1, -1, -1) if keep[i]), None)
    if above is None or not ends_sentence(units[above]):
        return set()
    return {i for i in range(start, n) if keep[i]}


#: Other stories' titles and teasers closing the page come in at least this many pairs.
TITLED_TEASERS_MIN = 2


def titled_teasers(reasons: Sequence[str], keep: Sequence[bool], units: Sequence[str] = ()) -> set[int]:
    """Positions of kept paragraphs each right under a title the tail rule removed as another story's (``tail_list``),
    in a run of at least ``TITLED_TEASERS_MIN`` such pairs with nothing kept below the run but its teasers: a list of
    other stories' cards closing the page, each a title over its teaser (Swift Current Online, "Broncos Bus Crash
    Victims Honoured Today in Swift Current" over "The 30th anniversary of a local tragedy ...": the eighty-eighth
    collection, s1990). The titles went as a list; their teasers, long paragraphs, stayed as the story's. More than half of
    the teasers are clipped by an ellipsis, as cards are (given ``units``): a gift guide's or a listing's items, each a
    title over a description closed by a price or an hour, are the story's (a second read, rev51).

    Examples
    --------
    >>> reasons = ["", "", "tail_list", "", "tail_list", "", "justext:short"]
    >>> sorted(titled_teasers(reasons, [r == "" for r in reasons]))
    [3, 5]
    >>> units = ["Story.", "Story.", "Title", "A teaser clipped\u2026", "Title", "Wool socks ($18, shop.com)", "Share"]
    >>> sorted(titled_teasers(reasons, [r == "" for r in reasons], units))  # one item not clipped: a listing
    []
    >>> titled_teasers(reasons[:4] + [""], [True, True, False, True, True])  # the story goes on below one title: a crosshead
    set()
    """
    n = len(keep)
    kept = [i for i in range(n) if keep[i]]
    pairs: list[int] = []
    for i in reversed(kept):  # from the last kept unit up: each a teaser right under a removed title
        if i > 0 and reasons[i - 1] == "tail_list" and not keep[i - 1]:
            pairs.append(i)
        else:
            break
    if units and sum(units[i].rstrip().endswith(("\u2026", "...")) for i in pairs) * 2 <= len(pairs):
        return set()  # most clipped (the last card's teaser may carry a picture's file name after it: s1990)
    return set(pairs) if len(pairs) >= TITLED_TEASERS_MIN and len(pairs) < len(kept) else set()
