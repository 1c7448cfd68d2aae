"""The journal-file use cases (coachlog.services.journal): what the command line and the app
call instead of the store to create, unlock, back up, restore, re-key, export and import a
journal. Synthetic people only."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from coachlog.domain import model
from coachlog.errors import CoachlogError, InvalidInput, JournalError, WrongPassphrase
from coachlog.services import EntryDraft
from coachlog.services import journal as files

TODAY = date(2026, 11, 23)
SECRET = "zeven blauwe fietsen"
OTHER = "drie rode kanos"
WORKER = "Sanne de Vries"


def snapshot(path: Path) -> dict[str, bytes | None]:
    """Every byte of the file, its -wal and its -shm (None: not there)."""
    return {suffix: Path(f"{path}{suffix}").read_bytes() if Path(f"{path}{suffix}").exists() else None
            for suffix in ("", "-wal", "-shm")}


def fill(journal, days: int = 2) -> None:
    """A worker, an employer, an employment and one visit on each of ``days`` days."""
    app = files.coachlog_for(journal, today=lambda: TODAY)
    app.add_worker(WORKER)
    app.add_worker("Daan Bakker")
    app.add_employer("Bakkerij Jansen")
    app.add_employment(WORKER, "Bakkerij Jansen", date(2026, 1, 5), Decimal(24))
    for back in range(1, days + 1):
        app.log(EntryDraft(day=TODAY - timedelta(days=back), minutes=45, workers=[WORKER], note="Werkplekbezoek"))


def log_one_more(journal) -> None:
    files.coachlog_for(journal, today=lambda: TODAY).log(EntryDraft(day=TODAY, minutes=30, workers=["Daan Bakker"]))


def entries_of(path: Path, secret: str = SECRET) -> list[model.Entry]:
    with files.open_journal(path, secret) as journal:
        return files.coachlog_for(journal, today=lambda: TODAY).entries()


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "journal" / "journal.coachlog"


@pytest.fixture
def filled(path: Path) -> Path:
    """A closed journal with two entries."""
    with files.create_journal(path, SECRET) as journal:
        fill(journal)
    return path


def test_create_then_open_gives_the_same_journal(path: Path) -> None:
    assert not files.journal_exists(path)
    with files.create_journal(path, SECRET) as journal:
        fill(journal)
        app = files.coachlog_for(journal, today=lambda: TODAY)
        written = app.entries()
    assert files.journal_exists(path)
    assert len(written) == 2
    assert entries_of(path) == written


def test_a_journal_is_not_created_over_another(filled: Path) -> None:
    before = snapshot(filled)
    with pytest.raises(JournalError):
        files.create_journal(filled, OTHER)
    assert snapshot(filled) == before


@pytest.mark.parametrize("wrong", ["wrong", SECRET.upper(), SECRET + " "])
def test_a_wrong_passphrase_raises_and_changes_no_byte(filled: Path, wrong: str) -> None:
    before = snapshot(filled)
    with pytest.raises(WrongPassphrase):
        files.open_journal(filled, wrong)
    with pytest.raises(WrongPassphrase):
        files.open_journal(filled, wrong, meanwhile=lambda: None)
    assert snapshot(filled) == before


def test_open_while_runs_the_other_work_and_opens(filled: Path) -> None:
    ran = []
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET, meanwhile=lambda: ran.append(True), backups=backups) as journal:
        assert ran == [True]
        assert len(files.coachlog_for(journal, today=lambda: TODAY).entries()) == 2


def test_backup_then_restore_gives_the_same_entries(filled: Path) -> None:
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET) as journal:
        kept_entries = files.coachlog_for(journal, today=lambda: TODAY).entries()
        result = files.backup(journal, backups)
        log_one_more(journal)
    assert result.entries == 2 and result.removed == []
    assert files.list_backups(filled, backups) == [result.path]
    assert files.verify_backup(result.path, SECRET) == 2
    replaced = files.restore(result.path, filled, backups)
    assert entries_of(filled) == kept_entries
    # The journal it replaced is kept, with the entry the backup did not have.
    assert replaced is not None and replaced.parent == backups
    assert len(entries_of(replaced)) == 3


def test_backups_beyond_keep_are_removed(filled: Path) -> None:
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET) as journal:
        first = files.backup(journal, backups, keep=1)
        second = files.backup(journal, backups, keep=1)
    assert second.removed == [first.path]
    assert files.list_backups(filled, backups) == [second.path]


def test_a_backup_with_a_wrong_passphrase_is_refused_untouched(filled: Path) -> None:
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET) as journal:
        made = files.backup(journal, backups).path
    before = snapshot(made)
    with pytest.raises(WrongPassphrase):
        files.verify_backup(made, OTHER)
    assert snapshot(made) == before


def test_passwd_then_only_the_new_passphrase_opens(filled: Path) -> None:
    written = entries_of(filled)
    with files.open_journal(filled, SECRET) as journal:
        files.change_passphrase(journal, OTHER)
    with pytest.raises(WrongPassphrase):
        files.open_journal(filled, SECRET)
    assert entries_of(filled, OTHER) == written


def test_an_encrypted_export_becomes_a_new_journal(filled: Path, tmp_path: Path) -> None:
    export = tmp_path / "move" / "export.coachlog"
    export.parent.mkdir()
    with files.open_journal(filled, SECRET) as journal:
        written = files.export_encrypted(journal, export, OTHER)
    assert written == export.absolute()
    assert files.looks_like_journal(export)
    target = tmp_path / "elsewhere" / "journal.coachlog"
    before = snapshot(export)
    with pytest.raises(WrongPassphrase):
        files.verify_encrypted_export(export, SECRET, target=target)
    assert snapshot(export) == before
    files.verify_encrypted_export(export, OTHER, target=target)
    files.install_encrypted_export(export, target)
    assert entries_of(target, OTHER) == entries_of(filled)


def test_an_encrypted_export_is_not_installed_over_a_journal(filled: Path, tmp_path: Path) -> None:
    export = tmp_path / "export.coachlog"
    with files.open_journal(filled, SECRET) as journal:
        files.export_encrypted(journal, export, OTHER)
    before = snapshot(filled)
    with pytest.raises(JournalError):
        files.install_encrypted_export(export, filled)
    assert snapshot(filled) == before


def test_a_text_file_does_not_look_like_a_journal(tmp_path: Path) -> None:
    csv = tmp_path / "entries.csv"
    csv.write_text("date,minutes,worker\n20-11-2026,45,Sanne de Vries\n", encoding="utf-8")
    assert not files.looks_like_journal(csv)
    assert not files.looks_like_journal(tmp_path / "missing.coachlog")


def test_after_an_erase_the_backups_holding_the_worker_are_found_and_deleted(filled: Path) -> None:
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET) as journal:
        made = files.backup(journal, backups).path
        app = files.coachlog_for(journal, today=lambda: TODAY)
        erased, _ = app.erase_worker(WORKER)
        scan = files.backups_holding(app, erased, backups)
        assert scan.holding == [made]
        assert scan.unreadable == [] and scan.busy == []
    assert files.delete_backups(scan.holding) == 1
    assert not made.exists()


def test_an_erase_finds_the_backups_holding_the_worker_under_an_earlier_name(filled: Path) -> None:
    """Backed up as one name, renamed, then erased: the backup holds the old name (the
    same worker number), and the erase finds it; a backup without them is not named."""
    backups = filled.parent / "backups"
    with files.open_journal(filled, SECRET) as journal:
        app = files.coachlog_for(journal, today=lambda: TODAY)
        app.add_worker("Lotte Bakker")
        with_lotte = files.backup(journal, backups).path
        app.edit_worker("Lotte Bakker", name="Lotte van Dijk")
        erased, _ = app.erase_worker("Lotte van Dijk")
        without = files.backup(journal, backups).path
        scan = files.backups_holding(app, erased, backups)
    assert scan.holding == [with_lotte] and without.exists()


def test_write_output_writes_the_text_and_names_a_missing_folder(tmp_path: Path) -> None:
    report = tmp_path / "maand.md"
    assert files.write_output(report, "# Maandoverzicht\n") == report
    assert report.read_text(encoding="utf-8") == "# Maandoverzicht\n"
    with pytest.raises(CoachlogError, match="missing"):
        files.write_output(tmp_path / "missing" / "maand.md", "x")


def test_a_chosen_passphrase_has_at_least_twelve_characters_and_a_refusal_changes_nothing(tmp_path: Path):
    path = tmp_path / "kort.coachlog"
    with pytest.raises(InvalidInput, match="at least 12 characters") as refused:
        files.create_journal(path, "elf tekens!")  # 11
    assert "elf" not in str(refused.value) and "11" not in str(refused.value)  # not even its length
    for weak in (" " * 14, "  elf tekens!  ", "abababababababab"):  # spaces, padding, one pair repeated
        with pytest.raises(InvalidInput):
            files.create_journal(path, weak)
    assert not path.exists() and not list(tmp_path.iterdir())
    with files.create_journal(tmp_path / "demo.coachlog", "demo", throwaway=True):
        pass  # the demo's throwaway journal keeps its short, shown passphrase
    with files.create_journal(path, "twaalf tekens") as journal:
        with pytest.raises(InvalidInput):
            files.change_passphrase(journal, "kort")
        with pytest.raises(InvalidInput):
            files.export_encrypted(journal, tmp_path / "export.coachlog", "kort")
    assert not (tmp_path / "export.coachlog").exists()
    files.open_journal(path, "twaalf tekens").close()  # the old passphrase still opens it
