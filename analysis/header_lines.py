"""Lines of a page's header that the general rule keeps, told by their place and shape.

Rules run on the verdicts of :func:`analysis.boilerplate.classify_units` (in place, like
:mod:`analysis.captions` and :mod:`analysis.standfirst`), each for an order of the top of a
news page rather than a wording:

- :func:`repeated_headline`: the headline printed again above the body (a page prints its title
  in the header and again over the picture): a kept unit above the body's first paragraph that
  is, word for word, the headline found above it. Reason ``top:headline``.
- :func:`picture_credit_line`: a line of names alone with a comma or slash, right under a
  picture's caption ("GENE J. PUSKAR, THE ASSOCIATED PRESS"): the photographer and agency.
  Reason ``caption:credit`` (boilerplate).
- :func:`header_byline`: a byline the general rule keeps because it stands between a standfirst and
  the lead ("Jane Roe | Reuters", "Jane Roe, Rome correspondent", "Written by Jane Roe @janeroe",
  "By Jane Roe Updated Dec 5, 2026"): in a page's first units, below at most one kept paragraph
  and above the body, a line of a person's name with its outlet, role, handle, place or date, and
  a place alone right under a byline ("Rome"). Reason ``top:byline``.
- :func:`title_case_lines`: a line in title case or capitals (a headline's shape: a stop at its end
  only on the text's first line, over a unit that does not go on from it) above the body's first paragraph, when the general rule kept it because a short sentence stands
  above it (pages that print their title in several versions: "Central Bank Announces Important
  Decision on Interest Rate Change"). Reason ``top:headline`` (or ``top:kicker`` for a short one).
- :func:`choose_headline`: of the headline-shaped lines removed above the body, the headline is
  the one sharing most words with the first paragraph when the one first named shares none (a site's
  name or a widget's label stands above the real headline: "Caribbean Broadcasting Corporation").
- :func:`key_points`: a list of key points (two or more list items) above the body's first
  paragraph that is not a list item, with at most ``ABOVE_MAX_UNITS`` short kept units above it
  (a headline, a standfirst, a stray label): all of it is top matter (``top:summary``; the text's
  first unit, when no headline was found, is the headline).

Each keeps the body: a rule never removes the last kept units, and a unit that introduces a list
(ending with ``:``) is the body's own list.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["Quake toll rises", "By Jane Roe", "Quake toll rises", "Rescuers dug through the rubble on Tuesday as the toll rose to 94, officials said.", "More were missing."]
>>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:byline")] + [Verdict(True, "body", "")] * 3
>>> repeated_headline(units, verdicts); [v.reason for v in verdicts]
['top:headline', 'top:byline', 'top:headline', '', '']
>>> repeated_headline([], []), picture_credit_line([], []), key_points([], [])
(None, None, None)
"""
from __future__ import annotations

import re
from typing import Sequence

from .bullets import BYLINE_MARK, is_bullet
from .captions import BODY_MIN_WORDS  # a kept prose unit this long is the body's first paragraph (one threshold for both)
from .boilerplate import Verdict
from .justext_method import ends_sentence, is_prose
from .repeats import KEY_POINTS_LABEL, content_words, function_words
from .reporting import reporting_pattern, reports
from .topmatter import date_words, is_date_line, is_headline, leading_date, only_names, wire_dateline
from .instruments import load_wordlist
from .irregular_verbs import irregular_pasts
from .outlet_templates import unit_key
from .title_case import is_title_case as title_case


_SPACE = re.compile(r"\s+")


def _same_text(a: str, b: str) -> bool:
    return _SPACE.sub(" ", a).strip().casefold() == _SPACE.sub(" ", b).strip().casefold()


def first_paragraph(units: Sequence[str], verdicts: Sequence[Verdict]) -> int:
    """Position of the first kept prose unit of ``BODY_MIN_WORDS`` words or more (``len(units)`` when none)."""
    return next((i for i, v in enumerate(verdicts) if v.keep and len(units[i].split()) >= BODY_MIN_WORDS and is_prose(units[i])), len(units))


#: The headline printed again is looked for among this many units below it; between the two
#: copies stand at most ``BETWEEN_MAX_UNITS`` kept units of at most ``BETWEEN_MAX_WORDS`` words (a standfirst).
AGAIN_WITHIN = 8
#: A byline or date line under the headline closes the header: the paragraph below them is the lead.
HEADER_CLOSERS = frozenset({"top:byline", "top:date"})
BETWEEN_MAX_UNITS = 2
BETWEEN_MAX_WORDS = 45


def repeated_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``top:headline`` (in place) each kept unit above the body's first paragraph that is
    the headline found above it, printed again (case and spacing ignored). The header runs down to
    the second copy when no paragraph of the body stands above it: one or two short kept units
    between the copies (``BETWEEN_MAX_UNITS``, ``BETWEEN_MAX_WORDS``) are its standfirst
    (``top:standfirst``), when a kept unit follows. So is the first paragraph itself when it alone
    stands between the copies, the header is open above it (no byline or date line between the
    headline and it) and the lead follows the copy (headline, standfirst, headline again as the
    picture's text, lead; a blogger's note above a reposted story's header stays). Under a
    closed header (headline, byline, date, lead) the copy below the lead is a picture's alternative
    text: the copy goes and the lead stays; a copy with more than ``BETWEEN_MAX_UNITS`` kept units
    above it is the body's (a crosshead, a related link).

    Examples
    --------
    >>> units = ["Quake toll rises", "Thousands were left homeless as rescuers searched on.", "Quake toll rises", "Rescuers dug on Tuesday.", "Ten died."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 4
    >>> repeated_headline(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'top:standfirst', 'top:headline', '', '']
    """
    headline = next((i for i, v in enumerate(verdicts) if v.reason == "top:headline"), None)
    if headline is None:
        return
    first = first_paragraph(units, verdicts)
    for i in range(headline + 1, min(len(units), headline + 1 + AGAIN_WITHIN)):
        if not _same_text(units[i], units[headline]):
            continue  # (the copy may be kept, or already taken by the rules of furniture)
        between = [j for j in range(headline + 1, i) if verdicts[j].keep]
        if len(between) > BETWEEN_MAX_UNITS:
            continue  # further down: a crosshead or a related story's link
        if verdicts[i].keep:
            verdicts[i] = Verdict(False, "top_matter", "top:headline")
        # Above the body's first paragraph, what stands between the copies is the header's; so is
        # the first paragraph alone under an open header (a standfirst). Under a closed header the
        # copy is a picture's alternative text after the lead, which stays.
        open_header = (
            between == [first]
            and not any(verdicts[j].reason in HEADER_CLOSERS for j in range(headline + 1, first))
            and i + 1 < len(units)
            and verdicts[i + 1].keep  # the lead right under the copy (a reposted story's header goes on with its date and byline)
            and not _attributed(units[first])  # a news sentence closed by its source ("..., police said.") is the lead, a picture below it
        )
        if (i < first or open_header) and all(len(units[j].split()) <= BETWEEN_MAX_WORDS for j in between) and any(v.keep for v in verdicts[i + 1 :]):
            for j in between:
                verdicts[j] = Verdict(False, "top_matter", "top:standfirst")


#: The last clause of a sentence that names its source has at most this many words ("..., police said.").
ATTRIBUTION_MAX_WORDS = 8


#: A sentence that opens with its source names it in at most this many words before the verb ("Police said ...").
SOURCE_MAX_WORDS = 6


def _attributed(unit: str) -> bool:
    """The unit is a news sentence with its attribution: closed by it (a last clause after a comma,
    of a few words, that reports: "..., police said.", "..., according to the ministry.") or opened
    by it (a source of a few words and no comma before the reporting verb: "Police said a tiger
    ...", "Taipei Zoo officials told reporters ...", "According to police, ...").

    >>> _attributed("A tiger escaped on Tuesday and was caught hours later, police said."), _attributed("Nyad, 64, crossed the Straits without a cage and said she would not try again.")
    (True, False)
    >>> _attributed("Police said a tiger escaped on Tuesday."), _attributed("According to police, a tiger escaped."), _attributed("Police said a tiger escaped")
    (True, True, False)
    """
    text = unit.strip()
    if not ends_sentence(text):
        return False
    opening = reporting_pattern().search(text)
    if opening is not None:
        before = text[: opening.start()]
        if "," not in before and len(before.split()) <= SOURCE_MAX_WORDS and (before.strip() or opening.group().lower().startswith("according")):
            return True
    if "," not in text:
        return False
    last = text.rsplit(",", 1)[1]
    return len(last.split()) <= ATTRIBUTION_MAX_WORDS and reports(last)


#: Reasons a unit opening with a wire dateline may be given back from: the general rule, and the
#: standfirst that the header's rules made of a lead cut short by a picture ("... but was soon").
DATELINE_LEAD_REASONS = ("justext:", "top:standfirst")


def dateline_lead(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Keep again (in place) the first unit above the body's first paragraph that opens with a
    wire dateline ("Taipei, June 16 (CNA) A tiger escaped ...", "LONDON (Reuters) - ..."): the
    dateline opens the story, so the unit is its lead, not a standfirst, even when a picture cut it
    mid-sentence. Only a removal by the general rule or as a standfirst is undone, and only below the
    headline found (a ticker above the headline is not the story's).

    Examples
    --------
    >>> units = ["Tiger escapes", "By Jane Roe", "Taipei, June 16 (CNA) A tiger escaped from the zoo on Tuesday but was soon",
    ...          "Photo courtesy of the zoo", "tranquilized and recaptured, police said on Tuesday after a search of the grounds lasting two hours."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:byline"),
    ...             Verdict(False, "top_matter", "top:standfirst"), Verdict(False, "boilerplate", "pattern:caption_credit"), Verdict(True, "body", "")]
    >>> dateline_lead(units, verdicts); [v.keep for v in verdicts]
    [False, False, True, False, True]
    >>> dateline_lead([], [])
    """
    headline = next((i for i, v in enumerate(verdicts) if v.reason == "top:headline"), -1)
    for i in range(headline + 1, first_paragraph(units, verdicts)):
        if verdicts[i].keep:
            continue
        if verdicts[i].reason.startswith(DATELINE_LEAD_REASONS) and wire_dateline().match(units[i]):
            verdicts[i] = Verdict(True, "body", "")
            return


#: A picture's caption, as the rules before this one removed it.
CAPTION_REASONS = frozenset({"caption_pair", "caption:scene", "pattern:caption", "pattern:caption_credit"})
#: A credit line has at most this many words ("GENE J. PUSKAR, THE ASSOCIATED PRESS").
CREDIT_MAX_WORDS = 8


def picture_credit_line(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``caption:credit`` (in place) a kept unit right under a picture's caption
    (``CAPTION_REASONS``) that is names alone (``CREDIT_MAX_WORDS`` words at most, no digit, no
    sentence end) holding a comma or a slash between a name and its agency, when a kept unit
    follows (a crosshead in title case has no comma between names).

    Examples
    --------
    >>> units = ["Miners' families pray at a church near the mine on Tuesday.", "GENE J. PUSKAR, THE ASSOCIATED PRESS", "Rescuers reached the mine on Wednesday."]
    >>> verdicts = [Verdict(False, "boilerplate", "caption:scene"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> picture_credit_line(units, verdicts); [v.reason for v in verdicts]
    ['caption:scene', 'caption:credit', '']
    """
    for i in range(1, len(units) - 1):
        if not verdicts[i].keep or verdicts[i - 1].reason not in CAPTION_REASONS or not any(v.keep for v in verdicts[i + 1 :]):
            continue
        text = units[i].strip()
        words = text.replace("/", " / ").split()
        names = [w for w in words if w != "/"]
        if 2 <= len(names) <= CREDIT_MAX_WORDS and ("," in text or "/" in text) and not ends_sentence(text) and only_names(names, text):
            verdicts[i] = Verdict(False, "boilerplate", "caption:credit")


#: What dates the header: its date line under the byline ("Published September 8, 2024 at 10:49 PM PDT").
_HEADER_DATES = frozenset({"top:date", "pattern:date_line"})
#: Words an organisation's name may hold in lower case ("Department of Fire and Rescue").
_NAME_JOINERS = frozenset("of and the for & de la du".split())
#: A caption under the header's date line has at most this many words.
HEADER_CAPTION_WORDS = 30


def header_picture(units: Sequence[str], verdicts: list[Verdict], blocks: Sequence[int] | None = None) -> None:
    """Mark (in place) the picture a page prints between its header's date line and the lede: a one-sentence
    caption right under the date line and, under it, its credit: a name alone (two to ``CREDIT_MAX_WORDS``
    capitalised words, "of" or "and" between them, no digit, no end mark: "Santa Barbara County Fire Department"),
    the caption perhaps printed again under the credit (public radio's Grove pages, the fortieth collection s1259,
    s1260), printed in one block with the date line (``blocks``: one line break between them, as the page's header is;
    a lede and a crosshead under it stand in blocks of their own, rev41), when two kept paragraphs of prose follow;
    and the page's summary right under the picture, one sentence
    of at most ``SUMMARY_MAX_WORDS`` words reporting no one, shorter than the paragraphs below it. Reasons
    ``caption:header``, ``caption:credit`` and ``top:standfirst``. A lede under the date line is followed by the
    story, not by a name alone.

    Examples
    --------
    >>> units = ["Fire near lake", "Published October 3, 2024", "Some 500 firefighters are battling a wildfire near the lake.",
    ...          "Ventura County Fire Department", "Blaze chars 300 acres.", "Firefighters have the upper hand on a 300 acre brush fire near the lake, officials said.",
    ...          "The fire was discovered just before 1 p.m. Thursday and forced the evacuation of the recreation area."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:date")] + [Verdict(True, "body", "")] * 5
    >>> header_picture(units, verdicts, [0, 1, 1, 1, 2, 3, 4]); [v.reason for v in verdicts]
    ['top:headline', 'top:date', 'caption:header', 'caption:credit', 'top:standfirst', '', '']
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:date")] + [Verdict(True, "body", "")] * 5
    >>> header_picture(units, verdicts, [0, 1, 2, 3, 4, 5, 6]); [v.reason for v in verdicts][2:4]  # a lede and a crosshead, each a block
    ['', '']
    """
    first = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if not first:
        return
    date = next((i for i in range(first - 1, -1, -1) if verdicts[i].reason in _HEADER_DATES), None)
    if date is None or first > date + 3:
        return  # the picture stands right under the header's date line (the general rule may have taken it already)
    caption, credit = date + 1, date + 2
    if credit >= len(units) or not (_caption_sentence(units[caption]) and _credit_name(units[credit])):
        return
    if blocks is not None and not blocks[date] == blocks[caption] == blocks[credit]:
        return  # printed apart from the header's date line: a lede and a crosshead
    picture = [caption, credit]
    if credit + 1 < len(units) and units[credit + 1].strip() == units[caption].strip():
        picture.append(credit + 1)  # the caption printed again under its credit
    if first > picture[-1] + 1:
        return
    below = [j for j in range(picture[-1] + 1, len(units)) if verdicts[j].keep and is_prose(units[j])]
    if len(below) < 2:
        return
    for j in picture:
        if verdicts[j].keep:
            verdicts[j] = Verdict(False, "boilerplate", "caption:credit" if j == credit else "caption:header")
    summary = picture[-1] + 1
    text = units[summary].strip() if summary < len(units) else ""
    after = [j for j in below if j > summary][:2]
    if (text and verdicts[summary].keep and len(after) == 2 and len(text.split()) <= SUMMARY_MAX_WORDS and _caption_sentence(text) and not reports(text)
            and all(len(units[j].split()) > len(text.split()) for j in after)):
        verdicts[summary] = Verdict(False, "top_matter", "top:standfirst")


#: The page's summary under the header's picture has at most this many words ("CHP arrested driver of car following crash.").
SUMMARY_MAX_WORDS = 12


def _caption_sentence(text: str) -> bool:
    """One sentence of at most ``HEADER_CAPTION_WORDS`` words, quoting no one."""
    text = text.strip()
    return (ends_sentence(text) and len(text.split()) <= HEADER_CAPTION_WORDS and not _FIRST_STOP.search(text.rstrip(".!?"))
            and not any(q in text for q in "\"\u201c\u201d"))


def _credit_name(text: str) -> bool:
    """A name alone: two to ``CREDIT_MAX_WORDS`` capitalised words ("of", "and" between them), no digit, no end mark,
    not a byline ("By Chris Mugasha" over the lede printed again is the writer's, s1184)."""
    words = text.split()
    return (2 <= len(words) <= CREDIT_MAX_WORDS and not ends_sentence(text) and not text.rstrip().endswith((":", ",")) and not any(c.isdigit() for c in text)
            and words[0].lower() not in _NAME_JOINERS | {"by", "from", "with"} and all(w[:1].isupper() or w.lower() in _NAME_JOINERS for w in words))


#: A sentence's stop followed by another sentence: a caption under the date line is one sentence.
_FIRST_STOP = re.compile(r"[.!?][\"\u201d\u2019)]?\s+[A-Z]")


#: At most this many kept units stand above a list of key points (a headline, a standfirst, a label).
ABOVE_MAX_UNITS = 3
#: Each of them has at most this many words (a standfirst; a lede runs longer).
ABOVE_MAX_WORDS = 35
#: A list of key points has at least this many items.
MIN_ITEMS = 2


def key_points(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as top matter (in place) a list of key points above the body's first paragraph and the
    few short units above it (see the module's description). The list is the first run of two or
    more kept list items; a kept prose unit that is not a list item follows it; above it stand at
    most ``ABOVE_MAX_UNITS`` kept units of at most ``ABOVE_MAX_WORDS`` words each, none ending
    with ``:`` (a lede introducing its list: "The plan includes:").

    Examples
    --------
    >>> units = ["Locusts invade three counties", "Desert locust invasion intensifies daily.", "In Summary",
    ...          "- Locusts are likely to become part of Kenya's habitat.", "- They are now in at least 15 counties.",
    ...          "Desert locusts have now invaded Machakos and Makueni counties, raising the total to 15, officials said on Wednesday."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")] + [Verdict(True, "body", "")] * 3
    >>> key_points(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'top:summary', 'justext:short', 'top:summary', 'top:summary', '']
    >>> units = ["Five held in hunt for suspects", "What you need to know:", "\u2022 The five were held in a two-day operation.", units[-1]]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 3
    >>> key_points(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'top:summary', 'top:summary', '']
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    start = next((p for p, i in enumerate(kept[: ABOVE_MAX_UNITS + 1]) if is_bullet(units[i])), None)
    if start is None:
        return
    end = start
    while end < len(kept) and is_bullet(units[kept[end]]):
        end += 1
    label = kept[start] - 1 if kept[start] > 0 and KEY_POINTS_LABEL.fullmatch(units[kept[start] - 1].strip()) else None  # "What you need to know:"
    above = kept[:start]
    if end - start < MIN_ITEMS and (label is None or any(i != label and ends_sentence(units[i]) for i in above)):
        return  # one key point is a list only under its label, no sentence kept above it (the Nation's, s1159; a lede over "The big picture:" is the body's)
    if end >= len(kept) or not is_prose(units[kept[end]]):
        return
    if any(len(units[i].split()) > ABOVE_MAX_WORDS or (units[i].rstrip().endswith(":") and i != label) for i in above):
        return
    # two sentences above the list (a lede and the paragraph after it) are the body begun: a list
    # under its factbox heading ("Key figures") is the body's, not a summary above it
    if sum(ends_sentence(units[i]) for i in above) >= 2:
        return
    # a sentence right above the list may be the lede the list goes on from ("Tesla reported a 40%
    # jump ... on Wednesday." then "- Revenue rose ..."): only a label between them ("In Summary",
    # removed) makes the list a summary
    if above and units[above[-1]].rstrip().endswith(".") and above[-1] + 1 == kept[start]:  # a headline may end in '?'
        return
    headline_found = any(v.reason == "top:headline" for v in verdicts)
    for position, i in enumerate(kept[:end]):
        first = position == 0 and i in above and not headline_found and not units[i].rstrip().endswith(".")
        verdicts[i] = Verdict(False, "top_matter", "top:headline" if first else "top:summary")


#: A header's byline is looked for among a text's first units.
HEADER_UNITS = 10
#: Words of a writer's role that a byline may carry in lower case ("Rome correspondent").
ROLE_WORDS = frozenset(
    "reporter reporters correspondent correspondents editor editors writer writers journalist contributor staff columnist "
    "producer photographer analyst senior chief political news desk bureau special sports business deputy associate".split()
)
_BY_PREFIX = re.compile(rf"^(?:{BYLINE_MARK})?(?:(?:written|words|reported|story|posted|text|report) +)?by +", re.IGNORECASE)
_HANDLE = re.compile(r"(?:^|\s)@\w+|\S+@\S+\.\w+")
_PARTS = re.compile(r"\s*(?:[|/\u00b7\u2014\u2013,]| - )\s*")


def _name_part(part: str) -> bool:
    words = part.split()
    return 1 <= len(words) <= 5 and only_names([w for w in words if w.lower() not in ROLE_WORDS], part)


def is_header_byline(unit: str) -> bool:
    """A byline as pages print it under a standfirst: a person's name (two to four name-like words)
    with, after separators, its outlet, role, place, handle or date; or ``By`` and names followed
    by a date (``By Jane Roe Updated Dec 5, 2026``). No sentence end.

    Examples
    --------
    >>> [is_header_byline(x) for x in ("Jane Roe | Reuters", "Jane Roe, Rome correspondent", "Written by Jane Roe @janeroe", "By Jane Roe Updated Dec 5, 2026, 10:42am EST")]
    [True, True, True, True]
    >>> [is_header_byline(x) for x in ("Rescuers searched the rubble.", "Floods | Power cuts", "Reuters", "Search goes on in Amatrice, Italy", "")]
    [False, False, False, False, False]
    """
    text = _HANDLE.sub(" ", unit).strip()
    if not text or len(text.split()) > 14 or text.endswith((".", "!", "?", ":")):
        return False
    prefix = _BY_PREFIX.match(text)
    if prefix:
        words = text[prefix.end() :].split()
        dates = date_words()
        cut = next((k for k, w in enumerate(words) if w.lower().strip(".,") in dates or w[:1].isdigit()), len(words))
        if 2 <= cut <= 5 and only_names(words[:cut], " ".join(words[:cut])) and (cut == len(words) or is_date_line(" ".join(words[cut:]))):
            return True
        text = text[prefix.end() :]
    parts = [p for p in _PARTS.split(text) if p]
    person = parts and 2 <= len(parts[0].split()) <= 4 and only_names(parts[0].split(), parts[0])
    return bool(person) and (len(parts) > 1 or prefix is not None or unit.strip() != text) and all(_name_part(p) or is_date_line(p) for p in parts[1:])


def header_byline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as ``top:byline`` (in place) a kept unit among the first ``HEADER_UNITS`` that is a
    byline (:func:`is_header_byline`), with at most one kept prose unit above it (a standfirst)
    and a kept unit below; and a place of one to three name-like words right under a byline,
    above the body.

    Examples
    --------
    >>> units = ["Quake toll rises", "Thousands were left homeless.", "Jane Roe | Reuters", "Rome", "Rescuers dug through the rubble on Tuesday."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 4
    >>> header_byline(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', '', 'top:byline', 'top:byline', '']
    """
    prose_above = 0
    for i in range(min(len(units), HEADER_UNITS)):
        if not verdicts[i].keep:
            continue
        below = any(v.keep for v in verdicts[i + 1 :])
        if below and is_header_byline(units[i]):
            verdicts[i] = Verdict(False, "top_matter", "top:byline")
        elif below and i > 0 and verdicts[i - 1].reason == "top:byline" and 1 <= len(units[i].split()) <= 3 and not ends_sentence(units[i]) and only_names(units[i].split(), units[i]):
            verdicts[i] = Verdict(False, "top_matter", "top:byline")  # the writer's place under the byline ("Rome")
        elif is_prose(units[i]):
            prose_above += 1
            if prose_above > 1:
                return


def is_headline_shaped(unit: str) -> bool:
    """A headline's shape: a title's capitals (:func:`analysis.title_case.is_title_case`), or the
    whole line in capitals, with or without a full stop or question mark at its end (a body
    sentence does not capitalise every word; corpora and some sites print the headline with a
    stop: "Clinton Swipes At Trump Over Brexit."; :func:`title_case_lines` says where a stop may stand).

    Examples
    --------
    >>> is_headline_shaped("Central Bank Announces Important Decision on Interest Rate Change"), is_headline_shaped("Central bank raises its rate")
    (True, False)
    >>> is_headline_shaped("Rescuers Dig Through the Night."), is_headline_shaped("")
    (True, False)
    """
    text = unit.rstrip()
    if text.endswith((".", "?", "!")) and any(_ONE_WORD_SENTENCE.fullmatch(piece) for piece in re.split(r"[.?!] ", text)):
        return False  # a run of one-word sentences ("Tennis. Boating. Summers at Walker's Point."): a lede
    return title_case(_without_stop(unit), all_capitals=True)


#: A sentence of one word (not an abbreviation such as "St." or "U.S.": four letters or more, in lower case after the first).
_ONE_WORD_SENTENCE = re.compile(r"\s*[A-Z][a-z]{3,}\s*")


def _without_stop(unit: str) -> str:
    """A unit without the full stop, question or exclamation mark that ends it."""
    text = unit.rstrip()
    return text[:-1] if text.endswith((".", "?", "!")) else text


#: A unit opening with one of these goes on from the line above it (that line is its lede, no headline).
_GOES_ON = frozenset("and or nor".split())  # "But", "So", "Then" open op-eds' ledes


def _stop_allowed(units: Sequence[str], verdicts: Sequence[Verdict], i: int) -> bool:
    """Whether unit ``i`` may be a headline written with a stop at its end: the text's first line
    (above it only furniture removed, no kept unit and no headline, kicker or standfirst), over a
    kept unit that does not go on from it (no lower-case opening, no conjunction of
    :data:`_GOES_ON`: "And they tore roofs off ...")."""
    if any(verdicts[k].keep or verdicts[k].reason.startswith(("top:headline", "top:kicker", "top:standfirst")) for k in range(i)):
        return False  # below a headline or a kept sentence, a title-case sentence is the body's ("Winds Reached 100 MPH in Places.")
    below = next((j for j in range(i + 1, len(units)) if verdicts[j].keep), None)
    if below is None or not units[below].strip():
        return False
    opening = units[below].lstrip("\"'\u201c\u2018(").split(None, 1)[0]
    return not opening[:1].islower() and opening.lower().strip(",") not in _GOES_ON


def title_case_lines(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Mark as top matter (in place) each kept unit above the body's first paragraph (a kept prose
    unit of ``BODY_MIN_WORDS`` words or more) that has a headline's shape (:func:`is_headline_shaped`,
    :func:`analysis.topmatter.is_headline`): ``top:headline``, or ``top:kicker`` when a headline was
    already found. No crosshead stands above the first paragraph of a body. Such a line that the
    general rule took (``justext:*``) is named the headline when none was found. A line ending with
    a stop, question or exclamation mark is one only as the text's first line over a unit that
    does not go on from it (corpora print the headline so); elsewhere it is a sentence of the body
    ("Stones return to London", "The Rolling Stones Play Hyde Park Again on Saturday.").

    Examples
    --------
    >>> units = ["Central bank raises key rate to combat inflation.", "Central Bank Announces Decision on Interest Rate", "On Thursday, the central bank announced a rate change that could affect markets across the country."]
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> title_case_lines(units, verdicts); [v.reason for v in verdicts]
    ['', 'top:headline', '']
    >>> units = ["Stones return to London", "The Rolling Stones Play Hyde Park Again on Saturday.", units[2]]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 2
    >>> title_case_lines(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', '', '']
    """
    first = first_paragraph(units, verdicts)
    if first >= len(units):
        return
    for i in range(first):
        kept_or_short = verdicts[i].keep or verdicts[i].reason.startswith("justext:")
        stop = units[i].rstrip().endswith((".", "?", "!"))
        if kept_or_short and is_headline_shaped(units[i]) and is_headline(_without_stop(units[i])) and (not stop or _stop_allowed(units, verdicts, i)):
            seen = any(v.reason == "top:headline" for v in verdicts)
            if verdicts[i].keep or not seen:  # a line the general rule took is named the headline when none was
                verdicts[i] = Verdict(False, "top_matter", "top:kicker" if seen else "top:headline")


#: A headline that restates the lead: at most this many words, and this many of its words (and half
#: of them) in the lead below it, cut to their first four letters ("raid" and "raided").
RESTATED_WORDS = 12
RESTATED_SHARED = 3


def restated_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Name the headline (in place) when none was found and the only kept unit above the body's first
    paragraph is a short line with no sentence end that the paragraph restates: at most
    :data:`RESTATED_WORDS` words, :data:`RESTATED_SHARED` or more of its content words and at least
    half of them in the paragraph ("Swedish police raid business in northern Stockholm" over "Swedish
    police raided a business in a Stockholm suburb on Sunday evening ...", under the picture's
    captions that hid it from the rules of the page's top). A line that reads as a sentence (an
    article first, an auxiliary, a verb in the past, a quotation) is a lead that lost its stop or a
    pull quote, not a headline (:func:`_reads_as_sentence`).

    Examples
    --------
    >>> units = ["Police raided a business on Sunday night.", "Swedish police raid business in northern Stockholm",
    ...          "Swedish police raided a business in a Stockholm suburb on Sunday evening as part of the investigation."]
    >>> verdicts = [Verdict(False, "boilerplate", "caption_pair"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> restated_headline(units, verdicts); [v.reason for v in verdicts]
    ['caption_pair', 'top:headline', '']
    >>> units[1] = "Two men were arrested in Leeds on Monday after a stabbing"
    >>> verdicts[1] = Verdict(True, "body", "")
    >>> restated_headline(units, verdicts); verdicts[1].keep
    True
    """
    if any(v.reason == "top:headline" for v in verdicts):
        return
    first = first_paragraph(units, verdicts)
    above = [i for i in range(min(first, len(units))) if verdicts[i].keep]
    if first >= len(units) or above != [first - 1]:
        return
    line = units[first - 1].strip()
    if len(line.split()) > RESTATED_WORDS or ends_sentence(line) or not is_headline(line) or is_bullet(line) or _reads_as_sentence(line):
        return
    words = {w[:4] for w in content_words(line)}
    shared = words & {w[:4] for w in content_words(units[first])}
    if len(shared) >= RESTATED_SHARED and 2 * len(shared) >= len(words):
        verdicts[first - 1] = Verdict(False, "top_matter", "top:headline")


_SENTENCE_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "been", "be", "will", "would"})
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"


def _reads_as_sentence(line: str) -> bool:
    """Whether a short line reads as a sentence of the body, not a headline: an article opening it, an
    auxiliary or a verb in the past ("A MUM has been jailed ...", "Three people died in a crash ..."),
    or a quotation's mark at either end (a pull quote). Headlines tell in the present (rev23).

    >>> _reads_as_sentence("Swedish police raid business in northern Stockholm"), _reads_as_sentence("Three people died in a crash on the M6")
    (False, True)
    """
    words = re.findall(r"[A-Za-z']+", line.lower())
    if not words or words[0] in ("a", "an", "the") or line[:1] in _QUOTE_MARKS or line[-1:] in _QUOTE_MARKS:
        return True
    pasts = irregular_pasts()
    return any(w in _SENTENCE_WORDS or (len(w) > 3 and w.endswith("ed")) or w in pasts for w in words)


#: The headline shares at least this many content words with the body's first paragraph.
HEADLINE_SHARED = 2


#: A masthead: two to five words, each capitalised but for a joining word, no figure, no mark but "&" and an apostrophe.
_MASTHEAD = re.compile(r"(?:The[^\S\n]+)?[A-Z][\w'\u2019.-]*(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|of|and|&|the|de|la))+")
_MASTHEAD_AROUND = re.compile(r"(?:\d{1,2}|[A-Z][\w'\u2019.-]*)(?:[^\S\n]+[A-Z][\w'\u2019.-]*)+")
MASTHEAD_WORDS = (2, 5)
MASTHEAD_CLOSERS = "masthead_words.txt"
#: A credit line: "Interview by Mikko Laine", "Words and pictures by Ann Lee" (a name after "by").
_CREDITED = re.compile(r"\bby[^\S\n]+[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*)*[^\S\n]*$")


def _masthead(unit: str) -> bool:
    """Whether a unit has a masthead's shape ("The Glasgow Evening Post", "Nairobi Business Daily"): two to
    five capitalised words, the last a word of ``masthead_words.txt``, or such a word inside with one or
    two capitalised words after it and a capitalised word or a channel's number before it ("7 News
    Belize", "Buenos Aires Herald Today"). Its place's name may recur in the lead, so sharing a word
    with the lead does not make it the headline; a title-case headline ("Flood Warning Issued") does
    not close with such a word. A masthead only gives way to a line that shares more words with the
    lead or stands right above the byline or date (:func:`choose_headline`).

    >>> _masthead("The Glasgow Evening Post"), _masthead("Johannesburg Daily Mail & Times"), _masthead("Quake toll rises in Nepal")
    (True, True, False)
    >>> _masthead("7 News Belize"), _masthead("Times Square Reopens After Storm")
    (True, False)
    >>> _masthead("Storm Ciaran: Live"), _masthead("Brexit"), _masthead("Top 10 Beaches"), _masthead("Flood Warning Issued")
    (False, False, False, False)
    """
    text = unit.strip()
    words = text.split()
    if not MASTHEAD_WORDS[0] <= len(words) <= MASTHEAD_WORDS[1]:
        return False
    closers = load_wordlist(MASTHEAD_CLOSERS)
    if words[-1].lower() in closers:
        return _MASTHEAD.fullmatch(text) is not None
    # a broadcaster's or paper's name with its channel number or its place after the word: "7 News Belize", "Buenos
    # Aires Herald Today"
    at = next((k for k in range(1, len(words) - 1) if words[k].lower() in closers), None)
    return at is not None and len(words) - at <= 3 and _MASTHEAD_AROUND.fullmatch(text) is not None


def choose_headline(units: Sequence[str], verdicts: list[Verdict], template: frozenset[str] = frozenset()) -> None:
    """Move the ``top:headline`` verdict (in place) to the headline-shaped unit removed above the
    body (:func:`analysis.topmatter.is_headline`; top matter or a short line the general rule took)
    that shares most content words with the first kept unit, when the unit named headline shares
    none (or none was named) and the other at least ``HEADLINE_SHARED``; the unit that lost it
    becomes ``top:kicker``. A page's name or a widget's label above the headline says nothing of the story.
    A unit named headline that has a masthead's shape (:func:`_masthead`) gives way to a unit below it that
    shares more words with the lead, at least ``HEADLINE_SHARED``, or else to the headline-shaped unit right above the
    byline or date (not a date line, not a credit "Interview by X"): a masthead's place recurs in the lead ("The
    Glasgow Evening Post" over "A week on the ward: one nurse's diary"), and a service piece's headline may share no
    word with its lead. A headline printed twice, a breadcrumb
    glued before the first copy ("HomeArchiveOIJ arrests 12 cops" over "OIJ arrests 12 cops"), is the second copy.
    A line of the outlet's ``template`` (the keys of :func:`analysis.outlet_templates.unit_key` of what it prints
    on its other stories' pages) is a masthead whatever its shape ("The most read Vietnamese newspaper", "Back
    to login"), and never becomes the headline: a story's headline is its own.

    Examples
    --------
    >>> units = ["Caribbean Broadcasting Corporation", "Bank of England raises rates after inflation shock",
    ...          "The Bank of England raised interest rates on Thursday after inflation rose unexpectedly."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:standfirst"), Verdict(True, "body", "")]
    >>> choose_headline(units, verdicts); [v.reason for v in verdicts]
    ['top:kicker', 'top:headline', '']
    >>> units = ["The most read Vietnamese newspaper", "News", "Midnight fire kills 6 in Saigon alley", "By Duy Tran December 16, 2016",
    ...          "Six people were killed when their house went on fire early on Friday."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "boilerplate", "justext:short"),
    ...             Verdict(False, "top_matter", "top:standfirst"), Verdict(False, "top_matter", "top:date"), Verdict(True, "body", "")]
    >>> choose_headline(units, verdicts, frozenset({"the most read vietnamese newspaper", "news"})); [v.reason for v in verdicts][:3]
    ['top:kicker', 'justext:short', 'top:headline']
    >>> choose_headline([], [])
    """
    first = next((i for i, v in enumerate(verdicts) if v.keep), None)
    current = next((i for i, v in enumerate(verdicts[:first]) if v.reason == "top:headline"), None) if first else None
    if not first:
        return
    lead = content_words(units[first])
    if current is not None and current + 1 < first and not verdicts[current + 1].keep:
        below = units[current + 1].strip()
        if len(below.split()) >= 3 and len(below) < len(units[current].strip()) and units[current].strip().endswith(below):
            verdicts[current], verdicts[current + 1] = Verdict(False, "top_matter", "top:kicker"), Verdict(False, "top_matter", "top:headline")
            return  # the headline printed twice, a breadcrumb glued before the first ("HomeArchiveOIJ arrests 12 cops")

    def shared(i: int) -> int:
        text = units[i][leading_date(units[i]) :]
        return len(content_words(text) & lead)

    def site_line(i: int) -> bool:  # the template's line, unless it tells the lead again (the story's own headline in a "Most Read" box: a second read)
        return bool(template) and unit_key(units[i]) in template and shared(i) < HEADLINE_SHARED

    named = shared(current) if current is not None else 0
    masthead = current is not None and (_masthead(units[current]) or site_line(current))
    if named > 0 and not masthead:
        return  # a headline sharing a word with the lead (a promo above it may share more)
    candidates = [
        i for i in range(first)
        if i != current and not verdicts[i].keep and (verdicts[i].kind == "top_matter" or verdicts[i].reason.startswith("justext:")) and is_headline(units[i])
        and (not masthead or i > current)  # a masthead stands above the headline
        and not site_line(i)  # the site's own line, printed over every story
    ]
    best = max(candidates, key=shared, default=None)
    if masthead and (best is None or shared(best) < max(HEADLINE_SHARED, named + 1)):
        # no candidate tells the lead again: the headline is the one standing right above the byline or date
        best = next((i for i in candidates if i + 1 < first and verdicts[i + 1].reason in HEADER_CLOSERS and not _masthead(units[i])
                     and not is_date_line(units[i]) and not _CREDITED.search(units[i])), None)
        if best is not None and current is not None:  # current is the masthead
            verdicts[current] = Verdict(False, "top_matter", "top:kicker")
            verdicts[best] = Verdict(False, "top_matter", "top:headline")
        return
    if best is not None and shared(best) >= max(HEADLINE_SHARED, named + 1):
        if current is not None:
            verdicts[current] = Verdict(False, "top_matter", "top:kicker")
        verdicts[best] = Verdict(False, "top_matter", "top:headline")


#: Lower-case words a list of people's names may hold ("and", a name's particle).
_NAME_LIST_JOINERS = frozenset("and of the de da van von al bin".split())


def is_name_list(unit: str) -> bool:
    """Whether a unit lists people by name, as a group picture's caption does: four words or more,
    every word capitalised but joiners ("and", a name's particle), with a comma or an "and" between
    names ("Joe Tierney, Cllr Padraig Fitzsimons, Justice Minister, Helen McEntee and Senator Shane
    Cassells."); a headline has a lower-case word (its verb, a preposition).

    Examples
    --------
    >>> is_name_list("Joe Tierney, Cllr Padraig Fitzsimons, Justice Minister, Helen McEntee and Senator Shane Cassells.")
    True
    >>> is_name_list("Minister hears the concerns of Navan traders over crime"), is_name_list("Joe Tierney"), is_name_list("")
    (False, False, False)
    >>> is_name_list("A One-Person Job, Now Divided Among Many More.")  # a headline in title case
    False
    """
    text = unit.strip().rstrip(".")
    words = re.findall(r"[\w'\u2019.-]+", text)
    if len(words) < 4 or not ("," in text or " and " in text):
        return False
    stop = function_words()
    return (
        all(w[:1].isupper() and w.lower() not in stop or w.lower() in _NAME_LIST_JOINERS for w in words)  # "A One-Person Job, Now ...": a title's words
        and not any(c.isdigit() for c in text)
    )


def names_over_headline(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """When the unit named headline lists people by name (:func:`is_name_list`: a group picture's
    caption above the headline) and the first kept unit is the next one, headline-shaped
    (:func:`analysis.topmatter.is_headline`) over a kept paragraph of prose, that unit is the headline
    (``top:headline``) and the list the picture's caption (``caption:name``).

    Examples
    --------
    >>> units = ["Joe Tierney, Cllr Ann Ruiz and Senator Tom Hale.", "Minister hears concerns of traders over crime",
    ...          "The creation of a new patrol unit in the town was proposed at a special meeting with the minister on Monday."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> names_over_headline(units, verdicts); [v.reason for v in verdicts]
    ['caption:name', 'top:headline', '']
    """
    current = next((i for i, v in enumerate(verdicts) if v.reason == "top:headline"), None)
    if current is None or current + 2 >= len(units) or not is_name_list(units[current]):
        return
    below, lead = current + 1, current + 2
    if verdicts[below].keep and is_headline(units[below]) and not ends_sentence(units[below]) and verdicts[lead].keep and is_prose(units[lead]) and len(units[lead].split()) >= BODY_MIN_WORDS:
        verdicts[current] = Verdict(False, "boilerplate", "caption:name")
        verdicts[below] = Verdict(False, "top_matter", "top:headline")
