"""A coachlog killed mid-write (SIGKILL) loses nothing it reported as saved, and leaves a
journal that passes SQLite's and SQLCipher's integrity checks."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from tests.store.journal_kit import PASSPHRASE, open_app

from coachlog.domain import model
from coachlog.store.engine import Journal

ROUNDS = 3
KILL_AFTER = 30  # committed entries

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta

    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store

    today = date(2026, 11, 23)
    journal = Journal.open(sys.argv[1], sys.argv[2])
    app = Coachlog(Store(journal), today=lambda: today)
    print("ready", flush=True)
    i = 0
    while True:
        day = today - timedelta(days=i % 90)
        saved = app.log(EntryDraft(day=day, minutes=5, workers=["Daan Bakker"], note=f"crash test {i}",
                                   private_note="x" * (i % 700)))
        # Printed only after log() returned, i.e. after the commit.
        print(saved[0].id, flush=True)
        i += 1
    """
)


def run_and_kill(path: Path, kill_after: int) -> list[int]:
    """Start a writer, SIGKILL it after ``kill_after`` committed entries; the ids it reported."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    ids: list[int] = []
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        while len(ids) < kill_after:
            line = child.stdout.readline()
            assert line, f"the writer stopped early: {child.stderr.read() if child.stderr else ''}"
            ids.append(int(line))
        # Kill it while it is busy with the next entries.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        # Whatever it reported before dying was committed too.
        ids.extend(int(line) for line in child.stdout.read().split())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return ids


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_mid_write_loses_no_committed_entry(journal_path: Path) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        open_app(journal).add_worker("Daan Bakker")
    reported: list[int] = []
    for round_no in range(ROUNDS):
        # A different moment each round, so the kill lands in different phases of a write.
        kill_after = KILL_AFTER + 7 * round_no
        ids = run_and_kill(journal_path, kill_after)
        assert len(ids) >= kill_after
        reported.extend(ids)
        with Journal.open(journal_path, PASSPHRASE) as journal:
            assert journal.integrity_problems() == []
            with open_app(journal).store.reading() as reader:
                stored = {e.id: e for e in reader.all(model.Entry)}
                # Every saved change is in the undo log too: the two were one transaction.
                last = reader.last_change()
        missing = [entry_id for entry_id in reported if entry_id not in stored]
        assert missing == []
        assert len(set(reported)) == len(reported)
        for entry_id in ids:
            assert stored[entry_id].note.startswith("crash test ")
        # An entry the writer had not reported yet may be there (the kill came after its
        # commit but before the print); then its undo record is there as well.
        assert last is not None
        assert last.operations[-1]["id"] == max(stored)


def test_the_journal_runs_with_durable_settings(closed_journal: Path) -> None:
    """What SIGKILL cannot show: a commit that returned must also survive a power cut
    (synchronous FULL in WAL mode), and the file is in WAL mode for readers beside a writer."""
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        with journal.read() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("secure_delete") == 1
