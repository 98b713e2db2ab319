"""Error analysis of the quote extractor on PolNeAR's dev split, misses grouped by category.

``python -m analysis.quote_errors PATH [--kind speaker|indirect|direct] [--show N]`` lists the
dev articles' failures (never the held-out split's: :func:`analysis.polnear_gold.split_of`)
with their context, grouped by a coarse category, biggest group first. It is a development
tool beside ``make validate-quotes``; the figures come from :mod:`analysis.eval_quotes`.

Categories of a wrong speaker (:func:`speaker_category`): ``none`` (no speaker found),
``pronoun`` (a pronoun not resolved to the gold Source), ``other-name`` (the system named
another phrase), ``gold-pronoun`` (the gold Source is itself a pronoun the system resolved
elsewhere).

Examples
--------
>>> speaker_category("", "Mr. Smith"), speaker_category("he", "Mr. Smith"), speaker_category("Ms. Roe", "he")
('none', 'pronoun', 'gold-pronoun')
>>> speaker_category("Ms. Roe", "")
'gold-none'
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from typing import Sequence

from .polnear_gold import GoldArticle, body_offsets, gold_rows, load_polnear, split_of

_PRONOUNS = frozenset("he she they it we i you his her their".split())


@dataclass(frozen=True)
class Miss:
    """One failure: its category, the article, the gold and system speakers and the context."""

    category: str
    article: str
    gold_speaker: str
    system_speaker: str
    context: str


def speaker_category(system_speaker: str, gold_speaker: str) -> str:
    """A coarse category for a matched quotation whose speaker is wrong."""
    if not gold_speaker.strip():
        return "gold-none"
    if gold_speaker.strip().lower() in _PRONOUNS:
        return "gold-pronoun"
    if not system_speaker.strip():
        return "none"
    if system_speaker.strip().lower() in _PRONOUNS:
        return "pronoun"
    return "other-name"


def _context(body: str, start: int, end: int, width: int = 160) -> str:
    return " ".join(body[max(0, start - width) : end + width].split())


def article_misses(article: GoldArticle, kind: str) -> list[Miss]:
    """The failures of one article: ``speaker`` (matched quotation, wrong speaker), ``indirect``
    (gold speech-verb statement not found) or ``direct`` (gold direct quote not found)."""
    from .actors import find_mentions
    from .document import build_document
    from .eval_quotes import speaker_right, spans_match, system_rows
    from .sources import document_quotes

    doc = build_document({"id": article.name, "outlet": article.publisher}, article.text)
    statements = document_quotes(doc, mentions=find_mentions(doc.body))
    system = system_rows(doc.body, statements)
    gold = gold_rows(article, body_offsets(article.text, doc.body))
    body = doc.body
    out = []
    for g in gold:
        g_start, g_end = g.content[0][0], g.content[-1][1]
        source = " ".join(body[s:e] for s, e in g.source)
        if kind == "speaker" and g.kind in ("direct", "partial"):
            matched = [(s, q) for s, q in zip(system, statements) if s.kind in ("direct", "partial") and spans_match([s.span], g.content)]
            if matched and not any(speaker_right(s, g) for s, _ in matched):
                said = matched[0][1]
                shown = f"{said.speaker} -> {said.speaker_name or said.speaker_canonical}" if said.speaker else ""
                out.append(Miss(f"{g.kind}:{speaker_category(said.speaker, source)}", article.name, source, shown, _context(body, g_start, g_end)))
        elif kind in ("indirect", "direct") and g.kind == ("speech" if kind == "indirect" else "direct"):
            wanted = ("indirect",) if kind == "indirect" else ("direct",)
            if not any(s.kind in wanted and spans_match([s.span], g.content) for s in system):
                out.append(Miss(g.cue.lower(), article.name, source, "", _context(body, g_start, g_end, 80)))
    if kind == "spurious":  # system direct rows matching no gold direct quote, by what they match instead
        for s, q in zip(system, statements):
            if s.kind == "direct" and not any(g.kind == "direct" and spans_match([s.span], g.content) for g in gold):
                other = next((g.kind for g in gold if spans_match([s.span], g.content)), "nothing")
                out.append(Miss(f"direct-as-{other}", article.name, "", q.speaker, _context(body, s.span[0], s.span[1], 80)))
    return out


def main(argv: Sequence[str] | None = None) -> int:
    """Print the dev split's failures of one kind, grouped by category."""
    parser = argparse.ArgumentParser(prog="python -m analysis.quote_errors", description=__doc__.split("\n")[0])
    parser.add_argument("path")
    parser.add_argument("--kind", choices=("speaker", "indirect", "direct", "spurious"), default="speaker")
    parser.add_argument("--show", type=int, default=40, help="examples shown per category")
    args = parser.parse_args(argv)
    try:
        articles = [a for a in load_polnear(args.path) if split_of(a.name) == "dev"]
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    groups: dict[str, list[Miss]] = defaultdict(list)
    for article in articles:
        for miss in article_misses(article, args.kind):
            groups[miss.category].append(miss)
    for category, misses in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"## {category}: {len(misses)}")
        for m in misses[: args.show]:
            print(f"- [{m.article}] gold={m.gold_speaker!r} system={m.system_speaker!r}\n    {m.context}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
