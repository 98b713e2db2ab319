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
from typing import Sequence
from .actors import UNKNOWN, Mention, find_mentions
from .cues import MASK, CueIndex, find_cues, grammar, mask_spans, single_quote_spans
from .reported import (
    _FINITE_VERB,
    _OBJECT_PRONOUNS,
    _VERB_LIKE,
    Quote,
    _adjunct_only,
    _attach_via,
    _truncate,
    reported_speech,
)
from .resolve import resolve_speakers
from .segment import count_words, quote_spans, sentence_index, sentence_spans
from .speakers import MentionIndex, Speaker, _name, _via, object_phrase, sentence_subject, subject_phrase

_CONJUNCTION_ONLY = re.compile(r"^\s*(?:and|but)(?:\s+(?:also|then|later|again))?\s*$", re.IGNORECASE)
_BULLETS = " \t•·*▪◦‣-–—"
_DASH_SPEAKER = re.compile(r"\s*[\u2014-]{1,2}[ \t]*(?P<who>[A-Z][^#\n.!?;:]{1,60}?)[ \t]*(?:[.\n]|$)")
_AS_SAYING = re.compile(r"^\s*(?P<speaker>[^,.;:\"#]{2,120}?)\s+as\s+saying\b\s*(?:that\b)?", re.IGNORECASE)



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
    doubles = [span for span in doubles if not _is_title(text[max(0, span[0] - 30) : span[0]], text[span[0] + 1 : span[1] - 1])]  # NBC's "Meet the Press"
    singles = single_quote_spans(text, exclude=doubles)
    masked = mask_spans(text, [*doubles, *singles])
    mentions = MentionIndex(find_mentions(text) if mentions is None else mentions)
    cues = find_cues(masked)
    starts = [s for s, _ in sents]
    used: set[int] = set()  # start offsets of cues already attributed
    found: list[Quote] = []

    def sentence_of(offset: int) -> tuple[int, int]:
        return sents[sentence_index(starts, offset)]

    cues_in = CueIndex(cues).within
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
            and any(previous_quote.end <= c.start for c in cues_in(previous_quote.end, q_start))
        )
        if split:
            found.append(replace(previous_quote, text=" ".join(inner.strip().rstrip(",").split()), start=q_start, end=q_end))  # type: ignore[arg-type]
            continue
        partial = single or first.islower() or (
            bool(prefix.strip(_BULLETS)) and prefix.rstrip()[-1:] not in ":," and not prefix_cues
        )
        attribution = None
        if not partial:
            attribution = _after(text, masked, q_end, sents, starts, mentions, cues_in)
        if attribution is not None and prefix_cues and attribution[1] is not None and _adjunct_only(masked[attribution[1].end : s_end]):
            before = _before(masked, s_start, prefix_cues[-1], mentions)  # 'X said "...", BBC reported.'
            if before is not None and count_words(masked[prefix_cues[-1].end : q_start]) <= 3:
                used.add(attribution[1].start)
                attribution = (before[0], before[1], before[2] or attribution[0].canonical or attribution[0].text)
        if attribution is None and prefix_cues:
            attribution = _before(masked, s_start, prefix_cues[-1], mentions)
        if attribution is None and not prefix_cues and prefix.rstrip().endswith(":"):
            attribution = _colon_speaker(masked, s_start, s_start + prefix.rstrip().rfind(":"), mentions)
            if attribution is None:  # "Trump issued the following statement:"
                subject = sentence_subject(masked, s_start, s_start + prefix.rstrip().rfind(":"), mentions)
                attribution = (subject, None, "") if subject is not None else None
        if attribution is None and partial:
            attribution = _after(text, masked, q_end, sents, starts, mentions, cues_in)
        if attribution is None and single:
            sentence_cues = [c for c in cues_in(s_start, s_end) if c.start not in used]
            if sentence_cues:
                attribution = _before(masked, s_start, sentence_cues[0], mentions)
            if attribution is None:
                continue  # scare quotes: not speech
        if attribution is None and partial:  # "Scholz called the announcement "a good sign""
            subject = sentence_subject(masked, s_start, q_start, mentions)
            if subject is not None:
                attribution = (subject, None, "")
            else:
                index = bisect.bisect_left(person_starts, s_start)
                if index < len(people) and people[index].start < q_start:
                    m = people[index]
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
    by_sentence: dict[int, list[int]] = {}  # sentence start -> indexes into found of statements starting there
    for index, q in enumerate(found):
        by_sentence.setdefault(sentence_of(q.start)[0], []).append(index)
    active: list[tuple[int, int, int]] = []  # (start, end, index into found) of indirect contents not yet passed
    for cue in cues:
        if cue.start in used:
            continue
        active = [c for c in active if c[1] > cue.start]  # cues ascend: a content that ended stays behind
        inside = next((c for c in active if c[0] <= cue.start < c[1]), None)
        s_start, s_end = sentence_of(cue.start)
        if inside is not None and _attach_via(found, inside, cue, text, masked, s_end, mentions):
            continue
        lead = masked[inside[0] if inside else s_start : cue.start]
        tail = lead[max(lead.rfind(","), lead.rfind(MASK)) + 1 :]
        earlier = [i for i in by_sentence.get(s_start, ()) if found[i].start < cue.start]
        enclosing = found[inside[2]] if inside else (found[max(earlier, key=lambda i: found[i].start)] if earlier else None)
        conjunction = re.search(r"\s(?:and|but)\s*$", lead)
        coordinated = _CONJUNCTION_ONLY.match(tail) or (inside is not None and conjunction)
        participle = cue.text.lower().endswith("ing") and re.search(r"[,\u2014#]\s*$", lead) is not None
        if (coordinated or participle) and enclosing is not None:  # "X said ... and urged Y to ...", "X said, noting ..."
            speaker = Speaker(enclosing.speaker, enclosing.anchor, enclosing.speaker_canonical, enclosing.bloc, "pronoun" if enclosing.speaker.lower() in grammar().pronouns else "")
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=speaker)
            if statement is not None and inside is not None:
                conj = inside[0] + (conjunction.start() if conjunction else len(lead) - len(tail))  # only ``tail`` matched: cut there
                found[inside[2]] = _truncate(found[inside[2]], conj, text)
                active[active.index(inside)] = (inside[0], conj, inside[2])
        elif participle:  # "Trump, speaking in Ohio, ...", "X attacked Y, saying ...": the clause's subject
            subject = sentence_subject(masked, s_start, cue.start, mentions)
            statement = reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, speaker=subject) if subject else None
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
        active.append((statement.start, statement.end, len(found) - 1))

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
_TITLE_WORD = re.compile(r"[A-Z0-9][\w'&.-]*|of|the|a|an|and|in|on|for|to|with|at")


def _is_title(prefix: str, inner: str) -> bool:
    """Is a quoted span a title (``NBC's "Meet the Press"``, ``on "Face the Nation"``): at most
    six words, all capitalised but for small words, no punctuation, after a possessive or ``on``?

    Examples
    --------
    >>> _is_title("he told NBC's ", "Meet the Press"), _is_title("he said ", "We Win"), _is_title("NBC's ", "We lost.")
    (True, False, False)
    """
    words = inner.split()
    if not 1 <= len(words) <= 6 or not words[0][:1].isupper() or re.search(r"[.,!?;:]\W*$", inner):
        return False
    if not all(_TITLE_WORD.fullmatch(w) for w in words):
        return False
    return re.search(r"(?:['\u2019]s|\b(?:on|in|to|of|show|program|programme|titled|entitled|called))\s*$", prefix, re.IGNORECASE) is not None


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


def _after(text, masked, q_end, sents, starts, mentions, cues_in):  # type: ignore[no-untyped-def]
    """Attribution written after a quotation: ``," X said.``, ``," said X.``, ``," AFP quoted X as saying.``"""
    dash = _DASH_SPEAKER.match(masked, q_end)
    if dash is not None and not _VERB_LIKE.search(dash.group("who")) and count_words(dash.group("who")) <= 8:  # '"..." - Clinton.'
        speaker = object_phrase(dash.group("who"), mentions, dash.start("who"))
        if speaker is not None:
            return (speaker, None, "")
    here = sentence_index(starts, max(0, q_end - 1))
    s_start, s_end = sents[here]
    if s_end <= q_end:  # the quote closes its sentence: the attribution may open the next one
        index = here + 1
        if index < len(sents) and sents[index][0] >= q_end:
            nxt_start, nxt_end = sents[index]
            gap = text[q_end:nxt_start]
            if "\n" in gap:
                return None
            if not text[nxt_start : nxt_start + 1].islower() and not (
                text[q_end - 2 : q_end - 1] in ("?", "!") and _attribution_sentence(text, masked, nxt_start, nxt_end, cues_in)
            ):
                return None  # '"...OK?" Trump said.' opens with a capital: only a short attribution sentence counts
            s_end = nxt_end
        else:
            return None
    right = masked[q_end:s_end]
    if MASK in right:
        right = right[: right.index(MASK)]
    candidates = [  # a participle after a quotation opens a new statement ('"...," saying ...'), it attributes none
        c for c in cues_in(q_end, q_end + len(right)) if count_words(text[q_end : c.start]) <= 12 and not c.text.lower().endswith("ing")
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
        return (speaker, cue, _via(rest, mentions, rest_start)) if speaker else None
    if cue.term == "according to":  # '"...," according to a State Department official.'
        speaker = object_phrase(rest, mentions, rest_start)
        return (speaker, cue, "") if speaker else None
    if between.rstrip().endswith(",") and between.lstrip(" ,\"'")[:1].islower():  # '"..." if she lost, said David Roe, an analyst.'
        speaker = object_phrase(rest, mentions, rest_start)
        opener = speaker.text.split()[0].lower() if speaker is not None else ""
        if speaker is not None and speaker.text[:1].isupper() and opener not in grammar().pronouns and not _VERB_LIKE.search(speaker.text):
            return (speaker, cue, _via(rest, mentions, rest_start))
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
    """Attribution written before a quotation in its sentence: ``X said that "..."``; after a
    comma, a participle cue's speaker is the clause's subject (``X attacked Y for ..., saying``)."""
    if cue.text.lower().endswith("ing") and cue.term != "according to":  # "X, ..., alternately shouting"
        subject = sentence_subject(masked, s_start, cue.start, mentions)
        comma = re.search(r"[,\u2014]\s*$", masked[s_start : cue.start])
        if subject is None and comma is not None:  # "Mr. Manafort, citing "...", said": the phrase before the comma
            subject = subject_phrase(masked, s_start, s_start + comma.start(), mentions)
        if subject is not None or comma is not None:
            return (subject, cue, "") if subject is not None else None
    subject = subject_phrase(masked, s_start, cue.start, mentions)
    if subject is None:
        return None
    return (subject, cue, _via(masked[cue.end :][:200], mentions, cue.end))


def _previous_colon_sentence(text, masked, q_start, sents, starts, cues_in, mentions):  # type: ignore[no-untyped-def]
    """``Peskov said:`` ending the sentence before a quotation."""
    index = sentence_index(starts, q_start)
    if index == 0 or sents[index][0] < q_start and text[sents[index][0] : q_start].strip(_BULLETS):
        return None
    p_start, p_end = sents[index - 1]
    if not text[p_start:p_end].rstrip().endswith(":"):
        return None
    previous = cues_in(p_start, p_end)
    if previous:
        return _before(masked, p_start, previous[-1], mentions)
    return _colon_speaker(masked, p_start, p_start + text[p_start:p_end].rstrip().rfind(":"), mentions)


def _colon_speaker(masked, lo, colon, mentions):  # type: ignore[no-untyped-def]
    """``Windsor Mann, editor of The Week: "..."``: a noun phrase with no verb before a colon."""
    phrase = masked[lo:colon]
    if not phrase.strip() or count_words(phrase) > 14 or _VERB_LIKE.search(phrase) or MASK in phrase:
        return None
    words = phrase.split()
    if not words[0][:1].isupper() or words[0].lower() in grammar().pronouns:
        return None
    speaker = subject_phrase(masked[:colon] + ",", lo, colon + 1, mentions)  # read as an appositive: "X, editor of Y,"
    return (speaker, None, "") if speaker is not None else None


def _attribution_sentence(text, masked, start, end, cues_in) -> bool:  # type: ignore[no-untyped-def]
    """Is ``text[start:end]`` a sentence that only attributes (``Trump said.``, ``said Ms. Roe,
    a lawyer.``): a cue within its first 8 words, then only adjuncts or the speaker?"""
    cues = cues_in(start, end)
    if not cues or count_words(text[start : cues[0].start]) > 8:
        return False
    rest = masked[cues[0].end : end]
    return _adjunct_only(rest) or rest.lstrip().startswith(",") or (not text[start : cues[0].start].strip() and count_words(rest) <= 10 and not _VERB_LIKE.search(rest))
