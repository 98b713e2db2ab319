"""A site's template: the lines an outlet prints on many of its pages, found across a corpus.

One page cannot tell a site's furniture that is written as prose (a sponsored paragraph, a
station's tagline) from its body; the site's other pages can: a unit printed word for word in
several different stories of one outlet is the site's, not the story's (template detection,
Bar-Yossef & Rajagopalan 2002; Gibson, Punera & Tomkins 2005). A workbook corpus usually holds
several articles per outlet, so the corpus is read once first (:func:`build_templates`) and each
article is then cleaned with its outlet's template as an input (:func:`template_repeats`, run by
:func:`analysis.clean.clean_text`): scoring stays a pure function of one article and its
template, so the same code runs in a process pool and on Dask.

A unit's **key** is its words in lower case (punctuation and case do not count: "LOCAL NEWS" and
"Local News" are one key). A key is in an outlet's template when it stands in at least
:data:`MIN_STORIES` different *stories* of the outlet: two articles sharing two or more of their
first five prose units are one story printed twice (a repost, an update), and count once.

Repetition alone is not enough, because the same outlet repeats body text too: a wire
backgrounder closing every report of a campaign ("It takes 1,237 delegates to win the Republican
nomination for president.", PolNeAR's AP copy), the same paragraphs in the updates of a story.
So a kept unit whose key is in the template is removed (reason ``outlet_template``) when

- it is not prose (:func:`analysis.justext_method.is_prose`: a label, a menu item, the site's
  name, a credit, a stamp), wherever it stands; or
- it is prose standing outside the body's core (no kept prose unit off the template on one of its
  sides: above the lead or below the last paragraph of the story), and few of its content words
  are the story's: under :data:`TOPIC_SHARE` of its words of three or more letters that are not
  stop words (their first five letters) stand in the article's other kept prose units (a sponsored paragraph on car imports
  under a report on power cuts; a backgrounder on the same campaign shares its words and stays).

Never all of an article's kept prose goes: when every kept prose unit is the template's (the
story printed twice went unnoticed), only the units that are not prose are removed.

Examples
--------
>>> unit_key("LOCAL NEWS"), unit_key("Local  News!"), unit_key("--")
('local news', 'local news', '')
>>> ad = "Buying a car abroad and bringing it home through the border post has become easier for importers."
>>> pages = [
...     ("Zw", ["Zwnews", "Power cuts return as the water level at the dam drops, the utility said on Monday.", ad]),
...     ("Zw", ["Zwnews", "The police confirmed a fatal accident on the highway near the town on Sunday evening.", ad]),
... ]
>>> sorted(build_templates(pages)["Zw"])
['buying a car abroad and bringing it home through the border post has become easier for importers', 'zwnews']
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable, Mapping, Sequence

from .boilerplate import Verdict
from .justext_method import is_prose, stopwords

#: A key is the template's when it stands in at least this many different stories of the outlet.
MIN_STORIES = 2
#: Two articles sharing at least this many of their first :data:`LEAD_UNITS` prose keys are one story.
SAME_STORY_SHARED = 2
LEAD_UNITS = 5
#: A prose unit of the template outside the body's core goes when under this share of its content
#: words stand in the article's other kept prose.
TOPIC_SHARE = 0.25
#: A prose key is the template's when it also stands in at least this share of the outlet's stories.
PROSE_SHARE = 0.5
#: A prose unit for finding stories: written as prose and at least this many words.
PROSE_WORDS = 8

_WORDS = re.compile(r"[^\W_]+")
_CONTENT = re.compile(r"[^\W\d_]{3,}")


def unit_key(unit: str) -> str:
    """A unit's words in lower case, one space apart: what repeats across a site's pages."""
    return " ".join(_WORDS.findall(unit.lower()))


def article_keys(units: Sequence[str]) -> tuple[frozenset[str], frozenset[str], tuple[str, ...]]:
    """The keys of an article's units (:func:`analysis.clean.units_of`) that are not prose, of those
    that are, and of its first :data:`LEAD_UNITS` prose units of :data:`PROSE_WORDS` words or more.

    Examples
    --------
    >>> article_keys(["LOCAL NEWS", "Troops left the border on Tuesday, officials said."])
    (frozenset({'local news'}), frozenset({'troops left the border on tuesday officials said'}), ('troops left the border on tuesday officials said',))
    """
    prose = [is_prose(u) for u in units]
    keys = [unit_key(u) for u in units]
    lead = tuple(k for k, u, p in zip(keys, units, prose) if p and len(u.split()) >= PROSE_WORDS)[:LEAD_UNITS]
    return frozenset(k for k, p in zip(keys, prose) if k and not p), frozenset(k for k, p in zip(keys, prose) if k and p), lead


def stories(leads: Sequence[tuple[str, ...]]) -> list[int]:
    """A story number for each article: articles sharing :data:`SAME_STORY_SHARED` or more lead
    keys are one story (transitively).

    Examples
    --------
    >>> stories([("a", "b", "c"), ("a", "b", "x"), ("y", "z"), ("a", "q")])
    [0, 0, 2, 3]
    """
    parent = list(range(len(leads)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    pairs: Counter[tuple[int, int]] = Counter()
    holders: defaultdict[str, list[int]] = defaultdict(list)
    for i, lead in enumerate(leads):
        for key in set(lead):
            for j in holders[key]:
                pairs[(j, i)] += 1
            holders[key].append(i)
    for (i, j), shared in sorted(pairs.items()):
        if shared >= SAME_STORY_SHARED:
            a, b = root(i), root(j)
            parent[max(a, b)] = min(a, b)
    return [root(i) for i in range(len(leads))]


def templates_from_keys(articles: Iterable[tuple[str, frozenset[str], frozenset[str], tuple[str, ...]]]) -> dict[str, frozenset[str]]:
    """Each outlet's template from its articles' :func:`article_keys` as (outlet, *keys), in any order.

    A key not prose is the template's in :data:`MIN_STORIES` stories; a prose key must also stand
    in :data:`PROSE_SHARE` of the outlet's stories (a sponsored paragraph is on most of a site's
    pages, a backgrounder or a live blog's entries on a few versions of one story).
    """
    by_outlet: defaultdict[str, list[tuple[frozenset[str], frozenset[str], tuple[str, ...]]]] = defaultdict(list)
    for outlet, other, prose, lead in articles:
        by_outlet[outlet].append((other, prose, lead))
    out: dict[str, frozenset[str]] = {}
    for outlet, items in by_outlet.items():
        if len(items) < MIN_STORIES:
            continue
        story = stories([lead for _, _, lead in items])
        seen: defaultdict[str, set[int]] = defaultdict(set)
        seen_prose: defaultdict[str, set[int]] = defaultdict(set)
        for (other, prose, _), number in zip(items, story):
            for key in other:
                seen[key].add(number)
            for key in prose:
                seen_prose[key].add(number)
        needed = max(MIN_STORIES, PROSE_SHARE * len(set(story)))
        template = frozenset(key for key, numbers in seen.items() if len(numbers) >= MIN_STORIES)
        template |= frozenset(key for key, numbers in seen_prose.items() if len(numbers) >= needed)
        if template:
            out[outlet] = template
    return out


def build_templates(articles: Iterable[tuple[str, Sequence[str]]]) -> dict[str, frozenset[str]]:
    """Each outlet's template from (outlet, units) pairs (:func:`analysis.clean.units_of` of each
    article's text); outlets with none are left out."""
    return templates_from_keys((outlet, *article_keys(units)) for outlet, units in articles)


def _content(unit: str) -> set[str]:
    """A unit's content words (three letters or more, not stop words) cut to their first five
    letters, so that "Russia" and "Russian", "border" and "borders" are one word."""
    stop = stopwords()
    return {w[:5] for w in _CONTENT.findall(unit.lower()) if w not in stop}


def template_repeats(units: Sequence[str], verdicts: list, template: frozenset[str]) -> None:
    """Remove, in place, the kept units that are the outlet's template (see the module's description).

    Examples
    --------
    >>> units = ["Zwnews", "Power cuts return as the water level at the dam drops, the utility said on Monday.",
    ...          "Buying a car abroad and bringing it home through the border post has become easier for importers."]
    >>> verdicts = [Verdict(True, "body", "")] * 3
    >>> template_repeats(units, verdicts, frozenset(map(unit_key, [units[0], units[2]])))
    >>> [v.reason for v in verdicts]
    ['outlet_template', '', 'outlet_template']
    """
    if not template:
        return
    hits = [v.keep and unit_key(u) in template for u, v in zip(units, verdicts)]
    if not any(hits):
        return
    prose = [v.keep and is_prose(u) for u, v in zip(units, verdicts)]
    core = [i for i, (p, hit) in enumerate(zip(prose, hits)) if p and not hit]
    story: set[str] | None = None  # the content words of the core, read once when needed
    for i, (unit, hit) in enumerate(zip(units, hits)):
        if not hit:
            continue
        if prose[i]:
            if not core or core[0] < i < core[-1]:
                continue
            words = _content(unit)
            if story is None:
                story = set().union(*(_content(units[j]) for j in core))
            if words and len(words & story) >= TOPIC_SHARE * len(words):
                continue
        verdicts[i] = Verdict(False, "boilerplate", "outlet_template")


def with_templates(records: Iterable[Mapping[str, str]], templates: Mapping[str, frozenset[str]]) -> Iterable[dict[str, object]]:
    """Manifest records with their outlet's template under ``outlet_template`` (a sorted tuple)."""
    for record in records:
        template = templates.get(str(record.get("outlet", "")))
        yield dict(record) | ({"outlet_template": tuple(sorted(template))} if template else {})
