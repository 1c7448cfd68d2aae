"""Backups, restore and passwd: encrypted copies that open, rotate, and come back whole;
and files written for the coach (backups, exports) that only the coach can read."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime
from pathlib import Path

import pytest
from tests.store.journal_kit import PASSPHRASE, PRIVATE_NOTE, WORKER_NAME, file_state, open_app, seed, sidecars

import coachlog.store.backups as backups
from coachlog.domain import model
from coachlog.errors import InvalidInput, JournalError, WrongPassphrase
from coachlog.store.backups import list_backups, make_backup
from coachlog.store.engine import Journal, verify_backup

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def all_entries(path: Path, passphrase: str = PASSPHRASE) -> list[model.Entry]:
    with Journal.open(path, passphrase) as journal:
        return open_app(journal).entries()


def entries_json(run, passphrase: str = PASSPHRASE) -> list[dict]:
    result = run("entries", "--all", "--format", "json", passphrase=passphrase)
    assert result.code == 0, result.err
    return json.loads(result.out)


# -- make_backup ---------------------------------------------------------------------


def test_backup_opens_with_the_same_passphrase_and_holds_the_same_entries(journal: Journal, tmp_path: Path) -> None:
    app = open_app(journal)
    seed(app)
    result = make_backup(journal, tmp_path / "backups")
    assert result.path.parent == tmp_path / "backups"
    assert result.path.suffix == ".coachlog"
    assert result.entries == 3
    assert result.removed == []
    # No partial file is left beside it.
    assert [p.name for p in (tmp_path / "backups").iterdir()] == [result.path.name]
    original = app.entries()
    assert PRIVATE_NOTE in {e.private_note for e in original}
    assert all_entries(result.path) == original
    with pytest.raises(WrongPassphrase):
        Journal.open(result.path, "wrong")
    # A later change in the journal does not reach the backup.
    app.add_worker("Fatima El Amrani")
    with Journal.open(result.path, PASSPHRASE) as copy:
        assert "Fatima El Amrani" not in {w.name for w in open_app(copy).list_workers()}
        assert copy.integrity_problems() == []


def test_backup_keeps_only_the_newest(journal: Journal, tmp_path: Path) -> None:
    app = open_app(journal)
    seed(app)
    folder = tmp_path / "backups"
    folder.mkdir()
    # Files that are not this journal's rotating backups are never removed.
    upgrade_copy = folder / f"{journal.path.stem}-before-upgrade-20260101-120000.coachlog"
    restore_copy = folder / f"{journal.path.stem}-before-restore-20260101-120000.coachlog"
    other_journal = folder / "werk-20200101-000000-000000.coachlog"
    for keep_me in (upgrade_copy, restore_copy, other_journal):
        keep_me.write_bytes(b"\0" * 1024)
    made = []
    for i in range(5):
        app.add_worker(f"Werknemer {i}")
        made.append(make_backup(journal, folder, keep=3))
    ours = [p for p in list_backups(folder) if p.name.startswith(f"{journal.path.stem}-2")]
    assert ours == [result.path for result in made[-3:]]
    assert made[3].removed == [made[0].path]
    assert made[4].removed == [made[1].path]
    for keep_me in (upgrade_copy, restore_copy, other_journal):
        assert keep_me.exists()
    # The newest holds the newest state.
    with Journal.open(made[-1].path, PASSPHRASE) as copy:
        assert "Werknemer 4" in {w.name for w in open_app(copy).list_workers()}


def test_keep_must_be_at_least_one(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(InvalidInput):
        make_backup(journal, tmp_path / "backups", keep=0)
    assert list_backups(tmp_path / "backups") == []


def test_a_backup_that_fails_its_check_is_removed(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed(open_app(journal))

    def broken_copy(target: Path) -> Path:
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(os.urandom(8192))
        return target

    monkeypatch.setattr(journal, "backup_to", broken_copy)
    with pytest.raises(JournalError, match="cannot be read back|failed its check"):
        make_backup(journal, tmp_path / "backups")
    assert list_backups(tmp_path / "backups") == []
    # The journal itself is fine and still usable after the failed check.
    assert len(open_app(journal).entries()) == 3


def test_cli_backup_and_list(closed_journal: Path, run, coachlog_home: Path) -> None:
    result = run("backup", "--keep", "2")
    assert result.code == 0, result.err
    assert "(3 entries)" in result.out
    made = list_backups(coachlog_home / "backups")
    assert len(made) == 1
    assert verify_backup(made[0], PASSPHRASE) == 3
    listed = run("backup", "--list")
    assert listed.code == 0
    assert made[0].name in listed.out


# -- restore -------------------------------------------------------------------------


def test_cli_restore_brings_back_the_backed_up_state(closed_journal: Path, run, coachlog_home: Path) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    backed_up = entries_json(run)
    workers_then = run("worker", "list", "--all").out

    # Changes after the backup: one entry more, one less, a new worker.
    assert run("log", "1u", "--worker", "Daan Bakker", "--note", "na de backup").code == 0
    assert run("delete", str(backed_up[0]["id"]), "--yes").code == 0
    assert run("worker", "add", "Fatima El Amrani").code == 0
    changed = entries_json(run)
    assert changed != backed_up

    result = run("restore", str(backup), "--yes")
    assert result.code == 0, result.err
    assert entries_json(run) == backed_up
    assert run("worker", "list", "--all").out == workers_then

    # The replaced journal is kept in the backups folder, and holds the changed state.
    kept = [p for p in list_backups(coachlog_home / "backups") if "-before-restore-" in p.name]
    assert len(kept) == 1
    assert str(kept[0]) in result.out
    assert sorted(e.id for e in all_entries(kept[0])) == sorted(record["id"] for record in changed)
    assert sidecars(closed_journal) == []


def test_two_restores_in_one_second_keep_both_replaced_journals(
    closed_journal: Path, run, coachlog_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    assert run("worker", "add", "Fatima El Amrani").code == 0
    original = file_state(closed_journal).content

    class FrozenClock(datetime):
        @classmethod
        def now(cls, tz=None):  # noqa: ANN001, ANN206
            return datetime(2026, 11, 23, 9, 30, 0, 0)

    monkeypatch.setattr(backups, "datetime", FrozenClock)
    assert run("restore", str(backup), "--yes").code == 0
    assert run("restore", str(backup), "--yes").code == 0
    kept = [p for p in list_backups(coachlog_home / "backups") if "-before-restore-" in p.name]
    assert len(kept) == 2
    # The journal as it was before the first restore is one of them, byte for byte.
    assert original in {p.read_bytes() for p in kept}


def test_restore_with_a_wrong_passphrase_changes_nothing(closed_journal: Path, run, coachlog_home: Path) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    assert run("worker", "add", "Fatima El Amrani").code == 0
    journal_before = file_state(closed_journal)
    backup_before = file_state(backup)
    folder_before = sorted(p.name for p in (coachlog_home / "backups").iterdir())

    result = run("restore", str(backup), "--yes", passphrase="wrong")
    assert result.code == 2
    assert f"wrong passphrase for journal {backup}" in result.err
    assert file_state(closed_journal) == journal_before
    assert file_state(backup) == backup_before
    assert sorted(p.name for p in (coachlog_home / "backups").iterdir()) == folder_before
    assert sidecars(closed_journal) == []


def test_restore_refuses_a_file_that_is_not_a_backup(closed_journal: Path, run, tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.coachlog"
    bogus.write_text("geen backup\n" * 400)
    before = file_state(closed_journal)
    result = run("restore", str(bogus), "--yes")
    assert result.code == 2
    assert "is not a coachlog journal" in result.err
    assert file_state(closed_journal) == before


def test_restore_refuses_while_the_journal_is_open_elsewhere(
    closed_journal: Path, run, coachlog_home: Path
) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    with Journal.open(closed_journal, PASSPHRASE) as other:
        open_app(other).add_worker("Fatima El Amrani")  # uncommitted-to-file: in the WAL
        before = file_state(closed_journal)
        result = run("restore", str(backup), "--yes")
        assert result.code == 2
        assert "open in another coachlog" in result.err
        assert file_state(closed_journal) == before
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        assert "Fatima El Amrani" in {w.name for w in open_app(journal).list_workers()}


def test_restore_refuses_while_the_journal_is_only_read_elsewhere(
    closed_journal: Path, run, coachlog_home: Path
) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    with Journal.open(closed_journal, PASSPHRASE) as other:
        open_app(other).list_workers()  # a reader only: nothing waits in the WAL
        before = file_state(closed_journal)
        result = run("restore", str(backup), "--yes")
        assert result.code == 2
        assert "open in another coachlog" in result.err
        assert file_state(closed_journal) == before


# -- passwd --------------------------------------------------------------------------


def test_passwd_both_ways(closed_journal: Path, run, monkeypatch: pytest.MonkeyPatch, coachlog_home: Path) -> None:
    before = entries_json(run)
    assert run("backup").code == 0
    old_backup = list_backups(coachlog_home / "backups")[-1]

    monkeypatch.setenv("COACHLOG_NEW_PASSPHRASE", "nieuw en lang geheim")
    result = run("passwd")
    assert result.code == 0, result.err
    assert sidecars(closed_journal) == []

    refused = run("entries", "--all", "--format", "json")
    assert refused.code == 2
    assert f"wrong passphrase for journal {closed_journal}" in refused.err
    assert entries_json(run, "nieuw en lang geheim") == before
    with Journal.open(closed_journal, "nieuw en lang geheim") as journal:
        assert journal.integrity_problems() == []

    # A backup made before keeps the passphrase it was made with.
    assert verify_backup(old_backup, PASSPHRASE) == len(before)
    with pytest.raises(WrongPassphrase):
        verify_backup(old_backup, "nieuw en lang geheim")

    # And back again.
    monkeypatch.setenv("COACHLOG_NEW_PASSPHRASE", PASSPHRASE)
    assert run("passwd", passphrase="nieuw en lang geheim").code == 0
    assert run("entries", "--all", passphrase="nieuw en lang geheim").code == 2
    assert entries_json(run) == before


def test_passwd_refuses_an_empty_new_passphrase(closed_journal: Path, run, monkeypatch: pytest.MonkeyPatch) -> None:
    before = entries_json(run)
    monkeypatch.setenv("COACHLOG_NEW_PASSPHRASE", "")
    result = run("passwd")
    assert result.code == 2
    assert "empty" in result.err
    assert entries_json(run) == before


# -- file modes ----------------------------------------------------------------------


@pytest.fixture
def open_umask():
    """Let the process create world-readable files unless coachlog prevents it."""
    old = os.umask(0)
    yield
    os.umask(old)


@posix_only
def test_backups_and_restored_journals_are_private(
    closed_journal: Path, run, coachlog_home: Path, open_umask
) -> None:
    assert run("backup").code == 0
    backup = list_backups(coachlog_home / "backups")[-1]
    assert mode(backup) == 0o600
    assert mode(coachlog_home / "backups") == 0o700
    assert run("restore", str(backup), "--yes").code == 0
    kept = [p for p in list_backups(coachlog_home / "backups") if "-before-restore-" in p.name]
    assert [mode(p) for p in kept] == [0o600]
    assert mode(closed_journal) == 0o600


@posix_only
def test_make_backup_is_private(journal: Journal, tmp_path: Path, open_umask) -> None:
    result = make_backup(journal, tmp_path / "backups")
    assert mode(result.path) == 0o600


@posix_only
@pytest.mark.parametrize("file_format", ["json", "csv"])
def test_export_file_is_private(closed_journal: Path, run, tmp_path: Path, open_umask, file_format: str) -> None:
    target = tmp_path / f"export.{file_format}"
    # An existing world-readable file is replaced by a private one, not written into.
    target.write_text("oud\n")
    os.chmod(target, 0o644)
    result = run("export", "--plaintext", "--format", file_format, "-o", str(target))
    assert result.code == 0, result.err
    assert mode(target) == 0o600
    text = target.read_text(encoding="utf-8")
    assert "oud" not in text.splitlines()
    assert WORKER_NAME in text
    # Private notes never leave the journal, not even in a plaintext export.
    assert PRIVATE_NOTE not in text
