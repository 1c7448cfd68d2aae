"""Two coachlogs at once, and a full disk: no corruption, no lost write, clear errors."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from coachlog.services import Coachlog
from coachlog.store.engine import Journal
from coachlog.store.repository import Store
from tests.conftest import PASSPHRASE, TODAY

posix_only = pytest.mark.skipif(os.name != "posix", reason="resource limits and fork are POSIX")

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta
    from coachlog.errors import CoachlogError
    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store

    path, passphrase, worker, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    limit = int(sys.argv[5]) if len(sys.argv) > 5 else 0
    today = date(2026, 11, 23)
    journal = Journal.open(path, passphrase)
    if limit:
        import resource, signal
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    app = Coachlog(Store(journal), today=lambda: today)
    for i in range(count):
        try:
            saved = app.log(EntryDraft(day=today - timedelta(days=i % 300), minutes=5, workers=[worker],
                                       note=f"{worker} " + "x" * 400 + f" {i}"))
        except CoachlogError as error:
            print("error", error, flush=True)
            break
        print(saved[0].id, flush=True)
    journal.close()
    """
)


def writer(path: Path, worker: str, count: int, limit: int = 0) -> subprocess.Popen:
    args = [sys.executable, "-c", WRITER, str(path), PASSPHRASE, worker, str(count)] + ([str(limit)] if limit else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


@pytest.fixture
def two_workers(journal_path: Path) -> Path:
    journal = Journal.create(journal_path, PASSPHRASE)
    app = Coachlog(Store(journal), today=lambda: TODAY)
    app.add_worker("Sanne de Vries")
    app.add_worker("Daan Bakker")
    journal.close()
    return journal_path


@posix_only
def test_two_coachlogs_writing_at_once_lose_nothing(two_workers: Path):
    first = writer(two_workers, "Sanne de Vries", 40)
    second = writer(two_workers, "Daan Bakker", 40)
    outputs = [first.communicate(timeout=120), second.communicate(timeout=120)]
    assert first.returncode == 0 and second.returncode == 0, [err for _, err in outputs]
    reported = [int(line) for out, _ in outputs for line in out.split()]
    assert len(reported) == 80 and len(set(reported)) == 80
    with Journal.open(two_workers, PASSPHRASE) as journal:
        assert journal.integrity_problems() == []
        app = Coachlog(Store(journal), today=lambda: TODAY)
        assert sorted(e.id for e in app.entries()) == sorted(reported)


@posix_only
def test_a_full_disk_gives_a_clear_error_and_an_intact_journal(two_workers: Path):
    limit = two_workers.stat().st_size + 64 * 1024  # room for a few dozen entries, then "full"
    process = writer(two_workers, "Sanne de Vries", 5000, limit)
    out, err = process.communicate(timeout=120)
    lines = out.splitlines()
    assert lines and lines[-1].startswith("error"), err
    assert "is full" in lines[-1] and "nothing of this change was saved" in lines[-1]
    saved = [int(line) for line in lines[:-1]]
    assert len(saved) > 5
    with Journal.open(two_workers, PASSPHRASE) as journal:
        assert journal.integrity_problems() == []
        app = Coachlog(Store(journal), today=lambda: TODAY)
        assert sorted(e.id for e in app.entries()) == sorted(saved)
