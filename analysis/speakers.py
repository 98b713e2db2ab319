"""Speaker phrases: the noun phrase that names who spoke, found beside a cue and matched to
the gazetteer's mentions (a name it lacks is kept as written, with bloc ``unknown``).

Examples
--------
>>> t = "Dmitry Peskov, the Kremlin spokesman, told"
>>> subject_phrase(t, 0, len(t) - 5, find_mentions(t)).text
'Dmitry Peskov, the Kremlin spokesman'
>>> subject_phrase("", 0, 0, []) is None
True
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Sequence

from .actors import UNKNOWN, Mention, find_mentions
from .boundaries import rules
from .cues import MASK, grammar
from .segment import count_words

_KIND_RANK = {"person": 0, "role": 1, "institution": 2, "metonym": 3, "country": 4, "group": 5, "media": 6}
_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_KEEP_COMMA = "\u2063"  # stands for a comma inside a number while phrase boundaries are sought
_COORDINATED = re.compile(r"\s(?:and|but)$")
_ADJUNCT = re.compile(r"^\s*(?:in|on|at|during|after|before|with|for|from|according|under|by|speaking)\b", re.IGNORECASE)
_RELATIVE_LEAD = re.compile(r"^\s*(?:which|that|who|whom)\s+(?=\w)", re.IGNORECASE)
#: A phrase opening with a verb, an auxiliary, an adverb or a preposition is no speaker ("issued a
#: statement", "was met with", "alternately", "in").
_NOT_A_NOUN_PHRASE = re.compile(
    r"^(?:[a-z]+ed\s+(?:a|an|the|his|her|their|its|to|with|by|that|this)|[a-z]+ed$|[a-z]+ly$|said|says|told|is|was|were|are|has|have|had|"
    r"will|would|could|can|should|did|does|do|in|on|at|of|to|for|from|with|by|during|after|before|about|into|over|under|than)\b"
)
_PARENTHESIS = re.compile(r"\s*\([^()#\n]{1,40}\)")
_PARTICIPLE = re.compile(r"^\s*[a-z]\w*ing\b")
_RELATIVE = re.compile(r"^(?:who|which|whose|that)\b", re.IGNORECASE)
_VIA = re.compile(r"\b(?:according\s+to|(?:carried|quoted|cited|reported|published|relayed)\s+by)\s+(?P<via>[^,.;:\"#]+)", re.IGNORECASE)

class MentionIndex(tuple):  # type: ignore[type-arg]
    """An article's gazetteer mentions (in text order, as :func:`analysis.actors.find_mentions`
    returns them) with their starts, so the mentions inside a span are found by bisection: a
    speaker phrase is read for every cue, and scanning every mention each time made a long
    article quadratic.

    Examples
    --------
    >>> index = MentionIndex(find_mentions("Putin met Lavrov and Shoigu."))
    >>> [m.text for m in mentions_within(index, 6, 20)]
    ['Lavrov']
    """

    starts: list[int]

    def __new__(cls, mentions: Sequence[Mention]) -> "MentionIndex":
        self = super().__new__(cls, sorted(mentions, key=lambda m: (m.start, m.end)))
        self.starts = [m.start for m in self]
        return self


def mentions_within(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions lying inside ``[start, end)`` (by bisection on a :class:`MentionIndex`)."""
    if isinstance(mentions, MentionIndex):
        lo = bisect.bisect_left(mentions.starts, start)
        hi = bisect.bisect_left(mentions.starts, end, lo)
        return [m for m in mentions[lo:hi] if m.end <= end]
    return [m for m in mentions if start <= m.start and m.end <= end]


@dataclass(frozen=True)
class Speaker:
    """A speaker phrase found in the text, before resolution."""

    text: str
    start: int
    canonical: str
    bloc: str
    kind: str


#: A word of a speaker phrase, with its inner apostrophes, dots and hyphens ("O'Brien", "U.S.", "al-Assad").
_PHRASE_WORD = re.compile(r"[\w][\w'.\-]*")
#: Marks that end the text before a subject phrase (the phrase starts after the last of them).
_PHRASE_BOUNDARIES = ",;:(—" + MASK


def _word_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _PHRASE_WORD.finditer(text)]


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
    quoted_object = re.search(r",\s*[a-z]\w*ing\b[^,#]*#+[\s,]*$", region)
    if quoted_object:  # 'Mr. Manafort, citing "...", said': the participle clause is no part of the subject
        region = region[: quoted_object.start()]
    region = _PARENTHESIS.sub(lambda m: " " * len(m.group()), region).rstrip()  # "Cummings (D-Md.)"
    region = _DIGIT_COMMA.sub(_KEEP_COMMA, region)  # "100,000 troops": no phrase boundary
    if not region.strip():
        return None
    if _COORDINATED.search(region):  # "Russia massed 100,000 troops and said": the clause's subject
        return sentence_subject(masked, lo, hi, mentions) if hi - lo < 400 else None
    if region.endswith(","):  # appositive: "Peskov, the Kremlin spokesman,"
        parts = region[:-1].split(",")
        while len(parts) > 1 and (_RELATIVE.match(parts[-1].strip()) or _PARTICIPLE.match(parts[-1]) or _ADJUNCT.match(parts[-1])):
            parts.pop()
        start_at = len(",".join(parts[:-2])) + (1 if len(parts) > 2 else 0)
        phrase_start, phrase = start_at, ",".join(parts[-2:]) if len(parts) > 1 else parts[-1]
        if _RELATIVE.match(phrase.strip()):
            return None
    else:
        boundary = max(map(region.rfind, _PHRASE_BOUNDARIES))
        phrase_start, phrase = boundary + 1, region[boundary + 1 :]
        if _RELATIVE.fullmatch(phrase.strip()):  # "Peskov, who said": the antecedent
            return subject_phrase(masked, lo, lo + boundary, mentions)
    phrase = phrase.replace(_KEEP_COMMA, ",")
    while True:
        lead = g.leading.match(phrase.lstrip())
        if not lead:
            break
        skip = len(phrase) - len(phrase.lstrip()) + lead.end()
        phrase_start, phrase = phrase_start + skip, phrase[skip:]
    subordinate = [  # in an appositive "as" is a preposition: "a veteran who retired as acting director in 2013,"
        m for m in _SUBORDINATOR.finditer(phrase) if not (region.endswith(",") and m.group().strip().lower() == "as")
    ]
    if subordinate:  # "two hours after news outlets declared", "Ever since she endorsed": the clause's own subject
        cut = subordinate[-1].end()
        phrase_start, phrase = phrase_start + cut, phrase[cut:]
    relative = _RELATIVE_LEAD.match(phrase) if len(phrase.split()) == 2 else None  # "the economy that he says": its subject
    if relative:
        phrase_start, phrase = phrase_start + relative.end(), phrase[relative.end() :]
    phrase_start += len(phrase) - len(phrase.lstrip())
    phrase = phrase.strip()
    if not phrase or _PARTICIPLE.match(phrase) or not phrase[0].isalnum():
        return None
    if _NOT_A_NOUN_PHRASE.match(phrase):  # "Trump, ..., issued a statement saying": the clause's subject
        return sentence_subject(masked, lo, hi, mentions) if hi - lo < 400 else None
    start, end = lo + phrase_start, lo + phrase_start + len(phrase)
    inside = mentions_within(mentions, start, end)
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
    name = phrase.split(",", 1)[0]
    if len(words) > 10 and "," in phrase and name[:1].isupper() and count_words(name) <= 6 and name.split()[0].lower() not in g.determiners:
        phrase = name.rstrip()  # a long appositive: "Massimo Franco, a columnist for the Italian newspaper ...": the name
        heads = [m for m in inside if m.start < start + len(phrase)]
    elif len(words) > 10:
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
    tokens = [(phrase_start + m.start(), m.group()) for m in _PHRASE_WORD.finditer(text[phrase_start:at])]
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
    m = re.match(r"\s*", text)
    lead = m.end() if m else 0
    stop = _phrase_end(text, lead)
    if not text[lead:stop].strip():
        return None
    raw = text[lead:stop]
    relative = _RELATIVE_INSIDE.search(raw)
    if relative is not None and relative.start() > 0:  # "said a strategist who spoke on the condition of anonymity"
        raw = raw[: relative.start()]
    subordinate = _SUBORDINATOR.search(raw)
    if subordinate is not None and subordinate.start() > 0:  # "said Sanders as he closed out"
        raw = raw[: subordinate.start()]
    while True:  # "said Ann Roe in a statement", "said Ann Roe on Monday"
        cut = grammar().trailing_adjunct.search(raw)
        if not cut or cut.start() == 0:
            break
        raw = raw[: cut.start()]
    timed = grammar().cue_lead.match(raw)
    if timed is not None and timed.end() > 0 and raw[: timed.end()].strip():  # "tweeted Sunday after an attack": a time, no speaker
        rest = raw[timed.end() :].split()
        if not rest or rest[0].lower() in grammar().prepositions or rest[0].lower() in ("after", "before", "as", "when", "while"):
            return None
    phrase = grammar().time_suffix.sub("", raw.rstrip()).strip()
    start = offset + lead
    if not phrase or count_words(phrase) > 10:
        return None
    inside = mentions_within(mentions, start, start + len(phrase))
    if len(phrase.split()) == 1 and phrase.lower() in grammar().pronouns:
        return Speaker(phrase, start, "", "", "pronoun")
    if inside:
        chosen = _best(inside)
        return Speaker(phrase, start, chosen.actor, chosen.bloc, chosen.kind)
    return Speaker(phrase, start, "", UNKNOWN, "")


#: A subordinate clause opening inside a speaker phrase: what follows is another clause.
_SUBORDINATOR = re.compile(r"(?<!\bknown)(?<!\bsuch)(?<!\bwell)\s(?:as|when|while|after|before|because|since|until|once|although|though|whereas)\s", re.IGNORECASE)
_RELATIVE_INSIDE = re.compile(r"\s(?:who|whom|whose|which|that)\s", re.IGNORECASE)
_PHRASE_STOP = re.compile(r"[,.;:#\"!?]")
_WORD_BEFORE_STOP = re.compile(r"([A-Za-z][\w.]*)$")


def _phrase_end(text: str, lo: int) -> int:
    """Where a speaker phrase written after its cue ends: the first comma, colon, mark or full
    stop, but not the stop of an initial or a title (``C. Stewart Verdery Jr.``, ``Mr. Manafort``,
    ``Alderman William D. Burns``) when a capitalised word follows.

    Examples
    --------
    >>> t, u = " Mr. Manafort, referring to it.", " Ann Roe. Then she left."
    >>> t[1:_phrase_end(t, 1)], u[1:_phrase_end(u, 1)]
    ('Mr. Manafort', 'Ann Roe')
    """
    for found in _PHRASE_STOP.finditer(text, lo):
        at = found.start()
        if text[at] == "." and re.match(r"\.\s*[A-Z,]", text[at : at + 3]):
            word = _WORD_BEFORE_STOP.search(text, max(lo, at - 12), at)
            if word and (rules().kind(word.group(1)) == "title" or len(word.group(1)) == 1 and word.group(1).isupper() or word.group(1) in ("Jr", "Sr")):
                continue
        if text[at] == "." and re.match(r"\.\s+[a-z]", text[at : at + 3]):  # "Gov. and Chairman Ed Rendell": a title before a lower-case word
            word = _WORD_BEFORE_STOP.search(text, max(lo, at - 12), at)
            if word and rules().kind(word.group(1)) == "title":
                continue
        return at
    return len(text)


def _via(text: str, mentions: Sequence[Mention], offset: int) -> str:
    """The medium named in ``text`` (``carried by Interfax``, ``according to AFP``), or ""."""
    m = _VIA.search(text)
    if not m:
        return ""
    return _name(m.group("via"), mentions, offset + m.start("via"))


def _name(phrase: str, mentions: Sequence[Mention], offset: int) -> str:
    inside = mentions_within(mentions, offset, offset + len(phrase))
    return _best(inside).actor if inside else " ".join(phrase.split())


_AUXILIARIES = frozenset({
    "is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "may",
    "might", "must", "did", "does", "do", "shall", "also", "then", "later", "again", "never", "once",
})
#: Irregular past forms that end a clause's subject ("Trump took to Twitter").
_IRREGULAR_PAST = frozenset({
    "took", "made", "gave", "went", "came", "got", "put", "held", "spoke", "wrote", "told", "said", "thought",
    "knew", "saw", "found", "left", "sent", "brought", "began", "ran", "won", "lost", "led", "met", "paid",
    "kept", "felt", "heard", "meant", "stood", "struck", "threw", "drew", "chose", "rose", "fell", "broke",
    "sought", "fought", "bought", "taught", "caught", "became", "grew", "hit", "cut", "let", "shot", "sat",
})
_NOT_SUBJECTS = frozenset({"it", "there", "this", "that", "these", "those", "what", "which", "who"})
_TOKEN = re.compile(r"[^\s#]+")


def sentence_subject(masked: str, lo: int, hi: int, mentions: Sequence[Mention]) -> Speaker | None:
    """The subject of the clause ``masked[lo:hi]`` opens: the words before its first verb-like
    word (an auxiliary, a ``-ed`` form, or an ``-s`` form after a name), past an introductory
    phrase that ends at a comma. For a quotation with no cue of its own: ``Weaver dismissed
    the idea as "disarray"`` -> ``Weaver``. None when no subject opens the clause (``It is
    strange that ...``) or the verb is more than 12 words in.

    Examples
    --------
    >>> t = 'In June, Senator Jane Roe of Ohio dismissed the plan as "a fraud".'
    >>> sentence_subject(t, 0, t.index('"'), []).text
    'Senator Jane Roe of Ohio'
    >>> sentence_subject("It is odd that", 0, 14, []) is None
    True
    """
    g = grammar()
    region = masked[lo:hi]
    start = 0
    tokens = [(m.start(), m.group()) for m in _TOKEN.finditer(region)]
    first = tokens[0][1].lower().strip(",") if tokens else ""
    if "," in region[:120] and (first in g.prepositions or first.endswith(("ly", "ing", "ed")) or g.leading.match(first) or first[:1].isdigit() or first in ("asked", "when", "after", "before", "if", "ever", "since", "although", "though", "while", "because", "once", "until", "whereas", "as")):
        start = region.index(",") + 1
        tokens = [(s, w) for s, w in tokens if s >= start]
    while tokens and g.leading.match(tokens[0][1].lower()):
        tokens = tokens[1:]
    if not tokens or tokens[0][1].lower() in _NOT_SUBJECTS or not tokens[0][1][:1].isalpha():
        return None
    previous = ""
    for number, (at, word) in enumerate(tokens[:13]):
        low = word.lower().strip(",;:")
        verb = number > 0 and word[:1].islower() and (
            low in _AUXILIARIES or low in _IRREGULAR_PAST or low.endswith("ed") or (low.endswith("ly") and len(low) > 4)
            or (low.endswith("s") and not low.endswith("ss") and (previous[:1].isupper() or previous.endswith(",")))
        )
        if verb:
            if _COORDINATED.search(masked[lo + tokens[0][0] : lo + at].rstrip()):
                return None
            subject = subject_phrase(masked, lo + tokens[0][0], lo + at, mentions)
            return subject if subject is not None and count_words(subject.text) <= 10 else None
        previous = word
    return None
