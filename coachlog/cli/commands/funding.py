"""``coachlog funder ...``, ``grant ...`` and ``goal ...``: who pays, for which hours, towards what."""

from __future__ import annotations

from typing import Any

from coachlog.cli.arguments import date_arg, decimal_arg
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, dmy, hm, money, print_table, say
from coachlog.errors import shown


def cmd_funder(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        funder = app.add_funder(args.name, args.kind, reference=args.reference or "")
        say(f"Added funder {funder.name} ({funder.kind})")
    elif args.verb == "list":
        rows = []
        for f in app.list_funders():
            tariffs = app.tariffs(f.name)
            current = [t for t in tariffs if t.valid_from <= ctx.today]
            rate = money(current[-1].rate) if current else "-"
            rows.append([f.name, f.kind, f.reference, rate])
        print_table(["name", "kind", "reference", "tariff now"], rows, "No funders yet.")
    elif args.verb == "edit":
        funder = app.edit_funder(args.name, name=args.new_name, kind=args.kind, reference=args.reference)
        say(f"Saved funder {funder.name}")
    elif args.verb == "tariff":
        tariff = app.set_tariff(args.name, date_arg(ctx, args.valid_from, "from"),
                                decimal_arg(args.rate, "rate", "74,78"))
        say(f"Tariff {money(tariff.rate)} per hour excl. BTW from {dmy(tariff.valid_from)}")
    elif args.verb == "tariffs":
        print_table(
            ["from", "euro/hour excl. BTW"],
            [[dmy(t.valid_from), money(t.rate)] for t in app.tariffs(args.name)],
            "No tariffs yet: coachlog funder tariff NAME --from DATE --rate 74,78",
        )
    elif args.verb == "remove":
        if not confirm(f"Remove funder {shown(args.name)}?", args.yes):
            say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_funder(args.name)
        say(f"Removed funder {removed.name}")
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
        say(f"Added grant {grant.id}: {grant.schedule_id}, {grant.period_months}-month periods from {dmy(grant.start)}")
    elif args.verb == "list":
        funders = {f.id: f.name for f in app.list_funders()}
        rows = []
        for g in app.list_grants(args.worker):
            hours = "" if g.granted_minutes_per_period is None else hm(g.granted_minutes_per_period)
            rows.append([g.id, g.employment_id, funders.get(g.funder_id, ""), g.schedule_id, g.regime or "",
                         hours, f"{g.periods} x {g.period_months} mnd", dmy(g.start), g.reference])
        print_table(
            ["id", "employment", "funder", "schedule", "regime", "hours/period", "periods", "start", "reference"],
            rows, "No grants yet.",
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
        say(f"Saved grant {grant.id}")
    elif args.verb == "remove":
        if not confirm(f"Remove grant {args.id}?", args.yes):
            say("Nothing was removed.")
            return EXIT_OK
        app.remove_grant(args.id)
        say(f"Removed grant {args.id}")
    return EXIT_OK


def cmd_goal(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        goal = app.add_goal(args.grant, args.text, period_no=args.period)
        say(f"Added goal {goal.id} to grant {goal.grant_id}, period {goal.period_no}")
    elif args.verb == "list":
        print_table(
            ["id", "period", "status", "goal"],
            [[g.id, g.period_no, g.status, g.text] for g in app.list_goals(args.grant)],
            "No goals for this grant yet.",
        )
    elif args.verb == "edit":
        goal = app.edit_goal(args.id, text=args.text, status=args.status, period_no=args.period)
        say(f"Saved goal {goal.id} ({goal.status})")
    elif args.verb == "remove":
        if not confirm(f"Remove goal {args.id}?", args.yes):
            say("Nothing was removed.")
            return EXIT_OK
        app.remove_goal(args.id)
        say(f"Removed goal {args.id}")
    return EXIT_OK
