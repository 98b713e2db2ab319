"""Every path the workbook uses, from one place.

Nothing else in the package spells ``../data``: modules import the constants here.

Examples
--------
>>> from analysis import paths
>>> paths.RAW.relative_to(paths.ROOT).as_posix()
'data/raw'
"""
from __future__ import annotations

import os
from pathlib import Path

ROOT: Path = Path(__file__).resolve().parents[1]
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
INSTRUMENTS: Path = DATA / "instruments"
PROCESSED: Path = DATA / "processed"
MANIFEST: Path = DATA / "articles.csv"
NOTEBOOKS: Path = ROOT / "notebooks"
REPORTS: Path = ROOT / "reports"
#: Built, never committed: NLTK-format resources converted from pinned wheels by ``make setup``.
NLTK_DATA: Path = ROOT / "build" / "nltk_data"


def manifest_from_env() -> Path:
    """The manifest a run should use: ``$WORKBOOK_MANIFEST`` if set, else the seed manifest.

    Examples
    --------
    >>> import os
    >>> os.environ.pop("WORKBOOK_MANIFEST", None) and None
    >>> manifest_from_env() == MANIFEST
    True
    """
    value = os.environ.get("WORKBOOK_MANIFEST", "").strip()
    return Path(value).expanduser().resolve() if value else MANIFEST


def reports_dir() -> Path:
    """Where notebooks save figures and tables: ``$WORKBOOK_REPORTS`` if set, else ``reports/``."""
    value = os.environ.get("WORKBOOK_REPORTS", "").strip()
    return Path(value).expanduser().resolve() if value else REPORTS
