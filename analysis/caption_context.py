"""Where a scene caption stands and how it ends: the context :mod:`analysis.captions` reads.

- :func:`ends_on_scene`: an agency caption ends on its scene's place or day ("... in Tacloban city
  on Sunday."); a body sentence in the present goes on ("..., as shortages worsen.").
- :func:`above_byline`: a scene right above the byline or date line, under at most a standfirst,
  stands in the page's header (headline, standfirst, picture, byline, lead).
- :func:`noun_phrase_caption`: right under the headline, above the lead, a sentence with no verb
  ("A forest alight with fireflies on a summer evening.") is the picture's caption.
- :func:`caption_run`: between two body paragraphs, two or more lines in a row written as
  sentences without their full stop, each telling again what the text says elsewhere, are the
  pictures' captions (a tabloid's style).
- :func:`credited_quotes`: a body paragraph that quotes someone keeps a picture's credit glued to
  its end; it is the article's paragraph, not a caption.

Examples
--------
>>> ends_on_scene("Residents wade through a flooded street in Mosul on Sunday.")
True
>>> ends_on_scene("")
False
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Sequence

from .boilerplate import Verdict
from .bullets import is_bullet
from .irregular_verbs import irregular_pasts
from .justext_method import ends_sentence, headline_case, is_prose
from .repeats import content_words, function_words
from .reporting import telling_pattern

#: Words a caption's closing place and day may hold besides names, numbers and days: prepositions,
#: compass points and kinds of place ("in Tacloban city, central Philippines Saturday").
_SCENE_TAIL = frozenset(
    "in at on near outside inside off along of the a city town village province state county district region "
    "north south east west central northern southern eastern western northeastern northwestern southeastern southwestern".split()
)
_SCENE_PREPOSITIONS = frozenset("in at on near outside inside off along".split())
_TAIL_WORD = re.compile(r"[\w'\u2019.-]+")


def ends_on_scene(sentence: str) -> bool:
    """Whether a sentence ends on its scene's place or day, as an agency caption does ("... in
    Tacloban city on Sunday."), not on a clause that goes on to tell why or what next, as a body
    sentence in the present does ("Residents queue for water in Gaza City on Tuesday, as shortages
    worsen."): its last words, read back from the end up to the first other word, are names,
    numbers, days, prepositions and kinds of place, with a name among them, opened by a preposition
    ("in Tacloban") or set off by a comma (", central Philippines Saturday").

    Examples
    --------
    >>> ends_on_scene("Survivors reach out to receive medicine in Tacloban city, central Philippines Saturday.")
    True
    >>> ends_on_scene("Residents queue for water in Gaza City on Tuesday, as shortages worsen."), ends_on_scene("")
    (False, False)
    >>> ends_on_scene("Fans gather outside Wembley, hoping for a first title since 1966.")
    False
    """
    words = list(_TAIL_WORD.finditer(sentence))
    start = len(words)
    while start > 0 and (words[start - 1].group()[:1].isupper() or words[start - 1].group()[:1].isdigit() or words[start - 1].group().lower() in _SCENE_TAIL):
        start -= 1
    tail = words[start:]
    if not any(w.group()[:1].isupper() or w.group()[:1].isdigit() for w in tail):
        return False
    return tail[0].group().lower() in _SCENE_PREPOSITIONS or "," in sentence[tail[0].start() :]


#: A byline or date line right below a scene puts it in the page's header (headline, standfirst,
#: picture, byline, lead): a body paragraph is not followed by the article's byline with the body
#: going on below it.
_HEADER_BELOW = frozenset({"top:byline", "top:date", "pattern:date_line"})


def above_byline(units: Sequence[str], verdicts: Sequence[Verdict], i: int, body_min_words: int = 15) -> bool:
    """Whether a byline or date line stands right below unit ``i`` and a kept unit below them, with
    at most one paragraph of prose above ``i`` (a standfirst: the header; further down, a live
    blog's entries each end above the next one's stamp and byline): a paragraph has
    ``body_min_words`` words or more.

    Examples
    --------
    >>> from analysis.boilerplate import Verdict
    >>> keep, byline = Verdict(True, "body", ""), Verdict(False, "top_matter", "top:byline")
    >>> above_byline(["Rescuers at work in Mosul on Sunday.", "By Jane Roe", "Ten died."], [keep, byline, keep], 0)
    True
    >>> above_byline(["Rescuers at work in Mosul on Sunday.", "By Jane Roe"], [keep, byline], 0), above_byline([], [], 0)
    (False, False)
    """
    if sum(v.keep and len(units[k].split()) >= body_min_words for k, v in enumerate(verdicts[:i])) > 1:
        return False
    j = i + 1
    if j >= len(verdicts) or verdicts[j].reason not in _HEADER_BELOW:
        return False
    while j < len(verdicts) and verdicts[j].reason in _HEADER_BELOW:
        j += 1
    return any(v.keep for v in verdicts[j:])


#: A paragraph that keeps a picture's credit glued to its end has at least this many words before it.
QUOTED_MIN_WORDS = 25
_CREDIT_TAIL = re.compile(r"\s*\([^()]{1,100}\)\.?\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019]?\s+[\"'\u201c\u2018]?[A-Z]")
_QUOTE_MARKS = ('"', "\u201c", "\u201d")


def credited_quotes(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Keep again (in place) a paragraph of the body that a caption-credit pattern removed for the
    picture's credit glued to its end ("... the tree would be 5,000 years old," she said. (Photo:
    Jane Roe/AFP)"): below the body's first paragraph, a unit of two sentences or more and
    ``QUOTED_MIN_WORDS`` words before its credit that quotes someone (a quotation mark and a verb
    of telling: "said", "told") is the article's paragraph. A caption shows a picture; it does not
    report speech over two sentences. A copied page glues the credit of a picture that stood under
    the last paragraph to it.

    Examples
    --------
    >>> lead = "Rangers found the old tree in a remote valley in 1972, and scientists have studied it since then."
    >>> last = ('A sample taken last year showed it was at least 2,400 years old. "It may well be the oldest tree alive," '
    ...         'one of the scientists told reporters. (Photo: Jane Roe/AFP)')
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:caption_credit")]
    >>> credited_quotes([lead, last], verdicts); [v.keep for v in verdicts]
    [True, True]
    >>> caption = "Rangers stand by the old tree in the valley on Monday. It may be the oldest tree alive. (Photo: Jane Roe/AFP)"
    >>> verdicts = [Verdict(True, "body", ""), Verdict(False, "boilerplate", "pattern:caption_credit")]
    >>> credited_quotes([lead, caption], verdicts); [v.keep for v in verdicts]
    [True, False]
    >>> credited_quotes([], [])
    """
    body_started = False
    for i, (unit, verdict) in enumerate(zip(units, verdicts)):
        if verdict.keep:
            body_started = body_started or len(unit.split()) >= 15
            continue
        if not body_started or verdict.reason != "pattern:caption_credit" or not any(q in unit for q in _QUOTE_MARKS):
            continue
        text = _CREDIT_TAIL.sub("", unit)
        if len(text.split()) >= QUOTED_MIN_WORDS and _SENTENCE_END.search(text) and any(q in text for q in _QUOTE_MARKS) and telling_pattern().search(text):
            verdicts[i] = Verdict(True, "body", "")



#: A caption written as a noun phrase opens with an article and has this many words at least and at most.
NOUN_CAPTION_WORDS = (4, 15)
_ARTICLE_OPENING = re.compile(r"(?:A|An|The) [a-z]")
#: Words that open a sentence but name nothing a picture shows: a feature's punchy opener ("Twice in two weeks.", the
#: twenty-eighth site sets, s1086; "Again on Sunday.", "Still at large.").
_NOT_SUBJECTS = frozenset(
    "twice once again now then here there today yesterday tonight later earlier never always sometimes often already soon "
    "finally".split()  # not "First", "Last", "Just", "Still": they open names ("First Minister ...", "Just Eat riders ...": a second read)
)
#: The place's name after the opening's preposition and the lower-case word after it.
_NAME_THEN_WORD = re.compile(r"(?: (?:the )?[A-Z][\w'\u2019.-]*)+ ([a-z]+)\b")
#: A caption opening with a name and a preposition has at most this many words, or ends on its place or day.
NAMED_SHORT_WORDS = 5
#: Or it opens with who or what the picture shows, named, and where they are: capitalised words (a
#: name with its title, an age after it) or one capitalised word and its plural head, then a
#: preposition ("Mayor Linda Ferreira at the opening of ...", "Grace Ellery, 7, with ...",
#: "Emergency crews at work.", "Smoke over the ..."). A headline's verb in the present stands where
#: the preposition would ("Police seize drugs in raid").
_NAMED_OPENING = re.compile(
    r"(?-i:[A-Z][\w'\u2019.-]*)(?: (?-i:[A-Z][\w'\u2019.-]*)){0,4}(?:, \d{1,3},| (?-i:[a-z]+s|people|police|staff|personnel))?"
    r" (?:at|in|with|during|on|outside|inside|near|over|after|before|for)\b"
)
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
#: Words that make a clause: auxiliaries and verbs of telling, and subject pronouns.
_DETERMINERS = frozenset("a an the its their his her".split())
_CLAUSE_WORDS = frozenset(
    "is are was were has have had will would can could may might shall should must do does did be been being "
    "says said tells told i we you he she they it".split()
)


def is_noun_phrase(unit: str) -> bool:
    """Whether ``unit`` is one sentence written as a noun phrase, with no verb: it opens with an
    article and a lower-case word, has ``NOUN_CAPTION_WORDS`` words, ends with a full stop, and holds
    no auxiliary, verb of telling, subject pronoun, contraction, past form (``-ed`` or irregular) and
    no word in ``-s`` among its first words after the article (a verb after its subject: "A man
    crosses ..."); a past participle right after an article or possessive is a modifier ("the
    flooded valley").

    Examples
    --------
    >>> is_noun_phrase("A forest alight with fireflies on a summer evening."), is_noun_phrase("An aerial view of the flooded valley.")
    (True, True)
    >>> is_noun_phrase("A man crosses the flooded street."), is_noun_phrase("The storm moved north."), is_noun_phrase("")
    (False, False, False)
    >>> is_noun_phrase("Twice in two weeks."), is_noun_phrase("Emergency crews at work.")
    (False, True)
    """
    text = unit.strip()
    words = text.split()
    if not (NOUN_CAPTION_WORDS[0] <= len(words) <= NOUN_CAPTION_WORDS[1]) or not text.endswith("."):
        return False
    article = _ARTICLE_OPENING.match(text)
    named = None if article or words[0].lower().strip(",") in _NOT_SUBJECTS else _NAMED_OPENING.match(text)
    if not (article or named):
        return False
    if any(mark in text[:-1] for mark in ".!?;:"):
        return False  # one sentence, no clause after a colon
    low = [w.lower() for w in _WORD.findall(text)]
    pasts = irregular_pasts()
    for k, w in enumerate(low):
        if w in _CLAUSE_WORDS or "'" in w or "\u2019" in w:
            return False
        if (w.endswith("ed") or w in pasts) and (k == 0 or low[k - 1] not in _DETERMINERS):
            return False  # a past form, not a modifier after its article ("the flooded valley")
    if named:
        # the words before the preposition are the subject's name or its plural head; a caption ends on its
        # place, day or a name, or is a few words ("Emergency crews at work."): a sentence whose verb stands after the
        # place ("Parents at Oak Hill Primary School want answers from the council.") ends on neither
        after = _NAME_THEN_WORD.match(text, named.end())
        if after and after.group(1).lower() not in function_words():
            return False  # "Police in Leeds hunt a gunman ...": the verb right after the place's name
        return len(words) <= NAMED_SHORT_WORDS or ends_on_scene(text) or words[-1][:1].isupper()  # "... district of Ludwigshafen."
    return not any(w.endswith("s") and not w.endswith("ss") for w in low[1:4])


def noun_phrase_caption(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a picture's caption written as a noun phrase (:func:`is_noun_phrase`)
    standing right under the headline (``top:headline``, with only removed units between) as the
    first kept unit, when a paragraph of prose of 15 words or more follows it and another kept unit
    after that: reason ``caption:scene`` (boilerplate). A lead has a verb; a crosshead does not
    stand above the first paragraph.

    Examples
    --------
    >>> units = ["Fireflies light up the park", "A forest alight with fireflies on a summer evening.",
    ...          "Rangers will open a lottery next week for the few hundred places to watch the fireflies flash together.", "Tickets cost one dollar."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline")] + [Verdict(True, "body", "")] * 3
    >>> noun_phrase_caption(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'caption:scene', '', '']
    >>> verdicts = [Verdict(True, "body", "")] * 4
    >>> noun_phrase_caption(units, verdicts); [v.reason for v in verdicts]
    ['', '', '', '']
    >>> noun_phrase_caption([], [])
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    if len(kept) < 3:
        return
    first, lead = kept[0], kept[1]
    if not any(v.reason == "top:headline" for v in verdicts[:first]) or not is_noun_phrase(units[first]):
        return
    if len(units[lead].split()) >= 15 and is_prose(units[lead]):
        verdicts[first] = Verdict(False, "boilerplate", "caption:scene")



#: A caption of a run between paragraphs has this many words at least and at most; a run has at least RUN_MIN lines.
RUN_WORDS = (6, 20)
RUN_MIN = 2
#: Share of a caption's content words that the text says elsewhere (a caption tells the story's points again).
RUN_RESTATED = 0.5
#: The paragraph below the run has at least this many words.
PARAGRAPH_MIN_WORDS = 15


def _run_line(unit: str) -> bool:
    text = unit.strip()
    return (
        RUN_WORDS[0] <= len(text.split()) <= RUN_WORDS[1]
        and text[:1].isupper()
        and not ends_sentence(text)
        and text[-1:].isalpha()  # no closing mark at all: a list item ends with a colon, a bracket or a figure
        and not any(c.isdigit() for c in text)
        and not is_bullet(text)
        and not headline_case(text)
    )


def caption_run(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a run of ``RUN_MIN`` or more kept units in a row, each written as a
    sentence without its full stop (:func:`_run_line`: ``RUN_WORDS`` words, opening with a capital,
    ending on a letter, no figure, no bullet, not capitalised as a headline), standing between a
    paragraph closed by its stop (not a colon announcing a list) and one of ``PARAGRAPH_MIN_WORDS``
    words or more, when ``RUN_RESTATED`` of each one's content words stand elsewhere in
    the text: the pictures' captions of a tabloid's page, which tell its key points again ("The
    final at the stadium failed to sell out" between two paragraphs). A body paragraph ends with its
    stop. Reason ``caption:run`` (boilerplate).

    Examples
    --------
    >>> body = ["Tickets for the final were still on sale on Sunday morning, the league said, hours before the kick-off.",
    ...         "Fans on social media said the prices had kept families away from the stadium this year.",
    ...         "The league said it would review its prices for next season after the final was played."]
    >>> units = [body[0], body[1], "The final at the stadium failed to sell out", "Fans said the prices kept families away", body[2]]
    >>> verdicts = [Verdict(True, "body", "")] * 5
    >>> caption_run(units, verdicts); [v.reason for v in verdicts]
    ['', '', 'caption:run', 'caption:run', '']
    >>> verdicts = [Verdict(True, "body", "")] * 4
    >>> caption_run([body[0], body[1], "The final at the stadium failed to sell out", body[2]], verdicts); [v.reason for v in verdicts]
    ['', '', '', '']
    >>> caption_run([], [])
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    p = 1
    words_of: list[set[str]] = []
    units_with: Counter[str] = Counter()  # in how many units each content word stands
    while p < len(kept) - 1:
        q = p
        while q < len(kept) and kept[q] == kept[p] + (q - p) and _run_line(units[kept[q]]):
            q += 1
        above, run = kept[p - 1], kept[p:q]
        if (
            len(run) >= RUN_MIN
            and q < len(kept)
            and len(units[kept[q]].split()) >= PARAGRAPH_MIN_WORDS
            and ends_sentence(units[above])
            and not headline_case(units[above])
        ):
            if not words_of:
                words_of = [content_words(u) for u in units]
                for words in words_of:
                    units_with.update(words)
            in_run = Counter(w for i in run for w in words_of[i])
            # a word stands elsewhere when a unit outside the run holds it
            restated = all(
                words_of[i] and sum(units_with[w] > in_run[w] for w in words_of[i]) >= RUN_RESTATED * len(words_of[i]) for i in run
            )
            if restated:
                for i in run:
                    verdicts[i] = Verdict(False, "boilerplate", "caption:run")
        p = max(q, p + 1)
