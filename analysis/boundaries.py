"""Sentence boundaries in one paragraph, by rules whose word lists are data.

A candidate end is a run of end marks (``.``, ``!``, ``?``, ``…``; a run such as ``!!!``, ``?!``
or ``. . .`` is one mark, so "good!!!" stays whole) with any closing quotation marks or brackets,
followed by a space or the end of the text. Whether it ends the sentence depends on the word
before it and the word after it:

* the next word (after any spaces, opening quotes, brackets and dashes) starts in lower case:
  never (``"This is great." she said``, ``voila! -- you``, ``5th st. near``);
* a name written with ``!`` (``name`` in ``abbreviations.tsv``: ``Yahoo!``) ends one only before
  a sentence starter;
* an end mark right after ``[`` or ``(`` is an omission (``[...]``), never an end;
* the word before is an abbreviation (``abbreviations.tsv``; single capitals such as the ``E.`` of
  "Jonas E. Smith" and dotted initialisms such as ``J.C.`` count as ``general``): a ``title``
  never ends a sentence (``Sen. John Smith``, ``Mt. Fuji``); a ``general`` one only when the next
  word is a sentence starter (``sentence_starters.tsv``: "in the U.S. How about you?" splits,
  "the U.S. Government" and "J.C. Penney" do not) and never before a numeral (``Jun. 5``) or an
  initial (``Gen. A. Smith``); a ``number`` abbreviation is one only before a numeral or symbol
  (``No. 10``, ``p. 55``, ``Rs. 3,520``), elsewhere it is a word ending its sentence; ``a.m.``
  and ``p.m.`` (``time``) end one before a capital unless it continues the time (``10 a.m.
  Tuesday``, ``EST``, ``Moscow time``);
* an end mark inside a parenthesis or square bracket that closes later in the paragraph is not
  an end (``(He worked there. He left.) at noon``); a footnote glued to the stop stays with its
  sentence (``ratified.[3]``, ``consultation.11``);
* ellipses: four stops end a sentence (``that.... She``; in ``word. . . . Next`` the first stop
  ends it and ``. . .`` opens the next); three stops end one before a capital only when unspaced
  (``...``, ``…``); a spaced ``. . .`` inside a sentence is a pause;
* list items: a bullet (``sentence_marks.tsv``) after a space starts a new sentence, and so does a
  numbered or lettered item (``1.)``, ``2)``, ``a.``) when the paragraph has a consecutive run
  of them; the stop of the item's own label is never an end (``1.) The first item``).

Otherwise a full stop, ``!`` or ``?`` ends the sentence. The rules follow the phenomena of the
Golden Rules of the Pragmatic Segmenter (Kevin Dias; pySBD, Sadvilkar & Neumann 2020); the
evaluation is ``python -m analysis.eval_sentences``.

Examples
--------
>>> t = 'I live in the U.S. How about you? "This is great." she said. Sen. Smith (R., Ariz.) agreed.'
>>> [t[s:e] for s, e in split_spans(t)]
['I live in the U.S.', 'How about you?', '"This is great." she said.', 'Sen. Smith (R., Ariz.) agreed.']
>>> split_spans("")
[]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .errors import InstrumentError
from .instruments import instrument_path, load_tsv

ABBREVIATIONS = "abbreviations.tsv"
STARTERS = "sentence_starters.tsv"
MARKS = "sentence_marks.tsv"
CALENDAR = "calendar.tsv"
KINDS = ("title", "general", "number", "time", "name")
ROLES = ("terminal", "closer", "opener", "bullet")

_LOOK_BACK = 64  # characters searched for the word before an end mark (no abbreviation is longer)
_LOOK_BACK_BRACKET = 400  # characters searched for an open parenthesis or bracket
_LIST_HEAD_MAX = 12  # a list label ("\u2022 10.") is never longer
_INITIALISM = re.compile(r"[A-Za-z]{1,2}(?:\.[A-Za-z]{1,2})+")
#: A numeric footnote glued to a full stop after a word ("consultation.11 12 Take", "(type 2).10 This").
_FOOTNOTE = re.compile(r"\.\d{1,3}(?: \d{1,3})*(?=\s+[A-Z])")  # and a letter or bracket before the stop
_FOOTNOTE_BEFORE = frozenset("abcdefghijklmnopqrstuvwxyz)]")
_LABEL_WORD = re.compile(r"(?:[ivx]{1,4}|[a-z])\)")  # "b)", "(iv)": a list label in lower case
_NEXT_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")


@dataclass(frozen=True)
class Rules:
    """The compiled sentence-boundary instruments (:func:`rules`)."""

    exact: dict[str, str]  # abbreviation as written (it has a capital) -> kind
    any_case: dict[str, str]  # lower-case abbreviation -> kind
    starters: frozenset[str]
    calendar: frozenset[str]  # weekday and month names and abbreviations, lower case
    openers: str
    end: re.Pattern[str]  # a candidate end: mark run, closers, then space or end
    bullets: str
    label_end: re.Pattern[str]  # the ".)", ")" or "." after a list label, before a word
    bullet: re.Pattern[str]  # a bullet (it starts an item when a space precedes it)
    list_head: re.Pattern[str]  # a sentence so far that is only a list label

    def kind(self, word: str) -> str | None:
        """The abbreviation kind of ``word`` (no final stop), or None for an ordinary word.

        Examples
        --------
        >>> r = rules()
        >>> r.kind("Gen"), r.kind("U.S"), r.kind("E"), r.kind("no"), r.kind("Ill"), r.kind("ill")
        ('title', 'general', 'general', 'number', 'general', None)
        """
        if len(word) == 1 and word.isupper():
            return "general"  # an initial, even where the lower-case letter is listed ("P." vs "p. 55")
        found = self.exact.get(word) or self.any_case.get(word.lower())
        if found:
            return found
        return "general" if _INITIALISM.fullmatch(word) else None


def _marks(role: str, rows: list[dict[str, str]]) -> str:
    return "".join(row["mark"] for row in rows if row["role"] == role)


@lru_cache(maxsize=1)
def rules() -> Rules:
    """Load and validate the abbreviations, sentence starters and marks (cached).

    A row with an unknown kind or role, or an abbreviation listed twice, raises
    :class:`~analysis.errors.InstrumentError` naming the file and line.

    Examples
    --------
    >>> r = rules()
    >>> "how" in r.starters, r.kind("Jun"), r.kind("Mr")
    (True, 'general', 'title')
    """
    exact: dict[str, str] = {}
    any_case: dict[str, str] = {}
    lines: dict[str, str] = {}

    def add(word: str, kind: str, path: object, line: str) -> None:
        table = any_case if word == word.lower() else exact  # a capital means: this case only
        if word in table:
            raise InstrumentError(path, f"{word!r} is listed twice (also line {lines[word]})", row=int(line))
        table[word] = kind
        lines[word] = line

    path = instrument_path(ABBREVIATIONS)
    for row in load_tsv(path, required=("abbreviation", "kind")):
        if row["kind"] not in KINDS:
            raise InstrumentError(path, f"kind must be one of {KINDS}, not {row['kind']!r}", row=int(row["line"]))
        add(row["abbreviation"], row["kind"], path, row["line"])
    calendar = set()
    for row in load_tsv(CALENDAR, required=("name", "kind")):
        calendar.add(row["name"].lower())
        for word in filter(None, (a.strip() for a in row.get("abbreviations", "").split("|"))):
            add(word, "general", instrument_path(CALENDAR), row["line"])
            calendar.add(word.lower())
    starters = frozenset(row["word"].lower() for row in load_tsv(STARTERS, required=("word", "class")))
    mark_rows = load_tsv(MARKS, required=("mark", "role"))
    for row in mark_rows:
        if row["role"] not in ROLES or len(row["mark"]) != 1:
            raise InstrumentError(instrument_path(MARKS), f"need one character and a role in {ROLES}", row=int(row["line"]))
    terminal, closer, opener, bullet = (re.escape(_marks(role, mark_rows)) for role in ROLES)
    end = re.compile(
        rf"(?P<mark>[{terminal}]++(?: [{terminal}]+(?=[{closer}]*(?:\s|$)))*)"
        rf"(?P<close>[{closer}]*+(?:\[\d{{1,3}}\])*+)(?=\s|$)"
    )
    return Rules(
        exact=exact,
        any_case=any_case,
        starters=starters,
        calendar=frozenset(calendar),
        openers=_marks("opener", mark_rows),
        end=end,
        bullets=_marks("bullet", mark_rows),
        label_end=re.compile(  # the stop or bracket first (fast scan), then what precedes it: a label
            rf"[.)](?:(?<=[\s{bullet}][a-z0-9].)|(?<=[\s{bullet}]\d\d.)|(?<=^[a-z0-9].)|(?<=^\d\d.))"
            rf"(?<=[.)])(?:(?<=\.)\))?(?=\s+[{opener}]*(?P<next>\w))"
        ),
        bullet=re.compile(rf"[{bullet}]"),
        list_head=re.compile(rf"(?:[{bullet}]\s*)?(?:\d{{1,2}}|[A-Za-z])"),
    )


def _list_starts(text: str, r: Rules) -> list[int]:
    """Where list items start: bullets after a space, and runs of consecutive numbered labels.

    A label is one or two digits or a lower-case letter, then ``.)``, ``)`` or ``.``, at the start
    or after a space (or a bullet), followed by a word (a capitalised one after a number: "for
    1. above" is no list). Labels count only in a run:
    the next label of the same style has the next number or letter (``1)`` ... ``2)``).

    Examples
    --------
    >>> _list_starts("1) The first item 2) The second item", rules())
    [0, 18]
    >>> _list_starts("\u2022 9. The first item \u2022 10. The second item", rules())
    [0, 20]
    >>> _list_starts("He listed 2) The demands.", rules())
    []
    """
    starts = {found.start() for found in r.bullet.finditer(text) if found.start() and text[found.start() - 1].isspace()}
    items: list[tuple[int, int, str]] = []
    for found in r.label_end.finditer(text):
        end = label = found.start()
        while label > 0 and end - label < 2 and text[label - 1].isdigit():
            label -= 1
        if label == end:
            if not (label and "a" <= text[label - 1] <= "z"):
                continue
            label -= 1
        start = label
        if start and text[start - 1] in r.bullets:  # "\u20439."
            start -= 1
        elif start > 1 and text[start - 1] == " " and text[start - 2] in r.bullets:  # "\u2022 9."
            start -= 2
        if start and not text[start - 1].isspace():
            continue
        if text[label:end].isdigit() and not found.group("next").isupper():
            continue  # "for 1. above": a numbered item starts with a capital
        items.append((start, _ordinal(text[label:end]), found.group().rstrip()))
    for (start_a, number_a, style_a), (start_b, number_b, style_b) in zip(items, items[1:]):
        if style_a == style_b and number_b == number_a + 1:
            starts.update((start_a, start_b))
    return sorted(starts)


def _ordinal(label: str) -> int:
    return int(label) if label.isdigit() else ord(label) - ord("a") + 1


def _next_word(text: str, index: int, openers: str) -> tuple[str, int]:
    """The first character after the spaces and openers at ``index`` and where the word starts."""
    n = len(text)
    while index < n and (text[index].isspace() or text[index] in openers):
        index += 1
    return (text[index] if index < n else ""), index


def _is_end(text: str, found: re.Match[str], sentence_start: int, r: Rules) -> int | None:
    """Where the sentence ends at the candidate ``found`` (None: it does not end here)."""
    mark_start, mark = found.start(), found.group("mark")
    after = found.end()
    first, word_at = _next_word(text, after, r.openers)
    if not first:
        return after  # end of the paragraph
    if first.islower() and not _LABEL_WORD.match(text, word_at):
        return None  # "she said", "Yahoo! in"; but "(b) The second" is a new list item
    before = text[mark_start - 1] if mark_start else " "
    if before in "[(":
        return None  # "[...]": an omission, not an end
    if _inside_brackets(text, sentence_start, mark_start, after):
        return None  # "(He worked there. He left.) at noon": a parenthesis is not cut
    # The word before the mark: look back a bounded window, so a paragraph that never ends a
    # sentence ("Mr. Mr. Mr. ...") costs linear time, not quadratic.
    window = text[max(sentence_start, mark_start - _LOOK_BACK) : mark_start]
    token = "" if not window or window[-1].isspace() else window.split()[-1].lstrip(r.openers)
    if "!" in mark or "?" in mark:
        return after if r.kind(token) != "name" or _starts_sentence(text, word_at, first, r) else None
    dots = mark.count(".") + 3 * mark.count("\u2026")
    if dots >= 4:
        attached = not before.isspace() and mark[1:2] == " "
        return mark_start + 1 if attached else after  # "word. . . . Next": the first stop ends it
    if dots == 3:
        return None if " " in mark else after
    if mark_start - sentence_start <= _LIST_HEAD_MAX and r.list_head.fullmatch(text[sentence_start:mark_start].lstrip()):
        return None  # the label of a list item: "1.) The first item"
    kind = r.kind(token) if token else None
    if kind is None and ("-" in token or "." in token):
        kind = r.kind(re.split(r"[-.]", token)[-1])  # "then-Sen. Obama", "(D-Fla.)", "Tuesday.Mr."
    if kind is None:
        return after
    if kind == "title":
        return None
    if kind == "number":
        return after if first.isalpha() else None
    if kind == "time":
        return after if _time_ends(text, word_at, first, r) else None
    return after if _starts_sentence(text, word_at, first, r) else None


def _inside_brackets(text: str, sentence_start: int, mark_start: int, after: int) -> bool:
    """Is the mark inside a parenthesis or square bracket opened in this sentence (at most
    ``_LOOK_BACK_BRACKET`` characters before it) and closed later in the paragraph by the next
    closer? (pySBD's rule: text between brackets is not split.)"""
    start = max(sentence_start, mark_start - _LOOK_BACK_BRACKET)  # bounded: linear time on any paragraph
    for opener, closer in (("(", ")"), ("[", "]")):
        if text.count(opener, start, mark_start) > text.count(closer, start, mark_start):
            closing = text.find(closer, after)
            if closing != -1 and text.find(opener, after, closing) == -1:
                return True  # the next closer closes this bracket, not a later one
    return False


def _starts_sentence(text: str, word_at: int, first: str, r: Rules) -> bool:
    """After a general abbreviation: is the next word a sentence starter (and not an initial)?"""
    if not first.isalpha():
        return False
    word = _NEXT_WORD.match(text, word_at)
    if not word or (len(word.group()) == 1 and text.startswith(".", word.end())):
        return False  # "Gen. A. Smith": the next word is an initial
    lower = word.group().lower()
    return lower in r.starters or lower.split("'", 1)[0] in r.starters  # "I'm", "It's"


def _time_ends(text: str, word_at: int, first: str, r: Rules) -> bool:
    """After ``a.m.``/``p.m.``: a capitalised word starts a new sentence unless it continues the
    time: a weekday or month (``10 a.m. Tuesday``), a zone in capitals (``EST``), an initial, or a
    place before "time" (``10 a.m. Moscow time``)."""
    if not first.isalpha():
        return False
    word = _NEXT_WORD.match(text, word_at)
    if not word:
        return False
    letters = word.group()
    if letters.lower() in r.starters or letters.lower().split("'", 1)[0] in r.starters:
        return True
    if letters.lower() in r.calendar or (len(letters) > 1 and letters.isupper()):
        return False
    if r.kind(letters) == "title" and text.startswith(".", word.end()):
        return False  # "at 5 a.m. Mr. Smith went": a title, not a new sentence
    if len(letters) == 1 and text.startswith(".", word.end()):
        return False
    return not text.startswith(" time", word.end())


def split_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence of one paragraph, whitespace trimmed.

    Examples
    --------
    >>> t = "1.) The first item 2.) The second item. Rs. 3,520 on Jun. 5 . . . good!!! Yes."
    >>> [t[s:e] for s, e in split_spans(t)]
    ['1.) The first item', '2.) The second item.', 'Rs. 3,520 on Jun. 5 . . . good!!!', 'Yes.']
    >>> split_spans("   ")
    []
    """
    r = rules()
    ends: list[int] = []
    sentence_start = 0
    forced = _list_starts(text, r)
    if "." in text:
        footnotes = [found.end() for found in _FOOTNOTE.finditer(text) if found.start() and text[found.start() - 1] in _FOOTNOTE_BEFORE]
        if footnotes:
            forced = sorted(set(forced) | set(footnotes))
    forced_index = 0
    for found in r.end.finditer(text):
        while forced_index < len(forced) and forced[forced_index] < found.start():
            if forced[forced_index] > sentence_start and text[sentence_start : forced[forced_index]].strip():
                ends.append(forced[forced_index])
                sentence_start = forced[forced_index]
            forced_index += 1
        end = _is_end(text, found, sentence_start, r)
        if end is None:
            continue
        ends.append(end)
        sentence_start = end
    for position in forced[forced_index:]:
        if position > sentence_start and text[sentence_start:position].strip():
            ends.append(position)
            sentence_start = position
    spans: list[tuple[int, int]] = []
    start = 0
    for end in [*ends, len(text)]:
        piece = text[start:end]
        stripped = piece.strip()
        if stripped:
            left = start + len(piece) - len(piece.lstrip())
            spans.append((left, left + len(stripped)))
        start = end
    return spans
