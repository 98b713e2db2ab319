"""A report folder replaced as one unit: build into a fresh folder beside it, swap at the end.

:func:`staged` yields an empty staging folder ``<parent>/.<name>.building-<pid>``; the caller
writes the whole report there. On success the old folder is renamed aside
(``.<name>.old-<pid>``), the staging folder renamed into its place, and the old one deleted; on
any failure (a notebook error, a full disk, Ctrl-C) the staging folder is deleted and the old
report stays as it was. A reader therefore never sees pages of two runs mixed, and a failed run
leaves no page behind. Debris of a killed run (staging or old folders) is removed by the next
run; if a run was killed between the two renames, the next run first puts the old report back.

Only a report folder is ever replaced: one that is empty, carries the marker file
``.workbook-report`` (written into every report), or holds nothing but report pages (an older
report). Anything else in it (``README.md``, other corpora's report folders) is moved into the
new folder before the swap, never deleted. A folder lock on the parent refuses a second build
into the same place while one runs (POSIX; on Windows there is no lock).

Examples
--------
>>> import tempfile
>>> out = Path(tempfile.mkdtemp()) / "reports"
>>> with staged(out) as folder:
...     _ = (folder / "index.html").write_text("new")
>>> sorted(p.name for p in out.iterdir()), (out / "index.html").read_text()
(['.workbook-report', 'index.html'], 'new')
>>> try:
...     with staged(out) as folder:
...         _ = (folder / "index.html").write_text("half")
...         raise RuntimeError("a notebook failed")
... except RuntimeError:
...     pass
>>> (out / "index.html").read_text(), sorted(p.name for p in out.parent.iterdir())
('new', ['reports'])
"""
from __future__ import annotations

import os
import re
import shutil
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import WorkbookError

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

MARKER = ".workbook-report"
#: What a report consists of; everything else in the folder is someone else's and is kept.
OWNED = re.compile(r"^(index\.html|provenance\.json|\.workbook-report|figures|tables|\d\d-[^/]*\.html)$")


class ReportFolderError(WorkbookError):
    """The output folder cannot take a report (a file, or a folder of other things)."""


class ReportBusyError(WorkbookError):
    """Another report is being built into the same place."""


def is_report_folder(folder: Path) -> bool:
    """True when ``folder`` may be replaced by a new report (see the module docstring).

    Examples
    --------
    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> is_report_folder(d), is_report_folder(d / "missing")
    (True, True)
    >>> _ = (d / "01-a.html").write_text(""); _ = (d / "README.md").write_text("")
    >>> is_report_folder(d)
    True
    >>> _ = (d / "thesis.docx").write_text("")
    >>> is_report_folder(d)
    False
    """
    if not folder.exists():
        return True
    if (folder / MARKER).is_file():
        return True
    for entry in folder.iterdir():
        if OWNED.match(entry.name) or entry.name == "README.md" or entry.name.startswith("."):
            continue
        if entry.is_dir() and (entry / MARKER).is_file():
            continue  # another corpus' report inside this one (reports/<corpus>/)
        return False
    return True


def check_out(out: Path) -> None:
    """Raise :class:`ReportFolderError` unless ``out`` can become (or be replaced by) a report folder."""
    if out.exists() and not out.is_dir():
        raise ReportFolderError(out, "is a file, not a folder: give --out a folder (it is created if missing)")
    if not is_report_folder(out):
        raise ReportFolderError(out, f"holds files that are not a report's (no {MARKER} marker): choose a new or empty folder for --out")


@contextmanager
def staged(out: str | Path) -> Iterator[Path]:
    """Yield a fresh staging folder; swap it in for ``out`` if the block succeeds, delete it otherwise."""
    out = Path(os.path.abspath(out))
    check_out(out)
    parent = out.parent
    parent.mkdir(parents=True, exist_ok=True)
    with _locked(parent, out):
        _recover(parent, out)
        staging = parent / f".{out.name}.building-{os.getpid()}"
        staging.mkdir()
        try:
            yield staging
            (staging / MARKER).write_text("A folder written by `python -m analysis report`; the next run replaces it whole.\n", encoding="utf-8")
            _swap(staging, out)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise


@contextmanager
def _locked(parent: Path, out: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    fd = os.open(parent, os.O_RDONLY)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise ReportBusyError(out, f"another report is being built in {parent} right now: wait for it to finish") from None
        yield
    finally:
        os.close(fd)  # releases the lock


def _debris(parent: Path, out: Path, kind: str) -> list[Path]:
    return sorted(parent.glob(f".{glob_escape(out.name)}.{kind}-*"))


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters escaped.

    Examples
    --------
    >>> glob_escape("a[1]*")
    'a[[]1[]][*]'
    """
    return re.sub(r"([*?\[\]])", r"[\1]", name)


def _recover(parent: Path, out: Path) -> None:
    """Remove a killed run's staging folders; put back an old report a killed swap left aside."""
    for folder in _debris(parent, out, "building"):
        shutil.rmtree(folder, ignore_errors=True)
    old = _debris(parent, out, "old")
    if old and not out.exists():
        newest = max(old, key=lambda p: p.stat().st_mtime)
        os.rename(newest, out)
        old.remove(newest)
    for folder in old:
        shutil.rmtree(folder, ignore_errors=True)


def _swap(staging: Path, out: Path) -> None:
    if not out.exists():
        os.rename(staging, out)
        return
    for entry in out.iterdir():  # another's files go with the new report: moved, never deleted
        if not OWNED.match(entry.name):
            os.rename(entry, staging / entry.name)
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    os.rename(out, old)
    os.rename(staging, out)
    shutil.rmtree(old, ignore_errors=True)
