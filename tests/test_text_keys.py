"""The text catalogue and the code agree: every key the code names exists, every key is named
somewhere, and no key is built at run time (a search for a key finds every use)."""

from __future__ import annotations

import ast
from pathlib import Path

from analytics import text

ROOT = Path(__file__).resolve().parent.parent
CODE = [
    p
    for folder in ("analytics", "ui", "pages")
    for p in sorted((ROOT / folder).rglob("*.py"))
    # the catalogue itself (analytics/text.py or the analytics/text/ package) names every key
    if p.relative_to(ROOT).parts[:2] not in (("analytics", "text.py"), ("analytics", "text"))
    and p.parent.name != "vendor"
] + [ROOT / "dashboard.py"]
KEY_FUNCTIONS = {"t"}  # text.t(key, **values)


def _trees():
    for path in CODE:
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _literals() -> set[str]:
    found = set()
    for _, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                found.add(node.value)
    return found


def _calls():
    for path, tree in _trees():
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args:
                name = (
                    node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", None)
                )
                if name in KEY_FUNCTIONS:
                    yield path, node


def test_no_key_is_built_at_run_time():
    built = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path, node in _calls()
        if isinstance(node.args[0], ast.JoinedStr | ast.BinOp)
    ]
    assert not built, "keys built at run time (name them whole): " + ", ".join(built)


def test_every_key_the_code_names_exists():
    missing = sorted(
        f"{path.relative_to(ROOT)}:{node.lineno} {node.args[0].value}"
        for path, node in _calls()
        if isinstance(node.args[0], ast.Constant) and node.args[0].value not in text.TEXT
    )
    assert not missing, missing


def test_every_key_is_used():
    literals = _literals()
    unused = sorted(k for k in text.TEXT if k not in literals)
    assert not unused, f"{len(unused)} keys no code names: {unused}"
