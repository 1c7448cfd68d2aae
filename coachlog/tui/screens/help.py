"""The help screen (? or F1): every key, and where the data lives."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal

# Every key, in English; the Dutch text is in messages_nl like every other message.
HELP = N_("""\
[b]Everywhere[/b]
  F2 Today · F3 Workers · F4 Trajectory · F5 Reports · F6 Manage
  Ctrl+P  command palette (screens, theme, language)
  ? or F1 this help · Ctrl+Q quit

[b]Today[/b]
  ← →  previous / next day    g  go to a date    t  today
  n    quick log: Tab to the next field, Enter saves, Esc back;
       → takes a suggested name; the employer follows from the
       employment
       Duration: 1u30, 90m, 1:30, 1,5u — or a span: 9:00-10:30
  e    edit entry (Ctrl+S saves)
  d    delete entry (asks first)    u  undo
  s    start or stop the timer (runs on while coachlog is closed)

[b]Workers[/b]
  Enter or o: details (employments, grants, goals, ladder,
  entries); [ ] previous / next worker; Esc back
[b]Trajectory[/b]
  [ ] another grant · m all workers of a month · ← → another month
[b]Reports[/b]
  ↑↓ choose · Enter to the fields · Ctrl+R preview
  Ctrl+S export to a file (the path is shown)
[b]Manage[/b]
  1 2 3 employers / funders / grants · n new · e or Enter edit
  Ctrl+S save; fields are checked as you type

After {idle} without use coachlog locks and asks for the passphrase
again. The journal is encrypted on this computer (SQLCipher); see
coachlog paths.
""")


class HelpScreen(CoachlogModal[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", N_("Close"))]

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        app = self.coach_app
        with VerticalScroll(classes="modal-box"):
            yield Static(app.tr("Help"), classes="title")
            minutes = app.lock_minutes
            idle = app.tr.plural("{count} minute", "{count} minutes", minutes, count=minutes)
            yield Static(app.tr(HELP, idle=idle), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
