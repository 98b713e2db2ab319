"""The scoring pipeline: one pure function per article, applied to chunks of the manifest.

:func:`process_article` turns one manifest row into tidy table rows; it reads only that
article's file and the instruments, so chunks of the manifest can run in a process pool
(:func:`score_corpus` with ``jobs``) or on a distributed engine, with identical results.

A *scorer* is a function ``Document -> {table name: [row dicts]}`` registered in
:data:`SCORERS` with the columns of each table it writes. Rows of the tables in
:data:`MERGE_KEYS` (``articles``, ``sentences``) from different scorers are merged on their key,
so a scorer can add columns to them; rows of every other table are appended.
"""
from __future__ import annotations

from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Callable, Iterable, Iterator, Mapping, Sequence

import pandas as pd

from .corpus import english_share, orphan_files, read_article
from .document import Document, build_document
from .errors import ArticleError

Rows = list[dict[str, object]]
Tables = dict[str, Rows]

#: Tables whose rows several scorers extend with columns, and the key that identifies a row.
MERGE_KEYS: dict[str, tuple[str, ...]] = {"articles": ("article_id",), "sentences": ("article_id", "sentence")}

#: Manifest columns carried into ``articles.csv``, then the pipeline's own status columns.
ARTICLE_META = ("article_id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "url", "path")
ARTICLE_STATUS = ("status", "skip_reason", "encoding")

MIN_WORDS_FOR_LANGUAGE_CHECK = 20
MIN_ENGLISH_SHARE = 0.15


@dataclass(frozen=True)
class Scorer:
    """A named scorer and the columns of each table it writes (in output order)."""

    name: str
    func: Callable[[Document], Tables]
    columns: Mapping[str, tuple[str, ...]]


def base_tables(doc: Document) -> Tables:
    """Counts, paragraphs, sentences, related links and the cleaning log of one document.

    Examples
    --------
    >>> d = build_document({"id": "x", "outlet": "Wire"}, 'Troops left.\\n\\nALSO READ | Other\\n\\n"We go," he said.')
    >>> t = base_tables(d)
    >>> t["articles"][0]["n_sentences"], [r["headline"] for r in t["related"]], t["sentences"][1]["quoted_share"]
    (2, ['Other'], 0.47058823529411764)
    """
    aid = doc.article_id
    sentences = [
        {
            "article_id": aid,
            "sentence": s.number,
            "paragraph": s.paragraph,
            "start": s.start,
            "end": s.end,
            "n_words": s.n_words,
            "quoted_share": s.quoted_chars / max(1, len(s.text)),
            "text": s.text,
        }
        for s in doc.sentences
    ]
    paragraphs = [
        {
            "article_id": aid,
            "paragraph": number,
            "start": start,
            "end": end,
            "n_sentences": sum(s.paragraph == number for s in doc.sentences),
            "text": doc.body[start:end],
        }
        for number, (start, end) in enumerate(doc.paragraphs, start=1)
    ]
    related = [
        {"article_id": aid, "position": i, "after_paragraph": r.paragraph_after, "label": r.label, "headline": r.headline}
        for i, r in enumerate(doc.related, start=1)
    ]
    cleaning = [{"article_id": aid, "rule": rule, "count": count} for rule, count in doc.cleaning_log.items()]
    article = {
        "article_id": aid,
        "dateline": doc.dateline or "",
        "n_paragraphs": len(doc.paragraphs),
        "n_sentences": len(doc.sentences),
        "n_words": doc.n_words,
        "n_related": len(doc.related),
    }
    return {"articles": [article], "sentences": sentences, "paragraphs": paragraphs, "related": related, "cleaning": cleaning}


BASE = Scorer(
    "base",
    base_tables,
    {
        "articles": ("article_id", "dateline", "n_paragraphs", "n_sentences", "n_words", "n_related"),
        "sentences": ("article_id", "sentence", "paragraph", "start", "end", "n_words", "quoted_share", "text"),
        "paragraphs": ("article_id", "paragraph", "start", "end", "n_sentences", "text"),
        "related": ("article_id", "position", "after_paragraph", "label", "headline"),
        "cleaning": ("article_id", "rule", "count"),
    },
)

PROBLEM_COLUMNS = ("article_id", "file", "line", "level", "code", "message")


def registered_scorers() -> tuple[Scorer, ...]:
    """Every scorer, in the order they run. Later issues' modules register here."""
    from .framing import FRAMING  # imported here: framing imports Scorer from this module

    return (BASE, FRAMING)


def schemas() -> dict[str, tuple[str, ...]]:
    """Column order of every output table (``articles`` gets manifest and status columns first)."""
    out: dict[str, list[str]] = {"articles": [*ARTICLE_META, *ARTICLE_STATUS], "problems": list(PROBLEM_COLUMNS)}
    for scorer in registered_scorers():
        for table, columns in scorer.columns.items():
            known = out.setdefault(table, [])
            known.extend(column for column in columns if column not in known)
    return {table: tuple(columns) for table, columns in out.items()}


def score_document(doc: Document) -> Tables:
    """Run every registered scorer on one document and merge their rows."""
    tables: Tables = {}
    for scorer in registered_scorers():
        for table, rows in scorer.func(doc).items():
            _merge(tables, table, rows)
    return tables


def _merge(tables: Tables, table: str, rows: Rows) -> None:
    existing = tables.setdefault(table, [])
    key = MERGE_KEYS.get(table)
    if not key or not existing:
        existing.extend(rows)
        return
    index = {tuple(row[k] for k in key): row for row in existing}
    for row in rows:
        target = index.get(tuple(row[k] for k in key))
        if target is None:
            existing.append(row)
        else:
            target.update(row)


def process_article(meta: Mapping[str, str]) -> Tables:
    """Read, check, clean and score one manifest row. Never raises for a bad article file:
    the article is flagged ``skipped`` with its reason, and the problem is a row of ``problems``.
    """
    row = {column: meta.get(column, "") for column in ("id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "url", "path")}
    article = {("article_id" if k == "id" else k): v for k, v in row.items()}
    problems: Rows = []

    def problem(level: str, code: str, message: str) -> None:
        problems.append({"article_id": row["id"], "file": meta.get("file", ""), "line": meta.get("line", ""), "level": level, "code": code, "message": message})

    def skipped(code: str, message: str) -> Tables:
        problem("error", code, message)
        return {"articles": [article | {"status": "skipped", "skip_reason": f"{code}: {message}"}], "problems": problems}

    try:
        text = read_article(dict(meta))
    except ArticleError as exc:
        return skipped("unreadable", exc.message)
    article["encoding"] = text.encoding
    if text.headline and not row["headline"]:
        article["headline"], article["headline_source"] = text.headline, "html_title"
    for level, code, message in text.problems:
        problem(level, code, message)
    if row["language"].split("-")[0] != "en":
        return skipped("not_english", f"manifest language is {row['language']!r}; the English lexicons do not apply")
    doc = build_document(dict(meta), text.text)
    if not doc.sentences:
        return skipped("no_text", "nothing left after cleaning (only promo lines or a dateline?)")
    if doc.n_words >= MIN_WORDS_FOR_LANGUAGE_CHECK and english_share(doc.body) < MIN_ENGLISH_SHARE:
        return skipped("not_english", f"only {english_share(doc.body):.0%} of words are English function words; is the article English?")
    if not any(s.text.rstrip().endswith((".", "!", "?", '."', '?"', '!"', ".'")) for s in doc.sentences):
        problem("warning", "no_sentence_end", "no sentence-ending punctuation: each paragraph is one sentence")
    tables = score_document(doc)
    tables["articles"][0] = article | {"status": "scored", "skip_reason": ""} | tables["articles"][0]
    tables["problems"] = problems
    return tables


def process_chunk(rows: Sequence[Mapping[str, str]]) -> Tables:
    """:func:`process_article` over a chunk of manifest rows, tables concatenated in row order."""
    out: Tables = {}
    for meta in rows:
        for table, table_rows in process_article(meta).items():
            out.setdefault(table, []).extend(table_rows)
    return out


def chunked(records: Sequence[Mapping[str, str]], size: int) -> Iterator[list[Mapping[str, str]]]:
    """Consecutive chunks of at most ``size`` records.

    Examples
    --------
    >>> [len(c) for c in chunked(list(range(5)), 2)]
    [2, 2, 1]
    """
    for start in range(0, len(records), max(1, size)):
        yield list(records[start : start + max(1, size)])


def score_corpus(
    manifest: pd.DataFrame, *, jobs: int = 1, chunk_size: int = 32, progress: bool = False
) -> dict[str, pd.DataFrame]:
    """Score every article of a validated manifest; tables in manifest order.

    ``jobs`` > 1 runs chunks in a process pool; the output is identical to ``jobs=1``.
    """
    records = manifest.to_dict("records")
    chunks = list(chunked(records, chunk_size))
    results: Iterable[Tables]
    bar = _progress(len(records), progress)
    if jobs > 1 and len(chunks) > 1:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            results = _advance(pool.map(process_chunk, chunks), bar)
            merged = _concat(results)
    else:
        merged = _concat(_advance(map(process_chunk, chunks), bar))
    if bar is not None:
        bar.close()
    for path in orphan_files(manifest):
        merged.setdefault("problems", []).append(
            {"article_id": "", "file": str(path), "line": "", "level": "warning", "code": "no_manifest_row", "message": "file in the corpus folder has no manifest row: not scored"}
        )
    return to_frames(merged)


def _advance(results: Iterable[Tables], bar: object) -> Iterator[Tables]:
    for tables in results:
        if bar is not None:
            bar.update(len(tables.get("articles", [])))  # type: ignore[attr-defined]
        yield tables


def _progress(total: int, enabled: bool) -> object:
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="scoring")


def _concat(results: Iterable[Tables]) -> Tables:
    merged: Tables = {}
    for tables in results:
        for table, rows in tables.items():
            merged.setdefault(table, []).extend(rows)
    return merged


def to_frames(tables: Tables) -> dict[str, pd.DataFrame]:
    """DataFrames with each table's declared column order (empty tables keep their header)."""
    frames = {}
    for table, columns in schemas().items():
        rows = tables.get(table, [])
        extra = [c for row in rows for c in row if c not in columns]
        ordered = list(columns) + list(dict.fromkeys(extra))
        frames[table] = pd.DataFrame(rows, columns=ordered)
    return frames
