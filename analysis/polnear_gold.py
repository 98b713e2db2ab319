"""PolNeAR's hand annotation read into gold rows in the cleaned body's offsets.

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution of 1,008 US news
articles in brat standoff: ``attributions/<name>_<annotator>.ann`` holds ``T`` lines (a Source,
Cue or Content span as character offsets into ``text/<name>.txt``, discontinuous spans joined by
``;``) and ``E`` lines tying one attribution's Source, Cue and Content. One annotation file is
read per article: the first by annotator id. Gold offsets are carried into the cleaned body by
aligning the raw text with it (:func:`body_offsets`); the kinds (direct, partial, speech, other)
are defined in :mod:`analysis.eval_quotes`, which scores the extractor against these rows.

Examples
--------
>>> ann = "T1\\tSource 0 5\\tPeter\\nT2\\tCue 6 10\\tsaid\\nT3\\tContent 11 20;22 25\\tx\\nE1\\tAttribution:T9 Content:T3 Cue:T2 Source:T1"
>>> [(a.source, a.cue, a.content) for a in read_ann(ann)]
[(((0, 5),), ((6, 10),), ((11, 20), (22, 25)))]
>>> read_ann("")
[]
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence


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
class GoldRow:
    """One gold attribution in body offsets."""

    kind: str  # direct / partial (quotations), speech / other (no quotation mark)
    content: tuple[Span, ...]
    source: tuple[Span, ...]
    source_head: str
    cue: str = ""  # the gold Cue as written (for error analysis)


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
        cue_text = " ".join(" ".join(article.text[s:e] for s, e in a.cue).split())
        out.append(GoldRow(kind, content, map_spans(a.source, offsets), head(source_text), cue_text))
    return out
