"""One loader for every notebook: the manifest, its scored tables, the outlets and their colours.

Every notebook's set-up cell calls :func:`load_workbook`. By default it scores the corpus in
the kernel with a progress bar (:func:`analysis.pipeline.score_corpus`). Given ``tables_dir``
(the notebooks' ``TABLES`` parameter, ``$WORKBOOK_TABLES``), it instead reads the tables that
``python -m analysis score --manifest M --out DIR`` wrote (Parquet, else CSV), so a large corpus is scored once and
not once per notebook. Either way the tables are checked against the manifest: every manifest
id has exactly one article row and no article row is missing from the manifest
(:class:`TablesError` otherwise, naming the folder and the ids).

Reading tables back: a table's Parquet file (:mod:`analysis.parquet`) keeps its column types and
is read as stored when it is the twin of the CSV beside it. Otherwise the CSV is read as text and
each column converted to its declared type (:data:`analysis.parquet.COLUMN_TYPES`; empty cells
are ``""`` in text columns and missing values elsewhere), and the apostrophe that
:func:`analysis.io.neutralise_formula` put before a cell starting with ``= + - @`` is removed
again. Only a column nobody declared is typed by looking at its cells (:func:`typed_column`).
"""
from __future__ import annotations

import os
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Sequence

import pandas as pd

from .errors import WorkbookError
from .io import FORMULA_PREFIXES
from .parquet import COLUMN_TYPES, TEXT

if TYPE_CHECKING:
    from .outlets import OutletTable

#: Columns of the pipeline's tables that hold text (ids, labels, names, sentences): from the declared types.
TEXT_COLUMNS: frozenset[str] = frozenset(c for c, kind in COLUMN_TYPES.items() if kind == TEXT)


class TablesError(WorkbookError):
    """Tables read from a folder are missing, malformed, or do not belong to the manifest."""


@dataclass(frozen=True)
class Workbook:
    """What every notebook works from.

    ``tables`` are the pipeline's tables by name (``articles``, ``sentences``, ...);
    ``articles`` is ``tables["articles"]`` and ``scored`` its rows with ``status == "scored"``;
    ``outlets`` are the outlets with at least one scored article, in sorted order (every outlet
    when none is scored), and ``colors`` one colour per outlet
    (:func:`analysis.plots.outlet_colors`, the same in every notebook); ``source`` says where
    the tables came from.
    """

    manifest_path: Path
    manifest: pd.DataFrame
    tables: dict[str, pd.DataFrame]
    outlets: list[str]
    colors: dict[str, str]
    source: str
    articles: pd.DataFrame = field(repr=False)
    scored: pd.DataFrame = field(repr=False)
    #: The outlets table (:mod:`analysis.outlets`): each corpus outlet's groups, ``unknown`` where not known.
    outlet_table: "OutletTable | None" = field(default=None, repr=False)

    @property
    def unscored_outlets(self) -> list[str]:
        """Outlets of the manifest none of whose articles was scored (each was skipped with its reason).

        Examples
        --------
        >>> a = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "status": ["scored", "skipped"]})
        >>> Workbook(Path("m.csv"), a, {"articles": a}, ["X"], {}, "", a, a[:1]).unscored_outlets
        ['Y']
        """
        return sorted(set(map(str, self.articles["outlet"])) - set(self.outlets))

    def summary(self) -> str:
        """One line: how many articles were scored, from how many outlets, and from where."""
        unscored = self.unscored_outlets
        left_out = (f"; {len(unscored)} outlet(s) with no scored article left out of the comparisons "
                    f"(see the articles' status): {', '.join(unscored)}") if unscored else ""
        return (
            f"{len(self.scored)} of {len(self.articles)} articles scored, {len(self.outlets)} outlet(s){left_out}; "
            f"tables {self.source}"
        )

    def sample_note(self) -> str:
        """The sample-size caveat in Markdown, with this corpus' counts (numbers only, no names).

        Examples
        --------
        >>> a = pd.DataFrame({"article_id": ["a", "b", "c"], "outlet": ["X", "X", "Y"], "status": "scored"})
        >>> wb = Workbook(Path("m.csv"), a, {"articles": a}, ["X", "Y"], {}, "", a, a)
        >>> wb.sample_note().split(". ")[0]
        '**Sample size**: 3 scored article(s) from 2 outlet(s), 1 to 2 per outlet'
        """
        per = self.scored.groupby("outlet").size()
        low, high = (int(per.min()), int(per.max())) if len(per) else (0, 0)
        span = f"{low}" if low == high else f"{low} to {high}"
        note = (
            f"**Sample size**: {len(self.scored)} scored article(s) from {len(per)} outlet(s), {span} per outlet. "
            "Every difference shown is a difference between these texts; the intervals are over sentences "
            "within articles and say nothing about how an outlet's other articles would differ."
        )
        if high <= 3:
            return note + f" With {span} article(s) per outlet, nothing here describes an outlet's habits."
        return note + " Even so, these articles are a sample of each outlet's coverage, not all of it."


def load_workbook(
    manifest: str | Path, *, tables_dir: str | Path | None = None, progress: bool = True, outlets_file: str | Path | None = None,
) -> Workbook:
    """Load the manifest and its tables (scored here, or read from ``tables_dir``) into a :class:`Workbook`.

    Parameters
    ----------
    manifest : path
        The manifest CSV (``analysis.corpus.load_manifest`` validates it).
    tables_dir : path, optional
        A folder of tables written by ``python -m analysis score``; empty or ``None`` scores the
        corpus here instead.
    progress : bool
        Show a tqdm progress bar while scoring.
    outlets_file : path, optional
        The outlets table (:func:`analysis.outlets.load_outlets`); default ``outlets.csv`` beside
        the manifest.

    Raises
    ------
    TablesError
        ``tables_dir`` lacks a table or a column, or its articles are not the manifest's.
    ManifestError
        The manifest itself is invalid.
    """
    from .corpus import load_manifest
    from .outlets import load_outlets, outlets_path
    from .plots import outlet_colors

    manifest_path = Path(manifest)
    frame = load_manifest(manifest_path)
    if tables_dir:
        tables = read_tables(tables_dir)
        source = f"read from {Path(tables_dir)}"
    else:
        tables = _score(frame, progress=progress)
        source = "scored in this notebook"
    check_tables_cover(tables, frame, where=tables_dir or manifest_path)
    articles = tables["articles"]
    scored = articles[articles["status"] == "scored"].reset_index(drop=True)
    # An outlet whose every article was skipped has nothing to compare: it stays in the articles
    # table with each skip's reason, and out of the outlets the notebooks compare.
    outlets = sorted(str(o) for o in (scored if len(scored) else articles)["outlet"].unique())
    outlet_table = load_outlets(outlets_file or outlets_path(manifest_path), outlets)
    return Workbook(manifest_path, frame, tables, outlets, outlet_colors(outlets), source, articles, scored, outlet_table)


def _score(manifest: pd.DataFrame, *, progress: bool) -> dict[str, pd.DataFrame]:
    from .pipeline import score_corpus

    if progress:
        # Without ipywidgets tqdm.auto falls back to the text bar, with a warning about it.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            import tqdm.auto  # noqa: F401
    return score_corpus(manifest, progress=progress)


#: How many times :func:`read_tables` reads a folder that another run keeps replacing before it gives up.
READ_ATTEMPTS = 5


def read_tables(folder: str | Path) -> dict[str, pd.DataFrame]:
    """Every table of :func:`analysis.pipeline.schemas` from ``<folder>``, typed, all of one set.

    A table's Parquet file (``<table>.parquet``, :mod:`analysis.parquet`) is read when it is the
    twin of the CSV beside it (or the CSV is gone): its column types are the declared ones, read
    as stored. Otherwise ``<table>.csv`` is read, every column typed by its declared type
    (:data:`analysis.parquet.COLUMN_TYPES`; :func:`typed_column` only for an undeclared one).
    Either way the frames are the same. Raises :class:`TablesError` naming the file when a table
    or one of its columns is missing.

    The tables are read one by one, while a run may swap a new set into the folder
    (:mod:`analysis.outputs`). So the folder's stamp (:func:`tables_stamp`: which folder the name
    holds, and which files) is taken before and after: if it changed, the set was replaced
    meanwhile and every table is read again, up to :data:`READ_ATTEMPTS` times
    (:class:`TablesError` if the folder never keeps still).

    Examples
    --------
    >>> read_tables("/nonexistent")
    Traceback (most recent call last):
    ...
    analysis.workbook.TablesError: /nonexistent: no such folder of tables (write one with: python -m analysis score --out /nonexistent)
    """
    import time

    from .pipeline import schemas

    folder = Path(folder)
    for attempt in range(READ_ATTEMPTS):
        if not folder.is_dir():  # also on a retry: the folder may have gone while it was read
            raise TablesError(folder, f"no such folder of tables (write one with: python -m analysis score --out {folder})")
        before = tables_stamp(folder)
        try:
            tables = {name: read_table(folder / f"{name}.csv", columns) for name, columns in schemas().items()}
        except (OSError, TablesError):
            if tables_stamp(folder) == before:
                raise  # a real problem of this set, not a swap
        else:
            if tables_stamp(folder) == before:
                return tables
        time.sleep(0.05 * (attempt + 1))  # a swap in progress: let it finish
    raise TablesError(folder, f"the tables changed while they were read, {READ_ATTEMPTS} times: another run is writing them; "
                              "read them when it has finished")


def tables_stamp(folder: str | Path) -> tuple[object, ...] | None:
    """What tells one set of tables in ``folder`` from another: the folder's identity (a run swaps
    in a new folder) and each table file's identity, size and modification time (a run that
    cannot swap replaces the files one by one); ``None`` when there is no folder.

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp()); _ = (d / "a.csv").write_text("x\\n"); first = tables_stamp(d)
    >>> first == tables_stamp(d), tables_stamp(d / "nothing")
    (True, None)
    >>> _ = (d / "b.csv").write_text("y\\n"); first == tables_stamp(d)
    False
    """
    try:
        folder_stat = os.stat(folder)
        with os.scandir(folder) as entries:
            files = sorted(
                (entry.name, stat.st_ino, stat.st_size, stat.st_mtime_ns)
                for entry in entries if entry.name.endswith((".csv", ".parquet"))
                for stat in (entry.stat(),)
            )
    except FileNotFoundError:
        return None
    return (folder_stat.st_dev, folder_stat.st_ino, tuple(files))


def read_table(csv_path: Path, columns: Sequence[str] = ()) -> pd.DataFrame:
    """One table: its fresh Parquet twin if there is one, else the CSV typed by declaration; ``columns`` are required."""
    from .parquet import fresh_parquet, parquet_meta

    if fresh_parquet(csv_path):
        path = csv_path.with_suffix(".parquet")
        try:
            frame = pd.read_parquet(path)
        except Exception as exc:  # noqa: BLE001 - pyarrow raises several types for a damaged file
            raise TablesError(path, f"unreadable Parquet table ({exc}); delete it to read the CSV, or score again") from None
        for column in parquet_meta(path).get("undeclared", []):
            frame[column] = typed_column(frame[column].fillna("").astype(str).rename(column))
    elif csv_path.is_file():
        path = csv_path
        raw = pd.read_csv(csv_path, dtype=str, keep_default_na=False, encoding="utf-8")
        frame = pd.DataFrame({c: _declared(raw[c], csv_path.stem) for c in raw.columns}, index=raw.index)
    else:
        raise TablesError(csv_path, "table missing: score the manifest into this folder with python -m analysis score")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise TablesError(path, f"column(s) missing: {missing} (tables from another version? score again)")
    return frame


def _declared(cells: pd.Series, table: str = "") -> pd.Series:
    """A CSV column (text) converted to its declared type in ``table``, as the Parquet twin stores it."""
    from .parquet import BOOL, FLOAT, INT, TEXT, column_type

    kind = column_type(str(cells.name), table)
    if kind is None:
        return typed_column(cells)
    text = cells.astype(str)
    if kind == TEXT:
        return text.map(_unneutralise)
    if kind == BOOL:
        return text.map({"True": True, "False": False}) if (text == "").any() else text == "True"
    numbers = pd.to_numeric(text.replace("", float("nan")))
    if kind == INT and not numbers.isna().any():
        return numbers.astype("int64")
    return numbers.astype(float)


def typed_column(cells: pd.Series) -> pd.Series:
    """One CSV column (read as text) with the type the pipeline gave it.

    Examples
    --------
    >>> typed_column(pd.Series(["1", "2"], name="n")).tolist(), typed_column(pd.Series(["0.5", ""], name="x")).tolist()
    ([1, 2], [0.5, nan])
    >>> typed_column(pd.Series(["'-Moscow", "12"], name="outlet")).tolist()
    ['-Moscow', '12']
    >>> typed_column(pd.Series(["True", "False"], name="flag")).tolist()
    [True, False]
    """
    text = cells.astype(str).map(_unneutralise)
    if cells.name in TEXT_COLUMNS:
        return text
    present = text[text != ""]
    if len(present) and present.isin(["True", "False"]).all() and len(present) == len(text):
        return text == "True"
    numbers = pd.to_numeric(present, errors="coerce")
    if numbers.notna().all() and len(text):
        out = pd.to_numeric(text.replace("", float("nan")), errors="coerce")
        return out.astype("int64") if out.notna().all() and (out == out.round()).all() and not present.str.contains(r"[.eE]").any() else out.astype(float)
    return text


def _unneutralise(cell: str) -> str:
    """Undo :func:`analysis.io.neutralise_formula` (``"'=x"`` back to ``"=x"``)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1:].startswith(FORMULA_PREFIXES) else cell


def check_tables_cover(tables: dict[str, pd.DataFrame], manifest: pd.DataFrame, *, where: object = "") -> None:
    """Raise :class:`TablesError` unless ``articles`` has exactly one row per manifest id.

    Examples
    --------
    >>> m = pd.DataFrame({"id": ["a", "b"]})
    >>> check_tables_cover({"articles": pd.DataFrame({"article_id": ["a", "b"]})}, m)
    >>> check_tables_cover({"articles": pd.DataFrame({"article_id": ["a", "c"]})}, m, where="t")
    Traceback (most recent call last):
    ...
    analysis.workbook.TablesError: t: the tables do not match the manifest: 1 manifest id(s) have no article row (b); 1 article row(s) are not in the manifest (c). Score this manifest again into the tables folder.
    """
    ids = manifest["id"].astype(str)
    rows = tables["articles"]["article_id"].astype(str)
    missing = sorted(set(ids) - set(rows))
    extra = sorted(set(rows) - set(ids))
    doubled = sorted(rows[rows.duplicated()].unique())
    problems = []
    if missing:
        problems.append(f"{len(missing)} manifest id(s) have no article row ({_some(missing)})")
    if extra:
        problems.append(f"{len(extra)} article row(s) are not in the manifest ({_some(extra)})")
    if doubled:
        problems.append(f"{len(doubled)} id(s) have more than one article row ({_some(doubled)})")
    if problems:
        raise TablesError(where, "the tables do not match the manifest: " + "; ".join(problems) + ". Score this manifest again into the tables folder.")
    for name, table in tables.items():
        if name != "articles" and "article_id" in table.columns and len(table):
            stray = sorted(set(table["article_id"].astype(str)) - set(rows) - {""})
            if stray:
                raise TablesError(where, f"table {name!r} has rows for article(s) not in articles.csv ({_some(stray)})")


def _some(ids: list[str], n: int = 5) -> str:
    return ", ".join(ids[:n]) + (f", ... ({len(ids) - n} more)" if len(ids) > n else "")


def notebook_style() -> None:
    """The display settings every notebook shares (pandas widths, matplotlib style).

    Maths parsing in Matplotlib text is off, so an outlet or word containing ``$`` is drawn as
    written instead of failing as mathtext.
    """
    import matplotlib.pyplot as plt

    from .display import setup_tables

    setup_tables()  # every column shown, long tables interactive (itables, offline)
    pd.set_option("display.max_colwidth", 110)
    pd.set_option("display.width", 160)
    plt.rcParams.update({
        "figure.dpi": 100, "savefig.dpi": 150, "axes.spines.top": False, "axes.spines.right": False,
        "text.parse_math": False,
    })
