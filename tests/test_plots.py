"""analysis.plots and analysis.figures: functions only draw; saving writes PNG + CSV side by side."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import figures, plots  # noqa: E402


def test_outlet_colors_are_stable_and_distinct():
    a = plots.outlet_colors(["Opoyi", "ABP Live"])
    b = plots.outlet_colors(["ABP Live", "Opoyi", "Opoyi"])
    assert a == b
    many = plots.outlet_colors(f"outlet {i}" for i in range(40))
    assert len(set(many.values())) == 40
    assert all(c.startswith("#") and len(c) == 7 for c in many.values())


ARC = pd.DataFrame({"article_id": ["a"] * 3 + ["b"] * 2, "outlet": ["X"] * 3 + ["Y"] * 2, "sentence": [1, 2, 3, 1, 2], "compound": [0.2, -0.4, 0.0, -0.7, 0.5]})


def test_sentence_arc_draws_one_line_per_article_in_outlet_colour():
    colors = plots.outlet_colors(["X", "Y"])
    ax = plots.plot_sentence_arc(ARC, colors=colors)
    lines = [l for l in ax.lines if len(l.get_xdata()) > 1 and l.get_marker() == "o"]
    assert len(lines) == 2
    assert {matplotlib.colors.to_hex(l.get_color()).upper() for l in lines} == {c.upper() for c in colors.values()}
    assert list(lines[0].get_xdata()) == [0.0, 0.5, 1.0]
    plt.close("all")


def test_intervals_draw_a_line_per_interval_and_skip_missing():
    d = pd.DataFrame({"article_id": ["a", "b"], "outlet": ["X", "Y"], "frame": ["f", "f"], "v": [1.0, 2.0], "lo": [0.5, None], "hi": [2.0, None]})
    ax = plots.plot_intervals(d, value="v", low="lo", high="hi", category="frame", xlabel="per 1,000 words")
    interval_lines = [l for l in ax.lines if l.get_linestyle() == "-" and len(l.get_xdata()) == 2]
    assert len(interval_lines) == 1 and list(interval_lines[0].get_xdata()) == [0.5, 2.0]
    assert ax.get_xlabel() == "per 1,000 words"
    plt.close("all")


@pytest.mark.parametrize("func, kwargs", [
    (plots.plot_sentence_arc, {}),
    (plots.plot_intervals, {"value": "v", "category": "c", "xlabel": "x"}),
    (plots.plot_stacked_shares, {"row": "outlet", "part": "bloc", "value": "share", "xlabel": "share"}),
    (plots.plot_ranked_terms, {}),
    (plots.plot_scatter_compare, {"x": "a", "y": "b", "xlabel": "a", "ylabel": "b"}),
])
def test_empty_input_draws_a_labelled_empty_axis(func, kwargs):
    ax = func(pd.DataFrame(), **kwargs)
    assert any(t.get_text() == "no data" for t in ax.texts)
    assert ax.get_xlabel()
    plt.close("all")


def test_stacked_shares_rows_sum_to_one():
    d = pd.DataFrame({"outlet": ["X", "X"], "bloc": ["a", "b"], "share": [2.0, 2.0]})
    ax = plots.plot_stacked_shares(d, row="outlet", part="bloc", value="share", xlabel="share of quoted words")
    assert sum(p.get_width() for p in ax.patches) == pytest.approx(1.0)
    plt.close("all")


def test_save_figure_writes_png_and_csv_side_by_side(tmp_path):
    fig, ax = plt.subplots()
    plots.plot_sentence_arc(ARC, ax=ax)
    png, csv = figures.save_figure(fig, ARC, "02-arc", tmp_path)
    assert png.parent == csv.parent == tmp_path / "figures"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pd.read_csv(csv).shape == ARC.shape
    again, _ = figures.save_figure(fig, ARC, "02-arc", tmp_path)
    assert again.read_bytes() == png.read_bytes(), "same figure, same bytes"
    plt.close(fig)


@pytest.mark.parametrize("name", ["", "../x", "A B", "x/y"])
def test_save_figure_refuses_unsafe_names(tmp_path, name):
    with pytest.raises(ValueError):
        figures.save_figure(None, pd.DataFrame(), name, tmp_path)
