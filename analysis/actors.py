"""Actors and blocs: the gazetteer (``data/instruments/actors.tsv``), its mentions in a text, and
per-bloc share of voice.

Every alias of every actor is compiled into ONE alternation regex (longest alias first, whole
words), matched once over the article body; mentions are assigned to sentences by offset.
Share of voice (:func:`bloc_rows`) combines the mentions with the quotes of
:mod:`analysis.sources` and the sentiment of the sentences that mention each bloc, with the
reporter's voice and the quoted voice scored apart.

Examples
--------
>>> [(m.actor, m.bloc, m.text) for m in find_mentions("Shoygu told Putin the West had lied.")]
[('Sergei Shoigu', 'Russia', 'Shoygu'), ('Vladimir Putin', 'Russia', 'Putin'), ('the West', 'NATO and the West', 'the West')]
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, Mapping, Sequence

from .alternation import alternation
from .cues import grammar
from .errors import InstrumentError
from .instruments import instrument_path, load_tsv
from .segment import quotes_overlapping, sentence_index
from .sentiment import split_voices
from .stats import mean
from .vader import score_text

GAZETTEER = "actors.tsv"

#: The blocs, in the order tables list them; ``unknown`` holds speakers the gazetteer lacks.
BLOCS: tuple[str, ...] = (
    "Russia",
    "Ukraine",
    "United Kingdom",
    "France",
    "United States",
    "NATO and the West",
    "United Nations and international bodies",
    "India",
    "news agencies",
)
UNKNOWN = "unknown"
KINDS = frozenset({"person", "role", "institution", "country", "metonym", "group", "media"})

#: Columns of the ``mentions`` and ``actors`` tables.
MENTION_COLUMNS = ("article_id", "sentence", "actor", "bloc", "text", "start", "end")
ACTOR_COLUMNS = (
    "article_id", "bloc", "mentions", "quotes", "quoted_words", "quoted_word_share", "first_voice",
    "neutral_verbs", "assertive_verbs", "distancing_verbs", "reporter_compound", "quoted_compound",
    "n_reporter_sentences", "n_quoted_sentences",
)


@dataclass(frozen=True)
class Actor:
    """One gazetteer entry."""

    canonical: str
    kind: str
    role: str
    bloc: str
    gender: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Mention:
    """One gazetteer match: ``start``/``end`` index the text searched."""

    actor: str
    bloc: str
    kind: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Gazetteer:
    """The loaded gazetteer: actors by canonical name and the compiled alias pattern.

    ``pattern`` is one regex: the aliases as a trie (shared prefixes factored), so a position is
    tried against one character class at a time rather than against every alias; at each trie
    node longer continuations are tried first, so the longest alias wins. ``keys`` maps a
    match, its words' first letters lower-cased (:func:`_key`), to the aliases it can be.
    """

    actors: Mapping[str, Actor]
    pattern: re.Pattern[str]
    keys: Mapping[str, tuple[tuple[str, re.Pattern[str]], ...]]  # key -> ((canonical, alias regex), ...)


def _key(text: str) -> str:
    return " ".join(word[:1].lower() + word[1:] for word in text.split())


def _alias_regex(alias: str) -> str:
    """Regex for one alias: lower-case words match either initial case, others as written.

    Examples
    --------
    >>> bool(re.fullmatch(_alias_regex("Russia's defence ministry"), "Russia's Defence Ministry"))
    True
    >>> bool(re.fullmatch(_alias_regex("the West"), "the west"))
    False
    """
    return alternation([alias], case="initial")


@lru_cache(maxsize=None)
def load_gazetteer(name: str = GAZETTEER) -> Gazetteer:
    """Load, validate and compile the gazetteer (cached).

    Raises :class:`~analysis.errors.InstrumentError` naming the line for an unknown bloc or kind,
    or an alias listed under two actors.

    Examples
    --------
    >>> g = load_gazetteer()
    >>> g.actors["Sergei Shoigu"].bloc, "Shoygu" in g.actors["Sergei Shoigu"].aliases
    ('Russia', True)
    """
    path = instrument_path(name)
    rows = load_tsv(path, required=("canonical", "aliases", "kind", "bloc"))
    actors: dict[str, Actor] = {}
    owner: dict[str, str] = {}
    for row in rows:
        line = int(row["line"])
        if row["bloc"] not in BLOCS:
            raise InstrumentError(path, f"unknown bloc {row['bloc']!r} (expected one of {', '.join(BLOCS)})", row=line)
        if row["kind"] not in KINDS:
            raise InstrumentError(path, f"unknown kind {row['kind']!r} (expected one of {', '.join(sorted(KINDS))})", row=line)
        if row["canonical"] in actors:
            raise InstrumentError(path, f"actor {row['canonical']!r} listed twice", row=line)
        aliases = tuple(a.strip() for a in row["aliases"].split("|") if a.strip())
        for alias in aliases:
            if alias in owner:
                raise InstrumentError(path, f"alias {alias!r} already belongs to {owner[alias]!r}", row=line)
            owner[alias] = row["canonical"]
        actors[row["canonical"]] = Actor(row["canonical"], row["kind"], row.get("role", ""), row["bloc"], row.get("gender", ""), aliases)
    keys: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for alias in sorted(owner):
        keys.setdefault(_key(alias), []).append((owner[alias], re.compile(_alias_regex(alias))))
    pattern = re.compile(rf"(?<!\w){alternation(owner, case='initial')}(?!\w)")
    return Gazetteer(actors=actors, pattern=pattern, keys={k: tuple(v) for k, v in keys.items()})


def find_mentions(text: str, *, gazetteer: Gazetteer | None = None) -> list[Mention]:
    """Every gazetteer match in ``text``, left to right, longest alias winning at each place.

    Examples
    --------
    >>> [(m.actor, m.text) for m in find_mentions("Russian Defense Ministry spokesman Igor Konashenkov said.")]
    [('Russian Defence Ministry spokesperson', 'Russian Defense Ministry spokesman'), ('Igor Konashenkov', 'Igor Konashenkov')]
    >>> [m.actor for m in find_mentions("The US and us; France 5 TV; the west bank")]
    ['United States', 'France 5']
    >>> find_mentions("")
    []
    """
    g = gazetteer or load_gazetteer()
    out = []
    other_people: set[str] = set()  # surnames the article gives to someone else ("Gary Johnson")
    for match in g.pattern.finditer(text):
        options = g.keys[_key(match.group())]
        canonical = next((c for c, rx in options if rx.fullmatch(match.group())), options[0][0])
        actor = g.actors[canonical]
        if actor.kind == "person" and " " not in match.group() and _other_first_name(text, match.start()):
            other_people.add(match.group())
            continue
        out.append(Mention(actor.canonical, actor.bloc, actor.kind, match.group(), match.start(), match.end()))
    if other_people:  # the article's "Johnson" is its own Gary Johnson throughout, never Boris
        out = [m for m in out if m.text not in other_people]
    return out


_BEFORE = re.compile(r"(?<![\w.'\u2019-])([A-Z][a-z]+)\s+$")


def _other_first_name(text: str, at: int) -> bool:
    """Is the surname at ``at`` preceded by a given name the gazetteer does not know
    (``Gary Johnson``), rather than a title, a function word or a sentence start?

    Examples
    --------
    >>> _other_first_name("Gary Johnson", 5), _other_first_name("President Putin", 10), _other_first_name("Then Putin", 5)
    (True, False, False)
    """
    found = _BEFORE.search(text, max(0, at - 30), at)
    if not found:
        return False
    g = grammar()
    word = found.group(1).lower()
    return not (word in g.titles or word in g.determiners or word in g.prepositions or word in g.pronouns or g.leading.match(word) or word in _TITLE_WORDS)


#: Capitalised words before a surname that are titles or function words, not given names.
_TITLE_WORDS = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "president", "senator", "governor", "king",
    "queen", "prince", "pope", "general", "colonel", "admiral", "judge", "justice", "the", "a", "an",
    "this", "that", "if", "for", "with", "to", "by", "on", "in", "at", "of", "from", "said", "says",
    "told", "asked", "both", "neither", "under", "like", "unlike", "against", "whether", "why", "how",
    "what", "who", "not", "only", "even", "all", "said", "did", "does", "has", "had", "was", "is",
})


def mention_rows(article_id: str, mentions: Iterable[Mention], sentence_starts: Sequence[int], sentence_numbers: Sequence[int]) -> list[dict[str, object]]:
    """Tidy evidence rows of the ``mentions`` table (one per match).

    Examples
    --------
    >>> mention_rows("a", find_mentions("Putin spoke. NATO replied."), [0, 13], [1, 2])[1]
    {'article_id': 'a', 'sentence': 2, 'actor': 'NATO', 'bloc': 'NATO and the West', 'text': 'NATO', 'start': 13, 'end': 17}
    """
    return [
        {
            "article_id": article_id,
            "sentence": sentence_numbers[sentence_index(sentence_starts, m.start)] if sentence_numbers else 0,
            "actor": m.actor,
            "bloc": m.bloc,
            "text": m.text,
            "start": m.start,
            "end": m.end,
        }
        for m in mentions
    ]


def bloc_rows(
    article_id: str,
    sentences: Sequence[tuple[int, int, int, str]],
    quote_spans: Sequence[tuple[int, int]],
    mentions: Sequence[Mention],
    quotes: Sequence[Mapping[str, object]],
    *,
    score: Callable[[str], float] | None = None,
) -> list[dict[str, object]]:
    """One row per bloc (every bloc of :data:`BLOCS`, then ``unknown``): share of voice and
    actor-targeted sentiment.

    ``sentences`` are ``(number, start, end, text)``; ``quotes`` are rows of the ``quotes`` table.
    ``quotes`` counts quote rows of every kind whose speaker is in the bloc; ``quoted_words``
    counts words inside quotation marks (direct and partial quotes: the words printed as the
    bloc's own); ``quoted_word_share`` is that over all quoted words of the article (NaN when the
    article quotes no one); ``first_voice`` is True for the bloc of the first quote of any kind.
    Verb counts are of the cue verbs of the bloc's quotes, by group. ``reporter_compound`` is the
    mean sentiment of the reporter's words in the sentences that mention the bloc, and
    ``quoted_compound`` that of the quoted words in those sentences (NaN when there are none).

    Examples
    --------
    >>> rows = bloc_rows("a", [(1, 0, 12, "Putin spoke.")], [], find_mentions("Putin spoke."), [], score=lambda t: 0.5)
    >>> r = rows[0]; r["bloc"], r["mentions"], r["quotes"], r["reporter_compound"], r["n_quoted_sentences"]
    ('Russia', 1, 0, 0.5, 0)
    >>> len(rows), rows[-1]["bloc"]
    (10, 'unknown')
    """
    score = score or default_score
    starts = [s[1] for s in sentences]
    mentioned: dict[str, set[int]] = {}
    counts: dict[str, int] = {}
    for m in mentions:
        counts[m.bloc] = counts.get(m.bloc, 0) + 1
        if sentences:
            mentioned.setdefault(m.bloc, set()).add(sentence_index(starts, m.start))
    total_quoted = sum(int(q["n_words"]) for q in quotes if q["kind"] != "indirect")
    ordered = sorted(quotes, key=lambda q: int(q["start"]))  # type: ignore[arg-type]
    first_bloc = str(ordered[0]["bloc"]) if ordered else ""
    voices: dict[int, tuple[str, str]] = {}
    overlapping = quotes_overlapping(quote_spans)
    rows = []
    for bloc in (*BLOCS, UNKNOWN):
        own = [q for q in quotes if q["bloc"] == bloc]
        words = sum(int(q["n_words"]) for q in own if q["kind"] != "indirect")
        groups = [q["verb_group"] for q in own]
        reporter: list[float] = []
        quoted: list[float] = []
        for index in sorted(mentioned.get(bloc, ())):
            if index not in voices:
                number, start, end, text = sentences[index]
                voices[index] = split_voices(text, start, overlapping(start, start + len(text)))
            said, in_quotes = voices[index]
            if said:
                reporter.append(score(said))
            if in_quotes:
                quoted.append(score(in_quotes))
        rows.append(
            {
                "article_id": article_id,
                "bloc": bloc,
                "mentions": counts.get(bloc, 0),
                "quotes": len(own),
                "quoted_words": words,
                "quoted_word_share": words / total_quoted if total_quoted else float("nan"),
                "first_voice": bloc == first_bloc,
                "neutral_verbs": groups.count("neutral"),
                "assertive_verbs": groups.count("assertive"),
                "distancing_verbs": groups.count("distancing"),
                "reporter_compound": mean(reporter),
                "quoted_compound": mean(quoted),
                "n_reporter_sentences": len(reporter),
                "n_quoted_sentences": len(quoted),
            }
        )
    return rows


def default_score(text: str) -> float:
    """Sentiment of a text span on [-1, 1]: the workbook's :func:`analysis.sentiment.score_text`
    (``compound_adjusted``), imported when first needed.

    Examples
    --------
    >>> default_score("") == 0.0
    True
    """
    if not text.strip():
        return 0.0
    return _scorer()(text)


@lru_cache(maxsize=1)
def _scorer() -> Callable[[str], float]:
    return lambda text: float(score_text(text, drivers=False).compound_adjusted)
