"""The package's shape: no import cycle, no module too long to read in one sitting, the core free of Qt.

Imports are read from the source (ast), at module level and inside functions alike: an import inside a
function still ties the two modules together. Only imports under `if TYPE_CHECKING:` are left out (they
never run). An import of `a.b` is an edge to the module `a.b` (and to `a/__init__` only when a name is
taken from it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "smartpay_desk"
MAX_LINES = 400
CORE = ("smartpay_desk.api", "smartpay_desk.sandbox", "smartpay_desk.services", "smartpay_desk.cli")


def _modules() -> dict[str, Path]:
    found = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


MODULES = _modules()


def _is_type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _imports(name: str, path: Path) -> set[str]:
    """The package's modules that `name` imports (outside `if TYPE_CHECKING:`)."""
    is_package = path.name == "__init__.py"
    out: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _is_type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            out.update(alias.name for alias in node.names if alias.name in MODULES)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            for alias in node.names:
                if f"{target}.{alias.name}" in MODULES:
                    out.add(f"{target}.{alias.name}")
                elif target in MODULES:
                    out.add(target)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    out.discard(name)
    return out


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                connect(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            connect(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert _cycles({"a": {"b"}, "b": set()}) == []


def test_the_graph_sees_relative_and_lazy_imports() -> None:
    # money.sending imports the journal store at module level; profiles.profiles imports api.client in a function
    assert "smartpay_desk.services.journal.store" in GRAPH["smartpay_desk.services.money.sending"]
    assert "smartpay_desk.api.client" in GRAPH["smartpay_desk.services.profiles.profiles"]


def test_no_import_cycle() -> None:
    assert _cycles(GRAPH) == []


@pytest.mark.parametrize("name", sorted(MODULES))
def test_module_is_short_enough_to_read_in_one_sitting(name: str) -> None:
    lines = len(MODULES[name].read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{name} has {lines} lines (at most {MAX_LINES})"


def test_the_core_never_imports_qt() -> None:
    offenders = []
    for name, path in MODULES.items():
        if name.startswith(CORE):
            text = path.read_text(encoding="utf-8")
            tree = ast.parse(text)
            for node in ast.walk(tree):
                mods = []
                if isinstance(node, ast.Import):
                    mods = [a.name for a in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    mods = [node.module]
                if any(m.split(".")[0] in ("PySide6", "shiboken6") for m in mods):
                    offenders.append(name)
    assert offenders == []


def test_tabs_never_import_httpx() -> None:
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("smartpay_desk.ui"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if isinstance(node, ast.Import) and any(a.name.split(".")[0] == "httpx" for a in node.names):
                    offenders.append(name)
                if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] == "httpx":
                    offenders.append(name)
    assert offenders == []


def test_no_module_selects_a_pyside_feature() -> None:
    """ui/app.py's spare_feature_scans tells PySide that no module of the desk selects a `__feature__`
    (snake_case, true_property) without reading their source: that stays true."""
    offenders = []
    for name, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[-1] == "__feature__":
                offenders.append(name)
            if isinstance(node, ast.Import) and any(a.name.split(".")[-1] == "__feature__" for a in node.names):
                offenders.append(name)
    assert offenders == []


def _state_literals(node: ast.Compare) -> list[str]:
    """The journal states a comparison names as string literals (== "failed", in ("unknown", …))."""
    from smartpay_desk.services.journal.states import State

    names = {state.value for state in State}
    found = []
    for side in (node.left, *node.comparators):
        items = side.elts if isinstance(side, ast.Tuple | ast.List | ast.Set) else [side]
        found += [i.value for i in items if isinstance(i, ast.Constant) and i.value in names]
    return found


def test_no_window_compares_a_journal_state_to_a_string() -> None:
    """Issue 11: the desk's windows name a state by `State`, never by its spelling (one fact in one place)."""
    offenders = []
    for name, path in MODULES.items():
        if name.startswith("smartpay_desk.ui"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Compare) and _state_literals(node):
                    offenders.append(f"{name}:{node.lineno} {_state_literals(node)}")
    assert offenders == []


def test_the_state_finder_sees_both_spellings() -> None:
    tree = ast.parse('a == "needs_review"\n"failed" != b\nc in ("unknown", "x")\nd == "cancelled"')
    found = [_state_literals(n) for n in ast.walk(tree) if isinstance(n, ast.Compare)]
    assert found == [["needs_review"], ["failed"], ["unknown"], []]
