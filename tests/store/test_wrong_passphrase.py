"""A wrong passphrase changes no byte: not the journal, not its -wal, not its -shm, also
when a crash left a -wal behind or another coachlog has the journal open. The passphrase
is checked in Python (page 1's HMAC, as SQLCipher checks it) before SQLite opens the file;
a right one keys SQLCipher with the raw key, so the key is still derived once."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import sqlcipher3
from tests.store.journal_kit import PASSPHRASE, WORKER_NAME, open_app, seed
from tests.store.test_crash import run_and_kill
from tests.conftest import new_journal

import coachlog.passphrase
from coachlog.domain import model
from coachlog.errors import WrongPassphrase
from coachlog.store import cipher
from coachlog.store.engine import Journal

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL and a second process holding the file are POSIX here")

SIDE = ("", "-wal", "-shm")


def snapshot(path: Path) -> dict[str, bytes | None]:
    """Every byte of the journal, its -wal and its -shm (None: the file is not there)."""
    files = {suffix: Path(f"{path}{suffix}") for suffix in SIDE}
    return {suffix: file.read_bytes() if file.exists() else None for suffix, file in files.items()}


def entry_ids(path: Path, passphrase: str = PASSPHRASE) -> set[int]:
    with Journal.open(path, passphrase) as journal:
        with open_app(journal).store.reading() as reader:
            return {entry.id for entry in reader.all(model.Entry)}


def try_wrong_ones(path: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrong passphrases every way coachlog takes them: the store, a command from the
    environment, and three tries at the prompt."""
    for wrong in ("wrong", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphrase):
            Journal.open(path, wrong)
    with pytest.raises(WrongPassphrase):
        cipher.unlock_while(path, "wrong", lambda: None)
    result = run("entries", "--all", passphrase="wrong")
    assert result.code == 2 and "wrong passphrase" in result.err
    answers = ["fout", "nog steeds fout", "ook fout"]
    monkeypatch.setattr(coachlog.passphrase, "interactive", lambda: True)
    monkeypatch.setattr(coachlog.passphrase, "_ask", lambda prompt: answers.pop(0))
    result = run("worker", "list", passphrase=None)
    assert result.code == 2 and answers == []
    monkeypatch.setattr(coachlog.passphrase, "interactive", lambda: False)


@posix_only
def test_a_wrong_passphrase_after_a_crash_leaves_journal_wal_and_shm_byte_identical(
    journal_path: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    with new_journal(journal_path) as journal:
        open_app(journal).add_worker("Daan Bakker")
    reported = run_and_kill(journal_path, 25)  # a writer killed mid-session leaves its -wal
    before = snapshot(journal_path)
    assert before["-wal"] and before["-shm"]  # the control: there is something to lose

    try_wrong_ones(journal_path, run, monkeypatch)

    after = snapshot(journal_path)
    assert after.keys() == before.keys()
    for suffix in SIDE:
        assert after[suffix] == before[suffix], f"journal{suffix} changed"
    # The right passphrase afterwards sees every entry whose commit had returned.
    assert set(reported) <= entry_ids(journal_path)


HOLDER = textwrap.dedent(
    """
    import sys, time
    from datetime import date
    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store

    journal = Journal.open(sys.argv[1], sys.argv[2])
    app = Coachlog(Store(journal), today=lambda: date(2026, 11, 23))
    saved = [app.log(EntryDraft(day=date(2026, 11, 20), minutes=5, workers=["Daan Bakker"], note=f"open {i}"))[0].id
             for i in range(15)]
    print(" ".join(map(str, saved)), flush=True)
    time.sleep(120)  # holds the journal open, idle, until the test kills it
    """
)


@posix_only
def test_a_wrong_passphrase_while_another_coachlog_holds_the_journal_changes_no_byte(
    closed_journal: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(closed_journal), PASSPHRASE],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None
        line = holder.stdout.readline()
        assert line, holder.stderr.read() if holder.stderr else ""
        held = {int(word) for word in line.split()}
        before = snapshot(closed_journal)
        assert before["-wal"] and before["-shm"]

        try_wrong_ones(closed_journal, run, monkeypatch)

        after = snapshot(closed_journal)
        for suffix in SIDE:
            assert after[suffix] == before[suffix], f"journal{suffix} changed"
        # The right one, beside the holder, sees what the holder committed.
        assert held <= entry_ids(closed_journal)
    finally:
        holder.kill()
        holder.wait(timeout=10)
        holder.stdout.close()
        holder.stderr.close()


REKEYER = textwrap.dedent(
    """
    import sys, time
    from coachlog.store.engine import Journal

    journal = Journal.open(sys.argv[1], sys.argv[2])
    journal._dbapi.execute("PRAGMA rekey = 'nieuw en lang geheim'")  # committed, not yet checkpointed
    print("rekeyed", flush=True)
    time.sleep(120)
    """
)


@posix_only
def test_a_passwd_killed_before_its_checkpoint_opens_with_the_new_passphrase(closed_journal: Path) -> None:
    """Between passwd's commit and its checkpoint, page 1 under the new key is only in the
    -wal; the check reads it there (without SQLite), so the new passphrase opens and the
    old one is refused without a byte changed."""
    ids = entry_ids(closed_journal)
    child = subprocess.Popen([sys.executable, "-c", REKEYER, str(closed_journal), PASSPHRASE],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert child.stdout is not None
    assert child.stdout.readline() == "rekeyed\n", child.stderr.read() if child.stderr else ""
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=10)
    child.stdout.close()
    child.stderr.close()
    salt = closed_journal.read_bytes()[:cipher.SALT_SIZE]
    page = closed_journal.read_bytes()[:cipher.PAGE_SIZE]
    assert cipher.page_one_is_authentic(page, cipher.derive_key(PASSPHRASE, salt), salt)  # the file: old key

    before = snapshot(closed_journal)
    # The old passphrase still fits the file's page 1, but SQLite reads page 1 from the
    # -wal: it is as wrong as any other, and refused before SQLite opens (and checkpoints).
    for wrong in ("wrong", PASSPHRASE):
        with pytest.raises(WrongPassphrase):
            Journal.open(closed_journal, wrong)
        assert snapshot(closed_journal) == before

    assert entry_ids(closed_journal, "nieuw en lang geheim") == ids


# -- the check itself ------------------------------------------------------------------


def test_page_one_is_checked_as_sqlcipher_does(closed_journal: Path) -> None:
    page = closed_journal.read_bytes()[:cipher.PAGE_SIZE]
    salt = page[:cipher.SALT_SIZE]
    key = cipher.derive_key(PASSPHRASE, salt)
    assert cipher.page_one_is_authentic(page, key, salt)
    assert not cipher.page_one_is_authentic(page, cipher.derive_key("wrong", salt), salt)
    # Any changed byte of ciphertext, IV or HMAC fails the check, as in SQLCipher.
    for offset in (cipher.SALT_SIZE, 2000, cipher.PAGE_SIZE - 80, cipher.PAGE_SIZE - 1):
        tampered = bytearray(page)
        tampered[offset] ^= 0x01
        assert not cipher.page_one_is_authentic(bytes(tampered), key, salt)
    assert not cipher.page_one_is_authentic(page[:-1], key, salt)


@pytest.mark.real_kdf
def test_the_key_is_derived_once_and_sqlcipher_gets_it_raw(
    closed_journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    derivations = []
    real_pbkdf2 = hashlib.pbkdf2_hmac

    def counting(name, password, salt, iterations, dklen=None):
        derivations.append(iterations)
        return real_pbkdf2(name, password, salt, iterations, dklen)

    statements: list[str] = []
    real_connect = sqlcipher3.connect

    def tracing_connect(*args, **kwargs):
        connection = real_connect(*args, **kwargs)
        connection.set_trace_callback(statements.append)
        return connection

    monkeypatch.setattr(cipher.hashlib, "pbkdf2_hmac", counting)
    monkeypatch.setattr(cipher.sqlcipher3, "connect", tracing_connect)
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}
    assert derivations.count(cipher.KDF_ITERATIONS) == 1
    [key_statement] = [s for s in statements if s.upper().startswith("PRAGMA KEY")]
    salt = closed_journal.read_bytes()[:16]
    assert key_statement == f"PRAGMA key = \"x'{cipher.derive_key(PASSPHRASE, salt).hex()}{salt.hex()}'\""
    assert PASSPHRASE not in " ".join(statements)


@pytest.mark.parametrize("passphrase", ["wachtwoord met é, ü en 🙂", "it's \"quoted\" ; -- and x'00'"])
def test_passphrases_sqlcipher_made_the_key_of_open_the_same(journal_path: Path, passphrase: str) -> None:
    """A new journal is keyed by SQLCipher from the passphrase; opening derives the key in
    Python: both must read the passphrase as the same bytes (UTF-8, quotes unescaped)."""
    with Journal.create(journal_path, passphrase) as journal:
        seed(open_app(journal))
    with Journal.open(journal_path, passphrase) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, passphrase[:-1])


def test_a_random_file_of_journal_size_is_a_wrong_passphrase_and_stays_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "random.coachlog"
    path.write_bytes(os.urandom(3 * cipher.PAGE_SIZE))
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Journal.open(path, PASSPHRASE)
    assert snapshot(path) == before
