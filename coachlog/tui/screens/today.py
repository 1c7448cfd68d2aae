"""Today: the day's entries with totals, the signals, a quick log form and the timer.

Left/right move between days (when the table has focus), g jumps to a date, n goes to
the quick log form, e edits, d deletes (after a question), u undoes, s starts or stops
the timer. All journal work runs in thread workers; handlers only change widgets."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.content import Content
from textual.suggester import SuggestFromList
from textual.widgets import Footer, Input, Label, Static

from coachlog.domain import entry_rules, parsing
from coachlog.domain.formats import day_text, weekday_text
from coachlog.errors import InvalidInput
from coachlog.i18n import N_, t, translate_bindings
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.widgets.table import Justify, TextTable
from coachlog.tui.widgets.text import DataInput, Plain

# Today's columns that give way to fit the width (column -> narrowest): worker, employer,
# with whom, activity, note.
SHRINK = {3: 7, 4: 6, 5: 5, 6: 6, 7: 5}


@dataclass
class DayData:
    day: date
    entries: list[Any]
    workers: dict[int, str]
    employers: dict[int, str]
    employer_of_worker: dict[str, str] = field(default_factory=dict)
    timer: Any = None




def parse_span(text: str) -> tuple[int | None, Any, Any]:
    """'1u30' -> (90, None, None); '9:00-10:30' -> (None, 09:00, 10:30)."""
    if "-" in text:
        start_text, end_text = text.split("-", 1)
        try:
            return None, parsing.parse_time(start_text, "start"), parsing.parse_time(end_text, "end")
        except InvalidInput:
            # "31-9" is more likely a date than a time span: the form logs on the shown day.
            raise InvalidInput("duration", text, N_(
                "a span is start-end, like 9:00-10:30; the entry goes on the day shown above "
                "(another day: g or the arrow keys)"
            )) from None
    return parsing.parse_duration(text), None, None


FORM_FIELDS = ("worker", "duration", "with", "activity", "employer", "note")


def load_day_data(service: Any, day: date) -> tuple[DayData, list[str], list[str]]:
    """A day's entries with the names they show, and the active workers' and employers'
    names for the form's suggestions. Journal work: call it in a thread worker."""
    entries = service.entries(day, day)
    workers, employers = service.names()
    employer_of_worker = {}
    by_worker: dict[int, list[Any]] = {}
    for employment in service.list_employments():
        by_worker.setdefault(employment.worker_id, []).append(employment)
    for worker_id, employments in by_worker.items():
        if worker_id not in workers:
            continue
        try:  # the rulebook's employer, shown in the form; none when it would ask
            found = entry_rules.entry_employer(workers[worker_id], day, employments, employers)
        except InvalidInput:
            continue
        if found is not None:
            employer_of_worker[workers[worker_id].lower()] = employers[found]
    data = DayData(day, entries, workers, employers, employer_of_worker, service.running_timer())
    active_workers = [w.name for w in service.list_workers()]
    active_employers = [e.name for e in service.list_employers()]
    return data, active_workers, active_employers


class TodayScreen(CoachlogScreen):
    # Help first: at 80 columns the footer cannot show every key, and ? lists them all.
    BINDINGS = [
        *QUIT_AND_HELP,
        # Priority (checked by the app as each key comes, before it goes to the focused
        # widget): the keys a coach types right after n, and after Tab, must already find the
        # field they belong to; a key the app had passed on before the focus moved would
        # otherwise land in the table (e edits, d deletes) or the previous field.
        Binding("n", "new", N_("Log"), priority=True),
        Binding("tab", "form_focus(1)", N_("Next field"), priority=True, show=False),
        Binding("shift+tab", "form_focus(-1)", N_("Previous field"), priority=True, show=False),
        Binding("e", "edit", N_("Edit")),
        Binding("d,delete", "delete", N_("Delete")),
        Binding("u,ctrl+z", "undo", N_("Undo")),
        Binding("s", "timer", N_("Timer")),
        Binding("g", "goto_date", N_("Date")),
        # Priority: the table would take left/right for scrolling; check_action lets them
        # through to an Input when the coach is typing.
        Binding("left", "day(-1)", N_("Previous day"), priority=True, show=False),
        Binding("right", "day(1)", N_("Next day"), priority=True, show=False),
        Binding("t", "today", N_("Today"), show=False),
        Binding("escape", "leave_form", N_("Back to table"), show=False),
        *navigation_bindings(),
    ]

    def __init__(self, day: date | None = None, loaded: tuple[DayData, list[str], list[str]] | None = None) -> None:
        super().__init__()
        # ``loaded``: the day already read (by the unlock worker), shown in the first paint.
        self.loaded = loaded
        # The day shown; without one, today, once the app's clock can be asked (on_mount).
        self._asked_day = loaded[0].day if loaded else day
        self.data: DayData | None = None
        self._filled_employer = ""  # the employer the form filled in for the worker (not typed)
        # The entry the table's cursor goes to when the day is shown again (a new or
        # edited entry); otherwise it stays on the entry it was on.
        self.focus_entry: int | None = None
        self.worker_names: list[str] = []
        self.employer_names: list[str] = []


    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        with Horizontal(id="today-main"):
            with Vertical(id="today-left"):
                yield Plain("", id="day-title", classes="title")
                yield TextTable(id="entries", cursor=True)
                yield Plain("", id="totals")
                yield Plain("", id="timer")
            with Vertical(id="today-right"):
                yield Plain(tr("Signals"), classes="pane-title")
                yield VerticalScroll(id="signals")
        # The form's rows come right after the first paint (_mount_form): 15 widgets fewer
        # to build and lay out between the passphrase and the day on screen. Its height
        # is fixed in the theme, so nothing moves when they come.
        yield Vertical(id="quick-log")
        yield Footer(compact=True, show_command_palette=False)

    def on_mount(self) -> None:
        app = self.coach_app
        self.day: date = self._asked_day or app.today()
        table = self.query_one("#entries", TextTable)
        self.columns: list[tuple[str, Justify]] = [
            ("#", "right"), (t("Time"), "left"), (t("Duration"), "right"),
            (self.tr("Worker"), "left"), (self.tr("Employer"), "left"), (self.tr("With"), "left"),
            (self.tr("Activity"), "left"), (t("Note"), "left")]
        self.form_ready = False
        self.call_after_refresh(self._mount_form)
        table.focus()
        # The day first: the signals (every running grant's budget) come once it is shown,
        # so they never hold the journal while the coach waits for the day.
        self.signals_asked = False
        if self.loaded is not None:
            loaded, self.loaded = self.loaded, None
            self.show_day(*loaded)
        else:
            self.load_day()
        self.set_interval(1, self.tick)

    # -- loading (worker threads) ----------------------------------------------------

    @work(thread=True, exclusive=True, group="day")
    def load_day(self) -> None:
        app = self.coach_app
        app.call_from_thread(self.show_day, *load_day_data(self.service, self.day))

    @work(thread=True, exclusive=True, group="signals")
    def load_signals(self) -> None:
        app = self.coach_app
        warnings = self.insights.status()
        app.call_from_thread(self.show_signals, warnings)

    # -- showing (UI thread) ---------------------------------------------------------

    def show_day(self, data: DayData, workers: list[str], employers: list[str]) -> None:
        previous = self._selected()
        same_day = self.data is not None and self.data.day == data.day
        previous_row = self.query_one("#entries", TextTable).cursor_row if same_day else 0
        self.data = data
        self.worker_names, self.employer_names = workers, employers
        if self.form_ready:
            self.query_one("#f-worker", Input).suggester = SuggestFromList(workers, case_sensitive=False)
            self.query_one("#f-employer", Input).suggester = SuggestFromList(employers, case_sensitive=False)
        self.query_one("#day-title", Static).update(Content.assemble(
            self.tr("Entries of {day}", day=weekday_text(data.day, self.tr)), "  ",
            (self.tr("← → day · g date"), "dim")))
        table = self.query_one("#entries", TextTable)
        totals = {"worker": 0, "employer": 0, "network": 0, "nobody": 0}
        travel = 0
        rows = []
        for entry in data.entries:
            totals[entry.with_whom] += entry.minutes
            travel += entry.travel_minutes
            rows.append([
                str(entry.id),
                entry.start.strftime("%H:%M") if entry.start else "",
                parsing.format_duration(entry.minutes),
                data.workers.get(entry.worker_id, ""),
                data.employers.get(entry.employer_id, ""),
                parsing.with_whom_text(entry.with_whom, self.tr),
                parsing.activity_text(entry.activity, self.tr),
                entry.note,
            ])
        if not data.entries:
            rows.append(["", "", "", self.tr("Nothing logged on this day yet."), "", "", "", ""])
        # Names, with-whom, activity and note give way (cut with …) so that at 80 columns the
        # time, duration, worker, employer, with-whom and activity all stay in view.
        table.set_table(self.columns, rows, shrink=SHRINK)
        wanted = self.focus_entry if self.focus_entry is not None else (previous.id if previous and same_day else None)
        self.focus_entry = None
        ids = [entry.id for entry in data.entries]
        # A deleted entry's row goes to the entry after it (or the last one).
        table.cursor_row = ids.index(wanted) if wanted in ids else min(max(previous_row, 0), max(len(ids) - 1, 0))
        fmt = parsing.format_duration
        self.query_one("#totals", Static).update(self.tr(
            N_("Worker {worker} · Employer {employer} · Network {network} · Indirect {indirect} · Travel {travel} · "
               "Total {total}"), worker=fmt(totals["worker"]), employer=fmt(totals["employer"]),
            network=fmt(totals["network"]), indirect=fmt(totals["nobody"]), travel=fmt(travel),
            total=fmt(sum(totals.values())),
        ))
        self.tick()
        if not self.signals_asked:
            self.signals_asked = True
            # After the day is painted: the signals' worker would hold the GIL meanwhile.
            self.call_after_refresh(self.load_signals)

    def show_signals(self, warnings: list[Any]) -> None:
        pane = self.query_one("#signals", VerticalScroll)
        pane.remove_children()
        if not warnings:
            pane.mount(Plain(self.tr("No signals. All in order."), classes="signal-info"))
            return
        pane.mount_all(
            Plain(("! " if w.severity == "warning" else "i ") + w.message, classes=f"signal-{w.severity}")
            for w in warnings
        )

    def tick(self) -> None:
        timer = self.data.timer if self.data else None
        widget = self.query_one("#timer", Static)
        if timer is None:
            widget.update("")
            return
        app = self.coach_app
        elapsed = max(0, int((app.now() - timer.started).total_seconds() // 60))
        assert self.data is not None  # the timer came with the day's data
        who = self.data.workers.get(timer.worker_id) or self.tr("indirect")
        widget.update(self.tr("⏱ {who} since {since} ({elapsed})", who=who, since=f"{timer.started:%H:%M}",
                              elapsed=parsing.format_duration(elapsed)))

    # -- moving between days ---------------------------------------------------------

    def _in_form(self) -> bool:
        return isinstance(self.focused, Input)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"day", "today", "goto_date", "edit", "delete", "undo", "timer", "new"} and self._in_form():
            return False  # n and the rest are letters typed into the form
        if action == "form_focus" and not self._in_form():
            return False  # Tab elsewhere: the app's own focus keys
        return True

    def action_form_focus(self, step: int) -> None:
        """Tab / Shift+Tab in the quick form, at once (see the bindings)."""
        if step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    def action_day(self, step: int) -> None:
        if self._in_form():
            return
        self.day = self.day + timedelta(days=step)
        self.load_day()

    def action_today(self) -> None:
        if self._in_form():
            return
        self.day = self.coach_app.today()
        self.load_day()

    def action_goto_date(self) -> None:
        if self._in_form():
            return
        from coachlog.tui.screens.goto_date import GotoDateScreen

        def chosen(day: date | None) -> None:
            if day is not None:
                self.day = day
                self.load_day()

        self.app.push_screen(GotoDateScreen(self.coach_app.today()), chosen)

    def action_new(self) -> None:
        if self._in_form():
            return
        if self._mount_form():  # mounted just now: it takes focus once it is on screen
            self.call_after_refresh(self.action_new)
            return
        # At once, not as Widget.focus() does (after the events already queued): see n's binding.
        self.set_focus(self.query_one("#f-worker", Input))

    def action_leave_form(self) -> None:
        if self.form_ready:
            self.show_form_error("")
        self.query_one("#entries", TextTable).focus()

    # -- the quick log form ----------------------------------------------------------

    def _mount_form(self) -> bool:
        """The form's three rows, each two labelled fields (once; at once when n or s
        comes before the first paint is done). The widgets are in the DOM on return;
        True when they were mounted by this call."""
        if self.form_ready:
            return False
        self.form_ready = True
        tr = self.tr
        suggestions = {
            "worker": self.worker_names, "employer": self.employer_names,
            "with": [term.aliases[0] for term in parsing.WITH_WHOM.values()],
            "activity": [alias for term in parsing.ACTIVITIES.values() for alias in term.aliases[:2]],
        }
        labels = {"worker": tr("Worker"), "duration": tr("Duration"), "with": tr("With"),
                  "activity": tr("Activity"), "employer": tr("Employer"), "note": tr("Note")}
        hints = {"worker": tr("name; empty = indirect time"), "duration": "1u30 · 9:00-10:30",
                 "with": tr("empty = worker"),
                 "activity": tr("empty = begeleiding (coaching)"), "employer": "",
                 "note": tr("factual, for reports")}  # short: readable at 80 columns
        rows = []
        for pair in (("worker", "duration"), ("with", "activity"), ("employer", "note")):
            cells: list[Label | Input] = []
            for name in pair:
                suggester = (SuggestFromList(suggestions[name], case_sensitive=False)
                             if name in suggestions else None)
                cells += [Label(labels[name]),
                          DataInput(id=f"f-{name}", compact=True, placeholder=hints[name], suggester=suggester)]
            rows.append(Horizontal(*cells, classes="row"))
        # A refusal is told here, under the fields, with the field it is about marked: not in
        # a notification over the screen (it would cover the form being corrected).
        self.query_one("#quick-log", Vertical).mount_all([*rows, Plain("", id="form-error")])
        return True

    def show_form_error(self, text: str) -> None:
        self.query_one("#form-error", Static).update(text)
        self.query_one("#quick-log", Vertical).set_class(bool(text), "-error")

    @on(Input.Changed, "#quick-log Input")
    def form_changed(self, event: Input.Changed) -> None:
        if self.query_one("#quick-log", Vertical).has_class("-error"):
            event.input.remove_class("-refused")
            self.show_form_error("")

    @on(Input.Changed, "#f-worker")
    def worker_changed(self, event: Input.Changed) -> None:
        """Fill the employer from the worker's employment on this day (the rulebook's; none
        when the worker has two employers that day: the save asks). An employer filled in
        for another worker goes; one the coach typed stays."""
        if self.data is None:
            return
        field = self.query_one("#f-employer", Input)
        employer = self.data.employer_of_worker.get(event.value.strip().lower(), "")
        if field.value == self._filled_employer or not field.value:
            field.value = employer
            self._filled_employer = employer

    @on(Input.Submitted, "#quick-log Input")
    def form_submitted(self) -> None:
        from coachlog.services import EntryDraft

        for name in FORM_FIELDS:
            self.query_one(f"#f-{name}", Input).remove_class("-refused")
        values = {name: self.query_one(f"#f-{name}", Input).value.strip() for name in FORM_FIELDS}
        try:
            minutes, start, end = parse_span(values["duration"])
        except InvalidInput as error:
            self.refused(InvalidInput("duration", error.value, error.accepted))
            return
        # What was typed, and nothing more: the services' rulebook decides what is left out
        # (an employer the form filled in is the rulebook's own answer, for the day it was
        # filled on; the day may have changed since).
        typed_employer = values["employer"] if values["employer"] != self._filled_employer else ""
        self.save_entry(EntryDraft(
            day=self.day, minutes=minutes, start=start, end=end, workers=[values["worker"]] if values["worker"] else [],
            employer=typed_employer or None, with_whom=values["with"] or None,
            activity=values["activity"] or None, note=values["note"],
        ))

    @work(thread=True, exclusive=True, group="write")
    def save_entry(self, draft: Any) -> None:
        from coachlog.errors import CoachlogError

        app = self.coach_app
        try:
            saved = self.service.log(draft)
        except CoachlogError as error:
            app.call_from_thread(self.refused, error, draft)
            return
        app.call_from_thread(self.saved, saved)

    def refused(self, error: Any, draft: Any = None) -> None:
        """A refusal beside its field; a question when the services asked one (which
        employer, or whether an unusual day or employer is right), then saved again."""
        from dataclasses import replace

        from coachlog.errors import ChooseOne, NeedsConfirmation

        if draft is not None and isinstance(error, ChooseOne):
            from coachlog.tui.screens.choose import ChooseScreen

            def chosen(name: str | None) -> None:
                if name is not None:
                    self.query_one("#f-employer", Input).value = name
                    self.save_entry(replace(draft, employer=name))

            self.app.push_screen(ChooseScreen(str(error), error.choices), chosen)
            return
        if draft is not None and isinstance(error, NeedsConfirmation):
            from coachlog.tui.screens.confirm import ConfirmScreen

            def confirmed(yes: bool | None) -> None:
                if yes:
                    self.save_entry(replace(draft, force=True))

            self.app.push_screen(ConfirmScreen(self.tr("{error}. Save it anyway?", error=str(error))), confirmed)
            return
        field = {"duration": "duration", "date": "duration", "minutes": "duration", "end": "duration",
                 "start": "duration", "with_whom": "with", "--with": "with", "employer": "employer", "worker": "worker",
                 "activity": "activity", "note": "note"}.get(getattr(error, "field", ""), None)
        if field:
            widget = self.query_one(f"#f-{field}", Input)
            widget.add_class("-refused")
            widget.focus()
        self.show_form_error(self.tr("Not saved: {error}", error=str(error)))

    def saved(self, entries: list[Any]) -> None:
        first = entries[0]
        who = self.query_one("#f-worker", Input).value or self.tr("indirect")
        logged = parsing.format_duration(sum(e.minutes for e in entries))
        self.notify(self.tr("Logged: {duration} {who}", duration=logged, who=who))
        for name in FORM_FIELDS:  # the next entry starts from the defaults, not from this one
            self.query_one(f"#f-{name}", Input).value = ""
        self._filled_employer = ""
        self.query_one("#f-worker", Input).focus()
        if first.day != self.day:
            self.day = first.day
        self.focus_entry = first.id
        self.load_day()
        self.load_signals()

    # -- the selected entry ----------------------------------------------------------

    def _selected(self) -> Any:
        if self.data is None or not self.data.entries:
            return None
        table = self.query_one("#entries", TextTable)
        if table.cursor_row < 0 or table.cursor_row >= len(self.data.entries):
            return None
        return self.data.entries[table.cursor_row]

    def action_edit(self) -> None:
        if self._in_form():
            return
        entry = self._selected()
        if entry is None:
            self.notify(self.tr("Select an entry in the table first."), severity="warning")
            return
        from coachlog.tui.screens.edit_entry import EditEntryScreen

        app = self.coach_app

        def save(changes: dict[str, Any], force: bool = False) -> Any:
            return self.service.edit_entry(entry.id, changes, force=force)

        def done(saved: Any) -> None:
            if saved is not None:
                self.notify(self.tr("Entry {id} saved", id=saved.id))
                if saved.day != self.day:  # moved to another date: follow it
                    self.day = saved.day
                self.focus_entry = saved.id
                self.load_day()
                self.load_signals()

        assert self.data is not None  # the entry was selected from it
        app.push_screen(EditEntryScreen(
            entry, self.data.workers.get(entry.worker_id, ""), self.data.employers.get(entry.employer_id, ""),
            self.worker_names, self.employer_names, app.today(), save), done)

    def action_delete(self) -> None:
        if self._in_form():
            return
        entry = self._selected()
        if entry is None:
            self.notify(self.tr("Select an entry in the table first."), severity="warning")
            return
        from coachlog.tui.screens.confirm import ConfirmScreen

        assert self.data is not None  # the entry was selected from it
        who = self.data.workers.get(entry.worker_id) or self.tr("indirect")
        question = self.tr("Delete entry {id} ({day}, {duration}, {who})?", id=entry.id, day=day_text(entry.day),
                           duration=parsing.format_duration(entry.minutes), who=who)

        def answered(yes: bool | None) -> None:
            if yes:
                self.delete_entry(entry.id)

        self.app.push_screen(ConfirmScreen(question), answered)

    @work(thread=True, exclusive=True, group="write")
    def delete_entry(self, entry_id: int) -> None:
        app = self.coach_app
        self.service.delete_entry(entry_id)
        app.call_from_thread(self.changed, self.tr("Entry {id} deleted. Undo: u", id=entry_id))

    def action_undo(self) -> None:
        if self._in_form():
            return
        self.undo()

    @work(thread=True, exclusive=True, group="write")
    def undo(self) -> None:
        app = self.coach_app
        summary = self.service.undo()
        message = self.tr("Undone: {summary}", summary=summary) if summary else self.tr("Nothing to undo.")
        app.call_from_thread(self.changed, message)

    def changed(self, message: str) -> None:
        self.notify(message)
        self.load_day()
        self.load_signals()

    # -- the timer -------------------------------------------------------------------

    def action_timer(self) -> None:
        if self._in_form():
            return
        self._mount_form()
        worker = self.query_one("#f-worker", Input).value.strip() or None
        with_text = self.query_one("#f-with", Input).value.strip()
        activity_text = self.query_one("#f-activity", Input).value.strip()
        self.toggle_timer(worker, with_text, activity_text)

    @work(thread=True, exclusive=True, group="write")
    def toggle_timer(self, worker: str | None, with_text: str, activity_text: str) -> None:
        from coachlog.errors import CoachlogError

        app = self.coach_app
        service = self.service
        try:
            if service.running_timer() is None:
                # What was typed: the services' rulebook decides what is left out.
                timer = service.start_timer(app.now(), worker=worker, with_whom=with_text or None,
                                            activity=activity_text or None)
                # Say what the timer records: with an empty form it is indirect time.
                activity = parsing.activity_text(timer.activity, self.tr)
                if timer.worker_id is None and timer.with_whom == "nobody":
                    message = self.tr("Timer started at {time}: indirect time, {activity}. For a visit: fill in "
                                      "Worker first.", time=f"{timer.started:%H:%M}", activity=activity)
                else:
                    worker = service.names()[0].get(timer.worker_id) if timer.worker_id is not None else None
                    who = worker or self.tr("Employer")
                    message = self.tr("Timer started at {time}: {who}, {activity}", time=f"{timer.started:%H:%M}",
                                      who=who, activity=activity)
            else:
                self.stop_timer()
                return
        except CoachlogError as error:
            app.call_from_thread(self.refused, error)
            return
        app.call_from_thread(self.changed, message)

    def stop_timer(self, employer: str | None = None, force: bool = False) -> None:
        """Stop the timer and log it (in a worker thread); when the services ask which
        employer, or whether an unusual day is right, ask the coach and stop again."""
        from coachlog.errors import ChooseOne, CoachlogError, NeedsConfirmation

        app = self.coach_app
        try:
            saved = self.service.stop_timer(app.now(), employer=employer, force=force)
        except (ChooseOne, NeedsConfirmation) as question:
            app.call_from_thread(self._ask_before_stopping, question, employer, force)
            return
        except CoachlogError as error:
            app.call_from_thread(self.refused, error)
            return
        app.call_from_thread(self.changed,
                             self.tr("Timer stopped: {duration} logged",
                                     duration=parsing.format_duration(sum(e.minutes for e in saved))))

    def _ask_before_stopping(self, question: Any, employer: str | None, force: bool) -> None:
        from coachlog.errors import ChooseOne

        if isinstance(question, ChooseOne):
            from coachlog.tui.screens.choose import ChooseScreen

            def chosen(name: str | None) -> None:
                if name is not None:
                    self.stop_timer_in_thread(name, force)

            self.app.push_screen(ChooseScreen(str(question), question.choices), chosen)
            return
        from coachlog.tui.screens.confirm import ConfirmScreen

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.stop_timer_in_thread(employer, True)

        self.app.push_screen(ConfirmScreen(self.tr("{error}. Save it anyway?", error=str(question))), confirmed)

    @work(thread=True, exclusive=True, group="write")
    def stop_timer_in_thread(self, employer: str | None, force: bool) -> None:
        self.stop_timer(employer, force)
