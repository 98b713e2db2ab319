"""What one outlet mentions that no other does: capitalised names and numbers in digits, found
per sentence and checked against every other outlet's text (an omission table read the other
way round); and the direction (escalation / de-escalation) of related-link headlines.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable

import pandas as pd

from .calendar_words import load_calendar
from .instruments import load_tsv
from .words import content_stopwords


# --------------------------------------------------------------------------- names and numbers
_NAME_RE = re.compile(r"\b[A-Z][\w'\u2019.-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w'\u2019.-]*)*")
_NUMBER_RE = re.compile(r"\b\d{1,3}(?:,\d{2,3})+\b|\b\d+(?:\.\d+)?%?")




def name_mentions(text: str, *, stopwords: Iterable[str] | None = None) -> list[str]:
    """Capitalised word sequences (people, places, organisations) in one sentence.

    A surface heuristic, not named-entity recognition: leading function words are stripped ("The
    European Union" gives "European Union"); a single capitalised word opening the sentence is
    skipped (it is capitalised because it opens the sentence: "Diplomats", "Around"); calendar
    words, single letters and possessives are dropped ("Moscow's Kremlin" is two names).

    Examples
    --------
    >>> name_mentions("However, Foreign Minister Liz Truss met Sergey Lavrov in Moscow's Kremlin on Monday.")
    ['Foreign Minister Liz Truss', 'Sergey Lavrov', 'Moscow', 'Kremlin']
    >>> name_mentions("Diplomats said the European Union and S&P agreed.")
    ['European Union']
    >>> name_mentions("")
    []
    """
    stop = content_stopwords() if stopwords is None else frozenset(stopwords)
    calendar = load_calendar().words()  # capitalised, but name no actor or place
    text = re.sub(r"'s\b", ",", text.replace("\u2019", "'"))  # a possessive ends a name
    opening = len(text) - len(text.lstrip(" \"'([\u201c\u2018"))
    out = []
    for match in _NAME_RE.finditer(text):
        parts = match.group().rstrip(".-'").split()
        first = match.start() == opening
        while parts and parts[0].lower() in stop:
            parts, first = parts[1:], False
        if not parts or (len(parts) == 1 and (first or len(parts[0]) < 2 or parts[0].lower() in calendar)):
            continue
        out.append(" ".join(parts))
    return out


def number_mentions(text: str) -> list[str]:
    """Numbers written in digits (``100,000``, Indian ``1,30,000``, ``2%``), digit groups kept;
    bare single digits ("France 5 TV") are left out.

    Examples
    --------
    >>> number_mentions("More than 100,000 troops, 1,30,000 soldiers, 2% and 2022 on France 5.")
    ['100,000', '1,30,000', '2%', '2022']
    """
    return [m.group() for m in _NUMBER_RE.finditer(text) if not re.fullmatch(r"\d", m.group())]


def exclusive_mentions(sentences: pd.DataFrame) -> pd.DataFrame:
    """Names and numbers one outlet mentions and no other outlet does (case-insensitive).

    A name counts as mentioned elsewhere when another outlet's text contains it, or its last
    word (so "Liz Truss" in one outlet and "Truss" in another match). With a single outlet
    the table is empty: there is nothing to be exclusive against.

    Returns
    -------
    DataFrame
        ``outlet, kind (name|number), mention, n_mentions, articles, first_sentence``.

    Examples
    --------
    >>> s = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "B"], "sentence": [1, 1],
    ...     "text": ["Liz Truss warned of 100,000 troops.", "Truss spoke; Lavrov agreed."]})
    >>> exclusive_mentions(s)[["outlet", "kind", "mention"]].values.tolist()
    [['A', 'number', '100,000'], ['B', 'name', 'Lavrov']]
    """
    columns = ["outlet", "kind", "mention", "n_mentions", "articles", "first_sentence"]
    outlets = sorted(set(sentences["outlet"]))
    if len(outlets) < 2:
        return pd.DataFrame(columns=columns)
    texts = {o: " ".join(sentences.loc[sentences["outlet"] == o, "text"].astype(str)).replace("\u2019", "'").lower() for o in outlets}
    # Indexed once per outlet, so most probes are answered by set lookups instead of a scan of the
    # outlet's whole text (the scans made notebook 05 quadratic: 63 s of 840 articles).
    indexes = {o: TextIndex.of(t) for o, t in texts.items()}
    found: dict[tuple[str, str, str], dict[str, object]] = {}
    for row in sentences.itertuples(index=False):
        for kind, items in (("name", name_mentions(row.text)), ("number", number_mentions(row.text))):
            for item in items:
                key = (row.outlet, kind, item)
                entry = found.setdefault(key, {"n": 0, "articles": [], "first": f"{row.article_id}#{row.sentence}"})
                entry["n"] += 1
                if row.article_id not in entry["articles"]:
                    entry["articles"].append(row.article_id)
    rows = []
    for (outlet, kind, item), entry in found.items():
        probes = {item.lower()} | ({item.split()[-1].lower()} if kind == "name" else set())
        if any(indexes[o].occurs(probe) for o in outlets if o != outlet for probe in probes):
            continue
        rows.append([outlet, kind, item, entry["n"], ", ".join(entry["articles"]), entry["first"]])
    out = pd.DataFrame(rows, columns=columns)
    return out.sort_values(["outlet", "kind", "n_mentions", "mention"], ascending=[True, True, False, True], ignore_index=True)


_WORD_RUN = re.compile(r"\w+")


class TextIndex:
    """A text with the word runs it contains, those standing as whole mentions, and adjacent pairs.

    :meth:`occurs` answers exactly as :func:`_occurs` on the text: a probe that is one word run
    is a set lookup (the run at a mention boundary somewhere in the text); a longer probe can only
    occur where each of its runs is a word of the text and each pair of neighbouring runs stands
    side by side in it, so the text is scanned only for probes that pass those checks.

    Examples
    --------
    >>> index = TextIndex.of("liz truss met 1,100 troops; 100 left")
    >>> index.occurs("truss"), index.occurs("liz truss"), index.occurs("truss met liz"), index.occurs("100"), index.occurs("1,100")
    (True, True, False, True, True)
    >>> TextIndex.of("1,100 troops").occurs("100")
    False
    """

    def __init__(self, text: str, words: frozenset[str], whole: frozenset[str], pairs: frozenset[tuple[str, str]]) -> None:
        self.text, self.words, self.whole, self.pairs = text, words, whole, pairs

    @classmethod
    def of(cls, text: str) -> "TextIndex":
        runs = list(_WORD_RUN.finditer(text))
        words = frozenset(m.group() for m in runs)
        whole = frozenset(m.group() for m in runs if _whole(text, m.start(), m.end()))
        pairs = frozenset((a.group(), b.group()) for a, b in zip(runs, runs[1:]))
        return cls(text, words, whole, pairs)

    def occurs(self, probe: str) -> bool:
        runs = _WORD_RUN.findall(probe)
        if len(runs) == 1 and runs[0] == probe:
            return probe in self.whole
        if not all(r in self.words for r in runs) or not all(p in self.pairs for p in zip(runs, runs[1:])):
            return False
        return _occurs(probe, self.text)


def _whole(text: str, start: int, end: int) -> bool:
    """Whether the word run ``text[start:end]`` stands as a mention: :func:`_occurs`' lookarounds."""
    if start and text[start - 1] == ",":
        return False
    return not (text[end:end + 1] == "," and re.match(r"\d", text[end + 1:end + 2]) is not None)


def _occurs(probe: str, text: str) -> bool:
    r"""Does ``probe`` occur in ``text`` as a whole mention: not inside a word, and a number not
    inside a longer number (``(?<![\w,])probe(?![\w,]\d|\w)``)?

    The pattern is the literal probe plus lookarounds, so a match can only start where
    ``str.find`` finds the probe: the regex is tried there only, not scanned over the whole text
    (a full scan per mention made notebook 05 quadratic in the corpus).

    Examples
    --------
    >>> _occurs("truss", "liz truss spoke"), _occurs("100", "1,100 troops"), _occurs("100", "100,000 troops")
    (True, False, False)
    """
    start = text.find(probe)
    if start == -1:
        return False
    pattern = re.compile(r"(?<![\w,])" + re.escape(probe) + r"(?![\w,]\d|\w)")
    while start != -1:
        if pattern.match(text, start):
            return True
        start = text.find(probe, start + 1)
    return False


# --------------------------------------------------------------------------- related links
@lru_cache(maxsize=1)
def _related_cues() -> tuple[tuple[re.Pattern[str], str, str], ...]:
    cues = []
    for row in load_tsv("related_link_cues.tsv", required=("term", "direction")):
        parts = [re.escape(p[:-1]) + r"\w*" if p.endswith("*") else re.escape(p) for p in row["term"].split()]
        cues.append((re.compile(r"\b" + r"\s+".join(parts) + r"\b", re.I), row["term"], row["direction"]))
    return tuple(cues)


def related_link_direction(headline: str) -> tuple[str, str]:
    """Which side of the stand-off a linked headline points to, and the cue terms that say so.

    ``escalation``, ``de-escalation``, ``mixed`` (both) or ``neutral`` (neither), from
    ``data/instruments/related_link_cues.tsv``.

    Examples
    --------
    >>> related_link_direction("Latest Satellite Images Show Massive Russian Military Build-Up Near Ukraine")
    ('escalation', 'build-up; mass*; satellite image*')
    >>> related_link_direction("Russia Pulls Back Some Troops From Ukraine Border")
    ('de-escalation', 'pull* back')
    >>> related_link_direction("")
    ('neutral', '')
    """
    hits = [(term, direction) for pattern, term, direction in _related_cues() if pattern.search(headline or "")]
    directions = {d for _, d in hits}
    label = "mixed" if len(directions) > 1 else (directions.pop() if directions else "neutral")
    return label, "; ".join(sorted({t for t, _ in hits}))

