"""Opening, creating, re-keying and backing up an encrypted journal (SQLCipher 4).

The key is derived once per process: one SQLCipher connection is opened, keyed and
verified, and the SQLAlchemy engine hands out that same connection (StaticPool) under a
lock, so threads never open (and never pay a key derivation for) another one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.pool import StaticPool

from coachlog.errors import Conflict, DiskFull, JournalError, JournalLocked, NoSpace, SpaceNotReclaimed
from coachlog.i18n import t
from coachlog.store import cipher, files, schema

BUSY_TIMEOUT_MS = 5000
POSIX = files.POSIX


def _size(path: Path) -> str:
    """A file's size as a person reads it, for "free about this much"."""
    try:
        size = Path(path).stat().st_size
    except OSError:
        return "?"
    return f"{size / 1024 / 1024:.1f} MB" if size >= 1024 * 1024 else f"{max(1, size // 1024)} KB"


def sweep_leftovers(journal_path: Path, backups: Path | None = None) -> list[Path]:
    """Remove what interrupted coachlogs left beside the journal and in its backups folder
    (partials of backups, restores, exports, reports whose writer is gone, and the exact
    names older coachlogs used for them); returns what was removed."""
    journal_path = Path(journal_path).absolute()
    older_names = {f".{journal_path.name}.{kind}" for kind in ("partial", "restoring", "installing")}
    removed = files.sweep(journal_path.parent, legacy=older_names.__contains__)
    removed += files.sweep(
        Path(backups) if backups else journal_path.parent / "backups",
        # Older coachlogs wrote a backup through ".NAME.coachlog.partial" (VACUUM INTO).
        legacy=lambda name: name.endswith(".coachlog.partial"),
    )
    return removed


def busy_leftovers(journal_path: Path, backups: Path | None = None) -> list[Path]:
    """Partials beside the journal and in its backups folder that another coachlog is
    writing right now."""
    journal_path = Path(journal_path).absolute()
    folders = (journal_path.parent, Path(backups) if backups else journal_path.parent / "backups")
    return [path for folder in folders for path in files.leftovers(folder)[1]]


def install_journal(source: Path, target: Path) -> Path:
    """Copy a verified journal file into place (where none exists yet), private, atomically."""
    target = Path(target)
    if Journal.exists(target):
        raise JournalError(t("a journal already exists at {path}; nothing was changed", path=target))
    files.private_folder(target.parent)
    sweep_leftovers(target)
    try:
        return files.copy_privately(source, target)
    except OSError as error:
        if not files.no_space(error):
            raise
        raise NoSpace(t(
            "nothing was imported: the disk holding {folder} is full (or a file there may grow no larger). "
            "Free some space (the journal needs about {size}) and try again", folder=target.parent, size=_size(source),
        )) from None


def _set_pragmas(connection: sqlcipher3.Connection) -> None:
    for pragma in (
        f"busy_timeout = {BUSY_TIMEOUT_MS}",
        "journal_mode = WAL",
        # FULL: a commit that returned survives a power cut, not only a crash.
        "synchronous = FULL",
        "temp_store = MEMORY",
        "secure_delete = ON",
        "foreign_keys = ON",
    ):
        connection.execute(f"PRAGMA {pragma}")


# Page cache while one transaction writes many rows (an import): SQLite's default of
# about 2 MB spills dirty pages to the WAL mid-transaction, and SQLCipher encrypts each
# spilled page again at the commit; 64 MB holds 100 000 entries (about a quarter faster).
BULK_CACHE_KIB = 65536


@contextmanager
def roomy_cache(conn: Connection) -> Iterator[None]:
    """A larger page cache for a bulk insert, the connection's own size again after it.
    Shrinking it later frees only clean pages, so the commit still finds its dirty ones."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar_one()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


def _restrict_mode(path: Path) -> None:
    """Journals of older coachlogs may be readable by others: made private when opened.
    (SQLite makes -wal and -shm with the journal's own mode.)"""
    if POSIX:
        for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            try:
                if os.stat(candidate).st_mode & 0o077:
                    os.chmod(candidate, files.PRIVATE_FILE)
            except FileNotFoundError:
                pass


class Journal:
    """An open, unlocked journal. Use :meth:`open` or :meth:`create`."""

    def __init__(self, path: Path, connection: sqlcipher3.Connection) -> None:
        self.path = path
        self._dbapi = connection
        self._lock = threading.RLock()
        # The plain SQLite dialect over the sqlcipher3 module: the pysqlcipher dialect
        # would key every new connection itself, and we key (and verify) ours once.
        # Leftovers of interrupted writes this journal's opening removed (see sweep_leftovers);
        # `worker erase` lists them, since they could have held the worker.
        self.swept: list[Path] = []
        self.engine: Engine = create_engine(
            "sqlite://",
            module=sqlcipher3,
            creator=lambda: connection,
            poolclass=StaticPool,
        )
        event.listen(self.engine, "begin", self._begin)
        self._closed = False

    @staticmethod
    def _begin(conn: Connection) -> None:
        # IMMEDIATE for writes: take the write lock at BEGIN, so a second coachlog waits
        # (busy_timeout) instead of failing half-way through a transaction.
        mode = conn.get_execution_options().get("coachlog_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    # -- opening ---------------------------------------------------------------------

    @classmethod
    def exists(cls, path: Path) -> bool:
        """A journal is there to open (an empty file left by a crashed creation is not)."""
        return cipher.exists(path)

    @classmethod
    def create(cls, path: Path, passphrase: str) -> Journal:
        path = Path(path)
        if cls.exists(path):
            raise JournalError(t("journal {path} already exists; open it instead", path=path))
        files.private_folder(path.parent)
        if not path.exists():
            # Create the file private from its first byte, before any data goes in.
            flags = os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_BINARY", 0)
            os.close(os.open(path, flags, files.PRIVATE_FILE))
        return cls.from_keyed(cipher.Keyed(path, cipher.connect(path, passphrase, create=True), None))

    @classmethod
    def open(cls, path: Path, passphrase: str, *, backups: Path | None = None) -> Journal:
        """Open an existing journal; upgrade an older schema after an encrypted backup."""
        return cls.from_keyed(cipher.unlock(Path(path), passphrase), backups=backups)

    @classmethod
    def from_keyed(cls, keyed: cipher.Keyed, *, backups: Path | None = None) -> Journal:
        """The journal on a connection :func:`cipher.unlock` keyed and checked: brought to
        the current schema (an older one after an encrypted backup), private on disk."""
        try:
            _set_pragmas(keyed.connection)
        except BaseException:
            keyed.close()
            raise
        journal = cls(keyed.path, keyed.connection)
        try:
            if keyed.revision != schema.SCHEMA_HEAD:
                journal._migrate(backup=keyed.revision is not None, backups=backups)
        except BaseException:
            journal.close()
            raise
        _restrict_mode(keyed.path)
        journal.swept = sweep_leftovers(keyed.path, backups)
        return journal

    @property
    def revision(self) -> str | None:
        with self._lock:
            return cipher.read_revision(self._dbapi)

    def _migrate(self, *, backup: bool, backups: Path | None = None) -> None:
        if backup:
            self.backup_to(
                (backups or self.path.parent / "backups")
                / f"{self.path.stem}-before-upgrade-{datetime.now():%Y%m%d-%H%M%S}.coachlog"
            )
        from coachlog.store.migrate import upgrade_to_head

        with self.write() as conn:
            upgrade_to_head(conn)
            conn.exec_driver_sql(f"PRAGMA application_id = {schema.APPLICATION_ID}")

    # -- transactions ----------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Connection]:
        with self._lock, self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self) -> Iterator[Connection]:
        """One write transaction: committed when the block ends, rolled back on error."""
        with self._lock:
            try:
                with self.engine.connect().execution_options(coachlog_begin="IMMEDIATE") as conn:
                    with conn.begin():
                        yield conn
            except IntegrityError as error:
                raise Conflict(
                    t("the journal refused the change ({error}); nothing was saved", error=error.orig)
                ) from None
            except OperationalError as error:
                if "database is locked" in str(error):
                    raise JournalLocked(self.path) from None
                if "disk is full" in str(error) or "disk I/O error" in str(error):
                    raise DiskFull(self.path) from None
                raise

    # -- whole-file operations -------------------------------------------------------

    def backup_to(self, target: Path) -> Path:
        """Write an encrypted copy (same passphrase) atomically, then return its path.

        VACUUM INTO fills a partial made private beforehand (SQLite would make it with the
        process's umask); on any failure the partial is removed."""
        target = Path(target)
        files.private_folder(target.parent)
        try:
            with files.partial_for_sqlite(target) as partial, self._lock:
                self._dbapi.execute("VACUUM INTO ?", (str(partial),))
        except (OSError, sqlcipher3.OperationalError) as error:
            if not files.no_space(error):
                raise
            raise NoSpace(t(
                "no backup was written: the disk holding {folder} is full (or a file there may grow no larger). "
                "The journal was not changed and no older backup was removed. Free some space (a backup takes "
                "about {size}) and try again", folder=target.parent, size=_size(self.path),
            )) from None
        return target

    def export_encrypted(self, target: Path, passphrase: str) -> Path:
        """A complete copy under its own passphrase (new salt, new key), to move a journal.

        Written beside the target and renamed into place; mode 0600."""
        if not passphrase:
            raise JournalError("the export's passphrase may not be empty")
        target = Path(target).expanduser().absolute()
        if target.exists():
            raise JournalError(t("{path} already exists; choose a new file name", path=target))
        if not target.parent.is_dir():
            raise JournalError(t("folder {path} does not exist", path=target.parent))
        # Older coachlogs wrote it through ".NAME.partial"; what they or we left is removed.
        files.sweep(target.parent, legacy={f".{target.name}.partial"}.__contains__)
        try:
            with files.partial_for_sqlite(target) as partial, self._lock:
                self._dbapi.execute(f"ATTACH DATABASE ? AS moving KEY {cipher.quote(passphrase)}", (str(partial),))
                try:
                    self._dbapi.execute("SELECT sqlcipher_export('moving')")
                    version = self._dbapi.execute("PRAGMA user_version").fetchone()[0]
                    self._dbapi.execute(f"PRAGMA moving.user_version = {int(version)}")
                    self._dbapi.execute(f"PRAGMA moving.application_id = {schema.APPLICATION_ID}")
                finally:
                    self._dbapi.execute("DETACH DATABASE moving")
        except (OSError, sqlcipher3.OperationalError) as error:
            if not files.no_space(error):
                raise
            raise NoSpace(t(
                "no export was written: the disk holding {folder} is full (or a file there may grow no larger). "
                "The journal was not changed. Free some space (the export takes about {size}) and try again",
                folder=target.parent, size=_size(self.path),
            )) from None
        return target

    def rekey(self, new_passphrase: str) -> None:
        """Re-encrypt every page with a new passphrase, in one transaction.

        The new key is derived here (once, as for opening) and handed to SQLCipher raw.
        SQLCipher's ``PRAGMA rekey`` answers "ok" even when its transaction failed (no
        room for the re-encrypted pages: nothing of it is saved and the journal keeps its
        passphrase), so the result is checked: the next read fails after a failed rekey,
        and once the checkpoint has emptied the -wal, page 1 on disk must carry the new key.
        On failure SQLCipher may have switched this connection's keys already, so the
        journal is closed here and used no further."""
        if not new_passphrase:
            raise JournalError("the new passphrase may not be empty")
        with self._lock:
            salt = _salt_of(self.path)
            new_key = cipher.derive_key(new_passphrase, salt)
            try:
                self._dbapi.execute(f"PRAGMA rekey = {cipher.raw_key(new_key, salt)}")
                self._dbapi.execute("SELECT count(*) FROM sqlite_master").fetchone()
                changed = not self._empty_wal() or cipher.key_opens(self.path, new_key, salt, wal=False)
            except (sqlcipher3.Error, MemoryError) as error:  # SQLite's NOMEM comes as MemoryError
                self.close(checkpoint=False)
                if "database is locked" in str(error):
                    raise JournalLocked(self.path) from None
                changed = False
            if not changed:
                self.close(checkpoint=False)
                raise NoSpace(t(
                    "the passphrase was not changed: the re-encrypted journal could not be written to the disk "
                    "holding {path} (it is full, or the journal's files may grow no larger); changing it needs "
                    "room for a copy of every page (about {size}). The journal still opens with the old "
                    "passphrase. Free some space and try again", path=self.path, size=_size(self.path),
                ))

    def compact(self) -> bool:
        """Rebuild the file (VACUUM) and empty the WAL: freed pages leave the disk.

        Returns whether the -wal was emptied (another coachlog reading the journal keeps it
        from being emptied). Without room for the rebuild, raises SpaceNotReclaimed after
        emptying what it can: what was deleted before stays deleted and, with secure_delete,
        overwritten with zeros."""
        with self._lock:
            try:
                self._dbapi.execute("VACUUM")
            except sqlcipher3.OperationalError as error:
                if not files.no_space(error):
                    raise
                raise SpaceNotReclaimed(self.path, wal_emptied=self._empty_wal()) from None
            return self._empty_wal()

    def _empty_wal(self) -> bool:
        try:
            busy, _, _ = self._dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        except sqlcipher3.Error:
            return False
        return busy == 0

    def query_attached(self, path: Path, sql: str, parameters: tuple = ()) -> int:
        """One number from another file encrypted with this journal's key (a backup)."""
        with self._lock:
            self._dbapi.execute("ATTACH DATABASE ? AS other_file", (str(path),))
            try:
                return self._dbapi.execute(sql.format(db="other_file"), parameters).fetchone()[0]
            finally:
                self._dbapi.execute("DETACH DATABASE other_file")

    def integrity_problems(self) -> list[str]:
        """SQLite's and SQLCipher's own checks; an empty list means all is well."""
        with self._lock:
            sqlite_rows = [row[0] for row in self._dbapi.execute("PRAGMA integrity_check")]
            cipher_rows = [row[0] for row in self._dbapi.execute("PRAGMA cipher_integrity_check")]
        problems = [row for row in sqlite_rows if row != "ok"]
        return problems + cipher_rows

    def close(self, *, checkpoint: bool = True) -> None:
        if self._closed:
            return
        self._closed = True
        # Checkpoint first: dispose() closes the shared connection.
        if checkpoint:
            try:
                self._dbapi.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlcipher3.Error:
                pass
        self.engine.dispose()
        self._dbapi.close()

    def __enter__(self) -> Journal:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _salt_of(path: Path) -> bytes:
    with open(path, "rb") as handle:
        return handle.read(cipher.SALT_SIZE)


def verify_backup(path: Path, passphrase: str) -> int:
    """Open a backup with its passphrase and check it; returns its number of entries."""
    path = Path(path)
    cipher.check_looks_like_journal(path)
    connection = cipher.connect(path, passphrase, create=False)
    try:
        problems = [row[0] for row in connection.execute("PRAGMA integrity_check") if row[0] != "ok"]
        if problems:
            raise JournalError(t("backup {path} is damaged: {problem}", path=path, problem=problems[0]))
        return connection.execute("SELECT count(*) FROM entries").fetchone()[0]
    finally:
        connection.close()





def verify_backup_with_key(journal: Journal, path: Path) -> int:
    """Check a backup of ``journal`` with the journal's own key; returns its entry count.

    VACUUM INTO keeps the salt, so attaching the copy without a KEY clause reuses the key
    already derived: verifying costs no second key derivation."""
    with journal._lock:
        connection = journal._dbapi
        try:
            connection.execute("ATTACH DATABASE ? AS backup_check", (str(path),))
        except sqlcipher3.DatabaseError as error:
            raise JournalError(t("backup {path} cannot be read back: {error}", path=path, error=error)) from None
        try:
            problems = [row[0] for row in connection.execute("PRAGMA backup_check.integrity_check") if row[0] != "ok"]
            if problems:
                raise JournalError(t("backup {path} failed its check: {problem}", path=path, problem=problems[0]))
            return connection.execute("SELECT count(*) FROM backup_check.entries").fetchone()[0]
        except sqlcipher3.DatabaseError as error:
            raise JournalError(t("backup {path} cannot be read back: {error}", path=path, error=error)) from None
        finally:
            connection.execute("DETACH DATABASE backup_check")
