"""Every notebook's set-up in one call, and its parameters read as papermill gives them: strings.

A notebook's parameters cell holds plain values (``MANIFEST = ""``, ``TOP_OUTLETS = 25``, their
defaults read from ``$WORKBOOK_*``); ``papermill -p REPORTS /some/folder`` or ``-r TOP_OUTLETS 10``
replaces them with strings. :func:`setup` takes them as given, converts them (:func:`as_path`,
:func:`as_int`, :func:`as_float`), loads the workbook (:func:`analysis.workbook.load_workbook`),
sets the display style, checks that every manifest row has an article and something was scored,
and derives what the charts share: each outlet's group, its name in charts (the largest outlets,
the rest pooled as "others") and the colours. The notebook then only unpacks :class:`Setup`.

Examples
--------
>>> as_path("", default=Path("/data/articles.csv")).as_posix(), as_path("/tmp/r/").as_posix()
('/data/articles.csv', '/tmp/r')
>>> as_int("25", name="TOP_OUTLETS"), as_float("0.2", name="ALIGN_THRESHOLD"), as_int(7, name="N")
(25, 0.2, 7)
>>> as_int("many", name="TOP_OUTLETS")
Traceback (most recent call last):
...
ValueError: parameter TOP_OUTLETS: expected a whole number, got 'many'
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from . import paths
from .errors import WorkbookError
from .workbook import Workbook


class NotebookSetupError(WorkbookError):
    """The corpus cannot be reported on: no article row for a manifest row, or nothing scored."""


def as_path(value: str | Path | None, *, default: Path | None = None) -> Path:
    """A path parameter: ``~`` expanded and made absolute; empty (``""``, ``None``) gives ``default``.

    Raises ``ValueError`` when the value is empty and there is no default.
    """
    text = "" if value is None else str(value).strip()
    if not text:
        if default is None:
            raise ValueError("an empty path parameter needs a default")
        return default
    return Path(text).expanduser().resolve()


def as_int(value: object, *, name: str) -> int:
    """A whole-number parameter given as a number or a string (``"25"``)."""
    try:
        number = float(str(value).strip())
    except ValueError:
        raise ValueError(f"parameter {name}: expected a whole number, got {value!r}") from None
    if not number.is_integer():
        raise ValueError(f"parameter {name}: expected a whole number, got {value!r}")
    return int(number)


def as_float(value: object, *, name: str) -> float:
    """A number parameter given as a number or a string (``"0.2"``)."""
    try:
        return float(str(value).strip())
    except ValueError:
        raise ValueError(f"parameter {name}: expected a number, got {value!r}") from None


@dataclass(frozen=True)
class Setup:
    """What a notebook works from after :func:`setup`.

    ``workbook`` is the loaded :class:`analysis.workbook.Workbook`; ``reports`` the folder for
    figures and tables; ``group`` the outlets-table column compared; ``groups`` each outlet's
    group (``"unknown"`` where the outlets table lacks it); ``label`` each outlet's name in charts
    (:func:`analysis.groups.top_and_others`); ``row_colors`` a colour per chart name and
    ``group_colors`` one per group.
    """

    workbook: Workbook
    reports: Path
    group: str
    groups: dict[str, str]
    label: dict[str, str]
    row_colors: dict[str, str]
    group_colors: dict[str, str]

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return self.workbook.tables

    @property
    def articles(self) -> pd.DataFrame:
        return self.workbook.articles

    @property
    def scored(self) -> pd.DataFrame:
        return self.workbook.scored

    @property
    def outlets(self) -> list[str]:
        return self.workbook.outlets

    @property
    def colors(self) -> dict[str, str]:
        return self.workbook.colors

    def summary(self) -> str:
        """The line :func:`setup` prints: what was scored and where the figures go."""
        return f"{self.workbook.summary()}; figures go to {self.reports / 'figures'}"


def setup(
    manifest: str | Path = "", *, reports: str | Path = "", tables: str | Path = "", outlets_table: str | Path = "",
    group: str = "type", top_outlets: int | str = 25, style: bool = True, verbose: bool = True,
) -> Setup:
    """Load and check the corpus for a notebook; every argument may be a string (papermill).

    Parameters
    ----------
    manifest : path or str
        The manifest CSV; empty: ``$WORKBOOK_MANIFEST``, else the seeds (``data/articles.csv``).
    reports : path or str
        Where figures and tables are saved; empty: ``$WORKBOOK_REPORTS``, else ``reports/``.
    tables : path or str
        Tables written by ``python -m analysis score --out DIR``; empty: the corpus is scored here.
    outlets_table : path or str
        Outlet + group columns; empty: ``outlets.csv`` beside the manifest.
    group : str
        The outlets-table column whose groups are compared.
    top_outlets : int or str
        Charts name this many of the largest outlets (by articles) and pool the rest as "others".
    style : bool
        Apply :func:`analysis.workbook.notebook_style` (display options, interactive tables).
    verbose : bool
        Print :meth:`Setup.summary`.

    Raises
    ------
    NotebookSetupError
        A manifest row has no article row, or no article could be scored.
    """
    from .groups import label_colors, top_and_others
    from .plots import group_colors
    from .workbook import load_workbook, notebook_style

    from .display import keep_full_tables_in

    top = as_int(top_outlets, name="TOP_OUTLETS")
    reports_dir = as_path(reports, default=paths.reports_dir())
    if style:
        notebook_style()
        keep_full_tables_in(reports_dir)  # a long interactive table links its whole CSV from there
    manifest_path = as_path(manifest, default=paths.manifest_from_env())
    tables_dir = str(tables).strip()
    wb = load_workbook(manifest_path, tables_dir=as_path(tables_dir) if tables_dir else None,
                       outlets_file=as_path(outlets_table) if str(outlets_table).strip() else None)
    if wb.articles["outlet"].isna().any() or len(wb.articles) != len(wb.manifest):
        raise NotebookSetupError(manifest_path, "not every manifest row has an article row: score the manifest again")
    if not len(wb.scored):
        raise NotebookSetupError(manifest_path, "no article could be scored: see the problems table (problems.csv)")
    groups = wb.outlet_table.group_of(str(group)) if wb.outlet_table is not None else {o: "unknown" for o in wb.outlets}
    label = top_and_others(wb.outlets, n=top, weights=wb.scored["outlet"].value_counts())
    out = Setup(wb, reports_dir, str(group), dict(groups), label,
                label_colors(label, wb.colors), group_colors(groups.values()))
    if verbose:
        print(out.summary())
    return out
