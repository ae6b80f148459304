"""The shape of the code: small functions, classes of a readable size, a thin window."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "gdviz"
SOURCES = sorted(PACKAGE.rglob("*.py"))
MAX_FUNCTION_LINES = 80  # lines of code: not blank, not comments, not the docstring
MAX_CLASS_LINES = 600
MAX_WINDOW_LINES = 500


def _code_lines(lines: list[str], node: ast.AST) -> int:
    skip: range = range(0)
    first = node.body[0]
    if isinstance(first, ast.Expr) and isinstance(getattr(first, "value", None), ast.Constant):
        skip = range(first.lineno, first.end_lineno + 1)
    return sum(
        1
        for number in range(node.lineno, node.end_lineno + 1)
        if number not in skip
        and lines[number - 1].strip()
        and not lines[number - 1].strip().startswith("#")
    )


@pytest.mark.parametrize("path", SOURCES, ids=[p.relative_to(PACKAGE).as_posix() for p in SOURCES])
def test_functions_and_classes_are_small(path):
    source = path.read_text(encoding="utf-8")
    lines = source.splitlines()
    too_long = {}
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            if _code_lines(lines, node) > MAX_FUNCTION_LINES:
                too_long[node.name] = _code_lines(lines, node)
        elif isinstance(node, ast.ClassDef):
            if node.end_lineno - node.lineno + 1 > MAX_CLASS_LINES:
                too_long[node.name] = node.end_lineno - node.lineno + 1
    assert too_long == {}


def test_the_main_window_is_layout_and_wiring():
    lines = (PACKAGE / "gui" / "main_window.py").read_text(encoding="utf-8").splitlines()
    assert len(lines) <= MAX_WINDOW_LINES
