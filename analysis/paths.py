"""Every path the workbook uses, from one place.

Nothing else in the package spells ``../data``: modules import the constants here.

Two kinds of folder:

* **Shipped with the package** (read only): the instruments, the notebooks and the example coding
  sheets. In a checkout they are ``data/instruments/``, ``notebooks/`` and
  ``data/validation/coding/``; an installed package (``pip install .``) carries the same files as
  package data (``analysis/_data/``, ``analysis/_notebooks/``), found with :mod:`importlib.resources`
  (:func:`shipped`). The package must be installed as files (not a zip), as pip does.
* **The project's** (the user's corpus and outputs): ``data/articles.csv``, ``data/raw/``,
  ``data/processed/``, ``reports/`` under :data:`ROOT`: the checkout when the package runs from
  one, else ``$WORKBOOK_ROOT`` or the current folder. Every command takes ``--manifest``/``--out`` (or
  ``$WORKBOOK_MANIFEST``/``$WORKBOOK_REPORTS``) to point anywhere else.

The offline NLTK data built by ``python -m analysis setup`` goes to :data:`NLTK_DATA`:
``$WORKBOOK_NLTK_DATA`` if set, ``build/nltk_data`` in a checkout, else a per-user cache folder.

Examples
--------
>>> from analysis import paths
>>> paths.RAW.relative_to(paths.ROOT).as_posix()
'data/raw'
>>> (paths.INSTRUMENTS / "codebook.toml").is_file(), (paths.NOTEBOOKS).is_dir()
(True, True)
"""
from __future__ import annotations

import os
import sys
from importlib import resources
from pathlib import Path

_SOURCE: Path = Path(__file__).resolve().parents[1]
#: True when the package runs from a source checkout (tests, ``pip install -e .``), False when installed.
CHECKOUT: bool = (_SOURCE / "pyproject.toml").is_file() and (_SOURCE / "data" / "instruments").is_dir()

#: Where a checkout keeps each shipped folder, and its name inside the installed package.
_SHIPPED = {
    "instruments": ("data/instruments", "_data/instruments"),
    "notebooks": ("notebooks", "_notebooks"),
    "coding": ("data/validation/coding", "_data/validation/coding"),
}


def shipped(name: str) -> Path:
    """The folder of package data ``name`` (``"instruments"``, ``"notebooks"``, ``"coding"``).

    From the checkout when running from one, else from the installed package
    (``importlib.resources.files("analysis")``).

    Examples
    --------
    >>> shipped("instruments").name
    'instruments'
    >>> shipped("models")
    Traceback (most recent call last):
    ...
    KeyError: "no shipped folder 'models' (one of ['coding', 'instruments', 'notebooks'])"
    """
    if name not in _SHIPPED:
        raise KeyError(f"no shipped folder {name!r} (one of {sorted(_SHIPPED)})")
    in_checkout, in_package = _SHIPPED[name]
    if CHECKOUT:
        return _SOURCE / in_checkout
    return Path(str(resources.files("analysis").joinpath(*in_package.split("/"))))


def _user_cache() -> Path:
    """The per-user cache folder (``$XDG_CACHE_HOME``, ``~/Library/Caches``, ``%LOCALAPPDATA%``)."""
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA") or str(Path.home() / "AppData" / "Local")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analysis-workbook"


def nltk_data_dir() -> Path:
    """Where the offline NLTK data lives (built there by ``python -m analysis setup`` or on first use).

    ``$WORKBOOK_NLTK_DATA`` if set; ``build/nltk_data`` in a checkout; else
    ``<user cache>/analysis-workbook/nltk_data``. Always absolute (NLTK refuses relative folders).

    Examples
    --------
    >>> import os
    >>> os.environ["WORKBOOK_NLTK_DATA"] = "/tmp/x/nltk_data"
    >>> nltk_data_dir().as_posix()
    '/tmp/x/nltk_data'
    >>> del os.environ["WORKBOOK_NLTK_DATA"]
    """
    value = os.environ.get("WORKBOOK_NLTK_DATA", "").strip()
    if value:
        return Path(value).expanduser().resolve()
    return (_SOURCE / "build" / "nltk_data") if CHECKOUT else _user_cache() / "nltk_data"


def _project_root() -> Path:
    """The checkout; for an installed package ``$WORKBOOK_ROOT`` if set, else the current folder."""
    if CHECKOUT:
        return _SOURCE
    value = os.environ.get("WORKBOOK_ROOT", "").strip()
    return Path(value).expanduser().resolve() if value else Path.cwd().resolve()


#: The project folder: the checkout, or for an installed package the folder the command runs in
#: (``$WORKBOOK_ROOT`` if set: ``python -m analysis report`` sets it for the notebooks' kernels,
#: which run in the notebooks' folder).
ROOT: Path = _project_root()
DATA: Path = ROOT / "data"
RAW: Path = DATA / "raw"
PROCESSED: Path = DATA / "processed"
MANIFEST: Path = DATA / "articles.csv"
REPORTS: Path = ROOT / "reports"
INSTRUMENTS: Path = shipped("instruments")
NOTEBOOKS: Path = shipped("notebooks")
#: The example coding sheets (``seed_sentences_coder_i13b.csv``) notebook 06 reads.
CODING_EXAMPLES: Path = shipped("coding")


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
