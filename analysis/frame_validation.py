"""The generic frames measured against people: the codebook on the Narrative Frames Corpus (NFC).

NFC (Frermann, Li, Khanehzar & Mikolajczak 2023) gives, per news article, the five generic
frames of Semetko & Valkenburg (RE resolution/responsibility, HI human interest, CO conflict,
MO moral, EC economic) and each annotator's answer to each yes/no codebook question. This module
scores every article with the workbook's codebook (the same :func:`analysis.framing.find_evidence`
the pipeline runs) and reports, per frame, the AUC of the codebook's score against the human
label, and per question (item) the precision and recall of "an indicator of the item fires in
the article" against the annotators' majority answer. The codebook's score is ``frame_score``
(how many different indicators of the frame the article uses, ``n_indicators``, divided by
``(words / 1000) ** length_exponent``, the frame's exponent in the codebook, 0 except for
responsibility; :func:`analysis.framing.frame_score`); ``n_indicators``, ``per_1000_words``,
``n_matches`` and ``share`` are reported beside it.

Beside it, a **word-list baseline** on the same texts: for each frame, the 50 words most
associated with the frame in the *training* articles of each fold (weighted log-odds ratio with
an informative Dirichlet prior, Monroe, Colaresi & Quinn 2008, "Fightin' words"), scored on the
held-out articles as matches per 1,000 words. It is the word list an analyst could build from
labelled data with no codebook, topic words included; the codebook is generic and hand-written.
Folds are by article, seeded (``k`` folds, default 5); AUCs are computed on the pooled
out-of-fold scores with a seeded 95% percentile bootstrap interval over articles, and per fold
(the spread: the lowest and highest of the ``k`` held-out folds' AUCs, for both).

Run ``python -m analysis.frame_validation PATH`` (or ``make validate-frames NFC=PATH``), where
PATH holds NFC's ``articles.tsv`` and ``item_annotations.json``.

Examples
--------
>>> auc([0.1, 0.4, 0.35, 0.8], [0, 0, 1, 1])
0.75
>>> auc([1, 1, 0, 0], [1, 0, 1, 0])
0.5
"""
from __future__ import annotations

import argparse
import csv
import json
import math
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np
import pandas as pd

from .document import build_document
from .errors import InstrumentError
from .framing import Codebook, find_evidence, frame_score, load_codebook
from .io import write_csv

#: NFC's frame columns -> the codebook's generic frame ids.
NFC_FRAMES = {
    "CO": "conflict", "EC": "economic_consequences", "HI": "human_interest", "MO": "morality", "RE": "responsibility",
}
#: NFC's question ids -> the codebook items asking the same Semetko & Valkenburg question.
#: Conflict, economic and morality are numbered as in Semetko & Valkenburg. NFC's resolution
#: questions are not: its frame label RE is exactly "re2 and re6 both have a majority yes" (all
#: 341 articles of fold 1), re2 is the solutions question (best predicted by ``responsibility_3``) and re6 the
#: hero, an actor able to resolve the problem (NFC's README: "Hero: RE6"), the nearest codebook
#: item being ``responsibility_1``. re1 is "yes" for every article, re3 for 9, re7 (the villain)
#: for 96%: they and re1a, re4, re5 have no codebook counterpart and are not scored.
NFC_ITEMS = {
    "re2": "responsibility_3", "re6": "responsibility_1",
    **{f"hi{i}": f"human_interest_{i}" for i in range(1, 6)},
    **{f"co{i}": f"conflict_{i}" for i in range(1, 5)},
    **{f"mo{i}": f"morality_{i}" for i in range(1, 4)},
    **{f"ec{i}": f"economic_consequences_{i}" for i in range(1, 4)},
}
SCORES = ("frame_score", "n_indicators", "per_1000_words", "n_matches", "share")
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


# ------------------------------------------------------------------------------------------------
# Statistics
# ------------------------------------------------------------------------------------------------


def auc(scores: Sequence[float], labels: Sequence[int]) -> float:
    """Area under the ROC curve: the chance that a random positive outscores a random negative
    (ties count one half; the Mann-Whitney U statistic over ``n_pos * n_neg``).

    NaN when one class is empty.

    Examples
    --------
    >>> auc([3, 2, 1], [1, 1, 0]), auc([1, 2, 3], [1, 1, 0])
    (1.0, 0.0)
    >>> auc([1, 2], [1, 1])
    nan
    """
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=bool)
    n_pos, n_neg = int(y.sum()), int((~y).sum())
    if not n_pos or not n_neg:
        return math.nan
    ranks = pd.Series(s).rank(method="average").to_numpy()
    return float((ranks[y].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg))


def auc_interval(scores: Sequence[float], labels: Sequence[int], *, seed: int = 13, n_boot: int = 1000) -> tuple[float, float]:
    """Seeded 95% percentile bootstrap interval of :func:`auc`, resampling articles.

    Examples
    --------
    >>> lo, hi = auc_interval([0.1, 0.4, 0.35, 0.8, 0.2, 0.9], [0, 0, 1, 1, 0, 1])
    >>> 0.0 <= lo <= hi <= 1.0
    True
    """
    s = np.asarray(scores, dtype=float)
    y = np.asarray(labels, dtype=int)
    rng = np.random.default_rng(seed)
    values = []
    for _ in range(n_boot):
        pick = rng.integers(0, len(s), len(s))
        value = auc(s[pick], y[pick])
        if not math.isnan(value):
            values.append(value)
    if not values:
        return (math.nan, math.nan)
    return (float(np.percentile(values, 2.5)), float(np.percentile(values, 97.5)))


def folds(n: int, *, k: int = 5, seed: int = 13) -> np.ndarray:
    """Fold number (0..k-1) of each of ``n`` articles: a seeded permutation cut into k parts.

    Examples
    --------
    >>> f = folds(10, k=5)
    >>> sorted(np.bincount(f).tolist()), len(f)
    ([2, 2, 2, 2, 2], 10)
    >>> bool((folds(10, k=5) == f).all())
    True
    """
    order = np.random.default_rng(seed).permutation(n)
    out = np.empty(n, dtype=int)
    out[order] = np.arange(n) % k
    return out


def precision_recall(predicted: Sequence[bool], truth: Sequence[bool]) -> tuple[float, float]:
    """Precision and recall of ``predicted`` against ``truth`` (NaN when undefined).

    Examples
    --------
    >>> precision_recall([True, True, False, False], [True, False, True, False])
    (0.5, 0.5)
    >>> precision_recall([False], [True])
    (nan, 0.0)
    """
    p = np.asarray(predicted, dtype=bool)
    t = np.asarray(truth, dtype=bool)
    tp = int((p & t).sum())
    precision = tp / int(p.sum()) if p.sum() else math.nan
    recall = tp / int(t.sum()) if t.sum() else math.nan
    return precision, recall


# ------------------------------------------------------------------------------------------------
# The corpus
# ------------------------------------------------------------------------------------------------


def load_nfc(path: str | Path) -> tuple[pd.DataFrame, pd.DataFrame]:
    """NFC's articles (one row each: ``article_id``, ``outlet``, ``text`` and a 0/1 column per
    NFC frame) and item answers (one row per article and question: ``article_id``, ``question``,
    ``majority``: ``yes`` / ``no`` / other, ``answers``: the annotators' answers).

    Articles whose five labels are not all ``True``/``False`` are left out (NFC has one empty
    row and one ``False)``); an unreadable file raises :class:`~analysis.errors.InstrumentError`.
    """
    folder = Path(path)
    tsv, annotations = folder / "articles.tsv", folder / "item_annotations.json"
    for file in (tsv, annotations):
        if not file.is_file():
            raise InstrumentError(file, "NFC file not found (expected articles.tsv and item_annotations.json)")
    csv.field_size_limit(1 << 30)
    rows = []
    with tsv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            labels = {key: row.get(key, "") for key in NFC_FRAMES}
            if not all(value in ("True", "False") for value in labels.values()):
                continue
            rows.append({
                "article_id": row["ID"], "outlet": row.get("source", ""), "text": row.get("text", ""),
                **{key: int(value == "True") for key, value in labels.items()},
            })
    articles = pd.DataFrame(rows)
    data = json.loads(annotations.read_text(encoding="utf-8"))
    items = [
        {"article_id": str(article_id), "question": question, "majority": str(value[0]), "answers": value[1]}
        for article_id, entry in data.items() for question, value in entry.items()
        if not question.startswith("_") and isinstance(value, list) and len(value) == 2
    ]
    return articles, pd.DataFrame(items)


# ------------------------------------------------------------------------------------------------
# The codebook's scores and the baseline
# ------------------------------------------------------------------------------------------------


def codebook_scores(articles: pd.DataFrame, *, codebook: Codebook | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Score each article with the codebook: per article and generic frame ``n_matches``,
    ``n_indicators`` (different indicators matched), ``frame_score`` (:func:`analysis.framing.frame_score`
    with the frame's ``length_exponent``), ``per_1000_words`` and ``share`` (of sentences
    carrying it), and the evidence rows (generic frames only) that produced them. ``words`` is
    the cleaned body's word count: 0 when page cleaning removed the whole text.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": ["1", "2"], "outlet": ["x", "y"], "text": ["Both sides accused each other.", ""]})
    >>> scores, evidence = codebook_scores(a)
    >>> s = scores.set_index(["article_id", "frame"]).loc[("1", "conflict")]
    >>> int(s["n_matches"]), int(s["n_indicators"]), int(scores.loc[scores.article_id == "2", "n_matches"].sum())
    (2, 2, 0)
    """
    codebook = codebook or load_codebook()
    generic = [frame.id for frame in codebook.family("generic")]
    exponent = {frame.id: frame.length_exponent for frame in codebook.family("generic")}
    rows, evidence = [], []
    for article_id, outlet, text in articles[["article_id", "outlet", "text"]].itertuples(index=False):
        doc = build_document({"id": article_id, "outlet": outlet}, text)
        found = [row for row in find_evidence(doc, codebook=codebook) if row["family"] == "generic"]
        evidence.extend(found)
        n_sentences = max(len(doc.sentences), 1)
        for frame in generic:
            mine = [row for row in found if row["category"] == frame]
            n_indicators = len({row["indicator"] for row in mine})
            rows.append({
                "article_id": article_id, "frame": frame, "words": doc.n_words, "n_matches": len(mine),
                "n_indicators": n_indicators, "frame_score": frame_score(n_indicators, doc.n_words, exponent[frame]),
                "per_1000_words": 1000.0 * len(mine) / doc.n_words if doc.n_words else 0.0,
                "share": len({row["sentence"] for row in mine}) / n_sentences,
            })
    return pd.DataFrame(rows), pd.DataFrame(evidence)


def tokens(text: str) -> list[str]:
    """Lower-cased word tokens for the baseline.

    Examples
    --------
    >>> tokens("Don't PANIC, it's 2024!")
    ["don't", 'panic', "it's"]
    >>> tokens("")
    []
    """
    return WORD.findall(text.lower())


def fightin_words(positive: Iterable[Counter], negative: Iterable[Counter], *, min_docs: int = 5, top: int = 50) -> list[str]:
    """The ``top`` words most associated with the positive documents: weighted log-odds ratio
    with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008), words in at least
    ``min_docs`` documents. Ties break alphabetically.

    Examples
    --------
    >>> pos = [Counter({"fight": 3, "the": 5})] * 6
    >>> neg = [Counter({"calm": 3, "the": 5})] * 6
    >>> fightin_words(pos, neg, top=1)
    ['fight']
    """
    pos, neg = Counter(), Counter()
    docs: Counter = Counter()
    for counts in positive:
        pos.update(counts)
        docs.update(counts.keys())
    for counts in negative:
        neg.update(counts)
        docs.update(counts.keys())
    vocab = sorted(word for word, n in docs.items() if n >= min_docs)
    if not vocab:
        return []
    y_pos = np.array([pos[w] for w in vocab], dtype=float)
    y_neg = np.array([neg[w] for w in vocab], dtype=float)
    prior = (y_pos + y_neg) / (y_pos + y_neg).sum() * 500.0  # a0 = 500 pseudo-counts
    n_pos, n_neg, a0 = y_pos.sum(), y_neg.sum(), prior.sum()
    with np.errstate(divide="ignore", invalid="ignore"):  # a one-word vocabulary has no odds: its z is NaN, never listed
        delta = np.log((y_pos + prior) / (n_pos + a0 - y_pos - prior)) - np.log((y_neg + prior) / (n_neg + a0 - y_neg - prior))
        z = np.nan_to_num(delta / np.sqrt(1.0 / (y_pos + prior) + 1.0 / (y_neg + prior)), nan=-np.inf)
    order = sorted(range(len(vocab)), key=lambda i: (-z[i], vocab[i]))
    return [vocab[i] for i in order[:top] if z[i] > 0]


def wordlist_scores(articles: pd.DataFrame, *, fold: np.ndarray, top: int = 50, lists: list[dict] | None = None) -> pd.DataFrame:
    """Out-of-fold word-list scores (matches per 1,000 words) per article and frame.

    ``lists``, when given, receives one row per fold, frame and listed word (``rank`` 1 = most
    associated), so the baseline's words can be read.

    Examples
    --------
    >>> a = pd.DataFrame({"article_id": list("abcdef"), "text": ["fight fight"] * 3 + ["calm"] * 3, **{k: [1, 1, 1, 0, 0, 0] for k in NFC_FRAMES}})
    >>> s = wordlist_scores(a, fold=np.array([0, 1, 2, 0, 1, 2]), top=5)
    >>> auc(s[s.frame == "conflict"].score, [1, 1, 1, 0, 0, 0])
    1.0
    """
    counted = [Counter(tokens(text)) for text in articles["text"]]
    words = np.array([max(sum(c.values()), 1) for c in counted], dtype=float)
    rows = []
    for key, frame in NFC_FRAMES.items():
        labels = articles[key].to_numpy()
        scores = np.zeros(len(articles))
        for f in sorted(set(fold.tolist())):
            train = fold != f
            ranked = fightin_words(
                [counted[i] for i in np.flatnonzero(train & (labels == 1))],
                [counted[i] for i in np.flatnonzero(train & (labels == 0))], min_docs=min(5, max(1, int(train.sum()) // 3)), top=top,
            )
            if lists is not None:
                lists += [{"fold": f, "frame": frame, "rank": r, "word": w} for r, w in enumerate(ranked, start=1)]
            listed = set(ranked)
            for i in np.flatnonzero(~train):
                scores[i] = 1000.0 * sum(n for w, n in counted[i].items() if w in listed) / words[i]
        rows += [{"article_id": a, "frame": frame, "score": s} for a, s in zip(articles["article_id"], scores)]
    return pd.DataFrame(rows)


# ------------------------------------------------------------------------------------------------
# The evaluation
# ------------------------------------------------------------------------------------------------


def evaluate(path: str | Path, *, k: int = 5, seed: int = 13, score: str = "frame_score") -> dict[str, pd.DataFrame]:
    """Evaluate the codebook's generic frames on NFC at ``path``: tables ``frames`` (one row per
    frame: positives, AUC of the codebook's ``score`` and of the word-list baseline with 95%
    intervals and their lowest and highest AUC over the ``k`` held-out folds, the AUC of every
    score column, and ``emptied``: articles whose whole text page cleaning removed, which score
    0), ``items`` (one row per question: articles
    with a majority yes/no, precision and recall of "an item indicator fires", and ``auc_count``: the
    AUC of the item's number of different indicators against the majority answer), ``indicators``
    (one row per generic indicator that fired: articles where it fired, and how many of them
    carry the frame), ``evidence`` (the codebook's evidence rows) and ``wordlists`` (the baseline's
    words, per fold and frame)."""
    if score not in SCORES:
        raise ValueError(f"score must be one of {SCORES}, not {score!r}")
    articles, items = load_nfc(path)
    codebook = load_codebook()
    scores, evidence = codebook_scores(articles, codebook=codebook)
    fold = folds(len(articles), k=k, seed=seed)
    lists: list[dict] = []
    baseline = wordlist_scores(articles, fold=fold, lists=lists)
    frame_rows = []
    for key, frame in NFC_FRAMES.items():
        labels = articles[key].to_numpy()
        mine = scores[scores.frame == frame].set_index("article_id").loc[articles["article_id"]]
        words = baseline[baseline.frame == frame].set_index("article_id").loc[articles["article_id"], "score"].to_numpy()
        row: dict[str, object] = {"frame": frame, "nfc": key, "articles": len(labels), "positives": int(labels.sum())}
        row["auc_codebook"] = auc(mine[score].to_numpy(), labels)
        row["codebook_low"], row["codebook_high"] = auc_interval(mine[score].to_numpy(), labels, seed=seed)
        row["auc_wordlist"] = auc(words, labels)
        row["wordlist_low"], row["wordlist_high"] = auc_interval(words, labels, seed=seed)
        for name, values in (("codebook", mine[score].to_numpy()), ("wordlist", words)):
            per_fold = [auc(values[fold == f], labels[fold == f]) for f in range(k)]
            defined = [value for value in per_fold if not math.isnan(value)]  # a fold without both classes has no AUC
            row[f"{name}_fold_min"] = min(defined) if defined else math.nan
            row[f"{name}_fold_max"] = max(defined) if defined else math.nan
        row["emptied"] = int((mine["words"] == 0).sum())
        for other in SCORES:
            row[f"auc_{other}"] = auc(mine[other].to_numpy(), labels)
        frame_rows.append(row)
    fired = (
        evidence.groupby(["article_id", "item"]).size().rename("n").reset_index() if len(evidence) else
        pd.DataFrame(columns=["article_id", "item", "n"])
    )
    fired_set = set(zip(fired["article_id"], fired["item"]))
    different = (
        evidence.groupby(["article_id", "item"])["indicator"].nunique().to_dict() if len(evidence) else {}
    )  # (article, item) -> different indicators of the item: how much of the item an article has
    item_rows = []
    for question, item in NFC_ITEMS.items():
        mine = items[(items.question == question) & items.majority.isin(["yes", "no"])]
        mine = mine[mine.article_id.isin(set(articles.article_id))]
        truth = (mine.majority == "yes").to_numpy()
        predicted = np.array([(a, item) in fired_set for a in mine.article_id])
        precision, recall = precision_recall(predicted, truth)
        item_rows.append({
            "question": question, "item": item, "articles": len(mine), "majority_yes": int(truth.sum()),
            "fired": int(predicted.sum()), "precision": precision, "recall": recall,
            "auc_count": auc([different.get((a, item), 0) for a in mine.article_id], truth.astype(int)),
        })
    return {
        "frames": pd.DataFrame(frame_rows), "items": pd.DataFrame(item_rows),
        "indicators": indicator_table(evidence, articles), "evidence": evidence,
        "wordlists": pd.DataFrame(lists, columns=["fold", "frame", "rank", "word"]),
    }


def indicator_table(evidence: pd.DataFrame, articles: pd.DataFrame) -> pd.DataFrame:
    """Per generic indicator: articles where it fired, and the share of them carrying its frame
    (against the frame's base rate), to read which indicators help."""
    if not len(evidence):
        return pd.DataFrame(columns=["frame", "item", "indicator", "articles", "with_frame", "precision", "base_rate"])
    label = {frame: dict(zip(articles["article_id"], articles[key])) for key, frame in NFC_FRAMES.items()}
    per = evidence.drop_duplicates(["article_id", "category", "indicator"])
    rows = []
    for (frame, item, indicator), group in per.groupby(["category", "item", "indicator"], sort=True):
        hits = [label[frame][a] for a in group["article_id"]]
        rows.append({
            "frame": frame, "item": item, "indicator": indicator, "articles": len(hits), "with_frame": int(sum(hits)),
            "precision": sum(hits) / len(hits), "base_rate": float(np.mean(list(label[frame].values()))),
        })
    return pd.DataFrame(rows).sort_values(["frame", "articles"], ascending=[True, False], kind="stable").reset_index(drop=True)


def markdown_table(frames: pd.DataFrame) -> str:
    """The README's table: one row per frame, codebook AUC beside the word list's.

    Examples
    --------
    Folds: the lowest and highest AUC of the held-out folds (shown when the table has them).

    >>> t = pd.DataFrame([{"frame": "conflict", "positives": 3, "articles": 9, "auc_codebook": 0.61, "codebook_low": 0.5,
    ...                    "codebook_high": 0.7, "auc_wordlist": 0.6, "wordlist_low": 0.5, "wordlist_high": 0.7}])
    >>> print(markdown_table(t).splitlines()[2])
    | conflict | 3 / 9 | .61 (.50-.70) | .60 (.50-.70) |
    >>> t["codebook_fold_min"], t["codebook_fold_max"], t["wordlist_fold_min"], t["wordlist_fold_max"] = 0.55, 0.68, 0.4, 0.7
    >>> print(markdown_table(t).splitlines()[2])
    | conflict | 3 / 9 | .61 (.50-.70) | .55-.68 | .60 (.50-.70) | .40-.70 |
    """
    def f(x: float) -> str:
        return "n/a" if math.isnan(x) else f"{x:.2f}".lstrip("0")

    spread = "codebook_fold_min" in frames.columns
    if spread:
        lines = [
            "| frame | articles with it | codebook AUC (95% CI) | codebook, per fold | word list AUC (95% CI) | word list, per fold |",
            "|---|---|---|---|---|---|",
        ]
    else:
        lines = ["| frame | articles with it | codebook AUC (95% CI) | word list AUC (95% CI) |", "|---|---|---|---|"]
    for r in frames.itertuples(index=False):
        codebook = f"{f(r.auc_codebook)} ({f(r.codebook_low)}-{f(r.codebook_high)})"
        wordlist = f"{f(r.auc_wordlist)} ({f(r.wordlist_low)}-{f(r.wordlist_high)})"
        if spread:
            codebook += f" | {f(r.codebook_fold_min)}-{f(r.codebook_fold_max)}"
            wordlist += f" | {f(r.wordlist_fold_min)}-{f(r.wordlist_fold_max)}"
        lines.append(f"| {r.frame} | {r.positives} / {r.articles} | {codebook} | {wordlist} |")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: print the frame and item tables; ``--out DIR`` also writes them as CSV."""
    parser = argparse.ArgumentParser(prog="python -m analysis.frame_validation", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", help="folder with NFC's articles.tsv and item_annotations.json")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--score", choices=SCORES, default="frame_score")
    parser.add_argument("--out", help="folder to write frames.csv, items.csv, indicators.csv, wordlists.csv (atomically)")
    args = parser.parse_args(argv)
    tables = evaluate(args.path, k=args.folds, seed=args.seed, score=args.score)
    print(markdown_table(tables["frames"]))
    print()
    with pd.option_context("display.width", 200, "display.max_columns", 20):
        print(tables["frames"][["frame", *(f"auc_{s}" for s in SCORES)]].round(3).to_string(index=False))
        emptied = int(tables["frames"]["emptied"].max()) if len(tables["frames"]) else 0
        if emptied:
            print(f"\n{emptied} article(s) lost their whole text to page cleaning and score 0 (see the pipeline's removed.csv)")
        print()
        print(tables["items"].round(2).to_string(index=False))
    if args.out:
        out = Path(args.out)
        out.mkdir(parents=True, exist_ok=True)
        for name in ("frames", "items", "indicators", "wordlists"):
            write_csv(tables[name], out / f"{name}.csv")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
