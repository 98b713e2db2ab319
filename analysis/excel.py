"""One Excel workbook of every scored table, for spreadsheet users (``python -m analysis excel``).

Each table of a tables folder becomes one sheet, typed as :func:`analysis.workbook.read_tables`
reads it (numbers as numbers, text as text). Text is always stored as text, never as a formula,
whatever it starts with (``=cmd|...`` in an article stays words). A table longer than Excel's
1,048,576 rows continues on further sheets (``sentences (2)``). The file is written atomically and
is byte-identical for the same tables: its entries carry a fixed date, not the time of writing.

Examples
--------
>>> sheet_names("sentences", 3, rows_per_sheet=2)
['sentences', 'sentences (2)']
>>> sheet_names("articles", 0)
['articles']
"""
from __future__ import annotations

import io
import math
import zipfile
from pathlib import Path

#: Excel's row limit, less the header row.
MAX_ROWS = 1_048_575
#: The date stamped on every entry and in the document's properties (byte-identical files).
FIXED_DATE = (2000, 1, 1, 0, 0, 0)


def sheet_names(table: str, rows: int, *, rows_per_sheet: int = MAX_ROWS) -> list[str]:
    """The sheets a table of ``rows`` rows fills (one at least, so an empty table keeps its header)."""
    count = max(1, math.ceil(rows / rows_per_sheet))
    return [table if i == 0 else f"{table} ({i + 1})" for i in range(count)]


def _cell_value(value: object) -> object:
    """A cell as openpyxl should store it: missing values empty, numpy scalars as Python ones."""
    if value is None:
        return None
    try:
        if value != value:  # NaN, pd.NA raises below
            return None
    except TypeError:
        return None
    if hasattr(value, "item"):
        return value.item()
    return value


def _stable_zip(data: bytes) -> bytes:
    """The same archive with every entry dated :data:`FIXED_DATE`, in the same order."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=FIXED_DATE)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, source.read(info.filename))
    return out.getvalue()


def write_excel(tables_dir: str | Path, out: str | Path, *, rows_per_sheet: int = MAX_ROWS) -> Path:
    """Write every table of ``tables_dir`` into the Excel workbook ``out`` (atomic); return ``out``.

    Raises :class:`analysis.workbook.TablesError` naming the file when a table is missing.
    """
    import datetime as _dt

    from .errors import ResourceMissingError
    from .io import FORMULA_PREFIXES, atomic_write_bytes

    try:
        from openpyxl import Workbook
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.writer.excel import ExcelWriter
    except ImportError:
        raise ResourceMissingError("openpyxl", "not installed: pip install .[excel] (make setup installs it)") from None
    from .workbook import read_tables

    tables = read_tables(tables_dir)
    book = Workbook(write_only=True)
    fixed = _dt.datetime(*FIXED_DATE)
    book.properties.created = book.properties.modified = fixed
    for table, frame in tables.items():
        for number, name in enumerate(sheet_names(table, len(frame), rows_per_sheet=rows_per_sheet)):
            sheet = book.create_sheet(name[:31])
            sheet.append(list(frame.columns))
            part = frame.iloc[number * rows_per_sheet:(number + 1) * rows_per_sheet]
            for row in part.itertuples(index=False, name=None):
                cells = []
                for value in map(_cell_value, row):
                    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
                        cell = WriteOnlyCell(sheet, value=None)
                        cell.value, cell.data_type = value, "s"  # text, never a formula
                        cells.append(cell)
                    else:
                        cells.append(value)
                sheet.append(cells)
    buffer = io.BytesIO()
    # openpyxl's ExcelWriter, not book.save(): save() stamps the document "modified" now.
    ExcelWriter(book, zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)).save()
    return atomic_write_bytes(out, _stable_zip(buffer.getvalue()))
