"""21 outlets of one article each, every notebook run by papermill with every parameter given as a
string: no table cut, no legend longer than 8 entries, the groups of outlets compared.

The corpus: 21 short benchmark articles (``benchmarks.corpus.make_article``), one per outlet, and
an outlets table putting them in three types and four countries. It is scored once (the CLI) and
each notebook reads the tables. A first cell added to a copy of each notebook records the legend
of every figure the notebook saves.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import plots
from analysis.cli import main as cli_main
from analysis.report import notebook_paths
from benchmarks.corpus import make_article

NOTEBOOKS = notebook_paths()
N_OUTLETS = 21
TYPES = ["national", "wire", "state media"]

RECORDER = '''import json, matplotlib.figure
_savefig = matplotlib.figure.Figure.savefig
def _recording_savefig(self, *args, **kwargs):
    legends = [*self.legends, *(ax.get_legend() for ax in self.axes if ax.get_legend() is not None)]
    with open(LEGEND_LOG, "a", encoding="utf-8") as log:
        log.write(json.dumps([len(legend.get_texts()) for legend in legends]) + "\\n")
    return _savefig(self, *args, **kwargs)
matplotlib.figure.Figure.savefig = _recording_savefig'''


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, Path]:
    """(manifest, tables folder) of 21 outlets with one article each."""
    folder = tmp_path_factory.mktemp("outlets21")
    (folder / "raw").mkdir()
    rows, outlets = ["id,outlet,published,language,path"], ["outlet,type,country"]
    for i in range(N_OUTLETS):
        (folder / "raw" / f"a{i:02d}.txt").write_text(make_article(i, words=180), encoding="utf-8")
        rows.append(f"a{i:02d},Outlet {i:02d},2022-02-{10 + i % 9:02d},en,raw/a{i:02d}.txt")
        outlets.append(f"Outlet {i:02d},{TYPES[i % 3]},{['India', 'United Kingdom', 'Russia', 'United States'][i % 4]}")
    (folder / "articles.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    (folder / "outlets.csv").write_text("\n".join(outlets) + "\n", encoding="utf-8")
    tables = folder / "tables"
    assert cli_main(["score", "--manifest", str(folder / "articles.csv"), "--out", str(tables), "--no-progress"]) == 0
    return folder / "articles.csv", tables


def _parameters(path: Path, values: dict[str, str]) -> dict[str, str]:
    import papermill

    names = list(papermill.inspect_notebook(str(path)))
    unknown = [n for n in names if n not in values]
    assert not unknown, f"{path.name}: give the new parameter(s) {unknown} a string value in this test"
    return {n: values[n] for n in names}


def _cut_tables(notebook) -> list[str]:
    """HTML tables pandas elided (a row or column of '...')."""
    cut = []
    for i, cell in enumerate(notebook.cells):
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            html = out.get("data", {}).get("text/html", "")
            if "<table" in html and re.search(r"<t[dh]>\.\.\.</t[dh]>", html):
                cut.append(f"cell {i}")
    return cut


@pytest.mark.notebooks
@pytest.mark.parametrize("path", NOTEBOOKS, ids=[p.stem for p in NOTEBOOKS])
def test_each_notebook_by_papermill_on_21_outlets_of_one_article(path, corpus, tmp_path, monkeypatch):
    import papermill

    manifest, tables = corpus
    for name in ("WORKBOOK_MANIFEST", "WORKBOOK_REPORTS", "WORKBOOK_TABLES", "WORKBOOK_OUTLETS", "WORKBOOK_GROUP"):
        monkeypatch.delenv(name, raising=False)  # the parameters alone say where everything is
    reports, legends = tmp_path / "some reports", tmp_path / "legends.jsonl"
    parameters = _parameters(path, {
        "MANIFEST": str(manifest), "REPORTS": str(reports), "TABLES": str(tables), "OUTLETS_TABLE": "", "GROUP": "type",
        "TOP_OUTLETS": "25", "ALIGN_THRESHOLD": "0.2", "PRIOR_SCALE": "1.0", "TOP_WORDS": "5",
        "EXAMPLE_SHEET": "", "CODING_SHEETS": "", "SAMPLE_SIZE": "30", "SAMPLE_SEED": "3",
    })
    copy = nbformat.read(path, as_version=4)
    copy.cells.insert(0, nbformat.v4.new_code_cell(f"LEGEND_LOG = {str(legends)!r}\n" + RECORDER))
    nbformat.write(copy, tmp_path / path.name)
    out = tmp_path / f"executed-{path.name}"
    papermill.execute_notebook(str(tmp_path / path.name), str(out), parameters=parameters, kernel_name="python3",
                               cwd=str(path.parent), progress_bar=False, log_output=False)
    executed = nbformat.read(out, as_version=4)
    injected = [c.source for c in executed.cells if "injected-parameters" in c.metadata.get("tags", [])]
    assert len(injected) == 1 and all(f"{n} = {v!r}" in injected[0] or f'{n} = "{v}"' in injected[0] for n, v in parameters.items())
    stream = "".join(o.get("text", "") for c in executed.cells if c.cell_type == "code" for o in c.get("outputs", []) if o.get("output_type") == "stream")
    assert f"{N_OUTLETS} of {N_OUTLETS} articles scored, {N_OUTLETS} outlet(s); tables read from {tables}" in stream

    assert _cut_tables(executed) == [], "a table was cut"
    recorded = [json.loads(line) for line in legends.read_text(encoding="utf-8").splitlines()] if legends.exists() else []
    figures = sorted((reports / "figures").glob("*.png"))
    assert len(recorded) == len(figures) > 0, "every saved figure was recorded"
    assert max(n for entries in recorded for n in entries + [0]) <= plots.MAX_LEGEND == 8
    if not path.stem.startswith("06"):  # the validation notebook compares coders, not outlets
        by_group = [pd.read_csv(csv) for csv in (reports / "figures").glob("*group*.csv")]
        assert by_group and all(set(d["type"]) == set(TYPES) for d in by_group), "the three types compared"
