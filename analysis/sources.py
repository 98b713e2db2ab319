"""Quotes and their speakers: direct quotes, partial quotes and indirect speech, each attributed.

A *statement* is one row of the ``quotes`` table:

* ``direct``: a quotation standing as an utterance (``"Units are leaving," X said.``), also when
  it runs over several sentences or paragraphs; the double-quote spans come from
  :attr:`analysis.document.Document.quotes` (robust to unbalanced marks);
* ``partial``: a quoted fragment inside the reporter's sentence (``said that "there is always a
  chance" of ...``), including single-quoted fragments when the sentence has a speaker and cue
  (``France expressed alarm that 'all the elements' were in place``; without one, single quotes
  are scare quotes and not speech);
* ``indirect``: reported speech outside quotation marks: ``X said (that) ...``, ``X told Y that
  ...``, ``X informed that ...``, ``X called for ...``, ``X denied ...``, ``according to X``,
  and the clause-final ``..., Interfax reported.``

Cue verbs are the forms of ``data/instruments/attribution_verbs.tsv`` (with their group:
neutral / assertive / distancing). The speaker is the noun phrase next to the cue (``X said``,
``said X``, ``X, the spokesman, said``); a pronoun (``he said``) is resolved to the last speaker
who is a person (of matching gender when the gazetteer knows it), else the last person named;
a medium in a chain is kept apart as ``via`` (``AFP quoted a spokesperson as saying``,
``said in a statement carried by Interfax``, ``according to AFP``, ``..., Interfax reported``).
A quotation with no attribution of its own continues the previous statement's speaker when it
follows it within a paragraph; otherwise, and whenever the gazetteer does not know the speaker,
the row is kept with bloc ``unknown``: speakers are never dropped.

Examples
--------
>>> rows = extract_quotes('"We are leaving," Peskov said. He added that talks would go on.')
>>> [(q.kind, q.speaker, q.speaker_canonical, q.cue_verb) for q in rows]
[('direct', 'Peskov', 'Dmitry Peskov', 'said'), ('indirect', 'He', 'Dmitry Peskov', 'added')]
>>> extract_quotes("")
[]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Mapping, Sequence

from .actors import (
    ACTOR_COLUMNS,
    MENTION_COLUMNS,
    UNKNOWN,
    Mention,
    bloc_rows,
    find_mentions,
    load_gazetteer,
    mention_rows,
    sentence_index,
)
from .claims import load_calendar
from .document import Document
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .lexicon import phrase_alternation as _alternation
from .pipeline import Scorer
from .segment import count_words, quote_spans, sentence_spans

VERBS = "attribution_verbs.tsv"

QUOTE_COLUMNS = (
    "article_id", "quote_id", "kind", "text", "speaker", "speaker_canonical", "bloc", "cue_verb",
    "verb_group", "via", "sentence", "start", "end", "n_words",
)
ARTICLE_COLUMNS = ("article_id", "n_quotes", "n_unknown_speakers", "first_voice_bloc")

GRAMMAR = "speech_grammar.tsv"
GRAMMAR_TYPES = (
    "pronoun", "title", "determiner", "cue_determiner", "preposition", "adjunct", "parenthetical", "leading",
    "adjunct_preposition", "time_prefix", "time_phrase", "day_part",
)
_KIND_RANK = {"person": 0, "role": 1, "institution": 2, "metonym": 3, "country": 4, "group": 5, "media": 6}
_CONJUNCTION_ONLY = re.compile(r"^\s*(?:and|but)(?:\s+(?:also|then|later|again))?\s*$", re.IGNORECASE)
_PARTICIPLE = re.compile(r"^\s*[a-z]\w*ing\b")
_RELATIVE = re.compile(r"^(?:who|which|whose|that)\b", re.IGNORECASE)
_NEGATION = re.compile(r"\b(?:not|never|n't|declined\s+to|refused\s+to|without|no\s+one|nobody)\s+(?:\w+\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|was|were|are|be|been|being)\s+$", re.IGNORECASE)
_VIA = re.compile(r"\b(?:according\s+to|(?:carried|quoted|cited|reported|published|relayed)\s+by)\s+(?P<via>[^,.;:\"#]+)", re.IGNORECASE)
_AS_SAYING = re.compile(r"^\s*(?P<speaker>[^,.;:\"#]{2,120}?)\s+as\s+saying\b\s*(?:that\b)?", re.IGNORECASE)
_PASSIVE_QUOTE = re.compile(r"^\s*(?:by\s+(?P<via>[^,.;:\"#]+?)\s+)?as\s+saying\b\s*(?:that\b)?", re.IGNORECASE)
MASK = "#"
#: A determiner right before a cue ("the claims") is searched in the 40 characters before the
#: cue (the longest determiner plus a run of spaces), not from the text's start for every cue.
_DETERMINER_WINDOW = 40


@dataclass(frozen=True)
class Grammar:
    """The attribution grammar words of ``speech_grammar.tsv`` and ``calendar.tsv``, compiled."""

    pronouns: Mapping[str, str]  # pronoun -> gender (m, f, "" for a non-person)
    titles: frozenset[str]
    determiners: frozenset[str]
    prepositions: frozenset[str]
    trailing_adjunct: re.Pattern[str]  # auxiliaries, adverbs, time and medium adjuncts before a cue
    parenthetical: re.Pattern[str]  # ", however," after the speaker
    leading: re.Pattern[str]  # a conjunction opening the clause before the speaker
    adjunct_only: re.Pattern[str]  # only adjuncts after a clause-final cue
    time_suffix: re.Pattern[str]  # a time adjunct ending a speaker phrase ("said Peskov on Monday")
    cue_lead: re.Pattern[str]  # comma and time adjunct right after a cue
    determiner_before: re.Pattern[str]  # a determiner right before a cue: the cue is a noun


@lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Load, validate and compile the attribution grammar (cached).

    Every row of ``speech_grammar.tsv`` needs a known type; a pronoun's value is ``m``, ``f`` or
    empty; a term is written once per type. Errors name the file and line.

    Examples
    --------
    >>> g = grammar()
    >>> g.pronouns["she"], "spokesman" in g.titles
    ('f', True)
    >>> bool(g.trailing_adjunct.search("Lavrov on Monday")), bool(g.time_suffix.search(" Peskov on Monday"))
    (True, True)
    """
    path = instrument_path(GRAMMAR)
    words: dict[str, dict[str, str]] = {kind: {} for kind in GRAMMAR_TYPES}
    for row in load_tsv(path, required=("term", "type")):
        kind, term, line = row["type"], " ".join(row["term"].split()), int(row["line"])
        if kind not in words:
            raise InstrumentError(path, f"unknown type {kind!r} (one of {', '.join(GRAMMAR_TYPES)})", row=line)
        if term != term.lower() or not re.fullmatch(r"[a-z']+(?: [a-z']+)*", term):
            raise InstrumentError(path, f"term {row['term']!r} must be lower-case words", row=line)
        if term in words[kind]:
            raise InstrumentError(path, f"{kind} {term!r} is listed twice", row=line)
        value = row.get("value", "")
        if kind == "pronoun" and value not in ("m", "f", ""):
            raise InstrumentError(path, f"pronoun {term!r}: value must be m, f or empty, not {value!r}", row=line)
        words[kind][term] = value
    for kind in GRAMMAR_TYPES:
        if not words[kind]:
            raise InstrumentError(path, f"no row of type {kind!r}")

    def alt(kind: str) -> str:
        return _alternation(list(words[kind]))

    calendar = load_calendar()
    weekday = _alternation([name for name, _abbr in calendar.weekdays])
    month = "(?:" + _alternation([w for name, abbr in calendar.months for w in (name, *abbr)]) + r")\.?"
    time = (
        rf"(?:(?:{alt('time_prefix')})\s+)?(?:(?:{weekday})|{month}\s+\d{{1,2}}|\d{{1,2}}\s+{month}|(?:{alt('time_phrase')})"
        rf"|(?:on\s+)?(?:(?:{weekday})\s+)?(?:{alt('day_part')}))"
    )
    flags = re.IGNORECASE
    return Grammar(
        pronouns=dict(words["pronoun"]),
        titles=frozenset(w for phrase in words["title"] for w in phrase.split()),
        determiners=frozenset(words["determiner"]),
        prepositions=frozenset(words["preposition"]),
        trailing_adjunct=re.compile(rf"(?:\s+|^)(?:{time}|{alt('adjunct')})\s*$", flags),
        parenthetical=re.compile(rf",\s*(?:{alt('parenthetical')})\s*,?\s*$", flags),
        leading=re.compile(rf"^(?:{alt('leading')})(?:\s+|$)", flags),
        adjunct_only=re.compile(rf"^\s*(?:{time}\s*)?(?:(?:{alt('adjunct_preposition')})\b[^#]*)?[.!?]?\s*$", flags),
        time_suffix=re.compile(rf"\s+{time}$", flags),
        cue_lead=re.compile(rf"\s*(?:,\s*)?(?:{time}\s*,?\s*)?", flags),
        determiner_before=re.compile(rf"\b(?:{alt('cue_determiner')})\s+$", flags),
    )


@dataclass(frozen=True)
class VerbProperties:
    """Cue-verb properties from ``attribution_verbs.tsv`` (columns zero_that, takes_object, noun_like)."""

    zero_that: frozenset[str]  # take reported speech with no "that" ("said the troops were leaving")
    takes_object: frozenset[str]  # the object is the reported speech ("called for talks", "denied any intention")
    noun_like: frozenset[str]  # base form usually a noun in news ("a report"): as a base form no cue


@lru_cache(maxsize=1)
def verb_properties() -> VerbProperties:
    """The cue verbs' grammar columns, validated: each cell ``yes`` or empty (error names file and line).

    Examples
    --------
    >>> v = verb_properties()
    >>> "say" in v.zero_that, "call for" in v.takes_object, "report" in v.noun_like
    (True, True, True)
    """
    path = instrument_path(VERBS)
    columns = ("zero_that", "takes_object", "noun_like")
    found: dict[str, set[str]] = {column: set() for column in columns}
    for row in load_tsv(path, required=("term", "group", "forms")):
        for column in columns:
            if column not in row:
                raise InstrumentError(path, f"header lacks column {column!r}", row=int(row["line"]))
            if row[column] not in ("", "yes"):
                raise InstrumentError(path, f"{column} must be 'yes' or empty, not {row[column]!r}", row=int(row["line"]))
            if row[column] == "yes":
                found[column].add(row["term"])
    return VerbProperties(*(frozenset(found[column]) for column in columns))


@dataclass(frozen=True)
class Cue:
    """One attribution cue in the text."""

    text: str
    term: str
    group: str
    start: int
    end: int


@dataclass(frozen=True)
class Quote:
    """One statement: ``start``/``end`` index the text (marks included for direct and partial)."""

    kind: str
    text: str
    speaker: str
    speaker_canonical: str
    bloc: str
    cue_verb: str
    verb_group: str
    via: str
    start: int
    end: int
    anchor: int = 0  # where the speaker is named (orders pronoun resolution)


@lru_cache(maxsize=1)
def cue_lexicon() -> tuple[dict[str, tuple[str, str]], re.Pattern[str]]:
    """The attribution verbs: ``{form (lower case): (term, group)}`` and one compiled regex.

    Examples
    --------
    >>> forms, pattern = cue_lexicon()
    >>> forms["informed"], forms["called for"]
    (('inform', 'assertive'), ('call for', 'neutral'))
    """
    forms: dict[str, tuple[str, str]] = {}
    for row in load_tsv(VERBS, required=("term", "group", "forms")):
        for form in row["forms"].split("|"):
            form = " ".join(form.lower().split())
            if form:
                forms.setdefault(form, (row["term"], row["group"]))
    return forms, re.compile(rf"(?<![\w-])(?:{_alternation(list(forms))})(?![\w-])", re.IGNORECASE)


def find_cues(text: str) -> list[Cue]:
    """Every attribution cue in ``text`` (mask quoted text first so quotes' own verbs are skipped).

    Examples
    --------
    >>> [(c.text, c.group) for c in find_cues("He said it; they denied it, according to AFP.")]
    [('said', 'neutral'), ('denied', 'distancing'), ('according to', 'neutral')]
    """
    forms, pattern = cue_lexicon()
    noun_like, determiner_before = verb_properties().noun_like, grammar().determiner_before
    out = []
    for m in pattern.finditer(text):
        form = " ".join(m.group().lower().split())
        term, group = forms[form]
        if form == term and term in noun_like or determiner_before.search(text, max(0, m.start() - _DETERMINER_WINDOW), m.start()):
            continue  # a noun: "a report", "the claims"
        out.append(Cue(m.group(), term, group, m.start(), m.end()))
    return out


class CueIndex:
    """The cues of one text (in text order, as :func:`find_cues` returns them), found by span.

    ``within(lo, hi)`` is ``[c for c in cues if lo <= c.start and c.end <= hi]``. Cues are
    regex matches of one scan, so they do not overlap and both their starts and their ends
    ascend: the cues inside a span are one run of the list, found by bisection instead of a
    scan of every cue (extraction asks for the cues of a span several times per quotation).

    Examples
    --------
    >>> index = CueIndex(find_cues("He said it; they denied it, according to AFP."))
    >>> [c.text for c in index.within(0, 24)], index.within(5, 6)
    (['said', 'denied'], [])
    """

    def __init__(self, cues: Sequence[Cue]) -> None:
        self.cues = list(cues)
        self.starts = [c.start for c in self.cues]
        self.ends = [c.end for c in self.cues]

    def within(self, lo: int, hi: int) -> list[Cue]:
        """The cues that start at or after ``lo`` and end at or before ``hi``, in text order."""
        return self.cues[bisect.bisect_left(self.starts, lo) : bisect.bisect_right(self.ends, hi)]


def single_quote_spans(text: str, *, exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Spans of single-quoted fragments (``'imminent'``), marks included; apostrophes are not
    openers (``Russia's``). At most 12 words, never across a line.

    Examples
    --------
    >>> t = "Russia's 'imminent' threat and the ministers' talks"
    >>> [t[s:e] for s, e in single_quote_spans(t)]
    ["'imminent'"]
    """
    out = []
    for m in re.finditer(r"(?<![\w'])'(?=[^\s'])([^'\n]{1,120}?)(?<=[^\s])'(?![\w])", text):
        if count_words(m.group(1)) > 12 or any(s <= m.start() < e for s, e in exclude):
            continue
        out.append((m.start(), m.end()))
    return out


def mask_spans(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with every span replaced by ``#`` (same length, so offsets hold).

    Examples
    --------
    >>> mask_spans('A "b c" d', [(2, 7)])
    'A ##### d'
    """
    chars = list(text)
    for start, end in spans:
        chars[start:end] = MASK * (end - start)
    return "".join(chars)


# --- speakers ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class Speaker:
    """A speaker phrase found in the text, before resolution."""

    text: str
    start: int
    canonical: str
    bloc: str
    kind: str


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[\w][\w'.\-]*", text)]


def subject_phrase(masked: str, lo: int, hi: int, mentions: Sequence[Mention]) -> Speaker | None:
    """The subject noun phrase of a cue: the speaker named in ``masked[lo:hi]`` (text before
    the cue), resolved with the gazetteer ``mentions`` (offsets into the same text).

    Examples
    --------
    >>> t = "At the same time, Foreign Minister Sergey Lavrov on Monday said"
    >>> s = subject_phrase(t, 0, len(t) - 5, find_mentions(t)); s.text, s.canonical
    ('Foreign Minister Sergey Lavrov', 'Sergei Lavrov')
    >>> t = "Dmitry Peskov, the Kremlin spokesman, told"
    >>> subject_phrase(t, 0, len(t) - 5, find_mentions(t)).text
    'Dmitry Peskov, the Kremlin spokesman'
    >>> subject_phrase("", 0, 0, []) is None
    True
    """
    g = grammar()
    region = masked[lo:hi]
    while True:  # strip auxiliaries, adverbs, time adjuncts and parentheticals before the verb
        cut = g.parenthetical.search(region) or g.trailing_adjunct.search(region)
        if not cut or cut.start() == cut.end():
            break
        region = region[: cut.start()]
    region = region.rstrip()
    if not region.strip():
        return None
    if region.endswith(","):  # appositive: "Peskov, the Kremlin spokesman,"
        parts = region[:-1].split(",")
        while len(parts) > 1 and (_RELATIVE.match(parts[-1].strip()) or _PARTICIPLE.match(parts[-1])):
            parts.pop()
        start_at = len(",".join(parts[:-2])) + (1 if len(parts) > 2 else 0)
        phrase_start, phrase = start_at, ",".join(parts[-2:]) if len(parts) > 1 else parts[-1]
        if _RELATIVE.match(phrase.strip()):
            return None
    else:
        boundary = max(region.rfind(c) for c in ",;:(—" + MASK)
        phrase_start, phrase = boundary + 1, region[boundary + 1 :]
        if _RELATIVE.fullmatch(phrase.strip()):  # "Peskov, who said": the antecedent
            return subject_phrase(masked, lo, lo + boundary, mentions)
    while True:
        lead = g.leading.match(phrase.lstrip())
        if not lead:
            break
        skip = len(phrase) - len(phrase.lstrip()) + lead.end()
        phrase_start, phrase = phrase_start + skip, phrase[skip:]
    phrase_start += len(phrase) - len(phrase.lstrip())
    phrase = phrase.strip()
    if not phrase or _PARTICIPLE.match(phrase) or not phrase[0].isalnum():
        return None
    start, end = lo + phrase_start, lo + phrase_start + len(phrase)
    inside = [m for m in mentions if start <= m.start and m.end <= end]
    words = _word_spans(phrase)
    if len(words) == 1 and phrase.lower() in g.pronouns:
        return Speaker(phrase, start, "", "", "pronoun")
    # 1. a known actor ending the phrase, not governed by a preposition: "a day Russia", "Liz Truss"
    last = [m for m in inside if m.end == end]
    if last and not _governed(masked, start, last[0].start, inside):
        run = _extend_back(masked, start, last[0].start, inside)
        chosen = _best([m for m in inside if m.start >= run])
        return Speaker(masked[run:end], run, chosen.actor, chosen.bloc, chosen.kind)
    # 2. the head of the phrase (before its first preposition): "Parents of students in Kyiv"
    head_end = end
    for w_start, w_end in words:
        absolute = start + w_start
        if phrase[w_start:w_end].lower() in g.prepositions and not any(m.start <= absolute < m.end for m in inside):
            head_end = absolute
            break
    heads = [m for m in inside if m.start < head_end]
    if len(words) > 10:
        keep = words[-8:]
        start, phrase = start + keep[0][0], phrase[keep[0][0] :]
    if heads:
        chosen = _best(heads)
        return Speaker(phrase, start, chosen.actor, chosen.bloc, chosen.kind)
    return Speaker(phrase, start, "", UNKNOWN, "")


def _governed(text: str, phrase_start: int, at: int, inside: Sequence[Mention]) -> bool:
    """Is the mention at ``at`` the object of a preposition (``in Kharkiv and Kyiv``)?"""
    before = text[phrase_start:at].split()
    for word in reversed(before):
        low = word.lower().strip(",")
        if low in grammar().prepositions:
            return True
        if low in ("and", "or") or word[:1].isupper():
            continue
        return False
    return False


def _extend_back(text: str, phrase_start: int, at: int, inside: Sequence[Mention]) -> int:
    """Start of the name with its titles: ``Britain's Foreign Minister`` + ``Liz Truss``."""
    run = at
    for m in re.finditer(r"[\w][\w'.\-]*", text[phrase_start:at]):
        pass
    tokens = [(phrase_start + m.start(), m.group()) for m in re.finditer(r"[\w][\w'.\-]*", text[phrase_start:at])]
    g = grammar()
    for position, word in reversed(tokens):
        if word[:1].isupper() or word.lower() in g.titles or any(m.start <= position < m.end for m in inside):
            run = position
            continue
        if word.lower() in g.determiners:
            run = position
        break
    return run


def _best(mentions: Sequence[Mention]) -> Mention:
    """The most specific actor of a phrase: a person before a role before an institution."""
    return min(mentions, key=lambda m: (_KIND_RANK.get(m.kind, 9), -m.start))


def object_phrase(text: str, mentions: Sequence[Mention], offset: int) -> Speaker | None:
    """A speaker written after the cue (``said Peskov``, ``according to AFP``): up to the first
    comma or sentence end, time adjuncts removed. ``offset`` is where ``text`` starts.

    Examples
    --------
    >>> t = " Dmitry Peskov, the Kremlin spokesman."
    >>> object_phrase(t, find_mentions(t), 0).canonical
    'Dmitry Peskov'
    """
    m = re.match(r"\s*([^,.;:#\"!?]+?(?:\.[A-Z]\.?)?)\s*(?=[,.;:#\"!?]|$)", text)
    if not m or not m.group(1).strip():
        return None
    phrase = grammar().time_suffix.sub("", m.group(1)).strip()
    start = offset + m.start(1)
    if not phrase or count_words(phrase) > 10:
        return None
    inside = [x for x in mentions if start <= x.start and x.end <= start + len(phrase)]
    if len(phrase.split()) == 1 and phrase.lower() in grammar().pronouns:
        return Speaker(phrase, start, "", "", "pronoun")
    if inside:
        chosen = _best(inside)
        return Speaker(phrase, start, chosen.actor, chosen.bloc, chosen.kind)
    return Speaker(phrase, start, "", UNKNOWN, "")


def _via(text: str, mentions: Sequence[Mention], offset: int) -> str:
    """The medium named in ``text`` (``carried by Interfax``, ``according to AFP``), or ""."""
    m = _VIA.search(text)
    if not m:
        return ""
    return _name(m.group("via"), mentions, offset + m.start("via"))


def _name(phrase: str, mentions: Sequence[Mention], offset: int) -> str:
    inside = [x for x in mentions if offset <= x.start and x.end <= offset + len(phrase)]
    return _best(inside).actor if inside else " ".join(phrase.split())


# --- extraction -------------------------------------------------------------------------------

def extract_quotes(
    text: str,
    *,
    quotes: Sequence[tuple[int, int]] | None = None,
    sentences: Sequence[tuple[int, int]] | None = None,
    mentions: Sequence[Mention] | None = None,
) -> list[Quote]:
    """Every statement in ``text``, in text order, speakers resolved.

    ``quotes`` are the double-quote spans (default :func:`analysis.segment.quote_spans`) and
    ``sentences`` the sentence spans (default :func:`analysis.segment.sentence_spans`); pass a
    :class:`~analysis.document.Document`'s to reuse them (:func:`document_quotes`).

    Examples
    --------
    >>> t = '"Units will head to their garrisons," AFP quoted a Russian Defence Ministry spokesperson as saying.'
    >>> q = extract_quotes(t)[0]
    >>> q.kind, q.speaker, q.speaker_canonical, q.via, q.cue_verb
    ('direct', 'a Russian Defence Ministry spokesperson', 'Russian Defence Ministry spokesperson', 'AFP', 'quoted')
    >>> [(q.kind, q.speaker_canonical) for q in extract_quotes('Shoygu said that "there is always a chance" of a deal.')]
    [('partial', 'Sergei Shoigu')]
    >>> extract_quotes("No one spoke here.")
    []
    """
    if not text.strip():
        return []
    doubles = sorted(quotes if quotes is not None else quote_spans(text))
    sents = sorted(sentences if sentences is not None else sentence_spans(text)) or [(0, len(text))]
    singles = single_quote_spans(text, exclude=doubles)
    masked = mask_spans(text, [*doubles, *singles])
    mentions = find_mentions(text) if mentions is None else mentions
    cues = find_cues(masked)
    starts = [s for s, _ in sents]
    used: set[int] = set()  # start offsets of cues already attributed
    found: list[Quote] = []

    def sentence_of(offset: int) -> tuple[int, int]:
        return sents[sentence_index(starts, offset)]

    cues_in = CueIndex(cues).within

    # 1. quotations (double, then single-quoted fragments that have a speaker)
    for q_start, q_end in [*doubles, *singles]:
        single = (q_start, q_end) in singles
        inner = text[q_start + 1 : q_end - 1 if text[q_end - 1 : q_end] in "\"'" and q_end - q_start > 1 else q_end]
        s_start, s_end = sentence_of(q_start)
        prefix = masked[s_start:q_start]
        first = next((ch for ch in inner if ch.isalnum()), "")
        prefix_cues = cues_in(s_start, q_start)
        partial = single or first.islower() or (
            bool(prefix.strip()) and prefix.rstrip()[-1:] not in ":," and not prefix_cues
        )
        attribution = None
        if not partial:
            attribution = _after(text, masked, q_end, sents, starts, mentions, cues_in)
        if attribution is None and prefix_cues:
            attribution = _before(masked, s_start, prefix_cues[-1], mentions)
        if attribution is None and partial:
            attribution = _after(text, masked, q_end, sents, starts, mentions, cues_in)
        if attribution is None and single:
            sentence_cues = [c for c in cues_in(s_start, s_end) if c.start not in used]
            if sentence_cues:
                attribution = _before(masked, s_start, sentence_cues[0], mentions)
            if attribution is None:
                continue  # scare quotes: not speech
        if attribution is None and partial:  # "Scholz called the announcement "a good sign""
            people = [m for m in mentions if s_start <= m.start < q_start and m.kind == "person"]
            if people:
                m = people[0]
                attribution = (Speaker(m.text, m.start, m.actor, m.bloc, m.kind), None, "")
        if attribution is None:
            previous = _previous_colon_sentence(text, masked, q_start, sents, starts, cues_in, mentions)
            attribution = previous
        speaker, cue, via = attribution if attribution else (None, None, "")
        if cue is not None:
            used.add(cue.start)
        if cue is not None and not via:  # '," he said, news agency PTI reported.'
            _, s_stop = sentence_of(max(q_start, q_end - 1))
            for later in cues_in(cue.end, max(s_stop, q_end)):
                comma = masked.rfind(",", cue.end, later.start)
                medium = subject_phrase(masked, comma + 1, later.start, mentions) if comma >= 0 else None
                if medium is not None and medium.kind == "media" and _adjunct_only(masked[later.end : s_stop]):
                    via = medium.canonical
                    used.add(later.start)
                    break
        if via:  # "..., the ministry said, according to AFP": the cue is the medium, not a speaker
            _, s_stop = sentence_of(max(q_start, q_end - 1))
            used.update(c.start for c in cues_in(q_end, max(s_stop, q_end)) if c.term == "according to")
        found.append(
            Quote(
                kind="partial" if partial else "direct",
                text=" ".join(inner.strip().rstrip(",").split()),
                speaker=speaker.text if speaker else "",
                speaker_canonical=speaker.canonical if speaker else "",
                bloc=(speaker.bloc if speaker else "") or ("" if speaker and speaker.kind == "pronoun" else UNKNOWN),
                cue_verb=" ".join(cue.text.split()) if cue else "",
                verb_group=cue.group if cue else "",
                via=via,
                start=q_start,
                end=q_end,
                anchor=speaker.start if speaker else q_start,
            )
        )
        if speaker is not None and speaker.kind == "pronoun":
            found[-1] = replace(found[-1], bloc="")

    # 2. indirect speech from the cues left over
    covered: list[tuple[int, int, int]] = []  # (start, end, index into found) of indirect contents
    for cue in cues:
        if cue.start in used:
            continue
        inside = next((c for c in covered if c[0] <= cue.start < c[1]), None)
        s_start, s_end = sentence_of(cue.start)
        if inside is not None and _attach_via(found, inside, cue, text, masked, s_end, mentions, covered):
            continue
        lead = masked[inside[0] if inside else s_start : cue.start]
        tail = lead[max(lead.rfind(","), lead.rfind(MASK)) + 1 :]
        enclosing = found[inside[2]] if inside else next((q for q in reversed(found) if s_start <= q.start < cue.start), None)
        coordinated = _CONJUNCTION_ONLY.match(tail) or (inside is not None and re.search(r"\s(?:and|but)\s*$", lead))
        if coordinated and enclosing is not None:  # "X said ... and urged Y to ..."
            speaker = Speaker(enclosing.speaker, enclosing.anchor, enclosing.speaker_canonical, enclosing.bloc, "pronoun" if enclosing.speaker.lower() in grammar().pronouns else "")
            statement = _indirect(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=speaker)
            if statement is not None and inside is not None:
                joint = re.search(r"\s(?:and|but)\s*$", lead)  # None when only ``tail`` matched: cut there
                conj = inside[0] + (joint.start() if joint else len(lead) - len(tail))
                found[inside[2]] = _truncate(found[inside[2]], conj, text)
                covered[covered.index(inside)] = (inside[0], conj, inside[2])
        else:
            statement = _indirect(text, masked, cue, s_start, s_end, mentions, cues_in)
            if statement is not None and inside is not None and not (
                statement.speaker_canonical and count_words(statement.speaker) <= 6
            ):
                continue  # a cue inside reported speech whose subject is not a known actor
        if statement is None:
            continue
        used.add(cue.start)
        found.append(statement)
        covered.append((statement.start, statement.end, len(found) - 1))

    ordered = sorted(found, key=lambda q: (q.start, q.end))
    return _resolve(ordered, text, mentions)


def _after(text, masked, q_end, sents, starts, mentions, cues_in):  # type: ignore[no-untyped-def]
    """Attribution written after a quotation: ``," X said.``, ``," said X.``, ``," AFP quoted X as saying.``"""
    here = sentence_index(starts, max(0, q_end - 1))
    s_start, s_end = sents[here]
    if s_end <= q_end:  # the quote closes its sentence: the attribution may open the next one
        index = here + 1
        if index < len(sents) and sents[index][0] >= q_end:
            nxt_start, nxt_end = sents[index]
            gap = text[q_end:nxt_start]
            if "\n" in gap or not text[nxt_start : nxt_start + 1].islower():
                return None
            s_end = nxt_end
        else:
            return None
    right = masked[q_end:s_end]
    if MASK in right:
        right = right[: right.index(MASK)]
    candidates = [c for c in cues_in(q_end, q_end + len(right)) if count_words(text[q_end : c.start]) <= 12]
    if not candidates:
        return None
    cue = candidates[0]
    rest_start = cue.end
    rest = masked[rest_start : q_end + len(right)]
    if not masked[q_end : cue.start].strip(" ,\"'"):  # inversion: ," said Peskov.
        speaker = object_phrase(rest, mentions, rest_start)
        return (speaker, cue, _via(rest, mentions, rest_start)) if speaker else None
    subject = subject_phrase(masked, q_end, cue.start, mentions)
    if subject is None:
        return None
    if cue.term in ("quote", "cite") or cue.text.lower().startswith(("quot", "cit")):
        chain = _AS_SAYING.match(rest)
        if chain:  # AFP quoted X as saying
            inner_start = rest_start + chain.start("speaker")
            target = object_phrase(chain.group("speaker"), mentions, inner_start)
            if target is not None:
                return (target, cue, _name(subject.text, mentions, subject.start))
    return (subject, cue, _via(rest, mentions, rest_start))


def _before(masked, s_start, cue, mentions):  # type: ignore[no-untyped-def]
    """Attribution written before a quotation in its sentence: ``X said that "..."``."""
    subject = subject_phrase(masked, s_start, cue.start, mentions)
    if subject is None:
        return None
    return (subject, cue, _via(masked[cue.end :][:200], mentions, cue.end))


def _previous_colon_sentence(text, masked, q_start, sents, starts, cues_in, mentions):  # type: ignore[no-untyped-def]
    """``Peskov said:`` ending the sentence before a quotation."""
    index = sentence_index(starts, q_start)
    if index == 0 or sents[index][0] < q_start and text[sents[index][0] : q_start].strip():
        return None
    p_start, p_end = sents[index - 1]
    if not text[p_start:p_end].rstrip().endswith(":"):
        return None
    previous = cues_in(p_start, p_end)
    return _before(masked, p_start, previous[-1], mentions) if previous else None


def _indirect(text, masked, cue, s_start, s_end, mentions, cues_in, *, speaker: Speaker | None = None) -> Quote | None:  # type: ignore[no-untyped-def]
    """Reported speech around a cue that no quotation took, or None when the cue is not one."""
    low = " ".join(cue.text.lower().split())
    before = masked[s_start : cue.start]
    after = masked[cue.end : s_end]
    if _NEGATION.search(before) or low.endswith("ing") and low != "according to":
        return None
    if low == "according to":
        speaker = object_phrase(after, mentions, cue.end)
        if speaker is None:
            return None
        tail = re.match(r"[^,.;:#]*[,]?", after)
        rest_start = cue.end + (tail.end() if tail else 0)
        content = (s_start, cue.start) if before.strip(" ,") else (rest_start, s_end)
        return _statement(text, speaker, cue, "", content, cue.start)
    if _PASSIVE.search(before):
        chain = _PASSIVE_QUOTE.match(after) if low.startswith(("quot", "cit")) else None
        if chain is None:
            return None
        subject = subject_phrase(masked, s_start, _PASSIVE.search(before).start() + s_start, mentions)  # type: ignore[union-attr]
        if subject is None:
            return None
        via = _name(chain.group("via"), mentions, cue.end + chain.start("via")) if chain.group("via") else ""
        return _statement(text, subject, cue, via, (cue.end + chain.end(), s_end), subject.start)
    if re.match(r"\s+by\b", after):
        return None
    if low == cue.term and " " not in low:  # base forms are nouns or infinitives: "a report", "to say"
        return None
    # clause-final attribution: "..., Interfax reported." / "..., the ministry said on Tuesday."
    comma = before.rstrip().rfind(",")
    if comma > 0 and _adjunct_only(after):
        subject = subject_phrase(masked, s_start + comma + 1, cue.start, mentions)
        if subject is not None and count_words(subject.text) <= 8:
            return _statement(text, subject, cue, _via(after, mentions, cue.end), (s_start, s_start + comma), subject.start)
    subject = speaker or subject_phrase(masked, s_start, cue.start, mentions)
    if subject is None:
        return None
    verbs = verb_properties()
    that = re.match(r"(?P<gap>(?:\s+[^\s#]+){0,12}?)\s+that\b", after)
    if that and cue.term in verbs.takes_object and that.group("gap").strip():
        that = None  # "urged Russia to prove that ...": the object is the speech
    if that and "," not in that.group("gap"):
        content_start = cue.end + that.end()
    elif cue.term in verbs.takes_object or (cue.term in verbs.zero_that and low.endswith(("ed", "said", "told", "id"))):
        lead = grammar().cue_lead.match(after)
        content_start = cue.end + (lead.end() if lead else 0)
        if count_words(masked[content_start:s_end]) < (1 if cue.term in verbs.takes_object else 3) or re.match(r"\s*(?:in|at|during|on|to|with)\b", masked[content_start:s_end]):
            return None
    elif cue.term == "tell" and re.match(r"\s+\w+(?:\s+\w+)?\s+(?:to|about)\b", after):
        content_start = cue.end
    else:
        return None
    return _statement(text, subject, cue, _via(after, mentions, cue.end), (content_start, s_end), subject.start)


def _adjunct_only(text: str) -> bool:
    """Is ``text`` (after a cue) only adjuncts (``in a statement on Tuesday.``), not a clause?"""
    return bool(grammar().adjunct_only.match(text)) and count_words(text) <= 10 and "that" not in text.lower().split()


def _statement(text: str, speaker: Speaker, cue: Cue, via: str, content: tuple[int, int], anchor: int) -> Quote:
    start, end = content
    while start < end and text[start] in " ,:":
        start += 1
    while end > start and text[end - 1] in " .,;":
        end -= 1
    return Quote(
        kind="indirect",
        text=" ".join(text[start:end].split()),
        speaker=speaker.text,
        speaker_canonical=speaker.canonical,
        bloc="" if speaker.kind == "pronoun" else (speaker.bloc or UNKNOWN),
        cue_verb=" ".join(cue.text.split()),
        verb_group=cue.group,
        via=via,
        start=start,
        end=end,
        anchor=anchor,
    )


def _attach_via(found, inside, cue, text, masked, s_end, mentions, covered) -> bool:  # type: ignore[no-untyped-def]
    """A clause-final ``, Interfax reported`` inside an earlier statement's content: that
    statement came via this medium; its content stops at the comma."""
    c_start, c_end, index = inside
    after = masked[cue.end : s_end]
    comma = masked.rfind(",", c_start, cue.start)
    if comma < 0 or not _adjunct_only(after) or count_words(masked[comma + 1 : cue.start]) > 6:
        return False
    medium = subject_phrase(masked, comma + 1, cue.start, mentions)
    statement = found[index]
    if medium is None or statement.via:
        return False
    found[index] = _truncate(replace(statement, via=medium.canonical or medium.text), comma, text)
    return True


def _truncate(statement: Quote, end: int, text: str) -> Quote:
    """The statement with its content ending at ``end`` (before a nested clause)."""
    while end > statement.start and text[end - 1] in " ,.;":
        end -= 1
    return replace(statement, end=end, text=" ".join(text[statement.start : end].split()))


def _resolve(statements: list[Quote], text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """Resolve pronouns and continue unattributed quotations, in order of where speakers are named."""
    gazetteer = load_gazetteer()
    pronouns = grammar().pronouns
    people = [m for m in mentions if m.kind == "person"]
    history: list[Quote] = []
    out: list[Quote] = []
    for q in sorted(statements, key=lambda q: (q.anchor, q.start)):
        pronoun = q.speaker.lower() if q.speaker.lower() in pronouns else None
        if pronoun:
            gender = pronouns[pronoun]
            person_like = bool(gender)  # he, she: a person; it, they: not

            def fits(canonical: str) -> bool:
                actor = gazetteer.actors.get(canonical)
                if actor is None:
                    return person_like is False
                if person_like:
                    return actor.kind == "person" and (not actor.gender or actor.gender == gender)
                return actor.kind != "person"

            earlier = [h for h in history if h.speaker_canonical and fits(h.speaker_canonical)]
            if earlier:
                q = replace(q, speaker_canonical=earlier[-1].speaker_canonical, bloc=earlier[-1].bloc)
            else:
                named = [m for m in people if m.start < q.anchor and fits(m.actor)] if person_like else []
                q = replace(q, speaker_canonical=named[-1].actor if named else "", bloc=named[-1].bloc if named else UNKNOWN)
        elif not q.speaker and q.kind == "direct":  # a quotation continuing the previous speaker
            previous = next((h for h in reversed(history) if h.end <= q.start and h.speaker), None)
            if previous is not None and text[previous.end : q.start].count("\n\n") <= 1:
                q = replace(q, speaker=previous.speaker, speaker_canonical=previous.speaker_canonical, bloc=previous.bloc, via=previous.via)
            else:
                q = replace(q, bloc=UNKNOWN)
        history.append(q)
        out.append(q)
    return sorted(out, key=lambda q: (q.start, q.end))


def document_quotes(doc: Document, *, mentions: Sequence[Mention] | None = None) -> list[Quote]:
    """:func:`extract_quotes` on a document's body with its own quote and sentence spans.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, '\\u201cWe go,\\u201d she said.')
    >>> [(q.speaker, q.bloc) for q in document_quotes(d)]
    [('she', 'unknown')]
    """
    return extract_quotes(doc.body, quotes=doc.quotes, sentences=[(s.start, s.end) for s in doc.sentences], mentions=mentions)


def quote_rows(doc: Document, statements: Sequence[Quote]) -> list[dict[str, object]]:
    """Rows of the ``quotes`` table, numbered in text order."""
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    rows = []
    for n, q in enumerate(statements, start=1):
        rows.append(
            {
                "article_id": doc.article_id,
                "quote_id": f"{doc.article_id}-q{n:02d}",
                "kind": q.kind,
                "text": q.text,
                "speaker": q.speaker,
                "speaker_canonical": q.speaker_canonical,
                "bloc": q.bloc or UNKNOWN,
                "cue_verb": q.cue_verb,
                "verb_group": q.verb_group,
                "via": q.via,
                "sentence": numbers[sentence_index(starts, q.start)] if numbers else 0,
                "start": q.start,
                "end": q.end,
                "n_words": count_words(q.text),
            }
        )
    return rows


def voices_tables(doc: Document) -> dict[str, list[dict[str, object]]]:
    """The scorer: ``quotes``, ``mentions``, ``actors`` (per bloc) and article summary columns.

    Examples
    --------
    >>> from analysis.document import build_document
    >>> d = build_document({"id": "x", "outlet": "W"}, '"We go," Lavrov said. Unnamed officials said that talks failed.')
    >>> t = voices_tables(d)
    >>> t["articles"], [r["speaker_canonical"] for r in t["quotes"]]
    ([{'article_id': 'x', 'n_quotes': 2, 'n_unknown_speakers': 1, 'first_voice_bloc': 'Russia'}], ['Sergei Lavrov', ''])
    """
    mentions = find_mentions(doc.body)
    statements = document_quotes(doc, mentions=mentions)
    quotes = quote_rows(doc, statements)
    starts = [s.start for s in doc.sentences]
    numbers = [s.number for s in doc.sentences]
    blocs = bloc_rows(
        doc.article_id,
        [(s.number, s.start, s.end, s.text) for s in doc.sentences],
        list(doc.quotes),
        mentions,
        quotes,
    )
    first = min(quotes, key=lambda q: int(q["start"]))["bloc"] if quotes else ""  # type: ignore[arg-type]
    article = {
        "article_id": doc.article_id,
        "n_quotes": len(quotes),
        "n_unknown_speakers": sum(q["bloc"] == UNKNOWN for q in quotes),
        "first_voice_bloc": first,
    }
    return {
        "quotes": quotes,
        "mentions": mention_rows(doc.article_id, mentions, starts, numbers),
        "actors": blocs,
        "articles": [article],
    }


VOICES = Scorer(
    "voices",
    voices_tables,
    {"quotes": QUOTE_COLUMNS, "mentions": MENTION_COLUMNS, "actors": ACTOR_COLUMNS, "articles": ARTICLE_COLUMNS},
)
