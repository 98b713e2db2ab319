"""How tables show in the notebooks: never cut, and the long ones interactive (itables, offline).

:func:`setup_tables` (called by :func:`analysis.workbook.notebook_style`) sets pandas to show
every column (a table is never cut at 20 columns) and up to :data:`MAX_ROWS` rows, and loads
itables in **offline** mode: the DataTables library is embedded in the notebook from the pinned
wheel, so filtering and paging work with no network, in JupyterLab and in the HTML report.
:func:`interactive` shows a table that way (evidence, quotes, drivers, claims, any long table):
a search box, a filter per column, pages of 10 to all rows. Cell text is escaped
(``allow_html=False``): an article containing ``<script>`` shows it as text.

Pages stay readable at any corpus size: an interactive table embeds at most
:data:`MAX_EMBEDDED_ROWS` rows (the first ones, in the table's order) and, when it has more, says
so and links the whole table, written as CSV under the reports folder's ``tables/shown/``
(:func:`keep_full_tables_in`, set by :func:`analysis.notebook.setup`); a list of findings in
prose (one line per article, per quote) shows :data:`MAX_LINES` lines and counts the rest
(:func:`bullets`).

Examples
--------
>>> wide = pd.DataFrame({f"outlet {i}": [i] for i in range(25)})
>>> setup_tables(interactive_tables=False)
>>> "outlet 24" in wide.to_string() and "..." not in repr(wide)
True
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Iterable

import pandas as pd

#: Rows pandas prints before it elides the middle; longer tables go through :func:`interactive`.
MAX_ROWS = 400
#: Tables larger than this (as the HTML data itables embeds) are downsampled, with a warning shown.
MAX_BYTES = "4MB"
#: Rows an interactive table embeds in the page; the whole table is linked as CSV beside it.
MAX_EMBEDDED_ROWS = 1_000
#: Lines a prose list shows before it counts the rest.
MAX_LINES = 25

_FULL_TABLES: dict[str, Path | None] = {"folder": None}


def keep_full_tables_in(reports: str | Path | None) -> None:
    """Write the whole of each table cut by :func:`interactive` under ``<reports>/tables/shown/`` (``None``: nowhere)."""
    _FULL_TABLES["folder"] = Path(reports) / "tables" / "shown" if reports else None


def table_name(df: pd.DataFrame, caption: str = "") -> str:
    """A file stem for a shown table: its caption in lower-case words, else a digest of its columns and size.

    Examples
    --------
    >>> table_name(pd.DataFrame({"a": [1]}), "Every driver word (filter by outlet)")
    'every-driver-word-filter-by-outlet'
    >>> table_name(pd.DataFrame({"a": [1]})) == table_name(pd.DataFrame({"a": [2]})), table_name(pd.DataFrame({"a": [1]}))[:6]
    (True, 'table-')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", caption.lower()).strip("-")[:60].strip("-")
    if slug:
        return slug
    digest = hashlib.sha1(repr((list(map(str, df.columns)), df.shape)).encode()).hexdigest()[:10]
    return f"table-{digest}"


def bullets(lines: Iterable[str], *, limit: int = MAX_LINES, rest: str = "every one is in the table above", empty: str = "") -> str:
    """Markdown list of the first ``limit`` lines (each already starting ``- ``), then how many are left out.

    Examples
    --------
    >>> print(bullets([f"- line {i}" for i in range(4)], limit=2))
    - line 0
    - line 1
    - ... and 2 more: every one is in the table above.
    >>> bullets([], empty="Nothing to say.")
    'Nothing to say.'
    """
    shown, more = [], 0
    for line in lines:
        if len(shown) < limit:
            shown.append(line)
        else:
            more += 1
    if not shown:
        return empty
    return "\n".join(shown + ([f"- ... and {more:,} more: {rest}."] if more else []))


def setup_tables(*, interactive_tables: bool = True) -> None:
    """Pandas display options (every column, up to :data:`MAX_ROWS` rows) and itables offline."""
    pd.set_option("display.max_columns", None)
    pd.set_option("display.max_rows", MAX_ROWS)
    pd.set_option("display.min_rows", MAX_ROWS)
    if interactive_tables:
        import itables
        import itables.options as opt

        opt.display_logo_when_loading = False  # an SVG linking to itables.org: nothing to fetch, nothing to show
        itables.init_notebook_mode(all_interactive=False, connected=False)  # the library embedded, no CDN
        opt.maxBytes = MAX_BYTES
        opt.allow_html = False
        opt.showIndex = False
        opt.lengthMenu = [10, 25, 100, -1]
        opt.classes = "display compact"
        opt.column_filters = "header"


def interactive(df: pd.DataFrame, *, caption: str = "", page: int = 10) -> None:
    """Show ``df`` as a filterable, paged table (itables offline); an empty table says so in words.

    Up to :data:`MAX_EMBEDDED_ROWS` rows are embedded (and at most :data:`MAX_BYTES`); a longer
    table shows its first rows, says how many there are, and links its whole CSV (written by
    :func:`keep_full_tables_in`'s folder, named by :func:`table_name`).
    """
    from IPython.display import Markdown, display

    if df.empty:
        display(Markdown(f"_{caption + ': ' if caption else ''}no rows._"))
        return
    from itables import show

    if len(df) > MAX_EMBEDDED_ROWS:
        folder = _FULL_TABLES["folder"]
        where = "not saved"
        if folder is not None:
            from .io import write_csv

            path = write_csv(df, folder / f"{table_name(df, caption)}.csv")
            where = f"[{'/'.join(path.parts[-3:])}]({'/'.join(path.parts[-3:])})"
        display(Markdown(f"_{caption + ': ' if caption else ''}the first {MAX_EMBEDDED_ROWS:,} of {len(df):,} rows; the whole table: {where}._"))
        df = df.head(MAX_EMBEDDED_ROWS)
    show(df, caption=caption or None, pageLength=page)


def show_table(df: pd.DataFrame, *, caption: str = "", max_plain: int = 100) -> None:
    """Show ``df`` whole: as a plain table up to ``max_plain`` rows, else with :func:`interactive`."""
    from IPython.display import Markdown, display

    if len(df) > max_plain:
        interactive(df, caption=caption, page=25)
        return
    if caption:
        display(Markdown(f"**{caption}**"))
    display(df)
