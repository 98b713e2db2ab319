"""Page furniture by its wording: the patterns of ``data/instruments/boilerplate_patterns.tsv``.

Each row names furniture a copied page carries ("Skip to main content", "Post a Comment",
"Photograph: X/Y", "The Associated Press contributed to this report.") with its kind
(``boilerplate`` or ``top_matter``) and reason code, and says how it is tried (``how``):

- ``match``: the whole line is the furniture (every such row in one alternation: one regex call
  a line, the first row in file order that matches wins); a ``match`` row that names ``needs``
  stays out of the alternation and is tried after it, in file order, only on a line holding one
  of its ``needs`` (a substring test costs a fraction of an alternative tried on every line, and
  most rows' wording has a word no line without it can match);
- ``search``: the pattern may stand anywhere in a line of at most ``SEARCH_MAX_CHARS`` characters
  (phrases no article sentence writes), tried only on a line holding one of its ``needs``;
- ``sentences``: a line made only of sentences each of which some ``sentences`` row matches whole
  (a closing credit of two sentences, "Roe reported from Paris. Doe contributed."; a reader's
  question beside a call, "Have a news tip? Email us."), at least one of them from a row not in
  ``ALONG_ONLY``.

:mod:`analysis.boilerplate` gives a pattern's verdict to a unit before its general rule runs.

Examples
--------
>>> match_pattern("Skip to main content"), match_pattern("This report was supplemented by msnbc.com.")
(('boilerplate', 'skip_link'), ('top_matter', 'closing_credit'))
>>> match_pattern(""), match_pattern("Rescuers dug on.")
(None, None)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, NamedTuple, Sequence

from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .regex_speed import substring_finder, without_captures

PATTERNS = "boilerplate_patterns.tsv"
#: Patterns that may match anywhere in a unit are tried only on units up to this long: a whole
#: article copied as one paragraph ("... CLICK HERE TO GET THE APP ...") must not go for a phrase.
SEARCH_MAX_CHARS = 400
KINDS = frozenset({"boilerplate", "top_matter"})
#: How a pattern is tried: on the whole line, anywhere in it, or on each of its sentences (a line
#: made only of sentences such patterns match, as "Roe reported from Paris. Doe contributed.").
HOWS = ("match", "search", "sentences")
#: Where a line is cut into sentences for ``sentences`` patterns: an end mark after two letters,
#: digits or closing marks (not after an initial: "Jane E. Roe", "D.C."), then a capital.
#: ``sentences`` patterns that make a line furniture only beside another such sentence (a
#: question to the reader: "Have a news tip? Email us." goes, a column's "Do you agree?" stays).
ALONG_ONLY = frozenset({"reader_question", "author_line"})
_SENTENCE_CUT = re.compile("(?<=[A-Za-z\\d)\"'\u201d\u2019]{2}[.!?])\\s+(?=[A-Z(\u2014-])")


@dataclass(frozen=True)
class _Pattern:
    reason: str
    kind: str
    how: str  # match | search | sentences
    regex: re.Pattern[str]
    needs: tuple[str, ...] = ()  # a line must contain one (lower case) for the pattern to be tried


#: The news agencies' names, kept once in their own instrument: a pattern writes ``{agencies}``
#: for the alternation of their names (lower case, matched case-insensitively) and
#: ``{agency_shorts}`` for the forms in capitals that close a paragraph after a dash ("— PTI").
NEWS_AGENCIES = "news_agencies.tsv"


@lru_cache(maxsize=1)
def agency_alternations() -> tuple[str, str]:
    """``(names, shorts)``: the regex alternations of ``news_agencies.tsv``'s names and short forms,
    in file order, each once (the short forms case-sensitive).

    Examples
    --------
    >>> names, shorts = agency_alternations()
    >>> names.split("|")[:3], shorts.startswith("(?-i:Xinhua|")
    (['xinhua', 'reuters', 'afp'], True)
    """
    rows = load_tsv(NEWS_AGENCIES, required=("name",))
    names = dict.fromkeys(re.escape(row["name"].strip().lower()) for row in rows if row["name"].strip())
    shorts = dict.fromkeys(re.escape(row["short"].strip()) for row in rows if (row.get("short") or "").strip())
    return "|".join(names), "(?-i:" + "|".join(shorts) + ")"


#: "No one's words on this line", written once for the rows that name it as ``{no_ones_words}``: a
#: lookahead refusing a line that holds a reporting verb or "according to", so that a call to the
#: reader, an offer or a slogan is never taken from a sentence reporting someone.
NO_ONES_WORDS = r"(?![^\n]*\b(?:said|says|say|told|tells|according to|urged|urges|warned|warns|added|adds|asked|asks|wrote|writes)\b)"


def _expand(pattern: str) -> str:
    """A pattern with the agencies' alternations put in place of ``{agencies}`` and ``{agency_shorts}``,
    and :data:`NO_ONES_WORDS` in place of ``{no_ones_words}``.

    Examples
    --------
    >>> bool(re.match(_expand("{no_ones_words}sign up"), "Sign up, she said", re.IGNORECASE)), bool(re.match(_expand("{no_ones_words}sign up"), "sign up"))
    (False, True)
    """
    pattern = pattern.replace("{no_ones_words}", NO_ONES_WORDS)
    if "{agenc" not in pattern:
        return pattern
    names, shorts = agency_alternations()
    return pattern.replace("{agencies}", f"(?:{names})").replace("{agency_shorts}", shorts)


@lru_cache(maxsize=1)
def boilerplate_patterns() -> tuple[_Pattern, ...]:
    """The compiled patterns of ``boilerplate_patterns.tsv``, validated (cached).

    Examples
    --------
    >>> p = boilerplate_patterns()
    >>> p[0].reason, p[0].kind, bool(p[0].regex.fullmatch("skip to main content"))
    ('skip_link', 'boilerplate', True)
    """
    path = instrument_path(PATTERNS)
    out = []
    for row in load_tsv(PATTERNS, required=("reason", "kind", "how", "pattern")):
        if row["kind"] not in KINDS or row["how"] not in HOWS:
            raise InstrumentError(path, f"kind must be one of {sorted(KINDS)} and how one of {', '.join(HOWS)}", row=int(row["line"]))
        try:
            regex = re.compile(_expand(row["pattern"]), re.IGNORECASE)
        except re.error as exc:
            raise InstrumentError(path, f"bad regular expression: {exc}", row=int(row["line"])) from exc
        needs = tuple(n for n in row.get("needs", "").lower().split("|") if n)
        out.append(_Pattern(row["reason"], row["kind"], row["how"], regex, needs))
    return tuple(out)


@lru_cache(maxsize=1)
def _combined() -> tuple[re.Pattern[str], tuple[_Pattern, ...], tuple[_Pattern, ...], re.Pattern[str], tuple[_Pattern, ...]]:
    """Every ``match`` pattern without ``needs`` in one alternation (the first in file order that
    matches the whole line wins, as one by one: one regex call per line instead of one per
    pattern), the ``search`` patterns, all patterns by index, every ``sentences`` pattern in one
    alternation (one call per sentence), and the ``match`` patterns with ``needs``."""
    patterns = boilerplate_patterns()
    whole = [f"(?P<p{i}>{p.regex.pattern})" for i, p in enumerate(patterns) if p.how == "match" and not p.needs]
    by_sentence = [f"(?P<p{i}>{p.regex.pattern})" for i, p in enumerate(patterns) if p.how == "sentences"]
    return (
        re.compile("|".join(whole) or "(?!)", re.IGNORECASE),
        tuple(p for p in patterns if p.how == "search"),
        patterns,
        re.compile("|".join(by_sentence) or "(?!)", re.IGNORECASE),
        tuple(p for p in patterns if p.how == "match" and p.needs),
    )


class _Quick(NamedTuple):
    """The same tests as :func:`_combined`'s, asked faster (same answers)."""

    whole: re.Pattern[str]  # does any ungated ``match`` row match the whole line (groups not captured)?
    sentence: re.Pattern[str]  # does any ``sentences`` row match at the line's start (groups not captured)?
    needs_in: Callable[[str], set[str]]  # the needs of all rows that occur in a (lower-case) line
    whole_line_needs_in: Callable[[str], set[str]]  # those of the gated ``match`` rows (for a long line)
    gated_by_need: dict[str, tuple[int, ...]]  # need -> the gated ``match`` rows that name it (index, file order)
    anywhere_by_need: dict[str, tuple[int, ...]]  # need -> the ``search`` rows that name it
    anywhere_always: tuple[int, ...]  # the ``search`` rows without needs


@lru_cache(maxsize=1)
def _quick() -> _Quick:
    """The alternations without captured groups (only a line that matches is asked again, by the
    named alternation, which row it was: :mod:`analysis.regex_speed`), one pass for the needs,
    and the rows by need (a line tries only the rows of the needs it holds, not every row)."""
    _, anywhere, patterns, _, gated = _combined()
    # The needs of the gated ``match`` rows, and of those and the ``search`` rows, each once.
    whole_line_needs = tuple(dict.fromkeys(need for row in gated for need in row.needs))
    all_needs = tuple(dict.fromkeys(whole_line_needs + tuple(need for row in anywhere for need in row.needs)))

    def alternation(how: str) -> re.Pattern[str]:
        rows = [without_captures(p.regex.pattern) for p in patterns if p.how == how and (how != "match" or not p.needs)]
        return re.compile("|".join(f"(?:{row})" for row in rows) or "(?!)", re.IGNORECASE)

    def by_need(rows: Sequence[_Pattern]) -> dict[str, tuple[int, ...]]:
        out: dict[str, list[int]] = {}
        for index, row in enumerate(rows):
            for need in dict.fromkeys(row.needs):
                out.setdefault(need, []).append(index)
        return {need: tuple(indices) for need, indices in out.items()}

    return _Quick(
        alternation("match"),
        alternation("sentences"),
        substring_finder(all_needs),
        substring_finder(whole_line_needs),
        by_need(gated),
        by_need(anywhere),
        tuple(index for index, row in enumerate(anywhere) if not row.needs),
    )


def _rows_of(present: set[str], by_need: dict[str, tuple[int, ...]], always: tuple[int, ...] = ()) -> list[int]:
    """The rows (indices, in file order) that name one of the needs ``present``, and ``always``."""
    return sorted({*always, *(index for need in present for index in by_need.get(need, ()))})


def _named(found: re.Match[str], patterns: Sequence[_Pattern]) -> _Pattern:
    """The pattern whose group matched in a combined alternation."""
    name = found.lastgroup if found.lastgroup and found.lastgroup.startswith("p") else None
    name = name or next(n for n, v in found.groupdict().items() if v is not None)
    return patterns[int(name[1:])]


def match_pattern(unit: str) -> tuple[str, str] | None:
    """``(kind, reason)`` of the first furniture pattern the unit matches, else ``None``
    (whole-line patterns first, in file order; then those that may match anywhere, each tried
    only on a line holding one of its ``needs``; then, a line made only of sentences each of
    which a ``sentences`` pattern matches whole, at least one not ``ALONG_ONLY``).

    Examples
    --------
    >>> match_pattern("Back to top button"), match_pattern("Source : Ahram online")
    (('boilerplate', 'navigation'), ('top_matter', 'source_credit'))
    >>> match_pattern("Rescue workers soon arrived to help.") is None
    True
    >>> match_pattern("Have a news tip? Email us at tips@example.com."), match_pattern("Do you agree?")
    (('boilerplate', 'reader_address'), None)
    """
    text = " ".join(unit.split())
    whole, anywhere, patterns, sentence_rows, gated = _combined()
    quick = _quick()
    found = quick.whole.fullmatch(text) and whole.fullmatch(text)  # most lines match none: asked once, fast
    if found:
        pattern = _named(found, patterns)
        return pattern.kind, pattern.reason
    short = len(text) <= SEARCH_MAX_CHARS  # a furniture phrase inside a long paragraph is not the paragraph
    # The needs the line holds, found in one pass (not a substring test a need).
    present = (quick.needs_in if short else quick.whole_line_needs_in)(text.lower())
    # Whole-line patterns tried only on a line holding one of their needs, in file order.
    for index in _rows_of(present, quick.gated_by_need):
        if gated[index].regex.fullmatch(text):
            return gated[index].kind, gated[index].reason
    if not short:
        return None
    for index in _rows_of(present, quick.anywhere_by_need, quick.anywhere_always):
        if anywhere[index].regex.search(text):
            return anywhere[index].kind, anywhere[index].reason
    if not quick.sentence.match(text):  # no such sentence opens the line: most lines stop here
        return None
    first = None
    for sentence in _SENTENCE_CUT.split(text):
        found = sentence_rows.fullmatch(sentence)
        if found is None:
            return None
        pattern = _named(found, patterns)
        if first is None and pattern.reason not in ALONG_ONLY:
            first = pattern
    return (first.kind, first.reason) if first else None


def question_to_reader(unit: str) -> bool:
    """Whether the line is made only of sentences that the ``ALONG_ONLY`` rows match (a question
    to the reader, "What do you think?", "Do you agree?"): furniture beside a call or above a
    comment form, a column's own question elsewhere, so :func:`match_pattern` leaves it alone.

    Examples
    --------
    >>> question_to_reader("What do you think?"), question_to_reader("Have you ever seen one? Did you go?")
    (True, True)
    >>> question_to_reader("What do you think the council will do next, he asked."), question_to_reader("")
    (False, False)
    """
    text = " ".join(unit.split())
    if not text.endswith("?"):  # a question ends with its mark: most lines stop here
        return False
    _, _, patterns, sentence_rows, _ = _combined()
    if not _quick().sentence.match(text):
        return False
    for sentence in _SENTENCE_CUT.split(text):
        found = sentence_rows.fullmatch(sentence)
        if found is None or _named(found, patterns).reason not in ALONG_ONLY:
            return False
    return True
