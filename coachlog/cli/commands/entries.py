"""``coachlog log``, ``entries``, ``edit``, ``delete``, ``undo`` and ``timer ...``: the hours."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from coachlog.cli.arguments import date_arg, decimal_arg, optional_date_arg
from coachlog.cli.context import Context, wall_clock
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import activity_text, confirm, dmy, emit, hm, print_table, say, with_whom_text
from coachlog.domain.model import saved_id
from coachlog.errors import InvalidInput
from coachlog.i18n import N_, t, tn


def _split_when(ctx: Context, words: Sequence[str]) -> tuple[date, int | None]:
    """``log [DATE] [DURATION]``: one word may be either; two are date then duration."""
    from coachlog.domain.parsing import parse_duration

    if len(words) > 2:
        raise InvalidInput("log", " ".join(words), "give at most a date and a duration, e.g. gisteren 1u30")
    if len(words) == 2:
        return date_arg(ctx, words[0]), parse_duration(words[1])
    if len(words) == 1:
        try:
            return ctx.today, parse_duration(words[0])
        except InvalidInput as as_duration:
            try:
                return date_arg(ctx, words[0]), None
            except InvalidInput:
                raise as_duration from None
    return ctx.today, None


def cmd_log(ctx: Context) -> int:
    from coachlog.domain import parsing
    from coachlog.services import EntryDraft

    args, app = ctx.args, ctx.app
    day, minutes = _split_when(ctx, args.when)
    # What was typed, and nothing more: the services' rulebook decides what is left out.
    draft = EntryDraft(
        day=day,
        minutes=minutes,
        workers=args.worker or [],
        employer=args.employer,
        with_whom=args.with_whom,
        activity=args.activity,
        mode=args.mode,
        start=parsing.parse_time(args.start, "--start") if args.start else None,
        end=parsing.parse_time(args.end, "--end") if args.end else None,
        goal_id=args.goal,
        billable=args.billable,
        travel_minutes=parsing.parse_duration(args.travel, "--travel") if args.travel else 0,
        travel_km=decimal_arg(args.km, "--km", "12,5") if args.km else Decimal(0),
        note=args.note or "",
        private_note=args.private_note or "",
        force=args.force,
    )
    saved = app.log(draft)
    names, employers = app.names()
    for entry in saved:
        worker = names.get(entry.worker_id, "") if entry.worker_id is not None else ""
        employer = employers.get(entry.employer_id, "") if entry.employer_id is not None else ""
        who = worker or employer or t("indirect")
        billed = "" if entry.billable else t(", not billable")
        say(t("Logged entry {id}: {day} {minutes} {who} ({with_whom}, {activity}{billed})",
              id=entry.id, day=dmy(entry.day), minutes=hm(entry.minutes), who=who,
              with_whom=with_whom_text(entry.with_whom), activity=activity_text(entry.activity), billed=billed))
    return EXIT_OK


def _entry_range(ctx: Context) -> tuple[date | None, date | None]:
    from dateutil.relativedelta import relativedelta

    from coachlog.domain.parsing import parse_month

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
        start = optional_date_arg(ctx, args.date_from, "--from")
        end = optional_date_arg(ctx, args.date_to, "--to")
        if start and end and end < start:
            raise InvalidInput("--to", dmy(end), t("the end may not lie before --from ({start})", start=dmy(start)))
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
        emit(entries_csv(records))
    elif args.format == "json":
        emit(json.dumps(records, ensure_ascii=False, indent=2) + "\n")
    else:
        span = t("all dates") if start is None and end is None else f"{dmy(start) or '...'} – {dmy(end) or '...'}"
        rows = [
            [r["id"], dmy(e.day), r["start"], hm(e.minutes), r["worker"], r["employer"],
             with_whom_text(e.with_whom), activity_text(e.activity),
             "" if e.billable else t("no"), hm(e.travel_minutes) if e.travel_minutes else "", r["note"][:40]]
            for r, e in zip(records, entries, strict=True)
        ]
        print_table(
            [N_("id"), N_("date"), N_("start"), N_("time"), N_("worker"), N_("employer"), N_("with"), N_("activity"),
             N_("bill"), N_("travel"), N_("note")],
            rows, t("No entries for {span}.", span=span),
        )
        if entries:
            total = sum(e.minutes for e in entries)
            billable = sum(e.minutes for e in entries if e.billable)
            travel = sum(e.travel_minutes for e in entries)
            say()
            say(tn("{span}: {count} entry, {total} in all, {billable} billable, {travel} travel",
                   "{span}: {count} entries, {total} in all, {billable} billable, {travel} travel", len(entries),
                  span=span, count=len(entries), total=hm(total), billable=hm(billable), travel=hm(travel)))
    return EXIT_OK


def cmd_edit(ctx: Context) -> int:
    from coachlog.domain import parsing

    args, app = ctx.args, ctx.app
    changes: dict[str, Any] = {}
    if args.date:
        changes["day"] = date_arg(ctx, args.date)
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
        changes["travel_km"] = decimal_arg(args.km, "--km", "12,5")
    if args.billable is not None:
        changes["billable"] = args.billable
    if args.goal is not None:
        changes["goal_id"] = args.goal or None
    if not changes:
        raise InvalidInput("edit", args.id, "say what to change, e.g. --duration 1u or --note \"...\"")
    entry = app.edit_entry(args.id, changes, force=args.force)
    say(t("Saved entry {id}: {day} {minutes}", id=entry.id, day=dmy(entry.day), minutes=hm(entry.minutes)))
    return EXIT_OK


def cmd_delete(ctx: Context) -> int:
    app = ctx.app
    entry = app.entry(ctx.args.id)
    if not confirm(t("Delete entry {id} ({day}, {minutes})?",
                     id=entry.id, day=dmy(entry.day), minutes=hm(entry.minutes)), ctx.args.yes):
        say(t("Nothing was deleted."))
        return EXIT_OK
    app.delete_entry(saved_id(entry))
    say(t("Deleted entry {id} (coachlog undo brings it back)", id=entry.id))
    return EXIT_OK


def cmd_undo(ctx: Context) -> int:
    summary = ctx.app.undo()
    say(t("Undone: {summary}", summary=summary) if summary else t("Nothing to undo."))
    return EXIT_OK


def cmd_timer(ctx: Context) -> int:

    args, app = ctx.args, ctx.app
    now = wall_clock()
    if args.verb == "start":
        started = app.start_timer(now, worker=args.worker, with_whom=args.with_whom, activity=args.activity,
                                  note=args.note or "")
        say(t("Timer started at {started:%H:%M}; stop it with: coachlog timer stop", started=started.started))
    elif args.verb == "stop":
        saved = app.stop_timer(now, discard=args.discard, employer=args.employer, force=args.force)
        if not saved:
            say(t("Timer discarded; nothing was logged."))
        for entry in saved:
            say(t("Logged entry {id}: {day} {minutes} from {start:%H:%M}",
                  id=entry.id, day=dmy(entry.day), minutes=hm(entry.minutes), start=entry.start))
    else:
        timer = app.running_timer()
        if timer is None:
            say(t("No timer is running."))
        else:
            minutes = max(0, int((now - timer.started).total_seconds() // 60))
            from coachlog.domain.formats import moment_text

            say(t("Timer running since {started} ({minutes})", started=moment_text(timer.started), minutes=hm(minutes)))
    return EXIT_OK
