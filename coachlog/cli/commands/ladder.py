"""``coachlog ladder ...`` (participatieladder steps) and ``coachlog absence ...``."""

from __future__ import annotations

from coachlog.cli.arguments import date_arg, int_arg, optional_date_arg
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, dmy, print_table, say
from coachlog.domain.model import LADDER_NAMES
from coachlog.i18n import N_, t


def cmd_ladder(ctx: Context) -> int:
    from coachlog.domain.parsing import format_date_nl

    args, app = ctx.args, ctx.app
    if args.verb == "add":
        measurement = app.add_measurement(
            args.worker,
            date_arg(ctx, args.date) if args.date else ctx.today,
            int_arg(args.step, "step", N_("give a trede from 1 to 6")),
            expected_step=(None if args.expected is None
                           else int_arg(args.expected, "expected", N_("give a trede from 1 to 6"))),
            horizon=optional_date_arg(ctx, args.horizon, "horizon"),
            note=args.note or "",
        )
        say(t("Recorded trede {step} for {worker} on {day}",
              step=measurement.step, worker=args.worker, day=format_date_nl(measurement.day)))
    elif args.verb == "show":
        rows = [
            [m.id, dmy(m.day), f"{m.step} {t(LADDER_NAMES[m.step])}", m.expected_step or "", dmy(m.horizon),
             m.note[:40]]
            for m in app.ladder(args.worker)
        ]
        print_table([N_("id"), N_("date"), N_("trede"), N_("expected"), N_("by"), N_("note")], rows, t("No ladder "
                                                                                                       "measurements "
                                                                                                       "yet."))
    elif args.verb == "remove":
        if not confirm(t("Remove ladder measurement {id}?", id=args.id), args.yes):
            return EXIT_OK
        app.remove_measurement(args.id)
        say(t("Removed ladder measurement {id}", id=args.id))
    return EXIT_OK




def cmd_absence(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        absence = app.add_absence(
            args.worker, date_arg(ctx, args.date_from, "--from"), date_arg(ctx, args.date_to, "--to"),
            kind=args.kind, note=args.note or "",
        )
        say(t("Recorded absence {id}: {start} – {end} ({kind})",
              id=absence.id, start=dmy(absence.start), end=dmy(absence.end), kind=absence.kind))
    elif args.verb == "list":
        workers, _ = app.names()
        rows = [[a.id, workers[a.worker_id], dmy(a.start), dmy(a.end), a.kind] for a in app.absences(args.worker)]
        print_table([N_("id"), N_("worker"), N_("from"), N_("to"), N_("kind")], rows, t("No absences recorded."))
    elif args.verb == "remove":
        app.remove_absence(args.id)
        say(t("Removed absence {id}", id=args.id))
    return EXIT_OK
