"""The next story printed in full under the article: the page's header printed again.

A section or archive page prints its stories one under another, each under the same header: the
section's label over the headline ("News" / headline / body, then "News" / headline / body), or
the headline over a date line of one shape ("posted on 19/11/2014" under the first headline,
"posted on 17/11/2014" under the next). Copied as text, the article runs on into the next story,
whose paragraphs are written as news and are kept by every rule that reads a paragraph alone; the
header printed again is what tells where the article ends, and it holds on any site.

:func:`next_story` removes (reason ``next_story``) every kept unit from such a header down, when

- the article's header was found (the first on the page): its headline
  (``top:headline``) with the short label right above it that a rule removed (one to three words,
  no sentence end; not a pattern's furniture, such as "Advertisement", which a page prints inside its
  body too), or a date line (``top:date``, ``pattern:date_line``) under a headline-shaped line;
- below at least ``STORY_MIN_PROSE`` kept paragraphs of prose of the article, the same label stands
  again over a headline-shaped line (a capital, no sentence end, ``HEADLINE_MIN_WORDS`` to
  ``HEADLINE_MAX_WORDS`` words), or a headline-shaped line stands over the only date line of that shape below the
  article's start (a timeline prints many dates and goes on in sentences above them);
- a kept paragraph follows (prose, or ``PARAGRAPH_WORDS`` words cut short by the page store: a story,
  not a label left at the page's end);
- the story below tells another story: under ``STORY_SHARE`` of the words of its headline and first
  paragraphs are the article's (a letter the article prints in full under its own title and date
  tells the same story, and stays).

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["News", "Police restore calm at primary", "Police restored calm on Sunday after a disruption.",
...          "One person was arrested, police said.", "Security has been strengthened.",
...          "News", "Christmas markets crowded, sales low", "Vendors said sales were low despite the crowds."]
>>> keep, cut = Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")
>>> verdicts = [cut, Verdict(False, "top_matter", "top:headline"), keep, keep, keep, cut, keep, keep]
>>> next_story(units, verdicts); [v.reason for v in verdicts]
['justext:short', 'top:headline', '', '', '', 'justext:short', 'next_story', 'next_story']
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .justext_method import ends_sentence, is_prose
from .promo_cards import date_shape
from .repeats import content_words, share_in

#: The article keeps at least this many paragraphs of prose above the next story's header.
STORY_MIN_PROSE = 2
#: A label over the headline has at most this many words ("News", "Local News", "Top Stories").
LABEL_MAX_WORDS = 3
#: A kept unit this long under the next story's header is its paragraph, even cut short by the page store.
PARAGRAPH_WORDS = 15
#: The next story's headline has this many words at least and at most (a crosshead has fewer: "What Happens Next").
HEADLINE_MIN_WORDS, HEADLINE_MAX_WORDS = 4, 25


def _key(unit: str) -> str:
    return " ".join(unit.lower().split()).strip(" .:|")


def _headline_like(unit: str) -> bool:
    text = unit.strip()
    return bool(text) and text[:1].isupper() and HEADLINE_MIN_WORDS <= len(text.split()) <= HEADLINE_MAX_WORDS and not ends_sentence(text)


def next_story(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the next story printed under the article (see the module's description)."""
    n = len(units)
    prose = [i for i in range(n) if verdicts[i].keep and is_prose(units[i])]
    if len(prose) < STORY_MIN_PROSE + 1:
        return
    heads = [i for i in range(n) if verdicts[i].reason == "top:headline"]
    label = None
    if heads:
        h = heads[0]
        above = verdicts[h - 1] if h > 0 else None
        if above is not None and not above.keep and not above.reason.startswith("pattern:") and 1 <= len(units[h - 1].split()) <= LABEL_MAX_WORDS and not ends_sentence(units[h - 1]):
            label = _key(units[h - 1])
    dates = [i for i in range(1, n) if verdicts[i].reason in _DATE_REASONS and _headline_like(units[i - 1])]
    shape = date_shape(units[dates[0]].strip(" .")) if dates else None
    if not label and not shape:
        return
    first = min(heads[0] if label else n, dates[0] if shape else n)  # the article's header: its story is below
    same_dates = [i for i in range(first + 1, n) if shape and date_shape(units[i].strip(" .")) == shape]
    prose_above = 0
    for k in range(first, n - 1):
        if prose_above >= STORY_MIN_PROSE:
            start = None
            if label and _key(units[k]) == label and _headline_like(units[k + 1]):
                start = k
            elif shape and same_dates == [k + 1] and _headline_like(units[k]):
                start = k
            if start is not None and _another_story(units, verdicts, first, start) and any(
                verdicts[i].keep and (is_prose(units[i]) or len(units[i].split()) >= PARAGRAPH_WORDS) for i in range(start + 2, n)
            ):
                for i in range(start, n):
                    if verdicts[i].keep:
                        verdicts[i] = Verdict(False, "boilerplate", "next_story")
                return
        if verdicts[k].keep and is_prose(units[k]):
            prose_above += 1


def _another_story(units: Sequence[str], verdicts: Sequence[Verdict], first: int, start: int) -> bool:
    """Whether the story under the header printed again at ``start`` tells another story: under
    ``STORY_SHARE`` of the content words of its headline and first kept paragraphs are the article's
    (a letter or statement the article prints in full under its own title and date tells the same one),
    and the article's last paragraph above it does not announce it ("The letter is printed below.")."""
    kept_above = [i for i in range(first, start) if verdicts[i].keep]
    if kept_above and _ANNOUNCES.search(units[kept_above[-1]]):
        return False  # "The letter is printed below.": the article announces what follows
    article = set().union(*(content_words(units[i]) for i in kept_above))
    below = [i for i in range(start + 2, len(units)) if verdicts[i].keep][:NEXT_UNITS]
    words = set().union(content_words(units[start]), content_words(units[start + 1]), *(content_words(units[i]) for i in below))
    return bool(words) and share_in(words, article) < STORY_SHARE


#: A paragraph announcing what the article prints after it.
_ANNOUNCES = re.compile(r":\s*$|\b(?:below|in full|as follows|reads|read:)\b", re.IGNORECASE)


#: The next story's headline and this many of its first kept units are read for its words.
NEXT_UNITS = 2
#: The next story shares less than this share of its words with the article.
STORY_SHARE = 0.25
#: How the header's date line was removed: a date line near the top, or one a pattern names ("Posted on 19/11/2014").
_DATE_REASONS = frozenset({"top:date", "pattern:date_line"})
