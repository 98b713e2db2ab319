"""analysis.outlets (the outlets table) and analysis.groups (pooled group intervals, top N + others)."""
from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from analysis import groups, outlets


@pytest.mark.parametrize(
    "text, expected, codes",
    [
        ("outlet,country,type\nA,India,wire\nB,UK,national\n", {"A": "wire", "B": "national", "C": "unknown"}, ["outlet_not_in_table"]),
        ("\ufeffoutlet,type,note\nA,wire,from the site\nB,,\n", {"A": "wire", "B": "unknown", "C": "unknown"}, ["outlet_not_in_table"]),
        ("outlet,type\nA,wire\nA,state media\nB,x\nC,y\nZ,ignored\n", {"A": "wire", "B": "x", "C": "y"}, ["duplicate_outlet"]),
        ("outlet,type\nA,wire,extra\nB,x\nC,y\n", {"A": "unknown", "B": "x", "C": "y"}, ["outlets_row_shape", "outlet_not_in_table"]),
    ],
)
def test_outlets_table_marks_what_it_lacks_unknown_and_says_so(tmp_path, text, expected, codes):
    path = tmp_path / "outlets.csv"
    path.write_text(text, encoding="utf-8")
    table = outlets.load_outlets(path, ["C", "A", "B", "A"])
    assert table.table["outlet"].tolist() == ["A", "B", "C"]
    assert table.group_of("type") == expected
    assert table.problems["code"].tolist() == codes
    assert (table.problems["level"] == "warning").all() and (table.problems["file"] == str(path)).all()
    assert "note" not in table.groups


def test_duplicate_outlet_names_both_lines(tmp_path):
    path = tmp_path / "outlets.csv"
    path.write_text("outlet,type\nA,wire\nA,state media\n", encoding="utf-8")
    problem = outlets.load_outlets(path, ["A"]).problems.iloc[0]
    assert problem["line"] == 3 and "first on line 2" in problem["message"]


def test_no_table_is_a_warning_and_every_group_unknown(tmp_path):
    table = outlets.load_outlets(tmp_path / "missing.csv", ["A", "B"])
    assert table.groups == list(outlets.DEFAULT_GROUPS)
    assert (table.table[table.groups] == outlets.UNKNOWN).all().all()
    assert table.problems["code"].tolist() == ["no_outlets_table", "outlet_not_in_table", "outlet_not_in_table"]


def test_known_outlets_fill_what_the_table_lacks_and_the_table_wins(tmp_path):
    path = tmp_path / "outlets.csv"
    path.write_text("outlet,type\nReuters,news agency\nA,wire\n", encoding="utf-8")
    table = outlets.load_outlets(path, ["Reuters", "afp", "RT", "A", "Unheard Of Gazette"]).table.set_index("outlet")
    assert table.loc["Reuters", "type"] == "news agency" and table.loc["Reuters", "groups_from"] == "outlets table"
    assert table.loc["afp", "type"] == "wire" and table.loc["RT", "type"] == "state media"  # aliases, any case
    assert table.loc["afp", "groups_from"] == "known outlets"
    assert table.loc["Unheard Of Gazette", "type"] == outlets.UNKNOWN and table.loc["Unheard Of Gazette", "groups_from"] == "none"
    none = outlets.load_outlets(None, ["Reuters", "TASS"]).table.set_index("outlet")
    assert none["type"].to_dict() == {"Reuters": "wire", "TASS": "state media"} and set(none["country"]) == {"United Kingdom", "Russia"}


def test_a_table_without_an_outlet_column_is_refused_naming_the_file(tmp_path):
    path = tmp_path / "outlets.csv"
    path.write_text("name,type\nA,wire\n", encoding="utf-8")
    with pytest.raises(outlets.OutletsError, match="outlets.csv.*no 'outlet' column"):
        outlets.load_outlets(path, ["A"])


def test_the_seed_and_fixture_tables_cover_their_corpora():
    from analysis.corpus import load_manifest
    from analysis.paths import MANIFEST as DEFAULT_MANIFEST
    from tests.test_alignment import FIXTURE

    for manifest in (DEFAULT_MANIFEST, FIXTURE):
        names = load_manifest(manifest)["outlet"]
        table = outlets.load_outlets(outlets.outlets_path(manifest), names)
        assert table.problems.empty, table.problems
        assert (table.table["type"] != outlets.UNKNOWN).all()


def _units(seed: int, articles: int, group: str) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    rows = [(f"{group}{a}", group, float(rng.integers(0, 3)), float(rng.integers(5, 30))) for a in range(articles) for _ in range(int(rng.integers(3, 12)))]
    return pd.DataFrame(rows, columns=["article_id", "type", "matches", "words"])


def test_pooled_ratio_resamples_articles_and_pools_their_units():
    d = pd.concat([_units(1, 6, "wire"), _units(2, 1, "state")])
    out = groups.pooled_ratio(d, by="type", numerator="matches", denominator="words", scale=1000).set_index("type")
    for name, part in d.groupby("type"):
        assert out.loc[name, "estimate"] == pytest.approx(1000 * part["matches"].sum() / part["words"].sum())
        assert out.loc[name, "low"] <= out.loc[name, "estimate"] <= out.loc[name, "high"]
        assert out.loc[name, "n_units"] == len(part) and out.loc[name, "n_articles"] == part["article_id"].nunique()
    assert out.loc["wire", "interval"] == "articles" and out.loc["state", "interval"] == "sentences of one article"
    again = groups.pooled_ratio(d.copy(), by="type", numerator="matches", denominator="words", scale=1000)
    pd.testing.assert_frame_equal(again.set_index("type"), out)  # seeded: the same intervals on every run


def test_articles_with_the_same_rate_give_a_point_interval():
    # Every article has the rate 0.1 but sentences differ: resampling articles cannot move it.
    d = pd.DataFrame({"article_id": ["a", "a", "b", "b"], "g": "X", "num": [0.0, 2.0, 1.0, 1.0], "den": [10.0, 10.0, 10.0, 10.0]})
    r = groups.pooled_ratio(d, by="g", numerator="num", denominator="den").iloc[0]
    assert r["low"] == pytest.approx(0.1) and r["high"] == pytest.approx(0.1)
    one = groups.pooled_ratio(d[d.article_id == "a"], by="g", numerator="num", denominator="den").iloc[0]
    assert one["low"] < one["high"], "one article: its sentences are resampled"


def test_top_and_others_keeps_the_largest_and_pools_the_rest():
    names = [f"o{i:03d}" for i in range(200)]
    label = groups.top_and_others(names, n=20, weights={o: i for i, o in enumerate(names)})
    assert len(set(label.values())) == 21 and label["o199"] == "o199" and label["o000"] == "others (180 outlets)"
