"""Choose one of a few names the services named (say, the employer of an entry when the
worker works for two that day). Enter chooses; Escape chooses nothing."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal
from coachlog.tui.widgets.text import Plain, plain


class ChooseScreen(CoachlogModal[str | None]):
    BINDINGS = [Binding("escape", "cancel", N_("Cancel"))]

    def __init__(self, question: str, choices: list[str]) -> None:
        super().__init__()
        self.question = question
        self.choices = choices

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        with Vertical(classes="modal-box"):
            yield Plain(self.question)
            # Names are coach data: options of plain text, never markup.
            yield OptionList(*[Option(plain(name), id=str(index)) for index, name in enumerate(self.choices)],
                             id="choices")

    def on_mount(self) -> None:
        choices = self.query_one("#choices", OptionList)
        choices.focus()
        # Nothing chosen until the coach moves: an Enter typed twice on the form must not
        # answer the question with the first name.
        choices.highlighted = None

    @on(OptionList.OptionSelected, "#choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[int(event.option.id or 0)])

    def action_cancel(self) -> None:
        self.dismiss(None)
