"""Speakers resolved within one article, in one pass: pronouns, surnames, roles and continued
quotations linked to the speaker the article named, without needing a gazetteer.

* A pronoun (``he``, ``she``) goes to the last person-like speaker of the article whose gender
  does not conflict (the gazetteer's gender, or the pronoun that already referred to them);
  before any speaker, to the last gazetteer person named before it. ``it`` / ``they`` go to the
  last speaker that is not person-like.
* A later surname (``Mr. Obama``, ``Egge``) goes to the full name the article gave before it
  (``Barack Obama``); a role or organisation (``the spokesman``, ``the ministry``) to the last
  earlier speaker whose phrase holds that word (``Kremlin spokesman Dmitry Peskov``).
* A quotation with no attribution continues the previous statement's speaker when at most one
  paragraph break lies between them.

``speaker_name`` is the name so found (the phrase as written when there is nothing to link).
The gazetteer's canonical name and bloc are carried over only from an actor the article itself
names. Each statement costs a constant number of dictionary look-ups and one bisection, so an
article of many short pronoun-attributed quotes is linear (issue 10: a 1.9 MB article took 302 s
when each quote rescanned all earlier ones).

Examples
--------
>>> from analysis.statements import extract_quotes
>>> t = 'Robert Egge said the plan failed. "It is over," Mr. Egge said. "We lost," he added.'
>>> [(q.speaker, q.speaker_name) for q in extract_quotes(t)]
[('Robert Egge', 'Robert Egge'), ('Mr. Egge', 'Robert Egge'), ('he', 'Robert Egge')]
>>> resolve_speakers([], "", [])
[]
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from .actors import UNKNOWN, Mention, load_gazetteer
from .cues import grammar

if TYPE_CHECKING:
    from .reported import Quote

#: Honorifics dropped before looking a surname up ("Mr. Obama" -> "Obama").
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sen", "rep", "gov", "gen", "prof", "president", "senator", "governor", "secretary", "minister", "judge", "justice", "rev", "lt", "col", "sgt", "capt", "adm"})
#: A run of 2-5 capitalised words: a name; a word with a full stop is an initial or an honorific
#: ("Elijah E. Cummings", "Mr. Obama"), never a sentence's last word ("... AFP. German ...").
_NAME_WORD = r"(?:[A-Z]\.|(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Prof|Rev|St|Jr)\.|[A-Z][\w'\u2019-]*)"
_NAME_RUN = re.compile(rf"(?<![\w.])(?:{_NAME_WORD}\s+){{1,4}}[A-Z][a-z][\w'-]*(?![\w'])")
_WORD = re.compile(r"[A-Za-z][\w'\u2019.-]*")


#: Where a speaker phrase's core ends (its first comma or parenthesis), and a possessive ending.
_CORE_END = re.compile(r"[,(]")
_POSSESSIVE = re.compile(r"['\u2019]s?$")


def _words(phrase: str) -> list[str]:
    return [w.rstrip(".,") for w in _WORD.findall(phrase)]


def _core(phrase: str) -> list[str]:
    """The words of a speaker phrase up to its first comma or parenthesis, determiners and
    honorifics dropped, possessive removed from the last word."""
    words = _words(_CORE_END.split(phrase, 1)[0])
    g = grammar()
    while words and (words[0].lower() in g.determiners or words[0].lower().rstrip(".") in HONORIFICS):
        words = words[1:]
    if words:
        words[-1] = _POSSESSIVE.sub("", words[-1])
    return words


def _without_titles(words: list[str]) -> list[str]:
    """The name at the end of a phrase without the titles before it, when it has two words or
    more ("Port spokesman Jan Ode", "German Chancellor Olaf Scholz" -> "Olaf Scholz")."""
    titles = grammar().titles
    run = len(words)
    while run > 0 and words[run - 1][:1].isupper() and not any(part in titles or part in HONORIFICS for part in words[run - 1].lower().split("-")):
        run -= 1
    return words[run:] if len(words) - run >= 2 else words


def _is_name(words: Sequence[str]) -> bool:
    return bool(words) and all(w[:1].isupper() for w in words)


def person_like(phrase: str) -> bool:
    """Does a speaker phrase name a person (a name, or a person's role) rather than a body?

    Examples
    --------
    >>> person_like("Robert Egge, executive director"), person_like("the ministry"), person_like("the spokesman")
    (True, False, True)
    """
    core = _core(phrase)
    if not core:
        return False
    if core[-1][:1].isupper():
        return True
    return core[-1].lower() in _PERSON_ROLES


#: Documents that speak for whoever issued them: "the statement said" after "the ministry said".
DOCUMENTS = frozenset({"statement", "report", "letter", "release", "memo", "document", "communique", "post", "tweet", "notice", "advisory"})

_PERSON_ROLES = frozenset({
    "spokesman", "spokeswoman", "spokesperson", "minister", "secretary", "president", "chancellor",
    "ambassador", "envoy", "official", "adviser", "advisor", "aide", "senator", "governor", "candidate",
    "director", "chairman", "chairwoman", "leader", "analyst", "expert", "diplomat", "commander",
    "premier", "mayor", "lawmaker", "representative", "voter", "resident", "woman", "man", "nominee",
    "professor", "economist", "strategist", "manager", "chief", "founder", "executive", "lawyer", "attorney",
})


class _Names:
    """Full names of people the article writes, by surname, with where each is written."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.scanned = False
        self._by_surname: dict[str, tuple[list[int], list[str]]] = {}
        self._positions: list[int] = []  # every full name, in text order
        self._names: list[str] = []

    @property
    def by_surname(self) -> dict[str, tuple[list[int], list[str]]]:
        self._scan()
        return self._by_surname

    @property
    def positions(self) -> list[int]:
        self._scan()
        return self._positions

    @property
    def names(self) -> list[str]:
        self._scan()
        return self._names

    def _scan(self) -> None:
        """Find the names once, when first needed (most articles resolve every speaker without)."""
        if self.scanned:
            return
        self.scanned = True
        g = grammar()
        for m in _NAME_RUN.finditer(self.text):
            words = m.group().split()
            while words and (words[0].lower() in g.determiners or words[0].lower() in g.pronouns or g.leading.match(words[0]) or words[0].lower().rstrip(".") in HONORIFICS):
                words = words[1:]
            words = _without_titles(words)
            if len(words) < 2:
                continue
            surname = _POSSESSIVE.sub("", words[-1]).lower()
            positions, names = self._by_surname.setdefault(surname, ([], []))
            positions.append(m.start())
            names.append(" ".join(words[:-1] + [_POSSESSIVE.sub("", words[-1])]))
            self._positions.append(m.start())
            self._names.append(names[-1])

    def last_before(self, offset: int) -> str:
        """The last full name written before ``offset``, or ""."""
        index = bisect.bisect_left(self.positions, offset) - 1
        return self.names[index] if index >= 0 else ""

    def before(self, surname: str, offset: int) -> str:
        """The last full name with this surname written before ``offset`` (else the first after)."""
        found = self.by_surname.get(surname.lower())
        if not found:
            return ""
        positions, names = found
        index = bisect.bisect_left(positions, offset) - 1
        return names[index] if index >= 0 else names[0]


def resolve_speakers(statements: Sequence[Quote], text: str, mentions: Sequence[Mention]) -> list[Quote]:
    """Resolve pronouns, surnames, roles and continued quotations (see the module docstring);
    ``statements`` in any order, returned in text order."""
    if not statements:
        return []
    gazetteer = load_gazetteer()
    pronouns = grammar().pronouns
    names = _Names(text)
    people = [m for m in mentions if m.kind == "person"]
    people_starts = [m.start for m in people]
    gender_of: dict[str, str] = {}  # speaker_name -> gender learned from a pronoun or the gazetteer
    last_person: dict[str, Quote] = {}  # "" (any), "m", "f" -> the last person-like speaker
    last_body: Quote | None = None
    by_word: dict[str, Quote] = {}  # a lower-case word of a speaker phrase -> the last speaker with it
    last_spoken: list[Quote] = []  # the last two statements with a speaker (continuations)
    out: list[Quote] = []
    for q in sorted(statements, key=lambda q: (q.anchor, q.start)):
        low = q.speaker.lower()
        if low in pronouns:
            gender = pronouns[low]
            if gender:  # he, she
                antecedent = last_person.get("")
                if antecedent is not None and gender_of.get(antecedent.speaker_name, gender) != gender:
                    antecedent = last_person.get(gender)
                if antecedent is not None:
                    gender_of.setdefault(antecedent.speaker_name, gender)
                    last_person[gender] = antecedent
                    q = replace(q, speaker_name=antecedent.speaker_name, speaker_canonical=antecedent.speaker_canonical, bloc=antecedent.bloc if antecedent.speaker_canonical else UNKNOWN)
                else:
                    index = bisect.bisect_left(people_starts, q.anchor) - 1
                    while index >= 0:
                        actor = gazetteer.actors.get(people[index].actor)
                        if actor is None or not actor.gender or actor.gender == gender:
                            break
                        index -= 1
                    m = people[index] if index >= 0 else None
                    at = bisect.bisect_left(names.positions, q.anchor) - 1
                    name, name_pos = (names.names[at], names.positions[at]) if at >= 0 else ("", -1)
                    j = bisect.bisect_left(people_starts, name_pos)
                    named = people[j] if name and j < len(people) and people[j].start <= name_pos + len(name) else None
                    named_actor = gazetteer.actors.get(named.actor) if named is not None else None
                    conflict = named_actor is not None and bool(named_actor.gender) and named_actor.gender != gender
                    if m is not None and (not name or name_pos <= m.start or conflict):
                        q = replace(q, speaker_name=m.actor, speaker_canonical=m.actor, bloc=m.bloc)
                    elif name and not conflict:
                        q = replace(q, speaker_name=name, speaker_canonical="", bloc=UNKNOWN)
                    else:
                        q = replace(q, speaker_name="", speaker_canonical="", bloc=UNKNOWN)
            else:  # it, they
                antecedent = last_body
                q = replace(q, speaker_name=antecedent.speaker_name if antecedent else "", speaker_canonical=antecedent.speaker_canonical if antecedent else "", bloc=(antecedent.bloc if antecedent and antecedent.speaker_canonical else UNKNOWN))
        elif not q.speaker and q.kind == "direct":  # a quotation continuing the previous speaker
            previous = next((h for h in reversed(last_spoken) if h.end <= q.start), None)
            if previous is not None and text[previous.end : q.start].count("\n\n") <= 1:
                q = replace(q, speaker=previous.speaker, speaker_name=previous.speaker_name, speaker_canonical=previous.speaker_canonical, bloc=previous.bloc, via=previous.via)
            else:
                q = replace(q, bloc=UNKNOWN)
        elif q.speaker:
            name, earlier = _link(q, names, by_word, last_spoken[-1] if last_spoken else None)
            q = replace(q, speaker_name=name)
            if earlier is not None and not q.speaker_canonical and earlier.speaker_canonical:  # "the ministry": its bloc too
                q = replace(q, speaker_canonical=earlier.speaker_canonical, bloc=earlier.bloc)
        if q.speaker and low not in pronouns:
            words = _core(q.speaker)
            if q.speaker_canonical or person_like(q.speaker):
                actor = gazetteer.actors.get(q.speaker_canonical)
                if actor is None or actor.kind in ("person", "role"):
                    last_person[""] = q
                    known = actor.gender if actor is not None else gender_of.get(q.speaker_name, "")
                    if known:
                        gender_of.setdefault(q.speaker_name, known)
                        last_person[known] = q
                else:
                    last_body = q
            else:
                last_body = q
            for word in words:
                by_word[word.lower()] = q
        if q.speaker:
            last_spoken = [*last_spoken[-1:], q]
        out.append(q)
    return sorted(out, key=lambda q: (q.start, q.end))


def _link(q: Quote, names: _Names, by_word: dict[str, Quote], previous: Quote | None) -> tuple[str, Quote | None]:
    """The full name a speaker phrase refers to, and the earlier statement it was taken from: a
    surname to the article's full name, a role or body (``the spokesman``, ``the ministry``) to
    the last earlier speaker holding that word, a document (``the statement``) to the previous
    statement's speaker."""
    core = _without_titles(_core(q.speaker))
    written = " ".join(core) if core else q.speaker
    if len(core) == 1 and _is_name(core):
        return names.before(core[0], q.anchor) or written, None
    if core and not _is_name(core) and len(core) <= 2 and q.speaker.split()[0].lower() in grammar().determiners:
        head = core[-1].lower()
        earlier = by_word.get(head)
        if earlier is None and head in DOCUMENTS and previous is not None and previous.speaker.lower() not in grammar().pronouns:
            earlier = previous
        if earlier is not None and earlier.speaker_name:
            return earlier.speaker_name, earlier
    return written, None
