"""Opening the journal: the one place the command line asks for the passphrase and
unlocks (or, the first time, creates) the encrypted journal.

``open_journal`` is the command line's one opener; ``Context`` looks it up here each time
a command first needs the journal, so a test replaces it here (``opening.open_journal``)
and every command gets the replacement."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachlog.cli.output import say
from coachlog.i18n import t

if TYPE_CHECKING:
    from coachlog.paths import Paths
    from coachlog.services.journal import Journal


def open_journal(paths: Paths) -> Journal:
    """The journal at ``paths.journal``, unlocked with the passphrase (asked, or from the
    environment); where there is none yet, a new one with a new passphrase."""
    from coachlog import passphrase
    from coachlog.services import journal as journals

    path = paths.journal
    if not journals.journal_exists(path):
        secret = passphrase.new_passphrase(passphrase.NEW_JOURNAL)
        journal = journals.create_journal(path, secret)
        say(t("Created a new encrypted journal at {path}", path=path), err=True)
        return journal

    def opener(secret: str) -> Journal:
        # The key derivation (about 0.15 s) runs in a thread while SQLAlchemy and the
        # services are imported (about 0.2-0.3 s): every command starts that much sooner.
        return journals.open_journal(path, secret, backups=paths.backups, meanwhile=journals.import_storage)

    return passphrase.unlock(path, opener)
