"""The help screen (? or F1): every key, and where the data lives."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from coachlog.i18n import N_, translate_bindings
from coachlog.tui.screens.base import CoachlogModal

HELP_NL = """\
[b]Overal[/b]
  F2 Vandaag · F3 Werknemers · F4 Verloop · F5 Rapportages
  F6 Beheer
  Ctrl+P  opdrachtenpalet (schermen, thema, taal)
  ? of F1 deze hulp · Ctrl+Q stoppen

[b]Vandaag[/b]
  ← →  vorige / volgende dag    g  naar een datum    t  vandaag
  n    snel loggen: Tab naar het volgende veld, Enter slaat op,
       Esc terug; → neemt een voorgestelde naam over; de werkgever
       volgt uit het dienstverband
       Duur: 1u30, 90m, 1:30, 1,5u — of een tijdvak: 9:00-10:30
  e    regel wijzigen (Ctrl+S slaat op)
  d    regel verwijderen (na een vraag)    u  ongedaan maken
  s    timer starten of stoppen (loopt door als coachlog dicht is)

[b]Werknemers[/b]
  Enter of o: details (dienstverbanden, toekenningen, doelen,
  ladder, regels); [ ] vorige / volgende werknemer; Esc terug
[b]Verloop[/b]
  [ ] andere toekenning · m alle werknemers van een maand
  ← → andere maand
[b]Rapportages[/b]
  ↑↓ kies · Enter naar de velden · Ctrl+R bekijken
  Ctrl+S exporteren naar een bestand (het pad wordt getoond)
[b]Beheer[/b]
  1 2 3 werkgevers / financiers / toekenningen · n nieuw
  e of Enter wijzigen · Ctrl+S opslaan; velden worden
  gecontroleerd terwijl je typt

Na {lock} minuten zonder gebruik vergrendelt coachlog en vraagt de
wachtzin opnieuw. Het logboek staat versleuteld op deze computer
(SQLCipher); zie coachlog paths.
"""

HELP_EN = """\
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

After {lock} idle minutes coachlog locks and asks for the passphrase
again. The journal is encrypted on this computer (SQLCipher); see
coachlog paths.
"""


class HelpScreen(CoachlogModal[None]):
    BINDINGS = [Binding("escape,q,question_mark,f1", "close", N_("Close"))]

    def compose(self) -> ComposeResult:
        translate_bindings(self, self.tr.language)
        app = self.coach_app
        with VerticalScroll(classes="modal-box"):
            yield Static(app.tr("help.title"), classes="title")
            text = HELP_NL if app.tr.language == "nl" else HELP_EN
            yield Static(text.format(lock=app.lock_minutes), id="help-text")

    def action_close(self) -> None:
        self.dismiss(None)
