"""The Alembic migrations build exactly the schema in schema.py, and the revision lists agree."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from tests.store.journal_kit import PASSPHRASE, WORKER_NAME, open_app, seed
from sqlalchemy import inspect

import coachlog.store.migrate as migrate
from coachlog.store import schema
from coachlog.store.engine import Journal


def test_migrated_schema_equals_the_metadata(journal: Journal) -> None:
    with journal.read() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        differences = compare_metadata(context, schema.metadata)
        tables = set(inspect(conn).get_table_names())
    assert differences == []
    assert tables == set(schema.metadata.tables) | {"alembic_version"}


def test_known_revisions_are_the_scripts() -> None:
    assert list(schema.KNOWN_REVISIONS) == migrate.script_revisions()


def test_schema_head_is_the_alembic_head() -> None:
    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert script.get_heads() == [schema.SCHEMA_HEAD]
    assert script.get_current_head() == schema.SCHEMA_HEAD


def test_a_new_journal_is_stamped_with_the_head_and_the_application_id(journal: Journal) -> None:
    assert journal.revision == schema.SCHEMA_HEAD
    with journal.read() as conn:
        assert conn.exec_driver_sql("PRAGMA application_id").scalar() == schema.APPLICATION_ID
        assert conn.exec_driver_sql("SELECT count(*) FROM alembic_version").scalar() == 1


def test_the_migrations_refuse_to_run_without_coachlog() -> None:
    """env.py needs coachlog's keyed connection; `alembic upgrade` from a shell must not run."""
    from alembic import command

    with pytest.raises(RuntimeError, match="coachlog runs its migrations itself"):
        command.upgrade(migrate.alembic_config(None), "head")


def test_a_failed_creation_leaves_no_half_schema(journal_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The migration runs in one transaction: if it fails, no table is left behind, and the
    next open creates the journal properly."""
    real_upgrade = migrate.upgrade_to_head

    def upgrade_then_fail(connection) -> None:
        real_upgrade(connection)
        raise OSError("disk full (simulated)")

    monkeypatch.setattr(migrate, "upgrade_to_head", upgrade_then_fail)
    with pytest.raises(OSError, match="simulated"):
        Journal.create(journal_path, PASSPHRASE)
    monkeypatch.setattr(migrate, "upgrade_to_head", real_upgrade)

    with Journal.open(journal_path, PASSPHRASE) as journal:
        assert journal.revision == schema.SCHEMA_HEAD
        seed(open_app(journal))
    with Journal.open(journal_path, PASSPHRASE) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}


def test_opening_an_up_to_date_journal_does_not_import_alembic(closed_journal: Path) -> None:
    script = textwrap.dedent(
        """
        import sys
        from coachlog.store.engine import Journal
        from coachlog.store.repository import Store
        journal = Journal.open(sys.argv[1], sys.argv[2])
        with Store(journal).reading() as reader:
            reader.entries()
        journal.close()
        print(sorted(name for name in sys.modules if name == "alembic" or name.startswith("alembic.")))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(closed_journal), PASSPHRASE],
        capture_output=True, text=True, timeout=60, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"
