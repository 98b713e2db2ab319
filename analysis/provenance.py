"""Where a report came from: manifest (path and sha256), corpus counts, workbook version, commit, date.

:func:`collect` gathers it once per report run; :func:`as_markdown` renders the banner that
:mod:`analysis.report` inserts under the title of every notebook it executes (so every page,
reader or full, carries it, whatever the notebook), and the index and ``provenance.json`` repeat
it. A stale report can then be told from a fresh one: the manifest's hash changes with any edit
to it, and the commit and date say which code ran when.

Examples
--------
>>> p = Provenance("/c/articles.csv", "ab" * 32, 3, 2, None, None, "", "", "0.1.0", "unknown", "2026-01-01T00:00:00Z")
>>> print(as_markdown(p).splitlines()[2])
- **Manifest**: `/c/articles.csv` (sha256 `abababababab…`)
>>> "3 articles from 2 outlets" in as_markdown(p)
True
"""
from __future__ import annotations

import datetime as _dt
import hashlib
import subprocess
from dataclasses import asdict, dataclass
from pathlib import Path

from .paths import CHECKOUT, ROOT


@dataclass(frozen=True)
class Provenance:
    """One report run's provenance (every field is plain text or a number, JSON-ready)."""

    manifest: str
    manifest_sha256: str
    articles: int
    outlets: int
    scored: int | None
    skipped: int | None
    tables: str
    tables_written: str
    workbook_version: str
    git_commit: str
    run_at: str

    def to_dict(self) -> dict[str, object]:
        """The fields as a dict (for ``provenance.json``)."""
        return asdict(self)


def sha256_file(path: str | Path, *, block: int = 1 << 20) -> str:
    """Hex sha256 of a file's bytes.

    Examples
    --------
    >>> import tempfile, os
    >>> fd, name = tempfile.mkstemp(); os.close(fd)
    >>> sha256_file(name)  # an empty file
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
    """
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(block):
            digest.update(chunk)
    return digest.hexdigest()


def workbook_version() -> str:
    """The installed ``analysis`` package's version, or ``unknown``."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("analysis")
    except PackageNotFoundError:
        return "unknown"


def git_commit(folder: Path = ROOT) -> str:
    """The commit checked out in ``folder`` (``+ uncommitted changes`` when tracked files differ), or ``unknown``.

    ``unknown`` when git is not installed, ``folder`` is not a git checkout, or git fails.

    Examples
    --------
    >>> import tempfile
    >>> git_commit(Path(tempfile.mkdtemp()))
    'unknown'
    """
    def git(*args: str) -> str:
        return subprocess.run(["git", "-C", str(folder), *args], capture_output=True, text=True, timeout=30, check=True).stdout.strip()

    try:
        if Path(git("rev-parse", "--show-toplevel")).resolve() != Path(folder).resolve():
            return "unknown"  # folder is inside some other repository, not a checkout of the workbook
        commit = git("rev-parse", "HEAD")
        dirty = git("status", "--porcelain", "--untracked-files=no")
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return commit + (" + uncommitted changes" if dirty else "")


def collect(manifest: str | Path, tables: str | Path | None = None, *, now: _dt.datetime | None = None) -> Provenance:
    """Provenance of a run on ``manifest`` (validated with :func:`analysis.corpus.load_manifest`).

    Articles and outlets are counted in the manifest; with ``tables`` (a folder written by
    ``python -m analysis score``), scored and skipped articles are counted in its articles table.

    Raises
    ------
    ManifestError
        The manifest is invalid (before any notebook runs).
    """
    from .corpus import load_manifest

    path = Path(manifest).expanduser().resolve()
    frame = load_manifest(path)
    scored = skipped = None
    written = ""
    if tables:
        scored, skipped, written = _table_counts(Path(tables))
    moment = (now or _dt.datetime.now(_dt.timezone.utc)).astimezone(_dt.timezone.utc)
    return Provenance(
        manifest=str(path), manifest_sha256=sha256_file(path), articles=len(frame),
        outlets=int(frame["outlet"].nunique()) if len(frame) else 0, scored=scored, skipped=skipped,
        tables=str(Path(tables).expanduser().resolve()) if tables else "", tables_written=written,
        workbook_version=workbook_version(), git_commit=git_commit() if CHECKOUT else "unknown", run_at=moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
    )


def _table_counts(folder: Path) -> tuple[int | None, int | None, str]:
    """(scored, skipped, when the articles table was written) from a tables folder; Nones if unreadable."""
    import pandas as pd

    for name in ("articles.parquet", "articles.csv"):
        path = folder / name
        if not path.is_file():
            continue
        try:
            if name.endswith(".parquet"):
                status = pd.read_parquet(path, columns=["status"])["status"]
            else:
                status = pd.read_csv(path, usecols=["status"], dtype=str, keep_default_na=False)["status"]
        except Exception:  # noqa: BLE001 - a broken table is the notebooks' to report, with its name
            continue
        stamp = _dt.datetime.fromtimestamp(path.stat().st_mtime, _dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        return int((status == "scored").sum()), int((status == "skipped").sum()), stamp
    return None, None, ""


def as_markdown(p: Provenance) -> str:
    """The banner every report page carries (Markdown)."""
    counted = f"{p.articles} articles from {p.outlets} outlets in the manifest"
    if p.scored is not None:
        counted += f"; {p.scored} scored, {p.skipped} skipped"
    lines = [
        "**Provenance of this page**",
        "",
        f"- **Manifest**: `{p.manifest}` (sha256 `{p.manifest_sha256[:12]}…`)",
        f"- **Corpus**: {counted}",
        f"- **Tables**: `{p.tables}` (written {p.tables_written})" if p.tables else "- **Tables**: scored in the notebook",
        f"- **Workbook**: version {p.workbook_version}, git commit `{p.git_commit}`",
        f"- **Run**: {p.run_at} (UTC)",
    ]
    return "\n".join(lines)


def as_html(p: Provenance) -> str:
    """The same facts as an HTML list (for the index page), every value escaped.

    Examples
    --------
    >>> p = Provenance("<x>.csv", "0" * 64, 0, 0, None, None, "", "", "0.1.0", "unknown", "2026-01-01T00:00:00Z")
    >>> "&lt;x&gt;.csv" in as_html(p) and "<x>" not in as_html(p)
    True
    """
    import html

    rows = [("manifest", p.manifest), ("manifest sha256", p.manifest_sha256),
            ("articles / outlets", f"{p.articles} / {p.outlets}"),
            ("scored / skipped", "-" if p.scored is None else f"{p.scored} / {p.skipped}"),
            ("tables", f"{p.tables} (written {p.tables_written})" if p.tables else "scored in each notebook"),
            ("workbook version", p.workbook_version), ("git commit", p.git_commit), ("run (UTC)", p.run_at)]
    items = "\n".join(f"<tr><th>{html.escape(k)}</th><td><code>{html.escape(str(v))}</code></td></tr>" for k, v in rows)
    return f'<table class="provenance">\n{items}\n</table>'
