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

from coachlog.errors import JournalError, WrongPassphrase

T = TypeVar("T")
TRIES = 3
ENV_PASSPHRASE = "COACHLOG_PASSPHRASE"
ENV_NEW_PASSPHRASE = "COACHLOG_NEW_PASSPHRASE"
ENV_EXPORT_PASSPHRASE = "COACHLOG_EXPORT_PASSPHRASE"


def interactive() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _ask(prompt: str) -> str:
    return getpass.getpass(prompt)


def _no_terminal(env: str) -> JournalError:
    return JournalError(
        f"no passphrase: run coachlog in a terminal to be asked for it, or set {env} for scripts"
    )


def new_passphrase(what: str = "new journal", env: str = ENV_PASSPHRASE) -> str:
    """A new passphrase: from the environment, or asked twice until both agree."""
    from_env = os.environ.get(env)
    if from_env is not None:
        if not from_env:
            raise JournalError(f"{env} is empty; a passphrase may not be empty")
        return from_env
    if not interactive():
        raise _no_terminal(env)
    for _ in range(TRIES):
        first = _ask(f"New passphrase for the {what}: ")
        if not first:
            print("The passphrase may not be empty.", file=sys.stderr)
            continue
        if _ask("The same passphrase again: ") == first:
            return first
        print("The two passphrases differ; try again.", file=sys.stderr)
    raise JournalError("no passphrase was set; nothing was changed")


def unlock(path: object, opener: Callable[[str], T]) -> T:
    """Call ``opener(passphrase)``; on a wrong passphrase ask again, three tries in all."""
    from_env = os.environ.get(ENV_PASSPHRASE)
    if from_env is not None:
        return opener(from_env)
    if not interactive():
        raise _no_terminal(ENV_PASSPHRASE)
    for attempt in range(1, TRIES + 1):
        passphrase = _ask(f"Passphrase for {path}: ")
        try:
            return opener(passphrase)
        except WrongPassphrase as error:
            if attempt == TRIES:
                raise
            from coachlog.domain.text import visible

            # The message names the journal's path: shown, never obeyed, by the terminal.
            print(visible(f"{error}; try again ({TRIES - attempt} left)"), file=sys.stderr)
        except JournalError as error:
            if "may not be empty" in str(error) and attempt < TRIES:
                print("The passphrase may not be empty.", file=sys.stderr)
                continue
            raise
    raise AssertionError("unreachable")
