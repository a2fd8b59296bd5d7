"""The house has no import circle: the import graph of bot/ and flows/, read from the source."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = ("bot", "flows")
Graph = dict[str, set[str]]


def modules(root: Path = ROOT) -> dict[str, Path]:
    """Every module of bot/ and flows/ by dotted name (a package by its own name)."""
    found = {}
    for package in PACKAGES:
        for path in (root / package).rglob("*.py"):
            name = ".".join(path.relative_to(root).with_suffix("").parts)
            found[name.removesuffix(".__init__")] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> set[str]:
    """The project modules one module imports (an imported name resolves to its module)."""
    base = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            candidates = [[a.name] for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            parts = base.split(".")[:len(base.split(".")) - node.level + 1] if node.level else []
            module = ".".join([*parts, *([node.module] if node.module else [])])
            candidates = [[f"{module}.{a.name}", module] for a in node.names]
        else:
            continue
        for options in candidates:
            for option in options:
                while option and option not in known:
                    option = option.rpartition(".")[0]
                if option and option != name and option.split(".")[0] in PACKAGES:
                    targets.add(option)
                    break
    return targets


def graph(root: Path = ROOT) -> Graph:
    """Who imports whom among bot/ and flows/."""
    known = modules(root)
    return {name: imported(name, path, known) for name, path in known.items()}


def circles(edges: Graph) -> set[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in edges:
        if start in index:
            continue
        work = [(start, iter(sorted(edges[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(edges.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = set()
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.add(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.add(frozenset(component))
    return found


def test_bot_and_flows_have_no_import_circle() -> None:
    found = circles(graph())
    assert found == set(), "import circle: " + "; ".join(" <-> ".join(sorted(c)) for c in found)


@pytest.mark.parametrize(("edges", "expected"), [
    ({"a": {"b"}, "b": set()}, set()),
    ({"a": {"b"}, "b": {"a"}}, {frozenset({"a", "b"})}),
    ({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}, {frozenset({"a", "b", "c"})}),
    ({"a": {"a"}}, set()),
])
def test_circles_are_found(edges: Graph, expected: set[frozenset[str]]) -> None:
    assert circles(edges) == expected


def test_the_graph_reads_relative_and_package_imports(tmp_path: Path) -> None:
    for name, text in {"flows/__init__.py": "", "flows/a.py": "from . import b\n",
                       "flows/b.py": "from flows.c import thing\n",
                       "flows/c.py": "import bot.d\n", "bot/__init__.py": "",
                       "bot/d.py": "from flows import a\nimport json\n"}.items():
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_text(text)
    assert circles(graph(tmp_path)) == {frozenset({"flows.a", "flows.b", "flows.c", "bot.d"})}
