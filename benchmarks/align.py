"""Time and peak memory of notebook 05's sentence alignment on a folder of scored tables.

``python -m benchmarks.align TABLES_DIR [--dense]``: runs :func:`analysis.alignment.sentence_coverage`
and :func:`analysis.alignment.align_sentences` (or, with ``--dense``, the former dense n x n
implementation kept in ``tests/reference_alignment.py``) in this process and prints one JSON line
with the sentence count, seconds per function and the process's peak resident memory.
"""
from __future__ import annotations

import argparse
import json
import resource
import time

from analysis.workbook import read_tables


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tables")
    parser.add_argument("--dense", action="store_true", help="the former dense implementation, for comparison")
    args = parser.parse_args(argv)
    tables = read_tables(args.tables)
    sentences = tables["sentences"].merge(tables["articles"][["article_id", "outlet"]], on="article_id", validate="many_to_one")
    if args.dense:
        from tests import reference_alignment as impl
    else:
        from analysis import alignment as impl
    result = {"sentences": len(sentences), "articles": int(sentences["article_id"].nunique()), "outlets": int(sentences["outlet"].nunique()),
              "implementation": "dense" if args.dense else "sparse"}
    for name in ("sentence_coverage", "align_sentences") if args.dense else ("compare_sentences",):
        start = time.perf_counter()
        out = getattr(impl, name)(sentences)
        result[f"{name}_s"] = round(time.perf_counter() - start, 2)
        result[f"{name}_rows"] = [len(o) for o in out] if isinstance(out, tuple) else len(out)
    result["peak_rss_mib"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
