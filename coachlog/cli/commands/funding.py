"""``coachlog funder ...``, ``grant ...`` and ``goal ...``: who pays, for which hours, towards what."""

from __future__ import annotations

from typing import Any

from coachlog.cli.arguments import date_arg, decimal_arg
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, dmy, hm, money, print_table, say
from coachlog.domain.model import GOAL_STATUS_NAMES
from coachlog.errors import shown
from coachlog.i18n import N_, t, tn


def months_text(months: int) -> str:
    """6 months, 1 month (maanden, maand)."""
    return tn("{count} month", "{count} months", months, count=months)

def cmd_funder(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        funder = app.add_funder(args.name, args.kind, reference=args.reference or "")
        say(t("Added funder {name} ({kind})", name=funder.name, kind=funder.kind))
    elif args.verb == "list":
        rows = []
        for f in app.list_funders():
            tariffs = app.tariffs(f.name)
            current = [tariff for tariff in tariffs if tariff.valid_from <= ctx.today]
            rate = money(current[-1].rate) if current else "-"
            rows.append([f.name, f.kind, f.reference, rate])
        print_table([N_("name"), N_("kind"), N_("reference"), N_("tariff now")], rows, t("No funders yet."))
    elif args.verb == "edit":
        funder = app.edit_funder(args.name, name=args.new_name, kind=args.kind, reference=args.reference)
        say(t("Saved funder {name}", name=funder.name))
    elif args.verb == "tariff":
        tariff = app.set_tariff(args.name, date_arg(ctx, args.valid_from, "from"),
                                decimal_arg(args.rate, "rate", "74,78"))
        say(t("Tariff {rate} per hour excl. BTW from {valid_from}",
              rate=money(tariff.rate), valid_from=dmy(tariff.valid_from)))
    elif args.verb == "tariffs":
        print_table(
            [N_("from"), N_("euro/hour excl. BTW")],
            [[dmy(tariff.valid_from), money(tariff.rate)] for tariff in app.tariffs(args.name)],
            t("No tariffs yet: coachlog funder tariff NAME --from DATE --rate 74,78"),
        )
    elif args.verb == "remove":
        if not confirm(t("Remove funder {name}?", name=shown(args.name)), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        removed = app.remove_funder(args.name)
        say(t("Removed funder {name}", name=removed.name))
    return EXIT_OK


def cmd_grant(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        grant = app.add_grant(
            args.employment,
            args.funder,
            date_arg(ctx, args.start, "start"),
            regime=args.regime,
            granted_hours=None if args.hours is None else decimal_arg(args.hours, "hours", "60"),
            schedule_id=args.schedule,
            period_months=args.period_months,
            periods=args.periods,
            reference=args.reference or "",
        )
        say(t("Added grant {id}: {schedule_id}, periods of {length} from {start}", id=grant.id,
              schedule_id=grant.schedule_id, length=months_text(grant.period_months), start=dmy(grant.start)))
    elif args.verb == "list":
        funders = {f.id: f.name for f in app.list_funders()}
        rows = []
        for g in app.list_grants(args.worker):
            hours = "" if g.granted_minutes_per_period is None else hm(g.granted_minutes_per_period)
            periods = t("{periods} x {length}", periods=g.periods, length=months_text(g.period_months))
            rows.append([g.id, g.employment_id, funders.get(g.funder_id, ""), g.schedule_id, g.regime or "",
                         hours, periods, dmy(g.start), g.reference])
        print_table(
            [N_("id"), N_("employment"), N_("funder"), N_("schedule"), N_("regime"), N_("hours/period"),
             N_("periods"), N_("start"), N_("reference")],
            rows, t("No grants yet."),
        )
    elif args.verb == "edit":
        changes: dict[str, Any] = {}
        if args.regime is not None:
            changes["regime"] = None if args.regime.lower() in {"none", "geen"} else args.regime
        if args.hours is not None:
            changes["granted_hours"] = (None if args.hours.lower() in {"none", "geen"}
                                        else decimal_arg(args.hours, "hours", "60"))
        if args.start:
            changes["start"] = date_arg(ctx, args.start, "start")
        for key in ("period_months", "periods", "reference"):
            if getattr(args, key) is not None:
                changes[key] = getattr(args, key)
        if args.schedule:
            changes["schedule_id"] = args.schedule
        grant = app.edit_grant(args.id, **changes)
        say(t("Saved grant {id}", id=grant.id))
    elif args.verb == "remove":
        if not confirm(t("Remove grant {id}?", id=args.id), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        app.remove_grant(args.id)
        say(t("Removed grant {id}", id=args.id))
    return EXIT_OK


def cmd_goal(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        goal = app.add_goal(args.grant, args.text, period_no=args.period)
        say(t("Added goal {id} to grant {grant_id}, period {period_no}",
              id=goal.id, grant_id=goal.grant_id, period_no=goal.period_no))
    elif args.verb == "list":
        print_table(
            [N_("id"), N_("period"), N_("status"), N_("goal")],
            [[g.id, g.period_no, t(GOAL_STATUS_NAMES.get(g.status, g.status)), g.text]
             for g in app.list_goals(args.grant)],
            t("No goals for this grant yet."),
        )
    elif args.verb == "edit":
        goal = app.edit_goal(args.id, text=args.text, status=args.status, period_no=args.period)
        say(t("Saved goal {id} ({status})", id=goal.id, status=t(GOAL_STATUS_NAMES.get(goal.status, goal.status))))
    elif args.verb == "remove":
        if not confirm(t("Remove goal {id}?", id=args.id), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        app.remove_goal(args.id)
        say(t("Removed goal {id}", id=args.id))
    return EXIT_OK
