"""The main job: execute every notebook headless and publish them as an HTML report.

Notebooks run in numeric order (``notebooks/NN-verb-object.ipynb``; an installed package runs
the copies it ships, :data:`analysis.paths.NOTEBOOKS`) with nbclient, in their folder. No
papermill: the parameters reach the kernels as environment variables, so every one is a string
(as papermill's ``-p NAME VALUE`` gives it) that the parameters cell turns into a path:
``WORKBOOK_MANIFEST`` (the manifest, absolute: ``--manifest``, else ``$WORKBOOK_MANIFEST``, else
the seeds), ``WORKBOOK_TABLES`` (the tables folder, absolute: ``--tables``, else
``$WORKBOOK_TABLES``; empty: each notebook scores the corpus), ``WORKBOOK_REPORTS`` (the
staging folder the notebook writes figures into) and ``WORKBOOK_ROOT`` (the project folder,
:data:`analysis.paths.ROOT`). The caller's other ``WORKBOOK_*`` variables (``WORKBOOK_OUTLETS``,
``WORKBOOK_GROUP``, ``WORKBOOK_CODING_SHEETS``) are inherited unchanged. Each becomes two
pages: ``NN-verb-object.html`` (the full page, with code) and ``NN-verb-object-reader.html``
(the code hidden: findings, figures and tables); ``index.html`` links both. Every page carries the
run's provenance (:mod:`analysis.provenance`), a banner inserted under the notebook's title at
build time, so any notebook, present or future, gets it without editing.

The report is built in a fresh folder and swapped in whole at the end
(:mod:`analysis.report_folder`): a failed run leaves the previous report untouched, never a mix.
A cell error stops the run and names the notebook, the cell and the error.

Exit codes of ``python -m analysis report`` (:func:`run`): 0 the report was written; 2 bad input
(the manifest or the tables); 4 an environment problem (disk full, read-only output folder,
``--out`` is a file or a folder of other files), as one line on stderr; 5 another report is being
built into the same folder; 6 a notebook failed (named on stderr, with the cell and the error);
128 + N stopped by signal N. In every case but 0 the previous report is unchanged.
"""
from __future__ import annotations

import argparse
import html
import json
import os
import re
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from .errors import (
    EXIT_BAD_INPUT, EXIT_BUSY, EXIT_NOTEBOOK_FAILED, EXIT_OUTPUT, RunInterrupted, WorkbookError, raise_if_interrupted,
)
from .io import atomic_write_text
from .paths import NOTEBOOKS, ROOT

#: The report's name for exit code 4 (disk full, read-only, not a folder); every exit code is
#: defined once, in :mod:`analysis.errors`, shared with ``python -m analysis score``.
EXIT_ENVIRONMENT = EXIT_OUTPUT


def notebook_paths(folder: Path = NOTEBOOKS) -> list[Path]:
    """The narrative notebooks, in the order they run.

    Examples
    --------
    >>> all(p.name[:2].isdigit() for p in notebook_paths())
    True
    """
    return sorted(p for p in folder.glob("[0-9][0-9]-*.ipynb") if not p.name.startswith("."))


def local_kernel_manager() -> type:
    """The kernel manager for headless runs: Unix sockets, not TCP ports, where they can be used.

    ipykernel warns on every start that a TCP kernel's traffic is unencrypted; a kernel on Unix
    domain sockets (``transport="ipc"``) is reachable only through socket files, put in the Jupyter
    runtime folder (made absolute: the kernel runs in the notebook's folder; created 0700 when
    missing) and removed by jupyter_client at shutdown. A socket path holds at most 103 bytes on
    macOS (107 on Linux): with a runtime folder too deep for that, and on Windows, kernels keep TCP.
    """
    import uuid

    from jupyter_client.manager import AsyncKernelManager
    from jupyter_core.paths import jupyter_runtime_dir
    from traitlets import default

    folder = Path(jupyter_runtime_dir()).resolve()
    longest = folder / f"wb-{'0' * 12}-65535"  # jupyter_client appends "-<port>" to the ip
    if os.name == "nt" or len(os.fsencode(longest)) > IPC_PATH_MAX:
        return AsyncKernelManager

    class LocalKernelManager(AsyncKernelManager):
        @default("transport")
        def _default_transport(self) -> str:
            return "ipc"

        @default("ip")
        def _default_ip(self) -> str:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
            return str(folder / f"wb-{uuid.uuid4().hex[:12]}")

    return LocalKernelManager


IPC_PATH_MAX = 103  # bytes of a Unix socket path: sockaddr_un.sun_path less the NUL (104 on macOS, 108 on Linux)


class NotebookFailed(WorkbookError):
    """A notebook raised (or timed out, or its kernel died); names the notebook, the cell and the error."""

    def __init__(self, notebook: Path, cell: int | None, source: str, error: str, traceback: str = "") -> None:
        first = next((line.strip() for line in source.splitlines() if line.strip()), "")
        where = "" if cell is None else f"cell {cell}" + (f" (`{first[:70]}`)" if first else "") + ": "
        super().__init__(notebook, f"{where}{error}")
        self.cell = cell
        self.error = error
        self.traceback = traceback


PROVENANCE_TAG = "provenance"


def execute_notebook(path: Path, *, timeout: int = 600, banner: str = ""):
    """Execute one notebook in its folder; returns the executed ``NotebookNode``.

    ``banner`` (Markdown), when given, is inserted as a cell tagged ``provenance`` under the
    notebook's title cell before it runs. Raises :class:`NotebookFailed` (the notebook, the
    1-based cell number with its first line, and the error) when a cell raises, a cell runs
    longer than ``timeout`` seconds, or the kernel dies.
    """
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellControlSignal, CellExecutionError, DeadKernelError

    notebook = nbformat.read(path, as_version=4)
    if banner:
        insert_banner(notebook, banner)
    current = [None]
    client = NotebookClient(
        notebook, timeout=timeout, kernel_name="python3", allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}}, kernel_manager_class=local_kernel_manager(),
    )
    client.on_cell_start = lambda cell, cell_index, **_: current.__setitem__(0, cell_index)
    outcome: list[BaseException] = []

    def work() -> None:
        try:
            client.execute()
        except BaseException as exc:  # noqa: BLE001 - handed over to the calling thread below
            outcome.append(exc)

    # nbclient runs in a thread of its own: in the main thread it would replace the caller's SIGTERM
    # handling with its own (which shuts the kernel down and leaves the run to fail with a traceback),
    # so the report could not unwind with its own exit code. The calling thread waits, awake to signals.
    worker = threading.Thread(target=work, name=f"execute-{path.stem}", daemon=True)
    worker.start()
    while worker.is_alive():
        worker.join(0.2)
    try:
        if outcome:
            raise outcome[0]
    except CellExecutionError as exc:
        raise _failed(path, notebook, current[0], f"{exc.ename}: {exc.evalue}", str(exc)) from None
    except (CellControlSignal, DeadKernelError, TimeoutError, RuntimeError) as exc:
        text = str(exc).strip().splitlines()
        raise _failed(path, notebook, current[0], f"{type(exc).__name__}: {text[0] if text else ''}", str(exc)) from None
    return notebook


def _failed(path: Path, notebook, index: int | None, error: str, traceback: str) -> NotebookFailed:
    source = notebook.cells[index].source if index is not None and index < len(notebook.cells) else ""
    # Number the cells as the committed notebook has them (the banner cell is ours).
    offset = sum(1 for c in notebook.cells[: index or 0] if PROVENANCE_TAG in c.get("metadata", {}).get("tags", []))
    return NotebookFailed(path, None if index is None else index + 1 - offset, source, error, _plain(traceback))


def _plain(text: str) -> str:
    """``text`` without ANSI colour codes (IPython colours its tracebacks).

    Examples
    --------
    >>> _plain("\x1b[0;31mKeyError\x1b[0m: 'x'")
    "KeyError: 'x'"
    """
    return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", text)


def insert_banner(notebook, banner: str) -> None:
    """Insert ``banner`` as a Markdown cell (tagged ``provenance``) under the title cell (or first).

    Examples
    --------
    >>> import nbformat
    >>> nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell("# T"), nbformat.v4.new_code_cell("1")])
    >>> insert_banner(nb, "**made here**")
    >>> [c.cell_type for c in nb.cells], nb.cells[1].source, nb.cells[1].metadata["tags"]
    (['markdown', 'markdown', 'code'], '**made here**', ['provenance'])
    >>> nb = nbformat.v4.new_notebook(cells=[])
    >>> insert_banner(nb, "b"); len(nb.cells)
    1
    """
    import nbformat

    cell = nbformat.v4.new_markdown_cell(banner)
    cell.metadata["tags"] = [PROVENANCE_TAG]
    cells = notebook.cells
    at = 1 if cells and cells[0].cell_type == "markdown" and cells[0].source.lstrip().startswith("# ") else 0
    cells.insert(at, cell)


def to_html(notebook, *, reader: bool = False) -> str:
    """Render an executed notebook as standalone HTML (JupyterLab template, images embedded).

    ``reader=True`` hides every code cell's input and the prompts (nbconvert's
    ``exclude_input``): Markdown, findings, figures and tables remain.
    """
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.embed_images = True
    if reader:
        exporter.exclude_input = True
        exporter.exclude_input_prompt = True
        exporter.exclude_output_prompt = True
    body, _resources = exporter.from_notebook_node(notebook)
    return body


@dataclass(frozen=True)
class Page:
    """One notebook's pages in the report."""

    stem: str
    title: str
    seconds: float

    @property
    def full(self) -> str:
        return f"{self.stem}.html"

    @property
    def reader(self) -> str:
        return f"{self.stem}-reader.html"


def build_report(
    *, manifest: str | Path | None = None, tables: str | Path | None = None, out_dir: str | Path | None = None,
    timeout: int = 600, folder: Path | None = None,
) -> Path:
    """Execute every notebook and write its two pages, an index and ``provenance.json``; returns the index path.

    ``manifest`` defaults to ``$WORKBOOK_MANIFEST`` (else the seeds), ``tables`` to
    ``$WORKBOOK_TABLES`` (empty: each notebook scores the corpus itself), ``out_dir`` to the
    corpus' report folder (:func:`analysis.corpus_folders.report_dir`: ``reports/`` for the seeds).
    The report is built in a staging folder and replaces ``out_dir`` whole only if every
    notebook ran (:func:`analysis.report_folder.staged`). Executed notebooks are not written
    back: the committed ones stay output-free.

    Raises
    ------
    NotebookFailed
        A notebook failed; the previous report is left as it was.
    ManifestError, ReportFolderError, OSError
        Bad manifest; unusable output folder; the file system refused (disk full, read-only).
    """
    from .corpus_folders import report_dir
    from .paths import manifest_from_env
    from .workers import temporary_environ
    from .provenance import as_html, as_markdown, collect
    from .report_folder import staged

    manifest = Path(manifest).expanduser().resolve() if manifest else manifest_from_env()
    tables = tables if tables is not None else os.environ.get("WORKBOOK_TABLES", "").strip()
    tables = Path(tables).expanduser().resolve() if tables else None
    out = Path(os.path.abspath(out_dir if out_dir else report_dir(manifest)))
    if tables and not tables.is_dir():
        from .workbook import TablesError

        raise TablesError(tables, f"no such folder of tables (write one with: python -m analysis score --out {tables})")
    facts = collect(manifest, tables)
    banner = as_markdown(facts)
    pages = []
    with staged(out) as staging:
        # The kernels get absolute paths: they run in the notebooks' folder, where a relative one would point elsewhere.
        # Every parameter is a string (an environment variable), as papermill's -p gives them.
        env = {"WORKBOOK_REPORTS": str(staging), "WORKBOOK_MANIFEST": str(manifest), "WORKBOOK_TABLES": str(tables or ""),
               "WORKBOOK_ROOT": str(ROOT)}
        # Pages are rendered in a thread while the next notebook runs: this process mostly waits for
        # the kernel meanwhile, so rendering (nbconvert's HTML post-processing) takes the other core.
        renderer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="render-pages")
        try:
            with temporary_environ(env):
                rendering = []
                for path in notebook_paths(folder or NOTEBOOKS):
                    page, notebook = _execute(path, timeout, banner)
                    pages.append(page)
                    rendering.append(renderer.submit(_render, page, notebook, staging, out))
            for job in rendering:
                job.result()  # a page that could not be written (a full disk) fails the run here
        finally:
            renderer.shutdown(wait=True, cancel_futures=True)
        atomic_write_text(staging / "provenance.json", json.dumps(facts.to_dict(), indent=2, sort_keys=True) + "\n")
        atomic_write_text(staging / "index.html", render_index(pages, provenance=as_html(facts)))
    return out / "index.html"


def _execute(path: Path, timeout: int, banner: str) -> tuple[Page, object]:
    """Execute one notebook with the provenance banner and the links to its two pages."""
    stem = path.stem
    links = f"\n\n*This page*: [reader view (no code)]({stem}-reader.html) · [full page with code]({stem}.html) · [index](index.html)"
    started = time.perf_counter()
    notebook = execute_notebook(path, timeout=timeout, banner=banner + links)
    seconds = time.perf_counter() - started
    print(f"executed {path.name} in {seconds:.1f} s", flush=True)
    return Page(stem, _title(notebook) or stem, seconds), notebook


def _render(page: Page, notebook, staging: Path, out: Path) -> None:
    """Write a notebook's full page and reader page into the staging folder."""
    started = time.perf_counter()
    for name, reader in ((page.full, False), (page.reader, True)):
        # Pages name the final folder, not the staging one (notebooks print where figures go).
        text = to_html(notebook, reader=reader).replace(str(staging), str(out))
        atomic_write_text(staging / name, text)
    print(f"rendered {page.stem} in {time.perf_counter() - started:.1f} s -> {out / page.reader} (reader), {page.full} (with code)",
          flush=True)


def _title(notebook) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def render_index(pages: list[Page], *, provenance: str = "") -> str:
    """The report's index page: each notebook's reader page and full page, and the provenance.

    Every title and link is HTML-escaped; ``provenance`` is HTML already escaped by its maker.

    Examples
    --------
    >>> page = render_index([Page("01-a", "<script>x</script>", 1.0)])
    >>> "&lt;script&gt;" in page, 'href="01-a-reader.html"' in page, 'href="01-a.html"' in page
    (True, True, True)
    """
    def link(name: str, text: str) -> str:
        return f'<a href="{html.escape(name, quote=True)}">{text}</a>'

    items = "\n".join(
        f"<li>{link(p.reader, html.escape(p.title))} <small>({link(p.full, 'with code')}; {p.seconds:.1f} s)</small></li>"
        for p in pages
    )
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Framing workbook: report</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}"
        ".provenance th{text-align:left;padding-right:1em;font-weight:normal;color:#555}</style>"
        "</head><body>\n<h1>How outlets frame the same event: the workbook report</h1>\n"
        "<p>Each notebook below was executed headless, top to bottom, on the corpus named here. Each title opens the "
        "reader page (findings, figures and tables, no code); <em>with code</em> opens the full page. "
        "Figures and the CSV of the data behind each are in <code>figures/</code>.</p>\n"
        f"<ol>\n{items}\n</ol>\n<h2>Provenance</h2>\n{provenance}\n</body></html>\n"
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """The options of ``python -m analysis report`` (the CLI builds its parser with this)."""
    parser.add_argument("--manifest", type=Path, default=None, help="manifest CSV (default: $WORKBOOK_MANIFEST or data/articles.csv)")
    parser.add_argument("--tables", type=Path, default=None,
                        help="tables written by `python -m analysis score` (default: $WORKBOOK_TABLES; none: each notebook scores the corpus)")
    parser.add_argument("--out", type=Path, default=None,
                        help="report folder (default: reports/ for the seeds, reports/<corpus>/ for another manifest)")
    parser.add_argument("--timeout", type=int, default=600, help="seconds allowed per notebook cell")
    parser.add_argument("--notebooks", type=Path, default=None, help="folder of NN-*.ipynb notebooks to run (default: notebooks/)")


#: errno names of a file system that cannot take the report.
_ENVIRONMENT_ERRNOS = ("ENOSPC", "EROFS", "EACCES", "EPERM", "EDQUOT", "ENOTDIR", "EEXIST", "EISDIR", "ENAMETOOLONG", "EIO")


def run(args: argparse.Namespace) -> int:
    """Build the report for the parsed ``args``; print one line per outcome; return the exit code.

    SIGTERM and SIGHUP stop it through the commands' one mechanism
    (:func:`analysis.interrupts.interrupt_on_signals`): the first unwinds (kernel left, staging
    folder removed), later ones wait for that, and the answer is 128 + the signal, whatever the
    unwinding raised on the way (nbclient's clean-up can).
    """
    from .interrupts import interrupt_on_signals
    from .outputs import OutputBusyError, OutputError
    from .report_folder import ReportFolderError

    try:
        with interrupt_on_signals():
            try:
                index = build_report(manifest=args.manifest, tables=args.tables, out_dir=args.out, timeout=args.timeout,
                                     folder=getattr(args, "notebooks", None))
            except BaseException as exc:
                signum = _signal_behind(exc)
                if signum is None:
                    raise
                print(f"error: stopped by signal {signum}: the report was not replaced, the previous one (if any) is unchanged",
                      file=sys.stderr)
                return 128 + signum
    except NotebookFailed as exc:
        tail = [line for line in exc.traceback.splitlines() if line.strip()][-12:]
        if tail:
            print("\n".join(tail), file=sys.stderr)
        print(f"error: {exc}", file=sys.stderr)
        print("error: the report was not replaced: the previous one (if any) is unchanged", file=sys.stderr)
        return EXIT_ENVIRONMENT if _is_environment(exc.error) else EXIT_NOTEBOOK_FAILED
    except OutputBusyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except (ReportFolderError, OutputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    except WorkbookError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except OSError as exc:
        print(f"error: cannot write the report: {exc.filename or _out_of(args)}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_ENVIRONMENT
    print(f"report: {index}")
    return 0


def _signal_behind(exc: BaseException) -> int | None:
    """The signal that stopped the run, if one did: ``exc`` itself, or one noted while something
    else was raised (a signal's raise swallowed, or overtaken by an error of the unwinding).

    Examples
    --------
    >>> from analysis.errors import RunInterrupted, clear_interrupts, note_interrupt
    >>> clear_interrupts(); _signal_behind(RunInterrupted(1)), _signal_behind(ValueError())
    (1, None)
    >>> note_interrupt(15); _signal_behind(AssertionError()); clear_interrupts()
    15
    """
    if isinstance(exc, RunInterrupted):
        return exc.signum
    try:
        raise_if_interrupted()
    except RunInterrupted as noted:
        return noted.signum
    return None


def _out_of(args: argparse.Namespace) -> Path:
    """The report folder a run with ``args`` writes to (for messages)."""
    from .corpus_folders import report_dir
    from .paths import manifest_from_env

    return Path(os.path.abspath(args.out)) if args.out else report_dir(args.manifest or manifest_from_env())


def _is_environment(error: str) -> bool:
    """True for a notebook error that is the file system's (a full disk), not the notebook's.

    Examples
    --------
    >>> _is_environment("OSError: [Errno 28] No space left on device"), _is_environment("KeyError: 'x'")
    (True, False)
    """
    import errno

    codes = {getattr(errno, name) for name in _ENVIRONMENT_ERRNOS if hasattr(errno, name)}
    match = re.match(r"(?:OSError|PermissionError|FileExistsError|NotADirectoryError|IsADirectoryError): \[Errno (\d+)\]", error)
    return bool(match) and int(match[1]) in codes
