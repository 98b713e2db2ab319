"""Where the body ends and what interrupts it: two rules of a page's layout that need no wording.

Text copied from a page loses its links, the feature jusText relies on most for boxes of links
(other stories' headlines, navigation). Layout features stand in for it, measured on the
labelled pages' dev split (``data/validation/pages``: on the first 49 dev pages every line below
a page's last body line that is not written as a sentence is furniture, 42 of 42):

- **the tail** (:func:`tail_units`): below the last kept unit written as prose, a kept unit that
  is not (no sentence end, ``TAIL_MAX_WORDS`` words or fewer, or a list item of any length) is a
  link, a credit or a label, not body; a list the body was running (its last prose unit is a
  list item or ends with ``:``) goes on; a last unit ending with ``:`` introduces nothing
  ("Contact us with your story tips:");
- **teasers at the end** (:func:`teaser_tail`): other stories offered below the body: from the
  first unit cut short with an ellipsis ("... several other Caribbean…") to the end of the
  text, when two or more of those units are cut so and none is longer than a teaser; and a
  headline in title case of ``TEASER_TITLE_MIN_WORDS`` words or more ("Plane Crash Averted As
  Pilots Make Emergency Landing") with at most two units after it at the end of the text (another story's headline and standfirst),
  at most one of them longer than a teaser (a section's crosshead over two long paragraphs is the body's; a teaser's
  standfirst may run long, rev26).

Examples
--------
>>> units = ["Rescuers dug on Tuesday.", "Quake toll rises in Gansu", "Floods hit Kerala", "Ten died, officials said."]
>>> sorted(tail_units(units, [True] * 4))
[]
>>> sorted(tail_units(units[:3], [True] * 3))
[1, 2]
>>> sorted(tail_units(units[:1] + ["Contact us with your story tips:"], [True] * 2))
[1]
>>> tail_units([], []), teaser_tail([], [])
(set(), set())
"""
from __future__ import annotations

import re
from typing import Sequence

from .bullets import is_bullet
from .justext_method import ends_sentence, is_prose
from .title_case import TITLE_MIN_WORDS, is_title_case

#: A unit longer than this is never taken for a tail link (a paragraph cut short is body), unless
#: it is a list item.
TAIL_MAX_WORDS = 15


#: A news agency's tag in capitals closing a paragraph, glued by a dash and without the sentence's stop: "... and started
#: investigations—(KNO)" (Kashmir Reader, the seventy-seventh collection, s1817).
_CLOSING_TAG = re.compile(r"[^\S\n]*[\u2014\u2013-]*[^\S\n]*\((?-i:[A-Z]{2,6})(?:[/-](?-i:[A-Z]{2,6}))?\)[^\S\n]*$")


#: A paragraph closed by an agency's tag has at least this many words before it.
TAGGED_MIN_WORDS = 4


def _prose_with_tag(unit: str) -> bool:
    """:func:`is_prose`, reading a paragraph closed by an agency's tag instead of its stop as closed by its stop."""
    return is_prose(unit) or (unit.rstrip().endswith(")") and is_prose(_CLOSING_TAG.sub(".", unit)))


def tail_units(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of kept units below the last kept prose unit that are not prose (40 words or
    fewer): other stories' headlines, credits, labels. When the body's last prose unit is a
    list item or introduces one (ends with ``:``), the list items below it stay.

    Examples
    --------
    >>> u = ["The budget has three measures:", "- Rs 6,000 for farmers", "- A pension scheme"]
    >>> tail_units(u, [True] * 3)
    set()
    >>> sorted(tail_units(["Ten died.", "- Other story one", "More from the site"], [True] * 3))
    [1, 2]
    """
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) > 1 and units[kept[-1]].rstrip().endswith(":") and len(units[kept[-1]].split()) <= TAIL_MAX_WORDS:
        keep = [k and i != kept[-1] for i, k in enumerate(keep)]  # "Contact us with your story tips:"
        out = {kept[-1]}
    else:
        out = set()
    last = next((i for i in range(len(units) - 1, -1, -1) if keep[i] and is_prose(units[i])), None)
    if last is None:
        last = next((i for i in range(len(units) - 1, -1, -1) if keep[i] and _prose_with_tag(units[i])), None)
        if last is None:
            return out
    # paragraphs closed by an agency's tag go on from the body's prose only right under it, no kept short line between (a
    # tagged paragraph of another story under two headlines is no body's: a second read, rev49)
    for j in range(last + 1, len(units)):
        if not keep[j]:
            continue
        if not (_prose_with_tag(units[j]) and len(_CLOSING_TAG.sub("", units[j]).split()) >= TAGGED_MIN_WORDS):
            break
        last = j
    listing = units[last].rstrip().endswith(":") or is_bullet(units[last])
    # a list written as a run of items each closed by a semicolon ("Lakes of Ounianga (Chad);") goes on below its last sentence
    semicolons = sum(keep[j] and units[j].rstrip().endswith(";") for j in range(last)) >= SEMICOLON_ITEMS
    crossheads = any(keep[j] and _title_case(units[j]) for j in range(last))
    # crossheads written as sentences without a stop ("BELLUS shares jump on GSK deal"), each over a paragraph of the body
    plain = _plain_crossheads(units, keep, last)
    told = _told_list(units, keep, last)
    return out | {
        i
        for i in range(last + 1, len(units))
        if keep[i] and not is_prose(units[i]) and (len(units[i].split()) <= TAIL_MAX_WORDS or is_bullet(units[i])) and not (listing and is_bullet(units[i]))
        # a crosshead of the body's own shape over a paragraph the page cut short is body
        and not (
            ((crossheads and _title_case(units[i])) or (plain and _plain_crosshead(units[i])))
            and any(keep[k] and len(units[k].split()) > TAIL_MAX_WORDS for k in range(i + 1, len(units)))
        )
        and not _heading_over_cut(units, keep, i)
        and not (semicolons and units[i].rstrip().endswith(";"))
        and i not in told
    }


def _box_heading(units: Sequence[str], first: int) -> bool:
    """Whether the unit right above a list's first item is furniture by its wording ("More from the Herald",
    "Comments"): other stories' cards or readers' comments written as long bullets (a second read)."""
    from .furniture_patterns import match_pattern  # imported here: the patterns module imports this one's importers

    return first > 0 and match_pattern(units[first - 1]) is not None


#: A bulleted item of this many words or more tells the story (a recap's point); other stories' headlines are shorter.
TOLD_ITEM_WORDS = 25


def _told_list(units: Sequence[str], keep: Sequence[bool], last: int) -> set[int]:
    """The items of each run of bulleted units below the body's last prose unit in which two or more items
    have ``TOLD_ITEM_WORDS`` words or more: a blog's recap written as points without their stops ("• The
    School Committee had met earlier that evening and voted unanimously to support the override vote ..."),
    the story's own list, not other stories' headlines (the twentieth site sets, s848).

    >>> items = ["\u2022 " + " ".join(["word"] * 30), "\u2022 Town report", "\u2022 " + " ".join(["word"] * 26)]
    >>> sorted(_told_list(["The council met.", *items], [True] * 4, 0)), _told_list(["Ten died.", "\u2022 Other story", "\u2022 Another"], [True] * 3, 0)
    ([1, 2, 3], set())
    """
    told: set[int] = set()
    run: list[int] = []
    for i in [*range(last + 1, len(units)), None]:
        if i is not None and keep[i] and is_bullet(units[i]):
            run.append(i)
            continue
        if i is not None and not keep[i]:
            continue  # a removed unit (an advert's label) does not end the run
        if sum(len(units[j].split()) >= TOLD_ITEM_WORDS for j in run) >= 2 and not (run and _box_heading(units, run[0])):
            told.update(run)
        run = []
    return told


def _heading_over_cut(units: Sequence[str], keep: Sequence[bool], i: int) -> bool:
    """Whether ``units[i]`` is a heading right above the text's last unit, a kept paragraph the page
    cut short (more than ``TAIL_MAX_WORDS`` words, no sentence end): a crosshead over the body's
    next section, which the copy stopped inside. Another story's card under the body has its
    headline over a teaser that ends as a sentence or with an ellipsis, or no paragraph at all.

    >>> cut = "The members had a dress rehearsal the Saturday before the wedding and then the next day it was showtime for the couples who"
    >>> _heading_over_cut(["Ten couples wed.", "The repetitive ceremony", cut], [True] * 3, 1)
    True
    >>> _heading_over_cut(["Ten couples wed.", "The repetitive ceremony", cut + " waited."], [True] * 3, 1)
    False
    """
    last = len(units) - 1
    if i + 1 != last or not keep[last]:
        return False
    heading, below = units[i].strip(), units[last].strip()
    return (
        HEADING_MIN_WORDS <= len(heading.split()) <= HEADING_MAX_WORDS
        and heading[:1].isupper()
        and not ends_sentence(heading)
        and not _CLAUSE_MARK.search(heading)
        and not is_bullet(heading)
        and len(below.split()) > TAIL_MAX_WORDS
        and not ends_sentence(below)
        and not _CUT.search(below)
    )


#: A list closes its items with semicolons when at least this many kept units above the tail end so.
SEMICOLON_ITEMS = 2

#: A crosshead over the paragraph the page was cut inside: two to eight words.
HEADING_MIN_WORDS, HEADING_MAX_WORDS = 2, 8


def is_crosshead_shape(unit: str) -> bool:
    """A crosshead's shape: a headline in title case or in sentence case without a stop
    (:func:`_plain_crosshead`).

    >>> is_crosshead_shape("Army joins the rescue in the south"), is_crosshead_shape("Soldiers cleared roads on Tuesday.")
    (True, False)
    """
    return _plain_crosshead(unit) or _title_case(unit)


#: A crosshead written as a sentence without its stop has at least this many words.
PLAIN_CROSSHEAD_MIN_WORDS = 5


def _plain_crosshead(unit: str) -> bool:
    """A headline's shape in sentence case: ``PLAIN_CROSSHEAD_MIN_WORDS`` to ``TAIL_MAX_WORDS`` words,
    capitalised, no sentence end, no colon or comma, not a list item."""
    words = unit.split()
    return (
        PLAIN_CROSSHEAD_MIN_WORDS <= len(words) <= TAIL_MAX_WORDS
        and unit[:1].isupper()
        and not ends_sentence(unit)
        and not _CLAUSE_MARK.search(unit)
        and not is_bullet(unit)
    )


def _plain_crossheads(units: Sequence[str], keep: Sequence[bool], last: int) -> bool:
    """Whether the body holds two or more crossheads of :func:`_plain_crosshead`'s shape above
    ``last``, each below a kept prose unit and right above one (the body's sections).

    >>> units = ["Ten died in the floods, officials said.", "Rescuers reach the flooded villages", "Boats took food to 400 families.",
    ...          "Army joins the rescue in the south", "Soldiers cleared roads on Tuesday.", "Floods close schools for a week"]
    >>> _plain_crossheads(units, [True] * 6, 4), _plain_crossheads(units[:3] + units[4:], [True] * 5, 3)
    (True, False)
    """
    found = 0
    for j in range(1, last):
        if keep[j] and _plain_crosshead(units[j]):
            above = next((k for k in range(j - 1, -1, -1) if keep[k]), None)
            below = next((k for k in range(j + 1, last + 1) if keep[k]), None)
            found += above is not None and below is not None and is_prose(units[above]) and is_prose(units[below])
    return found >= 2


#: A teaser is at most this many words long.
TEASER_MAX_WORDS = 40
#: Under the last teaser cut with an ellipsis, this many paragraphs of prose or more are the story printed below a
#: playlist, not a last teaser the page store cut (a station's page: the thirty-fourth site sets, s1174).
STORY_AFTER_TEASERS = 2
_CUT = re.compile(r"\w[\u2026]$|\w\.\.\.$")


def _title_case(unit: str, min_words: int = TITLE_MIN_WORDS) -> bool:
    """A headline in title case (:func:`analysis.title_case.is_title_case`, capitals alone too,
    ``min_words`` words or more), no sentence end, no colon or comma ("According to Jack Kelly,
    writing for RealClearPolitics:" introduces a quotation)."""
    return not ends_sentence(unit) and not _CLAUSE_MARK.search(unit) and is_title_case(unit, min_words=min_words, all_capitals=True)


#: Another story's headline closing the text has at least this many words: a shorter title-case
#: line is as often the body's crosshead over its closing paragraph ("The Long Road Ahead").
TEASER_TITLE_MIN_WORDS = 5


_CLAUSE_MARK = re.compile(r"[,:;]")


def _two_part_title(unit: str) -> bool:
    """A title-case crosshead in two parts joined by a semicolon ("Landslide Also Hit Cameron Highlands-Tapah Road; Single
    Lane Open"): :func:`_title_case` read without its semicolon."""
    return ";" in unit and _title_case(unit.replace(";", ""))


def teaser_tail(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of the kept units of a block of teasers closing the text (see the module's
    description); the body (three or more prose units) must stand above it.

    Examples
    --------
    >>> body = ["Ten died.", "Rescuers dug on.", "Schools are shut."]
    >>> teasers = ["TEN years after the reform, the bank\u2026", "The court is set to rule against the state\u2026", "THE party is preparing for an election."]
    >>> sorted(teaser_tail(body + teasers, [True] * 6))
    [3, 4, 5]
    >>> sorted(teaser_tail(body + ["Plane Crash Averted As Pilots Make Emergency Landing", "A plane made an emergency landing."], [True] * 5))
    [3, 4]
    >>> teaser_tail(body + ["He said: we will rebuild\u2026"], [True] * 4)
    set()
    >>> section = "Two officers appeared before a criminal court in Spain last year with three other men, the paper can confirm, " * 3
    >>> teaser_tail(body + ["Officers Charged With Theft Related Charges", section, section], [True] * 6)  # a section: two paragraphs longer than a teaser
    set()
    >>> sorted(teaser_tail(body + ["Officers Charged With Theft Related Charges", section], [True] * 5))  # one: a teaser's long standfirst
    [3, 4]
    >>> teaser_tail(body + ["In the professor's words:", "The Answer to Air Pollution Lies in the Deep Blue Sea", "Imagine a beach."], [True] * 6)  # announced
    set()
    >>> crossheads = ["Ten died.", "FRANCE WIN IN DUBLIN", "France beat Ireland.", "Rescuers dug on.", "Schools are shut."]
    >>> teaser_tail(crossheads + ["WALES ON THE GO", "Wales beat Scotland."], [True] * 7)
    set()
    """
    prose = [i for i, unit in enumerate(units) if keep[i] and is_prose(unit)]
    if len(prose) < 3:
        return set()
    start, n = prose[2] + 1, len(units)
    # What each position has below it, read once from the end (linear in the text's length):
    # kept units, cut-off teasers among them, and whether one of them is too long for a teaser.
    kept_below, cut_below = [0] * (n + 1), [0] * (n + 1)
    long_count = [0] * (n + 1)  # kept units below longer than a teaser: two are a section's paragraphs, one a long standfirst
    cut = [False] * n
    for i in range(n - 1, start - 1, -1):
        line = units[i].rstrip()
        cut[i] = keep[i] and bool(_CUT.search(line, max(0, len(line) - 4)))  # its matches are the line's last 2 or 4 characters
        kept_below[i] = kept_below[i + 1] + keep[i]
        cut_below[i] = cut_below[i + 1] + cut[i]
        long_count[i] = long_count[i + 1] + (keep[i] and len(units[i].split()) > TEASER_MAX_WORDS)
    # a crosshead of the title-case shape among the body's kept units above (then it is one more)
    # (a crosshead in two parts joined by a semicolon is one: "Landslide Also Hit Tapah Road; Single Lane Open", s1553)
    title_above = any(keep[j] and (_title_case(units[j]) or _two_part_title(units[j])) for j in range(prose[0], start))
    previous = prose[2]  # the kept unit above the one read
    for i in range(start, n):
        if not keep[i]:
            continue
        if cut[i] and cut_below[i] >= 2 and not long_count[i]:
            last = max(j for j in range(i, n) if cut[j])
            after = [j for j in range(last + 1, n) if keep[j]]
            if sum(is_prose(units[j]) for j in after) >= STORY_AFTER_TEASERS:
                return {j for j in range(i, last + 1) if keep[j]}  # the story printed under a playlist of cut titles (ABC57, s1174)
            return {j for j in range(i, n) if keep[j]}
        title = _title_case(units[i])  # a crosshead of four words or more counts as one above ...
        announced = units[previous].rstrip().endswith(":")  # "In the professor's words:": what follows is the story's
        if title and kept_below[i] <= 3 and not title_above and not announced and long_count[i] < 2 and _title_case(units[i], TEASER_TITLE_MIN_WORDS):
            return {j for j in range(i, n) if keep[j]}  # ... a teaser's headline has five or more
        title_above = title_above or title or _two_part_title(units[i])
        previous = i
    return set()
