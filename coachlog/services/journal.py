"""The journal file as use cases: create or unlock a journal and get its ``Coachlog``, back
it up, list and restore backups, change its passphrase, export it encrypted and take such
an export in as a new journal, and find the backups that still hold an erased worker.

The front ends ask for the passphrases (the command line's prompts and retries in
coachlog.passphrase, the app's unlock screen) and call these; they need not import the
store. What is returned as a journal is the store's open ``Journal``: hand it to
:func:`coachlog_for`, and ``close()`` it when done.

The store is imported inside each function: this module (and the services package, whose
names are imported when first asked for) stays light, so a key can be derived while the
storage stack is imported (see :func:`open_journal`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachlog.errors import CoachlogError
from coachlog.i18n import t

# ``Journal`` is re-exported (``as Journal``) for the front ends' annotations: they name the
# open journal's type from here, never from the store (import-linter counts these imports too).
if TYPE_CHECKING:
    from coachlog.protocols import Schedules
    from coachlog.services.core import Coachlog
    from coachlog.store.backups import BackupResult
    from coachlog.store.engine import Journal as Journal
    from coachlog.store.repository import BackupScan


# -- opening -------------------------------------------------------------------------


def journal_exists(path: Path) -> bool:
    """A journal is there to open (an empty file left by a crashed creation is not)."""
    from coachlog.store import cipher

    return cipher.exists(Path(path))


def create_journal(path: Path, passphrase: str, *, throwaway: bool = False) -> Journal:
    """A new, empty, encrypted journal at ``path`` (private from its first byte); refused
    where one exists, or when the passphrase is too short (``throwaway``: the demo's journal
    of made-up people, removed when the app closes, keeps its short shown passphrase)."""
    from coachlog.domain.rules import check_new_passphrase
    from coachlog.store.engine import Journal

    if not throwaway:
        check_new_passphrase(passphrase)
    return Journal.create(Path(path), passphrase)


def open_journal(path: Path, passphrase: str, *, backups: Path | None = None,
                 meanwhile: Callable[[], object] | None = None) -> Journal:
    """Unlock the journal at ``path``: ``WrongPassphrase`` (the file untouched), or the
    journal, brought to the current schema (an older one after an encrypted backup into
    ``backups``). The one way both front ends unlock.

    With ``meanwhile`` (say, importing the storage stack), the key is derived in a thread
    while it runs on this one; whatever fails, fails as it would have alone."""
    from coachlog.store import cipher

    path = Path(path)
    keyed = cipher.unlock_while(path, passphrase, meanwhile) if meanwhile else cipher.unlock(path, passphrase)
    from coachlog.store.engine import Journal

    return Journal.from_keyed(keyed, backups=backups)


def import_storage() -> None:
    """Import what an open journal's use cases need (SQLAlchemy, the store, the services):
    what a front end runs while a key is derived."""
    import_module("coachlog.services.core")
    import_module("coachlog.services.insights")


def coachlog_for(journal: Journal, *, today: Callable[[], date] = date.today,
                 schedules: Schedules | None = None) -> Coachlog:
    """The use cases over an open journal."""
    from coachlog.services.core import Coachlog
    from coachlog.store.repository import Store

    return Coachlog(Store(journal), today=today, schedules=schedules)


# -- the passphrase ------------------------------------------------------------------


def change_passphrase(journal: Journal, new_passphrase: str) -> None:
    """Re-key the open journal: from now on only ``new_passphrase`` opens it. Backups made
    before keep the old one."""
    from coachlog.domain.rules import check_new_passphrase

    journal.rekey(check_new_passphrase(new_passphrase))


# -- backups -------------------------------------------------------------------------


def backup(journal: Journal, directory: Path, *, keep: int = 10) -> BackupResult:
    """Write an encrypted copy into ``directory``, verify it, and drop this journal's
    oldest backups beyond ``keep``: the result has the path, its entries and what was removed."""
    from coachlog.store.backups import make_backup

    return make_backup(journal, Path(directory), keep=keep)


def list_backups(journal_path: Path, directory: Path) -> list[Path]:
    """The backups in ``directory``, oldest first, after removing what interrupted backups
    (of the journal at ``journal_path``) left."""
    from coachlog.store.backups import list_backups as listed
    from coachlog.store.engine import sweep_leftovers

    sweep_leftovers(Path(journal_path), Path(directory))
    return listed(Path(directory))


def verify_backup(source: Path, passphrase: str) -> int:
    """Open a backup with its passphrase and check it; its number of entries.
    ``WrongPassphrase`` when the passphrase does not open it."""
    from coachlog.store.engine import verify_backup as verified

    return verified(Path(source), passphrase)


def restore(source: Path, target: Path, backups: Path) -> Path | None:
    """Put the backup ``source`` (verified with :func:`verify_backup`) in place of the
    journal at ``target``; the journal it replaces is kept in ``backups``: returns where."""
    from coachlog.store.backups import restore_backup

    return restore_backup(Path(source), Path(target), Path(backups))


# -- the encrypted export --------------------------------------------------------------


def export_encrypted(journal: Journal, target: Path, passphrase: str) -> Path:
    """The whole journal, private notes too, encrypted with a passphrase of its own."""
    from coachlog.domain.rules import check_new_passphrase

    return journal.export_encrypted(Path(target), check_new_passphrase(passphrase))


def looks_like_journal(path: Path) -> bool:
    """An encrypted file that could be a journal or an encrypted export of one (and not a
    CSV or JSON file to import)."""
    from coachlog.store.cipher import looks_like_journal as looks

    return looks(Path(path))


def verify_encrypted_export(path: Path, passphrase: str, *, target: Path) -> None:
    """Open the encrypted export at ``path`` with its passphrase and check it, before it
    becomes the journal at ``target``. ``WrongPassphrase``, or a CoachlogError when it is
    damaged."""
    from coachlog.store.engine import Journal

    path, target = Path(path), Path(target)
    with Journal.open(path, passphrase, backups=target.parent / "backups") as opened:
        problems = opened.integrity_problems()
        if problems:
            raise CoachlogError(
                t("{path} is damaged ({problem}); nothing was imported", path=path, problem=problems[0])
            )


def install_encrypted_export(path: Path, target: Path) -> Path:
    """Copy a verified encrypted export into place as the journal at ``target`` (where
    none exists yet), private and atomically."""
    from coachlog.store.engine import install_journal

    return install_journal(Path(path), Path(target))


# -- erasing a worker: the backups that still hold them -----------------------------


def backups_holding(app: Coachlog, worker: Any, directory: Path) -> BackupScan:
    """After erasing ``worker``: the backups in ``directory`` holding them (by name, or by
    their number under an earlier name), those this journal's key cannot read, unfinished
    copies removed and those still being written."""
    return app.backups_holding(worker, Path(directory))


def delete_backups(backups: Iterable[Path]) -> int:
    """Delete these backups (those a scan found holding an erased worker); how many."""
    count = 0
    for path in backups:
        Path(path).unlink()
        count += 1
    return count


# -- files for the coach ---------------------------------------------------------------


def write_output(path: Path, text: str, *, reports: Path | None = None) -> Path:
    """A report or (unencrypted) export the coach asked for, written privately and whole;
    a failure is a CoachlogError that names the file. Into ``reports`` (coachlog's reports
    folder), the folder is made, private, the first time."""
    from coachlog.store.files import private_folder
    from coachlog.store.files import write_output as written

    path = Path(path).expanduser().absolute()
    if reports is not None and path.parent == Path(reports).expanduser().absolute():
        private_folder(path.parent)
    return written(path, text)
