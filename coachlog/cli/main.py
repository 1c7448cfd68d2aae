"""``main(argv) -> int``: the command line's one exit point.

Errors meant for people (CoachlogError) go to stderr without a traceback; an unexpected
error shows its type only (a traceback could hold client data) unless ``--debug``. A
usage error is argparse's message and exit 2, returned like every other exit code.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Sequence

from coachlog.cli.context import Context
from coachlog.cli.output import say, say_error
from coachlog.cli.parser import parse
from coachlog.errors import CoachlogError, shown
from coachlog.i18n import t

EXIT_OK = 0
EXIT_INTERRUPTED = 130


def _undecodable(words: Sequence[str]) -> str | None:
    """The first word holding bytes the system could not decode (Python keeps them as lone
    surrogates, which no file, terminal or journal can take), if any."""
    for word in words:
        if any("\ud800" <= char <= "\udfff" for char in word):
            return word
    return None


def _option(words: Sequence[str], name: str) -> str | None:
    """The value of ``--name VALUE`` or ``--name=VALUE`` among the words, before argparse runs
    (which takes an option's start too: ``--la nl``)."""
    for i, word in enumerate(words):
        if word == "--":
            break
        given, equals, value = word.partition("=")
        if len(given) > 3 and name.startswith(given):
            if equals:
                return value
            return words[i + 1] if i + 1 < len(words) else None
    return None


def speak_the_coachs_language(words: Sequence[str]) -> str:
    """Set the language of everything this run prints (help, messages, errors) by the app's
    rule: --lang, else the config's language, else the system's locale."""
    from coachlog.i18n import detect_language, set_language
    from coachlog.paths import resolve_paths

    configured = None
    try:
        path = resolve_paths().config  # the same for every journal
        if path.is_file():  # no settings yet: nothing more to read (or import) before the command
            from coachlog.config import configured_language

            configured = configured_language(path)
    except Exception:  # noqa: BLE001 - whatever is wrong is said by the command that reads it
        configured = None
    language = detect_language(_option(words, "--lang"), configured)
    set_language(language)
    return language


def main(argv: Sequence[str] | None = None) -> int:
    from coachlog.i18n import current_language, set_language

    words = list(sys.argv[1:] if argv is None else argv)
    before = current_language()
    speak_the_coachs_language(words)
    try:
        return _main(words)
    finally:
        set_language(before)  # main() called from a program (or a test) leaves its language as it was


def _main(words: list[str]) -> int:
    bad = _undecodable(words)
    if bad is not None:
        say(t("coachlog: {bad} holds bytes that are not text in this system's encoding (UTF-8); type it again, or "
              "save the file that gave it as UTF-8", bad=shown(bad)), err=True)
        return 2
    try:
        args = parse(words)
    except SystemExit as stop:
        # argparse has printed the help or version (0) or its usage error (2): returned
        # like every other exit code, so a caller of main() gets a number, not an exception.
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    ctx = Context(args)
    if args.command is None:
        from coachlog.cli.app import run_app

        return run_app(ctx)
    from coachlog.memory import collector_paused

    try:
        with collector_paused():  # a short-lived process that may read 100 000 rows
            return args.handler(ctx)
    except CoachlogError as error:
        say_error(error)
        return error.exit_code
    except KeyboardInterrupt:
        say(err=True)
        say(t("Aborted; nothing more was changed."), err=True)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The program reading the output (head, less) stopped reading: nothing went wrong.
        # Python would complain again when it flushes stdout at exit: point it elsewhere.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (OSError, ValueError, io.UnsupportedOperation):
            pass
        return EXIT_OK
    except Exception as error:  # the unexpected: no message text, it may hold client data
        if args.debug:
            raise
        say(
            t("coachlog: unexpected error ({kind}); nothing more was changed. Run again with --debug to see the "
              "details.", kind=type(error).__name__),
            err=True,
        )
        return 3
    finally:
        ctx.close()
