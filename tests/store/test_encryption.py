"""Client data written through the services never reaches the disk unencrypted."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.store.journal_kit import ENTRY_NOTE, PASSPHRASE, PRIVATE_NOTE, SECRETS, WORKER_NAME, open_app, seed, sidecars

from coachlog.store.backups import make_backup
from coachlog.store.cipher import SQLITE_PLAIN_HEADER
from coachlog.store.engine import Journal

# Parts of the secrets too: a page boundary could split a whole sentence, never these.
FRAGMENTS = ("Sanne", "Vries", "Jansen", "Zwolle", "verhuizing", "afwegen van deeg")


def leaks(path: Path) -> list[str]:
    content = path.read_bytes()
    found = []
    for text in SECRETS + FRAGMENTS:
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            if text.encode(encoding) in content:
                found.append(f"{text!r} ({encoding}) in {path.name}")
    return found


def write_through_services(journal: Journal) -> None:
    app = open_app(journal)
    seed(app)
    entry = next(e for e in app.entries() if e.private_note)
    # An edit and a delete put before-images (private note included) in the undo log.
    app.edit_entry(entry.id, {"minutes": 75})
    other = next(e for e in app.entries() if e.id != entry.id)
    app.delete_entry(other.id)


def test_the_leak_check_finds_plain_text(tmp_path: Path) -> None:
    """The check itself works: the same rows in an unencrypted SQLite file are found."""
    plain = tmp_path / "plain.sqlite"
    with sqlite3.connect(plain) as conn:
        conn.execute("CREATE TABLE t (name TEXT, note TEXT, private TEXT)")
        conn.execute("INSERT INTO t VALUES (?, ?, ?)", (WORKER_NAME, ENTRY_NOTE, PRIVATE_NOTE))
    conn.close()
    assert f"{WORKER_NAME!r} (utf-8) in plain.sqlite" in leaks(plain)
    assert f"{PRIVATE_NOTE!r} (utf-8) in plain.sqlite" in leaks(plain)


def test_nothing_readable_in_journal_or_wal_while_open(journal: Journal) -> None:
    write_through_services(journal)
    path = journal.path
    wal = Path(f"{path}-wal")
    # The changes are (at least partly) still in the WAL: that file is what is checked here.
    assert wal.exists() and wal.stat().st_size > 0
    files = [path, *sidecars(path)]
    assert [leak for file in files for leak in leaks(file)] == []
    assert not path.read_bytes().startswith(SQLITE_PLAIN_HEADER)


def test_nothing_readable_after_close(journal_path: Path) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        write_through_services(journal)
    files = [journal_path, *sidecars(journal_path)]
    assert [leak for file in files for leak in leaks(file)] == []
    # And the data is really there: it was written, only encrypted.
    with Journal.open(journal_path, PASSPHRASE) as journal:
        notes = {e.private_note for e in open_app(journal).entries()}
    assert PRIVATE_NOTE in notes


def test_nothing_readable_in_a_backup(journal: Journal, tmp_path: Path) -> None:
    write_through_services(journal)
    result = make_backup(journal, tmp_path / "backups")
    assert leaks(result.path) == []
    assert not result.path.read_bytes().startswith(SQLITE_PLAIN_HEADER)


@pytest.mark.parametrize("passphrase", ["it's a \"quoted\" pass; DROP TABLE x", "wachtwoord met spaties en é"])
def test_awkward_passphrases_encrypt_and_reopen(journal_path: Path, passphrase: str) -> None:
    with Journal.create(journal_path, passphrase) as journal:
        seed(open_app(journal))
    assert leaks(journal_path) == []
    with Journal.open(journal_path, passphrase) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}
