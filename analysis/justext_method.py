"""jusText's method on text paragraphs: context-free classes and their context revision.

The general rule of :mod:`analysis.boilerplate` for furniture no pattern names (Pomikálek 2011,
the algorithm of the ``justext`` package that trafilatura ships with), with justext's English
stop list and default thresholds, and the deviations for plain text that module describes.

Examples
--------
>>> [context_free_class(u) for u in ("Share this", "Doctors said she is safe.", "")]
['short', 'neargood', 'bad']
>>> revise(["short", "good", "short", "good", "short"])
['bad', 'good', 'good', 'good', 'bad']
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence
from .title_case import is_title_case

# jusText's defaults (justext.core: LENGTH_LOW_DEFAULT ... MAX_LINK_DENSITY_DEFAULT).
LENGTH_LOW = 70
LENGTH_HIGH = 200
STOPWORDS_LOW = 0.30
STOPWORDS_HIGH = 0.32
MAX_LINK_DENSITY = 0.2

#: A web or email address (a link's text, a contact line's address); other rules read it too.
WEB_ADDRESS = re.compile(r"https?://\S+|www\.\S+|\b(?:t\.co|pic\.twitter\.com|bit\.ly)/\S+|\S+@\S+\.\w+", re.IGNORECASE)
_WORD = re.compile(r"[^\W_]", re.UNICODE)
#: A copyright sign, not the second half of "é" read as Windows-1252 ("rÃ©sumÃ©", mojibake that
#: was not repaired, its "Ã" precomposed or as "A" and a combining tilde): such a paragraph is the body's.
_COPYRIGHT = re.compile("(?<![\u00c3\u0303])\u00a9")
_CLOSERS = "\"'\u201d\u2019)"


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends as a sentence does: ``.``, ``!`` or ``?``, then only closing marks.

    Examples
    --------
    >>> ends_sentence('He left."'), ends_sentence("Quake toll rises"), ends_sentence("")
    (True, False, False)
    """
    return text.rstrip().rstrip(_CLOSERS).endswith((".", "!", "?"))


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


def is_sentence(unit: str) -> bool:
    words = unit.split()
    if len(words) >= 2 and unit.rstrip().endswith(":"):  # a paragraph introducing a quote or list
        return any(w[:1].islower() for w in words)
    return len(words) >= 2 and bool(ends_sentence(unit)) and any(w[:1].islower() for w in words)


def headline_case(unit: str) -> bool:
    """Capitalised as a headline is (:func:`analysis.title_case.is_title_case`: four or more words,
    every one capitalised, a number or a minor word, and some lower-case letters: a line in
    capitals is not told by its case).

    Examples
    --------
    >>> headline_case("Man Picks Up Egg With 6,000 Pound Crane, Careful..."), headline_case("Ten people died on Monday.")
    (True, False)
    >>> headline_case("THE PARTY WON."), headline_case("")
    (False, False)
    """
    return is_title_case(unit)


@lru_cache(maxsize=2048)
def is_prose(unit: str) -> bool:
    """Written as running text: ends as a sentence does (and is not capitalised as a headline,
    "Man Picks Up Egg With 6,000 Pound Crane, Careful..."), or is too long for a headline.

    Cached (a pure function of the unit): the cleaning's rules ask it of every unit of an article
    five times or more (the tail, the captions, the comment and author boxes, the summary).
    """
    return (bool(ends_sentence(unit)) and not headline_case(unit)) or is_sentence(unit) or len(unit) > 300


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
    links = sum(len(m.group()) for m in WEB_ADDRESS.finditer(text)) if ("/" in text or "www" in text or "@" in text) else 0
    if (links / length > MAX_LINK_DENSITY and not is_sentence(text)) or ("\u00a9" in text and _COPYRIGHT.search(text)) or "&copy" in text:
        return "bad"
    if length < LENGTH_LOW:
        return "neargood" if is_sentence(text) else "short"
    words = text.split()
    density = sum(map(stopwords().__contains__, map(str.lower, words))) / len(words)
    if density >= STOPWORDS_HIGH:
        return "good" if length > LENGTH_HIGH else "neargood"
    if density >= STOPWORDS_LOW:
        return "neargood"
    if length > LENGTH_HIGH:  # a long paragraph is only removed by a pattern or for its links
        return "neargood"
    return "short" if is_sentence(text) else "bad"


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
