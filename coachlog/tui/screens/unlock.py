"""The unlock screen: a hidden passphrase, three tries; a new journal asks it twice.

Key derivation runs in a thread worker, so the screen keeps rendering while SQLCipher
works; the storage stack is imported in the background while the coach types."""

from __future__ import annotations

from textual import on, work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from coachlog.tui.screens.base import UNEXPECTED, CoachlogScreen
from coachlog.tui.widgets.text import Plain

TRIES = 3


class UnlockScreen(CoachlogScreen):
    def __init__(self, reason: str = "") -> None:
        super().__init__()
        self.tries = 0
        self.reason = reason
        self.new = False

    def compose(self) -> ComposeResult:
        app = self.coach_app
        tr = app.tr
        path = app.journal_path
        from coachlog.errors import CoachlogError
        from coachlog.services.journal import journal_exists

        problem = ""
        try:
            self.new = not journal_exists(path)
        except CoachlogError as error:  # a folder or a device where the journal should be
            self.new, problem = False, str(error)
        with Vertical(id="unlock-box"):
            yield Plain(tr("Unlock your journal"), classes="title")
            if self.reason:
                yield Plain(self.reason, classes="muted")
            prompt = (tr("New journal at {path}: choose a passphrase (twice).", path=path) if self.new
                      else tr("Passphrase for {path}", path=path))
            yield Plain(prompt, classes="muted")
            yield Input(password=True, placeholder=tr("Passphrase"), id="passphrase")
            if self.new:
                yield Input(password=True, placeholder=tr("Once more"), id="passphrase-again")
            if app.demo_passphrase:
                yield Plain(tr("Demo: a throwaway journal of made-up people. Passphrase: {passphrase}",
                               passphrase=app.demo_passphrase), id="unlock-demo")
            yield Plain(problem, id="unlock-status")

    def on_mount(self) -> None:
        self.query_one("#passphrase", Input).focus()
        # After the prompt is painted: the imports hold the GIL and would delay it. (A
        # fixed 50 ms timer was too early on a slow machine: the paint then waited for the
        # import, and the prompt came in 0.44 s instead of 0.3 s about every other start.)
        self.call_after_refresh(self.set_timer, 0.02, self.warm_up)

    @work(thread=True, exclusive=True, group="warm-up")
    def warm_up(self) -> None:
        # Import the storage stack while the coach types: unlocking is then only the KDF.
        import coachlog.protocols  # noqa: F401
        import coachlog.tui.screens.today  # noqa: F401
        from coachlog.services.journal import import_storage

        import_storage()

    def _status(self, text: str) -> None:
        self.query_one("#unlock-status", Static).update(text)

    @on(Input.Submitted, "#passphrase")
    def first_submitted(self, event: Input.Submitted) -> None:
        if not event.value:
            self._status(self.tr("The passphrase may not be empty."))
            return
        if self.new:
            if self.coach_app.demo_fill is None:  # the demo's throwaway journal keeps its shown passphrase
                from coachlog.domain.rules import check_new_passphrase
                from coachlog.errors import InvalidInput

                try:
                    check_new_passphrase(event.value)
                except InvalidInput as error:
                    self._status(str(error))
                    return
            self.query_one("#passphrase-again", Input).focus()
            return
        self._open(event.value)

    @on(Input.Submitted, "#passphrase-again")
    def second_submitted(self, event: Input.Submitted) -> None:
        first = self.query_one("#passphrase", Input).value
        if not first:
            self._status(self.tr("The passphrase may not be empty."))
            self.query_one("#passphrase", Input).focus()
            return
        if event.value != first:
            self._status(self.tr("The two passphrases differ."))
            for field in self.query(Input):
                field.value = ""
            self.query_one("#passphrase", Input).focus()
            return
        self._open(first)

    def _open(self, passphrase: str) -> None:
        for field in self.query(Input):
            field.disabled = True
            field.value = ""  # the passphrase goes to SQLCipher only, not kept in a widget
        self._status(self.tr("Opening…"))
        self.open_journal(passphrase)

    @work(thread=True, exclusive=True, group="unlock")
    def open_journal(self, passphrase: str) -> None:
        from coachlog.errors import CoachlogError, WrongPassphrase
        from coachlog.services import journal as journals

        app = self.coach_app
        try:
            if self.new:
                journal = journals.create_journal(app.journal_path, passphrase, throwaway=app.demo_fill is not None)
                if app.demo_fill is not None:
                    app.demo_fill(journal)
            else:  # the command line's way too: one code path
                journal = journals.open_journal(app.journal_path, passphrase, backups=app.backups)
        except WrongPassphrase:
            app.call_from_thread(self._wrong)
            return
        except CoachlogError as error:
            app.call_from_thread(self._failed, str(error))
            return
        from coachlog.protocols import load_schedules
        from coachlog.tui.screens.today import load_day_data

        # Here, not on the UI thread: the schedules, and the day Today shows first, so
        # that its first paint already holds the entries.
        try:
            schedules = load_schedules(app.schedules_dir)
            service, insights = app.services(journal, schedules)
            first_day = load_day_data(service, app.today())
        except Exception as error:  # the journal is closed again (it holds the key), never left open
            journal.close()
            message = str(error) if isinstance(error, CoachlogError) else app.tr(UNEXPECTED,
                                                                                 kind=type(error).__name__)
            app.call_from_thread(self._failed, message)
            return
        app.call_from_thread(app.unlocked, journal, schedules, service, insights, first_day)

    def _enable(self) -> None:
        for field in self.query(Input):
            field.disabled = False
        self.query_one("#passphrase", Input).focus()

    def _wrong(self) -> None:
        self.tries += 1
        app = self.coach_app
        left = TRIES - self.tries
        if left <= 0:
            app.exit(2, return_code=2, message=app.tr("Three wrong passphrases; coachlog stops."))
            return
        self._status(app.tr.plural("Wrong passphrase for {path} ({left} try left)",
                                   "Wrong passphrase for {path} ({left} tries left)", left,
                                   path=app.journal_path, left=left))
        self._enable()

    def _failed(self, message: str) -> None:
        self._status(message)
        self._enable()
