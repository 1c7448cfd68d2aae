"""Every file coachlog writes is private from its first byte and whole or absent; every
folder it makes is private; what an interrupted write left behind is removed by the next
start or the next write into that folder, and never a file that is not coachlog's own.

File modes are POSIX; the leftover tests run everywhere but plant a writer's process id,
which is how POSIX tells a dead writer from a live one."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.store.journal_kit import PASSPHRASE, WORKER_NAME, open_app, seed

from coachlog import config
from coachlog.paths import resolve_paths
from coachlog.store import files
from coachlog.store.backups import list_backups, make_backup
from coachlog.store.engine import Journal, install_journal

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes and process ids of writers are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.lstat(path).st_mode)


@pytest.fixture
def no_chmod_open_umask(monkeypatch: pytest.MonkeyPatch):
    """The process's umask lets everyone read new files, and chmod is forbidden: a file or
    folder that ends up private can only have been created private."""
    old = os.umask(0)

    def refuse(*args, **kwargs):
        raise AssertionError(f"chmod called: {args}")

    monkeypatch.setattr(os, "chmod", refuse)
    if hasattr(os, "fchmod"):
        monkeypatch.setattr(os, "fchmod", refuse)
    yield
    os.umask(old)


def dead_pid() -> int:
    """The id of a process that has ended (and been reaped)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def all_files(*folders: Path) -> list[Path]:
    return sorted(path for folder in folders if folder.exists() for path in folder.rglob("*"))


# -- private from the first byte -------------------------------------------------------


@posix_only
def test_every_file_the_command_line_writes_is_created_private(
    closed_journal: Path, run, coachlog_home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, no_chmod_open_umask
) -> None:
    out = tmp_path / "uit"
    out.mkdir(mode=0o755)
    monkeypatch.setenv("COACHLOG_EXPORT_PASSPHRASE", "verhuis-wachtzin")
    commands = [
        ("backup",),
        ("export", "--plaintext", "--format", "json", "-o", str(out / "export.json")),
        ("export", "--plaintext", "--format", "csv", "-o", str(out / "export.csv")),
        ("export", "--encrypted", "-o", str(out / "verhuizing.coachlog")),
        ("report", "month", "2026-11", "--format", "html", "-o", str(out / "november.html")),
        ("report", "month", "2026-11", "-o", str(out / "november.md")),
    ]
    for command in commands:
        result = run(*command)
        assert result.code == 0, (command, result.err)
    [backup] = list_backups(coachlog_home / "backups")
    assert run("restore", str(backup), "--yes").code == 0

    written = all_files(coachlog_home, out)
    names = {path.name for path in written}
    assert {"export.json", "export.csv", "verhuizing.coachlog", "november.html", "november.md"} <= names
    assert any("-before-restore-" in name for name in names)
    for path in written:
        expected = 0o700 if path.is_dir() else 0o600
        assert mode(path) == expected, f"{path} is {oct(mode(path))}"
    assert mode(out) == 0o755  # a folder the coach made keeps its mode
    assert [path.name for path in written if path.name.startswith(".")] == []  # no partial left


@posix_only
def test_folders_coachlog_makes_are_private_from_their_first_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run, no_chmod_open_umask
) -> None:
    home = tmp_path / "nieuw" / "diep" / "coachlog"
    monkeypatch.setenv("COACHLOG_HOME", str(home))
    assert run("worker", "add", WORKER_NAME).code == 0
    assert run("backup").code == 0
    paths = resolve_paths()
    config.remember(paths.config, "theme", "coachlog-light")
    for folder in (tmp_path / "nieuw", tmp_path / "nieuw" / "diep", home, paths.backups):
        assert mode(folder) == 0o700, folder
    assert mode(paths.config) == 0o600 and mode(paths.journal) == 0o600
    # The configuration folder on its own (platformdirs places it apart from the data).
    elsewhere = tmp_path / "config-elders" / "coachlog" / "config.toml"
    config.remember(elsewhere, "language", "nl")
    assert mode(elsewhere.parent) == 0o700 and mode(elsewhere.parent.parent) == 0o700
    assert mode(elsewhere) == 0o600


@posix_only
def test_an_imported_encrypted_export_is_installed_private(
    seeded, tmp_path: Path, no_chmod_open_umask
) -> None:
    export = seeded.app.store.journal.export_encrypted(tmp_path / "verhuizing.coachlog", "verhuis-wachtzin")
    target = tmp_path / "andere" / "laptop" / "journal.coachlog"
    install_journal(export, target)
    assert mode(target) == 0o600
    assert mode(target.parent) == 0o700 and mode(target.parent.parent) == 0o700
    assert export.read_bytes() == target.read_bytes()


@posix_only
def test_write_output_replaces_a_readable_file_with_a_private_one(tmp_path: Path, no_chmod_open_umask) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("oud\n")
    assert mode(target) == 0o666  # the control: umask 0 made it readable for all
    files.write_output(target, "# nieuw\n")
    assert target.read_text() == "# nieuw\n" and mode(target) == 0o600


def test_a_failed_write_leaves_the_old_file_and_no_partial(tmp_path: Path) -> None:
    target = tmp_path / "rapport.md"
    target.write_text("oud\n")

    def fails_half_way(stream) -> None:
        stream.write(b"half ")
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError):
        files.write_atomically(target, fails_half_way)
    assert target.read_text() == "oud\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rapport.md"]


# -- leftovers -------------------------------------------------------------------------


def plant(path: Path, content: bytes = b"\x00" * 4096, file_mode: int = 0o644) -> Path:
    path.write_bytes(content)
    if os.name == "posix":
        os.chmod(path, file_mode)
    return path


@posix_only
def test_the_next_open_removes_what_interrupted_backups_and_restores_left(closed_journal: Path, coachlog_home: Path) -> None:
    backups = coachlog_home / "backups"
    backups.mkdir()
    gone = dead_pid()
    journal_copy = closed_journal.read_bytes()  # what a leftover of a backup or restore holds
    leftovers = [
        # coachlog's own partials, their writer gone
        plant(backups / f".journal-20261123-101010-000000.coachlog.coachlog-{gone}-0a1b2c3d.partial", journal_copy),
        plant(backups / f".journal-20261123-101010-000000.coachlog.coachlog-{gone}-0a1b2c3d.partial-journal"),
        plant(coachlog_home / f".journal.coachlog.coachlog-{gone}-deadbeef.partial", journal_copy),
        # the names older coachlogs used (found by issue 13, mode 0644)
        plant(backups / ".journal-20261101-090000-000000.coachlog.partial", journal_copy),
        plant(backups / ".journal-before-upgrade-20261101-090000.coachlog.partial-journal"),
        plant(coachlog_home / ".journal.coachlog.restoring", journal_copy),
        plant(coachlog_home / ".journal.coachlog.installing", journal_copy),
    ]
    own_files = [  # a coach's (or another program's) files that only look alike
        plant(coachlog_home / ".notities.partial"),
        plant(coachlog_home / ".journal.coachlog.bak"),
        plant(coachlog_home / "journal.coachlog.partial"),
        plant(backups / ".verslag.docx.partial"),
        plant(backups / f".journal.coachlog.coachlog-{gone}-0a1b2c3d.partial.txt"),
        plant(coachlog_home / f".journal.coachlog.coachlog-{gone}-xyz.partial"),
    ]
    (coachlog_home / f".map.coachlog-{gone}-0a1b2c3d.partial").mkdir()  # a folder is never removed

    with Journal.open(closed_journal, PASSPHRASE) as journal:
        assert sorted(journal.swept) == sorted(leftovers)
        assert WORKER_NAME in {w.name for w in open_app(journal).list_workers()}
    for path in leftovers:
        assert not path.exists(), path
    for path in own_files:
        assert path.exists(), path
    assert (coachlog_home / f".map.coachlog-{gone}-0a1b2c3d.partial").is_dir()


@posix_only
def test_a_partial_still_being_written_is_left_alone(closed_journal: Path, coachlog_home: Path) -> None:
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        backups = coachlog_home / "backups"
        backups.mkdir()
        live = plant(backups / f".journal-1.coachlog.coachlog-{writer.pid}-0a1b2c3d.partial")
        mine = plant(backups / f".journal-2.coachlog.coachlog-{os.getpid()}-0a1b2c3d.partial")
        with Journal.open(closed_journal, PASSPHRASE) as journal:
            assert journal.swept == []
        assert live.exists() and mine.exists()
        writer.kill()
        writer.wait()
        with Journal.open(closed_journal, PASSPHRASE) as journal:
            assert journal.swept == [live]  # its writer is gone now
        assert mine.exists()
    finally:
        writer.kill()
        writer.wait()


@posix_only
def test_the_next_write_into_a_folder_removes_what_interrupted_reports_and_exports_left(
    closed_journal: Path, run, tmp_path: Path
) -> None:
    out = tmp_path / "rapporten"
    out.mkdir()
    gone = dead_pid()
    leftovers = [
        plant(out / f".oktober.html.coachlog-{gone}-0a1b2c3d.partial", b"<html>Sanne de Vries"),
        plant(out / f".export.json.coachlog-{gone}-11112222.partial", b'{"workers": ["Sanne de Vries"'),
        plant(out / f".verhuizing.coachlog.coachlog-{gone}-33334444.partial"),
        plant(out / f".verhuizing.coachlog.coachlog-{gone}-33334444.partial-journal"),
        plant(out / ".november.md.k3j4h5g6.partial", b"# Maand"),  # older coachlog, same file written now
    ]
    own_files = [
        plant(out / ".oktober.html.k3j4h5g6.partial"),  # older pattern, but another file: not known to be ours
        plant(out / ".download.partial"),
        plant(out / "november.md.partial"),
    ]
    result = run("report", "month", "2026-11", "-o", str(out / "november.md"))
    assert result.code == 0, result.err
    for path in leftovers:
        assert not path.exists(), path
    for path in own_files:
        assert path.exists(), path
    assert (out / "november.md").read_text(encoding="utf-8").startswith("#")


def test_the_leftover_of_an_encrypted_export_is_removed_by_the_next_export(seeded, tmp_path: Path) -> None:
    older = plant(tmp_path / ".verhuizing.coachlog.partial")  # the name older coachlogs used
    seeded.app.store.journal.export_encrypted(tmp_path / "verhuizing.coachlog", "verhuis-wachtzin")
    assert not older.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["verhuizing.coachlog"]


@posix_only
def test_backup_list_removes_what_an_interrupted_backup_left(closed_journal: Path, run, coachlog_home: Path) -> None:
    backups = coachlog_home / "backups"
    backups.mkdir()
    leftover = plant(backups / f".journal-3.coachlog.coachlog-{dead_pid()}-0a1b2c3d.partial")
    result = run("backup", "--list")
    assert result.code == 0 and leftover.name not in result.out
    assert not leftover.exists()


@posix_only
def test_worker_erase_lists_and_removes_every_unfinished_copy_that_could_hold_the_worker(
    closed_journal: Path, run, coachlog_home: Path
) -> None:
    assert run("backup").code == 0
    [backup] = list_backups(coachlog_home / "backups")
    gone = dead_pid()
    # A killed backup's partial is a complete encrypted copy, holding the worker.
    partial = coachlog_home / "backups" / f".{backup.name}.coachlog-{gone}-0a1b2c3d.partial"
    partial.write_bytes(backup.read_bytes())
    older = coachlog_home / "backups" / ".journal-20261101-090000-000000.coachlog.partial"
    older.write_bytes(backup.read_bytes())
    writer = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        busy = coachlog_home / "backups" / f".journal-9.coachlog.coachlog-{writer.pid}-0a1b2c3d.partial"
        busy.write_bytes(b"\x00" * 4096)
        result = run("worker", "erase", WORKER_NAME, "--yes", "--purge-backups")
    finally:
        writer.kill()
        writer.wait()
    assert result.code == 0, result.err
    assert "Removed 2 unfinished files" in result.out
    assert str(partial) in result.out and str(older) in result.out
    assert f"Another coachlog is writing {busy} right now; it may hold {WORKER_NAME}" in result.out
    assert str(backup) in result.out and "Deleted 1 backup." in result.out
    assert not partial.exists() and not older.exists() and not backup.exists()
    assert busy.exists()  # not removed under a live writer's feet


# -- whole or nothing: an interrupted write never leaves a file that looks complete -----


def test_make_backup_leaves_no_partial_when_the_copy_fails(journal: Journal, tmp_path: Path, monkeypatch) -> None:
    seed(open_app(journal))
    folder = tmp_path / "backups"

    def fail(partial, target):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(files, "_finish", fail)
    with pytest.raises(OSError):
        make_backup(journal, folder)
    assert list(folder.iterdir()) == []
    monkeypatch.undo()
    assert make_backup(journal, folder).entries == 3


def test_a_restore_keeps_the_replaced_journal_whole(closed_journal: Path, run, coachlog_home: Path) -> None:
    assert run("backup").code == 0
    [backup] = list_backups(coachlog_home / "backups")
    assert run("worker", "add", "Fatima El Amrani").code == 0
    before = closed_journal.read_bytes()
    result = run("restore", str(backup), "--yes")
    assert result.code == 0, result.err
    [kept] = [p for p in list_backups(coachlog_home / "backups") if "-before-restore-" in p.name]
    assert kept.read_bytes() == before
    assert closed_journal.read_bytes() == backup.read_bytes()
    assert [p.name for p in coachlog_home.rglob(".*")] == []
    listed = json.loads(run("entries", "--all", "--format", "json").out)
    assert len(listed) == 3


def test_sweeping_a_folder_that_is_not_there_is_harmless(tmp_path: Path) -> None:
    assert files.sweep(tmp_path / "bestaat-niet") == []
    assert files.leftovers(tmp_path / "bestaat-niet") == ([], [])


def test_a_stale_partial_counts_as_left_behind_where_no_process_can_be_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Windows: no signal 0; a partial nobody wrote to for STALE_SECONDS is a leftover."""
    monkeypatch.setattr(files, "POSIX", False)
    fresh = plant(tmp_path / ".a.txt.coachlog-999999-0a1b2c3d.partial")
    stale = plant(tmp_path / ".b.txt.coachlog-999999-0a1b2c3d.partial")
    old = time.time() - files.STALE_SECONDS - 5
    os.utime(stale, (old, old))
    assert files.sweep(tmp_path) == [stale]
    assert fresh.exists()


@posix_only
def test_an_output_is_never_written_over_a_pipe_a_link_or_a_device(seeded, run, tmp_path: Path) -> None:
    """-o onto something that is not an ordinary file is refused (as root, a rename over
    /dev/full replaced the device with a report), and the thing is left as it was."""
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    real = tmp_path / "real.md"
    real.write_text("kept")
    link = tmp_path / "link.md"
    link.symlink_to(real)
    for target in (pipe, link):
        result = run("report", "own", "2026-11", "-o", str(target))
        assert result.code == 1, result
        assert "is not an ordinary file" in result.err and str(target) in result.err
    assert stat.S_ISFIFO(os.lstat(pipe).st_mode) and link.is_symlink() and real.read_text() == "kept"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.md", "pipe", "real.md"]  # no partial left
