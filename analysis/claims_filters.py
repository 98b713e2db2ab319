"""Numbers that are not counts: times, durations, ages, identifiers, phone numbers and URLs.

The filters :func:`analysis.claims.find_claims` applies to a number it found, from
``data/instruments/not_counts.tsv`` (the words that make a number a time, a duration, an age or
an identifier) and a few shapes no word list names (a phone number, a URL, "Wujin Cuomao, 68,").

Examples
--------
>>> not_a_count("", 0, 0, "")
''
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from .claims_labels import _CURRENCY, label_reason  # noqa: F401  (_CURRENCY re-exported for the claims modules)
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .irregular_verbs import irregular_pasts

NOT_COUNTS = "not_counts.tsv"
NOT_COUNT_KINDS = frozenset({"time", "duration", "age", "id", "label", "multiplier", "street", "event", "group", "sequence", "person", "zone"})


@dataclass(frozen=True)
class _NotCounts:
    time: re.Pattern[str]  # after a number
    zone: re.Pattern[str]  # a time zone in capitals, after a clock only: "12.00 WIB"
    unit: frozenset[str]  # durations: the counted word
    hyphen: re.Pattern[str]  # "24-hour", "58-year-old"
    age_before: re.Pattern[str]
    age_after: re.Pattern[str]
    id_before: re.Pattern[str]
    id_range_before: re.Pattern[str]  # an id's numbers joined by "to", "through" or a dash, and a label's ("grades 9 through 12"): only when nothing is counted after
    multiplier: re.Pattern[str]  # after "N times": "10 times harder"
    street: re.Pattern[str]  # after a house number and a name: "123 Main Street"
    event: re.Pattern[str]  # after a race's distance: "the 50 freestyle"
    group: frozenset[str]  # nouns naming many people or a share: "the crew, 12," is a count
    sequence: frozenset[str]  # units of sequence a time is counted in: "three laps later"
    person: frozenset[str]  # nouns of people whose ages a list after a comma gives: "the men, 21 and 47,"


@lru_cache(maxsize=1)
def _not_counts() -> _NotCounts:
    """``not_counts.tsv`` compiled: the words that make a number a time, duration, age or id."""
    path = instrument_path(NOT_COUNTS)
    terms: dict[str, list[str]] = {kind: [] for kind in NOT_COUNT_KINDS}
    for row in load_tsv(path, required=("term", "kind")):
        if row["kind"] not in NOT_COUNT_KINDS:
            raise InstrumentError(path, f"kind must be one of {sorted(NOT_COUNT_KINDS)}, not {row['kind']!r}", row=int(row["line"]))
        terms[row["kind"]].append(row["term"].lower())

    def alternation(words: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"[^\S\n]+") for w in sorted(words, key=lambda w: (-len(w), w)))

    def id_list(words: list[str], joiners: str, marks: str) -> re.Pattern[str]:
        """An id's word, then its numbers joined by ``joiners`` (words) or a comma (and ``marks``), up to the number read."""
        return re.compile(rf"(?<![\w])(?:{alternation(words)})[^\S\n]*-?(?:[\d()]+[^\S\n]*(?:,?[^\S\n]*(?:{joiners})|,{marks})?[^\S\n]*)*$", re.IGNORECASE)

    single = [w for w in terms["duration"] if " " not in w]
    before_words = ("aged", "age", "ages", "age of", "ages of", "age to", "age at", "as young as", "as old as", "aged between", "aged from", "aged over", "aged under", "aged up to", "aged about", "aged around", "aged approximately", "aged roughly", "aged nearly", "aged almost", "aged at least", "aged just", "aged only")  # these go before the number
    age_after = [w for w in terms["age"] if w not in before_words]
    age_before = [w for w in terms["age"] if w in before_words]
    return _NotCounts(
        time=re.compile(rf"[^\S\n]*(?:{alternation(terms['time'])})(?![\w])", re.IGNORECASE),
        zone=re.compile(rf"[^\S\n]*(?:{alternation([t.upper() for t in terms['zone']])})(?![\w])"),
        unit=frozenset(single),
        hyphen=re.compile(rf"-(?:{alternation(single + [w.replace(' ', '-') for w in age_after])})(?![\w])", re.IGNORECASE),
        age_before=re.compile(rf"\b(?:{alternation(age_before)})[^\S\n]+$", re.IGNORECASE),
        age_after=re.compile(rf"[^\S\n]*-?(?:{alternation(age_after)})(?![\w])", re.IGNORECASE),
        id_before=id_list(terms["id"], "and|or|&", ""),  # "Sections 75, 78 and 238"
        id_range_before=id_list(terms["id"] + terms["label"], "and|or|&|to|through|thru", "|-"),  # "grades 9 through 12 who"; not "in season 2 to 4.5 million viewers"
        multiplier=re.compile(rf"[^\S\n]+times[^\S\n]+(?:{alternation(terms['multiplier'])})(?![\w])", re.IGNORECASE),
        # a house number: the number, one to three capitalised words, a street's kind in capitals ("45 Oak Avenue", "4 Privet Drive")
        event=re.compile(rf"[^\S\n]+(?:{alternation(terms['event'])})(?![\w-])(?![^\S\n]+[a-z]+s\b)", re.IGNORECASE),  # not "the 12 butterfly species"
        group=frozenset(terms["group"]),
        sequence=frozenset(terms["sequence"]),
        person=frozenset(terms["person"]),
        # an ordinal or a compass point among the words ("408 N. 7th Street"); or none: a numbered street ("137 Avenue
        # and 97 Street", Edmonton's grid), its kind written out and no capitalised word after it but a compass point ("14
        # Avenue South", Lethbridge's grid; "12 St. Louis residents", "400 Street Journal readers" are counts)
        street=re.compile(
            rf"(?:(?:[^\S\n]+(?:[A-Z][\w'\u2019.-]*|\d{{1,3}}(?:st|nd|rd|th)\b)){{1,3}}[^\S\n]+(?:{alternation([t.title() for t in terms['street']])})(?![\w])"
            rf"|[^\S\n]+(?:Street|Avenue|Road|Drive|Boulevard|Highway|Lane)\b(?![^\S\n]+(?!(?:North|South|East|West|N|S|E|W|NE|NW|SE|SW)\b)[A-Z]))"
            rf"(?![^\S\n]+(?!(?:was|has|is)\b)[a-z]+s\b)"  # not "300 Oxford Street shoppers"
        ),
    )


_POSSESSIVE_UNIT = re.compile(r"[^\S\n]+([A-Za-z]+)['\u2019](?![A-Za-z])")


def _duration_phrase(after: str, units: frozenset[str]) -> bool:
    """A time unit as a possessive right after the number: "a few months' time", "five years' jail"."""
    found = _POSSESSIVE_UNIT.match(after)
    return bool(found) and found.group(1).lower() in units


#: A singular unit of time right after a number above one, before the noun it measures: "a three day alcohol
#: ban", "the 24 hour news cycle" (a duration as a modifier written without its hyphen, as "24-hour" is one).
_SPACED_UNIT_OF_TIME = re.compile(r"[^\S\n]+(second|minute|hour|day|night|week|fortnight|weekend|month|year|decade|century)[^\S\n]+[a-z]", re.IGNORECASE)
_A_DETERMINER = re.compile(r"(?:\b(?:an?|the|this|that|its|their|his|her|our|each|every)|\w['\u2019]s|\ws['\u2019])[^\S\n]+$", re.IGNORECASE)


def _spaced_duration(text: str, start: int, end: int, counts: str, units: frozenset[str]) -> bool:
    """A duration as a modifier written without its hyphen: a number, a singular unit of time, then
    the noun it measures, after a determiner or before a singular noun ("implemented a three day
    alcohol ban", "the 24 hour news cycle", "a 10 minute walk", "serve 1 month imprisonment"); not "10
    day trips" (a plural head with no determiner may be counted), nor "one day centre" (written in words, one is a
    compound's first word)."""
    unit = _SPACED_UNIT_OF_TIME.match(text, end)
    if unit is None or text[start:end].lower() in ("a", "an") or not counts or counts.lower() in units:
        return False
    if text[start:end].lower() == "one":
        return False  # "one day centre", "a one day school": a compound's first word (rev25)
    if text[start:end] == "1":
        return not counts.endswith("s") or counts.endswith("ss")  # "serve 1 month imprisonment"; "1 day trips" may be counted
    return (not counts.endswith("s") or counts.endswith("ss")) or _A_DETERMINER.search(text, max(0, start - 12), start) is not None


# URLs, e-mail addresses and phone numbers: no number inside them is a claim.
_ADDRESSES = r"https?://\S+|www\.\S+|\b[\w.-]+@[\w-]+\.[\w.]+|\b[\w-]+\.(?:com|org|net|gov|in|co\.uk|uk|au|news)/\S*"
_PHONES = (
    r"(?<![\w,.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{2,5}(?:[ .-]\d{2,5}){2,}(?![\w,])"
    # a comma closing it ("on 1800 333 000, or online", "058 486 00,"), when it is no amount in spaced thousands ("cost
    # €12 500 000, well over")
    r"|(?<![\w,.$\u00a3\u20ac])(?!\d{1,3}(?:[ ]\d{3})+(?![ .-]?\d))\d{2,5}(?:[ .-]\d{2,5}){2,}(?=,(?!\d))"
    r"|(?<![\w,.])0\d{2,5}[ .-]\d{5,8}(?!\w|,\d)"  # a trunk 0 and area code, then the line: "call 01872 553001"
    # two groups, the second of four digits or more (no thousands group), right after a word that gives a number to call
    # and closing the clause: "reported to 8973 8888.", "contact us on 200 72500 or online"; a year then a count is no
    # phone ("and in 2022 1450."), nor a count with its noun ("In 2021 1200 people died")
    r"|(?:(?<=\bon[ ])|(?<=\bto[ ])|(?<=\bat[ ])|(?<=\bcall[ ])|(?<=\bdial[ ])|(?<=\bring[ ])|(?<=\bphone[ ])|(?<=\btel[ ])|(?<=\bline[ ])|(?<=\bnumber[ ]))"
    r"(?!(?:1[89]|20)\d\d[ ])\d{3,5}[ ]\d{4,8}(?=[^\S\n]*(?:[.,;:)]|$|or\b|and\b))"
    r"|(?<![\w,.])\(\d{1,5}\)[ .-]?\d{3,5}[ .-]\d{3,5}(?![\w,])"  # an area code in brackets, then the line in two groups: "(02) 6049 2600"
    r"|(?<![\w,.])\(0\d{1,4}\)[ .-]?\d{6,8}(?![\w,])"  # a trunk 0's area code in brackets, then the line in one group: "(02) 60492600"
    r"|(?<![\w,.])\(\d{3}\)[ .-]?\d{3}[ .-](?=[A-Z0-9]{4}\b)(?=[0-9]*[A-Z])[A-Z0-9]{4}\b"  # a line spelled in letters: "(502) 574-LMPD"
)
_NO_CLAIM_SPANS = re.compile(f"{_ADDRESSES}|{_PHONES}", re.IGNORECASE)
#: _NO_CLAIM_SPANS where no address can match (a stretch of text without "/", "@" or "www": every
#: address alternative holds one): the same matches, without the addresses' backtracking over every word.
_PHONE_SPANS = re.compile(_PHONES, re.IGNORECASE)


# A street block in an address ("the 700 block of Chambers Street") and an emergency line's
# number ("a 911 call"): names of a place and of a service, not quantities.
_LINE_USE = r"[^\S\n]+(?:emergency[^\S\n]+)?(?:calls?|callers?|dispatchers?|operators?|cent(?:er|re)s?)\b"
# A county's or a state's emergency service named with its line and speaking: "WV 911 says", "Cabell 911 also confirmed" (s1166).
_NAMED_911 = re.compile(r"(?<![\d,.])911[^\S\n]+(?:also[^\S\n]+)?(?:says|said|confirmed|reported|told)\b")
_NAME_BEFORE = re.compile(r"\b(?-i:[A-Z])[\w.'\u2019-]*[^\S\n]+$")  # "a number of 911 emergency calls" (s741)  # what follows an emergency line's number
_ADDRESS_OR_LINE = re.compile(rf"[^\S\n]+block[^\S\n]+of\b|(?<=\b911){_LINE_USE}", re.IGNORECASE)
# A block's number written without "of", in the hundreds at least: before the street ("the 13700 block Hull Street") or
# before the block's letter and the place ("of 175 Block D Bath Settlement"); "a 12 block stretch", "3 Block D apartments"
# and "40 Block C residents" are counts (a second read).
_BLOCK_ADDRESS = re.compile(
    r"[^\S\n]+block[^\S\n]+(?-i:(?:[A-Z](?=[^\S\n]+[A-Z])|[A-Z][a-z]+[^\S\n]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Dr|Boulevard|Blvd|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Highway|Hwy))\b)",
    re.IGNORECASE,
)
BLOCK_ADDRESS_MIN = 100
# A street grid's address: hundreds and a compass point in capitals ("4500 South", "near 700 East and 400
# South", Utah's grid), not people or a region after it ("1,000 South Africans", "400 South Koreans", "200 North of the
# line"), written without a thousands comma, after a place's preposition or with the address going on after it: "The
# vote split 1,250 North and 950 South" and "600 North, 200 South" are tallies (rev23).
_GRID = re.compile(r"(?<=\d[05]0)[^\S\n]+(?:North|South|East|West)\b(?![^\S\n]*(?:of\b|[A-Z]))(?!-)")
#: Two grid coordinates joined by "and" (Utah's addresses), whatever their numbers: "near 6303 North and 4350 West".
_GRID_PAIR = re.compile(r"[^\S\n]+(?:North|South|East|West)[^\S\n]+and[^\S\n]+\d{3,5}[^\S\n]+(?:North|South|East|West)\b(?![^\S\n]*[A-Z])")
_GRID_PLACE_BEFORE = re.compile(r"\b(?:at|near|on|off|between|to|from|closed|blocked)[^\S\n]+(?:(?:approximately|about|around)[^\S\n]+)?(?:\d{3,5}[^\S\n]+(?:North|South|East|West)[^\S\n]+and[^\S\n]+)?$", re.IGNORECASE)
_GRID_ADDRESS_AFTER = re.compile(
    rf"{_GRID_PAIR.pattern}|[^\S\n]+(?:North|South|East|West)[^\S\n]+(?:near|in|at|on|between|and[^\S\n]+[A-Z]\w+[^\S\n]+(?:Street|St|Avenue|Ave|Road|Rd|Drive|Boulevard|Blvd))\b"
)
#: An age range after a list's first ("ages 14 to 25 and 25 to 34"): its numbers are ages too.
_AGE_RANGES_BEFORE = re.compile(
    r"\bage[sd]?[^\S\n]+(?:\d{1,3}[^\S\n]*(?:to|-|\u2013)[^\S\n]*\d{1,3},?[^\S\n]+(?:and|or)[^\S\n]+)+(?:\d{1,3}[^\S\n]*(?:to|-|\u2013)[^\S\n]*)?$",  # "and" or "or" only: "voters ages 18 to 29, 60 to 65 percent" counts (rev52)
    re.IGNORECASE,
)
#: ... the range closing there, as a list's item does (not "40 to 50 sign up each week": a count, rev52): the number opens it
#: (``_RANGE_ON``) or closes it (``_RANGE_SECOND`` before it).
_RANGE_CLOSES = re.compile(r"(?=[,.;)]|[^\S\n]+(?:and|or)\b|[^\S\n]*$)")
_RANGE_ON = re.compile(rf"[^\S\n]*(?:to|-|\u2013)[^\S\n]*\d{{1,3}}\b{_RANGE_CLOSES.pattern}")
_RANGE_SECOND = re.compile(r"(?:to|-|\u2013)[^\S\n]*$")
# Europe's and Britain's lines are counts as often ("112 calls about the noise"): only after an article.
_OTHER_LINE = re.compile(_LINE_USE, re.IGNORECASE)
_ONE_LINE_USE = re.compile(  # singular: one call is no count of 999; "112 call handlers" are people counted (rev26)
    r"[^\S\n]+(?:call|caller|dispatcher|operator)\b(?!s)(?![^\S\n]+(?:handlers?|handling|takers?|cent(?:re|er)s?|volumes?|staff|operators?)\b)",
    re.IGNORECASE,
)


# A number to call or quote ("call North Yorkshire Police on 101, select option 2", "please contact
# 101, quoting log number 45", "dial 999"): a line's number or a log's, not a count. The verb to dial,
# at most four words between (whom to call, "on"), and nothing counted after the number; or "quoting"
# (and the log's name) right before it ("quoting 1747 of November 3").
_DIALLED_BEFORE = re.compile(
    r"\b(?:call|contact|dial|ring|phone|text)(?:s|ing)?\b(?:[^\S\n]+[\w'\u2019-]+){0,4}?[^\S\n]+(?:on[^\S\n]+)?$"
    r"|\b(?:online|website)[^\S\n]+or[^\S\n]+(?:by[^\S\n]+calling[^\S\n]+|via[^\S\n]+|on[^\S\n]+)$", re.IGNORECASE  # "report it online or via 101, quoting"
)
# An emergency line right after the verb to call ("calling 911 was", "calls to 911 reported"): its number, whatever follows.
_EMERGENCY_LINES = frozenset({"911", "999", "112"})
# A menu's option or a phone extension: "call 101, select option 1", "ext. 204".
_OPTION_BEFORE = re.compile(r"\b(?:(?:select|press|choose|pick|dial)[^\S\n]+option|ext\.?|extension)[^\S\n]+$", re.IGNORECASE)
# The day of the month in brackets after the day named, as Sri Lankan and Indian papers print it: "today (10)",
# "Thursday night (9)", "on Monday (14)".
_DAY_BRACKET_BEFORE = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:[^\S\n]+(?:morning|afternoon|evening|night))?)[^\S\n]*\($",
    re.IGNORECASE,
)
_COMPARED = re.compile(r"\b(?:than|compared|against|versus|up from|down from)\b", re.IGNORECASE)


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text of the sentence around a number (from the last full stop before it to the next after it)."""
    left = text.rfind(". ", 0, start)
    right = text.find(". ", end)
    return text[left + 1 if left >= 0 else 0 : right if right >= 0 else len(text)]


_TIMES_AFTER = re.compile(r"[^\S\n]+times\b", re.IGNORECASE)  # "called 911 times in a year" is a count
_CALLED_RIGHT_BEFORE = re.compile(r"\b(?:(?:call|dial|ring|phone|text)(?:s|ing|ed|led|d)?|rang)(?:[^\S\n]+(?:to|on))?[^\S\n]+$", re.IGNORECASE)
_QUOTING_BEFORE = re.compile(  # a log's number, whatever follows; after "quoting" alone, a number of three digits or more
    r"\bquoting(?P<log>[^\S\n]+(?:the[^\S\n]+)?(?:police[^\S\n]+)?(?:(?:log|reference|incident|crime|case|occurrence)[^\S\n]+(?:number|no\.?)|(?:log|reference|ref\.?)))?[^\S\n]+$"
    r"|\b(?:log|reference|incident|crime)[^\S\n]+number[^\S\n]+to[^\S\n]+quote[^\S\n]+is(?P<quote>)[^\S\n]+$", re.IGNORECASE
)
#: A line's number: a short service line ("101", "999", "911") or a phone number of five digits or more; a
#: smaller number after "contact" or "call" is counted ("contact 250, and all were told to isolate").
_LINES = frozenset({"101", "111", "112", "211", "311", "811", "911", "988", "999", "000"})
_DIALLED_AFTER = re.compile(r"[^\S\n]*(?:[,;:)]|\.(?:\s|$)|$)|[^\S\n]+(?:(?:and|or|to|for)\b(?![^\S\n]+\d)|(?:quoting|if|select|option)\b)", re.IGNORECASE)


# The title of a code of laws before its abbreviation: "21 U.S.C. \u00a7 846", "40 CFR 60", "18 USC 1001".
_CODE_TITLE = re.compile(r"[^\S\n]+(?:U\.[^\S\n]?S\.[^\S\n]?C\.?|USC|C\.F\.R\.?|CFR)(?![\w])")


# After "the" and a number, a road or a bus route: "the 405 freeway", "the 38 bus" (singular: "the 40 buses" are counted).
_ROUTE = re.compile(r"[^\S\n]+(?:freeway|motorway|highway|expressway|bus|tram)\b(?![-'\u2019])")


# A compass point's letter and a street's name in capitals after a house number ("at 424 S. Grand", "at 600 N. 27th St."),
# not a people's name ("30 S. Korean soldiers"); read only after "at", "on" or "near".
_COMPASS_STREET = re.compile(
    r"[^\S\n]+(?-i:[NSEW])\.?[^\S\n]+(?!(?:Korean?s?|Africans?|Americans?|Sudan(?:ese)?|Ossetians?|Carolin(?:a|ians?)|Dakota(?:ns?)?|Ireland|Irish|Macedonian?s?)\b)"
    r"(?-i:[A-Z][a-z]+|\d{1,3}(?:st|nd|rd|th))\b(?![^\S\n]+[a-z]+s\b)"  # not "at 40 N. Main farms"
)
_AT_PLACE = re.compile(r"\b(?:at|on|near)[^\S\n]+$", re.IGNORECASE)


# A house number joined to the next by "and" (the street follows the second): "61 and 65 Park Hill Crescent".
_HOUSE_PAIR = re.compile(r"[^\S\n]+(?:and|&)[^\S\n]+\d{1,5}(?=[^\S\n])")
# ... or a list of them, the last before the street: "8444, 8446, 8448, 8454 Highway 93/95", "12, 14 and 16 Elm Street" (the
# eighty-eighth collection, s2003: an evacuation alert's addresses).
_HOUSE_LIST = re.compile(r"(?:[^\S\n]*,[^\S\n]*\d{1,5})+(?:,?[^\S\n]+(?:and|&)[^\S\n]+\d{1,5})?(?=[^\S\n])")
# A street's name alone after a house number, closed by a comma or a full stop: "a vacant house, 712 Buffalo, was reported".
_STREET_NAMED_AFTER = re.compile(r"[^\S\n]+((?-i:[A-Z][a-z'\u2019-]+)(?:[^\S\n]+(?-i:[A-Z][a-z'\u2019-]+))?)(?=[,.;)]|[^\S\n]+(?:and|was|is|were|in|on)\b)")


# A road's marker after its distance: "near the 65 kilometre post", "at the 267-kilometer peg", "the 105 mile marker".
_ROAD_MARKER = re.compile(r"(?:-|[^\S\n]*)(?:km|kms|kilomet(?:re|er)s?|mile)(?:-|[^\S\n]+)(?:peg|post|marker|stone)\b", re.IGNORECASE)


# A road the text has named by its number ("Highway 101", "U.S. Route 219", "Interstate 75", "I-80", "SR 99"), named
# again by that number alone: "on the 101 near Betteravia Road", "backed up onto 219", "southbound 101".
_ROAD_NAMED = re.compile(r"\b(?:(?i:highway|hwy\.?|route|rte\.?|interstate|freeway)|I-|U\.?S\.?|SR|State[^\S\n]+Road)[^\S\n]*(\d{1,4})\b(?![.,]\d)")
_ROAD_AGAIN_BEFORE = re.compile(r"(?:(?<!of )\bthe|\b(?:onto|off|via|take|took)|bound|\b(?:north|south|east|west)(?:bound)?[^\S\n]+on)[^\S\n]+$", re.IGNORECASE)  # not "of the 75, 10 died"
_ROAD_AGAIN_AFTER = re.compile(  # and a road's words after it, or none: not "the 40 people hurt"
    r"[^\S\n]*(?:[^\w\s-]|$)|[^\S\n]+(?:near|at|in|on|between|and|or|was|is|were|had|has|remains?|closed|reopened|which|where|when|"
    r"(?:north|south|east|west)(?:bound)?|off-ramp|on-ramp|ramp|exit|bypass|interchange|corridor|freeway|highway|lanes?)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4)
def _roads_named(text: str) -> frozenset[str]:
    return frozenset(m.group(1) for m in _ROAD_NAMED.finditer(text))


# A US station's call sign before its channel's number: "A witness told WAAY 31 the man hit a mailbox" (s1622). Four
# capitals opening with K or W, as call signs are (not "WHO 5"); channels stop at 99.
_CALL_SIGN_BEFORE = re.compile(r"\b(?-i:[KW][A-Z]{3})[^\S\n]+$")


# A stock's ticker on an exchange: "600875.SS", "0005.HK", "VOD.L" (a Reuters code).
_TICKER = re.compile(r"\.(?:SS|SZ|HK|KS|NS|BO|TO|AX|PA|DE|L|T)\b")


# The second number of a range of ages: "between the ages of five and 17", "aged 55 to 59".
_AGE_RANGE = re.compile(r"\b(?:aged|ages)(?:[^\S\n]+(?:of|between|from))?[^\S\n]+[\w-]+(?:(?:[^\S\n]*,[^\S\n]*\d{1,3}){0,6}[^\S\n]*(?:and|to|or|-|,)|(?:[^\S\n]*,[^\S\n]*\d{1,3}){1,6}[^\S\n]*,[^\S\n]*(?:and|or))[^\S\n]*$", re.IGNORECASE)
# An age after a comma in a list of ages is followed by the list's next comma, "and", "or" or a bracket: "aged 28, 29
# and 31"; "A woman aged 34, 22 passengers and the driver" counts the passengers (rev23).
# (and an id's list ends at its comma when a noun is counted after the number: "At milepost 88, 14 people were hurt")
_COMMA_BEFORE = re.compile(r",[^\S\n]*$")
_AGE_LIST_GOES_ON = re.compile(r"[^\S\n]*(?:,|and\b|or\b|\))")


# A dateline's day before its agency and dash ("Dec 10 (Reuters) - "), and the unit an exchange
# rate is quoted for ("$1=E\u00a318.50", "1 USD = 83 INR").
_DATELINE_DAY = re.compile(r"[^\S\n]*\([A-Z][A-Za-z ]{1,19}\)[^\S\n]*[-\u2013\u2014]")
_RATE_BASE = re.compile(r"[^\S\n]*(?:[A-Z]{3}[^\S\n]*)?=")


# A birthday: "17-year-olds who will turn 18 before November", "she turned 90 on Sunday".
_TURNS = re.compile(r"\bturn(?:s|ed|ing)?[^\S\n]+$", re.IGNORECASE)


# Balls bowled are a cricket innings' clock: "off 43 balls", "from 30 deliveries", "in 12 balls".
_OFF_BALLS = re.compile(r"\b(?:off|from|in|within)[^\S\n]+(?:just[^\S\n]+|only[^\S\n]+)?$", re.IGNORECASE)


# A fraction between a number and its unit: "5 \u00bd years", "2 1/2 years".
_FRACTION_THEN_WORD = re.compile(r"[^\S\n]*(?:[\u00bc-\u00be\u2150-\u215e]|[^\S\n]\d/\d{1,2})[^\S\n]+([A-Za-z]+)")


# Someone named by a noun phrase, then a comma: "The victim, 19, died", "a Paris Saint-Germain player, 24,".
_PERSON_COMMA = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+(?:[\w'\u2019-]+[^\S\n]+){0,4}([a-z][a-z-]+),[^\S\n]*$")
# A clause opened by a preposition ("Of the 40 passengers on board, 12,", "In the first round, 12,"):
# the number after its comma is the subject, a count; not after its comma ("In Leeds, the victim, 19,")
# nor past a verb ("Among the dead was a teacher, 45,").
_OPENING_PREPOSITION = re.compile(
    r"(?:^|[.!?;:(\n][\"\u201d'\u2019]?[^\S\n]*)(?:Of|Out[^\S\n]+of|In|Among|Amongst|From|Across|At|For|During|After|Before|Within|On|By|With|Between)[^\S\n]+(?:(?!\b(?:was|were|is|are|has|have|had)\b)[^.!?;:,\n])*,[^\S\n]*$"
)


def _person_age_comma(before: str) -> bool:
    """Whether ``before`` ends "<a singular person>, " so that a number after it is an age: "The
    victim, 19,", "the driver, 45,"; not after a plural or a group ("Of the hostages, 20,", "the
    crew, 12,"), a share's noun ("The number of dead in the town, 52,"), nor a clause opened by a
    preposition ("Of the 40 passengers on board, 12,", "In the first round of the vote, 12,")."""
    person = _PERSON_COMMA.search(before)
    if not person:
        return False
    head, group = person.group(1).lower(), _not_counts().group
    if head in group or (head.endswith("s") and not head.endswith(("ss", "us", "is"))):
        return False
    clause = re.split(r"[.!?;:(\n]", before)[-1]
    if any(w.lower() in group for w in re.findall(r"\b(?:the|a|an|its|their)[^\S\n]+(?:[a-z]+[^\S\n]+)?([a-z]+)[^\S\n]+of\b", clause, re.IGNORECASE)):
        return False
    opening = _OPENING_PREPOSITION.search(before)
    return opening is None or (opening.start() == 0 and len(before) >= 80 and not before[0].isspace())  # the window's first word may be mid-sentence


# A person's age told with "to be", "now" or "then", or a life's event at it: "when she was 25 and attempted", "since he was 5,", "Reagan, who was 69
# when", "she will be 60 in May", "Mr. Daniloff, now 81 and"; not "we were 11" (a count of people), nor after a name
# ("Singapore was 95,": a reading; "Garland is 63," stays a number).
_WAS_AGE = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|I|who)[^\S\n]+(?:was|is|will[^\S\n]+be|would[^\S\n]+be|(?:would|will)[^\S\n]+have[^\S\n]+been|turned|turns)|,[^\S\n]*(?:now|then))[^\S\n]+(?:just[^\S\n]+|only[^\S\n]+)?$"
    # an age between commas after a person (k15): "Brigitte who, at 65, is", "She, at 94, still drives"; not "The toll, at 65,"
    r"|\b(?:who|[Hh]e|[Ss]he|I),[^\S\n]*at[^\S\n]+$"
    # a life's event at an age (k15): "She had her first child at 17", "joined the army at 18 and retired at 60", "died at 88"
    r"|\b(?:died|dies|retired|retires|married|marries|wed|left[^\S\n]+school|joined|enlisted|debuted|emigrated|graduated|gave[^\S\n]+birth|first[^\S\n]+child|was[^\S\n]+diagnosed|was[^\S\n]+orphaned|was[^\S\n]+widowed)\b(?:[^\S\n]+[a-z]+){0,4}[^\S\n]+at[^\S\n]+$"
)
# A name, then its age between commas and a verb (k15): "Smith, at 72, is the oldest candidate"; not a tally's "Kasich, at 54."
_NAME_AT = re.compile(r"\b[A-Z][a-z]+,[^\S\n]*at[^\S\n]+$")
_AGE_THEN_VERB = re.compile(r"[^\S\n]*,[^\S\n]+(?:is|was|has|had|remains|remained|became|becomes|still|would|will)\b")
# A group of people by age: "voters under 30", "children under five", "people over 65", "Residents over 60 can apply".
_GROUP_BY_AGE = re.compile(
    r"\b(?:voters|people|adults|children|kids|those|women|men|residents|patients|pupils|students|anyone|everyone|girls|boys|pensioners|seniors|citizens|drivers|workers|employees|applicants|users)[^\S\n]+(?:under|over|older[^\S\n]+than|younger[^\S\n]+than|below|above|aged)[^\S\n]+$",
    re.IGNORECASE,
)
# An age told with a contraction, closing its clause: "I have a son and he's 5.", "I'm 76, and I don't ..."; not a record, a
# rank or a place ("he's 9 from 12", "she's 3 and 0", "he's 4 in the world rankings", "I'm 30 in line": a second read).
_CONTRACTED_AGE = re.compile(r"\b(?:[Hh]e|[Ss]he)['\u2019]s[^\S\n]+$|\bI['\u2019]m[^\S\n]+$")
_CLAUSE_END = re.compile(r"[^\S\n]*(?:[.,;!?)]|$)")
_AFTER_AGE = re.compile(r"[^\S\n]*(?:[.,;:!?)\u2014]|$|[^\S\n]+(?:and|when|or|but|so|then|at|in|old|after|before|following|while|from|on)\b)")


# A golf report's words: in its paragraphs a number in brackets after a player's name is a round's score.
_GOLF = re.compile(r"\b(?:birdies?|bogeys?|eagles?|par|pars|under-par|over-par|fairways?|putts?|tee)\b|-under\b", re.IGNORECASE)


def _golf_paragraph(text: str, position: int) -> bool:
    """Whether the paragraph around ``position`` speaks of golf ("Hoffman (65) tied for second at 14-under")."""
    first = text.rfind("\n", 0, position) + 1
    last = text.find("\n", position)
    return _GOLF.search(text, first, len(text) if last < 0 else last) is not None


# The counted word, then "ago", or "later"/"earlier" closing a clause: "three laps later." (not "two people later died");
# with "later"/"earlier" only a unit of time or sequence is a time ("detained two suspects earlier." is a count).
_LATER = re.compile(r"[^\S\n]+([A-Za-z]+)[^\S\n]+(?:(ago)\b|(?:later|earlier)(?=[^\S\n]*(?:[.,;:)]|$)))", re.IGNORECASE)


# A statistic of a population's age, in the same sentence before a number of years.
_AVERAGE_AGE = re.compile(r"\b(?:life[^\S\n]+expectancy|(?:average|median|mean)[^\S\n]+(?:age|lifespan|life[^\S\n]+span))\b(?:(?![.!?]\s)[^\n])*$", re.IGNORECASE)


#: A number word before a bracket: the figure in it repeats the word ("Eighty-six (86) women": two claims, the guide),
#: no age after a name.
_WORD_THEN_BRACKET = re.compile(
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\s](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred|thousand)[^\S\n]*\([^\S\n]*$",
    re.IGNORECASE,
)
_CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")  # "12.00", "08:15"
_AT_HOUR = re.compile(r"\b(?:at|around|about|by|until|till|from|before|after|since)[^\S\n]+$", re.IGNORECASE)  # "at 10 JST"
_SPACED_CLOCK = re.compile(r":[^\S\n]\d\d[^\S\n]*(?:a\.m\.|p\.m\.|am|pm)(?!\w)", re.IGNORECASE)  # "11: 06 a.m."
_DOMAIN_AFTER = re.compile(r"[^\S\n]+[a-z][a-z0-9-]*\.(?:com|org|net|gov|edu|co|io|uk|au|in|news|info)\b(?!-)")  # a web address right after the number
_NOUN_AFTER_BRACKET = re.compile(r"[^\S\n]*\)[^\S\n]+(?!(?:of|the|a|an|and|or|to|in|on|for|by|with|is|was|are|were|has|have|had)\b)[a-z]")


# not_a_count's patterns, compiled once (module-level ``re`` calls look each up in re's cache per call).
_ONE_TWO_DIGITS = re.compile(r"\d{1,2}")
_LIST_BRACKET_CLOSE = re.compile(r"\)[^\S\n]+(?:[A-Z]|(?:to|for|the|a|an|that|in|on|of|by|with|and|or|if|when|we|it|they)\b)")
_NAME_BRACKET_OPEN = re.compile(r"[A-Z][\w'\u2019.-]*[^\S\n]*\($")
_DECIMAL = re.compile(r"\d*\.\d+")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[^\S\n]+$", re.IGNORECASE)
_UP_TO_THREE_DIGITS = re.compile(r"\d{1,3}")
_AGE_RANGE_AFTER = re.compile(r"[^\S\n]*(?:to|and|or|-|\u2013)[^\S\n]*\d{1,3}-years?-olds?\b", re.IGNORECASE)
_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*,[^\S\n]*(?:also[^\S\n]+)?$|\b(?!(?:In|At|On|Of|For|From|By|To|The|And|But|According)\b)[A-Z][\w'\u2019.-]*[^\S\n]+[A-Z][\w'\u2019.-]*[^\S\n],[^\S\n]*$")  # "Laura Taggart, also 12, had" (k16); a comma set off by a space after a full name ("Lokman Salleh , 54,"), not after one word ("In Selangor , 54, new cases", rev23)
# A name in apposition after a person's noun, its age with no closing comma before "and" (k16): "his wife, Uma, 36 and their two kids".
_APPOSITION_NAME_BEFORE = re.compile(r"\b[a-z]+,[^\S\n]*[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*)?,[^\S\n]*$")
_AND_CLAUSE_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+[a-z]")
_COMMA_AFTER = re.compile(r"[^\S\n]*,")
# A list of ages set off by commas after the people it tells ("the men, 21 and 47, were arrested", "the
# couple, 64 and 62, live"): two or more numbers joined by "and", a comma or "respectively" closing it, after a noun of
# not_counts.tsv's kind person; "The two sides' totals, 54 and 49," and "his last two innings, 94 and 12," are counts (rev25).
_AGE_LIST_SPAN = re.compile(
    r"\b(?:[Tt]he|[Tt]wo|[Tt]hree|[Bb]oth|[Hh]is|[Hh]er|[Tt]heir)[^\S\n]+(?:[\w'\u2019-]+[^\S\n]+){0,3}(?P<who>[a-z][a-z-]*),[^\S\n]*"
    r"\d{1,3}(?:[^\S\n]*,[^\S\n]*\d{1,3})*,?[^\S\n]+and[^\S\n]+\d{1,3}(?=[^\S\n]*(?:,|respectively\b))"
)
# The same list after two or more people named ("Mr Patel and Mr Okafor, 52 and 47, were charged"): each with a title, so
# that a tally of parties, clubs or places ("Sinn Fein and Fine Gael, 39 and 38,", "Real Madrid and Atletico Madrid, 35 and
# 11,") stays counted (rev26: two capitalised words name a party or a club as often as a person).
_PERSON_NAMED = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?(?:[^\S\n]+[A-Z][\w'\u2019-]+){1,2}"
_NAMED_AGE_LIST_SPAN = re.compile(
    rf"(?<![\w'\u2019.-]){_PERSON_NAMED}(?:,[^\S\n]*{_PERSON_NAMED})*,?[^\S\n]+and[^\S\n]+{_PERSON_NAMED},[^\S\n]*"
    r"\d{1,3}(?:[^\S\n]*,[^\S\n]*\d{1,3})*,?[^\S\n]+and[^\S\n]+\d{1,3}(?=[^\S\n]*(?:,|respectively\b))"
)
_FULL_NAME_COMMA_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*[^\S\n]+[A-Z][\w'\u2019.-]*,[^\S\n]*$")
#: A vehicle's registration or plate, its letters and numbers up to the number read.
_PLATE_BEFORE = re.compile(
    r"(?:\b(?i:registration|licen[cs]e)[^\S\n]+(?i:number|no\.?|plate|mark)|\b(?i:number[^\S\n]+plate|plate)(?:[^\S\n]+(?i:number|no\.?))?)"
    r"[,:]?[^\S\n]+(?:[A-Z0-9\u2014\u2013-][A-Z0-9\u2014\u2013-]*[^\S\n]+){0,4}$"  # "registration" alone is a count's time: "At registration, 900 Kenyans"
)
_ITEM_END_AFTER = re.compile(r"[^\S\n]*(?:;|\.(?:\s|$))")
#: A sentence of scores, where "Joe Root, 87 and Ben Stokes, 64" are runs, not ages.
_SCORES_WORDS = re.compile(r"\b(?:scor\w*|points?|runs|goals?|rebound\w*|assist\w*|wickets?|yards|votes?|polled|seats?|laps?|shots?|saves?|tackles?|strokes?|par)\b", re.IGNORECASE)
# The list of named people's ages goes on with "and" and the next full name's age: "Simon Peter Ekarot, 27 and Leo
# Kabunga, 40," (s1183), "Eng Siew Hooi, 31 and Leong Man Yuen, 27" (s1209).
_NEXT_NAMED_AGE_AFTER = re.compile(r"[^\S\n]+and[^\S\n]+[A-Z][\w'\u2019.-]*(?:[^\S\n]+[A-Z][\w'\u2019.-]*)+,[^\S\n]*\d{1,3}(?![\d,.]?\d)")
# The youngest's or the oldest's age, nothing counted after it: "The youngest person was 17 and the oldest 63." (s1415)
# A bare "the oldest 63" only after the other's age was told so ("The youngest person was 17 and the oldest 63"); "The
# youngest team had 17 players and the oldest 22" and "The oldest school enrolled 300 and the youngest 120" count.
_EXTREME_AGE = r"\b(?:youngest|oldest)(?:[^\S\n]+(?:person|victim|one|man|woman|boy|girl|child|patient|suspect|member|resident|survivor|of[^\S\n]+them))?[^\S\n]+(?:was|is|being|aged)"
_EXTREME_AGE_BEFORE = re.compile(rf"{_EXTREME_AGE}[^\S\n]*$", re.IGNORECASE)
_EXTREME_AGE_ELLIPSIS = re.compile(rf"{_EXTREME_AGE}[^\S\n]+\d{{1,3}}\b[^.!?\n]*\b(?:and|while|with)[^\S\n]+the[^\S\n]+(?:youngest|oldest)[^\S\n]*$", re.IGNORECASE)
_COMMA_CLAUSE_AFTER = re.compile(r"[^\S\n]*,[^\S\n]+(?:[a-z]|and\b)")
_NAME_BRACKET_BEFORE = re.compile(r"[A-Z][\w'\u2019.-]*[^\S\n]*\([^\S\n]*$")
_BRACKET_CLOSE_AFTER = re.compile(r"[^\S\n]*\)")


def _counted_right_after(text: str, end: int, counts: str) -> bool:
    """Whether the claim's counted noun, a plural, stands within two words after the number ("called 112
    voters", "phoned 999 local households"; not "called 911 himself")."""
    if not counts or not counts.endswith("s") or counts.endswith("ss"):
        return False
    return re.match(rf"(?:[^\S\n]+[\w'\u2019-]+)?[^\S\n]+{re.escape(counts)}\b", text[end : end + 80]) is not None


#: A criminal charge named by its threshold (Canada's Criminal Code): "theft under $5,000", "mischief over $5,000",
#: "possession of property obtained by crime over $5,000" (the eighty-eighth collection, s1998); the amount is the law's.
#: ... the Code's thresholds, as they were and are: "fraud over $40,000 at the church" is an amount (a second read, rev51).
_CHARGE_THRESHOLDS = frozenset({"5,000", "5000", "1,000", "1000", "200"})
_CHARGE_AMOUNT_BEFORE = re.compile(r"\b(?:theft|fraud|mischief|crime)[^\S\n]+(?:over|under)[^\S\n]+\$[^\S\n]?$", re.IGNORECASE)


def not_a_count(text: str, start: int, end: int, counts: str) -> str:
    """Why the number at ``text[start:end]`` (counting ``counts``) is no claim, or ``''``.

    Examples
    --------
    >>> t = "Wujin Cuomao, 68, waited 123 hours; a 58-year-old; Sections 75, 78 and 238; call +91 22 2345 6789 at 0830 UTC."
    >>> [not_a_count(t, t.index(n), t.index(n) + len(n), c) for n, c in (("68", ""), ("123", "hours"), ("58", ""), ("78", ""), ("2345", ""), ("0830", ""))]
    ['age', 'duration', 'duration', 'id', 'phone or url', 'time']
    >>> not_a_count("2,500 troops; 5 \u00bd years", 15, 16, "")
    'duration'
    >>> not_a_count("2,500 troops", 0, 5, "troops")
    ''
    >>> t = "Call North Yorkshire Police on 101, quoting 1747. Police called 40 witnesses. Volunteers call 50 to 60 pensioners."
    >>> [not_a_count(t, t.index(n), t.index(n) + len(n), "") for n in ("101", "1747", "40", "50")]
    ['id', 'id', '', '']
    >>> t = "The paper, quoting 3 senior officials, said so. Tracers managed to contact 250, and all were told to isolate."
    >>> [not_a_count(t, t.index(n), t.index(n) + len(n), "") for n in ("3", "250")]
    ['', '']
    >>> t = "The average age for women is 81.1 years. She served 81 years."
    >>> not_a_count(t, t.index("81.1"), t.index("81.1") + 4, "years"), not_a_count(t, t.rindex("81"), t.rindex("81") + 2, "years")
    ('', 'duration')
    """
    nc = _not_counts()
    number = text[start:end]
    if _ADDRESS_OR_LINE.match(text, end) or _TICKER.match(text, end) or _CODE_TITLE.match(text, end) or nc.street.match(text, end):
        return "id"
    if number.isdigit() and _COMPASS_STREET.match(text, end) and _AT_PLACE.search(text, max(0, start - 12), start):
        return "id"  # a house number, a compass point and the street's name: "located at 424 S. Grand"
    pair = (_HOUSE_PAIR.match(text, end) or _HOUSE_LIST.match(text, end)) if number.isdigit() else None
    if pair and nc.street.match(text, pair.end()):
        return "id"  # the first of two house numbers, or of a list: "both houses, 61 and 65 Park Hill Crescent", "8444, 8446, 8448, 8454 Highway 93"
    named = _STREET_NAMED_AFTER.match(text, end) if number.isdigit() else None
    if named and re.search(rf"\b{re.escape(named.group(1))}[^\S\n]+(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Drive|Dr\.?|Lane|Boulevard|Blvd\.?|Crescent|Court|Way|Place)\b", text):
        return "id"  # a house number on a street the text named with its kind: "the 700 block of Buffalo Street ... a vacant house, 712 Buffalo, was"
    if number in _CHARGE_THRESHOLDS and _CHARGE_AMOUNT_BEFORE.search(text, max(0, start - 24), start):
        return "name"  # a charge's name in Canada's Criminal Code: "theft under $5,000", "property obtained by crime over $5,000"
    if _NAMED_911.match(text, start) and _NAME_BEFORE.search(text, max(0, start - 30), start):
        return "id"  # "Cabell 911 also confirmed a second crash"
    if _BLOCK_ADDRESS.match(text, end) and text[start:end].isdigit() and int(text[start:end]) >= BLOCK_ADDRESS_MIN:
        return "id"
    if end - start >= 3 and number.isdigit() and _GRID_PAIR.match(text, end) and _GRID_PLACE_BEFORE.search(text[max(0, start - 40) : start]):
        return "id"  # a grid address's two coordinates, any number: "threatened three homes near 6303 North and 4350 West" (the ninetieth collection, s2077)
    if _AGE_RANGES_BEFORE.search(text, max(0, start - 60), start) and (_RANGE_ON.match(text, end) or (_RANGE_SECOND.search(text, max(0, start - 4), start) and _RANGE_CLOSES.match(text, end))):
        return "age"  # a later age range of a list: "ages 14 to 25 and 25 to 34" (the ninetieth collection, s2065)
    if end - start >= 3 and text[start:end].isdigit() and _GRID.match(text, end) and (
        _GRID_PLACE_BEFORE.search(text[max(0, start - 40) : start]) or _GRID_ADDRESS_AFTER.match(text, end)
    ):
        return "id"  # a grid address: "closed 4500 South", "4500 South near 700 East"
    if _DOMAIN_AFTER.match(text, end):
        return "phone or url"  # a file's or page's name before a web address: "openingroundup 111017 snocountry.com"
    if nc.event.match(text, end) and text[max(0, start - 4) : start].lower() == "the ":
        return "name"  # a race's name: "the 50 freestyle", "a world record in the 100 butterfly"
    if _ROUTE.match(text, end) and text[max(0, start - 4) : start].lower() == "the ":
        return "id"  # a road's or a bus's number: "the 405 freeway", "the 38 bus"
    if _ROAD_MARKER.match(text, end):
        return "id"  # a road's marker: "near the 65 kilometre post", "the 198 km peg"
    if number.isdigit() and _ROAD_AGAIN_BEFORE.search(text, max(0, start - 16), start) and _ROAD_AGAIN_AFTER.match(text, end) and number in _roads_named(text):
        return "id"  # a road named before by its number: "the 101 near Betteravia Road", "onto 219"
    if number.isdigit() and int(number) <= 99 and _CALL_SIGN_BEFORE.search(text, max(0, start - 6), start) and not _counted_right_after(text, end, counts):
        return "id"  # a station's channel: "told WAAY 31 the man hit a mailbox"
    if _ONE_TWO_DIGITS.fullmatch(text, start, end) and int(text[start:end]) <= 31 and _DATELINE_DAY.match(text, end):
        return "time"  # a dateline's day: "LONDON, Dec 10 (Reuters) - "
    if start and text[start - 1] == "(" and text[end : end + 1] == ")" and _ONE_TWO_DIGITS.fullmatch(text, start, end) and _LIST_BRACKET_CLOSE.match(text[end : end + 8]) and not _NAME_BRACKET_OPEN.search(text[max(0, start - 40) : start]):
        return "id"  # a list marker in brackets: "(1) For Britain to ...", "and (3) for a special committee"; not "(1) count of battery", nor after a name ("Singh (29)", an age)
    if text[start:end] == "12" and _NOON_AFTER.match(text, end):
        return "time"  # "at 12 noon", "12 midnight"; "400 midday meals" are counted (rev25)
    if _unit_named(text, end):
        return "id"  # a military unit's number: "stones hurled at 82 Battalion CRPF camp"
    if _RADIO.match(text, end):
        return "id"  # a radio station's frequency names it: "98.3 FM", "Radio 1 on 97.7FM"
    if _STATION_NEWS.match(text, end):
        return "id"  # a channel's number in a broadcaster's name: "a WAVE 3 News crew"
    if _RATE_BASE.match(text, end):
        return "id"  # the unit an exchange rate is quoted for: "$1=E\u00a318.50", "1 USD = 83 INR"
    if counts.lower() == "times" and (_DECIMAL.fullmatch(text, start, end) or nc.multiplier.match(text, end)):
        return "multiplier"  # "10 times harder", "subscribed 1.75 times"; "cited 208 times" is a count
    if text[start:end] in ("999", "112") and _OTHER_LINE.match(text, end) and (
        _ARTICLE_BEFORE.search(text[max(0, start - 6) : start]) or _ONE_LINE_USE.match(text, end)
    ):
        return "id"  # "a 999 call", "the original 999 caller" (one call or caller: the line's name)
    if number.isdigit() and _OPTION_BEFORE.search(text[max(0, start - 24) : start]):
        return "id"  # "select option 1"
    if (number.isdigit() and int(number) <= 31 and text[end : end + 1] == ")" and _DAY_BRACKET_BEFORE.search(text[max(0, start - 30) : start])
            and not _COMPARED.search(_sentence_around(text, start, end))):
        return "time"  # "with effect from midnight today (10)"; "cases today (28) were lower than yesterday (31)" are counts (rev23)
    if (number in _EMERGENCY_LINES and _CALLED_RIGHT_BEFORE.search(text[max(0, start - 20) : start]) and not _TIMES_AFTER.match(text, end)
            and not _counted_right_after(text, end, counts)):
        return "id"  # "Multiple calls to 911 reported heavy fire"; "called 112 voters" counts them (rev23)
    quoting = _QUOTING_BEFORE.search(text[max(0, start - 40) : start]) if number.isdigit() else None
    if (quoting and (quoting.group("log") or quoting.group("quote") is not None or len(number) >= 3)) or (
        number.isdigit() and (number in _LINES or len(number) >= 5) and _DIALLED_AFTER.match(text, end) and _DIALLED_BEFORE.search(text[max(0, start - 60) : start])
    ):
        return "id"  # a number to call or quote: "call police on 101, quoting log number 45"
    near, far = max(0, start - 40), min(len(text), end + 40)
    window = text[near:far]
    spans = _NO_CLAIM_SPANS if "/" in window or "@" in window or "www" in window.lower() else _PHONE_SPANS
    for span in spans.finditer(text, near, far):
        if span.start() <= start < span.end():
            return "phone or url"
    before, after = text[max(0, start - 80) : start], text[end : end + 24]
    if nc.time.match(after) or _SPACED_CLOCK.match(after):
        return "time"  # "at 5 pm", a clock with a space after its colon: "11: 06 a.m."
    if nc.zone.match(after) and (_CLOCK.fullmatch(number) or (number.isdigit() and int(number) <= 24 and _AT_HOUR.search(before))):
        return "time"  # a clock and its zone: "around 12.00 WIB", "at 10 JST"; "40 MSK physiotherapists" count (rev41)
    later = _LATER.match(text, end) if counts else None
    if later and text[end:].lstrip(" \t").startswith(counts) and (later.group(2) or later.group(1).lower() in nc.sequence or later.group(1).lower() in nc.unit):
        return "time"  # a time counted in something else: "three laps later,", "two games later.", "four elections ago"
    money = _CURRENCY.search(before[-12:]) is not None  # "Rs 6,000 each year" is an amount, not a duration (the sign or code ends the text before)
    fraction = _FRACTION_THEN_WORD.match(after)
    if not money and (counts.lower().rstrip("'") in nc.unit or nc.hyphen.match(after) or _duration_phrase(after, nc.unit) or (fraction and fraction.group(1).lower() in nc.unit) or _spaced_duration(text, start, end, counts, nc.unit)):
        if counts.lower() == "years" and _AVERAGE_AGE.search(text, max(0, start - 80), start):
            return ""  # a population's average age is a figure, not a time span: "The average age for women is 81.1 years"
        return "duration"
    if counts.lower() in ("balls", "deliveries") and _OFF_BALLS.search(before):
        return "duration"  # a cricket innings' clock, as overs are: "84 off 43 balls", "in 30 deliveries"
    written = text[start:end]
    small = _UP_TO_THREE_DIGITS.fullmatch(written) is not None and int(written) <= OLDEST_AGE
    age_in_list = small and _AGE_RANGE.search(before) is not None and (not _COMMA_BEFORE.search(before) or _AGE_LIST_GOES_ON.match(after) is not None)
    if nc.age_before.search(before) or nc.age_after.match(after) or (small and (age_in_list or (not counts and _TURNS.search(before)))):
        return "age"
    if small and (not counts or counts[0].isupper()) and _GROUP_BY_AGE.search(before):
        return "age"  # a group of people by age, whatever follows: "voters under 35 have", "Men under 35 support Sanders"
    if small and not counts and ((_AFTER_AGE.match(after) and _WAS_AGE.search(before)) or (_NAME_AT.search(before) and _AGE_THEN_VERB.match(after))):
        return "age"  # "when she was 25 and", "I was 12." (a person's age with no noun after it)
    if small and not counts and _CONTRACTED_AGE.search(before) and _CLAUSE_END.match(after):
        return "age"  # "he's 5.", "I'm 76," (its clause ends with it)
    if small and _AGE_RANGE_AFTER.match(after):
        return "age"  # the first age of a range: "18 to 20-year-olds"
    if small and counts.lower() in ("", "respectively") and any(
        span.start() < start and end <= span.end() and span.group("who").lower() in nc.person for span in _AGE_LIST_SPAN.finditer(text, max(0, start - 80), min(len(text), end + 24))
    ):
        return "age"  # "the men, 21 and 47, were arrested"
    if small and counts.lower() in ("", "respectively") and any(
        span.start() < start and end <= span.end() for span in _NAMED_AGE_LIST_SPAN.finditer(text, max(0, start - 100), min(len(text), end + 24))
    ):
        return "age"  # "Mr Patel and Mr Okafor, 52 and 47, were charged"
    if small and (
        (_NAME_COMMA_BEFORE.search(before) and _COMMA_AFTER.match(after))
        # in a list ("Jonathan Tieu, 20; Bac Tien Duong, 43."), a person's full name: a tally names parties ("Labour, 41;")
        or (_FULL_NAME_COMMA_BEFORE.search(before) and (_ITEM_END_AFTER.match(after) or (
            not counts and _NEXT_NAMED_AGE_AFTER.match(after) and not _SCORES_WORDS.search(_sentence_around(text, start, end)))))
        or (not counts and (_EXTREME_AGE_BEFORE.search(before) or _EXTREME_AGE_ELLIPSIS.search(before)) and _AFTER_AGE.match(after))
        or (not counts and _APPOSITION_NAME_BEFORE.search(before) and _AND_CLAUSE_AFTER.match(after))
        or (not counts and _COMMA_CLAUSE_AFTER.match(after) and _person_age_comma(before))  # "The victim, 19, died"
        or (_NAME_BRACKET_BEFORE.search(before) and _BRACKET_CLOSE_AFTER.match(after) and not _golf_paragraph(text, start) and not (_WORD_THEN_BRACKET.search(before) and _NOUN_AFTER_BRACKET.match(after)))
    ):
        return "age"  # "Wujin Cuomao, 68, and", "Sunny (46)"; in a golf report "Charley Hoffman (65)" is a score
    if (not counts or counts[0].isupper()) and _PLATE_BEFORE.search(before):
        return "id"  # a vehicle's registration: "registration number, AS-28C 9461, was identified" (s1545), "number GG 1887 \u2014 21" (s031)
    if (nc.id_before.search(before) and not (counts and _COMMA_BEFORE.search(before))) or ((ranged := nc.id_range_before.search(before)) and not _counts_things(counts) and _id_range_end(ranged.group(), text[start:end])):
        return "id"  # "Section 67", "Sections 75, 78 and 238"; with no plural noun after: "grades 9 through 12", "bylaw 1092", "grades 6-8 return"
    return label_reason(text, start, end, counts)  # a banknote's denomination, a numbered part of a series, a band of ranks


#: An id's range spans at most this many numbers ("grades 9 through 12", "Sections 75 to 78"); a number further
#: on after "to" is what the id came to ("junctions 10 and 12 to 50mph", "episode 3 to 6.2 million").
ID_RANGE_SPAN = 20
_CHAINED_BEFORE = re.compile(r"(\d+)[^\S\n]*(?:to|through|thru|-)[^\S\n]*$", re.IGNORECASE)


def _id_range_end(before: str, number: str) -> bool:
    """Whether ``number``, after an id's (or label's) words and numbers ``before``, is one of its numbers: a
    range's end is a whole number up to ``ID_RANGE_SPAN`` past the number before "to", "through" or the dash."""
    chained = _CHAINED_BEFORE.search(before)
    if chained is None:
        return True  # "bylaw 1092", "grades 9 and 10"
    return number.isdigit() and 0 < int(number) - int(chained.group(1)) <= ID_RANGE_SPAN


def _counts_things(counts: str) -> bool:
    """Whether a number's counted word is a plural noun ("4.5 million viewers", "10 people"): after an id's
    range or a label ("Stage 3 to 10 people", "Under the bylaw 30 trees") it is a count; a verb read as the
    counted word ("grades 6-8 return on Monday") is none."""
    word = counts.lower()
    return bool(word) and ((word.endswith("s") and not word.endswith("ss")) or word in _phrase_plurals())


@lru_cache(maxsize=1)
def _phrase_plurals() -> frozenset[str]:
    from .claims_phrase import _phrase_words  # imported here: claims_phrase is read by the claims modules that read this one

    return _phrase_words().plurals


#: The oldest age a person is known to have reached (122, Jeanne Calment, 1997): a number above it
#: is never a person's age, one up to it may be ("she was 122 when she died"; the pages' guide: "117" is an age).
OLDEST_AGE = 122

_COUNTER_NOUNS = r"(?:comments?|responses?|replies|views|shares|likes|reactions|images|photos|pictures|slides)"
# The number's digits and separators are taken possessively (``*+``): the marks after it ("[^\w\n]*") also match
# "," and ".", and a run of them shared back and forth was quadratic ("5" and 20,000 dots: 3.9 s; review 13).
_COUNTER_LINE = re.compile(
    rf"[^\w\n]*[-+\u2212]?\d[\d,.]*+[kKmM]?%?[^\w\n]*"  # a number alone: "47383", "85%"
    rf"|[^\w\n]*(?:[A-Za-z]+[^\w\n]*)?\d[\d,.]*+[kKmM]?[^\S\n]+{_COUNTER_NOUNS}[^\w\n]*",  # a counter: "0 comments", "Slideshow ( 6 images )"
    re.IGNORECASE,
)
#: Twelve o'clock told in words: "12 noon", "12 midnight".
_NOON_AFTER = re.compile(r"[^\S\n]+(?:noon|midnight|midday)\b", re.IGNORECASE)
#: A military unit named by its number: "82 Battalion", "2 Squadron", "45 Commando", "3 Para", "16 Air Assault Brigade" (the word in
#: capitals and singular, and the unit's name ends there: punctuation, an acronym ("82 Battalion CRPF camp"), a verb in -ed or a
#: function word after it; "5 battalions", "12 Brigade crews", "60 Fire Brigade personnel", "10 Division One titles" are counted; rev26).
_UNIT_NAME_AFTER = re.compile(
    r"(?:[^\S\n]+[A-Z][a-z]+){0,2}[^\S\n]+(?:Battalion|Regiment|Brigade|Squadron|Commando|Para|PARA|Rifles|Division|Bn|Bde|Sqn|Cdo)\b(?!s)"
)
#: What may follow a unit's name: punctuation or the text's end, an acronym, a function word, a verb in -ed, the unit's place
#: or commander ("the 44 Battalion camp").
_UNIT_NAME_END = re.compile(
    r"[^\S\n]*(?:[^\w\s]|$)|[^\S\n]+(?:[A-Z]{2,}\b|[a-z]+ed\b|(?:and|or|of|in|at|on|from|to|was|were|is|are|has|have|had|will|would|"
    r"said|says|who|which|that|the|a|an|with|for|as|by|camp|base|barracks|headquarters|commander|post|area|lines)\b)"
)


def _unit_named(text: str, end: int) -> bool:
    """Whether a military unit's name follows the number at ``end`` and ends there (:data:`_UNIT_NAME_AFTER`,
    :data:`_UNIT_NAME_END`, or an irregular verb's past: "45 Commando took part", "16 Air Assault Brigade flew")."""
    found = _UNIT_NAME_AFTER.match(text, end)
    if not found:
        return False
    if _UNIT_NAME_END.match(text, found.end()):
        return True
    word = re.match(r"[^\S\n]+([a-z]+)\b", text[found.end() : found.end() + 30])
    return word is not None and word.group(1) in irregular_pasts()
_RADIO = re.compile(r"[^\S\n]*(?:FM|DAB)\b")
_STATION_NEWS = re.compile(r"[^\S\n]+News\b(?![^\S\n]+[a-z]+s\b)")  # a broadcaster named by its channel: "a WAVE 3 News crew", "7 News Belize"
_READING_TIME = re.compile(r"[^\S\n]*min(?:ute)?s?\.?[^\S\n]+read\b", re.IGNORECASE)  # "8 min read": a page's reading time, wherever it stands


def page_counter(text: str, start: int) -> bool:
    """Whether the number at ``start`` stands alone on its line, or with a page's counter noun
    ("47383", "0 comments", "Slideshow ( 6 images )", "2.4k shares"), or gives a reading time
    anywhere ("October 30, 2023 8 min read"): a widget's count, a page number or a byline's, never
    a figure of the report (no labelled page lists one; every such line is furniture). For many
    numbers of one text, :class:`CounterLines` reads each line once.

    Examples
    --------
    >>> [page_counter(t, t.index("4")) for t in ("Share\\n47383\\nNext", "0 comments\\n4 Min Read", "Police said 4 died", "4", "the post drew 4 comments")]
    [True, True, False, True, False]
    """
    return CounterLines(text)(start)


class CounterLines:
    """:func:`page_counter` for the numbers of one text, each line read once: its bounds are found
    by bisection among the text's line breaks (listed on first use) and whether it is a counter
    line is kept per line, so a line of many numbers costs its length once, not once per number
    (4,000 numbers after a run of 100,000 dashes: 67 s when each number read its line, 1 s now).

    Examples
    --------
    >>> counter = CounterLines("Share\\n47383\\nPolice said 4 died, 12 hurt")
    >>> [counter(i) for i in (6, 24, 33)]
    [True, False, False]
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._breaks: list[int] | None = None
        self._lines: dict[int, bool] = {}

    def __call__(self, start: int) -> bool:
        text = self.text
        number = re.match(r"[\d,.]+", text[start : start + 40])
        if number and _READING_TIME.match(text, start + number.end()):
            return True
        if self._breaks is None:
            self._breaks = [m.start() for m in re.finditer("\n", text)]
        i = bisect.bisect_left(self._breaks, start)  # the first line break at or after the number
        if i not in self._lines:
            first = self._breaks[i - 1] + 1 if i else 0
            last = self._breaks[i] if i < len(self._breaks) else len(text)
            self._lines[i] = _COUNTER_LINE.fullmatch(text, first, last) is not None
        return self._lines[i]
