"""The corpus: a manifest of articles (one row each) and the files it points to.

Policy for bad input, applied consistently:

* **The manifest itself is wrong** (unreadable, a required column missing, an empty or duplicate
  id, a malformed date, a path that is absolute or escapes the corpus folder): the run stops
  before any scoring with a :class:`~analysis.errors.ManifestError` naming file and line.
* **One article's file is wrong** (missing, empty, whitespace only, not English, nothing left
  after cleaning, larger than :func:`max_article_bytes`): that article is *flagged and skipped*. It keeps its row in ``articles.csv``
  with ``status = "skipped"`` and the reason, the problem is listed in ``problems.csv`` naming
  file and line, and the rest of the corpus proceeds. Nothing is dropped silently.
* **Recoverable oddities** (Windows-1252 or Latin-1 bytes, a BOM, CRLF line ends, HTML pasted
  into a ``.txt``, a large file, a file in the corpus folder with no manifest row, no sentence-ending
  punctuation, a run-on "sentence" longer than 2,000 characters, an article entirely inside
  quotation marks): the article is scored and a warning row goes to ``problems.csv``.
"""
from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from .characters import remove_control_chars
from .errors import ArticleError, ManifestError
from .instruments import load_wordlist
from .io import decode_bytes
from .paths import MANIFEST

REQUIRED_COLUMNS: tuple[str, ...] = ("id", "outlet", "path")
OPTIONAL_COLUMNS: dict[str, str] = {
    "published": "",  # many pages show no date: an empty cell is a warning (no_date), not an error
    "url": "",
    "headline": "",
    "headline_source": "",
    "language": "en",
    "wire_agency": "",
}
COLUMNS: tuple[str, ...] = ("id", "outlet", *OPTIONAL_COLUMNS, "path")
MAX_REPORTED_ERRORS = 50  # bad manifest lines listed in one run (then "... and N more")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
LARGE_FILE_BYTES = 200_000  # a news article is 3-10 KB: above this, a warning
MAX_ARTICLE_BYTES = 2_000_000  # above this, flagged and skipped; $WORKBOOK_MAX_ARTICLE_BYTES raises it


def max_article_bytes() -> int:
    """The size above which an article file is skipped: ``$WORKBOOK_MAX_ARTICLE_BYTES`` or 2 MB.

    Examples
    --------
    >>> MAX_ARTICLE_BYTES
    2000000
    """
    value = os.environ.get("WORKBOOK_MAX_ARTICLE_BYTES", "").strip()
    return int(value) if value.isdigit() else MAX_ARTICLE_BYTES


def load_manifest(path: str | Path = MANIFEST) -> pd.DataFrame:
    """Read and validate a manifest; one row per article, every column a string.

    Adds ``line`` (the physical line where the row starts in the CSV file: a quoted cell may
    span lines) and ``file`` (the article's absolute path). Every bad row is reported in one
    :class:`ManifestError` (its ``errors`` list), not only the first. UTF-8, UTF-16 or UTF-32
    (with or without a byte-order mark) and Windows-1252 manifests are read.

    Examples
    --------
    >>> m = load_manifest()
    >>> m[["id", "outlet", "wire_agency"]].values.tolist()
    [['opoyi-106146', 'Opoyi', 'Interfax'], ['abplive-1513226', 'ABP Live', 'AFP']]
    """
    path = Path(path).expanduser()
    if not path.is_file():
        raise ManifestError(path, "manifest file not found" if not path.is_dir() else "is a folder, not a manifest file")
    try:
        text = decode_bytes(path.read_bytes()).text
    except OSError as exc:
        raise ManifestError(path, f"cannot read manifest: {exc.strerror}") from exc
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [cell.strip().lower() for cell in next(reader)]
    except StopIteration:
        raise ManifestError(path, "manifest is empty (no header row)", row=1) from None
    except csv.Error as exc:
        raise ManifestError(path, f"unreadable CSV: {exc}", row=1) from None
    _check_header(path, header)
    root = path.resolve().parent
    rows, seen, errors = [], {}, []
    line = reader.line_num + 1
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:  # a NUL byte, or a quoted cell never closed
            errors.append(ManifestError(path, f"unreadable CSV: {exc}", row=line))
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in cells):
            continue
        try:
            rows.append(_manifest_row(path, start, header, cells, root, seen))
        except ManifestError as exc:
            errors.append(exc)
    if errors:
        first = errors[0]
        first.errors = errors[:MAX_REPORTED_ERRORS]
        if len(errors) > MAX_REPORTED_ERRORS:
            first.errors.append(ManifestError(path, f"... and {len(errors) - MAX_REPORTED_ERRORS} more bad lines"))
        raise first
    frame = pd.DataFrame(rows, columns=[*COLUMNS, "file", "line"], dtype=object)
    frame.attrs["manifest"] = str(path.resolve())
    return frame


def _check_header(path: Path, header: list[str]) -> None:
    known = [*COLUMNS]
    missing = [column for column in REQUIRED_COLUMNS if column not in header]
    unknown = [column for column in header if column and column not in known]
    hints = []
    for column in unknown:
        close = difflib.get_close_matches(column, [c for c in known if c not in header], n=1, cutoff=0.75)
        if close:
            hints.append(f"column {column!r} is not a manifest column: did you mean {close[0]!r}?")
    if missing:
        hint = f" ({'; '.join(hints)})" if hints else ""
        shown = repr(header) if len(repr(header)) <= 300 else repr(header)[:297] + "..."  # a binary file's "header"
        raise ManifestError(path, f"missing required column(s) {missing}; the header is {shown}{hint}", row=1)
    if hints:
        raise ManifestError(path, "; ".join(hints), row=1)
    duplicated = sorted({column for column in header if header.count(column) > 1 and column})
    if duplicated:
        raise ManifestError(path, f"column(s) {duplicated} appear more than once in the header", row=1)


_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")


def _manifest_row(path: Path, line: int, header: list[str], cells: list[str], root: Path, seen: dict[str, int]) -> dict[str, str]:
    if len(cells) != len(header):
        raise ManifestError(path, f"expected {len(header)} cells, found {len(cells)} (an unquoted comma?)", row=line)
    raw = {key: value.strip() for key, value in zip(header, cells)}
    for key, value in raw.items():
        if _CONTROL.search(value):
            raise ManifestError(path, f"cell {key!r} contains a control character ({_CONTROL.search(value).group()!r})", row=line)  # type: ignore[union-attr]
    row = {column: raw.get(column, "") for column in REQUIRED_COLUMNS}
    row |= {column: raw.get(column) or default for column, default in OPTIONAL_COLUMNS.items()}
    _validate_row(path, line, row, seen)
    row["file"] = str(safe_article_path(path, line, root, row["path"]))
    row["line"] = str(line)
    seen[row["id"]] = line
    return row


def _validate_row(path: Path, line: int, row: dict[str, str], seen: dict[str, int]) -> None:
    for column in REQUIRED_COLUMNS:
        if not row[column]:
            raise ManifestError(path, f"required cell '{column}' is empty", row=line)
    if not ID_RE.match(row["id"]):
        raise ManifestError(path, f"id {row['id']!r} must be letters, digits, '.', '_' or '-' (at most 128)", row=line)
    if row["id"] in seen:
        raise ManifestError(path, f"duplicate id {row['id']!r} (first on line {seen[row['id']]})", row=line)
    if row["published"]:
        try:
            dt.date.fromisoformat(row["published"][:10])
            if len(row["published"]) > 10:
                dt.datetime.fromisoformat(row["published"])
        except ValueError:
            raise ManifestError(path, f"published {row['published']!r} is not a date as YYYY-MM-DD (or leave it empty)", row=line) from None
    if not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z]{2,4})?", row["language"]):
        raise ManifestError(path, f"language {row['language']!r} is not an ISO 639 code such as 'en'", row=line)


def safe_article_path(manifest: Path, line: int, root: Path, relative: str) -> Path:
    """Resolve a manifest ``path`` cell inside the corpus folder (the manifest's folder).

    Absolute paths and paths that escape the folder (``../../etc/passwd``, or a link that
    points outside) are refused: a manifest must not make the workbook read arbitrary files.

    Examples
    --------
    >>> from pathlib import Path
    >>> safe_article_path(Path("m.csv"), 2, Path("/corpus"), "raw/a.txt").as_posix()
    '/corpus/raw/a.txt'
    >>> safe_article_path(Path("m.csv"), 2, Path("/corpus"), "../../etc/passwd")
    Traceback (most recent call last):
    ...
    analysis.errors.ManifestError: m.csv, line 2: path '../../etc/passwd' escapes the corpus folder /corpus
    """
    candidate = Path(relative)
    if candidate.is_absolute() or re.match(r"^[A-Za-z]:[\\/]", relative):
        raise ManifestError(manifest, f"path {relative!r} is absolute; give it relative to {root}", row=line)
    resolved = (root / candidate).resolve()
    if resolved != root and root not in resolved.parents:
        raise ManifestError(manifest, f"path {relative!r} escapes the corpus folder {root}", row=line)
    return resolved


@dataclass
class ArticleText:
    """An article's text as read from disk, with the problems met on the way."""

    text: str
    encoding: str
    problems: list[tuple[str, str, str]] = field(default_factory=list)  # (level, code, message)
    headline: str = ""


def read_article(row: dict[str, str]) -> ArticleText:
    """Read one article's file into text. Raises :class:`ArticleError` if it cannot be used.

    Examples
    --------
    >>> m = load_manifest()
    >>> a = read_article(m.iloc[1].to_dict())
    >>> a.encoding, a.text[:10], a.problems
    ('utf-8', 'New Delhi:', [])
    """
    path = Path(row["file"])
    where = f"{path} (manifest line {row.get('line', '?')})"
    data = _read_bytes(path, where)
    declared = declared_charset(data)  # used only when the bytes are not valid UTF-8
    decoded = decode_bytes(data, declared=declared)
    kind = None if decoded.encoding.startswith(("utf-16", "utf-32")) else binary_kind(data)
    if kind:
        raise ArticleError(where, f"binary file ({kind}), not text: save the article as .txt or .html")
    article = ArticleText(decoded.text, decoded.encoding)
    if decoded.had_bom:
        name = "UTF-8" if decoded.encoding.startswith("utf-8") else decoded.encoding.upper()
        article.problems.append(("warning", "bom", f"{name} byte-order mark removed"))
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        how = " (declared in the page's <meta>)" if declared and decoded.encoding == declared else ""
        article.problems.append(("warning", "not_utf8", f"not valid UTF-8; decoded as {decoded.encoding}{how}"))
    if "\r" in decoded.text:
        article.problems.append(("warning", "line_ends", "CRLF or CR line ends normalised to LF"))
    if len(data) > LARGE_FILE_BYTES:
        article.problems.append(("warning", "large_file", f"{len(data):,} bytes: unusually long for one article"))
    if path.suffix.lower() in (".html", ".htm"):
        article.text, article.headline = html_to_text(article.text, where=where)
    elif looks_like_html(article.text):
        article.text, article.headline = html_to_text(article.text, where=where)
        article.problems.append(("warning", "html_in_txt", "HTML markup in a text file: article text extracted with trafilatura"))
    article.headline = remove_control_chars(article.headline)[0]
    if not data:
        raise ArticleError(where, "file is empty")
    if not article.text.strip():
        raise ArticleError(where, "file has no text (whitespace or markup only)")
    return article


def _read_bytes(path: Path, where: str) -> bytes:
    """The file's bytes, or an :class:`ArticleError` saying in words why they cannot be read."""
    try:
        if path.is_dir():
            raise ArticleError(where, "is a folder, not a file")
        if not path.exists():
            raise ArticleError(where, "file not found")
        if not path.is_file():
            raise ArticleError(where, "not a regular file (a device, pipe or socket)")
        size = path.stat().st_size
        if size > max_article_bytes():
            raise ArticleError(
                where,
                f"{size:,} bytes is over the {max_article_bytes():,}-byte limit for one article (news articles are 3-10 KB): "
                "several articles in one file? Split it, or raise the limit with --max-article-bytes",
            )
        return path.read_bytes()
    except OSError as exc:  # permission denied, a name too long, an I/O error
        raise ArticleError(where, f"cannot read the file: {exc.strerror or exc}") from None
    except ValueError as exc:  # a NUL in the path
        raise ArticleError(where, f"cannot read the file: {exc}") from None


#: Leading bytes of formats that are not text, and what to call them.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF"),
    (b"PK\x03\x04", "a ZIP archive: a .docx, .odt or .epub?"),
    (b"\xd0\xcf\x11\xe0", "an old Office document: a .doc?"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "a program"),
)
_BINARY_BYTES = bytes(range(0, 9)) + bytes(range(14, 32))


def binary_kind(data: bytes) -> str | None:
    """What a binary file is (``"a PDF"``), ``"binary data"`` for control bytes, or ``None`` for text.

    A stray NUL in an article is text (cleaning removes it); more than 5% control bytes is not.

    Examples
    --------
    >>> binary_kind(b"%PDF-1.7 ..."), binary_kind(b"Rus\\x00sia said troops left."), binary_kind(bytes(range(256)) * 4)
    ('a PDF', None, 'binary data')
    """
    for magic, name in MAGIC:
        if data.startswith(magic):
            return name
    sample = data[:8192]
    if sample and len(sample) - len(sample.translate(None, _BINARY_BYTES)) > 0.05 * len(sample):
        return "binary data"
    return None


_CHARSET = re.compile(rb"""<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
#: WHATWG: a page that declares Latin-1 or ASCII is decoded as Windows-1252.
_CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares (``<meta charset>`` or ``http-equiv``), if Python knows it.

    Examples
    --------
    >>> declared_charset(b'<html><head><meta charset="windows-1251"></head>')
    'cp1251'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">')
    'shift_jis'
    >>> declared_charset(b"<p>no declaration</p>"), declared_charset(b'<meta charset="klingon">')
    (None, None)
    """
    import codecs

    found = _CHARSET.search(data[:8192])
    if not found:
        return None
    label = found.group(1).decode("ascii").lower()
    try:
        return _CHARSET_ALIASES.get(label) or codecs.lookup(label).name
    except LookupError:
        return None


_HTML_TAG = re.compile(r"<\s*(?:!doctype|html|head|body|p|div|br|span|a|article|section|script|h[1-6])\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when a text file is really HTML (a doctype, or several block tags).

    Examples
    --------
    >>> looks_like_html("<html><body><p>Troops</p><p>left</p></body></html>")
    True
    >>> looks_like_html("He said 3 < 4 and <b>bold</b>.")
    False
    """
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype", "<html")) or len(_HTML_TAG.findall(text[:20000])) >= 3


def html_to_text(html: str, *, where: str = "") -> tuple[str, str]:
    """Main text (paragraphs on separate lines) and title of a saved HTML page, via trafilatura.

    Falls back to lxml's text content when trafilatura finds no main text (a bare fragment).
    """
    import trafilatura
    from lxml import html as lxml_html

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True) or ""
    metadata = trafilatura.extract_metadata(html)
    title = (metadata.title if metadata and metadata.title else "") or ""
    if not text.strip():
        try:
            tree = lxml_html.fromstring(html)
            for bad in tree.xpath("//script|//style"):
                bad.drop_tree()
            text = "\n".join(" ".join(block.text_content().split()) for block in tree.iter("p", "li", "h1", "h2", "h3", "div") if not block.xpath(".//p|.//div"))
        except Exception:  # lxml raises several types on junk; an empty result is reported below
            text = ""
    return text, title


def lettered_words(text: str) -> list[str]:
    """The word tokens of ``text`` that hold a letter, lower-cased: numbers and symbols belong to no language.

    Examples
    --------
    >>> lettered_words("Samsung 72.2 20.3% shipped 83.3m")
    ['samsung', 'shipped', '83.3m']
    >>> lettered_words("")
    []
    """
    from .segment import words

    # most tokens are all letters: str.isalpha answers them at C speed, the rest are read character by character
    return [token.lower() for token in words(text) if token.isalpha() or any(map(str.isalpha, token))]


def english_share(text: str) -> float:
    """Share of the lettered words (:func:`lettered_words`) that are English function words (about 0.4 in English news).

    Figures count for no language, so a table of numbers in an English article does not make it foreign.

    Examples
    --------
    >>> round(english_share("The troops are returning to their bases after the drills."), 2)
    0.6
    >>> english_share("Войска возвращаются на базы после учений.")
    0.0
    >>> english_share("Apple 46.9 13.2% 46.7 12.4% 0.5% and the rest")  # 4 lettered words, 2 function words
    0.5
    >>> english_share("")
    0.0
    """
    return function_word_share(lettered_words(text))


def function_word_share(tokens: list[str]) -> float:
    """Share of ``tokens`` (lower-cased lettered words, :func:`lettered_words`) that are English
    function words: :func:`english_share` for a caller that already holds the tokens.

    Examples
    --------
    >>> function_word_share(["the", "troops", "are", "back"]), function_word_share([])
    (0.5, 0.0)
    """
    if not tokens:
        return 0.0
    stop = load_wordlist("stopwords_en.txt")
    return sum(map(stop.__contains__, tokens)) / len(tokens)


def latin_share(text: str) -> float:
    """Share of letters that are Latin script (English is about 1.0; Russian, Chinese about 0).

    Examples
    --------
    >>> latin_share("Troops left."), latin_share("Войска возвращаются на базы."), latin_share("...")
    (1.0, 0.0, 0.0)
    """
    import unicodedata

    letters = [char for char in text if char.isalpha()]
    if not letters:
        return 0.0
    return sum(char.isascii() or unicodedata.name(char, "").startswith("LATIN") for char in letters) / len(letters)


def orphan_files(manifest: pd.DataFrame) -> list[Path]:
    """Article files in the manifest's folders that no manifest row points to.

    Examples
    --------
    >>> orphan_files(load_manifest())
    []
    """
    listed = {Path(file) for file in manifest["file"]}
    folders = sorted({path.parent for path in listed})
    found = []
    for folder in folders:
        try:  # a folder that cannot be listed (permission, a name too long) hides no orphan we can report
            if folder.is_dir():
                found.extend(p for p in sorted(folder.iterdir()) if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and p not in listed)
        except OSError:
            continue
    return found
