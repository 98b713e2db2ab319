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

from collections import Counter
from contextlib import closing
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import Callable, Iterable, Iterator, Mapping, Sequence, TypeVar

import pandas as pd

from .checks import cleaning_problems
from .clean import remove_control_chars, units_of
from .corpus import function_word_share, load_manifest, latin_share, lettered_words, orphan_files, read_article
from .document import MAX_SENTENCE_CHARS, Document, build_document, cap_sentences
from .errors import ArticleError
from .io import TableStream, rows_to_csv
from .outlet_templates import MIN_STORIES, article_keys, templates_from_keys, with_templates
from .outputs import check_not_input
from .pages import METADATA_COLUMNS, fill_row, metadata_for_file, metadata_rows
from .claims import CLAIMS
from .framing import FRAMING
from .readability import READABILITY
from .scoring import Rows, Scorer, Tables
from .sentiment import SENTIMENT
from .sources import VOICES
from .workers import parallel_map as _parallel_map

T = TypeVar("T")
R = TypeVar("R")

#: Tables whose rows several scorers extend with columns, and the key that identifies a row.
MERGE_KEYS: dict[str, tuple[str, ...]] = {"articles": ("article_id",), "sentences": ("article_id", "sentence")}

#: Manifest columns carried into ``articles.csv``, then the pipeline's own status columns.
ARTICLE_META = ("article_id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "url", "path")
ARTICLE_STATUS = ("status", "skip_reason", "encoding")

MIN_WORDS_FOR_LANGUAGE_CHECK = 20
MIN_ENGLISH_SHARE = 0.15
MIN_LATIN_SHARE = 0.5  # below 20 words: the share of letters in Latin script


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
    per_paragraph = Counter(s.paragraph for s in doc.sentences)  # not a scan per paragraph: 5 MB articles
    paragraphs = [
        {
            "article_id": aid,
            "paragraph": number,
            "start": start,
            "end": end,
            "n_sentences": per_paragraph.get(number, 0),
            "text": doc.body[start:end],
        }
        for number, (start, end) in enumerate(doc.paragraphs, start=1)
    ]
    related = [
        {"article_id": aid, "position": i, "after_paragraph": r.paragraph_after, "label": r.label, "headline": r.headline}
        for i, r in enumerate(doc.related, start=1)
    ]
    removed = [
        {"article_id": aid, "position": i, "after_paragraph": r.paragraph_after, "kind": r.kind, "reason": r.reason, "text": r.text}
        for i, r in enumerate(doc.removed, start=1)
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
    return {"articles": [article], "sentences": sentences, "paragraphs": paragraphs, "related": related, "removed": removed, "cleaning": cleaning}


BASE = Scorer(
    "base",
    base_tables,
    {
        "articles": ("article_id", "dateline", "n_paragraphs", "n_sentences", "n_words", "n_related"),
        "sentences": ("article_id", "sentence", "paragraph", "start", "end", "n_words", "quoted_share", "text"),
        "paragraphs": ("article_id", "paragraph", "start", "end", "n_sentences", "text"),
        "related": ("article_id", "position", "after_paragraph", "label", "headline"),
        "removed": ("article_id", "position", "after_paragraph", "kind", "reason", "text"),
        "cleaning": ("article_id", "rule", "count"),
    },
)

PROBLEM_COLUMNS = ("article_id", "file", "line", "level", "code", "message")


def registered_scorers() -> tuple[Scorer, ...]:
    """Every scorer, in the order they run. Later issues' modules register here."""
    return (BASE, FRAMING, SENTIMENT, READABILITY, VOICES, CLAIMS)


def schemas() -> dict[str, tuple[str, ...]]:
    """Column order of every output table (``articles`` gets manifest and status columns first)."""
    out: dict[str, list[str]] = {"articles": [*ARTICLE_META, *ARTICLE_STATUS], "problems": list(PROBLEM_COLUMNS), "metadata": list(METADATA_COLUMNS)}
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
    key_of = itemgetter(*key)  # a row's key: its value for a one-column key, else the tuple (the same on both sides)
    index = {key_of(row): row for row in existing}
    for row in rows:
        target = index.get(key_of(row))
        if target is None:
            existing.append(row)
        else:
            target.update(row)


ALL_QUOTED_SHARE = 0.95


def process_article(meta: Mapping[str, str]) -> Tables:
    """Read, check, clean and score one manifest row. Never raises for anything about one article.

    A bad article file is flagged ``skipped`` with its reason and the problem is a row of
    ``problems``. An exception in any stage (reading, cleaning, a scorer: a bug the article's text
    triggers) skips the article too, with reason ``scorer_error`` and a ``problems`` row naming the
    stage, the exception type and its message, so one article can never stop a run.

    Examples
    --------
    >>> tables = process_article({"id": "gone", "outlet": "W", "language": "en", "file": "/nonexistent/x.txt", "line": "7"})
    >>> tables["articles"][0]["status"], tables["problems"][0]["code"], tables["problems"][0]["line"]
    ('skipped', 'unreadable', '7')
    """
    row = {column: meta.get(column, "") for column in ("id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "url", "path")}
    article = {("article_id" if k == "id" else k): v for k, v in row.items()}
    problems: Rows = []
    stage = ["read"]  # the stage running, named in a scorer_error

    def problem(level: str, code: str, message: str) -> None:
        problems.append({"article_id": row["id"], "file": meta.get("file", ""), "line": meta.get("line", ""), "level": level, "code": code, "message": message})

    def skipped(code: str, message: str) -> Tables:
        problem("error", code, message)
        return {"articles": [article | {"status": "skipped", "skip_reason": f"{code}: {message}"}], "problems": problems}

    try:
        return _process_article(meta, row, article, problems, problem, skipped, stage)
    except Exception as exc:  # no article's content, however odd, may stop the run (the GUIDE's principle 7)
        return skipped(SCORER_ERROR, f"{stage[0]}: {type(exc).__name__}: {_one_line(str(exc))}")


#: Skip reason of an article on which a stage raised: a workbook bug, the run's exit code says so.
SCORER_ERROR = "scorer_error"


def _one_line(message: str, limit: int = 300) -> str:
    """An exception message on one line, at most ``limit`` characters (a cell and a stderr line).

    Examples
    --------
    >>> _one_line("bad\\n  text\\x00 here")
    'bad text here'
    """
    text = " ".join(remove_control_chars(message)[0].split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def _process_article(
    meta: Mapping[str, str],
    row: dict[str, str],
    article: dict[str, object],
    problems: Rows,
    problem: Callable[[str, str, str], None],
    skipped: Callable[[str, str], Tables],
    stage: list[str],
) -> Tables:
    try:
        text = read_article(dict(meta))
    except ArticleError as exc:
        return skipped("unreadable", exc.message)
    article["encoding"] = text.encoding
    # Empty manifest cells filled from a saved page: its title, then its metadata (analysis.pages).
    filled_row, filled = fill_row(article, {"headline": text.headline}, "html_title")
    filled_row, from_page = fill_row(filled_row, metadata_for_file(meta.get("file", "")), "html_meta")
    article.update(filled_row)  # in place: a skipped article's row shows them too
    filled += from_page
    for level, code, message in text.problems:
        problem(level, code, message)
    if not article["published"] and "published" in meta:
        problem("warning", "no_date", "no published date in the manifest: the article is scored, but has no date")
    if row["language"].split("-")[0] != "en":
        return skipped("not_english", f"manifest language is {row['language']!r}; the English lexicons do not apply")
    stage[0] = "clean"
    template = frozenset(meta.get("outlet_template", ()))  # type: ignore[arg-type]  (analysis.outlet_templates)
    doc = build_document({k: v for k, v in meta.items() if k != "outlet_template"}, text.text, template)
    filled_row, from_text = fill_row(article, {"headline": doc.headline or ""}, "text")
    article.update(filled_row)
    filled += from_text
    if not doc.sentences:
        return skipped("no_text", "nothing left after cleaning (only promo lines, page furniture or a dateline? see removed.csv)")
    if not doc.n_words:
        return skipped("no_text", "no words (only punctuation, quotation marks or symbols)")
    stage[0] = "checks"
    lettered = lettered_words(doc.body)  # read once: the count gates the check, the words are its evidence
    if len(lettered) >= MIN_WORDS_FOR_LANGUAGE_CHECK:  # figures are no evidence of a language
        share = function_word_share(lettered)  # english_share(doc.body), without splitting the body again
        if share < MIN_ENGLISH_SHARE:
            return skipped("not_english", f"only {share:.0%} of words (figures aside) are English function words; is the article English?")
    else:  # too few words to count function words: the script still tells Russian from English
        latin = latin_share(doc.body)
        if latin < MIN_LATIN_SHARE:
            return skipped("not_english", f"only {latin:.0%} of letters are Latin script in a {doc.n_words}-word article; is the article English?")
    if not any(s.text.rstrip().endswith((".", "!", "?", '."', '?"', '!"', ".'")) for s in doc.sentences):
        problem("warning", "no_sentence_end", "no sentence-ending punctuation: each paragraph is one sentence")
    doc, n_split = cap_sentences(doc, max_chars=MAX_SENTENCE_CHARS)
    if n_split:
        problem("warning", "long_sentence", f"{n_split} sentence(s) longer than {MAX_SENTENCE_CHARS:,} characters split at word boundaries (missing punctuation?)")
    if sum(s.quoted_chars for s in doc.sentences) >= ALL_QUOTED_SHARE * sum(s.end - s.start for s in doc.sentences):
        problem("warning", "all_quoted", "the whole article is inside quotation marks: no words in the outlet's own voice (a transcript, or a mark never closed?)")
    for level, code, message in cleaning_problems(doc):
        problem(level, code, message)
    tables: Tables = {}
    for scorer in registered_scorers():
        stage[0] = scorer.name
        for table, rows in scorer.func(doc).items():
            _merge(tables, table, rows)
    stage[0] = "merge"
    tables["articles"][0] = article | {"status": "scored", "skip_reason": ""} | tables["articles"][0]
    tables["problems"] = problems
    tables["metadata"] = metadata_rows(row["id"], filled)
    return tables


def process_chunk(rows: Sequence[Mapping[str, str]]) -> Tables:
    """:func:`process_article` over a chunk of manifest rows, tables concatenated in row order."""
    out: Tables = {}
    for meta in rows:
        for table, table_rows in process_article(meta).items():
            out.setdefault(table, []).extend(table_rows)
    return out


def chunked(records: Iterable[Mapping[str, str]], size: int) -> Iterator[list[Mapping[str, str]]]:
    """Consecutive chunks of at most ``size`` records (any iterable: a manifest is never copied whole).

    Examples
    --------
    >>> [len(c) for c in chunked(list(range(5)), 2)]
    [2, 2, 1]
    """
    chunk: list[Mapping[str, str]] = []
    for record in records:
        chunk.append(record)
        if len(chunk) >= max(1, size):
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def manifest_records(manifest: pd.DataFrame) -> Iterator[dict[str, str]]:
    """The manifest's rows as plain dicts, one at a time (what a worker needs: no DataFrame)."""
    columns = list(manifest.columns)
    for values in manifest.itertuples(index=False, name=None):
        yield dict(zip(columns, values))


def chunk_keys(rows: Sequence[Mapping[str, str]]) -> list[tuple[str, frozenset[str], tuple[str, ...]]]:
    """(outlet, *:func:`analysis.outlet_templates.article_keys`) of each readable article of a chunk
    (one that cannot be read or split is left out: the scoring pass reports it)."""
    out = []
    for meta in rows:
        try:
            out.append((str(meta.get("outlet", "")), *article_keys(units_of(read_article(dict(meta)).text))))
        except Exception:  # noqa: BLE001  (reported, with its reason, when the article is scored)
            continue
    return out


def corpus_templates(
    manifest: pd.DataFrame, *, jobs: int = 1, chunk_size: int = 64, run: Callable[..., Iterable[list]] | None = None
) -> dict[str, frozenset[str]]:
    """Each outlet's template (:mod:`analysis.outlet_templates`), read from every article of an outlet
    with two or more in the manifest (an outlet's one article has none), on ``jobs`` processes (or
    ``run(func, chunks)``, a Dask map: :mod:`analysis.engine`).

    Examples
    --------
    >>> corpus_templates(load_manifest())  # the seeds: one article per outlet
    {}
    """
    if "outlet" not in manifest.columns or manifest.empty:
        return {}
    outlets = manifest["outlet"].astype(str)
    several = manifest[outlets.map(outlets.value_counts()) >= MIN_STORIES]
    chunks = chunked(manifest_records(several), chunk_size)
    results = run(chunk_keys, chunks) if run is not None else _parallel_map(chunk_keys, chunks, jobs=jobs)
    return templates_from_keys(item for chunk in results for item in chunk)


def template_records(
    manifest: pd.DataFrame, *, templates: bool = True, jobs: int = 1, run: Callable[..., Iterable[list]] | None = None
) -> Iterator[dict[str, object]]:
    """The manifest's records, each with its outlet's template when ``templates`` (the default)."""
    records = manifest_records(manifest)
    if not templates:
        return records  # type: ignore[return-value]
    return iter(with_templates(records, corpus_templates(manifest, jobs=jobs, run=run)))


def orphan_problems(manifest: pd.DataFrame) -> Rows:
    """A ``no_manifest_row`` warning for each article file in the corpus folders that no row lists."""
    return [
        {"article_id": "", "file": str(path), "line": "", "level": "warning", "code": "no_manifest_row", "message": "file in the corpus folder has no manifest row: not scored"}
        for path in orphan_files(manifest)
    ]


def parallel_map(func: Callable[[T], R], items: Iterable[T], *, jobs: int, prefetch: int = 2) -> Iterator[R]:
    """:func:`analysis.workers.parallel_map` with workers warmed up by :func:`warm_up`; a chunk
    whose worker dies twice (out of memory, a crash) comes back with its articles skipped
    (``scorer_error``) instead of ending the run (see :data:`LOST_CHUNK`)."""
    lost = LOST_CHUNK.get(func)  # type: ignore[call-overload]
    return _parallel_map(func, items, jobs=jobs, prefetch=prefetch, warm=warm_up, on_lost=lost)


def lost_tables(rows: Sequence[Mapping[str, str]], exc: BaseException) -> Tables:
    """What stands in for a chunk whose worker process died on it twice: each article skipped.

    Examples
    --------
    >>> t = lost_tables([{"id": "a", "outlet": "W", "file": "/c/a.txt", "line": "2"}], RuntimeError("gone"))
    >>> t["articles"][0]["skip_reason"]
    'scorer_error: worker: the process scoring this article died (out of memory, or a crash in a library?): gone'
    """
    message = f"worker: the process scoring this article died (out of memory, or a crash in a library?): {_one_line(str(exc))}"
    out: Tables = {"articles": [], "problems": []}
    for meta in rows:
        article = {("article_id" if k == "id" else k): meta.get(k, "") for k in ("id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "url", "path")}
        out["articles"].append(article | {"status": "skipped", "skip_reason": f"{SCORER_ERROR}: {message}"})
        out["problems"].append({"article_id": meta.get("id", ""), "file": meta.get("file", ""), "line": meta.get("line", ""), "level": "error", "code": SCORER_ERROR, "message": message})
    return out


def warm_up() -> None:
    """Load every instrument, model and cache once (a pool worker's initializer)."""
    score_document(build_document({"id": "warm-up", "outlet": "warm-up"}, 'MOSCOW: Troops left on Tuesday. "We go," he said.'))


def score_corpus(
    manifest: pd.DataFrame, *, jobs: int = 1, chunk_size: int = 32, progress: bool = False, templates: bool = True
) -> dict[str, pd.DataFrame]:
    """Score every article of a validated manifest into DataFrames (for notebooks); manifest order.

    ``jobs`` > 1 runs chunks in a process pool; the output is identical to ``jobs=1``. Every
    table is held in memory: for a large corpus use :func:`stream_corpus` (what the CLI runs).
    ``templates``: first read each outlet's template from its articles (:func:`corpus_templates`).
    """
    bar = _progress(len(manifest), progress)
    chunks = chunked(template_records(manifest, templates=templates, jobs=jobs), chunk_size)
    merged = _concat(_advance(parallel_map(process_chunk, chunks, jobs=jobs), bar))
    if bar is not None:
        bar.close()
    merged.setdefault("problems", []).extend(orphan_problems(manifest))
    return to_frames(merged)


@dataclass(frozen=True)
class ChunkCSV:
    """One chunk's tables already rendered as CSV lines (compact to send between processes)."""

    csv: dict[str, str]
    n_articles: int
    n_skipped: int
    problems: Rows


def render_chunk(rows: Sequence[Mapping[str, str]]) -> ChunkCSV:
    """:func:`process_chunk`, then each table rendered to CSV lines (no header) in its schema.

    Cells are formatted one by one (:func:`analysis.io.format_cell`), so the text does not depend
    on which chunk a row fell in: streamed tables are byte-identical for any chunk size or ``jobs``.
    """
    tables = process_chunk(rows)
    csv_text = {table: rows_to_csv(tables.get(table, []), columns, header=False, table=table) for table, columns in schemas().items()}
    unknown = sorted(set(tables) - set(csv_text))
    if unknown:
        raise ValueError(f"scorer wrote undeclared table(s) {unknown}: declare them in its Scorer.columns")
    articles = tables.get("articles", [])
    return ChunkCSV(csv_text, len(articles), sum(a.get("status") == "skipped" for a in articles), tables.get("problems", []))


def lost_chunk(rows: Sequence[Mapping[str, str]], exc: BaseException) -> ChunkCSV:
    """:func:`lost_tables` rendered as :func:`render_chunk` renders a chunk."""
    tables = lost_tables(rows, exc)
    csv_text = {table: rows_to_csv(tables.get(table, []), columns, header=False, table=table) for table, columns in schemas().items()}
    return ChunkCSV(csv_text, len(rows), len(rows), tables["problems"])


#: For each chunk function, what stands in for a chunk whose worker died (see :func:`parallel_map`).
LOST_CHUNK: dict[Callable[..., object], Callable[..., object]] = {process_chunk: lost_tables, render_chunk: lost_chunk}


@dataclass(frozen=True)
class StreamSummary:
    """What :func:`stream_corpus` did: counts, every problem met, and the tables written."""

    n_articles: int
    n_skipped: int
    problems: Rows
    written: tuple[Path, ...]
    removed: tuple[Path, ...] = ()  # leftovers of killed earlier runs into the same folder


def stream_corpus(
    manifest: pd.DataFrame | Iterable[Mapping[str, str]],
    out_dir: str | Path,
    *,
    jobs: int = 1,
    chunk_size: int = 64,
    progress: bool = False,
    total: int | None = None,
    templates: bool = True,
) -> StreamSummary:
    """Score a corpus chunk by chunk straight into ``<out_dir>/<table>.csv``; memory stays flat.

    Each chunk's rows are appended to temporary files in ``out_dir`` and dropped; at the end
    every table is renamed into place atomically (an interrupted run leaves the old tables).
    ``manifest`` is a validated manifest or any iterable of its rows (a generator scales to
    corpora whose manifest would not fit in memory). Same bytes for any ``jobs`` or chunk size.
    A manifest DataFrame is read once first for its outlets' templates (:func:`corpus_templates`;
    ``templates=False`` skips it); an iterable of rows is scored without them.
    """
    if isinstance(manifest, pd.DataFrame):
        if "manifest" in manifest.attrs:  # never write over the corpus (the manifest is articles.csv too)
            check_not_input(out_dir, manifest.attrs["manifest"], manifest["file"])
        records: Iterable[Mapping[str, object]] = template_records(manifest, templates=templates, jobs=jobs)
        total = len(manifest) if total is None else total
    else:
        records = manifest
    columns = schemas()
    bar = _progress(total, progress)
    n_articles = n_skipped = 0
    problems: Rows = []
    with TableStream(out_dir, {table: list(cols) for table, cols in columns.items()}) as stream, closing(
        parallel_map(render_chunk, chunked(records, chunk_size), jobs=jobs)
    ) as chunks:
        for chunk in chunks:
            stream.append(chunk.csv)
            n_articles += chunk.n_articles
            n_skipped += chunk.n_skipped
            problems.extend(chunk.problems)
            if bar is not None:
                bar.update(chunk.n_articles)  # type: ignore[attr-defined]
        if isinstance(manifest, pd.DataFrame):
            orphans = orphan_problems(manifest)
            stream.append({"problems": rows_to_csv(orphans, columns["problems"], header=False)})
            problems.extend(orphans)
        written = stream.commit()
    if bar is not None:
        bar.close()  # type: ignore[attr-defined]
    return StreamSummary(n_articles, n_skipped, problems, tuple(written), tuple(stream.removed))


def _advance(results: Iterable[Tables], bar: object) -> Iterator[Tables]:
    for tables in results:
        if bar is not None:
            bar.update(len(tables.get("articles", [])))  # type: ignore[attr-defined]
        yield tables


def _progress(total: int | None, enabled: bool) -> object:
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, unit="article", desc="scoring", smoothing=0.1)


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
