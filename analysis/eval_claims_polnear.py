"""Precision of the claim finder on hand-labelled PolNeAR claims: ``make validate-claims``.

``data/validation/claims_polnear/labels.tsv`` lists 150 numeric claims the finder found in
PolNeAR's train articles (US election news, 2015-2016; 60 articles drawn with seed 7, then 150
claims drawn from what the finder returned), each judged by a reviewer: ``genuine`` Y/N, and for
a genuine claim the right ``value``. No PolNeAR text is kept in the project: a claim is anchored
by its article's file name, the number as written and ``text_start``, the offset of the number in
the article's own text file (``text/<article>.txt``, which never changes). ``sentence`` is the
number of its sentence in the scored body when it was judged (for a reader; not used).

The scored body (``build_document`` then ``find_claims`` on ``doc.body``, as
``analysis.pagecheck.ours`` does) changes whenever the cleaning does, so a label is *placed* in
the body by its words, not by an offset (:func:`place`): among the occurrences of the number as
written, the one whose neighbouring words on its line (up to six on each side, read from the
article's text at run time) agree most with the text file's, the nearest relative position
breaking ties. A label no occurrence agrees with (its line was cut from the body, or the text
file is another version) is counted as *not placed* and listed by ``--misses``, never dropped
silently. A new label judged on a body (as ``find_claims`` returns its offset there) gets its
``text_start`` the other way round: ``place(body, offset, number_as_written, text)``.

The finder is run again on each article; a placed claim is *kept* when a claim found now
overlaps its number (each found claim answers for the first labelled number it overlaps, so a
number that is now read as part of a longer one, "Forty six percent", drops the second half).
Reported: precision on the kept labelled claims (genuine / kept; goal >= 0.95), genuine claims
lost (a fix that drops real claims shows here), and the share of kept genuine claims whose value
is right. Claims the finder adds that the sample never saw are counted, not judged.

Examples
--------
>>> overlaps((3, 8), (7, 9)), overlaps((3, 8), (8, 9))
(True, False)
>>> place("Intro.\\nHart has 41 voters and 41 cows.", 30, "41", "Hart has 41 voters and 41 cows.")
23
>>> evaluate([], {})["labelled"]
0
"""
from __future__ import annotations

import argparse
import csv
import math
import re
import sys
from collections.abc import Callable
from pathlib import Path

from .claims import Claim, find_claims
from .document import build_document

LABELS = Path(__file__).resolve().parent.parent / "data" / "validation" / "claims_polnear" / "labels.tsv"
GOAL_PRECISION = 0.95
#: Words read on each side of a number to place it, and how many of them must agree (or all its line has).
CONTEXT_WORDS, AGREE = 6, 3
_WORD = re.compile(r"[^\W_]+")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def _neighbours(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The words (lower case, letters and digits only) before and after ``text[start:end]`` on its line."""
    line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
    left = _WORD.findall(text[line_start:start].lower())[-CONTEXT_WORDS:]
    right = _WORD.findall(text[end : len(text) if line_end < 0 else line_end].lower())[:CONTEXT_WORDS]
    return left, right


def _agreement(a: list[str], b: list[str]) -> int:
    """How many words two word lists share from their first word on."""
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def place(source: str, start: int, written: str, target: str) -> int | None:
    """Where in ``target`` the number written at ``source[start:]`` stands, or ``None``.

    The occurrence of ``written`` in ``target`` (whole, case-insensitive) whose neighbouring
    words agree most with those around it in ``source``: at least ``AGREE`` words counted outward
    from the number (or every word its line has); the nearest relative position breaks a tie.
    Punctuation and spacing do not count, so curly and straight apostrophes or rewrapped lines
    agree. ``None`` when the number is not at ``start`` in ``source`` or nothing agrees enough.

    Examples
    --------
    >>> place("A 41. B has 41 voters.", 12, "41", "B has 41 voters.\\nA 41.")
    6
    >>> place("B has 41 voters.", 6, "41", "C had 41 cows.") is None
    True
    """
    end = start + len(written)
    if not written or source[start:end].lower() != written.lower():
        return None
    left, right = _neighbours(source, start, end)
    need = min(AGREE, len(left) + len(right))
    best: tuple[int, float, int] | None = None
    for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", target, re.IGNORECASE):
        there_left, there_right = _neighbours(target, m.start(), m.end())
        score = _agreement(left[::-1], there_left[::-1]) + _agreement(right, there_right)
        if score < need:
            continue
        distance = abs(m.start() / max(1, len(target)) - start / max(1, len(source)))
        if best is None or (-score, distance) < (-best[0], best[1]):
            best = (score, distance, m.start())
    return None if best is None else best[2]


def load_labels(path: Path = LABELS) -> list[dict[str, str]]:
    """The labelled claims (``article``, ``text_start``, ``number_as_written``, ``sentence``,
    ``genuine``, ``value``, ``category``); a row without an article, offset, number or Y/N is an
    error naming the file and the row."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for line, row in enumerate(rows, start=2):
        if not row.get("article") or not (row.get("text_start") or "").isdigit() or not row.get("number_as_written") or row.get("genuine") not in ("Y", "N"):
            raise ValueError(f"{path}, row {line}: needs article, text_start (an offset in the text file), number_as_written and genuine Y/N: {row}")
    return rows


def evaluate(labels: list[dict[str, str]], texts: dict[str, tuple[str, str]], finder: Callable[[str], list[Claim]] = find_claims) -> dict[str, object]:
    """Rerun ``finder`` on each article's body and score the labelled claims.

    ``texts`` maps an article's file name to its text file's content and its scored body. A label
    that cannot be placed in the body (:func:`place`) is listed in ``unplaced`` and left out.
    """
    result: dict[str, object] = {"labelled": len(labels), "unplaced": [], "kept": 0, "kept_genuine": 0, "genuine": 0, "lost": [], "false": [], "value_right": 0, "value_wrong": [], "added": 0}
    by_article: dict[str, list[dict[str, str]]] = {}
    for row in labels:
        by_article.setdefault(row["article"], []).append(row)
    for article, rows in by_article.items():
        text, body = texts[article]
        claims = finder(body)
        spans = []
        for row in rows:
            written = row["number_as_written"]
            start = place(text, int(row["text_start"]), written, body)
            if start is None:
                result["unplaced"].append((article, row["text_start"], written, row["genuine"]))  # type: ignore[attr-defined]
                continue
            spans.append((start, start + len(written), row))
        spans.sort(key=lambda s: s[0])
        answered: dict[int, Claim] = {}
        for claim in claims:
            hit = next((i for i, (a, b, _row) in enumerate(spans) if i not in answered and overlaps((a, b), (claim.start, claim.end))), None)
            if hit is None:
                result["added"] += 1  # type: ignore[operator]
            else:
                answered[hit] = claim
        for i, (a, _b, row) in enumerate(spans):
            genuine = row["genuine"] == "Y"
            result["genuine"] += genuine  # type: ignore[operator]
            claim = answered.get(i)
            if claim is None:
                if genuine:
                    result["lost"].append((article, row["text_start"], row["number_as_written"], body[max(0, a - 60) : a + 40].replace("\n", " ")))  # type: ignore[attr-defined]
                continue
            result["kept"] += 1  # type: ignore[operator]
            if not genuine:
                result["false"].append((article, row["text_start"], claim.text, row["category"]))  # type: ignore[attr-defined]
                continue
            result["kept_genuine"] += 1  # type: ignore[operator]
            if row["value"] and math.isclose(claim.value, float(row["value"]), rel_tol=1e-6):
                result["value_right"] += 1  # type: ignore[operator]
            else:
                result["value_wrong"].append((article, row["text_start"], claim.text, claim.value, row["value"]))  # type: ignore[attr-defined]
    kept, kept_genuine = int(result["kept"]), int(result["kept_genuine"])  # type: ignore[call-overload]
    result["placed"] = len(labels) - len(result["unplaced"])  # type: ignore[arg-type]
    result["precision"] = round(kept_genuine / kept, 3) if kept else float("nan")
    result["genuine_kept_share"] = round(kept_genuine / int(result["genuine"]), 3) if result["genuine"] else float("nan")  # type: ignore[call-overload]
    result["value_accuracy"] = round(int(result["value_right"]) / kept_genuine, 3) if kept_genuine else float("nan")  # type: ignore[call-overload]
    return result


def texts_of(polnear: Path, articles: list[str]) -> dict[str, tuple[str, str]]:
    """The text file's content and the scored body of each named article of PolNeAR's ``text/`` folder (or the folder itself)."""
    folder = polnear / "text" if (polnear / "text").is_dir() else polnear
    out = {}
    for name in articles:
        path = folder / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: a labelled article is missing from the PolNeAR folder")
        stem = name.rsplit(".", 1)[0]
        text = path.read_text(encoding="utf-8")
        out[name] = (text, build_document({"id": stem, "outlet": stem.split("_")[0]}, text).body)
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m analysis.eval_claims_polnear POLNEAR_DIR [--labels PATH] [--misses]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR folder (with text/<article>.txt)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--misses", action="store_true", help="list the labels not placed, false claims kept, genuine ones lost and wrong values")
    args = parser.parse_args(argv)
    labels = load_labels(args.labels)
    result = evaluate(labels, texts_of(args.polnear, sorted({r["article"] for r in labels})))
    print(f"labelled {result['labelled']}: placed {result['placed']}, not placed {len(result['unplaced'])}; kept {result['kept']}: precision {result['precision']} (goal >= {GOAL_PRECISION}); "  # type: ignore[arg-type]
          f"genuine kept {result['kept_genuine']} of {result['genuine']} ({result['genuine_kept_share']}); value right {result['value_accuracy']}; "
          f"claims not in the sample {result['added']}")
    if args.misses:
        for kind in ("unplaced", "false", "lost", "value_wrong"):
            for item in result[kind]:  # type: ignore[attr-defined]
                print(kind, *item, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
