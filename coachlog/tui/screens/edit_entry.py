"""Edit one entry: every field of the entry, saved in a thread worker."""

from __future__ import annotations

from datetime import date
from typing import Any

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.suggester import SuggestFromList
from textual.widgets import Button, Input, Label, Static

from coachlog.domain import parsing
from coachlog.domain.formats import day_text
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal
from coachlog.tui.widgets.text import DataInput, Plain

EDIT_FIELDS = (
    ("day", N_("Date")),
    ("worker", N_("Worker")),
    ("employer", N_("Employer")),
    ("with_whom", N_("With")),
    ("activity", N_("Activity")),
    ("duration", N_("Duration")),
    ("note", N_("Note (factual, goes into reports)")),
)


class EditEntryScreen(CoachlogModal[Any]):
    """Edit one entry. ``save(changes)`` runs in a worker; the screen closes with the saved
    entry, or stays open with the refusal marked at its field."""

    BINDINGS = [Binding("escape", "cancel", N_("Cancel")), Binding("ctrl+s", "save", N_("Save"), priority=True)]

    def __init__(self, entry: Any, worker: str, employer: str, workers: list[str], employers: list[str], today: date,
                 save: Any) -> None:
        super().__init__()
        self.entry = entry
        self.save = save
        self.today = today
        self.original = {
            "day": day_text(entry.day),
            "worker": worker,
            "employer": employer,
            "with_whom": parsing.WITH_WHOM[entry.with_whom].aliases[0],
            "activity": parsing.ACTIVITIES[entry.activity].aliases[0],
            "duration": parsing.format_duration(entry.minutes),
            "note": entry.note,
        }
        self.suggestions = {
            "worker": workers,
            "employer": employers,
            "with_whom": [term.aliases[0] for term in parsing.WITH_WHOM.values()],
            "activity": [term.aliases[0] for term in parsing.ACTIVITIES.values()],
        }

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        tr = self.tr
        with Vertical(classes="modal-box"):
            yield Plain(tr("Edit entry {id}", id=self.entry.id), classes="title")
            for name, label in EDIT_FIELDS:
                with Horizontal(classes="form-row"):
                    yield Label(tr(label).split(" (")[0])
                    suggest = self.suggestions.get(name)
                    yield DataInput(
                        self.original[name], id=f"edit-{name}", compact=True,
                        suggester=SuggestFromList(suggest, case_sensitive=False) if suggest else None,
                    )
            yield Plain("", id="edit-error", classes="muted")
            with Horizontal(classes="buttons"):
                yield Button(tr("Cancel"), id="cancel")
                yield Button(tr("Save"), id="save", variant="primary")

    def changes(self) -> dict[str, Any]:
        """Parse what changed; raises InvalidInput naming the field."""
        values = {name: self.query_one(f"#edit-{name}", Input).value.strip() for name, _ in EDIT_FIELDS}
        changed: dict[str, Any] = {}
        for name, value in values.items():
            if value == self.original[name]:
                continue
            if name == "day":
                changed["day"] = parsing.parse_date(value, self.today)
            elif name == "duration":
                changed["minutes"] = parsing.parse_duration(value)
            elif name == "with_whom":
                changed["with_whom"] = parsing.parse_with_whom(value)
            elif name == "activity":
                changed["activity"] = parsing.parse_activity(value)
            else:
                changed[name] = value
        return changed

    @on(Input.Submitted)
    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        from coachlog.errors import InvalidInput

        for field in self.query(Input):
            field.remove_class("-refused")
        try:
            changes = self.changes()
        except InvalidInput as error:
            self.mark(error)
            return
        if not changes:
            self.dismiss(None)
            return
        self.run_save(changes)

    @work(thread=True, exclusive=True)
    def run_save(self, changes: dict[str, Any], force: bool = False) -> None:
        from coachlog.errors import ChooseOne, CoachlogError, NeedsConfirmation

        try:
            saved = self.save(changes, force)
        except (ChooseOne, NeedsConfirmation) as question:
            self.app.call_from_thread(self.ask, question, changes)
            return
        except CoachlogError as error:
            self.app.call_from_thread(self.mark, error)
            return
        self.app.call_from_thread(self.dismiss, saved)

    def ask(self, question: Any, changes: dict[str, Any]) -> None:
        """The services asked (which employer; whether an unusual day is right): ask the
        coach, then save again with the answer; no answer leaves the dialog as it was."""
        from coachlog.errors import ChooseOne

        self.mark(question)
        if isinstance(question, ChooseOne):
            from coachlog.tui.screens.choose import ChooseScreen

            def chosen(name: str | None) -> None:
                if name is not None:
                    self.query_one("#edit-employer", Input).value = name
                    self.run_save({**changes, "employer": name})

            self.app.push_screen(ChooseScreen(str(question), question.choices), chosen)
            return
        from coachlog.tui.screens.confirm import ConfirmScreen

        def confirmed(yes: bool | None) -> None:
            if yes:
                self.run_save(changes, force=True)

        self.app.push_screen(ConfirmScreen(self.tr("{error}. Save it anyway?", error=str(question))), confirmed)

    def mark(self, error: Any) -> None:
        """Show a refusal at its field (also used when the service refuses the change)."""
        field = {"date": "day", "minutes": "duration"}.get(getattr(error, "field", ""), getattr(error, "field", ""))
        if field and self.query(f"#edit-{field}"):
            self.query_one(f"#edit-{field}", Input).add_class("-refused")
            self.query_one(f"#edit-{field}", Input).focus()
        self.query_one("#edit-error", Static).update(str(error))

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        self.dismiss(None)
