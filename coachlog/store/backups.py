"""Encrypted, verified, rotating backups, and restoring one."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from coachlog.errors import InvalidInput, JournalError, NoSpace
from coachlog.i18n import t
from coachlog.store import files
from coachlog.store.engine import Journal, _size, sweep_leftovers, verify_backup_with_key

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
    sweep_leftovers(journal.path, directory)
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
    target, backups = Path(target).absolute(), Path(backups)
    files.private_folder(target.parent)
    sweep_leftovers(target, backups)
    kept = None
    if target.exists() and target.stat().st_size > 0:
        files.private_folder(backups)
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
        try:
            files.copy_privately(target, kept)
        except OSError as error:
            if not files.no_space(error):
                raise
            raise NoSpace(t(
                "nothing was restored: the disk holding {folder} is full (or a file there may grow no larger), "
                "so the journal could not be kept before it is replaced. The journal is unchanged. Free some "
                "space (about {size} for the kept journal and as much for the backup) and try again",
                folder=backups, size=_size(target),
            )) from None

    def without_side_files() -> None:
        # The replaced journal's -wal/-shm (none while it is closed) must not meet the new file.
        for leftover in (Path(f"{target}-wal"), Path(f"{target}-shm")):
            leftover.unlink(missing_ok=True)

    try:
        files.copy_privately(source, target, before_rename=without_side_files)
    except OSError as error:
        if not files.no_space(error):
            raise
        kept_note = t(" The journal it would have replaced was kept as {path}.", path=kept) if kept else ""
        raise NoSpace(t(
            "nothing was restored: the disk holding {folder} is full (or a file there may grow no larger). "
            "The journal is unchanged.{kept} Free some space (about {size}) and try again",
            folder=target.parent, kept=kept_note, size=_size(source),
        )) from None
    return kept
