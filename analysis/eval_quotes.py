"""Quotes and speakers measured against PolNeAR's hand annotation (``make validate-quotes``).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution of 1,008 US news
articles; :mod:`analysis.polnear_gold` reads its files into gold rows (re-exported here).

Each article is run through the extractor as the pipeline runs it
(:func:`analysis.document.build_document` -> :func:`analysis.actors.find_mentions` ->
:func:`analysis.sources.document_quotes`); gold offsets are carried into the cleaned body by
aligning the raw text with it (:func:`body_offsets`).

Definitions (what the figures mean)
-----------------------------------
* **quotation** (gold): an attribution whose Content contains a double quotation mark
  (``"``, curly, or the NYT's two apostrophes ``''``); **direct** (gold): a quotation whose
  Content, trimmed of spaces and ``.,;:``, opens and closes with a quotation mark (the
  whole content is quoted, not a fragment inside the reporter's words); other quotations are
  *partial*. A span that ends or starts between the two apostrophes of ``''`` takes the
  whole mark.
* **system** quotations are rows of kind ``direct`` and ``partial``; system direct quotes are
  rows of kind ``direct``; system indirect statements are rows of kind ``indirect``.
* **match**: a system span and a gold Content match when the characters they share are at least
  half of the shorter of the two (gold Content measured over its own, possibly discontinuous,
  spans). Matching is many-to-one: a quotation the extractor splits at its attribution
  (``"A," he said, "B."``) gives two system rows that each match the one gold Content.
  Precision is the share of system rows matching some gold span of the kind scored; recall the
  share of gold spans matched by some system row.
* **speaker right**: the system row's speaker phrase overlaps the gold Source span, or the head
  of the gold Source (its last word before a comma or parenthesis, possessive dropped,
  lower-cased: ``Rep. Elijah E. Cummings (D-Md.)`` -> ``cummings``) equals the head of the
  speaker as written or of the name it was resolved to (``he`` -> ``Barack Obama``).
  *Quotation + speaker* counts a row (or a gold quotation) as found only when it matches with
  the right speaker; *speaker accuracy* is the share of matched gold quotations whose speaker is
  right.
* **indirect statements with speech-verb cues** (gold): attributions without a quotation mark in
  their Content whose Cue holds a form of a communication verb of :data:`SPEECH_VERBS` (a list
  fixed here, independent of the extractor's ``attribution_verbs.tsv``). Recall is over these;
  precision counts a system indirect row correct when it matches the Content of any gold
  attribution (PolNeAR annotates every attribution, so an unmatched row is an error).
* **speed**: paragraphs per second of one core (process time) for build_document, find_mentions
  and document_quotes together, over all articles read.

Articles are split 80/20 by a hash of their name (:func:`split_of`): tune on ``dev``, report
``held_out`` beside it.

Examples
--------
>>> r = score_article([SystemRow("direct", (0, 10), None, frozenset({"roe"}))], [GoldRow("direct", ((0, 10),), ((20, 23),), "roe")])
>>> r.summary()["direct_speaker"]["f1"], score_article([], []).summary()["direct"]["recall"]
(1.0, 0.0)
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from .polnear_gold import (  # noqa: F401  (re-exported: the evaluation's public names)
    _FOLD,
    SPEECH_VERBS,
    Attribution,
    GoldArticle,
    GoldRow,
    Span,
    body_offsets,
    gold_rows,
    head,
    load_polnear,
    map_spans,
    read_ann,
    speech_forms,
    split_of,
)


def overlap(a: Sequence[Span], b: Sequence[Span]) -> int:
    """Characters shared by two sets of spans.

    Examples
    --------
    >>> overlap([(0, 10)], [(5, 7), (8, 20)])
    4
    """
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def _length(spans: Sequence[Span]) -> int:
    return sum(e - s for s, e in spans)


def spans_match(a: Sequence[Span], b: Sequence[Span]) -> bool:
    """Do two span sets share at least half of the shorter one's characters?

    Examples
    --------
    >>> spans_match([(0, 10)], [(4, 30)]), spans_match([(0, 10)], [(6, 30)])
    (True, False)
    """
    shorter = min(_length(a), _length(b))
    return shorter > 0 and 2 * overlap(a, b) >= shorter


@dataclass(frozen=True)
class SystemRow:
    """One extractor statement in evaluation terms: kind, content span, speaker span and heads."""

    kind: str
    span: Span
    speaker_span: Span | None
    speaker_heads: frozenset[str]


@dataclass
class Counts:
    """Matched and total rows on both sides, for one measure."""

    system: int = 0
    system_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    def add(self, other: "Counts") -> None:
        self.system += other.system
        self.system_matched += other.system_matched
        self.gold += other.gold
        self.gold_matched += other.gold_matched

    def scores(self) -> dict[str, float | int]:
        p = self.system_matched / self.system if self.system else 0.0
        r = self.gold_matched / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 3), "recall": round(r, 3), "f1": round(f, 3), "system": self.system, "gold": self.gold}


MEASURES = ("direct", "direct_speaker", "quotation", "quotation_speaker", "indirect_speech")


@dataclass
class Report:
    """Counts per measure, speaker accuracy and speed, for one split."""

    articles: int = 0
    paragraphs: int = 0
    seconds: float = 0.0
    counts: dict[str, Counts] = field(default_factory=lambda: {m: Counts() for m in MEASURES})
    speaker_right: int = 0
    speaker_matched: int = 0

    def add(self, other: "Report") -> None:
        self.articles += other.articles
        self.paragraphs += other.paragraphs
        self.seconds += other.seconds
        for m in MEASURES:
            self.counts[m].add(other.counts[m])
        self.speaker_right += other.speaker_right
        self.speaker_matched += other.speaker_matched

    def summary(self) -> dict[str, object]:
        out: dict[str, object] = {m: self.counts[m].scores() for m in MEASURES}
        out["speaker_accuracy"] = round(self.speaker_right / self.speaker_matched, 3) if self.speaker_matched else 0.0
        out["articles"] = self.articles
        out["paragraphs"] = self.paragraphs
        out["paragraphs_per_second"] = round(self.paragraphs / self.seconds) if self.seconds else 0
        return out


def system_rows(body: str, statements: Sequence[object], resolved: Callable[[object], str] | None = None) -> list[SystemRow]:
    """The extractor's statements (:class:`analysis.sources.Quote`) in evaluation terms."""
    out = []
    for q in statements:
        speaker = getattr(q, "speaker", "")
        anchor = getattr(q, "anchor", -1)
        span = (anchor, anchor + len(speaker)) if speaker and anchor >= 0 and body[anchor : anchor + len(speaker)] == speaker else None
        names = {speaker, getattr(q, "speaker_canonical", ""), getattr(q, "speaker_name", "")}
        if resolved is not None:
            names.add(resolved(q))
        heads = frozenset(h for h in (head(n) for n in names if n) if h)
        out.append(SystemRow(getattr(q, "kind"), (getattr(q, "start"), getattr(q, "end")), span, heads))
    return out


def speaker_right(system: SystemRow, gold: GoldRow) -> bool:
    """Is the system row's speaker the gold Source (same words, or the same head)?"""
    if system.speaker_span is not None and overlap([system.speaker_span], gold.source) > 0:
        return True
    return bool(gold.source_head) and gold.source_head in system.speaker_heads


def score_article(system: Sequence[SystemRow], gold: Sequence[GoldRow]) -> Report:
    """Counts of every measure for one article."""
    report = Report(articles=1)
    quotations = [g for g in gold if g.kind in ("direct", "partial")]

    def count(name: str, sys_rows: Sequence[SystemRow], gold_rows_: Sequence[GoldRow], gold_pool: Sequence[GoldRow], with_speaker: bool) -> None:
        c = report.counts[name]
        c.system += len(sys_rows)
        c.gold += len(gold_rows_)
        for s in sys_rows:
            if any(spans_match([s.span], g.content) and (not with_speaker or speaker_right(s, g)) for g in gold_pool):
                c.system_matched += 1
        for g in gold_rows_:
            if any(spans_match([s.span], g.content) and (not with_speaker or speaker_right(s, g)) for s in sys_rows):
                c.gold_matched += 1

    direct_sys = [s for s in system if s.kind == "direct"]
    quote_sys = [s for s in system if s.kind in ("direct", "partial")]
    direct_gold = [g for g in gold if g.kind == "direct"]
    count("direct", direct_sys, direct_gold, direct_gold, False)
    count("direct_speaker", direct_sys, direct_gold, direct_gold, True)
    count("quotation", quote_sys, quotations, quotations, False)
    count("quotation_speaker", quote_sys, quotations, quotations, True)
    indirect_sys = [s for s in system if s.kind == "indirect"]
    count("indirect_speech", indirect_sys, [g for g in gold if g.kind == "speech"], list(gold), False)
    for g in quotations:
        matched = [s for s in quote_sys if spans_match([s.span], g.content)]
        if matched:
            report.speaker_matched += 1
            report.speaker_right += any(speaker_right(s, g) for s in matched)
    return report


def evaluate(articles: Iterable[GoldArticle]) -> dict[str, Report]:
    """Run the extractor on every article; one :class:`Report` per split and ``all``."""
    from .actors import find_mentions
    from .document import build_document
    from .sources import document_quotes

    reports = {"dev": Report(), "held_out": Report(), "all": Report()}
    for article in articles:
        started = time.process_time()
        doc = build_document({"id": article.name, "outlet": article.publisher}, article.text)
        statements = document_quotes(doc, mentions=find_mentions(doc.body))
        elapsed = time.process_time() - started
        offsets = body_offsets(article.text, doc.body)
        report = score_article(system_rows(doc.body, statements), gold_rows(article, offsets))
        report.paragraphs, report.seconds = len(doc.paragraphs), elapsed
        reports[split_of(article.name)].add(report)
        reports["all"].add(report)
    return reports


def format_table(reports: dict[str, Report]) -> str:
    """The figures as a Markdown table, one column per split."""
    names = list(reports)
    summaries = {n: reports[n].summary() for n in names}
    lines = ["| measure | " + " | ".join(names) + " |", "|---|" + "---|" * len(names)]
    labels = {
        "direct": "direct quotes P / R / F1",
        "direct_speaker": "direct quote + speaker P / R / F1",
        "quotation": "quotation (any kind) P / R / F1",
        "quotation_speaker": "quotation + speaker P / R / F1",
        "indirect_speech": "indirect, speech-verb cues P / R / F1",
    }
    for m in MEASURES:
        cells = []
        for n in names:
            s = summaries[n][m]
            cells.append(f"{s['precision']:.3f} / {s['recall']:.3f} / {s['f1']:.3f} (gold {s['gold']})")  # type: ignore[index]
        lines.append(f"| {labels[m]} | " + " | ".join(cells) + " |")
    for key, label in (("speaker_accuracy", "speaker accuracy (matched quotations)"), ("articles", "articles"), ("paragraphs", "paragraphs"), ("paragraphs_per_second", "paragraphs per second (one core)")):
        lines.append(f"| {label} | " + " | ".join(str(summaries[n][key]) for n in names) + " |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m analysis.eval_quotes PATH [--json]``: print the figures for PATH."""
    parser = argparse.ArgumentParser(prog="python -m analysis.eval_quotes", description=__doc__.split("\n")[0])
    parser.add_argument("path", help="a PolNeAR folder (text/, attributions/, metadata.tsv)")
    parser.add_argument("--json", action="store_true", help="print JSON instead of a Markdown table")
    parser.add_argument("--limit", type=int, default=0, help="only the first N articles (by name)")
    args = parser.parse_args(argv)
    try:
        articles = load_polnear(args.path)
    except FileNotFoundError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.limit:
        articles = articles[: args.limit]
    reports = evaluate(articles)
    if args.json:
        print(json.dumps({n: r.summary() for n, r in reports.items()}, indent=1))
    else:
        print(format_table(reports))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
