"""Workers (F3): every active worker at a glance (the detail is worker_detail.py).

The list shows per worker the current employer, the current grant, this month's billable
hours against this month's budget, the latest step on the participation ladder and the
number of signals (the same signals as on Today). Enter or o opens the detail: the
employments with their contract hours, the grants with their periods (budget, used,
remaining), the goals, the ladder over time and the latest entries. Escape goes back.
All journal work runs in thread workers; handlers only change widgets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from fractions import Fraction
from typing import Any

from dateutil.relativedelta import relativedelta
from rich.style import Style, StyleType
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.widgets import DataTable, Footer, Static

from coachlog.domain import actuals, model
from coachlog.domain.formats import month_text
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.domain.warnings import DUE_WITHIN
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.figures import (
    GrantFigures,
    day_text,
    grant_figures,
    grant_label,
    hours,
)
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.widgets.text import Plain, literal

LATEST_ENTRIES = 20


# -- the list ------------------------------------------------------------------------



def signal_counts(signals: list[tuple[str, str]], warning: StyleType, muted: StyleType) -> Text:
    """``2 !`` for warnings, ``1 i`` for notices; a notice is not a warning."""
    warnings = sum(1 for severity, _ in signals if severity == "warning")
    notices = len(signals) - warnings
    if not signals:
        return Text("0", style=muted)
    return Text.assemble(*([(f"{warnings} !", warning)] if warnings else []),
                         *([(" " if warnings else "") + f"{notices} i"] if notices else []))

@dataclass
class WorkerRow:
    worker_id: int
    name: str
    employer: str  # '' without a current employment
    grant: str  # '' without a current or coming grant
    spent: int  # billable minutes this month
    budget: Fraction | None  # this month's budget; None without a grant this month
    step: int | None
    signals: list[tuple[str, str]]  # (severity, message), as on Today


def worker_rows(tr: Any, today: date, workers: list[Any], employments: list[Any], employer_names: dict[int, str],
                figures: list[GrantFigures], ladders: dict[int, list[Any]], signals: list[Any],
                month_entries: list[Any]) -> list[WorkerRow]:
    """One row per active worker, from data loaded beforehand. Pure."""
    month = today.replace(day=1)
    rows = []
    for worker in workers:
        current = [e for e in employments if e.worker_id == worker.id and e.covers(today)]
        employer = ", ".join(employer_names.get(e.employer_id, "") for e in current)
        own = [f for f in figures if f.data.worker.id == worker.id]
        running = [f for f in own if f.active_on(today)]
        coming = sorted((f for f in own if f.data.grant.start > today), key=lambda f: f.data.grant.start)
        if running:
            grant = " + ".join(grant_label(tr, f.data) for f in running)
        elif coming:
            first = coming[0].data
            grant = tr("{grant} (from {day})", grant=grant_label(tr, first), day=day_text(first.grant.start))
        else:
            grant = ""
        in_month = [(f, budget) for f in own if (budget := f.month(month)) is not None]
        this_month = [f for f, _ in in_month]
        if this_month:
            budget_minutes: Fraction | None = sum((budget.minutes for _, budget in in_month), Fraction(0))
            # The month's entries inside these grants (their days, their employer or none),
            # each once: two grants may share a month.
            spent = actuals.total((e for e in month_entries if e.worker_id == worker.id and any(
                f.covers(e) for f in this_month)), INDIRECT_ACTIVITIES).billable
        else:
            budget_minutes = None
            spent = actuals.total((e for e in month_entries if e.worker_id == worker.id),
                                  INDIRECT_ACTIVITIES).billable
        ladder = ladders.get(worker.id) or []
        rows.append(WorkerRow(worker.id, worker.name, employer, grant, spent, budget_minutes,
                              ladder[-1].step if ladder else None,
                              [(w.severity, w.message) for w in signals if w.worker == worker.name]))
    return rows


class WorkersScreen(CoachlogScreen):
    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("o", "open", N_("Details")),
        *navigation_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[WorkerRow] = []


    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        yield Plain(self.tr("Loading…"), id="workers-title", classes="title")
        yield DataTable(id="workers-table", cursor_type="row", zebra_stripes=True)
        # The highlighted worker in full: employer and grant (which scroll sideways at 80
        # columns) and the signals' text.
        yield Plain("", id="workers-selected")
        yield Plain(self.tr("Enter or o: details · hours: billable spent / budget this month"),
                    id="workers-hint", classes="hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#workers-table", DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="workers")
    def load(self) -> None:
        app = self.coach_app
        service, insights = app.coachlog, app.insights
        if service is None or insights is None:  # locked meanwhile (both go together)
            return
        try:
            today = service.today
            month = today.replace(day=1)
            workers = service.list_workers()
            employments = service.list_employments()
            _, employer_names = service.names()
            # Grants that ended before this month show nothing here, nor signals after their
            # last report was due: not loaded.
            grants = insights.grants(running_from=min(month, today - DUE_WITHIN))
            figures = [grant_figures(data) for data in grants]
            ladders = {model.saved_id(w): service.ladder(w.name) for w in workers}
            signals = insights.status(grants)
            month_entries = service.entries(month, month + relativedelta(months=1, days=-1))
            rows = worker_rows(self.tr, today, workers, employments, employer_names, figures, ladders,
                               signals, month_entries)
        except Exception as error:  # shown as a notice, never a crash
            app.call_from_thread(self.failed, error)
            return
        app.call_from_thread(self.show, rows, month)

    def show(self, rows: list[WorkerRow], month: date) -> None:
        if not self.is_attached:  # left (or locked) while loading
            return
        tr = self.tr
        self.rows = rows
        colours = self.app.get_css_variables()
        warning = Style(color=colours.get("warning"))
        error = Style(color=colours.get("error"), bold=True)
        muted = Style(dim=True)
        self.query_one("#workers-title", Static).update(tr("Workers · hours of {month}", month=month_text(month, tr)))
        table = self.query_one("#workers-table", DataTable)
        table.clear(columns=True)
        # Name and hours first: at 80 columns the long names of employers and funders scroll.
        table.add_column(tr("Worker"), key="name")
        table.add_column(tr("Hours {month}", month=month_text(month, tr, short=True)), key="hours")
        table.add_column(tr("Ladder"), key="step")
        table.add_column(tr("Signals"), key="signals")
        table.add_column(tr("Employer"), key="employer")
        table.add_column(tr("Grant"), key="grant")
        for row in rows:
            if row.budget is None:
                spent = Text.assemble(hours(row.spent), (" / " + tr("no budget"), muted), justify="right")
            else:
                spent = Text(f"{hours(row.spent)} / {hours(row.budget)}", style=error if row.spent > row.budget else "",
                             justify="right")
            table.add_row(
                literal(row.name),
                spent,
                Text(tr("step {step}", step=row.step)) if row.step else Text("–", style=muted),
                signal_counts(row.signals, warning, muted),
                literal(row.employer) if row.employer else Text(tr("no employment"), style=muted),
                literal(row.grant) if row.grant else Text(tr("no current grant"), style=muted),
                key=str(row.worker_id),
            )
        if not rows:
            empty = tr("No active workers yet; add one with coachlog worker add.")
            table.add_row(Text(empty, style=muted), "", "", "", "", "")
        self.show_selected()

    @on(DataTable.RowHighlighted, "#workers-table")
    def show_selected(self) -> None:
        table = self.query_one("#workers-table", DataTable)
        panel = self.query_one("#workers-selected", Static)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            panel.update("")
            return
        tr = self.tr
        row = self.rows[table.cursor_row]
        parts: list[Any] = [(row.name, "bold"), " · ", row.employer or (tr("no employment"), "dim"), " · ",
                            row.grant or (tr("no current grant"), "dim")]
        for severity, message in row.signals:
            parts += ["\n", ("! " + message, "$warning") if severity == "warning" else ("i " + message, "dim")]
        panel.update(Content.assemble(*parts))

    # -- opening a worker ------------------------------------------------------------

    def action_open(self) -> None:
        table = self.query_one("#workers-table", DataTable)
        if not self.rows or not 0 <= table.cursor_row < len(self.rows):
            return
        self._open(self.rows[table.cursor_row])

    @on(DataTable.RowSelected, "#workers-table")
    def row_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        found = [r for r in self.rows if str(r.worker_id) == event.row_key.value]
        if found:
            self._open(found[0])

    def _open(self, row: WorkerRow) -> None:
        from coachlog.tui.screens.worker_detail import WorkerDetailScreen

        roster = [(r.worker_id, r.name) for r in self.rows]
        self.app.push_screen(WorkerDetailScreen(row.worker_id, row.name, roster), self._back_from_detail)

    def _back_from_detail(self, worker_id: int | None) -> None:
        """Back on the list: the cursor on the worker the detail showed last ([ ] move it)."""
        found = [i for i, r in enumerate(self.rows) if r.worker_id == worker_id]
        if found:
            self.query_one("#workers-table", DataTable).move_cursor(row=found[0])


# -- one worker ----------------------------------------------------------------------
