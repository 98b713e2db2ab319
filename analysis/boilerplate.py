"""Page furniture and top matter: which paragraphs of a copied page are the article's body.

Text copied from a web page carries navigation, share buttons, comment prompts, captions,
counters, reader appeals and other stories' headlines, and above the body its top matter
(headline, kicker, standfirst, byline, date line). None of it is the outlet's reporting, so none
of it may be scored; all of it is kept, with a reason, in ``removed.csv``.

Two steps, each unit (a paragraph, or a line of a block of short lines) gets one verdict:

1. **Patterns as data** (``data/instruments/boilerplate_patterns.tsv``, read by
   :mod:`analysis.furniture_patterns`): common furniture by its wording ("Skip to main content",
   "Post a Comment", "Photograph: X/Y", "X contributed to this report."), and two rules in code
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
   is top matter; below the last kept paragraph written as prose, a unit that is not (40 words
   or fewer) is a link, credit or label unless the body was running a list (reason
   ``tail_list``; :mod:`analysis.body_edges`), and so are teasers closing the text
   (``teaser_tail``); and above a paragraph opening with a wire dateline
   ("FOREST RANCH, Calif. (AP) - ...") every unit is top matter (``top:before_dateline``). A
   paragraph over 200 characters is removed only by a pattern or for its
   links (deviation 4): long furniture is rare in copied text, long odd body paragraphs (a
   table of figures, a run-on without stop words) are not.

Rules of a page's layout come on top, each for a phenomenon of real pages (measured on
``data/validation/pages``, checked on clean news): a unit between two lines of the same
furniture box (a reader appeal, a newsletter sign-up) goes with the box (``pattern:<reason>+box``);
the short units right under a related-links heading are its links (``pattern:widget_heading+links``);
a short kept run inside a box of link-like furniture is one of its links (``link_box``), and two kept
units repeating each other around furniture are a promo printed twice (``repeated_line``), and
what is kept below a comments heading near the end, or right above a comment's buttons, is
readers' comments (``comment_section``), the units under an author box's heading below the body
are its bio (``author_box``), and a site's or writer's description between two kept units is the
story's own (:mod:`analysis.link_boxes`); a wire credit closing a paragraph ("... the accident.
(Xinhua/NAN)") is cut off it into a unit of its own (:func:`analysis.layout.split_closing_credit`);
other stories' cards below the body (a title, a date alone, a teaser, a read-more link) and teasers cut short by an ellipsis are promo furniture (``promo_card``; :mod:`analysis.promo_cards`);
a signed byline (``By`` and only names) is top matter wherever it stands and whatever its neighbours; from the top, a kept unit
whose wording mostly recurs below is a standfirst or caption (``top:repeated``), and further
down a unit nearly all of whose word 4-grams stand in one longer kept unit is a pull quote
(``pull_quote``; both :mod:`analysis.repeats`); prose above a share bar near the top is a caption or standfirst
(``top:above_share_bar``), and a list of key points above the body's first paragraph is top
matter (``top:summary``; :mod:`analysis.page_header`); and the prose unit
right under the headline, followed by a caption, byline or date line with the body below, is a
standfirst (``top:standfirst``).

If no unit is good (a one-line article, a list of figures), the general rule removes nothing:
only patterns do. Removed units before the first body paragraph are top matter when they look
like it (the first headline-like line is the ``headline``; date lines; bylines; a standfirst
between headline and body); the rest are boilerplate. Every verdict carries a reason code:
``pattern:<reason>`` (``+box`` when it came from the box around it),
``top:<headline|kicker|standfirst|byline|date|before_dateline|repeated|above_share_bar|summary>``,
``pull_quote``, ``caption_pair``, ``tail_list``, ``teaser_tail``, ``promo_card``, ``link_box``, ``repeated_line``, ``comment_section``, ``author_box``, ``justext:<class>`` (the context-free class the paragraph had),
``no_words``.

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
from typing import Sequence

from .body_edges import tail_units, teaser_tail
from .bullets import is_bullet
from .link_boxes import COUNT_HEADING, FURNITURE, KEEP, OTHER, RECENT_COMMENTS, TOP, author_box, comment_section, comment_stamps, described_inside, headline_copies, is_embed, islands, restated_teasers, separated_repeats, signed_comments
from .link_boxes import TRANSPARENT as TRANSPARENT_STATE
from .reporting import reports
from .promo_cards import YEAR, card_pairs, clipped_teasers, cut_short, cut_teasers, dated_cards, promo_cards, relative_cards, relative_cards_below, restated_cards, stamped_cards, unrelated_cards
from .page_header import HEADER_UNITS, above_share_bar, top_summary
from .justext_method import (  # noqa: F401  (re-exported)
    LENGTH_HIGH,
    LENGTH_LOW,
    MAX_LINK_DENSITY,
    STOPWORDS_HIGH,
    STOPWORDS_LOW,
    _WORD,
    context_free_class,
    ends_sentence,
    is_prose,
    is_sentence,
    revise,
    stopwords,
)
from .topmatter import (  # noqa: F401  (re-exported)
    attributed_lead,
    closes_on_attribution,
    dated_lead,
    dateline_end,
    goes_on_from,
    is_byline,
    is_date_line,
    is_headline,
    is_signed_byline,
    leading_date,
    opens_with_dateline,
    stamp_ends_sentence,
    top_reason,
    wire_dateline,
)

from .repeats import (  # noqa: F401  (re-exported)
    PAIR_BODY_WORDS,
    PAIR_SHARE,
    PAIR_WORDS,
    PULL_GRAMS,
    PULL_SHARE,
    REPEAT_MAX_UNITS,
    REPEAT_SHARE,
    repeated_top,
    repeats,
)
from .furniture_patterns import (  # noqa: F401  (re-exported: the patterns as data, one import away)
    ALONG_ONLY,
    HOWS,
    KINDS,
    PATTERNS,
    SEARCH_MAX_CHARS,
    boilerplate_patterns,
    match_pattern,
)

#: A caption or standfirst above a wire dateline has at most this many words; two longer units
#: above it are the body, and the "dateline" is a digest's item heading ("SANDERS HAS ADVANTAGE - ...").
STANDFIRST_WORDS = 40
#: A publication line near the top has at most this many words (a published and an updated stamp:
#: "Thursday, October 22, 2020 - 10:30.  Updated on Thursday, October 22, 2020 - 10:44.").
DATE_LINE_WORDS = 16
#: A publication line's stamp words: a line of more than 8 words is one only with two stamps (rev22:
#: "Polls are open Tuesday, November 5, 2024, from 7:00 to 8:00." is a sentence).
_STAMP_WORDS = re.compile(r"\b(?:updated|published|posted|modified)\b", re.IGNORECASE)


def _date_line_length(unit: str) -> bool:
    """Whether a unit is short enough for a publication line: 8 words, or up to :data:`DATE_LINE_WORDS`
    when it carries two stamps (two years, or a stamp word and a year: "... 2020 - 10:30.  Updated on ...")."""
    words = len(unit.split())
    if words <= 8:
        return True
    years = len(YEAR.findall(unit))
    return words <= DATE_LINE_WORDS and (years >= 2 or (years >= 1 and _STAMP_WORDS.search(unit) is not None))


#: Above a wire dateline, this many paragraphs written as sentences of :data:`BODY_ABOVE_WORDS` words
#: or more are the body begun there (a standfirst and a caption are one or two), not its top matter.
BODY_ABOVE = 3
BODY_ABOVE_WORDS = 12
#: A story's first paragraph opening with a dateline of another shape than a wire's (a title-case place, a place with
#: its country and the day in brackets) goes on for at least this many words (a headline "Chilliwack \u2013 Fire kills one" does not).
DATED_FIRST_WORDS = 8


@dataclass(frozen=True)
class Verdict:
    """What to do with one unit: keep it as body, or remove it as ``kind`` for ``reason``."""

    keep: bool
    kind: str  # body | top_matter | boilerplate
    reason: str  # '' when kept


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
    for i, unit in enumerate(units):
        if not _WORD.search(unit):
            fixed.append(("boilerplate", "no_words"))
            continue
        found = match_pattern(unit)
        if not found and i < HEADER_UNITS:
            cut = leading_date(unit)  # a date glued before a caption or notice near the top ("date 2023-06-22 FILE - This undated image ...")
            found = match_pattern(unit[cut:]) if cut and unit[cut:].strip() else None
        if not found and is_signed_byline(unit):
            found = ("top_matter", "top:byline")  # a signed byline ('By' and only names), wherever it stands
            fixed.append(found)
            continue
        if not found and len(fixed) < HEADER_UNITS and _date_line_length(unit) and not stamp_ends_sentence(unit) and is_date_line(unit) and not _list_item(units, i) and not _date_run(units, i):
            fixed.append(("top_matter", "top:date"))  # a publication line near the top ("Published: Updated:"), whatever its neighbours
            continue
        fixed.append((found[0], f"pattern:{found[1]}") if found else None)
    _names_in_list(units, fixed)
    _fill_boxes(units, fixed)
    _appeal_letters(units, fixed)
    _links_under_headings(units, fixed)
    cf = ["bad" if f else context_free_class(u) for u, f in zip(units, fixed)]
    if "good" not in cf:  # short-paragraph news: near-good paragraphs are the best evidence of prose
        cf = ["good" if c == "neargood" else c for c in cf]
    # A picture's caption or credit stands inside the body as the picture does: it says nothing of
    # whether its neighbours are body, so the context revision reads past it.
    # So does an advert slot's bare label ("Advertisement") pasted into a list: under the line that
    # introduces the list ("Here are the key facts:") or between two of its items ("\u2022 Four died").
    seen = [i for i, f in enumerate(fixed) if not (f and (f[1] in TRANSPARENT or _ad_in_list(units, fixed, i)))]
    final = ["bad"] * len(units)
    for i, c in zip(seen, revise([cf[i] for i in seen])):
        final[i] = c
    if "good" not in final:  # no body detected: the general rule removes nothing
        return [Verdict(False, f[0], f[1]) if f else Verdict(True, "body", "") for f in fixed]
    # The general rule never removes a paragraph written in sentences (a short lede dense with
    # names, an item of a live blog): only patterns, a wire dateline below it, or link density do.
    for i, unit in enumerate(units):
        if final[i] == "bad" and not fixed[i] and cf[i] != "bad" and is_sentence(unit):
            final[i] = "good"
    # A crosshead: inside the body (below its first paragraph), a short headline-like unit right
    # above a body paragraph opens a section, even when furniture stands above it (a live blog).
    body_started = False
    for i, unit in enumerate(units[:-1]):
        if final[i] == "bad" and body_started and not fixed[i] and cf[i] == "short" and final[i + 1] == "good" and is_prose(units[i + 1]) and is_headline(unit):
            final[i] = "good"
        body_started = body_started or (final[i] == "good" and is_prose(unit))
    # A standfirst or caption above the body often repeats a body sentence word for word: from the
    # top, a kept unit whose wording mostly recurs further down is top matter, not the lede.
    first_body = final.index("good")  # the early return above leaves at least one body unit
    repeats_top, pulled, pairs = repeats(units, [c == "good" for c in final])
    # A share bar ("Share", "Print", "Save to favorites") closes a page's header: a kept unit
    # above the first one near the top, when the body goes on below it, is a caption or standfirst.
    kept = [c == "good" for c in final]
    repeated = repeats_top | above_share_bar(units, fixed, kept)
    for i in repeated | pulled | pairs:
        final[i] = "bad"
    # Top matter that jusText keeps (a long headline or standfirst next to the lede): above the
    # first kept unit written as a sentence, a kept unit that is not one is not body.
    first = next((i for i, c in enumerate(final) if c == "good" and is_prose(units[i])), None)
    if first is not None:
        for i in range(first):
            if final[i] == "good" and not ends_sentence(units[i]) and not is_sentence(units[i]) and len(units[i].split()) <= 40 and not _lead_lost_its_stop(units, final, i):
                final[i] = "bad"
    # A wire dateline ("FOREST RANCH, Calif. (AP) - ...") opens the story: what stands above it
    # (a caption, a standfirst, a headline run into its byline) is top matter.
    # A teaser cut short ("GUNNISON, Colorado - The park service said ...\u2026 Read more") is another story's.
    # A local site's dateline in title case, or a place with its country and the day in brackets, opens it too
    # ("Meadowdale, South Africa (26 May 2025) \u2014 In late April, ...": a feed's summary stands above it).
    opening = next((i for i, c in enumerate(final[:12]) if c == "good" and (wire_dateline().match(units[i]) or opens_with_dateline(units[i], DATED_FIRST_WORDS))), None)
    if opening is not None and (not (dateline_end(units[opening]) or opens_with_dateline(units[opening], DATED_FIRST_WORDS)) or cut_short(units[opening].rstrip())):
        opening = None  # a label ("UPDATE -", "EXCLUSIVE -") or another story's teaser: nothing above it is taken for top matter
    before_dateline = set()
    if opening:
        before_dateline = {i for i in range(opening) if final[i] == "good"}
        if (sum(len(units[i].split()) > STANDFIRST_WORDS for i in before_dateline) >= 2
                or sum(len(units[i].split()) >= BODY_ABOVE_WORDS and ends_sentence(units[i]) for i in before_dateline) >= BODY_ABOVE):
            before_dateline = set()  # two long paragraphs or three sentences above: the body began there (a digest's item "HEADING - ...")
        before_dateline -= {i for i in before_dateline if _story_update(units[i])}
        for i in before_dateline:
            final[i] = "bad"
    # Below the body's last prose unit, what is not prose is links, credits, labels (a list the
    # body was running goes on); inside it, a run of short lines is a box of links (body_edges).
    kept = [c == "good" for c in final]
    summary = top_summary(units, kept)  # key points in a list above the body's first paragraph
    teasers = teaser_tail(units, kept)
    tail_list = tail_units(units, kept) - teasers
    for i in tail_list | summary | teasers:
        final[i] = "bad"
    if "good" not in final:
        # The rules above judge units against each other (a repeat, a pair, a tail): they never
        # empty a text that had body, so its first body unit stays (a text pasted twice keeps one copy).
        final[first_body] = "good"
    first = final.index("good")
    headline_below = [False] * (first + 1)  # is a headline-like unit between i and the body?
    for i in range(first - 1, -1, -1):
        headline_below[i] = headline_below[i + 1] or (i + 1 < first and is_headline(units[i + 1]))
    verdicts: list[Verdict] = []
    headline_seen = False
    for i, (unit, f, c, fin) in enumerate(zip(units, fixed, cf, final)):
        if f:
            verdicts.append(Verdict(False, f[0], f[1]))
        elif fin == "good":
            verdicts.append(Verdict(True, "body", ""))
        elif i in summary:
            verdicts.append(Verdict(False, "top_matter", "top:summary"))
        elif i in before_dateline:
            verdicts.append(Verdict(False, "top_matter", "top:before_dateline"))
        elif i in repeated:
            verdicts.append(Verdict(False, "top_matter", "top:repeated" if i in repeats_top else "top:above_share_bar"))
        elif i in pulled:
            verdicts.append(Verdict(False, "boilerplate", "pull_quote"))
        elif i in pairs:
            verdicts.append(Verdict(False, "boilerplate", "caption_pair"))
        elif i < first:
            reason = top_reason(unit, headline_seen, headline_below[i])
            headline_seen = headline_seen or reason == "top:headline"
            verdicts.append(Verdict(False, "top_matter" if reason else "boilerplate", reason or f"justext:{c}"))
        elif i in tail_list:
            verdicts.append(Verdict(False, "boilerplate", "tail_list"))
        elif i in teasers:
            verdicts.append(Verdict(False, "boilerplate", "teaser_tail"))
        else:
            verdicts.append(Verdict(False, "boilerplate", f"justext:{c}"))
    standfirst_under_headline(units, verdicts)
    _link_boxes(units, verdicts)
    keep = [v.keep for v in verdicts]
    titles = [v.reason == "top:headline" for v in verdicts]
    for i in promo_cards(units, keep) | cut_teasers(units, keep) | clipped_teasers(units, keep) | dated_cards(units, keep) | stamped_cards(units, keep) | card_pairs(units, keep, titles) | restated_cards(units, keep) | unrelated_cards(units, keep, [v.reason for v in verdicts]) | relative_cards(units, keep) | relative_cards_below(units, keep):
        verdicts[i] = Verdict(False, "boilerplate", "promo_card")  # other stories' cards, cut and clipped teasers (analysis.promo_cards)
    # the headline's positions read again: a card's title removed as the headline may now be the card's (promo_card)
    for i in headline_copies(units, [v.keep for v in verdicts], [v.reason == "top:headline" for v in verdicts]):
        verdicts[i] = Verdict(False, "top_matter", "top:headline")  # the headline printed again
    return verdicts


def _link_boxes(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) kept units that stand in a box of links or repeat each other around
    furniture, or stand in a comment section (:mod:`analysis.link_boxes`: ``link_box``,
    ``repeated_line``, ``comment_section``). Furniture there is link-like: removed boilerplate
    not written as a sentence (a removed list of figures, "Clinton: 547.", or a rule "___" says
    nothing of a box of links), not an interruption of the body (``INTERRUPTIONS``: an advert
    slot or a share bar stands between two body paragraphs) and not an embedded post (a tweet)."""
    states = [
        KEEP if v.keep else TRANSPARENT_STATE if v.reason in TRANSPARENT else TOP if v.kind == "top_matter"
        else FURNITURE if v.reason not in INTERRUPTIONS and not ends_sentence(u) and not is_embed(u) else OTHER
        for u, v in zip(units, verdicts)
    ]
    for i in separated_repeats(units, states):
        verdicts[i] = Verdict(False, "boilerplate", "repeated_line")
    for i in islands(units, states):
        if verdicts[i].keep:
            verdicts[i] = Verdict(False, "boilerplate", "link_box")
    def announced(i: int) -> bool:  # a kept line ending in a colon right above: the story quotes what follows ("The page now reads:")
        return i > 0 and verdicts[i - 1].keep and units[i - 1].rstrip().endswith(":")

    stamps = comment_stamps(units)  # a comment's "Posted on <date> | By <name>", "2. Hal Austin February 18, 2017 at 10:22 am"
    if any(stamp and announced(i) for i, stamp in enumerate(stamps)):
        stamps = [False] * len(stamps)  # the story quotes them ("The exchange read:" over dated messages): none heads comments (a second read)
    headings = [(v.reason in {"pattern:comments", "pattern:comment_tabs"} or stamp or (RECENT_COMMENTS.fullmatch(units[i].strip()) is not None and signed_comments(units, i))) and not announced(i)
                and not (v.reason == "pattern:comments" and not _names_headline(units, verdicts, i))
                for i, (v, stamp) in enumerate(zip(verdicts, stamps))]  # a line the story quotes ("The page now reads:") heads nothing (a second read)
    for i, v in enumerate(verdicts):  # a crosshead counting thoughts on something ("3 Thoughts On The Verdict") inside the story is the story's
        if (v.reason == "pattern:comments" and 0 < i < len(units) - 1 and COUNT_HEADING.fullmatch(" ".join(units[i].split()))
                and not _names_headline(units, verdicts, i) and verdicts[i - 1].keep and verdicts[i + 1].keep and is_prose(units[i + 1])):
            verdicts[i] = Verdict(True, "body", "")
    tabs = [v.reason == "pattern:comment_tabs" for v in verdicts]
    for i in comment_section(units, states, headings, [v.reason == "pattern:comment_button" for v in verdicts], tabs, stamps):
        verdicts[i] = Verdict(False, "boilerplate", "comment_section")
    for i in restated_teasers(units, states, [v.reason == "pattern:live_stamp" for v in verdicts]):
        verdicts[i] = Verdict(False, "boilerplate", "teaser_tail")
    for i in author_box(units, states, [v.reason == "pattern:author_box" for v in verdicts]):
        verdicts[i] = Verdict(False, "boilerplate", "author_box")
    for i in described_inside(states, [v.reason in DESCRIPTIONS for v in verdicts]):
        verdicts[i] = Verdict(True, "body", "")


def _names_headline(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    """Whether unit ``i``, when it is a heading counting responses to a title, names the page's own headline (a removed
    unit above it holding all the title's words); any other comments heading passes. A crosshead
    "3 Thoughts on Ellis's Conviction" names no headline, and the story's paragraphs below it stay (a second read)."""
    found = COUNT_HEADING.fullmatch(" ".join(units[i].split()))
    title = found.group("title") if found else ""
    if not found or (title[:1] in "\"'\u201c\u2018" and title[-1:] in "\"'\u201d\u2019"):
        return True  # WordPress's own form quotes the title ('One Comment on "..."'): a heading wherever it stands
    # a title opened and never closed ('6 thoughts on \u201cChildren Playing ...', s740) or none: it must name the headline
    words = set(re.findall(r"\w+", found.group("title").lower()))
    return any(not verdicts[j].keep and words <= set(re.findall(r"\w+", units[j].lower())) for j in range(i))


#: Patterns naming a site's or a writer's description: inside the body, the story's own sentences.
DESCRIPTIONS = frozenset({"pattern:site_blurb", "pattern:author_bio"})


#: Furniture that interrupts the body rather than boxing links: a rule, an advert slot, a share bar.
INTERRUPTIONS = frozenset({"no_words", "pattern:advert", "pattern:share", "pattern:counter"})

#: A list's numbered item ("3) An end to unpaid overtime", "2. Safe staffing", "(4) Free parking").
_NUMBERED = re.compile(r"\(?\d{1,2}[.)]\s")
#: An advert slot's label of at most this many words ("Advertisement", "- Advert -") the context revision reads past.
AD_LABEL_WORDS = 3

#: Furniture the context revision reads past (a picture's caption or credit, a live entry's time stamp).
TRANSPARENT = frozenset({"pattern:caption_credit", "pattern:caption", "pattern:photo_link", "pattern:live_stamp"})

#: A picture's label over its credit has at most this many words ("Fire truck"); the credit is one of these (a date under
#: a short line is a reposted header's: "Spill forces evacuation" over "Thursday, March 31, 2005").
PICTURE_LABEL_WORDS = 4
PICTURE_CREDITS = frozenset({"pattern:caption_credit", "pattern:caption", "pattern:photo_link"})
#: What stands between a standfirst and the body in a page's header: a photo's caption or credit,
#: a byline, a date line, an agency line.
HEADER_REASONS = frozenset({"top:byline", "top:date", "pattern:date_line", "pattern:caption_credit", "pattern:caption", "pattern:photo_link", "pattern:agency_line", "caption_pair"})


def _ad_in_list(units: Sequence[str], fixed: Sequence[tuple[str, str] | None], i: int) -> bool:
    """An advert slot's bare label (``AD_LABEL_WORDS`` words at most) right under a line introducing a
    list (ending with a colon) or between a list's items (bulleted or numbered, "\u2022 Four died", "3) An end")."""
    if not (fixed[i] and fixed[i][1] == "pattern:advert" and len(units[i].split()) <= AD_LABEL_WORDS):
        return False
    if i > 0 and units[i - 1].rstrip().endswith(":"):
        return True
    return 0 < i < len(units) - 1 and all(is_bullet(units[j]) or _NUMBERED.match(units[j]) is not None for j in (i - 1, i + 1))


#: A headline written as a sentence ("City council adopts capital outlay priorities, 2 percent for public art")
#: has at most this many words; the paragraph under it at least PROSE_BELOW_WORDS, ending as a sentence does.
UNSTOPPED_HEADLINE_WORDS = 20
PROSE_BELOW_WORDS = 12
#: ... the paragraph a unit or up to this many below it, removed furniture between ("News", a logo's alt text: the twentieth site sets).
HEADLINE_GAP = 4


def _unstopped_headline(units: Sequence[str], final: Sequence[str], i: int) -> bool:
    """The first kept unit written as a sentence is a headline when it has no stop (nor a colon, comma or
    dash that runs it on), is short (``UNSTOPPED_HEADLINE_WORDS``), is no list item, and the next kept
    unit, up to ``HEADLINE_GAP`` units below, is a paragraph of ``PROSE_BELOW_WORDS`` words or more ending as a sentence
    does: no lead goes without its full stop over a paragraph that has one (a lead that lost its stop
    opens with a dateline or closes on its attribution: :func:`_lead_lost_its_stop`).

    Examples
    --------
    >>> units = ["New police chief: Focus is on community engagement, accountability, transparency", "Las Cruces Police Chief Miguel Dominguez remembers seeing a prowler in his back yard when he was 6."]
    >>> _unstopped_headline(units, ["good", "good"], 0), _unstopped_headline(["Ten died in the fire.", units[1]], ["good", "good"], 0)
    (True, False)
    >>> _unstopped_headline(["Coal-mining disasters", "2001: Explosions at a Jim Walter Resources Inc. mine in Brookwood, Ala., kill 13 people."], ["good", "good"], 0)
    False
    """
    text = units[i].strip()
    if ends_sentence(text) or text.endswith((":", ",", ";", "-", "\u2013", "\u2014", "\u2026")) or len(text.split()) > UNSTOPPED_HEADLINE_WORDS:
        return False
    if is_bullet(units[i]) or _lead_lost_its_stop(units, final, i):
        return False
    below = next((j for j in range(i + 1, min(i + 1 + HEADLINE_GAP, len(units))) if final[j] == "good"), None)
    if below is None or is_bullet(units[below]) or _LABEL_OPENER.match(units[below]):
        return False  # a list's heading over its items ("Coal-mining disasters" over "2001: Explosions at ...")
    return bool(ends_sentence(units[below].strip())) and len(units[below].split()) >= PROSE_BELOW_WORDS


#: A list item's label opening a unit: a year, a number or a word or two before a colon ("2001: ", "Step 1: ").
_LABEL_OPENER = re.compile(r"\s*(?:\d[\d,.]*|[\w'\u2019-]+(?: [\w'\u2019-]+)?)[.):] ")


def unstopped_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as the headline (in place) the first kept unit, when none was found above it, if it is a
    headline written as a sentence without its stop over the story's first paragraph
    (:func:`_unstopped_headline`). Run last, after the outlet's template took
    the site's own lines above the story (a notice printed on every page stands above the headline).

    Examples
    --------
    >>> units = ["Welcome to our new web site!", "City council adopts capital outlay priorities, 2 percent for public art", "At its Nov. 15 regular meeting, the city council unanimously adopted a resolution on its capital outlay."]
    >>> v = [Verdict(False, "boilerplate", "outlet_template"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> unstopped_headline(units, v); [x.reason for x in v]
    ['outlet_template', 'top:headline', '']
    """
    first = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if first is None or any(v.reason == "top:headline" for v in verdicts[:first]):
        return  # under a headline, a short line without its stop may be a round-up's first crosshead
    if _unstopped_headline(units, ["good" if v.keep else "bad" for v in verdicts], first):
        verdicts[first] = Verdict(False, "top_matter", "top:headline")

def _names_in_list(units: Sequence[str], fixed: list[tuple[str, str] | None]) -> None:
    """Give back (in place) a run of file names or slugs (``pattern:photo_link``: "duba-dust-weather") or
    web addresses (``pattern:site_address``) right under a line introducing a list ("The affected
    packages are:"), and two or more web addresses one under another: the story's list of names
    (software packages, a spelling bee's words, the most-visited sites), not pictures' files or a
    page's own address (a second read).

    Examples
    --------
    >>> fixed = [None, ("boilerplate", "pattern:photo_link"), ("boilerplate", "pattern:photo_link"), None]
    >>> _names_in_list(["The affected packages are:", "event-stream-core", "colors-js-utils", "Update now."], fixed); fixed
    [None, None, None, None]
    """
    names = {("boilerplate", "pattern:photo_link"), ("boilerplate", "pattern:site_address")}
    i = 0
    while i < len(units):
        if fixed[i] not in names:
            i += 1
            continue
        j = i
        while j < len(units) and fixed[j] == fixed[i]:
            j += 1
        listed = i > 0 and units[i - 1].rstrip().endswith(":") and fixed[i - 1] is None
        if listed or (fixed[i] == ("boilerplate", "pattern:site_address") and j - i >= 2):
            for k in range(i, j):
                fixed[k] = None  # the story's list: under its introducing line, or web addresses one under another
        i = j

def _lead_lost_its_stop(units: Sequence[str], final: Sequence[str], i: int) -> bool:
    """A lead whose full stop was lost (it opens with a wire dateline or closes on its attribution:
    :func:`analysis.topmatter.dated_lead`, :func:`analysis.topmatter.attributed_lead`) with the body
    going on right below it; another story's teaser of that shape stands above a headline instead."""
    return i + 1 < len(units) and final[i + 1] == "good" and is_prose(units[i + 1]) and not is_bullet(units[i]) and (dated_lead(units[i]) or attributed_lead(units[i]))


def standfirst_under_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as top matter (in place) the first kept unit, of 40 words or fewer, when top matter
    (a headline, kicker, date line) stands right above it and header furniture right below it (a
    caption, byline or date line: ``HEADER_REASONS``; or a short name-like source line the
    general rule kept, "Post Report") with the body going on below: the header of headline,
    standfirst, photo, body. A lede is not followed by its own byline or photo credit before the
    body goes on. But when the header's byline and date stand right above the unit, the header is
    closed: the unit is the lede, with its picture under it (headline, byline, date, lede, photo).

    Examples
    --------
    >>> units = ["Quake toll rises", "Rescuers search for the missing.", "By Jane Roe", "Ten died, officials said."]
    >>> v = [Verdict(False, "top_matter", "top:headline"), Verdict(True, "body", ""), Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", "")]
    >>> standfirst_under_headline(units, v); v[1]
    Verdict(keep=False, kind='top_matter', reason='top:standfirst')
    >>> v = [Verdict(False, "top_matter", "top:headline"), Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> standfirst_under_headline(units[:1] + ["Rescuers search for the missing.", "Post Report", "Ten died."], v); [x.reason for x in v]
    ['top:headline', 'top:standfirst', 'top:byline', '']
    >>> standfirst_under_headline([], [])
    """
    k = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if k is None or k == 0 or k + 2 >= len(verdicts) or verdicts[k - 1].kind != "top_matter" or len(units[k].split()) > 40:
        return
    if closes_on_attribution(units[k]) and not is_bullet(units[k]):
        return  # "..., fire chiefs said.": a news sentence, the lede with its picture below (no standfirst closes so)
    above = {v.reason for v in verdicts[:k]}
    if above & {"top:byline", "pattern:agency_line"} and "top:date" in above and verdicts[k - 1].reason in {"top:date", "top:byline", "pattern:agency_line"}:
        return  # the header closed with its byline and date right above: this is the lede, its picture below
    after = verdicts[k + 1]
    source = after.keep and len(units[k + 1].split()) <= 4 and is_byline(units[k + 1]) and not units[k + 1].rstrip().endswith((".", "!", "?", ":"))
    # a picture's label of a few words the general rule took, then its credit ("Fire truck" over "Photo illustration, Shutterstock")
    labelled = (not after.keep and after.reason.startswith("justext:") and len(units[k + 1].split()) <= PICTURE_LABEL_WORDS
                and k + 2 < len(verdicts) and not verdicts[k + 2].keep and verdicts[k + 2].reason in PICTURE_CREDITS)
    dated = _date_line_below(units, verdicts, k)
    if ((not after.keep and after.reason in HEADER_REASONS) or source or labelled or dated) and any(v.keep for v in verdicts[(dated or k) + 2 :]):
        lede = next(j for j in range(dated + 1 if dated else k + 2, len(verdicts)) if verdicts[j].keep)
        if not goes_on_from(units[k], units[lede]):  # a paragraph calling its people by their surnames goes on from the lede
            verdicts[k] = Verdict(False, "top_matter", "top:standfirst")
            if dated:
                verdicts[dated] = Verdict(False, "top_matter", "top:date")
        if source:
            verdicts[k + 1] = Verdict(False, "top_matter", "top:byline")


def standfirst_over_caption_pair(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """:func:`standfirst_under_headline` read again once a caption printed twice is known (``caption_pair``, found
    after the page's general reading): the header of headline, standfirst, a caption and its copy, body (STV, the
    seventieth collection, s1732). Only that caption below the first kept unit makes it a standfirst here; every other
    header was read the first time."""
    k = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if k is not None and k + 1 < len(verdicts) and verdicts[k + 1].reason == "caption_pair":
        standfirst_under_headline(units, verdicts)


#: What marks a date line as the page's stamp: its separators or its words ("Apr 13, 2022 \u2022 1 hour ago \u2022 1 minute read").
_STAMP_WORDS = re.compile(r"[\u2022|\u00b7]|\b(?:ago|min(?:ute)?s? read|updated|published|posted|comments?|join the conversation)\b", re.IGNORECASE)
#: A date line the general rule kept under a standfirst has at most this many words ("Apr 13, 2022 • 1 hour ago •
#: 1 minute read • Join the conversation").
KEPT_DATE_WORDS = 20


def _date_line_below(units: Sequence[str], verdicts: Sequence[Verdict], k: int) -> int:
    """The index of a date line the general rule kept right under unit ``k`` (or under a short line there, the
    outlet's name, removed by it or kept as a source: "Saskatoon StarPhoenix"), with two kept paragraphs of prose below it; else 0.
    The header's date stands between its standfirst and the lede (s1285); a lede is not followed by the date."""
    j = k + 1
    if j < len(units) and len(units[j].split()) <= 4 and (verdicts[j].reason.startswith("justext:") or (verdicts[j].keep and is_byline(units[j]))):
        j += 1
    if not (j < len(units) and verdicts[j].keep and len(units[j].split()) <= KEPT_DATE_WORDS and is_date_line(units[j]) and _STAMP_WORDS.search(units[j])):
        return 0  # a page's stamp ("• 1 hour ago • 1 minute read"), not an event's time and place ("Polls open 7 a.m. to 8 p.m. Tuesday", rev41)
    prose_below = sum(1 for i in range(j + 1, len(units)) if verdicts[i].keep and is_prose(units[i]))
    return j if prose_below >= 2 else 0


#: An update's label opening a paragraph ("UPDATE |", "UPDATE:", "Update -").
_UPDATE_LABEL = re.compile(r"\W{0,3}update[ds]?(?:\s*\([^()\n]{1,24}\))?\s*[|:\u2014\u2013-]\s+", re.IGNORECASE)  # "UPDATE (8:45 p.m.):"


def _story_update(unit: str) -> bool:
    """Whether a unit above the dateline is the story's update: its label, then a sentence that ends with its stop and
    reports someone ("UPDATE | The sheriff's office said the suspect was located in Wheat Ridge and there is no longer a
    threat."; the forty-ninth collection, s1397). An update's headline ("UPDATE: Coast Guard calls off search") has no
    stop and reports no one.

    >>> _story_update("UPDATE | The sheriff's office said the suspect was located and there is no threat."), _story_update("UPDATE: Coast Guard calls off search")
    (True, False)
    >>> _story_update("UPDATE (8:45 p.m.): Police say the boy has been found safe.")
    True
    """
    label = _UPDATE_LABEL.match(unit)
    if label is None:
        return False
    rest = unit[label.end():].strip()
    return ends_sentence(rest) and reports(rest)


#: Furniture that comes as a box of several paragraphs (a reader appeal, a newsletter sign-up, a
#: cookie notice): a unit between two units of the same box is part of it, whatever its wording.
BOX_FAMILIES = {"reader_appeal": "appeal", "paywall_appeal": "appeal", "newsletter": "newsletter", "cookie": "cookie"}


def _list_item(units: Sequence[str], i: int) -> bool:
    """Whether unit ``i`` is an item of a bulleted list (it and a neighbour open with a bullet):
    "• Fukuoka: April 1" above "• Kyoto: April 3" is a list of dates in the body, not a
    publication stamp.

    Examples
    --------
    >>> [_list_item(["• Fukuoka: April 1", "• Kyoto: April 3"], i) for i in (0, 1)], _list_item(["• May 4, 2023", "Troops left."], 0)
    ([True, True], False)
    """
    return is_bullet(units[i]) and any(0 <= j < len(units) and is_bullet(units[j]) for j in (i - 1, i + 1))


#: A run of this many date lines or more, one under another, is a list in the body (a schedule, a timeline), not
#: the page's publication lines ("Published: ..." over "Updated: ..." are two).
DATE_RUN = 3


def _date_run(units: Sequence[str], i: int) -> bool:
    """Whether unit ``i`` stands in a run of ``DATE_RUN`` date lines or more, one under another
    ("Monday: 7am, noon, 5pm" over "Tuesday: 7am, 5pm" over "Wednesday: ..."): a schedule in the body.

    Examples
    --------
    >>> days = ["Monday: 7am, noon, 5pm", "Tuesday: 7am, 5pm", "Wednesday: 7am, noon, 5pm"]
    >>> _date_run(days, 0), _date_run(["Published: May 4, 2023", "Updated: May 5, 2023", "Troops left."], 0)
    (True, False)
    """
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(units) and run < DATE_RUN and _date_line_length(units[j]) and is_date_line(units[j]):
            run += 1
            j += step
    return run >= DATE_RUN


#: Two units no pattern named between two of one box are the box's when each is this short and no
#: statement (a greeting, "Ready to continue your journey with us?": no full stop; rev22's obituary kept
#: "He is survived by his wife, Mary." between two appeals); one unit between is the box's whatever it is.
BOX_GAP_WORDS = 10


def _fill_boxes(units: Sequence[str], fixed: list[tuple[str, str] | None]) -> None:
    """Give a unit no pattern named the verdict of the box around it (in place): its nearest
    units on both sides were removed by patterns of the same box family (``BOX_FAMILIES``), with
    this unit alone between them, or with two units of :data:`BOX_GAP_WORDS` words or fewer that end
    in no full stop.

    Examples
    --------
    >>> units = ["Your free trial has ended.", "Hello", "Ready to go on with us?", "Renew now.", "Troops left."]
    >>> fixed = [("boilerplate", "pattern:paywall_appeal"), None, None, ("boilerplate", "pattern:paywall_appeal"), None]
    >>> _fill_boxes(units, fixed)
    >>> [f[1] if f else None for f in fixed]
    ['pattern:paywall_appeal', 'pattern:paywall_appeal+box', 'pattern:paywall_appeal+box', 'pattern:paywall_appeal', None]
    """
    family = [BOX_FAMILIES.get(f[1].removeprefix("pattern:")) if f else None for f in fixed]
    for i in range(1, len(fixed) - 1):
        if fixed[i] is not None or not family[i - 1]:
            continue
        if family[i - 1] == family[i + 1]:
            fixed[i] = (fixed[i - 1][0], fixed[i - 1][1] + "+box")  # type: ignore[index]
        elif (i + 2 < len(fixed) and fixed[i + 1] is None and family[i - 1] == family[i + 2]
              and all(len(units[j].split()) <= BOX_GAP_WORDS and not units[j].rstrip().endswith(".") for j in (i, i + 1))):
            fixed[i] = fixed[i + 1] = (fixed[i - 1][0], fixed[i - 1][1] + "+box")  # type: ignore[index]


#: A letter to the reader opens with this salutation ("Dear Reader,", "Dear readers").
_SALUTATION = re.compile(r"dear (?:valued |loyal )?readers?[,:!]?", re.IGNORECASE)
#: The letter's paragraphs speak as the outlet to the reader: a word of the first person plural or the second person.
_OUTLET_VOICE = re.compile(r"\b(?:we|us|our|you|your)\b", re.IGNORECASE)
#: A letter asks for support within this many units of its salutation.
LETTER_UNITS = 8


def _appeal_letters(units: Sequence[str], fixed: list[tuple[str, str] | None]) -> None:
    """Give an appeal's verdict (in place) to a letter to the reader inserted in a story and ending in an appeal
    (EastMojo's "Dear Reader," over four paragraphs of "we need your help", then "Support independent journalism,
    subscribe to EastMojo.": the eighty-eighth collection, s2005): the salutation and every unit after it up to the
    first unit a reader-appeal pattern removed, within ``LETTER_UNITS``, each spoken by the outlet to the reader (we,
    our, you), when the story's paragraphs stand right above the salutation and, past a sign-off, below the appeal.
    A letter that is the article (an editor's note on print days, a mayor's open letter) or closes it (a paper's
    farewell quoted at a story's end) is the text's own, whatever appeal the site prints under it (a second read, rev51).

    Examples
    --------
    >>> units = ["Two men were held at the border on Monday, police said.", "Dear Reader,", "Now, we need your help.", "We are independent.",
    ...          "Support independent journalism.", "Thank you,", "Police said the two men would appear in court on Tuesday."]
    >>> fixed = [None, None, None, None, ("boilerplate", "pattern:reader_appeal"), None, None]
    >>> _appeal_letters(units, fixed); [f[1] if f else None for f in fixed][:5]
    [None, 'pattern:reader_appeal+letter', 'pattern:reader_appeal+letter', 'pattern:reader_appeal+letter', 'pattern:reader_appeal']
    >>> closing = [None, None, None, None, ("boilerplate", "pattern:reader_appeal")]
    >>> _appeal_letters(units[:5], closing); closing[1:4]  # the letter closes the text: nothing of the story below it
    [None, None, None]
    """
    for i, unit in enumerate(units):
        if fixed[i] is not None or not _SALUTATION.fullmatch(unit.strip()) or not (i > 0 and fixed[i - 1] is None and _story_paragraph(units[i - 1])):
            continue  # a letter inserted in a story: the story's paragraph right above it
        for j in range(i + 1, min(len(units), i + 1 + LETTER_UNITS)):
            found = fixed[j]
            if found is not None:
                below = range(j + 1, min(len(units), j + 1 + LETTER_TAIL))
                if BOX_FAMILIES.get(found[1].removeprefix("pattern:").split("+")[0]) == "appeal" and any(fixed[k] is None and _story_paragraph(units[k]) for k in below):
                    for k in range(i, j):
                        fixed[k] = (found[0], found[1].split("+")[0] + "+letter")
                break
            if not _OUTLET_VOICE.search(units[j]):
                break


#: Under a letter's appeal, its sign-off ("Thank you,", the editor's name and title) takes at most this many units before the story goes on.
LETTER_TAIL = 5


def _story_paragraph(unit: str) -> bool:
    """A paragraph of the story around a letter: prose of eight words or more, not in the outlet's voice to the reader."""
    return len(unit.split()) >= 8 and is_prose(unit) and not _OUTLET_VOICE.search(unit)


#: A related-links box: the short units right under its heading are the links' texts.
LINK_HEADINGS = frozenset({"pattern:widget_heading"})
LINKS_MAX = 5
#: A unit under a links heading written as a sentence of this many words is body, not a link.
LINK_SENTENCE_WORDS = 10


def _links_under_headings(units: Sequence[str], fixed: list[tuple[str, str] | None]) -> None:
    """Mark as promo furniture (in place) the units of 15 words or fewer right under a
    related-links heading ("Related Coverage", "Latest News"), up to ``LINKS_MAX``: other
    stories' headlines, whatever their wording; a longer unit, or a sentence of
    ``LINK_SENTENCE_WORDS`` words or more (a body paragraph under an empty box), ends the box."""
    for i, f in enumerate(fixed):
        if not f or f[1] not in LINK_HEADINGS:
            continue
        for j in range(i + 1, min(len(units), i + 1 + LINKS_MAX)):
            words = len(units[j].split())
            if fixed[j] is not None or words > 15 or (words >= LINK_SENTENCE_WORDS and ends_sentence(units[j])):
                break  # a longer unit, or a full sentence of a paragraph's length, is the body going on
            fixed[j] = ("boilerplate", "pattern:widget_heading+links")


def headline_of(units: Sequence[str], verdicts: Sequence[Verdict]) -> str | None:
    """The text of the unit recognised as the headline, if any.

    Examples
    --------
    >>> u = ["Quake toll rises", "Rescuers dug through the rubble of collapsed homes on Tuesday as the number of the dead rose to 94, officials in the province said, and more were missing."]
    >>> headline_of(u, classify_units(u))
    'Quake toll rises'
    >>> headline_of([], [])
    """
    for unit, verdict in zip(units, verdicts):
        if verdict.reason == "top:headline":
            return " ".join(unit.split())
    return None
