"""Numbers that label a thing rather than count it: a banknote's denomination, a numbered part of a series, a band of ranks, a list's marker.

:func:`analysis.claims_filters.not_a_count` asks :func:`label_reason` about every number it keeps;
each kind is one the pages' labelling guide names, found by its form and never by a page's wording:

- a **denomination**: money right before "note", "bill", "coin" or "banknote" ("the new £5 note",
  "a $20 bill", "Rs 500 and Rs 1,000 notes", "a 50p coin"): the guide, "a banknote's
  denomination ('the £5 note', 'a polymer £10 note') is the note's name, not a claim", and so is
  "a plastic £20" standing for the note ("a plastic £20 will be in your hands"). Only a
  denomination's value (1, 2 or 5 times a power of ten, or 25) with no scale: "a $300 bill from
  the hospital" and "$500 million notes" are amounts;
- a **numbered part of a series**: "Day 9 of the fiesta", "It's day seven of", "Game 7",
  "on night two of the convention", "Week 12 saw": the part's number is its name, as "round 3"
  and "stage 4" are (``not_counts.tsv``'s ids); only when no noun follows ("the day three people
  died" counts people) and no determiner makes the word a time ("last week 12 of them");
- a **band of ranks**: "top" and a number before a noun after a determiner ("the top three
  winners", "a top 10 finish", "the number of top 200 universities"): the guide, "'the top
  three winners' ... a band of ranks (not listed)"; not "top" as a verb ("could top 10,000
  people"), and "the top three" with no noun stays as :func:`analysis.claims_words.word_counts`
  reads it;
- a **list's item number** inside a sentence ("two reasons: 1) the cost rises, and 2) nobody
  maintains it"): a marker, as "(1)" and a line's "1." are; a **version** after a name ("Web 2.0",
  "Guccifer 2.0": one digit and ".0", no figure after it); "a pair of" **one thing named in the
  plural** ("a pair of jeans", "a pair of flat shoes"), where "a pair of senators" counts two; a
  book of the Bible known by its number ("2 Timothy 3:1-5").

Examples
--------
>>> t = "It's day seven of the fiesta; the new £5 note; the top three winners; the day three people died"
>>> [label_reason(t, t.index(n), t.index(n) + len(n), c) for n, c in (("seven", "fiesta"), ("5", "note"), ("three", "winners"), ("three people", "people"))]
['id', 'denomination', 'rank', '']
>>> label_reason("", 0, 0, "")
''
"""
from __future__ import annotations

import re

_SP = r"[^\S\n]"
#: Money's sign or code right before the number: the one definition, which :mod:`analysis.claims_filters` re-exports for the claims modules.
_CURRENCY = re.compile(
    r"(?:\b(?:rs|inr|usd|eur|gbp|chf|jpy|cny|rmb|hkd|sgd|aud|cad|nzd|zar|kes|ksh|ngn|ghs|pkr|bdt|lkr|npr|myr|idr|php|thb|vnd|krw|egp|aed|sar|qar|kwd|omr|bhd|tk"
    r"|us\$|a\$|c\$|s\$|hk\$|nz\$)\.?|[$\u00a3\u20ac\u20b9\u00a5\u20a6\u20b1\u20a9\u20ba\u20a8\u00a2])[^\S\n]*$",
    re.IGNORECASE,
)
#: After a denomination's number: its small unit written onto it ("50p", "25c"), more denominations
#: joined by "and"/"or"/commas ("Rs 500 and Rs 1,000"), then the note's or coin's word.
_NOTE_AFTER = re.compile(
    rf"(?:p|c|{_SP}*(?:cents?|pence|paise))?"
    rf"(?:{_SP}*(?:,|and|or|&|/){_SP}*(?:(?:rs|inr|usd|eur|gbp)\.?{_SP}*|[$\u00a3\u20ac\u20b9\u00a5\u20a6\u20b1\u20a9\u20ba\u20a8]{_SP}*)?\d{{1,3}}(?:,\d{{3}})*(?:p|c)?){{0,6}}"
    rf"(?:{_SP}+|-)(?:(?!(?:in|of|and|or|worth|to|for|with|from|on|at|by|as)\b)[a-z]+{_SP}+)?(?:bank)?(?:notes?|bills?|coins?)\b(?!-)",
    re.IGNORECASE,
)
_DENOMINATIONS = frozenset({1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000, 2000, 5000, 10000})
_WORDS = {"one": 1, "two": 2, "five": 5, "ten": 10, "twenty": 20, "fifty": 50, "hundred": 100}
#: A series' part before its number: "Day 9", "day seven", "Game 7", "night two", "Week 12", "Leg 3", "Part 2", "Act 3", "heat 4".
_PART_BEFORE = re.compile(rf"(?:^|(?<=[^\w'\u2019-]))(?P<pre>[A-Za-z'\u2019]+{_SP}+)?(?P<part>day|night|week|game|match|leg|part|act|heat|set|frame|double|treble){_SP}+$", re.IGNORECASE)
#: Parts' words that are verbs or adjectives too ("Lawmakers set 18 as the minimum age", review16): a part only written
#: with a capital ("Set 3", "Frame 4") or after a match's preposition or verb ("in set 3", "on double 16", "went for
#: treble 20", "won set 2"), and never before "as" or "to" ("set 2,000 as the daily limit").
_VERB_PARTS = frozenset({"set", "frame", "double", "treble"})
_SPORT_BEFORE_PART = frozenset({"in", "on", "at", "for", "won", "lost", "took", "hit"})
_AS_OR_TO = re.compile(rf"{_SP}+(?:as|to)\b")
#: Words before the part's word that make it a time or a count, not a name: "last week 12 of them", "every day 40".
_NOT_A_PART = frozenset({"the", "a", "an", "this", "that", "last", "next", "every", "each", "per", "same", "one", "any", "some", "previous", "following", "whole", "entire", "all", "first", "final", "single", "working", "school", "to", "will", "would", "can", "could", "must", "should", "may", "might"})  # and a verb's: "pledged to match 5,000."
#: After the part's number: nothing it counts (a mark, the end, a function word or a capital).
_PART_AFTER = re.compile(
    rf"{_SP}*(?:[.,;:!?)\u2014\u2013]|$)|{_SP}+(?:(?:of|at|in|on|and|or|was|is|will|saw|as|when|where|with|for|to|the|but|from|after|before|has|had|began|ended|kicks|starts)\b|[A-Z])",
)
_RANKED = re.compile(rf"\b(?:ranked|seeded){_SP}+$", re.IGNORECASE)
#: "top" before the number after a determiner, a possessive or "of"/"in"/"among": a band of ranks.
_TOP_BEFORE = re.compile(rf"(?:^|(?<=[\n.!?:;\"\u201c(]))[^\S\n]*[Tt]op{_SP}+$|\b(?:the|a|its|their|his|her|our|these|those|of|in|among|\w+['\u2019]s?){_SP}+[Tt]op{_SP}+$", re.IGNORECASE)

#: "a" (and one adjective) before a denomination's sign, and a verb or a clause's end after its number: the note itself
#: ("by 2020, a plastic £20 will be in your hands"; not "a £20 fine", which counts a fine).
_A_NOTE_BEFORE = re.compile(rf"\b[Aa](?:{_SP}+[a-z]+)?{_SP}+(?:[$\u00a3\u20ac\u20b9\u00a5\u20a6\u20b1\u20a9\u20ba\u20a8]|rs\.?{_SP}*)$")
_A_NOTE_AFTER = re.compile(rf"{_SP}*(?:[.,;:!?)]|$|{_SP}+(?:will|would|is|was|has|had|can|could|note|bill|coin|banknote)\b)")


def _denomination(text: str, start: int, end: int, counts: str) -> bool:
    """Whether the money at ``text[start:end]`` names a note or a coin: a denomination's value, then the
    note's word (through a short list of more denominations), or "a" before it and no noun after it."""
    if not _CURRENCY.search(text, max(0, start - 8), start) and not re.match(r"[pc](?![\w])", text[end : end + 2]):
        return False  # money's sign before, or its small unit written onto it ("a 50p coin")
    written = text[start:end].replace(",", "").lower()
    value = int(written) if written.isdigit() else _WORDS.get(written)
    if value not in _DENOMINATIONS:
        return False
    if _NOTE_AFTER.match(text, end) is not None:
        return True
    return not counts and _A_NOTE_BEFORE.search(text, max(0, start - 24), start) is not None and _A_NOTE_AFTER.match(text, end) is not None


#: Things named in the plural that "a pair of" makes one of ("a pair of jeans", "a pair of scissors"): no count of two.
_ONE_THING_IN_PAIRS = frozenset({
    "jeans", "trousers", "pants", "shorts", "tights", "leggings", "pyjamas", "pajamas", "briefs", "knickers", "overalls",
    "glasses", "sunglasses", "spectacles", "goggles", "binoculars", "scissors", "shears", "pliers", "tweezers", "tongs",
    "handcuffs", "headphones", "earphones", "earbuds", "dentures", "shoes", "boots", "sneakers", "trainers", "sandals",
    "slippers", "socks", "stockings", "gloves", "mittens", "earrings", "skis", "skates", "crutches", "chopsticks",
})
_PHRASE = re.compile(r"[^\S\n]+([A-Za-z'\u2019-]+)")


def _one_thing(text: str, end: int) -> bool:
    """Whether one of the four words after "a pair of" (ending at ``end``) names a thing in the plural that a pair is one of."""
    words = []
    at = end
    for _ in range(4):
        word = _PHRASE.match(text, at)
        if word is None:
            break
        words.append(word.group(1).lower())
        at = word.end()
    return any(word in _ONE_THING_IN_PAIRS for word in words)


#: A list's item number inside a sentence, closed by its bracket: "1) registers the meaning, 2) realizes".
_MARKER_AFTER = re.compile(rf"\){_SP}+[A-Za-z]")


def _list_marker(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is a list's item number inside a sentence ("Clinton 1)
    registers the meaning, 2) realizes their implications"; "a tax; 2) it drives"): one or two digits up
    to 20, a closing bracket and a word after it, and no bracket opened before it in its paragraph
    ("(the toll rose to 12) and" closes a bracket)."""
    written = text[start:end]
    if not (written.isdigit() and len(written) <= 2 and int(written) <= 20) or not _MARKER_AFTER.match(text, end):
        return False
    if start and not text[start - 1].isspace():
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    window = text[max(paragraph, start - 200) : start]
    return window.count("(") <= window.count(")")


#: Books of the Bible known by their number ("2 Timothy", "1 Corinthians", "2 Kings"): the number is part of the name.
_NUMBERED_BOOKS = frozenset({"Timothy", "Corinthians", "Kings", "Samuel", "Chronicles", "Peter", "John", "Thessalonians", "Maccabees", "Esdras"})
#: After the book's name: a chapter, a clause's end or a lower-case word ("2 Timothy 3:1-5", "in 2 Timothy that"; not "2 Kings Cross tickets").
_BOOK_AFTER = re.compile(rf"{_SP}+[A-Z][a-z]+(?:{_SP}+\d|{_SP}*[,.;:)!?]|{_SP}*$|{_SP}+[a-z])")
#: A version's number after a name: "Web 2.0", "Industry 4.0", "Green 2.0 is a campaign".
_VERSION_NAME = re.compile(r"[A-Z][A-Za-z]+[^\S\n]+$")  # one digit, ".0", no figure after it (a table's row: "Huawei 52.0 14.6%")


#: A row of a numbered list: its place, a space and a capital ("1 Donald Trump.", "2 Ted Cruz.").
_ROW_OPENING = re.compile(rf"\d{{1,2}}{_SP}+[A-Z]")


def _numbered_row(text: str, start: int, end: int) -> bool:
    r"""Whether the number at ``text[start:end]`` opens a row of a numbered list: it opens its
    paragraph, a capital follows it, and the paragraph before or after opens with the place before or
    after it the same way ("Rankings did not change:" / "1 Donald Trump." / "2 Ted Cruz."). A place in
    a ranking is no count, as a line's "1." is not.

    >>> rows = "Rankings did not change:\n\n1 Donald Trump.\n\n2 Ted Cruz."
    >>> _numbered_row(rows, rows.index("1"), rows.index("1") + 1), _numbered_row(rows, rows.index("2"), rows.index("2") + 1)
    (True, True)
    >>> text = "Rescuers worked all night.\n\n3 Miners were brought out alive on Monday."
    >>> _numbered_row(text, text.index("3"), text.index("3") + 1)
    False
    """
    written = text[start:end]
    if not written.isdigit() or len(written) > 2 or not _ROW_OPENING.match(text, start):
        return False
    opening = text.rfind("\n", 0, start) + 1
    if text[opening:start].strip():
        return False
    place = int(written)
    closing = text.find("\n", end)
    if closing >= 0:  # the next paragraph, blank lines skipped
        gap = _BLANK.match(text, closing)
        if _row_of(text, gap.end(), place + 1):
            return True
    previous = text[max(0, opening - 300) : opening].rstrip().rsplit("\n", 1)[-1]  # a row is short
    return place > 0 and _row_of(previous, 0, place - 1)


_BLANK = re.compile(r"\s*")

#: A row of a ranked list run into one paragraph (k17): after a colon or a semicolon, its place, a space and a capital
#: ("Results: 1 Keith Preston (Stow) with Nip, 88/100pts; 2 Bill Elliot (Yetholm) Moss, 86; 3 ...").
_INLINE_ROW_BEFORE = re.compile(rf"[:;]{_SP}*$")
#: The place and a name of two words or a name and its bracket ("1 Keith Preston", "2 Bill Elliot", "4 Mark (Lazonby)"):
#: "1 American; 2 Britons" is a tally of people.
_INLINE_ROW = re.compile(rf"\d{{1,2}}{_SP}+[A-Z][\w'\u2019.-]*{_SP}+[A-Z(]")


def _inline_row(text: str, start: int, end: int) -> bool:
    r"""Whether the number at ``text[start:end]`` is a place in a ranked list written as one paragraph (k17): it
    stands right after a colon or a semicolon with a capital after it, and the same paragraph has the next place
    after its next semicolon, or the place before after a colon or semicolon before it, the same way. A results
    list's places are ranks, as a list's rows are (:func:`_numbered_row`); its scores stay counts.

    >>> t = "Results: 1 Keith Preston (Stow) with Nip, 88/100pts; 2 Bill Elliot (Yetholm) Moss, 86; 3 John Foster, 86."
    >>> [_inline_row(t, t.index(n), t.index(n) + 1) for n in ("1 K", "2 B", "3 J")]
    [True, True, True]
    >>> [_inline_row(t, t.index(n), t.index(n) + 1) for t, n in (("The toll: 3 Britons died; 4 Germans were hurt.", "3"), ("Killed: 1 American; 2 Britons.", "2"))]
    [False, False]
    """
    written = text[start:end]
    if not written.isdigit() or len(written) > 2 or not _INLINE_ROW.match(text, start) or not _INLINE_ROW_BEFORE.search(text, max(0, start - 4), start):
        return False
    place = int(written)
    opening = text.rfind("\n", 0, start) + 1
    closing = text.find("\n", end)
    closing = len(text) if closing < 0 else closing
    after = text.find(";", end, closing)
    if after >= 0:
        at = _BLANK.match(text, after + 1).end()
        if text.startswith(str(place + 1), at) and _INLINE_ROW.match(text, at):
            return True
    if place <= 1:
        return False
    previous = re.compile(rf"[:;]{_SP}*{place - 1}{_SP}+[A-Z][\w'\u2019.-]*{_SP}+[A-Z(]")
    return previous.search(text, opening, start) is not None


def _row_of(text: str, at: int, place: int) -> bool:
    """Whether ``text`` at ``at`` opens the numbered row ``place``: the number, a space, a capital."""
    written = str(place)
    return text.startswith(written, at) and bool(_ROW_OPENING.match(text, at)) and not text[at + len(written)].isdigit()

#: A match's score told in its units (k16): "beat him by 7 sets to 6", "won 10 frames to 8", "3 games to 1"; the
#: first number at least the second, both small, and no "from" before ("from 7 sets to 9" is a change).
_SCORE_UNITS = r"(?:sets?|frames?|legs?|games?|goals?)"
_SCORE_AFTER = re.compile(rf"{_SP}+{_SCORE_UNITS}{_SP}+to{_SP}*(\d{{1,2}})(?![\w.,%]|{_SP}+(?:per|points?|sets?|frames?|games?|goals?)\b)", re.IGNORECASE)
_SCORE_BEFORE = re.compile(rf"(?<![\d.,])(\d{{1,2}}){_SP}+{_SCORE_UNITS}{_SP}+to{_SP}*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(rf"\bfrom{_SP}+$", re.IGNORECASE)


def _match_score(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` is one side of a score written with its unit and "to":
    "by 7 sets to 6" (both numbers), "10 frames to 8"; not "from 7 sets to 9", nor "3 goals to 5" (a rise)."""
    written = text[start:end]
    if not written.isdigit() or len(written) > 2:
        return False
    after = _SCORE_AFTER.match(text, end)
    if after:
        return int(written) >= int(after.group(1)) and not _FROM_BEFORE.search(text, max(0, start - 6), start)
    before = _SCORE_BEFORE.search(text, max(0, start - 24), start)
    return bool(before) and int(before.group(1)) >= int(written) and not _FROM_BEFORE.search(text, max(0, before.start() - 6), before.start())


#: A position on a course by its distance from the start (k16): "Approaching the 23-mile mark", "at the 10km marker",
#: "the 30-kilometre point": a place, as a lap is the race's clock; the guide: "'the 23-mile mark' is a position on the course".
_COURSE_MARK = re.compile(rf"-?{_SP}*(?:miles?|km|kilomet(?:re|er)s?|met(?:re|er)s?|m|yards?|k){_SP}+(?:mark|marker|point)\b(?!{_SP}+of\b)", re.IGNORECASE)

#: A product's version after its name (k16): "Windows 8.1", "iOS 17.2", "Android 4.4": one or two digits, a point, one or
#: two digits, nothing counted after it; the name not opening a sentence ("Kenya 8.1." closing a table's row is rare,
#: "In 8.1" is no name).
_VERSION_BEFORE = re.compile(rf"\b[a-z][a-z'\u2019]*{_SP}+(?P<name>(?=[a-z]{{0,2}}[A-Z])[A-Za-z0-9]{{2,}}){_SP}+$")  # "as Windows 8.1", "to iOS 17.2"
#: The name must be shaped as a product's (review16: "for India 6.5 and China 4.8" are figures): mixed case ("iOS",
#: "macOS"), a digit, or a known product's name.
_PRODUCTS = frozenset({"windows", "android", "linux", "ubuntu", "debian", "fedora", "chrome", "firefox", "safari", "python", "java", "php", "perl", "ruby", "rails", "django", "wordpress", "drupal", "bluetooth", "unicode", "html", "http", "usb", "office", "excel", "photoshop", "xcode", "swift", "kotlin", "mysql", "postgresql"})
_MIXED_CASE = re.compile(r"[a-z][A-Z]")


def _product_name(name: str) -> bool:
    return name.lower() in _PRODUCTS or _MIXED_CASE.search(name) is not None or any(c.isdigit() for c in name)


def _money_before(text: str, start: int) -> bool:
    """A currency's sign or code right before ``start``; "PHP" before a version is the language, not pesos (review16)."""
    money = _CURRENCY.search(text, max(0, start - 8), start)
    return money is not None and not money.group().strip().lower().startswith("php")


#: A version after the word that says it is one (k17): "unicode standard 7.0 that is used", "version 2.1 of the app".
_VERSION_WORD_BEFORE = re.compile(rf"\b(?:[Vv]ersion|[Ss]tandard|[Rr]elease|[Ff]irmware){_SP}+$")
#: A version's number: one or two digits, a point, one or two digits.
_VERSION_NUMBER = re.compile(r"\d{1,2}\.\d{1,2}")
_VERSION_AFTER = re.compile(rf"{_SP}*(?:[.,;:!?)\"\u201d'\u2019]|$|{_SP}+(?:and|or|to|is|was|are|were|has|had|will|in|on|for|with|before|after|by|from|at|as|which|that|when|users|update|upgrade)\b)")


#: A match's format (k17): "best of" before the number, then nothing counted, a name or a match's unit ("in the best of
#: five Grand Finals", "a best of three sets final"); "the best of five designs" counts designs.
_BEST_OF_BEFORE = re.compile(rf"\b[Bb]est{_SP}+of{_SP}+$")
_FORMAT_UNITS = frozenset({"", "sets", "games", "frames", "legs", "matches", "rounds", "series", "set", "game", "frame", "leg", "match", "round"})


def _version(text: str, start: int, end: int) -> bool:
    """Whether the number at ``text[start:end]`` ("8.1") is a version, nothing counted after it: after a
    product's name ("Windows 8.1", k16; no money's sign before it) or after the word that says it is one
    ("unicode standard 7.0", k17).

    >>> [_version(t, t.index("8.1"), t.index("8.1") + 3) for t in ("users moved to Windows 8.1 in May", "for India 8.1 and China 4.8", "the standard 8.1 is out")]
    [True, False, True]
    """
    if not _VERSION_NUMBER.fullmatch(text, start, end) or not _VERSION_AFTER.match(text, end):
        return False
    named = _VERSION_BEFORE.search(text, max(0, start - 40), start)
    if named and _product_name(named.group("name")) and not _money_before(text, start):
        return True
    return text[start - 1 : start] == " " and _VERSION_WORD_BEFORE.search(text, max(0, start - 12), start) is not None


def label_reason(text: str, start: int, end: int, counts: str) -> str:
    """Why the number at ``text[start:end]`` (counting ``counts``) is a label: ``denomination``,
    ``id`` (a numbered part of a series), ``rank`` (a band of ranks), ``list`` (an item's marker) or
    ``name`` (a version, a pair that is one thing), ``result`` (a score), ``position`` (on a course) or ``format`` (a
    match's "best of five"); ``''`` when it is none.
    Each kind is looked for only when its cheap sign stands right before the number (a currency,
    the part's word, "top")."""
    if text[end : end + 1] == ")" and _list_marker(text, start, end):
        return "list"
    if (start == 0 or text[start - 1] in "\n \t") and _numbered_row(text, start, end):
        return "rank"  # a numbered list's place: "1 Donald Trump." over "2 Ted Cruz."
    if start and text[start - 1] in ":; \t" and _inline_row(text, start, end):
        return "rank"  # a results list's place in a paragraph: "Results: 1 Keith Preston ..., 86; 2 Bill Elliot ..." (k17)
    if text[end - 2 : end] == ".0" and end - start == 3 and not re.match(r"[^\S\n]+[-+\u2212]?\d", text[end : end + 4]) and (not counts or counts[0].isupper()) and _VERSION_NAME.search(text, max(0, start - 30), start) and not _money_before(text, start):
        return "name"  # a version: "Web 2.0"
    if counts in _NUMBERED_BOOKS and text[start:end] in ("1", "2", "3") and _BOOK_AFTER.match(text, end):
        return "name"  # a book of the Bible known by its number: "2 Timothy 3:1-5", "1 Corinthians"
    if text[start:end].lower().startswith("a pair") and _one_thing(text, end):
        return "name"  # "a pair of jeans", "a pair of slip-on flat shoes" is one thing
    if start <= 0:
        return ""
    if (text[end : end + 1].isspace() or text[start - 1 : start].isspace()) and _match_score(text, start, end):
        return "result"  # a score in its units: "by 7 sets to 6", "won 10 frames to 8" (k16), either side
    if text[start - 4 : start].lower() == "the " and _COURSE_MARK.match(text, end):
        return "position"  # "the 23-mile mark" (k16)
    if not counts and "." in text[start:end] and _version(text, start, end):
        return "name"  # a version: "Windows 8.1" (k16), "unicode standard 7.0 that is used" (k17)
    before = text[max(0, start - 24) : start]
    tail = before.rstrip().lower()
    if not tail:
        return ""
    if tail.endswith("best of") and (counts.lower() in _FORMAT_UNITS or counts[0].isupper()) and _BEST_OF_BEFORE.search(before):
        return "format"  # a match's format: "the best of five Grand Finals" (k17)
    if (tail[-1] in "$\u00a3\u20ac\u20b9\u00a5\u20a6\u20b1\u20a9\u20ba\u20a8" or tail.endswith(("rs", "rs.", "inr", "usd", "eur", "gbp")) or text[end : end + 1] in ("p", "c")) and _denomination(text, start, end, counts):
        return "denomination"
    if tail.endswith(("day", "night", "week", "game", "match", "leg", "part", "act", "heat", "set", "frame", "double", "treble")):
        part = _PART_BEFORE.search(before)
        pre = (part.group("pre") or "").strip().lower() if part else ""
        verb_part = bool(part) and part.group("part").lower() in _VERB_PARTS
        if verb_part and (_AS_OR_TO.match(text, end) or not (part.group("part")[0].isupper() or pre in _SPORT_BEFORE_PART)):
            part = None
        if part and pre not in _NOT_A_PART and _PART_AFTER.match(text, end):
            return "id"
    if tail.endswith(("ranked", "seeded")) and not counts and _RANKED.search(before):
        return "rank"  # a place in a ranking: "ranked 12 in the world", "seeded 4"
    if tail.endswith("top") and counts and text[start:end].lower() != "half" and _TOP_BEFORE.search(before):  # "the top half of the income distribution" is a share
        return "rank"
    return ""
