"""The errors coachlog raises. The domain raises them; the edges (CLI, TUI) translate.

Every message is written for a person: what was wrong, with the value, and what to do
instead. ``exit_code`` is what the command line returns for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachlog.i18n import field_label, t

if TYPE_CHECKING:
    from coachlog.domain.model import Worker

# A value quoted in a message is cut to this many characters: a 5,000-digit number or a
# page of text pasted by mistake is named, not printed whole.
SHOWN_MAX = 60


def shown(value: object) -> str:
    """A value as a message quotes it: ``repr`` (quotes, ``\\n`` and ``\\x1b`` spelled out),
    a long one cut short with its length."""
    if isinstance(value, str) and len(value) > SHOWN_MAX:
        return t("{start}... ({count} characters)", start=repr(value[:SHOWN_MAX - 20]), count=len(value))
    return repr(value)


class CoachlogError(Exception):
    """Base of every error coachlog raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        message = t(message)  # a plain marked text; formatted ones arrive translated
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    def lines(self) -> list[str]:
        """The message as the lines it is meant to be shown in. A front end shows each
        line on its own with control characters made visible, so a line break inside a
        quoted value (a file name, say) never starts a line of its own."""
        return [self.message]


class InvalidInput(CoachlogError):
    """A value given by the user is not acceptable. Names the field and the value."""

    def __init__(self, field: str, value: object, accepted: str) -> None:
        self.field = field
        self.value = value
        self.accepted = accepted
        self.quoted = t("missing") if value is None else t("{value} is not accepted", value=shown(value))
        super().__init__(self.labelled(field_label(field)))

    def labelled(self, label: str) -> str:
        """The message with the field named as a front end names it (``--period``)."""
        return f"{label}: {self.quoted}; {t(self.accepted)}"


class NeedsConfirmation(InvalidInput):
    """A value that is unusual but may be right: the coach can do it anyway after saying
    so. The message says what is unusual; each front end says how to confirm there (the
    command line's --force, a question in the app)."""


class ChooseOne(InvalidInput):
    """More than one thing fits and coachlog will not guess: ``choices`` are the names
    to choose from (the app asks; the command line names them)."""

    def __init__(self, field: str, value: object, accepted: str, choices: list[str]) -> None:
        super().__init__(field, value, accepted)
        self.choices = choices


class NotFound(CoachlogError):
    """A named thing (worker, employer, entry, ...) does not exist."""

    def __init__(self, kind: str, value: object, suggestions: list[str] | None = None) -> None:
        self.kind = kind
        self.value = value
        self.suggestions = suggestions or []
        message = t("no {kind} {value}", kind=field_label(kind), value=shown(value))
        if self.suggestions:
            message += t("; did you mean {names}?", names=t(" or ").join(shown(s) for s in self.suggestions))
        elif kind in {"worker", "employer", "funder"}:
            message += t("; see `coachlog {kind} list`", kind=kind)
        super().__init__(message)


class Ambiguous(CoachlogError):
    """A name matches more than one thing."""

    def __init__(self, kind: str, value: object, matches: list[str]) -> None:
        self.kind = kind
        self.value = value
        self.matches = matches
        super().__init__(
            t("{kind} {value} matches {count}: {names}; give more of the name",
              kind=field_label(kind), value=shown(value), count=len(matches),
              names=", ".join(shown(m) for m in matches))
        )


class Conflict(CoachlogError):
    """The change would break something already in the journal (a duplicate, a reference)."""


class StillUsed(Conflict):
    """A worker or employer with history cannot be removed; ``kind`` and ``name`` say which,
    so that each front end can say how to archive it there instead."""

    def __init__(self, message: str, kind: str, name: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.name = name


class JournalError(CoachlogError):
    """The journal file cannot be used."""

    exit_code = 2


class WrongPassphrase(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(t("wrong passphrase for journal {path}", path=path))


class NotAJournal(JournalError):
    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        super().__init__(t("{path} is not a coachlog journal: {reason}", path=path, reason=t(reason)))


class JournalTooNew(JournalError):
    def __init__(self, path: object, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(t(
            "journal {path} was written by a newer coachlog (schema {revision}); "
            "upgrade coachlog to open it. The file was not changed.", path=path, revision=revision
        ))


class JournalLocked(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(t(
            "journal {path} is in use by another coachlog and stayed busy; "
            "close the other one (app or command) and try again", path=path
        ))


class DiskFull(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(t(
            "the disk holding journal {path} is full (or the file may grow no further); "
            "nothing of this change was saved. Free some space and try again.", path=path
        ))


class ConfigError(CoachlogError):
    """A configuration or schedule file is wrong. Names the file and the key."""


class NoSpace(CoachlogError):
    """A whole file (a backup, an export, a restore, the re-encrypted journal) could not be
    written for lack of room. The message says what was and was not saved, and what to do."""


class SpaceNotReclaimed(NoSpace):
    """An erase was saved, but the journal could not be rebuilt (VACUUM) for lack of room.

    ``worker`` and ``counts`` are what was erased (filled in on the way up), so the edge can
    report the erase as done and then say what was not."""

    def __init__(self, path: object, *, wal_emptied: bool) -> None:
        self.path = path
        self.wal_emptied = wal_emptied
        self.worker: Worker | None = None
        self.counts: dict[str, int] = {}
        if wal_emptied:
            message = t(
                "the erase was saved, but the disk holding {path} is too full to rebuild the journal (VACUUM), "
                "so the file did not shrink. What was erased cannot be read back, not even with the passphrase: "
                "secure delete overwrote it with zeros and the journal's -wal was emptied; the room it took is "
                "reused for new entries. Free some disk space: the journal needs room to grow", path=path)
        else:
            message = t(
                "the erase was saved, but the disk holding {path} is too full to rebuild the journal (VACUUM), "
                "and its -wal could not be emptied (the disk refused the write, or another coachlog has the "
                "journal open): until it is, older copies of what was erased stay in the journal's files "
                "(encrypted; readable only with the passphrase). Free some disk space, close every coachlog "
                "using this journal, then open it once (for example: coachlog entries); closing it empties "
                "the -wal", path=path)
        super().__init__(message)
