"""The architecture's boundaries, as import-linter contracts (pyproject.toml,
[tool.importlinter]): the domain, protocols and reports are pure; the app and the
command line reach the journal only through the services; nothing below the front ends
imports them. import-linter reads every import statement, those inside functions (which
coachlog uses to start fast) and under TYPE_CHECKING included."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINT = ("import sys; from importlinter.cli import lint_imports; "
        "sys.exit(lint_imports(config_filename='pyproject.toml', no_cache=True, no_logo=True))")


def lint(root: Path) -> tuple[int, str]:
    """import-linter over the code in ``root`` (found first on the path), in a fresh interpreter."""
    env = {**os.environ, "PYTHONPATH": str(root)}
    result = subprocess.run([sys.executable, "-c", LINT], cwd=root, env=env, capture_output=True, text=True,
                            timeout=120, check=False)
    return result.returncode, result.stdout + result.stderr


def test_every_contract_is_kept() -> None:
    code, report = lint(ROOT)
    assert code == 0, report
    assert "Contracts: 3 kept, 0 broken." in report


@pytest.mark.parametrize("module, line, broken", [
    ("tui/screens/today.py", "from coachlog.store import files", "never import the store"),
    ("cli/__init__.py", "import coachlog.store.engine", "never import the store"),
    ("domain/budget.py", "from textual.content import Content", "are pure"),
    ("services/__init__.py", "from coachlog.tui.widgets import text", "Nothing below the front ends"),
])
def test_a_forbidden_import_breaks_a_contract(tmp_path: Path, module: str, line: str, broken: str) -> None:
    """The check itself: the same import added (inside a function, where coachlog puts
    its late imports) to a copy of the code is found."""
    shutil.copytree(ROOT / "coachlog", tmp_path / "coachlog", ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    target = tmp_path / "coachlog" / module
    target.write_text(target.read_text() + f"\n\ndef _late() -> None:\n    {line}  # noqa\n")
    code, report = lint(tmp_path)
    assert code == 1, report
    assert "1 broken" in report and broken in report.split("Broken contracts")[1], report
