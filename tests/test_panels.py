"""Figures that read at 2 and at 200 outlets: small multiples, names on rows, short legends, fixed frame colours."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import pytest

from analysis import groups, highlight, panels, plots

OUTLETS = {n: [f"outlet {i:03d}" for i in range(n)] for n in (2, 21, 200)}


def _legend_entries(fig) -> int:
    return max([len(ax.get_legend().get_texts()) for ax in fig.axes if ax.get_legend()] + [0])


@pytest.mark.parametrize("n", sorted(OUTLETS))
def test_dot_panels_name_every_row_and_draw_no_legend(n):
    names = OUTLETS[n]
    label = groups.top_and_others(names, n=25)
    d = pd.DataFrame([(label[o], f, float(i % 7), i % 7 - 1.0, i % 7 + 1.0) for i, o in enumerate(names) for f in ("conflict", "economy")],
                     columns=["outlet", "frame", "v", "lo", "hi"]).drop_duplicates(["outlet", "frame"])
    fig = panels.plot_dot_panels(d, value="v", low="lo", high="hi", row="outlet", panel="frame", xlabel="x", panel_colors=plots.frame_colors())
    rows = sorted(set(label.values()))
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == rows and len(rows) <= 26
    assert _legend_entries(fig) == 0 and [ax.get_title() for ax in fig.axes] == ["conflict", "economy"]
    assert fig.axes[0].lines[-1].get_color() == plots.frame_colors()["conflict"]
    plt.close(fig)


@pytest.mark.parametrize("n", sorted(OUTLETS))
def test_axes_level_charts_never_draw_a_legend_longer_than_eight(n):
    names = OUTLETS[n]
    colors = plots.outlet_colors(names)
    d = pd.DataFrame({"article_id": names, "outlet": names, "frame": "conflict", "v": np.arange(n, dtype=float), "a": 0.1, "b": 0.2, "n_words": 100})
    for draw in (
        lambda ax: plots.plot_intervals(d, value="v", category="frame", xlabel="x", ax=ax, colors=colors),
        lambda ax: plots.plot_scatter_compare(d, x="a", y="b", xlabel="a", ylabel="b", ax=ax, colors=colors),
        lambda ax: plots.plot_bars(d, value="n_words", xlabel="words", ax=ax, colors=colors),
        lambda ax: plots.plot_stacked_shares(d.assign(bloc=[f"bloc {i % 12}" for i in range(n)]), row="outlet", part="bloc", value="v", xlabel="x", ax=ax),
    ):
        fig, ax = plt.subplots()
        draw(ax)
        assert _legend_entries(fig) <= plots.MAX_LEGEND
        plt.close(fig)


def test_stacked_shares_pool_the_smallest_parts_into_one_other_segment():
    d = pd.DataFrame({"outlet": "X", "bloc": [f"b{i:02d}" for i in range(12)], "w": np.arange(1, 13, dtype=float)})
    fig, ax = plt.subplots()
    plots.plot_stacked_shares(d, row="outlet", part="bloc", value="w", xlabel="x", ax=ax)
    labels = [t.get_text() for t in ax.get_legend().get_texts()]
    assert len(labels) == 8 and labels[-1] == "other blocs" and "b11" in labels and "b00" not in labels
    assert sum(p.get_width() for p in ax.patches) == pytest.approx(1.0)
    plt.close(fig)


def test_arc_panels_are_one_panel_per_label_with_every_article_drawn():
    rows = [(f"a{k}", f"o{k % 3}", s, np.sin(s + k) / 2, np.sin(s + k) / 2) for k in range(9) for s in range(1, 12)]
    d = pd.DataFrame(rows, columns=["article_id", "outlet", "sentence", "compound", "compound_adjusted"])
    fig = panels.plot_arc_panels(d, colors=plots.outlet_colors(d["outlet"]))
    assert [ax.get_title() for ax in fig.axes] == ["o0 (3 articles)", "o1 (3 articles)", "o2 (3 articles)"]
    assert all(len(ax.lines) == 1 + 3 + 2 for ax in fig.axes)  # zero line, 3 articles, mean and pure mean
    assert _legend_entries(fig) == 0
    plt.close(fig)


def test_a_frame_has_one_colour_in_every_article_view():
    colors = plots.frame_colors()
    one = highlight.article_view("a", "War and talks.", [(0, 3, "conflict"), (8, 13, "deescalation")], colors=colors)
    two = highlight.article_view("b", "Talks only.", [(0, 5, "deescalation")], colors=colors)
    mark = f'background:{colors["deescalation"]}'
    assert mark in one and mark in two
    assert len(set(colors.values())) == len(colors), "no two frames share a colour"
