"""Alembic, run from inside coachlog on the journal's own keyed connection.

Imported only when a journal is created or needs an upgrade, so opening an up-to-date
journal never pays for importing Alembic.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Connection

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def script_revisions() -> list[str]:
    """Every revision in the migrations folder, oldest first."""
    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


def upgrade_to_head(connection: Connection, target: str = "head") -> None:
    """Upgrade within the caller's transaction, so a failure leaves nothing half-done."""
    command.upgrade(alembic_config(connection), target)
