"""Captions printed twice: one sentence run into its labelled copy, or a body sentence with a credit.

A page's layout may run a picture's caption and its labelled copy into one block ("... on
December 21. DISCHARGED: ... on December 21 /Photo/COURTESY"), or print a sentence of the body
again under the picture, with the picture's credit ("... burglaries. (iStock)"), or print the
picture's alternative text right above its credited caption, in other words (:func:`mark_alt_text`). Word 4-grams
(:func:`analysis.repeats.word_grams`, the one definition every rule comparing wordings uses) tell
the copies. Split out of :mod:`analysis.captions`, whose scene captions are another concern;
:func:`analysis.clean.clean_text` runs both.

Examples
--------
>>> is_doubled_caption("Rescuers dig through the rubble of a house in Amatrice on Sunday. PHOTO: Rescuers dig through the rubble of a house in Amatrice on Sunday /AFP")
True
>>> is_doubled_caption("Rescuers dug through rubble in Amatrice on Sunday. Ten died."), is_doubled_caption("")
(False, False)
"""
from __future__ import annotations

import re
from typing import Sequence

from .boilerplate import Verdict
from .captions import CREDIT_MAX_WORDS, HEAD_CHARS, UNIT_MAX_WORDS, first_sentence
from .repeats import content_words, word_grams
from .reporting import reports


#: A unit printed twice in one block: at least this share of its first sentence's word 4-grams
#: (``DOUBLED_MIN_GRAMS`` or more) recur in the rest of it.
DOUBLED_SHARE = 0.8
DOUBLED_MIN_GRAMS = 6
#: A first sentence this long (in words) closing its unit again word for word, with at most ``COPY_CREDIT_WORDS`` words
#: and no sentence end between (the credit: "Google 2020"), is a doubled caption, however few its 4-grams; a paragraph saying
#: its first sentence again for effect goes on between or after (a second read, rev47).
DOUBLED_MIN_WORDS = 6
COPY_CREDIT_WORDS = 4

def is_doubled_caption(unit: str) -> bool:
    """Whether a unit is one sentence printed twice in a row, the second time with a label or a
    credit ("... on December 21. DISCHARGED: ... on December 21 /Photo/COURTESY"): a caption and
    its labelled copy that the page's layout ran into one block. A paragraph of the body does not
    say its first sentence again; a quotation repeated for effect is left alone (no quotation mark).

    Examples
    --------
    >>> is_doubled_caption("A patient is wheeled out of a ward at the hospital on December 21. DISCHARGED: A patient is wheeled out of a ward at the hospital on December 21 /Photo/COURTESY")
    True
    >>> is_doubled_caption("A patient was sent home a day after surgery. Nurses at the hospital said beds were short."), is_doubled_caption("")
    (False, False)
    >>> is_doubled_caption("Aberdeen: Emergency services were alerted on Sunday morning. Google 2020 Aberdeen: Emergency services were alerted on Sunday morning.")
    True
    """
    if unit.count(" ") >= UNIT_MAX_WORDS or any(q in unit for q in "\"\u201c\u201d"):
        return False
    middle = " ".join(unit[:HEAD_CHARS].split()[1:4])
    if middle.count(" ") < 2 or unit.find(middle, unit.find(middle) + len(middle)) < 0:
        return False  # cheap test first: the second copy holds the first one's opening words
    sentence = first_sentence(unit)
    rest_text = unit.strip()[len(sentence) :]
    copy = sentence.strip()
    rest_stripped = rest_text.strip()
    if len(copy.split()) >= DOUBLED_MIN_WORDS and rest_stripped.endswith(copy) and rest_stripped != copy:
        between = rest_stripped[: -len(copy)].strip()
        if len(between.split()) <= COPY_CREDIT_WORDS and not any(mark in between for mark in ".!?"):
            return True  # a short caption, its credit, the caption again: "Aberdeen: Emergency services were alerted on Sunday morning. Google 2020 Aberdeen: ..."
    grams = word_grams(sentence)
    rest = word_grams(rest_text)
    return len(grams) >= DOUBLED_MIN_GRAMS and len(grams & rest) >= DOUBLED_SHARE * len(grams)


def mark_doubled_captions(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) every kept unit that is a caption printed twice (:func:`is_doubled_caption`),
    as boilerplate with reason ``caption_pair``; the last kept unit always stays.

    Examples
    --------
    >>> units = ["A patient is wheeled out of a ward at the hospital on Monday. PICTURE: A patient is wheeled out of a ward at the hospital on Monday", "Doctors went on strike."]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> mark_doubled_captions(units, verdicts); [v.reason for v in verdicts]
    ['caption_pair', '']
    >>> mark_doubled_captions([], [])
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    for i in kept[:-1]:
        if is_doubled_caption(units[i]):
            verdicts[i] = Verdict(False, "boilerplate", "caption_pair")


#: A bracketed credit closing a caption: an agency, a picture library or a photo label, no sentence in it.
_BRACKET_CREDIT = re.compile(r"\s\((?:[A-Za-z][\w.&'\u2019-]*(?:[ /][\w.&'\u2019-]+){0,5})\)\s*$")
#: A credit after a dash is looked for in the unit's last this many characters.
DASH_CREDIT_CHARS = 80
#: A credit closing a caption after a dash: the picture's word and its author or source ("— Picture by Jane
#: Roe", "- Photo: AFP", "– Image/Reuters"), names alone after it.
_DASH_CREDIT = re.compile(
    r"\s[-\u2013\u2014]\s*(?:picture|photo|photograph|image|pic|video)s?(?: by|:| ?/)\s*(?-i:[A-Z])[\w.'\u2019-]*(?: (?-i:[A-Z&])[\w.'\u2019&-]*){0,4}\s*$",
    re.IGNORECASE,
)
#: A caption copies a body sentence when this share of its word 4-grams stand in it.
COPY_SHARE = 0.8
#: The body sentence a caption copies, as the rules of repeats took it: a pull quote of the longer
#: caption, or a standfirst repeated below (the copy below, with its credit, is the picture's).
_TAKEN_FOR_COPIES = frozenset({"pull_quote", "top:repeated"})
#: A credit the rules of furniture removed as a unit of its own ("(Reuters)" split off a paragraph).
_CREDIT_REASONS = frozenset({"pattern:agency_credit", "pattern:caption_credit", "pattern:caption"})


def mark_caption_copies(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a kept unit that ends with a bracketed credit ("(iStock)", "(AP Photo)") or
    a picture's credit after a dash ("— Picture by Jane Roe") and otherwise copies a unit above it (``COPY_SHARE`` of its word 4-grams, six or more): a
    picture's caption made of a body sentence, as ``caption:copy``. When the body sentence above
    was taken for a pull quote of it (the caption is the longer) or for a standfirst it repeats, it
    is kept again: the copy with the credit is the picture's.

    Examples
    --------
    >>> lede = "Police in the capital said five suspects were taken into custody early Tuesday after a series of burglaries."
    >>> units = [lede, "The department said businesses were damaged.", lede + " (iStock)", "An investigation is under way."]
    >>> verdicts = [Verdict(False, "boilerplate", "pull_quote")] + [Verdict(True, "body", "")] * 3
    >>> mark_caption_copies(units, verdicts); [v.reason for v in verdicts]
    ['', '', 'caption:copy', '']
    >>> units = [lede, lede + " — Picture by Jane Roe", "An investigation is under way."]
    >>> verdicts = [Verdict(False, "boilerplate", "pull_quote")] + [Verdict(True, "body", "")] * 2
    >>> mark_caption_copies(units, verdicts); [v.reason for v in verdicts]
    ['', 'caption:copy', '']
    >>> mark_caption_copies([], [])
    """
    grams_of: dict[int, set[tuple[str, ...]]] = {}  # each unit's grams once: a gallery of credited captions stays linear
    for j, unit in enumerate(units):
        if not verdicts[j].keep:
            continue
        # the credit closes the unit, or stands right after it, split off by the rules of layout
        if unit.endswith(")"):
            credit = _BRACKET_CREDIT.search(unit)
        else:  # a dash's credit stands in the unit's last characters, with a picture's word: only they are searched
            tail = unit[-DASH_CREDIT_CHARS:].lower()
            credit = _DASH_CREDIT.search(unit, len(unit) - len(tail)) if ("pic" in tail or "photo" in tail or "image" in tail or "video" in tail) else None
        split_credit = j + 1 < len(units) and verdicts[j + 1].reason in _CREDIT_REASONS and len(units[j + 1].split()) <= CREDIT_MAX_WORDS
        if credit is None and not split_credit:
            continue
        grams = word_grams(unit[: credit.start()] if credit else unit)
        if len(grams) < DOUBLED_MIN_GRAMS:
            continue
        for i in range(j):
            if not (verdicts[i].keep or verdicts[i].reason in _TAKEN_FOR_COPIES):
                continue
            if i not in grams_of:
                grams_of[i] = word_grams(units[i])
            if len(grams & grams_of[i]) >= COPY_SHARE * len(grams):
                if not verdicts[i].keep:
                    verdicts[i] = Verdict(True, "body", "")
                verdicts[j] = Verdict(False, "boilerplate", "caption:copy")
                break



#: A picture's alternative text has at most this many words and at least ALT_MIN_CONTENT content words,
#: ALT_SHARE of them in the credited caption right below it.
ALT_MAX_WORDS = 20
ALT_MIN_CONTENT = 3
ALT_SHARE = 0.8
_PICTURE_CREDIT = re.compile(r"\b(?:photo|photograph|image|picture|pic)s?\b|\bcourtesy of\b", re.IGNORECASE)


def mark_alt_text(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a picture's alternative text: a kept unit of at most ``ALT_MAX_WORDS``
    words whose content words (``ALT_MIN_CONTENT`` or more) stand for ``ALT_SHARE`` or more in the
    unit right below it, when that unit was removed and names a picture's credit ("Photo courtesy
    of ...", "Image: ..."): the picture's caption, which the page prints under its alternative text
    in other words ("A close up of a bee in flight." above "A bee in flight up close. Photo
    courtesy of Jane Roe / Flickr"). Reason ``caption:alt_text`` (boilerplate).

    Examples
    --------
    >>> units = ["Bees were counted in every county.", "A close up of a bee in flight.", "A bee in flight up close. Photo courtesy of Jane Roe / Flickr", "The count ends in May."]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(True, "body", ""), Verdict(False, "boilerplate", "justext:bad"), Verdict(True, "body", "")]
    >>> mark_alt_text(units, verdicts); [v.reason for v in verdicts]
    ['', 'caption:alt_text', 'justext:bad', '']
    >>> mark_alt_text([], [])
    """
    for i in range(len(units) - 1):
        if not verdicts[i].keep or verdicts[i + 1].keep or len(units[i].split()) > ALT_MAX_WORDS:
            continue
        if not _PICTURE_CREDIT.search(units[i + 1]):
            continue
        words = content_words(units[i])
        if len(words) >= ALT_MIN_CONTENT and len(words & content_words(units[i + 1])) >= ALT_SHARE * len(words):
            verdicts[i] = Verdict(False, "boilerplate", "caption:alt_text")


#: A video player's line naming its video ("Click to play video: 'Global News Morning Halifax: November 6'").
_PLAY_VIDEO = re.compile(
    r"(?:click|tap|press)(?: here)? to (?:play|watch)(?: the)? video:? *[\"'\u2018\u201c](?P<title>[^\n]{3,200}?)[\"'\u2019\u201d][.]?", re.IGNORECASE
)
#: A video's description under its title has at most this many words.
VIDEO_DESCRIPTION_WORDS = 30


def video_player_text(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``caption:video``) what a video player prints under its play line
    ("Click to play video: 'Global News Morning Halifax: November 6'"): the unit repeating the video's
    title, and the short description under it (``VIDEO_DESCRIPTION_WORDS`` words, one or two
    sentences) when furniture stands right below it (the player's share bar, not an advert slot the story runs past) and
    the story goes on below; not when a byline or date stands under the title (the player named after the story, over
    its own header: a second read).
    Copied as text, the title reads as a headline and the description as the lead (the twenty-second
    site sets, s937).

    Examples
    --------
    >>> units = ["Click to play video: 'Morning news: November 6'", "Morning news: November 6",
    ...          "The online edition of the morning show on Global Halifax.", "Share",
    ...          "Halifax police have charged a man in relation to a crime spree last week in Dartmouth."]
    >>> verdicts = [Verdict(False, "boilerplate", "pattern:reader_address"), Verdict(False, "top_matter", "top:headline"),
    ...             Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:share"), Verdict(True, "body", "")]
    >>> video_player_text(units, verdicts); [v.reason for v in verdicts]
    ['pattern:reader_address', 'caption:video', 'caption:video', 'pattern:share', '']
    """
    for i, unit in enumerate(units[:-1]):
        if "video" not in unit.lower():
            continue
        found = _PLAY_VIDEO.fullmatch(" ".join(unit.split()))
        if not found or verdicts[i].keep or _key(units[i + 1]) != _key(found.group("title")):
            continue
        below = i + 2
        if below < len(units) and verdicts[below].reason in {"top:byline", "top:date", "pattern:date_line"}:
            continue  # the story's own headline, its byline under it: the player names its video after the story (a second read)
        verdicts[i + 1] = Verdict(False, "boilerplate", "caption:video")
        if (below + 1 < len(units) and verdicts[below].keep and not verdicts[below + 1].keep and len(units[below].split()) <= VIDEO_DESCRIPTION_WORDS
                and verdicts[below + 1].reason != "pattern:advert"  # "Story continues below advertisement": the story's paragraph above it
                and any(v.keep for v in verdicts[below + 2 :])):  # the story goes on below the player's furniture
            verdicts[below] = Verdict(False, "boilerplate", "caption:video")


def _key(unit: str) -> str:
    return " ".join(re.findall(r"\w+", unit.lower()))


#: A picture's caption under its file name or slug has at most this many words.
SLUG_CAPTION_WORDS = 25


def named_picture_captions(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place, reason ``caption:picture``) the caption printed under a picture's file name or
    slug (``pattern:photo_link``: "midnight-fire-kills-6-in-saigon-alley-2") on a page printing two such
    names or more: a kept unit of ``SLUG_CAPTION_WORDS`` words at most right under one, with the next
    picture's name, other furniture or the text's end right below it, reporting no one, and with another
    such caption two units above or below (a gallery's run; a second read). A gallery copied as text prints each
    picture's name over its caption (the twenty-second site sets, s967); a paragraph of the story goes on
    to the next paragraph.

    Examples
    --------
    >>> story = "Six people including three children were killed when their house in an alley went on fire early on Friday in the city, and police are investigating the cause."
    >>> units = [story, "fire-kills-6-in-saigon-alley-1", "The signboard for the coffee shop.",
    ...          "fire-kills-6-in-saigon-alley-2", "Almost everything inside has burned.", "Related news:"]
    >>> name, kept, cut = Verdict(False, "boilerplate", "pattern:photo_link"), Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:widget_heading")
    >>> verdicts = [kept, name, kept, name, kept, cut]
    >>> named_picture_captions(units, verdicts); [v.reason for v in verdicts]
    ['', 'pattern:photo_link', 'caption:picture', 'pattern:photo_link', 'caption:picture', 'pattern:widget_heading']
    """
    names = [i for i, v in enumerate(verdicts) if v.reason == "pattern:photo_link"]
    if len(names) < 2:
        return
    first_prose = next((i for i, v in enumerate(verdicts) if v.keep and len(units[i].split()) > SLUG_CAPTION_WORDS), len(units))
    captions = set()
    for i in names:
        j = i + 1
        if j <= first_prose or j >= len(units) or not verdicts[j].keep or len(units[j].split()) > SLUG_CAPTION_WORDS or reports(units[j]):
            continue  # a paragraph reporting someone is the story's
        if j + 1 == len(units) or not verdicts[j + 1].keep:
            captions.add(j)
    for j in captions:
        if j - 2 in captions or j + 2 in captions:  # a gallery: picture, caption, picture, caption (a second read)
            verdicts[j] = Verdict(False, "boilerplate", "caption:picture")


#: A caption's credit closing its line: "... Photo by Loi Almeron.", "... Photo taken Dec. 19, 2022 by Annika Hom." (the
#: word "Photo" in capitals after a sentence or a word: "the scene after 4 p.m Photo by ...").
_CREDIT_OPENING = r"(?:^|\s)(?-i:Photo|Photograph|Picture|Image)s?(?: taken [^!?\n]{1,40}?)? by "
_CLOSING_CREDIT = re.compile(
    _CREDIT_OPENING + r"(?-i:[A-Z][\w'\u2019-]*\.?)(?: (?:(?-i:[A-Z][\w'\u2019-]*\.?)|de|van|von|al|bin)){0,3}\.?\s*$"
)
#: The same credit anywhere in a unit (a block of captions the copy ran into one paragraph), its name's words without
#: their own stops, the credit closed by a full stop or the unit's end.
_ANY_CREDIT = re.compile(
    _CREDIT_OPENING + r"(?-i:[A-Z][\w'\u2019-]*)(?: (?:(?-i:[A-Z][\w'\u2019-]*)|de|van|von|al|bin)){0,3}(?:\.(?=\s|$)|$)"
)
#: A caption before its credit is one sentence of at most this many words (a photo essay's paragraphs of two or three
#: sentences, each closing on its photographer's name, are its story: a second read, rev47).
CAPTION_MAX_WORDS = 30
#: Captions closing with a credit, printed one under another: at least this many in a row.
CREDIT_RUN = 2


def credit_runs(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) captions printed one under another, each closing with its picture's credit ("The bus stop
    where the second pedestrian was hit. Photo by Loi Almeron.": Mission Local, the seventieth collection, s1747):
    ``CREDIT_RUN`` kept units or more in a row, or one unit closing on a credit that holds that many, reason
    ``credit_run``; each caption is one sentence of at most ``CAPTION_MAX_WORDS`` words. One paragraph with a credit glued to it is a
    line mixing body and credit, and stays (the twenty-seventh session's second read); a story does not close two
    paragraphs running on a photographer's name.

    Examples
    --------
    >>> units = ["Two people were hurt.", "The bus stop where the pedestrian was hit. Photo by Jane Roe.", "The street after the crash. Photo by Jane Roe."]
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> credit_runs(units, verdicts); [v.reason for v in verdicts]
    ['', 'credit_run', 'credit_run']
    >>> verdicts = [Verdict(True, "body", "")] * 2
    >>> credit_runs(units[:2], verdicts); [v.reason for v in verdicts]
    ['', '']
    >>> verdicts = [Verdict(True, "body", "")] * 2
    >>> credit_runs([units[0], " ".join(units[1:])], verdicts); [v.reason for v in verdicts]
    ['', 'credit_run']
    """
    credited = [v.keep and "by " in unit and _CLOSING_CREDIT.search(unit) is not None and _captions_only(unit) for unit, v in zip(units, verdicts)]
    for i, unit in enumerate(units):
        if credited[i] and len(_ANY_CREDIT.findall(unit)) >= CREDIT_RUN:
            verdicts[i] = Verdict(False, "boilerplate", "credit_run")  # the run printed as one block
    i = 0
    while i < len(units):
        j = i
        while j < len(units) and credited[j]:
            j += 1
        if j - i >= CREDIT_RUN:
            for k in range(i, j):
                verdicts[k] = Verdict(False, "boilerplate", "credit_run")
        i = max(j, i + 1)


def _captions_only(unit: str) -> bool:
    """Whether every stretch of ``unit`` before a credit (:data:`_ANY_CREDIT`) is one sentence of at most
    ``CAPTION_MAX_WORDS`` words, and nothing follows the last credit."""
    *captions, tail = _ANY_CREDIT.split(unit)
    if tail.strip() or not captions:
        return False
    for caption in captions:
        text = caption.strip()
        inner = text[:-1] if text.endswith((".", "!", "?")) else text
        if not text or len(text.split()) > CAPTION_MAX_WORDS or re.search(r"[.!?][\"\u201d\u2019]?\s+[A-Z\"\u201c]", inner):
            return False
    return True


#: A caption's credit closing it after a dash or a bar: "... on the A47 today - Credit: Terry Harris", "... | Photo: Jane Roe".
_DASH_CREDIT_TAIL = re.compile(r"[^\S\n]*[-\u2013\u2014|][^\S\n]*(?:credit|photo|picture|image|pic)s?[^\S\n]*:[^\n]{1,80}$", re.IGNORECASE)
#: A caption's copy has at least this many words.
COPY_MIN_WORDS = 5
#: A unit closing with a sentence's stop (and perhaps a closing quotation mark): a body paragraph, not a caption's copy.
_STOPPED = re.compile(r"[.!?][\"'\u201d\u2019]?\s*$")


def credited_caption_copies(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a kept unit right beside a caption removed for its credit that says word for word what the
    caption says before the credit, without a sentence's stop ("6 vehicle RTC caused gridlock ... today - Credit: Terry
    Harris" and, beside it, "6 vehicle RTC caused gridlock ... today": a gallery prints each picture's caption twice, once
    with its credit; the Wisbech Standard, the seventy-ninth collection, s1859). Reason ``caption_pair``. A page reuses a
    one-sentence paragraph of its body as a credited caption too (a lede, a quotation): that paragraph ends with its stop,
    and stands anywhere (a second read, rev50), so it stays.

    Examples
    --------
    >>> units = ["Six cars crashed on the A47 today, police said, and the road was closed for hours.",
    ...          "Traffic on the A47 near Wisbech today - Credit: Jane Roe", "Traffic on the A47 near Wisbech today"]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:caption_credit"), Verdict(True, "body", "")]
    >>> credited_caption_copies(units, verdicts); [v.reason for v in verdicts]
    ['', 'pattern:caption_credit', 'caption_pair']
    >>> units = ["The road has now reopened after the crash.", "The road has now reopened after the crash - Credit: Jane Roe"]
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:caption_credit")]
    >>> credited_caption_copies(units, verdicts); [v.reason for v in verdicts]
    ['', 'pattern:caption_credit']
    """
    for j, (unit, verdict) in enumerate(zip(units, verdicts)):
        if verdict.reason != "pattern:caption_credit":
            continue
        bare = _DASH_CREDIT_TAIL.sub("", unit)
        if bare == unit or len(bare.split()) < COPY_MIN_WORDS:
            continue
        for i in (j - 1, j + 1):  # the copy stands right beside its credited caption, without a sentence's stop
            if 0 <= i < len(units) and (verdicts[i].keep or verdicts[i].reason == "pull_quote") and _key(units[i]) == _key(bare) and not _STOPPED.search(units[i]):
                verdicts[i] = Verdict(False, "boilerplate", "caption_pair")  # a pull quote's copy too: no later rule gives it back as body

