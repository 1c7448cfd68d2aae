"""Trajectory (F4): from intensive to extensive, per grant and for all workers of a month.

Per grant: the periods with budget, used and remaining hours, and a bar per month split
by with whom (worker, employer, network) against the month's budget, each period's start
marked. [ and ] (or the list on the left, on wide screens) choose the grant. m shows all
workers of one month (left/right change the month) and back. All journal work runs in a
thread worker; handlers only change widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from dateutil.relativedelta import relativedelta
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.geometry import Region
from textual.widgets import Footer, OptionList, Static
from textual.widgets.option_list import Option

from coachlog.domain.formats import month_text
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.figures import (
    DIRECT,
    GrantFigures,
    grant_figures,
    grant_label,
    hours,
    periods_content,
    schedule_text,
)
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.widgets.charts import SEGMENTS, GrantChart
from coachlog.tui.widgets.table import Justify, TextTable
from coachlog.tui.widgets.text import Plain, safe

WITH = {"worker": N_("worker"), "employer": N_("employer"), "network": N_("network")}
# The month view's columns: name and hours first, at 80 columns the rest scrolls.
MONTH_COLUMNS: tuple[tuple[str, Justify], ...] = (
    (N_("Worker"), "left"), (N_("Budget"), "right"), (N_("Used"), "right"), (N_("Remaining"), "right"),
    (N_("With worker"), "right"), (N_("With employer"), "right"), (N_("With network"), "right"),
    (N_("Period"), "left"), (N_("Employer (funder)"), "left"),
)


@dataclass
class MonthRow:
    worker: str
    employer: str
    funder: str
    period_no: int
    employment_year: int
    budget: Fraction
    split: dict[str, int]

    @property
    def spent(self) -> int:
        return sum(self.split.values())


def month_rows(figures: list[GrantFigures], month: date) -> list[MonthRow]:
    """Every grant with a budget in ``month``, by worker name. Pure."""
    rows = []
    for grant in figures:
        budget = grant.month(month)
        if budget is None:
            continue
        data = grant.data
        rows.append(MonthRow(data.worker.name, data.employer.name, data.funder.name, budget.period_no,
                             budget.employment_year, budget.minutes,
                             dict(grant.split.get(month, dict.fromkeys(DIRECT, 0)))))
    return sorted(rows, key=lambda r: (r.worker.lower(), r.employer.lower()))


class TrajectoryScreen(CoachlogScreen):
    # Below 100 columns the list of grants gives its room to the bars; [ and ] still choose.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (100, "-wide")]
    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("left_square_bracket", "grant(-1)", N_("Previous")),
        Binding("right_square_bracket", "grant(1)", N_("Next")),
        Binding("m", "month_view", N_("Month")),
        Binding("m,escape", "grant_view", N_("Per grant")),
        # Priority: the month table would scroll sideways; check_action lets them through
        # in the grant view. Described in the hint line, so Help stays first in the footer.
        Binding("left", "month(-1)", N_("Previous month"), priority=True, show=False),
        Binding("right", "month(1)", N_("Next month"), priority=True, show=False),
        *navigation_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.figures: list[GrantFigures] = []
        self.index = 0
        self.month = date.min
        self.today = date.min
        self.month_view = False


    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        with Horizontal(id="traj-main"):
            with Vertical(id="traj-side"):
                yield Plain(tr("Grants"), classes="pane-title")
                yield OptionList(id="grant-list")
            with Vertical(id="traj-right"):
                yield Plain(tr("Loading…"), id="traj-title", classes="title")
                with VerticalScroll(id="traj-body"):
                    yield Plain("", id="traj-schedule")
                    yield Plain(tr("Periods"), id="traj-periods-title", classes="pane-title")
                    yield Plain("", id="traj-periods", classes="chart")
                    yield Plain("", id="traj-legend", classes="chart")
                    yield GrantChart(id="traj-chart", classes="chart")
        with Vertical(id="month-view"):
            yield Plain("", id="month-title", classes="title")
            yield TextTable(id="month-table", cursor=True)
        yield Plain(tr("[ ] other grant · m all workers of a month"), id="traj-hint", classes="hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        app = self.coach_app
        self.today = app.today()
        self.month = self.today.replace(day=1)
        self.query_one("#traj-body", VerticalScroll).focus()
        self.load()

    @work(thread=True, exclusive=True, group="trajectory")
    def load(self) -> None:
        app = self.coach_app
        insights = app.insights
        if insights is None:
            return
        try:
            figures = [grant_figures(data) for data in insights.grants()]
        except Exception as error:  # shown as a notice, never a crash
            app.call_from_thread(self.failed, error)
            return
        figures.sort(key=lambda f: (f.data.worker.name.lower(), f.data.grant.start, f.data.grant.id or 0))
        app.call_from_thread(self.show, figures)

    def show(self, figures: list[GrantFigures]) -> None:
        if not self.is_attached:  # left (or locked) while loading
            return
        self.figures = figures
        running = [i for i, f in enumerate(figures) if f.active_on(self.today)]
        self.index = running[0] if running else 0
        options = self.query_one("#grant-list", OptionList)
        options.clear_options()
        # A divider under each grant (it is no option: the indexes stay those of figures).
        items: list[Option | None] = []
        for f in figures:
            items += [Option(safe(Content.assemble((f.data.worker.name, "bold" if f.active_on(self.today) else "dim"),
                                                   "\n", (grant_label(self.tr, f.data), "dim")))), None]
        options.add_options(items)
        if figures:
            options.highlighted = self.index
        self.show_grant()
        self.show_month()
        self._place_focus()

    # -- one grant -------------------------------------------------------------------

    def show_grant(self) -> None:
        tr = self.tr
        chart = self.query_one("#traj-chart", GrantChart)
        if not self.figures:
            self.query_one("#traj-title", Static).update(tr("No grants yet; add one with coachlog grant add."))
            for name in ("#traj-schedule", "#traj-periods", "#traj-legend"):
                self.query_one(name, Static).update("")
            chart.set_figures(None, self.today)
            return
        figures = self.figures[self.index]
        data = figures.data
        self.query_one("#traj-title", Static).update(Content.assemble(
            tr("{worker} at {employer} · {grant}", worker=data.worker.name, employer=data.employer.name,
               grant=grant_label(tr, data)),
            ("  " + tr("grant {index} of {count}", index=self.index + 1, count=len(self.figures)), "dim"),
        ))
        label, confirmed = schedule_text(tr, data.schedule)
        self.query_one("#traj-schedule", Static).update(Content.styled(label, "dim" if confirmed else "$warning"))
        self.query_one("#traj-periods", Static).update(periods_content(tr, figures, self.today))
        legend: list[Any] = []
        for kind, char, style in SEGMENTS:
            legend += [(char, style), f" {tr(WITH[kind])}  "]
        legend += [("│", "$warning"), f" {tr('budget')}  ", (f"· {tr('hours: spent / budget')}", "dim")]
        self.query_one("#traj-legend", Static).update(Content.assemble(*legend))
        chart.set_figures(figures, self.today)
        self.call_after_refresh(self._scroll_to_now)

    def _scroll_to_now(self) -> None:
        """Bring this month's bar into view (the least scrolling that does)."""
        body = self.query_one("#traj-body", VerticalScroll)
        chart = self.query_one("#traj-chart", GrantChart)
        line = chart.now_line()
        if line:
            body.scroll_to_region(Region(0, chart.virtual_region.y + line, 1, 2), animate=False, immediate=True)

    def action_grant(self, step: int) -> None:
        if not self.figures:
            return
        self.index = (self.index + step) % len(self.figures)
        self.query_one("#grant-list", OptionList).highlighted = self.index
        self.query_one("#traj-body", VerticalScroll).scroll_home(animate=False)
        self.show_grant()

    @on(OptionList.OptionHighlighted, "#grant-list")
    def grant_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option_index != self.index and 0 <= event.option_index < len(self.figures):
            self.index = event.option_index
            self.query_one("#traj-body", VerticalScroll).scroll_home(animate=False)
            self.show_grant()

    # -- all workers of a month ------------------------------------------------------

    def show_month(self) -> None:
        tr = self.tr
        self.query_one("#month-title", Static).update(tr("All workers · {month}", month=month_text(self.month, tr)))
        columns: list[tuple[str, Justify]] = [(tr(label), justify) for label, justify in MONTH_COLUMNS]
        rows = month_rows(self.figures, self.month)

        def left(budget: Fraction, spent: int, style: str = "") -> Content:
            if spent > budget:
                return Content.styled(tr("over {hours}", hours=hours(spent - budget)), "bold $error")
            return Content.styled(hours(budget - spent), style)

        cells: list[list[Content | str]] = [
            [row.worker, hours(row.budget),
             Content.styled(hours(row.spent), "bold $error" if row.spent > row.budget else ""),
             left(row.budget, row.spent), hours(row.split["worker"]), hours(row.split["employer"]),
             hours(row.split["network"]), tr("{period} (year {year})", period=row.period_no, year=row.employment_year),
             f"{row.employer} ({row.funder})"]
            for row in rows
        ]
        if rows:
            budget = sum((r.budget for r in rows), Fraction(0))
            spent = sum(r.spent for r in rows)
            total_row: list[Content | str] = [Content.styled(text, "bold") for text in (
                tr("Total"), hours(budget), hours(spent))]
            cells.append(total_row + [left(budget, spent, "bold"),
                                      *(Content.styled(hours(sum(r.split[k] for r in rows)), "bold") for k in DIRECT),
                                      "", ""])
        else:
            cells.append([Content.styled(tr("No worker with a running grant in {month}.",
                                            month=month_text(self.month, tr)), "dim"),
                          *[""] * 8])
        table = self.query_one("#month-table", TextTable)
        # The cursor stays on the worker (and employer) it was on, when they have a budget
        # this month too.
        followed = ((table.rows[table.cursor_row][0].plain, table.rows[table.cursor_row][8].plain)
                    if table.rows else None)
        table.set_table(columns, cells)
        keys = [(row.worker, f"{row.employer} ({row.funder})") for row in rows]
        if followed in keys:
            table.cursor_row = keys.index(followed)

    def action_month(self, step: int) -> None:
        self.month += relativedelta(months=step)
        self.show_month()

    def action_month_view(self) -> None:
        self._set_view(True)

    def action_grant_view(self) -> None:
        self._set_view(False)

    def _set_view(self, month_view: bool) -> None:
        self.month_view = month_view
        self.set_class(month_view, "-month")
        hint = self.tr(N_("← → other month · m or Esc back to the grants · hours: billable") if month_view
                       else N_("[ ] other grant · m all workers of a month"))
        self.query_one("#traj-hint", Static).update(hint)
        self._place_focus()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"month", "grant_view"}:
            return self.month_view
        if action in {"grant", "month_view"}:
            return not self.month_view
        return True

    # -- focus -----------------------------------------------------------------------

    def _place_focus(self) -> None:
        if self.month_view:
            self.query_one("#month-table", TextTable).focus()
        elif self.has_class("-wide") and self.figures:
            self.query_one("#grant-list", OptionList).focus()
        else:
            self.query_one("#traj-body", VerticalScroll).focus()

    def on_resize(self, event: events.Resize) -> None:
        self.call_after_refresh(self._keep_focus_visible)

    def _keep_focus_visible(self) -> None:
        """The list of grants hides below 100 columns; its focus moves to the bars."""
        if self.has_class("-narrow") and isinstance(self.focused, OptionList):
            self.query_one("#traj-body", VerticalScroll).focus()
