"""Statements: quotations and reported speech found around the cues, each with its speaker.

See :mod:`analysis.sources` for the kinds (direct, partial, indirect) and the rules.

Examples
--------
>>> [(q.kind, q.speaker) for q in extract_quotes('"We go," Peskov said.')]
[('direct', 'Peskov')]
>>> extract_quotes("")
[]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import NamedTuple, Sequence

from .actors import UNKNOWN, Mention, find_mentions
from .attribution import BULLETS as _BULLETS
from .attribution import Attribution, Passage, colon_speaker, plausible_speaker, previous_colon_sentence, quote_after, quote_before
from .cues import MASK, CueIndex, find_cues, grammar, mask_spans, single_quote_spans
from .reported import Quote, _adjunct_only, _attach_via, _truncate, reported_speech
from .resolve import resolve_speakers
from .segment import count_words, quote_spans, sentence_spans
from .speakers import MentionIndex, Speaker, sentence_subject, subject_phrase

class OpenContent(NamedTuple):
    """The content of an indirect statement still open while later cues are read: its span and
    its index in the statements found so far."""

    start: int
    end: int
    index: int


#: A participle cue governed by a preposition: "before explaining why", "by announcing".
_PREPOSITION_BEFORE = re.compile(r"\b(?:by|after|before|in|while|when|since|upon|without)\s+(?:[a-z]+ly\s+)?$", re.IGNORECASE)
#: A participle cue right after a noun (a reduced relative clause): "voters saying", "an item suggesting".
_NOUN_BEFORE = re.compile(
    r"(?<![#])\b(?!(?:is|are|was|were|be|been|being|am|not|to|and|or|but|of|for|with|on|at|from|into|about|the|a|an|his|her|their|its|our|my|your|this|that|these|those|who|which|whom|he|she|they|we|i|you|it|there|also|just|still|now|then|even|only|already|while|by|after|before|in|when|since|upon|without|start|started|keep|kept|stop|stopped|began|begin|continue|continued|go|went|going)\s)[A-Za-z][\w'-]*\s+$",
    re.IGNORECASE,
)
_THAT_BEFORE = re.compile(r"\bthat\s*$", re.IGNORECASE)
_AND_BUT_END = re.compile(r"\s(?:and|but)\s*$")  # a cue after "and"/"but": a coordinated verb
_MARK_END = re.compile(r"[,\u2014#]\s*$")  # a participle after a comma, dash or quotation: "X said, noting ..."
_CONJUNCTION_ONLY = re.compile(r"^\s*(?:and|but)(?:\s+(?:also|then|later|again))?\s*$", re.IGNORECASE)



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
    sents = _rejoin(text, sents)
    doubles = [  # NBC's "Meet the Press"
        span for span in doubles if not _is_title(text[max(0, span[0] - 30) : span[0]], text[span[0] + 1 : span[1] - 1], text[span[1] : span[1] + 20])
    ]
    singles = single_quote_spans(text, exclude=doubles)
    masked = mask_spans(text, [*doubles, *singles])
    mentions = MentionIndex(find_mentions(text) if mentions is None else mentions)
    cues = find_cues(masked)
    starts = [s for s, _ in sents]
    used: set[int] = set()  # start offsets of cues already attributed
    found: list[Quote] = []

    cues_in = CueIndex(cues).within
    passage = Passage(text, masked, sents, starts, mentions, cues_in)
    sentence_of = passage.sentence_of
    people = [m for m in mentions if m.kind == "person"]
    person_starts = [m.start for m in people]

    # 1. quotations (double, then single-quoted fragments that have a speaker)
    single_set = set(singles)
    for q_start, q_end in [*doubles, *singles]:
        single = (q_start, q_end) in single_set
        inner = text[q_start + 1 : q_end - 1 if text[q_end - 1 : q_end] in "\"'" and q_end - q_start > 1 else q_end]
        s_start, s_end = sentence_of(q_start)
        prefix = masked[s_start:q_start]
        first = next((ch for ch in inner if ch.isalnum()), "")
        prefix_cues = cues_in(s_start, q_start)
        previous_quote = found[-1] if found and not single else None
        split = (  # '"...," Mr. Obama said, "and to say ..."': the second part of one quotation
            previous_quote is not None and previous_quote.kind == "direct" and previous_quote.cue_verb
            and _SPLIT_GAP.fullmatch(masked[previous_quote.end : q_start]) is not None
            and previous_quote.end <= previous_quote.anchor < q_start  # its speaker is named in the gap ...
            and len(cues_in(previous_quote.end, q_start)) == 1  # ... by the one cue there ('X said. But he added, "..."' is two)
        )
        if split:
            found.append(replace(previous_quote, text=" ".join(inner.strip().rstrip(",").split()), start=q_start, end=q_end))  # type: ignore[arg-type]
            continue
        partial = single or first.islower() or _THAT_BEFORE.search(prefix) is not None or (  # 'said that "I need you."': the clause is the reporter's
            bool(prefix.strip(_BULLETS)) and prefix.rstrip()[-1:] not in ":," and not any(c.text.lower() not in grammar().label_cues for c in prefix_cues)
        )
        attribution = None
        shared_cue = None  # a cue that attributes this fragment and may still give its own indirect statement
        if not partial:
            attribution = quote_after(passage, q_end)
        if attribution is not None and prefix_cues and attribution.cue is not None and _adjunct_only(masked[attribution.cue.end : s_end]):
            before = quote_before(masked, s_start, prefix_cues[-1], mentions)  # 'X said "...", BBC reported.'
            if before is not None and count_words(masked[prefix_cues[-1].end : q_start]) <= 3:
                used.add(attribution.cue.start)
                said = attribution.speaker
                attribution = Attribution(before.speaker, before.cue, before.via or (said.canonical or said.text if said else ""))
        if attribution is None and prefix_cues:
            attribution = quote_before(masked, s_start, prefix_cues[-1], mentions)
            if partial and len(prefix_cues) > 1 and not plausible_speaker(attribution):  # a cue inside the reported clause: the main clause's
                earlier = (quote_before(masked, s_start, c, mentions) for c in reversed(prefix_cues[:-1]))
                main = next((a for a in earlier if plausible_speaker(a)), None)
                if main is not None:  # the main clause's cue stays free for its own indirect statement
                    attribution, shared_cue = main, main.cue
        if attribution is None and not prefix_cues and prefix.rstrip().endswith(":"):
            attribution = colon_speaker(masked, s_start, s_start + prefix.rstrip().rfind(":"), mentions)
            if attribution is None:  # "Trump issued the following statement:"
                subject = sentence_subject(masked, s_start, s_start + prefix.rstrip().rfind(":"), mentions)
                attribution = Attribution(subject) if subject is not None else None
        if attribution is None and partial:
            attribution = quote_after(passage, q_end)
        if attribution is None and single:
            sentence_cues = [c for c in cues_in(s_start, s_end) if c.start not in used]
            if sentence_cues:
                attribution = quote_before(masked, s_start, sentence_cues[0], mentions)
            if attribution is None:
                continue  # scare quotes: not speech
        if attribution is None and partial:  # "Scholz called the announcement "a good sign""
            subject = sentence_subject(masked, s_start, q_start, mentions)
            if subject is not None:
                attribution = Attribution(subject)
            else:
                index = bisect.bisect_left(person_starts, s_start)
                if index < len(people) and people[index].start < q_start:
                    m = people[index]
                    attribution = Attribution(Speaker(m.text, m.start, m.actor, m.bloc, m.kind))
        if attribution is None:
            attribution = previous_colon_sentence(passage, q_start)
        speaker, cue, via = (attribution.speaker, attribution.cue, attribution.via) if attribution else (None, None, "")
        if cue is not None and cue is not shared_cue:
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
    by_sentence: dict[int, list[int]] = {}  # sentence start -> indexes into found of statements starting there
    for index, q in enumerate(found):
        by_sentence.setdefault(sentence_of(q.start)[0], []).append(index)
    active: list[OpenContent] = []  # indirect contents not yet passed
    for cue in cues:
        if cue.start in used:
            continue
        active = [c for c in active if c.end > cue.start]  # cues ascend: a content that ended stays behind
        inside = next((c for c in active if c.start <= cue.start < c.end), None)
        s_start, s_end = sentence_of(cue.start)
        if inside is not None and _attach_via(found, inside, cue, text, masked, s_end, mentions):
            continue
        lead = masked[inside.start if inside else s_start : cue.start]
        tail = lead[max(lead.rfind(","), lead.rfind(MASK)) + 1 :]
        earlier = [i for i in by_sentence.get(s_start, ()) if found[i].start < cue.start]
        enclosing = found[inside.index] if inside else (found[max(earlier, key=lambda i: found[i].start)] if earlier else None)
        conjunction = _AND_BUT_END.search(lead)
        coordinated = _CONJUNCTION_ONLY.match(tail) or (inside is not None and conjunction)
        ing = cue.text.lower().endswith("ing") and cue.term != "according to"
        participle = ing and _MARK_END.search(lead) is not None
        if (coordinated or participle) and enclosing is not None:  # "X said ... and urged Y to ...", "X said, noting ..."
            speaker = Speaker(enclosing.speaker, enclosing.anchor, enclosing.speaker_canonical, enclosing.bloc, "pronoun" if enclosing.speaker.lower() in grammar().pronouns else "")
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=speaker)
            if statement is not None and inside is not None:
                conj = inside.start + (conjunction.start() if conjunction else len(lead) - len(tail))  # only ``tail`` matched: cut there
                found[inside.index] = _truncate(found[inside.index], conj, text)
                active[active.index(inside)] = OpenContent(inside.start, conj, inside.index)
        elif participle:  # "Trump, speaking in Ohio, ...", "X attacked Y, saying ...": the clause's subject
            subject = sentence_subject(masked, s_start, cue.start, mentions)
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=subject) if subject else None
        elif ing and _PREPOSITION_BEFORE.search(lead):  # "X called him a hero before explaining why ...": the clause's subject
            subject = sentence_subject(masked, s_start, cue.start, mentions)
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=subject) if subject else None
        elif ing and inside is None and _NOUN_BEFORE.search(lead):  # "GOP voters saying they want ...": the noun it modifies
            subject = subject_phrase(masked, s_start, cue.start, mentions)
            plausible = subject is not None and plausible_speaker(Attribution(subject))
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=subject) if plausible else None
        else:
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in)
            if statement is not None and inside is not None and not (
                count_words(statement.speaker) <= 6 and (statement.speaker_canonical or statement.speaker[:1].isupper())
            ):
                continue  # a cue inside reported speech whose subject is no name
        if statement is None:
            continue
        used.add(cue.start)
        found.append(statement)
        by_sentence.setdefault(s_start, []).append(len(found) - 1)
        active.append(OpenContent(statement.start, statement.end, len(found) - 1))

    ordered = _inherit_enclosing(sorted(found, key=lambda q: (q.start, q.end)))
    return resolve_speakers(ordered, text, mentions)


def _inherit_enclosing(statements: list[Quote]) -> list[Quote]:
    """A quoted fragment with no speaker inside the content of reported speech is that
    speaker's (``X said that the steps were "important"``); ``statements`` in text order."""
    out: list[Quote] = []
    open_indirect: Quote | None = None  # the indirect statement whose content reaches furthest
    for q in statements:
        if q.kind == "indirect" and (open_indirect is None or q.end > open_indirect.end):
            open_indirect = q
        elif q.kind == "partial" and not q.speaker and open_indirect is not None and open_indirect.start <= q.start < open_indirect.end + 2:
            q = replace(q, speaker=open_indirect.speaker, speaker_canonical=open_indirect.speaker_canonical, bloc=open_indirect.bloc,
                        cue_verb=open_indirect.cue_verb, verb_group=open_indirect.verb_group, via=open_indirect.via, anchor=open_indirect.anchor)
        out.append(q)
    following: Quote | None = None  # 'X, citing "...", said ...': the next statement, named before the fragment
    for index in range(len(out) - 1, -1, -1):
        q = out[index]
        if q.kind == "indirect":
            following = q
        elif q.kind == "partial" and not q.speaker and following is not None and following.anchor <= q.start and 0 <= following.start - q.end < 40:
            out[index] = replace(q, speaker=following.speaker, speaker_canonical=following.speaker_canonical, bloc=following.bloc,
                                 cue_verb=following.cue_verb, verb_group=following.verb_group, via=following.via, anchor=following.anchor)
    return out


_SPLIT_GAP = re.compile(r"[^#\n]{1,80},\s*")
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'&.-]*|of|the|a|an|and|in|on|for|to|with|at|is|from|by|or")
_TITLE_BEFORE = re.compile(r"(?:['\u2019]s|\b(?:on|in|to|of|show|program|programme|titled|entitled|called))\s*$", re.IGNORECASE)
_TITLE_BEFORE_CLOSED = re.compile(r"(?:['\u2019]s|\b(?:on|show|program|programme|titled|entitled))\s*$", re.IGNORECASE)  # not "called it "Crooked Hillary.""
_TITLE_AFTER = re.compile(r"\s+(?:star|stars|host|hosts|co-host|actor|actress|series|show|episode|film|movie|song|album|book|creator|anchor|producer|segment|program)\b")


def _is_title(prefix: str, inner: str, after: str = "") -> bool:
    """Is a quoted span a title (``NBC's "Meet the Press"``, ``on "Face the Nation."``,
    ``"Orange Is the New Black" star X``): at most six words, all capitalised but for small
    words, after a possessive or ``on`` (a stop or comma closing it then too), or before a word
    naming what it is the title of (``star``, ``host``, ``series``)?

    Examples
    --------
    >>> _is_title("he told NBC's ", "Meet the Press"), _is_title("he said ", "We Win"), _is_title("NBC's ", "We lost.")
    (True, False, False)
    >>> _is_title("appeared on ", "Meet the Press."), _is_title(". ", "Orange Is the New Black", " star Jo Roe"), _is_title("called it ", "Crooked Hillary.")
    (True, True, False)
    """
    words = inner.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper():
        return False
    closed = re.search(r"[.,!?;:]\W*$", inner) is not None
    if closed and not re.fullmatch(r".*[^.,!?;:\W]\W*[.,]", inner):
        return False
    if not all(_TITLE_WORD.fullmatch(w.rstrip(".,")) for w in words):
        return False
    if not closed and _TITLE_AFTER.match(after):
        return True
    before = _TITLE_BEFORE_CLOSED if closed else _TITLE_BEFORE
    return before.search(prefix) is not None


def _rejoin(text: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sentences with a split before a lower-case word or a comma undone (``Cummings (D-Md.)
    said``: a sentence never opens so in news, so the splitter erred).

    Examples
    --------
    >>> _rejoin("Rep. Al Roe (D-Md.) said no. Yes.", [(0, 19), (20, 28), (29, 33)])
    [(0, 28), (29, 33)]
    """
    out: list[tuple[int, int]] = []
    for start, end in sents:
        if out and (text[start : start + 1].islower() or text[start : start + 1] in ",;") and "\n" not in text[out[-1][1] : start]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
