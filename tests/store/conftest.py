"""Fixtures for the store tests: real SQLCipher files in the test's own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.store.journal_kit import PASSPHRASE, open_app, seed, sidecars

from coachlog.store.engine import Journal


@pytest.fixture
def closed_journal(journal_path: Path) -> Path:
    """A seeded journal, closed again: nothing holds it open and no -wal file is left."""
    with Journal.create(journal_path, PASSPHRASE) as journal:
        seed(open_app(journal))
    assert sidecars(journal_path) == []
    return journal_path
