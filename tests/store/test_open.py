"""Opening a journal: wrong passphrases, files that are no journal, journals too new.

A refused open must leave the file exactly as it was: same bytes, same mtime, and no
-wal or -shm file beside it.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlcipher3
from tests.store.journal_kit import PASSPHRASE, WORKER_NAME, file_state, open_app, seed, sidecars

import coachlog.passphrase
from coachlog.errors import JournalError, JournalLocked, JournalTooNew, NotAJournal, WrongPassphrase
import coachlog.store.engine as engine
from coachlog.store import cipher
from coachlog.store.engine import Journal

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


class Asker:
    """Stands in for the hidden passphrase prompt: answers in turn, counts the questions."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)
        self.prompts: list[str] = []

    def __call__(self, prompt: str) -> str:
        self.prompts.append(prompt)
        return self.answers.pop(0)


@pytest.fixture
def asker(monkeypatch: pytest.MonkeyPatch):
    """Pretend to be in a terminal; returns a function that installs the answers."""
    monkeypatch.setattr(coachlog.passphrase, "interactive", lambda: True)

    def install(*answers: str) -> Asker:
        ask = Asker(*answers)
        monkeypatch.setattr(coachlog.passphrase, "_ask", ask)
        return ask

    return install


def worker_names(path: Path, passphrase: str = PASSPHRASE) -> set[str]:
    with Journal.open(path, passphrase) as journal:
        return {w.name for w in open_app(journal).list_workers(include_inactive=True)}


# -- a wrong passphrase ------------------------------------------------------------


def test_wrong_passphrase_is_refused_and_file_untouched(closed_journal: Path) -> None:
    before = file_state(closed_journal)
    with pytest.raises(WrongPassphrase) as raised:
        Journal.open(closed_journal, "wrong")
    assert str(raised.value) == f"wrong passphrase for journal {closed_journal}"
    assert raised.value.exit_code == 2
    assert file_state(closed_journal) == before
    assert sidecars(closed_journal) == []
    # The right one still opens it: the refusal damaged nothing.
    assert WORKER_NAME in worker_names(closed_journal)


def test_cli_wrong_passphrase_exits_2_and_file_untouched(closed_journal: Path, run) -> None:
    before = file_state(closed_journal)
    result = run("entries", "--all", passphrase="wrong")
    assert result.code == 2
    assert f"wrong passphrase for journal {closed_journal}" in result.err
    assert result.err.strip() == f"coachlog: wrong passphrase for journal {closed_journal}"
    assert result.out == ""
    assert file_state(closed_journal) == before
    assert sidecars(closed_journal) == []


def test_cli_empty_passphrase_from_environment_is_refused(closed_journal: Path, run) -> None:
    before = file_state(closed_journal)
    result = run("entries", "--all", passphrase="")
    assert result.code == 2
    assert "may not be empty" in result.err
    assert file_state(closed_journal) == before


def test_three_tries_the_third_one_right(closed_journal: Path, run, asker) -> None:
    ask = asker("wrong", "also wrong", PASSPHRASE)
    result = run("worker", "list", passphrase=None)
    assert result.code == 0, result.err
    assert len(ask.prompts) == 3
    assert WORKER_NAME in result.out
    assert result.err.count("wrong passphrase") == 2
    assert "1 left" in result.err


def test_three_wrong_tries_exit_2_after_asking_three_times(closed_journal: Path, run, asker) -> None:
    before = file_state(closed_journal)
    ask = asker("wrong", "wrong", "wrong", PASSPHRASE)
    result = run("worker", "list", passphrase=None)
    assert result.code == 2
    assert len(ask.prompts) == 3
    assert result.err.strip().splitlines()[-1] == f"coachlog: wrong passphrase for journal {closed_journal}"
    assert file_state(closed_journal) == before
    assert sidecars(closed_journal) == []


def test_an_empty_answer_counts_as_a_try(closed_journal: Path, run, asker) -> None:
    ask = asker("", PASSPHRASE)
    result = run("worker", "list", passphrase=None)
    assert result.code == 0, result.err
    assert len(ask.prompts) == 2
    assert "may not be empty" in result.err


def test_not_a_journal_is_not_asked_again(tmp_path: Path, run, asker) -> None:
    text_file = tmp_path / "notes.coachlog"
    text_file.write_text("boodschappen: brood, kaas\n" * 100)
    ask = asker(PASSPHRASE, PASSPHRASE, PASSPHRASE)
    result = run("--journal", str(text_file), "worker", "list", passphrase=None)
    assert result.code == 2
    assert len(ask.prompts) == 1
    assert "is not a coachlog journal" in result.err


def test_no_terminal_and_no_environment_is_refused(closed_journal: Path, run, monkeypatch) -> None:
    monkeypatch.setattr(coachlog.passphrase, "interactive", lambda: False)
    result = run("worker", "list", passphrase=None)
    assert result.code == 2
    assert "COACHLOG_PASSPHRASE" in result.err


# -- a new journal -------------------------------------------------------------------


def test_new_journal_asks_twice(journal_path: Path, run, asker) -> None:
    ask = asker("nieuw geheim", "nieuw geheim")
    result = run("worker", "add", WORKER_NAME, passphrase=None)
    assert result.code == 0, result.err
    assert len(ask.prompts) == 2
    assert worker_names(journal_path, "nieuw geheim") == {WORKER_NAME}


def test_new_journal_mismatch_then_match(journal_path: Path, run, asker) -> None:
    ask = asker("eerste woorden", "tweede woorden", "derde woorden", "derde woorden")
    result = run("worker", "add", WORKER_NAME, passphrase=None)
    assert result.code == 0, result.err
    assert len(ask.prompts) == 4
    assert "differ" in result.err
    assert worker_names(journal_path, "derde woorden") == {WORKER_NAME}
    with pytest.raises(WrongPassphrase):
        Journal.open(journal_path, "eerste woorden")


def test_new_journal_empty_passphrase_refused(journal_path: Path, run, asker) -> None:
    ask = asker("", "", "")
    result = run("worker", "add", WORKER_NAME, passphrase=None)
    assert result.code == 2
    assert len(ask.prompts) == 3
    assert "may not be empty" in result.err
    assert not journal_path.exists()


def test_new_journal_empty_then_a_real_one(journal_path: Path, run, asker) -> None:
    ask = asker("", "echt heel geheim", "echt heel geheim")
    result = run("worker", "add", WORKER_NAME, passphrase=None)
    assert result.code == 0, result.err
    assert len(ask.prompts) == 3
    assert worker_names(journal_path, "echt heel geheim") == {WORKER_NAME}


def test_new_journal_empty_passphrase_from_environment_refused(journal_path: Path, run) -> None:
    result = run("worker", "add", WORKER_NAME, passphrase="")
    assert result.code == 2
    assert not journal_path.exists()


def test_create_refuses_an_empty_passphrase(journal_path: Path) -> None:
    with pytest.raises(JournalError, match="may not be empty"):
        Journal.create(journal_path, "")


def test_create_refuses_to_overwrite(closed_journal: Path) -> None:
    before = file_state(closed_journal)
    with pytest.raises(JournalError, match="already exists"):
        Journal.create(closed_journal, "another passphrase")
    assert file_state(closed_journal) == before


def test_open_without_a_file_creates_nothing(journal_path: Path) -> None:
    with pytest.raises(JournalError, match="no journal at"):
        Journal.open(journal_path, PASSPHRASE)
    assert not journal_path.exists()


def test_an_empty_file_left_by_a_killed_creation_becomes_a_journal(journal_path: Path) -> None:
    journal_path.parent.mkdir(parents=True)
    journal_path.touch()
    with Journal.open(journal_path, PASSPHRASE) as journal:
        seed(open_app(journal))
    assert WORKER_NAME in worker_names(journal_path)


def test_a_path_with_spaces_hashes_percents_and_accents(tmp_path: Path) -> None:
    """The journal is opened through a file: URI; characters that mean something in a URI
    must still name the same file (and a backup beside it)."""
    from coachlog.store.backups import make_backup
    from coachlog.store.engine import verify_backup

    folder = tmp_path / "Mijn Documenten" / "coach #1 ?mode=ro&x=%20 é"
    path = folder / "journal 50%.coachlog"
    with Journal.create(path, PASSPHRASE) as journal:
        seed(open_app(journal))
        backup = make_backup(journal, folder / "backups").path
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "journal 50%.coachlog"]
    assert WORKER_NAME in worker_names(path)
    assert verify_backup(backup, PASSPHRASE) == 3


def test_a_second_writer_gets_journal_locked_and_readers_are_not_blocked(
    closed_journal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    with Journal.open(closed_journal, PASSPHRASE) as first, Journal.open(closed_journal, PASSPHRASE) as second:
        other = open_app(second)
        with first.write() as conn:
            conn.exec_driver_sql("UPDATE workers SET active = 0")
            # Reading beside a writer works (WAL), and sees the last committed state.
            assert {w.name for w in other.list_workers()} == {WORKER_NAME, "Daan Bakker"}
            with pytest.raises(JournalLocked) as raised:
                other.add_worker("Fatima El Amrani")
            assert raised.value.exit_code == 2
            assert str(closed_journal) in str(raised.value)
        # Once the first one committed, the second one can write.
        other.add_worker("Fatima El Amrani")
        assert {w.name for w in other.list_workers()} == {"Fatima El Amrani"}


# -- files that are not a journal ----------------------------------------------------


def _text_file(path: Path) -> None:
    # 4096 bytes: a size an encrypted journal could have, so only the content tells.
    text = ("Dit is gewoon een tekstbestand met boodschappen.\n" * 100)[:4096]
    path.write_bytes(text.encode("ascii"))


def _plain_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE entries (id INTEGER PRIMARY KEY, note TEXT)")
    conn.execute("INSERT INTO entries (note) VALUES ('Bakkerij Jansen')")
    conn.commit()
    conn.close()


def _too_small(path: Path) -> None:
    path.write_bytes(os.urandom(100))


def _odd_size(path: Path) -> None:
    path.write_bytes(os.urandom(4096 + 7))


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (_text_file, "text file"),
        (_plain_sqlite, "unencrypted SQLite database"),
        (_too_small, "(100 bytes)"),
        (_odd_size, "(4103 bytes)"),
    ],
    ids=["text", "plain-sqlite", "too-small", "odd-size"],
)
def test_not_a_journal(tmp_path: Path, make, reason: str) -> None:
    path = tmp_path / "something.coachlog"
    make(path)
    before = file_state(path)
    with pytest.raises(NotAJournal) as raised:
        Journal.open(path, PASSPHRASE)
    message = str(raised.value)
    assert message.startswith(f"{path} is not a coachlog journal")
    assert reason in message
    assert "passphrase" not in message
    assert not isinstance(raised.value, WrongPassphrase)
    assert file_state(path) == before
    assert sidecars(path) == []


def test_cli_not_a_journal_message_differs_from_wrong_passphrase(tmp_path: Path, run) -> None:
    path = tmp_path / "plain.sqlite"
    _plain_sqlite(path)
    before = file_state(path)
    result = run("--journal", str(path), "entries", "--all")
    assert result.code == 2
    assert "is not a coachlog journal: it is an unencrypted SQLite database" in result.err
    assert "wrong passphrase" not in result.err
    assert file_state(path) == before


def test_encrypted_database_of_another_program(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    conn = sqlcipher3.connect(str(path))
    conn.execute(f"PRAGMA key = '{PASSPHRASE}'")
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO recipes (name) VALUES ('roggebrood')")
    conn.commit()
    conn.close()
    before = file_state(path)
    with pytest.raises(NotAJournal) as raised:
        Journal.open(path, PASSPHRASE)
    assert "another program" in str(raised.value)
    assert "wrong passphrase" not in str(raised.value)
    assert file_state(path) == before
    assert sidecars(path) == []


def test_journal_from_a_newer_coachlog_is_refused_unchanged(journal_path: Path) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        seed(open_app(journal))
        journal._dbapi.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = file_state(journal_path)
    with pytest.raises(JournalTooNew) as raised:
        Journal.open(journal_path, PASSPHRASE)
    message = str(raised.value)
    assert "newer coachlog" in message
    assert "0099_future" in message
    assert raised.value.exit_code == 2
    assert file_state(journal_path).content == before.content
    assert file_state(journal_path) == before
    assert sidecars(journal_path) == []
    # No backup "before upgrade" either: nothing was upgraded.
    assert not (journal_path.parent / "backups").exists()


def test_cli_journal_too_new_exits_2(journal_path: Path, run) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        journal._dbapi.execute("UPDATE alembic_version SET version_num = '0099_future'")
    before = file_state(journal_path)
    result = run("entries", "--all")
    assert result.code == 2
    assert "newer coachlog" in result.err
    assert file_state(journal_path) == before


# -- file modes ----------------------------------------------------------------------


@pytest.fixture
def open_umask():
    """Let the process create world-readable files unless coachlog prevents it."""
    old = os.umask(0)
    yield
    os.umask(old)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@posix_only
def test_journal_and_its_wal_are_private(journal_path: Path, open_umask) -> None:
    with Journal.create(journal_path, PASSPHRASE) as journal:
        seed(open_app(journal))
        assert mode(journal_path) == 0o600
        wal = Path(f"{journal_path}-wal")
        assert wal.exists()
        assert {path.name: mode(path) for path in sidecars(journal_path)} == {
            path.name: 0o600 for path in sidecars(journal_path)
        }
    with Journal.open(journal_path, PASSPHRASE) as journal:
        open_app(journal).add_worker("Fatima El Amrani")
        assert mode(journal_path) == 0o600
        assert mode(wal) == 0o600
    assert mode(journal_path) == 0o600


@posix_only
def test_journal_is_private_before_the_key_is_even_set(
    journal_path: Path, open_umask, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Private from its first byte: the file is 0600 when SQLCipher first opens it, not
    only after the schema has been written."""
    modes_at_connect = []
    real_connect = cipher.connect

    def recording_connect(path, passphrase, *, create):
        modes_at_connect.append(mode(path))
        return real_connect(path, passphrase, create=create)

    monkeypatch.setattr(cipher, "connect", recording_connect)
    Journal.create(journal_path, PASSPHRASE).close()
    assert modes_at_connect == [0o600]


@posix_only
def test_journal_folder_is_private_when_coachlog_makes_it(tmp_path: Path, open_umask) -> None:
    path = tmp_path / "nieuw" / "journal.coachlog"
    Journal.create(path, PASSPHRASE).close()
    assert mode(path.parent) == 0o700
    assert mode(path) == 0o600


@posix_only
def test_journal_made_by_the_cli_is_private(journal_path: Path, run, open_umask) -> None:
    result = run("worker", "add", WORKER_NAME)
    assert result.code == 0, result.err
    assert mode(journal_path) == 0o600


@posix_only
def test_an_existing_folder_keeps_its_mode(tmp_path: Path, open_umask) -> None:
    """--journal ~/journal.coachlog must not make the home folder private."""
    folder = tmp_path / "bestaand"
    folder.mkdir()
    os.chmod(folder, 0o755)
    Journal.create(folder / "journal.coachlog", PASSPHRASE).close()
    assert mode(folder) == 0o755
