"""Saving figures: every chart is written as a PNG with the CSV of its data beside it.

Plotting functions (:mod:`analysis.plots`) only draw; :func:`save_figure` is the one place that
writes, atomically (via :mod:`analysis.io`), so a reader can check every chart against its
numbers (The Markup's habit): ``figures/<name>.png`` next to ``figures/<name>.csv``.

Examples
--------
>>> import tempfile, pandas as pd, matplotlib
>>> matplotlib.use("Agg")
>>> import matplotlib.pyplot as plt
>>> fig, ax = plt.subplots()
>>> _ = ax.plot([0, 1], [1, 2])
>>> out = Path(tempfile.mkdtemp())
>>> png, csv = save_figure(fig, pd.DataFrame({"x": [0, 1], "y": [1, 2]}), "demo-line", out)
>>> png.name, csv.name, png.read_bytes()[:4] == b"\\x89PNG", csv.read_text().splitlines()[0]
('demo-line.png', 'demo-line.csv', True, 'x,y')
>>> plt.close(fig)
"""
from __future__ import annotations

import io
import re
from pathlib import Path

import pandas as pd

from .io import atomic_write_bytes, write_csv

#: Figure names become file names: lower-case letters, digits, ``-`` and ``_`` only.
NAME_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,80}$")
DPI = 150


def figure_dir(out_dir: str | Path) -> Path:
    """The folder figures go to under a reports folder: ``<out_dir>/figures``.

    Examples
    --------
    >>> figure_dir("/tmp/rep").as_posix()
    '/tmp/rep/figures'
    """
    return Path(out_dir) / "figures"


def save_figure(fig, data: pd.DataFrame, name: str, out_dir: str | Path) -> tuple[Path, Path]:
    """Write ``fig`` as ``<out_dir>/figures/<name>.png`` and ``data`` as ``<name>.csv`` beside it.

    Parameters
    ----------
    fig : matplotlib.figure.Figure
        The drawn figure (not closed by this function).
    data : pandas.DataFrame
        Exactly the data the figure plots, tidy (one row per plotted mark). An empty frame is
        written as its header only, so an empty chart is still auditable.
    name : str
        File stem, e.g. ``"02-sentence-arc"``; refused unless it matches :data:`NAME_RE`.
    out_dir : str or Path
        The reports folder (``analysis.paths.reports_dir()``).

    Returns
    -------
    tuple of Path
        The PNG and CSV paths.

    Examples
    --------
    >>> save_figure(None, pd.DataFrame(), "../escape", "/tmp")
    Traceback (most recent call last):
    ...
    ValueError: figure name '../escape' must be lower-case letters, digits, '-' or '_'
    """
    if not NAME_RE.match(name):
        raise ValueError(f"figure name {name!r} must be lower-case letters, digits, '-' or '_'")
    folder = figure_dir(out_dir)
    buffer = io.BytesIO()
    # No timestamp in the PNG metadata: the same figure gives the same bytes.
    fig.savefig(buffer, format="png", dpi=DPI, bbox_inches="tight", metadata={"Software": None})
    png = atomic_write_bytes(folder / f"{name}.png", buffer.getvalue())
    csv = write_csv(pd.DataFrame(data), folder / f"{name}.csv")
    return png, csv


def save_table(data: pd.DataFrame, name: str, out_dir: str | Path) -> Path:
    """Write a result table as ``<out_dir>/tables/<name>.csv`` (atomic, formula-safe).

    Examples
    --------
    >>> import tempfile
    >>> path = save_table(pd.DataFrame({"outlet": ["A"], "words": [300]}), "05-summary", tempfile.mkdtemp())
    >>> path.parent.name, path.read_text()
    ('tables', 'outlet,words\\nA,300\\n')
    """
    if not NAME_RE.match(name):
        raise ValueError(f"table name {name!r} must be lower-case letters, digits, '-' or '_'")
    return write_csv(pd.DataFrame(data), Path(out_dir) / "tables" / f"{name}.csv")


def show_figure(fig, data: pd.DataFrame, name: str, out_dir: str | Path) -> Path:
    """Save ``fig`` with its data (:func:`save_figure`), close it, and show the saved PNG in the notebook.

    The chart is drawn once: the notebook and its HTML page show the same PNG bytes as the file.
    Returns the PNG's path.
    """
    import matplotlib.pyplot as plt
    from IPython.display import Image, display

    png, _ = save_figure(fig, data, name, out_dir)
    plt.close(fig)
    display(Image(filename=str(png), width=int(fig.get_figwidth() * 96)))
    return png
