"""Shared helpers of the store tests (imported by the test modules beside it).

Only synthetic people appear here.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from coachlog.services import Coachlog, EntryDraft
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY  # noqa: F401  (re-exported: `run` unlocks with PASSPHRASE)

# Text that must never appear unencrypted in any file coachlog writes.
WORKER_NAME = "Sanne de Vries"
EMPLOYER_NAME = "Bakkerij Jansen"
ENTRY_NOTE = "Werkplekbezoek: Sanne oefent het afwegen van deeg zelfstandig"
PRIVATE_NOTE = "Privé: Sanne slaapt slecht sinds de verhuizing naar Zwolle"
SECRETS = (WORKER_NAME, EMPLOYER_NAME, ENTRY_NOTE, PRIVATE_NOTE)


def seed(app: Coachlog) -> None:
    """Two workers, two employers, one employment and three entries (notes included)."""
    app.add_worker(WORKER_NAME)
    app.add_worker("Daan Bakker")
    app.add_employer(EMPLOYER_NAME)
    app.add_employer("Groenvoorziening Oost")
    app.add_employment(WORKER_NAME, EMPLOYER_NAME, date(2026, 3, 1), Decimal(24))
    app.log(EntryDraft(day=TODAY, minutes=90, workers=[WORKER_NAME], note=ENTRY_NOTE, private_note=PRIVATE_NOTE))
    app.log(EntryDraft(day=TODAY - timedelta(days=1), minutes=45, workers=["Daan Bakker"], note="Intake"))
    app.log(EntryDraft(day=TODAY - timedelta(days=2), minutes=30, with_whom="nobody", activity="admin"))


def open_app(journal: Journal) -> Coachlog:
    return Coachlog(Store(journal), today=lambda: TODAY)


@dataclass(frozen=True)
class FileState:
    """What a refused open must leave untouched."""

    content: bytes
    mtime_ns: int
    size: int


def file_state(path: Path) -> FileState:
    stat = os.stat(path)
    return FileState(path.read_bytes(), stat.st_mtime_ns, stat.st_size)


def sidecars(path: Path) -> list[Path]:
    """The -wal, -shm and -journal files SQLite keeps beside ``path``, where present."""
    return [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm", "-journal") if Path(f"{path}{suffix}").exists()]
