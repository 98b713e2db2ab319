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
:data:`MIN_STORIES` different *stories* of the outlet and in at least :data:`STORY_SHARE` of them
(a site prints its template on most of its pages; a crosshead or a closing line turns up on a few
of an outlet's stories). Two articles sharing their first paragraph, or two of their first five
(all of a shorter lead's), are one story printed twice (a repost, an update) and count once, unless
both go on past those five and share no paragraph there: a shared head over different stories is
the site's (a subscription notice above the headline, a wire's "Your daily look at late-breaking
news" opening each day's digest), not a story printed twice; a paragraph on every page, or on more
than a tenth of them, is the site's and pairs nothing.

Repetition alone is not enough, because an outlet repeats body text too: a wire backgrounder
closing every report of a campaign ("It takes 1,237 delegates to win the Republican nomination
for president.", PolNeAR's AP copy), a section every report of an event closes with, the entries of
a live blog's updates, a closing line ("No one was injured."). So a kept unit of the template is
removed (reason ``outlet_template``) only outside the story's core (above its first or below its
last kept paragraph of prose off the template: inside it, a crosshead, a table's row, a quote
stay), and

- when it is not prose (:func:`analysis.justext_method.is_prose`: a label, a menu item, the site's
  name, a credit, a stamp), unless it heads a repeated paragraph that stays ("Background");
- when it is prose, only alone below the story's first paragraph (a run of two repeated paragraphs
  is a shared section there; above the story, a run of short lines or lines speaking to the reader is
  the site's header: a login box's "Thanks for logging in." over "You can now click/tap WATCH to start
  the live stream.", s619; a short line beside a paragraph makes no run with it), above the story if short (under
  :data:`PROSE_WORDS` words or :data:`PROSE_CONTENT` content words: "No menu items!", "FULL TEXT."; below it such a line
  is the story's, "No one was injured.", unless it speaks to the reader or asks, reporting no one: "What do you think?",
  "You may also read!"), and, if long, when under
  :data:`TOPIC_SHARE` of its content words (three letters or more, not stop words, cut to their
  first five letters) stand in the story's core (a sponsored paragraph on car imports under a
  report on power cuts goes; a backgrounder that shares the story's words stays); above the story,
  a long one speaking to the reader goes whatever its words (a subscription box's "Access ... from
  all your digital devices and receive breaking news ...", the twentieth site sets). A line speaking
  to the reader between two lines of the template is the template's box too, though its wording
  changes from page to page, when it addresses the reader ("you", "your") and reports no one.

Never all of an article's kept prose goes: when every kept prose unit is the template's (the
story printed twice went unnoticed), only units that are not prose can go.

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
#: A key is the template's when it also stands in at least this share of the outlet's stories.
STORY_SHARE = 0.5
#: A prose unit for finding stories, and the least a repeated paragraph must be to go: written as
#: prose and at least this many words (and :data:`PROSE_CONTENT` content words).
PROSE_WORDS = 8
PROSE_CONTENT = 4
#: A lead key held by more than max(PAIR_MIN, a tenth) of an outlet's articles does not pair them.
PAIR_MIN = 20

_WORDS = re.compile(r"[^\W_]+")
_CONTENT = re.compile(r"[^\W\d_]{3,}")


def unit_key(unit: str) -> str:
    """A unit's words in lower case, one space apart: what repeats across a site's pages."""
    return " ".join(_WORDS.findall(unit.lower()))


def article_keys(units: Sequence[str]) -> tuple[frozenset[str], tuple[str, ...]]:
    """The keys of an article's units (:func:`analysis.clean.units_of`), and of its prose units of
    :data:`PROSE_WORDS` words or more, in order (:func:`stories` pairs articles on the first
    :data:`LEAD_UNITS` and checks the pair on the rest).

    Examples
    --------
    >>> keys, lead = article_keys(["LOCAL NEWS", "Troops left the border on Tuesday, officials said."])
    >>> sorted(keys), lead  # sorted: a set's order follows the run's string hashes
    (['local news', 'troops left the border on tuesday officials said'], ('troops left the border on tuesday officials said',))
    """
    keys = [unit_key(u) for u in units]
    prose = tuple(k for k, u in zip(keys, units) if len(u.split()) >= PROSE_WORDS and is_prose(u))
    return frozenset(k for k in keys if k), prose


def stories(proses: Sequence[tuple[str, ...]]) -> list[int]:
    """A story number for each article, from its prose keys in order (:func:`article_keys`): two
    articles are one story (transitively) when their leads (first :data:`LEAD_UNITS` keys) share
    the first key, or :data:`SAME_STORY_SHARED` keys (all of the shorter lead's when it has fewer),
    and, when both share only their leads' first keys and go on past their leads, they share a
    key there too (a story printed twice shares its body; different stories under one site header
    share only the head). A key in every
    article (three or more) or in more than :func:`pair_cap` of them is the site's, not a
    story's, and is not counted (it would also make the pairs quadratic). The check on the rest is
    asked only of leads that share a head and part (:func:`_head_only`).

    Examples
    --------
    >>> stories([("a", "b", "c"), ("a", "b", "x"), ("y", "z"), ("q", "a")])
    [0, 0, 2, 3]
    >>> stories([("lead",), ("lead", "update")]), stories([("notice", "a"), ("notice", "b"), ("notice", "c")])
    ([0, 0], [0, 1, 2])

    A subscription notice of four paragraphs over two different stories, and a repost:

    >>> head = ("renew", "ready", "access", "reclaim")
    >>> stories([head + ("strike", "traders", "shops"), head + ("clash", "residents", "road")])
    [0, 1]
    >>> stories([head + ("strike", "traders", "shops"), head + ("strike", "traders", "tax")])
    [0, 0]
    """
    leads = [prose[:LEAD_UNITS] for prose in proses]
    parent = list(range(len(leads)))
    cap = pair_cap(len(leads))
    holding: Counter[str] = Counter()  # how many articles hold each prose key, counted when first needed

    def site_wide(n_articles: int) -> bool:
        """Whether a key held by this many articles is the site's: in every article (three or more) or in more than the cap."""
        return n_articles > cap or n_articles == len(proses) >= 3

    def story_key(key: str) -> bool:
        if not holding:
            holding.update(key for prose in proses for key in set(prose))
        return not site_wide(holding[key])

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    holders: defaultdict[str, list[int]] = defaultdict(list)
    for i, lead in enumerate(leads):
        for key in dict.fromkeys(lead):
            holders[key].append(i)
    pairs: Counter[tuple[int, int]] = Counter()
    firsts: set[tuple[int, int]] = set()
    for key, held in holders.items():
        if site_wide(len(held)):
            continue
        for n, j in enumerate(held):
            for i in held[:n]:
                pairs[(i, j)] += 1
                if leads[i][0] == key and leads[j][0] == key:
                    firsts.add((i, j))
    for (i, j), shared in sorted(pairs.items()):
        if (i, j) in firsts or shared >= min(SAME_STORY_SHARED, len(leads[i]), len(leads[j])):
            rest_i, rest_j = set(proses[i][LEAD_UNITS:]), set(proses[j][LEAD_UNITS:])
            if _head_only(leads[i], leads[j]) and rest_i and rest_j and not any(story_key(key) for key in rest_i & rest_j):
                continue  # one head over two different stories: the site's
            a, b = root(i), root(j)
            parent[max(a, b)] = min(a, b)
    return [root(i) for i in range(len(leads))]


def _head_only(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether two leads share only a head: the keys they share are the same first ones of both, and
    the leads part within their length (a notice over two stories; an update that rewrote every
    other paragraph, or kept its whole lead, is one story printed twice, rev22).

    >>> _head_only(("n1", "n2", "a", "b"), ("n1", "n2", "x", "y")), _head_only(("a", "b", "c"), ("a", "x", "c")), _head_only(("a", "b"), ("a", "b"))
    (True, False, False)
    """
    k = 0
    while k < min(len(a), len(b)) and a[k] == b[k]:
        k += 1
    return k < min(len(a), len(b)) and len(set(a) & set(b)) == k


def pair_cap(n_articles: int) -> int:
    """A lead key held by more than this many of an outlet's articles is not used to pair them.

    Examples
    --------
    >>> pair_cap(30), pair_cap(5000)
    (20, 500)
    """
    return max(PAIR_MIN, n_articles // 10)


def templates_from_keys(articles: Iterable[tuple[str, frozenset[str], tuple[str, ...]]]) -> dict[str, frozenset[str]]:
    """Each outlet's template from its articles' :func:`article_keys` as (outlet, keys, lead), in any
    order: the keys standing in :data:`MIN_STORIES` or more of its stories and in at least
    :data:`STORY_SHARE` of them (a site prints its template on most of its pages; a crosshead, a
    closing line or a backgrounder turns up on a few of an outlet's stories).

    Every unit key of the outlet's articles is held while its articles are read (about the size of
    the articles' short lines and paragraphs: a corpus, not a stream; ``--no-templates`` skips it).
    """
    by_outlet: defaultdict[str, list[tuple[frozenset[str], tuple[str, ...]]]] = defaultdict(list)
    for outlet, keys, prose in articles:
        by_outlet[outlet].append((keys, prose))
    out: dict[str, frozenset[str]] = {}
    for outlet, items in by_outlet.items():
        if len(items) < MIN_STORIES:
            continue
        story = stories([prose for _, prose in items])
        seen: defaultdict[str, set[int]] = defaultdict(set)
        for (keys, _), number in zip(items, story):
            for key in keys:
                seen[key].add(number)
        needed = max(MIN_STORIES, STORY_SHARE * len(set(story)))
        template = frozenset(key for key, numbers in seen.items() if len(numbers) >= needed)
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


#: A line speaking as a site or to its reader: "you", "we", "our", "us" ("You can now click/tap WATCH to start the live stream.").
_SITE_VOICE = re.compile(r"\b(?:[Yy]ou|[Yy]our|[Ww]e|[Oo]ur|us)\b")  # "US" is the country (a second read)
#: A line addressing its reader ("from all your digital devices"), and one reporting or quoting someone.
_TO_READER = re.compile(r"\b[Yy]ou(?:r)?\b")
_REPORTED = re.compile(r"[\"\u201c\u201d]|\b(?:said|says|told|tells|according to)\b")


#: A quotation standing alone: opened and closed by quotation marks, nothing said of who spoke it.
_BARE_QUOTE = re.compile(r"[\"\u201c][^\"\u201c\u201d]{10,300}[\"\u201d]\.?")


def _bare_quote(unit: str) -> bool:
    """Whether a unit is a quotation alone, with no speaker named ('"It is hard to fail, but it is worse never to
    have tried to succeed."'): a quote box's line, where a story's quote names who said it.

    >>> _bare_quote('"It is hard to fail, but it is worse never to have tried to succeed."'), _bare_quote('"We will rebuild," the mayor said.')
    (True, False)
    """
    return _BARE_QUOTE.fullmatch(unit.strip()) is not None


def _boxed(units: Sequence[str], verdicts: list, hits: Sequence[bool], i: int) -> bool:
    """Whether the run of repeated bare quotations holding unit ``i`` stands apart from the story: furniture right above
    its first quotation ("Share your views"), and the story's last kept unit above not announcing it with a colon ("her
    family said:"). A statement the story closes on, repeated by the site's follow-ups, runs on from the story (a second read)."""
    top = i
    while top - 1 >= 0 and verdicts[top - 1].keep and hits[top - 1] and _bare_quote(units[top - 1]):
        top -= 1
    if top == 0 or verdicts[top - 1].keep:
        return False
    above = next((j for j in range(top - 1, -1, -1) if verdicts[j].keep), None)
    return above is None or not units[above].rstrip().endswith(":")


def _site_voice(unit: str) -> bool:
    """Whether a template's line in a run above the story is the site's box: short (under ``PROSE_WORDS`` words:
    "Thanks for logging in.") or speaking to the reader; a standing paragraph of facts ("Turnout across Summit
    County was about 54 percent ...") is an election page's, and stays (a second read)."""
    return len(unit.split()) < PROSE_WORDS or _SITE_VOICE.search(unit) is not None


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
    keyed = [unit_key(u) in template for u in units]
    hits = [v.keep and k for k, v in zip(keyed, verdicts)]
    if not any(hits):
        return
    for i in range(1, len(units) - 1):
        if verdicts[i].keep and not keyed[i] and keyed[i - 1] and keyed[i + 1] and _TO_READER.search(units[i]) and not _REPORTED.search(units[i]):
            # a line of the site's box between two of its template's lines, addressing the reader (its wording varies by
            # page); not a story's paragraph between two advert labels that speaks of "us" or quotes a "we" (a second read)
            hits[i] = True
    prose = [v.keep and is_prose(u) for u, v in zip(units, verdicts)]
    core = [i for i, (p, hit) in enumerate(zip(prose, hits)) if p and not hit]
    kept = [i for i, v in enumerate(verdicts) if v.keep]
    story: set[str] | None = None  # the content words of the core, read once when needed
    goes = [False] * len(units)
    for n, i in enumerate(kept):  # paragraphs of prose first
        if not (hits[i] and prose[i]) or not core or core[0] < i < core[-1]:
            continue  # inside the story: a closing line or a quote repeated elsewhere
        neighbours = kept[max(0, n - 1):n] + kept[n + 1:n + 2]
        # a short line ("What do you think?", "You may also read!") makes no shared section with a paragraph beside it
        run = [j for j in neighbours if hits[j] and prose[j] and len(units[j].split()) >= PROSE_WORDS] if len(units[i].split()) >= PROSE_WORDS else []
        if run and (i > core[0] or not _site_voice(units[i])) and not (i > core[-1] and _bare_quote(units[i]) and all(_bare_quote(units[j]) for j in run)
                                                                      and _boxed(units, verdicts, hits, i)):
            continue  # a run of repeated paragraphs is a shared section or a live blog's entries; above the story, a box's lines speak as the site;
            # below it, a run of bare quotations (no speaker named) is the site's quote box (the twenty-second site sets, s970, s972)
        words = _content(units[i])
        if len(units[i].split()) < PROSE_WORDS or len(words) < PROSE_CONTENT:
            # "No menu items!" above the story; below it, "No one was injured." stays, the site's prompt to its reader
            # goes ("What do you think?", "You may also read!": Media Selangor's and Today's Northumberland's, c68)
            goes[i] = i < core[0] or (_TO_READER.search(units[i]) is not None or units[i].rstrip().endswith("?")) and not _REPORTED.search(units[i])
            continue
        if i < core[0] and _SITE_VOICE.search(units[i]):
            goes[i] = True  # above the story and speaking to its reader: a subscription box's pitch, whatever its topic words
            continue
        if story is None:
            story = set().union(*(_content(units[j]) for j in core))
        goes[i] = len(words & story) < TOPIC_SHARE * len(words)
    for n, i in enumerate(kept):  # then labels, links and names
        if not hits[i] or prose[i] or (core and core[0] < i < core[-1]):
            continue  # inside the story: a crosshead, a table's row, a list's item
        after = kept[n + 1] if n + 1 < len(kept) else None
        goes[i] = not (after is not None and hits[after] and prose[after] and not goes[after])  # not the heading of a shared section
    for i in kept:
        if goes[i]:
            verdicts[i] = Verdict(False, "boilerplate", "outlet_template")


def with_templates(records: Iterable[Mapping[str, str]], templates: Mapping[str, frozenset[str]]) -> Iterable[dict[str, object]]:
    """Manifest records with their outlet's template under ``outlet_template`` (a sorted tuple, one
    object per outlet: a chunk sent to a worker pickles it once).

    Examples
    --------
    >>> rows = list(with_templates([{"id": "a", "outlet": "Zw"}, {"id": "b", "outlet": "Zw"}, {"id": "c", "outlet": "X"}], {"Zw": frozenset({"zwnews"})}))
    >>> rows[0]["outlet_template"], rows[0]["outlet_template"] is rows[1]["outlet_template"], "outlet_template" in rows[2]
    (('zwnews',), True, False)
    """
    ordered = {outlet: tuple(sorted(template)) for outlet, template in templates.items() if template}
    for record in records:
        template = ordered.get(str(record.get("outlet", "")))
        yield dict(record) | ({"outlet_template": template} if template else {})
