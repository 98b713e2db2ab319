"""Saved pages and dropped files: metadata from the page, and ``python -m analysis add``.

A saved HTML page carries its title, site name, date, address and author in its markup;
trafilatura's metadata extraction (``trafilatura.extract_metadata``, dates by htmldate without
its extensive search, so no date is guessed from the file's own time) reads them. A text file
carries at most a headline and a date line in its top matter (:mod:`analysis.boilerplate`).

What a page gives fills the manifest cells that are empty, never one the user filled, and each
filled cell says where it came from: ``html_meta`` (the page's metadata) or ``text`` (the top
matter of the text). When scoring, the filled cells go into ``articles.csv`` (``outlet``,
``published``, ``headline``, ``url``) and every filled value, the author included, is a row of
``metadata.csv`` (article, field, value, source).

``python -m analysis add PATH... [--manifest M] [--outlet NAME]`` appends a manifest row for
each ``.html``/``.htm``/``.txt`` file given (or found in a folder given), with what can be read:
so dropping files into the corpus folder and one command builds a corpus. A file already listed
is skipped; a missing date or outlet is a warning (the row is written with the cell empty or
``unknown``), never an error.

Examples
--------
>>> meta = metadata_from_html('<html><head><title>Quake toll rises</title><meta property="og:site_name" content="Example News"></head><body><p>Text.</p></body></html>')
>>> meta["headline"], meta["outlet"]
('Quake toll rises', 'Example News')
>>> metadata_from_text("Skip to main content\\n\\nQuake toll rises\\n\\nTuesday, July 23, 2013\\n\\n" + "Rescuers dug through the rubble as the toll rose to 94, officials in the province said on Tuesday, and many more were missing in the hills. " * 2)
{'headline': 'Quake toll rises', 'published': '2013-07-23'}
>>> metadata_from_text("")
{}
"""
from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from pathlib import Path
from typing import Iterable, Mapping, Sequence

#: Manifest cell <- metadata field, in the order they are filled.
FIELDS = ("headline", "outlet", "published", "url", "author")
METADATA_COLUMNS = ("article_id", "field", "value", "source")
SUFFIXES = (".html", ".htm", ".txt")
NEW_MANIFEST_COLUMNS = ("id", "outlet", "url", "published", "headline", "headline_source", "language", "wire_agency", "path")
_DATE_CONFIG = {"extensive_search": False, "original_date": True, "min_date": "1900-01-01", "max_date": "2100-12-31"}


def metadata_from_html(html: str) -> dict[str, str]:
    """Title, site name, date (``YYYY-MM-DD``), address and author of a saved page, as manifest
    cells (``headline``, ``outlet``, ``published``, ``url``, ``author``); absent ones left out.

    Examples
    --------
    >>> metadata_from_html("<html><head><link rel='canonical' href='https://example.com/a'></head><body><p>x</p></body></html>")
    {'outlet': 'example.com', 'url': 'https://example.com/a'}
    >>> metadata_from_html("")
    {}
    """
    if not html.strip():
        return {}
    import trafilatura

    try:
        found = trafilatura.extract_metadata(html, date_config=dict(_DATE_CONFIG))
    except Exception:  # lxml and htmldate raise several types on junk markup: nothing is read
        return {}
    if found is None:
        return {}
    values = {"headline": found.title, "outlet": found.sitename, "published": found.date, "url": found.url, "author": found.author}
    return {key: " ".join(str(value).split()) for key, value in values.items() if value and str(value).strip()}


_ISO = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")


def parse_date(text: str) -> str:
    """The first full date (with year) in a date line, as ``YYYY-MM-DD``; ``''`` if none.

    Examples
    --------
    >>> [parse_date(x) for x in ("Tuesday, July 23, 2013", "Wed, Jul 24, 2013 - Page 6", "15 July 2014 20:03 BST", "2019-02-11", "Updated")]
    ['2013-07-23', '2013-07-24', '2014-07-15', '2019-02-11', '']
    >>> parse_date("February 30, 2013")
    ''
    """
    import datetime as dt

    from .calendar_words import month_number

    found = _ISO.search(text)
    candidates: list[tuple[int, int, int]] = []
    if found:
        candidates.append((int(found.group(1)), int(found.group(2)), int(found.group(3))))
    month_word = r"([A-Za-z]{3,9})\.?"
    for m in re.finditer(rf"{month_word}\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", text):
        if month := month_number(m.group(1)):
            candidates.append((int(m.group(3)), month, int(m.group(2))))
    for m in re.finditer(rf"(\d{{1,2}})(?:st|nd|rd|th)?[\s-]+{month_word}[\s,-]+(\d{{4}})", text):
        if month := month_number(m.group(2)):
            candidates.append((int(m.group(3)), month, int(m.group(1))))
    for year, month, day in candidates:
        try:
            return dt.date(year, month, day).isoformat()
        except ValueError:
            continue
    return ""


def metadata_from_text(text: str) -> dict[str, str]:
    """What a text file's top matter gives: its ``headline`` and, from a date line, ``published``.

    See the module's examples.
    """
    if not text.strip():
        return {}
    from .topmatter import is_date_line
    from .clean import clean_text

    cleaned = clean_text(text)
    out = {}
    if cleaned.headline:
        out["headline"] = cleaned.headline
    for removed in cleaned.removed:
        if removed.reason == "top:date" or (removed.kind == "top_matter" and is_date_line(removed.text)):
            date = parse_date(removed.text)
            if date:
                out["published"] = date
                break
    return out


def fill_row(row: Mapping[str, str], found: Mapping[str, str], source: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """``row`` with its empty cells filled from ``found``, and the ``(field, value, source)`` filled.

    ``headline`` also sets ``headline_source``. A cell the user filled is never replaced.

    Examples
    --------
    >>> fill_row({"outlet": "Mine", "headline": ""}, {"outlet": "Site", "headline": "Title", "author": "Jo"}, "html_meta")
    ({'outlet': 'Mine', 'headline': 'Title', 'headline_source': 'html_meta'}, [('headline', 'Title', 'html_meta'), ('author', 'Jo', 'html_meta')])
    """
    out = dict(row)
    filled = []
    for name in FIELDS:
        value = found.get(name, "")
        if not value:
            continue
        if name == "author" or not out.get(name):
            if name != "author":
                out[name] = value
            if name == "headline":
                out["headline_source"] = source
            filled.append((name, value, source))
    return out, filled


def metadata_rows(article_id: str, filled: Iterable[tuple[str, str, str]]) -> list[dict[str, object]]:
    """``metadata.csv`` rows for the cells filled from a page."""
    return [{"article_id": article_id, "field": name, "value": value, "source": source} for name, value, source in filled]


def metadata_for_file(path: str | Path) -> dict[str, str]:
    """The page metadata of an article file (``.html``/``.htm`` only; ``{}`` otherwise or if unreadable)."""
    path = Path(path)
    if path.suffix.lower() not in (".html", ".htm"):
        return {}
    from .io import decode_bytes

    try:
        return metadata_from_html(decode_bytes(path.read_bytes()).text)
    except OSError:
        return {}


# ----------------------------------------------------------------------------------------------
# python -m analysis add


def article_files(paths: Sequence[str | Path]) -> list[Path]:
    """The article files among ``paths`` (a folder contributes its ``.html``/``.htm``/``.txt``
    files, recursively, in name order); anything else raises ``ValueError`` naming it.

    Examples
    --------
    >>> article_files([])
    []
    """
    out: list[Path] = []
    for given in paths:
        path = Path(given).expanduser()
        if path.is_dir():
            out.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith(".")))
        elif path.is_file() and path.suffix.lower() in SUFFIXES:
            out.append(path)
        elif path.is_file():
            raise ValueError(f"{path}: not an article file (.html, .htm or .txt)")
        else:
            raise ValueError(f"{path}: no such file or folder")
    seen: set[Path] = set()
    return [p for p in out if not (p.resolve() in seen or seen.add(p.resolve()))]


def article_id(path: Path, taken: set[str]) -> str:
    """An id from the file's name (letters, digits, ``.``, ``_``, ``-``), unique among ``taken``.

    Examples
    --------
    >>> article_id(Path("NDTV story (1).html"), {"NDTV-story-1"})
    'NDTV-story-1-2'
    """
    base = re.sub(r"[^A-Za-z0-9._-]+", "-", path.stem).strip("-._")[:100] or "article"
    if not base[0].isalnum():
        base = "a" + base
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


#: Folder names that say nothing about the outlet.
_GENERIC_FOLDERS = frozenset({"raw", "data", "pages", "page", "articles", "article", "corpus", "html", "txt", "text", "texts", "files", "downloads", "new", "input", "inbox"})


def _outlet_from_url(url: str) -> str:
    host = re.sub(r"^https?://", "", url).split("/")[0].lower()
    return re.sub(r"^(www\d?|m|amp|edition)\.", "", host)


def build_row(path: Path, root: Path, taken: set[str], *, outlet: str = "") -> tuple[dict[str, str], list[str]]:
    """The manifest row for one article file, and the warnings met (missing date, outlet).

    Examples
    --------
    >>> import tempfile
    >>> folder = Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Quake toll rises\\n\\nMay 1, 2008\\n\\n" + "Rescuers dug through the rubble as the toll rose to 94, officials in the province said on Tuesday, and many more were missing in the hills. " * 2, encoding="utf-8")
    >>> row, warnings = build_row(folder / "a.txt", folder, set(), outlet="Wire")
    >>> row["id"], row["outlet"], row["published"], row["headline"], row["headline_source"], row["path"], warnings
    ('a', 'Wire', '2008-05-01', 'Quake toll rises', 'text', 'a.txt', [])
    """
    from .io import decode_bytes

    text = decode_bytes(path.read_bytes()).text
    row = {"id": article_id(path, taken), "outlet": outlet, "url": "", "published": "", "headline": "", "headline_source": "", "language": "en", "wire_agency": "", "path": path.resolve().relative_to(root).as_posix()}
    if path.suffix.lower() in (".html", ".htm"):
        found = metadata_from_html(text)
        row, _ = fill_row(row, {"headline": found.pop("headline", "")}, "html_title")  # as scoring names it
        row, _ = fill_row(row, found, "html_meta")
    else:
        row, _ = fill_row(row, metadata_from_text(text), "text")
    warnings = []
    if not row["outlet"]:
        parent = path.resolve().parent
        folder = parent.name if parent != root and parent.name.lower() not in _GENERIC_FOLDERS else ""
        row["outlet"] = _outlet_from_url(row["url"]) if row["url"] else folder
        if not row["outlet"]:
            row["outlet"] = "unknown"
            warnings.append("no outlet found (no site name, address or outlet folder): outlet set to 'unknown'; give --outlet or edit the row")
    if not row["published"]:
        warnings.append("no publication date found: published left empty")
    return row, warnings


def add_files(paths: Sequence[str | Path], manifest: str | Path, *, outlet: str = "", out: io.TextIOBase | None = None) -> list[dict[str, str]]:
    """Append a manifest row for each article file in ``paths``; the rows added.

    The manifest is created (with the standard header) if it does not exist. Files must lie in
    the manifest's folder or below it (paths in a manifest are relative to it); a file already
    listed is skipped. Every file added or skipped is reported on ``out`` (stdout).
    """
    out = out or sys.stdout
    manifest = Path(manifest).expanduser()
    root = manifest.resolve().parent
    files = article_files(paths)
    outside = [f for f in files if root not in f.resolve().parents]
    if outside:
        raise ValueError(f"{outside[0]}: outside the manifest's folder {root}; move the files under it (paths in a manifest are relative to its folder)")
    header: list[str] = list(NEW_MANIFEST_COLUMNS)
    existing: list[dict[str, str]] = []
    if manifest.is_file() and manifest.stat().st_size:
        from .io import decode_bytes

        text = decode_bytes(manifest.read_bytes()).text
        reader = csv.DictReader(io.StringIO(text))
        header = [h.strip() for h in (reader.fieldnames or [])]
        existing = [{(k or "").strip().lower(): (v or "").strip() for k, v in row.items()} for row in reader]
        ends_with_newline = text.endswith(("\n", "\r"))
    else:
        ends_with_newline = True
    taken = {row.get("id", "") for row in existing}
    listed = {(root / row.get("path", "")).resolve() for row in existing if row.get("path")}
    added: list[dict[str, str]] = []
    for path in files:
        if path.resolve() in listed:
            print(f"skipped {path}: already in {manifest}", file=out)
            continue
        row, warnings = build_row(path, root, taken, outlet=outlet)
        taken.add(row["id"])
        added.append(row)
        print(f"added {row['id']}: {row['path']} (outlet {row['outlet']!r}, published {row['published'] or '-'}, headline {row['headline'][:60]!r})", file=out)
        for warning in warnings:
            print(f"warning: {path}: {warning}", file=out)
    if not added:
        return added
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header, extrasaction="ignore", lineterminator="\n")
    if not existing and not (manifest.is_file() and manifest.stat().st_size):
        writer.writeheader()
    lower = {h: h.strip().lower() for h in header}
    for row in added:
        writer.writerow({h: row.get(lower[h], "") for h in header})
    with manifest.open("a", encoding="utf-8", newline="") as handle:
        if not ends_with_newline:
            handle.write("\n")
        handle.write(buffer.getvalue())
    return added


def add_arguments(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """The ``add`` command's arguments (``analysis.cli`` registers them)."""
    parser.add_argument("paths", nargs="+", help="article files (.html, .htm, .txt) or folders of them")
    parser.add_argument("--manifest", type=Path, default=None, help="manifest CSV to append to (default: $WORKBOOK_MANIFEST or data/articles.csv); created if absent")
    parser.add_argument("--outlet", default="", help="outlet for every file added (default: the page's site name, its address's host, or the file's folder unless it is a generic one such as raw/)")
    return parser


def run_add(args: argparse.Namespace) -> int:
    """Run ``python -m analysis add``: exit 0, or 2 on bad input (message on stderr)."""
    from .paths import manifest_from_env

    try:
        added = add_files(args.paths, args.manifest or manifest_from_env(), outlet=args.outlet)
    except (ValueError, OSError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    print(f"added {len(added)} row(s)")
    return 0
