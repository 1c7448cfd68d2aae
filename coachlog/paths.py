"""Where coachlog keeps its files.

platformdirs gives each system's usual place; ``COACHLOG_HOME`` overrides all of them
(tests and portable installs use it), and ``--journal PATH`` overrides the journal alone.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from coachlog.i18n import N_

JOURNAL_FILENAME = "journal.coachlog"
CONFIG_FILENAME = "config.toml"


@dataclass(frozen=True)
class Paths:
    journal: Path
    config: Path
    backups: Path
    schedules: Path
    reports: Path  # where the app writes a report unless the coach names another file

    @property
    def config_dir(self) -> Path:
        return self.config.parent


def resolve_paths(journal: str | os.PathLike[str] | None = None) -> Paths:
    home = os.environ.get("COACHLOG_HOME")
    if home:
        base = Path(home).expanduser()
        data_dir = config_dir = base
    else:
        import platformdirs

        data_dir = Path(platformdirs.user_data_dir("coachlog", appauthor=False))
        config_dir = Path(platformdirs.user_config_dir("coachlog", appauthor=False))
    try:
        journal_path = Path(journal).expanduser() if journal else data_dir / JOURNAL_FILENAME
    except RuntimeError:  # ~name of a user this system does not know
        from coachlog.errors import InvalidInput

        raise InvalidInput("--journal", journal, N_("no such user's home folder; give the path in full")) from None
    # Backups sit beside the journal they belong to, so --journal elsewhere keeps its own.
    backups = journal_path.parent / "backups" if journal else data_dir / "backups"
    reports = journal_path.parent / "reports" if journal else data_dir / "reports"
    return Paths(
        journal=journal_path.absolute(),
        config=(config_dir / CONFIG_FILENAME).absolute(),
        backups=backups.absolute(),
        schedules=(config_dir / "schedules").absolute(),
        reports=reports.absolute(),
    )
