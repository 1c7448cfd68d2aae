"""The core starts light: every module of the domain, protocols, reports, the command line
and the shared pieces imports neither the database layer (SQLAlchemy, SQLCipher, Alembic)
nor the TUI (Textual) when it is imported. The import-linter contracts
(tests/test_boundaries.py) hold who may import whom; this holds what an import costs."""

from __future__ import annotations

import json
import pkgutil
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


def core_modules() -> list[str]:
    """Every module of the core that must import nothing heavy: the domain, protocols and
    reports (pure), the shared pieces (errors, texts, paths, config, the exchange formats,
    memory, the passphrase prompt), the command line (it imports the journal only when a
    command needs it) and the services' journal module and package (they import the store
    only when asked for it)."""
    import coachlog

    names = [m.name for m in pkgutil.walk_packages(coachlog.__path__, "coachlog.")]
    light_packages = ("coachlog.domain", "coachlog.protocols", "coachlog.reports", "coachlog.cli")
    found = [n for n in names if n.startswith(light_packages)]
    found += ["coachlog.errors", "coachlog.i18n", "coachlog.messages_nl", "coachlog.paths", "coachlog.config",
              "coachlog.exchange", "coachlog.memory", "coachlog.passphrase", "coachlog.services",
              "coachlog.services.journal"]
    return sorted(found)


def test_the_core_is_all_there() -> None:
    """The list below is found, not typed: a new module of these packages is checked too."""
    modules = core_modules()
    assert "coachlog.domain.entry_rules" in modules and "coachlog.cli.commands.entries" in modules
    assert len(modules) > 40


@pytest.mark.parametrize("module", core_modules())
def test_each_core_module_alone_imports_nothing_heavy(module: str) -> None:
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
