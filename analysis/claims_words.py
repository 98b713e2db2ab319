"""What a number word counts: the head noun, a subset, a people, a tally's last member, a range's noun.

:func:`analysis.claims.find_claims` asks :func:`word_counts` about every number word and
fraction ("two", "a dozen", "half") once :func:`analysis.claims_phrase._counted` has read the
words after it: "one" counts only before a noun that makes it a count ("only one student") or
as the last member of a tally ("five people including one on the ground"); a number word with no
noun counts what the sentence counts when it is a verb's subject or object ("two were
treated", "a blast kills eight."); "the two" refers back to people already named. A numeral
with no noun takes the noun of the next number of its range (:func:`range_counts`: "40 or 50
protesters").

Examples
--------
>>> from analysis.claims import quantity_lexicon
>>> lex = quantity_lexicon()
>>> text = "Three of the injured left."
>>> m = lex.pattern.search(text)
>>> word_counts(text, m, "word", "", lex)
''
>>> range_counts("40 or 50 protesters", 2, lex)
'protesters'
>>> range_counts("", 0, lex)
''
"""
from __future__ import annotations

import re
from typing import Protocol

from .claims_phrase import _counted, _phrase_words
from .irregular_verbs import irregular_pasts


class Lexicon(Protocol):
    """What these rules read of :class:`analysis.claims.QuantityLexicon` (no import of it: claims imports this module)."""

    @property
    def words(self) -> dict[str, float]: ...  # number words and their values

    @property
    def units(self) -> frozenset[str]: ...  # measures ("km", "feet")

    @property
    def pattern(self) -> re.Pattern[str]: ...  # the claim regex

_SP = r"[^\S\n]"  # a space that is not a line break (as in analysis.claims)
_SUBSET = re.compile(rf"{_SP}+of{_SP}+(?:them|the|those|these|us|whom|its|their|his|her|our|all)\b", re.IGNORECASE)
SHARE = re.compile(rf"{_SP}+(?:of{_SP}+)?(?:the|its|their|his|her|our|them|those|these|all)\b", re.IGNORECASE)
_RANGE_ON = re.compile(rf"{_SP}+(?:to|or|and){_SP}+", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"([A-Za-z]+)[^\S\n]+$")
_OPENING = re.compile(r"(?:^|[.!?:;()\[\]\"\u201c\u201d\u2018\u2019'\n\u2014\u2013\u2026~|*\u2022-]|\b[A-Z]{2,})[^\S\n]*$")  # what may stand before a sentence's first word (a headline in capitals left in the body too)
_FIRST_WORD = re.compile(rf"{_SP}+([A-Za-z][\w'\u2019-]*)")
_THE_WORD = re.compile(rf"\bthe{_SP}+[A-Za-z]+{_SP}+$", re.IGNORECASE)
#: The endings of a people's name in the plural ("Germans", "Israelis", "Chinese"; others are listed in
#: claim_words.tsv: "Britons", "Swiss"), which a capitalised number word opening a sentence counts:
#: "Nine Germans were among the dead" (not "Four Seasons", "Seven Sisters").
_PEOPLE_SUFFIXES = ("ans", "is", "ese")
_NAME_GOES_ON = re.compile(rf"{_SP}*(?:[A-Z]|&|\d)")
_IN_THE_TOP = re.compile(rf"\b(?:in|into|of|among|outside|within){_SP}+the{_SP}+(?:top|bottom){_SP}+$", re.IGNORECASE)
_NAME_BRACKET = re.compile(rf"[A-Z][\w'\u2019.&-]*{_SP}*\($")  # a number word in brackets after a name
#: Before a number word with no noun these make it a further quantity of what the sentence counts.
_MORE_OF = frozenset({"additional", "extra", "another", "further", "remaining"})
#: Words that follow a verb, not an adjective: after "the two" + a word in -ed they make it a verb.
_AFTER_A_VERB = frozenset({"no", "when", "they", "he", "she", "it", "we", "his", "her", "their", "them", "guilty", "not", "together", "off", "up", "down", "out", "back"})
#: After "the two" + a word in -ed, a preposition or "to" makes that word a verb (k15: "the two appeared to hash out",
#: "The two squabbled at length"); an adjective takes a noun ("the two armed men", "the three injured workers").
_VERB_FOLLOWERS = frozenset({"to", "at", "in", "on", "with", "for", "over", "about", "into", "from", "after", "before", "during", "until", "by", "as", "like", "across", "through", "against", "again"})
#: Before a number word these make it refer back to people already named ("the two were freed"), not a count.
_ANAPHORIC = frozenset({"the", "these", "those", "both", "its", "their", "his", "her", "our", "my", "your", "other"})
_OF_A_NAME = re.compile(rf"{_SP}+of{_SP}+[A-Z]")  # a fraction of a named whole: "two-thirds of Black Friday shoppers"
#: Words that pick the first or last few of a series: "the past two", "the last three" close a clause with the series' noun left out.
_SPAN_WORDS = frozenset({"past", "last", "first", "next", "final", "previous"})
#: "which" opening a relative clause after its preposition: "one" after it may be a count ("a crash in which one person died").
_PREPOSITION_WHICH = re.compile(r"\b(?:in|during|after|of|from|on|at|by)[^\S\n]+which[^\S\n]+$", re.IGNORECASE)
#: A move in a ranking before "one" and its places (the guide: "leapt 78 places", "falling twenty places" are counts of places).
_RANK_MOVES = frozenset({"up", "down", "climbed", "climbs", "rose", "rises", "fell", "falls", "dropped", "drops", "slipped", "slips", "jumped", "jumps", "moved", "moves", "leapt"})
_PLACES_AFTER_ONE = re.compile(rf"{_SP}+(?:(?:spot|place|position|notch|rank|rung)s?\b|from{_SP}+(?:last|the|20\d\d|19\d\d)\b)", re.IGNORECASE)
#: After a lower-case number word, a name's words ending in a plural ("all three National Parks tied to", "two Supreme
#: Court Justices said"): a count of the things the name's plural names (k15), then a lower-case word or a clause's end.
_NAMED_PLURAL = re.compile(rf"(?:{_SP}+[a-z]+)?(?:{_SP}+[A-Z][a-z]+){{0,2}}{_SP}+[A-Z][a-z]+[^s\W']s(?={_SP}+[a-z]|{_SP}*[.,;:)\u2014]|$)")  # k16: one adjective before the name ("two new Guinness World Records")
#: After "by a quarter", "by a third": the clause goes on with no noun the fraction would be an ordinal of ("by a third party").
_BY_A_FRACTION_END = re.compile(rf"[^\S\n]*(?:[.,;:)\u2014]|$|{_SP}+(?:in|on|to|from|since|after|before|this|last|next|each|per|over|and|or|compared|while|as|than|overall|annually|a|an|the|by|at|for|with|within|until)\b)", re.IGNORECASE)
_ONE_OTHER = re.compile(rf"{_SP}+other{_SP}+([a-z]+)")  # "one other final design", "one other person"; "one other thing" is a kind word (claim_words.tsv)
_NOT_BEFORE_HALF = frozenset({"the", "a", "an", "first", "second", "last", "final", "other", "latter", "each", "every", "this"})


def word_counts(text: str, m: re.Match[str], kind: str, counts: str, lex: Lexicon) -> str | None:
    """What a number word or fraction counts, or ``None`` when it counts nothing: a lower-case
    noun after it; the subset in "three of the injured"; the noun of "a family of three"; the
    next number's noun in a range ("three to four cases"). "one" only before a noun and never
    after a preposition or determiner; "half" never after one ("the first half", "a half")."""
    written = m.group(kind).lower()
    capitals = bool(counts) and m.group(kind).isupper() and counts.isupper()  # a headline in capitals: "TWO DEAD"
    rest = text[m.end() : m.end() + 80]
    previous = _PREVIOUS_WORD.search(text[max(0, m.start(kind) - 30) : m.start(kind)])
    previous_word = previous.group(1).lower() if previous else ""
    if re.match(r"-[A-Za-z]", rest):
        return None  # "half-time", "one-off", "nine-car" (a measure was taken as a unit before)
    said = m.group(kind)
    if said[0].isupper() and not said.isupper() and not m.group("qualifier") and not _OPENING.search(text, max(0, m.start(kind) - 30), m.start(kind)):
        return None  # a capitalised number word inside a sentence is a name: "a Group of Seven summit", "the Final Four"
    if kind == "half" and previous_word == "other" and other_half(text, m.start(kind)):
        return ""  # "half the score on the animal, and the other half on the rider": a share of the whole named before
    if kind == "fraction" and written.startswith("a ") and previous_word == "by" and _BY_A_FRACTION_END.match(rest):
        return ""  # a change by a fraction: "fares rise by a quarter each way", "cut emissions by a third"; not "by a third party"
    if kind in ("fraction", "half"):
        if (kind == "half" and previous_word in _NOT_BEFORE_HALF) or (written.startswith("a ") and not re.match(rf"{_SP}+of\b", rest)):
            return None  # "the first half", "a half mile"; "a third suspect" is an ordinal
        if kind == "half" and not m.group("qualifier") and not re.match(rf"{_SP}+(?:of|the|a|an|its|their|his|her|our)\b", rest, re.IGNORECASE):
            return None  # "half joking", "a glass half empty"; "more than half flooded" is a share
        if SHARE.match(rest) or _OF_A_NAME.match(rest):
            return counts  # a share of a whole, whatever names it: "one-fifth of the S&P 500", "half of the Senate", "two-thirds of Americans"
        return counts if counts and not counts[0].isupper() else None
    if written == "one":
        words = _phrase_words()
        the_only = _THE_WORD.search(text, max(0, m.start(kind) - 30), m.start(kind))  # "the only one"
        noun = _FIRST_WORD.match(rest)
        emphasis = previous_word in words.one_after and not the_only and not (noun and noun.group(1).lower() in words.kind)
        count = emphasis or any(w.lower() in words.one_count for w in re.findall(r"[A-Za-z]+", rest)[:5]) or (bool(counts) and counts[0].islower() and not counts.endswith(("ing", "ed")) and listed_with_counts(text, m.start(kind), m.end(kind), lex.words))
        if not count and bool(counts) and counts[0].islower() and counts.lower() != "other" and (other := _ONE_OTHER.match(rest)) and other.group(1) not in words.kind:
            count = True  # "one other" and a noun counts one more of a kind named before: "the flag over one other final design" (k16)
        if previous_word in _RANK_MOVES and _PLACES_AFTER_ONE.match(rest):
            return counts if counts and counts[0].islower() else ""  # a move in a ranking by one place: "(up one spot from last year)", "fell one place", "up one from 2014"
        if not counts and one_more_of_a_tally(text, m.start(kind), rest, lex.words):
            return ""  # "killing five people including one on the ground", "17 in Japan and one in the US"
        relative = previous_word == "which" and _PREPOSITION_WHICH.search(text, max(0, m.start(kind) - 30), m.start(kind)) is not None  # "in which one person was killed"
        if not count or (previous_word in words.before_one and not relative) or re.match(rf"{_SP}+of\b", rest):
            return None  # "one source said", "no one", "at one point", "one of"
    first = _FIRST_WORD.match(rest)
    next_word = first.group(1) if first else ""
    if previous_word in _ANAPHORIC and (next_word.endswith("ed") or next_word in irregular_pasts()) and next_word.lower() not in _phrase_words().plurals:
        after = _FIRST_WORD.match(text, m.end() + first.end())
        follower = after.group(1) if after else ""
        if (after and follower.lower() in _AFTER_A_VERB) or (
            after and text[m.end() + first.end() : after.start(1)].strip() == "" and (follower.lower() in _VERB_FOLLOWERS or (follower.endswith("ly") and follower.islower()))
        ):
            return None  # "the two showed no signs of joy", "the relatives of the two apologised when", "the two appeared to", "the two lived briefly": people named before, then a verb; not "the three armed men"
    if written == "two" and counts.lower() in _phrase_words().idiom and next_word == counts:
        return None  # "the two sides agreed", "two sides of the same coin"
    if "-" in written and not re.fullmatch(r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-\w+|\w+-(?:hundred|thousand)|half-dozen", written):
        return None  # "a one-two punch" (tens and units only: "twenty-five")
    people = bool(counts) and written != "one" and next_word == counts and (
        (m.group(kind)[0].islower() and ((counts.endswith("s") and not counts.endswith("ss")) or counts.endswith("ese")))
        or (counts.lower() in _phrase_words().people)
        # at a sentence's start a nationality's suffix, and no name going on: "Nine Germans were among the dead"; not "Two Rivers Casino", "Seven Sisters station"
        or (counts.endswith(_PEOPLE_SUFFIXES) and not _NAME_GOES_ON.match(text, m.end() + len(first.group(0))))
    )  # a people or a party: "nine Germans", "three Democrats", "two Chinese", "four Swiss"
    plural_name = _NAMED_PLURAL.match(rest) if bool(counts) and counts[0].isupper() and written != "one" and m.group(kind).islower() else None
    if plural_name and not (capitals or people) and not re.match(rf"{_SP}+of\b", rest):
        return plural_name.group().split()[-1]  # the name's plural: "two new Guinness World Records" counts "Records" (review16)
    if counts and (capitals or people or plural_name or not counts[0].isupper()) and not re.match(rf"{_SP}+of\b", rest):
        return counts
    if written != "one" and previous_word != "the" and _SUBSET.match(rest):
        return counts  # "three of the injured", "four of them children"; not "the two of them"
    on = _RANGE_ON.match(rest)
    following = lex.pattern.match(text, m.end() + on.end()) if on and not counts else None
    if following and (following.group("word") or following.group("numeral")):
        nxt, _ = _counted(text, following.end())
        return nxt if nxt and not nxt[0].isupper() else None  # "three to four cases"
    if not counts and written != "one" and kind == "word" and previous_word in ("top", "bottom") and _THE_WORD.search(text, max(0, m.start(kind) - 30), m.start(kind)) and not _IN_THE_TOP.search(text, max(0, m.start(kind) - 30), m.start(kind)):
        return ""  # a ranking's first few, counted: "the race came down to the top three"; not a place: "finished in the top five"
    if not counts and written != "one" and kind == "word" and previous_word in _SPAN_WORDS and _THE_WORD.search(text, max(0, m.start(kind) - 30), m.start(kind)) and re.match(r"[^\S\n]*(?:[.,;:!?)]|$)", rest):
        return ""  # the last few of a series named before: "the first two rounds, but he made up for it the past two."
    if not counts and written != "one" and kind == "word" and previous_word in _MORE_OF and not re.match(r"[^\S\n]*,?[^\S\n]*(?:or|to)\b", rest) and re.match(r"[^\S\n]*(?:[.,;:)]|$|[^\S\n]+(?:on|in|at|from|for|with|and|plus|were|are|was|had|have|who|that)\b)", rest):
        return ""  # more of what the sentence counts: "the additional eight, plus the four", "arrested another five on Monday"; not "another four, or another eight years"
    if not counts and written != "one" and kind == "word":
        words = _phrase_words()
        verb = re.match(rf"{_SP}+([a-z]+)\b", rest)
        if (verb and verb.group(1) in words.verb_after and previous_word not in _ANAPHORIC) or (
            previous_word in words.verb_before and re.match(rf"[^\S\n]*(?:[.,;:)]|$|{_SP}+(?:with|in|on|at|and|including|after|before|when|while)\b)", rest)
        ):
            return ""  # "two were treated and six were released", "a blast kills eight."; not "the two were"
    if not counts and kind == "word" and text[m.end() : m.end() + 1] == ")" and _NAME_BRACKET.search(text, max(0, m.start(kind) - 40), m.start(kind)):
        return ""  # a tally's share after a name: "13 A380s for three airlines: Emirates (eight), Qatar Airways (three)"
    owner = re.search(rf"\b([a-z]+){_SP}+of{_SP}+$", text[max(0, m.start(kind) - 30) : m.start(kind)])
    if not counts and written != "one" and owner and owner.group(1) not in _phrase_words().stop and owner.group(1) not in lex.words:
        return owner.group(1)  # "a family of three"
    return None


_THE_OTHER_HALF = re.compile(r"\bthe[^\S\n]+other[^\S\n]+$", re.IGNORECASE)
_HALF_AS_SHARE = re.compile(rf"\bhalf{_SP}+(?:of|the|a|an|its|their|his|her|our)\b", re.IGNORECASE)


def other_half(text: str, start: int) -> bool:
    """Whether "half" at ``start`` is "the other half" of a whole the same paragraph has halved
    before ("Judges mark half the score on the horse, and the other half is marked on the rider":
    two shares, the guide lists both); not a game's or a draw's other half, nor a spouse ("my other
    half"), with no share of "half" before it.

    Examples
    --------
    >>> t = "Judges mark half the score on the horse, and the other half on the rider."
    >>> other_half(t, t.rindex("half")), other_half("He scored in the other half.", 20)
    (True, False)
    """
    if not _THE_OTHER_HALF.search(text, max(0, start - 12), start):
        return False
    opening = text.rfind("\n", 0, start) + 1
    return _HALF_AS_SHARE.search(text, max(opening, start - 400), start) is not None


_ONE_WHERE = re.compile(rf"{_SP}+(?:in|on|at|from|near|inside|outside|aboard|under)\b(?!{_SP}+(?:particular|all|total|general|a{_SP}+million|one|a{_SP}+row)\b)", re.IGNORECASE)
_BEFORE_LAST_OF_TALLY = re.compile(r"(?:\b(?:and|plus)|,)[^\S\n]+$")  # not "including one from X": an example of a set, no count


_ITEMS = re.compile(r",|\band\b|\bor\b|\bplus\b")
_THE_OTHER = re.compile(r"[^.;\n]{0,40}\b(?:the[^\S\n]+other|another)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?:](?:\s|$)|\n")
_ITEM_OPENS_COUNTED = re.compile(r"[^\S\n]*(\d[\d,.]*|[a-z]+)[^\S\n]+(?:[a-z][\w-]*[^\S\n]+)?[a-z][\w-]*s\b")  # " two detonators"


def listed_with_counts(text: str, start: int, end: int, words: dict[str, float]) -> bool:
    """Whether "one" at ``text[start:end]`` is an item of a list of counts: the item before it
    ends with a count and its noun ("four handguns, five knives, one set of brass knuckles",
    "three cars, one bus and a lorry"), or, after a verb, the next item opens with a count of a
    plural ("seized one rifle and two pistols"). Not at a sentence's start ("One source said, and
    two officials agreed": no list).

    Examples
    --------
    >>> w = {"four": 4.0, "two": 2.0, "one": 1.0, "three": 3.0}
    >>> [listed_with_counts(t, t.index("one"), t.index("one") + 3, w) for t in (
    ...     "Police recovered four handguns, one set of brass knuckles and two grenades.",
    ...     "Police seized one rifle and two pistols.", "one source said, and two officials agreed.")]
    [True, True, False]
    >>> t = "She won four gold, one silver and one bronze medals."
    >>> listed_with_counts(t, t.rindex("one"), t.rindex("one") + 3, w)
    True
    """
    window = text[max(0, start - 100) : end + 100]
    if "," not in window and " and " not in window and " or " not in window and " plus " not in window:
        return False  # no list near: the common case, decided without splitting
    if _THE_OTHER.match(text, end):
        return False  # "two crises, one environmental and the other social": a pair told apart, no count
    before = _CLAUSE_END.split(text[max(0, start - 100) : start])[-1]
    pieces = _ITEMS.split(before)
    if len(pieces) > 1 and not pieces[-1].strip():
        tail = pieces[-2].split()[-4:]  # a count, then one to three lower-case words: "... five knives", "three armoured cars"
        earlier = any(_is_count(t, words) for piece in pieces[:-2] for t in piece.split())  # "six gold, one silver and one bronze": the first "one" is an item, so is the next
        return any((_is_count(token, words) or (token == "one" and earlier)) and all(re.fullmatch(r"[a-z][\w-]*", w) for w in tail[i + 1 :]) for i, token in enumerate(tail[:-1]))
    after = _CLAUSE_END.split(text[end : end + 100])[0]
    items = _ITEMS.split(after, maxsplit=1)
    if not before.strip() or len(items) < 2 or len(items[0].split()) > 4:
        return False
    following = _ITEM_OPENS_COUNTED.match(items[1])
    return following is not None and _is_count(following.group(1), words)


def _is_count(token: str, words: dict[str, float]) -> bool:
    """A numeral or a number word other than "one"."""
    return bool(re.fullmatch(r"\d[\d,.]*", token)) or (token in words and token != "one")


def one_more_of_a_tally(text: str, start: int, rest: str, words: dict[str, float]) -> bool:
    """Whether a bare "one" closes a tally the sentence began with a count: "five people
    including one on the ground", "17 in Japan and one in the US" (a count of the same noun,
    placed); not "one in particular", "one on one", nor "one" with no count before it."""
    if not _ONE_WHERE.match(rest) or not _BEFORE_LAST_OF_TALLY.search(text, max(0, start - 12), start):
        return False
    before = text[max(0, start - 100) : start]
    sentence = re.split(r"[.!?][\"\u201d']?\s+|\n", before)[-1]
    return any(re.fullmatch(r"\d[\d,.]*", token) or token.lower() in words for token in re.findall(r"[\w,.]+", sentence)[:-1])


def range_counts(text: str, position: int, lex: Lexicon) -> str:
    """What the next number of a range counts ("40 or 50 protesters", "10 to 12 months"), or ''."""
    on = _RANGE_ON.match(text, position)
    following = lex.pattern.match(text, on.end()) if on else None
    if not following or not (following.group("word") or following.group("numeral")) or following.group("unit"):
        return ""
    measure = re.match(r"-?([A-Za-z]+)", text[following.end() : following.end() + 40].lstrip(" \t"))
    if measure and measure.group(1).lower() in lex.units:
        return measure.group(1)  # "40 to 50 feet high"
    nxt, _ = _counted(text, following.end())
    return nxt if nxt and not nxt[0].isupper() else ""
