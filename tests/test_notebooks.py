"""Every narrative notebook executes headless, top to bottom, with no error; none is committed with outputs."""
from __future__ import annotations

import json

import pytest

from analysis.report import execute_notebook, notebook_paths

NOTEBOOKS = notebook_paths()


def test_there_are_notebooks():
    assert NOTEBOOKS, "no notebooks/NN-*.ipynb found"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_is_committed_without_outputs(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    for cell in notebook["cells"]:
        if cell["cell_type"] == "code":
            assert cell.get("outputs", []) == [] and cell.get("execution_count") is None, path.name


@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_opens_with_title_and_parameters_cell(path):
    notebook = json.loads(path.read_text(encoding="utf-8"))
    assert notebook["cells"][0]["cell_type"] == "markdown"
    assert "".join(notebook["cells"][0]["source"]).startswith("# ")
    tagged = [c for c in notebook["cells"] if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, f"{path.name}: exactly one cell tagged 'parameters'"


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_notebook_executes_headless(path, tmp_path, monkeypatch):
    monkeypatch.setenv("WORKBOOK_REPORTS", str(tmp_path))
    notebook = execute_notebook(path, timeout=300)
    errors = [o for c in notebook.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []


@pytest.mark.skipif(__import__("os").name == "nt", reason="Windows kernels keep TCP")
def test_headless_kernels_use_unix_sockets_in_the_runtime_folder_and_leave_nothing(tmp_path, monkeypatch):
    import nbformat

    from analysis.report import local_kernel_manager

    runtime = tmp_path / "rt"
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(runtime))
    manager = local_kernel_manager()(kernel_name="python3")
    assert manager.transport == "ipc"
    assert manager.ip.startswith(str(runtime / "wb-"))
    path = tmp_path / "01-tiny.ipynb"
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("6 * 7")]), path)
    notebook = execute_notebook(path, timeout=120)
    assert notebook.cells[0].outputs[0]["data"]["text/plain"] == "42"
    assert list(runtime.iterdir()) == []  # sockets and connection file removed at shutdown


def test_a_runtime_folder_too_deep_for_a_socket_path_keeps_tcp(tmp_path, monkeypatch):
    from analysis.report import local_kernel_manager

    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", str(tmp_path / ("d" * 120)))
    assert local_kernel_manager()(kernel_name="python3").transport == "tcp"


@pytest.mark.skipif(__import__("os").name == "nt", reason="Windows kernels keep TCP")
def test_a_relative_runtime_folder_still_runs_the_kernel(tmp_path, monkeypatch):
    import nbformat

    from analysis.report import local_kernel_manager

    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("JUPYTER_RUNTIME_DIR", "rt")
    assert local_kernel_manager()(kernel_name="python3").ip.startswith(str(tmp_path / "rt" / "wb-"))
    (tmp_path / "nb").mkdir()
    path = tmp_path / "nb" / "01-tiny.ipynb"  # the kernel starts in nb/, the client in tmp_path
    nbformat.write(nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("6 * 7")]), path)
    assert execute_notebook(path, timeout=120).cells[0].outputs[0]["data"]["text/plain"] == "42"
