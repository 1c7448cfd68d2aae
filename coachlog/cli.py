"""The command line: ``coachlog NOUN VERB ...``. ``main(argv) -> int`` is the one exit point.

Errors meant for people (CoachlogError) go to stderr without a traceback; an unexpected
error shows its type only (a traceback could hold client data) unless ``--debug``. A
usage error is argparse's message and exit 2, returned like every other exit code.

Coach data is text, never code: every line for a person goes through ``_say`` (tables
through ``_print_table``, which uses it), which shows control characters visibly
(domain.text.visible), so an escape sequence or a bidi override in a note is shown, never
obeyed by the terminal, and a line break in a note never breaks a table's row. A file
format written to the screen (CSV, JSON, a report) goes through ``_emit``: on a terminal
shown the same way, into a pipe or file as the data it is (as ``ls`` shows names).
"""

from __future__ import annotations

import argparse
import io
import json
import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from coachlog import __version__
from coachlog.domain.text import visible
from coachlog.errors import CoachlogError, InvalidInput, shown

EXIT_OK = 0
EXIT_INTERRUPTED = 130


# -- small helpers for parsing arguments ---------------------------------------------


class Context:
    """What a command needs: the parsed arguments and, lazily, the open journal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._journal: Any = None
        self._app: Any = None

    @property
    def paths(self) -> Any:
        from coachlog.paths import resolve_paths

        return resolve_paths(self.args.journal)

    @property
    def app(self) -> Any:
        if self._app is None:
            # The journal first: its key is derived while the storage stack is imported.
            self._journal = open_journal(self.paths)
            from coachlog.services import Coachlog
            from coachlog.store.repository import Store

            self._app = Coachlog(Store(self._journal), today=_today, schedules=self.schedules)
        return self._app

    @property
    def schedules(self) -> Any:
        """Built-in schedules plus the coach's own; a broken file is reported, the rest load."""
        from coachlog.protocols import load_schedules

        loaded = load_schedules(self.paths.schedules)
        for problem in loaded.problems:
            _say(f"coachlog: schedule skipped: {problem}", err=True)
        return loaded

    @property
    def config(self) -> Any:
        from coachlog.config import load_config

        return load_config(self.paths.config)

    @property
    def journal(self) -> Any:
        _ = self.app
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()

    @property
    def today(self) -> date:
        return _today()


def _today() -> date:
    # COACHLOG_TODAY pins "today" for tests and demos; a coach never needs it.
    pinned = os.environ.get("COACHLOG_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()


def _now() -> Any:
    """The wall clock, on the pinned day when COACHLOG_TODAY is set."""
    from datetime import datetime

    return datetime.combine(_today(), datetime.now().time())


def open_journal(paths: Any) -> Any:
    from coachlog import passphrase
    from coachlog.store import cipher

    path = paths.journal
    if not cipher.exists(path):
        from coachlog.store.engine import Journal

        secret = passphrase.new_passphrase("new journal")
        journal = Journal.create(path, secret)
        _say(f"Created a new encrypted journal at {path}", err=True)
        return journal

    def opener(secret: str) -> Any:
        # The key derivation (about 0.15 s) runs in a thread while SQLAlchemy and the
        # services are imported (about 0.2-0.3 s): every command starts that much sooner.
        keyed = cipher.unlock_while(path, secret, _import_storage)
        from coachlog.store.engine import Journal

        return Journal.from_keyed(keyed, backups=paths.backups)

    return passphrase.unlock(path, opener)


def _import_storage() -> None:
    import coachlog.services  # noqa: F401  (imports SQLAlchemy and the store)


def _date(ctx: Context, text: str, field: str = "date") -> date:
    from coachlog.domain.parsing import parse_date

    return parse_date(text, ctx.today, field)


def _opt_date(ctx: Context, text: str | None, field: str) -> date | None:
    return None if text is None else _date(ctx, text, field)


def _decimal(text: str, field: str, example: str) -> Decimal:
    from coachlog.domain.rules import parse_decimal

    return parse_decimal(field, text, example)


def _int(text: str, field: str, accepted: str) -> int:
    """A small whole number as typed: ASCII digits, at most nine (int() would also take
    "1_000", other scripts' digits, and 5,000 digits at a cost)."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 9):
        raise InvalidInput(field, text, accepted)
    return int(digits)


def _id(text: str) -> int:
    """argparse's ``type`` of every id argument: the one rule of ids (rules.parse_id), told
    as argparse tells a usage error ("argument id: '0' is not accepted; ...", exit 2)."""
    from coachlog.domain.rules import parse_id
    from coachlog.i18n import t

    try:
        return parse_id("id", text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(f"{t('{value} is not accepted', value=shown(text))}; {error.accepted}") from None


def _goal_id_or_none(text: str) -> int:
    """``edit --goal``: a goal's id, or 0 / none / geen for no goal."""
    if text.strip().lower() in {"0", "none", "geen"}:
        return 0
    return _id(text)


def _input_file(text: str, field: str, what: str) -> Path:
    """A file to read, given by the coach: a name, of a file that is there (not a folder)."""
    if not text.strip():
        raise InvalidInput(field, text, f"give the name of {what}")
    path = Path(text)
    try:
        folder = path.is_dir()
    except OSError as error:  # a name too long for the system, ...
        raise InvalidInput(field, text, f"no file can have this name ({error.strerror}); give the name of {what}") from None
    if folder:
        raise InvalidInput(field, text, f"that is a folder; give the name of {what} in it")
    return path


def _hm(minutes: int) -> str:
    from coachlog.domain.parsing import format_duration

    return format_duration(minutes)


def _number(value: Decimal) -> str:
    """Hours and km as people write them: 20, 32,5 (never 2E+1)."""
    from coachlog.domain.parsing import format_decimal

    return format_decimal(value)


def _money(euros: Decimal) -> str:
    """€ 74,78, € 100,00: as reports show euros."""
    from coachlog.reports.render import money_text

    return money_text(euros)


def _d(day: date | None) -> str:
    return day.strftime("%d-%m-%Y") if day else ""


def _say(text: str = "", *, err: bool = False) -> None:
    """One line for a person, on stdout (stderr with ``err``): every line the command line
    prints comes here, so coach data in it is shown as text. Control characters become
    visible signs (ESC as ␛, a line break as ␊, a bidi override as <U+202E>)."""
    print(visible(text), file=sys.stderr if err else sys.stdout)


def _say_error(error: CoachlogError) -> None:
    """An error for a person on stderr, line by line as the error is meant to be read (an
    import lists its problems one a line); a line break inside a quoted value stays ␊."""
    first, *more = error.lines()
    _say(f"coachlog: {first}", err=True)
    for line in more:
        _say(line, err=True)


def _terminal(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):  # a closed or odd stream
        return False


def _emit(text: str) -> None:
    """A file format (CSV, JSON, Markdown, HTML) written to stdout: to a terminal with its
    control characters visible (line breaks kept), to a pipe or a file as it is."""
    if _terminal(sys.stdout):
        text = visible(text, keep_newlines=True)
    sys.stdout.write(text)


def _print_table(headers: Sequence[str], rows: Sequence[Sequence[Any]], empty: str) -> None:
    """Rows in columns; each cell on one line (a line break in a note shows as ␊)."""
    if not rows:
        _say(empty)
        return
    cells = [[visible(str(value)) for value in row] for row in rows]
    widths = [max(len(headers[i]), *(len(row[i]) for row in cells)) for i in range(len(headers))]
    _say("  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip())
    _say("  ".join("-" * w for w in widths))
    for row in cells:
        _say("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())


def _confirm(question: str, assume_yes: bool) -> bool:
    from coachlog.passphrase import interactive

    if assume_yes:
        return True
    if not interactive():
        raise InvalidInput("--yes", None, f"{question} Add --yes to confirm when not in a terminal")
    answer = input(visible(f"{question} [j/N] ")).strip().lower()
    return answer in {"j", "ja", "y", "yes"}


def _write_output(text: str, output: str | None) -> None:
    if output is None or output == "-":
        _emit(text)
        return
    from coachlog.store.files import write_output

    written = write_output(Path(output), text)
    _say(f"Written to {written}", err=True)


# -- workers, employers, funders -----------------------------------------------------


def cmd_paths(ctx: Context) -> int:
    paths = ctx.paths
    _say(f"journal   {paths.journal}")
    _say(f"config    {paths.config}")
    _say(f"backups   {paths.backups}")
    _say(f"schedules {paths.schedules}")
    return EXIT_OK


def _archive_flag(args: argparse.Namespace) -> bool | None:
    if args.archive and args.unarchive:
        raise InvalidInput("--archive", "with --unarchive", "give one of the two")
    return False if args.archive else True if args.unarchive else None


def cmd_worker(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        worker = app.add_worker(args.name)
        _say(f"Added worker {worker.name}")
    elif args.verb == "list":
        workers = app.list_workers(include_inactive=args.all)
        _print_table(
            ["name", "status"],
            [[w.name, "active" if w.active else "archived"] for w in workers],
            "No workers yet. Add one: coachlog worker add \"Name\"",
        )
    elif args.verb == "edit":
        worker = app.edit_worker(args.name, name=args.new_name, active=_archive_flag(args))
        _say(f"Saved worker {worker.name}{'' if worker.active else ' (archived)'}")
    elif args.verb == "remove":
        if not _confirm(f"Remove worker {shown(args.name)}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_worker(args.name)
        _say(f"Removed worker {removed.name} (coachlog undo brings it back)")
    elif args.verb == "erase":
        return _erase_worker(ctx)
    return EXIT_OK


def _erase_worker(ctx: Context) -> int:
    from coachlog.errors import SpaceNotReclaimed

    args, app = ctx.args, ctx.app
    question = (f"Erase worker {shown(args.name)} and every entry, goal, grant, ladder step and absence about "
                "them? This cannot be undone.")
    if not _confirm(question, args.yes):
        _say("Nothing was erased.")
        return EXIT_OK
    not_reclaimed = None
    try:
        worker, counts = app.erase_worker(args.name)
    except SpaceNotReclaimed as error:
        # The erase is saved; only rebuilding the file failed. Report the erase and check
        # the backups as usual, then say what was not done (exit 1).
        worker, counts, not_reclaimed = error.worker, error.counts, error
    done = ", ".join(f"{n} {label}" for label, n in counts.items() if n and label not in {"worker", "undo log"})
    _say(f"Erased {worker.name}" + (f" ({done})" if done else "") + "; the undo history was cleared.")
    scan = app.backups_holding(worker.name, ctx.paths.backups)
    if scan.removed:
        _say(f"Removed {len(scan.removed)} unfinished file(s) an interrupted coachlog had left "
              f"(they could hold {worker.name}):")
        for leftover in scan.removed:
            _say(f"  {leftover}")
    for busy in scan.busy:
        _say(f"Another coachlog is writing {busy} right now; it may hold {worker.name}. "
              "When it is done, delete the file it becomes, or run coachlog backup --list to see it.")
    for backup in scan.unreadable:
        _say(f"Could not check backup {backup.name} (another passphrase); it may still hold {worker.name}.")
    if scan.holding:
        _say(f"These backups still hold {worker.name}:")
        for backup in scan.holding:
            _say(f"  {backup}")
        purge = args.purge_backups or (_tty() and _confirm(f"Delete these {len(scan.holding)} backup(s) too?", False))
        if purge:
            for backup in scan.holding:
                backup.unlink()
            _say(f"Deleted {len(scan.holding)} backup(s).")
        else:
            _say("Kept them; run again with --purge-backups to delete them.")
    if not_reclaimed is not None:
        _say(f"coachlog: {not_reclaimed}", err=True)
        return not_reclaimed.exit_code
    return EXIT_OK


def _tty() -> bool:
    from coachlog.passphrase import interactive

    return interactive()


def cmd_employer(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        employer = app.add_employer(args.name, contact=args.contact or "")
        _say(f"Added employer {employer.name}")
    elif args.verb == "list":
        employers = app.list_employers(include_inactive=args.all)
        _print_table(
            ["name", "contact", "status"],
            [[e.name, e.contact, "active" if e.active else "archived"] for e in employers],
            "No employers yet. Add one: coachlog employer add \"Name\"",
        )
    elif args.verb == "edit":
        employer = app.edit_employer(args.name, name=args.new_name, contact=args.contact, active=_archive_flag(args))
        _say(f"Saved employer {employer.name}")
    elif args.verb == "remove":
        if not _confirm(f"Remove employer {shown(args.name)}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_employer(args.name)
        _say(f"Removed employer {removed.name} (coachlog undo brings it back)")
    return EXIT_OK


def cmd_employment(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        employment = app.add_employment(
            args.worker,
            args.employer,
            _date(ctx, args.start, "start"),
            _decimal(args.hours, "hours", "24 or 32,5"),
            kind=args.kind,
            end=_opt_date(ctx, args.end, "end"),
            loonwaarde=None if args.loonwaarde is None else _int(args.loonwaarde, "loonwaarde", "give a percentage, e.g. 60"),
            year_anchor=_opt_date(ctx, args.anchor, "anchor"),
        )
        _say(f"Added employment {employment.id} from {_d(employment.start)}")
    elif args.verb == "list":
        workers, employers = app.names()
        rows = []
        for e in app.list_employments(args.worker):
            hours = app.contract_hours(e.id)
            hours_text = ", ".join(f"{_number(h.hours_per_week)} from {_d(h.valid_from)}" for h in hours)
            rows.append([e.id, workers[e.worker_id], employers[e.employer_id], e.kind, _d(e.start), _d(e.end), hours_text])
        _print_table(["id", "worker", "employer", "kind", "start", "end", "hours/week"], rows, "No employments yet.")
    elif args.verb == "edit":
        changes: dict[str, Any] = {}
        if args.start:
            changes["start"] = _date(ctx, args.start, "start")
        if args.end:
            changes["end"] = None if args.end.lower() in {"none", "geen", "-"} else _date(ctx, args.end, "end")
        if args.kind:
            changes["kind"] = args.kind
        if args.loonwaarde:
            changes["loonwaarde"] = _int(args.loonwaarde, "loonwaarde", "give a percentage, e.g. 60")
        if args.anchor:
            changes["year_anchor"] = _date(ctx, args.anchor, "anchor")
        employment = app.edit_employment(args.id, **changes)
        _say(f"Saved employment {employment.id}")
    elif args.verb == "hours":
        record = app.set_contract_hours(args.id, _date(ctx, args.valid_from, "from"), _decimal(args.hours, "hours", "24"))
        _say(f"Employment {args.id}: {_number(record.hours_per_week)} hours/week from {_d(record.valid_from)}")
    elif args.verb == "remove":
        if not _confirm(f"Remove employment {args.id}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        app.remove_employment(args.id)
        _say(f"Removed employment {args.id} (coachlog undo brings it back)")
    return EXIT_OK


def cmd_funder(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        funder = app.add_funder(args.name, args.kind, reference=args.reference or "")
        _say(f"Added funder {funder.name} ({funder.kind})")
    elif args.verb == "list":
        rows = []
        for f in app.list_funders():
            tariffs = app.tariffs(f.name)
            current = [t for t in tariffs if t.valid_from <= ctx.today]
            rate = _money(current[-1].rate) if current else "-"
            rows.append([f.name, f.kind, f.reference, rate])
        _print_table(["name", "kind", "reference", "tariff now"], rows, "No funders yet.")
    elif args.verb == "edit":
        funder = app.edit_funder(args.name, name=args.new_name, kind=args.kind, reference=args.reference)
        _say(f"Saved funder {funder.name}")
    elif args.verb == "tariff":
        tariff = app.set_tariff(args.name, _date(ctx, args.valid_from, "from"), _decimal(args.rate, "rate", "74,78"))
        _say(f"Tariff {_money(tariff.rate)} per hour excl. BTW from {_d(tariff.valid_from)}")
    elif args.verb == "tariffs":
        _print_table(
            ["from", "euro/hour excl. BTW"],
            [[_d(t.valid_from), _money(t.rate)] for t in app.tariffs(args.name)],
            "No tariffs yet: coachlog funder tariff NAME --from DATE --rate 74,78",
        )
    elif args.verb == "remove":
        if not _confirm(f"Remove funder {shown(args.name)}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_funder(args.name)
        _say(f"Removed funder {removed.name}")
    return EXIT_OK


def cmd_grant(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        grant = app.add_grant(
            args.employment,
            args.funder,
            _date(ctx, args.start, "start"),
            regime=args.regime,
            granted_hours=None if args.hours is None else _decimal(args.hours, "hours", "60"),
            schedule_id=args.schedule,
            period_months=args.period_months,
            periods=args.periods,
            reference=args.reference or "",
        )
        _say(f"Added grant {grant.id}: {grant.schedule_id}, {grant.period_months}-month periods from {_d(grant.start)}")
    elif args.verb == "list":
        funders = {f.id: f.name for f in app.list_funders()}
        rows = []
        for g in app.list_grants(args.worker):
            hours = "" if g.granted_minutes_per_period is None else _hm(g.granted_minutes_per_period)
            rows.append([g.id, g.employment_id, funders.get(g.funder_id, ""), g.schedule_id, g.regime or "",
                         hours, f"{g.periods} x {g.period_months} mnd", _d(g.start), g.reference])
        _print_table(
            ["id", "employment", "funder", "schedule", "regime", "hours/period", "periods", "start", "reference"],
            rows, "No grants yet.",
        )
    elif args.verb == "edit":
        changes: dict[str, Any] = {}
        if args.regime is not None:
            changes["regime"] = None if args.regime.lower() in {"none", "geen"} else args.regime
        if args.hours is not None:
            changes["granted_hours"] = None if args.hours.lower() in {"none", "geen"} else _decimal(args.hours, "hours", "60")
        if args.start:
            changes["start"] = _date(ctx, args.start, "start")
        for key in ("period_months", "periods", "reference"):
            if getattr(args, key) is not None:
                changes[key] = getattr(args, key)
        if args.schedule:
            changes["schedule_id"] = args.schedule
        grant = app.edit_grant(args.id, **changes)
        _say(f"Saved grant {grant.id}")
    elif args.verb == "remove":
        if not _confirm(f"Remove grant {args.id}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        app.remove_grant(args.id)
        _say(f"Removed grant {args.id}")
    return EXIT_OK


def cmd_goal(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        goal = app.add_goal(args.grant, args.text, period_no=args.period)
        _say(f"Added goal {goal.id} to grant {goal.grant_id}, period {goal.period_no}")
    elif args.verb == "list":
        _print_table(
            ["id", "period", "status", "goal"],
            [[g.id, g.period_no, g.status, g.text] for g in app.list_goals(args.grant)],
            "No goals for this grant yet.",
        )
    elif args.verb == "edit":
        goal = app.edit_goal(args.id, text=args.text, status=args.status, period_no=args.period)
        _say(f"Saved goal {goal.id} ({goal.status})")
    elif args.verb == "remove":
        if not _confirm(f"Remove goal {args.id}?", args.yes):
            _say("Nothing was removed.")
            return EXIT_OK
        app.remove_goal(args.id)
        _say(f"Removed goal {args.id}")
    return EXIT_OK


# -- entries -------------------------------------------------------------------------


def _split_when(ctx: Context, words: Sequence[str]) -> tuple[date, int | None]:
    """``log [DATE] [DURATION]``: one word may be either; two are date then duration."""
    from coachlog.domain.parsing import parse_duration

    if len(words) > 2:
        raise InvalidInput("log", " ".join(words), "give at most a date and a duration, e.g. gisteren 1u30")
    if len(words) == 2:
        return _date(ctx, words[0]), parse_duration(words[1])
    if len(words) == 1:
        try:
            return ctx.today, parse_duration(words[0])
        except InvalidInput as as_duration:
            try:
                return _date(ctx, words[0]), None
            except InvalidInput:
                raise as_duration from None
    return ctx.today, None


def cmd_log(ctx: Context) -> int:
    from coachlog.domain import parsing
    from coachlog.services import EntryDraft, default_activity

    args, app = ctx.args, ctx.app
    day, minutes = _split_when(ctx, args.when)
    workers = args.worker or []
    with_whom = parsing.parse_with_whom(args.with_whom, "--with") if args.with_whom else (
        "worker" if workers else "employer" if args.employer else "nobody"
    )
    draft = EntryDraft(
        day=day,
        minutes=minutes,
        workers=workers,
        employer=args.employer,
        with_whom=with_whom,
        activity=parsing.parse_activity(args.activity, "--activity") if args.activity else default_activity(with_whom),
        mode=parsing.parse_mode(args.mode, "--mode") if args.mode else "on_site",
        start=parsing.parse_time(args.start, "--start") if args.start else None,
        end=parsing.parse_time(args.end, "--end") if args.end else None,
        goal_id=args.goal,
        billable=args.billable,
        travel_minutes=parsing.parse_duration(args.travel, "--travel") if args.travel else 0,
        travel_km=_decimal(args.km, "--km", "12,5") if args.km else Decimal(0),
        note=args.note or "",
        private_note=args.private_note or "",
        force=args.force,
    )
    saved = app.log(draft)
    names, employers = app.names()
    for entry in saved:
        who = names.get(entry.worker_id, "") or employers.get(entry.employer_id, "") or "indirect"
        billed = "" if entry.billable else ", not billable"
        _say(f"Logged entry {entry.id}: {_d(entry.day)} {_hm(entry.minutes)} {who} ({entry.with_whom}, {entry.activity}{billed})")
    return EXIT_OK


def _entry_range(ctx: Context) -> tuple[date | None, date | None]:
    from coachlog.domain.parsing import parse_month
    from dateutil.relativedelta import relativedelta

    args = ctx.args
    if args.month:
        args.month = " ".join(args.month)
        if args.date_from or args.date_to:
            raise InvalidInput("--month", args.month, "give --month or --from/--to, not both")
        first = parse_month(args.month, ctx.today, "--month")
        return first, first + relativedelta(months=1, days=-1)
    if args.all:
        return None, None
    if args.date_from or args.date_to:
        start = _opt_date(ctx, args.date_from, "--from")
        end = _opt_date(ctx, args.date_to, "--to")
        if start and end and end < start:
            raise InvalidInput("--to", _d(end), f"the end may not lie before --from ({_d(start)})")
        return start, end
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    return monday, monday + timedelta(days=6)


def cmd_entries(ctx: Context) -> int:
    from coachlog.exchange import entries_csv
    from coachlog.services import Exchange

    args, app = ctx.args, ctx.app
    start, end = _entry_range(ctx)
    entries = app.entries(start, end, worker=args.worker, employer=args.employer)
    records = Exchange(app).entry_records(entries)
    if args.format == "csv":
        _emit(entries_csv(records))
    elif args.format == "json":
        _emit(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        span = "all dates" if start is None and end is None else f"{_d(start) or '...'} – {_d(end) or '...'}"
        rows = [
            [r["id"], _d(e.day), r["start"], _hm(e.minutes), r["worker"], r["employer"], e.with_whom, e.activity,
             "" if e.billable else "no", _hm(e.travel_minutes) if e.travel_minutes else "", r["note"][:40]]
            for r, e in zip(records, entries)
        ]
        _print_table(
            ["id", "date", "start", "time", "worker", "employer", "with", "activity", "bill", "travel", "note"],
            rows, f"No entries for {span}.",
        )
        if entries:
            total = sum(e.minutes for e in entries)
            billable = sum(e.minutes for e in entries if e.billable)
            travel = sum(e.travel_minutes for e in entries)
            _say()
            _say(f"{span}: {len(entries)} entries, {_hm(total)} in all, {_hm(billable)} billable, {_hm(travel)} travel")
    return EXIT_OK


def cmd_edit(ctx: Context) -> int:
    from coachlog.domain import parsing

    args, app = ctx.args, ctx.app
    changes: dict[str, Any] = {}
    if args.date:
        changes["day"] = _date(ctx, args.date)
    if args.duration:
        changes["minutes"] = parsing.parse_duration(args.duration, "--duration")
    if args.worker is not None:
        changes["worker"] = args.worker
    if args.employer is not None:
        changes["employer"] = args.employer
    if args.with_whom:
        changes["with_whom"] = parsing.parse_with_whom(args.with_whom, "--with")
    if args.activity:
        changes["activity"] = parsing.parse_activity(args.activity, "--activity")
    if args.mode:
        changes["mode"] = parsing.parse_mode(args.mode, "--mode")
    if args.start is not None:
        changes["start"] = parsing.parse_time(args.start, "--start") if args.start else None
    if args.note is not None:
        changes["note"] = args.note
    if args.private_note is not None:
        changes["private_note"] = args.private_note
    if args.travel is not None:
        changes["travel_minutes"] = parsing.parse_duration(args.travel, "--travel")
    if args.km is not None:
        changes["travel_km"] = _decimal(args.km, "--km", "12,5")
    if args.billable is not None:
        changes["billable"] = args.billable
    if args.goal is not None:
        changes["goal_id"] = args.goal or None
    if not changes:
        raise InvalidInput("edit", args.id, "say what to change, e.g. --duration 1u or --note \"...\"")
    entry = app.edit_entry(args.id, changes, force=args.force)
    _say(f"Saved entry {entry.id}: {_d(entry.day)} {_hm(entry.minutes)}")
    return EXIT_OK


def cmd_delete(ctx: Context) -> int:
    app = ctx.app
    entry = app.entry(ctx.args.id)
    if not _confirm(f"Delete entry {entry.id} ({_d(entry.day)}, {_hm(entry.minutes)})?", ctx.args.yes):
        _say("Nothing was deleted.")
        return EXIT_OK
    app.delete_entry(entry.id)
    _say(f"Deleted entry {entry.id} (coachlog undo brings it back)")
    return EXIT_OK


def cmd_undo(ctx: Context) -> int:
    summary = ctx.app.undo()
    _say(f"Undone: {summary}" if summary else "Nothing to undo.")
    return EXIT_OK


def cmd_timer(ctx: Context) -> int:
    from coachlog.domain import parsing

    args, app = ctx.args, ctx.app
    now = _now()
    if args.verb == "start":
        with_whom = parsing.parse_with_whom(args.with_whom, "--with") if args.with_whom else None
        timer = app.start_timer(
            now, worker=args.worker, with_whom=with_whom,
            activity=parsing.parse_activity(args.activity, "--activity") if args.activity else None,
            note=args.note or "",
        )
        _say(f"Timer started at {timer.started:%H:%M}; stop it with: coachlog timer stop")
    elif args.verb == "stop":
        saved = app.stop_timer(now, discard=args.discard)
        if not saved:
            _say("Timer discarded; nothing was logged.")
        for entry in saved:
            _say(f"Logged entry {entry.id}: {_d(entry.day)} {_hm(entry.minutes)} from {entry.start:%H:%M}")
    else:
        timer = app.running_timer()
        if timer is None:
            _say("No timer is running.")
        else:
            minutes = max(0, int((now - timer.started).total_seconds() // 60))
            _say(f"Timer running since {timer.started:%d-%m-%Y %H:%M} ({_hm(minutes)})")
    return EXIT_OK


# -- ladder and absences -------------------------------------------------------------


def cmd_ladder(ctx: Context) -> int:
    from coachlog.domain.parsing import format_date_nl

    args, app = ctx.args, ctx.app
    if args.verb == "add":
        measurement = app.add_measurement(
            args.worker,
            _date(ctx, args.date) if args.date else ctx.today,
            _int(args.step, "step", "give a trede from 1 to 6"),
            expected_step=None if args.expected is None else _int(args.expected, "expected", "give a trede from 1 to 6"),
            horizon=_opt_date(ctx, args.horizon, "horizon"),
            note=args.note or "",
        )
        _say(f"Recorded trede {measurement.step} for {args.worker} on {format_date_nl(measurement.day)}")
    elif args.verb == "show":
        rows = [
            [m.id, _d(m.day), f"{m.step} {LADDER_NAMES[m.step]}", m.expected_step or "", _d(m.horizon), m.note[:40]]
            for m in app.ladder(args.worker)
        ]
        _print_table(["id", "date", "trede", "expected", "by", "note"], rows, "No ladder measurements yet.")
    elif args.verb == "remove":
        if not _confirm(f"Remove ladder measurement {args.id}?", args.yes):
            return EXIT_OK
        app.remove_measurement(args.id)
        _say(f"Removed ladder measurement {args.id}")
    return EXIT_OK


LADDER_NAMES = {
    1: "Geïsoleerd",
    2: "Sociale contacten buitenshuis",
    3: "Deelname aan georganiseerde activiteiten",
    4: "Onbetaald werk",
    5: "Betaald werk met ondersteuning",
    6: "Betaald werk",
}


def cmd_absence(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        absence = app.add_absence(
            args.worker, _date(ctx, args.date_from, "--from"), _date(ctx, args.date_to, "--to"),
            kind=args.kind, note=args.note or "",
        )
        _say(f"Recorded absence {absence.id}: {_d(absence.start)} – {_d(absence.end)} ({absence.kind})")
    elif args.verb == "list":
        workers, _ = app.names()
        rows = [[a.id, workers[a.worker_id], _d(a.start), _d(a.end), a.kind] for a in app.absences(args.worker)]
        _print_table(["id", "worker", "from", "to", "kind"], rows, "No absences recorded.")
    elif args.verb == "remove":
        app.remove_absence(args.id)
        _say(f"Removed absence {args.id}")
    return EXIT_OK


# -- export, import, passphrase, backups ---------------------------------------------


def cmd_export(ctx: Context) -> int:
    from coachlog.exchange import entries_csv
    from coachlog.services import Exchange

    args = ctx.args
    if args.encrypted:
        return _export_encrypted(ctx)
    if not args.plaintext:
        raise InvalidInput(
            "export", args.format,
            "an export is NOT encrypted: add --plaintext to confirm, or use coachlog backup for an encrypted copy",
        )
    exchange = Exchange(ctx.app)
    if args.format == "json":
        text = exchange.journal_json()
    else:
        text = entries_csv(exchange.entry_records(ctx.app.entries()))
    _say(
        "warning: this export is not encrypted and holds client data (private notes are left out); "
        "keep it safe and delete it when done",
        err=True,
    )
    _write_output(text, args.output)
    return EXIT_OK


def _export_encrypted(ctx: Context) -> int:
    from coachlog.passphrase import ENV_EXPORT_PASSPHRASE, new_passphrase

    args = ctx.args
    if not args.output or args.output == "-":
        raise InvalidInput("--output", args.output, "an encrypted export is a file: give -o FILE")
    journal = ctx.journal
    secret = new_passphrase("encrypted export", env=ENV_EXPORT_PASSPHRASE)
    written = journal.export_encrypted(Path(args.output), secret)
    _say(f"Encrypted export written to {written}; it holds everything, private notes too, and opens only "
          "with the passphrase you just chose. On the other machine: coachlog import FILE")
    return EXIT_OK


def _import_encrypted(ctx: Context, path: Path) -> int:
    """An encrypted export becomes the journal, where none exists yet."""
    from coachlog import passphrase
    from coachlog.store.engine import Journal, install_journal

    target = ctx.paths.journal
    if Journal.exists(target):
        raise CoachlogError(
            f"{path} is an encrypted export: it becomes a whole journal, and {target} already exists. "
            "Import it where there is none yet, e.g. coachlog --journal NEW.coachlog import FILE"
        )

    def verify(secret: str) -> int:
        with Journal.open(path, secret, backups=target.parent / "backups") as opened:
            problems = opened.integrity_problems()
            if problems:
                raise CoachlogError(f"{path} is damaged ({problems[0]}); nothing was imported")
            return 0

    passphrase.unlock(path, verify)
    install_journal(path, target)
    _say(f"Imported the encrypted export as {target}. It opens with the export's passphrase; "
          "change it with coachlog passwd.")
    return EXIT_OK


def cmd_import(ctx: Context) -> int:
    from coachlog.store.cipher import looks_like_journal

    args = ctx.args
    path = _input_file(args.file, "file", "a CSV or JSON file, or an encrypted export")
    if path.is_file() and looks_like_journal(path):
        return _import_encrypted(ctx, path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise CoachlogError(f"no file {path}") from None
    except UnicodeDecodeError:
        raise CoachlogError(f"{path} is not UTF-8 text; save it as CSV UTF-8 and try again") from None
    except OSError as error:  # no permission, a device, ...
        raise CoachlogError(f"cannot read {path}: {error.strerror or error}") from None
    kind = args.format or ("json" if path.suffix.lower() == ".json" else "csv")
    app = ctx.app  # before the imports below: the key is derived while they are made
    from coachlog.exchange import read_csv_rows, read_json
    from coachlog.services import Exchange

    exchange = Exchange(app)
    if kind == "json":
        document = read_json(text, str(path))
        if "coachlog_export" in document:
            counts = exchange.import_journal(document, str(path))
            _say("Imported " + ", ".join(f"{n} {name}" for name, n in counts.items() if n))
            return EXIT_OK
        records = document.get("entries")
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise CoachlogError(f"{path}: expected {{\"entries\": [ ... ]}} or a coachlog export")
        rows = [(number, {str(k): "" if v is None else str(v) for k, v in record.items()})
                for number, record in enumerate(records, start=1)]
    else:
        rows = read_csv_rows(text, str(path))
    saved = exchange.import_entries(rows, str(path), create_missing=args.create_missing, force=args.force)
    if not saved:
        # No change was recorded, so undo would take back the change before: do not offer it.
        _say(f"No entries in {path}; nothing was imported")
        return EXIT_OK
    _say(f"Imported {len(saved)} entries from {path} (coachlog undo takes them out again)")
    return EXIT_OK


def cmd_passwd(ctx: Context) -> int:
    from coachlog.passphrase import ENV_NEW_PASSPHRASE, new_passphrase

    journal = ctx.journal
    secret = new_passphrase("journal", env=ENV_NEW_PASSPHRASE)
    journal.rekey(secret)
    _say(f"The passphrase of {journal.path} was changed; the old one no longer opens it.")
    _say("Backups made before now still open with the old passphrase.", err=True)
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from coachlog.store.backups import list_backups, make_backup

    if ctx.args.list:
        from coachlog.store.engine import sweep_leftovers

        sweep_leftovers(ctx.paths.journal, ctx.paths.backups)  # what interrupted backups left
        rows = [[p.name, f"{p.stat().st_size // 1024} KiB"] for p in list_backups(ctx.paths.backups)]
        _print_table(["backup", "size"], rows, f"No backups in {ctx.paths.backups}")
        return EXIT_OK
    result = make_backup(ctx.journal, ctx.paths.backups, keep=ctx.args.keep)
    _say(f"Backup written and verified: {result.path} ({result.entries} entries)")
    for removed in result.removed:
        _say(f"Removed old backup {removed.name}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from coachlog import passphrase
    from coachlog.store.backups import restore_backup
    from coachlog.store.engine import verify_backup

    source = _input_file(ctx.args.file, "file", "a backup (see coachlog backup --list)")
    if not source.exists():
        raise CoachlogError(f"no backup at {source}; see coachlog backup --list")
    entries = passphrase.unlock(source, lambda secret: verify_backup(source, secret))
    target = ctx.paths.journal
    if not _confirm(f"Replace {target} with {source.name} ({entries} entries)?", ctx.args.yes):
        _say("Nothing was restored.")
        return EXIT_OK
    kept = restore_backup(source, target, ctx.paths.backups)
    _say(f"Restored {source.name} to {target}")
    if kept:
        _say(f"The journal it replaced was kept as {kept}")
    return EXIT_OK


# -- budgets, warnings and reports ---------------------------------------------------


def _insights(ctx: Context) -> Any:
    config = ctx.config  # a broken config is reported before the passphrase is asked
    app = ctx.app  # then the journal: it is unlocked while the imports below are made
    from coachlog.insights import Insights
    from coachlog.reports.build import CoachInfo

    return Insights(app, CoachInfo(config.coach_name, config.organisation))


def cmd_status(ctx: Context) -> int:
    warnings = _insights(ctx).status()
    if not warnings:
        _say("Alles op orde: geen signalen.")
        return EXIT_OK
    for warning in warnings:
        mark = "!" if warning.severity == "warning" else "i"
        _say(f"{mark} {warning.message}")
    return EXIT_OK


def cmd_budget(ctx: Context) -> int:
    from coachlog.domain.parsing import INDIRECT_ACTIVITIES
    from coachlog.reports.render import chart_lines, hours_text
    from coachlog.reports.build import trajectory_chart

    insights = _insights(ctx)
    grants = [insights.grant(ctx.args.grant)] if ctx.args.grant else insights.grants(ctx.args.worker)
    if not grants:
        _say("No grants yet: coachlog grant add ...")
    for data in grants:
        _say(f"Grant {data.grant.id}: {data.worker.name} at {data.employer.name}, {data.funder.name}")
        _say(f"  {data.schedule.label}")
        spent = data.actual_by_period(INDIRECT_ACTIVITIES)
        for period in data.periods():
            used = spent[period.number].billable if period.number in spent else 0
            _say(f"  periode {period.number} {_d(period.start)} – {_d(period.end)}: budget {hours_text(period.minutes)} u, "
                  f"besteed {hours_text(used)} u, resterend {hours_text(period.minutes - used)} u")
        for line in chart_lines(trajectory_chart(data, INDIRECT_ACTIVITIES, until=ctx.today.replace(day=1))):
            _say("  " + line)
        _say()
    return EXIT_OK


def cmd_report(ctx: Context) -> int:
    from coachlog.reports.render import render

    args = ctx.args
    # The same call as the app's Rapportages screen, so both give the same report.
    if isinstance(getattr(args, "month", None), list):  # "oktober 2026" may come as two words
        args.month = " ".join(args.month)
    document = _insights(ctx).report(
        args.kind, **{key: getattr(args, key, None) for key in ("month", "grant", "period", "worker", "date_from", "date_to")}
    )
    _write_output(render(document, args.format), args.output)
    return EXIT_OK


# -- the terminal app ----------------------------------------------------------------

DEMO_PASSPHRASE = "demo"


def run_app(ctx: Context) -> int:
    """``coachlog`` with no command: the terminal app (``--demo``: on a throwaway journal)."""
    import shutil
    import tempfile

    from coachlog.i18n import detect_language
    from coachlog.tui.app import CoachlogApp

    args = ctx.args
    try:
        config = ctx.config
    except CoachlogError as error:
        _say_error(error)
        return error.exit_code
    paths = ctx.paths
    options: dict[str, Any] = dict(
        backups=paths.backups, config_path=paths.config, schedules_dir=paths.schedules,
        language=detect_language(args.lang, config.language), theme=config.theme,
        coach=(config.coach_name, config.organisation), today=_today, now=_now, lock_minutes=config.lock_minutes,
    )
    demo_dir = None
    if args.demo:
        # A throwaway journal of synthetic people, removed when the app closes.
        demo_dir = Path(tempfile.mkdtemp(prefix="coachlog-demo-"))
        journal_path = demo_dir / "demo.coachlog"
        options.update(demo_passphrase=DEMO_PASSPHRASE, demo_fill=_demo_fill, backups=demo_dir / "backups",
                       config_path=None)
    else:
        journal_path = paths.journal
    app = CoachlogApp(journal_path, **options)
    try:
        app.run()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
    return app.return_code or EXIT_OK


def _demo_fill(journal: Any) -> None:
    from coachlog import demo
    from coachlog.services import Coachlog
    from coachlog.store.repository import Store

    demo.fill(Coachlog(Store(journal), today=_today), _today())


# -- the parser ----------------------------------------------------------------------


def _verbs(sub: Any, noun: str, help_text: str, handler: Callable[[Context], int]) -> Any:
    parser = sub.add_parser(noun, help=help_text, description=help_text)
    parser.set_defaults(handler=handler)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    return verbs


def _yes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", "-y", action="store_true", help="do not ask for confirmation")


def _archive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archive", action="store_true", help="hide from lists, keep the history")
    parser.add_argument("--unarchive", action="store_true", help="show in lists again")


def _entry_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument("--worker", "-w", action="append" if not editing else "store",
                        help="worker (werknemer); repeat for a group session, split evenly")
    parser.add_argument("--employer", "-e", help="employer (werkgever); default: the worker's employment")
    parser.add_argument("--with", dest="with_whom", help="werknemer, werkgever, netwerk or niemand")
    parser.add_argument("--activity", "-a", help="e.g. begeleiding, inwerken, crisis, evaluatie, administratie")
    parser.add_argument("--mode", "-m", help="op locatie, gesprek, telefoon, e-mail or video")
    parser.add_argument("--start", help="start time, e.g. 9:30")
    parser.add_argument("--goal", type=_goal_id_or_none if editing else _id,
                        help="the goal id this time served" + (" (0 or none: no goal)" if editing else ""))
    parser.add_argument("--note", "-n", help="a short factual note (shows in reports)")
    parser.add_argument("--private-note", help="a note for yourself only: never exported, never in a report")
    parser.add_argument("--travel", help="travel time, e.g. 30m (never billed as UWV hours)")
    parser.add_argument("--km", help="travel distance in km, e.g. 12,5")
    billable = parser.add_mutually_exclusive_group()
    billable.add_argument("--billable", dest="billable", action="store_true", default=None)
    billable.add_argument("--not-billable", dest="billable", action="store_false")
    parser.add_argument("--force", action="store_true", help="log even outside the worker's employment")


# Every command, in the order of the help (a test holds build_parser() to it).
COMMANDS = ('paths', 'worker', 'employer', 'employment', 'funder', 'grant', 'goal', 'log', 'entries', 'edit', 'delete', 'undo', 'timer', 'ladder', 'absence', 'export', 'import', 'status', 'budget', 'report', 'passwd', 'backup', 'restore')


class _Parser(argparse.ArgumentParser):
    """argparse, printing what it prints (a usage error quotes the words typed) as text:
    control characters in them visible, like every other line of the command line."""

    def _print_message(self, message: str, file: Any = None) -> None:
        super()._print_message(visible(message, keep_newlines=True) if message else message, file)


def build_parser(*, commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the options before a command (the
    app's start needs no more, and building every sub-command costs ~10 ms of the prompt);
    ``only``: the options and that one command (of COMMANDS), for running it: the other
    57 sub-parsers cost ~15 ms of every command's start."""

    def wanted(name: str) -> bool:
        return only is None or only == name
    parser = _Parser(
        prog="coachlog",
        description="The offline, encrypted logbook for job coaches.",
        epilog="Example: coachlog log gisteren 1u30 --worker Sanne --with werkgever --activity begeleiding",
    )
    parser.add_argument("--version", action="version", version=f"coachlog {__version__}")
    parser.add_argument("--journal", metavar="PATH", help="the journal file (default: see coachlog paths)")
    parser.add_argument("--debug", action="store_true", help="show a traceback on an unexpected error")
    parser.add_argument("--lang", choices=("nl", "en"), help="language of the app (default: config, then system)")
    parser.add_argument("--demo", action="store_true",
                        help="open the app on a throwaway journal of made-up people, to try everything")
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    if wanted("paths"):
        p = sub.add_parser("paths", help="where the journal, config and backups are")
        p.set_defaults(handler=cmd_paths, needs_journal=False)

    if wanted("worker"):
        verbs = _verbs(sub, "worker", "add, list, edit and remove workers (werknemers)", cmd_worker)
        verbs.add_parser("add", help="add a worker").add_argument("name")
        p = verbs.add_parser("list", help="list workers")
        p.add_argument("--all", action="store_true", help="include archived workers")
        p = verbs.add_parser("edit", help="rename or archive a worker")
        p.add_argument("name")
        p.add_argument("--name", dest="new_name", help="the new name")
        _archive(p)
        p = verbs.add_parser("remove", help="remove a worker without history")
        p.add_argument("name")
        _yes(p)
        p = verbs.add_parser("erase", help="erase a worker and all about them (right to be forgotten; no undo)")
        p.add_argument("name", help="the full name")
        p.add_argument("--purge-backups", action="store_true", help="also delete the backups that still hold them")
        _yes(p)

    if wanted("employer"):
        verbs = _verbs(sub, "employer", "add, list, edit and remove employers (werkgevers)", cmd_employer)
        p = verbs.add_parser("add", help="add an employer")
        p.add_argument("name")
        p.add_argument("--contact", help="contact person or phone")
        p = verbs.add_parser("list", help="list employers")
        p.add_argument("--all", action="store_true", help="include archived employers")
        p = verbs.add_parser("edit", help="rename, change contact or archive")
        p.add_argument("name")
        p.add_argument("--name", dest="new_name")
        p.add_argument("--contact")
        _archive(p)
        p = verbs.add_parser("remove", help="remove an employer without history")
        p.add_argument("name")
        _yes(p)

    if wanted("employment"):
        verbs = _verbs(sub, "employment", "employments (dienstbetrekkingen): worker x employer", cmd_employment)
        p = verbs.add_parser("add", help="add an employment")
        p.add_argument("--worker", "-w", required=True)
        p.add_argument("--employer", "-e", required=True)
        p.add_argument("--start", required=True, help="first day, e.g. 01-03-2026")
        p.add_argument("--hours", required=True, help="contract hours per week (1-60)")
        p.add_argument("--kind", default="contract", help="contract, proefplaatsing or bbl")
        p.add_argument("--end", help="last day, if known")
        p.add_argument("--loonwaarde", help="wage value in percent")
        p.add_argument("--anchor", help="count employment years from this date (default: the start)")
        p = verbs.add_parser("list", help="list employments")
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("edit", help="change dates, kind, loonwaarde or year anchor")
        p.add_argument("id", type=_id)
        p.add_argument("--start")
        p.add_argument("--end", help="last day, or 'none'")
        p.add_argument("--kind")
        p.add_argument("--loonwaarde")
        p.add_argument("--anchor")
        p = verbs.add_parser("hours", help="record a change of contract hours from a date on")
        p.add_argument("id", type=_id)
        p.add_argument("--from", dest="valid_from", required=True)
        p.add_argument("--hours", required=True)
        p = verbs.add_parser("remove", help="remove an employment without grants")
        p.add_argument("id", type=_id)
        _yes(p)

    if wanted("funder"):
        verbs = _verbs(sub, "funder", "funders (opdrachtgevers) and their tariffs", cmd_funder)
        p = verbs.add_parser("add", help="add a funder")
        p.add_argument("name")
        p.add_argument("--kind", required=True, help="uwv-extern, uwv-intern, gemeente or private")
        p.add_argument("--reference", help="your reference or contract number with this funder")
        verbs.add_parser("list", help="list funders")
        p = verbs.add_parser("edit", help="change a funder")
        p.add_argument("name")
        p.add_argument("--name", dest="new_name")
        p.add_argument("--kind")
        p.add_argument("--reference")
        p = verbs.add_parser("tariff", help="set the hourly tariff (excl. BTW) from a date on")
        p.add_argument("name")
        p.add_argument("--from", dest="valid_from", required=True)
        p.add_argument("--rate", required=True, help="euros per hour excl. BTW, e.g. 74,78")
        p = verbs.add_parser("tariffs", help="list a funder's tariffs")
        p.add_argument("name")
        p = verbs.add_parser("remove", help="remove a funder without grants")
        p.add_argument("name")
        _yes(p)

    if wanted("grant"):
        verbs = _verbs(sub, "grant", "grants (toekenningen)", cmd_grant)
        p = verbs.add_parser("add", help="add a grant for an employment")
        p.add_argument("--employment", type=_id, required=True, help="employment id (coachlog employment list)")
        p.add_argument("--funder", "-f", required=True)
        p.add_argument("--start", required=True)
        p.add_argument("--regime", help="zeer-licht, licht, midden or intensief")
        p.add_argument("--hours", help="granted hours per period (the hard cap), if the decision states them")
        p.add_argument("--schedule", help="schedule id (default: by the funder's kind)")
        p.add_argument("--period-months", type=int, help="months per period (default: 6, UWV intern 12)")
        p.add_argument("--periods", type=int, help="number of periods (default: 6, UWV intern 3)")
        p.add_argument("--reference", help="the funder's reference for this grant")
        p = verbs.add_parser("list", help="list grants")
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("edit", help="change a grant")
        p.add_argument("id", type=_id)
        p.add_argument("--regime", help="a regime, or 'none'")
        p.add_argument("--hours", help="granted hours per period, or 'none'")
        p.add_argument("--start")
        p.add_argument("--schedule")
        p.add_argument("--period-months", type=int)
        p.add_argument("--periods", type=int)
        p.add_argument("--reference")
        p = verbs.add_parser("remove", help="remove a grant without goals")
        p.add_argument("id", type=_id)
        _yes(p)

    if wanted("goal"):
        verbs = _verbs(sub, "goal", "goals (coachingsdoelen) per grant and period", cmd_goal)
        p = verbs.add_parser("add", help="add a goal")
        p.add_argument("--grant", type=_id, required=True)
        p.add_argument("--period", type=int, help="period number (default: the current one)")
        p.add_argument("text")
        p = verbs.add_parser("list", help="list a grant's goals")
        p.add_argument("--grant", type=_id, required=True)
        p = verbs.add_parser("edit", help="change a goal's text, status or period")
        p.add_argument("id", type=_id)
        p.add_argument("--text")
        p.add_argument("--status", help="open, reached, partly or not-reached")
        p.add_argument("--period", type=int)
        p = verbs.add_parser("remove", help="remove a goal no entry points to")
        p.add_argument("id", type=_id)
        _yes(p)

    if wanted("log"):
        p = sub.add_parser("log", help="record time in one line",
                           description="Record time: coachlog log [DATE] DURATION --worker NAME ...")
        p.add_argument("when", nargs="*", metavar="[DATE] DURATION",
                       help="date (default today: vandaag, gisteren, maandag, 23-11-2026) and duration (1u30, 90m, 1:30)")
        p.add_argument("--end", help="end time; with --start instead of a duration")
        _entry_options(p, editing=False)
        p.set_defaults(handler=cmd_log)

    if wanted("entries"):
        p = sub.add_parser("entries", help="list entries (default: this week)")
        p.add_argument("--from", dest="date_from")
        p.add_argument("--to", dest="date_to")
        # Several words: "--month oktober 2026" as the README writes it, without quotes.
        p.add_argument("--month", nargs="+", metavar="MONTH", help="e.g. 2026-10 or oktober 2026")
        p.add_argument("--all", action="store_true", help="every entry")
        p.add_argument("--worker", "-w")
        p.add_argument("--employer", "-e")
        p.add_argument("--format", choices=("table", "csv", "json"), default="table")
        p.set_defaults(handler=cmd_entries)

    if wanted("edit"):
        p = sub.add_parser("edit", help="change an entry")
        p.add_argument("id", type=_id)
        p.add_argument("--date")
        p.add_argument("--duration")
        _entry_options(p, editing=True)
        p.set_defaults(handler=cmd_edit)

    if wanted("delete"):
        p = sub.add_parser("delete", help="delete an entry")
        p.add_argument("id", type=_id)
        _yes(p)
        p.set_defaults(handler=cmd_delete)

    if wanted("undo"):
        p = sub.add_parser("undo", help="undo the last change")
        p.set_defaults(handler=cmd_undo)

    if wanted("timer"):
        verbs = _verbs(sub, "timer", "a timer that keeps running when you close coachlog", cmd_timer)
        p = verbs.add_parser("start", help="start the timer")
        p.add_argument("--worker", "-w")
        p.add_argument("--with", dest="with_whom")
        p.add_argument("--activity", "-a")
        p.add_argument("--note", "-n")
        p = verbs.add_parser("stop", help="stop the timer and log the time")
        p.add_argument("--discard", action="store_true", help="stop without logging")
        verbs.add_parser("status", help="is a timer running?")

    if wanted("ladder"):
        verbs = _verbs(sub, "ladder", "participatieladder: record and show steps", cmd_ladder)
        p = verbs.add_parser("add", help="record a measurement")
        p.add_argument("worker")
        p.add_argument("step", help="trede 1-6")
        p.add_argument("--date", help="default today")
        p.add_argument("--expected", help="expected trede (groeipotentieel)")
        p.add_argument("--horizon", help="when the expected trede should be reached")
        p.add_argument("--note")
        p = verbs.add_parser("show", help="a worker's steps over time")
        p.add_argument("worker")
        p = verbs.add_parser("remove", help="remove a measurement")
        p.add_argument("id", type=_id)
        _yes(p)

    if wanted("absence"):
        verbs = _verbs(sub, "absence", "absences: illness and holidays (no coaching hours)", cmd_absence)
        p = verbs.add_parser("add", help="record an absence")
        p.add_argument("worker")
        p.add_argument("--from", dest="date_from", required=True)
        p.add_argument("--to", dest="date_to", required=True)
        p.add_argument("--kind", default="ziek", help="ziek, vakantie or overig")
        p.add_argument("--note")
        p = verbs.add_parser("list", help="list absences")
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("remove", help="remove an absence")
        p.add_argument("id", type=_id)

    if wanted("export"):
        p = sub.add_parser("export", help="export the journal as JSON or entries as CSV (NOT encrypted)")
        p.add_argument("--format", choices=("json", "csv"), default="json")
        p.add_argument("--output", "-o", help="file to write (default: standard output)")
        p.add_argument("--plaintext", action="store_true", help="confirm that you want an unencrypted file")
        p.add_argument("--encrypted", action="store_true",
                       help="the whole journal, encrypted with a passphrase of its own, to move to another machine")
        p.set_defaults(handler=cmd_export)

    if wanted("import"):
        p = sub.add_parser("import", help="import entries (CSV/JSON), a whole JSON export, or an encrypted export; all or nothing")
        p.add_argument("file")
        p.add_argument("--format", choices=("csv", "json"))
        p.add_argument("--create-missing", action="store_true", help="add workers and employers the file names")
        p.add_argument("--force", action="store_true", help="accept entries outside a worker's employment")
        p.set_defaults(handler=cmd_import)

    if wanted("status"):
        p = sub.add_parser("status", help="signals: over budget, periods ending, no entry this week, ...")
        p.set_defaults(handler=cmd_status)

    if wanted("budget"):
        p = sub.add_parser("budget", help="hour budgets per grant and period, with the monthly curve")
        p.add_argument("--grant", type=_id)
        p.add_argument("--worker", "-w")
        p.set_defaults(handler=cmd_budget)

    if wanted("report"):
        p = sub.add_parser("report", help="reports for funders and yourself (Dutch)")
        p.set_defaults(handler=cmd_report)
        kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)

        def report_options(parser: argparse.ArgumentParser) -> None:
            parser.add_argument("--format", choices=("md", "html", "csv"), default="md")
            parser.add_argument("--output", "-o", help="file to write (default: standard output)")

        r = kinds.add_parser("month", help="maandoverzicht: budget vs actual per worker")
        r.add_argument("month", nargs="+", help="e.g. 2026-10 or oktober 2026")
        report_options(r)
        r = kinds.add_parser("period", help="verantwoordingsrapportage (UWV) for a grant period")
        r.add_argument("grant", type=_id)
        r.add_argument("--period", type=int, help="period number (default: the last ended one)")
        report_options(r)
        r = kinds.add_parser("progress", help="voortgangsrapportage (gemeente) with the ladder")
        r.add_argument("worker")
        r.add_argument("--period", type=int)
        report_options(r)
        r = kinds.add_parser("billing", help="declaratieoverzicht: billable hours x tariff")
        r.add_argument("--from", dest="date_from", required=True)
        r.add_argument("--to", dest="date_to", required=True)
        report_options(r)
        r = kinds.add_parser("own", help="your own month: direct vs indirect hours")
        r.add_argument("month", nargs="+", help="e.g. 2026-10 or oktober 2026")
        report_options(r)

    if wanted("passwd"):
        p = sub.add_parser("passwd", help="change the journal's passphrase")
        p.set_defaults(handler=cmd_passwd)

    if wanted("backup"):
        p = sub.add_parser("backup", help="write an encrypted, verified backup (keeps the newest ones)")
        p.add_argument("--keep", type=int, default=10, help="how many backups to keep (default 10)")
        p.add_argument("--list", action="store_true", help="list the backups")
        p.set_defaults(handler=cmd_backup)

    if wanted("restore"):
        p = sub.add_parser("restore", help="replace the journal with a backup (the current one is kept)")
        p.add_argument("file")
        _yes(p)
        p.set_defaults(handler=cmd_restore)
    return parser


def _parse(words: list[str]) -> argparse.Namespace:
    wants_help = any(word in ("-h", "--help") for word in words)
    rest: list[str] = []
    if not wants_help:
        args, rest = build_parser(commands=False).parse_known_args(words)
    if wants_help or rest:  # help: the whole parser; a command: that command's (any other word: the whole)
        command = rest[0] if rest and rest[0] in COMMANDS and not wants_help else None
        args = build_parser(only=command).parse_args(words)
    else:
        args.command = None
    return args


def _undecodable(words: Sequence[str]) -> str | None:
    """The first word holding bytes the system could not decode (Python keeps them as lone
    surrogates, which no file, terminal or journal can take), if any."""
    for word in words:
        if any("\ud800" <= char <= "\udfff" for char in word):
            return word
    return None


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    bad = _undecodable(words)
    if bad is not None:
        _say(f"coachlog: {shown(bad)} holds bytes that are not text in this system's encoding (UTF-8); "
             "type it again, or save the file that gave it as UTF-8", err=True)
        return 2
    try:
        args = _parse(words)
    except SystemExit as stop:
        # argparse has printed the help or version (0) or its usage error (2): returned
        # like every other exit code, so a caller of main() gets a number, not an exception.
        return stop.code if isinstance(stop.code, int) else 0 if stop.code is None else 2
    ctx = Context(args)
    if args.command is None:
        return run_app(ctx)
    from coachlog.memory import collector_paused

    try:
        with collector_paused():  # a short-lived process that may read 100 000 rows
            return args.handler(ctx)
    except CoachlogError as error:
        _say_error(error)
        return error.exit_code
    except KeyboardInterrupt:
        _say(err=True)
        _say("Aborted; nothing more was changed.", err=True)
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
        _say(
            f"coachlog: unexpected error ({type(error).__name__}); nothing more was changed. "
            "Run again with --debug to see the details.",
            err=True,
        )
        return 3
    finally:
        ctx.close()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
