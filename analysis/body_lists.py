"""Lists that belong to the article: a run of short lines of one shape inside or under the body.

A results table, a vote count or a list of awards is printed as short lines ("Man City 2 - 0
Leicester", "Mary Norwood: 46 percent", "Best Film: ..."), and jusText's method, which judges a
line by its length and stop words, takes such lines for furniture. What tells them from furniture
is their shape: every item of the run is built the same way (a label, a colon and its value; or
two names around a score), while a menu, a tag list or other stories' headlines are not. So a
run of at least :data:`MIN_ITEMS` lines that jusText alone removed (no furniture pattern named
them), each of at most :data:`MAX_WORDS` words and all of one shape, is given back to the body
when body text stands above it; so is a short heading right above the run ("EPL RESULTS"). A
table of election results ("Con 810 (48.4; -12.7)", with its "Majority 59" and "Turnout 38.2%")
is given back wherever it stands and whatever removed it short of a furniture pattern: a results
page opens with it, and its rows of figures pass for date lines. A list of any build announced
under the body by a heading that names it and ends with a colon ("Full results:", "Final
standings:") is given back when it restates the body's names or figures (:func:`announced_results`).

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Chelsea won again on Sunday as the league leaders beat West Ham at Upton Park.", "RESULTS",
...          "Man City 2 - 0 Leicester", "QPR 1 - 2 Arsenal", "Stoke 1 - 0 Everton", "Post a Comment"]
>>> cut = Verdict(False, "boilerplate", "justext:short")
>>> verdicts = [Verdict(True, "body", ""), cut, cut, cut, cut, Verdict(False, "boilerplate", "pattern:comments")]
>>> keep_body_lists(units, verdicts)
>>> [v.keep for v in verdicts]
[True, True, True, True, True, False]
>>> keep_body_lists([], [])

Two items are a list when each gives a figure (a two-candidate count):

>>> verdicts = [Verdict(True, "body", ""), cut, cut, cut, Verdict(True, "body", "")]
>>> keep_body_lists([units[0], "THE TOTAL", "Clinton: 2,316.", "Sanders: 1,547.", units[0]], verdicts); [v.keep for v in verdicts]
[True, True, True, True, True]
>>> verdicts = [Verdict(True, "body", ""), cut, cut, Verdict(True, "body", "")]
>>> keep_body_lists([units[0], "Home: News", "World: Europe", units[0]], verdicts); [v.keep for v in verdicts]
[True, False, False, True]
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from .body_tables import is_ticker, keep_body_tables
from .boilerplate import Verdict
from .bullets import is_bullet
from .claims_parts import NUMBER_WORDS
from .topmatter import FULL_NAME

#: A list has at least this many items.
MIN_ITEMS = 3
#: An item has at most this many words.
MAX_WORDS = 12
#: A list whose every item gives a figure ("Clinton: 2,316.", "Kasim Reed: 36 percent") needs
#: only this many, below body text: a two-candidate count is a table, and furniture rarely pairs a
#: label with a bare number (contact lines are furniture labels).
MIN_FIGURE_ITEMS = 2
_FIGURE_ITEM = re.compile(r"[^:\n\d]{2,50}:\s+\d[\d,.]*\s?(?:%|percent|per cent|votes|seats|delegates)?\.?", re.IGNORECASE)
#: A heading right above the items has at most this many words.
HEADING_MAX_WORDS = 8

# Labels that open furniture, not an item: "Tags: ...", "WATCH: ...", "Photo: ...".
_FURNITURE_LABEL = (
    r"(?:watch|video|videos|photos?|pictures?|images?|read|read more|related|also read|see also|listen|live|gallery|more|see"
    r"|tags?|topics?|share|follow|posted|filed|categor(?:y|ies)|sections?|source|credit|updated|published|by|email|phone|tel|fax|web|website"
    r"|twitter|x|facebook|instagram|youtube|tiktok|linkedin|whatsapp|telegram|threads|snapchat|pinterest"
    r"|editor(?:-in-chief| in chief)?|(?:managing|executive|news|deputy) editor|publisher|printer|owner|registered office|address|contact|copyright)"
)
SHAPES = {
    "label": re.compile(rf"(?!{_FURNITURE_LABEL}\s*:)[^:\n]{{2,50}}:\s+\S[^\n]{{0,80}}", re.IGNORECASE),
    "score": re.compile(r"[^\d\n]{2,40}\s\d{1,3}\s?[-\u2013\u2014]\s?\d{1,3}\s[^\d\n]{2,40}"),
    # a candidate's or party's result: votes, then share and change in brackets ("Con 810 (48.4; -12.7)")
    "result": re.compile(r"[^\d\n()]{2,50}\s[\d,]{1,9}\s?\(\d{1,3}(?:\.\d+)?%?(?:[;,]\s?[+\-\u2212\u2013]?\d{1,3}(?:\.\d+)?%?)?\)"),
}
#: The lines closing a table of results ("Majority 59", "Turnout 38.2%"): part of the table.
_RESULT_TOTAL = re.compile(r"(?:majority|turnout|swing|electorate|total votes|spoilt (?:ballots|papers)|rejected (?:ballots|papers))\s?:?\s[\d,.]+%?\S{0,12}", re.IGNORECASE)
#: A table of results is kept wherever it stands (a results page opens with it): its shape is no
#: furniture's; whatever the general rule or a top-matter test (a row of figures read as a date
#: line) made of it, short of a furniture pattern, is given back.
ANYWHERE = frozenset({"result"})


def shape(unit: str) -> str:
    """The list shape of a unit (``label`` or ``score``), or ``''``.

    >>> shape("Mary Norwood: 46 percent"), shape("Newcastle 0 - 1 Man United"), shape("Tags: Chelsea"), shape("Home")
    ('label', 'score', '', '')
    >>> shape("Con 810 (48.4; -12.7)"), shape("LD Denise Gaines 751 (44.8; +5.9)"), shape("Troops left (2021)")
    ('result', 'result', '')
    """
    text = unit.strip()
    if len(text.split()) > MAX_WORDS:
        return ""
    return next((name for name, pattern in SHAPES.items() if pattern.fullmatch(text)), "")


#: Any other list: its items are built alike, token for token (:func:`signature`), each a row of
#: figures built with marks (a colon, a share, brackets), not words around a number.
_SIG_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019.&][^\W\d_]+)*\.?|\d[\d,.]*|\S")
_SIGN = frozenset("+-\u2212")
#: Marks of code, markup and templates ("P[] D[728x90] OOP[F]", "{{count}}", "<br>"): no list item's.
_CODE = re.compile(r"[\[\]{}<>=_\\@#]")


def signature(unit: str) -> str:
    """How an item is built: a run of words is ``a``, a figure ``9``, a mark itself; a sign before
    a figure and spaces do not count ('' for a unit of no figure, no word or over :data:`MAX_WORDS` words).

    >>> signature("Mary Norwood: 46 percent"), signature("Kasim Reed: 36 percent"), signature("\u2022 Fukuoka: April 1")
    ('a:9a', 'a:9a', '\u2022a:a9')
    >>> signature("Samsung 72.2 20.3% 83.3 22.1% -13.4%") == signature("Total 355.2 100.0% 377.8 100.0% +6.0%")
    True
    >>> signature("2. Marco Rubio (1.)"), signature("No 58%.")
    ('9a(9)', 'a9%.')
    >>> signature("Photo 2"), signature("Facebook 12 shares"), signature("Shares (12)"), signature("1. Markets fall again")
    ('', '', '', '')
    >>> signature("Home"), signature("P[L2] D[728x90] M[320x50]"), signature("")
    ('', '', '')
    """
    text = unit.strip()
    if not text or len(text.split()) > MAX_WORDS or not any(c.isdigit() for c in text) or not any(c.isalpha() for c in text) or _CODE.search(text):
        return ""
    out: list[str] = []
    for token in _SIG_TOKEN.findall(text):
        kind = "a" if token[0].isalpha() else "9" if token[0].isdigit() else token
        if kind in _SIGN or (kind == "a" and out and out[-1] == "a"):
            continue
        out.append(kind)
    built = "".join(out)
    # a row is built with marks around its figures ("a:9a", "a9(9;9)", "9.a(9.)"), and gives two
    # figures or a value after a colon or a share; words around a number ("a9a") are a headline or a
    # counter ("Facebook 12 shares"), a number alone in brackets a counter ("Shares (12)")
    marks = set(built) - {"a", "9"}
    figures = built.count("9")
    return built if marks and figures and (figures >= 2 or marks & {":", "%"}) else ""


def keep_body_lists(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) every list of one shape that only jusText's method
    removed, below body text, with its short heading (see the module's description); a data
    table's rows and headings first (:mod:`analysis.body_tables`)."""
    keep_body_tables(units, verdicts)
    body_above = False
    i = 0
    while i < len(units):
        if verdicts[i].keep:
            body_above = body_above or verdicts[i].kind == "body"
            i += 1
            continue
        kind = _kind(units[i])
        if kind not in ANYWHERE and (not body_above or not verdicts[i].reason.startswith("justext:")):
            i += 1
            continue
        j = i
        while kind and j < len(units) and not verdicts[j].keep and _given_back(verdicts[j], kind) and (_kind(units[j]) == kind or _long_label(units[j], kind)):
            j += 1
        if kind in ANYWHERE and j - i >= MIN_ITEMS:
            while j < len(units) and not verdicts[j].keep and _RESULT_TOTAL.fullmatch(units[j].strip()) and (
                _given_back(verdicts[j], kind) or verdicts[j].reason == "pattern:poll"  # a poll's count reads the same: under a table it is the table's
            ):
                j += 1  # the table's totals under it
        if kind.startswith("like:") and (not _touches_body(verdicts, i, j) or (is_ticker(units[i:j]) and not (i > 0 and units[i - 1].rstrip().endswith(":")))):
            j = i  # a box of figures among furniture, or a ticker of prices (unless announced with a colon), is no list of the story's
        shaped = sum(_kind(units[k]) == kind for k in range(i, j))  # a long label rides on a list, it does not make one (a second read)
        if shaped >= MIN_ITEMS or (body_above and j - i >= MIN_FIGURE_ITEMS and all(_FIGURE_ITEM.fullmatch(units[k].strip()) for k in range(i, j))):
            heading = i - 1
            if body_above and heading >= 0 and verdicts[heading].reason.startswith("justext:") and len(units[heading].split()) <= HEADING_MAX_WORDS:
                verdicts[heading] = Verdict(True, "body", "")
            for k in range(i, j):
                verdicts[k] = Verdict(True, "body", "")
        i = max(j, i + 1)
    announced_results(units, verdicts)
    list_gaps(units, verdicts)
    announced_bullets(units, verdicts)
    announced_names(units, verdicts)
    semicolon_lists(units, verdicts)


#: A list item written "Label: value" with a longer label than :data:`SHAPES`' ("Agriculture, Environment and Rural
#: Affairs Minister: Andrew Muir, Alliance"): inside a run of label items, its shape is enough (only the label's length
#: differs from the shape's: a furniture label, "Fax: 573-348-2779", stays out).
_LONG_LABEL = re.compile(r"[^:\n]{51,80}:\s+\S[^\n]{0,80}")


def _long_label(unit: str, kind: str) -> bool:
    """Whether ``unit`` goes on a run of ``label`` items with a longer label (``_LONG_LABEL``, ``MAX_WORDS`` words at most:
    a cabinet's list, one portfolio a line; the twenty-second site sets, s948).

    >>> _long_label("Agriculture, Environment and Rural Affairs Minister: Andrew Muir, Alliance", "label"), _long_label("Fax: 573-348-2779", "label")
    (True, False)
    """
    return kind == "label" and len(unit.split()) <= MAX_WORDS and _LONG_LABEL.fullmatch(unit.strip()) is not None


def list_gaps(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) the items of a bulleted list that only jusText's method
    removed from inside the list: a run of items opening with the same mark, every one removed by
    the general rule (``justext:``), with a kept body item of that mark right above it and right
    below it. A list is one thing: its middle items are the article's when its ends are (jusText
    judges each line alone, and a short or comma-heavy item falls between its neighbours).

    >>> units = ["Two parks were added.", "- Home to tigers and elephants.", "- Falling in two districts",
    ...          "- Comprises forests along the border", "- Known as a rain forest.", "Share this"]
    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    >>> verdicts = [body, body, cut, cut, body, cut]
    >>> list_gaps(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True, False]
    >>> verdicts = [body, body, cut, Verdict(False, "boilerplate", "pattern:share"), body, cut]
    >>> list_gaps(units, verdicts); [v.keep for v in verdicts]
    [True, True, False, False, True, False]
    >>> list_gaps(["- a", "* b", "- c"], [body, cut, body]), list_gaps([], [])
    (None, None)
    """
    i = 1
    while i < len(units) - 1:
        if verdicts[i].keep or not (verdicts[i - 1].keep and verdicts[i - 1].kind == "body" and is_bullet(units[i - 1])):
            i += 1
            continue
        mark = units[i - 1].lstrip()[0]
        j = i
        while j < len(units) and not verdicts[j].keep and verdicts[j].reason.startswith("justext:") and is_bullet(units[j]) and units[j].lstrip()[0] == mark:
            j += 1
        if j > i and j < len(units) and verdicts[j].keep and verdicts[j].kind == "body" and is_bullet(units[j]) and units[j].lstrip()[0] == mark:
            for k in range(i, j):
                verdicts[k] = Verdict(True, "body", "")
        i = max(j, i + 1)


def _above_list(verdicts: Sequence[Verdict], i: int) -> tuple[bool, bool]:
    """What stands right above a list starting at ``i``: (a kept body paragraph, a line the general rule or the tail's
    list test took right under a kept body paragraph, which may be a short line announcing the list)."""
    kept_above = verdicts[i - 1].keep and verdicts[i - 1].kind == "body"
    taken = not kept_above and _general(verdicts[i - 1]) and i >= 2 and verdicts[i - 2].keep and verdicts[i - 2].kind == "body"
    return kept_above, taken


#: A paragraph announcing other stories, not the story's own list.
_OTHER_STORIES = re.compile(r"\b(?:stories|articles|headlines|reads|links|posts|videos)\b", re.IGNORECASE)
#: A list closing the story has items of at least this many words (advice, steps: "Never share a one-time passcode").
CLOSING_ITEM_WORDS = 4


def announced_bullets(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a bulleted list that a kept body paragraph announces with a
    colon ("The security measures include:") and the body goes on under: a run of at least two units
    opening with the same bullet mark right under that paragraph, each kept or removed by the general
    rule (:func:`_general`), and a kept body paragraph right under the run, or only furniture a pattern
    named under it when each item has ``CLOSING_ITEM_WORDS`` words or more (advice closing the story,
    then "Share this story": rev26); not under a paragraph announcing other stories. A short line announcing
    the list that the general rule or the tail's list test took, right under the body, goes back with it. A police release's tips
    or a council's list of measures are sentences cut short, and jusText's method takes each alone
    for furniture; a menu or a share bar is neither announced by the story's prose nor followed by it.

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    >>> units = ["Residents are urged to keep their homes secure. The measures include:", "• Lock your doors at night",
    ...          "• Hide your keys", "• Close your curtains when you are away?", "Police said arrests had followed tips from the public."]
    >>> verdicts = [body, cut, cut, body, body]
    >>> announced_bullets(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, True]
    >>> verdicts = [body, cut, cut, body, cut]
    >>> announced_bullets(units, verdicts); [v.keep for v in verdicts]
    [True, False, False, True, False]
    >>> announced_bullets([], [])
    """
    for i in range(1, len(units) - 1):
        above = units[i - 1].rstrip()
        kept_above, announcing = _above_list(verdicts, i)
        if not ((kept_above or announcing) and above.endswith(":") and is_bullet(units[i])):
            continue
        if _OTHER_STORIES.search(above):
            continue  # "here are some other stories our readers enjoyed:": a box of other stories, announced in prose
        mark = units[i].lstrip()[0]
        j = i
        while j < len(units) and is_bullet(units[j]) and units[j].lstrip()[0] == mark and (verdicts[j].keep or _general(verdicts[j])):
            j += 1
        goes_on = j < len(units) and verdicts[j].keep and verdicts[j].kind == "body" and not is_bullet(units[j])
        # or the list closes the story: nothing under it but furniture a pattern named ("Share this story"), its items sentences
        closes = all(not verdicts[k].keep and verdicts[k].reason.startswith("pattern:") for k in range(j, len(units))) and all(
            len(units[k].split()) >= CLOSING_ITEM_WORDS for k in range(i, j)
        )
        if j - i >= 2 and (goes_on or closes):
            if announcing:
                verdicts[i - 1] = Verdict(True, "body", "")
            for k in range(i, j):
                if not verdicts[k].keep:
                    verdicts[k] = Verdict(True, "body", "")


#: A name alone as a list's item: two or three capitalised words ("Carla Brown", "Mary Ann Cruz"), a figure after it
#: ("Mary Lee 1,204", "Tom Park - 988 votes"): an honour roll, the charged, a council's vote.
_NAME_ITEM = re.compile(
    r"(?:[-\u2022*] )?[A-Z][\w'\u2019.-]*(?: (?:[A-Z][\w'\u2019.-]*|de|da|van|von|la|le|bin|al)){1,2}"
    r"(?P<figure>,? (?:[-\u2013\u2014:] )?\d[\d,.]*%?(?: (?:votes|points|percent|per cent))?)?\.?"
)
#: A paragraph announcing a box of the page's, not the story's names: other coverage, the newsroom's team, the writers
#: of the report (a second read, rev53: "Related coverage from our newsroom:", "Meet the First Alert Weather Team:").
_NOT_THE_STORYS = re.compile(r"\b(?:coverage|newsroom|team|staff|writers?|reporters?|editors?|contribut\w*|meet|related|more|latest|popular|recommended|trending|topics?)\b", re.IGNORECASE)
#: An announced list of names has at least this many items.
NAME_ITEMS = 3


def announced_names(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) a list of names that a kept body paragraph announces with a colon
    ("The following students made the honour roll:", "The victims are:"): a run of at least ``NAME_ITEMS``
    units right under it, each a name alone or a name and its figure (``_NAME_ITEM``, all of one build),
    every one removed by the general rule, and under the run only the end of the text, a kept paragraph or
    furniture a pattern named. Names are short lines without stop words, so jusText's method takes each for
    furniture, and under the story's last paragraph nothing of the story's stands below them to keep them; the
    paragraph announcing them is the story's own prose (not "Read more:" or "Tags:", which patterns name, nor a
    paragraph announcing other stories). A short line announcing them that the tail's list test took goes back too.

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    >>> units = ["The school named its top students on Friday. The following students made the honour roll:",
    ...          "Ben Adams", "Carla Brown", "David Chen", "Advertisement"]
    >>> verdicts = [body, cut, cut, cut, Verdict(False, "boilerplate", "pattern:advert")]
    >>> announced_names(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, False]
    >>> verdicts = [body, cut, cut, cut, Verdict(False, "boilerplate", "pattern:advert")]
    >>> announced_names(["Here are other stories from our region:", *units[1:]], verdicts); [v.keep for v in verdicts]
    [True, False, False, False, False]
    >>> announced_names([], [])
    """
    for i in range(1, len(units)):
        above = units[i - 1].rstrip()
        kept_above, announcing = _above_list(verdicts, i)
        if not ((kept_above or announcing) and above.endswith(":") and len(above.split()) >= HEADING_MIN_WORDS) or _OTHER_STORIES.search(above) or _NOT_THE_STORYS.search(above):
            continue
        builds = []
        j = i
        while j < len(units) and not verdicts[j].keep and _general(verdicts[j]):
            item = _NAME_ITEM.fullmatch(units[j].strip())
            if item is None:
                break
            builds.append(item.group("figure") is not None)
            j += 1
        closed = j == len(units) or verdicts[j].keep or verdicts[j].reason.startswith("pattern:")
        if len(builds) >= NAME_ITEMS and len(set(builds)) == 1 and closed:
            for k in range(i - 1 if announcing else i, j):
                verdicts[k] = Verdict(True, "body", "")


#: A paragraph announcing a list of names has at least this many words (a sentence, not a label: "Winners:" is a box's).
HEADING_MIN_WORDS = 4


def _given_back(verdict: Verdict, kind: str) -> bool:
    """Whether a removed unit of a list of this shape may go back to the body: removed by the
    general rule only, or (a table of results) by anything but a furniture pattern."""
    return verdict.reason.startswith("justext:") or (kind in ANYWHERE and not verdict.reason.startswith("pattern:"))


def _kind(unit: str) -> str:
    """A unit's list shape (:func:`shape`), else its :func:`signature` (``like:...``), else ``''``."""
    found = shape(unit)
    if found:
        return found
    built = signature(unit)
    return f"like:{built}" if built else ""


#: Between a list of :func:`signature`'s kind and the body above it stand at most this many lines
#: that the general rule removed (its title and column names).
LIKE_MAX_HEADINGS = 2


def _touches_body(verdicts: Sequence[Verdict], i: int, j: int) -> bool:
    """Whether the run ``i:j`` touches the body: a kept paragraph right below it, or right above it
    past at most :data:`LIKE_MAX_HEADINGS` lines the general rule removed (not past furniture a
    pattern named: a comment form, a share bar)."""
    if j < len(verdicts) and verdicts[j].keep and verdicts[j].kind == "body":
        return True
    for k in range(i - 1, max(-1, i - 2 - LIKE_MAX_HEADINGS), -1):
        if verdicts[k].keep:
            return verdicts[k].kind == "body"
        if not verdicts[k].reason.startswith("justext:"):
            return False
    return False


#: A heading announcing the article's own results under its body: one of these words, a colon at its end.
_RESULTS_HEADING = re.compile(r"\b(?:results?|standings|rankings?|winners|scores|leaderboard|placings|finishers|tally|tallies)\b[^:]{0,40}:$", re.IGNORECASE)
#: What an item restates of the body: a name of two capitalised words, or a figure of three digits or with a decimal point.
_RESTATED = re.compile(rf"{FULL_NAME}|\d+[.,]\d+|\d{{3,}}")
#: The announced list restates at least this many distinct names or figures of the body.
RESULTS_MIN_SHARED = 2


#: A numbered list of names: "1. Nairobi", "14. Homa Bay" (a number, a stop, one to three capitalised words).
_NUMBERED_NAME = re.compile(r"(\d{1,3})\. ([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*){0,2})")
#: The story names at least this many of the list's items above it, and says how many they are.
NAMED_ITEMS_IN_BODY = 2



def keep_numbered_names(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back (in place) a numbered list of names the general rule removed under the body: ``MIN_ITEMS`` or more
    units in a row, each a number and one to three capitalised words ("1. Nairobi", "2. Mombasa", ... "20. Trans
    Nzoia"), numbered 1, 2, 3 ..., right under a kept paragraph of the body that, with the paragraphs above it, names at
    least ``NAMED_ITEMS_IN_BODY`` of them and says how many they are ("At least 20 counties ...": the thirty-third site
    sets, s1161). A box of other stories numbers headlines, longer; a site's trending names, tags or sections are not
    counted by the story (a second read).

    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    >>> units = ["Protests were held in three counties, Nakuru and Kisumu among them, on Wednesday.", "1. Nairobi", "2. Nakuru", "3. Kisumu"]
    >>> verdicts = [body, cut, cut, cut]
    >>> keep_numbered_names(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True]
    >>> verdicts = [body, cut, cut, cut]
    >>> keep_numbered_names(["Prices rose on Wednesday.", *units[1:]], verdicts); [v.keep for v in verdicts]
    [True, False, False, False]
    """
    i = 1
    while i < len(units):
        if verdicts[i].keep or not verdicts[i].reason.startswith("justext:") or not (verdicts[i - 1].keep and verdicts[i - 1].kind == "body"):
            i += 1
            continue
        j, names = i, []
        while j < len(units) and not verdicts[j].keep and verdicts[j].reason.startswith("justext:"):
            found = _NUMBERED_NAME.fullmatch(units[j].strip())
            if not found or int(found.group(1)) != j - i + 1:
                break
            names.append(found.group(2))
            j += 1
        if len(names) >= MIN_ITEMS:
            story = " ".join(units[k] for k in range(i) if verdicts[k].keep and verdicts[k].kind == "body")
            counted = re.search(rf"\b(?:{len(names)}|{NUMBER_WORDS[len(names)] if len(names) < len(NUMBER_WORDS) else '-'})\b", story, re.IGNORECASE)  # "At least 20 counties ..."
            if counted and sum(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", story) is not None for name in names) >= NAMED_ITEMS_IN_BODY:
                for k in range(i, j):
                    verdicts[k] = Verdict(True, "body", "")
        i = max(j, i + 1)


def announced_results(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back (in place) a list under the body that its heading announces as the article's results
    ("Full tournament results:", "Rankings did not change from last week:"): a heading of at most
    :data:`HEADING_MAX_WORDS` words naming results, standings, rankings or winners and ending with a
    colon, below a kept body paragraph, and the run of units under it that only the general rule
    removed (any build: a page may glue its rows into one line), when the run restates at least
    :data:`RESULTS_MIN_SHARED` of the body's names or figures. Other stories' headlines under a
    "More results:" box restate none of the body's figures, and a furniture pattern's verdict stands.

    Examples
    --------
    >>> body = "Ann Lee won the contest with a pike of 7.215 pounds, ahead of Bob Ray with one of 6.070 pounds."
    >>> cut = Verdict(False, "boilerplate", "justext:bad")
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "tail_list"), cut]
    >>> announced_results([body, "Full results:", "Ann Lee - pike of 7.215 pounds Bob Ray - pike of 6.070 pounds"], verdicts)
    >>> [v.keep for v in verdicts]
    [True, True, True]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "tail_list"), cut]
    >>> announced_results([body, "More results:", "Storm closes roads in the north Ferry sailings cancelled"], verdicts)
    >>> [v.keep for v in verdicts]
    [True, False, False]
    >>> announced_results([], [])
    """
    body_above = False
    body = ""  # the kept text, joined once when a heading is found
    scanned = 0  # units up to here stood in a run already read (a run is read once: linear)
    for i, unit in enumerate(units):
        if i < scanned:
            continue
        if verdicts[i].keep:
            body_above = body_above or verdicts[i].kind == "body"
            continue
        text = unit.strip()
        if not body_above or not text.endswith(":") or len(text.split()) > HEADING_MAX_WORDS or not _general(verdicts[i]):
            continue
        if not _RESULTS_HEADING.search(text):
            continue
        j = i + 1
        while j < len(units) and not verdicts[j].keep and _general(verdicts[j]):
            j += 1
        scanned = j
        if j == i + 1:
            continue
        body = body or " ".join(u for u, v in zip(units, verdicts) if v.keep)
        shared = {found for k in range(i + 1, j) for found in _RESTATED.findall(units[k]) if found in body}
        if len(shared) >= RESULTS_MIN_SHARED:
            for k in range(i, j):
                verdicts[k] = Verdict(True, "body", "")


def _general(verdict: Verdict) -> bool:
    """Removed by the general rule (jusText's method or the tail of links), not by a named pattern."""
    return verdict.reason.startswith("justext:") or verdict.reason == "tail_list"


#: An item of a list written into the prose ends with a semicolon ("Red Lion, Rugeley (19 Market Street);"), its
#: last item with a full stop; a conjunction may follow the semicolon ("...; and").
_SEMICOLON_ITEM = re.compile(r";(?:\s+(?:and|or))?$")
#: The item before the last: a conjunction after its semicolon ("...; and").
_LAST_ITEM_NEXT = re.compile(r";\s+(?:and|or)$")


def semicolon_lists(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Give back to the body (in place) the items of a list written into the prose that the general
    rule removed: a run of units each ending with a semicolon (:data:`_SEMICOLON_ITEM`), and the unit
    right under the run when it closes the list with a full stop (after "; and", whatever closes it), right under a
    kept body paragraph that announces the list with a colon or is the list's first item, or under a short line
    announcing it with a colon, right under the body, that the general rule or the tail's list test took (given back
    with the items). Only the general rule's and the tail's list test's removals go back. Furniture does not end its
    lines with semicolons (no menu, credit, promo or caption of the labelled pages does); a list of
    places, pubs or measures does, and its short items are what jusText's method takes for furniture.
    A unit removed by a named pattern stays removed.

    Examples
    --------
    >>> body, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
    >>> units = ["Eight pubs are listed, as follows:", "The Vines, Liverpool;", "Red Lion, Rugeley;", "Blue Ship, Billingshurst.", "Share this"]
    >>> verdicts = [body, cut, cut, cut, cut]
    >>> semicolon_lists(units, verdicts); [v.keep for v in verdicts]
    [True, True, True, True, False]
    >>> verdicts = [body, cut, Verdict(False, "boilerplate", "pattern:share"), cut, cut]
    >>> semicolon_lists(units, verdicts); [v.keep for v in verdicts]
    [True, True, False, False, False]
    >>> verdicts = [cut, cut, cut, cut, cut]
    >>> semicolon_lists(units, verdicts); [v.keep for v in verdicts]
    [False, False, False, False, False]
    >>> semicolon_lists(["Home;", "News;"], [body, cut]), semicolon_lists([], [])
    (None, None)
    """
    i = 1
    while i < len(units):
        above = units[i - 1].rstrip()
        kept_above, announcing = _above_list(verdicts, i)
        announcing = announcing and above.endswith(":")  # a short line announcing the list with a colon, taken right under the body
        if not ((kept_above or announcing) and (above.endswith(":") or _SEMICOLON_ITEM.search(above))):
            i += 1
            continue
        j = i
        while j < len(units) and _SEMICOLON_ITEM.search(units[j].rstrip()) and (verdicts[j].keep or _general(verdicts[j])):
            j += 1
        if j == i and not _SEMICOLON_ITEM.search(above):
            i += 1
            continue  # a colon with no item under it
        if j < len(units) and not verdicts[j].keep and _general(verdicts[j]) and (
            units[j].rstrip().endswith(".") or (j > i and _LAST_ITEM_NEXT.search(units[j - 1].rstrip()))
        ):
            j += 1  # the last item, with its full stop, or after "; and" whatever closes it
        if announcing and j > i:
            verdicts[i - 1] = Verdict(True, "body", "")
        for k in range(i, j):
            if not verdicts[k].keep:
                verdicts[k] = Verdict(True, "body", "")
        i = max(j, i + 1)
