"""``coachlog employment ...``: a worker's employments with an employer, and their contract hours."""

from __future__ import annotations

from typing import Any

from coachlog.cli.arguments import date_arg, decimal_arg, int_arg, optional_date_arg
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, decimal_text, dmy, print_table, say
from coachlog.domain.model import saved_id
from coachlog.i18n import N_, t


def cmd_employment(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        employment = app.add_employment(
            args.worker,
            args.employer,
            date_arg(ctx, args.start, "start"),
            decimal_arg(args.hours, "hours", N_("24 or 32,5")),
            kind=args.kind,
            end=optional_date_arg(ctx, args.end, "end"),
            loonwaarde=(None if args.loonwaarde is None
                        else int_arg(args.loonwaarde, "loonwaarde", N_("give a percentage, e.g. 60"))),
            year_anchor=optional_date_arg(ctx, args.anchor, "anchor"),
        )
        say(t("Added employment {id} from {start}", id=employment.id, start=dmy(employment.start)))
    elif args.verb == "list":
        workers, employers = app.names()
        rows = []
        for e in app.list_employments(args.worker):
            hours = app.contract_hours(saved_id(e))
            hours_text = ", ".join(t("{hours} from {day}", hours=decimal_text(h.hours_per_week), day=dmy(h.valid_from))
                                   for h in hours)
            rows.append([e.id, workers[e.worker_id], employers[e.employer_id], e.kind, dmy(e.start), dmy(e.end),
                         hours_text])
        print_table([N_("id"), N_("worker"), N_("employer"), N_("kind"), N_("start"), N_("end"), N_("hours/week")],
                    rows, t("No employments yet."))
    elif args.verb == "edit":
        changes: dict[str, Any] = {}
        if args.start:
            changes["start"] = date_arg(ctx, args.start, "start")
        if args.end:
            changes["end"] = None if args.end.lower() in {"none", "geen", "-"} else date_arg(ctx, args.end, "end")
        if args.kind:
            changes["kind"] = args.kind
        if args.loonwaarde:
            changes["loonwaarde"] = int_arg(args.loonwaarde, "loonwaarde", N_("give a percentage, e.g. 60"))
        if args.anchor:
            changes["year_anchor"] = date_arg(ctx, args.anchor, "anchor")
        employment = app.edit_employment(args.id, **changes)
        say(t("Saved employment {id}", id=employment.id))
    elif args.verb == "hours":
        record = app.set_contract_hours(args.id, date_arg(ctx, args.valid_from, "from"),
                                        decimal_arg(args.hours, "hours", "24"))
        say(t("Employment {id}: {hours_per_week} hours/week from {valid_from}",
              id=args.id, hours_per_week=decimal_text(record.hours_per_week), valid_from=dmy(record.valid_from)))
    elif args.verb == "remove":
        if not confirm(t("Remove employment {id}?", id=args.id), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        app.remove_employment(args.id)
        say(t("Removed employment {id} (coachlog undo brings it back)", id=args.id))
    return EXIT_OK
