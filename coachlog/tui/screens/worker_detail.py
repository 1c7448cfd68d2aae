"""One worker in detail (Enter or o on Werknemers): employments with their contract hours,
grants with their periods, goals, the ladder over time and the latest entries. [ and ]
move to the previous and next worker; Escape goes back."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widgets import Footer, Static

from coachlog.domain import parsing
from coachlog.domain.model import GOAL_STATUS_NAMES
from coachlog.errors import NotFound
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.figures import (
    GrantFigures,
    day_text,
    grant_figures,
    grant_what,
    hours,
    periods_content,
    schedule_text,
)
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.screens.workers import LATEST_ENTRIES
from coachlog.tui.widgets.charts import LadderChart
from coachlog.tui.widgets.table import Justify, TextTable
from coachlog.tui.widgets.text import Plain


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


class WorkerDetailScreen(CoachlogScreen[int]):
    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("escape,backspace", "back", N_("Back")),
        # The next worker of the list in this same screen: nothing new to build, only the
        # worker's data to load (as ] moves to the next grant on Verloop).
        Binding("left_square_bracket", "worker(-1)", N_("Previous")),
        Binding("right_square_bracket", "worker(1)", N_("Next")),
        *navigation_bindings(replace_goto="leave"),
    ]

    def __init__(self, worker_id: int, name: str, roster: list[tuple[int, str]] | None = None) -> None:
        super().__init__()
        self.worker_id = worker_id
        self.worker_name = name
        # The workers of the list, in its order: [ and ] go through them.
        self.roster = roster or [(worker_id, name)]


    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        yield Plain(tr("Worker {name}", name=self.worker_name), id="detail-title", classes="title")
        with VerticalScroll(id="detail-body"):
            yield Plain(tr("Employments"), classes="pane-title")
            yield Plain(tr("Loading…"), id="detail-employments", classes="detail-block")
            yield Plain(tr("Grants"), classes="pane-title")
            yield Plain("", id="detail-grants", classes="detail-block")
            yield Plain(tr("Goals"), classes="pane-title")
            yield Plain("", id="detail-goals", classes="detail-block")
            yield Plain(tr("Participation ladder"), classes="pane-title")
            yield LadderChart(id="detail-ladder", classes="detail-block")
            yield Plain(tr("Latest {count} entries", count=LATEST_ENTRIES), id="detail-entries-title",
                        classes="pane-title")
            yield TextTable(id="detail-entries")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        tr = self.tr
        # The note before the activity: at 80 columns the employer (mostly the same) scrolls.
        self.entry_columns: list[tuple[str, Justify]] = [
            (tr(label), "right" if label == "Duration" else "left")
            for label in (N_("Date"), N_("Duration"), N_("With"), N_("Note"), N_("Activity"), N_("Employer"))]
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
        app = self.coach_app
        app.pop_screen()
        app.action_goto(name)

    @work(thread=True, exclusive=True, group="detail")
    def load(self) -> None:
        app = self.coach_app
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
                app.call_from_thread(self.notify, self.tr("Worker not found; the list was refreshed."),
                                     severity="warning")
            return
        except Exception as error:  # shown as a notice, never a crash
            if not moved_on():
                app.call_from_thread(self.failed, error)
            return
        if not moved_on():
            app.call_from_thread(self.show, detail)

    def show(self, detail: WorkerDetail) -> None:
        # Left (or locked) while loading, or moved on to another worker meanwhile.
        if not self.is_attached or detail.worker_id != self.worker_id:
            return
        tr = self.tr
        app = self.coach_app
        today = app.today()
        self.query_one("#detail-body", VerticalScroll).scroll_home(animate=False)
        self.query_one("#detail-title", Static).update(tr("Worker {name}", name=detail.name))
        self.query_one("#detail-employments", Static).update(self._employments(detail, today))
        self.query_one("#detail-grants", Static).update(self._grants(detail, today))
        self.query_one("#detail-goals", Static).update(self._goals(detail))
        self.query_one("#detail-ladder", LadderChart).set_measurements(detail.ladder)
        rows: list[list[Content | str]] = [
            [day_text(entry.day), parsing.format_duration(entry.minutes),
             parsing.with_whom_text(entry.with_whom, tr),
             entry.note, parsing.activity_text(entry.activity, tr),
             detail.employer_names.get(entry.employer_id, "")]
            for entry in detail.entries
        ] or [[Content.styled(tr("No entries for this worker yet."), "dim"), "", "", "", "", ""]]
        self.query_one("#detail-entries", TextTable).set_table(self.entry_columns, rows)

    def _employments(self, detail: WorkerDetail, today: date) -> Content:
        tr = self.tr
        if not detail.employments:
            return Content.styled(tr("No employments."), "dim")
        parts: list[Any] = []
        for employment in detail.employments:
            line = tr("{employer}: {kind}, since {start}{until}",
                      employer=detail.employer_names.get(employment.employer_id, ""),
                      kind=employment.kind, start=day_text(employment.start),
                      until=tr(" until {day}", day=day_text(employment.end)) if employment.end else "")
            if employment.loonwaarde is not None:
                line += tr(", wage value {value}%", value=employment.loonwaarde)
            if parts:
                parts.append("\n")
            parts.append((line, "bold") if employment.covers(today) else (line, "dim"))
            for record in detail.contract_hours.get(employment.id, []):
                parts += ["\n", "  " + tr("{hours} hours a week from {day}", hours=hours(record.minutes_per_week),
                                          day=day_text(record.valid_from))]
        return Content.assemble(*parts)

    def _grants(self, detail: WorkerDetail, today: date) -> Content:
        tr = self.tr
        if not detail.figures:
            return Content.styled(tr("No grants."), "dim")
        blocks = []
        for figures in detail.figures:
            data = figures.data
            months = data.grant.period_months
            length = tr.plural("{count} month", "{count} months", months, count=months)
            head = tr.plural("{funder}, {what}, from {start}: {periods} period of {length}",
                             "{funder}, {what}, from {start}: {periods} periods of {length}", data.grant.periods,
                             funder=data.funder.name, what=grant_what(tr, data.grant),
                             start=day_text(data.grant.start), periods=data.grant.periods, length=length)
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
                status = tr(GOAL_STATUS_NAMES.get(goal.status, goal.status))
                where = tr("period {period} ({funder})", period=goal.period_no, funder=figures.data.funder.name)
                style = f"bold {styles.get(goal.status, '')}".strip()
                lines.append(Content.assemble("• ", goal.text, " — ", (status, style), ("  " + where, "dim")))
        if not lines:
            return Content.styled(tr("No goals yet."), "dim")
        return Content("\n").join(lines)
