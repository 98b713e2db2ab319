"""An embedded social post the article neither introduces nor discusses: furniture, wherever it stands.

A page that embeds a tweet prints, once copied as text, the post's words, its picture's link
(``pic.twitter.com/...``) and its signature ("— Name (@handle) March 23, 2021"): sometimes all on one
line, sometimes the signature on a line of its own under the words. The labelling guide reads such a
post as the article's only when the article announces it or talks about it ("... rejected the results in
a tweet." above it, "In the tweet, ..." below it: quoted speech, ``body``); a post dropped between two
paragraphs that say nothing of it is the page's furniture (``boilerplate``), whatever its words.
The shape, not the wording, gives the post away:

- a kept unit carrying a post's marks (:func:`analysis.link_boxes.is_embed`: the picture's link, a
  ``t.co`` link, the signature with its handle and date) at its end, or
- a kept unit right above a removed line that is a signature alone, when the unit reads as a post
  (a hashtag, an @handle or a link in it),

is removed (reason ``social_embed``) unless the kept unit above it introduces it (it ends with a colon, or
speaks of a tweet, a post or what someone wrote or shared) or the kept unit below it discusses it (a
tweet or a post named). A body paragraph with a post pasted onto its end (more than a post's
``POST_CHARS`` before the marks, and not in a post's voice: :func:`glued_post`) keeps its words; only the
post's marks go, with the post's words after the paragraph's last sentence end when that is near them
(:func:`post_tails`). Text that opens with markup (``<tweet ...>``, a corpus's own annotation of a
post it quotes) is left alone: that is a corpus's tag, not a page's embed.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Rescuers freed 40 whales on Tuesday, officials said.", "A pod was seen off the beach. #9News pic.twitter.com/aOyb — 9News Perth (@9NewsPerth) July 25, 2023", "The rescue went on overnight."]
>>> v = [Verdict(True, "body", "")] * 3
>>> embedded_posts(units, v); [x.reason for x in v]
['', 'social_embed', '']
>>> units[0] = "The mayor rejected the result in a tweet."
>>> v = [Verdict(True, "body", "")] * 3
>>> embedded_posts(units, v); [x.keep for x in v]
[True, True, True]
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .link_boxes import embed_start, is_embed
from .page_shapes import QUOTED

#: Substrings one of which every mark of :func:`analysis.link_boxes.is_embed` holds, in a unit's tail in lower
#: case (a fast filter; on a whole page, "(@", a link's ".co/" or ".com/", or "shared by" is tested first).
_MARKS = ("(@", "t.co/", "twitter.com/", "instagram.com/", "shared by")
#: A post's marks stand in its last this many characters (the picture's link and the signature close it).
TAIL_CHARS = 160
#: A post's words are at most this many characters (a tweet's 280, and a little for links spelled out):
#: a unit longer than this before a post's marks is a paragraph with a post glued to its end.
POST_CHARS = 300
#: A unit with at least this many hashtags or @handles in the ``POST_CHARS`` characters before a post's
#: marks is a long post, not a paragraph with one glued to its end (a news paragraph may quote one:
#: "#TaxiStrikeCPT").
POST_TAGS = 2
_TAGS = re.compile(r"(?:^|(?<=\s))[#@]\w{2,}")
#: A post speaks as its writer or to its readers; a news paragraph reports. Below this many characters
#: before the marks, a unit whose last ``POST_CHARS`` say "I", "we" or "you" is a long post, whole (a
#: longer one is an article stored as one paragraph, quoting the posts it discusses).
LONG_UNIT_CHARS = 1000
_PERSONAL = re.compile(r"\b(?:(?-i:I(?![-\w])|us)|I'm|I've|we|we're|we've|you|your|my|our)\b", re.IGNORECASE)  # not "the US", "I-95"
#: A sentence's end this near a glued post's first mark closes the paragraph's own words.
SIGNED_CHARS = 40
_SENTENCE_END = re.compile(r"(?<!\b[A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z][a-z])[.!?][\u201d\"')\]]*\s")  # not "St. ", "U.S. ", "Sen. "
#: A signature alone on its line has at most this many words.
SIGNATURE_WORDS = 16
#: What makes a unit read as a post: a hashtag, an @handle or a link.
_POSTLIKE = re.compile(r"(?:^|\s|[.!?])#\w|@\w{2,}|https?://|\bt\.co/|pic\.twitter\.com/")
#: A unit that introduces or discusses a post: it names one, or what someone tweeted, posted, wrote or shared.
_TALKS_OF = re.compile(
    r"\b(?:tweet(?:s|ed|ing)?|retweet(?:s|ed)?|post(?:s|ed|ing)? (?:on|to)|(?:the|this|that|his|her|their) post|(?:instagram|facebook|twitter|social media|x) (?:post|message|account|video)s?|wrote|writes|shared)\b",
    re.IGNORECASE,
)


def _signature_alone(unit: str) -> bool:
    text = unit.strip()
    return text[:1] in "\u2014\u2013-" and len(text.split()) <= SIGNATURE_WORDS and is_embed(text)


def _introduced(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    above = next((j for j in range(i - 1, -1, -1) if verdicts[j].keep), None)
    below = next((j for j in range(i + 1, len(units)) if verdicts[j].keep), None)
    if above is not None and (units[above].rstrip().endswith(":") or _TALKS_OF.search(units[above])):
        return True
    return below is not None and _TALKS_OF.search(units[below]) is not None


def glued_post(unit: str) -> int:
    """Where the marks of a post glued to the end of a body paragraph begin (0 when the unit is no
    such paragraph): the words before the post's first mark are longer than any post's
    (``POST_CHARS``), so the unit is a paragraph of the article with a post pasted onto its end.
    The cut falls at the end of the last sentence before the mark when that is near it
    (``SIGNED_CHARS``: a reporter's initials, "KB pic.twitter.com/..."), else at the mark.

    Examples
    --------
    >>> lead = "CAPE TOWN - Stranded commuters have urged taxi bosses to resolve their grievances. " * 4
    >>> unit = lead + "Officials are watching. KB pic.twitter.com/g3qL EWN Reporter (@ewnreporter) November 21, 2022"
    >>> unit[glued_post(unit):]
    'KB pic.twitter.com/g3qL EWN Reporter (@ewnreporter) November 21, 2022'
    >>> glued_post("A pod was seen off the beach. #9News pic.twitter.com/aOyb — 9News Perth (@9NewsPerth) July 25, 2023")
    0
    >>> glued_post("What a night! " * 25 + "#ErasTour #Cardiff https://www.instagram.com/p/Cx81/")  # a long post's caption
    0
    >>> glued_post("Today I met families whose homes were flooded for the third time in five years. " * 4 + "pic.twitter.com/x1 \u2014 Jo Roe MP (@joroe) May 3, 2024")
    0
    """
    mark = embed_start(unit, max(0, len(unit) - TAIL_CHARS))
    if mark <= POST_CHARS:
        return 0  # no mark (-1), or the words before it may all be the post's
    if _long_post(unit, mark):
        return 0
    if not unit[mark].isspace() and not unit[mark - 1].isspace():
        mark = unit.rfind(" ", 0, mark) + 1  # the mark inside a link: the link's start ("https://www.instagram.com/p/...")
    ends = [m.end() for m in _SENTENCE_END.finditer(unit, max(0, mark - SIGNED_CHARS), mark)]
    return ends[-1] if ends else mark


def _long_post(unit: str, mark: int) -> bool:
    """Whether the ``POST_CHARS`` before ``mark`` read as a post's words, not a news paragraph's: two or
    more hashtags or handles (an Instagram caption), or, when the mark stands within ``LONG_UNIT_CHARS``
    of the unit's start, the writer's or reader's voice outside quotation marks ("Today I met families
    ...", "We're appealing for witnesses ...")."""
    start = max(0, mark - POST_CHARS)
    if len(_TAGS.findall(unit, start, mark)) >= POST_TAGS:
        return True
    return mark < LONG_UNIT_CHARS and _PERSONAL.search(QUOTED.sub(" ", unit[start:mark])) is not None


def _posts(units: Sequence[str], verdicts: Sequence[Verdict]) -> list[int]:
    """Positions of the kept units that carry a post's marks and that nobody introduces."""
    page = "\n".join(units)
    if "(@" not in page and ".co/" not in page and ".com/" not in page and "shared by" not in page and "SHARED BY" not in page:
        return []  # no post's mark on the page: most pages stop here
    found = []
    for i, verdict in enumerate(verdicts):
        if not verdict.keep or units[i].lstrip().startswith("<"):
            continue
        text = units[i].rstrip()
        tail = text[-TAIL_CHARS:].lower()
        marked = any(mark in tail for mark in _MARKS) and is_embed(tail)  # the substrings first: most units hold none
        if not marked:
            after = i + 1
            marked = (
                after < len(units) and not verdicts[after].keep and "(@" in units[after]
                and _signature_alone(units[after]) and _POSTLIKE.search(text) is not None
                and (len(text) <= POST_CHARS or _long_post(text, len(text)))
            )
        if marked and not _introduced(units, verdicts, i):
            found.append(i)
    return found


def embedded_posts(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) the kept units that are embedded posts nobody introduces (see the module's
    description); a body paragraph with a post glued to its end stays (:func:`post_tails` cuts the post)."""
    for i in _posts(units, verdicts):
        if not glued_post(units[i].rstrip()):
            verdicts[i] = Verdict(False, "boilerplate", "social_embed")


def post_tails(units: Sequence[str], verdicts: Sequence[Verdict]) -> dict[int, int]:
    """``{position: cut}`` of the kept body paragraphs that end with a post nobody introduces:
    ``unit[:cut]`` is the paragraph, ``unit[cut:]`` the post's marks (removed, ``social_embed``)."""
    cuts = {i: glued_post(units[i].rstrip()) for i in _posts(units, verdicts)}
    return {i: cut for i, cut in cuts.items() if cut}
