"""A yes/no question over the current screen (j or y: yes; Escape: no)."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Button

from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal
from coachlog.tui.widgets.text import Plain


class ConfirmScreen(CoachlogModal[bool]):
    BINDINGS = [Binding("escape", "cancel", N_("No")), Binding("j,y", "confirm", N_("Yes"), show=False)]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        tr = self.tr
        with Vertical(classes="modal-box"):
            yield Plain(self.question)
            with Horizontal(classes="buttons"):
                yield Button(tr("No"), id="no")
                yield Button(tr("Yes"), id="yes", variant="error")

    def on_mount(self) -> None:
        self.query_one("#no", Button).focus()

    @on(Button.Pressed, "#yes")
    def action_confirm(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_cancel(self) -> None:
        self.dismiss(False)
