"""Quotes and speakers measured against PolNeAR's hand annotation (``make validate-quotes``).

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution of 1,008 US news
articles in brat standoff: ``attributions/<name>_<annotator>.ann`` holds ``T`` lines (a Source,
Cue or Content span as character offsets into ``text/<name>.txt``, discontinuous spans joined by
``;``) and ``E`` lines tying one attribution's Source, Cue and Content. One annotation file is
read per article: the first by annotator id.

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
>>> ann = "T1\\tSource 0 5\\tPeter\\nT2\\tCue 6 10\\tsaid\\nT3\\tContent 11 20;22 25\\tx\\nE1\\tAttribution:T9 Content:T3 Cue:T2 Source:T1"
>>> [(a.source, a.cue, a.content) for a in read_ann(ann)]
[(((0, 5),), ((6, 10),), ((11, 20), (22, 25)))]
>>> read_ann("")
[]
"""
from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Sequence

Span = tuple[int, int]

#: Communication verbs whose forms make a gold cue a speech-verb cue (lemmas; regular forms
#: are derived, irregular ones listed).
SPEECH_VERBS = (
    "say", "tell", "add", "state", "claim", "argue", "insist", "explain", "announce", "note",
    "declare", "write", "report", "suggest", "warn", "deny", "ask", "answer", "reply", "respond",
    "acknowledge", "admit", "tweet", "comment", "contend", "assert", "maintain", "predict",
    "promise", "vow", "pledge", "urge", "accuse", "charge", "complain", "confirm", "recall",
    "remark", "repeat", "reiterate", "concede", "boast", "testify", "post", "allege", "stress",
    "emphasize", "observe", "mention", "describe", "point out", "threaten", "criticize",
    "call", "speak", "quip", "joke", "counter", "agree", "announce", "brag", "caution",
    "proclaim", "insinuate", "retort", "shout", "yell", "whisper", "declare",
)
_IRREGULAR = {"say": ("said", "says", "saying"), "tell": ("told",), "write": ("wrote", "written"), "speak": ("spoke", "spoken")}


def speech_forms() -> frozenset[str]:
    """Every form of :data:`SPEECH_VERBS` (lower case), regular ones derived.

    Examples
    --------
    >>> f = speech_forms(); "said" in f, "tweeted" in f, "denies" in f, "pointed out" in f, "thought" in f
    (True, True, True, True, False)
    """
    forms: set[str] = set()
    for lemma in SPEECH_VERBS:
        head, _, rest = lemma.partition(" ")
        tail = f" {rest}" if rest else ""
        stem = head[:-1] if head.endswith("e") else head
        y = head[:-1] + "i" if head.endswith("y") and head[-2] not in "aeiou" else head
        ed = head + "d" if head.endswith("e") else (y + "ed" if y != head else head + "ed")
        s = head + "es" if head.endswith(("s", "sh", "ch", "x")) else (y + "es" if y != head else head + "s")
        double = head + head[-1] if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", head) else head
        for form in (head, s, ed, stem + "ing", double + "ed", double + "ing", *_IRREGULAR.get(head, ())):
            forms.add(form + tail)
    return frozenset(forms)


@dataclass(frozen=True)
class Attribution:
    """One gold attribution: its Source, Cue and Content spans (raw-text offsets)."""

    source: tuple[Span, ...]
    cue: tuple[Span, ...]
    content: tuple[Span, ...]


@dataclass(frozen=True)
class GoldArticle:
    """One PolNeAR article: its name, publisher, raw text and attributions."""

    name: str
    publisher: str
    text: str
    attributions: tuple[Attribution, ...]


_T_LINE = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t", re.MULTILINE)
_E_LINE = re.compile(r"^E\d+\t(.*)$", re.MULTILINE)


def read_ann(text: str) -> list[Attribution]:
    """The attributions of one brat ``.ann`` file (lines of other shapes are ignored)."""
    spans: dict[str, tuple[Span, ...]] = {}
    for m in _T_LINE.finditer(text):
        parts = [p.split() for p in m.group(3).split(";")]
        spans[m.group(1)] = tuple((int(a), int(b)) for a, b in (p for p in parts if len(p) == 2))
    out = []
    for m in _E_LINE.finditer(text):
        roles: dict[str, list[Span]] = {}
        for item in m.group(1).split():
            role, _, ref = item.partition(":")
            role = re.sub(r"\d+$", "", role)
            roles.setdefault(role, []).extend(spans.get(ref, ()))
        if roles.get("Content"):
            out.append(Attribution(tuple(sorted(roles.get("Source", []))), tuple(sorted(roles.get("Cue", []))), tuple(sorted(roles["Content"]))))
    return out


def load_polnear(path: str | Path) -> list[GoldArticle]:
    """Every article of a PolNeAR folder (``text/``, ``attributions/``, ``metadata.tsv``), by name.

    Raises ``FileNotFoundError`` naming the folder when it holds no ``attributions/``.
    """
    root = Path(path)
    folder = root / "attributions"
    if not folder.is_dir():
        raise FileNotFoundError(f"{root}: no attributions/ folder (is this a PolNeAR folder?)")
    publishers: dict[str, str] = {}
    meta = root / "metadata.tsv"
    if meta.is_file():
        lines = meta.read_text(encoding="utf-8").splitlines()
        header = lines[0].split("\t") if lines else []
        for line in lines[1:]:
            row = dict(zip(header, line.split("\t")))
            publishers[row.get("filename", "")] = row.get("publisher", "")
    chosen: dict[str, Path] = {}
    for ann in sorted(folder.glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        chosen.setdefault(name, ann)  # sorted: the first annotator id
    out = []
    for name, ann in sorted(chosen.items()):
        text_path = root / "text" / f"{name}.txt"
        if not text_path.is_file():
            continue
        text = text_path.read_text(encoding="utf-8")
        out.append(GoldArticle(name, publishers.get(name, name.split("_")[0]), text, tuple(read_ann(ann.read_text(encoding="utf-8")))))
    return out


def split_of(name: str, *, held_out: float = 0.2) -> str:
    """``"held_out"`` for about a fifth of names (by a SHA-1 hash of the name), else ``"dev"``.

    Examples
    --------
    >>> split_of("nyt_2016-01-04_for-trump-lessons-from-a-brother") in ("dev", "held_out")
    True
    """
    digest = int(hashlib.sha1(name.encode("utf-8")).hexdigest()[:8], 16)
    return "held_out" if digest / 0xFFFFFFFF < held_out else "dev"


_FOLD = str.maketrans({c: '"' for c in "\u201c\u201d\u201e\u201f\u00ab\u00bb"} | {c: "'" for c in "\u2018\u2019\u201a\u201b"} | {c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})


def body_offsets(raw: str, body: str) -> list[int]:
    """For each character of ``raw``, its offset in ``body`` (the cleaned text), or -1 when
    cleaning removed it. Whitespace is ignored and quotes and dashes folded before aligning
    (``''`` maps onto the ``"`` cleaning makes of it); where the two differ, the alignment
    resumes where the next 24 characters agree (text cleaning removed: a dateline, a promo).

    Examples
    --------
    >>> body_offsets("a  b''c", 'a b"c')
    [0, -1, -1, 2, 3, 3, 4]
    """
    def visible(text: str) -> tuple[str, list[int]]:
        folded = text.translate(_FOLD)
        where = [i for i, ch in enumerate(folded) if not ch.isspace()]
        return "".join(folded[i] for i in where), where

    a, a_pos = visible(raw)
    b, b_pos = visible(body)
    out = [-1] * len(raw)
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            out[a_pos[i]] = b_pos[j]
            i, j = i + 1, j + 1
        elif a.startswith("''", i) and b[j] == '"':  # the NYT's quotation mark, made one
            out[a_pos[i]] = out[a_pos[i + 1]] = b_pos[j]
            i, j = i + 2, j + 1
        else:  # cleaning removed raw text (a dateline, a promo line, a zero-width character)
            found = a.find(b[j : j + 24], i)
            if found <= i and '"' in b[j : j + 24]:  # the probe's " may be the raw text's ''
                found = a.find(b[j : j + 24].replace('"', "''"), i)
            if found > i:
                i = found
                continue
            lost = b.find(a[i : i + 24], j)
            if lost > j:
                j = lost
                continue
            i, j = i + 1, j + 1
    return out


def map_spans(spans: Iterable[Span], offsets: Sequence[int]) -> tuple[Span, ...]:
    """Raw spans carried into the body (a span whose characters were all removed is dropped).

    Examples
    --------
    >>> map_spans([(0, 4), (5, 6)], [0, 1, -1, 2, -1, -1])
    ((0, 3),)
    """
    out = []
    for start, end in spans:
        mapped = [offsets[i] for i in range(start, min(end, len(offsets))) if offsets[i] >= 0]
        if mapped:
            out.append((min(mapped), max(mapped) + 1))
    return tuple(out)


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


_HEAD_CUT = re.compile(r"[,(\u2014;]|\s+(?:who|which|that)\s")


def head(phrase: str) -> str:
    """The head word of a speaker phrase: its last word before a comma or parenthesis,
    possessive dropped, lower-cased.

    Examples
    --------
    >>> head("Rep. Elijah E. Cummings (D-Md.), the ranking Democrat"), head("Mr. Obama's"), head("")
    ('cummings', 'obama', '')
    """
    words = re.findall(r"[^\W\d_][\w'\u2019.-]*", _HEAD_CUT.split(phrase, 1)[0])
    if not words:
        return ""
    return re.sub(r"['\u2019]s?$", "", words[-1].rstrip(".")).lower()


@dataclass(frozen=True)
class SystemRow:
    """One extractor statement in evaluation terms: kind, content span, speaker span and heads."""

    kind: str
    span: Span
    speaker_span: Span | None
    speaker_heads: frozenset[str]


@dataclass(frozen=True)
class GoldRow:
    """One gold attribution in body offsets."""

    kind: str  # direct / partial (quotations), speech / other (no quotation mark)
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    source_head: str


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


_QUOTE_MARK = re.compile("[\"\u201c\u201d\u201e\u00ab\u00bb]|''")


def gold_rows(article: GoldArticle, offsets: Sequence[int]) -> list[GoldRow]:
    """The article's attributions, classified and carried into body offsets."""
    forms = speech_forms()
    out = []
    text = article.text
    for a in article.attributions:
        content = [list(span) for span in a.content]
        for span in content:  # a span cut inside the NYT's '' mark takes the whole mark
            if text[span[0] : span[0] + 1] == "'" and text[span[0] - 1 : span[0]] == "'":
                span[0] -= 1
            if text[span[1] - 1 : span[1]] == "'" and text[span[1] : span[1] + 1] == "'":
                span[1] += 1
        a = Attribution(a.source, a.cue, tuple((s, e) for s, e in content))
        content_text = " ".join(text[s:e] for s, e in a.content)
        if _QUOTE_MARK.search(content_text):
            trimmed = content_text.strip(" \n.,;:")
            kind = "direct" if _QUOTE_MARK.match(trimmed) and re.search(f"(?:{_QUOTE_MARK.pattern})$", trimmed) else "partial"
        else:
            cue = " ".join(article.text[s:e] for s, e in a.cue).lower()
            words = re.findall(r"[a-z]+", cue)
            phrases = set(words) | {f"{x} {y}" for x, y in zip(words, words[1:])}
            kind = "speech" if len(words) <= 4 and phrases & forms else "other"
        content = map_spans(a.content, offsets)
        if not content:
            continue
        source_text = " ".join(article.text[s:e] for s, e in a.source)
        out.append(GoldRow(kind, content, map_spans(a.source, offsets), head(source_text)))
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
