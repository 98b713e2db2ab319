"""A report folder replaced as one unit: built in a fresh folder, swapped in whole at the end.

:func:`staged` yields an empty staging folder; the caller writes the whole report there. The
locking, staging and swap are :class:`analysis.outputs.OutputFolder`'s (the tables' own: a lock
file beside the folder, a fresh ``.<name>.new-*`` sibling, an atomic exchange on Linux, the
next run repairing what a killed one left). On success the new report replaces the old one; on
any failure (a notebook error, a full disk, a signal) the staging folder is deleted and the old
report stays exactly as it was. A reader therefore never sees pages of two runs mixed, and a
failed run leaves no page behind.

What this module adds for reports: every entry of the old folder that a report consists of
(:data:`OWNED`: pages ``NN-*.html``, ``index.html``, ``provenance.json``, ``figures/``, ``validation/``,
``tables/``, the marker) is replaced, so pages of notebooks this run did not execute (another
corpus, a removed notebook) go too; everything else (``README.md``, other corpora's report
folders inside ``reports/``) is carried over, never deleted. Only a report folder is ever
replaced: one that is empty, carries the marker file ``.workbook-report`` (written into every
report), or holds nothing but report pages (an older report).

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
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from .errors import WorkbookError

MARKER = ".workbook-report"
#: What a report consists of; everything else in the folder is someone else's and is kept.
OWNED = re.compile(r"^(index\.html|provenance\.json|\.workbook-report|figures|tables|validation|\d\d-[^/]*\.html)$")


class ReportFolderError(WorkbookError):
    """The output folder cannot take a report (a file, or a folder of other things)."""


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


def glob_escape(name: str) -> str:
    """``name`` with glob metacharacters escaped.

    Examples
    --------
    >>> glob_escape("a[1]*")
    'a[[]1[]][*]'
    """
    return re.sub(r"([*?\[\]])", r"[\1]", name)


@contextmanager
def staged(out: str | Path) -> Iterator[Path]:
    """Yield a fresh staging folder; swap it in for ``out`` if the block succeeds, delete it otherwise.

    Raises :class:`ReportFolderError` (not a report folder), and from
    :class:`analysis.outputs.OutputFolder` ``OutputBusyError`` (a build is running there) and
    ``OutputError`` (the file system refused: disk full, read-only).
    """
    from .outputs import OutputFolder

    out = Path(os.path.abspath(out))
    check_out(out)
    # The report's own entries are replaced, not carried over: those of the folder, and of an old
    # report a killed run parked aside (OutputFolder puts it back before staging).
    folders = [out, *out.parent.glob(f".{glob_escape(out.name)}.old-*")]
    replaced = {entry.name for folder in folders if folder.is_dir() for entry in folder.iterdir() if OWNED.match(entry.name)}
    with OutputFolder(out, replaced | {MARKER}) as folder:
        yield folder.staging
        (folder.staging / MARKER).write_text("A folder written by `python -m analysis report`; the next run replaces it whole.\n",
                                             encoding="utf-8")
        folder.commit()
