"""The errors coachlog raises. The domain raises them; the edges (CLI, TUI) translate.

Every message is written for a person: what was wrong, with the value, and what to do
instead. ``exit_code`` is what the command line returns for it.
"""

from __future__ import annotations


class CoachlogError(Exception):
    """Base of every error coachlog raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class InvalidInput(CoachlogError):
    """A value given by the user is not acceptable. Names the field and the value."""

    def __init__(self, field: str, value: object, accepted: str) -> None:
        self.field = field
        self.value = value
        self.accepted = accepted
        shown = "missing" if value is None else f"{value!r} is not accepted"
        super().__init__(f"{field}: {shown}; {accepted}")


class NotFound(CoachlogError):
    """A named thing (worker, employer, entry, ...) does not exist."""

    def __init__(self, kind: str, value: object, suggestions: list[str] | None = None) -> None:
        self.kind = kind
        self.value = value
        self.suggestions = suggestions or []
        message = f"no {kind} {value!r}"
        if self.suggestions:
            message += "; did you mean " + " or ".join(repr(s) for s in self.suggestions) + "?"
        else:
            message += f"; see `coachlog {kind} list`" if kind in {"worker", "employer", "funder"} else ""
        super().__init__(message)


class Ambiguous(CoachlogError):
    """A name matches more than one thing."""

    def __init__(self, kind: str, value: object, matches: list[str]) -> None:
        self.kind = kind
        self.value = value
        self.matches = matches
        super().__init__(
            f"{kind} {value!r} matches {len(matches)}: "
            + ", ".join(repr(m) for m in matches)
            + "; give more of the name"
        )


class Conflict(CoachlogError):
    """The change would break something already in the journal (a duplicate, a reference)."""


class JournalError(CoachlogError):
    """The journal file cannot be used."""

    exit_code = 2


class WrongPassphrase(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(f"wrong passphrase for journal {path}")


class NotAJournal(JournalError):
    def __init__(self, path: object, reason: str) -> None:
        self.path = path
        super().__init__(f"{path} is not a coachlog journal: {reason}")


class JournalTooNew(JournalError):
    def __init__(self, path: object, revision: str) -> None:
        self.path = path
        self.revision = revision
        super().__init__(
            f"journal {path} was written by a newer coachlog (schema {revision}); "
            "upgrade coachlog to open it. The file was not changed."
        )


class JournalLocked(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(
            f"journal {path} is in use by another coachlog and stayed busy; "
            "close the other one (app or command) and try again"
        )


class DiskFull(JournalError):
    def __init__(self, path: object) -> None:
        self.path = path
        super().__init__(
            f"the disk holding journal {path} is full (or the file may grow no further); "
            "nothing of this change was saved. Free some space and try again."
        )


class ConfigError(CoachlogError):
    """A configuration or schedule file is wrong. Names the file and the key."""
