"""The prose of notebook 06's findings: what the agreement table can and cannot say.

Each function turns a table of :mod:`analysis.validation` into Markdown lines, with every data
value made inert (:func:`analysis.highlight.md_text`). Krippendorff's (2004) thresholds:
alpha >= .800 good, >= .667 acceptable for tentative conclusions, below that not acceptable.
A question answered "yes" fewer than :data:`MIN_YES` times by both coder and instrument is
reported as too thin to judge, whatever its alpha.

Examples
--------
>>> verdict(0.85), verdict(0.7), verdict(0.2), verdict(float("nan"))
('good', 'acceptable for tentative conclusions', 'not acceptable', 'undefined (no variation)')
"""
from __future__ import annotations

import math

import pandas as pd

from .highlight import md_text

GOOD, ACCEPTABLE = 0.800, 0.667
MIN_YES = 5


def verdict(alpha: float) -> str:
    """Krippendorff's reading of an alpha value.

    Examples
    --------
    >>> verdict(0.8), verdict(0.667)
    ('good', 'acceptable for tentative conclusions')
    """
    if alpha is None or math.isnan(alpha):
        return "undefined (no variation)"
    return "good" if alpha >= GOOD else "acceptable for tentative conclusions" if alpha >= ACCEPTABLE else "not acceptable"


def _num(x: float) -> str:
    return "n/a" if x is None or math.isnan(x) else f"{x:.2f}"


def _line(row: pd.Series) -> str:
    thin = max(int(row.coder_yes), int(row.instrument_yes)) < MIN_YES
    head = (
        f"- *{md_text(row.question)}* (coder {md_text(row.coder)}, {int(row.sentences)} sentences; "
        f"coder yes {int(row.coder_yes)}, instrument yes {int(row.instrument_yes)}): "
    )
    if thin:
        return head + f"too few \"yes\" answers to judge (fewer than {MIN_YES} on both sides)."
    return head + (
        f"precision {_num(row.precision)}, recall {_num(row.recall)}, alpha {_num(row.alpha)} "
        f"(95% {_num(row.alpha_low)} to {_num(row.alpha_high)}): {verdict(row.alpha)}."
    )


def frame_findings(table: pd.DataFrame) -> list[str]:
    """One Markdown line per generic frame and coder (``level == "frame"``).

    Examples
    --------
    >>> t = pd.DataFrame([{"question": "conflict", "level": "frame", "coder": "ana", "sentences": 26, "coder_yes": 12,
    ...                    "instrument_yes": 10, "precision": 1.0, "recall": 0.83, "alpha": 0.85, "alpha_low": 0.62, "alpha_high": 1.0}])
    >>> frame_findings(t)[0]
    '- *conflict* (coder ana, 26 sentences; coder yes 12, instrument yes 10): precision 1.00, recall 0.83, alpha 0.85 (95% 0.62 to 1.00): good.'
    """
    return [_line(row) for _, row in table[table["level"] == "frame"].iterrows()]


def question_summary(table: pd.DataFrame) -> str:
    """How many questions (items and stance categories) reach each verdict, and which are too thin.

    Examples
    --------
    >>> t = pd.DataFrame({"question": ["a", "b", "c"], "level": ["item", "item", "stance"], "coder": "x",
    ...                   "coder_yes": [9, 0, 6], "instrument_yes": [8, 0, 6], "alpha": [0.9, float("nan"), 0.5]})
    >>> question_summary(t)
    'Of 3 questions: 1 good, 0 acceptable for tentative conclusions, 1 not acceptable; 1 too thin to judge (fewer than 5 yes answers): b.'
    """
    rows = table[table["level"] != "frame"]
    judged = rows[rows[["coder_yes", "instrument_yes"]].max(axis=1) >= MIN_YES]
    counts = judged["alpha"].map(verdict).value_counts()
    thin = rows.loc[rows[["coder_yes", "instrument_yes"]].max(axis=1) < MIN_YES, "question"].drop_duplicates().tolist()
    thin_list = ", ".join(md_text(q) for q in thin)
    return (
        f"Of {rows['question'].nunique()} questions: {counts.get('good', 0)} good, "
        f"{counts.get('acceptable for tentative conclusions', 0)} acceptable for tentative conclusions, "
        f"{counts.get('not acceptable', 0)} not acceptable; {len(thin)} too thin to judge "
        f"(fewer than {MIN_YES} yes answers)" + (f": {thin_list}." if thin else ".")
    )


def coders_finding(table: pd.DataFrame) -> list[str]:
    """Agreement between two coders per frame, or why there is none.

    Examples
    --------
    >>> coders_finding(pd.DataFrame({"level": ["frame"], "question": ["conflict"], "coder": ["ana"], "alpha_coders": [float("nan")]}))[0][:40]
    'One coder (ana): agreement between coder'
    """
    coders = sorted(table["coder"].unique().tolist())
    if len(coders) < 2:
        return [
            f"One coder ({', '.join(md_text(c) for c in coders)}): agreement between coders needs a second filled sheet "
            "(two paths in `WORKBOOK_CODING_SHEETS`, or two coders in one sheet)."
        ]
    frames = table[table["level"] == "frame"].drop_duplicates("question")
    who = " and ".join([", ".join(md_text(c) for c in coders[:-1]), md_text(coders[-1])])
    return [
        f"- *{md_text(r.question)}*: alpha between {who} {_num(r.alpha_coders)} "
        f"(95% {_num(r.alpha_coders_low)} to {_num(r.alpha_coders_high)}): {verdict(r.alpha_coders)}."
        for r in frames.itertuples()
    ]


def disagreement_finding(disagreements: pd.DataFrame) -> str:
    """Misses and false alarms, and the questions with the most of each.

    Examples
    --------
    >>> d = pd.DataFrame({"question": ["conflict_3", "conflict_3", "hedge"], "kind": ["missed", "missed", "false alarm"]})
    >>> disagreement_finding(d)
    '3 disagreements: 2 missed by the instrument (most in conflict&#95;3: 2), 1 false alarm (most in hedge: 1).'
    >>> disagreement_finding(d.iloc[:0])
    'No disagreement between coder and instrument.'
    """
    if disagreements.empty:
        return "No disagreement between coder and instrument."
    parts = []
    for kind, label in (("missed", "missed by the instrument"), ("false alarm", "false alarm")):
        mine = disagreements[disagreements["kind"] == kind]
        if mine.empty:
            parts.append(f"0 {label}{'s' if kind == 'false alarm' else ''}")
            continue
        top = mine["question"].value_counts()
        plural = "s" if kind == "false alarm" and len(mine) != 1 else ""
        parts.append(f"{len(mine)} {label}{plural} (most in {md_text(top.index[0])}: {int(top.iloc[0])})")
    return f"{len(disagreements)} disagreements: " + ", ".join(parts) + "."
