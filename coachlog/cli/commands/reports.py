"""``coachlog status``, ``budget`` and ``report ...``: signals, hour budgets and reports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import dmy, say, write_output
from coachlog.i18n import t

if TYPE_CHECKING:
    from coachlog.services.insights import Insights


def _insights(ctx: Context) -> Insights:
    config = ctx.config  # a broken config is reported before the passphrase is asked
    app = ctx.app  # then the journal: it is unlocked while the imports below are made
    from coachlog.reports.build import CoachInfo
    from coachlog.services.insights import Insights

    return Insights(app, CoachInfo(config.coach_name, config.organisation))


def cmd_status(ctx: Context) -> int:
    warnings = _insights(ctx).status()
    if not warnings:
        say(t("All in order: no signals."))
        return EXIT_OK
    for warning in warnings:
        mark = "!" if warning.severity == "warning" else "i"
        say(f"{mark} {warning.message}")
    return EXIT_OK


def cmd_budget(ctx: Context) -> int:
    from coachlog.domain.formats import hours_text
    from coachlog.domain.parsing import INDIRECT_ACTIVITIES
    from coachlog.reports.build import trajectory_chart
    from coachlog.reports.render import chart_lines

    insights = _insights(ctx)
    grants = [insights.grant(ctx.args.grant)] if ctx.args.grant else insights.grants(ctx.args.worker)
    if not grants:
        say(t("No grants yet: coachlog grant add ..."))
    for data in grants:
        say(t("Grant {id}: {worker} at {employer}, {funder}",
              id=data.grant.id, worker=data.worker.name, employer=data.employer.name, funder=data.funder.name))
        say(f"  {data.schedule.label}")
        spent = data.actual_by_period(INDIRECT_ACTIVITIES)
        for period in data.periods():
            used = spent[period.number].billable if period.number in spent else 0
            say(t("  period {number} {start} – {end}: budget {budget} h, used {used} h, remaining {left} h",
                  number=period.number, start=dmy(period.start), end=dmy(period.end),
                  budget=hours_text(period.minutes), used=hours_text(used), left=hours_text(period.minutes - used)))
        for line in chart_lines(trajectory_chart(data, INDIRECT_ACTIVITIES, until=ctx.today.replace(day=1))):
            say("  " + line)
        say()
    return EXIT_OK


def cmd_report(ctx: Context) -> int:
    from coachlog.reports.render import render

    args = ctx.args
    # The same call as the app's Rapportages screen, so both give the same report.
    if isinstance(getattr(args, "month", None), list):  # "oktober 2026" may come as two words
        args.month = " ".join(args.month)
    document = _insights(ctx).report(
        args.kind,
        **{key: getattr(args, key, None) for key in ("month", "grant", "period", "worker", "date_from", "date_to")},
    )
    write_output(render(document, args.format), args.output)
    return EXIT_OK
