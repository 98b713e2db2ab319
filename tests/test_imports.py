"""No import circle among the ``analysis`` modules (the GUIDE: a shared type lives in its own module).

Imports are read with :mod:`ast` from the source, every one of them: module level, inside
functions (a lazy import that dodges a circle is still a circle), under ``if TYPE_CHECKING``.
"""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "analysis"


def local_imports(source: str, *, package: str = "analysis") -> set[str]:
    """The ``analysis`` modules that one module's source imports, anywhere in the file."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                parts = alias.name.split(".")
                if parts[0] == package and len(parts) > 1:
                    found.add(parts[1])
        elif isinstance(node, ast.ImportFrom):
            if node.level == 1 or (node.level == 0 and (node.module or "").split(".")[0] == package):
                module = (node.module or "").split(".")
                if node.level == 0:
                    module = module[1:]
                if module and module[0]:
                    found.add(module[0])
                else:  # from . import a, b / from analysis import a
                    found.update(alias.name for alias in node.names)
    return found


def import_graph(folder: Path = PACKAGE) -> dict[str, set[str]]:
    """Module name -> the package's modules it imports (only modules that exist as files)."""
    modules = {path.stem: path for path in folder.glob("*.py")}
    graph = {}
    for name, path in modules.items():
        graph[name] = {m for m in local_imports(path.read_text(encoding="utf-8")) if m in modules and m != name}
    graph.pop("__init__", None)
    graph.pop("__main__", None)
    return {name: edges - {"__init__", "__main__"} for name, edges in graph.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = [0]

    def visit(node: str) -> None:
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(out)


@pytest.mark.parametrize(
    "source, expected",
    [
        ("from .pipeline import Scorer", {"pipeline"}),
        ("def f():\n    from .framing import FRAMING\n", {"framing"}),
        ("from . import io, stats", {"io", "stats"}),
        ("import analysis.lexicon as lx", {"lexicon"}),
        ("from analysis.segment import Sentence", {"segment"}),
        ("import re\nfrom pandas import DataFrame", set()),
    ],
)
def test_local_imports_sees_every_kind_of_import(source: str, expected: set[str]) -> None:
    assert local_imports(source) == expected


@pytest.mark.parametrize(
    "graph, expected",
    [
        ({"a": {"b"}, "b": {"c"}, "c": set()}, []),
        ({"a": {"b"}, "b": {"a"}}, [["a", "b"]]),
        ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, [["a", "b", "c"]]),
    ],
)
def test_cycles_finds_strongly_connected_modules(graph: dict[str, set[str]], expected: list[list[str]]) -> None:
    assert cycles(graph) == expected


def test_no_import_cycle_among_analysis_modules() -> None:
    graph = import_graph()
    assert len(graph) > 30  # the package was found
    found = cycles(graph)
    edges = [f"{m} -> {sorted(t for t in graph[m] if t in c)}" for c in found for m in c]
    assert found == [], "import circle(s) among analysis modules:\n" + "\n".join(edges)
