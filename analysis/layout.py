"""Layout: a page's text as blocks (separated by blank lines), paragraphs and units.

A unit is what cleaning judges as body or furniture: a paragraph of wrapped prose, or a line of a
block of short lines (a header: section, headline, byline, date; headlines in title case one under
another). Furniture run into a paragraph is a unit of its own, so that it goes and the paragraph
stays: a wire credit closing it ("... the accident. (Xinhua/NAN)", "... by Friday. — PTI":
:func:`split_closing_credit`) and an advert's label glued before it ("Hide AdRachel Reeves ...":
:func:`split_advert_label`).

Examples
--------
>>> [block_units(b) for b in split_blocks("World\\nQuake toll rises\\n\\nRescuers dug on.")]
[['World', 'Quake toll rises'], ['Rescuers dug on.']]
>>> split_blocks("")
[]
"""
from __future__ import annotations

import re
from functools import lru_cache

from .boilerplate import ends_sentence, match_pattern
from .bullets import is_bullet
from .furniture_patterns import agency_alternations
from .reporting import reports
from .title_case import is_title_case
from .topmatter import is_date_line

def split_blocks(text: str) -> list[list[str]]:
    """Blocks separated by blank lines, each a list of its stripped lines.

    A text with no blank line at all has one block per non-empty line (many exports put
    one paragraph on each line), except that a line going on in lower case after a line with no
    end punctuation, or after a line ending on a word such as "with", continues the block
    (hard-wrapped text).

    Examples
    --------
    >>> split_blocks("Russia said on Tuesday that some\\ntroops were leaving.\\nNATO doubted it.")
    [['Russia said on Tuesday that some', 'troops were leaving.'], ['NATO doubted it.']]
    >>> split_blocks("One\\ntwo.\\n\\n\\n  Three.  \\n")
    [['One', 'two.'], ['Three.']]
    >>> split_blocks("One.\\nTwo."), split_blocks("   \\n")
    ([['One.'], ['Two.']], [])

    An indented line after a line that ends a sentence opens a paragraph of its own (a page indenting
    its paragraphs, with no blank line between them):

    >>> split_blocks("Title\\n\\nA man checks a car in St. Marys.\\n  A boy faces charges.\\n  He fled.")
    [['Title'], ['A man checks a car in St. Marys.'], ['A boy faces charges.'], ['He fled.']]
    >>> split_blocks("Title\\n\\nThe talk is at 7 p.m.\\n  Tuesday in the hall.")
    [['Title'], ['The talk is at 7 p.m.', 'Tuesday in the hall.']]
    """
    lines = [line.strip() for line in text.split("\n")]
    has_blank = any(not line for line in lines[1:-1]) if len(lines) > 2 else False
    if not has_blank:
        # One paragraph per line, except that a line going on in lower case after a line with no
        # end punctuation continues it (hard-wrapped text: a sentence is not cut at a line end).
        filled = [line for line in lines if line]
        width = _hard_wrap_width(filled)
        wrapped = _wrapped_joins(filled, width) if width else [False] * len(filled)
        out: list[list[str]] = []
        for n, line in enumerate(filled):
            if out and (_continues(out[-1][-1], line) or wrapped[n]):
                out[-1].append(line)
            else:
                out.append([line])
        # a hard-wrapped paragraph is one unit (its lines were only joined where no furniture, item or label stands)
        return [[join_lines(block)] for block in out] if width else out
    blocks, current = [], []
    for raw, line in zip(text.split("\n"), lines):
        if line and current and raw.startswith("  ") and _indent_opens(current, line):
            blocks.append(current)  # an indented line after a sentence's end opens a paragraph (a page printing its paragraphs so)
            current = []
        if line:
            current.append(line)
        elif current:
            blocks.append(current)
            current = []
    if current:
        blocks.append(current)
    # a text wrapped to one width, its paragraphs apart (read on all its lines, as a text with no blank line: read on
    # the blocks of two lines or more only, it lost four held-out body lines, the aggregate toggled once)
    width = _hard_wrap_width([line for block in blocks for line in block])
    return [piece for block in blocks for piece in _wrapped_paragraphs(block, width)] if width else blocks


def _wrapped_paragraphs(block: list[str], width: int) -> list[list[str]]:
    """A block of a hard-wrapped text (``width``: :func:`_hard_wrap_width` of the whole text) as its paragraphs, each
    one line (a paragraph's lines are joined where :func:`_wrapped_joins` or :func:`_continues` says a line goes on,
    as a text with no blank line is read, never across furniture or a list's item), when :func:`block_units` would
    read it line by line, most of its lines (but the last) fill the width, and a line of it goes on
    from another; else the block as it is (a header's short lines, a line of furniture), for :func:`block_units` to read.
    Blank lines apart do not say that a text is not wrapped: a copy may wrap each paragraph and leave a blank line
    between them, or between its header and a body whose paragraphs stand one under another (the thirty-third session)."""
    if len(block) < 2 or len(block_units(block)) == 1:
        return [block]  # a block read whole stays whole (a paragraph of a sentence a line)
    fill = (NARROW_WRAP_FILLED if width < HARD_WRAP_WIDTH[0] else HARD_WRAP_FULL) * width
    if sum(len(line) >= fill for line in block[:-1]) * 2 < len(block) - 1 and not (len(block) == 2 and _continues(*block)):
        return [block]  # most of its lines short of the width: a table, an address, a schedule, a box of short lines (a second read,
        # rev51); two lines, the second going on from the first, are one (a headline broken in a narrow column: "Council backs" / "new bridge plan")
    if not any(line[:1].islower() or line[:1].isdigit() for line in block[1:]):
        return [block]  # no line goes on in lower case: other stories' headlines, an index box's, one a line (a second read, rev51)
    joins = _wrapped_joins(block, width, continues=True)
    if not any(joins):
        return [block]
    out: list[list[str]] = []
    for line, join in zip(block, joins):
        if join and out:
            out[-1].append(line)
        else:
            out.append([line])
    return [[join_lines(lines)] for lines in out]


def _indent_opens(current: list[str], line: str) -> bool:
    """Whether an indented ``line`` opens a paragraph under the block's lines ``current``: the line above
    ends a sentence (by the sentence rules: not "Dr." or "7 p.m." at a wrapped line's end) and is no full
    line of a hard-wrapped block with a margin (a wrapped line may end a sentence by chance: a second read).
    Tabs are spaces by now (:func:`analysis.characters.normalize_spaces`)."""
    above = current[-1]
    if not ends_sentence(above):
        return False
    width = max(len(row) for row in current)
    if len(current) > 1 and HARD_WRAP_WIDTH[0] <= len(above) <= HARD_WRAP_WIDTH[1] and len(above) >= HARD_WRAP_FULL * width:
        return False
    from .boundaries import split_spans  # imported here: boundaries reads instruments this module's importers load first

    return any(end == len(above) for _, end in split_spans(f"{above} {line}"))


#: Hard-wrapped text (a plain-text export, a press release, a page store's copy) fills most of its lines to one width:
#: at least ``HARD_WRAP_SHARE`` of its lines (``HARD_WRAP_LINES`` at least) are ``HARD_WRAP_FULL`` of the width or more
#: (a paragraph's short last line and, in some copies, its first word alone make up the rest),
#: the width between ``HARD_WRAP_WIDTH`` characters (a line per paragraph is wider, and varies).
HARD_WRAP_LINES, HARD_WRAP_SHARE, HARD_WRAP_FULL, HARD_WRAP_WIDTH = 6, 0.5, 0.85, (55, 100)
#: ... and at least this share of its full lines go on into a line opening in lower case or with a figure.
HARD_WRAP_GOING_ON = 0.3
#: A narrow column's copy (a printed page's column, a PDF, a phone's screen) is wrapped under ``HARD_WRAP_WIDTH``'s
#: least width, to ``NARROW_WRAP_WIDTH`` characters or more, often ragged (its lines are not all full). A menu's, a
#: list's or a header's lines are as short, so a narrow copy must show its wrap in its sentences: of its lines
#: (``NARROW_WRAP_LINES`` at least), of those filled to ``NARROW_WRAP_FILLED`` of the width or more,
#: ``NARROW_WRAP_GOING_ON`` (and ``NARROW_WRAP_MIN_GOING_ON`` at least) end with no mark and go on into a line opening
#: in lower case or with a figure (a menu or a list of tags in lower case has short items; other stories' headlines
#: open with capitals).
NARROW_WRAP_WIDTH, NARROW_WRAP_LINES, NARROW_WRAP_GOING_ON, NARROW_WRAP_FILLED, NARROW_WRAP_MIN_GOING_ON = 25, 10, 0.35, 0.6, 4


def _hard_wrap_width(lines: list[str]) -> int:
    """The width a hard-wrapped text fills its lines to, or 0 when the text is not hard-wrapped.

    >>> _hard_wrap_width(["Alhagie", "Basiru Jallow, Tijan Jeng, Muhammed Suso, Lamin Saidyleigh, Saikou Bah, Ousman",
    ...     "Fofana, Samba Jeng, Lamin Fatty, Momodou Alieu Kanteh, Ousman Touray, Kawsu",
    ...     "Sawaneh, Essa Jeng, Banna Saho, Omar Touray and Fabakary Bajo were on 6 April,",
    ...     "2020, convicted and sentenced to a fine of D5,000 in default to serve six",
    ...     "months' imprisonment. The Kanifing Magistrates' Court presided over by", "Magistrate P. Sarr convicted them for"])
    78
    >>> _hard_wrap_width(["Quake toll rises", "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials said.", "More were missing."])
    0
    """
    if len(lines) < HARD_WRAP_LINES:
        return 0
    lengths = sorted(len(line) for line in lines)
    width = lengths[int(0.9 * (len(lengths) - 1))]  # the widest lines but a few (a line of a table, a web address)
    if NARROW_WRAP_WIDTH <= width < HARD_WRAP_WIDTH[0]:
        return width if _narrow_wrapped(lines, width) else 0
    if not HARD_WRAP_WIDTH[0] <= width <= HARD_WRAP_WIDTH[1]:
        return 0
    full = [i for i, line in enumerate(lines[:-1]) if HARD_WRAP_FULL * width <= len(line) <= width + 5]
    if len(full) < HARD_WRAP_SHARE * len(lines):
        return 0
    # a wrapped line's sentence goes on: the next line opens in lower case or a figure (other stories' headlines one a line,
    # each as long, open with a capital)
    going_on = sum(lines[i + 1][:1].islower() or lines[i + 1][:1].isdigit() for i in full)
    return width if going_on >= HARD_WRAP_GOING_ON * len(full) else 0


def _narrow_wrapped(lines: list[str], width: int) -> bool:
    """Whether lines at most ``width`` characters wide (but a few) are a narrow column's wrapped sentences
    (``NARROW_WRAP_*``).

    >>> _narrow_wrapped(["Fire destroyed a barn on", "County Road 9 early Sunday,", "killing 30 head of cattle,", "the county fire chief said.",
    ...     "Firefighters from three", "departments fought the", "blaze for about four hours.", "The cause is under",
    ...     "investigation, the chief", "said on Monday."], 27)
    True
    >>> _narrow_wrapped(["Home", "News", "Local news", "Sports", "High school sports", "Weather", "Traffic", "Obituaries",
    ...     "Barn fire in Millville", "Grass fire burns 40 acres"], 25)
    False
    """
    if len(lines) < NARROW_WRAP_LINES:
        return False
    filled = [(line, below) for line, below in zip(lines, lines[1:]) if len(line) >= NARROW_WRAP_FILLED * width]
    going_on = sum(not line.rstrip(_CLOSERS).endswith(_END_MARKS) and (below[:1].islower() or below[:1].isdigit()) for line, below in filled)
    return going_on >= max(NARROW_WRAP_MIN_GOING_ON, NARROW_WRAP_GOING_ON * len(filled))


#: A copy that breaks off its paragraphs' first words does so this many times at least ("Alhagie", "In", "However,").
FIRST_WORD_HABIT = 3
_LINE_LABEL = re.compile(r"(?:\d{1,2}[:.]\d{2}\b|\d{1,3}[.)][^\S\n]|[A-Z][\w-]*(?:[^\S\n][A-Z][\w-]*)?:[^\S\n])")  # "8:14 a.m.", "1. ", "Subject: "
_END_MARKS = (".", "!", "?", ":", "\"", "\u201d", "\u2019", "'")
_CLOSERS = "\"'\u201d\u2019)"


def _first_word(previous: str, line: str, width: int) -> bool:
    """A paragraph's first word broken off: one word with no end mark, not in capitals (a dateline's "ROME"),
    over a full line whose first word is not in capitals either."""
    return (len(previous.split()) == 1 and not previous.endswith(_END_MARKS) and not previous.isupper()
            and len(line) >= HARD_WRAP_FULL * width and not line.split()[0].isupper())


def _wrapped_joins(lines: list[str], width: int, *, continues: bool = False) -> list[bool]:
    """In hard-wrapped text, whether each line goes on from the one above: the line above is full (it was
    wrapped) and does not end a sentence, or ends one with this line going on in lower case; or, in a copy
    with the habit (``FIRST_WORD_HABIT``), it is a paragraph's first word broken off ("Alhagie" over
    "Basiru Jallow, Tijan Jeng, ..."); or, in a narrow column, the line above goes on from its own and does not end
    a sentence, both lines filled to ``NARROW_WRAP_FILLED`` of the width. Never across a line that is furniture, a list's item, a clock's
    entry or a label ("Subject: ..."), and a headline in title case only into lower case. Each line's
    tests are read once."""
    full = HARD_WRAP_FULL * width
    narrow = width < HARD_WRAP_WIDTH[0]
    # a short line of furniture ("Advertisement", "Copyright 2024 The Associated Press. All rights reserved."); a full line is wrapped prose
    barrier = [(len(line) < full and match_pattern(line) is not None) or is_bullet(line) or _LINE_LABEL.match(line) is not None for line in lines]
    first_words = [False] + [_first_word(a, b, width) for a, b in zip(lines, lines[1:])]
    habit = sum(first_words) >= FIRST_WORD_HABIT
    joins = [False] * len(lines)
    for n in range(1, len(lines)):
        previous, line = lines[n - 1], lines[n]
        if barrier[n - 1] or barrier[n]:
            continue
        if continues and _continues(previous, line):
            joins[n] = True  # (``continues``) the line goes on in lower case, or from a word a sentence cannot end on
            continue
        lower = line[:1].islower()
        if previous.count(",") < 2 and is_title_case(previous):
            joins[n] = lower  # a headline, at the top or under a kicker ("FOR IMMEDIATE RELEASE"); a line of names has its commas ("Tijan Jeng, Muhammed Suso, ...")
        elif len(previous) >= full:
            joins[n] = lower or not previous.endswith(_END_MARKS)
        else:
            joins[n] = (habit and first_words[n]) or (
                # a narrow column is ragged: inside a paragraph, a line short of the width goes on too ("... a $14 million"
                # / "replacement for the Elm" / "Street bridge, ending ..."); other stories' headlines go on from nothing
                narrow and not previous.endswith(_END_MARKS) and len(line) >= NARROW_WRAP_FILLED * width and len(previous) >= NARROW_WRAP_FILLED * width
                and (joins[n - 1] or (n > 1 and _continues(lines[n - 2], previous)))
            )
    return joins


#: Words a line of prose can end on only when the sentence goes on to the next line.
_DANGLING = frozenset("a an the of to in on at for with and or but nor that by from as into than its their his her our".split())


def _broken_sentence(line: str, below: str) -> bool:
    """A short line that a sentence goes on from: no end mark (nor a colon or semicolon), and the line below
    opens in lower case with a function word ("A resident of Queen Street" over "in Newton Stewart attended the
    meeting ...": the twentieth site sets, s854). Not a short line of a list or a menu, which the next line does not
    go on from, nor a caption over another the page cut inside a word ("A police cordon at a crime scene" over
    "bbing in St Stephen's Lane ...").

    >>> _broken_sentence("A resident of Queen Street", "in Newton Stewart attended the meeting."), _broken_sentence("Home", "News")
    (True, False)
    >>> _broken_sentence("A police cordon at a crime scene", "bbing in St Stephen's Lane reignited debate")
    False
    """
    if not (line[:1].isupper() and below[:1].islower()) or line.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";", ",")):
        return False
    from .repeats import function_words  # imported here: repeats reads instruments this module's importers load first

    # "in Newton Stewart ...", not a caption cut inside a word ("bbing in ..."); a copy breaking off each
    # paragraph's first word ("He" over "argued that ...", s700) goes on whatever the next word is, when that
    # first word is a function word ("Sport" over "the weekend's results" is a section's label)
    first = below.split()[0].lower()
    if first == "by" or match_pattern(below):
        return False  # a byline under a headline ("by Jane Doe, Staff Writer"), a credit under a caption (a second read)
    words = line.split()
    if len(words) == 1:
        return words[0].lower() in function_words()  # "He" over "argued that ...", not a label ("Sport", "Crime", "Updated")
    return first in function_words() and not is_date_line(f"{line} {below}")  # not "Monday" over "and Tuesday from 8am"


def _continues(previous: str, line: str) -> bool:
    """Whether ``line`` continues ``previous`` (hard-wrapped text): the previous line has no end
    punctuation and this one goes on in lower case, or the previous one ends on a word that
    cannot end a sentence ("with", "the")."""
    if previous.rstrip("\"'\u201d\u2019)").endswith((".", "!", "?", ":", ";")):
        return False
    last = previous.rsplit(None, 1)[-1].lower() if previous.split() else ""
    return line[:1].islower() or last in _DANGLING


def join_lines(lines: list[str]) -> str:
    """The lines of one block as one paragraph: joined with a space, runs of spaces collapsed."""
    return _single_spaces(" ".join(lines))


_SPACES = re.compile(r" {2,}")


def _single_spaces(text: str) -> str:
    """Runs of spaces collapsed to one (the regex only when two spaces stand together: most lines have none)."""
    return _SPACES.sub(" ", text) if "  " in text else text


def split_paragraphs(text: str) -> list[str]:
    """Blocks separated by blank lines, each joined to one line with single spaces.

    A text with no blank line at all has one paragraph per non-empty line (many exports put
    one paragraph on each line).

    Examples
    --------
    >>> split_paragraphs("One\\ntwo.\\n\\n\\n  Three.  \\n")
    ['One two.', 'Three.']
    >>> split_paragraphs("One.\\nTwo.")
    ['One.', 'Two.']
    >>> split_paragraphs("   \\n")
    []
    """
    return [join_lines(block) for block in split_blocks(text)]


#: A block whose lines (but the last) are all at least this long is wrapped prose, read as one
#: unit; otherwise each of its lines is a unit of its own (a header of short lines: section,
#: headline, byline, date), so furniture is told from body line by line.
WRAPPED_LINE = 45
#: Wrapped prose fills its lines: a first line that ends a sentence at under this share of the
#: block's widest line was not wrapped into the next one (a caption or standfirst printed right
#: above the lead, with a single line break).
FILLED_LINE = 0.8


def block_units(block: list[str]) -> list[str]:
    """The units a block is judged in: the whole block when its lines are wrapped prose,
    else each line (a line under 45 characters before the last, a bulleted or numbered list, a short
    last line after a full stop, or a line that is furniture by itself); a title or standfirst printed
    over the block with one line break (:func:`_title_above`) is a unit of its own.

    Examples
    --------
    >>> block_units(["Connect with us", "Breaking News"])
    ['Connect with us', 'Breaking News']
    >>> block_units(["Russia's defence ministry said on Tuesday that some troops were", "heading back."])
    ["Russia's defence ministry said on Tuesday that some troops were heading back."]

    A first line that ends a sentence well short of the block's width is a unit of its own:

    >>> len(block_units(["A plane flies past a plume of ash on May 21.", "Air traffic controllers said on Monday that the ash clouds over the north were clearing fast."]))
    2

    Lines cut short by an ellipsis, each followed by a capital, are teasers one a line, not wrapped prose:

    >>> len(block_units(["Mrunal Thakur on Dhamaka, experience of working with Kartik Aaryan,\u2026", "Nushrratt Bharuccha on Chhorii, pressure of comparison, upcoming\u2026"]))
    2
    """
    if len(block) > 1 and ((ends_sentence(block[0]) and len(block[0]) < FILLED_LINE * max(len(line) for line in block)) or is_stamp(block[0])):
        return [_single_spaces(block[0]), *block_units(block[1:])]
    twice = next((i for i, line in enumerate(block) if printed_twice(line)), None) if len(block) > 1 else None
    if twice is not None:  # a caption glued to its alt text ("Jobs will be based at X.Jobs will be based at X."): a unit of its own
        return [*(block_units(block[:twice]) if twice else []), _single_spaces(block[twice]), *(block_units(block[twice + 1 :]) if twice + 1 < len(block) else [])]
    if len(block) > 1 and (
        any(len(line) < WRAPPED_LINE and not _broken_sentence(line, below) for line, below in zip(block, block[1:]))
        or any(is_bullet(line) for line in block)
        or (len(block[-1]) < WRAPPED_LINE and ends_sentence(block[-2]))
        or any(match_pattern(line) for line in block)
        or any(a == b for a, b in zip(block, block[1:]))  # a line printed twice (a caption and its alt text)
        or all(_title_line(line) for line in block)  # headlines one under another (other stories')
        or any(a.endswith(("\u2026", "...")) and b[:1].isupper() for a, b in zip(block, block[1:]))  # teasers cut short, one a line
        or _numbered(block)  # a numbered list, one item a line
    ):
        return [piece for line in block for piece in _split_glued(_single_spaces(line))]
    if len(block) > 1 and _title_above(block):
        return [_single_spaces(block[0]), *block_units(block[1:])]
    return _split_glued(join_lines(block))


@lru_cache(maxsize=1)
def _stamp_word() -> re.Pattern[str]:
    from .calendar_words import calendar_pattern  # imported here: as the module's other calendar words

    return re.compile(rf"(?:{calendar_pattern('month')}|{calendar_pattern('weekday')})\.?|[ap]\.?m\.?|(?-i:[A-Z]{{2,4}})|at|on", re.IGNORECASE)


def is_stamp(line: str) -> bool:
    """Whether a line is a date stamp and nothing else: a year's four figures, and no word but a month's or
    weekday's name, "am"/"pm", a time zone in capitals, "at" or "on" ("Saturday, May 20 2017 12:19 PM
    EDT2017-05-20 16:19:07 GMT", a TV station's cards under the story: the ninety-fourth collection, s2158).
    A stamp over a teaser in one block is a unit of its own: the teaser is another story's sentence, not the
    stamp's.

    >>> is_stamp("Saturday, May 20 2017 12:19 PM EDT2017-05-20 16:19:07 GMT"), is_stamp("March 3, 2023 at 4:10 p.m.")
    (True, True)
    >>> is_stamp("On Saturday, May 20 2017 at 12:19 PM police were called to"), is_stamp("12:19 PM"), is_stamp("")
    (False, False, False)
    """
    text = line.strip()
    if len(text) > STAMP_MAX_CHARS or not _YEAR.search(text):
        return False
    word = _stamp_word()
    return all(word.fullmatch(token) for token in re.findall(r"[^\W\d_]+(?:\.[^\W\d_]+)*\.?", text))


#: A stamp holds a year; it is at most this long.
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
STAMP_MAX_CHARS = 80


def printed_twice(line: str, min_chars: int | None = None) -> bool:
    """Whether a line is a caption printed twice, glued or with a space between (a caption and its
    alternative text on one line: "The jobs will be based at X.The jobs will be based at X.", s1228):
    a text of ``PRINTED_TWICE_CHARS`` characters or more each time (``min_chars`` when given), three words at least and ``PRINTED_TWICE_WORDS``
    at most, told in the third person, quoting and reporting no one. A wrapped paragraph's line never repeats itself;
    a rule of dashes, a quoted message said twice ("Answer your phone. Answer your phone.") or a lede a
    page printed twice is no caption (a second read, rev40).

    Examples
    --------
    >>> printed_twice("Jobs will be based at the unit.Jobs will be based at the unit."), printed_twice("Go. Go.")
    (True, False)
    >>> printed_twice("The fire was put out. The fire was put out."), printed_twice("")
    (True, False)
    >>> printed_twice("-" * 72), printed_twice("Answer your phone or I will come. Answer your phone or I will come.")
    (False, False)
    """
    text = line.strip()
    half = len(text) // 2
    if half < (PRINTED_TWICE_CHARS if min_chars is None else min_chars):
        return False
    if not (text[:half] == text[half:] or (len(text) % 2 == 1 and text[half] == " " and text[:half] == text[half + 1 :])):
        return False
    words = text[:half].split()
    return (
        sum(any(c.isalpha() for c in w) for w in words) >= 3 and len(words) <= PRINTED_TWICE_WORDS
        and not any(q in text for q in "\"\u201c\u201d") and not _SPEAKER.search(text[:half]) and not reports(text[:half])
    )


#: A caption printed twice has at most this many words each time (a paragraph printed twice is no caption).
PRINTED_TWICE_WORDS = 30
#: Words of a first or second person: someone speaks or is spoken to, as a caption never does.
_SPEAKER = re.compile(r"\b(?:I|[Mm]e|[Mm]y|[Ww]e|us|[Oo]ur|[Yy]ou|[Yy]our)\b")  # "US" is a country


#: A text printed twice on one line has at least this many characters each time.
PRINTED_TWICE_CHARS = 20


#: A first line under this share of the block's widest line, with no end mark, is a title over the block, not wrapped into it.
TITLE_LINE = 0.5


def _title_above(block: list[str]) -> bool:
    """Whether the block's first line is a title or standfirst printed over the next line with a single line
    break: no mark ends it (nor a comma, a colon or a joining word a wrapped line may end on), a capital
    opens the next line, and it fills under ``TITLE_LINE`` of the block's widest line (a wrapped paragraph
    fills its first line).

    >>> _title_above(["Health centre to close again due to staffing woes", "The party's MLA leans in to answer a question in the assembly on April 26, as the minister looks on. (Jo Roe/The News)"])
    True
    >>> _title_above(["Russia's defence ministry said on Tuesday that some troops were", "Heading back."])
    False
    """
    first = block[0].rstrip()
    if not first or ends_sentence(first) or is_date_line(first) or first.endswith((",", ":", ";", "-", "\u2014", "\u2013")) or not block[1].lstrip()[:1].isupper():
        return False
    if first.split()[-1].lower() in _JOINING_WORDS:
        return False
    return len(first) < TITLE_LINE * max(len(line) for line in block)


#: Words a wrapped line may end on (the sentence goes on below): a title does not end on them.
_JOINING_WORDS = frozenset("a an the and or but of to in on at by for from with as that which who than into".split())


_NUMBER_MARK = re.compile(r"\s*(\d{1,2})[.)]\s+\S")


def _numbered(block: list[str]) -> bool:
    """Whether every line of the block opens with a list's number, counting up by one ("1. ...",
    "2. ..."): a numbered list's items, one a line, however long (wrapped prose does not number its lines).

    >>> _numbered(["  1. Walkers rescued after getting lost in dark", "  2. More walkers lost as torch message fails"])
    True
    >>> _numbered(["1. Walkers rescued", "3. More walkers lost"]), _numbered(["The 2 men were", "3. said"])
    (False, False)
    """
    found = [_NUMBER_MARK.match(line) for line in block]
    if not all(found):
        return False
    numbers = [int(m.group(1)) for m in found]  # type: ignore[union-attr]
    return all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _split_glued(unit: str) -> list[str]:
    """A unit with an advert's label glued before it and a wire credit after it, in pieces."""
    pieces = split_advert_label(unit)
    return pieces[:-1] + split_closing_credit(pieces[-1])


@lru_cache(maxsize=1)
def _credit_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The closing credit, the credit's last word, and a named agency, built from ``news_agencies.tsv`` (:func:`analysis.furniture_patterns.agency_alternations`):
    agencies in brackets (at least one named, the others may be acronyms), "(With inputs from
    ...)", "(Reporting by ...; Editing by ...)", or an agency's short name after a dash ("— PTI")."""
    names, caps = agency_alternations()  # news_agencies.tsv, as the agency_credit pattern reads it
    part = rf"(?:{names}|(?-i:[A-Z]{{2,5}}))"
    closing = re.compile(
        rf"(?<=[.!?\"'\u201d\u2019]) +(\({part}(?: ?(?:/|,|&| and ) ?{part}){{0,3}}\)"
        rf"|\((?:with )?(?:inputs?|files|reporting) (?:from|by) [^()]{{1,150}}\)"
        rf"|[-\u2014\u2013] ?{caps}(?: ?/ ?{caps})?)\.?$",
        re.IGNORECASE,
    )
    last = re.compile(rf"{caps}(?:/{caps})?")
    named = re.compile(rf"\b(?:{names}|with|inputs?|files|reporting)\b", re.IGNORECASE)
    return closing, last, named


#: A paragraph must have at least this many words before its closing credit is cut off (a short
#: caption with its credit stays one unit, for the caption rules).
CREDIT_PARAGRAPH_WORDS = 10


def split_closing_credit(unit: str) -> list[str]:
    """A paragraph and the wire credit closing it as two units (the credit is removed as
    furniture, the paragraph stays body), else the unit alone.

    Examples
    --------
    >>> split_closing_credit("Police have registered a case and initiated investigations into the accident. (Xinhua/NAN)")
    ['Police have registered a case and initiated investigations into the accident.', '(Xinhua/NAN)']
    >>> split_closing_credit("The minister said relief would reach every district by Friday. \u2014 PTI")[1]
    '\u2014 PTI'
    >>> split_closing_credit("The talks resumed on Monday in Geneva after a pause of two weeks (WHO)."), split_closing_credit("")
    (['The talks resumed on Monday in Geneva after a pause of two weeks (WHO).'], [''])
    """
    closing, last_agency, named = _credit_patterns()
    last = unit.rsplit(None, 1)[-1] if unit.strip() else ""
    found = closing.search(unit) if unit.endswith((")", ").")) or last_agency.fullmatch(last.strip("-\u2014\u2013.")) else None
    if found is None or not named.search(found.group(1)) or len(unit[: found.start()].split()) < CREDIT_PARAGRAPH_WORDS:
        return [unit]
    return [unit[: found.start()], found.group(1)]


#: An advert slot's label run into the paragraph after it ("Hide AdRachel Reeves called ...",
#: "Article continues after this advertisementPosas said ..."): glued to a capital, or the long
#: label followed by a space.
_GLUED_LABEL = re.compile(
    r"(?:(?:article|story) continues (?:after|below) (?:this |the )?(?:advertisement|advert|ad)|hide ad|advertisement|advertisment)"
    r"(?=(?-i:[A-Z][a-z]|[\"\u201c]))|(?:article|story) continues (?:after|below) (?:this |the )?(?:advertisement|advert|ad) (?=(?-i:[A-Z]))",
    re.IGNORECASE,
)
#: The paragraph after a glued label must have at least this many words (a label alone stays whole).
GLUED_PARAGRAPH_WORDS = 6


def split_advert_label(unit: str) -> list[str]:
    """An advert's label glued before a paragraph and the paragraph as two units, else the unit.

    Examples
    --------
    >>> split_advert_label("Hide AdRachel Reeves called the change a significant step for workers.")
    ['Hide Ad', 'Rachel Reeves called the change a significant step for workers.']
    >>> split_advert_label("Advertisement revenues fell by a third last year, the company said.")
    ['Advertisement revenues fell by a third last year, the company said.']
    >>> split_advert_label("ADVERTISEMENTS for the event were banned from buses across the city.")
    ['ADVERTISEMENTS for the event were banned from buses across the city.']
    """
    found = _GLUED_LABEL.match(unit)
    if found is None or len(unit[found.end() :].split()) < GLUED_PARAGRAPH_WORDS:
        return [unit]
    return [unit[: found.end()].rstrip(), unit[found.end() :]]


def _title_line(line: str) -> bool:
    """A line in title case (:func:`analysis.title_case.is_title_case`: four or more words, every
    one capitalised, a number or a minor word; not all in capitals). Wrapped prose is never so:
    each line of a block of such lines is another story's headline.

    Examples
    --------
    >>> _title_line("Wanna Live to 1 Million? The Trembling Giant Already Does"), _title_line("Rescuers dug through the rubble")
    (True, False)
    """
    return is_title_case(line)
