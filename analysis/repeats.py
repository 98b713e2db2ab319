"""Kept units that repeat others: a standfirst or caption copying a body sentence, a pull quote, a
caption printed twice.

A page prints some of its wording twice: a standfirst or a picture's caption at the top repeats
the lede word for word, a pull quote repeats a sentence of the body, a caption stands twice (the
picture's caption and its alternative text). No body writes a paragraph twice, so the copy that
is not the body's own goes (:func:`repeats`); word 4-grams, punctuation ignored, tell copies.
Used by :func:`analysis.boilerplate.classify_units` (reasons ``top:repeated``, ``pull_quote``,
``caption_pair``).

Examples
--------
>>> lede = "Rescuers dug through the rubble of homes on Tuesday, officials said."
>>> repeats(["Rescuers dug through the rubble of homes on Tuesday.", lede, "More were missing."], [True] * 3)
({0}, set(), set())
>>> repeats([], [])
(set(), set(), set())
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Sequence

from .bullets import is_bullet
from .characters import replace_chars
from .instruments import load_wordlist

#: A unit at the top is a repeat when at least this share of its word 4-grams recurs below it.
REPEAT_SHARE = 0.5
REPEAT_MAX_UNITS = 4


def repeated_top(units: Sequence[str], keep: Sequence[bool]) -> set[int]:
    """Positions of kept units at the top of the text (at most ``REPEAT_MAX_UNITS``, stopping at
    the first that is not a repeat) whose word 4-grams (six or more) mostly recur in the kept
    units below: a standfirst or a caption that copies a body sentence.

    Examples
    --------
    >>> lede = "Rescuers dug through the rubble of homes on Tuesday, officials said."
    >>> sorted(repeated_top(["Rescuers dug through the rubble of homes on Tuesday.", lede, "More were missing."], [True] * 3))
    [0]
    >>> repeated_top([lede, "More were missing."], [True, True]), repeated_top([], [])
    (set(), set())
    """
    return repeats(units, keep)[0]


#: Punctuation, quotation marks and dashes read as spaces when wordings are compared.
_PUNCTUATION = {c: " " for c in "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00ab\u00bb"}


#: A word, as wordings are compared: a run of letters and digits (any script), in lower case.
_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> list[str]:
    """The words of a text as wordings are compared (``_WORD``), in order, in lower case.

    >>> words("Jos\u00e9 Roe's U.S. visit"), words("")
    (['jos\u00e9', 'roe', 's', 'u', 's', 'visit'], [])
    """
    return _WORD.findall(text.lower())


#: A content word's token: letters and figures, lower case (no apostrophe: "roe's" is "roe" and "s").
_CONTENT_TOKEN = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """The workbook's English function words (``stopwords_en.txt``), loaded once (the rules comparing
    units ask for them per word).

    >>> "the" in function_words(), "floods" in function_words()
    (True, False)
    """
    return load_wordlist("stopwords_en.txt")


def content_words(unit: str) -> set[str]:
    """A unit's content words: lower case, no function word, no word under three letters, a
    plural ``s`` dropped (``importers`` and ``importer`` are one word).

    Examples
    --------
    >>> sorted(content_words("The rupee lost 13 paisas on Wednesday."))
    ['lost', 'paisa', 'rupee', 'wednesday']
    >>> content_words("")
    set()
    """
    stop = function_words()
    words = _CONTENT_TOKEN.findall(unit.lower())
    return {w[:-1] if w.endswith("s") and len(w) > 3 else w for w in words if w not in stop and len(w) > 2}


def share_in(words: set[str], story: set[str]) -> float:
    """The share of ``words`` (a card's, a story's content words) that ``story`` holds too; 0 for no words.

    >>> share_in({"flood", "town", "rescue", "boat"}, {"flood", "town", "river"}), share_in(set(), {"flood"})
    (0.5, 0.0)
    """
    return len(words & story) / len(words) if words else 0.0


def word_grams(text: str) -> set[tuple[str, ...]]:
    """The word 4-grams of a text, in lower case; punctuation, symbols and marks are no words (``U.S.``
    is ``u s``, ``6,000`` is ``6 000``). The one definition of a wording that every rule comparing
    units uses: copies at the top and pull quotes (here), teasers and repeats among links
    (:mod:`analysis.link_boxes`), captions printed twice (:mod:`analysis.caption_copies`).

    Examples
    --------
    >>> sorted(word_grams("Jos\u00e9 Roe's U.S. visit \u2022 ended."))
    [('jos\u00e9', 'roe', 's', 'u'), ('roe', 's', 'u', 's'), ('s', 'u', 's', 'visit'), ('u', 's', 'visit', 'ended')]
    >>> word_grams("Too short here"), word_grams("")
    (set(), set())
    """
    found = words(text)
    return set(zip(found, found[1:], found[2:], found[3:]))


#: A pull quote: a kept unit of at least this many word 4-grams, at least PULL_SHARE of them in
#: one other kept unit that is longer (or as long and earlier).
PULL_GRAMS = 5
PULL_SHARE = 0.8
PAIR_WORDS = 60
PAIR_SHARE = 0.6
#: The label of a page's key points over its first paragraph, the Nation's and the Daily Monitor's (read by
#: analysis.header_lines.key_points too).
KEY_POINTS_LABEL = re.compile(r"what you need to know:", re.IGNORECASE)


def _key_points(units: Sequence[str]) -> set[int]:
    """Positions of the bullets right under a key points label ("What you need to know:" over "\u2022 Preliminary police
    findings indicate ..."): a summary copying the body's paragraphs, the copies; a list the body introduces ("The
    report's main findings were:") is the body's own, and a pull quote may copy it (a second read).

    >>> sorted(_key_points(["What you need to know:", "\u2022 Ten died.", "\u2022 Roads shut.", "Ten died, officials said."]))
    [1, 2]
    >>> _key_points(["The main findings were:", "\u2022 Ten died."])
    set()
    """
    out: set[int] = set()
    for i, unit in enumerate(units):
        if KEY_POINTS_LABEL.fullmatch(unit.strip()):
            j = i + 1
            while j < len(units) and is_bullet(units[j]):
                out.add(j)
                j += 1
    return out
#: Two such units both longer than this: a paragraph and its summary (a standfirst and the lede that restates it with
#: its day), only the first goes. Captions printed twice on the 359 dev pages of 536 have at most 28 words.
PAIR_BODY_WORDS = 30


def repeats(units: Sequence[str], keep: Sequence[bool]) -> tuple[set[int], set[int], set[int]]:
    """Kept units that repeat others: ``(top, pull, pairs)``. ``top``: at the top of the text, a
    standfirst or caption copying a body sentence (see :func:`repeated_top`); ``pull``: further
    down, a pull quote or a repeated paragraph, a unit whose word 4-grams nearly all stand in one
    longer kept unit (the copy that is kept); ``pairs``: two neighbouring units of at most
    ``PAIR_WORDS`` words, of about the same length, sharing at least ``PAIR_SHARE`` of the shorter
    one's 4-grams and quoting no one (a caption printed twice), both removed; when both are longer
    than ``PAIR_BODY_WORDS`` words (a paragraph printed twice) only the first goes.

    Examples
    --------
    >>> said = "We will rebuild every home that the water took from us, the mayor said on Monday."
    >>> units = ["Floods hit the town on Sunday after three days of rain, officials said.", said + " Crews began work.", "We will rebuild every home that the water took from us.", "Schools stay shut."]
    >>> repeats(units, [True] * 4)
    (set(), {2}, set())
    >>> quote = "'Many ornithologists dream of discovering new species. Some are still doing that in the Amazon."
    >>> units = ["Pyle found it.", "He said: " + quote, "But to find one in our backyard is surprising.'", "It was collected in 1963.", quote[:-1] + " But to find one in our backyard is surprising'", "Peter Pyle, U.S. Institute of Bird Populations", "It is the first since 1974."]
    >>> repeats(units, [True] * 7)
    (set(), {4, 5}, set())
    >>> caption = "Cooling off: a girl plays at the spray ground in Oklahoma City"
    >>> repeats([units[0], caption, caption, units[1]], [True] * 4)
    (set(), set(), {1, 2})
    >>> repeats([], [])
    (set(), set(), set())
    """
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return set(), set(), set()
    grams = [word_grams(units[i]) for i in kept]
    seen: Counter[tuple[str, ...]] = Counter()
    for unit_grams in grams:
        seen.update(unit_grams)
    shared = {gram for gram, count in seen.items() if count > 1}  # 4-grams standing in more than one kept unit
    top: set[int] = set()
    for position, i in enumerate(kept[:REPEAT_MAX_UNITS]):
        unit_grams = grams[position]
        seen.subtract(unit_grams)  # from here on, only the units below count
        if len(unit_grams) < 6 or sum(seen[g] > 0 for g in unit_grams) < REPEAT_SHARE * len(unit_grams):
            break
        top.add(i)
    # Two neighbouring short units saying nearly the same (a caption and its alternative text, a
    # caption with and without its label): no body writes a paragraph twice in a row.
    pairs: set[int] = set()
    for position in range(len(kept) - 1):
        i, j = kept[position], kept[position + 1]
        a, b = grams[position], grams[position + 1]
        short, long = sorted((len(a), len(b)))
        if (
            j == i + 1
            and not {i, j} & top
            and short >= 4
            and long <= 1.5 * short  # two versions of one text, not a paragraph and its pull quote
            and max(len(units[i].split()), len(units[j].split())) <= PAIR_WORDS
            and len(a & b) >= PAIR_SHARE * short
            and not any(q in units[i] + units[j] for q in '"\u201c\u201d')  # a quotation and its pull quote
            and not _dated_copy(units[i], units[j])  # the lead under its picture's caption, its dateline before it
        ):
            pairs |= {i} if min(len(units[i].split()), len(units[j].split())) > PAIR_BODY_WORDS else {i, j}
    pull = _spanning(units, kept, grams, shared, top | pairs)
    key_points = _key_points(units)  # a page's key points under their label, above the paragraphs they copy
    for position, i in enumerate(kept):
        unit_grams = grams[position]
        if i in top or i in pairs or i in pull or len(unit_grams) < PULL_GRAMS or is_bullet(units[i]):
            continue  # a list item that sums up the body ("Key takeaways") is the article's own
        if len(unit_grams & shared) < PULL_SHARE * len(unit_grams):
            continue  # most units: their wording stands nowhere else
        for other, other_grams in enumerate(grams):
            if other == position or kept[other] in pull or kept[other] in top or kept[other] in key_points:
                continue  # a key point under its label copying a paragraph ("\u2022 Some of the residents told ...") is the copy, not the paragraph
            longer = len(other_grams) > len(unit_grams) or (len(other_grams) == len(unit_grams) and other < position)
            if longer and len(unit_grams & other_grams) >= PULL_SHARE * len(unit_grams) and _facts(units[i]) <= _words(units[kept[other]]):
                pull.add(i)
                break
    pull |= _pull_credits(units, keep, pull)
    return top, pull, pairs


#: A place's dateline opening a paragraph: one to three words in title case and a colon ("Etah: ", "New Delhi: "); a
#: caption's label in capitals ("PLAGUE: Residents chase locusts ...", p205) is no place.
_DATELINE_PREFIX = re.compile(r"[A-Z][a-z][\w.'\u2019-]*(?: [A-Z][a-z][\w.'\u2019-]*){0,2}: ")


def _dated_copy(caption: str, paragraph: str) -> bool:
    """Whether ``paragraph`` is ``caption`` with a place's dateline before it: the lead printed under the
    picture whose caption copies it ("More than 24 children were killed ..." twice, then "Etah: More than 24
    children were killed ..."; the twenty-third site sets, s989). A caption carries no dateline.

    >>> _dated_copy("Ten died in the crash.", "Etah: Ten died in the crash."), _dated_copy("Ten died in the crash.", "Ten died in the crash.")
    (True, False)
    >>> _dated_copy("Residents chase locusts.", "PLAGUE: Residents chase locusts.")
    False
    """
    a, b = caption.strip(), paragraph.strip()
    found = _DATELINE_PREFIX.match(b)
    if found is not None and _LABEL_WORDS & set(found.group().lower().rstrip(": ").split()):
        return False  # a caption's label ("File: ...", "Representational Image: ..."): the caption printed twice (a second read)
    return found is not None and b[found.end():] == a


#: Words of a caption's label, not of a place ("File:", "Watch:", "Representational Image:").
_LABEL_WORDS = frozenset(
    "photo photos picture pictures pictured pic image images file video watch caption credit gallery representational "
    "representative above below top left right main inset courtesy source graphic illustration listen".split()
)


def _spanning(units: Sequence[str], kept: Sequence[int], grams: Sequence[set[tuple[str, ...]]], shared: set[tuple[str, ...]], skip: set[int]) -> set[int]:
    """Pull quotes whose wording runs across two neighbouring kept units (a quotation the body
    splits over two paragraphs): a unit of ``PULL_GRAMS`` 4-grams or more, not a list item, that no
    one unit holds but two neighbouring ones (both other than it) hold ``PULL_SHARE`` of together.
    Found before the single-unit pull quotes, so the body's second paragraph, which the pull quote
    holds whole, is not taken for the copy."""
    found: set[int] = set()
    for position, i in enumerate(kept):
        unit_grams = grams[position]
        if i in skip or len(unit_grams) < PULL_GRAMS or is_bullet(units[i]) or len(unit_grams & shared) < PULL_SHARE * len(unit_grams):
            continue
        need = PULL_SHARE * len(unit_grams)
        if any(len(unit_grams & g) >= need for other, g in enumerate(grams) if other != position):
            continue  # one unit holds it: the single-unit rule decides
        for q in range(len(kept) - 1):
            if position in (q, q + 1) or kept[q + 1] != kept[q] + 1:
                continue
            first, second = unit_grams & grams[q], unit_grams & grams[q + 1]
            if first and second and len(first | second) >= need and _facts(units[i]) <= _words(units[kept[q]]) | _words(units[kept[q + 1]]):
                found.add(i)
                break
    return found


#: A pull quote's credit ("Peter Pyle, U.S. Institute of Bird Populations") has at most this many words.
CREDIT_WORDS = 10


def _pull_credits(units: Sequence[str], keep: Sequence[bool], pull: set[int]) -> set[int]:
    """Kept units right under a pull quote that credit it: at most ``CREDIT_WORDS`` words, capitalised,
    no end mark, a name and its title or place joined by a comma, a name the kept text names."""
    credits: set[int] = set()
    for i in pull:
        j = i + 1
        if j >= len(units) or not keep[j] or j in pull:
            continue
        unit = units[j].strip()
        if not unit or not unit[0].isupper() or "," not in unit or len(unit.split()) > CREDIT_WORDS or unit[-1] in ".!?:;\"\u201d":
            continue
        name = unit.split(",")[0].split()
        if name and any(name[-1] in units[k] for k in range(len(units)) if keep[k] and k not in (i, j) and k not in pull):
            credits.add(j)
    return credits


_SPEECH = frozenset({"said", "says", "told", "added", "wrote", "asked"})


def _words(unit: str) -> set[str]:
    return set(replace_chars(unit.lower(), _PUNCTUATION).split())


def _facts(unit: str) -> set[str]:
    """The figures and names of a unit (digits; capitalised words but a sentence's first), in
    lower case: a copy repeats them all, a unit naming a place, person or figure the longer unit
    does not is news of its own (a live blog's "Trump has won the primary in Arkansas." under "...
    in Virginia, adding to his victories in ...").

    Examples
    --------
    >>> sorted(_facts("Donald Trump has won the primary in Arkansas. It has 40 delegates."))
    ['40', 'arkansas', 'trump']
    >>> _facts('"I love women," Butz said.')
    set()
    >>> _facts("")
    set()
    """
    tokens = unit.split()
    starts = {0} | {k + 1 for k, token in enumerate(tokens) if token.rstrip("\"')\u201d\u2019").endswith((".", "!", "?", ":"))}
    facts: set[str] = set()
    for k, token in enumerate(tokens):
        parts = replace_chars(token, _PUNCTUATION).split()  # "U.S." is "u s", as _words reads it
        beside = {tokens[j].strip(".,;:\"\u201d").lower() for j in (k - 1, k + 1) if 0 <= j < len(tokens)}
        if beside & _SPEECH:
            continue  # the speaker of a pull quote ("..., Butz said."), whom the body may call "he"
        if k not in starts and parts and (parts[0][:1].isupper() or parts[0][:1].isdigit()):
            facts.update(part.lower() for part in parts)
    return facts
