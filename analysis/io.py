"""Reading article bytes into text, and writing tables atomically and safely.

Writes go to a temporary file in the destination folder and are renamed into place, so an
interrupted run never leaves a half-written table that looks complete. CSV cells that a
spreadsheet would execute as a formula are neutralised (see :func:`neutralise_formula`).
"""
from __future__ import annotations

import csv
import io
import os
import tempfile
from itertools import repeat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Mapping, Sequence

import numpy as np
import pandas as pd

from .parquet import write_parquet_tables
from .paths import RAW

#: Leading characters that make Excel, LibreOffice or Google Sheets evaluate a cell (OWASP).
FORMULA_PREFIXES: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class DecodedText:
    """Text decoded from bytes, with what decoding had to do to get it."""

    text: str
    encoding: str
    had_bom: bool


#: Byte-order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16-be"),
    (b"\xff\xfe", "utf-16-le"),
)


def sniff_utf16(data: bytes) -> str | None:
    """``utf-16-le`` or ``utf-16-be`` for UTF-16 text without a byte-order mark, else ``None``.

    Text in Latin script stored as UTF-16 has a NUL in every other byte: in the odd positions
    (little-endian, Windows Notepad's "Unicode") or the even ones (big-endian).

    Examples
    --------
    >>> sniff_utf16("Troops left.".encode("utf-16-le")), sniff_utf16("Troops left.".encode("utf-16-be"))
    ('utf-16-le', 'utf-16-be')
    >>> sniff_utf16(b"Troops left."), sniff_utf16(b"")
    (None, None)
    """
    sample = data[:4096]
    if len(sample) < 4:
        return None
    sample = sample[: len(sample) // 2 * 2]
    pairs = len(sample) // 2
    even_nul = sample[0::2].count(0) / pairs
    odd_nul = sample[1::2].count(0) / pairs
    if odd_nul > 0.4 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.4 and odd_nul < 0.05:
        return "utf-16-be"
    return None


def decode_bytes(data: bytes, *, declared: str | None = None) -> DecodedText:
    """Decode article bytes: a byte-order mark (UTF-8, UTF-16, UTF-32) wins; then UTF-16 without
    a mark; then UTF-8; then the charset a page declares (``declared``); else Windows-1252, else
    Latin-1.

    Never raises on odd bytes: the encoding actually used is returned so it can be flagged.
    Valid UTF-8 is taken before a declared charset: a page saved by a browser is often re-encoded
    as UTF-8 while its ``<meta>`` still names the original charset.

    Examples
    --------
    >>> decode_bytes("caf\\u00e9".encode("utf-8")).encoding
    'utf-8'
    >>> d = decode_bytes(b"\\x93quoted\\x94")
    >>> d.text, d.encoding
    ('\\u201cquoted\\u201d', 'cp1252')
    >>> decode_bytes(b"\\xef\\xbb\\xbfhi").had_bom
    True
    >>> d = decode_bytes(b"\\xef\\xbb\\xbfsaid \\x93troops\\x94")  # a BOM, then Windows-1252 bytes
    >>> d.text, d.encoding, d.had_bom
    ('said \\u201ctroops\\u201d', 'cp1252', True)
    >>> d = decode_bytes("\\ufeffTroops".encode("utf-16-le"))
    >>> d.text, d.encoding, d.had_bom
    ('Troops', 'utf-16-le', True)
    >>> decode_bytes("\\u0412\\u043e\\u0439\\u0441\\u043a\\u0430".encode("cp1251"), declared="windows-1251").text
    '\\u0412\\u043e\\u0439\\u0441\\u043a\\u0430'
    """
    for bom, name in BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return DecodedText(body.decode(name.replace("-sig", "")), name, True)
            except UnicodeDecodeError:
                if name != "utf-8-sig":
                    break  # a UTF-16/32 mark on bytes that are not: decode the bytes as they are
                data = body  # a UTF-8 mark then Windows-1252 bytes: the mark is still removed
                return replace_bom(_decode_plain(data, declared), had_bom=True)
    guess = sniff_utf16(data)
    if guess:
        try:
            return DecodedText(data.decode(guess), guess, False)
        except UnicodeDecodeError:
            pass
    return _decode_plain(data, declared)


def _decode_plain(data: bytes, declared: str | None) -> DecodedText:
    # Strict decoding at every step: no character is ever replaced by U+FFFD.
    for encoding in ("utf-8", declared, "cp1252"):
        if encoding:
            try:
                return DecodedText(data.decode(encoding), encoding, False)
            except (UnicodeDecodeError, LookupError):
                continue
    return DecodedText(data.decode("latin-1"), "latin-1", False)


def replace_bom(decoded: DecodedText, *, had_bom: bool) -> DecodedText:
    """``decoded`` with its ``had_bom`` flag (and the ``-sig`` name for UTF-8) set."""
    name = "utf-8-sig" if (had_bom and decoded.encoding == "utf-8") else decoded.encoding
    return DecodedText(decoded.text, name, had_bom)


def neutralise_formula(value: object) -> object:
    """Prefix a text cell that a spreadsheet would run as a formula with an apostrophe.

    Numbers are left alone (a negative score stays a number); only strings are changed.

    Examples
    --------
    >>> neutralise_formula("=HYPERLINK(\\"http://x\\")")
    '\\'=HYPERLINK("http://x")'
    >>> neutralise_formula("-0.25"), neutralise_formula(-0.25), neutralise_formula("plain")
    ("'-0.25", -0.25, 'plain')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def _refuse_raw(path: Path) -> None:
    resolved = path.resolve()
    if resolved == RAW.resolve() or RAW.resolve() in resolved.parents:
        raise PermissionError(f"{path}: data/raw/ is read-only raw data; write outputs elsewhere")


def atomic_write_bytes(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` via a temporary file and an atomic rename."""
    path = Path(path)
    _refuse_raw(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | Path, text: str) -> Path:
    """Write UTF-8 text atomically (``\\n`` line ends on every platform)."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def table_to_csv(df: pd.DataFrame) -> str:
    """Render a DataFrame as CSV text: the streamed tables' writer, :func:`rows_to_csv`.

    One writer for every table, so a cell's text depends on its value alone (:func:`format_cell`):
    UTF-8, a header row, ``\\n`` line ends, floats rounded to six decimals with no negative zero,
    formulas neutralised. A DataFrame's cells are its columns' Python values: in a column pandas
    made float (integers with a missing value) an integer is the float ``2.0`` and is written so.

    Examples
    --------
    >>> import pandas as pd
    >>> print(table_to_csv(pd.DataFrame({"a": ["=1+1", "x"], "b": [0.1234567, -2.0], "c": [2, 3], "d": [True, None]})), end="")
    a,b,c,d
    '=1+1,0.123457,2,True
    x,-2.0,3,
    >>> table_to_csv(pd.DataFrame({"a": []}))
    'a\\n'
    """
    columns = [str(column) for column in df.columns]
    cells = [_python_values(df.iloc[:, k]) for k in range(df.shape[1])]
    rows = [dict(zip(columns, values)) for values in zip(*cells)] if columns else [{} for _ in range(len(df))]
    return rows_to_csv(rows, columns)


def _python_values(series: pd.Series) -> list[object]:
    """A column's cells as Python values (numpy scalars, pandas' missing markers and dates unwrapped)."""
    if pd.api.types.is_datetime64_any_dtype(series):
        return [None if pd.isna(v) else (v.date().isoformat() if v == v.normalize() and v.tzinfo is None else str(v)) for v in series]
    return [None if v is pd.NA or v is pd.NaT else v for v in series.tolist()]


def write_csv(df: pd.DataFrame, path: str | Path) -> Path:
    """Write ``df`` as CSV atomically; see :func:`table_to_csv` for the format."""
    return atomic_write_text(path, table_to_csv(df))


def format_cell(value: object) -> str:
    """One CSV cell's text, decided by the value alone (never by its neighbours in a column).

    Missing values are empty; integers stay integers; floats are rounded to six decimals with no
    negative zero; strings a spreadsheet would run as a formula are neutralised.

    Examples
    --------
    >>> [format_cell(v) for v in (None, float("nan"), 3, 2.0, -0.0, 0.1 + 0.2, True, "=1+1", "x")]
    ['', '', '3', '2.0', '0.0', '0.3', 'True', "'=1+1", 'x']
    """
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise_formula(value)  # type: ignore[return-value]
    if isinstance(value, (bool, np.bool_)):
        return str(bool(value))
    if isinstance(value, (int, np.integer)):
        return str(int(value))
    if isinstance(value, (float, np.floating)):
        number = float(value)
        if number != number:
            return ""
        return repr(round(number, 6) + 0.0)
    if value is pd.NA or value is pd.NaT:
        return ""
    return neutralise_formula(str(value))  # type: ignore[return-value]


def rows_to_csv(rows: Iterable[Mapping[str, object]], columns: Sequence[str], *, header: bool = True, table: str = "") -> str:
    """Render row dicts as CSV text in ``columns`` order, each cell by :func:`format_cell`.

    A row with a key outside ``columns`` is an error (a column is never silently dropped).

    Examples
    --------
    >>> print(rows_to_csv([{"a": "=cmd", "b": 1}, {"a": 'say "hi", then', "b": 0.5}], ["a", "b"]), end="")
    a,b
    '=cmd,1
    "say ""hi"", then",0.5
    """
    rows = [row if type(row) is dict else {**row} for row in rows]
    extra = set().union(*rows) - set(columns)
    if extra:
        raise ValueError(f"table {table!r}: undeclared column(s) {sorted(extra)}; declare them in the scorer's columns")
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    if header:
        writer.writerow(columns)
    if rows and columns:
        writer.writerows(zip(*(format_column(list(map(dict.get, rows, repeat(column)))) for column in columns)))
    elif rows:
        writer.writerows([] for _ in rows)  # no columns: an empty line per row, as row by row
    return buffer.getvalue()


_PASS_THROUGH = frozenset({int, bool, type(None)})  # the csv module writes these as format_cell does


def format_column(values: list[object]) -> list[object]:
    """:func:`format_cell` over one column's values, with whole-column fast paths.

    The streamed tables format thousands of cells per article, so a column of one common type is
    handled in one pass (cells the csv module already writes as :func:`format_cell` does are left
    as they are); anything else goes cell by cell. ``tests/test_io.py`` checks both give the same text.

    Examples
    --------
    >>> format_column([0.1 + 0.2, -0.0, float("nan")]), format_column(["=x", "y"]), format_column([1, None, "z"])
    (['0.3', '0.0', ''], ["'=x", 'y'], ['1', '', 'z'])
    """
    kinds = set(map(type, values))
    if kinds <= _PASS_THROUGH:
        return values
    if kinds == {str}:
        if any(map(str.startswith, values, repeat(FORMULA_PREFIXES))):
            return list(map(neutralise_formula, values))
        return values
    if kinds == {float}:
        return _float_texts(values)  # type: ignore[arg-type]
    return list(map(format_cell, values))


_FLOAT_TEXT: dict[float, str] = {}
_FLOAT_TEXT_LIMIT = 50_000  # entries; cleared when full, so memory stays bounded while streaming


def _float_texts(values: list[float]) -> list[str]:
    """``format_cell`` of each float, remembering the texts of values seen before.

    Scores repeat (VADER's four-decimal scores, shares of small counts), and a dictionary lookup
    costs a fraction of rounding and ``repr``. NaN is never stored (it is not equal to itself).
    ``0.0`` and ``-0.0`` are one key, and both are written ``0.0``.
    """
    texts = list(map(_FLOAT_TEXT.get, values))
    if None not in texts:
        return texts  # type: ignore[return-value]
    for index, text in enumerate(texts):
        if text is None:
            value = values[index]
            texts[index] = format_cell(value)
            if value == value:
                if len(_FLOAT_TEXT) >= _FLOAT_TEXT_LIMIT:
                    _FLOAT_TEXT.clear()
                _FLOAT_TEXT[value] = texts[index]  # type: ignore[assignment]
    return texts  # type: ignore[return-value]


class TableStream:
    """Write several CSV tables chunk by chunk, then put them all in place as one set.

    The run takes ``out_dir``'s lock and stages its tables in a fresh folder
    (:class:`analysis.outputs.OutputFolder`): each table goes to a temporary file there (header
    first); :meth:`append` adds CSV text; :meth:`commit` flushes, fsyncs and renames every file,
    then swaps the whole set into ``out_dir`` at once. Leaving the ``with`` block without
    committing deletes the staging folder, so an interrupted or failed run keeps the previous
    tables. A fault of the disk raises :class:`analysis.outputs.OutputError` (one line).
    """

    def __init__(self, out_dir: str | Path, tables: Mapping[str, Sequence[str]], *, also_writes: Sequence[str] = ()) -> None:
        """``also_writes``: other file names this run puts in :attr:`staging` (Parquet copies of
        the tables, say); they join the set that is swapped in, replacing the previous ones."""
        from .outputs import OutputError, OutputFolder

        self.out_dir = Path(out_dir)
        try:
            _refuse_raw(self.out_dir / "x.csv")
        except PermissionError as exc:
            raise OutputError(self.out_dir, "data/raw/ is read-only raw data; write outputs elsewhere") from exc
        self._tables = {name: list(columns) for name, columns in tables.items()}
        # Each table's typed Parquet twin (analysis.parquet) is part of the same set.
        self._folder = OutputFolder(self.out_dir, [*(f"{name}.{ext}" for name in tables for ext in ("csv", "parquet")), *also_writes])
        self._folder.__enter__()
        self._files: dict[str, tuple[Path, object]] = {}
        try:
            for name, columns in tables.items():
                fd, tmp = tempfile.mkstemp(prefix=f".{name}.csv.", suffix=".tmp", dir=self._folder.staging)
                handle = os.fdopen(fd, "w", encoding="utf-8", newline="")
                self._files[name] = (Path(tmp), handle)
                handle.write(rows_to_csv([], columns))
        except OSError as exc:
            self.abort()
            raise self._error(exc) from exc
        except BaseException:
            self.abort()
            raise

    @property
    def staging(self) -> Path:
        """The fresh folder this run writes into; its content replaces the set in ``out_dir``."""
        return self._folder.staging

    @property
    def removed(self) -> list[Path]:
        """Leftovers of earlier, killed runs that this run removed."""
        return self._folder.removed

    def _error(self, exc: OSError) -> Exception:
        from .outputs import _fail

        return _fail(self.out_dir, exc, "write the tables")

    def append(self, csv_text: Mapping[str, str]) -> None:
        """Append each table's CSV lines (no header) to its temporary file."""
        try:
            for name, text in csv_text.items():
                if text:
                    self._files[name][1].write(text)  # type: ignore[attr-defined]
        except OSError as exc:
            raise self._error(exc) from exc

    def commit(self) -> list[Path]:
        """Complete every table and swap the set into place; returns the final paths in name order."""
        try:
            for tmp, handle in self._files.values():
                handle.flush()  # type: ignore[attr-defined]
                os.fsync(handle.fileno())  # type: ignore[attr-defined]
                handle.close()  # type: ignore[attr-defined]
                os.chmod(tmp, 0o644)
            for name in sorted(self._files):
                os.replace(self._files[name][0], self._folder.staging / f"{name}.csv")
            write_parquet_tables(self._folder.staging, self._tables)
        except OSError as exc:
            raise self._error(exc) from exc
        self._folder.commit()
        written = [self.out_dir / f"{name}.csv" for name in sorted(self._files)]
        self._files = {}
        return written

    def abort(self) -> None:
        """Close and delete the temporary files and the staging folder (the previous tables stay)."""
        for tmp, handle in self._files.values():
            try:
                handle.close()  # type: ignore[attr-defined]
            except OSError:
                pass  # a full disk cannot flush the buffer: the file is deleted anyway
            tmp.unlink(missing_ok=True)
        self._files = {}
        self._folder.__exit__(None, None, None)

    def __enter__(self) -> "TableStream":
        return self

    def __exit__(self, *exc: object) -> None:
        self.abort()


def read_lines(path: Path) -> Iterable[tuple[int, str]]:
    """Yield ``(line_number, line)`` for a UTF-8 instrument file, 1-based, without line ends."""
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            yield number, line.rstrip("\n").rstrip("\r")
