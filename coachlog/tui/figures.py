"""Figures the Workers and Trajectory screens share: a grant's budgets per month and per
period, what was spent against them, and how hours, dates, months and grants read on
screen.

Computed once per grant in a thread worker (``grant_figures``) from the grant's tallies;
the screens only format them. Hours are billable minutes of direct coaching, by the rule
of the reports (coachlog.domain.actuals): billable, with someone, not an indirect activity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from fractions import Fraction
from typing import Any

from textual.content import Content

from coachlog.domain import budget
from coachlog.domain.formats import day_text, hours_text
from coachlog.domain.model import REGIME_NAMES
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.i18n import N_

DIRECT = ("worker", "employer", "network")


def hours(minutes: Fraction | int) -> str:
    """Minutes as hours with a decimal comma, rounded once: 624 -> '10,40'."""
    return hours_text(minutes)


def regime_text(tr: Any, regime: str) -> str:
    return tr(REGIME_NAMES[regime]) if regime in REGIME_NAMES else regime


def grant_what(tr: Any, grant: Any) -> str:
    """'midden' or '60,00 u per periode' (or both) for a grant."""
    parts = []
    if grant.regime:
        parts.append(regime_text(tr, grant.regime))
    if grant.granted_minutes_per_period is not None:
        parts.append(tr("{hours} h per period", hours=hours(grant.granted_minutes_per_period)))
    return ", ".join(parts)


def grant_label(tr: Any, data: Any) -> str:
    """'UWV · midden': the funder and what was granted."""
    what = grant_what(tr, data.grant)
    return f"{data.funder.name} · {what}" if what else data.funder.name


def schedule_text(tr: Any, schedule: Any) -> tuple[str, bool]:
    """The schedule's label in the coach's language, and whether it is confirmed."""
    confirmed = schedule.status == "confirmed"
    text = tr("Hour schedule: {title} (based on {source}; {status})", title=schedule.title, source=schedule.source,
              status=tr(N_("confirmed") if confirmed else N_("assumed, check this")))
    return text, confirmed


@dataclass
class GrantFigures:
    """One grant with its budgets and what was spent, month by month and period by period."""

    data: Any  # coachlog.reports.build.GrantData
    months: list[budget.MonthBudget]
    periods: list[budget.PeriodBudget]
    # Billable minutes per calendar month, split by with whom (worker, employer, network).
    split: dict[date, dict[str, int]] = field(default_factory=dict)
    used: dict[int, int] = field(default_factory=dict)  # billable minutes per period number

    @property
    def last_day(self) -> date:
        return budget.grant_end(self.data.grant, self.data.employment)

    def active_on(self, day: date) -> bool:
        return self.data.grant.start <= day <= self.last_day

    def covers(self, entry: Any) -> bool:
        """Whether an entry counts for this grant: on one of its days, with its employer or none."""
        return self.active_on(entry.day) and entry.employer_id in (None, self.data.employment.employer_id)

    def month(self, month: date) -> budget.MonthBudget | None:
        return next((m for m in self.months if m.month == month), None)

    def spent_in(self, month: date) -> int:
        return sum(self.split.get(month, {}).values())

    def period_on(self, day: date) -> budget.PeriodBudget | None:
        return next((p for p in self.periods if p.start <= day <= p.end), None)


def grant_figures(data: Any) -> GrantFigures:
    """Budgets and spending of one grant (slow-ish: run it in a worker thread)."""
    figures = GrantFigures(data, data.months(), data.periods())
    for month, actual in data.actual_by_month(INDIRECT_ACTIVITIES).items():
        figures.split[month] = {kind: actual.billable_by_with[kind] for kind in DIRECT}
    figures.used = {number: actual.billable for number, actual in data.actual_by_period(INDIRECT_ACTIVITIES).items()}
    return figures


def periods_content(tr: Any, figures: GrantFigures, today: date, indent: str = "") -> Content:
    """Per period: budget, used, remaining, as an aligned little table; the current one marked."""
    header = [tr("Period"), tr("From"), tr("To"),
              tr("Budget"), tr("Used"), tr("Remaining")]
    rows = []
    for period in figures.periods:
        used = figures.used.get(period.number, 0)
        left = period.minutes - used
        rows.append((period, [
            str(period.number), day_text(period.start), day_text(period.end), hours(period.minutes), hours(used),
            hours(left) if left >= 0 else tr("over {hours}", hours=hours(-left)),
        ], left < 0))
    widths = [max([len(header[i])] + [len(r[1][i]) for r in rows]) for i in range(len(header))]
    right = (False, False, False, True, True, True)

    def line(cells: list[str]) -> str:
        return indent + "  ".join(c.rjust(w) if r else c.ljust(w) for c, w, r in zip(cells, widths, right, strict=True))

    parts: list[Any] = [(line(header), "bold")]
    now = tr("now")
    for period, cells, over in rows:
        current = period.start <= today <= period.end
        style = "$error" if over else ("bold $accent" if current else ("dim" if period.start > today else ""))
        parts += ["\n", (line(cells), style) if style else line(cells)]
        if current:
            parts.append((f"  ◂ {now}", "bold $accent"))
    return Content.assemble(*parts)
