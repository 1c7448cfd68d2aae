"""The right to be forgotten: after erasing a worker, their name is in no page of the
journal, decrypted with the key by this test itself (not by SQLCipher), nor in the WAL;
the coach is told which backups still hold them and can purge those."""

from __future__ import annotations

import hashlib
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

from coachlog.errors import InvalidInput, SpaceNotReclaimed
from coachlog.services import EntryDraft
from tests.conftest import PASSPHRASE

PAGE_SIZE = 4096
RESERVE = 80  # SQLCipher 4: 16 bytes IV + 64 bytes HMAC-SHA512 at the end of each page
KDF_ITERATIONS = 256_000
NAME = "Fenna Oosterhuis-Brouwer"  # synthetic, and long enough not to occur by chance


def decrypted_pages(path: Path, passphrase: str) -> list[bytes]:
    """Decrypt every page of a SQLCipher 4 file with its default settings."""
    data = path.read_bytes()
    salt = data[:16]
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, KDF_ITERATIONS, 32)
    pages = []
    for number in range(len(data) // PAGE_SIZE):
        page = data[number * PAGE_SIZE:(number + 1) * PAGE_SIZE]
        start = 16 if number == 0 else 0
        iv = page[PAGE_SIZE - RESERVE:PAGE_SIZE - RESERVE + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        pages.append(decryptor.update(page[start:PAGE_SIZE - RESERVE]) + decryptor.finalize())
    return pages


def holds(path: Path, text: str) -> bool:
    return any(text.encode() in page for page in decrypted_pages(path, PASSPHRASE))


@pytest.fixture
def with_fenna(seeded):
    app = seeded.app
    app.add_worker(NAME)
    employment = app.add_employment(NAME, "Groenvoorziening Oost", date(2026, 6, 1), Decimal(24))
    grant = app.add_grant(employment.id, "UWV", date(2026, 6, 1), regime="licht")
    app.add_goal(grant.id, f"{NAME} werkt zelfstandig")
    app.add_measurement(NAME, date(2026, 6, 2), 4, note=f"gesprek met {NAME}")
    app.add_absence(NAME, date(2026, 8, 1), date(2026, 8, 14), kind="vakantie")
    for day in (2, 9, 16):
        app.log(EntryDraft(day=date(2026, 11, day), minutes=60, workers=[NAME], note="Bezoek werkplek",
                           private_note=f"privé over {NAME}"))
    app.log(EntryDraft(day=date(2026, 11, 20), minutes=60, workers=["Sanne de Vries"], note="Sanne blijft"))
    app.edit_worker(NAME, name=NAME)  # an update: its before-image in the undo log names her too
    return seeded


def test_erasing_leaves_no_trace_in_any_page_even_with_the_key(with_fenna, journal_path):
    app = with_fenna.app
    app.store.journal.compact()
    assert holds(journal_path, NAME)  # the control: this test's own decryption finds her

    worker, counts = app.erase_worker(NAME)

    assert worker.name == NAME
    assert counts["entries"] == 3 and counts["goals"] == 1 and counts["grants"] == 1
    assert counts["ladder measurements"] == 1 and counts["absences"] == 1 and counts["employments"] == 1
    assert NAME not in [w.name for w in app.list_workers(include_inactive=True)]
    assert [e.note for e in app.entries()] == ["Sanne blijft"]  # the others keep theirs
    assert app.undo() is None  # no undo can bring her back
    assert not holds(journal_path, NAME)
    assert not holds(journal_path, "Oosterhuis")
    wal = Path(f"{journal_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    assert app.store.journal.integrity_problems() == []


def test_erasing_needs_the_full_name(with_fenna):
    with pytest.raises(InvalidInput, match="give the full name"):
        with_fenna.app.erase_worker("Fenna")
    assert NAME in [w.name for w in with_fenna.app.list_workers()]


def test_the_coach_is_told_which_backups_still_hold_the_worker(with_fenna, run, coachlog_home):
    assert run("backup").code == 0
    erased = run("worker", "erase", NAME, "--yes")
    assert erased.code == 0, erased.err
    assert f"Erased {NAME}" in erased.out
    backups = coachlog_home / "backups"
    [backup] = list(backups.glob("*.coachlog"))
    assert "This backup still holds" in erased.out and str(backup) in erased.out  # one backup: singular
    assert "--purge-backups" in erased.out and backup.exists()

    assert run("backup").code == 0  # a backup made after the erasure does not hold her
    again = run("worker", "add", NAME)
    assert again.code == 0
    purged = run("worker", "erase", NAME, "--yes", "--purge-backups")
    assert purged.code == 0
    assert not backup.exists()  # held the first Fenna
    assert len(list(backups.glob("*.coachlog"))) == 1


def test_erase_asks_first_when_not_confirmed(with_fenna, run):
    refused = run("worker", "erase", NAME)
    assert refused.code == 1 and "--yes" in refused.err
    assert NAME in [w.name for w in with_fenna.app.list_workers()]


class VacuumRefused:
    """The journal's connection, but VACUUM fails as on a full disk (the checkpoint that
    follows works, as it does there: it overwrites pages in place)."""

    def __init__(self, real) -> None:
        self.real = real

    def execute(self, sql: str, *args):
        if sql.strip().upper() == "VACUUM":
            import sqlcipher3

            raise sqlcipher3.OperationalError("database or disk is full")
        return self.real.execute(sql, *args)

    def __getattr__(self, name: str):
        return getattr(self.real, name)


def test_an_erase_whose_rebuild_fails_for_lack_of_room_is_saved_and_leaves_no_trace(with_fenna, journal_path):
    app = with_fenna.app
    journal = app.store.journal
    journal.compact()
    assert holds(journal_path, NAME)  # the control
    size = journal_path.stat().st_size
    journal._dbapi = VacuumRefused(journal._dbapi)

    with pytest.raises(SpaceNotReclaimed) as raised:
        app.erase_worker(NAME)

    error = raised.value
    assert error.worker.name == NAME and error.counts["entries"] == 3 and error.exit_code == 1
    assert error.wal_emptied
    assert "the erase was saved" in str(error) and "cannot be read back, not even with the passphrase" in str(error)
    assert journal_path.stat().st_size == size  # not rebuilt, as it says
    wal = Path(f"{journal_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    # What it promises: secure_delete zeroed her rows; no page holds her, even with the key.
    assert not holds(journal_path, NAME)
    assert not holds(journal_path, "Oosterhuis")
    assert NAME not in [w.name for w in app.list_workers(include_inactive=True)]
    assert journal.integrity_problems() == []
