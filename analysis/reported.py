"""Reported (indirect) speech around a cue, and :class:`Quote`, the type of every statement.

``X said (that) ...``, ``officials say ...``, ``X told the AP his firm ...``, ``X asked whether
...``, ``X called for / denied ...``, ``..., noting that ...``, ``X, he argued, Y``, ``according
to X``, ``As X reported, ...``, ``..., Interfax reported``, ``..., said X, a director``; a cue
that is negated, an infinitive or a noun is no statement. Part of the quote extractor
(:mod:`analysis.statements` finds quotations and calls :func:`reported_speech` for the cues
no quotation took).

Examples
--------
>>> from analysis.cues import find_cues
>>> t = "Officials say the convoy left at dawn."
>>> q = reported_speech(t, t, find_cues(t)[0], 0, len(t), [], lambda lo, hi: [])
>>> q.kind, q.speaker, q.text
('indirect', 'Officials', 'the convoy left at dawn')
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .actors import UNKNOWN
from .cues import Cue, grammar, verb_properties
from .questions import asked_question
from .segment import count_words
from .speakers import Speaker, _name, _via, object_phrase, sentence_subject, subject_phrase

_NEGATION = re.compile(r"\b(?:not|never|n't|declined\s+to|refused\s+to|without|no\s+one|nobody)\s+(?:\w+\s+)?$", re.IGNORECASE)
_NOT_FINITE = re.compile(r"(?:^|\b(?:to|would|will|could|should|might|may|can|must|did|do|does|not|n't|let|'d|'ll|never)\s+|[#\"(]\s*)$", re.IGNORECASE)
_QUESTION = re.compile(r"(?:\s+[^\s#,.;:]+){0,5}?\s+(?P<question>whether|if|why|how|what|when|where|who|which)\b", re.IGNORECASE)
_VERB_LIKE = re.compile(r"\b(?:that|is|was|were|are|has|have|had|will|would|could|can|should|may|might|must|did|does|do|[a-z]+ed|[a-z]+n't)\b|'s\s+[a-z]")
_FINITE_VERB = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|could|can|should|did|does)\b")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "us", "me", "you", "i", "we", "his", "their", "its", "our", "my", "your"})
#: A listener after "told" and the reported clause after it: "told the AP his firm worked ..."
_LISTENER = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[A-Z][\w.'&-]*(?:\s+[A-Z][\w.'&-]*){0,3}|him|her|them|us|me|you|reporters|supporters|journalists|voters|donors|lawmakers|colleagues|friends|aides|senators)\s+(?=(?:he|she|they|it|we|i|his|her|their|its|the|a|an|there|[A-Z][\w'-]*)\b)")
#: Cues whose object is the listener, not the speech ("told reporters", "assured the court").
_TAKES_LISTENER = frozenset({"tell", "ask", "assure", "inform", "warn", "remind", "urge"})
#: What follows a noun-like cue's "-s" form used as a noun ("reports of", "reports say").
_BY_NEXT = re.compile(r"\s+by\b")  # "reported by": a passive's agent follows, no speech
_LEADING_AS = re.compile(r"\s*as\s+", re.IGNORECASE)  # "As The Post reported, ..."
_COMMA_NEXT = re.compile(r"\s*,")
_THAT_CLAUSE = re.compile(r"(?P<gap>(?:\s+[^\s#]+){0,12}?)\s+that\b")
_NOUN_NEXT = re.compile(r"\s+(?:of|on|about|from|in|at|for|to|and|or|were|are|have|had|say|said|show|showed|suggest|suggested|indicate)\b", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:is|was|were|are|be|been|being)\s+$", re.IGNORECASE)
_PASSIVE_QUOTE = re.compile(r"^\s*(?:by\s+(?P<via>[^,.;:\"#]+?)\s+)?as\s+saying\b\s*(?:that\b)?", re.IGNORECASE)



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
    speaker_name: str = ""  # who the speaker phrase refers to in the article (analysis.resolve)


def reported_speech(text, masked, cue, s_start, s_end, mentions, cues_in, *, speaker: Speaker | None = None) -> Quote | None:  # type: ignore[no-untyped-def]
    """Reported speech around a cue that no quotation took, or None when the cue is not one
    (``masked`` is ``text`` with quotations masked; ``speaker`` given for a coordinated or
    participle cue whose subject is known)."""
    low = " ".join(cue.text.lower().split())
    before = masked[s_start : cue.start]
    after = masked[cue.end : s_end]
    if cue.quote_only:
        return _label(text, masked, cue, s_start, mentions, speaker) if low in grammar().label_cues and not _NEGATION.search(before) else None
    if cue.term == "ask" and speaker is None and not _NEGATION.search(before):  # "Asked if ..., X said", "X was asked to ..."
        question = asked_question(masked, cue, s_start, s_end, mentions)
        if question is not None:
            return _statement(text, question.asker, cue, "", (question.start, question.end), question.asker.start)
    if _NEGATION.search(before) or low.endswith("ing") and low != "according to" and speaker is None and not _PASSIVE.search(before):
        return None
    if low == "according to":
        speaker = object_phrase(after, mentions, cue.end)
        if speaker is None:
            return None
        tail = re.match(r"[^,.;:#]*[,]?", after)
        rest_start = cue.end + (tail.end() if tail else 0)
        content = (s_start, cue.start) if before.strip(" ,") else (rest_start, s_end)
        return _statement(text, speaker, cue, "", content, cue.start)
    progressive = _PASSIVE.search(before) if low.endswith("ing") and speaker is None and low != "according to" else None
    if progressive is not None:  # "They are saying his vote ...": the subject before the auxiliary
        speaker = subject_phrase(masked, s_start, s_start + progressive.start(), mentions)
        if speaker is None:
            return None
    elif _PASSIVE.search(before):
        chain = _PASSIVE_QUOTE.match(after) if low.startswith(("quot", "cit")) else None
        if chain is None:
            return None
        subject = subject_phrase(masked, s_start, _PASSIVE.search(before).start() + s_start, mentions)  # type: ignore[union-attr]
        if subject is None:
            return None
        via = _name(chain.group("via"), mentions, cue.end + chain.start("via")) if chain.group("via") else ""
        return _statement(text, subject, cue, via, (cue.end + chain.end(), s_end), subject.start)
    if _BY_NEXT.match(after):
        return None
    if cue.term in verb_properties().noun_like and low.endswith("s") and _NOUN_NEXT.match(after):
        return None  # a noun: "press reports of the fire were wrong"
    verbs = verb_properties()
    if low == cue.term and " " not in low and (cue.term not in verbs.zero_that or _NOT_FINITE.search(before)):
        return None  # base forms are nouns or infinitives ("a report", "to say"); "officials say" is not
    # clause-final attribution: "..., Interfax reported." / "..., the ministry said on Tuesday."
    comma = before.rstrip().rfind(",")
    leading_as = _LEADING_AS.match(before)
    if leading_as and _COMMA_NEXT.match(after) and count_words(before) <= 8:  # "As The Post reported, ..."
        subject = subject_phrase(masked, s_start + leading_as.end(), cue.start, mentions)
        if subject is not None:
            return _statement(text, subject, cue, "", (cue.end + after.index(",") + 1, s_end), subject.start)
    if comma > 0 and _COMMA_NEXT.match(after) and cue.term in verbs.zero_that | {"tell"}:
        subject = subject_phrase(masked, s_start + comma + 1, cue.start, mentions)  # "X, he argued, Y"
        if subject is not None and count_words(subject.text) <= 6:
            return _statement(text, subject, cue, "", (s_start, s_end), subject.start)
    if before.rstrip().endswith(",") and cue.term in verbs.zero_that | {"tell"} and not low.endswith("ing"):  # "..., said Robert Egge, director."
        inverted = object_phrase(after, mentions, cue.end)
        rest = after[inverted.start - cue.end + len(inverted.text) :] if inverted is not None else ""
        opener = inverted.text.split()[0].lower() if inverted is not None else ""
        if (
            inverted is not None and count_words(inverted.text) <= 8 and (rest.startswith(",") or _adjunct_only(rest))
            and not _VERB_LIKE.search(inverted.text) and opener not in grammar().pronouns and opener.strip("'") not in _OBJECT_PRONOUNS
            and (inverted.text[:1].isupper() or opener in grammar().determiners)
        ):
            return _statement(text, inverted, cue, _via(after, mentions, cue.end), (s_start, s_start + comma), inverted.start)
    if comma > 0 and cue.term in _TAKES_LISTENER:  # "..., he told the court."
        listener = re.match(r"\s+[^\s#,.;:]+(?:\s+[^\s#,.;:]+){0,3}", after)
        if listener is not None and _adjunct_only(after[listener.end() :]) and "that" not in listener.group().lower().split():
            subject = subject_phrase(masked, s_start + comma + 1, cue.start, mentions)
            if subject is not None and count_words(subject.text) <= 8:
                return _statement(text, subject, cue, "", (s_start, s_start + comma), subject.start)
    if comma > 0 and _adjunct_only(after):
        subject = subject_phrase(masked, s_start + comma + 1, cue.start, mentions)
        if subject is not None and count_words(subject.text) <= 8:
            return _statement(text, subject, cue, _via(after, mentions, cue.end), (s_start, s_start + comma), subject.start)
    subject = speaker or subject_phrase(masked, s_start, cue.start, mentions)
    if subject is None:
        return None
    that = _THAT_CLAUSE.match(after)
    if that and cue.term in verbs.takes_object and that.group("gap").strip():
        that = None  # "urged Russia to prove that ...": the object is the speech
    if that and _CLAUSE_OPENS.match(that.group("gap")):
        that = None  # "said he meets families in a city that has ...": the clause began at the cue
    if that and "," not in that.group("gap"):
        content_start = cue.end + that.end()
    elif cue.term in verbs.takes_object or (cue.term in verbs.zero_that and (not low.endswith("ing") or speaker is not None)):
        lead = grammar().cue_lead.match(after)
        content_start = cue.end + (lead.end() if lead else 0)
        opener = r"\s*(?:in|at|during|on|with)\b" if cue.term in verbs.takes_object else r"\s*(?:in|at|during|on|to|with)\b"  # "vowed to ..." is the speech
        if count_words(masked[content_start:s_end]) < (1 if cue.term in verbs.takes_object else 2) or re.match(opener, masked[content_start:s_end]):
            return None
    elif cue.term == "ask" and _QUESTION.match(after) and not low.endswith("ing"):  # "X asked Y whether ..."
        content_start = cue.end + _QUESTION.match(after).start("question")  # type: ignore[union-attr]
    elif cue.term == "ask" and not low.endswith("ing") and re.match(r"(?:\s+[^\s#,.;:]+){0,4}?\s+(?:to|about|for)\s+\w", after):
        content_start = cue.end  # "X asked the network to donate ...", "X asked for a recount"
    elif cue.term == "tell" and re.match(r"\s+\w+(?:\s+\w+)?\s+(?:to|about)\b", after):
        content_start = cue.end
    elif cue.term in ("tell", "assure", "inform", "remind") and not low.endswith("ing") and _LISTENER.match(after) and count_words(after[_LISTENER.match(after).end() :]) >= 3:  # type: ignore[union-attr]
        content_start = cue.end + _LISTENER.match(after).end()  # type: ignore[union-attr]
    else:
        return None
    return _statement(text, subject, cue, _via(after, mentions, cue.end), (content_start, s_end), subject.start)


#: What a label cue's object opens with when it names someone or something ("called him a liar").
_LABEL_OBJECT = re.compile(r"\s+((?:him|her|them|it|us|me|himself|herself|themselves|itself|[A-Z][\w'.\u2019-]*|the|a|an|his|their|its)\b[^,.;:#!?]{3,100})")
#: A reported clause opening right after the cue (its subject a personal pronoun): a later "that" is no complementizer.
_CLAUSE_OPENS = re.compile(r"\s+(?:he|she|they|we|i|it|there)\s", re.IGNORECASE)
_JUST_ADVERBS = re.compile(r"\s*(?:(?:[a-z]+ly|also|then|once|later|even|has|have|had)\s+)*")
_LABEL_END = re.compile(r"\s(?:before|after|while|when|as|because|since|until|and|but|during|in|at|on)\s", re.IGNORECASE)
_NOT_A_LABEL = re.compile(r"\s+(?:on|for|in|into|with|to|back|off|up|out|over|upon|at|about|from)\b", re.IGNORECASE)


def _label(text: str, masked: str, cue: Cue, s_start: int, mentions, speaker: Speaker | None) -> Quote | None:  # type: ignore[no-untyped-def]
    """A label given without quotation marks: ``Sanders called him divisive``, ``Critics call it
    censorship`` (the object and what it is called are the statement); not a phone call (``called
    on``, ``called back``), a name (``a website called X``: no subject) or a passive."""
    before, after = masked[s_start : cue.start], masked[cue.end :]
    if _PASSIVE.search(before) or _NOT_A_LABEL.match(after):
        return None
    subject = speaker or sentence_subject(masked, s_start, cue.end, mentions)
    if subject is None or not subject.text.strip() or not subject.text[:1].isupper() and subject.text.split()[0].lower() not in {*grammar().pronouns, *grammar().determiners}:
        return None
    if speaker is None and not _JUST_ADVERBS.fullmatch(masked, subject.start + len(subject.text), cue.start):
        return None  # the clause's verb is another one: "The story came from a website called X"
    target = _LABEL_OBJECT.match(after)
    if target is None:
        return None
    stop = _LABEL_END.search(target.group(1))
    label = target.group(1)[: stop.start()] if stop else target.group(1)
    if count_words(label) < 2:
        return None
    return _statement(text, subject, cue, "", (cue.end + target.start(1), cue.end + target.start(1) + len(label)), subject.start)


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


def _attach_via(found, inside, cue, text, masked, s_end, mentions) -> bool:  # type: ignore[no-untyped-def]
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
