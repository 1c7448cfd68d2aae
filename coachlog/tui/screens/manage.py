"""Manage (F6): employers, funders with their tariffs, and grants, one tab each.

Each tab lists its records in a table and has a form below it: empty it adds one; Enter
or e on a row fills it and saving changes that one (the services' edit_* methods). Every
field is checked as you type by the domain's own rules (red, with the rule's message under
the form) and Save refuses while one is red; what only the journal can tell (a duplicate
name, an unknown schedule, a start outside the employment) comes back from the service
and is marked at its field. Journal work runs in thread workers."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, NamedTuple

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, DataTable, Footer, Input, Label, Select, Static, TabbedContent, TabPane

from coachlog.domain import model, parsing, rules
from coachlog.domain.formats import day_text, money_text
from coachlog.errors import Conflict, InvalidInput
from coachlog.i18n import N_, t, translate_bindings
from coachlog.tui.screens import QUIT_AND_HELP, navigation_bindings
from coachlog.tui.screens.base import CoachlogScreen
from coachlog.tui.widgets.text import DataInput, Plain, literal, plain
from coachlog.tui.widgets.validators import Rule

FORMS = ("employer", "funder", "grant")


class FormTexts(NamedTuple):
    tab: str
    empty: str
    add: str
    edit: str


TEXTS = {
    "employer": FormTexts(N_("Employers"), N_("No employers yet."), N_("New employer"), N_("Edit employer {name}")),
    "funder": FormTexts(N_("Funders"), N_("No funders yet."), N_("New funder (with tariff)"),
                        N_("Edit funder {name} (tariff: add a new tariff)")),
    "grant": FormTexts(N_("Grants"), N_("No grants yet."), N_("New grant"), N_("Edit grant {name}")),
}

# Each form's rows of (field, its label); a field is an Input unless in SELECTS.
ROWS: dict[str, list[list[tuple[str, str]]]] = {
    "employer": [[("name", N_("Name")), ("contact", N_("Contact"))]],
    "funder": [
        [("name", N_("Name")), ("kind", N_("Kind"))],
        [("reference", N_("Reference"))],
        [("rate", N_("Tariff €/h")), ("rate_from", N_("Valid from"))],
    ],
    "grant": [
        [("employment", N_("Employment")), ("funder", N_("Funder"))],
        [("start", N_("Start")), ("schedule", N_("Schedule"))],
        [("regime", N_("Regime")), ("hours", N_("Hours"))],
        [("reference", N_("Reference"))],
    ],
}
SELECTS = {("grant", "employment"), ("grant", "funder")}

# The field an error from the services names -> the form's field that shows it.
ERROR_FIELDS: dict[str, dict[str, str]] = {
    "employer": {"name": "name", "contact": "contact", "employer": "name"},
    "funder": {"name": "name", "kind": "kind", "reference": "reference", "rate": "rate", "from": "rate_from",
               "funder": "name"},
    "grant": {"start": "start", "regime": "regime", "hours": "hours", "schedule": "schedule",
              "reference": "reference", "employment": "employment", "funder": "funder"},
}


@dataclass
class ManageData:
    employers: list[model.Employer] = field(default_factory=list)
    funders: list[model.Funder] = field(default_factory=list)
    tariffs: dict[int, list[model.Tariff]] = field(default_factory=dict)
    grants: list[model.Grant] = field(default_factory=list)
    employments: dict[int, str] = field(default_factory=dict)  # id -> "worker @ employer"
    funder_names: dict[int, str] = field(default_factory=dict)


def duration_text(minutes: int | None) -> str:
    return "" if minutes is None else parsing.format_duration(minutes)


class ManageScreen(CoachlogScreen):
    BINDINGS = [
        *QUIT_AND_HELP,
        Binding("n", "new", N_("New")),
        Binding("e", "edit", N_("Edit")),
        Binding("ctrl+s", "save", N_("Save"), priority=True),
        Binding("escape", "leave_form", N_("Back to table"), show=False),
        Binding("1", "tab('employer')", N_("Employers"), show=False),
        Binding("2", "tab('funder')", N_("Funders"), show=False),
        Binding("3", "tab('grant')", N_("Grants"), show=False),
        *navigation_bindings(),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.data = ManageData()
        self.editing: dict[str, Any] = {name: None for name in FORMS}  # the record the form edits, or None


    # -- layout ----------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        tr = self.tr
        translate_bindings(self, tr.language)
        yield Plain(tr("Employers, funders and grants"), classes="title", id="manage-title")
        with TabbedContent(id="manage-tabs", initial="tab-employer"):
            for name in FORMS:
                with TabPane(tr(TEXTS[name].tab), id=f"tab-{name}"):
                    yield DataTable(id=f"{name}-table", cursor_type="row", zebra_stripes=True, classes="manage-table")
                    with Vertical(id=f"{name}-form", classes="manage-form"):
                        yield Plain("", id=f"{name}-form-title", classes="pane-title")
                        for row in ROWS[name]:
                            with Horizontal(classes="manage-row"):
                                for field_name, label in row:
                                    yield Label(tr(label), classes="manage-label")
                                    yield self._field(name, field_name)
                        with Horizontal(classes="manage-bottom"):
                            yield Plain("", id=f"{name}-message", classes="manage-message")
                            yield Button(tr("New (n)"), id=f"{name}-new", compact=True)
                            yield Button(tr("Save"), id=f"{name}-save", compact=True, variant="primary")
        yield Footer(compact=True, show_command_palette=False)

    def _field(self, form: str, name: str) -> Any:
        if (form, name) in SELECTS:
            return Select([], id=f"{form}-{name}", compact=True, prompt=self.tr("Choose…"))
        return DataInput(id=f"{form}-{name}", compact=True, placeholder=self._placeholder(form, name),
                     validators=self._validators(form, name))

    def _placeholder(self, form: str, name: str) -> str:
        tr = self.tr
        return {
            "contact": tr("name, phone or e-mail"), "kind": "uwv-extern · uwv-intern · gemeente · private",
            "reference": tr("e.g. case number"), "rate": tr("e.g. {example}", example="74,78"),
            "rate_from": tr("e.g. {example}", example="01-01-2026"),
            "start": tr("e.g. {example}", example="01-03-2026"),
            "schedule": tr("empty: the funder's"), "regime": tr("e.g. {example}", example="midden"),
            "hours": tr("or hours per period"),
        }.get(name, "")

    def _today(self) -> Any:
        return self.coach_app.today()

    def _validators(self, form: str, name: str) -> list[Rule]:
        def a_date(field_name: str) -> Any:
            return lambda text: rules.check_date(field_name, parsing.parse_date(text, self._today(), field_name),
                                                 self._today())

        checks: dict[str, tuple[Any, bool]] = {
            "name": (lambda text: rules.check_name("name", text), False),
            "contact": (lambda text: rules.check_note("contact", text), True),
            "reference": (lambda text: rules.check_note("reference", text), True),
            "kind": (lambda text: rules.check_choice("kind", text, model.FUNDER_KINDS), False),
            "rate": (lambda text: rules.check_rate(rules.parse_decimal("rate", text, "74,78")), True),
            "rate_from": (a_date("from"), True),
            "start": (a_date("start"), False),
            "schedule": (self._check_schedule, True),
            "regime": (self._check_regime, True),
            "hours": (self._check_hours, True),
        }
        check, optional = checks[name]
        return [Rule(check, optional=optional)]

    # -- checks that need the schedules ----------------------------------------------

    def _schedules(self) -> dict[str, Any]:
        return self.service.schedules.by_id

    def _check_schedule(self, text: str) -> str:
        known = sorted(self._schedules())
        if text.strip() not in known:
            raise InvalidInput("schedule", text, t("choose one of {choices}", choices=", ".join(known)))
        return text.strip()

    def _check_regime(self, text: str) -> str:
        known = sorted({regime for schedule in self._schedules().values() for regime in schedule.regimes})
        cleaned = text.strip().lower().replace("_", "-").replace(" ", "-")
        if cleaned not in known:
            raise InvalidInput(
                "regime", text, t("choose one of {choices}, or give granted hours", choices=", ".join(known))
            )
        return cleaned

    @staticmethod
    def _check_hours(text: str) -> Decimal:
        hours = rules.parse_decimal("hours", text, "60")
        if hours <= 0 or hours > 2000:
            raise InvalidInput("hours", text, "give granted hours per period above 0, e.g. 60")
        return hours

    # -- loading ---------------------------------------------------------------------

    def on_mount(self) -> None:
        tr = self.tr
        columns = {
            "employer": (N_("Name"), N_("Contact"), N_("Status")),
            "funder": (N_("Name"), N_("Kind"), N_("Reference"), N_("Hourly tariffs excl. VAT")),
            "grant": ("#", N_("Employment"), N_("Funder"), N_("Schedule"), N_("Regime"),
                      N_("Hours/period"), N_("Periods"), N_("Start"), N_("Reference")),
        }
        for name in FORMS:
            self.query_one(f"#{name}-table", DataTable).add_columns(
                *[key if key == "#" else tr(key) for key in columns[name]])
            self.set_form_title(name)
        self.query_one("#grant-schedule", Input).suggester = SuggestFromList(sorted(self._schedules()))
        regimes = sorted({r for s in self._schedules().values() for r in s.regimes})
        self.query_one("#grant-regime", Input).suggester = SuggestFromList(regimes, case_sensitive=False)
        self.query_one("#funder-kind", Input).suggester = SuggestFromList(
            list(model.FUNDER_KINDS), case_sensitive=False
        )
        self.query_one("#employer-table", DataTable).focus()
        self.load()

    @work(thread=True, exclusive=True, group="load")
    def load(self) -> None:
        app = self.coach_app
        service = self.service
        workers, employers = service.names()
        funders = service.list_funders()
        data = ManageData(
            employers=service.list_employers(include_inactive=True),
            funders=funders,
            tariffs={model.saved_id(f): service.tariffs(f.name) for f in funders},
            grants=service.list_grants(),
            employments={model.saved_id(e): f"{workers.get(e.worker_id, '')} @ {employers.get(e.employer_id, '')}"
                         for e in service.list_employments()},
            funder_names={model.saved_id(f): f.name for f in funders},
        )
        app.call_from_thread(self.show, data)

    def show(self, data: ManageData) -> None:
        tr = self.tr
        self.data = data
        rows: dict[str, list[list[str]]] = {
            "employer": [[e.name, e.contact, tr("active") if e.active else tr("archived")]
                         for e in data.employers],
            "funder": [[f.name, f.kind, f.reference, self._tariffs_text(data.tariffs.get(model.saved_id(f), []))]
                       for f in data.funders],
            "grant": [[str(g.id), data.employments.get(g.employment_id, str(g.employment_id)),
                       data.funder_names.get(g.funder_id, ""), g.schedule_id, g.regime or "",
                       duration_text(g.granted_minutes_per_period),
                       tr("{count} × {months} mo", count=g.periods, months=g.period_months),
                       day_text(g.start), g.reference] for g in data.grants],
        }
        for name in FORMS:
            table = self.query_one(f"#{name}-table", DataTable)
            row = table.cursor_row
            table.clear()
            for values in rows[name]:
                table.add_row(*map(literal, values))
            if not rows[name]:
                table.add_row(tr(TEXTS[name].empty), *[""] * (len(table.columns) - 1))
            if 0 <= row < table.row_count:
                table.move_cursor(row=row)
        employment = self.query_one("#grant-employment", Select)
        employment.set_options([(plain(f"{key}: {label}"), key) for key, label in data.employments.items()])
        funder = self.query_one("#grant-funder", Select)
        funder.set_options([(plain(f.name), f.name) for f in data.funders])

    def _tariffs_text(self, tariffs: list[model.Tariff]) -> str:
        if not tariffs:
            return "-"
        return " · ".join(f"{money_text(t.rate)} {self.tr('from {day}', day=day_text(t.valid_from))}"
                          for t in tariffs[-3:])

    # -- the forms -------------------------------------------------------------------

    def current(self) -> str:
        active = self.query_one("#manage-tabs", TabbedContent).active
        return active.removeprefix("tab-") if active else "employer"

    def inputs(self, form: str) -> list[Input]:
        return list(self.query_one(f"#{form}-form").query(Input))

    def set_form_title(self, form: str) -> None:
        record = self.editing[form]
        if record is None:
            title = self.tr(TEXTS[form].add)
        else:
            title = self.tr(TEXTS[form].edit, name=getattr(record, "name", None) or record.id)
        self.query_one(f"#{form}-form-title", Static).update(title)

    def clear_form(self, form: str) -> None:
        self.editing[form] = None
        for widget in self.inputs(form):
            widget.value = ""
            widget.remove_class("-refused", "-invalid", "-valid")
        for select in self.query_one(f"#{form}-form").query(Select):
            select.disabled = False
            select.clear()
        self.say(form, "")
        self.set_form_title(form)

    def fill(self, form: str, record: Any) -> None:
        """Put a record into its form for editing."""
        self.clear_form(form)
        self.editing[form] = record
        values: dict[str, str] = {}
        if form == "employer":
            values = {"name": record.name, "contact": record.contact}
        elif form == "funder":
            values = {"name": record.name, "kind": record.kind, "reference": record.reference}
        else:
            values = {
                "start": day_text(record.start), "schedule": record.schedule_id,
                "regime": record.regime or "", "reference": record.reference,
                "hours": "" if record.granted_minutes_per_period is None else
                parsing.format_decimal(Decimal(record.granted_minutes_per_period) / 60),
            }
            employment = self.query_one("#grant-employment", Select)
            funder = self.query_one("#grant-funder", Select)
            if record.employment_id in self.data.employments:
                employment.value = record.employment_id
            name = self.data.funder_names.get(record.funder_id)
            if name:
                funder.value = name
            # A grant keeps its employment and funder; to change those, add a new grant.
            employment.disabled = funder.disabled = True
        for name, value in values.items():
            self.query_one(f"#{form}-{name}", Input).value = value
        self.set_form_title(form)

    def say(self, form: str, text: str) -> None:
        message = self.query_one(f"#{form}-message", Static)
        message.update(text)
        message.set_class(bool(text), "-error")

    @on(Input.Changed, ".manage-form Input")
    def typed(self, event: Input.Changed) -> None:
        event.input.remove_class("-refused")
        form = event.input.id.split("-")[0] if event.input.id else self.current()
        if not any(widget.value for widget in self.inputs(form)):
            # An empty form (new, or just saved) is not wrong yet.
            for widget in self.inputs(form):
                widget.remove_class("-invalid", "-valid")
            self.say(form, "")
            return
        self.say(form, self.first_problem(form))

    def first_problem(self, form: str) -> str:
        """The first red field's message, checked now (empty when all pass)."""
        for widget in self.inputs(form):
            result = widget.validate(widget.value)
            if result is not None and not result.is_valid:
                return result.failure_descriptions[0]
        return ""

    # -- actions ---------------------------------------------------------------------

    def _in_form(self) -> bool:
        return isinstance(self.focused, (Input, Select))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in {"new", "edit", "tab"} and self._in_form():
            return False
        return True

    def action_tab(self, form: str) -> None:
        self.query_one("#manage-tabs", TabbedContent).active = f"tab-{form}"
        self.query_one(f"#{form}-table", DataTable).focus()

    @on(TabbedContent.TabActivated, "#manage-tabs")
    def tab_activated(self, event: TabbedContent.TabActivated) -> None:
        form = (event.pane.id or "tab-employer").removeprefix("tab-")
        self.query_one(f"#{form}-table", DataTable).focus()

    def action_new(self) -> None:
        form = self.current()
        self.clear_form(form)
        self.focus_first(form)

    @on(Button.Pressed, ".manage-form Button")
    def button(self, event: Button.Pressed) -> None:
        form, what = (event.button.id or "").split("-", 1)
        if what == "new":
            self.clear_form(form)
            self.focus_first(form)
        else:
            self.save(form)

    def focus_first(self, form: str) -> None:
        for widget in self.query_one(f"#{form}-form").query("Input, Select"):
            if not widget.disabled:
                widget.focus()
                return

    def action_leave_form(self) -> None:
        self.query_one(f"#{self.current()}-table", DataTable).focus()

    def selected(self, form: str) -> Any:
        by_form: dict[str, Sequence[model.Employer | model.Funder | model.Grant]] = {
            "employer": self.data.employers, "funder": self.data.funders, "grant": self.data.grants}
        records = by_form[form]
        table = self.query_one(f"#{form}-table", DataTable)
        if not records or not 0 <= table.cursor_row < len(records):
            return None
        return records[table.cursor_row]

    def action_edit(self) -> None:
        form = self.current()
        record = self.selected(form)
        if record is None:
            self.notify(self.tr("Select a row in the table first."), severity="warning")
            return
        self.fill(form, record)
        self.focus_first(form)

    @on(DataTable.RowSelected, ".manage-table")
    def row_chosen(self) -> None:
        self.action_edit()

    @on(Input.Submitted, ".manage-form Input")
    def submitted(self, event: Input.Submitted) -> None:
        form = event.input.id.split("-")[0] if event.input.id else self.current()
        self.save(form)

    def action_save(self) -> None:
        self.save(self.current())

    def save(self, form: str) -> None:
        for widget in self.inputs(form):
            widget.remove_class("-refused")
        problem = self.first_problem(form)
        if problem:
            for widget in self.inputs(form):
                if not widget.is_valid:
                    widget.add_class("-refused")
                    widget.focus()
                    break
            self.say(form, self.tr("Not saved: {error}", error=problem))
            self.notify(self.tr("Not saved: {error}", error=problem), severity="error", timeout=10)
            return
        try:
            call = self.request(form)
        except InvalidInput as error:
            self.refused(form, error)
            return
        self.run_save(form, call)

    def value(self, form: str, name: str) -> str:
        return self.query_one(f"#{form}-{name}", Input).value.strip()

    def request(self, form: str) -> Any:
        """The service call for this form, as a function of the Coachlog; parses the fields
        (raising InvalidInput for what the validators could not tell alone)."""
        record = self.editing[form]
        today = self._today()
        if form == "employer":
            name, contact = self.value(form, "name"), self.value(form, "contact")
            if record is None:
                return lambda service: service.add_employer(name, contact=contact)
            return lambda service: service.edit_employer(record.name, name=name, contact=contact)
        if form == "funder":
            name, kind, reference = self.value(form, "name"), self.value(form, "kind"), self.value(form, "reference")
            rate_text, from_text = self.value(form, "rate"), self.value(form, "rate_from")
            tariff = None
            if rate_text or from_text:
                if not rate_text:
                    raise InvalidInput(
                        "rate", None, "give the hourly tariff, e.g. 74,78, or leave both tariff fields empty"
                    )
                if not from_text:
                    raise InvalidInput("from", None, "give the date the tariff applies from, e.g. 01-01-2026")
                tariff = (parsing.parse_date(from_text, today, "from"), rules.parse_decimal("rate", rate_text, "74,78"))

            def save_funder(service: Any) -> Any:
                if record is None:
                    saved = service.add_funder(name, kind, reference=reference)
                else:
                    saved = service.edit_funder(record.name, name=name, kind=kind, reference=reference)
                if tariff is not None:
                    service.set_tariff(saved.name, *tariff)
                return saved

            return save_funder
        # grant
        start = parsing.parse_date(self.value(form, "start"), today, "start")
        regime = self.value(form, "regime") or None
        hours_value = self.value(form, "hours")
        hours = self._check_hours(hours_value) if hours_value else None
        schedule = self.value(form, "schedule") or None
        reference = self.value(form, "reference")
        if record is not None:
            return lambda service: service.edit_grant(record.id, regime=regime, granted_hours=hours, start=start,
                                                      schedule_id=schedule, reference=reference)
        employment = self.query_one("#grant-employment", Select).value
        funder = self.query_one("#grant-funder", Select).value
        if employment == Select.NULL:
            raise InvalidInput("employment", None, "choose the employment (worker @ employer)")
        if funder == Select.NULL:
            raise InvalidInput("funder", None, "choose the funder")
        return lambda service: service.add_grant(employment, str(funder), start, regime=regime, granted_hours=hours,
                                                 schedule_id=schedule, reference=reference)

    @work(thread=True, exclusive=True, group="write")
    def run_save(self, form: str, call: Any) -> None:
        from coachlog.errors import CoachlogError

        app = self.coach_app
        try:
            saved = call(self.service)
        except CoachlogError as error:
            app.call_from_thread(self.refused, form, error)
            return
        app.call_from_thread(self.saved, form, saved)

    def refused(self, form: str, error: Any) -> None:
        key = getattr(error, "field", None) or getattr(error, "kind", None)
        if isinstance(error, Conflict):
            key = "name"
        name = ERROR_FIELDS[form].get(key or "")
        if name:
            widget = self.query_one(f"#{form}-{name}")
            widget.add_class("-refused")
            widget.focus()
        self.say(form, str(error))
        self.notify(self.tr("Not saved: {error}", error=str(error)), severity="error", timeout=10)

    def saved(self, form: str, record: Any) -> None:
        what = getattr(record, "name", None) or self.tr("grant {id}", id=record.id)
        key = N_("Added: {name}") if self.editing[form] is None else N_("Saved: {name}")
        self.notify(self.tr(key, name=what))
        self.clear_form(form)
        self.query_one(f"#{form}-table", DataTable).focus()
        self.load()

