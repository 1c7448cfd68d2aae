"""Asking for passphrases, like jrnl: hidden, a new one twice and never empty, three tries.

``COACHLOG_PASSPHRASE`` (and ``COACHLOG_NEW_PASSPHRASE`` for ``passwd``) serve scripts;
they are the less safe way, since other programs of the same user can read them.
"""

from __future__ import annotations

import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from coachlog.domain.rules import check_new_passphrase
from coachlog.errors import InvalidInput, JournalError, WrongPassphrase
from coachlog.i18n import N_, t

T = TypeVar("T")
TRIES = 3
ENV_PASSPHRASE = "COACHLOG_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COACHLOG_NEW_PASSPHRASE"
ENV_EXPORT_PASSPHRASE = "COACHLOG_EXPORT_PASSPHRASE"
# What a new passphrase is for, as the question names it.
NEW_JOURNAL = N_("new journal")
FOR_JOURNAL = N_("journal")
FOR_EXPORT = N_("encrypted export")
EMPTY = N_("The passphrase may not be empty.")


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def _no_terminal(env: str) -> JournalError:
    return JournalError(t("no passphrase: run coachlog in a terminal to be asked for it, or set {env} for scripts",
                          env=env))


def new_passphrase(what: str = NEW_JOURNAL, env: str = ENV_PASSPHRASE) -> str:
    """A new passphrase: from the environment, or asked twice until both agree."""
    from_env = os.environ.get(env)
    if from_env is not None:
        if not from_env:
            raise JournalError(t("{env} is empty; a passphrase may not be empty", env=env))
        return from_env
    if not interactive():
        raise _no_terminal(env)
    for _ in range(TRIES):
        first = _ask(t("New passphrase for the {what}: ", what=t(what)))
        if not first:
            print(t(EMPTY), file=sys.stderr)
            continue
        try:
            check_new_passphrase(first)
        except InvalidInput as error:
            print(error, file=sys.stderr)
            continue
        if _ask(t("The same passphrase again: ")) == first:
            return first
        print(t("The two passphrases differ; try again."), file=sys.stderr)
    raise JournalError("no passphrase was set; nothing was changed")


def unlock(path: object, opener: Callable[[str], T]) -> T:
    """Call ``opener(passphrase)``; on a wrong passphrase ask again, three tries in all."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        return opener(from_env)
    if not interactive():
        raise _no_terminal(ENV_PASSPHRASE)
    for attempt in range(1, TRIES + 1):
        passphrase = _ask(t("Passphrase for {path}: ", path=path))
        if not passphrase and attempt < TRIES:
            print(t(EMPTY), file=sys.stderr)
            continue
        try:
            return opener(passphrase)
        except WrongPassphrase as error:
            if attempt == TRIES:
                raise
            from coachlog.domain.text import visible

            # The message names the journal's path: shown, never obeyed, by the terminal.
            print(visible(t("{error}; try again ({left} left)", error=error, left=TRIES - attempt)), file=sys.stderr)
    raise AssertionError("unreachable")
