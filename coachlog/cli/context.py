"""What a command gets: ``Context`` (the parsed arguments and, opened when first asked for,
the journal and the services on it), and the day and the time as commands see them."""

from __future__ import annotations

import argparse
import os
from datetime import date, datetime
from typing import TYPE_CHECKING

from coachlog.cli import opening
from coachlog.cli.output import say
from coachlog.i18n import t

# Names only, for the annotations: what they name is imported when a command first needs it.
if TYPE_CHECKING:
    from coachlog.config import Config
    from coachlog.paths import Paths
    from coachlog.protocols import Schedules
    from coachlog.services import Coachlog
    from coachlog.services.journal import Journal


class Context:
    """What a command needs: the parsed arguments and, lazily, the open journal."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self._journal: Journal | None = None
        self._app: Coachlog | None = None

    @property
    def paths(self) -> Paths:
        from coachlog.paths import resolve_paths

        return resolve_paths(self.args.journal)

    @property
    def app(self) -> Coachlog:
        if self._app is None:
            # The journal first: its key is derived while the storage stack is imported.
            self._journal = opening.open_journal(self.paths)  # looked up now: the seam tests replace
            from coachlog.services.journal import coachlog_for

            self._app = coachlog_for(self._journal, today=current_date, schedules=self.schedules)
        return self._app

    @property
    def schedules(self) -> Schedules:
        """Built-in schedules plus the coach's own; a broken file is reported, the rest load."""
        from coachlog.protocols import load_schedules

        loaded = load_schedules(self.paths.schedules)
        for problem in loaded.problems:
            say(t("coachlog: schedule skipped: {problem}", problem=problem), err=True)
        return loaded

    @property
    def config(self) -> Config:
        from coachlog.config import load_config

        return load_config(self.paths.config)

    @property
    def journal(self) -> Journal:
        _ = self.app
        assert self._journal is not None  # opened with the app
        return self._journal

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()

    @property
    def today(self) -> date:
        return current_date()


def current_date() -> date:
    # COACHLOG_TODAY pins "today" for tests and demos; a coach never needs it.
    pinned = os.environ.get("COACHLOG_TODAY")
    return date.fromisoformat(pinned) if pinned else date.today()


def wall_clock() -> datetime:
    """The wall clock, on the pinned day when COACHLOG_TODAY is set."""
    return datetime.combine(current_date(), datetime.now().time())
