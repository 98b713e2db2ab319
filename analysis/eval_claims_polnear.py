"""Precision of the claim finder on hand-labelled PolNeAR claims: ``make validate-claims``.

``data/validation/claims_polnear/labels.tsv`` lists 150 numeric claims the finder found in
PolNeAR's train articles (US election news, 2015-2016; 60 articles drawn with seed 7, then 150
claims drawn from what the finder returned), each judged by a reviewer: ``genuine`` Y/N, and for
a genuine claim the right ``value``. A claim is located by its article's file name and the
character offset of its number in the scored body (``build_document`` then ``find_claims`` on
``doc.body``, as ``analysis.pagecheck.ours`` does), with the number as written and the sentence
number as a check: no PolNeAR text is kept in the project.

The finder is run again on each article; a labelled claim is *kept* when a claim found now
overlaps its number (each found claim answers for the first labelled number it overlaps, so a
number that is now read as part of a longer one, "Forty six percent", drops the second half).
Reported: precision on the kept labelled claims (genuine / kept; goal >= 0.95), genuine claims
lost (a fix that drops real claims shows here), and the share of kept genuine claims whose value
is right. Claims the finder adds that the sample never saw are counted, not judged.

Examples
--------
>>> overlaps((3, 8), (7, 9)), overlaps((3, 8), (8, 9))
(True, False)
>>> evaluate([], {})["labelled"]
0
"""
from __future__ import annotations

import argparse
import csv
import math
import sys
from collections.abc import Callable
from pathlib import Path

from .claims import Claim, find_claims
from .document import build_document

LABELS = Path(__file__).resolve().parent.parent / "data" / "validation" / "claims_polnear" / "labels.tsv"
GOAL_PRECISION = 0.95


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two half-open character spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def load_labels(path: Path = LABELS) -> list[dict[str, str]]:
    """The labelled claims (``article``, ``start``, ``number_as_written``, ``sentence``,
    ``genuine``, ``value``, ``category``); a row without an article, offset or Y/N is an error
    naming the file and the row."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    for line, row in enumerate(rows, start=2):
        if not row.get("article") or not (row.get("start") or "").isdigit() or row.get("genuine") not in ("Y", "N"):
            raise ValueError(f"{path}, row {line}: needs article, start (an offset) and genuine Y/N: {row}")
    return rows


def evaluate(labels: list[dict[str, str]], bodies: dict[str, str], finder: Callable[[str], list[Claim]] = find_claims) -> dict[str, object]:
    """Rerun ``finder`` on each article's body and score the labelled claims.

    ``bodies`` maps an article's file name to its scored body. A labelled number no longer at
    its offset (the cleaning changed the body) is counted in ``moved`` and left out.
    """
    result: dict[str, object] = {"labelled": len(labels), "moved": 0, "kept": 0, "kept_genuine": 0, "genuine": 0, "lost": [], "false": [], "value_right": 0, "value_wrong": [], "added": 0}
    by_article: dict[str, list[dict[str, str]]] = {}
    for row in labels:
        by_article.setdefault(row["article"], []).append(row)
    for article, rows in by_article.items():
        body = bodies[article]
        claims = finder(body)
        spans = []
        for row in rows:
            start = int(row["start"])
            written = row["number_as_written"]
            if body[start : start + len(written)].lower() != written.lower():
                result["moved"] += 1  # type: ignore[operator]
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
        for i, (_a, _b, row) in enumerate(spans):
            genuine = row["genuine"] == "Y"
            result["genuine"] += genuine  # type: ignore[operator]
            claim = answered.get(i)
            if claim is None:
                if genuine:
                    result["lost"].append((article, row["start"], row["number_as_written"]))  # type: ignore[attr-defined]
                continue
            result["kept"] += 1  # type: ignore[operator]
            if not genuine:
                result["false"].append((article, row["start"], claim.text, row["category"]))  # type: ignore[attr-defined]
                continue
            result["kept_genuine"] += 1  # type: ignore[operator]
            if row["value"] and math.isclose(claim.value, float(row["value"]), rel_tol=1e-6):
                result["value_right"] += 1  # type: ignore[operator]
            else:
                result["value_wrong"].append((article, row["start"], claim.text, claim.value, row["value"]))  # type: ignore[attr-defined]
    kept, kept_genuine = int(result["kept"]), int(result["kept_genuine"])  # type: ignore[call-overload]
    result["precision"] = round(kept_genuine / kept, 3) if kept else float("nan")
    result["genuine_kept_share"] = round(kept_genuine / int(result["genuine"]), 3) if result["genuine"] else float("nan")  # type: ignore[call-overload]
    result["value_accuracy"] = round(int(result["value_right"]) / kept_genuine, 3) if kept_genuine else float("nan")  # type: ignore[call-overload]
    return result


def bodies_of(polnear: Path, articles: list[str]) -> dict[str, str]:
    """The scored body of each named article of PolNeAR's ``text/`` folder (or the folder itself)."""
    folder = polnear / "text" if (polnear / "text").is_dir() else polnear
    out = {}
    for name in articles:
        path = folder / name
        if not path.is_file():
            raise FileNotFoundError(f"{path}: a labelled article is missing from the PolNeAR folder")
        stem = name.rsplit(".", 1)[0]
        out[name] = build_document({"id": stem, "outlet": stem.split("_")[0]}, path.read_text(encoding="utf-8")).body
    return out


def main(argv: list[str] | None = None) -> int:
    """Command line: ``python -m analysis.eval_claims_polnear POLNEAR_DIR [--labels PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("polnear", type=Path, help="PolNeAR folder (with text/<article>.txt)")
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--misses", action="store_true", help="list the false claims kept, genuine ones lost and wrong values")
    args = parser.parse_args(argv)
    labels = load_labels(args.labels)
    result = evaluate(labels, bodies_of(args.polnear, sorted({r["article"] for r in labels})))
    print(f"labelled {result['labelled']} (moved {result['moved']}); kept {result['kept']}: precision {result['precision']} (goal >= {GOAL_PRECISION}); "
          f"genuine kept {result['kept_genuine']} of {result['genuine']} ({result['genuine_kept_share']}); value right {result['value_accuracy']}; "
          f"claims not in the sample {result['added']}")
    if args.misses:
        for kind in ("false", "lost", "value_wrong"):
            for item in result[kind]:  # type: ignore[attr-defined]
                print(kind, *item, sep="\t")
    return 0


if __name__ == "__main__":
    sys.exit(main())
