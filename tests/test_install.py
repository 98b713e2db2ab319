"""``pip install .`` (not ``-e``): the built wheel, installed into a fresh venv, scores the seeds from an unrelated folder.

Offline and quick (about 15 s): the wheel is built with the project's own pinned setuptools
(``--no-build-isolation``), installed with ``--no-deps --no-index`` into a venv made without pip,
whose site-packages gets a ``.pth`` line pointing at this interpreter's site-packages for the
dependencies. The package itself comes from the wheel: the test checks ``analysis.__file__``.
"""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

import pytest

from analysis import paths
from analysis.cli import main as checkout_cli

pytestmark = pytest.mark.skipif(not paths.CHECKOUT, reason="builds the wheel from the checkout")

#: What the build reads: the package, its shipped data, the metadata.
BUILD_INPUTS = ("analysis", "data/instruments", "data/validation/coding", "notebooks", "pyproject.toml", "README.md")


def _run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run(args, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{args}: exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    return result


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """The python of a fresh venv holding the built wheel (and no checkout on its path)."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    for name in BUILD_INPUTS:  # build from a copy: an in-place build would write build/ and *.egg-info into the checkout
        origin = paths.ROOT / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(origin, source / name)
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--no-input"]
    _run([*pip, "wheel", "--no-deps", "--no-build-isolation", "--no-index", "-w", str(base / "dist"), str(source)])
    wheel = next((base / "dist").glob("analysis-*.whl"))
    venv = base / "venv"
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)])
    python = venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(_run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"]).stdout.strip())
    ours = dict.fromkeys(sysconfig.get_paths()[key] for key in ("purelib", "platlib"))
    (site / "project-dependencies.pth").write_text("".join(f"{folder}\n" for folder in ours), encoding="utf-8")
    _run([*pip, "--python", str(python), "install", "--no-deps", "--no-index", str(wheel)])
    return python


def _environment(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WORKBOOK_", "PYTHON"))}
    env["XDG_CACHE_HOME"] = str(tmp / "cache")  # the per-user cache the installed package builds its NLTK data in
    return env


def test_the_installed_wheel_is_used_and_finds_its_data(installed: Path, tmp_path: Path) -> None:
    probe = ("import analysis, analysis.paths as p; "
             "print(analysis.__file__); print(p.CHECKOUT); print(p.INSTRUMENTS); print(p.NOTEBOOKS); print(p.ROOT)")
    lines = _run([str(installed), "-c", probe], cwd=tmp_path, env=_environment(tmp_path)).stdout.splitlines()
    package = Path(lines[0]).parent
    venv = installed.parent.parent
    assert venv in package.parents and paths.ROOT not in package.parents
    assert lines[1] == "False"
    assert Path(lines[2]) == package / "_data" / "instruments"
    shipped = sorted(p.name for p in Path(lines[2]).iterdir())
    assert shipped == sorted(p.name for p in paths.INSTRUMENTS.iterdir())
    assert sorted(p.name for p in Path(lines[3]).glob("*.ipynb")) == sorted(p.name for p in paths.NOTEBOOKS.glob("[0-9][0-9]-*.ipynb"))
    assert Path(lines[4]) == tmp_path.resolve()  # an installed package's project folder is where it runs


def test_the_installed_wheel_scores_the_seeds_from_another_folder_as_the_checkout(installed: Path, tmp_path: Path) -> None:
    corpus, work = tmp_path / "corpus", tmp_path / "work"
    corpus.mkdir(), work.mkdir()
    for name in ("articles.csv", "outlets.csv"):
        shutil.copy2(paths.DATA / name, corpus / name)
    shutil.copytree(paths.RAW, corpus / "raw")
    result = _run([str(installed), "-m", "analysis", "score", "--manifest", "../corpus/articles.csv", "--out", "tables", "--no-progress"],
                  cwd=work, env=_environment(tmp_path))
    assert "scored 2 of 2 articles" in result.stdout
    assert (tmp_path / "cache" / "analysis-workbook" / "nltk_data" / "corpora" / "cmudict" / "cmudict").is_file() or sys.platform != "linux"

    assert checkout_cli(["score", "--manifest", str(paths.MANIFEST), "--out", str(tmp_path / "checkout"), "--no-progress"]) == 0
    installed_tables = sorted(p.name for p in (work / "tables").iterdir())
    assert installed_tables == sorted(p.name for p in (tmp_path / "checkout").iterdir())
    assert len([n for n in installed_tables if n.endswith(".csv")]) >= 15
    for name in installed_tables:
        ours, theirs = work / "tables" / name, tmp_path / "checkout" / name
        assert ours.read_bytes() == theirs.read_bytes(), name  # CSV tables and their Parquet twins


def test_the_installed_command_line_reports_bad_input_in_one_line(installed: Path, tmp_path: Path) -> None:
    result = subprocess.run([str(installed), "-m", "analysis", "score", "--manifest", "missing.csv", "--out", "t"],
                            capture_output=True, text=True, cwd=tmp_path, env=_environment(tmp_path), timeout=120)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [f"error: missing.csv: manifest file not found"]


def _pins(lines: list[str]) -> dict[str, str]:
    pins = {}
    for line in lines:
        match = re.match(r"^\s*([A-Za-z0-9_.-]+)\s*==\s*([^\s;#]+)", line)
        if match:
            pins[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return pins


def test_the_package_dependencies_are_pinned_as_in_requirements() -> None:
    project = tomllib.loads((paths.ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    required = _pins((paths.ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines())
    declared = _pins(project["dependencies"] + [d for extra in project["optional-dependencies"].values() for d in extra])
    assert len(declared) == len(project["dependencies"]) + sum(map(len, project["optional-dependencies"].values()))
    assert {name: required.get(name) for name in declared} == declared


def test_import_is_light_and_every_public_name_resolves() -> None:
    probe = ("import sys, analysis; light = not {'pandas', 'numpy', 'nltk'} & set(sys.modules); "
             "print(light, all(callable(getattr(analysis, n)) for n in analysis.__all__ if n != '__version__'))")
    assert _run([sys.executable, "-c", probe], cwd=paths.ROOT).stdout.split() == ["True", "True"]
    import analysis

    with pytest.raises(AttributeError, match="no attribute 'score'"):
        analysis.score  # noqa: B018
