"""Numeric claims: the quantities a report states, what they count, and how they are hedged.

One regex (built from ``data/instruments/quantities.tsv``) finds a quantity: an optional
qualifier (``more than``, ``nearly``, ``up to`` ...), then a numeral with Western or Indian
digit grouping (``100,000``, ``1,30,000``), a decimal with a scale (``1.5 million``, ``100k``),
a number word (``two``, ``a dozen``) or a vague quantity (``several``, ``dozens of``,
``millions of``). What it counts is the head noun of the words that follow (``millions of
Russian soldiers`` counts ``soldiers``).

``value`` is a number: a vague quantity gets its lower bound (``millions of`` = 1,000,000,
``dozens of`` = 12, ``several`` = 3) and the qualifier ``vague``; a plain number has qualifier
``exact``. Years (``in 2022``), dates (``Feb 15``), and numbers inside names (``France 5 TV``)
are not claims; a number word with no noun after it (``one of``) is not either.

Examples
--------
>>> [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims("More than a dozen countries left.")]
[('a dozen', 12.0, 'countries', 'more than')]
>>> find_claims("")
[]
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .alternation import alternation as _alternation
from .claims_figures import drop_figures
from .claims_filters import _CURRENCY, NOT_COUNT_KINDS, NOT_COUNTS, CounterLines, not_a_count, page_counter  # noqa: F401  (re-exported)
from .claims_numerals import NotNouns, cut_at_the_end, degrees, numeral_skip, temperature_bands
from .claims_phrase import CLAIM_WORDS, _counted, _phrase_words  # noqa: F401  (re-exported: tests read _phrase_words)
from .claims_words import SHARE, range_counts, word_counts
from .claims_compound import join_compound
from .claims_parts import breakdowns, model_numbers, series_members
from .claims_vague import vague_claims
from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .scoring import Scorer
from .segment import sentence_index

QUANTITIES = "quantities.tsv"
CLAIM_COLUMNS = ("article_id", "sentence", "number_as_written", "value", "counts", "qualifier", "start", "end", "text")
TYPES = frozenset({"word", "scale", "vague", "qualifier", "fraction", "unit", "prefix", "digits", "temperature"})

_SP = r"[^\S\n]"  # a space that is not a line break: no claim crosses a paragraph
# Digits grouped by commas (Western "100,000", Indian "1,30,000") or by spaces ("30 000"), or plain; a
# thousands comma the page's copy spaced ("$90, 000", "K20, 000": groups of zeros only, as no list is written so).
# A decimal comma before a scale word ("R48,2 billion") is no grouping of thousands.
_NUMERAL = (
    rf"\d{{1,3}}(?:,\d{{2,3}})+(?:\.\d+)?|\d{{1,3}}(?:{_SP}\d{{3}})+(?!\d|[,.]\d)|\d{{1,3}}(?:,{_SP}000)+(?!\d|[,.]\d)"
    rf"|\d{{1,3}},\d(?={_SP}+(?:million|billion|trillion|bn|mn)\b)|\d+(?:\.\d+)?"
)
#: Currencies written onto the number ("R191 billion", "Rs500 crore"): a claim may start after them.
GLUED_CURRENCIES = ("R", "Rs", "Rp", "RM", "KSh", "Ksh", "Sh", "Tk", "INR", "USD", "ZAR")
#: ISO codes written onto an amount ("VND3,690 billion", "EUR3.5 million", "GBP500"; s22, the seventh site sets; s23).
GLUED_CODES = ("VND", "EUR", "GBP", "AUD", "NZD", "SGD", "HKD", "JPY", "CNY", "RMB", "KES", "NGN", "GHS", "PKR", "BDT",
               "LKR", "NPR", "MYR", "IDR", "THB", "KRW", "EGP", "QAR", "KWD", "OMR", "BHD", "CHF", "BZD",
               "JMD", "TTD", "FJD", "UGX", "TZS", "RWF", "ETB", "ZMW", "MWK", "BWP", "MUR", "XOF", "XAF", "TND", "DZD",
               "BRL", "ARS", "CLP", "MXN", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "BGN", "RUB", "UAH", "KZT",
               "ILS", "JOD", "LBP", "IQD", "TWD", "MMK", "KHR", "PGK", "WST")
#: Codes that also name other things ("PHP7" a language's version, "CAD3" a design file, "BSD4" a system, "SAR1" a
#: rescue helicopter, "AED2.0" a defibrillator, "RON95" a fuel's grade): an amount only before a figure grouped in thousands or
#: with its scale.
#: The Philippine peso's "P" and the kwacha's or kina's "K" are such letters too ("P2,801,300", "P750, 000", "K20, 000"; the
#: fifty-ninth collection, s1546, and s097; "P5 parking", "K9 unit" are no amounts).
GLUED_CODES_NAMING = ("PHP", "CAD", "BSD", "SAR", "AED", "RON", "P", "K")
_AMOUNT_AHEAD = r"(?=\d{1,3}(?:,\d{3})+|\d{1,3},[^\S\n]000\b|\d+(?:\.\d+)?[^\S\n]?(?:million|billion|trillion|bn|mn|crore|lakh)\b)"
_LINE_START = re.compile(r"(?:^|\n)[^\S\n]*$")  # a "-" here before a number is a bullet ("Key points:\n-12 people died"), no minus sign
_GLUED_SENTENCE = re.compile(r"[.!?](?=[A-Z][a-z])")  # a full stop with no space after it, a capital after it (two lower-case letters before it: checked apart, faster)
_GLUED_CURRENCY = re.compile(rf"\b(?:(?:{'|'.join(GLUED_CURRENCIES)})\.?(?=\d)|(?:{'|'.join(GLUED_CODES)})(?=\d)|(?:{'|'.join(GLUED_CODES_NAMING)}){_AMOUNT_AHEAD})")  # "Rs.300 crore" too
#: A code of letters and a number ("B40", "U462", "Car2"), a neighbour of a glued currency in a list of codes.
_CODE = re.compile(r"[A-Z][A-Za-z]{0,3}(\d{1,5})\b")


def _in_code_list(text: str, start: int, end: int) -> bool:
    """Whether the glued currency at ``start:end`` ("R" of "R460") stands in a list of codes of other letters, a comma
    apart ("Letts Fire R460, B40, B41, U462", "Greensburg Fire R1, Car2": a fire service's units, not rand; the
    twenty-second site sets, s943). A list of amounts repeats its currency ("R100, R200 and R300 notes").

    >>> t = "At the scene was Letts Fire R460, B40, B41, U462, Burney Fire unit 227, Greensburg Fire R1, Car2, DCSD."
    >>> _in_code_list(t, t.index("R460"), t.index("R460") + 1), _in_code_list(t, t.index("R1,"), t.index("R1,") + 1)
    (True, True)
    >>> t = "Notes of R100, R200 and R300 were seized."
    >>> _in_code_list(t, t.index("R100"), t.index("R100") + 1)
    False
    """
    code = text[start:end].rstrip(".")
    number = re.match(r"\d{1,5}\b", text[end:])
    if number is None:
        return False
    after = re.match(r", (?=[A-Z])", text[end + number.end():])
    neighbours = []
    if after:
        found = _CODE.match(text, end + number.end() + after.end())
        neighbours.append(found.group(0) if found else None)
    before = re.search(r"\b([A-Z][A-Za-z]{0,3}\d{1,5}), $", text[max(0, start - 12):start])
    if before:
        neighbours.append(before.group(1))
    return any(n and not n.startswith(code) for n in neighbours)


#: A road's number written as a glued currency's letter and digits ("New Line Road (R733)", "the R21 highway"): a name, not rand.
_ROAD_WORDS = r"(?:road|rd|street|st|highway|hwy|route|motorway|freeway|bypass|avenue|ave)"
_ROAD_BEFORE = re.compile(rf"(?-i:[A-Z])[\w'\u2019-]*[^\S\n]+{_ROAD_WORDS}\.?[^\S\n]*\($", re.IGNORECASE)  # "New Line Road (": a named road
_ROAD_AFTER = re.compile(rf"\d{{1,4}}(?:\)|[^\S\n]+{_ROAD_WORDS}\b(?![^\S\n-]*[\w-]*[^\S\n]*(?:tax|fees?|levy|fares?|permits?|charges?|tolls?|fines?|costs?|prices?|budget)\b))", re.IGNORECASE)
_ROAD_ARTICLE = re.compile(r"\b(?:the|on|along|via|off|onto|from)[^\S\n]+$", re.IGNORECASE)


def _road_number(text: str, start: int, end: int) -> bool:
    """Whether the glued currency at ``start:end`` ("R" of "R733") names a road with its digits: in brackets after the
    road's name ("the New Line Road (R733) near Wexford", the twenty-ninth site sets, s1106) or before a road's word
    after "the" and before a road's word ("the R21 highway"); "(R733 million)", "R500 fee", "R1200 road tax" and "toll road
    (R95)" stay amounts (a second read).

    >>> t = "a crash on the New Line Road (R733) near Wexford, and on the R21 highway; a R500 fee (R733 million), R1200 road tax"
    >>> [_road_number(t, t.index(x), t.index(x) + 1) for x in ("R733)", "R21", "R500", "R733 m", "R1200")]
    [True, True, False, False, False]
    """
    if text[start:end].rstrip(".") != "R":
        return False
    digits = _ROAD_AFTER.match(text, end)
    if digits is None:
        return False
    if digits.group().endswith(")"):  # three digits in brackets after a named road (a price there has two or is grouped: "(R95)")
        return len(digits.group()) == 4 and _ROAD_BEFORE.search(text, max(0, start - 40), start) is not None
    return _ROAD_ARTICLE.search(text, max(0, start - 8), start) is not None  # "the R21 highway"; not "R1200 road tax"



# The same without the word boundary, asked first: every match of _GLUED_CURRENCY holds one, and re
# skips to its first letters fast (a pattern opening with "\b" is tried at every character).
_GLUED_HINT = re.compile(rf"(?:{'|'.join(GLUED_CURRENCIES + GLUED_CODES + GLUED_CODES_NAMING)})\.?\d")


@dataclass(frozen=True)
class Claim:
    """One numeric claim: ``start``/``end`` span qualifier, number and counted noun."""

    number_as_written: str
    value: float
    counts: str
    qualifier: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class QuantityLexicon:
    """The compiled quantities.tsv: number words, scales, vague quantities, qualifiers and the claim pattern."""

    words: dict[str, float]
    scales: dict[str, float]
    vague: dict[str, float]
    qualifiers: dict[str, str]
    pattern: re.Pattern[str]
    fractions: dict[str, float]
    units: frozenset[str]
    prefixes: frozenset[str]
    digits: frozenset[str]  # "six figures": a number of digits
    after_currency: re.Pattern[str]  # the claim pattern without its guard, tried after a glued currency
    temperature: re.Pattern[str]  # words that make "C"/"F" written onto a number degrees


@lru_cache(maxsize=1)
def quantity_lexicon() -> QuantityLexicon:
    """Load and validate ``quantities.tsv`` and compile the claim regex (cached).

    Examples
    --------
    >>> lex = quantity_lexicon()
    >>> lex.vague["millions of"], lex.scales["lakh"], lex.qualifiers["around"]
    (1000000.0, 100000.0, 'about')
    """
    path = instrument_path(QUANTITIES)
    tables: dict[str, dict[str, str]] = {t: {} for t in TYPES}
    for row in load_tsv(path, required=("term", "type", "value")):
        if row["type"] not in TYPES:
            raise InstrumentError(path, f"unknown type {row['type']!r}", row=int(row["line"]))
        if row["type"] != "qualifier":
            try:
                float(row["value"])
            except ValueError:
                raise InstrumentError(path, f"value {row['value']!r} is not a number", row=int(row["line"])) from None
        tables[row["type"]][row["term"].lower()] = row["value"]
    words = {k: float(v) for k, v in tables["word"].items()}
    scales = {k: float(v) for k, v in tables["scale"].items()}
    vague = {k: float(v) for k, v in tables["vague"].items()}
    fractions = {k: float(v) for k, v in tables["fraction"].items()}
    units = frozenset(tables["unit"])
    # tens and units written apart ("Forty six percent"): one number, read before the words alone
    tens = _alternation([w for w, v in words.items() if " " not in w and v in (20, 30, 40, 50, 60, 70, 80, 90)])
    teens = _alternation([w for w, v in words.items() if " " not in w and 10 <= v <= 19])
    ones = _alternation([w for w, v in words.items() if " " not in w and 1 <= v <= 9])
    suffixes = [s for s in scales if len(s) <= 3 or s in ("million", "billion", "trillion", "crore", "lakh")]  # "100k", "13cr", "RM6.39mil", "€25.1million"
    # Scale words after a space: every scale but the one-letter suffixes ("5 m" is five metres).
    scale_words = rf"(?:{_SP}+(?:{_alternation([s for s in scales if len(s) > 1])})(?![\w])){{0,2}}"
    word = _alternation(list(words))
    denominators = _alternation([d + "s" for d in fractions if d != "half"] + [d for d in fractions if d != "half"])
    number = (
        # "two-thirds", "a quarter", "three quarters" (before the number words: "two" alone is a count)
        # a share written whole: "one in five", "three out of four", "1 of every 2 million" (k16: "of every", and the denominator's scale)
        rf"(?P<ratio>(?:{word}|\d{{1,3}}){_SP}+(?:in{_SP}+(?:every{_SP}+)?|out{_SP}+of{_SP}+|of{_SP}+every{_SP}+)(?:{word}|\d{{1,3}})(?:{_SP}+(?:thousand|million|billion))?(?![\w-]))"
        rf"|(?P<fraction>(?:a|{word})(?:-|{_SP}+)(?:{denominators}))"
        rf"|(?P<vague>(?:{_alternation(list(vague))}){scale_words})"
        # a number, or a range of numbers ("3-4", "1 - 1.2", "$3-$5" with its sign again), with a suffix or scale words
        rf"|(?P<numeral>(?:{_NUMERAL})(?:{_SP}*-{_SP}*[$\u00a3\u20ac]?(?:{_NUMERAL}))?(?:(?:{_alternation(suffixes)})(?![\w]))?{scale_words})"
        rf"|(?P<word>(?P<tens>(?:{tens}){_SP}+(?:{ones})(?![\w-]){scale_words})|(?:{word})(?:-(?:{word}))?(?:-(?:hundred|thousand)(?![\w-]))?{scale_words}"
        # compounds: "two hundred and fifty", "Two-hundred and eighty-five", and as American style spells a sentence's
        # first number, "Two hundred sixty-eight", "One thousand two hundred" (s1513)
        # after "thousand" or "million" without "and", only hundreds or a word of tens ("two thousand three times" is two numbers)
        rf"(?:(?:(?<=hundred){_SP}+(?:and{_SP}+)?|(?<=thousand|.million){_SP}+and{_SP}+)(?:{word})(?:-(?:{word}))?(?![\w-]){scale_words}"
        rf"|(?<=thousand|.million){_SP}+(?:(?:{word}){_SP}+hundred(?![\w-])|(?:{tens}|{teens})(?:-(?:{word}))?(?![\w-])){scale_words}){{0,3}})"
        rf"|(?P<half>half)"
    )
    # Not inside a word, a decimal, a time ("15:15"), a path or an index ("div[2]"), except after a
    # measure written first ("magnitude-7.1"); digits may carry a unit ("10km"); a claim never
    # runs over a line or paragraph break.
    # (A number after a letter and a hyphen is a candidate that find_claims drops unless a prefix
    # stands there: one lookbehind fewer at every character.)
    glued = _alternation(list(units))
    claim = (
        rf"(?:(?P<qualifier>{_alternation(list(tables['qualifier']))}){_SP}+)?(?:{number})"
        rf"(?:(?<=\d)(?=(?:{glued})(?![\w]))|(?![\w]|,\d|\.\d|:\d))"
        rf"(?P<unit>{_SP}*%|(?:{_SP}+(?:per{_SP}*cent|percent|pct)|-per-?cent|(?<=\d)(?:pc|pct))(?![\w-]))?"
    )
    # "#" and "@" before digits make a rank, a tag, a handle or an HTML character reference
    # ("#1 seed", "@350", "&#8220;"), never a quantity.
    first_words = _first_words([*words, *vague, *tables["qualifier"], "a", "half"])
    pattern = re.compile(rf"\b(?<![\w.,:/\[#@])(?<!\d-){first_words}{claim}", re.IGNORECASE)
    return QuantityLexicon(
        words, scales, vague, dict(tables["qualifier"]), pattern, fractions, units, frozenset(tables["prefix"]), frozenset(tables["digits"]), re.compile(claim, re.IGNORECASE),
        re.compile(rf"\b(?:{_alternation(list(tables['temperature']))})\b", re.IGNORECASE),
    )


def _first_words(phrases: list[str]) -> str:
    r"""A lookahead for the claim pattern's start, asked before its long alternations (speed only:
    the same matches, at about half the cost on news): a digit, or the first word of one of
    ``phrases`` (the number words, vague quantities and qualifiers the pattern opens with, and the
    fraction's "a" and "half") with no word character after it.

    Why nothing is lost: the pattern starts where a word starts (``\b`` with no word character
    before it), and every branch opens with a digit (a numeral) or with one of these phrases, whose
    first word is followed in the pattern by a space, a hyphen or the guard ``(?![\w]...)`` (a word
    ending in a letter is never followed by a word character). That holds for phrases in ASCII with
    no digit in their first word; for any other phrase the lookahead is left out (an empty string).

    Examples
    --------
    >>> _first_words(["more than", "two", "a dozen"])
    '(?=\\d|(?:more|two|a)(?!\\w))'
    >>> _first_words(["two", "4x"])
    ''
    """
    firsts = {re.match(r"\w*", " ".join(phrase.split())).group() for phrase in phrases}
    if not all(phrase.isascii() for phrase in phrases) or any(any(ch.isdigit() for ch in word) for word in firsts):
        return ""
    return rf"(?=\d|{_alternation(sorted(word for word in firsts if word))}(?!\w))"


# parse_number's and find_claims' patterns, compiled once (module-level ``re`` calls look each up in re's cache per call).
_SPACED_THOUSANDS = re.compile(r"(?<=\d) (?=\d{3}(?!\d))")  # "30 000"
_RANGE_OF_NUMBERS = re.compile(r"^([\d,.]+) ?- ?[$\u00a3\u20ac]?[\d,.]+")
_SPACED_COMMA = re.compile(r"(?<=\d), (?=000(?!\d))")  # "90, 000"
_DECIMAL_COMMA = re.compile(r"^(\d+),(\d)(?!\d)")
_HYPHEN_HUNDRED = re.compile(r"(?<=[a-z])-(?=(?:hundred|thousand)\b)")
_COMPOUND_NUMBER = re.compile(r"([a-z-]+ (?:hundred|thousand)) and ([a-z -]+)")
_TRAILING_SCALES = re.compile(r"(?: (?:thousand|million|billion|lakh|crore))+$")
_CHAIN_SCALES = {"hundred": 100.0, "thousand": 1e3, "million": 1e6, "billion": 1e9, "lakh": 1e5, "crore": 1e7}


def _word_chain(text: str, lex: QuantityLexicon) -> float | None:
    """The value of number words chained past a scale ("two hundred sixty-eight" = 268, "one thousand two
    hundred" = 1,200, "six hundred and fifty thousand" = 650,000), or None when ``text`` is no such chain (a
    number word then its scale alone, "two hundred", is read as before)."""
    tokens = [t for t in text.replace("-", " ").split() if t != "and"]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"  # "a hundred twenty", "a million four hundred thousand"
    if len(tokens) < 3 or not any(t in _CHAIN_SCALES for t in tokens[1:-1]):
        return None
    total = current = 0.0
    for token in tokens:
        if token in _CHAIN_SCALES:
            scale = _CHAIN_SCALES[token]
            if scale == 100.0:
                current = (current or 1.0) * scale
            else:
                total, current = total + (current or 1.0) * scale, 0.0
        elif token in lex.words and lex.words[token] < 100 and lex.words[token] == int(lex.words[token]):
            current += lex.words[token]
        else:
            return None
    return total + current
_DIGITS_AND_SCALES = re.compile(r"([\d,]+(?:\.\d+)?)\s*([a-z]*)\s*([a-z]*)")
_FRACTION_WORDS = re.compile(r"(?:(.+?)[ -])?([a-z]+?)s?")
_PREFIX_HYPHEN = re.compile(r"([A-Za-z]+)-$")
_MEASURE = re.compile(r"-?([A-Za-z]+)(?:-[A-Za-z]+)*")
_HYPHEN_WORD = re.compile(r"-[A-Za-z]")
_SPACES = re.compile(rf"{_SP}+")
_RATIO_SPLIT = re.compile(rf"{_SP}+(?:in{_SP}+(?:every{_SP}+)?|out{_SP}+of{_SP}+|of{_SP}+every{_SP}+)", re.IGNORECASE)


def parse_number(written: str) -> float | None:
    """The value of a number as written: digits with any grouping, a scale, number words, a
    vague quantity (its lower bound) or a fraction; a range of numbers gives its lower bound.

    Examples
    --------
    >>> [parse_number(x) for x in ("1,00,000", "100,000", "30 000", "1.5 million", "100k", "twenty-five", "two hundred", "a dozen")]
    [100000.0, 100000.0, 30000.0, 1500000.0, 100000.0, 25.0, 200.0, 12.0]
    >>> [parse_number(x) for x in ("3-4", "1 - 1.2 million", "several hundred", "half", "two-thirds", "a quarter")]
    [3.0, 1000000.0, 300.0, 0.5, 0.6667, 0.25]
    >>> [parse_number(x) for x in ("two hundred and fifty", "Two-hundred and eighty-five", "a thousand and one", "six hundred and fifty thousand")]
    [250.0, 285.0, 1001.0, 650000.0]
    >>> parse_number("")
    """
    lex = quantity_lexicon()
    text = " ".join(written.lower().split())
    text = _SPACED_THOUSANDS.sub("", text)  # "30 000"
    text = _SPACED_COMMA.sub(",", text)  # "90, 000"
    text = _RANGE_OF_NUMBERS.sub(r"\1", text)  # a range: its lower bound
    text = _DECIMAL_COMMA.sub(r"\1.\2", text)  # a decimal comma: "48,2 billion"
    if not text:
        return None
    text = _HYPHEN_HUNDRED.sub(" ", text)  # "two-hundred"
    chained = _word_chain(text, lex)
    if chained is not None:  # "two hundred sixty-eight", "one thousand two hundred", "three thousand four hundred and six"
        return chained
    compound = _COMPOUND_NUMBER.fullmatch(text)  # one word before the scale: "two thousand three hundred and five" is no such pair
    if compound:  # "two hundred and eighty-five"; "six hundred and fifty thousand" = 650 thousand
        scale = _TRAILING_SCALES.search(compound.group(2)) if compound.group(1).endswith("hundred") else None
        high, low = parse_number(compound.group(1)), parse_number(compound.group(2)[: scale.start()] if scale else compound.group(2))
        if high is None or low is None:
            return None
        return (high + low) * (parse_number("1" + scale.group()) or 1.0) if scale else high + low
    if text in lex.vague:
        return lex.vague[text]
    if text in lex.words:
        return lex.words[text]
    m = _DIGITS_AND_SCALES.fullmatch(text)
    if m:
        value = float(m.group(1).replace(",", ""))
        for scale in (m.group(2), m.group(3)):
            if scale:
                value *= lex.scales.get(scale, 1.0)
        return value
    fraction = _FRACTION_WORDS.fullmatch(text)
    if fraction and fraction.group(2) in lex.fractions:
        numerator = fraction.group(1)
        top = 1.0 if numerator in (None, "a", "one") else lex.words.get(numerator or "")
        return None if top is None else round(top * lex.fractions[fraction.group(2)], 4)
    parts = text.split()
    if len(parts) > 1 and lex.words.get(parts[0]) in (20.0, 30.0, 40.0, 50.0, 60.0, 70.0, 80.0, 90.0) and 1 <= lex.words.get(parts[1], 0) <= 9:
        parts = [f"{parts[0]}-{parts[1]}", *parts[2:]]  # "forty six"
    vague = next((" ".join(parts[:n]) for n in range(len(parts), 0, -1) if " ".join(parts[:n]) in lex.vague), None)
    if vague:  # "several hundred"
        value, parts = lex.vague[vague], ["", *parts[len(vague.split()):]]
    else:
        head = parts[0]
        value = sum(lex.words.get(p, 0.0) for p in head.split("-")) if "-" in head else lex.words.get(head)
    if value is None:
        return None
    for scale in parts[1:]:
        value *= lex.scales.get(scale, 1.0)
    return value


# A golf score against par after a number: "five-under 64", "11 under with a 69", "two over par".
# Joined by a hyphen ("five-under") it is golf before par, a score, a stop or a preposition; written
# apart only before "par", or "under" before a score of 50-89 ("11 under 69"), a stop or "with",
# "after", "through": "rose by 300 over 24 hours", "52 over 48", "10 under on Monday" are no scores.
_PAR = re.compile(
    rf"(?:(-(under|over))(?![\w-])(?:{_SP}+par\b|(?=[^\S\n]*(?:\d|[.,;)]|$))|(?={_SP}+(?:after|with|for|on|to|and|in|at|through)\b))"
    rf"|({_SP}+(under|over))(?![\w-])(?:{_SP}+par\b|(?<=under)(?=[^\S\n]*(?:[5-8]\d\b|[.,;)]|$))|(?<=under)(?={_SP}+(?:after|with|through)\b)))",
    re.IGNORECASE,
)
_PLURAL_SCALE = re.compile(r"(?:(?:tens|hundreds)[^\S\n]+of[^\S\n]+)?(?:dozens|hundreds|thousands|millions|billions|trillions)", re.IGNORECASE)
_OUT_OF = re.compile(r"[^\S\n]+out[^\S\n]+of[^\S\n]+((?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-[a-z]+|[a-z]+|\d{1,3}(?:,\d{3})*)(?![\w-]|[^\S\n]+[a-z]+s\b)", re.IGNORECASE)  # "... out of seven"; not "out of 75 seats" (a count of its own)
_SIGNS = "-\u2212+"  # a sign written onto a number ("-5C", "\u22123", "+5.9") ...
_BEFORE_SIGN = " \t\n([;:,"  # ... after a space or an opening mark, not inside a word ("COVID-19") or a range ("2021-22")
_SIGNED = re.compile(r"\d{1,3}(?![\d,])")  # ... on a small number: a change, a temperature ("I-1631" read apart is no -1631)
_WORD_AFTER = re.compile(r"[^\S\n]+([a-z]+)\b")


def wholly(text: str, end: int) -> bool:
    """Whether "100 percent" ending at ``end`` is emphasis: a ``wholly`` word of ``claim_words.tsv`` after it
    ("100 percent sure", "100% anonymous", "provided 100 per cent anonymously"), not a share ("100 percent of
    the proceeds", "100% renewable energy", "rose 100 per cent nationally", "100 percent locally grown": a second
    read found that adverbs in -ly make shares as often)."""
    after = _WORD_AFTER.match(text, end)
    return after is not None and after.group(1) in _phrase_words().wholly


_HYPERBOLE_NUMBER = re.compile(r"an?[^\S\n]+(?:hundred|thousand|million|billion|zillion)", re.IGNORECASE)
_HYPHEN_SCALES = frozenset({"million", "billion", "trillion", "crore", "lakh", "bn", "mn"})  # "a $5-million grant"
_THE_BEFORE = re.compile(rf"\b[Tt]he{_SP}+$")
_AGAIN = re.compile(rf"{_SP}+(?:and|upon){_SP}+(dozens|hundreds|thousands|millions|billions)(?:{_SP}+of)?\b", re.IGNORECASE)  # "hundreds and hundreds of"
_ODD = re.compile(r"-(odd|plus)(?![\w-])", re.IGNORECASE)
_PLUS_NOUN = re.compile(r"[^\S\n]+plus(?=[^\S\n]+[a-z])", re.IGNORECASE)  # "20 plus years" (spaced, as "20-plus years" is glued)  # "20-odd", "3,000-plus soldiers" (not "a 30-plus-year career")
_TABLE_UNIT = re.compile(r"\((?:[^()\n]{0,30}[^\S\n])?in[^\S\n]+$", re.IGNORECASE)  # "(shipments in " before a plural scale ...
_TABLE_UNIT_NOUNS = frozenset({"", "units", "dollars", "euros", "pounds", "yen", "yuan", "rupees", "tonnes", "tons", "barrels", "shares"})  # not "(seen in millions of homes)"
_CLOSING = re.compile(r"[^\S\n]*\)")  # ... and its bracket closed right after its noun
_GLUED_NOUN = re.compile(r"([a-z]{3,})[A-Z]")  # "yearsMaintained": a noun and the next line's first word, glued
_BEFORE_DASH = frozenset(":;,.!?)")
_TOKEN = re.compile(r"\S+")
_SENTENCE_END = frozenset(".!?\"\u201d'\u2019")
_COUNTER_WORDS = frozenset({"read", "min", "mins", "minute", "minutes", "comment", "comments", "response", "responses", "replies", "views", "shares", "likes", "reactions", "images", "photos", "pictures", "slides"})
_SPACED_UNIT = re.compile(rf"{_SP}+([A-Za-z]+)\b")
_LIST_MARKER = re.compile(r"\d{1,2}[.)][^\S\n]+\S")
_LINE_OPENING = re.compile(r"(?:^|\n)[^\S\n]*[-*\u2022\u2013\u2014]?[^\S\n]*$")
_LIGHT_YEARS = re.compile(rf"{_SP}+light{_SP}+years?\b", re.IGNORECASE)
_MINUS = re.compile(r"(?<![\d.,][^\S\n])(?<!\bor[^\S\n])(?<![\w-])minus[^\S\n]+$", re.IGNORECASE)  # not "plus or minus 3.4"


def _headline_end(text: str) -> int:
    """Where the text's first line ends when it reads as a headline left above the body: 20 words at
    most, no sentence end, and more text below it; else -1.

    Examples
    --------
    >>> _headline_end("12 Dead as Bus Plunges\\nA bus killed 12 people."), _headline_end("A bus killed 12 people.\\nMore."), _headline_end("12 dead")
    (22, -1, -1)
    """
    start = len(text) - len(text.lstrip())
    end = text.find("\n", start)
    line = text[start:end].rstrip() if end > 0 else ""
    if not line or line[-1] in _SENTENCE_END or len(line.split()) > 20 or not text[end:].strip():
        return -1
    return start + len(line)


@lru_cache(maxsize=1)
def _not_nouns() -> NotNouns:
    words, lex = _phrase_words(), quantity_lexicon()
    return NotNouns(words.stop, words.plurals, lex.units | frozenset(lex.scales))


def find_claims(text: str) -> list[Claim]:
    """Every numeric claim in ``text``, left to right.

    Not claims: dates and years (``Feb 15``, ``in 2022``, ``2019-02-11``), times (``0830 UTC``,
    ``15:15``), durations (``six months``, ``24-hour``), ages (``68-year-old``, ``Singh (29)``),
    identifiers (``Section 67``, ``No. 2``, ``level 2``), numbers in URLs and phone numbers,
    numbers inside names (``France 5 TV``), counts used as modifiers (``a nine-car train``,
    ``a 150-seat parliament``; a measure is a claim: ``a 200-foot shaft``), and number words with
    nothing counted (``one of``). A range of figures is one claim (``3-4 feet``, value its lower
    bound, qualifier ``range``); a fraction's value is the fraction (``half a point``), or a
    share in percent (``half of the votes`` = 50, counts ``percent``). A number that ends the whole
    text is a claim ("the death toll rose to 52") unless it is a lone digit ending a long paragraph
    with no sentence end (the store cut the page mid-number); "C"/"F" written onto a whole number is
    degrees only near a temperature word ("the 5C bus" is no claim); a "-" opening a line is a
    bullet, not a minus sign.

    Examples
    --------
    >>> t = "Russia stationed more than 100,000 troops; millions of Russian soldiers; 1,00,000 people in 2022."
    >>> [(c.number_as_written, c.value, c.counts, c.qualifier) for c in find_claims(t)]
    [('100,000', 100000.0, 'troops', 'more than'), ('millions of', 1000000.0, 'soldiers', 'vague'), ('1,00,000', 100000.0, 'people', 'exact')]
    >>> [c.counts for c in find_claims("Le Drian told France 5 TV on Feb 15. One of them left.")]
    []
    >>> [c.value for c in find_claims("Rs 187223 cr for the 2022 exercise, a 15:15 update.\\n\\nSoldiers left.")]
    [1872230000000.0]
    >>> [(c.number_as_written, c.value, c.counts) for c in find_claims("Almost half of the votes; 3-4 feet; a 58-square-mile fire")]
    [('half', 50.0, 'percent'), ('3-4', 3.0, 'feet'), ('58', 58.0, 'square-mile')]
    """
    if not text.strip():
        return []
    lex = quantity_lexicon()
    months = _phrase_words().months.pattern
    not_nouns = _not_nouns()
    out: list[Claim] = []
    matches = list(lex.pattern.finditer(text))
    if _GLUED_HINT.search(text) and _GLUED_CURRENCY.search(text):  # "R191 billion": the guard refuses a number glued to letters
        glued = [lex.after_currency.match(text, g.end()) for g in _GLUED_CURRENCY.finditer(text) if not _in_code_list(text, g.start(), g.end()) and not _road_number(text, g.start(), g.end())]
        glued = [g for g in glued if g]
        outside = [m for m in matches if not any(g.start() < m.start() < g.end() for g in glued)]  # "P750, 000": its "000" is no number of its own
        matches = sorted(outside + glued, key=lambda g: g.start())
    if _GLUED_SENTENCE.search(text):  # "into the dark and snow.Dozens are being treated": a sentence glued to the last by the page's copy
        glued = [lex.after_currency.match(text, g.end()) for g in _GLUED_SENTENCE.finditer(text) if text[max(0, g.start() - 2) : g.start()].isalpha() and text[max(0, g.start() - 2) : g.start()].islower()]
        matches = sorted(matches + [g for g in glued if g and not g.group("numeral")], key=lambda g: g.start())
    consumed = 0  # the end of a ratio read whole: its second number is no claim of its own
    counter_line = CounterLines(text)  # page_counter, each line read once
    for m in matches:
        if m.start() < consumed:
            continue
        if m.group("qualifier") and m.start() and text[m.start() - 1] == "-":  # "five-under 64": "under" is a golf score's, not a qualifier
            m = lex.pattern.match(text, next(m.start(k) for k in ("ratio", "fraction", "vague", "numeral", "word", "half") if m.group(k))) or m
        bullet = m.start() > 0 and text[m.start() - 1] == "-" and _LINE_START.search(text, max(0, m.start() - 13), m.start() - 1) is not None
        sign = "" if bullet else text[m.start() - 1] if m.start() and m.group("numeral") and not m.group("qualifier") and text[m.start() - 1] in _SIGNS and (m.start() == 1 or text[m.start() - 2] in _BEFORE_SIGN) and _SIGNED.match(m.group("numeral")) else ""
        dash = not m.group("numeral") and m.start() >= 2 and text[m.start() - 2] in _BEFORE_DASH  # "KINSHASA:-Three new cases": a dash typed as a hyphen
        if m.start() and text[m.start() - 1] == "-" and not sign and not bullet and not dash:
            prefix = _PREFIX_HYPHEN.search(text[max(0, m.start() - 20) : m.start()])
            if not (prefix and prefix.group(1).lower() in lex.prefixes and m.group("numeral")):
                continue  # "COVID-19", "twenty-five" read from its second word; "magnitude-7.1" stays
        kind = next(k for k in ("ratio", "fraction", "vague", "numeral", "word", "half") if m.group(k))
        written = m.group(kind)
        number_start = m.start(kind)
        par = _PAR.match(text, m.end()) if kind in ("numeral", "word") and not m.group("unit") else None
        if par and " " not in written.strip():  # a golf score against par: "a five-under 64", "finished 11 under", "two over par"
            value = parse_number(written)
            if value is not None:
                g = 1 if par.group(1) else 3  # joined by a hyphen, or written apart
                side = par.group(g + 1).lower()
                out.append(Claim(written + par.group(g), value, f"{side} par", "exact", text[m.start() : par.end(g)], m.start(), par.end(g)))
            continue
        odd = _ODD.match(text, m.end()) if kind in ("numeral", "word") else None  # "a 20-odd feet", "thirty-odd people": about that many
        measure = _MEASURE.match(text[m.end() : m.end() + 40]) if not odd else None
        unit = measure.group(0).lstrip("-") if measure and measure.group(1).lower() in lex.units and (kind in ("numeral", "word") or (kind == "half" and measure.group(0).startswith("-"))) else ""
        if unit.lower() in ("c", "f") and not measure.group(0).startswith("-") and not degrees(text, m, written, bool(sign) or _MINUS.search(text, max(0, m.start() - 12), m.start()) is not None, lex.temperature):
            continue  # a letter written onto a number with no temperature near: "the 5C bus", "apartment 4F"
        hyphen_scale = bool(measure) and kind == "numeral" and not unit and measure.group(0).startswith("-") and measure.group(1).lower() in _HYPHEN_SCALES and _CURRENCY.search(text, max(0, number_start - 12), number_start) is not None
        again = _AGAIN.match(text, m.end()) if kind == "vague" else None
        again = again if again and again.group(1).lower() == written.lower() else None
        if m.group("unit"):
            if written == "100" and wholly(text, m.end()):
                continue  # "100 per cent sure", "100% anonymous", "provided 100 per cent anonymously": emphasis, no share
            counts, end = "percent", m.end()
        elif hyphen_scale:  # money with its scale as a modifier: "a $5-million grant", "the Rs 5,000-crore package"
            written = f"{written} {measure.group(1)}"
            counts, end = _counted(text, m.end() + len(measure.group(1)) + 1)
            end = max(end, m.end() + len(measure.group(1)) + 1)
        elif unit:  # "10km", "a 200-foot shaft", "a two-kilometer stretch"
            counts, end = unit, m.end() + measure.end()
        elif odd:
            counts, end = _counted(text, odd.end())
            end = max(end, odd.end())
        elif again:  # "hundreds and hundreds of types": one vague quantity, written whole
            written = text[number_start : again.end()]
            counts, end = _counted(text, again.end())
            end = consumed = max(end, again.end())
        else:
            counts, end = _counted(text, m.end(), article=kind in ("fraction", "half"))
            end = max(end, m.end())
            glued = _GLUED_NOUN.match(counts)
            if glued:  # "after 20 yearsMaintained by ...": the page glued its next line onto the noun
                counts = glued.group(1)
            if counts.lower() == "plus" and _PLUS_NOUN.match(text, m.end()) and not _CURRENCY.search(text, max(0, number_start - 4), number_start):
                after_plus, plus_end = _counted(text, _PLUS_NOUN.match(text, m.end()).end())
                if after_plus.lower().endswith("s") or after_plus.lower() in ("years", "people"):
                    counts, end = after_plus, plus_end  # "15-20 plus years", "300 plus people": the noun after "plus" is counted; not "$20 plus tax"
            noun_scale = written.rsplit(None, 1)[-1].lower()
            if lex.scales.get(noun_scale) == 1.0:  # "300 pairs of glasses": 300 pairs, no 600 glasses (review16)
                counts = noun_scale
            if counts in ("years", "year") and _LIGHT_YEARS.match(text, m.end()):  # "55m light years from Earth": a distance, no duration (k17)
                counts = "light " + counts
            phrase = list(_TOKEN.finditer(text, m.end(), end)) if text.count(" ", m.end(), end) > 1 else []
            cut = next((i for i, w in enumerate(phrase) if i and w.group() in lex.words), 0)  # a lower-case number word ("Group One races" is a name)
            if cut:  # "then 65 more two hours later": the phrase stops before the next number
                counts, end = phrase[cut - 1].group(), phrase[cut - 1].end()
            spaced = _SPACED_UNIT.match(text, m.end()) if kind == "numeral" and (not counts or counts[0].isupper()) else None
            if spaced and len(spaced.group(1)) > 1 and spaced.group(1).lower() in lex.units:  # "the 33 metre Narmada Valley dam": a measure, not a name; "400 F-15s" is no temperature
                counts, end = spaced.group(1), spaced.end()
        if kind == "numeral" and not m.group("qualifier") and _LIST_MARKER.match(text, number_start) and _LINE_OPENING.search(text, max(0, number_start - 12), number_start):
            continue  # a list item's number: "1. Anti-Trump groups did not invest", "4) Can he win Ohio?"
        if kind == "numeral" and not counts and not unit and not m.group("unit"):
            counts = range_counts(text, m.end(), lex)  # "40 or 50 protesters"
        if kind == "numeral" and written[-1] in "bB" and not _CURRENCY.search(text, max(0, number_start - 12), number_start):
            continue  # "B" for billion only on money ("$2.0B"); "Form 3B" is a name
        if kind == "numeral" and numeral_skip(text, m, written, counts, months, not_nouns):
            continue
        if kind == "numeral" and cut_at_the_end(text, m, number_start):
            continue  # a page cut short mid-number: "... grew by 3.9 percent to 1" ends the whole text
        if kind == "numeral" and not unit and not hyphen_scale and not odd and _HYPHEN_WORD.match(text, m.end()) and not not_a_count(text, number_start, m.end(kind), counts):
            continue  # a count as a modifier: "a 150-seat parliament"
        share = kind in ("fraction", "half") and SHARE.match(text, m.end()) is not None
        single = _SPACES.sub("-", written) if m.group("tens") else written  # "Forty six"
        if not unit and not m.group("unit") and kind != "ratio" and not (odd and counts) and (kind in ("fraction", "half") or (kind == "word" and " " not in single.strip())):  # "six crore" is an amount by itself
            found = word_counts(text, m, kind, counts, lex)
            if found is None:
                continue
            counts = found
        if not m.group("unit") and not_a_count(text, number_start, m.end(kind), counts):
            continue
        if kind == "numeral" and (not counts or counts.lower() in _COUNTER_WORDS) and counter_line(number_start):
            continue  # a widget's count or a page number alone on its line: "47383", "0 comments", "1 Min Read"
        if kind == "word" and counts.lower() in _phrase_words().hyperbole and _HYPERBOLE_NUMBER.fullmatch(written):
            continue  # "told him a million times", "a thousand different ways"
        if kind == "ratio":  # "one in five Malaysian adults", "three out of four": a share
            parts = _RATIO_SPLIT.split(written, maxsplit=1)
            top, bottom = (parse_number(x) or 0.0 for x in parts)
            if not top or not bottom or top >= bottom:
                continue
            share_of = 100 * top / bottom
            value, counts = (round(share_of, 2) if share_of >= 0.01 else float(f"{share_of:.3g}")), "percent"  # "1 of every 2 million": 5e-05
        else:
            value = parse_number(written)
            out_of = _OUT_OF.match(text, end) if kind in ("word", "numeral") and counts and not unit and not m.group("unit") and value else None
            bottom = parse_number(out_of.group(1)) if out_of else None
            if out_of and bottom and value < bottom:  # "one high-speed TGV train out of seven", "three trains out of four": a share, written whole
                written, value, counts, end = text[number_start : out_of.end()], round(100 * value / bottom, 2), "percent", out_of.end()
                consumed = end
        if value is None or not math.isfinite(value):
            continue  # no number, or digits past a float's range
        qualifier = lex.qualifiers.get(" ".join(m.group("qualifier").lower().split()), "") if m.group("qualifier") else ""
        qualifier = qualifier or (("at least" if odd.group(1).lower() == "plus" else "about") if odd else "vague" if kind == "vague" else "range" if kind == "numeral" and "-" in written else "exact")
        start = m.start()
        if counts.lower() in lex.digits and value == int(value) and 5 <= value <= 12 and kind in ("word", "numeral") and " " not in single.strip():
            value, qualifier = 10.0 ** (value - 1), "at least"  # "six figures": an amount of at least 100,000
        minus = _MINUS.search(text, max(0, m.start() - 12), m.start()) if kind in ("word", "numeral") and not m.group("qualifier") else None
        if minus:  # "a net rating of minus 41"
            value, written, start = -value, "minus " + written, minus.start()
        elif sign:  # a sign written onto the number: "dropped to -5C", "-12.7", "+5.9" (a change, as printed)
            value, written, start = (value if sign == "+" else -value), sign + written, m.start() - 1
        if share:
            value, counts = round(value * 100, 2), "percent"
        the = _THE_BEFORE.search(text, max(0, start - 6), start) if kind == "vague" and _PLURAL_SCALE.fullmatch(written) and not m.group("qualifier") else None
        if the is None and kind == "vague" and _PLURAL_SCALE.match(written) and counts.lower() in _TABLE_UNIT_NOUNS and _TABLE_UNIT.search(text, max(0, start - 40), start) and _CLOSING.match(text, end):
            continue  # a table's unit in brackets: "(shipments in millions of units)", "(in thousands)"
        if the:  # "buying in the thousands", "into the hundreds": the vague quantity as written, whole
            written, start = the.group() + written, the.start()
        if kind == "half" and unit:
            written += "-" + unit  # "a half-mile radius": the measure written whole, as the labels write it
        if m.group("unit"):
            unit_written = m.group("unit").strip()
            written += unit_written if unit_written == "%" or not m.group("unit")[0].isspace() else " " + unit_written  # "5%", "21-percent", "5pc"; "5 per cent"
        out.append(Claim(" ".join(written.split()), value, counts, qualifier, text[start:end], start, end))
    extra = [c for c in vague_claims(text, Claim) if not not_a_count(text, c.start, c.end, c.counts)] if ("illions" in text or "ouple" in text) else []
    if extra:  # "from the millions to 70,000", "a couple more times": vague quantities no term of quantities.tsv holds
        taken = [(c.start, c.end) for c in out]
        out = sorted(out + [c for c in extra if not any(a < c.end and c.start < b for a, b in taken)], key=lambda c: c.start)
    if out:
        out = join_compound(text, out)  # "6,082 ft 3.40 in", "8 lb 6 oz": one measure in two units, written whole
    out = drop_figures(text, out, _measures(), _phrase_words().plurals)  # an idiom ("half the battle"), a frequency, a lottery draw, a story's length
    if len(out) > 2:
        out = breakdowns(text, out)  # "two figures, one male and one female": the count only (k16)
    if out:
        out = model_numbers(text, out)  # "Boeing's 747" where the page writes "the first United 747 flight" (k16)
    if len(out) > 1:
        out = series_members(text, out, not_nouns.stop)  # "coin two being minted" where the page writes "coin three" too (k17)
    head_end = _headline_end(text) if out and out[0].start < 300 else -1
    if head_end > 0:  # a headline left above the body: its figure repeats the body's ("12 Dead as Bus Plunges" over "... killed 12 people")
        later = {c.number_as_written.lower() for c in out if c.start >= head_end}
        out = [c for c in out if c.start >= head_end or c.number_as_written.lower() not in later]
    bands = [Claim(" ".join(text[a:b].split()), value, "degrees", "vague", text[a:b], a, b) for a, b, value in temperature_bands(text, lex.temperature)]
    return sorted(out + bands, key=lambda c: c.start) if bands else out


@lru_cache(maxsize=1)
def _measures() -> frozenset[str]:
    """Words whose number is a measure's as a modifier ("a 50 acre farm", "a five cent fee"):
    quantities.tsv's units and scales and claim_words.tsv's ``measure`` words."""
    lex = quantity_lexicon()
    return frozenset(lex.units) | frozenset(lex.scales) | _phrase_words().measure | {"percent", "per"}


def claim_rows(doc: Document) -> dict[str, list[dict[str, object]]]:
    """The scorer: one ``claims`` row per numeric claim of the document.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, "Calm. Nearly 1,30,000 Russian soldiers massed.")
    >>> r = claim_rows(d)["claims"][0]; r["sentence"], r["value"], r["counts"], r["qualifier"]
    (2, 130000.0, 'soldiers', 'nearly')
    """
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    rows = [
        {
            "article_id": doc.article_id,
            "sentence": numbers[sentence_index(starts, c.start)] if numbers else 0,
            "number_as_written": c.number_as_written,
            "value": c.value,
            "counts": c.counts,
            "qualifier": c.qualifier,
            "start": c.start,
            "end": c.end,
            "text": c.text,
        }
        for c in find_claims(doc.body)
    ]
    return {"claims": rows}


#: The pipeline scorer writing the ``claims`` table.
CLAIMS = Scorer("claims", claim_rows, {"claims": CLAIM_COLUMNS})
