"""CoachlogApp: unlock, then the coach's day. Database work runs in thread workers.

The storage stack (SQLAlchemy, SQLCipher, the services) is imported in a worker while
the coach types the passphrase, so the prompt shows as fast as a bare Textual app.
"""

from __future__ import annotations

import asyncio
import gc
import time
import weakref
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events
from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.screen import Screen

from coachlog.i18n import N_, Translator, set_language, translate_bindings
from coachlog.tui.themes import DEFAULT_THEME, load_themes, themes_dir

# Names only, for the annotations: the storage stack and the screens are imported when
# first needed (see the module's docstring).
if TYPE_CHECKING:
    from coachlog.protocols import Schedules
    from coachlog.services import Coachlog
    from coachlog.services.insights import Insights
    from coachlog.services.journal import Journal
    from coachlog.tui.screens.today import DayData


# Textual's own commands in the palette, with help that says what they do here (translated
# like every other message). Textual's screenshot command is left out: see get_system_commands.
THEME_BROKEN = N_("Theme file {path} is broken ({error}); using the default theme.")
SYSTEM_COMMANDS = {
    N_("Theme"): N_("Choose another colour theme"),
    N_("Quit"): N_("Close coachlog"),
    N_("Keys"): N_("Show or hide the keys and the help for the chosen field"),
    N_("Maximize"): N_("Make the chosen part fill the screen"),
    N_("Minimize"): N_("Put the part back to its usual size"),
}

class CoachlogApp(App[int]):
    TITLE = "coachlog"
    CSS_PATH = str(themes_dir() / "coachlog.tcss")
    ENABLE_COMMAND_PALETTE = True
    BINDINGS = [
        Binding("ctrl+q", "quit", N_("Quit"), priority=True),
        Binding("f1", "help", "Help", show=False),
    ]

    def __init__(
        self,
        journal_path: Path,
        *,
        backups: Path | None = None,
        reports: Path | None = None,
        config_path: Path | None = None,
        schedules_dir: Path | None = None,
        language: str = "nl",
        theme: str = DEFAULT_THEME,
        coach: tuple[str, str] = ("", ""),
        demo_passphrase: str | None = None,
        demo_fill: Callable[[Journal], None] | None = None,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = datetime.now,
        lock_minutes: int = 10,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__()
        self.journal_path = journal_path
        self.backups = backups
        # Where a report goes unless the coach names another file (coachlog paths shows it).
        self.reports_dir = reports if reports is not None else journal_path.parent / "reports"
        self.config_path = config_path
        self.schedules_dir = schedules_dir
        self.tr = Translator(language)
        set_language(self.tr.language)
        self.coach = coach
        self.demo_passphrase = demo_passphrase
        self.demo_fill = demo_fill
        self.today = today
        self.now = now
        # Once unlocked: the open journal and the use cases over it.
        self.journal: Journal | None = None
        self.coachlog: Coachlog | None = None
        self.insights: Insights | None = None
        self.theme_problems: list[str] = []
        self.lock_minutes = lock_minutes
        self.clock = clock
        self._worker_threads: Any = None  # a ThreadPoolExecutor once mounted
        self.last_activity = clock()
        # Themes before the first stylesheet parse: choosing one in on_mount made Textual
        # parse and apply all CSS a second time before the unlock prompt could show.
        loaded = load_themes()
        for loaded_theme in loaded.themes:
            self.register_theme(loaded_theme)
        for path, error in loaded.problems:
            self.theme_problems.append(self.tr(THEME_BROKEN, path=path, error=error))
        names = {t.name for t in loaded.themes}
        if theme not in names and not self.theme_problems:
            self.theme_problems.append(self.tr(THEME_BROKEN, path=theme, error="not found"))
        self._starting = True
        self.theme = theme if theme in names else (DEFAULT_THEME if DEFAULT_THEME in names else "textual-dark")
        self._starting = False

    # -- start-up --------------------------------------------------------------------

    def on_mount(self) -> None:
        for problem in self.theme_problems:
            self.notify(problem, severity="warning", timeout=8)
        from coachlog.tui.screens.unlock import UnlockScreen

        self._use_new_worker_threads()
        translate_bindings(self, self.tr.language)  # Ctrl+Q and F1, in the app's language
        self.push_screen(UnlockScreen())
        self.set_interval(5, self.lock_if_idle)

    # -- auto-lock -------------------------------------------------------------------

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.Key, events.MouseDown, events.MouseScrollDown, events.MouseScrollUp)):
            self.last_activity = self.clock()
        elif isinstance(event, events.Unmount):  # the app ends: see _freeze_survivors
            gc.unfreeze()
        await super().on_event(event)

    def lock_if_idle(self) -> None:
        if self.journal is not None and self.clock() - self.last_activity >= self.lock_minutes * 60:
            self.lock()

    def lock(self) -> None:
        """Close the journal (SQLCipher drops the key with the connection), clear every
        screen that shows client data, and ask for the passphrase again."""
        from coachlog.tui.screens.unlock import UnlockScreen

        self.workers.cancel_all()
        gc.unfreeze()  # the session's objects, collectable again once the screens are gone
        journal, self.journal = self.journal, None
        self.coachlog = None
        self.insights = None
        if journal is not None:
            journal.close()
        self._retire_worker_threads()
        # The stack is [default, main screen, modals...]: drop the modals, replace the main.
        shown = [weakref.ref(screen) for screen in self.screen_stack[1:]]
        removals = []
        while len(self.screen_stack) > 2:
            removals.append(self.pop_screen())
        reason = self.tr.plural("Locked after {minutes} idle minute.", "Locked after {minutes} idle minutes.",
                                self.lock_minutes, minutes=self.lock_minutes)
        removals.append(self.switch_screen(UnlockScreen(reason=reason)))
        self.run_worker(self._collect_when_removed(removals, shown), group="lock-collect")

    def _retire_worker_threads(self) -> None:
        """New threads for background jobs from now on; the session's end once idle.

        Textual's thread workers set the ``active_worker`` context variable in the thread
        that runs them (asyncio's default executor), and nothing sets it back: each thread
        keeps the last worker it ran, and through it that worker's screen, in its own
        context, which no garbage collection can reach. Measured: after a lock, the
        Rapportages screen with its last report stayed in memory. Once the old threads have
        ended, their contexts go and the collections below free the screens."""
        old = self._worker_threads
        self._use_new_worker_threads()
        if old is not None:
            old.shutdown(wait=False)  # each thread ends when its job (if any) is done

    def _use_new_worker_threads(self) -> None:
        """The threads the app's thread workers run in (asyncio's default executor): the
        app's own, so that the lock can end them (asyncio has no getter for the default)."""
        from concurrent.futures import ThreadPoolExecutor

        self._worker_threads = ThreadPoolExecutor(thread_name_prefix="coachlog-worker")
        asyncio.get_running_loop().set_default_executor(self._worker_threads)

    async def _collect_when_removed(self, removals: list[Any], shown: list[weakref.ref[Screen]]) -> None:
        """Full collections until the screens that showed client data are freed (a few
        seconds at most), not at some later collection of an idle, locked app. Textual lets
        go of a removed screen a moment after removing it (its one-second timers stop at
        their next tick), so the first collection is often too early."""
        while removals:
            await removals.pop()
        for _ in range(12):
            gc.collect()
            if all(screen() is None for screen in shown):
                return
            await asyncio.sleep(0.25)

    def services(self, journal: Journal, schedules: Schedules) -> tuple[Coachlog, Insights]:
        """The use cases over an open journal."""
        from coachlog.reports.build import CoachInfo
        from coachlog.services.insights import Insights
        from coachlog.services.journal import coachlog_for

        service = coachlog_for(journal, today=self.today, schedules=schedules)
        return service, Insights(service, CoachInfo(*self.coach))

    def unlocked(self, journal: Journal, schedules: Schedules, service: Coachlog | None = None,
                 insights: Insights | None = None,
                 first_day: tuple[DayData, list[str], list[str]] | None = None) -> None:
        """Called on the UI thread once the journal is open, with the schedules, the
        services and Today's first day made ready beside it in the unlock worker."""
        for problem in schedules.problems:
            self.notify(problem, severity="warning", timeout=8)
        self.journal = journal
        self.last_activity = self.clock()
        if service is None:
            service, insights = self.services(journal, schedules)
        self.coachlog, self.insights = service, insights
        from coachlog.tui.screens.today import TodayScreen

        self.switch_screen(TodayScreen(loaded=first_day))
        self.call_after_refresh(self._freeze_survivors)

    def _freeze_survivors(self) -> None:
        """What is alive once the journal is open and Today is painted (Textual, SQLAlchemy,
        coachlog's modules, the open journal: about 120 000 objects at 100k entries) lives
        for the session. Python's full garbage collections walked all of it, pausing the
        app up to 80 ms while the coach moved between workers (measured); gc.freeze moves
        it out of their way. Lock and exit give it back (gc.unfreeze), so nothing of a
        session is kept out of the collector's reach after it. Not when the app was locked
        before this ran."""
        if self.journal is not None:
            gc.freeze()

    # -- actions ---------------------------------------------------------------------

    def action_help(self) -> None:
        from coachlog.tui.screens.help import HelpScreen

        self.push_screen(HelpScreen())

    def action_goto(self, name: str) -> None:
        """Switch to one of the main screens (they are made fresh, the data reloads)."""
        if self.coachlog is None:
            return
        from coachlog.tui import screens

        self.switch_screen(screens.main_screen(name))

    def set_language(self, language: str) -> None:
        self.tr = Translator(language)
        set_language(self.tr.language)
        self._remember("language", language)
        self.notify(self.tr("Language: English"))
        if self.coachlog is not None:
            self.action_goto("today")

    def watch_theme(self, theme: str) -> None:
        if theme.startswith("coachlog-") and not getattr(self, "_starting", False):
            self._remember("theme", theme)

    def _remember(self, key: str, value: str) -> None:
        if self.config_path is None:
            return
        from coachlog.config import remember

        try:
            remember(self.config_path, key, value)
        except Exception as error:  # a config we cannot write must not stop the app
            self.notify(str(error), severity="warning")

    def get_system_commands(self, screen: Screen) -> Any:
        for command in super().get_system_commands(screen):
            # Textual's screenshot writes the screen (names, notes) as plain SVG to disk.
            if command.title == "Screenshot":
                continue
            if command.title in SYSTEM_COMMANDS:
                command = SystemCommand(self.tr(command.title), self.tr(SYSTEM_COMMANDS[command.title]),
                                        command.callback, command.discover)
            yield command
        if self.coachlog is None:
            return
        tr = self.tr
        for name, key in (("today", N_("Today")), ("workers", N_("Workers")),
                          ("trajectory", N_("Trajectory: intensive to extensive")),
                          ("reports", N_("Reports")), ("manage", N_("Employers, funders and grants"))):
            yield SystemCommand(tr(key), tr(key), lambda name=name: self.action_goto(name))
        yield SystemCommand("Nederlands", "Taal: Nederlands", lambda: self.set_language("nl"))
        yield SystemCommand("English", "Language: English", lambda: self.set_language("en"))
        yield SystemCommand(tr("Help"), tr("Help"), self.action_help)

    # -- Textual's own texts, in the coach's language -----------------------------------

    def action_command_palette(self) -> None:
        from coachlog.tui.widgets.palette import SEARCH_COMMANDS, Palette

        if self.use_command_palette and not Palette.is_open(self):  # type: ignore[arg-type]  # App[int]
            self.push_screen(Palette(id="--command-palette", placeholder=self.tr(SEARCH_COMMANDS)))

    def search_themes(self) -> None:
        from textual.theme import ThemeProvider

        from coachlog.tui.widgets.palette import SEARCH_THEMES, Palette

        self.push_screen(Palette(providers=[ThemeProvider], placeholder=self.tr(SEARCH_THEMES)))

    def action_help_quit(self) -> None:
        """Ctrl+C (a reflex to quit): say which key quits, as Textual does, in the coach's language."""
        for key, active in self.active_bindings.items():
            if active.binding.action in ("quit", "app.quit"):
                self.notify(self.tr("Press {key} to quit coachlog", key=key), title=self.tr("Do you want to quit?"))
                return

    # -- coach data is text ----------------------------------------------------------

    def notify(self, message: str, *, title: str = "", severity: Any = "information",
               timeout: float | None = None, markup: bool = False) -> None:
        """Every notification is plain text: messages quote names and notes (a refusal
        names the value typed), which must not be read as markup. Control characters in
        them are shown, not sent."""
        from coachlog.domain.text import visible

        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False)

    def action_screenshot(self, filename: str | None = None, path: str | None = None) -> None:
        """Refused: a screenshot is the screen (names, notes) as a plaintext SVG on disk."""
        self.notify(self.tr("No screenshot: it would put names and notes on disk unencrypted."), severity="warning")

    def _fatal_error(self) -> None:
        """An unexpected error ends the app with its kind and where it happened, never
        with its message or Textual's usual local variables: both may hold names and
        notes (a terminal's scrollback, a pasted bug report)."""
        import sys
        import traceback

        from rich.text import Text

        error = sys.exc_info()[1]
        where = ""
        if error is not None:
            frames = traceback.extract_tb(error.__traceback__)
            ours = [frame for frame in frames if "coachlog" in frame.filename] or frames
            if ours:
                frame = ours[-1]
                where = f" ({Path(frame.filename).name}:{frame.lineno})"
        kind = type(error).__name__ if error is not None else "error"
        self.bell()
        self._exit_renderables.append(Text(self.tr(
            "coachlog stopped on an unexpected error ({kind}). Your journal is safe: everything that was saved "
            "is in it. Report the error without names or notes.", kind=kind + where)))
        self._close_messages_no_wait()

    def on_unmount(self) -> None:
        if self.journal is not None:
            self.journal.close()
            self.journal = None
