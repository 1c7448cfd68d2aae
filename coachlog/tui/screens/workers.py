"""Workers (F3): every active worker at a glance, and one worker in detail.

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
from rich.style import Style
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from coachlog.domain import actuals, parsing
from coachlog.domain.parsing import INDIRECT_ACTIVITIES
from coachlog.domain.warnings import DUE_WITHIN
from coachlog.errors import NotFound
from coachlog.i18n import translate_bindings
from coachlog.tui.figures import (
    GrantFigures, day_text, grant_figures, grant_label, grant_what, hours, month_name,
    periods_content, schedule_text,
)
from coachlog.tui.screens import navigation_bindings
from coachlog.tui.table import ContentLines, Justify, TextTable
from coachlog.tui.text import Plain, literal

LATEST_ENTRIES = 20
STEPS = range(1, 7)


def _failed(screen: Screen, error: Exception) -> None:
    """A load that failed: quiet when the journal was locked meanwhile, else one notice."""
    from coachlog.errors import CoachlogError

    app: Any = screen.app
    if app.journal is None:
        return
    text = str(error) if isinstance(error, CoachlogError) else app.tr("error.unexpected", kind=type(error).__name__)
    screen.notify(text, severity="error", timeout=10)


# -- the list ------------------------------------------------------------------------



def signal_counts(signals: list[tuple[str, str]], warning: str, muted: str) -> Text:
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
            grant = tr("workers.grant_from", grant=grant_label(tr, first), day=day_text(first.grant.start))
        else:
            grant = ""
        this_month = [f for f in own if f.month(month) is not None]
        if this_month:
            budget_minutes: Fraction | None = sum((f.month(month).minutes for f in this_month), Fraction(0))
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


class WorkersScreen(Screen):
    BINDINGS = [
        Binding("question_mark", "app.help", "Help"),
        Binding("o", "open", "Details"),
        *navigation_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[WorkerRow] = []

    @property
    def tr(self) -> Any:
        return self.app.tr  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        yield Plain(self.tr("workers.loading"), id="workers-title", classes="title")
        yield DataTable(id="workers-table", cursor_type="row", zebra_stripes=True)
        # The highlighted worker in full: employer and grant (which scroll sideways at 80
        # columns) and the signals' text.
        yield Plain("", id="workers-selected")
        yield Plain(self.tr("workers.hint"), id="workers-hint", classes="hint")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        self.query_one("#workers-table", DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="workers")
    def load(self) -> None:
        app: Any = self.app
        service, insights = app.coachlog, app.insights
        if service is None:
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
            ladders = {w.id: service.ladder(w.name) for w in workers}
            signals = insights.status(grants)
            month_entries = service.entries(month, month + relativedelta(months=1, days=-1))
            rows = worker_rows(self.tr, today, workers, employments, employer_names, figures, ladders,
                               signals, month_entries)
        except Exception as error:  # shown as a notice, never a crash
            app.call_from_thread(_failed, self, error)
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
        self.query_one("#workers-title", Static).update(tr("workers.heading", month=month_name(tr, month)))
        table = self.query_one("#workers-table", DataTable)
        table.clear(columns=True)
        # Name and hours first: at 80 columns the long names of employers and funders scroll.
        table.add_column(tr("workers.col.name"), key="name")
        table.add_column(tr("workers.col.hours", month=month_name(tr, month, short=True)), key="hours")
        table.add_column(tr("workers.col.step"), key="step")
        table.add_column(tr("workers.col.signals"), key="signals")
        table.add_column(tr("workers.col.employer"), key="employer")
        table.add_column(tr("workers.col.grant"), key="grant")
        for row in rows:
            if row.budget is None:
                spent = Text.assemble(hours(row.spent), (" / " + tr("workers.no_budget"), muted), justify="right")
            else:
                spent = Text(f"{hours(row.spent)} / {hours(row.budget)}", style=error if row.spent > row.budget else "",
                             justify="right")
            table.add_row(
                literal(row.name),
                spent,
                Text(tr("workers.step", step=row.step)) if row.step else Text("–", style=muted),
                signal_counts(row.signals, warning, muted),
                literal(row.employer) if row.employer else Text(tr("workers.no_employment"), style=muted),
                literal(row.grant) if row.grant else Text(tr("workers.no_grant"), style=muted),
                key=str(row.worker_id),
            )
        if not rows:
            table.add_row(Text(tr("workers.none"), style=muted), "", "", "", "", "")
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
        parts: list[Any] = [(row.name, "bold"), " · ", row.employer or (tr("workers.no_employment"), "dim"), " · ",
                            row.grant or (tr("workers.no_grant"), "dim")]
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
        roster = [(r.worker_id, r.name) for r in self.rows]
        self.app.push_screen(WorkerDetailScreen(row.worker_id, row.name, roster), self._back_from_detail)

    def _back_from_detail(self, worker_id: int | None) -> None:
        """Back on the list: the cursor on the worker the detail showed last ([ ] move it)."""
        found = [i for i, r in enumerate(self.rows) if r.worker_id == worker_id]
        if found:
            self.query_one("#workers-table", DataTable).move_cursor(row=found[0])


# -- one worker ----------------------------------------------------------------------


@dataclass
class WorkerDetail:
    worker_id: int
    name: str
    employments: list[Any]
    contract_hours: dict[int, list[Any]]
    employer_names: dict[int, str]
    figures: list[GrantFigures]
    ladder: list[Any]
    entries: list[Any]  # the latest first


class LadderChart(ContentLines):
    """The participation ladder over time: one line per measurement, the expected step marked.

    01-09-2026  ██ ██ ██ ██ ██ ░░  trede 5 Betaald werk met ondersteuning  → verwacht trede 6 per 01-09-2027

    The expected step goes on its own line when the line would not fit."""

    def __init__(self, **options: Any) -> None:
        super().__init__(**options)
        self.measurements: list[Any] | None = None  # None: not loaded yet

    def set_measurements(self, measurements: list[Any] | None) -> None:
        self.measurements = measurements
        self.changed()

    def lines(self, width: int) -> list[Content]:
        tr = self.app.tr  # type: ignore[attr-defined]
        if self.measurements is None:
            return [Content("")]
        if not self.measurements:
            return [Content.styled(tr("workers.no_ladder"), "dim")]
        found = []
        for m in self.measurements:
            bar: list[Any] = []
            for step in STEPS:
                if step <= m.step:
                    bar.append(("██", "$primary"))
                elif m.expected_step and step <= m.expected_step:
                    bar.append(("░░", "$accent"))
                else:
                    bar.append(("··", "dim"))
                bar.append(" ")
            head = Content.assemble(f"{day_text(m.day)}  ", *bar[:-1], "  ",
                                    (tr("workers.step", step=m.step), "bold"), f" {tr(f'workers.step.{m.step}')}")
            if not m.expected_step:
                found.append(head)
                continue
            expected_step = tr("workers.step", step=m.expected_step)
            expected = (tr("workers.expected", step=expected_step, day=day_text(m.horizon)) if m.horizon
                        else tr("workers.expected_open", step=expected_step))
            if head.cell_length + 2 + len(expected) <= width:
                found.append(Content.assemble(head, "  ", (expected, "$accent")))
            else:
                found += [head, Content.assemble(" " * 31, (expected, "$accent"))]
        return found


class WorkerDetailScreen(Screen[int]):
    BINDINGS = [
        Binding("question_mark", "app.help", "Help"),
        Binding("escape,backspace", "back", "Terug"),
        # The next worker of the list in this same screen: nothing new to build, only the
        # worker's data to load (as ] moves to the next grant on Verloop).
        Binding("left_square_bracket", "worker(-1)", "Vorige"),
        Binding("right_square_bracket", "worker(1)", "Volgende"),
        *navigation_bindings(replace_goto="leave"),
    ]

    def __init__(self, worker_id: int, name: str, roster: list[tuple[int, str]] | None = None) -> None:
        super().__init__()
        self.worker_id = worker_id
        self.worker_name = name
        # The workers of the list, in its order: [ and ] go through them.
        self.roster = roster or [(worker_id, name)]

    @property
    def tr(self) -> Any:
        return self.app.tr  # type: ignore[attr-defined]

    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        yield Plain(tr("workers.detail", name=self.worker_name), id="detail-title", classes="title")
        with VerticalScroll(id="detail-body"):
            yield Plain(tr("workers.employments"), classes="pane-title")
            yield Plain(tr("workers.loading"), id="detail-employments", classes="detail-block")
            yield Plain(tr("workers.grants"), classes="pane-title")
            yield Plain("", id="detail-grants", classes="detail-block")
            yield Plain(tr("workers.goals"), classes="pane-title")
            yield Plain("", id="detail-goals", classes="detail-block")
            yield Plain(tr("workers.ladder"), classes="pane-title")
            yield LadderChart(id="detail-ladder", classes="detail-block")
            yield Plain(tr("workers.entries", count=LATEST_ENTRIES), id="detail-entries-title", classes="pane-title")
            yield TextTable(id="detail-entries")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        tr = self.tr
        # The note before the activity: at 80 columns the employer (mostly the same) scrolls.
        self.entry_columns: list[tuple[str, Justify]] = [
            (tr(f"workers.col.{key}"), "right" if key == "duration" else "left")
            for key in ("date", "duration", "with", "note", "activity", "employer")]
        self.query_one("#detail-body", VerticalScroll).focus()
        self.load()

    def action_back(self) -> None:
        self.dismiss(self.worker_id)

    def action_worker(self, step: int) -> None:
        ids = [worker_id for worker_id, _ in self.roster]
        if len(ids) < 2 or self.worker_id not in ids:
            return
        self.worker_id, self.worker_name = self.roster[(ids.index(self.worker_id) + step) % len(ids)]
        # The title changes with the data, in show(): until the next worker's data is
        # there (tens of milliseconds) the screen shows the previous worker whole, never
        # one worker's name over another's data. Clearing the blocks first cost a paint.
        self.load()

    def action_leave(self, name: str) -> None:
        """F2..F6 from the detail: back to the list, then on to that screen."""
        app: Any = self.app
        app.pop_screen()
        app.action_goto(name)

    @work(thread=True, exclusive=True, group="detail")
    def load(self) -> None:
        app: Any = self.app
        insights = app.insights
        if insights is None:
            return
        worker_id = self.worker_id  # [ or ] may change it while this runs

        def moved_on() -> bool:
            """Another worker was asked for meanwhile: this load's result is not wanted."""
            return worker_id != self.worker_id

        try:
            overview = insights.worker_overview(worker_id, LATEST_ENTRIES)
            detail = WorkerDetail(
                worker_id=worker_id,
                name=overview.worker.name,
                employments=overview.employments,
                contract_hours=overview.contract_hours,
                employer_names=overview.employer_names,
                figures=[grant_figures(data) for data in overview.grants],
                ladder=overview.ladder,
                entries=overview.latest,
            )
        except NotFound:
            if not moved_on():
                app.call_from_thread(self.notify, self.tr("workers.not_found"), severity="warning")
            return
        except Exception as error:  # shown as a notice, never a crash
            if not moved_on():
                app.call_from_thread(_failed, self, error)
            return
        if not moved_on():
            app.call_from_thread(self.show, detail)

    def show(self, detail: WorkerDetail) -> None:
        # Left (or locked) while loading, or moved on to another worker meanwhile.
        if not self.is_attached or detail.worker_id != self.worker_id:
            return
        tr = self.tr
        app: Any = self.app
        today = app.today()
        self.query_one("#detail-body", VerticalScroll).scroll_home(animate=False)
        self.query_one("#detail-title", Static).update(tr("workers.detail", name=detail.name))
        self.query_one("#detail-employments", Static).update(self._employments(detail, today))
        self.query_one("#detail-grants", Static).update(self._grants(detail, today))
        self.query_one("#detail-goals", Static).update(self._goals(detail))
        self.query_one("#detail-ladder", LadderChart).set_measurements(detail.ladder)
        language = 0 if tr.language == "nl" else 1
        rows: list[list[Content | str]] = [
            [day_text(entry.day), parsing.format_duration(entry.minutes),
             parsing.WITH_WHOM.get(entry.with_whom, (entry.with_whom,) * 2)[language].split(" (")[0],
             entry.note, parsing.ACTIVITIES.get(entry.activity, (entry.activity,) * 2)[language],
             detail.employer_names.get(entry.employer_id, "")]
            for entry in detail.entries
        ] or [[Content.styled(tr("workers.no_entries"), "dim"), "", "", "", "", ""]]
        self.query_one("#detail-entries", TextTable).set_table(self.entry_columns, rows)

    def _employments(self, detail: WorkerDetail, today: date) -> Content:
        tr = self.tr
        if not detail.employments:
            return Content.styled(tr("workers.no_employments"), "dim")
        parts: list[Any] = []
        for employment in detail.employments:
            line = tr("workers.employment", employer=detail.employer_names.get(employment.employer_id, ""),
                      kind=employment.kind, start=day_text(employment.start),
                      until=tr("workers.until", day=day_text(employment.end)) if employment.end else "")
            if employment.loonwaarde is not None:
                line += tr("workers.wage_value", value=employment.loonwaarde)
            if parts:
                parts.append("\n")
            parts.append((line, "bold") if employment.covers(today) else (line, "dim"))
            for record in detail.contract_hours.get(employment.id, []):
                parts += ["\n", "  " + tr("workers.contract_hours", hours=hours(record.minutes_per_week),
                                          day=day_text(record.valid_from))]
        return Content.assemble(*parts)

    def _grants(self, detail: WorkerDetail, today: date) -> Content:
        tr = self.tr
        if not detail.figures:
            return Content.styled(tr("workers.no_grants"), "dim")
        blocks = []
        for figures in detail.figures:
            data = figures.data
            head = tr("workers.grant", funder=data.funder.name, what=grant_what(tr, data.grant),
                      start=day_text(data.grant.start), periods=data.grant.periods, months=data.grant.period_months)
            label, confirmed = schedule_text(tr, data.schedule)
            blocks.append(Content.assemble(
                (head, "bold"), "\n", label if confirmed else (label, "$warning"), "\n",
                periods_content(tr, figures, today, indent="  "),
            ))
        return Content("\n\n").join(blocks)

    def _goals(self, detail: WorkerDetail) -> Content:
        tr = self.tr
        styles = {"reached": "$success", "partly": "$warning", "not-reached": "$error", "open": ""}
        lines = []
        for figures in detail.figures:
            for goal in figures.data.goals:
                status = tr(f"workers.goal.{goal.status}") if goal.status in styles else goal.status
                where = tr("workers.goal_line", period=goal.period_no, funder=figures.data.funder.name)
                style = f"bold {styles.get(goal.status, '')}".strip()
                lines.append(Content.assemble("• ", goal.text, " — ", (status, style), ("  " + where, "dim")))
        if not lines:
            return Content.styled(tr("workers.no_goals"), "dim")
        return Content("\n").join(lines)
