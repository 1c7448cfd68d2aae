"""The domain and the exchange formats stay pure, and the command line starts light:
none of them drags in the database layer (SQLAlchemy) or the TUI (Textual)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

HEAVY = ("sqlalchemy", "textual", "sqlcipher3", "alembic")


def imported_after(statement: str) -> list[str]:
    """The heavy packages present in sys.modules after ``statement``, in a fresh interpreter."""
    script = "\n".join(
        [
            "import json, sys",
            statement,
            f"heavy = {HEAVY!r}",
            'print(json.dumps(sorted({name.split(".")[0] for name in sys.modules} & set(heavy))))',
        ]
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_the_check_sees_an_import() -> None:
    """The check itself works: importing the store does show SQLAlchemy."""
    assert "sqlalchemy" in imported_after("import coachlog.store.repository")


def test_domain_and_exchange_import_no_database_and_no_tui() -> None:
    found = imported_after(
        "import coachlog.domain.model, coachlog.domain.rules, coachlog.domain.parsing, coachlog.exchange"
    )
    assert "sqlalchemy" not in found
    assert "textual" not in found
    assert found == []


@pytest.mark.parametrize("module", ["coachlog.domain.model", "coachlog.domain.rules",
                                    "coachlog.domain.parsing", "coachlog.exchange", "coachlog.errors"])
def test_each_pure_module_alone(module: str) -> None:
    assert imported_after(f"import {module}") == []


def test_the_command_line_imports_the_database_lazily() -> None:
    found = imported_after("import coachlog.cli")
    assert "sqlalchemy" not in found
    assert "textual" not in found


def test_building_the_parser_and_help_import_no_database() -> None:
    found = imported_after(
        "import contextlib, io\n"
        "import coachlog.cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        "    coachlog.cli.main(['--help'])"
    )
    assert found == []


def test_the_app_starts_without_the_storage_stack() -> None:
    """The unlock prompt must come as fast as a bare Textual app: no SQLAlchemy at import."""
    found = imported_after("import coachlog.tui.app, coachlog.tui.screens.unlock")
    assert "sqlalchemy" not in found and "sqlcipher3" not in found and "alembic" not in found
