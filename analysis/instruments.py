"""Loading the instrument files under ``data/instruments/``: validated, cached, with line numbers.

An instrument is a UTF-8, tab-separated file with a header row. Lines starting with ``#`` are
comments (each file states its source and licence in its header comments). Blank lines are
skipped. A malformed row raises :class:`~analysis.errors.InstrumentError` naming file and line.

Examples
--------
>>> rows = load_tsv("promo_patterns.tsv", required=("label", "pattern"))
>>> sorted(rows[0])[:3]
['example', 'label', 'line']
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .errors import InstrumentError
from .io import read_lines
from .paths import INSTRUMENTS


def instrument_path(name: str | Path) -> Path:
    """Resolve an instrument name (``"promo_patterns.tsv"``) to its path under ``data/instruments``."""
    path = Path(name)
    return path if path.is_absolute() else INSTRUMENTS / path


@lru_cache(maxsize=None)
def _load_tsv_cached(path: Path, required: tuple[str, ...]) -> tuple[dict[str, str], ...]:
    if not path.is_file():
        raise InstrumentError(path, "instrument file not found")
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    for number, line in read_lines(path):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [cell.strip() for cell in cells]
            missing = [column for column in required if column not in header]
            if missing:
                raise InstrumentError(path, f"header lacks column(s) {missing}", row=number)
            continue
        if len(cells) != len(header):
            raise InstrumentError(
                path, f"expected {len(header)} tab-separated cells, found {len(cells)}", row=number
            )
        row = {key: value.strip() for key, value in zip(header, cells)}
        empty = [column for column in required if not row[column]]
        if empty:
            raise InstrumentError(path, f"empty required cell(s) {empty}", row=number)
        row["line"] = str(number)
        rows.append(row)
    if header is None:
        raise InstrumentError(path, "file has no header row")
    return tuple(rows)


def load_tsv(name: str | Path, *, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """Rows of an instrument TSV as dicts (plus ``line``: the row's line number in the file)."""
    return [dict(row) for row in _load_tsv_cached(instrument_path(name), tuple(required))]


def load_wordlist(name: str | Path) -> frozenset[str]:
    """A one-item-per-line list (``#`` comments allowed), lower-cased.

    Examples
    --------
    >>> "the" in load_wordlist("stopwords_en.txt")
    True
    """
    return _load_wordlist_cached(instrument_path(name))


@lru_cache(maxsize=None)
def _load_wordlist_cached(path: Path) -> frozenset[str]:
    if not path.is_file():
        raise InstrumentError(path, "instrument file not found")
    items = set()
    for _number, line in read_lines(path):
        item = line.split("#", 1)[0].strip().lower()
        if item:
            items.add(item)
    return frozenset(items)
