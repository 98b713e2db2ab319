"""Page furniture and top matter: which paragraphs of a copied page are the article's body.

Text copied from a web page carries navigation, share buttons, comment prompts, captions,
counters, reader appeals and other stories' headlines, and above the body its top matter
(headline, kicker, standfirst, byline, date line). None of it is the outlet's reporting, so none
of it may be scored; all of it is kept, with a reason, in ``removed.csv``.

Two steps, each unit (a paragraph, or a line of a block of short lines) gets one verdict:

1. **Patterns as data** (``data/instruments/boilerplate_patterns.tsv``): common furniture by its
   wording ("Skip to main content", "Post a Comment", "Photograph: X/Y"), and two rules in code
   for top matter: a date line (``Wed, Jul 24, 2013 - Page 6``; mostly date words) and a line
   with no letter or digit at all (``-``). A pattern's verdict is final.
2. **The general rule for the unseen: jusText's method** (Pomikálek 2011, the algorithm of the
   ``justext`` package that trafilatura ships with), re-implemented here on text paragraphs
   with justext's own English stop list and its default thresholds: a paragraph is *bad* if
   more than 20% of its characters are links (URLs in plain text; unless it is written as a
   sentence) or it holds ``©``; *short*
   under 70 characters; *good* with a stop-word density of at least 0.32 and over 200
   characters; *near-good* with a density of at least 0.30 (or 0.32 and 200 characters or
   fewer); *bad* otherwise. Then the context revision: a short paragraph between two good ones
   is good, between two bad ones bad; a near-good one is bad only between two bad ones; the
   text's start and end count as bad. We re-implement instead of calling ``justext.justext``
   because it needs HTML (its paragraphs come from the DOM) and cannot take our patterns'
   verdicts into its context revision. One deviation, because plain text has no markup to
   show that a short line is a paragraph of prose: a short unit that is a full sentence (two
   or more words, one in lower case, ending in ``.``, ``!`` or ``?``) is near-good, not short,
   so an article's short closing sentence ("Doctors said she is safe.") stays. Likewise
   (deviation 2) a paragraph below the stop-word threshold that is written in sentences is
   judged by its context like a short one: news paragraphs dense with names and figures
   ("SAN SIMEON, Calif. (AP) - Growing wildfires ...") fall under jusText's threshold. And
   (deviation 3) when no paragraph is good, near-good ones count as good: news paragraphs are
   often under jusText's 200 characters. Last, above the first kept paragraph written as a
   sentence, a kept unit that is not one (a long headline, a standfirst without a full stop)
   is top matter; below the last kept paragraph written as a sentence, a bulleted list (two
   or more items without a full stop) that the body was not already running is a list of
   links (reason ``tail_list``); and above a paragraph opening with a wire dateline
   ("FOREST RANCH, Calif. (AP) - ...") every unit is top matter (``top:before_dateline``). A
   paragraph over 200 characters is removed only by a pattern or for its
   links (deviation 4): long furniture is rare in copied text, long odd body paragraphs (a
   table of figures, a run-on without stop words) are not.

If no unit is good (a one-line article, a list of figures), the general rule removes nothing:
only patterns do. Removed units before the first body paragraph are top matter when they look
like it (the first headline-like line is the ``headline``; date lines; bylines; a standfirst
between headline and body); the rest are boilerplate. Every verdict carries a reason code:
``pattern:<reason>``, ``top:<headline|kicker|standfirst|byline|date|before_dateline>``, ``tail_list``, ``justext:<class>``
(the context-free class the paragraph had), ``no_words``.

Examples
--------
>>> units = ["Skip to main content", "Quake toll rises", "By Jane Roe",
...          "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said, and more were missing.",
...          "Doctors said she is safe.", "Post a Comment"]
>>> [(v.keep, v.reason) for v in classify_units(units)]
[(False, 'pattern:skip_link'), (False, 'top:headline'), (False, 'top:byline'), (True, ''), (True, ''), (False, 'pattern:comments')]
>>> classify_units([])
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Sequence

from .errors import InstrumentError
from .instruments import instrument_path, load_tsv

PATTERNS = "boilerplate_patterns.tsv"
KINDS = frozenset({"boilerplate", "top_matter"})

# jusText's defaults (justext.core: LENGTH_LOW_DEFAULT ... MAX_LINK_DENSITY_DEFAULT).
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_LINK_DENSITY = 0.2

_URL = re.compile(r"https?://\S+|www\.\S+|\b(?:t\.co|pic\.twitter\.com|bit\.ly)/\S+|\S+@\S+\.\w+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]", re.UNICODE)
# A wire dateline: a place in capitals, perhaps its state or country, perhaps the agency, then a dash.
_WIRE_DATELINE = re.compile(
    r"[A-Z][A-Z.'\u2019]+(?:[ -][A-Z][A-Z.'\u2019]+){0,3},?(?: [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?"
    r"(?:,? *\([A-Za-z ]{2,20}\))? *[\u2014\u2013-]+ +(?=[A-Z\"'\u201c])"
)
_CLOSERS = "\"'\u201d\u2019)"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: ``.``, ``!`` or ``?``, then only closing marks.

    Examples
    --------
    >>> ends_sentence('He left."'), ends_sentence("Quake toll rises"), ends_sentence("")
    (True, False, False)
    """
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


@dataclass(frozen=True)
class Verdict:
    """What to do with one unit: keep it as body, or remove it as ``kind`` for ``reason``."""

    keep: bool
    kind: str  # body | top_matter | boilerplate
    reason: str  # '' when kept


@dataclass(frozen=True)
class _Pattern:
    reason: str
    kind: str
    search: bool
    regex: re.Pattern[str]
    needs: tuple[str, ...] = ()  # search patterns: a line must contain one (lower case) to be tried


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[_Pattern, ...]:
    """The compiled patterns of ``boilerplate_patterns.tsv``, validated (cached).

    Examples
    --------
    >>> p = boilerplate_patterns()
    >>> p[0].reason, p[0].kind, bool(p[0].regex.fullmatch("skip to main content"))
    ('skip_link', 'boilerplate', True)
    """
    path = instrument_path(PATTERNS)
    out = []
    for row in load_tsv(PATTERNS, required=("reason", "kind", "how", "pattern")):
        if row["kind"] not in KINDS or row["how"] not in ("match", "search"):
            raise InstrumentError(path, f"kind must be one of {sorted(KINDS)} and how match or search", row=int(row["line"]))
        try:
            regex = re.compile(row["pattern"], re.IGNORECASE)
        except re.error as exc:
            raise InstrumentError(path, f"bad regular expression: {exc}", row=int(row["line"])) from exc
        needs = tuple(n for n in row.get("needs", "").lower().split("|") if n)
        out.append(_Pattern(row["reason"], row["kind"], row["how"] == "search", regex, needs))
    return tuple(out)


@lru_cache(maxsize=1)
def _combined() -> tuple[re.Pattern[str], tuple[_Pattern, ...], tuple[_Pattern, ...]]:
    """Every ``match`` pattern in one alternation (the first in file order that matches the
    whole line wins, as one by one: one regex call per line instead of one per pattern), the
    ``search`` patterns, and all patterns by index."""
    patterns = boilerplate_patterns()
    whole = [f"(?P<p{i}>{p.regex.pattern})" for i, p in enumerate(patterns) if not p.search]
    return re.compile("|".join(whole) or "(?!)", re.IGNORECASE), tuple(p for p in patterns if p.search), patterns


def match_pattern(unit: str) -> tuple[str, str] | None:
    """``(kind, reason)`` of the first furniture pattern the unit matches, else ``None``
    (whole-line patterns first, in file order; then those that may match anywhere, each tried
    only on a line holding one of its ``needs``).

    Examples
    --------
    >>> match_pattern("Back to top button"), match_pattern("Source : Ahram online")
    (('boilerplate', 'navigation'), ('top_matter', 'source_credit'))
    >>> match_pattern("Rescue workers soon arrived to help.") is None
    True
    """
    text = " ".join(unit.split())
    whole, anywhere, patterns = _combined()
    found = whole.fullmatch(text)
    if found:
        name = found.lastgroup if found.lastgroup and found.lastgroup.startswith("p") else None
        name = name or next(n for n, v in found.groupdict().items() if v is not None)
        pattern = patterns[int(name[1:])]
        return pattern.kind, pattern.reason
    low = text.lower()
    for pattern in anywhere:
        if (not pattern.needs or any(n in low for n in pattern.needs)) and pattern.regex.search(text):
            return pattern.kind, pattern.reason
    return None


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """justext's English stop list (the list its method was tuned with), lower case.

    Examples
    --------
    >>> {"the", "said", "would"} <= stopwords()
    True
    """
    import justext

    return frozenset(word.lower() for word in justext.get_stoplist("English"))


@lru_cache(maxsize=1)
def _date_words() -> frozenset[str]:
    from .calendar_words import load_calendar

    calendar = load_calendar()
    words = {name.lower() for name, _ in (*calendar.months, *calendar.weekdays)}
    words |= {a.lower() for _, abbr in (*calendar.months, *calendar.weekdays) for a in abbr}
    words |= {name[:3].lower() for name, _ in (*calendar.months, *calendar.weekdays)}
    words |= {"am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "bst", "est", "edt", "pst", "pdt", "cet", "cest", "aest", "aedt",
              "updated", "published", "posted", "last", "on", "at", "in", "date", "page", "pm", "today", "yesterday", "hrs", "ago",
              "min", "mins", "read", "minutes", "hours", "hour", "ist)"}
    return frozenset(words)


def is_date_line(unit: str) -> bool:
    """A line that is only a date, time or publication stamp (top matter), not a sentence.

    Examples
    --------
    >>> [is_date_line(x) for x in ("Wed, Jul 24, 2013 - Page 6", "Tuesday 15 July 2014 20:03 BST", "Updated", "February 23, 2011 in Nation/World")]
    [True, True, True, True]
    >>> [is_date_line(x) for x in ("May sees 2,000 troops leave", "Troops left on Monday.", "")]
    [False, False, False]
    """
    tokens = re.findall(r"[A-Za-z]+\.?|\d+", unit)
    if not tokens or len(tokens) > 12 or ends_sentence(unit) and len(tokens) > 4:
        return False
    words = _date_words()
    dated = [t for t in tokens if t.isdigit() or t.lower().rstrip(".") in words]
    anchor = any(t.isdigit() or t.lower().rstrip(".") in words - {"on", "at", "in", "last", "read", "page"} for t in tokens)
    return anchor and len(dated) >= max(1, 0.6 * len(tokens))


_BYLINE_PREFIX = re.compile(r"^(?:by|written by|words by|reported by|story by|posted by)\s+\S", re.IGNORECASE)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w.'\u2019-]*|[A-Z]{2,}|and|And|of|the|in|de|van|von|bin|al-\w+|&)$")


def is_byline(unit: str) -> bool:
    """A byline or source line: ``By ...``, or two to ten name-like words (``VOA News``).

    Examples
    --------
    >>> [is_byline(x) for x in ("By NIC COURY and REBECCA BOONE", "John M. Glionna And Rich Connell Los Angeles Times", "VOA News")]
    [True, True, True]
    >>> [is_byline(x) for x in ("World", "Doctors said she is safe.", "Quake toll rises")]
    [False, False, False]
    """
    text = unit.strip()
    words = text.split()
    if not 1 <= len(words) <= 14 or ends_sentence(text):
        return False
    if _BYLINE_PREFIX.match(text):
        return True
    return 2 <= len(words) <= 10 and all(_NAME_WORD.match(w.strip(",;:")) for w in words) and words[0][0].isupper() and not any(c.isdigit() for c in text)


def _is_sentence(unit: str) -> bool:
    words = unit.split()
    if len(words) >= 2 and unit.rstrip().endswith(":"):  # a paragraph introducing a quote or list
        return any(w[:1].islower() for w in words)
    return len(words) >= 2 and bool(ends_sentence(unit)) and any(w[:1].islower() for w in words)


def _is_prose(unit: str) -> bool:
    """Written as running text: ends as a sentence does, or is too long for a headline."""
    return bool(ends_sentence(unit)) or _is_sentence(unit) or len(unit) > 300


def _is_headline(unit: str) -> bool:
    text = unit.strip()
    return (
        3 <= len(text.split()) <= 30
        and not text.endswith((".", ":", ",", ";"))
        and not _BYLINE_PREFIX.match(text)
        and (text[:1].isalnum() or text[:1] in "'\"\u2018\u201c")
    )


def _is_kicker(unit: str) -> bool:
    text = unit.strip()
    letters = [c for c in text if c.isalpha()]
    return 1 <= len(text.split()) <= 6 and bool(letters) and (text.isupper() or text.endswith(("?", "!")))


def context_free_class(unit: str) -> str:
    """jusText's context-free class of one text paragraph: bad, short, neargood or good.

    Examples
    --------
    >>> context_free_class("Share this")
    'short'
    >>> context_free_class("Doctors said she is safe.")
    'neargood'
    >>> context_free_class("See https://example.com/a/very/long/link/that/dominates/this/line/entirely and more")
    'bad'
    """
    text = " ".join(unit.split())
    length = len(text)
    if not length:
        return "bad"
    links = sum(len(m.group()) for m in _URL.finditer(text)) if ("/" in text or "www" in text or "@" in text) else 0
    if (links / length > MAX_LINK_DENSITY and not _is_sentence(text)) or "\u00a9" in text or "&copy" in text:
        return "bad"
    if length < LENGTH_LOW:
        return "neargood" if _is_sentence(text) else "short"
    words = text.split()
    density = sum(map(stopwords().__contains__, map(str.lower, words))) / len(words)
    if density >= STOPWORDS_HIGH:
        return "good" if length > LENGTH_HIGH else "neargood"
    if density >= STOPWORDS_LOW:
        return "neargood"
    if length > LENGTH_HIGH:  # a long paragraph is only removed by a pattern or for its links
        return "neargood"
    return "short" if _is_sentence(text) else "bad"


def _neighbours(classes: Sequence[str], *, ignore_neargood: bool) -> tuple[list[str], list[str]]:
    """For each position, the class of the nearest good/bad (or near-good, unless ignored)
    paragraph before and after it; ``bad`` past either end. Two passes: linear in the text."""
    stops = ("good", "bad") if ignore_neargood else ("good", "bad", "neargood")
    before, after = ["bad"] * len(classes), ["bad"] * len(classes)
    last = "bad"
    for i, c in enumerate(classes):
        before[i] = last
        if c in stops:
            last = c
    last = "bad"
    for i in range(len(classes) - 1, -1, -1):
        after[i] = last
        if classes[i] in stops:
            last = classes[i]
    return before, after


def revise(classes: Sequence[str]) -> list[str]:
    """jusText's context revision of context-free classes (justext.core.revise_paragraph_classification,
    without its HTML-heading step): the result is only ``good`` or ``bad``.

    Examples
    --------
    >>> revise(["short", "good", "short", "good", "short"])
    ['bad', 'good', 'good', 'good', 'bad']
    >>> revise(["bad", "neargood", "bad"]), revise([])
    (['bad', 'bad', 'bad'], [])
    """
    out = list(classes)
    prev, nxt = _neighbours(out, ignore_neargood=True)
    prev_any, next_any = _neighbours(out, ignore_neargood=False)
    new = {}
    for i, c in enumerate(out):
        if c != "short":
            continue
        if prev[i] == nxt[i]:
            new[i] = prev[i]
        elif (prev[i] == "bad" and prev_any[i] == "neargood") or (nxt[i] == "bad" and next_any[i] == "neargood"):
            new[i] = "good"
        else:
            new[i] = "bad"
    for i, c in new.items():
        out[i] = c
    prev, nxt = _neighbours(out, ignore_neargood=True)
    for i, c in enumerate(out):
        if c == "neargood":
            out[i] = "bad" if prev[i] == "bad" == nxt[i] else "good"
    return out


def classify_units(units: Sequence[str]) -> list[Verdict]:
    """A verdict for each unit of one article, in order (see the module's description).

    Examples
    --------
    >>> [v.reason for v in classify_units(["-", "Troops left."])]
    ['no_words', '']
    """
    if not units:
        return []
    fixed: list[tuple[str, str] | None] = []
    for unit in units:
        if not _WORD.search(unit):
            fixed.append(("boilerplate", "no_words"))
            continue
        found = match_pattern(unit)
        fixed.append((found[0], f"pattern:{found[1]}") if found else None)
    cf = ["bad" if f else context_free_class(u) for u, f in zip(units, fixed)]
    if "good" not in cf:  # short-paragraph news: near-good paragraphs are the best evidence of prose
        cf = ["good" if c == "neargood" else c for c in cf]
    final = revise(cf)
    if "good" not in final:  # no body detected: the general rule removes nothing
        return [Verdict(False, f[0], f[1]) if f else Verdict(True, "body", "") for f in fixed]
    # The general rule never removes a paragraph written in sentences (a short lede dense with
    # names, an item of a live blog): only patterns, a wire dateline below it, or link density do.
    for i, unit in enumerate(units):
        if final[i] == "bad" and not fixed[i] and cf[i] != "bad" and _is_sentence(unit):
            final[i] = "good"
    # Top matter that jusText keeps (a long headline or standfirst next to the lede): above the
    # first kept unit written as a sentence, a kept unit that is not one is not body.
    first = next((i for i, c in enumerate(final) if c == "good" and _is_prose(units[i])), None)
    if first is not None:
        for i in range(first):
            if final[i] == "good" and not ends_sentence(units[i]) and not _is_sentence(units[i]) and len(units[i].split()) <= 40:
                final[i] = "bad"
    # A wire dateline ("FOREST RANCH, Calif. (AP) - ...") opens the story: what stands above it
    # (a caption, a standfirst, a headline run into its byline) is top matter.
    opening = next((i for i, c in enumerate(final[:12]) if c == "good" and _WIRE_DATELINE.match(units[i])), None)
    before_dateline = set()
    if opening:
        before_dateline = {i for i in range(opening) if final[i] == "good"}
        for i in before_dateline:
            final[i] = "bad"
    # A list that starts after the body's last sentence is a list of links (other stories'
    # headlines), not body; a list the body was already running (a budget's measures) goes on.
    last = next((i for i in range(len(final) - 1, -1, -1) if final[i] == "good" and ends_sentence(units[i])), None)
    tail_list = set()
    if last is not None and not _is_bullet(units[last]):
        bullets = [i for i in range(last + 1, len(units)) if final[i] == "good" and _is_bullet(units[i]) and not ends_sentence(units[i])]
        if len(bullets) >= 2:
            tail_list = set(bullets)
            for i in bullets:
                final[i] = "bad"
    first = final.index("good")
    headline_below = [False] * (first + 1)  # is a headline-like unit between i and the body?
    for i in range(first - 1, -1, -1):
        headline_below[i] = headline_below[i + 1] or (i + 1 < first and _is_headline(units[i + 1]))
    verdicts: list[Verdict] = []
    headline_seen = False
    for i, (unit, f, c, fin) in enumerate(zip(units, fixed, cf, final)):
        if f:
            verdicts.append(Verdict(False, f[0], f[1]))
        elif fin == "good":
            verdicts.append(Verdict(True, "body", ""))
        elif i in before_dateline:
            verdicts.append(Verdict(False, "top_matter", "top:before_dateline"))
        elif i < first:
            reason = _top_reason(unit, headline_seen, headline_below[i])
            headline_seen = headline_seen or reason == "top:headline"
            verdicts.append(Verdict(False, "top_matter" if reason else "boilerplate", reason or f"justext:{c}"))
        elif i in tail_list:
            verdicts.append(Verdict(False, "boilerplate", "tail_list"))
        else:
            verdicts.append(Verdict(False, "boilerplate", f"justext:{c}"))
    return verdicts


def _is_bullet(unit: str) -> bool:
    return unit.lstrip()[:2] in ("- ", "* ", "\u2022 ", "\u25cf ", "\u25aa ", "\u2014 ", "> ")


def _top_reason(unit: str, headline_seen: bool, headline_below: bool) -> str:
    """Which kind of top matter a removed unit above the body is ('' when none)."""
    if is_date_line(unit):
        return "top:date"
    if is_byline(unit) and (headline_seen or not _is_headline(unit) or len(unit.split()) < 3):
        return "top:byline"
    if not headline_seen:
        if _is_kicker(unit) and headline_below:
            return "top:kicker"
        if _is_headline(unit):
            return "top:headline"
        return ""
    if len(unit.split()) >= 6:
        return "top:standfirst"
    return ""


def headline_of(units: Sequence[str], verdicts: Sequence[Verdict]) -> str | None:
    """The text of the unit recognised as the headline, if any.

    Examples
    --------
    >>> u = ["Quake toll rises", "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said, and more were missing."]
    >>> headline_of(u, classify_units(u))
    'Quake toll rises'
    """
    for unit, verdict in zip(units, verdicts):
        if verdict.reason == "top:headline":
            return " ".join(unit.split())
    return None


_LEADING_DATE = re.compile(
    r"^\s*(?:date\s+)?(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?\S*)?"
    r"|(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{4})\s*(?:[-|\u2014:]\s*)?(?=(?-i:[A-Z\"'\u201c]))",
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
    """
    found = _LEADING_DATE.match(paragraph)
    return found.end() if found else 0
