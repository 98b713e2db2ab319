"""Every table also as Parquet: typed columns for the notebooks and for scale, beside the CSV.

The CSV tables stay what spreadsheet users open. After they are written,
:func:`write_parquet_tables` converts each ``<table>.csv`` into ``<table>.parquet`` with the
column types declared here (:data:`COLUMN_TYPES`: text, integer, float, boolean; missing
values are nulls), streaming in record batches so memory stays flat however large the table.
Text cells get back the exact value the pipeline produced: the ``'`` that
:func:`analysis.io.neutralise_formula` put before a cell starting ``= + - @``, tab or CR is
removed (the Parquet file is data, not a spreadsheet).

Each Parquet file records the size and modification time of the CSV it was made from;
:func:`fresh_parquet` says whether a Parquet file is still the twin of the CSV beside it, so a
CSV edited later (in a spreadsheet) or written by a run that did not convert is never shadowed
by a stale Parquet file. :func:`analysis.workbook.read_tables` reads Parquet when it is fresh.

Types are declared, not guessed: a column missing from :data:`COLUMN_TYPES` (a scorer added it
and did not declare it) is stored as text and listed in the file's metadata
(``workbook.undeclared``), and the loader then types it as the CSV loader does;
``tests/test_parquet.py`` fails until every column is declared.

Examples
--------
>>> import tempfile, pathlib
>>> d = pathlib.Path(tempfile.mkdtemp())
>>> _ = (d / "t.csv").write_text("article_id,n_words,share,first_voice,text\\na,3,0.5,True,'=1+1\\nb,,,,\\n")
>>> [p.name for p in write_parquet_tables(d, {"t": ["article_id", "n_words", "share", "first_voice", "text"]})]
['t.parquet']
>>> import pyarrow.parquet as pq
>>> table = pq.read_table(d / "t.parquet")
>>> [str(f.type) for f in table.schema], table.column("text").to_pylist(), table.column("n_words").to_pylist()
(['string', 'int64', 'double', 'bool', 'string'], ['=1+1', ''], [3, None])
>>> fresh_parquet(d / "t.csv")
True
"""
from __future__ import annotations

import json
import os
import tempfile
import zlib
from pathlib import Path
from typing import Mapping, Sequence

TEXT, INT, FLOAT, BOOL = "text", "int", "float", "bool"

_INTS = (
    "after_paragraph assertive_verbs attribution_verbs count distancing_verbs end first_sentence mentions "
    "n_indicators n_lead_event_frames n_lead_generic_frames n_matches n_paragraphs n_quoted_sentences n_quotes n_related "
    "n_reporter_sentences n_sentences n_unknown_speakers n_words neutral_verbs paragraph position quoted_sentences "
    "quoted_words quotes reporter_matches reporter_sentences reporter_words sentence sentences start syllables words"
)
_FLOATS = (
    "applied_valence boosters_per_1000_words coleman_liau_index compound compound_adjusted compound_adjusted_mean "
    "compound_mean dale_chall_readability_score first_position flesch_high flesch_kincaid_grade flesch_low "
    "flesch_reading_ease frame_score gunning_fog hedges_per_1000_words lexicon_valence neg negative_sentence_share negative_share "
    "neu neutral_sentence_share neutral_share per_1000_words pos positive_sentence_share positive_share "
    "quoted_compound quoted_compound_adjusted quoted_compound_adjusted_mean quoted_compound_high quoted_compound_low "
    "quoted_compound_mean quoted_share quoted_word_share rate_high rate_low reporter_compound "
    "reporter_compound_adjusted reporter_compound_adjusted_mean reporter_compound_high reporter_compound_low "
    "reporter_compound_mean reporter_per_1000_words share share_high share_low smog_index value"
)
_BOOLS = "first_voice"
_TEXTS = (
    "actor article_id bloc category code counts cue_role cue_verb dateline dominant_event_frame encoding family field file "
    "first_voice_bloc frame headline headline_source indicator item kind label language lead_event_frame "
    "lead_generic_frame level line matched message number_as_written outlet path published qualifier quote_id reason rule "
    "skip_reason source speaker speaker_canonical speaker_name status text url verb_group via voice wire_agency word"
)

#: The type of every column of the pipeline's tables, by column name (a name means the same in every table).
COLUMN_TYPES: dict[str, str] = {
    **{c: INT for c in _INTS.split()}, **{c: FLOAT for c in _FLOATS.split()},
    **{c: BOOL for c in _BOOLS.split()}, **{c: TEXT for c in _TEXTS.split()},
}

#: Where a name means something else in one table: (table, column) -> type.
TABLE_COLUMN_TYPES: dict[tuple[str, str], str] = {("metadata", "value"): TEXT}  # a page's title or date, not claims' number


def column_type(column: str, table: str = "") -> str | None:
    """The declared type of ``column`` in ``table`` (``None`` when undeclared).

    Examples
    --------
    >>> column_type("value", "claims"), column_type("value", "metadata"), column_type("new_thing")
    ('float', 'text', None)
    """
    return TABLE_COLUMN_TYPES.get((table, column), COLUMN_TYPES.get(column))


_META_KEY = b"workbook"
_BATCH_BYTES = 8 << 20


def arrow_type(column: str, table: str = ""):
    """The Arrow type a column is stored as (text for an undeclared column).

    Examples
    --------
    >>> str(arrow_type("start")), str(arrow_type("compound")), str(arrow_type("outlet")), str(arrow_type("new_thing"))
    ('int64', 'double', 'string', 'string')
    """
    import pyarrow as pa

    return {INT: pa.int64(), FLOAT: pa.float64(), BOOL: pa.bool_()}.get(column_type(column, table) or TEXT, pa.string())


_STAMP_KEYS = ("csv_size", "csv_crc32")


def _csv_stamp(csv_path: Path) -> dict[str, int]:
    """What a twin records of the CSV it was made from: its size and a CRC-32 of its bytes (not its
    modification time, so that the same tables give byte-identical Parquet files)."""
    crc = 0
    with open(csv_path, "rb") as handle:
        while block := handle.read(1 << 20):
            crc = zlib.crc32(block, crc)
    return {"csv_size": csv_path.stat().st_size, "csv_crc32": crc}


def parquet_meta(path: str | Path) -> dict[str, object]:
    """The workbook's metadata of a Parquet table (``{}`` when absent or unreadable)."""
    import pyarrow.parquet as pq

    try:
        meta = pq.read_schema(path).metadata or {}
        return json.loads(meta.get(_META_KEY, b"{}"))
    except (OSError, ValueError):
        return {}


def fresh_parquet(csv_path: str | Path) -> bool:
    """True when ``<table>.parquet`` beside ``csv_path`` was made from that CSV as it is now (or the CSV is gone)."""
    csv_path = Path(csv_path)
    parquet = csv_path.with_suffix(".parquet")
    if not parquet.is_file():
        return False
    if not csv_path.is_file():
        return True
    meta = parquet_meta(parquet)
    if meta.get("csv_size") != csv_path.stat().st_size:  # cheap first: most stale twins differ in size
        return False
    return {k: meta.get(k) for k in _STAMP_KEYS} == _csv_stamp(csv_path)


def csv_to_parquet(csv_path: str | Path, columns: Sequence[str], parquet_path: str | Path | None = None) -> Path:
    """Convert one CSV table (header row = ``columns``) to Parquet with the declared types; atomic.

    Raises ``ValueError`` naming the file if its header is not ``columns`` or a cell does not
    fit its column's type.
    """
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.csv as pcsv
    import pyarrow.parquet as pq

    csv_path = Path(csv_path)
    target = Path(parquet_path) if parquet_path else csv_path.with_suffix(".parquet")
    stamp = _csv_stamp(csv_path)
    with open(csv_path, encoding="utf-8", newline="") as handle:
        header = handle.readline().rstrip("\r\n").split(",") if columns else []
    if [h.strip('"') for h in header] != list(columns) and columns:
        raise ValueError(f"{csv_path}: header {header} is not the table's columns {list(columns)}")
    table = csv_path.stem
    undeclared = [c for c in columns if column_type(c, table) is None]
    schema = pa.schema([(c, arrow_type(c, table)) for c in columns]).with_metadata(
        {_META_KEY: json.dumps({**stamp, "undeclared": undeclared}).encode()})
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        with pq.ParquetWriter(tmp, schema, compression="zstd") as writer:
            if columns:
                reader = pcsv.open_csv(
                    csv_path,
                    read_options=pcsv.ReadOptions(block_size=_BATCH_BYTES),
                    parse_options=pcsv.ParseOptions(newlines_in_values=True),
                    convert_options=pcsv.ConvertOptions(column_types={c: pa.string() for c in columns},
                                                        strings_can_be_null=False, quoted_strings_can_be_null=False),
                )
                for batch in reader:
                    arrays = [_typed(batch.column(i), arrow_type(c, table), pc) for i, c in enumerate(columns)]
                    writer.write_batch(pa.record_batch(arrays, schema=schema))
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except pa.ArrowInvalid as exc:
        Path(tmp).unlink(missing_ok=True)
        raise ValueError(f"{csv_path}: {exc}") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def _typed(cells, kind, pc):
    """One column of CSV text as ``kind``: text un-neutralised, empty cells of other types null."""
    import pyarrow as pa

    if kind == pa.string():
        return pc.replace_substring_regex(cells, pattern=r"^'([=+\-@\t\r])", replacement=r"\1")
    present = pc.not_equal(cells, "")
    values = pc.if_else(present, cells, pa.scalar(None, pa.string()))
    if kind == pa.bool_():
        return pc.equal(values, "True")
    return pc.cast(values, kind)


def write_parquet_tables(out_dir: str | Path, tables: Mapping[str, Sequence[str]]) -> list[Path]:
    """``<out_dir>/<table>.parquet`` for every ``<table>.csv`` of ``tables`` (name -> columns); returns the paths.

    :class:`analysis.io.TableStream` calls it in its staging folder, so the Parquet files join
    the set of tables swapped in together. A table whose cells do not fit their declared types
    (a scorer's bug) gets no Parquet file and a ``RuntimeWarning`` naming it: the CSV is still
    written and read, and the run is not lost. File-system errors propagate.
    """
    import warnings

    out_dir = Path(out_dir)
    written = []
    for name, columns in sorted(tables.items()):
        if not (out_dir / f"{name}.csv").is_file():
            continue
        try:
            written.append(csv_to_parquet(out_dir / f"{name}.csv", columns))
        except ValueError as exc:
            (out_dir / f"{name}.parquet").unlink(missing_ok=True)
            warnings.warn(f"no Parquet table written (the CSV is): {exc}", RuntimeWarning, stacklevel=2)
    return written

