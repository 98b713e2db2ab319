"""analysis.compare: distinctive words, sentence alignment, omissions, per-outlet joins."""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from analysis import compare
from analysis.corpus import load_manifest
from analysis.pipeline import score_corpus


@pytest.fixture(scope="module")
def seed_sentences() -> pd.DataFrame:
    tables = score_corpus(load_manifest())
    return tables["sentences"].merge(tables["articles"][["article_id", "outlet"]], on="article_id", validate="many_to_one")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("", []),
        ("RUSSIA SAYS TROOPS", ["russia", "says", "troops"]),
        ("Russia\u2019s troops", ["russia", "troops"]),
        ("1,00,000 troops", ["1,00,000", "troops"]),
    ],
)
def test_tokenize(text, expected):
    assert compare.tokenize(text) == expected


def test_log_odds_matches_hand_computation():
    counts = pd.DataFrame({"A": [8, 2], "B": [2, 8]}, index=["troops", "war"])
    out = compare.log_odds_dirichlet(counts, prior_scale=1.0).set_index(["outlet", "term"])
    a, yi, yj, ni, nj, a0 = 10.0, 8.0, 2.0, 10.0, 10.0, 20.0
    delta = math.log((yi + a) / (ni + a0 - yi - a)) - math.log((yj + a) / (nj + a0 - yj - a))
    z = delta / math.sqrt(1 / (yi + a) + 1 / (yj + a))
    assert out.loc[("A", "troops"), "z"] == pytest.approx(z)
    assert out.loc[("B", "troops"), "z"] == pytest.approx(-z)


def test_log_odds_prior_shrinks_rare_words():
    counts = pd.DataFrame({"A": [2, 40, 100], "B": [0, 4, 100]}, index=["rare", "frequent", "common"])
    out = compare.log_odds_dirichlet(counts).set_index(["outlet", "term"])
    # "rare" has the larger raw ratio (2:0) but far less evidence than "frequent" (40:4).
    assert out.loc[("A", "frequent"), "z"] > out.loc[("A", "rare"), "z"]
    assert bool(out.loc[("A", "frequent"), "significant"]) and not bool(out.loc[("A", "rare"), "significant"])


def test_log_odds_one_group_is_empty_answer():
    assert compare.log_odds_dirichlet(pd.DataFrame({"A": [1]}, index=["x"])).empty


def test_seed_ministry_statement_is_the_best_aligned_pair(seed_sentences):
    pairs = compare.align_sentences(seed_sentences)
    assert not pairs.empty
    top = pairs.iloc[0]
    assert top["text_a"].lower().startswith('"units of the southern and western military districts')
    assert top["text_b"].lower().startswith('"units of the southern and western military districts')
    assert top["outlet_a"] != top["outlet_b"]
    assert 0 < top["similarity"] <= 1


def test_alignment_ignores_same_outlet_pairs():
    s = pd.DataFrame({"article_id": ["x", "y"], "outlet": ["A", "A"], "sentence": [1, 1], "text": ["Same words here.", "Same words here."]})
    assert compare.align_sentences(s).empty


def test_tfidf_rows_are_unit_length_or_zero():
    m = compare.tfidf_matrix(["troops return", "", "war"])
    assert np.allclose(np.linalg.norm(m, axis=1), [1, 0, 1])


def test_coverage_marks_exclusive_sentences(seed_sentences):
    cov = compare.sentence_coverage(seed_sentences)
    assert len(cov) == len(seed_sentences)
    assert cov["reported_elsewhere"].any() and not cov["reported_elsewhere"].all()
    le_drian = cov[cov["text"].str.contains("Le Drian")]
    assert not le_drian["reported_elsewhere"].any()


def test_exclusive_mentions_seed_names(seed_sentences):
    ex = compare.exclusive_mentions(seed_sentences)
    by_outlet = ex.groupby("outlet")["mention"].apply(set).to_dict()
    assert any("Truss" in m for m in by_outlet["ABP Live"])
    assert any("Le Drian" in m for m in by_outlet["Opoyi"])
    assert "100,000" in by_outlet["Opoyi"]
    assert not any("Ukraine" == m for ms in by_outlet.values() for m in ms), "shared names are not exclusive"


@pytest.mark.parametrize(
    "headline, direction",
    [
        ("IN PICS | Latest Satellite Images Show Massive Russian Military Build-Up Near Ukraine", "escalation"),
        ("British envoy heads to Moscow to try to ease Ukraine crisis", "de-escalation"),
        ("Explained: Ukraine not joining NATO so why does Vladimir Putin worry?", "neutral"),
        ("Talks resume as invasion fears grow", "mixed"),
    ],
)
def test_related_link_direction(headline, direction):
    assert compare.related_link_direction(headline)[0] == direction


def test_join_by_outlet_refuses_unknown_and_duplicate_outlets():
    with pytest.raises(ValueError, match="not in the corpus"):
        compare.join_by_outlet({"m": pd.DataFrame({"outlet": ["Z"], "v": [1]})}, ["A"])
    with pytest.raises(ValueError, match="more than one row"):
        compare.join_by_outlet({"m": pd.DataFrame({"outlet": ["A", "A"], "v": [1, 2]})}, ["A"])
    out = compare.join_by_outlet({"m": pd.DataFrame({"outlet": ["A"], "v": [1]})}, ["A", "B"])
    assert list(out.columns) == ["m_v"] and list(out.index) == ["A", "B"]


def test_group_mean_ci_contains_mean_and_is_deterministic():
    d = pd.DataFrame({"outlet": ["A"] * 6, "v": [-0.5, 0.1, 0.3, -0.2, 0.0, 0.4]})
    a = compare.group_mean_ci(d, value="v", by="outlet")
    b = compare.group_mean_ci(d, value="v", by="outlet")
    assert a.equals(b)
    row = a.iloc[0]
    assert row["low"] <= row["mean"] <= row["high"]


# --------------------------------------------------------------------------- voice tone per outlet
@pytest.fixture(scope="module")
def multi_tables():
    fixture = Path(__file__).parent / "fixtures" / "multi_outlet" / "articles.csv"
    tables = score_corpus(load_manifest(fixture))
    return tables, compare.attach_outlet(tables["sentences"], tables["articles"])


@pytest.mark.parametrize("voice", compare.VOICES)
def test_pooled_voice_interval_of_one_article_is_the_pipelines_interval(multi_tables, voice):
    tables, sentences = multi_tables
    for a in tables["articles"].itertuples():
        own = sentences[sentences["article_id"] == a.article_id]
        low, high = compare.pooled_voice_interval(own, column=f"{voice}_compound")
        expected = (getattr(a, f"{voice}_compound_low"), getattr(a, f"{voice}_compound_high"))
        assert low == pytest.approx(expected[0], abs=1e-6, nan_ok=True) and high == pytest.approx(expected[1], abs=1e-6, nan_ok=True)


def test_voice_tone_uses_articles_csv_for_one_article_outlets_and_pools_the_rest(multi_tables):
    tables, sentences = multi_tables
    articles = tables["articles"]
    tone = compare.voice_tone(sentences, articles)
    per_outlet = articles.groupby("outlet").size()
    assert set(tone["outlet"]) == set(articles["outlet"])
    for r in tone.itertuples():
        column = f"{r.voice}_compound"
        if per_outlet[r.outlet] == 1:
            a = articles[articles["outlet"] == r.outlet].iloc[0]
            assert r.interval == "article"
            assert (r.n, r.mean, r.low, r.high) == (a[f"{r.voice}_sentences"], a[f"{column}_mean"], a[f"{column}_low"], a[f"{column}_high"])
        else:
            mine = sentences[(sentences["outlet"] == r.outlet) & sentences[column].notna()]
            assert r.interval == "pooled over articles" and r.n == len(mine)
            assert r.mean == pytest.approx(mine[column].mean())
        assert r.low - 1e-9 <= r.mean <= r.high + 1e-9
    assert (tone["interval"] == "pooled over articles").any(), "the fixture has outlets with several articles"
    pd.testing.assert_frame_equal(tone, compare.voice_tone(sentences, articles))  # deterministic


# --------------------------------------------------------------------------- lead frames
LEAD_ARTICLES = pd.DataFrame({"article_id": ["x", "y", "z", "w"], "outlet": ["A", "B", "B", "C"], "status": ["scored", "scored", "scored", "skipped"]})


def _leads(rows: list[tuple[str, str, str, int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["article_id", "frame", "family", "n_matches"])


@pytest.mark.parametrize(
    "rows, kinds, shared, same",
    [
        # Two frames in one lead: mixed, and nothing is picked for it.
        ([("x", "military", "event", 3), ("x", "deescalation", "event", 2), ("y", "military", "event", 1), ("z", "military", "event", 2)],
         {"x": "mixed", "y": "single", "z": "single"}, ["military"], ""),
        # Every lead carries the same one frame: the only case where the leads agree on one frame.
        ([("x", "escalation", "event", 1), ("y", "escalation", "event", 2), ("z", "escalation", "event", 1)],
         {"x": "single", "y": "single", "z": "single"}, ["escalation"], "escalation"),
        # A tie of counts is still two frames (the old column printed 'no event frame' here).
        ([("x", "military", "event", 2), ("x", "escalation", "event", 2), ("y", "military", "event", 2), ("y", "escalation", "event", 2), ("z", "escalation", "event", 1), ("z", "military", "event", 1)],
         {"x": "mixed", "y": "mixed", "z": "mixed"}, ["military", "escalation"], ""),
        # Single but different frames, and a lead with no event frame (only a generic one).
        ([("x", "escalation", "event", 1), ("y", "deescalation", "event", 1), ("z", "conflict", "generic", 1)],
         {"x": "single", "y": "single", "z": "none"}, [], ""),
        # No lead frames at all.
        ([], {"x": "none", "y": "none", "z": "none"}, [], ""),
    ],
)
def test_lead_frames_classify_every_scored_article_and_break_no_tie(rows, kinds, shared, same):
    by_article = compare.lead_frames_by_article(_leads(rows), LEAD_ARTICLES)
    event = by_article[by_article["family"] == "event"]
    assert list(event["article_id"]) == ["x", "y", "z"], "every scored article, skipped ones left out"
    assert dict(zip(event["article_id"], event["lead"])) == kinds
    assert (event["n_frames"] == event["frames"].map(len)).all()
    agreement = compare.lead_frame_agreement(by_article)
    assert agreement["in_every_lead"] == shared and agreement["same_single_frame"] == same
    assert agreement["articles"] == 3 and agreement["outlets"] == 2
    assert agreement["none"] + agreement["single"] + agreement["mixed"] == 3
    table = compare.shared_lead_frames(by_article)
    assert sorted(table.loc[table["in_every_lead"], "frame"]) == sorted(shared)
    cells = compare.outlet_lead_frames(by_article)
    assert set(cells.index) == {"A", "B"}
    outlet_of = dict(zip(LEAD_ARTICLES["article_id"], LEAD_ARTICLES["outlet"]))
    for outlet, cell in cells.items():
        mixed = any(kind == "mixed" for aid, kind in kinds.items() if outlet_of[aid] == outlet)
        assert ("(mixed)" in cell) == mixed, (outlet, cell)


def test_lead_frames_refuse_an_unknown_article_and_a_repeated_frame():
    with pytest.raises(ValueError, match="unknown outlet"):
        compare.lead_frames_by_article(_leads([("q", "military", "event", 1)]), LEAD_ARTICLES)
    with pytest.raises(ValueError, match="more than once"):
        compare.lead_frames_by_article(_leads([("x", "military", "event", 1), ("x", "military", "event", 2)]), LEAD_ARTICLES)


@pytest.mark.parametrize("corpus", ["seeds", "multi_outlet"])
def test_lead_frames_agree_with_the_articles_lead_columns(corpus, multi_tables):
    tables = score_corpus(load_manifest()) if corpus == "seeds" else multi_tables[0]
    articles = tables["articles"]
    by_article = compare.lead_frames_by_article(tables["lead_frames"], articles)
    assert len(by_article) == 2 * (articles["status"] == "scored").sum()
    for family in ("event", "generic"):
        part = by_article[by_article["family"] == family].set_index("article_id")
        a = articles.set_index("article_id").loc[part.index]
        assert (part["n_frames"] == a[f"n_lead_{family}_frames"]).all(), family
        single = part["lead"] == "single"
        assert (part.loc[single, "frames"].str[0] == a.loc[single, f"lead_{family}_frame"]).all()
        assert (a.loc[~single, f"lead_{family}_frame"].fillna("") == "").all(), "the article column is empty unless one frame"


def test_occurs_finds_exactly_what_the_mention_regex_search_finds():
    import random
    import re

    from analysis.mentions import _occurs

    rng = random.Random(5)
    pieces = ["truss", "liz truss", "100", "1,100", "100,000", "2.5", "russia", "russia's", "nato", ",", " ", "-", "a", "5", "."]
    probes = ["truss", "liz truss", "100", "100,000", "2.5", "russia", "nato", "5", "a"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for probe in probes:
            pattern = re.compile(r"(?<![\w,])" + re.escape(probe) + r"(?![\w,]\d|\w)")
            assert _occurs(probe, text) == bool(pattern.search(text)), (probe, text)


def test_text_index_answers_exactly_as_the_scan():
    import random

    from analysis.mentions import TextIndex, _occurs

    rng = random.Random(11)
    pieces = ["truss", "liz truss", "liz", "100", "1,100", "100,000", "2.5", "2%", "russia", "russia's", ",", " ", "-", "a", "5", ".", "9"]
    probes = ["truss", "liz truss", "truss liz", "100", "100,000", "2.5", "2%", "russia", "5", "a", "liz truss 100"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        index = TextIndex.of(text)
        for probe in probes:
            assert index.occurs(probe) == _occurs(probe, text), (probe, text)
