"""Named exceptions. Each carries the file (and row or line) that caused it.

Examples
--------
>>> str(ManifestError("data/articles.csv", "missing column 'outlet'", row=None))
"data/articles.csv: missing column 'outlet'"
>>> str(ManifestError("data/articles.csv", "duplicate id 'a1'", row=3))
"data/articles.csv, line 3: duplicate id 'a1'"
"""
from __future__ import annotations

from pathlib import Path


class WorkbookError(Exception):
    """Base class: a problem with the user's input that has a one-line explanation."""

    kind = "error"

    def __init__(self, file: str | Path, message: str, *, row: int | None = None) -> None:
        self.file = str(file)
        self.row = row
        self.message = message
        where = self.file if row is None else f"{self.file}, line {row}"
        super().__init__(f"{where}: {message}")


class ManifestError(WorkbookError):
    """The manifest is unreadable or a row is invalid. ``row`` is the line number in the CSV file (the header is line 1).

    ``errors`` lists every bad line found in one reading (this error first), so a user fixes
    them all in one pass.
    """

    def __init__(self, file: str | Path, message: str, *, row: int | None = None) -> None:
        super().__init__(file, message, row=row)
        self.errors: list[ManifestError] = [self]


class ArticleError(WorkbookError):
    """One article's file cannot be turned into text (missing, empty, undecodable, unsafe path)."""


class InstrumentError(WorkbookError):
    """A lexicon, codebook or pattern file is malformed. ``row`` is the line number in that file."""


class ResourceMissingError(WorkbookError):
    """An offline linguistic resource has not been built; ``make setup`` builds it."""


class RunInterrupted(BaseException):
    """SIGTERM or SIGHUP arrived: raised in the main thread so that cleanup runs, like Ctrl-C.

    A ``BaseException`` (as ``KeyboardInterrupt``): a handler that isolates one article's errors
    must not swallow it.
    """

    def __init__(self, signum: int) -> None:
        self.signum = signum
        super().__init__(f"interrupted by signal {signum}")


#: Signals received by this process's :func:`analysis.interrupts.interrupt_on_signals` handler. The handler
#: raises :class:`RunInterrupted`, but an exception raised inside a library's own ``except`` (logging
#: swallows errors raised while it emits) can be lost; writers check this before they commit.
_RECEIVED: list[int] = []


def note_interrupt(signum: int) -> None:
    """Remember that ``signum`` arrived (the signal handler calls this before it raises)."""
    _RECEIVED.append(signum)


def clear_interrupts() -> None:
    """Forget earlier signals (a new run starts)."""
    _RECEIVED.clear()


def raise_if_interrupted() -> None:
    """Raise :class:`RunInterrupted` for a signal that arrived, even if its first raise was swallowed.

    Examples
    --------
    >>> clear_interrupts(); raise_if_interrupted()  # nothing arrived: nothing happens
    >>> note_interrupt(15)
    >>> try:
    ...     raise_if_interrupted()
    ... except RunInterrupted as exc:
    ...     print(exc.signum)
    15
    >>> clear_interrupts()
    """
    if _RECEIVED:
        raise RunInterrupted(_RECEIVED[0])


#: Exit codes of ``python -m analysis`` (README, "Exit codes"), one definition for every command:
#: ``--strict`` and an article skipped; bad input; some articles failed (score); the output
#: cannot be written (disk full, read-only, a file); the output folder is busy (another run);
#: a notebook failed (report). A signal n gives 128 + n.
EXIT_STRICT, EXIT_BAD_INPUT, EXIT_ARTICLES_FAILED, EXIT_OUTPUT, EXIT_BUSY, EXIT_NOTEBOOK_FAILED = 1, 2, 3, 4, 5, 6
