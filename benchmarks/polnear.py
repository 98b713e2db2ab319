"""A real corpus for the report benchmark: PolNeAR's train split as a workbook manifest.

``python -m benchmarks.polnear [--dataset DIR] [--folder DIR] [--time]`` turns
``metadata.tsv`` (publisher, date, title, wire per article) and ``text/<name>.txt`` of the
PolNeAR train split (840 articles from 7 US publishers, 2015-2016; not in the repository: see
``../shared/datasets/README.md``) into ``<folder>/articles.csv`` with the texts copied under
``<folder>/text/`` (a manifest's paths must stay inside its folder, and links out of it are
refused). With ``--time`` it then times score + report on it (:mod:`benchmarks.report_bench`).

Columns: ``id`` = file name, ``outlet`` = publisher, ``published`` = publication date,
``headline`` = title (``headline_source = manual``: the dataset's metadata), ``wire_agency`` =
the wire column unless ``None``/``NA``.

Examples
--------
>>> rows = manifest_rows([{"filename": "nyt_2016-01-02_x", "publisher": "nyt", "publication_date": "2016-01-02",
...                        "title": "A title", "wire": "None"}])
>>> rows[0]["id"], rows[0]["outlet"], rows[0]["wire_agency"], rows[0]["path"]
('nyt_2016-01-02_x', 'nyt', '', 'text/nyt_2016-01-02_x.txt')
>>> manifest_rows([])
[]
"""
from __future__ import annotations

import argparse
import csv
import shutil
import sys
from pathlib import Path

from analysis.paths import ROOT

DATASET = Path("/work/shared/datasets/polnear-train")
FOLDER = ROOT / "build" / "bench" / "polnear"
COLUMNS = ("id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "path")


def manifest_rows(metadata: list[dict[str, str]]) -> list[dict[str, str]]:
    """One manifest row per metadata row (see the module docstring); empty metadata gives no rows."""
    rows = []
    for meta in metadata:
        wire = (meta.get("wire") or "").strip()
        rows.append({
            "id": meta["filename"], "outlet": meta["publisher"], "published": meta["publication_date"],
            "headline": meta.get("title", "").strip(), "headline_source": "manual", "language": "en",
            "wire_agency": "" if wire in ("None", "NA", "") else wire, "path": f"text/{meta['filename']}.txt",
        })
    return rows


def build_manifest(dataset: Path = DATASET, folder: Path = FOLDER) -> Path:
    """Write ``<folder>/articles.csv`` and copy the texts; returns the manifest path."""
    with open(dataset / "metadata.tsv", encoding="utf-8", newline="") as handle:
        metadata = list(csv.DictReader(handle, delimiter="\t"))
    rows = manifest_rows(metadata)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for row in rows:
        source, target = dataset / row["path"], folder / row["path"]
        if not target.is_file() or target.stat().st_size != source.stat().st_size:
            shutil.copyfile(source, target)
    manifest = folder / "articles.csv"
    with open(manifest, "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.polnear", description=__doc__.splitlines()[0])
    parser.add_argument("--dataset", type=Path, default=DATASET, help=f"the PolNeAR train split (default {DATASET})")
    parser.add_argument("--folder", type=Path, default=FOLDER, help="where the manifest and texts go (default build/bench/polnear)")
    parser.add_argument("--time", action="store_true", help="then time score + report on it")
    parser.add_argument("--jobs", type=int, default=2, help="scoring workers for --time (default 2)")
    args = parser.parse_args(argv)
    if not (args.dataset / "metadata.tsv").is_file():
        print(f"error: {args.dataset}: no metadata.tsv (the PolNeAR train split is not in the repository)", file=sys.stderr)
        return 2
    manifest = build_manifest(args.dataset, args.folder.resolve())
    with open(manifest, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    print(f"manifest: {manifest} ({len(rows)} articles, {len({r['outlet'] for r in rows})} outlets)")
    if args.time:
        from benchmarks.report_bench import time_score_and_report

        time_score_and_report(manifest, args.folder.resolve(), jobs=args.jobs, label="PolNeAR train")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
