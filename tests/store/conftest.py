"""Fixtures for the store tests: real SQLCipher files in the test's own temporary folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import new_journal
from tests.store.journal_kit import open_app, seed, sidecars


@pytest.fixture
def closed_journal(journal_path: Path) -> Path:
    """A seeded journal, closed again: nothing holds it open and no -wal file is left."""
    with new_journal(journal_path) as journal:
        seed(open_app(journal))
    assert sidecars(journal_path) == []
    return journal_path
