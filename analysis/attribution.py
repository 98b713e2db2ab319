"""Where a quotation's attribution is written: after it, before it in its sentence, or before a colon.

The named types the quote extractor passes around: :class:`Attribution` (a speaker phrase, the
cue that named it and the medium it came through) and :class:`Passage` (a text as the extractor
reads it: the text, the same text with quotations masked, its sentences, mentions and cues).
Part of the quote extractor (:mod:`analysis.statements` asks these functions for each
quotation, in order: after, before, colon, the previous sentence's colon).

Examples
--------
>>> p = Passage.of('Ann Roe said: "We go."')
>>> quote_before(p.masked, 0, p.cues_in(0, 14)[0], p.mentions).speaker.text
'Ann Roe'
>>> quote_after(Passage.of(""), 0) is None
True
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from .actors import Mention, find_mentions
from .cues import MASK, Cue, CueIndex, find_cues, grammar, mask_spans
from .reported import _FINITE_VERB, _OBJECT_PRONOUNS, _TAKES_LISTENER, _VERB_LIKE, _adjunct_only
from .segment import count_words, quote_spans, sentence_index, sentence_spans
from .speakers import MentionIndex, Speaker, _name, _via, object_phrase, sentence_subject, subject_phrase

Span = tuple[int, int]

BULLETS = " \t•·*▪◦‣-–—\u200b\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufeff"  # bullets, dashes and invisible direction marks
_BULLETS = BULLETS
_DASH_SPEAKER = re.compile(r"\s*[\u2014-]{1,2}[ \t]*(?P<who>[A-Z][^#\n.!?;:]{1,60}?)[ \t]*(?:[.\n]|$)")
_AS_SAYING = re.compile(r"^\s*(?P<speaker>[^,.;:\"#]{2,120}?)\s+as\s+saying\b\s*(?:that\b)?", re.IGNORECASE)
#: Between a quotation and its cue, a name with a long appositive: '," Fred Kagan, director of ..., said'.
_APPOSITIVE = re.compile(r"[\s,]*[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,4},[^#.!?;:]*,\s*")
_PASSIVE_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|being|get|got)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_SUBORDINATE = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:as|while|when|after|before|because|since|adding|noting|referring|pointing)\b")
_LISTENER_WORD = re.compile(r"^\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+ly)?(?=[\s.,])")


@dataclass(frozen=True)
class Attribution:
    """Who a quotation is attributed to: the speaker phrase (None when only the cue is known),
    the cue that named it (None for a colon, a dash or a clause subject) and the medium it
    came through (``via``: ``AFP quoted X as saying``)."""

    speaker: Speaker | None
    cue: Cue | None = None
    via: str = ""


@dataclass(frozen=True)
class Passage:
    """A text as the quote extractor reads it: ``masked`` is ``text`` with its quotations
    masked (same length), ``sentences`` its sentence spans in order and ``starts`` their
    starts, ``mentions`` its named mentions and ``cues_in(lo, hi)`` the cues inside a span."""

    text: str
    masked: str
    sentences: list[Span]
    starts: list[int]
    mentions: MentionIndex
    cues_in: Callable[[int, int], list[Cue]]

    @classmethod
    def of(cls, text: str, sentences: Sequence[Span] | None = None, quotes: Sequence[Span] | None = None) -> Passage:
        """The passage of ``text`` with its own sentence and quotation spans (for examples and tests)."""
        sents = sorted(sentences if sentences is not None else sentence_spans(text)) or [(0, len(text))]
        masked = mask_spans(text, sorted(quotes if quotes is not None else quote_spans(text)))
        return cls(text, masked, sents, [s for s, _ in sents], MentionIndex(find_mentions(text)), CueIndex(find_cues(masked)).within)

    def sentence_of(self, offset: int) -> Span:
        """The span of the sentence holding ``offset``."""
        return self.sentences[sentence_index(self.starts, offset)]


def plausible_speaker(attribution: Attribution | None) -> bool:
    """Does the attribution name a speaker that reads as a noun phrase: at most ten words, no
    finite verb or ``that``, opening with a capital, a determiner or a pronoun?

    Examples
    --------
    >>> plausible_speaker(Attribution(Speaker("Ann Roe", 0, "", "", ""))), plausible_speaker(Attribution(Speaker("that she expected Ann Roe", 0, "", "", "")))
    (True, False)
    >>> plausible_speaker(None), plausible_speaker(Attribution(None))
    (False, False)
    """
    if attribution is None or attribution.speaker is None:
        return False
    words = attribution.speaker.text.split()
    if not words or len(words) > 10 or _VERB_LIKE.search(attribution.speaker.text):
        return False
    first = words[0].lower()
    return words[0][:1].isupper() or first in grammar().determiners or first in grammar().pronouns


def quote_after(passage: Passage, q_end: int) -> Attribution | None:
    """Attribution written after a quotation ending at ``q_end``: ``," X said.``, ``," said X.``,
    ``," AFP quoted X as saying.``, ``" - Clinton.``

    Examples
    --------
    >>> p = Passage.of('"We go," said Ann Roe, a lawyer.')
    >>> a = quote_after(p, 8); a.speaker.text, a.cue.text
    ('Ann Roe', 'said')
    """
    text, masked, sents, mentions, cues_in = passage.text, passage.masked, passage.sentences, passage.mentions, passage.cues_in
    dash = _DASH_SPEAKER.match(masked, q_end)
    if dash is not None and not _VERB_LIKE.search(dash.group("who")) and count_words(dash.group("who")) <= 8:  # '"..." - Clinton.'
        speaker = object_phrase(dash.group("who"), mentions, dash.start("who"))
        if speaker is not None:
            return Attribution(speaker)
    here = sentence_index(passage.starts, max(0, q_end - 1))
    s_start, s_end = sents[here]
    if s_end <= q_end:  # the quote closes its sentence: the attribution may open the next one
        index = here + 1
        if index < len(sents) and sents[index][0] >= q_end:
            nxt_start, nxt_end = sents[index]
            gap = text[q_end:nxt_start]
            if "\n" in gap:
                return None
            if not text[nxt_start : nxt_start + 1].islower() and not (
                text[q_end - 2 : q_end - 1] in ("?", "!") and attribution_sentence(passage, nxt_start, nxt_end)
            ):
                return None  # '"...OK?" Trump said.' opens with a capital: only a short attribution sentence counts
            s_end = nxt_end
        else:
            return None
    right = masked[q_end:s_end]
    if MASK in right:
        right = right[: right.index(MASK)]
    candidates = [  # a participle after a quotation opens a new statement ('"...," saying ...'), it attributes none
        c for c in cues_in(q_end, q_end + len(right))
        if (count_words(text[q_end : c.start]) <= 12 or _APPOSITIVE.fullmatch(masked, q_end, c.start) and count_words(text[q_end : c.start]) <= 30)
        and not c.text.lower().endswith("ing")
    ]
    if not candidates:
        return None
    cue = candidates[0]
    rest_start = cue.end
    rest = masked[rest_start : q_end + len(right)]
    between = masked[q_end : cue.start]
    if not between.strip(" ,\"'"):  # inversion: ," said Peskov.
        speaker = object_phrase(rest, mentions, rest_start)
        if speaker is not None and (_FINITE_VERB.search(speaker.text) and not speaker.canonical or speaker.text.split()[0].lower() in _OBJECT_PRONOUNS):
            return None  # '"...," said the race was close': a clause, not a speaker
        return Attribution(speaker, cue, _via(rest, mentions, rest_start)) if speaker else None
    if cue.term == "according to":  # '"...," according to a State Department official.'
        speaker = object_phrase(rest, mentions, rest_start)
        return Attribution(speaker, cue, "") if speaker else None
    opener = (between.lstrip(" ,\"'").split() or [""])[0].lower()
    if (  # '"..." if she lost, said David Roe, an analyst.' (not '"...," the spokesman, X, told Vatican Radio': a subject and a listener)
        between.rstrip().endswith(",") and between.lstrip(" ,\"'")[:1].islower()
        and opener not in grammar().determiners and cue.term not in _TAKES_LISTENER
    ):
        speaker = object_phrase(rest, mentions, rest_start)
        opener = speaker.text.split()[0].lower() if speaker is not None else ""
        if speaker is not None and speaker.text[:1].isupper() and opener not in grammar().pronouns and not _VERB_LIKE.search(speaker.text):
            return Attribution(speaker, cue, _via(rest, mentions, rest_start))
    subject = subject_phrase(masked, q_end, cue.start, mentions)
    if subject is None:
        return None
    if cue.term in ("quote", "cite") or cue.text.lower().startswith(("quot", "cit")):
        chain = _AS_SAYING.match(rest)
        if chain:  # AFP quoted X as saying
            inner_start = rest_start + chain.start("speaker")
            target = object_phrase(chain.group("speaker"), mentions, inner_start)
            if target is not None:
                return Attribution(target, cue, _name(subject.text, mentions, subject.start))
    return Attribution(subject, cue, _via(rest, mentions, rest_start))


def quote_before(masked: str, s_start: int, cue: Cue, mentions: Sequence[Mention]) -> Attribution | None:
    """Attribution written before a quotation in its sentence: ``X said that "..."``; after a
    comma, a participle cue's speaker is the clause's subject (``X attacked Y for ..., saying``)."""
    if cue.text.lower().endswith("ing") and cue.term != "according to":  # "X, ..., alternately shouting"
        subject = sentence_subject(masked, s_start, cue.start, mentions)
        comma = re.search(r"[,\u2014]\s*$", masked[s_start : cue.start])
        if subject is None and comma is not None:  # "Mr. Manafort, citing "...", said": the phrase before the comma
            subject = subject_phrase(masked, s_start, s_start + comma.start(), mentions)
        if subject is not None or comma is not None:
            return Attribution(subject, cue, "") if subject is not None else None
    if cue.term == "according to":  # 'Over the long term, according to the budget office, the rise "is ..."'
        speaker = object_phrase(masked[cue.end : cue.end + 200], mentions, cue.end)
        return Attribution(speaker, cue, "") if speaker is not None else None
    if cue.text.lower() in grammar().label_cues and _PASSIVE_BEFORE.search(masked, s_start, cue.start):
        return None  # 'the plan was called "bold"': no one named the label
    if not masked[s_start : cue.start].strip(_BULLETS) and cue.text[:1].isupper():  # 'Said Ann Roe, a neighbor, "..."', 'Continued Roe: "..."'
        speaker = object_phrase(masked[cue.end : cue.end + 200], mentions, cue.end)
        if speaker is not None and speaker.text[:1].isupper() and not _VERB_LIKE.search(speaker.text):
            return Attribution(speaker, cue, "")
        return None
    subject = subject_phrase(masked, s_start, cue.start, mentions)
    if subject is None:
        return None
    return Attribution(subject, cue, _via(masked[cue.end :][:200], mentions, cue.end))


def previous_colon_sentence(passage: Passage, q_start: int) -> Attribution | None:
    """``Peskov said:`` ending the sentence before a quotation that opens its own sentence."""
    text, sents = passage.text, passage.sentences
    index = sentence_index(passage.starts, q_start)
    if index == 0 or sents[index][0] < q_start and text[sents[index][0] : q_start].strip(_BULLETS):
        return None
    p_start, p_end = sents[index - 1]
    if not text[p_start:p_end].rstrip().endswith(":"):
        return None
    previous = passage.cues_in(p_start, p_end)
    if previous:
        return quote_before(passage.masked, p_start, previous[-1], passage.mentions)
    return colon_speaker(passage.masked, p_start, p_start + text[p_start:p_end].rstrip().rfind(":"), passage.mentions)


def colon_speaker(masked: str, lo: int, colon: int, mentions: Sequence[Mention]) -> Attribution | None:
    """``Windsor Mann, editor of The Week: "..."``: a noun phrase with no verb before a colon."""
    phrase = masked[lo:colon]
    if not phrase.strip() or count_words(phrase) > 14 or _VERB_LIKE.search(phrase) or MASK in phrase:
        return None
    words = phrase.split()
    if not words[0][:1].isupper() or words[0].lower() in grammar().pronouns:
        return None
    speaker = subject_phrase(masked[:colon] + ",", lo, colon + 1, mentions)  # read as an appositive: "X, editor of Y,"
    return Attribution(speaker) if speaker is not None else None


def attribution_sentence(passage: Passage, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a sentence that only attributes (``Trump said.``, ``said Ms. Roe,
    a lawyer.``): a cue within its first 8 words, then only adjuncts or the speaker?"""
    text, masked = passage.text, passage.masked
    cues = passage.cues_in(start, end)
    if not cues or count_words(text[start : cues[0].start]) > 8:
        return False
    rest = masked[cues[0].end : end]
    if _SUBORDINATE.match(rest) or (cues[0].term in ("ask", "tell") and _adjunct_only(_LISTENER_WORD.sub("", rest, count=1))):
        return True  # 'Roe said as she left.', 'Roe asked reporters during a briefing.'
    return _adjunct_only(rest) or rest.lstrip().startswith(",") or (not text[start : cues[0].start].strip() and count_words(rest) <= 10 and not _VERB_LIKE.search(rest))
