"""The length exponent of the frame score, learned on training folds, and the stability of AUC over partitions."""
from __future__ import annotations

import numpy as np
import pytest

from analysis.frame_stability import learn_exponent, scored, stability
from analysis.framing import frame_score, load_codebook


def test_codebook_exponents():
    exponents = {frame.id: frame.length_exponent for frame in load_codebook().family("generic")}
    assert exponents == {"responsibility": 0.5, "human_interest": 0.0, "conflict": 0.0, "morality": 0.0, "economic_consequences": 0.0}


@pytest.mark.parametrize(
    ("n", "words", "exponent", "expected"),
    [(6, 4000, 0.5, 3.0), (6, 1000, 0.5, 6.0), (6, 250, 0.5, 12.0), (6, 4000, 0.0, 6.0), (0, 4000, 0.5, 0.0), (5, 0, 0.5, 0.0)],
)
def test_frame_score_divides_by_thousands_of_words(n, words, exponent, expected):
    assert frame_score(n, words, exponent) == pytest.approx(expected)
    assert scored(np.array([n], dtype=float), np.array([words]), exponent)[0] == pytest.approx(expected)


def test_length_is_learned_only_when_it_separates():
    rng = np.random.default_rng(7)
    words = rng.integers(200, 3000, 400).astype(float)
    labels = rng.integers(0, 2, 400)
    # a frame whose indicators grow with length in every article and with the frame: per sqrt of words separates
    n = np.sqrt(words / 1000) * (2 + labels) * 3  # 6 or 9 per sqrt of thousands of words
    assert learn_exponent(n, words, labels) == 0.5
    # counts that do not depend on length: the count itself
    flat = labels * 3.0 + rng.integers(0, 2, 400)
    assert learn_exponent(flat, words, labels) == 0.0


def test_stability_counts_every_held_out_fold_and_the_exponents_learned():
    rng = np.random.default_rng(3)
    words = rng.integers(200, 3000, 200).astype(float)
    labels = rng.integers(0, 2, 200)
    n = np.round(np.sqrt(words / 1000) * (1 + labels) * 4)
    s = stability(n, words, labels, exponent=0.5, seeds=(1, 2, 3), k=5)
    assert s["folds"] == 15 and sum(s["chosen"].values()) == 15
    assert s["frame_score"]["mean"] > s["n_indicators"]["mean"]
    assert s["learned"]["at_80"] >= s["n_indicators"]["at_80"]
