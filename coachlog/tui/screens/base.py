"""The base of every screen and dialog: the app typed as :class:`CoachlogApp` (screens
reach the unlocked services, the translator and the clock through it) and the one way a
load that failed is told."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeVar, cast

from textual.screen import ModalScreen, Screen

from coachlog.i18n import N_

if TYPE_CHECKING:
    from coachlog.i18n import Translator
    from coachlog.services import Coachlog
    from coachlog.services.insights import Insights
    from coachlog.tui.app import CoachlogApp

ResultType = TypeVar("ResultType")
T = TypeVar("T")
# What a screen says when something other than a refusal went wrong.
UNEXPECTED = N_("Unexpected error ({kind}); nothing more was changed.")


class JournalClosed(RuntimeError):
    """The journal was locked while a screen's work was under way: there are no use cases
    to call (the work stops; :meth:`_CoachlogParts.failed` stays quiet about it)."""


def _unlocked(value: T | None) -> T:
    if value is None:
        raise JournalClosed("the journal is locked")
    return value


class _CoachlogParts:
    """What a screen or dialog of coachlog asks of its app (mixed into both bases)."""

    @property
    def coach_app(self) -> CoachlogApp:
        return cast("CoachlogApp", cast(Any, self).app)

    @property
    def tr(self) -> Translator:
        return self.coach_app.tr

    @property
    def service(self) -> Coachlog:
        """The unlocked journal's use cases (JournalClosed once it is locked)."""
        return _unlocked(self.coach_app.coachlog)

    @property
    def insights(self) -> Insights:
        """Budgets, signals and reports of the unlocked journal (JournalClosed once locked)."""
        return _unlocked(self.coach_app.insights)

    def failed(self, error: Exception) -> None:
        """A load that failed: quiet when the journal was locked meanwhile, else one notice
        (a coachlog error says what was wrong; anything else only its kind, no data)."""
        from coachlog.errors import CoachlogError

        app = self.coach_app
        if app.journal is None:
            return
        text = str(error) if isinstance(error, CoachlogError) else self.tr(UNEXPECTED, kind=type(error).__name__)
        app.notify(text, severity="error", timeout=10)


class CoachlogScreen(_CoachlogParts, Screen[ResultType]):
    """A full screen of coachlog."""


class CoachlogModal(_CoachlogParts, ModalScreen[ResultType]):
    """A dialog of coachlog, over the screen it was opened from."""
