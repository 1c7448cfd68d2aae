"""A coachlog killed mid-write (SIGKILL) loses nothing it reported as saved, and leaves a
journal that passes SQLite's and SQLCipher's integrity checks; killed while writing a
backup, restore, export or report, it leaves no partial file after the next command that
touches that folder, and an erase afterwards leaves no trace of the worker in any file."""

from __future__ import annotations

import json
import os
import signal
import stat
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest
from tests.conftest import new_journal
from tests.store.journal_kit import PASSPHRASE, open_app

from coachlog.domain import model
from coachlog.store.engine import Journal

ROUNDS = 3
KILL_AFTER = 30  # committed entries

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date, timedelta

    from coachlog.services import Coachlog, EntryDraft
    from coachlog.store.engine import Journal
    from coachlog.store.repository import Store

    today = date(2026, 11, 23)
    journal = Journal.open(sys.argv[1], sys.argv[2])
    app = Coachlog(Store(journal), today=lambda: today)
    print("ready", flush=True)
    i = 0
    while True:
        day = today - timedelta(days=i % 90)
        saved = app.log(EntryDraft(day=day, minutes=5, workers=["Daan Bakker"], note=f"crash test {i}",
                                   private_note="x" * (i % 700)))
        # Printed only after log() returned, i.e. after the commit.
        print(saved[0].id, flush=True)
        i += 1
    """
)


def run_and_kill(path: Path, kill_after: int) -> list[int]:
    """Start a writer, SIGKILL it after ``kill_after`` committed entries; the ids it reported."""
    child = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(path), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )
    ids: list[int] = []
    try:
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first == "ready\n", child.stderr.read() if child.stderr else first
        while len(ids) < kill_after:
            line = child.stdout.readline()
            assert line, f"the writer stopped early: {child.stderr.read() if child.stderr else ''}"
            ids.append(int(line))
        # Kill it while it is busy with the next entries.
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
        # Whatever it reported before dying was committed too.
        ids.extend(int(line) for line in child.stdout.read().split())
    finally:
        if child.poll() is None:
            child.kill()
            child.wait(timeout=10)
        child.stdout.close()
        child.stderr.close()
    assert child.returncode == -signal.SIGKILL
    return ids


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_mid_write_loses_no_committed_entry(journal_path: Path) -> None:
    with new_journal(journal_path) as journal:
        open_app(journal).add_worker("Daan Bakker")
    reported: list[int] = []
    for round_no in range(ROUNDS):
        # A different moment each round, so the kill lands in different phases of a write.
        kill_after = KILL_AFTER + 7 * round_no
        ids = run_and_kill(journal_path, kill_after)
        assert len(ids) >= kill_after
        reported.extend(ids)
        with Journal.open(journal_path, PASSPHRASE) as journal:
            assert journal.integrity_problems() == []
            with open_app(journal).store.reading() as reader:
                stored = {e.id: e for e in reader.all(model.Entry)}
                # Every saved change is in the undo log too: the two were one transaction.
                last = reader.last_change()
        missing = [entry_id for entry_id in reported if entry_id not in stored]
        assert missing == []
        assert len(set(reported)) == len(reported)
        for entry_id in ids:
            assert stored[entry_id].note.startswith("crash test ")
        # An entry the writer had not reported yet may be there (the kill came after its
        # commit but before the print); then its undo record is there as well.
        assert last is not None
        assert last.operations[-1]["id"] == max(stored)


def test_the_journal_runs_with_durable_settings(closed_journal: Path) -> None:
    """What SIGKILL cannot show: a commit that returned must also survive a power cut
    (synchronous FULL in WAL mode), and the file is in WAL mode for readers beside a writer."""
    with Journal.open(closed_journal, PASSPHRASE) as journal:
        with journal.read() as conn:
            pragma = lambda name: conn.exec_driver_sql(f"PRAGMA {name}").scalar()  # noqa: E731
            assert pragma("journal_mode") == "wal"
            assert pragma("synchronous") == 2  # FULL
            assert pragma("foreign_keys") == 1
            assert pragma("secure_delete") == 1


# -- killed while writing a whole file: backup, restore, exports, reports -----------------

FENNA = "Fenna Oosterhuis-Brouwer"  # synthetic; erased at the end, must leave no trace
FENNA_NOTE = "Fenna oefent de kassa met haar leidinggevende"
FENNA_PRIVATE = "Fenna vertelde over haar schulden"
EXPORT_PASSPHRASE = "verhuis-wachtzin"

# Runs the command line; with KILL_AT=n it SIGKILLs itself at the n-th rename of a
# partial into place (the partial is complete and synced by then: the worst leftover);
# with KILL_AFTER=s a timer kills it after s seconds, wherever it is.
KILLED_CLI = textwrap.dedent(
    """
    import os, signal, sys, threading
    kill_at = int(os.environ.get("KILL_AT", "0"))
    if kill_at:
        real_replace, renames = os.replace, []
        def replace(source, target):
            if ".partial" in os.fspath(source):
                renames.append(source)
                if len(renames) == kill_at:
                    os.kill(os.getpid(), signal.SIGKILL)
            return real_replace(source, target)
        os.replace = replace
    if os.environ.get("KILL_AFTER"):
        threading.Timer(float(os.environ["KILL_AFTER"]), os.kill, (os.getpid(), signal.SIGKILL)).start()
    from coachlog import cli
    sys.exit(cli.main(sys.argv[1:]))
    """
)


def run_killed(argv: list[str], **env: str) -> int:
    environment = {**os.environ, "COACHLOG_PASSPHRASE": PASSPHRASE, "COACHLOG_EXPORT_PASSPHRASE": EXPORT_PASSPHRASE,
                   "PYTHONDONTWRITEBYTECODE": "1", **env}
    done = subprocess.run([sys.executable, "-c", KILLED_CLI, *argv], env=environment, capture_output=True, timeout=120)
    return done.returncode


def hidden(*folders: Path) -> list[Path]:
    return sorted(p for folder in folders if folder.exists() for p in folder.rglob(".*"))


def check_files_complete(home: Path, out: Path, entry_count: int, *, exports: bool = True) -> None:
    """No file left but complete ones, all private; the journal and backups open with
    every entry; the exports and reports are whole (``exports``: and hold every entry)."""
    from coachlog.store.engine import verify_backup

    assert hidden(home, out) == []
    for path in [*home.rglob("*"), *out.rglob("*")]:
        if os.name == "posix":
            expected = 0o700 if path.is_dir() else 0o600
            assert stat.S_IMODE(path.stat().st_mode) == expected, path
    with Journal.open(home / "journal.coachlog", PASSPHRASE) as journal:
        assert journal.integrity_problems() == []
        assert len(open_app(journal).entries()) == entry_count
    for backup in (home / "backups").glob("*.coachlog"):
        assert verify_backup(backup, PASSPHRASE) == entry_count
    if not exports:
        return
    for export in out.glob("*.coachlog"):
        assert verify_backup(export, EXPORT_PASSPHRASE) == entry_count
    if (out / "export.json").exists():
        assert len(json.loads((out / "export.json").read_text(encoding="utf-8"))["entries"]) == entry_count
    if (out / "november.html").exists():
        assert (out / "november.html").read_text(encoding="utf-8").rstrip().endswith("</html>")


# (what to run, which rename to die at, the next command that touches that folder)
KILLS = [
    ("backup", ["backup"], 1, ["backup", "--list"]),
    ("restore: keeping the journal", ["restore", "{backup}", "--yes"], 1, ["entries"]),
    ("restore: putting the backup in place", ["restore", "{backup}", "--yes"], 2, ["entries"]),
    ("export --encrypted", ["export", "--encrypted", "-o", "{out}/verhuizing.coachlog"], 1,
     ["export", "--encrypted", "-o", "{out}/verhuizing.coachlog"]),
    ("export --plaintext", ["export", "--plaintext", "--format", "json", "-o", "{out}/export.json"], 1,
     ["export", "--plaintext", "--format", "json", "-o", "{out}/export.json"]),
    ("report -o", ["report", "month", "2026-11", "--format", "html", "-o", "{out}/november.html"], 1,
     ["report", "month", "2026-11", "--format", "html", "-o", "{out}/november.html"]),
]


@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_sigkill_while_writing_files_leaves_no_partial_after_the_next_command_and_erase_leaves_no_trace(
    journal_path: Path, coachlog_home: Path, tmp_path: Path, run, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.store.test_erase import decrypted_pages

    monkeypatch.setenv("COACHLOG_EXPORT_PASSPHRASE", EXPORT_PASSPHRASE)

    from coachlog.services import EntryDraft

    with new_journal(journal_path) as journal:
        app = open_app(journal)
        app.add_worker("Daan Bakker")
        app.add_worker(FENNA)
        app.add_employer("Bakkerij Jansen")
        for day in range(1, 6):
            app.log(EntryDraft(day=date(2026, 11, day), minutes=60, workers=[FENNA], note=FENNA_NOTE,
                               private_note=FENNA_PRIVATE))
            app.log(EntryDraft(day=date(2026, 11, day), minutes=30, workers=["Daan Bakker"], note="x" * 1500))
    entry_count = 10
    source = tmp_path / "bron.coachlog"  # the backup restored below, outside the journal's folders
    assert run("backup").code == 0
    [made] = (coachlog_home / "backups").glob("*.coachlog")
    made.rename(source)
    out = tmp_path / "uit"
    out.mkdir(mode=0o700)

    for label, argv, kill_at, following in KILLS:
        fill = {"backup": str(source), "out": str(out)}
        code = run_killed([word.format(**fill) for word in argv], KILL_AT=str(kill_at))
        assert code == -signal.SIGKILL, label
        left = hidden(coachlog_home, out)
        assert left, f"{label}: the kill left no partial; the test did not test anything"
        if os.name == "posix":
            assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in left), label
        result = run(*[word.format(**fill) for word in following])
        assert result.code == 0, (label, result.err)
        check_files_complete(coachlog_home, out, entry_count)
        for kept in (coachlog_home / "backups").glob("*-before-restore-*"):
            kept.unlink()  # complete and checked; they would hold Fenna too (erase purges them)
        for export in out.glob("*.coachlog"):
            export.unlink()  # an encrypted export never overwrites a file

    # A few kills at a random moment of a backup, wherever they land.
    for delay in (0.3, 0.45, 0.6):
        assert run_killed(["backup"], KILL_AFTER=str(delay)) in (0, -signal.SIGKILL)
    # The last one dies holding a complete partial in the backups folder: erase finds it.
    assert run_killed(["backup"], KILL_AT="1") == -signal.SIGKILL
    [partial] = hidden(coachlog_home / "backups")

    erased = run("worker", "erase", FENNA, "--yes", "--purge-backups")
    assert erased.code == 0, erased.err
    assert str(partial) in erased.out and not partial.exists()
    # (The coach's own exports in `out`, made before, still hold her: they are the coach's to delete.)
    check_files_complete(coachlog_home, out, entry_count - 5, exports=False)
    for path in coachlog_home.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert FENNA.encode() not in data and b"Oosterhuis" not in data
            if data[:16] == journal_path.read_bytes()[:16]:  # encrypted with the journal's key
                pages = decrypted_pages(path, PASSPHRASE)
                for secret in (FENNA, "Oosterhuis", FENNA_NOTE, FENNA_PRIVATE):
                    assert not any(secret.encode() in page for page in pages), (path, secret)
