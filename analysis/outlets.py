"""The outlets table: which group each outlet belongs to (country, type, owner, ...), as data.

An editable CSV beside the manifest (``outlets.csv`` in the manifest's folder, or any path
given), one row per outlet: the column ``outlet`` (as the manifest names it) and any number of
group columns (``country``, ``type`` such as national / wire / state media / digital,
``owner``, ...). Columns named ``source`` or ``note`` document a row and are not groups.

An outlet the table lacks (or an empty cell) takes its groups from the workbook's list of known
outlets (``data/instruments/outlets.tsv``: wires, state media, public broadcasters, national
newspapers, with aliases; :func:`known_outlets`); the ``groups_from`` column says which.

Nothing here stops a report: an outlet neither lists, an empty cell, or no table at all gives
the group ``unknown`` and a warning row (file, line, code, message) in the same shape as the
pipeline's ``problems`` table; a row for an outlet that is not in the corpus is ignored. Only a
table without an ``outlet`` column is refused (:class:`OutletsError`, naming the file).

Examples
--------
>>> import tempfile, pathlib
>>> path = pathlib.Path(tempfile.mkdtemp()) / "outlets.csv"
>>> _ = path.write_text("outlet,country,type\\nOpoyi,India,digital\\n", encoding="utf-8")
>>> t = load_outlets(path, ["Opoyi", "Reuters", "Northline Wire"])
>>> t.table.values.tolist(), t.groups
([['Northline Wire', 'unknown', 'unknown', 'none'], ['Opoyi', 'India', 'digital', 'outlets table'], ['Reuters', 'United Kingdom', 'wire', 'known outlets']], ['country', 'type'])
>>> t.problems[["line", "code"]].values.tolist()
[['', 'outlet_not_in_table']]
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

import pandas as pd

from .errors import WorkbookError
from .instruments import load_tsv

#: The file name looked for beside the manifest.
OUTLETS_FILE = "outlets.csv"
#: What a missing group is called, in every table and chart.
UNKNOWN = "unknown"
#: Columns that describe a row rather than group outlets.
NOT_GROUPS = frozenset({"outlet", "source", "note", "notes", "groups_from"})
#: Group columns assumed when there is no table at all.
DEFAULT_GROUPS = ("country", "type", "owner")
PROBLEM_COLUMNS = ["file", "line", "level", "code", "message"]


class OutletsError(WorkbookError):
    """The outlets table cannot be read as one (no ``outlet`` column, not UTF-8 CSV)."""


@dataclass(frozen=True)
class OutletTable:
    """One row per corpus outlet (``outlet`` + group columns), the group columns, and problems."""

    table: pd.DataFrame
    groups: list[str]
    problems: pd.DataFrame
    path: Path | None

    def group_of(self, column: str) -> dict[str, str]:
        """Outlet -> its value in group column ``column`` (``unknown`` when not known)."""
        if column not in self.groups:
            raise KeyError(f"{column!r} is not a group column of the outlets table; it has {self.groups}")
        return dict(zip(self.table["outlet"], self.table[column]))


@lru_cache(maxsize=1)
def known_outlets() -> dict[str, dict[str, str]]:
    """The workbook's list of known outlets (``outlets.tsv``): each name and alias, case-folded,
    to its ``country``, ``type`` and ``owner`` (empty where not checked).

    Examples
    --------
    >>> known_outlets()["afp"]["type"], known_outlets()["rt"]["type"]
    ('wire', 'state media')
    """
    out: dict[str, dict[str, str]] = {}
    for row in load_tsv("outlets.tsv", required=("outlet", "country", "type")):
        groups = {g: (row.get(g) or "").strip() for g in DEFAULT_GROUPS}
        for name in [row["outlet"], *(row.get("aliases") or "").split("|")]:
            if name.strip():
                out.setdefault(name.strip().casefold(), groups)
    return out


def outlets_path(manifest: str | Path) -> Path:
    """Where the outlets table of a manifest lives: ``outlets.csv`` in the manifest's folder.

    Examples
    --------
    >>> outlets_path("/data/corpus/articles.csv").as_posix()
    '/data/corpus/outlets.csv'
    """
    return Path(manifest).parent / OUTLETS_FILE


def load_outlets(path: str | Path | None, outlets: Iterable[str]) -> OutletTable:
    """Read the outlets table at ``path`` for the corpus' ``outlets``; see the module docstring.

    A missing file (or ``path=None``) gives every outlet ``unknown`` in :data:`DEFAULT_GROUPS`
    and one warning. A repeated outlet keeps its first row (warning naming both lines).

    Examples
    --------
    >>> t = load_outlets(None, ["A", "B"])
    >>> t.table["type"].tolist(), t.problems["code"].tolist()
    (['unknown', 'unknown'], ['no_outlets_table', 'outlet_not_in_table', 'outlet_not_in_table'])
    >>> load_outlets(None, []).table.empty
    True
    """
    names = sorted({str(o) for o in outlets})
    problems: list[list[object]] = []
    shown = str(path) if path is not None else OUTLETS_FILE
    if path is None or not Path(path).is_file():
        problems.append([shown, "", "warning", "no_outlets_table",
                         f"no outlets table: groups come from the workbook's list of known outlets, else {UNKNOWN!r}; "
                         f"write one with columns outlet,{','.join(DEFAULT_GROUPS)}"])
        return _fill(names, {}, list(DEFAULT_GROUPS), problems, shown, None)
    path = Path(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            rows = list(csv.reader(handle))
    except UnicodeDecodeError as error:
        raise OutletsError(path, f"not UTF-8 text ({error.reason} at byte {error.start})") from None
    header = [h.strip() for h in rows[0]] if rows else []
    if "outlet" not in header:
        raise OutletsError(path, f"no 'outlet' column (header: {header})", row=1)
    groups = [h for h in header if h and h.lower() not in NOT_GROUPS]
    known: dict[str, dict[str, str]] = {}
    first_line: dict[str, int] = {}
    for line, cells in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in cells):
            continue
        if len(cells) != len(header):
            problems.append([str(path), line, "warning", "outlets_row_shape", f"{len(cells)} cells for {len(header)} columns: row ignored"])
            continue
        record = {h: c.strip() for h, c in zip(header, cells)}
        name = record["outlet"]
        if name in known:
            problems.append([str(path), line, "warning", "duplicate_outlet", f"outlet {name!r} again (first on line {first_line[name]}): this row ignored"])
            continue
        known[name], first_line[name] = record, line
    return _fill(names, known, groups, problems, str(path), path)


def _fill(names: list[str], listed: dict[str, dict[str, str]], groups: list[str], problems: list[list[object]], shown: str, path: Path | None) -> OutletTable:
    """One row per outlet: the outlets table's cells, else the known outlets', else ``unknown``."""
    known = known_outlets()
    records = []
    for name in names:
        record, default = listed.get(name, {}), known.get(name.casefold(), {})
        if not record and not default:
            problems.append([shown, "", "warning", "outlet_not_in_table", f"outlet {name!r} is not in the outlets table: its groups are {UNKNOWN!r}"])
        cells = [record.get(g) or default.get(g) or UNKNOWN for g in groups]
        source = "outlets table" if record else "known outlets" if default else "none"
        records.append([name, *cells, source])
    table = pd.DataFrame(records, columns=["outlet", *groups, "groups_from"])
    return OutletTable(table, groups, pd.DataFrame(problems, columns=PROBLEM_COLUMNS), path)
