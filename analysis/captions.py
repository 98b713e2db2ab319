"""Photo captions without a credit: a scene told in the simple present, where body text reports.

Agency caption style describes what a picture shows in one sentence in the simple present,
often with its place and day: "Survivors reach out to receive medicine from a passing vehicle
in Tacloban city Saturday", "A surfer carries his board into the water ... November 24, 2015",
"Trapped workers are pulled from a mine ... on May 13". News body text reports the same actions
in the past tense ("Survivors reached ..."), or in the present only for states, reported speech
and polls ("Clinton leads in Ohio", "he says"). A copied page keeps the caption as a paragraph of
its own, often right above the lead, and jusText keeps it (it is written as a sentence).

:func:`is_scene_caption` tests one unit: its first sentence opens with a subject of at most
``SUBJECT_MAX_WORDS`` words (no verb, no quotation, no comma clause) followed by a scene verb
(``data/instruments/scene_verbs.tsv``) in the simple present (the third person ``carries``
after a singular subject, the base form ``reach`` after a plural one, or ``is/are`` and the
participle: ``are pulled``), and it names a day, a date or a place (``on Sunday``, ``July 2,
2020``, ``at Amsterdam's Schiphol Airport``). Nothing in the first sentence reports speech. A
caption may also be written without a finite verb, the scene verb's ``-ing`` form after the
subject ("A man rowing a boat near his submerged home in Amlighat, India, on Saturday."): then the
sentence ends on its place or day and no finite verb follows.

Examples
--------
>>> is_scene_caption("A surfer carries his board into the water next to a sign on Manly Beach, Australia, November 24, 2015.")
True
>>> is_scene_caption("A surfer carried his board into the water on Manly Beach on Tuesday, police said.")
False
>>> is_scene_caption("")
False
"""
from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import Sequence

from .boilerplate import Verdict
from .boundaries import split_spans
from .calendar_words import calendar_pattern
from .caption_context import above_byline, ends_on_scene
from .instruments import load_tsv
from .irregular_verbs import irregular_pasts
from .justext_method import ends_sentence, is_prose
from .repeats import function_words
from .reporting import reports
from .topmatter import only_names

SCENE_VERBS = "scene_verbs.tsv"
#: The subject before the verb has at most this many words ("Typhoon Haiyan survivors on Sunday").
SUBJECT_MAX_WORDS = 8
#: A caption's first sentence has this many words at least and at most.
MIN_WORDS, MAX_WORDS = 6, 50
#: A caption unit has at most this many words (the scene and a line of context after it).
UNIT_MAX_WORDS = 80
#: The subject and its verb stand in a sentence's first characters (only they are tokenised).
HEAD_CHARS = 120

_TOKEN = re.compile(r"[A-Za-z][\w'\u2019.-]*|\d[\d,.:]*|[,;:()\"\u201c\u201d]")
#: The scene verb that is as often a routine as a picture's action ("Inspectors check the kitchens of restaurants in
#: Travis County ..."): a caption only when it ends on its place or day (a second read, rev32).
_CHECK = frozenset({"check", "checks"})
#: A first "sentence" ending on a word that may be an abbreviation (a capital and up to three letters, or dotted
#: letters: "U.S.", "St.", "Gov."): :func:`analysis.boundaries.split_spans` reads it.
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Za-z]\.)+[A-Za-z])\.$")
_FIRST_SENTENCE = re.compile(r"^.*?[.!?](?=\s+[\"'\u201c\u2018(]?[A-Z0-9]|\s*$)", re.DOTALL)
#: Words that make the subject not a bare noun phrase: a finite verb or a modal before the scene verb.
_FINITE = frozenset(
    "was were had has have will would could can may might should must did does do is are be been "
    "said says told tells say according".split()
)
_PLURAL_NOUNS = frozenset("people police children men women crew staff personnel cattle folk youth".split())
#: Function words a caption's subject may hold ("A", "Two", "members of the crew").
_SUBJECT_WORDS = frozenset("a an the of from and two three four five six several some many".split())
#: Words that open a verb's object, as a determiner does ("signed his", "killed at least").
_OBJECT_OPENERS = frozenset("his her their its our my your at more up".split())
#: A sentence opening with one of these does not open with its subject.
_NOT_SUBJECT = frozenset(
    "while as if when although though because since after before but and or so despite in on at for with by from to "
    "that this these those there it he she they we i you his her their its our how what why where who here then now".split()
)
#: Verbs in the present of what a source shows or finds: a report of evidence, not a picture's scene.
_EVIDENCE = frozenset("shows suggests indicates reveals finds confirms estimates predicts lists records".split())
#: Frequent irregular past forms (a verb in the past before the scene verb: the sentence reports).
_PAST = frozenset("went came took made gave got saw found left kept held told said thought became began brought stood sat ran".split())


@lru_cache(maxsize=1)
def _dates() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A caption's day (a weekday, a month and day, a year) and its full date (month, day and year),
    capitalised, the months and weekdays those of ``calendar.tsv``."""
    weekday = calendar_pattern("weekday", abbreviations=False, case="initial")
    month = rf"(?:{calendar_pattern('month', case='initial')})"
    day = re.compile(rf"\b{weekday}\b|\b{month}\.? \d{{1,2}}\b|\b\d{{1,2}} {month}\b|\b(?:19|20)\d\d\b")
    full = re.compile(rf"\b{month}\.? \d{{1,2}}, (?:19|20)\d\d\b|\b\d{{1,2}} {month}\.?,? (?:19|20)\d\d\b")
    return day, full


_PLACE = re.compile(r"\b(?:in|at|near|outside|inside|along|off|on|across|over|into|from|(?:north|south|east|west)(?:east|west)? of)\s+(?:the\s+)?[A-Z][a-z]")
#: How often something happens ("2,000 passengers a day", "each Sunday", "every year"): the present of a
#: habit, which an explainer's body writes; a picture shows one moment.
_HABITUAL = re.compile(r"\b(?:a|per|each|every) (?:day|night|week|month|year|morning|evening|weekend|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b", re.IGNORECASE)
#: A past time told in words: a scene in the present with it is a picture's caption ("Police officers
#: control a crowd ... yesterday", "The mayor speaks to residents ... earlier this year").
_WHEN = re.compile(r"\b(?:yesterday|earlier (?:this|in the) (?:year|month|week|day)|last (?:week|month|year|night))\b")


@lru_cache(maxsize=1)
def scene_verbs() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """The scene verbs' base forms, third person forms, participles and the participles whose
    present passive is a scene (``are pulled``), lower case.

    Examples
    --------
    >>> base, third, participles, passive = scene_verbs()
    >>> "carry" in base, "carries" in third, "pulled" in participles, "pulled" in passive
    (True, True, True, True)
    """
    rows = load_tsv(SCENE_VERBS, required=("verb", "third_person", "participle"))
    active = [r for r in rows if r.get("passive_only") != "yes"]
    return (
        frozenset(r["verb"].lower() for r in active),
        frozenset(r["third_person"].lower() for r in active),
        frozenset(r["participle"].lower() for r in rows),
        frozenset(r["participle"].lower() for r in rows if r.get("passive") == "yes"),
    )


#: Words that cannot open a verb's object: after a verb that is as often a noun, they make it the noun.
_PREPOSITIONS = frozenset("on in at over for with of to from by against between into near after before during and or".split())


@lru_cache(maxsize=1)
def verb_next() -> dict[str, str]:
    """What must follow a scene verb's base or third person form for it to be read as the verb
    (``object`` in the instrument): ``yes`` for a verb that is as often a noun (its object right
    after it, no preposition), ``plural`` for a verb read only in its base form after a plural subject
    ("Crews work at the scene"; "Maria Lopez works the night shift" opens a feature), or the one word
    that must follow it.

    Examples
    --------
    >>> verb_next()["battle"], verb_next()["works"], "work" in verb_next(), "walk" in verb_next()
    ('yes', 'never', False, False)
    """
    out: dict[str, str] = {}
    for r in load_tsv(SCENE_VERBS, required=("verb", "third_person", "participle")):
        needs = (r.get("object") or "").lower()
        if needs == "plural":
            out[r["third_person"].lower()] = "never"  # the base form after a plural subject only
        elif needs:
            out[r["verb"].lower()] = out[r["third_person"].lower()] = needs
    return out


def _next_fits(tokens: Sequence[str], i: int, needs: str) -> bool:
    """Whether the token after ``i`` is what the verb there needs (:func:`verb_next`)."""
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].lower()
    if needs == "yes":
        return after not in _PREPOSITIONS and tokens[i + 1][:1].isalnum()
    return needs != "never" and after == needs


def first_sentence(unit: str) -> str:
    """The unit up to its first sentence end (all of it when it has none).

    Examples
    --------
    >>> first_sentence("Ten died on Sunday. Schools are shut."), first_sentence("No end here")
    ('Ten died on Sunday.', 'No end here')
    >>> first_sentence("Bags of dog food lie across U.S. 127 after two trucks collided. The crash was the first.")
    'Bags of dog food lie across U.S. 127 after two trucks collided.'

    """
    return _first_sentences(unit)[1]


def _first_sentences(unit: str) -> tuple[str, str]:
    """The unit up to its first full stop, and up to its first sentence end (the same unless that stop may be
    an abbreviation's: "lie across U.S. 127", "in St. Marys", which the sentence rules decide)."""
    text = unit.strip()
    found = _FIRST_SENTENCE.match(text)
    if not found:
        return text, text
    cut = found.group(0)
    if _ABBREVIATION_END.search(cut):
        spans = split_spans(text)
        return cut, text[: spans[0][1]] if spans else text
    return cut, cut


def _plural(word: str) -> bool:
    low = word.lower()
    if low in _SUBJECT_WORDS or low in _FINITE:
        return False
    return low in _PLURAL_NOUNS or (low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s")) and len(low) > 3)


def scene_verb_at(sentence: str, *, any_verb: bool = False) -> int:
    """Index (in word tokens) of the scene verb in the simple present that follows the subject
    opening ``sentence``, or -1 when the sentence does not open so. The subject is a noun
    phrase: capitalised words, numbers, determiners, lower-case words that are no function
    word, ``of``/``and`` and a day (``on Sunday``); a comma, a quotation mark or any other
    function word before the verb ends the search.

    Examples
    --------
    >>> scene_verb_at("Survivors reach out to receive medicine"), scene_verb_at("Typhoon survivors on Sunday pass by boats")
    (1, 4)
    >>> scene_verb_at("Trapped workers are pulled from a mine"), scene_verb_at("Survivors reached the town")
    (2, -1)
    >>> scene_verb_at("While a party waits, he walks"), scene_verb_at("Crews in both states fought the blazes")
    (-1, -1)
    >>> scene_verb_at("Chelsea stayed five points clear at the top"), scene_verb_at("Armed police patrol the streets")
    (-1, 2)

    With ``any_verb``, any lower-case word in the form of a third person present (``makes``)
    right after a name (a capitalised word) counts as the verb, not only a scene verb.

    >>> scene_verb_at("An Airbus A380 makes its approach"), scene_verb_at("An Airbus A380 makes its approach", any_verb=True)
    (-1, 3)
    """
    return _verb_index(_TOKEN.findall(sentence[:HEAD_CHARS]), any_verb=any_verb)


def _verb_index(tokens: Sequence[str], *, any_verb: bool = False) -> int:
    """:func:`scene_verb_at` on a sentence's first tokens."""
    base, third, participles, passive = scene_verbs()
    if not tokens or not tokens[0][:1].isupper() or tokens[0].lower() in _NOT_SUBJECT:
        return -1
    for i, token in enumerate(tokens[: SUBJECT_MAX_WORDS + 1]):
        low = token.lower()
        if i == 0:
            continue
        if low in ("is", "are"):
            seen_as = i + 2 < len(tokens) and tokens[i + 2].lower() in ("as", "on")  # "is seen as the favourite": a judgement; "are seen on camera": footage
            return i if i + 1 < len(tokens) and tokens[i + 1].lower() in passive and not seen_as else -1
        after_determiner = tokens[i - 1].lower() in _SUBJECT_WORDS or tokens[i - 1][:1].isdigit()  # "Two marches": a noun
        needs = verb_next().get(low)
        if needs and not _next_fits(tokens, i, needs):
            return -1  # "Poll precedes battle on Capitol Hill": the noun, with no object after it; "works the night shift"
        singular = low in third or any_verb and _third_person_form(low) and tokens[i - 1][:1].isupper()
        if token[:1].islower() and not after_determiner and (singular and not (_plural(tokens[i - 1]) and not (low in third and _full_name(tokens, i))) or low in base and low not in participles and not _noun_of(tokens, i) and (_plural(_subject_head(tokens, i)) or _coordinated(tokens, i))):
            if not (singular and low not in base and _past_verb_follows(tokens, i)):
                return i
            continue  # a plural noun in -s, a finite verb next ("Huge waves battered the seafront", "the town's boards had")
        if not _subject_word(tokens, i):
            return -1
    return -1


#: Words that open a past tense's object ("battered the seafront", "hit their homes").
_DETERMINERS = frozenset("a an the his her their its our my your this that these those".split())


def _past_verb_follows(tokens: Sequence[str], i: int) -> bool:
    """Whether the word after token ``i`` is a finite verb ("were", "had", "took") or a past tense in
    -ed with its object's determiner after it ("battered the"): token ``i`` is then the subject's
    plural noun ("waves", "rallies", "queues", "the town's boards had"), not a caption's verb in the
    present. Asked of a word in -s read as a verb (its first version only of one right after the
    sentence's first word, "Huge waves"): an agency caption's verb in the present takes an adjective in -ed ("Medics treat wounded Palestinians", "A woman passes boarded up shops").

    Examples
    --------
    >>> _past_verb_follows("Huge waves battered the seafront".split(), 1), _past_verb_follows("Mass rallies were held".split(), 1)
    (True, True)
    >>> _past_verb_follows("Rescuers search flooded homes in Kerala".split(), 1), _past_verb_follows(["Rescuers", "search"], 1)
    (False, False)
    """
    if i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].lower()
    if after in _FINITE or after in _PAST:
        return True
    if not (after.endswith("ed") and len(after) > 4) or i + 2 >= len(tokens):
        return False
    then = tokens[i + 2]
    # not a capitalised word: "Paramedic carries wounded Palestinians" is a caption, its verb's object an adjective's noun
    return then.lower() in _DETERMINERS or then[:1].isdigit()


def _third_person_form(low: str) -> bool:
    """A word shaped as a third person present: ``makes``, ``carries`` (not ``press``, ``bus``, ``his``)."""
    return len(low) > 3 and low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "\u2019s")) and low not in function_words()


def _subject_word(tokens: Sequence[str], i: int) -> bool:
    """Whether token ``i`` can stand in a bare noun phrase (the subject of a caption)."""
    token, low = tokens[i], tokens[i].lower()
    if not token[:1].isalnum():
        return False  # a comma, a quotation mark, a bracket: not a bare subject
    if token[:1].isupper() or token[:1].isdigit() or low in _SUBJECT_WORDS:
        return True
    if low == "on" and i + 1 < len(tokens) and _dates()[0].fullmatch(tokens[i + 1]):
        return True  # "survivors on Sunday pass"
    if low in _FINITE or low in _PAST or low in scene_verbs()[2] and not low.endswith("ed"):
        return False  # a finite verb: the sentence reports ("Crews fought")
    if low.endswith("ed") and i + 1 < len(tokens) and (tokens[i + 1].lower() in _SUBJECT_WORDS or tokens[i + 1][:1].isdigit() or tokens[i + 1].lower() in _OBJECT_OPENERS):
        return False  # a past tense with its object ("Chelsea stayed five points clear"); a participle goes on with a preposition ("survivors trapped in")
    return low not in function_words()


def _subject_head(tokens: Sequence[str], verb: int) -> str:
    """The word before the verb, reading past a time adjunct ("survivors on Sunday pass"), or the
    word before the subject's first ``of`` ("Supporters of the president rally").

    Examples
    --------
    >>> _subject_head("Supporters of the president rally".split(), 4), _subject_head("Survivors on Sunday pass".split(), 3)
    ('Supporters', 'Survivors')
    """
    lows = [t.lower() for t in tokens[:verb]]
    if "of" in lows[1:]:
        return tokens[lows.index("of", 1) - 1]
    j = verb - 1
    if j >= 2 and _dates()[0].fullmatch(tokens[j]) and tokens[j - 1].lower() == "on":
        j -= 2
    return tokens[j]


def _noun_of(tokens: Sequence[str], i: int) -> bool:
    """Whether the word at ``i`` has "of" right after it: a noun ("Ernst and Young survey of 500 firms"),
    not a verb, whose object does not open with "of"."""
    return i + 1 < len(tokens) and tokens[i + 1].lower() == "of"


def _full_name(tokens: Sequence[str], verb: int) -> bool:
    """Whether the two words before the verb are capitalised: a person's name, whose last word may
    end in -s ("Carla Mendes speaks"), not a plural noun. Read only before a scene verb's third person:
    "Las Vegas officials" is a place and its people."""
    return verb >= 2 and tokens[verb - 1][:1].isupper() and tokens[verb - 2][:1].isupper()


def _coordinated(tokens: Sequence[str], verb: int) -> bool:
    """Whether the subject before the verb joins two names with ``and`` ("Tom Hale and Jane Doe
    inspect"): a plural subject whatever its last word."""
    return any(tokens[k].lower() == "and" and tokens[k - 1][:1].isupper() and tokens[k + 1][:1].isupper() for k in range(1, verb - 1))


#: The words of a person's place in the picture, asked of a unit before the pattern is tried (a fast filter).
_POSITION_WORDS = ("left", "right", "centre", "center", "front", "rear")
#: The picture's own verb in the present passive: what it shows is "seen" or "pictured" there.
_SEEN = re.compile(r"\b(?:is|are) (?:seen|pictured)\b(?! as\b)(?! (?:on|in) (?:the )?(?:camera|cctv|video|footage|film|dashcam|bodycam)\b)")


#: Where a person stands in the picture, set off by commas or brackets after their name ("Jacinda
#: Ardern, centre, speaks ...", "Tom Hale (left) and ..."): only captions say it.
_POSITION = re.compile(
    r"(?:,\s*(?:(?:second|third|far|front|back|top|bottom)\s+)?(?:from\s+)?(?:left|right|centre|center|front|rear)\s*,|"
    r"\s*\((?:(?:second|third|far|front|back|top|bottom)\s+)?(?:from\s+)?(?:left|right|centre|center|front|rear)\))",
    re.IGNORECASE,
)


def is_scene_caption(unit: str) -> bool:
    """Whether a unit is a photo caption in agency style (see the module's description).

    Examples
    --------
    >>> is_scene_caption("Survivors reach out to receive medicine from a passing vehicle in Tacloban city, central Philippines Saturday.")
    True
    >>> is_scene_caption("Trapped workers are pulled from a mine in Soma, in the western Turkish province of Manisa, on May 13.")
    True
    >>> is_scene_caption("Clinton leads Trump by five points in Florida, a poll released on Tuesday shows.")
    False
    """
    start = unit[:HEAD_CHARS]
    first = start.split(None, 1)[0] if start.strip() else ""
    if not first[:1].isupper() or first.lower() in _NOT_SUBJECT or any(q in start for q in "\"\u201c\u201d") or unit.count(" ") >= UNIT_MAX_WORDS:
        return False  # cheap tests first: most body paragraphs fail one
    low = start.lower()
    if ("," in start or "(" in start) and any(word in low for word in _POSITION_WORDS):
        unit = _POSITION.sub("", unit)  # "X, left, and Y inspect ...": read as "X and Y inspect ..."
        start = unit[:HEAD_CHARS]
    head = [m.group() for m in islice(_TOKEN.finditer(start), SUBJECT_MAX_WORDS + 2)]  # the verb first: most units fail there, cheaply
    verb = _verb_index(head, any_verb=True)  # finds a verb wherever the scene verb test finds one
    if verb < 0:
        return _participle_scene(unit, head)
    scene = _verb_index(head)
    cut, sentence = _first_sentences(unit)
    if cut != sentence and _scene_sentence(cut, head, verb, scene, False):
        return True  # a caption by its words up to an abbreviation's stop, as before the sentence rules read past it
    return _scene_sentence(sentence, head, verb, scene, cut != sentence)


def _scene_sentence(sentence: str, head: Sequence[str], verb: int, scene: int, read_past: bool) -> bool:
    """The sentence tests of :func:`is_scene_caption` on the caption's first sentence; a sentence read past
    an abbreviation ("The St. Louis Cardinals play ..."), or one whose scene verb is "check", must end on
    its place or day (a second read, rev32)."""
    words = sentence.split()
    if not MIN_WORDS <= len(words) <= MAX_WORDS or reports(sentence) or any(q in sentence for q in "\"\u201c\u201d") or _HABITUAL.search(sentence):
        return False
    if scene >= 0:
        if (read_past or head[scene].lower() in _CHECK) and not ends_on_scene(sentence):
            return False
        return bool(_dates()[0].search(sentence) or _PLACE.search(sentence) or _WHEN.search(sentence))
    # Any verb in the present with the picture's full date ("... makes its approach ... on July 2,
    # 2020"): the body reports a dated event in the past tense. A timeline's entry opens with its
    # date ("June 16, 2015 Trump joins the race."): the date must follow the verb.
    if head[verb].lower() in _EVIDENCE:
        return False  # "Downdetector shows a spike in outages ... on Wednesday, 27 April 2022": a source's evidence, reported
    date = _dates()[1].search(sentence)
    return date is not None and date.start() > sentence.find(head[verb])


@lru_cache(maxsize=1)
def scene_participles() -> frozenset[str]:
    """The ``-ing`` forms of the active scene verbs ("wading", "rowing", "sitting", "carrying").

    Examples
    --------
    >>> {"wading", "rowing", "sitting", "carrying"} <= scene_participles()
    True
    """
    out = set()
    for verb in scene_verbs()[0]:
        out.add(verb + "ing")
        if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
            out.add(verb[:-1] + "ing")
        if len(verb) >= 3 and verb[-1] in "bdgmnprt" and verb[-2] in "aiou" and verb[-3] not in "aeiou":
            out.add(verb + verb[-1] + "ing")  # "sit" -> "sitting", "swim" -> "swimming"
    return frozenset(out)


#: Words after which a past participle is an adjective ("a flooded street", "his submerged home").
_MODIFIES = frozenset("a an the his her their its our my your this that these those two three four several some many".split())


def _participle_scene(unit: str, head: Sequence[str]) -> bool:
    """A caption written without a finite verb: a bare subject, a scene verb's ``-ing`` form, and
    a sentence that ends on its place or day (:func:`analysis.caption_context.ends_on_scene`) with
    no finite verb after the participle ("A man rowing a boat near his submerged home in Amlighat,
    India, on Saturday.").
    A body sentence has a finite verb ("Troops patrolling the border came under fire on Tuesday",
    "Migrants crossing the Channel hit a record in August": :func:`irregular_pasts`)."""
    if not any(token.endswith("ing") for token in head):
        return False  # cheap test first: no -ing form among the first words
    ing = scene_participles()
    at = -1
    for i in range(1, min(len(head), SUBJECT_MAX_WORDS + 1)):
        if head[i][:1].islower() and head[i].lower() in ing:
            if head[i - 1].lower() in function_words():
                return False  # a gerund after a preposition ("set a goal of raising ..."), no participle
            at = i
            break
        if not _subject_word(head, i):
            return False
    if at < 0:
        return False
    sentence = first_sentence(unit)
    if not MIN_WORDS <= len(sentence.split()) <= MAX_WORDS or reports(sentence) or not ends_on_scene(sentence):
        return False
    tokens = _TOKEN.findall(sentence)
    for j in range(at + 1, len(tokens)):
        low = tokens[j].lower()
        if low in _FINITE or low in _PAST or low in scene_verbs()[1]:
            return False
        if tokens[j][:1].islower() and low.endswith("ed") and len(low) > 4 and tokens[j - 1].lower() not in _MODIFIES:
            return False  # a past tense ("... near Kharkiv came under fire"): the body reports
        if tokens[j][:1].islower() and low in irregular_pasts() and tokens[j - 1].lower() not in _MODIFIES:
            return False  # an irregular past ("... toward parliament threw stones"); after a determiner a noun ("a cut", "the left")
    return True


def mark_captions(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) every kept unit that is a scene caption (:func:`is_scene_caption`), as
    boilerplate with reason ``caption:scene`` (as ``top:headline`` when it is the text's first
    unit: a headline in the same present tense); the last kept unit always stays (an article is
    never emptied by this rule), and so does the last kept unit written as prose: a video page's
    one paragraph, a scene in the present, is its body when what else is kept is a form's broken
    line ("By signing up ..., I agree to the").

    Examples
    --------
    >>> units = ["Shark sighting", "A surfer carries his board past a shark sign on Manly Beach on Tuesday.", "Sharks were seen off the beach, officials said."]
    >>> verdicts = [Verdict(False, "top_matter", "top:headline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> mark_captions(units, verdicts); [v.reason for v in verdicts]
    ['top:headline', 'caption:scene', '']
    >>> units = ["A man walks past a flooded street in Manila on Tuesday, Jan. 9, 2024.", "Sign up for our", "By signing up, I agree to the"]
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> mark_captions(units, verdicts); [v.reason for v in verdicts]
    ['', '', '']
    >>> mark_captions([], [])
    """
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    left = len(kept)
    prose_left = sum(is_prose(units[i]) for i in kept)
    body_started = False
    captions_seen = 0  # scene captions above the body: the page prints its pictures' captions so
    for i in kept:
        if left > 1 and (prose_left > 1 or not is_prose(units[i])) and is_scene_caption(units[i]) and (not body_started or _caption_in_body(units, verdicts, i, captions_seen > 0)):
            left -= 1
            prose_left -= is_prose(units[i])
            captions_seen += i > 0
            # The text's first unit is its headline, written in the same present ("Spree reaches beyond ads").
            verdicts[i] = Verdict(False, "top_matter", "top:headline") if i == 0 else Verdict(False, "boilerplate", "caption:scene")
        elif len(units[i].split()) >= BODY_MIN_WORDS:
            body_started = True


#: A kept unit of this many words or more starts the body: below it, a scene in the present is a
#: caption only beside a picture's furniture or with the picture's full date (explainers, previews,
#: business and science paragraphs are written in the present too: "The pipeline carries oil from
#: Alberta to refineries in Texas.").
BODY_MIN_WORDS = 15


def _caption_in_body(units: Sequence[str], verdicts: Sequence[Verdict], i: int, page_captions: bool = False) -> bool:
    """Whether the scene caption at ``i``, inside the body, is one sentence that places a person in
    the picture (", left,") or says what it shows ("are seen"), or stands beside a picture's
    credit or caption, or right above the byline (:func:`analysis.caption_context.above_byline`),
    or dated in full ("... on Sunday, Nov. 10, 2013"), or on a page whose top already printed a
    scene caption (``page_captions``: a page writes its pictures' captions in one style) when it
    ends on its place or day as a caption does (:func:`analysis.caption_context.ends_on_scene`)."""
    sentence = first_sentence(units[i])
    if len(units[i].split()) - len(sentence.split()) > CREDIT_MAX_WORDS:
        # More sentences follow: a paragraph of the body, unless the page prints its pictures'
        # captions in this style and this one ends on its scene with one line of context after
        # it, reporting no one (an agency caption's second sentence: "The city remains littered
        # with debris ...").
        return page_captions and ends_on_scene(sentence) and _dates()[0].search(sentence) is not None and _caption_context(units[i][len(sentence):])
    if _POSITION.search(sentence) or _SEEN.search(sentence):
        return True  # a person's place in the picture (", left,") or what the picture shows ("are seen"): only captions say it
    beside = any(0 <= j < len(verdicts) and not verdicts[j].keep and verdicts[j].reason.startswith(_PICTURE_PREFIXES) for j in (i - 1, i + 1))
    if not beside:  # a gallery: scene captions one under another
        beside = any(0 <= j < len(units) and verdicts[j].keep and _one_scene(units[j]) for j in (i - 1, i + 1))
    return beside or above_byline(units, verdicts, i, BODY_MIN_WORDS) or page_captions and ends_on_scene(sentence) or _dates()[1].search(units[i]) is not None


def _caption_context(rest: str) -> bool:
    """Whether what follows a caption's scene is one sentence of context: at most
    ``CONTEXT_MAX_WORDS`` words, no quotation, no reporting verb, not opened by a pronoun that
    carries the scene on ("It runs for 1,900 miles": a paragraph going on)."""
    rest = rest.strip()
    return (
        0 < len(rest.split()) <= CONTEXT_MAX_WORDS
        and rest.split()[0].lower() not in _PRONOUNS
        and first_sentence(rest).strip() == rest
        and not reports(rest)
        and not any(q in rest for q in "\"\u201c\u201d")
    )


def _one_scene(unit: str) -> bool:
    """A unit that is one scene caption and nothing more, ending on its place or day."""
    sentence = first_sentence(unit)
    return len(unit.split()) - len(sentence.split()) <= CREDIT_MAX_WORDS and is_scene_caption(unit) and ends_on_scene(sentence)


#: An agency caption's line of context after its scene has at most this many words.
CONTEXT_MAX_WORDS = 40
_PRONOUNS = frozenset("it its they their he his she her this these those we i".split())


#: A credit after a caption's sentence has at most this many words ("AP Photo/Jane Roe").
CREDIT_MAX_WORDS = 6
_PICTURE_PREFIXES = ("pattern:caption", "pattern:photo", "caption", "no_words")


#: What stands right above a portrait's caption in a page's header: the byline or date line.
_HEADER_ABOVE = frozenset({"top:byline", "top:date", "pattern:date_line"})


def mark_name_caption(units: Sequence[str], verdicts: list[Verdict]) -> None:
    """Remove (in place) a portrait's caption in the header: the first kept unit, when it is a
    name alone (two to six name-like words, no digit, no sentence end: "Chief Constable Jane
    Roe"), a byline or date line stands right above it and a paragraph of prose right below it.
    A crosshead cannot stand above the first paragraph; a headline stands above the byline.
    Reason ``caption:name`` (boilerplate).

    Examples
    --------
    >>> units = ["By Jane Roe", "Chief Constable Bill Poe", "Crime rose by 14 per cent last year, figures released on Thursday show."]
    >>> verdicts = [Verdict(False, "top_matter", "top:byline"), Verdict(True, "body", ""), Verdict(True, "body", "")]
    >>> mark_name_caption(units, verdicts); [v.reason for v in verdicts]
    ['top:byline', 'caption:name', '']
    >>> mark_name_caption([], [])
    """
    k = next((i for i, v in enumerate(verdicts) if v.keep), None)
    if k is None or k == 0 or k + 1 >= len(units) or verdicts[k - 1].reason not in _HEADER_ABOVE or not verdicts[k + 1].keep:
        return
    words = units[k].split()
    if 2 <= len(words) <= 6 and not ends_sentence(units[k]) and only_names(words, units[k]) and is_prose(units[k + 1]):
        verdicts[k] = Verdict(False, "boilerplate", "caption:name")
