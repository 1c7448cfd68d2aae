"""The key is derived once per open journal: one SQLCipher connection, shared by threads."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from pathlib import Path

import pytest
import sqlcipher3
from tests.store.journal_kit import PASSPHRASE, TODAY, open_app, seed

import coachlog.store.engine as engine
from coachlog.domain import model
from coachlog.services import EntryDraft
from coachlog.store.backups import make_backup
from coachlog.store.engine import Journal

THREADS = 4
WRITES_PER_THREAD = 12


class ConnectCounter:
    def __init__(self, real) -> None:
        self.real = real
        self.calls = 0
        self._lock = threading.Lock()

    def __call__(self, *args, **kwargs):
        with self._lock:
            self.calls += 1
        return self.real(*args, **kwargs)


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> ConnectCounter:
    counter = ConnectCounter(sqlcipher3.connect)
    # engine looks sqlcipher3.connect up at call time; SQLAlchemy would call it too
    # if it ever opened a connection of its own.
    monkeypatch.setattr(engine.sqlcipher3, "connect", counter)
    return counter


def test_create_connects_once(journal_path: Path, connects: ConnectCounter) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        seed(open_app(journal))
        assert connects.calls == 1


def test_threads_share_the_one_keyed_connection(closed_journal: Path, connects: ConnectCounter) -> None:
    journal = Journal.open(closed_journal, PASSPHRASE)
    try:
        assert connects.calls == 1
        app = open_app(journal)
        before = len(app.entries())
        barrier = threading.Barrier(THREADS)

        def work(thread_no: int) -> list[int]:
            barrier.wait()  # all threads start together
            ids = []
            for i in range(WRITES_PER_THREAD):
                day = TODAY - timedelta(days=3 + i)
                worker = "Daan Bakker" if thread_no % 2 else "Sanne de Vries"
                saved = app.log(EntryDraft(day=day, minutes=15, workers=[worker], note=f"t{thread_no}-{i}"))
                ids.extend(e.id for e in saved)
                # Reads between the writes, through the services and the store.
                assert app.entry(saved[0].id).note == f"t{thread_no}-{i}"
                app.entries(day, day)
                app.list_workers()
            return ids

        with ThreadPoolExecutor(THREADS) as pool:
            results = list(pool.map(work, range(THREADS)))

        written = [entry_id for ids in results for entry_id in ids]
        assert len(written) == THREADS * WRITES_PER_THREAD
        assert len(set(written)) == len(written)
        entries = app.entries()
        assert len(entries) == before + len(written)
        notes = {e.note for e in entries}
        assert {f"t{t}-{i}" for t in range(THREADS) for i in range(WRITES_PER_THREAD)} <= notes
        assert connects.calls == 1
        assert journal.integrity_problems() == []
    finally:
        journal.close()
    # And all of it is in the file, not only in the open connection.
    with Journal.open(closed_journal, PASSPHRASE) as reopened:
        with open_app(reopened).store.reading() as reader:
            assert reader.count(model.Entry) == before + THREADS * WRITES_PER_THREAD


def test_backup_verification_does_not_connect_again(
    closed_journal: Path, connects: ConnectCounter, tmp_path: Path
) -> None:
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        result = make_backup(journal, tmp_path / "backups")
        assert connects.calls == 1
        assert result.entries == 3
        # The journal still works after its backup was attached and detached again.
        assert len(open_app(journal).entries()) == 3
