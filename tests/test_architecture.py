"""The package's plan, checked from its source (issue 17): stages side by
side, no import cycle, no private names across modules, small modules, Arabic
words only in the language data."""

import ast
from pathlib import Path

import regex

from .conftest import ROOT

PKG = ROOT / "extract"
# The extraction stages: each reads tokens (and what the pipeline hands it),
# none imports another.
STAGES = {"extract.countries", "extract.figures", "extract.people", "extract.organizations",
          "extract.entities", "extract.agreements"}
MAX_LINES = 400
ARABIC = regex.compile(r"[\p{Arabic}&&\p{L}]", regex.V1)


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PKG.rglob("*.py"))}


def _resolve(module: str, is_package: bool, node: ast.ImportFrom) -> str:
    if node.level == 0:
        return node.module or ""
    base = module.split(".") if is_package else module.split(".")[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


def _imports(path: Path, mods: dict[str, Path]) -> list[tuple[str, str]]:
    """(imported module, imported name or '') for every import in a file, at
    any depth (imports inside functions count too)."""
    name = _module_name(path)
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            target = _resolve(name, path.name == "__init__.py", node)
            for a in node.names:
                sub = f"{target}.{a.name}"
                out.append((sub, "") if sub in mods else (target, a.name))
    return out


def _stage(module: str) -> str | None:
    return next((s for s in STAGES if module == s or module.startswith(s + ".")), None)


def test_no_stage_imports_another_stage():
    mods = _modules()
    bad = []
    for name, path in mods.items():
        mine = _stage(name)
        for target, _ in _imports(path, mods):
            other = _stage(target)
            if mine and other and other != mine:
                bad.append(f"{name} imports {target}")
    assert bad == []


def test_no_import_cycle():
    mods = _modules()
    graph = {name: {t for t, _ in _imports(path, mods) if t in mods and t != name} for name, path in mods.items()}
    # a package's __init__ importing its own modules is not a cycle through them
    for name in graph:
        graph[name] = {t for t in graph[name] if not (t.startswith(name + ".") and mods[name].name == "__init__.py")}
    state: dict[str, int] = {}
    cycles = []

    def visit(n, stack):
        state[n] = 1
        for m in sorted(graph[n]):
            if state.get(m) == 1:
                cycles.append(stack[stack.index(m):] + [m])
            elif m not in state:
                visit(m, stack + [m])
        state[n] = 2

    for n in sorted(graph):
        if n not in state:
            visit(n, [n])
    assert cycles == []


def test_no_private_name_is_imported_from_another_module():
    mods = _modules()
    files = list(PKG.rglob("*.py")) + list((ROOT / "tests").rglob("*.py"))
    bad = [f"{p.relative_to(ROOT)} takes {name} from {target}"
           for p in files for target, name in _imports(p, mods)
           if name.startswith("_") and not name.startswith("__") and target.startswith("extract")]
    assert bad == []


def test_no_module_is_over_400_lines_outside_the_language_data():
    long = {str(p.relative_to(ROOT)): n for p in PKG.rglob("*.py")
            if "lang" not in p.relative_to(PKG).parts and (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert long == {}


def _docstring_nodes(tree: ast.AST) -> set[int]:
    """Docstrings, and the documentation strings of fields and options
    (`Field(description=...)`, `add_argument(help=...)`)."""
    ids = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg in ("description", "help") \
                and isinstance(node.value, ast.Constant):
            ids.add(id(node.value))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                ids.add(id(first.value))
    return ids


def test_arabic_words_live_in_the_language_data():
    """Machinery modules hold no Arabic string but what a docstring (or a
    field's or option's description) quotes."""
    bad = []
    for p in sorted(PKG.rglob("*.py")):
        if "lang" in p.relative_to(PKG).parts:
            continue
        tree = ast.parse(p.read_text(encoding="utf-8"))
        docs = _docstring_nodes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docs \
                    and ARABIC.search(node.value):
                bad.append(f"{p.relative_to(ROOT)}:{node.lineno} {node.value[:30]!r}")
    assert bad == []
