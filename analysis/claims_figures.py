"""Numbers that look like counts and state no quantity: idioms, frequencies, multipliers, a lottery's draw, a story's length, spaced modifiers.

Six kinds of number that the pages' labelling guide says are no claims, each found by its form
and never by a page's wording (:func:`drop_figures` takes them out of :func:`analysis.claims.find_claims`):

- an **idiom** holding a number word (``number_idioms.tsv``: "half the battle", "a tale of two
  cities", "at sixes and sevens");
- a **frequency**, "N times" a unit of time ("three times a week", "twice-daily" is a modifier
  already, "four times daily"): how often, not how many (a count of occasions, "did it three
  times", stays a claim); and a **multiplier** (:func:`multiplier`: "four times the level", "three
  times as much", "five times higher"): the guide lists none ("not listed, as 'twice' is not", its
  sixth and eighteenth rounds; an earlier review on PolNeAR had judged literal ones genuine, k15
  follows the guide);
- a **lottery draw**: the numbers after "winning numbers" (three or more, "5, 12, 19, 33 and 41",
  "25-66-44-5-26") and a draw's extra ball after its label and a colon ("Powerball: 9", "Bonus
  ball: 3"); the guide: "a lottery's numbers are ids";
- a **story's length** as a wire or a news database prints it: "(CONTINUED - 1089 WORDS)",
  "Length: 850 words", "Word count: 850", "1,089 words" alone on a line (words are the number's
  own unit or label: "Length: 25 metres" is a measure);
- a **count as a modifier written without its hyphen**: a determiner, a number above one, a
  singular word and a singular head noun ("a five member committee", "the 70,000 capacity stadium",
  "the 150 seat parliament"; with no determiner the head is a plural without -s: "cut 150 cabin
  crew"): the guide lists counts as modifiers ("nine-car train") not at all, while a count
  of the head is plural ("20 child soldiers", "12 gang members") and a measure as a modifier is
  listed by its number (a unit of quantities.tsv or a ``measure`` of claim_words.tsv: "a 50 acre
  farm", "a five cent fee");
- a **star rating's level** ("two stars for excellent cooking", "the highest honour of three stars":
  :func:`star_rating`): the guide's "Michelin star levels are a rating scale", a name, as a
  hurricane's category is.

Examples
--------
>>> [(a, b, kind) for a, b, kind in figure_spans("It was half the battle. Powerball: 9")]
[(7, 22, 'idiom'), (24, 36, 'lottery')]
>>> figure_spans("")
[]
>>> frequency("The ferry runs three times a week.", len("The ferry runs three times"))
True
>>> frequency("She did it three times.", len("She did it three times"))
False
"""
from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Callable, Protocol, TypeVar

from .claims_filters import _CURRENCY
from .instruments import load_tsv, load_wordlist
from .irregular_verbs import irregular_pasts
from .regex_speed import substring_finder

NUMBER_IDIOMS = "number_idioms.tsv"


class _Span(Protocol):
    start: int
    end: int
    counts: str
    value: float
    text: str
    number_as_written: str
    qualifier: str


C = TypeVar("C", bound=_Span)

_SP = r"[^\S\n]"
_UNITS_OF_TIME = r"(?:day|week|fortnight|month|year|season|decade|hour|minute|second|night|morning|evening|afternoon|term|semester|quarter|game|match)"
#: After "N times": a unit of time it happens in ("a week", "per day", "each year", "every month"), or an adverb of one.
_FREQUENCY = re.compile(
    rf"{_SP}+(?:a|an|per|each|every){_SP}+{_UNITS_OF_TIME}\b|{_SP}+(?:daily|weekly|fortnightly|monthly|yearly|annually|nightly|hourly)\b",
    re.IGNORECASE,
)
#: A drawn number: one or two digits, not followed by a noun it would count ("Powerball: 9 and 12 people won").
_BALL = rf"\d{{1,2}}(?![\d.,]?\d|%|{_SP}+(?!(?:on|in|at|and|or|for|from|with|were|was|is|are|the|to)\b)[a-z])"
_RUN = rf"{_BALL}(?:{_SP}*(?:[-,;/]|and|&){_SP}*{_BALL}){{2,}}"
#: The draw's numbers after their name: "Saturday's winning numbers were: 5, 12, 19, 33 and 41", "25-66-44-5-26".
_DRAW = re.compile(
    rf"(?:winning|lottery|lotto|lucky)(?:{_SP}+numbers?|{_SP}+numbers{_SP}+drawn)(?:{_SP}+(?:drawn|were|are|was|is))?{_SP}*:?\s*{_RUN}",
    re.IGNORECASE,
)
#: A draw's extra ball after its label and a colon: "Powerball: 9", "Mega Ball: 12", "Bonus ball: 3".
_BALL_LABELS = rf"(?:power{_SP}?ball|mega{_SP}?ball|bonus{_SP}+ball|thunderball|lucky{_SP}+stars?|megaplier|power{_SP}+play|cash{_SP}+ball)"
_BALL_LABEL = re.compile(_BALL_LABELS)  # found in the lower-cased text (fast), then matched whole in the text
_EXTRA_BALL = re.compile(rf"{_BALL_LABELS}{_SP}*:{_SP}*{_BALL}(?:{_SP}*(?:,|and|&){_SP}*{_BALL})*", re.IGNORECASE)
#: A determiner right before a number, which a count as a modifier needs ("a five member committee",
#: "the 150 seat parliament", "Britain's 650 seat parliament"); group ``one`` is "a"/"an".
_DETERMINER = re.compile(
    rf"(?:(?<![\w'\u2019-])(?:(?P<one>an?)|the|this|that|its|their|his|her|our|your|my|each|every)|\w['\u2019]s|\ws['\u2019]){_SP}+\Z",
    re.IGNORECASE,
)
_LENGTH = re.compile(
    rf"\((?:continued|more|ends?)\b[^()\n]{{0,20}}?\d[\d,]*{_SP}+words\)"  # a wire's "(CONTINUED - 1089 WORDS)"
    rf"|(?P<label>length{_SP}*:{_SP}*\d[\d,]*{_SP}+words|word{_SP}+count{_SP}*:{_SP}*\d[\d,]*(?![.,]?\d)(?:{_SP}+words)?)\b"  # a database's "Length: 850 words", "Word count: 850": words are the number's unit or label ("Length: 25 metres" is a measure)
    rf"|^{_SP}*\d[\d,]*{_SP}+words{_SP}*$",  # Factiva's "1,089 words" alone on a line
    re.IGNORECASE | re.MULTILINE,
)


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]], ...]:
    """Each phrase of ``number_idioms.tsv`` as ``(words, lower, any_case)``: its words, longest
    first, which a text must all hold (lower-cased) before the phrase is looked for, and the phrase
    as words (then no word character or hyphen), for a lower-cased text and for any case. No
    boundary opens the patterns (it would keep the regex engine from jumping to the phrase's first
    letters): :func:`_word_start` checks it."""
    phrases = sorted({" ".join(row["phrase"].lower().split()) for row in load_tsv(NUMBER_IDIOMS, required=("phrase",)) if row["phrase"].strip()})
    out = []
    for phrase in phrases:
        body = rf"{_SP}+".join(re.escape(word) for word in phrase.split()) + r"(?![\w-])"
        words = tuple(sorted({word.strip(",.;:") for word in phrase.split()}, key=lambda w: (-len(w), w)))
        out.append((words, re.compile(body), re.compile(body, re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=1)
def _idiom_first_words() -> Callable[[str], set[str]]:
    """Which idioms' first (longest) words a lower-cased text holds, in one pass
    (:func:`analysis.regex_speed.substring_finder`: exactly the substring test of each)."""
    return substring_finder(words[0] for words, _, _ in _idioms())


def _word_start(text: str, at: int, *, hyphen: bool = False) -> bool:
    """Whether a word starts at ``at``: no word character (or hyphen, if told) before it."""
    return at == 0 or not (text[at - 1].isalnum() or text[at - 1] == "_" or (hyphen and text[at - 1] == "-"))


def figure_spans(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, kind)`` of every idiom, lottery draw and story length in ``text``, in order
    (kind ``idiom``, ``lottery`` or ``length``): a claim overlapping one states no quantity. Each
    pattern is tried only on a text holding its key words (lower-cased: one pass each, in C); idioms
    and extra balls' labels are looked for in the lower-cased text when lower-casing keeps every offset."""
    lowered = text.lower()
    same = len(lowered) == len(text)  # lower-casing kept every offset (it does but for a few letters: "\u0130")
    firsts = _idiom_first_words()(lowered)  # each idiom's longest word, all found in one pass (most idioms stop there)
    spans = [
        (m.start(), m.end(), "idiom")
        for words, lower, any_case in _idioms() if (words[0] in firsts or not words[0]) and all(word in lowered for word in words[1:])
        for m in (lower.finditer(lowered) if same else any_case.finditer(text)) if _word_start(text, m.start(), hyphen=True)
    ]
    if "number" in lowered and any(word in lowered for word in ("winning", "lottery", "lotto", "lucky")):
        spans += [(m.start(), m.end(), "lottery") for m in _DRAW.finditer(text) if _word_start(text, m.start())]
    if ":" in text and any(word in lowered for word in ("ball", "star", "megaplier", "play")):
        labels = (m.start() for m in (_BALL_LABEL.finditer(lowered) if same else _EXTRA_BALL.finditer(text)))
        found = (_EXTRA_BALL.match(text, at) for at in labels if _word_start(text, at))
        spans += [(m.start(), m.end(), "lottery") for m in found if m]
    if "word" in lowered:
        spans += [(m.start(), m.end(), "length") for m in _LENGTH.finditer(text) if m.group("label") is None or _word_start(text, m.start())]
    return sorted(spans)


#: After "N times", what makes it a multiplier (the guide, sixth and eighteenth rounds: "four times the level" and "more
#: than three times the number" are not listed, "as 'twice' is not"): a comparative ("five times higher", "40 times
#: more harmful", "three times more carbon"; "more"/"less"/"fewer" only before a word: "tried three times more." counts
#: occasions), "as <word>" ("three times as much", "four times as many people"), "the"/"that"/"what"/a possessive
#: before the whole compared ("10 times the size", "three times that of Australia", "100 times today's average"; not
#: "said several times that I would not", "asked three times what he meant": a clause after it counts occasions).
_MULTIPLIER = re.compile(
    rf"{_SP}+(?:(?:more|less|fewer){_SP}+(?!(?:than|times|often|and|or|but|to|in|on|at|by|before|after|since|this|that|the|a|an)\b)[A-Za-z$\u00a3\u20ac\d]"
    rf"|(?:higher|lower|greater|larger|bigger|smaller|faster|slower|longer|shorter|wider|deeper|heavier|cheaper|costlier|richer|poorer|stronger|weaker|likelier|denser|hotter|warmer|colder)\b"
    rf"|as{_SP}+(?!(?:a|an|the|part|well|of|if|soon|usual|before|ever|often|it|he|she|they|we|i|you)\b)[a-z]+\b"
    rf"|(?:the|those|its|their|his|her|our|this|these){_SP}+(?!(?:same|past|last|first|next|following|previous)\b)[A-Za-z]"
    rf"|(?:that|what){_SP}+(?!(?i:i|he|she|we|they|you|it|there|the|a|an|his|her|their|our|my|your|its|this|these|those|is|was|are|were|has|had|have|would|will|could|can|should|may|might|must|do|does|did)\b)[A-Za-z]"
    rf"|[A-Z]?[a-z]+['\u2019]s{_SP})",
)


def multiplier(text: str, end: int) -> bool:
    """Whether "N times" ending at ``end`` goes on as a multiplier ("three times as much", "five times
    higher", "10 times the size"), no count; a number of occasions ("did it three times", "cited 208
    times for violations", "three times the same day") stays one.

    Examples
    --------
    >>> [multiplier(t, t.index(" times") + 6) for t in ("It is three times as large.", "Cruz said it five times.", "costs 10 times the price")]
    [True, False, True]
    """
    return _MULTIPLIER.match(text, end) is not None


def frequency(text: str, end: int) -> bool:
    """Whether "N times" ending at ``end`` goes on with a unit of time: a frequency ("three times a
    week", "four times daily"), no count."""
    return _FREQUENCY.match(text, end) is not None


def spaced_modifier(text: str, claim: C, measures: frozenset[str], plurals: frozenset[str]) -> bool:
    """Whether ``claim`` is a count as a modifier written without its hyphen: its words are one
    number above one (no scale, no money: "a $15 minimum wage" is an amount), one singular word
    that is no measure (``measures``) and its head, singular (no ``plurals``, no "-men"); neither
    word a function word or a verb's past ("four of the", "two gentlemen got"). A determiner comes
    right before the number: a singular noun takes one, so with none ("cut 150 cabin crew", "lost 12
    patrol craft") the head is a plural without -s and the number counts it. After "a"/"an" the
    number counts no head ("a 12 man crew"); after "the" or a possessive a head among ``plurals``
    is counted ("its 150 cabin crew").

    Examples
    --------
    >>> from analysis.claims import Claim
    >>> t = "a five member committee, a 50 acre farm, 20 child soldiers, a $15 minimum wage, cut 150 cabin crew"
    >>> def claim(words, value, counts):
    ...     return Claim(words.split()[0], value, counts, "exact", words, t.index(words), t.index(words) + len(words))
    >>> found = [claim("five member committee", 5, "committee"), claim("50 acre farm", 50, "farm"), claim("20 child soldiers", 20, "soldiers"), claim("15 minimum wage", 15, "wage"), claim("150 cabin crew", 150, "crew")]
    >>> [spaced_modifier(t, c, frozenset({"acre"}), frozenset()) for c in found]
    [True, False, False, False, False]
    """
    if claim.value <= 1 or claim.qualifier == "vague" or not claim.counts.islower():
        return False
    words = claim.text.split()
    if len(words) != 3 or words[0] != claim.number_as_written or words[2] != claim.counts:
        return False  # a qualifier, a scale or a longer phrase: not this form
    if _CURRENCY.search(text, max(0, claim.start - 12), claim.start):
        return False  # money as a modifier is an amount: "a $15 minimum wage", "Rs 500 fee"
    determiner = _DETERMINER.search(text[max(0, claim.start - 20) : claim.start])
    if determiner is None:
        return False  # no determiner: the head is a plural, whatever its ending ("cut 150 cabin crew")
    stop = load_wordlist("stopwords_en.txt")
    zero_plurals = frozenset() if determiner.group("one") else plurals  # "a 12 man crew": "a" counts one crew
    return all(
        word.isalpha() and word.islower() and word not in measures and word not in zero_plurals and word not in stop and word not in irregular_pasts()
        and not word.endswith(("ed", "ly", "men", *zero_plurals)) and (not word.endswith("s") or word.endswith("ss"))
        for word in words[1:]
    ) and not words[1].endswith("ing")  # "17 adoring grandchildren": an adjective before the count's noun


_RATING_STARS = re.compile(r"(?:[^\S\n]+(?-i:[A-Z][a-z]+))?[^\S\n]+stars?\b(?![^\S\n]+(?:of|who|whose|that|which|in|on|at|from|and|with)\b)(?!['\u2019-])", re.IGNORECASE)


def star_rating(text: str, claim: C) -> bool:
    """Whether ``claim`` is a level of a star rating: one to seven stars ("one star representing a
    very good restaurant, two stars for excellent cooking", "the highest honour of three stars",
    "to receive three Michelin Stars"), a
    rating scale's level and so a name (the guide: "Michelin star levels ... are a rating scale", as
    a hurricane's category is); not stars of a show or a sky ("the two stars of the film", "two
    stars who", "two stars in the sky": counted), nor a count of rated things ("21 three-star
    restaurants" counts restaurants).

    Examples
    --------
    >>> from analysis.claims import find_claims
    >>> t = "with one star representing a very good restaurant, two stars for excellent cooking; the two stars of the film; 21 three-star restaurants"
    >>> [(c.number_as_written, c.start) for c in find_claims(t)]  # find_claims leaves the ratings out
    [('two', 88), ('21', 111)]
    """
    return claim.value <= 7 and claim.qualifier == "exact" and _RATING_STARS.match(text, claim.start + len(claim.number_as_written)) is not None


def drop_figures(text: str, claims: Sequence[C], measures: frozenset[str] = frozenset(), plurals: frozenset[str] = frozenset()) -> list[C]:
    """``claims`` without those that overlap an idiom, a lottery draw or a story's length, without
    a frequency ("N times a week") and without a count as a modifier written without its hyphen
    (:func:`spaced_modifier`, with the words that are ``measures`` and ``plurals``).

    Examples
    --------
    >>> from analysis.claims import find_claims
    >>> [c.number_as_written for c in find_claims("Ten died. It was half the battle; buses run three times a day.")]
    ['Ten']
    """
    spans = figure_spans(text)
    starts = [a for a, _, _ in spans]
    reach = list(itertools.accumulate((b for _, b, _ in spans), max))  # the furthest end of the spans up to each
    out = []
    for claim in claims:
        i = bisect.bisect_left(starts, claim.end)  # the spans starting before the claim's end
        if i and reach[i - 1] > claim.start:
            continue
        if claim.counts.lower() == "times" and (frequency(text, claim.end) or multiplier(text, claim.end)):
            continue
        if spaced_modifier(text, claim, measures, plurals):
            continue
        if claim.counts.lower() in ("star", "stars") and star_rating(text, claim):
            continue
        out.append(claim)
    return out
