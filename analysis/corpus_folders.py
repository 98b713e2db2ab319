"""One tables folder and one report folder per corpus, so a second corpus never overwrites the first.

The seed manifest (``data/articles.csv``) keeps ``data/processed/`` and ``reports/``. Any other
manifest gets ``data/processed/<slug>/`` and ``reports/<slug>/``, where the slug is the name of
the manifest's folder (plus the manifest's name unless it is ``articles.csv``) and 8 hex digits
of the sha256 of its absolute path: the same manifest always maps to the same folders, and two
corpora whose folders share a name do not collide.

``python -m analysis.corpus_folders tables|reports [MANIFEST]`` prints the folder for ``MANIFEST``
(default ``$WORKBOOK_MANIFEST`` or the seeds); the Makefile's ``score`` and ``report`` use it.

Examples
--------
>>> corpus_slug("/corpora/Ukraine border/articles.csv")
'Ukraine-border-e600585f'
>>> report_dir(MANIFEST) == REPORTS and tables_dir(MANIFEST) == PROCESSED
True
>>> report_dir("/x/articles.csv").relative_to(REPORTS).as_posix()
'x-1756e6ef'
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from .paths import MANIFEST, PROCESSED, REPORTS, manifest_from_env


def _is_seed(manifest: str | Path) -> bool:
    return Path(manifest).expanduser().resolve() == MANIFEST.resolve()


def corpus_slug(manifest: str | Path) -> str:
    """A folder name for a manifest: readable part (letters, digits, ``._-``; at most 40) + 8 hex of its path's hash.

    Examples
    --------
    >>> corpus_slug("/a/b/my list.csv")
    'b-my-list-c16e9a49'
    >>> corpus_slug("/articles.csv")[:7]
    'corpus-'
    """
    path = Path(manifest).expanduser().resolve()
    parts = [path.parent.name] + ([] if path.name == "articles.csv" else [path.stem])
    readable = re.sub(r"[^A-Za-z0-9._-]+", "-", "-".join(p for p in parts if p)).strip("-.")[:40] or "corpus"
    digest = hashlib.sha256(str(path).encode("utf-8", "surrogateescape")).hexdigest()[:8]
    return f"{readable}-{digest}"


def tables_dir(manifest: str | Path) -> Path:
    """Where ``make score`` writes this manifest's tables."""
    return PROCESSED if _is_seed(manifest) else PROCESSED / corpus_slug(manifest)


def report_dir(manifest: str | Path) -> Path:
    """Where ``make report`` (and ``python -m analysis report`` without ``--out``) writes this manifest's report."""
    return REPORTS if _is_seed(manifest) else REPORTS / corpus_slug(manifest)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if not args or args[0] not in ("tables", "reports") or len(args) > 2:
        print("usage: python -m analysis.corpus_folders tables|reports [MANIFEST]", file=sys.stderr)
        return 2
    manifest = Path(args[1]) if len(args) == 2 else manifest_from_env()
    print(tables_dir(manifest) if args[0] == "tables" else report_dir(manifest))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
