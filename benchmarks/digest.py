"""A digest of every table scoring writes, for changes that must not move a byte (speed rounds).

``python -m benchmarks.digest [--polnear DIR] [--pages DIR] [--nfc TSV] [--limit N] > digest.txt``
runs :func:`analysis.pipeline.process_article` on every text of the given corpora (PolNeAR's
``text/*.txt``, the labelled real pages' ``text/*.txt``, NFC's ``articles.tsv`` text column) and
prints, per corpus and table, the sha256 of its rows as sorted JSON (file paths left out), then one
total. It prints no text, so it may run over held-out pages. Two versions of the code compare by
``diff`` of their outputs: run it from an exported copy of the older commit (``git archive COMMIT |
tar -x -C /tmp/old``, ``PYTHONPATH=/tmp/old``) and from the working copy. The speed rounds of issue
11 (5 Dec 2026) checked every commit with it.

Examples
--------
>>> import tempfile
>>> folder = Path(tempfile.mkdtemp())
>>> _ = (folder / "a.txt").write_text("Officials said 40 people were hurt on Monday. Rescuers searched all night.", encoding="utf-8")
>>> lines = corpus_digests("demo", [folder / "a.txt"])
>>> [line.split("\\t")[:2] for line in lines][:2]
[['demo', 'actors'], ['demo', 'articles']]
>>> corpus_digests("demo", []) == []
True
"""
from __future__ import annotations

import argparse
import csv
import hashlib
import json
import sys
import tempfile
from pathlib import Path
from typing import Sequence

from analysis.paths import ROOT
from benchmarks.polnear import DATASET

PAGES = ROOT / "data" / "validation" / "pages"
NFC = Path("/work/shared/datasets/nfc-train/articles.tsv")
#: Row fields that name where a file lives, not what scoring found: left out of the digest.
PLACE_FIELDS = frozenset({"file", "path"})


def corpus_digests(name: str, paths: Sequence[Path]) -> list[str]:
    """``name<TAB>table<TAB>sha256`` for every table scoring writes over ``paths``, in table order."""
    from analysis.pipeline import process_article

    hashes: dict[str, hashlib._Hash] = {}
    for i, path in enumerate(paths):
        meta = {"id": f"{name}{i:04d}", "outlet": "X", "language": "en", "file": str(path), "path": str(path),
                "line": str(i + 2), "published": "", "headline": ""}
        for table, rows in sorted(process_article(meta).items()):
            digest = hashes.setdefault(table, hashlib.sha256())
            for row in rows:
                kept = {key: value for key, value in row.items() if key not in PLACE_FIELDS}
                digest.update(json.dumps(kept, sort_keys=True, default=str).encode("utf-8"))
    return [f"{name}\t{table}\t{hashes[table].hexdigest()}" for table in sorted(hashes)]


def nfc_files(tsv: Path, folder: Path) -> list[Path]:
    """NFC's articles written one per file into ``folder`` (scoring reads files), in row order."""
    csv.field_size_limit(10**9)
    with tsv.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    paths = []
    for i, row in enumerate(rows):
        path = folder / f"nfc{i:04d}.txt"
        path.write_text(row["text"], encoding="utf-8")
        paths.append(path)
    return paths


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--polnear", type=Path, default=DATASET, help="a PolNeAR folder (text/*.txt)")
    parser.add_argument("--pages", type=Path, default=PAGES, help="the labelled pages folder (text/*.txt)")
    parser.add_argument("--nfc", type=Path, default=NFC, help="NFC's articles.tsv")
    parser.add_argument("--limit", type=int, default=None, help="only the first N texts of each corpus")
    args = parser.parse_args(argv)
    from analysis.pipeline import warm_up

    warm_up()
    total = hashlib.sha256()
    with tempfile.TemporaryDirectory(prefix="digest-nfc-") as tmp:
        corpora = {
            "polnear": sorted((args.polnear / "text").glob("*.txt")),
            "pages": sorted((args.pages / "text").glob("*.txt")),
            "nfc": nfc_files(args.nfc, Path(tmp)) if args.nfc.is_file() else [],
        }
        for name, paths in corpora.items():
            if not paths:
                print(f"note: no texts for {name}", file=sys.stderr)
            for line in corpus_digests(name, paths[: args.limit]):
                total.update(line.encode("utf-8"))
                print(line)
    print(f"TOTAL\t{total.hexdigest()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
