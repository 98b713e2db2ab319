"""Boxes of links inside a page: what stands among other stories' headlines is one of them.

Text copied from a page loses its links, the feature jusText relies on most for boxes of links
(other stories' headlines, "Top Stories", a newsletter offer printed twice). jusText's context
revision would remove a short paragraph between two bad ones; :mod:`analysis.boilerplate` keeps
every unit written as a sentence whatever its neighbours (a short lede, a live blog's item), so
a headline written as a question or a promo written as a sentence ("Which city serves the
strongest cup of coffee?", "All-access pass to the top stories and offers around town.") stays
when it stands in such a box. Rules of layout, no wording, bring the context back. Furniture here
is link-like: a unit removed as boilerplate that is not written as a sentence and does not merely
interrupt the body (an advert slot, a share bar, a rule: those the caller marks ``other``):

- **an island in a box of links** (:func:`islands`): below the body's first paragraph, a run of
  at most ``ISLAND_RUN`` kept units, each of ``ISLAND_WORDS`` words or fewer and none quoting
  anyone, with at least ``ISLAND_SIDE`` units of link-like furniture right above it and as many
  right below (a picture's caption or credit is read past): the run is part of the box;
- **a line printed twice around furniture** (:func:`separated_repeats`): two kept units with only
  removed furniture between them (at least one unit), each of ``REPEAT_WORDS`` words or fewer
  and of about the same length, sharing at least ``REPEAT_SHARE`` of the shorter one's word
  4-grams and quoting no one: a promo or a headline a page shows twice (its teaser and its
  link). Neighbouring units saying the same are :func:`analysis.repeats.repeats`' pairs;
- **a comment section** (:func:`comment_section`): after a comments heading ("Comments", "3
  thoughts on ...", "Leave a Reply": a unit the ``comments`` pattern removed, of
  ``COMMENT_HEADING_WORDS`` words or fewer, or one naming the story) with at least two kept prose
  units (or units of more than ``PARAGRAPH_WORDS`` words) above it and fewer
  kept units below it than above, what is kept below is readers' comments, not the article (a
  comments link in a share bar near the top has most of the body below it), unless it reads as
  the article going on: at least half of it reported news, paragraphs of ``REPORTED_WORDS``
  words or more with a reporting verb ("said", "told", "according to"; a comment counter in a
  share bar in mid-page, with the body's last paragraphs below it). A kept question to the reader
  right above such a heading ("What do you think?", the ``reader_question`` rows alone:
  :func:`analysis.furniture_patterns.question_to_reader`) is the form's prompt. And a comment's buttons
  ("Reply", "ReplyDelete": ``buttons``) below the body close each comment: a run of at most
  ``COMMENT_RUN`` kept units right above one, with furniture right above the run (not the body's
  last paragraph) and at least two kept prose units above that (the article), is a comment unless
  it reads as reported news (the article's last paragraphs under an advert slot), and so is its
  signature ("Jane Roe says:") above the comment's date.

Two rules give a description its place: under an author box's heading ("About the Author") below
the body, the unit or two that follow are the author's bio, whatever their wording
(:func:`author_box`); and a description of a site or a writer that a pattern removed
(``site_blurb``, ``author_bio``) but that stands between two kept units is the story's own (a story
about a media outlet or a journalist: an about box stands below the body, not inside it;
:func:`described_inside`).

Other stories offered under the body come as a headline and its standfirst, the standfirst
restating the headline (:func:`restated_teasers`): at the end of the text, a kept unit of
``TEASER_WORDS`` words, no sentence end and no quotation, most of whose content words (0.7) stand
in the kept prose unit right after it, is another story's headline, and that unit its standfirst
("Lahore's air quality remains hazardous at an index ranking of 447" / "Lahore's air quality
remained 'hazardous' with an air quality ranking of 447, according to ..."); pairs closing the
text are taken from the end, but not one right under a live page's time stamp (the page's last entry).

The headline printed again further down (a print header, a share box) is a kept unit whose
words are a headline's, four words or more (:func:`headline_copies`).

An embedded post (a tweet's text with its ``pic.twitter.com`` link, its signature "— Jane Roe
(@janeroe) May 3, 2020", an Instagram post) is the body showing what people posted, not a box of
links (:func:`is_embed`): the caller marks it ``other``, so a short body line between two tweets
("Others shared videos of the damage.") stays.

The rules were measured on the dev pages of ``data/validation/pages`` and on the 840 PolNeAR
articles (clean news, where nothing may go): see the commit messages.

Examples
--------
>>> units = ["Rescuers dug on Tuesday as the toll rose.", "More stories", "Floods hit Kerala", "Which city has the best coffee?", "Quake hits Japan", "Most read"]
>>> sorted(islands(units, ["keep", "furniture", "furniture", "keep", "furniture", "furniture"]))
[3]
>>> promo = "All-access pass to the top stories, events and offers around town."
>>> sorted(separated_repeats(["Ten died.", promo, "Top Stories", promo.replace("the top", "top")], ["keep", "keep", "furniture", "keep"]))
[1, 3]
>>> sorted(comment_section(["Ten died.", "Two were hurt.", "2 Comments", "So sad."], ["keep", "keep", "furniture", "keep"], [False, False, True, False]))
[3]
>>> islands([], []), separated_repeats([], []), comment_section([], [], [])
(set(), set(), set())
"""
from __future__ import annotations

import re
from typing import Sequence

from .calendar_words import month_number
from .furniture_patterns import agency_alternations, question_to_reader
from .promo_cards import CLOCK, is_card_date
from .justext_method import ends_sentence, is_prose, stopwords
from .repeats import word_grams
from .reporting import reports

#: The states a unit is in when the rules run: kept as body, removed as link-like furniture, removed
#: as top matter, read past (a picture's caption or credit), or removed otherwise.
KEEP, FURNITURE, TOP, TRANSPARENT, OTHER = "keep", "furniture", "top", "transparent", "other"

ISLAND_WORDS = 20
ISLAND_RUN = 2
ISLAND_SIDE = 2
REPEAT_WORDS = 30
REPEAT_SHARE = 0.6

_QUOTES = ('"', "\u201c", "\u201d")
_PUNCTUATION = {ord(c): " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb\u2022"}


#: An embedded social post: its link, or its signature (a dash, a name, the @handle and the date;
#: Instagram's "A post shared by" opening a line, a name and the @handle: not "a post shared by" in a sentence).
_EMBED = re.compile(
    r"pic\.twitter\.com/\w|\bt\.co/\w|instagram\.com/(?:p|reel)/|(?:^|\n)\s*a post shared by [^()\n]{1,60}\(@[\w.]{1,30}\)"
    r"|(?:^|\s)[\u2014\u2013-] ?[^()\n]{1,60}\(@\w{1,30}\) ?(?:\w+\.? \d{1,2},? \d{4}|\d{1,2} \w+ \d{4})",
    re.IGNORECASE,
)


def is_embed(unit: str) -> bool:
    """Whether the unit is (part of) an embedded social post.

    Examples
    --------
    >>> is_embed("— Jane Roe (@janeroe) May 3, 2020"), is_embed("The street this morning pic.twitter.com/x1Yz9"), is_embed("Related stories")
    (True, True, False)
    >>> is_embed("A post shared by Jane Roe (@jane.roe) on May 3, 2020"), is_embed("The clip, first a post shared by a passing motorist on Facebook, was viewed (@ times)")
    (True, False)
    """
    return _EMBED.search(unit) is not None


def embed_start(unit: str, start: int = 0) -> int:
    """Where the first mark of an embedded post (:func:`is_embed`) begins at or after ``start``; -1 if none.

    Examples
    --------
    >>> embed_start("The street this morning pic.twitter.com/x1Yz9"), embed_start("Related stories")
    (24, -1)
    """
    found = _EMBED.search(unit, start)
    return found.start() if found else -1


def islands(units: Sequence[str], states: Sequence[str]) -> set[int]:
    """Positions of kept units standing in a box of links (see the module's description).

    ``states`` gives each unit's state: ``keep``, ``furniture``, ``top``, ``transparent`` or ``other``.

    Examples
    --------
    >>> body = "Rescuers dug through the rubble on Tuesday as the toll rose, officials said."
    >>> islands([body, "Advertisement", "He declined to comment.", body], ["keep", "furniture", "keep", "keep"])
    set()
    """
    seen = [i for i, s in enumerate(states) if s != TRANSPARENT]
    out: set[int] = set()
    started = False  # a kept prose unit above: the body has begun
    k = 0
    while k < len(seen):
        i = seen[k]
        if states[i] != KEEP:
            k += 1
            continue
        run = k
        while run < len(seen) and states[seen[run]] == KEEP:
            run += 1
        members = seen[k:run]  # a run of kept units (captions read past)
        above = [states[j] for j in seen[max(0, k - ISLAND_SIDE) : k]]
        below = [states[j] for j in seen[run : run + ISLAND_SIDE]]
        if (
            started
            and len(members) <= ISLAND_RUN
            and above == [FURNITURE] * ISLAND_SIDE
            and below == [FURNITURE] * ISLAND_SIDE
            and all(len(units[j].split()) <= ISLAND_WORDS and not any(q in units[j] for q in _QUOTES) for j in members)
            and not (_goes_on(units, states, members[0]) and _kept_above(states, members[0]) not in out)  # carries on a paragraph, not another island
        ):
            out.update(members)
        started = started or any(is_prose(units[j]) for j in members)
        k = run
    return out


def _kept_above(states: Sequence[str], i: int) -> int | None:
    return next((j for j in range(i - 1, -1, -1) if states[j] == KEEP), None)


def _goes_on(units: Sequence[str], states: Sequence[str], i: int) -> bool:
    """Whether kept unit ``i`` carries on the sentence of the last kept unit above it: it opens in lower case
    and that unit stops without a sentence's end ("... a vagrant left a fire burning behind" / two captions /
    "the building, at around 11:00 hrs yesterday.": a picture set inside a paragraph, the twenty-second site sets, s962).

    >>> _goes_on(["The fire started behind", "Flames ablaze", "the building, at 11:00 hrs.", "Home"], ["keep", "furniture", "keep", "furniture"], 2)
    True
    >>> _goes_on(["The fire started.", "Flames ablaze", "the building, at 11:00 hrs.", "Home"], ["keep", "furniture", "keep", "furniture"], 2)
    False
    """
    if not units[i].split()[0].islower():  # the first word in lower case ("eBay sellers ..." is a name: a second read)
        return False
    above = _kept_above(states, i)
    return above is not None and not ends_sentence(units[above]) and units[above].rstrip()[-1:].isalpha()


def separated_repeats(units: Sequence[str], states: Sequence[str]) -> set[int]:
    """Positions of two kept units that repeat each other with only furniture between them (see
    the module's description).

    Examples
    --------
    >>> said = "The bridge will reopen on Monday, the council said."
    >>> separated_repeats([said, "Advertisement", said + " Work began in May after a long delay in the tender."], ["keep", "furniture", "keep"])
    set()
    """
    kept = [i for i, s in enumerate(states) if s == KEEP]
    out: set[int] = set()
    for i, j in zip(kept, kept[1:]):
        between = [states[m] for m in range(i + 1, j)]
        if not between or FURNITURE not in between or TOP in between:
            continue
        if max(len(units[i].split()), len(units[j].split())) > REPEAT_WORDS or any(q in units[i] + units[j] for q in _QUOTES):
            continue
        a, b = word_grams(units[i]), word_grams(units[j])
        short, long = sorted((len(a), len(b)))
        if short >= 4 and long <= 1.5 * short and len(a & b) >= REPEAT_SHARE * short:
            out |= {i, j}
    return out


#: A comment's title over its stamp has at most this many words ("@ jed.", "The Whacky Races").
COMMENT_TITLE_WORDS = 6
#: A comments heading is a removed unit of at most this many words ("3 thoughts on ..." is longer
#: when it names the story: its first words decide).
COMMENT_HEADING_WORDS = 8


#: A comments heading that names the story ('One Comment on "Suspect Arrested in ..."'): its first words decide.
_NAMES_STORY = re.compile(r"(?:\d+|one|no) (?:thoughts?|responses?|comments?|repl(?:y|ies)) (?:on|to) [\"'\u201c\u2018]", re.IGNORECASE)
#: A paragraph of the article going on below a comment counter: this many words and a reporting verb.
REPORTED_WORDS = 20
#: A kept unit this long counts as a paragraph of the article above a comments heading, whatever its
#: end ("... hurt by flying glass....(read more)").
PARAGRAPH_WORDS = 25
#: At most this many kept units right above a comment's buttons are the comment.
COMMENT_RUN = 2


def _reported(unit: str) -> bool:
    """A paragraph of news reporting: long enough and attributing what it says."""
    return len(unit.split()) >= REPORTED_WORDS and reports(unit)


#: A comment section's heading counting its answers to a title ("7 Responses to Three-vehicle smash up"), in the shape of a
#: headline counting answers or thoughts too ("5 responses to Trump's tariffs that could work"; a second read).
COUNT_HEADING = re.compile(r"(?:\d+|one|no) (?:responses?|comments?|thoughts?) (?:to|on) (?P<title>\S.*)", re.IGNORECASE)


#: A comment's stamp: when it was posted and by whom ("Posted on 02-12-2019 17:33 | By Slim Shady").
_COMMENT_STAMP = re.compile(
    r"(?:posted|submitted|commented)(?: on| at)? [^|\n]{6,40}? ?\| ?by (?P<name>[^|\n]{1,40})"
    # WordPress's comment signature: its number or bullet, the commenter's name, the date and "at" the time
    r"|(?:\d{1,3}\. |[\u2022*] )?(?!(?:updated|posted|published|modified|edited|created|submitted|last|first|originally|filed|written|dated|date|on|by)\b)"  # a page's own stamp ("Updated ...": a second read)
    r"(?P<signed>(?-i:[A-Z])[\w.'\u2019-]*(?: [\w.'\u2019-]+){0,4}) (?P<month>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? (?P<day>\d{1,2}),? (?P<year>\d{4}),? at (?P<hour>\d{1,2}):(?P<minute>\d{2}) ?(?P<half>[ap])\.?m\.?",
    re.IGNORECASE,
)


#: A comment's stamp has at most this many characters.
STAMP_MAX_CHARS = 120
#: One-word signatures that are the site's, not a reader's handle: its staff.
_STAFF = frozenset({"admin", "administrator", "staff", "editor", "editors", "newsroom", "webmaster", "desk", "reporter", "team"})


def _handle(name: str) -> bool:
    """Whether a stamp's name is a reader's handle: one word, neither the site's staff nor a news agency ("By Reuters").

    >>> _handle("morepork"), _handle("Reuters"), _handle("admin"), _handle("Jane Roe")
    (True, False, False, False)
    """
    words = name.split()
    return len(words) == 1 and words[0].lower() not in _STAFF and not re.fullmatch(agency_alternations()[0], words[0], re.IGNORECASE)


def _when(m: re.Match[str]) -> tuple[int, ...]:
    """A WordPress signature's date and time, to order them."""
    hour = int(m.group("hour")) % 12 + (12 if m.group("half").lower() == "p" else 0)
    return (int(m.group("year")), month_number(m.group("month")), int(m.group("day")), hour, int(m.group("minute")))


def comment_stamps(units: Sequence[str]) -> list[bool]:
    """Which units are a comment's stamp: "Posted on <date> | By <name>" when one of the page's is signed with a
    reader's handle (one word, :func:`_handle`: "By morepork"; a live blog's or a letters page's entries are signed
    with names, "By Jane Carter", "By Reuters": a second read), and WordPress's comment signature (a name, the date
    and "at" the time: "2. Hal Austin February 18, 2017 at 10:22 am") when the page prints two or more (the
    twenty-second and twenty-fourth site sets, s958, s959, s1009-s1011).

    >>> comment_stamps(["Posted on 02-12-2019 17:33 | By Slim Shady", "So many cars.", "Posted on 02-12-2019 14:06 | By dumbkof2"])
    [True, False, True]
    >>> comment_stamps(["Posted on 02-12-2019 17:33 | By Jane Roe", "Ten died.", "Posted at 9:15 a.m. | By Jane Carter"])
    [False, False, False]
    >>> comment_stamps(["2. Hal Austin February 18, 2017 at 10:22 am", "Not again.", "\u2022 Nat February 18, 2017 at 10:36 am"])
    [True, False, True]
    """
    # a stamp is short and holds a figure: most units stop at the cheap tests
    found = [_COMMENT_STAMP.fullmatch(" ".join(u.split())) if len(u) <= STAMP_MAX_CHARS and any(c.isdigit() for c in u) else None for u in units]
    handles = any(m is not None and m.group("name") and _handle(m.group("name")) for m in found)
    times = [_when(m) for m in found if m is not None and m.group("signed")]
    signed = len(times) >= 2 and times[0] <= times[-1]  # readers' comments run oldest first; a live blog's entries, newest first (a second read)
    if signed:
        last = max(i for i, m in enumerate(found) if m is not None and m.group("signed"))
        signed = not any(_reported(u) for u in units[last + 2 :])  # the story reporting again below the messages it quotes (a second read)
    return [m is not None and bool((m.group("name") and handles) or (m.group("signed") and signed)) for m in found]


def comment_section(units: Sequence[str], states: Sequence[str], headings: Sequence[bool], buttons: Sequence[bool] = (), tabs: Sequence[bool] = (), stamps: Sequence[bool] = ()) -> set[int]:
    """Positions of kept units below a comments heading that stands below the body's first
    prose unit (``headings``: which units the ``comments`` pattern removed), and of kept units
    right above a comment's buttons (``buttons``: which units are "Reply" and the like). A comment
    section's own tabs (``tabs``: two or more of "All Comments", "Website Comments", "LatestOldest"
    within ``TAB_SPAN`` units) head the comments however many they are: a share bar's comments link,
    or a crosshead "Website comments", is one line (the twentieth site sets, s874, s876; a second read).
    A comment's stamp (``stamps``: :func:`comment_stamps`) heads the comments as a heading does, with the
    comment's short title right above it ("@ jed.", "Hey Slim Shady"); under a heading counting them ("Comments - 56"),
    two removed stamps of a date and a time ("Friday, 05 February 2010 12:33 PM"), no more than it counts, say comments
    however many they are (the thirty-second site sets, s1143).

    Examples
    --------
    >>> comment_section(["Ten died.", "2 Comments", "Two were hurt.", "Roads shut."], ["keep", "furniture", "keep", "keep"], [False, True, False, False])
    set()
    >>> states = ["keep", "keep", "keep", "furniture", "keep", "furniture"]
    >>> sorted(comment_section(["Ten died.", "Two were hurt.", "Roads shut.", "Advertise with us", "So sad.", "Reply"], states, [False] * 6, [False] * 5 + [True]))
    [4]
    """
    out: set[int] = set()
    above = 0  # kept prose units above
    for i, (unit, state) in enumerate(zip(units, states)):
        if state == KEEP and (is_prose(unit) or len(unit.split()) > PARAGRAPH_WORDS):
            above += 1
        elif above >= 2 and headings[i] and (len(unit.split()) <= COMMENT_HEADING_WORDS or _NAMES_STORY.match(unit)):
            below = {j for j in range(i + 1, len(units)) if states[j] == KEEP}
            # Comments close a page: a comments link in a share bar has the body below it, more
            # of it than above (near the top) or paragraphs of reported news (in mid-page).
            tabbed = sum(tabs[j] for j in range(i, min(i + TAB_SPAN, len(tabs)))) >= 2  # a section's tabs, not a share bar's one link
            tabbed = tabbed or sum(stamps[i:]) >= 2  # comments under two stamps or more, however many they are
            timed = sum(CLOCK.search(units[j]) is not None and is_card_date(_DATE_TIME_DASH.sub(" ", units[j].lstrip("\u2022*- "))) for j in range(i + 1, len(units)))  # kept or removed
            counted = _COUNTED.search(unit)  # the heading counts the comments ("Comments - 56"): at least as many as the stamps under it
            tabbed = tabbed or (timed >= 2 and counted is not None and int(counted.group()) >= timed)  # (s1143; a bare "Comments" link over a live blog's stamped entries is none: a second read)
            tabbed = tabbed or (RECENT_COMMENTS.fullmatch(unit.strip()) is not None and signed_comments(units, i))  # "Recent comments" over signed, stamped comments (s1597)
            if (len(below) < above or tabbed) and (not below or 2 * sum(_reported(units[j]) for j in below) < len(below)):
                out |= below
                if i < len(stamps) and stamps[i]:
                    if state == KEEP:
                        out.add(i)  # the first stamp, kept by the general rule
                    if states[i - 1] == KEEP and len(units[i - 1].split()) <= COMMENT_TITLE_WORDS:
                        out.add(i - 1)  # the first comment's title over its stamp
                if states[i - 1] == KEEP and question_to_reader(units[i - 1]):
                    out.add(i - 1)  # the page's question to the reader right above its comment form ("What do you think?")
                break
        elif above >= 2 and i < len(buttons) and buttons[i]:
            start = i
            while start > 0 and states[start - 1] == KEEP:
                start -= 1
            body_above = sum(states[j] == KEEP and (is_prose(units[j]) or len(units[j].split()) > PARAGRAPH_WORDS) for j in range(start))
            reported = any(_reported(units[j]) for j in range(start, i))  # news paragraphs attributing what they say: the article's end
            if 0 < i - start <= COMMENT_RUN and start > 0 and states[start - 1] != KEEP and body_above >= 2 and not reported:
                out.update(range(start, i))  # a comment under the article: the article's paragraphs stay above it
                sign = start - 2  # its signature above its date ("Jane Roe says:" over "May 3, 2023 at 4:12 pm")
                if sign > 0 and states[sign] == KEEP and is_card_date(units[start - 1]) and _SIGNATURE.fullmatch(units[sign].strip()):
                    out.add(sign)
    return out


#: A dash or bar between a stamp's date and its time ("October 04, 2012 - 09:38").
_DATE_TIME_DASH = re.compile(r"[^\S\n]+[-\u2013|][^\S\n]+(?=\d{1,2}:\d\d)")
#: A heading naming readers' comments with no count ("Recent comments", "Readers' comments"): it heads comments when
#: two stamps of a date and a time stand under it (the sixty-second collection, s1597).
RECENT_COMMENTS = re.compile(r"(?i:(?:recent|latest|newest|readers?['\u2019]?|reader) comments):?")
#: A commenter's name as a comment list prints it: a bullet, then a name or handle of at most this many words.
_BULLET_NAME = re.compile(r"[\u2022*\u25cf\u25aa-][^\S\n]*\S+(?:[^\S\n]+\S+){0,5}")


def signed_comments(units: Sequence[str], heading: int) -> bool:
    """Whether comments signed and stamped start right under ``heading``: two or more of a bulleted name ("\u2022 Slow
    Down") over a stamp of a date and a time ("October 05, 2012 - 15:45") over the comment's text, the first right under
    the heading. A live blog's entries under "Latest comments" have stamps but no bulleted names; a sidebar's widget of
    recent comments has the story, not a comment, under it (a second read)."""
    signed, j = 0, heading + 1
    while j + 2 < len(units) and _BULLET_NAME.fullmatch(units[j].strip()) and CLOCK.search(units[j + 1]) and is_card_date(_DATE_TIME_DASH.sub(" ", units[j + 1].strip())):
        signed += 1
        j += 3
        while j < len(units) and not _BULLET_NAME.fullmatch(units[j].strip()) and len(units[j].split()) > 6:
            j += 1  # the comment's text, one paragraph or more
    return signed >= 2


#: A comments heading's count ("Comments - 56", "56 Comments", "Comments (12)").
_COUNTED = re.compile(r"\d{1,5}")
#: A comment section's tabs stand within this many units of each other ("All Comments", "Website Comments", "LatestOldest").
TAB_SPAN = 5


#: A comment's signature line: a name (or handle) of up to five words and "says:", "said...", "wrote:".
_SIGNATURE = re.compile(r"[\w@][\w'\u2019.@-]*(?: [\w'\u2019.@-]+){0,4} (?:says|said|wrote|writes)(?::|\.{3}|\u2026)")


#: Under an author box's heading, at most this many units of at most BIO_WORDS words are the bio.
BIO_UNITS = 2
BIO_WORDS = 80


#: An author box's heading naming its writer: "About the Author: Leith Dunick" (TBNewsWatch, the eighty-eighth collection, s1997).
_NAMED_AUTHOR_HEADING = re.compile(r"about the (?:author|writer|reporter): ((?-i:[A-Z][\w.'\u2019-]*)(?: (?-i:[A-Z][\w.'\u2019-]*)){1,3})", re.IGNORECASE)


def _named_heading(units: Sequence[str], i: int) -> bool:
    """Whether unit ``i`` is an author box's heading naming a writer whose name stands alone right above it: a
    book review's "About the Author: Maria Delgado" over the book's author's biography is the review's (a second read, rev51)."""
    found = _NAMED_AUTHOR_HEADING.fullmatch(units[i].strip())
    return bool(found) and i > 0 and units[i - 1].strip() == found.group(1)


def author_box(units: Sequence[str], states: Sequence[str], headings: Sequence[bool]) -> set[int]:
    """Positions of kept units right under an author box's heading (``headings``) that stands
    below at least two kept prose units: up to ``BIO_UNITS`` units of ``BIO_WORDS`` words or
    fewer, up to the next removed unit; and the writer's name right over a heading that names them
    ("About the Author: Jane Roe").

    Examples
    --------
    >>> units = ["Ten died, officials said.", "Two were hurt.", "About the Author", "Jane Roe is the editor of Safety Weekly."]
    >>> sorted(author_box(units, ["keep", "keep", "furniture", "keep"], [False, False, True, False]))
    [3]
    >>> author_box(units[2:] + units[:2], ["furniture", "keep", "keep", "keep"], [True, False, False, False])
    set()
    >>> sorted(author_box(units[:2] + ["Jane Roe", "About the Author: Jane Roe"] + units[3:], ["keep"] * 5, [False] * 5))
    [2, 3, 4]
    >>> sorted(author_box(units[:2] + ["About the Author: Jane Roe"] + units[3:], ["keep"] * 4, [False] * 4))  # a review's section, no name above
    []
    """
    out: set[int] = set()
    above = 0
    for i, (unit, state) in enumerate(zip(units, states)):
        if state == KEEP and is_prose(unit):
            above += 1
        elif above >= 2 and (headings[i] or _named_heading(units, i)):
            if not headings[i]:
                out |= {k for k in (i - 1, i) if states[k] == KEEP}  # the writer's name printed over the box that names them ("Leith Dunick" over "About the Author: Leith Dunick")
            for j in range(i + 1, min(len(units), i + 1 + BIO_UNITS)):
                if states[j] != KEEP or len(units[j].split()) > BIO_WORDS:
                    break
                out.add(j)
    return out


def described_inside(states: Sequence[str], described: Sequence[bool]) -> set[int]:
    """Positions of units a description pattern removed (``described``: a site's or a writer's
    description) whose nearest neighbours on both sides (pictures' captions read past) are kept:
    the story's own sentences, inside its body.

    Examples
    --------
    >>> sorted(described_inside(["keep", "furniture", "keep", "furniture"], [False, True, False, True]))
    [1]
    """
    seen = [i for i, s in enumerate(states) if s != TRANSPARENT]
    return {
        i for k, i in enumerate(seen)
        if described[i] and 0 < k < len(seen) - 1 and states[seen[k - 1]] == KEEP and states[seen[k + 1]] == KEEP
    }


#: A teaser's headline has this many words (a crosshead is shorter; a paragraph longer).
TEASER_WORDS = (7, 20)
#: At least this many content words of the headline, and this share of them in its standfirst.
TEASER_CONTENT = 5
TEASER_SHARE = 0.7
_TOKEN = re.compile(r"[\w']+")


def _content(unit: str) -> set[str]:
    """Content words as a teaser's headline and its standfirst compare. Not :func:`analysis.repeats.content_words`
    (on purpose: jusText's longer stop list drops "every" and "town", and a closing quote stays on its word), with which
    "‘We will rebuild every home’, says the mayor of the town" over the body's last paragraph would be a teaser
    (tests.test_furniture_layout_f11); on PolNeAR, the pages and NFC the two give the same tables."""
    words = _TOKEN.findall(unit.lower().replace("\u2019", "'"))
    return {w for w in words if w not in stopwords() and (len(w) > 2 or w.isdigit())}


#: The first card's title whose standfirst went has at least this many removed units below it (its standfirst and the next cards).
ORPHAN_CARDS_BELOW = 3


def restated_teasers(units: Sequence[str], states: Sequence[str], stamps: Sequence[bool] = ()) -> set[int]:
    """Positions of headline-and-standfirst pairs closing the text (see the module's description).
    A pair right under a live page's time stamp (``stamps``) is that page's last entry, not a teaser.

    Examples
    --------
    >>> body = "Schools will stay shut for two more days after the air quality worsened, officials said."
    >>> head = "Lahore's air quality remains hazardous at an index ranking of 447"
    >>> stand = "Lahore's air quality remained hazardous with an air quality ranking of 447, according to the index list."
    >>> sorted(restated_teasers([body, head, stand], ["keep"] * 3))
    [1, 2]
    >>> restated_teasers([body, "Schools to stay shut", body], ["keep"] * 3), restated_teasers([], [])
    (set(), set())
    >>> restated_teasers([body, "10:32 a.m.", head, stand], ["keep", "transparent", "keep", "keep"], [False, True, False, False])
    set()
    >>> sorted(restated_teasers([body] * 3 + [head, stand, head, stand], ["keep"] * 4 + ["other"] * 3))  # its standfirst already gone
    [3]
    >>> restated_teasers([body] * 3 + [head, stand], ["keep"] * 4 + ["other"])  # nothing more below: no list of cards
    set()
    """
    kept = [i for i, s in enumerate(states) if s == KEEP]
    out: set[int] = set()

    def pair(head: int, stand: int) -> bool:  # a headline over a standfirst restating it
        if stamps and head > 0 and stamps[head - 1]:
            return False  # a live entry's heading under its time stamp
        words = len(units[head].split())
        if not (TEASER_WORDS[0] <= words <= TEASER_WORDS[1]) or ends_sentence(units[head]) or any(q in units[head] for q in _QUOTES):
            return False
        if not is_prose(units[stand]):
            return False
        content = _content(units[head])
        return len(content) >= TEASER_CONTENT and len(content & _content(units[stand])) >= TEASER_SHARE * len(content)

    while len(kept) >= 3 and pair(kept[-2], kept[-1]):  # body above the pair
        out |= {kept[-2], kept[-1]}
        kept = kept[:-2]
    # The last kept unit, a headline whose standfirst right under it another rule removed (a list of cards whose
    # other titles went as short lines; the twenty-fifth site sets, s1038): the first card's title, when at least
    # ORPHAN_CARDS_BELOW removed units follow it (a story's last paragraph without its stop, a print note restating it
    # below: a second read).
    if len(kept) >= 4 and len(units) - kept[-1] > ORPHAN_CARDS_BELOW and states[kept[-1] + 1] != KEEP and pair(kept[-1], kept[-1] + 1):
        out.add(kept[-1])  # ... with more removed below it than its standfirst (a list of cards, not a print note restating the story)
    return out


def headline_copies(units: Sequence[str], keep: Sequence[bool], headlines: Sequence[bool]) -> set[int]:
    """Positions of kept units that repeat a headline (``headlines``) word for word, four words or
    more: the headline printed again (a print header, a share box), never a paragraph of the body.
    A text that is only its headline keeps it.

    Examples
    --------
    >>> units = ["13 trapped in coal-mine blast", "Rescuers dug on.", "13 trapped in coal-mine blast", "Gas hampered them."]
    >>> sorted(headline_copies(units, [False, True, True, True], [True, False, False, False]))
    [2]
    >>> headline_copies(units[:1] * 2, [False, True], [True, False]), headline_copies([], [], [])
    (set(), set())
    """
    heads = {_words(u) for u, h in zip(units, headlines) if h and len(u.split()) >= 4}
    copies = {i for i, unit in enumerate(units) if heads and keep[i] and _words(unit) in heads}
    return copies if sum(keep) > len(copies) else set()


def _words(unit: str) -> str:
    return " ".join(unit.lower().translate(_PUNCTUATION).split())
