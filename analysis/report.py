"""The main job: execute every notebook headless and publish them as an HTML report.

Notebooks run in numeric order (``notebooks/NN-verb-object.ipynb``) with nbclient, in the
``notebooks/`` folder, with the caller's environment (so ``WORKBOOK_MANIFEST`` reaches their
parameters cell). Each becomes ``reports/NN-verb-object.html``; ``reports/index.html`` links them.
A cell error stops the run with the notebook's name and the failing cell.
"""
from __future__ import annotations

import html
import os
import time
from pathlib import Path
from typing import Mapping

from .io import atomic_write_text
from .paths import NOTEBOOKS, REPORTS


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


def execute_notebook(path: Path, *, timeout: int = 600):
    """Execute one notebook in its folder; returns the executed ``NotebookNode``.

    Raises nbclient's ``CellExecutionError`` (which names the cell and the error) on failure.
    """
    import nbformat
    from nbclient import NotebookClient

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook, timeout=timeout, kernel_name="python3", allow_errors=False,
        resources={"metadata": {"path": str(path.parent)}}, kernel_manager_class=local_kernel_manager(),
    )
    client.execute()
    return notebook


def to_html(notebook) -> str:
    """Render an executed notebook as standalone HTML (JupyterLab template, images embedded)."""
    from nbconvert import HTMLExporter

    exporter = HTMLExporter(template_name="lab")
    exporter.embed_images = True
    body, _resources = exporter.from_notebook_node(notebook)
    return body


def kernel_environment(out_dir: Path, environ: Mapping[str, str] = os.environ) -> dict[str, str]:
    """The variables the notebooks' kernels get: ``WORKBOOK_REPORTS=out_dir``, and
    ``$WORKBOOK_MANIFEST`` and ``$WORKBOOK_TABLES`` made absolute from the caller's folder
    (kernels run in the notebooks' folder, where a relative path would point elsewhere).

    Examples
    --------
    >>> env = kernel_environment(Path("/r"), {"WORKBOOK_MANIFEST": "my/articles.csv", "WORKBOOK_TABLES": ""})
    >>> env == {"WORKBOOK_REPORTS": "/r", "WORKBOOK_MANIFEST": str(Path.cwd() / "my" / "articles.csv")}
    True
    """
    env = {"WORKBOOK_REPORTS": str(out_dir)}
    for name in ("WORKBOOK_MANIFEST", "WORKBOOK_TABLES"):
        value = environ.get(name, "").strip()
        if value:
            env[name] = str(Path(value).expanduser().resolve())
    return env


def build_report(*, out_dir: Path = REPORTS, timeout: int = 600, folder: Path = NOTEBOOKS) -> Path:
    """Execute every notebook and write its HTML page plus an index; returns the index path.

    The notebooks get :func:`kernel_environment`: figures land beside the pages, and the
    manifest and tables paths given by the caller hold in the kernels. Executed notebooks are
    not written back: the committed ones stay output-free.
    """

    from .pipeline import temporary_environ

    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    entries = []
    with temporary_environ(kernel_environment(out_dir)):
        for path in notebook_paths(folder):
            entries.append(_publish(path, out_dir, timeout))
    index = out_dir / "index.html"
    atomic_write_text(index, render_index(entries))
    return index


def _publish(path: Path, out_dir: Path, timeout: int) -> tuple[str, str, float]:
    """Execute one notebook and write its HTML page; returns (page name, title, seconds)."""
    started = time.perf_counter()
    notebook = execute_notebook(path, timeout=timeout)
    seconds = time.perf_counter() - started
    page = out_dir / f"{path.stem}.html"
    atomic_write_text(page, to_html(notebook))
    print(f"executed {path.name} in {seconds:.1f} s -> {page}")
    return page.name, _title(notebook) or path.stem, seconds


def _title(notebook) -> str:
    for cell in notebook.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("# "):
                    return line[2:].strip()
    return ""


def render_index(entries: list[tuple[str, str, float]]) -> str:
    """The report's index page; every title and link is HTML-escaped.

    Examples
    --------
    >>> "&lt;script&gt;" in render_index([("01-a.html", "<script>x</script>", 1.0)])
    True
    """
    items = "\n".join(
        f'<li><a href="{html.escape(name, quote=True)}">{html.escape(title)}</a> <small>({seconds:.1f} s)</small></li>'
        for name, title, seconds in entries
    )
    return (
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<title>Framing workbook: report</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:46rem;margin:2rem auto;line-height:1.5}</style>"
        "</head><body>\n<h1>How outlets frame the same event: the workbook report</h1>\n"
        "<p>Each notebook below was executed headless, top to bottom, on the corpus named in its parameters cell. "
        "Figures and the CSV of the data behind each are in <code>figures/</code>.</p>\n"
        f"<ol>\n{items}\n</ol>\n</body></html>\n"
    )
