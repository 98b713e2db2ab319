"""A real corpus for the report benchmark: PolNeAR's train split as a workbook manifest.

``python -m benchmarks.polnear [--dataset DIR] [--folder DIR] [--time]`` turns
``metadata.tsv`` (publisher, date, title, wire per article) and ``text/<name>.txt`` of the
PolNeAR train split (840 articles from 7 US publishers, 2015-2016; not in the repository: see
``../shared/datasets/README.md``) into ``<folder>/articles.csv`` with the texts copied under
``<folder>/text/`` (a manifest's paths must stay inside its folder, and links out of it are
refused). With ``--time`` it then times score + report on it (:mod:`benchmarks.report_bench`).
The texts are copied byte for byte unless ``--drop-wordless-lines`` is given.

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
import re
import sys
from pathlib import Path

from analysis.paths import ROOT

DATASET = Path("/work/shared/datasets/polnear-train")
FOLDER = ROOT / "build" / "bench" / "polnear"
COLUMNS = ("id", "outlet", "published", "headline", "headline_source", "language", "wire_agency", "path")


def read_texts(dataset: Path) -> dict[str, str]:
    """Every ``text/*.txt`` of a PolNeAR folder by file stem, in name order (the benchmarks that
    time rules on PolNeAR read it so); ``FileNotFoundError`` naming the folder when it holds none.

    >>> read_texts(Path("/nonexistent"))
    Traceback (most recent call last):
    ...
    FileNotFoundError: /nonexistent/text: no .txt files
    """
    paths = sorted((dataset / "text").glob("*.txt"))
    if not paths:
        raise FileNotFoundError(f"{dataset / 'text'}: no .txt files")
    return {path.stem: path.read_text(encoding="utf-8") for path in paths}


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


def drop_wordless_lines(text: str) -> str:
    r"""``text`` without its lines that hold no letter or digit (``___.`` separators, ``--``).

    Examples
    --------
    >>> drop_wordless_lines("One.\n___.\n\nTwo.\n")
    'One.\n\nTwo.\n'
    >>> drop_wordless_lines("")
    ''
    """
    return "".join(line for line in text.splitlines(keepends=True) if not line.strip() or re.search(r"[^\W_]", line))


def build_manifest(dataset: Path = DATASET, folder: Path = FOLDER, *, wordless: bool = True) -> Path:
    """Write ``<folder>/articles.csv`` and copy the texts; returns the manifest path.

    ``wordless=False`` drops the lines without a letter or digit from the copies
    (:func:`drop_wordless_lines`).
    """
    with open(dataset / "metadata.tsv", encoding="utf-8", newline="") as handle:
        metadata = list(csv.DictReader(handle, delimiter="\t"))
    rows = manifest_rows(metadata)
    (folder / "text").mkdir(parents=True, exist_ok=True)
    for row in rows:
        source, target = dataset / row["path"], folder / row["path"]
        text = source.read_text(encoding="utf-8")
        text = text if wordless else drop_wordless_lines(text)
        if not target.is_file() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
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
    parser.add_argument("--drop-wordless-lines", action="store_true",
                        help="drop lines without a letter or digit from the copies (`___.` separators: 363 zero-word sentences that "
                             "stop notebook 01 until such sentences are handled, issue 11)")
    parser.add_argument("--jobs", type=int, default=2, help="scoring workers for --time (default 2)")
    parser.add_argument("--report-only", action="store_true", help="with --time: reuse the tables of an earlier run")
    parser.add_argument("--notebooks", type=Path, default=None, help="with --time: run these notebooks instead of notebooks/")
    args = parser.parse_args(argv)
    if not (args.dataset / "metadata.tsv").is_file():
        print(f"error: {args.dataset}: no metadata.tsv (the PolNeAR train split is not in the repository)", file=sys.stderr)
        return 2
    manifest = build_manifest(args.dataset, args.folder.resolve(), wordless=not args.drop_wordless_lines)
    with open(manifest, encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    print(f"manifest: {manifest} ({len(rows)} articles, {len({r['outlet'] for r in rows})} outlets)")
    if args.time:
        from benchmarks.report_bench import time_score_and_report

        steps = time_score_and_report(manifest, args.folder.resolve(), jobs=args.jobs, label="PolNeAR train",
                                      report_only=args.report_only, notebooks=args.notebooks)
        return 1 if any(s.returncode for s in steps.values()) else 0
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
