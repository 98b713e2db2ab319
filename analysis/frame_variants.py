"""Other ways to turn a frame's evidence into a score, measured against people by cross-validation.

The reference here is ``n_indicators``: how many different indicators of the frame an article
uses, every indicator weighing one (:func:`analysis.framing.frame_scores`; since codebook 1.7 the
validated ``frame_score`` divides it by thousands of words to the frame's ``length_exponent``,
learned on training folds by :mod:`analysis.frame_stability`, 0.5 for responsibility). This module
measures the alternatives one may reasonably prefer, on the same NFC articles and folds as
:mod:`analysis.frame_validation`, so that the choice is a measurement anyone can rerun (on
other splits too), not an opinion:

* ``n_indicators``: the codebook's score (the reference row);
* ``per_1000_words``: matches per 1,000 words (a rate);
* ``per_sqrt_words``: ``n_indicators / sqrt(words)``, between a count and a rate;
* ``item_weights``: a weight per codebook item learned on the other folds (logistic regression
  on ``log(1 + different indicators of the item)``, L2, ``C = 0.1``);
* ``indicator_weights``: a weight per indicator learned on the other folds (the log-odds of the
  frame among articles using it, shrunk towards the base rate by a Beta prior worth
  ``alpha = 10`` articles, negative weights set to 0), summed over the article's indicators;
* ``cooccurring``: ``n_indicators`` plus the different indicators found in sentences that carry
  two or more items of the frame (an actor and an action in one sentence, a solution and its
  urgency), so that indicators meeting in a sentence count twice;
* ``tfidf_logistic``: no codebook at all, the reference for what words can give: a logistic
  regression on TF-IDF unigrams (words in 3 or more training articles, sublinear counts)
  trained on the other folds' labels;
* ``with_candidates`` (with ``--candidates FILE.tsv``): ``n_indicators`` counting candidate
  indicators too (columns ``frame``, ``item``, ``indicator``, optional ``kind``: term, cased or
  pattern, matched by the codebook's rules), to measure words before they enter the codebook.

Every variant stays traceable: its inputs are the evidence rows (item, indicator, sentence) and
the article's word count, and a learned weight belongs to an item or an indicator. Learned
weights are fitted only on the training folds of each split, never on the fold they score.

Folds: :func:`analysis.frame_validation.folds` (``k = 5``, seed 13), as in ``validate-frames``.
The last fold (the fifth, index ``k - 1``) is kept out of every look: by default the table has
the AUC pooled over the four tuning folds' out-of-fold scores and each tuning fold's AUC; with
``--holdout`` it adds the fifth fold, scored by weights learned on the four tuning folds.

Run ``python -m analysis.frame_variants PATH`` (``make validate-frame-variants NFC=PATH``).

Examples
--------
>>> per_sqrt_words(np.array([4.0, 0.0]), np.array([100, 0]))
array([0.4, 0. ])
"""
from __future__ import annotations

import argparse
import math
import sys
from bisect import bisect_right
from pathlib import Path
from typing import Callable, Sequence

import numpy as np
import pandas as pd

from .document import build_document
from .errors import InstrumentError
from .frame_validation import NFC_FRAMES, auc, codebook_scores, folds, load_nfc
from .framing import load_codebook
from .io import write_csv
from .lexicon import KINDS, Indicator, check_indicator, compile_lexicon

VARIANTS = ("n_indicators", "per_1000_words", "per_sqrt_words", "item_weights", "indicator_weights", "cooccurring", "tfidf_logistic")
CANDIDATE_COLUMNS = ("frame", "item", "indicator")
ALPHA = 10.0  # prior strength (articles) of the indicator weights
C_ITEMS = 0.1  # inverse L2 strength of the item weights


def per_sqrt_words(n_indicators: np.ndarray, words: np.ndarray) -> np.ndarray:
    """``n_indicators / sqrt(words)``; 0 for an article without words.

    Examples
    --------
    >>> per_sqrt_words(np.array([3.0, 2.0]), np.array([9, 0])).tolist()
    [1.0, 0.0]
    """
    w = np.asarray(words, dtype=float)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(w > 0, np.asarray(n_indicators, dtype=float) / np.sqrt(w), 0.0)


def indicator_weights(present: Sequence[set[str]], labels: np.ndarray, *, alpha: float = ALPHA) -> dict[str, float]:
    """Weight of each indicator: log-odds of the label among the articles using it, shrunk towards
    the base rate by a Beta prior worth ``alpha`` articles, minus the base rate's log-odds; a
    negative weight is 0 (an indicator is evidence for a frame, never against it).

    Examples
    --------
    >>> w = indicator_weights([{"a", "b"}, {"a"}, {"b"}, set()], np.array([1, 1, 0, 0]), alpha=2)
    >>> round(w["a"], 3), w["b"]
    (1.099, 0.0)
    >>> indicator_weights([], np.array([]))
    {}
    """
    y = np.asarray(labels, dtype=int)
    if not len(y):
        return {}
    base = float(y.mean())
    if base in (0.0, 1.0):
        return {}
    counts: dict[str, list[int]] = {}
    for found, label in zip(present, y):
        for indicator in found:
            counts.setdefault(indicator, [0, 0])[int(label)] += 1
    prior = math.log(base / (1 - base))
    out = {}
    for indicator, (negative, positive) in sorted(counts.items()):
        q = (positive + alpha * base) / (positive + negative + alpha)
        out[indicator] = max(math.log(q / (1 - q)) - prior, 0.0)
    return out


def item_weight_scores(x_train: np.ndarray, y_train: np.ndarray, x_test: np.ndarray, *, c: float = C_ITEMS) -> np.ndarray:
    """Scores of ``x_test`` (articles x items, ``log(1 + different indicators)``) from a logistic
    regression fitted on the training articles: the sum of the items' learned weights. A training
    set with one class only gives the unweighted sum.

    Examples
    --------
    >>> x = np.array([[0, 1], [0, 2], [1, 0], [2, 0]], dtype=float)
    >>> s = item_weight_scores(x, np.array([0, 0, 1, 1]), np.array([[3.0, 0.0], [0.0, 3.0]]), c=10)
    >>> bool(s[0] > s[1])
    True
    """
    if len(set(np.asarray(y_train).tolist())) < 2:
        return np.asarray(x_test, dtype=float).sum(axis=1)
    from sklearn.linear_model import LogisticRegression  # only the evaluation needs it

    model = LogisticRegression(C=c, max_iter=1000).fit(x_train, y_train)
    return model.decision_function(x_test)


def tfidf_scores(texts: Sequence[str], labels: np.ndarray, train: np.ndarray, test: np.ndarray) -> np.ndarray:
    """Scores of the ``test`` texts from a logistic regression (``C = 1``) on TF-IDF unigrams of the
    ``train`` texts (words in at least 3 of them, or 1 for fewer than 10 texts; sublinear term
    frequency). A training set with one class gives zeros.

    Examples
    --------
    >>> texts = ["plan pledge"] * 6 + ["rain storm"] * 6
    >>> y = np.array([1] * 6 + [0] * 6)
    >>> train = np.array([True, False] * 6)
    >>> s = tfidf_scores(texts, y, train, ~train)
    >>> bool(s[:3].min() > s[3:].max())
    True
    """
    from sklearn.feature_extraction.text import TfidfVectorizer  # only the evaluation needs them
    from sklearn.linear_model import LogisticRegression

    y = np.asarray(labels)
    if len(set(y[train].tolist())) < 2:
        return np.zeros(int(np.asarray(test).sum()))
    chosen = [texts[i] for i in np.flatnonzero(train)]
    vectorizer = TfidfVectorizer(min_df=3 if len(chosen) >= 10 else 1, sublinear_tf=True)
    model = LogisticRegression(C=1.0, max_iter=2000).fit(vectorizer.fit_transform(chosen), y[train])
    return model.decision_function(vectorizer.transform([texts[i] for i in np.flatnonzero(test)]))


def frame_features(evidence: pd.DataFrame, article_ids: Sequence[str], frame: str, items: Sequence[str]) -> dict[str, object]:
    """Per article (in ``article_ids`` order) for one frame: ``n_indicators``, the different
    indicators (``present``), ``log(1 +`` different indicators per item``)`` (``items``, a matrix),
    and ``cooccurring``: the different indicators found in sentences carrying two or more items.

    Examples
    --------
    >>> ev = pd.DataFrame({"article_id": ["a", "a", "a", "b"], "category": ["f"] * 4, "item": ["f_1", "f_2", "f_2", "f_2"],
    ...                    "indicator": ["must", "plan", "goal", "plan"], "sentence": [1, 1, 2, 1]})
    >>> x = frame_features(ev, ["a", "b", "c"], "f", ["f_1", "f_2"])
    >>> x["n_indicators"].tolist(), x["cooccurring"].tolist(), sorted(x["present"][0])
    ([3.0, 1.0, 0.0], [2.0, 0.0, 0.0], ['goal', 'must', 'plan'])
    """
    index = {article: i for i, article in enumerate(article_ids)}
    n = len(index)
    present: list[set[str]] = [set() for _ in range(n)]
    per_item = np.zeros((n, len(items)))
    cooccurring = np.zeros(n)
    mine = evidence[evidence["category"] == frame] if len(evidence) else evidence
    item_sets: dict[tuple[int, str], set[str]] = {}
    sentences: dict[tuple[int, object], list[tuple[str, str]]] = {}
    for article, item, indicator, sentence in mine[["article_id", "item", "indicator", "sentence"]].itertuples(index=False):
        i = index.get(article)
        if i is None:
            continue
        present[i].add(indicator)
        item_sets.setdefault((i, item), set()).add(indicator)
        sentences.setdefault((i, sentence), []).append((item, indicator))
    for (i, item), found in item_sets.items():
        if item in items:
            per_item[i, list(items).index(item)] = len(found)
    together: dict[int, set[str]] = {}
    for (i, _sentence), rows in sentences.items():
        if len({item for item, _indicator in rows}) >= 2:
            together.setdefault(i, set()).update(indicator for _item, indicator in rows)
    for i, found in together.items():
        cooccurring[i] = len(found)
    return {
        "n_indicators": np.array([len(found) for found in present], dtype=float), "present": present,
        "items": np.log1p(per_item), "cooccurring": cooccurring,
    }


def variant_scores(
    variant: str, features: dict[str, object], words: np.ndarray, rate: np.ndarray, labels: np.ndarray,
    train: np.ndarray, test: np.ndarray,
) -> np.ndarray:
    """Scores of the ``test`` articles (boolean mask) under ``variant``; learned variants are
    fitted on the ``train`` articles only.

    Examples
    --------
    >>> f = {"n_indicators": np.array([2.0, 0.0]), "present": [{"x", "y"}, set()], "items": np.zeros((2, 1)), "cooccurring": np.array([2.0, 0.0])}
    >>> variant_scores("cooccurring", f, np.array([100, 100]), np.zeros(2), np.array([1, 0]), np.array([True, True]), np.array([True, False])).tolist()
    [4.0]
    """
    n = np.asarray(features["n_indicators"], dtype=float)
    if variant == "n_indicators":
        return n[test]
    if variant == "per_1000_words":
        return np.asarray(rate, dtype=float)[test]
    if variant == "per_sqrt_words":
        return per_sqrt_words(n[test], np.asarray(words)[test])
    if variant == "cooccurring":
        return (n + np.asarray(features["cooccurring"], dtype=float))[test]
    if variant == "with_candidates":
        return np.asarray(features["with_candidates"], dtype=float)[test]
    if variant == "tfidf_logistic":
        return tfidf_scores(features["texts"], labels, train, test)  # type: ignore[arg-type]
    if variant == "item_weights":
        x = np.asarray(features["items"], dtype=float)
        return item_weight_scores(x[train], labels[train], x[test])
    if variant == "indicator_weights":
        present: list[set[str]] = features["present"]  # type: ignore[assignment]
        weights = indicator_weights([present[i] for i in np.flatnonzero(train)], labels[train])
        return np.array([sum(weights.get(ind, 0.0) for ind in present[i]) for i in np.flatnonzero(test)])
    raise ValueError(f"unknown variant {variant!r}; one of {VARIANTS}")


def load_candidates(path: str | Path) -> pd.DataFrame:
    """Candidate indicators from a TSV (``#`` lines are comments): ``frame``, ``item``,
    ``indicator`` and optional ``kind`` (default ``term``). A missing file or column, an unknown
    frame or kind, or an indicator the codebook's rules reject raises
    :class:`~analysis.errors.InstrumentError` naming the file and row.

    Examples
    --------
    >>> import tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "c.tsv")
    >>> _ = open(path, "w").write("# cues\\nframe\\titem\\tindicator\\nresponsibility\\tresponsibility_1\\tcall on\\n")
    >>> load_candidates(path)[["frame", "indicator", "kind"]].values.tolist()
    [['responsibility', 'call on', 'term']]
    """
    file = Path(path)
    if not file.is_file():
        raise InstrumentError(file, "candidate indicators file not found")
    table = pd.read_csv(file, sep="\t", comment="#", dtype=str, keep_default_na=False)
    missing = [column for column in CANDIDATE_COLUMNS if column not in table.columns]
    if missing:
        raise InstrumentError(file, f"header lacks column(s) {', '.join(missing)}")
    if "kind" not in table.columns:
        table["kind"] = "term"
    table["kind"] = table["kind"].replace("", "term")
    generic = set(NFC_FRAMES.values())
    for number, row in enumerate(table.itertuples(index=False), start=2):
        if row.frame not in generic:
            raise InstrumentError(file, f"frame must be one of {sorted(generic)}, not {row.frame!r}", row=number)
        if row.kind not in KINDS:
            raise InstrumentError(file, f"kind must be one of {KINDS}, not {row.kind!r}", row=number)
        problem = check_indicator(Indicator(row.indicator, row.item, row.kind))
        if problem:
            raise InstrumentError(file, f"indicator {row.indicator!r}: {problem}", row=number)
    return table[[*CANDIDATE_COLUMNS, "kind"]].reset_index(drop=True)


def candidate_evidence(articles: pd.DataFrame, candidates: pd.DataFrame) -> pd.DataFrame:
    """Evidence rows (``article_id``, ``category``, ``item``, ``indicator``, ``matched``,
    ``sentence``) of the candidate indicators in each article's cleaned body, one lexicon per
    frame, matched and assigned to sentences as :func:`analysis.framing.find_evidence` does.

    Examples
    --------
    >>> c = pd.DataFrame({"frame": ["responsibility"], "item": ["r"], "indicator": ["call on"], "kind": ["term"]})
    >>> a = pd.DataFrame({"article_id": ["1"], "outlet": ["x"], "text": ["Rain fell. They call on the city to act."]})
    >>> candidate_evidence(a, c)[["category", "matched", "sentence"]].values.tolist()
    [['responsibility', 'call on', 2]]
    """
    lexicons = {
        frame: compile_lexicon(frame, [Indicator(r.indicator, r.item, r.kind) for r in group.itertuples(index=False)])
        for frame, group in candidates.groupby("frame", sort=True)
    }
    rows = []
    for article_id, outlet, text in articles[["article_id", "outlet", "text"]].itertuples(index=False):
        doc = build_document({"id": article_id, "outlet": outlet}, text)
        starts = [s.start for s in doc.sentences]
        for frame, lexicon in lexicons.items():
            for match in lexicon.find(doc.body):
                index = bisect_right(starts, match.start) - 1
                if index < 0 or match.start >= doc.sentences[index].end:
                    continue
                rows.append({
                    "article_id": article_id, "category": frame, "item": match.indicator.item, "indicator": match.indicator.text,
                    "matched": match.matched, "sentence": doc.sentences[index].number,
                })
    return pd.DataFrame(rows, columns=["article_id", "category", "item", "indicator", "matched", "sentence"])


def compare(
    articles: pd.DataFrame, scores: pd.DataFrame, evidence: pd.DataFrame, *, k: int = 5, seed: int = 13,
    holdout: bool = False, variants: Sequence[str] = VARIANTS, item_ids: Callable[[str], list[str]] | None = None,
    candidates: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per generic frame and variant: ``auc_tuning`` (pooled out-of-fold scores of the
    ``k - 1`` tuning folds, each scored by what the other tuning folds taught), ``fold_1`` ...
    (each tuning fold's AUC), ``gain`` (``auc_tuning`` minus the ``n_indicators`` row's),
    ``folds_better`` (tuning folds where the variant beats ``n_indicators``) and, with
    ``holdout``, ``fold_<k>``: the last fold, scored by what all tuning folds taught. With
    ``candidates`` (evidence rows of :func:`candidate_evidence`), the variant ``with_candidates``
    for each frame that has candidate matches: ``n_indicators`` counting the candidates too (an indicator written the same way in both counts
    once)."""
    if item_ids is None:
        codebook = load_codebook()
        item_ids = lambda frame: [item.id for item in codebook.frame(frame).items]  # noqa: E731
    fold = folds(len(articles), k=k, seed=seed)
    last = k - 1
    tuning = fold != last
    ids = articles["article_id"].tolist()
    rows = []
    for key, frame in NFC_FRAMES.items():
        labels = articles[key].to_numpy()
        mine = scores[scores.frame == frame].set_index("article_id").loc[ids]
        words, rate = mine["words"].to_numpy(), mine["per_1000_words"].to_numpy()
        features = frame_features(evidence, ids, frame, item_ids(frame))
        features["texts"] = articles["text"].tolist()
        listed = candidates is not None and frame in set(candidates["category"])
        if listed:
            both = pd.concat([evidence[["article_id", "category", "item", "indicator", "sentence"]], candidates], ignore_index=True)
            both["indicator"] = both["indicator"].str.lower()
            features["with_candidates"] = frame_features(both, ids, frame, item_ids(frame))["n_indicators"]
        reference: dict[int, float] = {}
        for variant in [*variants, *(["with_candidates"] if listed else [])]:
            out = np.full(len(ids), np.nan)
            for f in range(last):
                out[fold == f] = variant_scores(variant, features, words, rate, labels, tuning & (fold != f), fold == f)
            per_fold = [auc(out[fold == f], labels[fold == f]) for f in range(last)]
            row: dict[str, object] = {"frame": frame, "variant": variant, "auc_tuning": auc(out[tuning], labels[tuning])}
            row.update({f"fold_{f + 1}": value for f, value in enumerate(per_fold)})
            if variant == "n_indicators":
                reference = {-1: float(row["auc_tuning"]), **dict(enumerate(per_fold))}  # type: ignore[arg-type]
            row["gain"] = float(row["auc_tuning"]) - reference.get(-1, math.nan)  # type: ignore[arg-type]
            row["folds_better"] = sum(value > reference.get(f, math.inf) for f, value in enumerate(per_fold))
            if holdout:
                scored = variant_scores(variant, features, words, rate, labels, tuning, fold == last)
                row[f"fold_{k}"] = auc(scored, labels[fold == last])
            rows.append(row)
    return pd.DataFrame(rows)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the variants table; ``--out DIR`` also writes it as ``variants.csv``."""
    parser = argparse.ArgumentParser(prog="python -m analysis.frame_variants", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="folder with NFC's articles.tsv and item_annotations.json")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--holdout", action="store_true", help="also score the last fold (once, at the end of a round of changes)")
    parser.add_argument("--candidates", help="TSV of candidate indicators (frame, item, indicator[, kind]) to measure as with_candidates")
    parser.add_argument("--out", help="folder to write variants.csv (atomically)")
    args = parser.parse_args(argv)
    articles, _items = load_nfc(args.path)
    scores, evidence = codebook_scores(articles)
    extra = candidate_evidence(articles, load_candidates(args.candidates)) if args.candidates else None
    table = compare(articles, scores, evidence, k=args.folds, seed=args.seed, holdout=args.holdout, candidates=extra)
    with pd.option_context("display.width", 200, "display.max_columns", 20, "display.max_rows", 100):
        print(table.round(3).to_string(index=False))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        write_csv(table, out / "variants.csv")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
