"""Furniture told by what a page repeats of itself, for sites nobody has seen.

Read on the new rounds' dev pages (p409-p472) by kind, not by wording: a picture's caption is
often printed twice in a row (its caption and its alternative text: "Croc captured." over "Croc
captured."), stands beside a second caption that opens with the same words (a picture library's
description over the site's own caption), or is a bare name of what the paragraph above just
named ("A Carolina Reaper" under the paragraph about the Carolina Reaper). No body writes a line
twice in a row: on the 316 dev pages of p01-p472, every one of the 30 lines of up to 20 words
standing twice in a row is labelled furniture. Each rule runs on the verdicts of
:func:`analysis.boilerplate.classify_units` (after the rules that name what they know) and
changes them in place:

- :func:`doubled_lines`: two neighbouring units with the same words (up to ``DOUBLED_WORDS``),
  both kept or one already removed, are both furniture (``doubled_line``); a page's title over its
  edited heading, a word changed, is :func:`analysis.lead_shapes.doubled_headline`'s, which runs
  before;
- :func:`caption_beside_caption`: a kept unit right beside a unit removed as a caption or
  credit, when the two open with the same ``OPENING_WORDS`` words, is that picture's other
  caption (``caption_pair``);
- :func:`promo_teasers`: the kept units right under an inline promo that repeat its headline's
  words are that story's teaser (``promo_teaser``);
- :func:`named_picture`: inside the body, a short unit with no end mark that opens with an
  article, or is a name of up to three capitalised words, and whose every other word stands in
  the kept paragraph right above names the picture that paragraph shows ("A Pepper X",
  "Leahy" under "John Leahy, Airbus chief operating officer, says ..."; ``caption:named``); on
  the 316 dev pages no body line has that shape.

Examples
--------
>>> from analysis.boilerplate import Verdict
>>> units = ["The crocodile was caught on Wednesday, officials said.", "Croc captured.", "Croc captured.", "It was moved to a dam."]
>>> v = [Verdict(True, "body", "")] * 4
>>> page_copies(units, v); [x.reason for x in v]
['', 'doubled_line', 'doubled_line', '']
>>> page_copies([], [])
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .justext_method import ends_sentence, is_prose
from .layout import printed_twice
from .repeats import content_words, word_grams, words as _words
from .reporting import reports

#: A line printed twice in a row has at most this many words (the longest seen: a caption of 20).
DOUBLED_WORDS = 20
#: Two captions of one picture open with this many words alike ("North Island Brown Kiwi Chick").
OPENING_WORDS = 4
#: A caption copying this share of a paragraph's word 4-grams copies the body's paragraph beside it (a lede under its picture).
COPY_SHARE = 0.5
#: A named picture has at most this many words; one named without an article ("Leahy", "Suntrust"), this many
#: capitalised words; the paragraph above it has this many words at least.
NAMED_WORDS, NAME_WORDS, ABOVE_WORDS = 6, 3, 12
NAMED_CHARS = 80
#: A paragraph going on from the one above: a pronoun or a demonstrative opens it ("It now houses ...", "Its nine members ...").
_GOES_ON = re.compile(r"(?:It|Its|It's|It\u2019s|They|Their|Theirs|These|Those|This|That|There|He|She|His|Her|Here)\b")
#: A bare name ended by a full stop has at most this many capitalised words after its article ("The Trader Clock.").
STOPPED_NAME_WORDS = 4
#: Words of the reasons of units removed as a picture's caption or credit (what a second caption stands beside); a unit
#: the general rule removed stands for one when it names a picture ("(File photo) Source: istock.com").
CAPTION_MARKS = ("caption", "credit", "photo", "picture", "image")

_PICTURE = re.compile(r"\b(?:photo|photos|image|images|picture|pic|credit|courtesy|file|source:)", re.IGNORECASE)
_ARTICLE = re.compile(r"(?:A|An|The)\s")


def _remove(verdicts: list[Verdict], i: int, reason: str, top: bool) -> None:
    verdicts[i] = Verdict(False, "top_matter" if top else "boilerplate", reason)


def _first_prose(units: Sequence[str], verdicts: Sequence[Verdict]) -> int:
    return next((i for i, v in enumerate(verdicts) if v.keep and is_prose(units[i])), len(units))


def doubled_lines(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) both copies of a line printed twice in a row (see the module's description);
    above the first kept paragraph they are top matter (a headline doubled), below it boilerplate.
    A text that is only the line pasted twice keeps its first copy.

    Examples
    --------
    >>> v = [Verdict(True, "body", "")] * 5
    >>> doubled_lines(["Dam bursts", "Dam bursts", "Police said more were missing.", "Croc captured.", "Croc captured."], v); [x.kind for x in v]
    ['top_matter', 'top_matter', 'body', 'boilerplate', 'boilerplate']
    >>> v = [Verdict(True, "body", "")] * 3
    >>> doubled_lines(["Ten died.", "Eleven died.", "Police said more were missing."], v); [x.keep for x in v]
    [True, True, True]
    >>> v = [Verdict(True, "body", "")] * 2
    >>> doubled_lines(["Ten died.", "Ten died."], v); [x.keep for x in v]
    [True, False]
    """
    first = None
    for i in range(len(units) - 1):
        if abs(len(units[i]) - len(units[i + 1])) > 8 or units[i][:1].lower() != units[i + 1][:1].lower():
            continue  # cheap test first: most neighbours differ in length or opening
        a, b = _words(units[i]), _words(units[i + 1])
        if not a or a != b or len(a) > DOUBLED_WORDS or not (verdicts[i].keep or verdicts[i + 1].keep):
            continue
        first = _first_prose(units, verdicts) if first is None else first
        alone = not any(v.keep for k, v in enumerate(verdicts) if k not in (i, i + 1))
        if alone and not (verdicts[i].keep and verdicts[i + 1].keep):
            continue  # a text that is only the line pasted twice keeps one copy
        for j in (i + 1,) if alone else (i, i + 1):
            if verdicts[j].keep:
                _remove(verdicts, j, "doubled_line", top=j < first)


#: After a credit label a caption printed twice may be this short each time ("The field fire"; alone, twenty characters).
LABELLED_TWICE_CHARS = 10
#: A picture's credit label before its caption ("Watford Observer: The field fireThe field fire", Newsquest's pages).
_CREDIT_LABEL = re.compile(r"(?:[A-Z][\w'\u2019.&-]*(?: [A-Z][\w'\u2019.&-]*){0,4}): ")


def glued_copies(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``caption:twice``) a kept unit that is a caption glued to its own copy, its
    alternative text ("Jobs will be based at the unit.Jobs will be based at the unit.": :func:`analysis.layout.printed_twice`),
    after a picture's credit label or not ("Watford Observer: The field fireThe field fire": the ninety-ninth
    collection, s2239, s2241), when the text keeps other paragraphs: no paragraph of a story is printed twice on one
    line (none of 26 such labelled lines is body, on the dev pages and the site sets).

    >>> v = [Verdict(True, "body", "")] * 3
    >>> glued_copies(["Police said more were missing.", "Watford Observer: The field fireThe field fire", "Crews left at 9 p.m."], v)
    >>> [x.reason for x in v]
    ['', 'caption:twice', '']
    >>> v = [Verdict(True, "body", "")] * 2
    >>> glued_copies(["troops moving " * 30, "Police said more were missing."], v); [x.keep for x in v]
    [True, True]
    """
    for i, unit in enumerate(units):
        if not verdicts[i].keep:
            continue
        label = _CREDIT_LABEL.match(unit)
        if printed_twice(unit):
            copy = _words(unit)
        elif label is not None and printed_twice(unit[label.end():], LABELLED_TWICE_CHARS):
            copy = _words(unit[label.end():])
        else:
            continue
        if len(set(copy)) * 2 <= len(copy) // 2:
            continue  # a phrase said over and over ("troops moving troops moving ..."), not a caption and its copy
        if any(v.keep for k, v in enumerate(verdicts) if k != i):
            _remove(verdicts, i, "caption:twice", top=False)


def _copied(unit: str, caption: str) -> bool:
    """Whether most of a unit's word 4-grams stand in the caption: the caption copies the body's paragraph (a lede)."""
    grams = word_grams(unit)
    return bool(grams) and len(grams & word_grams(caption)) >= COPY_SHARE * len(grams)


def caption_beside_caption(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a kept unit right above or below a unit removed as a caption or credit when
    both open with the same ``OPENING_WORDS`` words, case aside: two captions of one picture. A
    paragraph that the caption copies (a lede under a picture captioned with it) stays.

    Examples
    --------
    >>> units = ["Chicks were released.", "North Island Brown Kiwi Chick (Apteryx mantelli), being released. Nikon D80", "North Island brown kiwi chick. (File photo) Source: istock.com"]
    >>> v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:short")]
    >>> caption_beside_caption(units, v); [x.reason for x in v]
    ['', 'caption_pair', 'justext:short']
    >>> v = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:navigation")]
    >>> caption_beside_caption(units[:2] + ["North Island Brown Kiwi Chick stories"], v); [x.keep for x in v]
    [True, True, False]
    >>> lede = "Steven Bowditch rode his best birdie binge to a five-under 64 on Sunday."
    >>> v = [Verdict(False, "boilerplate", "pattern:caption_credit"), Verdict(True, "body", "")]
    >>> caption_beside_caption([lede + "Scott Halleran/Getty Images", lede], v); [x.keep for x in v]
    [False, True]
    """
    for i, verdict in enumerate(verdicts):
        if verdict.keep or verdict.kind != "boilerplate" or not (any(mark in verdict.reason for mark in CAPTION_MARKS) or _PICTURE.search(units[i])):
            continue
        opening = _words(units[i])[:OPENING_WORDS]
        for j in (i - 1, i + 1):
            if not (0 <= j < len(units) and verdicts[j].keep):
                continue
            alike = len(opening) == OPENING_WORDS and _words(units[j])[:OPENING_WORDS] == opening
            if alike and not _copied(units[j], units[i]):  # a picture's alternative text in other words: analysis.caption_copies.mark_alt_text, which runs before
                _remove(verdicts, j, "caption_pair", top=False)


def named_picture(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a picture's bare name inside the body (see the module's description): kept
    body paragraph right above (``ABOVE_WORDS`` words at least) and the body going on below, at most
    ``NAMED_WORDS`` words, no end mark, an article first and every other word in the paragraph
    above, or a name of at most ``NAME_WORDS`` capitalised words all in the paragraph above. A
    crosshead names what follows, not what the paragraph above said.

    Examples
    --------
    >>> units = ["The record for the hottest pepper was held by the Carolina Reaper until 2023.", "A Carolina Reaper", "Then came Pepper X, bred by the same man."]
    >>> v = [Verdict(True, "body", "")] * 3
    >>> named_picture(units, v); [x.reason for x in v]
    ['', 'caption:named', '']
    >>> v = [Verdict(True, "body", "")] * 3
    >>> named_picture([units[0], "A new record", units[2]], v); [x.keep for x in v]
    [True, True, True]
    """
    for i in range(1, len(units) - 1):
        unit = units[i].strip()
        if len(unit) > NAMED_CHARS or not (verdicts[i].keep and verdicts[i - 1].keep):
            continue  # cheap tests first
        words = _words(unit)
        if not words or len(words) > NAMED_WORDS or unit.endswith(("?", "!", ":")):
            continue
        if ends_sentence(unit):
            if _stopped_name(units, verdicts, i, unit):
                _remove(verdicts, i, "caption:named", top=False)
            continue
        if len(units[i - 1].split()) < ABOVE_WORDS or not is_prose(units[i - 1]):
            continue
        if not any(verdicts[j].keep and is_prose(units[j]) for j in range(i + 1, len(units))):
            continue  # the body does not go on below: a tail's label, not a picture inside the body
        above = set(_words(units[i - 1]))
        article = _ARTICLE.match(unit) is not None and len(words) >= 2 and set(words[1:]) <= above
        name = len(unit.split()) <= NAME_WORDS and all(t[:1].isupper() for t in unit.split()) and set(words) <= above
        if article or name:
            _remove(verdicts, i, "caption:named", top=False)


def _stopped_name(units: Sequence[str], verdicts: Sequence[Verdict], i: int, unit: str) -> bool:
    """Whether ``unit``, ended by a full stop between two paragraphs of the body, is a picture's bare
    name: an article, then two to ``STOPPED_NAME_WORDS`` capitalised words, none a function word, and
    every one written in the text above (the headline, the body): "The Trader Clock.". A sentence has
    a verb, a one-line quote ("Thank You.") holds a function word, a name without its article is
    a letter's signature or a crosshead as often ("David Groner.", "Switzerland's Trump.": PolNeAR),
    and a fragment the paragraph below goes on from is the body's ("The Old Mill." over "It now houses ...")."""
    body = unit[:-1].strip()
    if not body.endswith(tuple("abcdefghijklmnopqrstuvwxyz")) or not (is_prose(units[i - 1]) and verdicts[i + 1].keep and is_prose(units[i + 1])):
        return False  # "Washington D.C." is a name ended by its own full stop, kept as the general rule left it
    if not _ARTICLE.match(body):
        return False  # "David Groner.", "Switzerland's Trump.": a letter's signature, a crosshead with its stop (PolNeAR)
    if _GOES_ON.match(units[i + 1]):
        return False  # "The Old Mill." over "It now houses ...": a fragment the paragraph below goes on from (a second read)
    tokens = body.split()[1:]
    if not 2 <= len(tokens) <= STOPPED_NAME_WORDS or not all(t[:1].isupper() for t in tokens):
        return False
    named = content_words(" ".join(tokens))
    if len(named) != len(tokens):
        return False  # a function word or a short word: "Thank You.", "All Of Us."
    above = set().union(*(content_words(units[j]) for j in range(i)))
    return named <= above


def credit_closed_caption(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, ``caption:credit_echo``) a caption closed by its picture's credit in brackets,
    the same credit printed alone right above it and removed ("Talgarth & District Regeneration Group"
    over "Dafydd Llywelyn meets Community Library volunteers ... (Talgarth & District Regeneration
    Group)"), and the credit with it if the general rule kept it: a body paragraph does not close
    by naming in brackets the line right above it. Not the lead (an agency's byline over "... (Reuters)"),
    not under a credit of one word or in capitals ("GDP" over "... gross domestic product (GDP)"), not a
    paragraph over ``CAPTION_WORDS`` words or reporting someone ("..., the ministry said (Ministry of Health)").

    >>> units = ["Talgarth Regeneration Group", "The Commissioner meets library volunteers in Talgarth. (Talgarth Regeneration Group)", "He heard from residents."]
    >>> v = [Verdict(False, "boilerplate", "justext:short"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> credit_closed_caption(units, v); [x.reason for x in v]
    ['justext:short', 'caption:credit_echo', '']
    """
    first = _first_prose(units, verdicts)
    for i in range(1, len(units)):
        if not verdicts[i].keep or i == first:
            continue  # the lead ends with its agency in brackets under the agency's byline ("Reuters" / "... (Reuters)")
        credit = units[i - 1].strip()
        text = units[i].rstrip().rstrip(".")
        if not (credit and len(credit) <= CREDIT_CHARS and text.endswith(f"({credit})") and len(text) > len(credit) + 2 and not ends_sentence(credit)):
            continue
        if len(credit.split()) < 2 or credit.isupper() or len(text.split()) > CAPTION_WORDS or reports(text):
            continue  # "GDP" over "... gross domestic product (GDP)", an agency, a report with its source ("..., the ministry said (Ministry of Health)")
        _remove(verdicts, i, "caption:credit_echo", top=False)
        if verdicts[i - 1].keep:
            _remove(verdicts, i - 1, "caption:credit", top=False)  # the credit itself, kept by the general rule between paragraphs


#: A picture's credit printed alone has at most this many characters; the caption under it at most this many words.
CREDIT_CHARS = 80
CAPTION_WORDS = 45


def page_copies(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Run :func:`doubled_lines`, :func:`glued_copies`, :func:`caption_beside_caption`, :func:`named_picture` and
    :func:`credit_closed_caption` in that order."""
    if not units:
        return
    doubled_lines(units, verdicts)
    glued_copies(units, verdicts)
    caption_beside_caption(units, verdicts)
    named_picture(units, verdicts)
    credit_closed_caption(units, verdicts)


#: A promo's teaser: at most this many kept units right under it, each holding at least
#: ``TEASER_SHARE`` of the promo headline's content words, while the body above holds less than
#: ``BODY_SHARE`` of them (another story's words, not the article's).
PROMO_TEASER_UNITS = 3
TEASER_SHARE = 0.4
BODY_SHARE = 0.3
#: A headline with fewer content words than this says too little to tell its teaser.
HEADLINE_CONTENT_WORDS = 3


def promo_teasers(units: Sequence[str], verdicts: list[Verdict], promos: Sequence[tuple[int, str]]) -> None:
    """Remove (in place) the teaser printed under an inline promo ("In Other News: Pastor caught
    ...", then that story's standfirst and first paragraph), reason ``promo_teaser``: a promo is
    taken out of the units before :func:`analysis.boilerplate.classify_units` runs, standing right
    above unit ``at`` with its ``headline``; the kept units from ``at`` down (at most
    ``PROMO_TEASER_UNITS``) that each repeat ``TEASER_SHARE`` of the headline's content words are
    its card, when the body above says less than ``BODY_SHARE`` of them and no kept paragraph follows
    the card (a promo for a story on the article's own subject, inside the body, is followed by the
    article's paragraphs, which repeat its words).

    Examples
    --------
    >>> units = ["Zambia expects a bumper maize harvest of 3.6 million tonnes.", "Female pastor gave her church members holy milk.", "A female pastor was spotted healing church members."]
    >>> v = [Verdict(True, "body", "")] * 3
    >>> promo_teasers(units, v, [(1, "Female Pastor caught healing male church members")]); [x.reason for x in v]
    ['', 'promo_teaser', 'promo_teaser']
    >>> v = [Verdict(True, "body", "")] * 3
    >>> promo_teasers(units, v, [(1, "Zambia maize harvest rises as farmers cheer")]); [x.keep for x in v]
    [True, True, True]
    >>> promo_teasers([], [], [])
    """
    for at, headline in promos:
        words = content_words(headline)
        if len(words) < HEADLINE_CONTENT_WORDS or at >= len(units):
            continue
        above = set().union(*(content_words(units[i]) for i in range(at) if verdicts[i].keep)) if at else set()
        if len(words & above) >= BODY_SHARE * len(words):
            continue
        card = []
        for i in range(at, min(len(units), at + PROMO_TEASER_UNITS)):
            if not verdicts[i].keep or len(words & content_words(units[i])) < TEASER_SHARE * len(words):
                break
            card.append(i)
        end = card[-1] + 1 if card else len(units)
        if any(verdicts[j].keep and is_prose(units[j]) for j in range(end, len(units))):
            continue  # the body goes on below: a promo inside the article, followed by the article's own paragraphs
        for i in card:
            verdicts[i] = Verdict(False, "promo", "promo_teaser")


#: What the header rules take a sentence's first copy for: when they take it, its copy below is the only one left.
_TOP_COPIES = frozenset({"top:standfirst", "top:repeated", "top:summary", "top:before_dateline"})
#: The copies share this share of the lower one's word 4-grams (the same sentence, perhaps with a word changed).
LOST_COPY_SHARE = 0.8


def lost_copies(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Keep again (in place) a body paragraph removed as a pull quote of a unit above it when the header rules then
    took that unit too, as a standfirst or a repeat at the top: the sentence would be lost twice (not when the top holds
    it twice one under the other: a caption printed under two pictures; a summary above the headline and again as its
    standfirst is still given back, rev48). A station prints its
    summary under the headline and again as a paragraph ("One firefighter was taken to the hospital with minor
    injuries, according to the Worcester Fire Department.", the fifty-fifth collection, s1480); the copy in the body is
    the story's, below a kept paragraph of prose.

    >>> summary = "One firefighter was taken to the hospital with minor injuries, according to the fire department."
    >>> units = ["Seven displaced after house fire", summary, "At least seven residents were displaced after a fire burned through a home.", summary]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:standfirst"), Verdict(True, "body", ""),
    ...             Verdict(False, "boilerplate", "pull_quote")]
    >>> lost_copies(units, verdicts); [v.keep for v in verdicts]
    [False, False, True, True]
    >>> verdicts[1] = Verdict(True, "body", ""); verdicts[3] = Verdict(False, "boilerplate", "pull_quote")
    >>> lost_copies(units, verdicts); [v.keep for v in verdicts]  # the first copy stays: the pull quote is its copy
    [False, True, True, False]
    >>> caption = "The accident scene where a van collided with a city bus. [FIRE HEADQUARTERS]"
    >>> units = ["Van collides with bus", caption, caption, "A van collided with a city bus on Tuesday, leaving 28 people injured.", caption]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(False, "top_matter", "top:repeated"), Verdict(False, "top_matter", "top:repeated"),
    ...             Verdict(True, "body", ""), Verdict(False, "boilerplate", "pull_quote")]
    >>> lost_copies(units, verdicts); [v.keep for v in verdicts]  # a caption printed twice at the top is no summary
    [False, False, False, True, False]
    """
    top = [(i, word_grams(units[i])) for i, v in enumerate(verdicts) if v.reason in _TOP_COPIES]
    if not top:
        return
    prose_above = False  # a kept paragraph of prose above the unit read
    for j, verdict in enumerate(verdicts):
        if verdict.reason == "pull_quote" and prose_above:
            grams = word_grams(units[j])
            hits = [i for i, top_grams in top if i < j and len(grams & top_grams) >= LOST_COPY_SHARE * len(grams)] if grams else []
            if hits and not any(b == a + 1 for a, b in zip(hits, hits[1:])):  # two copies one under the other: a caption under two pictures (Korea JoongAng Daily, s1782)
                verdicts[j] = Verdict(True, "body", "")
        prose_above = prose_above or (verdicts[j].keep and is_prose(units[j]))
