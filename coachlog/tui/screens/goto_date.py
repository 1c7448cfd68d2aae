"""Go to a date: the coach types one (vandaag, vrijdag, 23-11-2026, ...)."""

from __future__ import annotations

from datetime import date

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Input, Static

from coachlog.domain import parsing
from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal
from coachlog.tui.widgets.text import DataInput, Plain


class GotoDateScreen(CoachlogModal[date | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, today: date) -> None:
        super().__init__()
        self.today = today

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        tr = self.tr
        with Vertical(classes="modal-box"):
            yield Plain(tr("Go to date"), classes="title")
            yield DataInput(placeholder=tr("e.g. 23-11-2026, yesterday, monday"), id="goto")
            yield Plain("", id="goto-error", classes="muted")

    @on(Input.Submitted, "#goto")
    def submitted(self, event: Input.Submitted) -> None:
        from coachlog.errors import InvalidInput

        try:
            self.dismiss(parsing.parse_date(event.value, self.today))
        except InvalidInput as error:
            event.input.add_class("-refused")
            self.query_one("#goto-error", Static).update(str(error))

    def action_cancel(self) -> None:
        self.dismiss(None)
