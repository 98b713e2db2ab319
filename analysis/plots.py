"""Plotting functions: each only draws on an Axes and returns it (seaborn's axes-level style).

``plot_x(df, *, ax=None, colors=None) -> Axes``. Saving is separate
(:func:`analysis.figures.save_figure`). Every outlet keeps one colour across all notebooks:
:func:`outlet_colors` maps the sorted outlet names of a corpus to a fixed palette, so pass the
corpus' full outlet list (``articles["outlet"]``) and every chart agrees. Empty input draws an
empty, labelled axis with a "no data" note rather than failing.
"""
from __future__ import annotations

import colorsys
from typing import Iterable, Mapping

import numpy as np
import pandas as pd

#: Okabe-Ito colour-blind-safe palette (Okabe & Ito 2008), then Tableau 10 extras.
PALETTE: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
    "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF",
)


def outlet_colors(outlets: Iterable[str]) -> dict[str, str]:
    """A colour per outlet: sorted names take the palette in order, then evenly spread hues.

    Deterministic for any number of outlets: the same set of names always gets the same colours.

    Examples
    --------
    >>> outlet_colors(["Opoyi", "ABP Live", "Opoyi"])
    {'ABP Live': '#0072B2', 'Opoyi': '#E69F00'}
    >>> len(set(outlet_colors(f"o{i}" for i in range(30)).values()))
    30
    >>> outlet_colors([])
    {}
    """
    names = sorted({str(o) for o in outlets})
    colors: dict[str, str] = {}
    extra = max(0, len(names) - len(PALETTE))
    for i, name in enumerate(names):
        if i < len(PALETTE):
            colors[name] = PALETTE[i]
        else:
            k = i - len(PALETTE)
            r, g, b = colorsys.hls_to_rgb((k / extra + 0.05) % 1.0, 0.45 + 0.15 * (k % 2), 0.65)
            colors[name] = f"#{int(r * 255):02X}{int(g * 255):02X}{int(b * 255):02X}"
    return colors


#: Light colour-blind-friendly colours for the parts of a whole (ColorBrewer Set2, then Pastel1),
#: distinct from the outlet palette so a bloc is never mistaken for an outlet; black text reads on each.
PART_PALETTE: tuple[str, ...] = (
    "#66C2A5", "#FC8D62", "#8DA0CB", "#E78AC3", "#A6D854", "#FFD92F", "#E5C494", "#B3B3B3",
    "#FBB4AE", "#B3CDE3", "#CCEBC5", "#DECBE4", "#FED9A6", "#FFFFCC", "#E5D8BD", "#FDDAEC",
)


#: One colour per frame and stance category, in codebook order, used by every chart and by the
#: evidence highlight (:func:`analysis.highlight.article_view`): light enough to mark text under
#: black type, dark enough to read as a dot on white. Generic and event frames (11) are distinct
#: from one another (they are marked together); stance categories take the next five.
FRAME_PALETTE: tuple[str, ...] = (
    "#aec7e8", "#ffbb78", "#98df8a", "#ff9896", "#c5b0d5", "#c49c94", "#f7b6d2", "#c7c7c7", "#dbdb8d", "#9edae5",
    "#e7ba52", "#bcbddc", "#fdd0a2", "#a1d99b", "#fcbba1", "#d9d9d9",
)


def frame_colors(frames: Iterable[str] | None = None) -> dict[str, str]:
    """A fixed colour per frame id: the codebook's frames in its order, then any others by name.

    The same frame gets the same colour in every notebook and every article, whichever frames
    a corpus happens to carry.

    Examples
    --------
    >>> c = frame_colors()
    >>> c["responsibility"], c["escalation"] == frame_colors(["escalation"])["escalation"]
    ('#aec7e8', True)
    >>> frame_colors(["not_in_codebook"])["not_in_codebook"] in PART_PALETTE
    True
    """
    from .framing import load_codebook

    ids = [f.id for f in load_codebook().frames]
    colors = {f: FRAME_PALETTE[i % len(FRAME_PALETTE)] for i, f in enumerate(ids)}
    extra = sorted({str(f) for f in frames or ()} - set(colors))
    colors.update({f: PART_PALETTE[i % len(PART_PALETTE)] for i, f in enumerate(extra)})
    return colors


#: Colours of groups of outlets (ColorBrewer Dark2); ``unknown`` and "others" are grey.
GROUP_PALETTE: tuple[str, ...] = ("#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4")


def group_colors(groups: Iterable[str]) -> dict[str, str]:
    """A colour per group of outlets (sorted names, cycling after 8); ``unknown`` is grey.

    Examples
    --------
    >>> group_colors(["wire", "unknown", "national", "wire"])
    {'national': '#1b9e77', 'unknown': '#9a9a9a', 'wire': '#d95f02'}
    """
    names = sorted({str(g) for g in groups})
    known = [g for g in names if g != "unknown"]
    return {g: "#9a9a9a" if g == "unknown" else GROUP_PALETTE[known.index(g) % len(GROUP_PALETTE)] for g in names}


def part_colors_for(parts: Iterable[str]) -> dict[str, str]:
    """A colour per part (e.g. bloc) in sorted order, cycling after 16.

    Examples
    --------
    >>> part_colors_for(["West", "Russia"])
    {'Russia': '#66C2A5', 'West': '#FC8D62'}
    """
    return {p: PART_PALETTE[i % len(PART_PALETTE)] for i, p in enumerate(sorted({str(p) for p in parts}))}


def _axes(ax):
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(8, 4.5))
    return ax


def _colors(df: pd.DataFrame, colors: Mapping[str, str] | None) -> Mapping[str, str]:
    return colors if colors is not None else outlet_colors(df["outlet"] if "outlet" in df else [])


def _no_data(ax, message: str = "no data"):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    return ax


#: The longest legend any chart draws; past it, names are written beside the marks instead.
MAX_LEGEND = 8


def _legend_outlets(ax, outlets: Iterable[str], colors: Mapping[str, str], **kwargs) -> None:
    from matplotlib.lines import Line2D

    if len(set(outlets)) > MAX_LEGEND:
        return  # a long legend of near-identical hues names nothing: callers label directly
    handles = [Line2D([], [], color=colors[o], marker="o", linestyle="", label=o) for o in sorted(set(outlets))]
    if handles:
        # Outside the plotting area, so it never hides data however many outlets there are.
        options = {"loc": "upper left", "bbox_to_anchor": (1.01, 1.0), "fontsize": "small"} | kwargs
        ax.legend(handles=handles, title="outlet", frameon=False, **options)


def plot_sentence_arc(df: pd.DataFrame, *, value: str = "compound", ax=None, colors: Mapping[str, str] | None = None):
    """Sentence tone along each article: one line per article, coloured by outlet.

    ``df`` needs ``article_id``, ``outlet``, ``sentence`` and ``value``. The x axis is the
    sentence's position as a share of the article (0 = first sentence, 1 = last), so articles of
    different lengths line up.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"article_id": ["a", "a"], "outlet": ["X", "X"], "sentence": [1, 2], "compound": [0.1, -0.5]})
    >>> plot_sentence_arc(d).get_ylabel()
    'sentence tone (VADER compound, -1 to +1)'
    """
    ax = _axes(ax)
    ax.axhline(0, color="0.7", linewidth=0.8)
    ax.set_xlabel("position in article (share of sentences, 0 = first, 1 = last)")
    names = {"compound": "VADER compound", "compound_adjusted": "news-adjusted compound"}
    ax.set_ylabel(f"sentence tone ({names.get(value, value)}, -1 to +1)")
    ax.set_ylim(-1.05, 1.05)
    if df.empty:
        return _no_data(ax)
    colors = _colors(df, colors)
    for aid, part in df.sort_values(["article_id", "sentence"]).groupby("article_id", sort=False):
        n = part["sentence"].max()
        x = (part["sentence"] - 1) / max(1, n - 1)
        ax.plot(x, part[value], marker="o", markersize=4, linewidth=1.4, color=colors[part["outlet"].iloc[0]], alpha=0.85)
    _legend_outlets(ax, df["outlet"], colors)
    return ax


def plot_intervals(
    df: pd.DataFrame, *, value: str, low: str | None = None, high: str | None = None, category: str,
    xlabel: str, ax=None, colors: Mapping[str, str] | None = None, group: str = "article_id", zero_line: bool = False,
):
    """Dot-and-interval chart: one row per ``category``, one dodged dot per ``group`` (article),
    coloured by outlet, with its interval (``low``-``high``) drawn as a line where it exists.

    Reads well for any number of categories and articles: rows are categories, dots within a row
    are dodged, the legend names outlets once.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "frame": ["conflict"] * 2,
    ...                   "rate": [3.0, 5.0], "lo": [1.0, 2.0], "hi": [6.0, 9.0]})
    >>> ax = plot_intervals(d, value="rate", low="lo", high="hi", category="frame", xlabel="per 1,000 words")
    >>> [t.get_text() for t in ax.get_yticklabels()], len(ax.lines)
    (['conflict'], 4)
    """
    ax = _axes(ax)
    ax.set_xlabel(xlabel)
    if zero_line:
        ax.axvline(0, color="0.7", linewidth=0.8)
    if df.empty:
        return _no_data(ax)
    colors = _colors(df, colors)
    cats = list(dict.fromkeys(df[category]))
    groups = list(dict.fromkeys(df.sort_values(["outlet", group])[group]))
    step = 0.8 / max(1, len(groups))
    for g_index, g in enumerate(groups):
        part = df[df[group] == g]
        y = np.array([cats.index(c) for c in part[category]]) - 0.4 + step * (g_index + 0.5)
        color = colors[part["outlet"].iloc[0]]
        if low and high:
            for yy, lo, hi in zip(y, part[low], part[high]):
                if pd.notna(lo) and pd.notna(hi):
                    ax.plot([lo, hi], [yy, yy], color=color, linewidth=1.6, alpha=0.7)
        ax.plot(part[value], y, marker="o", linestyle="", color=color, markersize=5)
    ax.set_yticks(range(len(cats)), [str(c) for c in cats])
    ax.set_ylim(len(cats) - 0.5, -0.5)
    for edge in np.arange(0.5, len(cats) - 0.5):
        ax.axhline(edge, color="0.92", linewidth=0.8)
    _legend_outlets(ax, df.sort_values("outlet")["outlet"], colors)
    return ax


def plot_stacked_shares(
    df: pd.DataFrame, *, row: str, part: str, value: str, xlabel: str, ax=None,
):
    """Horizontal 100% stacked bars: one bar per ``row`` (outlet or article), segments ``part``.

    ``value`` is each part's share of the row (rows are renormalised to sum to 1 for drawing).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"outlet": ["X", "X", "Y"], "bloc": ["Russia", "West", "Russia"], "share": [0.25, 0.75, 1.0]})
    >>> ax = plot_stacked_shares(d, row="outlet", part="bloc", value="share", xlabel="share of quoted words")
    >>> len(ax.patches)
    4
    """
    ax = _axes(ax)
    ax.set_xlabel(xlabel)
    ax.set_xlim(0, 1)
    if df.empty:
        return _no_data(ax)
    table = df.pivot_table(index=row, columns=part, values=value, aggfunc="sum", fill_value=0.0)
    if table.shape[1] > MAX_LEGEND:  # the largest parts by total, the rest as one "other" segment
        keep = table.sum().sort_values(ascending=False, kind="stable").index[: MAX_LEGEND - 1]
        table = table[sorted(keep)].assign(**{f"other {part}s": table.drop(columns=keep).sum(axis=1)})
    table = table.div(table.sum(axis=1).replace(0, np.nan), axis=0).fillna(0.0)
    part_colors = part_colors_for(table.columns)
    left = np.zeros(len(table))
    for name in table.columns:
        widths = table[name].to_numpy()
        bars = ax.barh(range(len(table)), widths, left=left, color=part_colors[str(name)], label=str(name), edgecolor="white")
        for bar, w, l in zip(bars, widths, left):
            if w >= 0.08:
                ax.text(l + w / 2, bar.get_y() + bar.get_height() / 2, f"{w:.0%}", ha="center", va="center", fontsize="small", color="black")
        left += widths
    ax.set_yticks(range(len(table)), [str(i) for i in table.index])
    ax.invert_yaxis()
    ax.legend(title=part, frameon=False, fontsize="small", loc="upper left", bbox_to_anchor=(1.0, 1.0))
    return ax


def plot_ranked_terms(
    df: pd.DataFrame, *, term: str = "term", value: str = "z", group: str = "outlet", top: int = 8, xlabel: str = "z-score",
    ax=None, colors: Mapping[str, str] | None = None, threshold: float | None = None, by_magnitude: bool = False,
):
    """Top ``top`` terms by ``value`` for each ``group`` (outlet), as bars in the group's colour.

    ``threshold`` draws a dashed line (e.g. 1.96 for z-scores). With ``by_magnitude`` terms are
    ranked by ``|value|`` and drawn signed (a diverging chart, e.g. sentiment driver words).

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"outlet": ["X", "X", "Y"], "term": ["a", "b", "c"], "z": [2.5, 1.0, 3.0]})
    >>> ax = plot_ranked_terms(d, top=1)
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a (X)', 'c (Y)']
    """
    ax = _axes(ax)
    ax.set_xlabel(xlabel)
    if df.empty:
        return _no_data(ax)
    colors = colors if colors is not None else outlet_colors(df[group])
    key = df[value].abs() if by_magnitude else df[value]
    picked = df.assign(_key=key).sort_values([group, "_key"], ascending=[True, False]).groupby(group, sort=True).head(top)
    labels = [f"{t} ({g})" for t, g in zip(picked[term], picked[group])]
    ax.barh(range(len(picked)), picked[value], color=[colors[g] for g in picked[group]])
    ax.set_yticks(range(len(picked)), labels)
    ax.invert_yaxis()
    if by_magnitude:
        ax.axvline(0, color="0.6", linewidth=0.8)
    if threshold is not None:
        ax.axvline(threshold, color="0.4", linestyle="--", linewidth=0.9)
    _legend_outlets(ax, picked[group], colors)
    return ax


def plot_scatter_compare(
    df: pd.DataFrame, *, x: str, y: str, xlabel: str, ylabel: str, ax=None, colors: Mapping[str, str] | None = None,
):
    """Scatter of two scores of the same units (e.g. pure vs news-adjusted tone), with the
    ``y = x`` diagonal: points off the diagonal are where the two disagree.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"outlet": ["X"], "a": [0.2], "b": [-0.3]})
    >>> plot_scatter_compare(d, x="a", y="b", xlabel="pure", ylabel="adjusted").get_xlabel()
    'pure'
    """
    ax = _axes(ax)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.plot([-1, 1], [-1, 1], color="0.75", linewidth=0.8, linestyle="--")
    ax.set_xlim(-1.05, 1.05)
    ax.set_ylim(-1.05, 1.05)
    if df.empty:
        return _no_data(ax)
    colors = _colors(df, colors)
    ax.scatter(df[x], df[y], c=[colors[o] for o in df["outlet"]], s=28, alpha=0.8, edgecolors="white", linewidths=0.5)
    _legend_outlets(ax, df.sort_values("outlet")["outlet"], colors)
    return ax


def plot_bars(
    df: pd.DataFrame, *, value: str, label: str = "article_id", xlabel: str, ax=None, colors: Mapping[str, str] | None = None,
):
    """Horizontal bars, one per row (article), coloured by outlet, grouped by outlet.

    Examples
    --------
    >>> import matplotlib; matplotlib.use("Agg")
    >>> d = pd.DataFrame({"article_id": ["b", "a"], "outlet": ["Y", "X"], "n_words": [300, 200]})
    >>> ax = plot_bars(d, value="n_words", xlabel="words")
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a', 'b']
    """
    ax = _axes(ax)
    ax.set_xlabel(xlabel)
    if df.empty:
        return _no_data(ax)
    colors = _colors(df, colors)
    d = df.sort_values(["outlet", label])
    ax.barh(range(len(d)), d[value], color=[colors[o] for o in d["outlet"]])
    ax.set_yticks(range(len(d)), [str(v) for v in d[label]])
    ax.invert_yaxis()
    _legend_outlets(ax, d["outlet"], colors)
    return ax
