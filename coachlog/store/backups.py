"""Encrypted, verified, rotating backups, and restoring one."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coachlog.errors import InvalidInput, JournalError
from coachlog.i18n import t
from coachlog.store.engine import POSIX, Journal, _fsync, verify_backup_with_key

SUFFIX = ".coachlog"


@dataclass
class BackupResult:
    path: Path
    entries: int
    removed: list[Path] = field(default_factory=list)


def list_backups(directory: Path) -> list[Path]:
    """Backups in ``directory``, oldest first (names carry their time)."""
    if not directory.is_dir():
        return []
    return sorted(p for p in directory.iterdir() if p.suffix == SUFFIX and not p.name.startswith("."))


def make_backup(journal: Journal, directory: Path, keep: int = 10) -> BackupResult:
    """Write an encrypted copy, verify it by opening it, then drop the oldest beyond ``keep``."""
    if keep < 1:
        raise InvalidInput("--keep", keep, "keep at least 1 backup")
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = journal.backup_to(directory / f"{journal.path.stem}-{stamp}{SUFFIX}")
    try:
        entries = verify_backup_with_key(journal, target)
    except Exception:
        target.unlink(missing_ok=True)
        raise
    ours = [p for p in list_backups(directory) if p.name.startswith(f"{journal.path.stem}-")
            and "-before-" not in p.name]
    removed = ours[:-keep] if len(ours) > keep else []
    for old in removed:
        old.unlink()
    return BackupResult(target, entries, removed)


def restore_backup(source: Path, target: Path, backups: Path) -> Path | None:
    """Put ``source`` in place of the journal; the journal it replaces is kept beside the backups.

    The caller has verified ``source`` with its passphrase. Returns where the old journal went.
    """
    kept = None
    if target.exists() and target.stat().st_size > 0:
        backups.mkdir(parents=True, exist_ok=True)
        stem = f"{target.stem}-before-restore-{datetime.now():%Y%m%d-%H%M%S}"
        kept = backups / f"{stem}{SUFFIX}"
        number = 1
        while kept.exists():  # a second restore within the same second must not overwrite it
            number += 1
            kept = backups / f"{stem}-{number}{SUFFIX}"
        # A coachlog with the journal open keeps -wal and -shm beside it (WAL mode).
        if any(Path(f"{target}{suffix}").exists() for suffix in ("-wal", "-shm")):
            raise JournalError(t(
                "journal {path} is open in another coachlog (or was not closed cleanly); "
                "close it, open it once with coachlog, then restore", path=target
            ))
        shutil.copy2(target, kept)
        if POSIX:
            os.chmod(kept, 0o600)
    partial = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(source, partial)
    if POSIX:
        os.chmod(partial, 0o600)
    _fsync(partial)
    for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
        leftover.unlink(missing_ok=True)
    os.replace(partial, target)
    return kept
