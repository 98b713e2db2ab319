from __future__ import annotations

import math

import pytest

from analysis.findings import (
    MIN_SENTENCES_PER_SIDE,
    OVERLAP,
    SEPARATE,
    TOO_LITTLE,
    Side,
    frame_ranking,
    readability_gap,
    verdict,
    voice_gap,
)

NAN = math.nan
M = MIN_SENTENCES_PER_SIDE


@pytest.mark.parametrize(
    "a, b, expected",
    [
        (Side("a", 0.1, 0.1, 0.1, 1), Side("b", 0.9, 0.9, 0.9, 30), TOO_LITTLE),  # one quoted sentence: zero-width interval
        (Side("a", 0.1, 0.0, 0.2, M - 1), Side("b", 0.9, 0.8, 1.0, M), TOO_LITTLE),
        (Side("a", 0.1, 0.0, 0.2, M), Side("b", 0.9, 0.8, 1.0, M), SEPARATE),
        (Side("a", 0.1, 0.0, 0.85, M), Side("b", 0.9, 0.8, 1.0, M), OVERLAP),
        (Side("a", 0.1, NAN, NAN, 40), Side("b", 0.9, 0.8, 1.0, 40), OVERLAP),  # no interval, no claim of difference
        (Side("a", NAN, NAN, NAN, 0), Side("b", 0.9, 0.8, 1.0, 40), TOO_LITTLE),
    ],
)
def test_verdict_needs_the_minimum_on_each_side(a, b, expected):
    assert verdict(a, b) == expected
    assert verdict(b, a) == expected


def test_the_minimum_is_a_stated_positive_constant():
    assert isinstance(MIN_SENTENCES_PER_SIDE, int) and MIN_SENTENCES_PER_SIDE >= 2
    assert verdict(Side("a", 0.1, 0.0, 0.2, 2), Side("b", 0.9, 0.8, 1.0, 2), minimum=2) == SEPARATE


def test_a_voice_of_one_quoted_sentence_is_too_little_text():
    """The issue's case: 'the 95% intervals do not overlap' said of a voice made of one quoted sentence."""
    line = voice_gap("Opoyi", Side("own words", -0.25, -0.35, -0.15, 13), Side("quoted words", 0.40, 0.40, 0.40, 1))
    assert "do not overlap" not in line and "too little text" in line and "quoted words" in line
    assert "more negative" not in line  # no direction claimed either


@pytest.mark.parametrize(
    "own, quoted, says",
    [
        (Side("own words", -0.30, -0.40, -0.20, 20), Side("quoted words", 0.10, 0.00, 0.20, 9), "more negative than the quotes, and the 95% intervals do not overlap."),
        (Side("own words", 0.30, 0.10, 0.50, 20), Side("quoted words", 0.10, -0.10, 0.30, 9), "less negative than the quotes, but the intervals overlap"),
        (Side("own words", 0.30, 0.10, 0.50, 3), Side("quoted words", 0.10, -0.10, 0.30, 9), "fewer than 5 sentences of own words"),
    ],
)
def test_voice_gap_wording(own, quoted, says):
    assert says.replace("5", str(M)) in voice_gap("W", own, quoted)


def test_prose_escapes_names():
    line = voice_gap("<b>X</b>", Side("own words", NAN, NAN, NAN, 0), Side("quoted words", 0.1, 0.0, 0.2, 9))
    assert "<b>" not in line and "only one voice" in line
    assert "<i>" not in readability_gap(Side("<i>A", 60, 50, 70, 30), Side("B", 40, 30, 45, 30))


def test_frame_ranking_below_the_minimum_shows_no_interval():
    line = frame_ranking("W", "a-1", Side("escalation", 40.0, 40.0, 40.0, 2), Side("diplomacy", 0.0, 0.0, 0.0, 2))
    assert "too little text to rank" in line and "(40-40)" not in line
    ranked = frame_ranking("W", "a-1", Side("escalation", 30.0, 20.0, 41.0, 20), Side("diplomacy", 5.0, 0.0, 12.0, 20))
    assert ranked.endswith("the intervals do not overlap.") and "(20-41)" in ranked


def test_readability_gap_wording():
    assert readability_gap(Side("A", 60, 50, 70, 30), Side("B", 40, 30, 45, 30)).endswith("their intervals do not overlap.")
    assert "cannot separate them" in readability_gap(Side("A", 60, 40, 70, 30), Side("B", 40, 30, 45, 30))
    assert "B has 4 sentences" in readability_gap(Side("A", 60, 50, 70, 30), Side("B", 40, 30, 45, 4))


def test_voice_gaps_reads_the_voice_tone_table():
    import pandas as pd

    from analysis.findings import voice_gaps

    table = pd.DataFrame({
        "outlet": ["A", "A", "B", "B", "C"], "voice": ["own", "q", "own", "q", "own"], "n_articles": [1, 1, 2, 1, 1],
        "n": [14, 1, 30, 12, 9], "mean": [-0.2, 0.4, -0.3, 0.2, 0.1], "low": [-0.3, 0.4, -0.4, 0.1, 0.0], "high": [-0.1, 0.4, -0.2, 0.3, 0.2],
    })
    lines = voice_gaps(table, own="own", quoted="q")
    assert len(lines) == 3
    assert "too little text" in lines[0] and "do not overlap" not in lines[0]  # one quoted sentence
    assert "(pooled over 2 articles)" in lines[1] and lines[1].endswith("the 95% intervals do not overlap.")
    assert lines[2].endswith("only one voice has scored words; no comparison.")


def test_frame_rankings_use_the_articles_sentence_count():
    import pandas as pd

    from analysis.findings import frame_rankings

    frames = pd.DataFrame({
        "article_id": ["a", "a", "a", "b", "b"], "outlet": ["W", "W", "W", "V", "V"], "frame": ["war", "talks", "aid", "war", "talks"],
        "per_1000_words": [30.0, 5.0, 1.0, 10.0, 9.0], "rate_low": [20.0, 0.0, 0.0, 2.0, 1.0], "rate_high": [41.0, 12.0, 3.0, 18.0, 17.0],
    })
    lines = frame_rankings(frames, {"a": 25, "b": M - 1})
    assert "*war* at 30" in lines[0] and lines[0].endswith("the intervals do not overlap.")
    assert "too little text to rank them" in lines[1]


def test_actor_ranking_needs_the_minimum_of_sentences():
    import pandas as pd

    from analysis.findings import actor_tone_lines

    tone = pd.DataFrame({"outlet": ["W", "W", "V"], "bloc": ["NATO", "Russia", "Russia"], "sentences": [2, M, M - 1], "reporter_tone": [-0.8, -0.1, -0.5]})
    text = actor_tone_lines(tone)
    assert "*Russia* average -0.10" in text and "NATO" not in text  # two sentences of NATO cannot rank it lowest
    assert "**V**" not in text
