"""Small multiples: figures that read the same at 2 outlets and at 200.

Each function draws a whole figure (one panel per outlet, frame or measure, like seaborn's
figure-level ``relplot``) and returns it; saving stays in :func:`analysis.figures.save_figure`.
Rows and panels are labelled with their names, so no chart needs a legend of outlets: a colour
only repeats what the label says. Pass at most a few dozen rows (use
:func:`analysis.groups.top_and_others` to pool the smallest outlets into "others").

Examples
--------
>>> import matplotlib; matplotlib.use("Agg")
>>> d = pd.DataFrame({"outlet": ["X", "Y"] * 2, "frame": ["conflict"] * 2 + ["economy"] * 2, "rate": [1.0, 2.0, 0.5, 0.0]})
>>> fig = plot_dot_panels(d, value="rate", row="outlet", panel="frame", xlabel="per 1,000 words")
>>> [ax.get_title() for ax in fig.axes], [t.get_text() for t in fig.axes[0].get_yticklabels()]
(['conflict', 'economy'], ['X', 'Y'])
"""
from __future__ import annotations

import math
from typing import Mapping, Sequence

import numpy as np
import pandas as pd

NEUTRAL = "#4c72b0"


def panel_grid(n_panels: int, *, ncols: int, panel_height: float, width: float = 11.0, sharex: bool = True, sharey: bool = True):
    """A figure with ``n_panels`` axes in ``ncols`` columns (unused cells removed).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> fig, axes = panel_grid(5, ncols=2, panel_height=1.5)
    >>> len(axes), len(fig.axes)
    (5, 5)
    """
    import matplotlib.pyplot as plt

    n_panels = max(1, n_panels)
    ncols = max(1, min(ncols, n_panels))
    nrows = math.ceil(n_panels / ncols)
    fig, grid = plt.subplots(nrows, ncols, figsize=(width, panel_height * nrows + 0.9), sharex=sharex, sharey=sharey, squeeze=False)
    axes = list(grid.ravel())
    for ax in axes[n_panels:]:
        fig.delaxes(ax)
    return fig, axes[:n_panels]


def plot_dot_panels(
    df: pd.DataFrame, *, value: str, row: str, panel: str, xlabel: str, low: str | None = None, high: str | None = None,
    colors: Mapping[str, str] | None = None, rows: Sequence[str] | None = None, panels: Sequence[str] | None = None,
    ncols: int | None = None, zero_line: bool = False, title: str = "", panel_colors: Mapping[str, str] | None = None,
    sharex: bool = True,
):
    """Dots with 95% intervals: one panel per ``panel`` value, one labelled row per ``row`` value.

    Every panel lists the same rows in the same order (``rows``, default sorted), so a reader
    follows one outlet or group down the panels; a missing value leaves its row empty.
    ``colors`` maps a row to its colour (outlet or group colours), or ``panel_colors`` a panel
    to one colour for all its rows (frame colours); rows are labelled, so there is no legend.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"group": ["wire", "state"], "measure": "tone", "m": [0.1, -0.2], "lo": [0.0, -0.4], "hi": [0.2, 0.0]})
    >>> fig = plot_dot_panels(d, value="m", low="lo", high="hi", row="group", panel="measure", xlabel="tone")
    >>> len(fig.axes[0].lines), fig.axes[0].get_legend() is None
    (4, True)
    """
    panels = list(panels) if panels is not None else list(dict.fromkeys(df[panel])) if len(df) else [""]
    rows = list(rows) if rows is not None else sorted(dict.fromkeys(map(str, df[row]))) if len(df) else []
    ncols = ncols or (1 if len(panels) == 1 else 2 if len(panels) <= 4 or len(rows) > 12 else 3)
    height = 0.24 * max(1, len(rows)) + 0.7
    fig, axes = panel_grid(len(panels), ncols=ncols, panel_height=height, width=11.0 if ncols > 1 else 8.0, sharex=sharex)
    position = {r: i for i, r in enumerate(rows)}
    for ax, name in zip(axes, panels):
        ax.set_title(str(name), fontsize="medium")
        if zero_line:
            ax.axvline(0, color="0.7", linewidth=0.8)
        part = df[df[panel] == name] if len(df) else df
        for r in part.itertuples(index=False):
            key = str(getattr(r, row))
            y = position[key]
            color = (panel_colors or {}).get(str(name)) or (colors or {}).get(key, NEUTRAL)
            lo, hi = (getattr(r, low), getattr(r, high)) if low and high else (np.nan, np.nan)
            if pd.notna(lo) and pd.notna(hi):
                ax.plot([lo, hi], [y, y], color=color, linewidth=2.2, alpha=0.9, solid_capstyle="round")
            ax.plot([getattr(r, value)], [y], marker="o", linestyle="", color=color, markeredgecolor="0.25", markersize=5.5)
        ax.set_yticks(range(len(rows)), rows)
        ax.set_ylim(len(rows) - 0.5, -0.5)
        ax.grid(axis="x", color="0.92", linewidth=0.8)
        if not len(part):
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="0.4")
    fig.supxlabel(xlabel, fontsize="medium")  # once: repeated under every panel, long labels collide
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_arc_panels(
    df: pd.DataFrame, *, panel: str = "outlet", colors: Mapping[str, str] | None = None, bins: int = 10, ncols: int = 4,
    value: str = "compound_adjusted", reference: str | None = "compound", title: str = "",
):
    """Sentence tone along the article, one panel per outlet (small multiples, no spaghetti).

    In each panel every article is a thin line (``value`` against the sentence's position,
    0 = first sentence, 1 = last); the bold line is the mean of ``value`` over the panel's
    sentences in ``bins`` equal stretches of the article, and the dashed grey line the same mean
    of ``reference`` (pure VADER), so where the two differ the news adjustment moved the tone.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"article_id": ["a"] * 3 + ["b"] * 2, "outlet": ["X"] * 3 + ["Y"] * 2, "sentence": [1, 2, 3, 1, 2],
    ...                   "compound": [0.1, -0.5, 0.0, 0.3, 0.2], "compound_adjusted": [0.1, -0.6, 0.0, 0.3, 0.2]})
    >>> fig = plot_arc_panels(d)
    >>> [ax.get_title() for ax in fig.axes]
    ['X (1 article)', 'Y (1 article)']
    """
    from matplotlib import patheffects

    d = df.sort_values([panel, "article_id", "sentence"])
    last = d.groupby("article_id")["sentence"].transform("max")
    d = d.assign(_x=(d["sentence"] - 1) / np.maximum(1, last - 1))
    d["_bin"] = np.minimum((d["_x"] * bins).astype(int), bins - 1)
    names = list(dict.fromkeys(d[panel])) or [""]
    fig, axes = panel_grid(len(names), ncols=ncols, panel_height=1.9, width=11.0 if len(names) > 1 else 6.0)
    centers = (np.arange(bins) + 0.5) / bins
    for ax, name in zip(axes, names):
        part = d[d[panel] == name]
        color = (colors or {}).get(str(name), NEUTRAL)
        ax.axhline(0, color="0.75", linewidth=0.8)
        n_articles = part["article_id"].nunique()
        alpha = max(0.04, min(0.6, 3.0 / max(1, n_articles)))  # many articles: a haze the means stand out from
        for _, art in part.groupby("article_id", sort=False):
            ax.plot(art["_x"], art[value], color=color, linewidth=0.8, alpha=alpha)
        means = part.groupby("_bin")[value].mean().reindex(range(bins))
        halo = [patheffects.Stroke(linewidth=4.6, foreground="white"), patheffects.Normal()]
        ax.plot(centers, means, color=color, linewidth=2.4, path_effects=halo)
        if reference:
            ax.plot(centers, part.groupby("_bin")[reference].mean().reindex(range(bins)), color="0.2", linewidth=1.2, linestyle="--", path_effects=halo)
        ax.set_title(f"{name} ({n_articles} article{'s' if n_articles != 1 else ''})", fontsize="medium")
        ax.set_ylim(-1.05, 1.05)
        ax.set_xlim(0, 1)
    fig.supxlabel("position in the article (0 = first sentence, 1 = last)", fontsize="medium")
    fig.supylabel("sentence tone (-1 to +1)", fontsize="medium")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_term_panels(
    df: pd.DataFrame, *, term: str = "term", value: str = "z", group: str = "outlet", top: int = 8, xlabel: str = "z-score",
    colors: Mapping[str, str] | None = None, threshold: float | None = None, by_magnitude: bool = False, ncols: int = 3, title: str = "",
):
    """The ``top`` terms of each group as bars, one panel per group (outlet or group of outlets).

    With ``by_magnitude`` terms are ranked by ``|value|`` and drawn signed (driver words);
    ``threshold`` draws a dashed line (1.96 for z-scores).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"outlet": ["X", "X", "Y"], "term": ["a", "b", "c"], "z": [2.5, 1.0, 3.0]})
    >>> fig = plot_term_panels(d, top=1)
    >>> [[t.get_text() for t in ax.get_yticklabels()] for ax in fig.axes]
    [['a'], ['c']]
    """
    names = sorted(dict.fromkeys(map(str, df[group]))) if len(df) else [""]
    fig, axes = panel_grid(len(names), ncols=ncols, panel_height=0.26 * top + 0.8, width=11.0 if len(names) > 1 else 6.0, sharey=False)
    for ax, name in zip(axes, names):
        part = df[df[group].astype(str) == name]
        key = part[value].abs() if by_magnitude else part[value]
        part = part.assign(_key=key).sort_values(["_key", term], ascending=[False, True]).head(top)
        ax.barh(range(len(part)), part[value], color=(colors or {}).get(name, NEUTRAL), edgecolor="0.3", linewidth=0.4)
        ax.set_yticks(range(len(part)), [str(t) for t in part[term]])
        ax.set_ylim(top - 0.5, -0.5)
        ax.set_title(name, fontsize="medium")
        if by_magnitude:
            ax.axvline(0, color="0.6", linewidth=0.8)
        if threshold is not None:
            ax.axvline(threshold, color="0.4", linestyle="--", linewidth=0.9)
        if part.empty:
            ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes, color="0.4")
    fig.supxlabel(xlabel, fontsize="medium")
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def plot_strip(df: pd.DataFrame, *, value: str, row: str = "outlet", xlabel: str, colors: Mapping[str, str] | None = None, ax=None):
    """One labelled row per outlet (or group), a dot per article and a bar at the median.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"outlet": ["Y", "X", "X"], "n_words": [300, 200, 400]})
    >>> ax = plot_strip(d, value="n_words", xlabel="words")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['X', 'Y']
    """
    names = sorted(dict.fromkeys(map(str, df[row])))
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 0.3 * max(1, len(names)) + 1.2))
    rng = np.random.default_rng(0)  # fixed jitter: the same figure on every run
    for y, name in enumerate(names):
        values = df.loc[df[row].astype(str) == name, value].to_numpy(dtype=float)
        color = (colors or {}).get(name, NEUTRAL)
        jitter = rng.uniform(-0.18, 0.18, len(values)) if len(values) > 1 else np.zeros(len(values))
        ax.plot(values, y + jitter, marker="o", linestyle="", color=color, markeredgecolor="0.25", markersize=4.5, alpha=0.8)
        if len(values):
            ax.plot([np.median(values)] * 2, [y - 0.32, y + 0.32], color="0.2", linewidth=1.6)
    ax.set_yticks(range(len(names)), names)
    ax.set_ylim(len(names) - 0.5, -0.5)
    ax.set_xlabel(xlabel)
    ax.grid(axis="x", color="0.92", linewidth=0.8)
    return ax


def plot_frame_panels(rates: pd.DataFrame, *, row: str, frames: Sequence[str], title: str = "", colors: Mapping[str, str] | None = None):
    """Frame rates (:func:`analysis.groups.frame_rates`): one panel per frame in ``frames`` order, one row per ``row`` value.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> r = pd.DataFrame({"label": ["A", "B"], "frame": "military", "estimate": [3.0, 1.0], "low": [2.0, 0.5], "high": [4.0, 1.5]})
    >>> [ax.get_title() for ax in plot_frame_panels(r, row="label", frames=["military", "economy"]).axes if ax.get_visible()]
    ['military', 'economy']
    """
    return plot_dot_panels(rates, value="estimate", low="low", high="high", row=row, panel="frame", panels=list(frames), title=title,
                           xlabel="indicator matches per 1,000 words (95% interval)", panel_colors=colors)
