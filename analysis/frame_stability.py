"""How far the frame scores' AUC against people holds over samples, and the length exponent learned within folds.

:mod:`analysis.frame_validation` measures each generic frame on one seeded 5-fold partition of
NFC. Folds of about 68 articles hold few articles with a rare frame, so one article moves a
fold's AUC by .05 or more; this module repeats the measure over many seeded partitions of the
same articles (seeds 1-20 by default) and reports, per frame and score, the mean AUC of the
held-out folds, the lowest, the tenth percentile and how many folds reach .80.

It also learns the codebook's ``length_exponent`` (:func:`analysis.framing.frame_score`:
``n_indicators / (words / 1000) ** exponent``) as the data says it should be learned: on the
training folds only. For every partition and held-out fold, the exponent of :data:`GRID` with the
best AUC on the other folds (ties to the smaller) scores the held-out fold; the table counts
which exponent was chosen and the held-out AUCs it gave, beside the codebook's own exponent.

Run ``python -m analysis.frame_stability PATH`` (``make validate-frame-stability NFC=PATH``).

Examples
--------
>>> learn_exponent(np.array([4.0, 4.0, 1.0, 1.0]), np.array([400, 1600, 100, 1600]), np.array([1, 1, 0, 0]))
0.0
>>> learn_exponent(np.array([2.0, 6.0, 2.0]), np.array([100, 2500, 2500]), np.array([1, 0, 0]))
0.5
"""
from __future__ import annotations

import argparse
import sys
from typing import Sequence

import numpy as np
import pandas as pd

from .frame_validation import NFC_FRAMES, auc, codebook_scores, folds, load_nfc
from .framing import load_codebook

#: The length exponents tried (0: the count of different indicators itself).
GRID = (0.0, 0.25, 0.5, 0.75, 1.0)
SEEDS = tuple(range(1, 21))


def scored(n_indicators: np.ndarray, words: np.ndarray, exponent: float) -> np.ndarray:
    """:func:`analysis.framing.frame_score` over arrays (an article without words scores 0).

    Examples
    --------
    >>> scored(np.array([6.0, 6.0, 2.0]), np.array([4000, 1000, 0]), 0.5).tolist()
    [3.0, 6.0, 0.0]
    """
    n = np.asarray(n_indicators, dtype=float)
    if not exponent:
        return n
    w = np.asarray(words, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(w > 0, n / (w / 1000.0) ** exponent, 0.0)


def learn_exponent(n_indicators: np.ndarray, words: np.ndarray, labels: np.ndarray, grid: Sequence[float] = GRID) -> float:
    """The exponent of ``grid`` whose scores have the best AUC against ``labels`` (AUCs equal to
    four decimals go to the smaller exponent, so 0 wins unless length matters).

    Examples
    --------
    >>> learn_exponent(np.array([1.0, 0.0]), np.array([10, 10]), np.array([1, 0]))
    0.0
    """
    return max(grid, key=lambda e: (round(auc(scored(n_indicators, words, e), labels), 4), -e))


def stability(
    n_indicators: np.ndarray, words: np.ndarray, labels: np.ndarray, *, exponent: float, seeds: Sequence[int] = SEEDS, k: int = 5,
    grid: Sequence[float] = GRID,
) -> dict[str, object]:
    """Held-out fold AUCs over ``k``-fold partitions seeded by ``seeds``, for three scores:
    ``n_indicators``, ``frame_score`` with the codebook's ``exponent``, and ``learned``: each
    held-out fold scored with the exponent learned on its training folds (``chosen`` counts the
    exponents learned). Per score: ``mean``, ``min``, ``p10`` (tenth percentile) and ``at_80``
    (folds with AUC >= .80) of the ``k * len(seeds)`` folds.

    Examples
    --------
    >>> rng = np.random.default_rng(0)
    >>> y = np.array([1, 0] * 20); n = y * 3.0 + rng.integers(0, 3, 40); w = np.full(40, 500)
    >>> s = stability(n, w, y, exponent=0.5, seeds=(1, 2))
    >>> s["folds"], s["n_indicators"]["mean"] == s["frame_score"]["mean"], sorted(s["chosen"])
    (10, True, [0.0])
    """
    y = np.asarray(labels, dtype=int)
    values: dict[str, list[float]] = {"n_indicators": [], "frame_score": [], "learned": []}
    chosen: dict[float, int] = {}
    fixed = scored(n_indicators, words, exponent)
    for seed in seeds:
        fold = folds(len(y), k=k, seed=seed)
        for f in range(k):
            test, train = fold == f, fold != f
            learned = learn_exponent(n_indicators[train], words[train], y[train], grid)
            chosen[learned] = chosen.get(learned, 0) + 1
            values["n_indicators"].append(auc(np.asarray(n_indicators, dtype=float)[test], y[test]))
            values["frame_score"].append(auc(fixed[test], y[test]))
            values["learned"].append(auc(scored(n_indicators[test], words[test], learned), y[test]))
    out: dict[str, object] = {"folds": len(values["learned"]), "chosen": chosen}
    for name, found in values.items():
        v = np.array([x for x in found if not np.isnan(x)])
        out[name] = {
            "mean": float(v.mean()) if len(v) else float("nan"), "min": float(v.min()) if len(v) else float("nan"),
            "p10": float(np.percentile(v, 10)) if len(v) else float("nan"), "at_80": int((v >= 0.8).sum()),
        }
    return out


def stability_table(articles: pd.DataFrame, scores: pd.DataFrame, *, seeds: Sequence[int] = SEEDS, k: int = 5) -> pd.DataFrame:
    """One row per generic frame and score (``n_indicators``, ``frame_score``, ``learned``): the
    codebook's exponent, the exponent learned on all the articles, how often each exponent was
    learned on training folds, and the held-out folds' AUC summary of :func:`stability`."""
    codebook = load_codebook()
    rows = []
    for key, frame in NFC_FRAMES.items():
        y = articles[key].to_numpy()
        mine = scores[scores.frame == frame].set_index("article_id").loc[articles["article_id"]]
        n, w = mine["n_indicators"].to_numpy(dtype=float), mine["words"].to_numpy(dtype=float)
        exponent = codebook.frame(frame).length_exponent
        s = stability(n, w, y, exponent=exponent, seeds=seeds, k=k)
        chosen = ", ".join(f"{e:g}: {c}" for e, c in sorted(s["chosen"].items()))  # type: ignore[union-attr]
        for name in ("n_indicators", "frame_score", "learned"):
            summary = s[name]
            rows.append({
                "frame": frame, "score": name, "exponent": exponent, "learned_on_all": learn_exponent(n, w, y),
                "chosen_on_training_folds": chosen, "folds": s["folds"], **summary,  # type: ignore[dict-item]
            })
    return pd.DataFrame(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the stability table of the NFC folder given."""
    parser = argparse.ArgumentParser(prog="python -m analysis.frame_stability", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="folder with NFC's articles.tsv and item_annotations.json")
    parser.add_argument("--seeds", type=int, default=len(SEEDS), help="partitions, seeded 1..N (default 20)")
    parser.add_argument("--folds", type=int, default=5)
    args = parser.parse_args(argv)
    articles, _items = load_nfc(args.path)
    scores, _evidence = codebook_scores(articles)
    table = stability_table(articles, scores, seeds=tuple(range(1, args.seeds + 1)), k=args.folds)
    with pd.option_context("display.width", 220, "display.max_columns", 20):
        print(table.round(3).to_string(index=False))
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
