r"""Numerals that are no counts by their shape and neighbours: dates, years, scores, codes and names.

:func:`analysis.claims.find_claims` asks :func:`numeral_skip` about every number written in
digits: a date ("Feb 15", "2019-02-11", "May 19 to 22"), a year ("in 2022", "July 14, 1789"), a
range of years or a score ("2021-22", "won 3-1", "lost 85-98", a results table's "23-75, 15-65, (55) 60-70"), a code ("03022307123", a tweet's
id) or a number inside a name ("France 5 TV", "a Falcon 9 rocket", "New York's 54 Below").

Examples
--------
>>> import re
>>> words = NotNouns(stop=frozenset(), plurals=frozenset(), measures=frozenset())
>>> m = re.search(r"(?P<qualifier>)(?P<numeral>\d+)(?P<unit>)", "A SpaceX Falcon 9 rocket")
>>> numeral_skip("A SpaceX Falcon 9 rocket", m, "9", "rocket", "Feb", words)
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from .irregular_verbs import irregular_pasts
from .claims_filters import _CURRENCY
from .instruments import load_wordlist


@dataclass(frozen=True)
class NotNouns:
    """Words that are no singular common noun after a number: function words, plurals without
    -s (claim_words.tsv), units and scales (quantities.tsv)."""

    stop: frozenset[str]
    plurals: frozenset[str]
    measures: frozenset[str]


# A result before a pair of numbers: "lost 85-98", "won by 21-24" (a score, not a range).
_SCORE_VERB = re.compile(r"\b(?:won|wins?|lost|lose|loses|losing|beat|beats|beaten|defeated|defeats?|edged|drew|draw|tied|trailed|trails?|led|leads?|scored?|scoring|score\s+was|victory|defeat|loss)(?:\s+(?:by|at|with))?[^\S\n]+$", re.IGNORECASE)

#: An hour told by the part of the day after it (k17): "just after 10 Friday morning", "at 11 last night", "by 9 in the
#: morning", "at 8 on Sunday evening"; after a preposition of time ("killed 12 Saturday night", "about 10 last night" count).
_DAY_PART_AFTER = re.compile(
    r"[^\S\n]+(?:on[^\S\n]+)?(?:(?:this|last|yesterday|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)[^\S\n]+|in[^\S\n]+the[^\S\n]+)?"
    r"(?:morning|afternoon|evening|night)\b|[^\S\n]+(?:tonight|at[^\S\n]+night)\b",
    re.IGNORECASE,
)
#: "from", "since", "past" left out (review16): "climbed from 8 on Sunday night to 11", "rose past 10 last night" are counts.
_HOUR_BEFORE = re.compile(
    r"\b(?:(?:at|after|before|until|till|by)(?:[^\S\n]+(?:about|around|approximately))?"
    r"|(?:happened|occurred|began|started|broke[^\S\n]+out|came[^\S\n]+in|erupted|struck)[^\S\n]+(?:about|around|approximately))[^\S\n]+$",
    re.IGNORECASE,
)  # "happened about 5 Wednesday morning" (s1165); "arrested about 12 Tuesday evening" counts
#: The noun a score stands before as a modifier, singular (k17): "a narrow 3-4 defeat", "a 1-2 loss", "the 5-4 decision"
#: ("3-4 wins in a row" is a range of wins).
_RESULT_NOUNS = frozenset({"defeat", "loss", "win", "victory", "draw", "triumph", "thrashing", "drubbing", "reverse", "rout", "scoreline", "decision", "verdict"})
#: The second time of a range or an alternative ("between 9 and 11am", "at around 1 or 1:30": a clock with a colon is a time).
_TIME_RANGE_END = re.compile(r"[^\S\n]*(?:to|and|or|until|till|-|\u2013)[^\S\n]*(?:\d{1,2}(?:[.:][0-5]\d)?[^\S\n]*(?:am|pm|a\.m\.|p\.m\.|hrs|GMT|UTC)(?![\w])|\d{1,2}:[0-5]\d(?![\d:]))", re.IGNORECASE)
# a time after a preposition; not a price after a market's verb ("shares closed at 12.50")
_AT_TIME = re.compile(r"(?<!closed )(?<!ended )(?<!stood )(?<!trading )(?<!traded )(?<!settled )(?<!finished )(?<!priced )(?<!rate )\b(?:at|by|until|till|from|before|after|around|about)[^\S\n]+$", re.IGNORECASE)
_BEFORE_OLD_YEAR = re.compile(r"\b(?:in|since|from|until|till|by|of|circa|c\.|back[^\S\n]+to)[^\S\n]+$", re.IGNORECASE)  # "dating back to 1710"
_AFTER_OLD_YEAR = re.compile(r"[^\S\n]*(?:[,.;:)]|$|[^\S\n]+(?:the|a|an|and|when|to|until|by)\b)")
_TALLY_VERB = r"\b(?:voted|confirmed|approved|rejected|vote[^\S\n]+of|votes[^\S\n]+of|margin[^\S\n]+of|ruled|split|(?:vote|votes|tally)[^\S\n]+(?:was|were|is|stood[^\S\n]+at|ended))[^\S\n]+"  # "The vote was 220 to 215"
_TALLY_FIRST = re.compile(_TALLY_VERB + r"$", re.IGNORECASE)
_TALLY_TO = re.compile(r"[^\S\n]+to[^\S\n]+\d")
_TALLY_SECOND = re.compile(_TALLY_VERB + r"\d+[^\S\n]+to[^\S\n]+$", re.IGNORECASE)
_MARKS = frozenset("'\u2019+\u00d7")  # marks next to digits that make them a year, a decade, a sum or a product
_COMPARISON = re.compile(r"[<=>\u2264\u2265]")
_CAMEL = re.compile(r"[a-z]{1,2}[A-Z]\w*|[A-Z][a-z]{2,}[A-Z][a-z]\w*")  # a product's name in camel case: "iPhone", "eBay", "PlayStation" (not "McCain", "DeSantis")
_TALLY_ROW = re.compile(r"[^\S\n]*\([^\S\n]*[-+\u2212]?\d[\d.,]*%?[^\S\n]*[;,/][^\S\n]*[-+\u2212]?\d")  # "(48.4; -12.7)": two figures in brackets
_NOT_A_NAME_LETTER = frozenset("AIR")  # "A 4", "I 2" are words; "R 500" is rand
_NEXT_WORD = re.compile(r"[^\S\n]+([a-z]+)\b")
#: Participles that a count stands before, even after a name ("Kenya 3 killed", "Lagos 12 injured").
_COUNTED_PARTICIPLES = frozenset({"killed", "injured", "wounded", "arrested", "rescued", "detained", "evacuated", "displaced", "hospitalised", "hospitalized", "trapped", "infected", "affected", "confirmed", "charged", "jailed", "sentenced", "feared", "drowned", "buried", "freed", "released", "abducted", "kidnapped"})
_TWO_DIGITS = re.compile(r"\d\d")
_APOSTROPHE_BEFORE = re.compile(r"(?<![\w'\u2019])['\u2019]$")
_DECADE = re.compile(r"\d0|1[89]\d0|20\d0")
_APOSTROPHE_S = re.compile(r"['\u2019]s\b")
_SUM = re.compile(r"\+\d")
_SUM_BEFORE = re.compile(r"\d\+$")
_P_VALUE = re.compile(r"\b[pP][^\S\n]*[<=>\u2264\u2265][^\S\n]*$")
_PRODUCT = re.compile(r"\u00d7\d")
# An era written by a year: "1500 AD", "AD 79", "300 BC", "between 1200 and 1500 AD" (the first year of its range too).
_ERA_AFTER = re.compile(r"(?:[^\S\n]*(?:to|and|or|until|-|\u2013)[^\S\n]*\d{1,4})?[^\S\n]*(?:AD|BC|BCE|CE|A\.D\.|B\.C\.)(?![\w])")
_ERA_WORDS = ("AD", "BC", "CE", "A.D", "B.C")  # an era's letters somewhere after the number: only then the full pattern
_ERA_BEFORE = re.compile(r"\b(?:AD|A\.D\.)[^\S\n]*$")
#: The second year of a range whose first carries the era before it (k17): "minted between AD 121 and 123", "AD 79 to 81".
_ERA_RANGE_BEFORE = re.compile(r"\b(?:AD|A\.D\.)[^\S\n]*\d{1,4}[^\S\n]*(?:and|to|or|until|-|\u2013)[^\S\n]*$")
_ERA_NEXT = re.compile(r"[^\S\n]*(?:[^\w\s]|\n|$)|[^\S\n]+([a-z]+)\b")  # the era's letters end the text, a line or a clause, or a lower-case word follows


def _era_ends(text: str, at: int) -> bool:
    """Whether the era's letters ending at ``at`` close the year's phrase: punctuation, the end of a
    line, a function word or a verb in the past follows ("1500 AD on the islets", "300 BC saw its
    founding"); not a name or a noun ("300 BC firefighters", "1500 BC Hydro customers": British
    Columbia's).

    Examples
    --------
    >>> [_era_ends(t, t.index("BC") + 2) for t in ("in 300 BC.", "300 BC saw", "300 BC firefighters", "800 BC Hydro")]
    [True, True, False, False]
    """
    follows = _ERA_NEXT.match(text, at)
    if follows is None:
        return False  # a capitalised word or a number: "BC Hydro", "CE Marking"
    word = follows.group(1)
    return word is None or word in load_wordlist("stopwords_en.txt") or word.endswith("ed") or word in irregular_pasts()
#: A place in a ranking, not a count: "in the top 200", "dropped out of the top 100", "within top 10"; not "of the top 79
#: installations" (a set of 79, counted); with an owner too: "in the world's top 10", "among Europe's top 20".
_TOP_PLACE = re.compile(r"\b(?:in|into|among|outside|within|out[^\S\n]+of)[^\S\n]+(?:the[^\S\n]+)?(?:[A-Za-z]+['\u2019]s?[^\S\n]+)?(?:top|bottom)[^\S\n]+$", re.IGNORECASE)


#: A place in a ranking written in brackets after a name: "Marco Rubio (1.)", "Donald Trump (Last week: 2.)".
_RANK_BRACKET = re.compile(r"[A-Z][\w.'\u2019-]*[^\S\n]*\((?:[A-Za-z][A-Za-z ]{0,24}:[^\S\n]*)?$")
_LIST_LINE = re.compile(r"(?:^|\n)[^\S\n]*\d{1,3}[.)][^\S\n]+[^\n]*$")  # a line opened by a list's number: "2. Marco Rubio ("


def _bracketed_rank(text: str, start: int, after: str) -> bool:
    """Whether the number at ``start`` is a place in a ranking written in brackets right after a
    name: alone in the brackets with an ordinal's full stop ("Marco Rubio (1.)"), or on a line that
    a list's number opens ("2. Marco Rubio (1)"), a short label with a colon allowed before it
    ("(Last week: 2.)"). A count in brackets is written with its noun ("(12 people)"), and an age
    after a name ("Singh (29)") is no count either.

    Examples
    --------
    >>> t = "2. Marco Rubio (1.)\\n3. Ted Cruz (4)\\nTrump (Last week: 2.)\\nSingh (29) and Jones (3 goals)"
    >>> at = [m.start() for m in re.finditer(r"(?<=[(: ])\\d+(?=[.)]| goals)", t)]
    >>> [(t[i], _bracketed_rank(t, i, t[i + 1 : i + 13].lstrip("0123456789"))) for i in at]
    [('1', True), ('4', True), ('2', True), ('2', False), ('3', False)]
    """
    if not _RANK_BRACKET.search(text, max(0, start - 40), start):
        return False
    return after.startswith(".)") or (after.startswith(")") and _LIST_LINE.search(text, max(0, start - 80), start) is not None)


_NAME_OF = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he|[a-z]+)[^\S\n]+[A-Z][a-z]+[^\S\n]+of[^\S\n]+$")  # "a Group of ", inside a sentence
_MONTH_NAMES = "January|February|March|April|June|July|August|September|October|November|December"  # full and capitalised: glued after a word, still a month
#: A total's words before a number: what follows is a count, even shaped like a year ("In total, 1923 kiwi chicks").
#: A year after a time's preposition and a qualifier: "until at least 2030", "since as early as 1990"; not after "to" ("rise
#: to at least 1900" is a count, rev25).
_QUALIFIED_YEAR_BEFORE = re.compile(
    r"\b(?:until|till|through|into|beyond|since)[^\S\n]+(?:at[^\S\n]+least|as[^\S\n]+(?:late|early)[^\S\n]+as)[^\S\n]+$"
    # a year compared with, after a change's word, closing its clause: "a five per cent increase over 2022.", "dropped by 39 files over
    # 2022," (the eighty-eighth collection); not "stands at over 1800," nor "seating for at least 2000" (a second read, rev51)
    r"|\b(?:increases?|increased|decreases?|decreased|rises?|rose|drops?|dropped|falls?|fell|growth|grew|jumps?|jumped|gains?|declines?|declined|"
    r"changes?|up|down|higher|lower|compared)\b(?:(?!\bto\b)[^.;:!?\n]){0,24}?\bover[^\S\n]+$",  # not "rose from 1,600 to over 1900." (rev52)
    re.IGNORECASE,
)
#: ... a year after "over" closes its clause (nothing counted, a mark or the text's end after it): "over 2,000." is grouped.
_YEAR_CLOSES = re.compile(r"[^\S\n]*(?:[.,;:)]|$)")
_TOTAL_BEFORE = re.compile(r"\b(?:[Ii]n[^\S\n]+total,?|[Aa][^\S\n]+total[^\S\n]+of|totall?ing|totals?)[^\S\n]+$")
#: A count in words right before a capitalised name: "three Apollo 11 astronauts" (the count is the word's, the digits the name's).
_COUNT_BEFORE_NAME = re.compile(r"(?:^|[^\w-])(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Tt]welve|[Dd]ozens|[Hh]undreds|[Tt]housands|[Ss]everal)[^\S\n]+$")


def _marked(written: str, before: str, after: str, counts: str) -> bool:
    """Whether marks next to a numeral make it no quantity: a year cut to two digits ("the class of
    '88", "the '96 Olympics"; not "'20 people died,' he said"), a decade with an apostrophe ("the
    80's"), a sum written out ("the 90+3 minute", "a 4+1 deal"), a p-value ("p<0.05") or numbers
    joined by a multiplication sign ("the 4\u00d7100 medley relay").

    Examples
    --------
    >>> [_marked(w, b, a, c) for w, b, a, c in (("88", "of '", ".", ""), ("20", "'", " people", "people"), ("80", "his ", "'s", ""), ("0.05", "p<", ")", ""))]
    [True, False, True, True]
    """
    if _TWO_DIGITS.fullmatch(written) and _APOSTROPHE_BEFORE.search(before) and (not counts or counts[0].isupper()):
        return True
    if _DECADE.fullmatch(written) and _APOSTROPHE_S.match(after):
        return True
    if _SUM.match(after) or _SUM_BEFORE.search(before) or _P_VALUE.search(before):
        return True
    return _PRODUCT.match(after) is not None or before.endswith("\u00d7")


def _of_month(text: str, position: int, months: str) -> bool:
    """Whether "of" and a capitalised month follow ``position``: "27 of June 2013" (a date); not
    "3 of may" (a verb).

    Examples
    --------
    >>> [_of_month(t, 2, "june|may") for t in ("27 of June 2013", "27 of may be", "27 of them")]
    [True, False, False]
    """
    month = _month_patterns(months).of_month.match(text[position : position + 20])
    return month is not None and month.group(1)[0].isupper()


def singular_noun(text: str, position: int, not_nouns: NotNouns) -> bool:
    """Whether the word right after a number is a singular common noun, which no count above one
    takes ("9 rocket"): lower case, not plural, not a unit, scale or function word.

    Examples
    --------
    >>> words = NotNouns(stop=frozenset({"on"}), plurals=frozenset({"people"}), measures=frozenset({"km"}))
    >>> [singular_noun(t, 1, words) for t in ("9 rocket", "9 rockets", "9 km", "9 people", "9 on", "")]
    [True, False, False, False, False, False]
    """
    word = _WORD_AFTER.match(text[position : position + 40])
    if not word:
        return False
    low = word.group(1)
    plural = (low.endswith("s") and not low.endswith(("ss", "us", "is"))) or low.split("-")[-1] in not_nouns.plurals
    return not plural and low not in not_nouns.stop and low not in not_nouns.measures and not low.endswith(("ing", "ed"))


# numeral_skip's patterns, compiled once (module-level ``re`` calls look each up in re's cache per call).
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z][a-z-]*)\b(?!['\u2019])")
_DATE_NEXT = re.compile(r"[^\S\n]*[-/][^\S\n]*\d")
_DATE_BEFORE = re.compile(r"\d[^\S\n]*[-/][^\S\n]*$")
_YEAR_APOSTROPHE_BEFORE = re.compile(r"\b(?:18|19|20)\d\d[-\u2013]['\u2019]$")
_DASH_SCORE_AFTER = re.compile(r"[^\S\n]*[\u2013\u2014][^\S\n]*\d{1,3}[^\S\n]+[A-Z]")
_NAME_SCORE_DASH_BEFORE = re.compile(r"[A-Z][\w.'\u2019]*[^\S\n]+\d{1,3}[^\S\n]*[\u2013\u2014][^\S\n]*$")
_LETTER_BRACKET = re.compile(r"\([a-z]\)")
_GLUED_MONTH = re.compile(rf"[a-z](?:{_MONTH_NAMES})[^\S\n]*$")
_RANGE_DASH = re.compile(r"[^\S\n]*-[^\S\n]*")
_DIGITS_DASHES = re.compile(r"[\d-]+")
_ONE_TWO_DIGITS = re.compile(r"\d{1,2}")
_CLOCK_HOUR = re.compile(r"\d{1,2}(?:[.:][0-5]\d)?")
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-4])\.[0-5]\d")
_NOT_DIGIT_OR_DOT = re.compile(r"[^\d.]")
_RANGE_YEAR = re.compile(r"(18|19|20|21)\d\d")
_ALL_DIGITS = re.compile(r"\d+")
_PREVIOUS_WORD = re.compile(r"(?<!\w)([A-Za-z][\w.]*)(['\u2019]s)?[^\S\n]+$")
_ONE_DIGIT = re.compile(r"\d")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d')\]]*\s")


class _MonthPatterns(NamedTuple):
    of_month: re.Pattern[str]  # "of June" after a day
    month_before: re.Pattern[str]  # "Feb 15", "March 17-20": a month right before the number
    month_after: re.Pattern[str]  # "15 Feb", "19-November-2025": a month right after it
    range_last_day: re.Pattern[str]  # "May 19 to " before the range's last day
    range_first_day: re.Pattern[str]  # " to 12 March" after the range's first day
    full_date_before: re.Pattern[str]  # "July 14, " before a year


@lru_cache(maxsize=4)
def _month_patterns(months: str) -> _MonthPatterns:
    """The patterns of :func:`numeral_skip` that hold the month regex ``months``, compiled once per regex."""
    return _MonthPatterns(
        re.compile(rf"[^\S\n]+of[^\S\n]+({months})\b", re.IGNORECASE),
        re.compile(rf"\b{months}[^\S\n]*[-/]?[^\S\n]*$", re.IGNORECASE),
        re.compile(rf"[^\S\n]*[-/]?[^\S\n]*{months}", re.IGNORECASE),
        re.compile(rf"\b{months}[^\S\n]*\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:to|and|through|until|till|or|&)[^\S\n]+$", re.IGNORECASE),
        re.compile(rf"[^\S\n]*(?:to|and|through|until|till|or|&|-|\u2013)[^\S\n]*\d{{1,2}}(?:st|nd|rd|th)?[^\S\n]+(?:of[^\S\n]+)?{months}", re.IGNORECASE),
        re.compile(rf"\b{months}[^\S\n]*\d{{1,2}}(?:st|nd|rd|th)?,?[^\S\n]+$", re.IGNORECASE),
    )


#: A US postal code: five digits in brackets after a town's name, or after a state's two capitals (numeral_skip).
_ZIP_BEFORE = re.compile(r"(?:(?-i:[A-Z])[a-z]+ \(|\b(?-i:[A-Z]{2}|[A-Z][a-z]{1,3}\.),? )$")
_ZIP_AFTER = re.compile(r"(?:\)|[,.;]|\s*$)")
#: An address the postal code closes: a street's kind or a block's number before the town (a second read: populations
#: and votes in brackets, "Ashford (24500), Kenley (18000)", "Smith (12044)", are counts).
_ZIP_ADDRESS = re.compile(r"\b(?:block of|(?-i:Drive|Road|Street|Avenue|Lane|Court|Boulevard|Blvd|Way|Place|Parkway|Pike|Highway|St|Rd|Ave|Dr|Ln|Ct|Pkwy|Hwy))\b")

#: "one of the nation's 20 largest ...": the number is a ranking's size, no count (numeral_skip).
_ONE_OF_THE = re.compile(r"\bone of (?:the |its |their |our |his |her |(?-i:[A-Z])?[\w]+['\u2019]s )(?:[\w]+['\u2019]s )?$", re.IGNORECASE)
_SUPERLATIVE_AFTER = re.compile(r"[^\S\n]+(?:largest|biggest|best|worst|highest|lowest|fastest|oldest|richest|greatest|smallest|busiest|most|top|leading)(?![\w-])", re.IGNORECASE)  # not "12 top-floor flats"

#: A gun's or a shell's calibre after the number: "three 9mm rounds", "9mm fired cartridge cases", "a 9 mm pistol", "a
#: 22-calibre rifle", "20 105mm shells" (the site sets, s1188, s1431); "9mm of rain" is a measure.
_CALIBRE = re.compile(
    r"[^\S\n]?mm(?:[^\S\n]+(?!(?:and|or|of|in|on|at|to|from|with|for|the|a|an)\b)[\w-]+){0,2}?[^\S\n]+(?:pistol|handgun|gun|rifle|round|"
    r"ammunition|ammo|bullet|cartridge|casing|shell|weapon|firearm|revolver|carbine|luger|howitzer|mortar|cannon)s?\b|(?:-|[^\S\n]+)calib(?:re|er)\b",
    re.IGNORECASE,
)


def numeral_skip(text: str, m: re.Match[str], written: str, counts: str, months: str, not_nouns: NotNouns) -> bool:
    """Whether a numeral (``m``'s group ``numeral``, counting ``counts``) is a date, a year, a
    range of years, a score, a code or part of a name; ``months`` is the month regex."""
    start = m.start("numeral")
    before, after = text[max(0, start - 12) : start], text[m.end() : m.end() + 12]
    wide = text[max(0, start - 30) : start]  # a score's first team or a range's first date
    if (_DATE_NEXT.match(after) and not (m.group("unit") and _NEXT_CELL_SIGNED.match(after))) or _DATE_BEFORE.search(before):
        return True  # a date: "2019-02-11", "3/4"; not a share before the next cell's sign ("22.1% -13.4%": a table's row)
    if _CALIBRE.match(text, m.end("numeral")):
        return True  # a calibre: "three 9mm rounds", "a .22-calibre rifle"
    if _YEAR_APOSTROPHE_BEFORE.search(before):
        return True  # the second year of "2018-'19"
    if (_TALLY_TO.match(after) and _TALLY_FIRST.search(wide)) or (before.endswith("to ") and _TALLY_SECOND.search(text, max(0, start - 40), start)):
        return True  # a vote's tally written with "to": "the court voted 5 to 4", "by a vote of 220 to 215" (a result, as "5-0 vote" is)
    if written.lstrip("-") == "19" and _COVID_BEFORE.search(before):
        return True  # the disease's name written apart from its number: "Covid 19 cases", "Covid -19 regulations"
    if _dash_tally(text, start, m.end("numeral"), counts):
        return True  # a vote's tally between dashes: "the vote was 5 — 2", "approved in a 6 – 1 vote" (as "5-0 vote" is)
    if (after[:1] in _MARKS or before[-1:] in _MARKS or _COMPARISON.search(before[-3:])) and _marked(written, before, after, counts):
        return True
    if (_DASH_SCORE_AFTER.match(after) and _NAME_BEFORE.search(before)) or (
        _NAME_AFTER.match(after) and _NAME_SCORE_DASH_BEFORE.search(wide)
    ):
        return True  # a score between two names: "Man City 2 \u2014 0 Leicester"
    if len(written) <= 4 and written.isdigit() and not m.group("unit") and ("AD" in before or "A.D" in before or any(e in after for e in _ERA_WORDS)) and (((era := _ERA_AFTER.match(text, m.end())) and _era_ends(text, era.end())) or _ERA_BEFORE.search(before)):
        return True  # a year of an era: "1500 AD", "between 1200 and 1500 AD", "AD 79"
    if len(written) <= 4 and written.isdigit() and not counts and ("AD" in wide or "A.D" in wide) and _ERA_RANGE_BEFORE.search(wide):
        return True  # the second year of an era's range: "between AD 121 and 123" (k17)
    if after[:1] in "'\u2019" and len(written) == 4 and written[:2] in ("18", "19", "20") and written.isdigit() and not m.group("unit") and after[1:2] == "s" and after[2:3].isspace():
        return True  # a year's possessive, even after a qualifier: "more than 2006's 'Casino Royale'"
    if before[-1:] in "( " and after[:2] in (".)", ")") and _bracketed_rank(text, start, after):
        return True  # a place in a ranking in brackets after a name: "2. Marco Rubio (1.)", "1. Donald Trump (Last week: 2.)"
    if " of " in before and _NAME_OF.search(text, max(0, start - 40), start) and (not counts or (counts.islower() and not counts.endswith("s"))):
        return True  # a name with "of" and a number: "a Group of 20 meeting", "the Group of 7"; not "Out of 150 MPs"
    if after[:1] == "(" and _LETTER_BRACKET.match(after):
        return True  # a name with a letter in brackets: a "401(k)" plan, a "501(c)(3)" group
    if len(written) == 5 and written.isdigit() and not m.group("unit") and not counts and _ZIP_BEFORE.search(before) and _ZIP_AFTER.match(after) and _ZIP_ADDRESS.search(text, max(0, start - 80), start):
        return True  # a US postal code after its town, an address before it: "the 12100 block of Clipper Drive in Woodbridge (22192)."
    if _GLUED_MONTH.search(before):
        return True  # a date glued after a word by the page's copy: "moderatorFeaturedFebruary 6, 2016"
    if ("op " in wide or "ottom " in wide) and _TOP_PLACE.search(wide):
        return True  # a place in a ranking: "34 institutions in the top 200", "dropped out of the top 100"
    if "ne of " in wide and _ONE_OF_THE.search(wide) and _SUPERLATIVE_AFTER.match(after):
        return True  # a ranking's size: "one of the nation's 20 largest grain storage operations" (the twenty-first site sets)
    parts = _RANGE_DASH.split(written)
    if _DIGITS_DASHES.fullmatch(written.replace(" ", "")) and (_month_patterns(months).month_before.search(before) or _month_patterns(months).month_after.match(after)):
        return True  # a date: "Feb 15", "15 Feb", "19-November-2025", "March 17-20"
    if len(written) <= 2 and written.isdigit() and int(written) <= 31 and after.startswith(" of ") and _of_month(text, m.end(), months):
        return True  # a date written with "of": "27 of June 2013"
    if _ONE_TWO_DIGITS.fullmatch(written) and int(written) <= 31 and (not counts or counts.lower() == "alone") and _month_patterns(months).range_last_day.search(wide):
        return True  # the last day of a range of dates: "May 19 to 22", "on May 21 and 22", "between August 4 and 10 alone" (s1548)
    if _ONE_TWO_DIGITS.fullmatch(written) and not counts and _month_patterns(months).range_first_day.match(text[m.end() : m.end() + 30]) and int(written) <= 31:
        return True  # the first day of a range of dates: "from 10 to 12 March", "between 1 and 3 June", "from 17 to 27 of June"
    if not counts and _CLOCK_HOUR.fullmatch(written) and _TIME_RANGE_END.match(text, m.end()):
        return True  # the first time of a range: "between 9 and 11am", "from 7.30 to 9pm", "at around 1 or 1:30" (s1350)
    if not counts and _DOTTED_TIME.fullmatch(written) and _AT_TIME.search(before) and not _CURRENCY.search(before):
        return True  # a time with a full stop: "the shop opens at 10.30", "by 9.15"
    if _ONE_TWO_DIGITS.fullmatch(written) and 0 < int(written) <= 12 and not m.group("unit") and _HOUR_BEFORE.search(wide) and _DAY_PART_AFTER.match(text, m.end()):
        return True  # an hour told by its part of the day: "just after 10 Friday morning", "at 11 last night" (k17)
    if len(parts) == 2:  # a range: "3-4 feet", "1 - 1.2 m"; not of years ("2021-22"), nor a score or record ("11-2", "50-50", "a 3-4 defeat")
        low, high = (float(_NOT_DIGIT_OR_DOT.sub("", part) or 0) for part in parts)
        money = _CURRENCY.search(before) is not None  # "Rs 39-42 per share"
        if not counts and not money and _LOCAL_PHONE.fullmatch(written) and not written.endswith("00") and _phone_cue(text, start, m.end("numeral")):
            return True  # a local phone number: "the crime line at 882-6217"; not a range of estimates, "from 200-1500"
        if money and low >= high and parts[1][:1] in "$\u00a3\u20ac":
            return False  # two amounts read as a range, the second lower: "$12 - $8 for seniors" (one claim, its first amount)
        if _RANGE_YEAR.fullmatch(parts[0]) is not None or parts[1].startswith("0") or (not counts and not money and (low < 10 or _SCORE_VERB.search(wide) is not None)) or low >= high or (counts.lower() in _RESULT_NOUNS and not money):
            return True
        return "-" in written and scores_around(text, start, m.end("numeral"), counts)
    if _ALL_DIGITS.fullmatch(written):
        if _VANITY_BEFORE.search(text, max(0, start - 16), start) and text[m.end("numeral"):m.end("numeral") + 1] == ")":
            return True  # a vanity number's digits in brackets: "(319) 358-TIPS (8477)" (the twenty-eighth site sets, s1080)
        if len(written) >= CODE_DIGITS and not counts and not m.group("unit") and _phone_cue(text, start, m.end("numeral")):
            return True  # a phone number written as one run: "contact the Police at 2665164, 2665165" (a count that large is grouped, or counts something)
        if (written.startswith("0") and len(written) >= 4) or len(written) >= 10:
            return True  # a code: "UPC: 03022307123", a post's or account's id ("672139201337532417"); amounts that long are grouped (first: no int() of a run past Python's digit limit)
        if 1800 <= int(written) <= 2100 and len(written) == 4 and (not m.group("qualifier") or (not counts and _QUALIFIED_YEAR_BEFORE.search(wide) and (not wide.rstrip().lower().endswith("over") or _YEAR_CLOSES.match(text, m.end("numeral"))))) and not m.group("unit") and not (counts and _TOTAL_BEFORE.search(text, max(0, start - 16), start)):
            return True  # a year; not a total: "In total, 1923 kiwi chicks have been looked after", "a total of 2000 people"; "until at least 2030", "an increase over 2022." are years
        if 1000 <= int(written) < 1800 and len(written) == 4 and _BEFORE_OLD_YEAR.search(before) and (not counts or _AFTER_OLD_YEAR.match(after)):
            return True  # an older year after a preposition: "started in 1789", "since 1690"
        if len(written) == 4 and not counts and _month_patterns(months).full_date_before.search(wide):
            return True  # the year of a full date, however old: "July 14, 1789"
        if counts.lower() == "news" and not m.group("qualifier") and int(written) < 100 and _STATION_NEWS.match(text, m.end("numeral")):
            return True  # a station's name: "an interview with 7 news immediately after", "ABC 7 news reported"; not "6 news outlets"
        context = text[max(0, start - 40) : start]
        previous = _PREVIOUS_WORD.search(context)
        if previous and _CAMEL.fullmatch(previous.group(1)) and not previous.group(2):
            return True  # a product's name in camel case and its number: "iPhone 15 handsets", "iPad 2"
        named = previous is not None and previous.group(1)[0].isupper()  # "France 5 TV"
        if named and _COUNT_BEFORE_NAME.search(context, 0, previous.start()):
            return True  # a name's number after a count of what it names: "three Apollo 11 astronauts", "Two Expedition 55 flight engineers"
        if named and len(previous.group(1)) == 1 and previous.group(1) not in _NOT_A_NAME_LETTER and not previous.group(2) and not _CURRENCY.search(before):
            return True  # a lone capital letter and its number name a model or a series: "Galaxy S 4 owners", "The S 4 appears"
        if named and not m.group("qualifier") and not _CURRENCY.search(before):
            opening = not context[: previous.start()].strip() or context[: previous.start()].rstrip()[-1] in ".!?\"\u201d\n:;"
            if not counts and _TALLY_ROW.match(text, m.end()):
                return False  # a results table's row, its shares in brackets after the count: "Con 810 (48.4; -12.7)"
            if (not counts and not previous.group(2)) or (counts and counts[0].isupper()):
                return True  # part of a name: "France 5 TV", "No. 10", "New York's 54 Below"; not "to Cruz's 538"
            verb = _NEXT_WORD.match(text, m.end())
            if verb and verb.group(1).endswith("ed") and verb.group(1) not in _COUNTED_PARTICIPLES and not previous.group(2) and not m.group("unit"):
                return True  # a name's number before a verb: "BBC Radio 4 reported", "Maroon 5 played"; not "Kenya 3 killed"
            if opening or previous.group(2) or m.group("unit"):
                return False  # "Another 150 people", "The 335 accounts", "Clinton's 2,000 staffers"
            if int(written) >= 100 or singular_noun(text, m.end(), not_nouns):
                return True  # "the Fokker 100 aircraft", a model's number: "a Falcon 9 rocket", "the Hornsea 1 project"; not "Cruz 34 delegates"
    return False


#: "News" after a number names a station when a verb, a preposition, an adverb or a stop follows it ("an interview with 7
#: news immediately after", "ABC 7 news reported", "told 7 News on Monday"); "25 news staff", "6 news outlets" are counts.
_STATION_NEWS = re.compile(
    r"[^\S\n]*news\b(?=[^\S\n]*(?:[.,;:!?)\u2014]|$)|[^\S\n]+(?:reported|reports|said|says|learned|learns|confirmed|confirms|has|had|was|is|that|immediately|at|on|in|about|after|before|when|last|this|today|tonight|yesterday|earlier)\b)",
    re.IGNORECASE,
)
_VANITY_BEFORE = re.compile(r"\d{3}-[A-Z]{3,7}[^\S\n]*\($")  # a phone number spelled in letters, its digits in brackets after it
_LOCAL_PHONE = re.compile(r"\d{3}-\d{4}")  # a phone number without its area code, nothing counted after it
#: A run of this many digits or more, nothing counted after it and a phone's cue near it, is a phone number.
CODE_DIGITS = 7
#: What says a number is a phone's: the verb to call or a line's name before it (within ``PHONE_CUE_CHARS``), or another number of a phone's shape right beside it.
_PHONE_WORDS = re.compile(r"\b(?:call(?:s|ed|ing)?|dial(?:s|led|ling)?|phone[sd]?|ring|contact(?:ed|ing)?|text|fax|tel\.?|telephone|hotline|helpline|line|lines|number|numbers|whatsapp)\b", re.IGNORECASE)
PHONE_CUE_CHARS = 60
_PHONE_NEIGHBOUR = re.compile(r"[^\S\n]*(?:,|or|and|/)[^\S\n]*(?:\d{7,}|\d{3}-\d{4})\b")
_COVID_BEFORE = re.compile(r"\bcovid[^\S\n]*-?[^\S\n]*$", re.IGNORECASE)


def _phone_cue(text: str, start: int, end: int) -> bool:
    """Whether the number at ``start:end`` is told as a phone's: a phone's word in the ``PHONE_CUE_CHARS``
    characters before it ("call the office at 882-6272", "contact the Police at 2665164"), or another
    phone number beside it ("2665164, 2665165")."""
    return bool(_PHONE_WORDS.search(text, max(0, start - PHONE_CUE_CHARS), start) or _PHONE_NEIGHBOUR.match(text, end)
                or _PHONE_NEIGHBOUR_BEFORE.search(text, max(0, start - 20), start))


_PHONE_NEIGHBOUR_BEFORE = re.compile(r"(?:\d{7,}|\d{3}-\d{4})[^\S\n]*(?:,|or|and|/)[^\S\n]*$")
#: Two numbers of a tally between an em or en dash ("5 — 2"; a hyphen makes them one range, read below).
_DASH_PAIR_AFTER = re.compile(r"[^\S\n]*[—–][^\S\n]*\d{1,3}(?:,\d{3})*(?![\d.,]?\d)")
_DASH_PAIR_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})*[^\S\n]*[—–][^\S\n]*$")
#: What says a pair of numbers is a vote's tally: a verb or noun of voting before it, or "vote" after it.
_TALLY_WORDS_BEFORE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|approved|passed|rejected|defeated|adopted|carried|tally|ballot|margin)\b[^.!?\n]{0,25}$", re.IGNORECASE)
#: A vote's nouns: counted by a tally's second number ("6 — 1 vote"), or standing after it.
_TALLY_COUNTS = frozenset({"vote", "votes", "decision", "margin", "tally"})
_TALLY_NOUNS = "|".join(sorted(_TALLY_COUNTS))
_TALLY_NOUN_AFTER = re.compile(rf"\d{{1,3}}(?:,\d{{3}})*[^\S\n]*[\u2014\u2013][^\S\n]*\d{{1,3}}(?:,\d{{3}})*[^\S\n]+(?:{_TALLY_NOUNS})\b", re.IGNORECASE)
#: What may follow a tally's second number: a vote's noun, the sentence's end or a clause ("5 — 2 with two opposed").
_TALLY_END = re.compile(rf"[^\S\n]+(?:{_TALLY_NOUNS}|with|in[^\S\n]+favou?r|against|on|at|to|after|before|when)\b|[^\S\n]*(?:[,.;:)]|$)", re.IGNORECASE)


def _dash_tally(text: str, start: int, end: int, counts: str) -> bool:
    """Whether the number at ``start:end`` is one of two joined by a dash and the pair a vote's tally: voting
    named before the pair, or the pair before "vote" ("in a 6 — 1 vote"), and the pair counts
    nothing else: the second number ends the clause or is a vote's ("rose to 12 — 5 of them
    children", "the tally rose to 340 — 12 more than on Friday" count)."""
    back = _DASH_PAIR_BEFORE.search(text, max(0, start - 20), start)
    if back:
        pair_start, pair_end = back.start(), end
    else:
        pair = _DASH_PAIR_AFTER.match(text, end)
        if pair is None:
            return False
        pair_start, pair_end = start, pair.end()
    if (counts and counts.lower() not in _TALLY_COUNTS) or not _TALLY_END.match(text, pair_end):
        return False  # the second number counts something: "the tally rose to 340 — 12 more", "passed 12 — 5 of them"
    if _TALLY_NOUN_AFTER.match(text, pair_start):
        return True  # "in a 6 — 1 vote"
    return bool(_TALLY_WORDS_BEFORE.search(text, max(0, pair_start - 40), pair_start))



_NEXT_CELL_SIGNED = re.compile(r"[^\S\n]+[-\u2212]\d")  # a space, then a sign written onto the next number
_NAME_BEFORE = re.compile(r"[A-Z][\w.'\u2019]*[^\S\n]+$")
_NAME_AFTER = re.compile(r"[^\S\n]+[A-Z]")
_BREAK = r"\(\d{1,3}(?:[-,][^\S\n]?\d{1,3})*\)"  # a break or a tie-break in brackets: "(55)", "(69, 56)", "(7-5)"
_SCORE_PAIR = re.compile(rf"(?:{_BREAK}[^\S\n])?(\d{{1,3}})-(\d{{1,3}})(?:[^\S\n]{_BREAK})?")
_SCORE_RUN = re.compile(rf"{_SCORE_PAIR.pattern}(?:,[^\S\n]{_SCORE_PAIR.pattern}){{2,}}")


def scores_around(text: str, start: int, end: int, counts: str) -> bool:
    """Whether the pair of numbers at ``text[start:end]`` ("23-75") is a score, not a range: a
    score between two names ("John Higgins 16-18 Mark Williams"), or a pair of a run of three or
    more joined by commas (the rows :func:`analysis.body_tables.row_shape` reads as scores, or a
    run in a sentence) where one pair falls or a break stands in brackets ("won 25-21, 23-25,
    25-18", "Session one (3-5) 23-75, 15-65, (55) 60-70": no range falls, and "aged 23-25, 30-35,
    40-45" stays ranges). A results table's frame and set scores are results, not claims; the breaks
    in brackets are counts of points and stay claims.

    Examples
    --------
    >>> [scores_around(t, t.index("23"), t.index("23") + 5, "") for t in ("won 25-21, 23-25, 25-18", "Session one (3-5) 23-75, 15-65, (55) 60-70", "aged 23-25, 30-35, 40-45")]
    [True, True, False]
    >>> t = "(5) John Higgins 16-18 Mark Williams (7)"
    >>> scores_around(t, 17, 22, "Mark"), scores_around("", 0, 0, "")
    (True, False)
    """
    if not text:
        return False
    if counts[:1].isupper() and _NAME_BEFORE.search(text, max(0, start - 30), start) and _NAME_AFTER.match(text, end):
        return True  # a score between two names
    if text.find(",", max(0, start - 24), end + 24) < 0:
        return False  # no run of scores near: the common range ("3-4 feet")
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    return any(
        run.start() <= start - first < run.end() and ("(" in run.group() or any(int(a) > int(b) for a, b in _SCORE_PAIR.findall(run.group())))
        for run in _SCORE_RUN.finditer(line)
    )


def degrees(text: str, m: re.Match[str], written: str, signed: bool, temperature: re.Pattern[str]) -> bool:
    """Whether "C"/"F" written onto the numeral ``m`` is degrees: a decimal ("40.2C"), a sign or
    "minus" before it (``signed``: "-5C"), or a ``temperature`` word in its line within 80
    characters before or 40 after ("Temperatures hit 104F"); not "the 5C bus", "apartment 4F".

    Examples
    --------
    >>> heat = re.compile(r"\\btemperatures?\\b", re.IGNORECASE)
    >>> [degrees(t, re.search(r"\\d+", t), re.search(r"\\d+", t).group(), False, heat) for t in ("Temperatures hit 104F", "the 5C bus")]
    [True, False]
    """
    if "." in written or signed:
        return True
    first = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
    last = text.find("\n", m.end())
    return temperature.search(text, first, min(m.end() + 40, len(text) if last < 0 else last)) is not None


_SPACE_TO_END = re.compile(r"\s*\Z")  # matched where a number ends: it stops at the first letter (no copy of the text's rest)
_COMMA_TO_END = re.compile(r",\s*\Z")


def cut_at_the_end(text: str, m: re.Match[str], number_start: int) -> bool:
    """Whether the numeral ``m`` reads as a store's cut of the whole text mid-number: it ends the
    text (spaces aside), is a lone digit with no unit, percent or currency, and the last paragraph
    is long prose with no sentence end before it ("... grew by 3.9 percent to 1"), or one to three
    digits and a grouping comma end it ("pulled in $458,"). A whole number ending a text ("the
    death toll rose to 52", "climbed to 1,204", "$52") is a claim.

    Examples
    --------
    >>> shape = r"(?P<qualifier>about )?(?P<numeral>[\\d,]+)(?P<unit>%)?[^\\S\\n]*$"
    >>> t = "Output in the province, officials told reporters in the capital late on Tuesday evening, grew by 3.9 percent to 1"
    >>> [cut_at_the_end(x, m, m.start("numeral")) for x in (t, t[:-1] + "52") for m in [re.search(shape, x)]]
    [True, False]
    >>> m = re.search(r"(?P<qualifier>)(?P<numeral>458)(?P<unit>)", "pulled in $458,")
    >>> cut_at_the_end("pulled in $458,", m, m.start("numeral"))
    True
    """
    if not m.group("unit") and _COMMA_TO_END.match(text, m.end()) and len(m.group("numeral")) <= 3 and m.group("numeral").isdigit():
        return True  # a grouping comma ends the text: the store cut "$458,000" after "$458,"
    if not _SPACE_TO_END.match(text, m.end()) or m.group("unit") or m.group("qualifier") or not _ONE_DIGIT.fullmatch(m.group("numeral")):
        return False
    paragraph = text.rfind("\n", 0, m.start()) + 1
    return number_start - paragraph > 100 and not _SENTENCE_END.search(text[paragraph:number_start]) and not _CURRENCY.search(text, max(0, number_start - 12), number_start)


_TEMPERATURE_BAND = re.compile(r"\b[Tt]he[^\S\n]+(?:(?:low|mid|high|upper)[- ])?([1-9]0)s$")  # searched up to the "0s" found (the end is checked apart)


def temperature_bands(text: str, temperature: re.Pattern[str]) -> list[tuple[int, int, float]]:
    """Start, end and lower bound of every band of degrees written as a decade ("temperatures in
    the building reached the 90s", "highs in the mid-80s"): only with a ``temperature`` word in
    its line outside the band (as :func:`degrees` reads it); "music of the 80s" is a decade, "an
    approval rating in the low 50s" a share (the band's own "low" is no temperature word).

    Examples
    --------
    >>> heat = re.compile(r"\\btemperatures?\\b", re.IGNORECASE)
    >>> temperature_bands("Temperatures reached the 90s.", heat), temperature_bands("songs of the 80s", heat), temperature_bands("", heat)
    ([(21, 28, 90.0)], [], [])
    """
    if "0s" not in text:
        return []
    out = []
    position = text.find("0s")
    while position >= 0:
        m = _TEMPERATURE_BAND.search(text, max(0, position - 14), position + 2)
        position = text.find("0s", position + 2)
        if not m or (m.end() < len(text) and (text[m.end()].isalnum() or text[m.end()] == "_")):
            continue
        first = max(text.rfind("\n", 0, m.start()) + 1, m.start() - 80)
        last = text.find("\n", m.end())
        if temperature.search(text, first, m.start()) or temperature.search(text, m.end(), min(m.end() + 40, len(text) if last < 0 else last)):
            out.append((m.start(), m.end(), float(m.group(1))))  # a temperature word near, not the band's own "low"/"high"
    return out
