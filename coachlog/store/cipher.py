"""The encrypted file itself: keying one SQLCipher connection and checking it is a journal.

Nothing here imports SQLAlchemy, on purpose: the key derivation (PBKDF2 in OpenSSL, through
``hashlib``, which lets go of Python's lock while it works) can then run in a thread while
the rest of the storage stack is still being imported (:func:`unlock_while`). A command's
start-up pays the longer of the two instead of both.

A passphrase is checked here, in Python, before SQLite opens the file at all: the key is
derived once with SQLCipher 4's own settings, and the authentication code (HMAC) of page 1
is checked as SQLCipher checks it. A wrong passphrase is refused without SQLite ever
opening the journal, so it cannot checkpoint a leftover ``-wal`` into the file, delete
``-wal``/``-shm`` or rewrite ``-shm`` (it did, when SQLCipher itself found the key wrong and
the failed connection was closed). A right one keys SQLCipher with the derived raw key, so
SQLCipher derives nothing again: still one key derivation per process.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import struct
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


# SQLCipher 4's defaults, which coachlog uses unchanged (tests/store/test_security_doc.py
# holds the journal's PRAGMAs to them): a page is 4096 bytes; page 1 starts with the
# 16-byte salt; each page ends with 80 reserved bytes, a 16-byte IV and a 64-byte
# HMAC-SHA512 over the page's ciphertext, its IV and its page number (4 bytes, little
# endian). The key is PBKDF2-HMAC-SHA512(passphrase, salt, 256 000 iterations, 32 bytes);
# the HMAC key is PBKDF2-HMAC-SHA512(key, salt XOR 0x3a, 2 iterations, 32 bytes).
PAGE_SIZE = 4096
SALT_SIZE = 16
KEY_SIZE = 32
IV_SIZE = 16
HMAC_SIZE = 64
KDF_ITERATIONS = 256_000
HMAC_KDF_ITERATIONS = 2
HMAC_SALT_MASK = 0x3A
# SQLite's write-ahead log: a 32-byte header, then frames of a 24-byte header and a page.
WAL_HEADER_SIZE = 32
WAL_FRAME_HEADER_SIZE = 24


def uri(path: Path, mode: str) -> str:
    return f"{path.absolute().as_uri()}?mode={mode}"


def quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def exists(path: Path) -> bool:
    """A journal is there to open (an empty file left by a crashed creation is not).
    A path that can hold no journal file (a folder, a device, a file used as a folder)
    is refused here, before anything opens or creates it."""
    check_journal_path(path)
    return path.exists() and path.stat().st_size > 0


def check_journal_path(path: Path) -> None:
    """Refuse a journal path that is not, and cannot become, an ordinary file."""
    path = Path(path).expanduser().absolute()
    if os.path.lexists(path) and not path.is_file():
        kind = N_("a folder") if path.is_dir() else N_("a device or another special file")
        raise JournalError(t("{path} is {kind}, not a journal file; give the path of a journal file",
                             path=path, kind=t(kind)))
    parent = path.parent
    while not os.path.lexists(parent):
        parent = parent.parent
    if not parent.is_dir():
        raise JournalError(t("{parent} is a file, not a folder, so journal {path} cannot be there; give the path "
                             "of a journal file in a folder", parent=parent, path=path))


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher 4's key derivation, done by OpenSSL through hashlib (the GIL is released)."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, KDF_ITERATIONS, KEY_SIZE)


def page_one_is_authentic(page: bytes, key: bytes, salt: bytes) -> bool:
    """Whether ``page`` (an encrypted page 1, from the file or a -wal frame) carries the
    HMAC that ``key`` gives it: the check SQLCipher makes before it decrypts a page."""
    if len(page) != PAGE_SIZE:
        return False
    hmac_key = hashlib.pbkdf2_hmac(
        "sha512", key, bytes(byte ^ HMAC_SALT_MASK for byte in salt), HMAC_KDF_ITERATIONS, KEY_SIZE
    )
    # Page 1's first 16 bytes are the salt, not ciphertext; the HMAC covers what follows
    # up to and including the IV, then the page number.
    signed = page[SALT_SIZE:PAGE_SIZE - HMAC_SIZE]
    expected = hmac.new(hmac_key, signed + (1).to_bytes(4, "little"), "sha512").digest()
    return hmac.compare_digest(expected, page[PAGE_SIZE - HMAC_SIZE:])


def wal_page_one(path: Path) -> bytes | None:
    """Page 1 as SQLite would read it from the journal's -wal: the newest frame of page 1
    in a committed transaction of the log's current generation, read without SQLite (None:
    the -wal holds no committed page 1). After a ``passwd`` that was interrupted between
    its commit and its checkpoint, the journal's page 1 under the new key is only here, and
    the file's own page 1 (still under the old key) is not what SQLite reads."""
    wal = Path(f"{path}-wal")
    try:
        with wal.open("rb") as handle:
            header = handle.read(WAL_HEADER_SIZE)
            if len(header) < WAL_HEADER_SIZE or struct.unpack(">I", header[8:12])[0] != PAGE_SIZE:
                return None
            salts = header[16:24]
            newest: bytes | None = None  # page 1 in the transaction being read
            committed: bytes | None = None  # page 1 as of the last commit frame
            offset = WAL_HEADER_SIZE
            while True:
                handle.seek(offset)
                frame_header = handle.read(WAL_FRAME_HEADER_SIZE)
                if len(frame_header) < WAL_FRAME_HEADER_SIZE or frame_header[8:16] != salts:
                    # The end of the log, or a frame of an older generation: SQLite stops here.
                    return committed
                page_no, size_after_commit = struct.unpack(">II", frame_header[:8])
                if page_no == 1:
                    newest = handle.read(PAGE_SIZE)
                if size_after_commit:  # a commit frame: what came before it counts
                    committed = newest
                offset += WAL_FRAME_HEADER_SIZE + PAGE_SIZE
    except OSError:
        return None


def key_opens(path: Path, key: bytes, salt: bytes, *, wal: bool = True) -> bool:
    """Whether page 1 of the journal at ``path`` authenticates under ``key``: page 1 as
    SQLite will read it (with ``wal``, the newest committed one in the -wal when there is
    one), else as the file holds it."""
    page = wal_page_one(path) if wal else None
    if page is None:
        with path.open("rb") as handle:
            page = handle.read(PAGE_SIZE)
    return page_one_is_authentic(page, key, salt)


def check_passphrase(path: Path, passphrase: str) -> tuple[bytes, bytes]:
    """The key and salt of the journal at ``path`` if ``passphrase`` opens it; otherwise
    WrongPassphrase, raised before SQLite has opened (or could change) any file.

    The passphrase is right when page 1 authenticates under its key as SQLite will read it:
    from the -wal when a committed transaction there holds page 1, else from the file (the
    -wal is read by this code alone, never by SQLite here)."""
    with path.open("rb") as handle:
        salt = handle.read(SALT_SIZE)
    key = derive_key(passphrase, salt)
    if key_opens(path, key, salt):
        return key, salt
    raise WrongPassphrase(path)


def raw_key(key: bytes, salt: bytes) -> str:
    """SQLCipher's form of a key already derived, with its salt: ``x'<key><salt>'``."""
    return f"\"x'{key.hex()}{salt.hex()}'\""


def connect(path: Path, passphrase: str, *, create: bool) -> sqlcipher3.Connection:
    """Open and key one connection: the one place where the key derivation is paid.

    An existing file is keyed with the raw key :func:`check_passphrase` derived (a wrong
    passphrase never reaches SQLite); a new (empty) file with the passphrase, so that
    SQLCipher makes its salt and derives the key itself."""
    if not passphrase:
        raise JournalError("the passphrase may not be empty")
    key_pragma = quote(passphrase) if create else raw_key(*check_passphrase(path, passphrase))
    connection = sqlcipher3.connect(
        uri(path, "rwc" if create else "rw"),
        uri=True,
        check_same_thread=False,  # shared under Journal's lock
        isolation_level=None,  # transactions are begun explicitly (see Journal._begin)
    )
    try:
        # SQLCipher logs decryption failures to stderr by default; we report them ourselves.
        connection.execute("PRAGMA cipher_log_level = NONE")
        connection.execute(f"PRAGMA key = {key_pragma}")
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
    check_journal_path(path)
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
