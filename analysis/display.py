"""How tables show in the notebooks: never cut, and the long ones interactive (itables, offline).

:func:`setup_tables` (called by :func:`analysis.workbook.notebook_style`) sets pandas to show
every column (a table is never cut at 20 columns) and up to :data:`MAX_ROWS` rows, and loads
itables in **offline** mode: the DataTables library is embedded in the notebook from the pinned
wheel, so filtering and paging work with no network, in JupyterLab and in the HTML report.
:func:`interactive` shows a table that way (evidence, quotes, drivers, claims, any long table):
a search box, a filter per column, pages of 10 to all rows. Cell text is escaped
(``allow_html=False``): an article containing ``<script>`` shows it as text.

Examples
--------
>>> wide = pd.DataFrame({f"outlet {i}": [i] for i in range(25)})
>>> setup_tables(interactive_tables=False)
>>> "outlet 24" in wide.to_string() and "..." not in repr(wide)
True
"""
from __future__ import annotations

import pandas as pd

#: Rows pandas prints before it elides the middle; longer tables go through :func:`interactive`.
MAX_ROWS = 400
#: Tables larger than this (as the HTML data itables embeds) are downsampled, with a warning shown.
MAX_BYTES = "4MB"


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

    The whole table is embedded (up to :data:`MAX_BYTES`); its CSV lies beside the report for
    anything larger.
    """
    from IPython.display import Markdown, display

    if df.empty:
        display(Markdown(f"_{caption + ': ' if caption else ''}no rows._"))
        return
    from itables import show

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
