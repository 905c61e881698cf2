"""Each module-level name of the app is defined once: a second `def f` or `X = …` further down a module silently
replaces the first for every caller, including rules written against the first. Merging rule branches did this
twice (visits._ENDED_VISIT read only the later pattern; quotes._after_last_quote ran round 24's body for a round-21
rule). Growing a table in place from its own earlier value (`X = X | {…}`) is the one rebinding allowed: it says
what it extends."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

APP = Path(__file__).resolve().parents[1] / "dashboard"


def _bindings(tree: ast.Module):
    """(name, line, grows_itself) for each top-level def, class and plain assignment to a name."""
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            yield node.name, node.lineno, False
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            used = {n.id for n in ast.walk(node.value) if isinstance(n, ast.Name)}
            for target in targets:
                if isinstance(target, ast.Name):
                    yield target.id, node.lineno, target.id in used


def redefinitions(source: str) -> list[str]:
    """'name: first line, again at line' for each name bound a second time other than by growing itself."""
    first: dict[str, int] = {}
    found = []
    for name, line, grows in _bindings(ast.parse(source)):
        if name in first and not grows:
            found.append(f"{name}: line {first[name]}, again at line {line}")
        first.setdefault(name, line)
    return found


@pytest.mark.parametrize("module", sorted(APP.rglob("*.py")), ids=lambda p: str(p.relative_to(APP)))
def test_no_module_level_name_is_defined_twice(module):
    assert redefinitions(module.read_text(encoding="utf-8")) == []


# plant: round 24 English quotes' `def _after_last_quote(before)` (before its rename) fails the module test above; the
# visits.py of 88956f2~1 gives ["_ENDED_VISIT: …"].
def test_a_second_def_or_an_unrelated_reassignment_is_found_and_growth_is_not():
    source = ("A = 1\nA = A + 1\n"               # growth: allowed
              "def f():\n    pass\n"
              "def f():\n    return 2\n"         # a second def: found
              "P = 'x'\nP = 'y'\n")              # an unrelated reassignment: found
    assert redefinitions(source) == ["f: line 3, again at line 5", "P: line 7, again at line 8"]
