"""Unlocking while something else runs: the key is derived in a thread while the caller
imports the storage stack (the command line's start-up), with the same outcome as alone."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlcipher3
from tests.store.journal_kit import PASSPHRASE, WORKER_NAME, file_state, open_app, sidecars

from coachlog.errors import WrongPassphrase
from coachlog.store import cipher
from coachlog.store.engine import Journal


class Recorder:
    """Stands in for sqlcipher3.connect: notes the thread and keeps the connections."""

    def __init__(self, real) -> None:
        self.real = real
        self.threads: list[int] = []
        self.connections: list[sqlcipher3.Connection] = []

    def __call__(self, *args, **kwargs):
        self.threads.append(threading.get_ident())
        connection = self.real(*args, **kwargs)
        self.connections.append(connection)
        return connection


@pytest.fixture
def connects(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    recorder = Recorder(sqlcipher3.connect)
    monkeypatch.setattr(cipher.sqlcipher3, "connect", recorder)
    return recorder


def is_closed(connection: sqlcipher3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlcipher3.ProgrammingError:
        return True
    return False


def finish_unlocking() -> None:
    for thread in threading.enumerate():
        if thread.name.startswith("coachlog-unlock"):
            thread.join(timeout=30)
            assert not thread.is_alive()


def test_key_is_derived_in_another_thread_while_meanwhile_runs_here(closed_journal: Path, connects: Recorder) -> None:
    ran_on = []
    keyed = cipher.unlock_while(closed_journal, PASSPHRASE, lambda: ran_on.append(threading.get_ident()))
    with Journal.from_keyed(keyed) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}
    assert ran_on == [threading.get_ident()]
    assert len(connects.threads) == 1  # one connection, one key derivation
    assert connects.threads[0] != threading.get_ident()


def test_wrong_passphrase_fails_as_alone_after_meanwhile_and_leaves_the_file(
    closed_journal: Path, connects: Recorder
) -> None:
    before = file_state(closed_journal)
    calls = []
    with pytest.raises(WrongPassphrase) as raised:
        cipher.unlock_while(closed_journal, "wrong", lambda: calls.append("imported"))
    assert str(raised.value) == f"wrong passphrase for journal {closed_journal}"
    assert calls == ["imported"]
    assert all(is_closed(c) for c in connects.connections)
    assert file_state(closed_journal) == before
    assert sidecars(closed_journal) == []


@pytest.mark.parametrize("failure", [ImportError("no module named sqlalchemy"), KeyboardInterrupt()])
def test_a_failing_meanwhile_closes_the_key_it_derived_for_nothing(
    closed_journal: Path, connects: Recorder, failure: BaseException
) -> None:
    before = file_state(closed_journal)

    def meanwhile() -> None:
        raise failure

    with pytest.raises(type(failure)):
        cipher.unlock_while(closed_journal, PASSPHRASE, meanwhile)
    finish_unlocking()  # the key derivation goes on after the failure; then it is closed
    [connection] = connects.connections
    assert is_closed(connection)  # the key is not left in an open connection
    assert file_state(closed_journal) == before
    # Nothing is damaged: it opens as before.
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}


def test_checking_a_file_imports_no_sqlalchemy(closed_journal: Path) -> None:
    """What makes the overlap possible: unlocking needs only SQLCipher."""
    code = (
        "import sys; from pathlib import Path; from coachlog.store import cipher; "
        f"cipher.unlock(Path({str(closed_journal)!r}), {PASSPHRASE!r}).close(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_command_line_unlocks_while_it_imports(closed_journal: Path, connects: Recorder, run) -> None:
    result = run("entries", "--all")
    assert result.code == 0, result.err
    assert "Intake" in result.out
    assert len(connects.threads) == 1 and connects.threads[0] != threading.get_ident()
    assert all(is_closed(c) for c in connects.connections)  # closed again at the end


def test_the_command_line_asks_again_after_a_wrong_passphrase(
    closed_journal: Path, connects: Recorder, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import coachlog.passphrase

    answers = ["wrong", PASSPHRASE]
    monkeypatch.setattr(coachlog.passphrase, "interactive", lambda: True)
    monkeypatch.setattr(coachlog.passphrase, "_ask", lambda prompt: answers.pop(0))
    result = run("entries", "--all", passphrase=None)
    assert result.code == 0, result.err
    assert "Intake" in result.out
    assert f"wrong passphrase for journal {closed_journal}; try again (2 left)" in result.err
    assert answers == []
    # The wrong try was refused before SQLite opened the file: one connection in all.
    assert len(connects.connections) == 1 and all(is_closed(c) for c in connects.connections)


@pytest.mark.parametrize("command", [("status",), ("budget",), ("report", "month", "10-2026")])
def test_a_broken_config_is_reported_before_any_journal_is_made_or_unlocked(
    coachlog_home: Path, journal_path: Path, connects: Recorder, run, command: tuple[str, ...]
) -> None:
    coachlog_home.mkdir(parents=True, exist_ok=True)
    (coachlog_home / "config.toml").write_text("this is = not toml [\n", encoding="utf-8")
    result = run(*command)
    assert result.code != 0
    assert "config.toml: not valid TOML" in result.err
    assert connects.connections == []  # no passphrase used, no key derived
    assert not journal_path.exists()  # and no new journal left behind
