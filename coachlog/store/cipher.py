"""The encrypted file itself: keying one SQLCipher connection and checking it is a journal.

Nothing here imports SQLAlchemy, on purpose: the key derivation (PBKDF2 in SQLCipher's C
code, which lets go of Python's lock while it works) can then run in a thread while the
rest of the storage stack is still being imported (:func:`unlock_while`). A command's
start-up pays the longer of the two instead of both.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from coachlog.errors import JournalError, JournalTooNew, NotAJournal, WrongPassphrase
from coachlog.i18n import N_, t

SQLITE_PLAIN_HEADER = b"SQLite format 3\x00"

# The schema revisions this coachlog knows, oldest first; the last one is the head. A
# journal stamped with a revision not in this list was written by a newer coachlog.
# (Kept here, not in schema.py, so that checking a file needs no SQLAlchemy.)
KNOWN_REVISIONS = ("0001", "0002")
SCHEMA_HEAD = KNOWN_REVISIONS[-1]

# "CLOG" as a 32-bit integer, written in the SQLite header so that another program's
# encrypted database is not mistaken for a journal.
APPLICATION_ID = 0x434C4F47


def uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


def quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def exists(path: Path) -> bool:
    """A journal is there to open (an empty file left by a crashed creation is not)."""
    return path.exists() and path.stat().st_size > 0


def connect(path: Path, passphrase: str, *, create: bool) -> sqlcipher3.Connection:
    """Open and key one connection: the one place where the key derivation is paid."""
    if not passphrase:
        raise JournalError("the passphrase may not be empty")
    connection = sqlcipher3.connect(
        uri(path, "rwc" if create else "rw"),
        uri=True,
        check_same_thread=False,  # shared under Journal's lock
        isolation_level=None,  # transactions are begun explicitly (see Journal._begin)
    )
    try:
        # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {quote(passphrase)}")
        # A read right after the key: a wrong passphrase fails here, not later.
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as error:
        connection.close()
        if "not a database" in str(error) or "encrypted" in str(error):
            raise WrongPassphrase(path) from None
        raise JournalError(t("cannot open journal {path}: {error}", path=path, error=error)) from None
    except BaseException:
        connection.close()
        raise
    return connection


def check_looks_like_journal(path: Path) -> None:
    """Refuse, before any key is tried, a file that cannot be an encrypted journal."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(1024)
    if head.startswith(SQLITE_PLAIN_HEADER):
        raise NotAJournal(path, N_("it is an unencrypted SQLite database"))
    if size < 1024 or size % 512:
        raise NotAJournal(path, t("its size ({size} bytes) does not fit an encrypted journal", size=size))
    printable = sum(32 <= byte < 127 or byte in (9, 10, 13) for byte in head)
    if printable > 0.95 * len(head):
        raise NotAJournal(path, N_("it looks like a text file"))


def looks_like_journal(path: Path) -> bool:
    """An encrypted file that could be a journal (or an encrypted export of one)."""
    try:
        check_looks_like_journal(Path(path))
    except (NotAJournal, OSError):
        return False
    return True


def read_revision(connection: sqlcipher3.Connection) -> str | None:
    try:
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlcipher3.OperationalError:
        return None
    return row[0] if row else None


@dataclass
class Keyed:
    """A keyed connection to a file checked to be a journal this coachlog can open;
    ``Journal.from_keyed`` turns it into an open journal (and upgrades an older one)."""

    path: Path
    connection: sqlcipher3.Connection
    revision: str | None  # None: nothing in it yet (a new or interrupted creation)

    def close(self) -> None:
        self.connection.close()


def unlock(path: Path, passphrase: str) -> Keyed:
    """Key the journal at ``path`` and check it, or raise the reason it cannot be opened
    (no journal there, not a journal, wrong passphrase, written by a newer coachlog)."""
    path = Path(path)
    if not path.exists():
        raise JournalError(t("no journal at {path}; run coachlog once to create it, or check --journal", path=path))
    if path.stat().st_size == 0:
        # A creation that was killed before its first commit: nothing to lose, start again.
        return Keyed(path, connect(path, passphrase, create=True), None)
    check_looks_like_journal(path)
    connection = connect(path, passphrase, create=False)
    try:
        app_id = connection.execute("PRAGMA application_id").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    except sqlcipher3.DatabaseError as error:
        connection.close()
        raise NotAJournal(path, str(error)) from None
    if app_id != APPLICATION_ID and tables:
        connection.close()
        raise NotAJournal(path, N_("it is an encrypted database of another program"))
    revision = read_revision(connection) if tables else None
    if revision is not None and revision not in KNOWN_REVISIONS:
        connection.close()
        raise JournalTooNew(path, revision)
    return Keyed(path, connection, revision)


def unlock_while(path: Path, passphrase: str, meanwhile: Callable[[], object]) -> Keyed:
    """:func:`unlock` in a thread while ``meanwhile`` (say, importing SQLAlchemy) runs on
    this one. Whatever fails, fails as it would have alone; a key derived for nothing
    (``meanwhile`` failed, or Ctrl+C came while waiting) is closed as soon as the thread
    has it, never left open."""
    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="coachlog-unlock")
    keying = pool.submit(unlock, path, passphrase)
    pool.shutdown(wait=False)  # no more work comes; the thread ends after this one
    try:
        meanwhile()
        return keying.result()
    except BaseException:
        keying.add_done_callback(_close_unused)
        raise


def _close_unused(keying: Future[Keyed]) -> None:
    if not keying.cancelled() and keying.exception() is None:
        keying.result().close()
