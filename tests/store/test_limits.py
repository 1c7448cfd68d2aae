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
from tests.conftest import PASSPHRASE, TODAY, new_journal

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
    journal = new_journal(journal_path)
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


# -- whole-file commands on a full disk: what was saved, what was not, exit 1 ----------

ERASED = "Fenna Oosterhuis-Brouwer"  # synthetic; a few entries, erased in the tests below
FILLER_ENTRIES = 150

LIMITED_CLI = textwrap.dedent(
    """
    import resource, signal, sys
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
    from coachlog import cli
    sys.exit(cli.main(sys.argv[2:]))
    """
)


@pytest.fixture(scope="module")
def big_journal_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A journal of about 1 MB: Daan's entries carry long random notes (so the file cannot
    be rebuilt or copied under a limit of half its size); Fenna has a handful of entries."""
    from coachlog.services import EntryDraft

    path = tmp_path_factory.mktemp("big") / "journal.coachlog"
    journal = new_journal(path)
    app = Coachlog(Store(journal), today=lambda: TODAY)
    app.add_worker("Daan Bakker")
    app.add_worker(ERASED)
    for i in range(FILLER_ENTRIES):
        app.log(EntryDraft(day=TODAY, minutes=5, workers=["Daan Bakker"], note=os.urandom(1000).hex()[:2000],
                           private_note=os.urandom(1000).hex()[:2000]))
    for i in range(3):
        app.log(EntryDraft(day=TODAY, minutes=30, workers=[ERASED], note=f"gesprek met {ERASED} over rooster {i}"))
    journal.close()
    return path


@pytest.fixture
def big_journal(big_journal_template: Path, journal_path: Path) -> Path:
    journal_path.parent.mkdir(parents=True, exist_ok=True)
    journal_path.write_bytes(big_journal_template.read_bytes())
    return journal_path


def run_limited(limit: int, *argv: str, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, "COACHLOG_PASSPHRASE": PASSPHRASE, "PYTHONDONTWRITEBYTECODE": "1", **env}
    return subprocess.run([sys.executable, "-c", LIMITED_CLI, str(limit), *argv],
                          capture_output=True, text=True, env=environment, timeout=120)


def files_in(*folders: Path) -> dict[str, bytes]:
    return {str(p): p.read_bytes() for folder in folders if folder.exists() for p in sorted(folder.rglob("*")) if p.is_file()}


def workers_and_entries(path: Path, passphrase: str = PASSPHRASE) -> tuple[set[str], int]:
    with Journal.open(path, passphrase) as journal:
        assert journal.integrity_problems() == []
        app = Coachlog(Store(journal), today=lambda: TODAY)
        return {w.name for w in app.list_workers(include_inactive=True)}, len(app.entries())


@posix_only
def test_backup_on_a_full_disk_says_no_backup_was_written_and_leaves_nothing(big_journal: Path, coachlog_home: Path):
    before = files_in(coachlog_home)
    done = run_limited(big_journal.stat().st_size // 2, "backup")
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr
    assert f"no backup was written: the disk holding {coachlog_home / 'backups'} is full" in done.stderr
    assert "The journal was not changed and no older backup was removed" in done.stderr
    assert "Free some space" in done.stderr
    assert files_in(coachlog_home) == before  # no partial left, the journal byte for byte
    assert [p.name for p in (coachlog_home / "backups").iterdir()] == []
    assert workers_and_entries(big_journal) == ({"Daan Bakker", ERASED}, FILLER_ENTRIES + 3)


@posix_only
def test_passwd_on_a_full_disk_keeps_the_old_passphrase(big_journal: Path, coachlog_home: Path):
    done = run_limited(big_journal.stat().st_size // 2, "passwd", COACHLOG_NEW_PASSPHRASE="nieuw en lang geheim")
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr
    assert "the passphrase was not changed" in done.stderr
    assert "The journal still opens with the old passphrase. Free some space and try again" in done.stderr
    assert workers_and_entries(big_journal) == ({"Daan Bakker", ERASED}, FILLER_ENTRIES + 3)
    from coachlog.errors import WrongPassphrase

    with pytest.raises(WrongPassphrase):
        Journal.open(big_journal, "nieuw en lang geheim")


@posix_only
def test_erase_on_a_full_disk_says_the_erase_was_saved_and_what_to_do_to_empty_the_wal(big_journal: Path, run):
    """Under RLIMIT_FSIZE Linux refuses every write past the limit, also inside the file:
    the VACUUM fails and so does the checkpoint that would empty the -wal (on a full disk
    the checkpoint overwrites pages in place and succeeds: test_erase covers that message)."""
    from tests.store.test_erase import decrypted_pages

    def holds_her() -> bool:
        return any(ERASED.encode() in page or b"Oosterhuis" in page for page in decrypted_pages(big_journal, PASSPHRASE))

    size = big_journal.stat().st_size
    assert holds_her()  # the control: this test's own decryption finds her
    done = run_limited(size // 2, "worker", "erase", ERASED, "--yes", "--purge-backups")
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr
    assert f"Erased {ERASED} (3 entries)" in done.stdout
    assert "the erase was saved, but the disk holding" in done.stderr
    assert "too full to rebuild the journal (VACUUM), and its -wal could not be emptied" in done.stderr
    assert "then open it once (for example: coachlog entries)" in done.stderr
    # As the message says: saved (in the -wal), and older copies still in the journal file.
    assert Path(f"{big_journal}-wal").stat().st_size > 0
    assert holds_her()
    # Doing what it says (room again, open once) leaves no trace, even with the key.
    assert run("entries").code == 0
    assert not Path(f"{big_journal}-wal").exists() or Path(f"{big_journal}-wal").stat().st_size == 0
    assert not holds_her()
    assert workers_and_entries(big_journal) == ({"Daan Bakker"}, FILLER_ENTRIES)


@posix_only
def test_restore_on_a_full_disk_leaves_the_journal_and_says_what_was_kept(big_journal: Path, coachlog_home: Path, run):
    assert run("backup").code == 0  # a backup of the big journal
    [backup] = sorted((coachlog_home / "backups").glob("*.coachlog"))
    assert run("worker", "erase", "Daan Bakker", "--yes").code == 0  # the journal shrinks (VACUUM)
    journal_bytes = big_journal.read_bytes()
    assert len(journal_bytes) < backup.stat().st_size // 2
    done = run_limited(backup.stat().st_size // 2, "restore", str(backup), "--yes")
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr
    assert "nothing was restored" in done.stderr and "The journal is unchanged." in done.stderr
    [kept] = [p for p in (coachlog_home / "backups").glob("*.coachlog") if "-before-restore-" in p.name]
    assert f"The journal it would have replaced was kept as {kept}." in done.stderr
    assert kept.read_bytes() == journal_bytes
    assert big_journal.read_bytes() == journal_bytes
    assert [p.name for p in coachlog_home.rglob(".*")] == []  # no partial left
    assert workers_and_entries(big_journal) == ({ERASED}, 3)


@posix_only
@pytest.mark.parametrize("kind", ["encrypted", "plaintext"])
def test_an_export_on_a_full_disk_writes_nothing(big_journal: Path, tmp_path: Path, kind: str):
    out = tmp_path / "uit"
    out.mkdir()
    target = out / ("verhuizing.coachlog" if kind == "encrypted" else "export.json")
    argv = ["export", "--encrypted"] if kind == "encrypted" else ["export", "--plaintext", "--format", "json"]
    # The plaintext export (no private notes) is about a third of the journal.
    limit = big_journal.stat().st_size // (2 if kind == "encrypted" else 8)
    done = run_limited(limit, *argv, "-o", str(target), COACHLOG_EXPORT_PASSPHRASE="verhuis-wachtzin")
    assert done.returncode == 1, done.stderr
    assert "unexpected error" not in done.stderr
    assert "is full" in done.stderr and "Free some space" in done.stderr
    assert list(out.iterdir()) == []
    assert workers_and_entries(big_journal) == ({"Daan Bakker", ERASED}, FILLER_ENTRIES + 3)
