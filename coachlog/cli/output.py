"""Everything the command line prints, and the questions it asks.

Coach data is text, never code: every line for a person goes through ``say`` (tables
through ``print_table``, which uses it), which shows control characters visibly
(domain.text.visible), so an escape sequence or a bidi override in a note is shown, never
obeyed by the terminal, and a line break in a note never breaks a table's row. A file
format written to the screen (CSV, JSON, a report) goes through ``emit``: on a terminal
shown the same way, into a pipe or file as the data it is (as ``ls`` shows names).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from coachlog.domain import formats, parsing
from coachlog.domain.text import visible
from coachlog.errors import CoachlogError, InvalidInput
from coachlog.i18n import N_, t, tn


def say(text: str = "", *, err: bool = False) -> None:
    """One line for a person, on stdout (stderr with ``err``): every line the command line
    prints comes here, so coach data in it is shown as text. Control characters become
    visible signs (ESC as ␛, a line break as ␊, a bidi override as <U+202E>)."""
    print(visible(text), file=sys.stderr if err else sys.stdout)


# The fields the services name as the command line's options, and what the command line
# adds to a refusal the coach can overrule: the services say what is wrong, this says how
# to do it here.
FLAGS = {"with_whom": "--with", "activity": "--activity", "mode": "--mode", "period": "--period", "from": "--from",
         "to": "--to", "employer": "--employer"}


def say_error(error: CoachlogError) -> None:
    """An error for a person on stderr, line by line as the error is meant to be read (an
    import lists its problems one a line); a line break inside a quoted value stays ␊."""
    from coachlog.errors import NeedsConfirmation, StillUsed
    from coachlog.exchange import ImportFailed

    first, *more = error.lines()
    if isinstance(error, InvalidInput) and error.field in FLAGS:
        first = error.labelled(FLAGS[error.field])
    if isinstance(error, NeedsConfirmation):
        first += t("; use --force to do it anyway")
    if isinstance(error, StillUsed):
        first += t('; archive it with: coachlog {kind} edit "{name}" --archive', kind=error.kind, name=error.name)
    if isinstance(error, ImportFailed):
        if error.confirmable:
            more.append(t("Lines outside an employment are imported anyway with --force."))
        if error.into_new_journal:
            more.append(t("Restore it into a new journal with: coachlog --journal NEW_FILE import FILE"))
        if error.unknown_names:
            more.append(t("Names not in the journal yet are added by the import with --create-missing."))
    say(f"coachlog: {first}", err=True)
    for line in more:
        say(line, err=True)


def _terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a closed or odd stream
        return False


def emit(text: str) -> None:
    """A file format (CSV, JSON, Markdown, HTML) written to stdout: to a terminal with its
    control characters visible (line breaks kept), to a pipe or a file as it is."""
    if _terminal(sys.stdout):
        text = visible(text, keep_newlines=True)
    sys.stdout.write(text)


def print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], empty: str) -> None:
    """Rows in columns; each cell on one line (a line break in a note shows as ␊)."""
    if not rows:
        say(empty)
        return
    cells = [[visible(str(value)) for value in row] for row in rows]
    headers = [t(header) for header in headers]  # marked N_() where the table is made
    widths = [max(len(headers[i]), *(len(row[i]) for row in cells)) for i in range(len(headers))]
    say("  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip())
    say("  ".join("-" * w for w in widths))
    for row in cells:
        say("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())


def write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        emit(text)
        return
    from coachlog.services.journal import write_output as write_file

    written = write_file(Path(output), text)
    say(t("Written to {written}", written=written), err=True)


def confirm(question: str, assume_yes: bool) -> bool:
    from coachlog.passphrase import interactive

    if assume_yes:
        return True
    if not interactive():
        raise InvalidInput("--yes", None, t("{question} Add --yes to confirm when not in a terminal",
                                            question=question))
    answer = input(visible(t("{question} [y/N] ", question=question))).strip().lower()
    return answer in {"j", "ja", "y", "yes"}


def tty() -> bool:
    """Whether someone is at the keyboard to answer a question."""
    from coachlog.passphrase import interactive

    return interactive()


# The one home of each: a duration 1:30, hours and km as typed 20 / 32,5 (never 2E+1).
hm = parsing.format_duration
decimal_text = parsing.format_decimal


money = formats.money_text
dmy = formats.day_text
# How many of a kind of record, as an erase or a whole-journal import counts them.
COUNTED = {
    "workers": (N_("{count} worker"), N_("{count} workers")),
    "employers": (N_("{count} employer"), N_("{count} employers")),
    "employments": (N_("{count} employment"), N_("{count} employments")),
    "contract hours": (N_("{count} contract-hours record"), N_("{count} contract-hours records")),
    "funders": (N_("{count} funder"), N_("{count} funders")),
    "tariffs": (N_("{count} tariff"), N_("{count} tariffs")),
    "grants": (N_("{count} grant"), N_("{count} grants")),
    "goals": (N_("{count} goal"), N_("{count} goals")),
    "goal references": (N_("{count} link to a goal"), N_("{count} links to goals")),
    "entries": (N_("{count} entry"), N_("{count} entries")),
    "ladder measurements": (N_("{count} ladder measurement"), N_("{count} ladder measurements")),
    "absences": (N_("{count} absence"), N_("{count} absences")),
    "timers": (N_("{count} timer"), N_("{count} timers")),
}


def counted(kind: str, count: int) -> str:
    """3 entries, 1 goal (in the coach's language); ``kind`` as the store or an export names it."""
    forms = COUNTED.get(kind.replace("_", " "))
    return tn(*forms, count, count=count) if forms else f"{count} {kind}"


with_whom_text = parsing.with_whom_text
activity_text = parsing.activity_text
