"""The tracker package's imports flow one way: the modules imported when a module loads form no cycle.

The graph is read from the source with ast (no third-party tool). An edge A → B is an import of
B that runs when A loads: at module level, outside functions and ``if TYPE_CHECKING:``. Importing
``tracker.ingest.parallel`` also runs ``tracker/ingest/__init__.py``, so that package is an edge
too (except a package A itself sits in, which is loaded before A). Imports inside functions run
later and may point back (a package's module calling into the package that imports it);
``function_level_back_imports`` lists those that close a loop, for review.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tracker"


def _modules(package: Path) -> dict[str, tuple[Path, bool]]:
    """Every module of the package by dotted name, with its file and whether it is a package."""
    modules = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        if is_package:
            parts.pop()
        modules[".".join(parts)] = (path, is_package)
    return modules


def _known(name: str, modules) -> str | None:
    """The module ``name`` names, or the nearest package or module above it that exists."""
    while name and name not in modules:
        name = name.rpartition(".")[0]
    return name or None


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING")


def _imports(module: str, modules) -> list[tuple[str, bool, int]]:
    """(imported module, inside a function, line) for every import of a tracker module."""
    path, is_package = modules[module]
    package = module if is_package else module.rpartition(".")[0]
    found: list[tuple[str, bool, int]] = []

    def named(name: str, in_function: bool, line: int) -> None:
        target = _known(name, modules)
        if target is not None and (name == "tracker" or name.startswith("tracker.")):
            found.append((target, in_function, line))

    def walk(node: ast.AST, in_function: bool) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
                walk(child, True)
            elif isinstance(child, ast.If) and _is_type_checking(child.test):
                for orelse in child.orelse:
                    walk(orelse, in_function)
            elif isinstance(child, ast.Import):
                for alias in child.names:
                    named(alias.name, in_function, child.lineno)
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    parts = package.split(".")[: len(package.split(".")) - child.level + 1]
                    base = ".".join(parts + ([base] if base else []))
                for alias in child.names:
                    sub = f"{base}.{alias.name}"
                    named(sub if sub in modules else base, in_function, child.lineno)
            else:
                walk(child, in_function)

    walk(ast.parse(path.read_text(encoding="utf-8"), str(path)), False)
    return found


def _with_packages(module: str, target: str) -> list[str]:
    """``target`` and the packages above it that loading it runs, leaving out ``module``'s own."""
    own = {module.rsplit(".", n)[0] for n in range(module.count(".") + 1)}
    parts = target.split(".")
    chain = [".".join(parts[:i]) for i in range(1, len(parts) + 1)]
    return [name for name in chain if name not in own]


def import_graph(package: Path = PACKAGE, *, functions: bool = False) -> dict[str, dict[str, int]]:
    """Module → {module it imports: line}; module-level imports only unless ``functions``."""
    modules = _modules(package)
    graph: dict[str, dict[str, int]] = {m: {} for m in modules}
    for module in modules:
        for target, in_function, line in _imports(module, modules):
            if in_function and not functions:
                continue
            # a function's import of its own package runs at call time: a real edge then
            for name in [target] if in_function else _with_packages(module, target):
                if name != module and name in modules:
                    graph[module].setdefault(name, line)
    return graph


def cycles(graph: dict[str, dict[str, int]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0

    def visit(v: str) -> None:
        nonlocal counter
        index[v] = low[v] = counter
        counter += 1
        stack.append(v)
        on_stack.add(v)
        for w in graph.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return sorted(found)


def function_level_back_imports(package: Path = PACKAGE) -> list[tuple[str, str, int]]:
    """Imports inside functions that close a loop: the imported module imports the importer,
    directly or through others, at load time or in a function: (importer, imported, line)."""
    loaded = import_graph(package, functions=True)
    modules = _modules(package)

    def reaches(start: str, goal: str) -> bool:
        seen, todo = set(), [start]
        while todo:
            v = todo.pop()
            if v == goal:
                return True
            if v not in seen:
                seen.add(v)
                todo.extend(loaded.get(v, ()))
        return False

    back = []
    for module in sorted(modules):
        for target, in_function, line in _imports(module, modules):
            if in_function and target != module and reaches(target, module):
                back.append((module, target, line))
    return sorted(set(back))


# --------------------------------------------------------------------------


def test_module_level_imports_form_no_cycle():
    found = cycles(import_graph())
    assert found == [], "import cycles at module level: " + "; ".join(" ↔ ".join(c) for c in found)


def test_the_graph_is_read_from_the_source():
    graph = import_graph()
    assert "tracker.periods" in graph["tracker.model"]  # from tracker.periods import …
    assert "tracker.cli" not in graph["tracker.model"]
    assert graph["tracker.periods"].keys() <= {"tracker.problems"}  # the bottom layer


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root / "tracker"


def test_a_cycle_is_found_through_a_package_and_a_relative_import(tmp_path):
    package = _write(tmp_path, {
        "tracker/__init__.py": "",
        "tracker/a.py": "from tracker.sub import b\n",
        "tracker/sub/__init__.py": "from .c import thing\n",
        "tracker/sub/b.py": "x = 1\n",
        "tracker/sub/c.py": "import tracker.a\nthing = 1\n",
    })
    # tracker.a → tracker.sub (its __init__ runs) → tracker.sub.c → tracker.a
    assert cycles(import_graph(package)) == [["tracker.a", "tracker.sub", "tracker.sub.c"]]


def test_imports_in_functions_and_for_type_checking_do_not_make_a_cycle(tmp_path):
    package = _write(tmp_path, {
        "tracker/__init__.py": "",
        "tracker/low.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from tracker.high import H\n"
            "def f():\n    from tracker import high\n    return high\n"
        ),
        "tracker/high.py": "from tracker.low import f\n",
    })
    assert cycles(import_graph(package)) == []
    assert cycles(import_graph(package, functions=True)) == [["tracker.high", "tracker.low"]]
    assert function_level_back_imports(package) == [("tracker.low", "tracker.high", 5)]


def test_a_package_re_exporting_its_modules_is_no_cycle(tmp_path):
    package = _write(tmp_path, {
        "tracker/__init__.py": "",
        "tracker/sub/__init__.py": "from tracker.sub.part import x\n",
        "tracker/sub/part.py": "from tracker.sub.other import y\nx = y\n",
        "tracker/sub/other.py": "y = 1\n",
    })
    assert cycles(import_graph(package)) == []


if __name__ == "__main__":  # python tests/test_import_graph.py: what the graph holds today
    for cycle in cycles(import_graph()):
        print("cycle at load:", " ↔ ".join(cycle))
    for cycle in cycles(import_graph(functions=True)):
        print("cycle with function-level imports:", " ↔ ".join(cycle))
    for module, target, line in function_level_back_imports():
        print(f"function-level back-import: {module}:{line} → {target}")
