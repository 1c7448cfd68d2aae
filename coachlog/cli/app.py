"""``coachlog`` with no command: the terminal app, on the coach's journal or (``--demo``)
on a throwaway journal of made-up people."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from coachlog.cli.context import Context, current_date, wall_clock
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import say_error
from coachlog.errors import CoachlogError

if TYPE_CHECKING:
    from coachlog.services.journal import Journal

DEMO_PASSPHRASE = "demo"


def run_app(ctx: Context) -> int:
    """``coachlog`` with no command: the terminal app (``--demo``: on a throwaway journal)."""
    import shutil
    import tempfile

    from coachlog.i18n import detect_language
    from coachlog.tui.app import CoachlogApp

    args = ctx.args
    try:
        config = ctx.config
    except CoachlogError as error:
        say_error(error)
        return error.exit_code
    paths = ctx.paths
    options: dict[str, Any] = dict(
        backups=paths.backups, reports=paths.reports, config_path=paths.config, schedules_dir=paths.schedules,
        language=detect_language(args.lang, config.language), theme=config.theme,
        coach=(config.coach_name, config.organisation), today=current_date, now=wall_clock,
        lock_minutes=config.lock_minutes,
    )
    demo_dir = None
    if args.demo:
        # A throwaway journal of synthetic people, removed when the app closes.
        demo_dir = Path(tempfile.mkdtemp(prefix="coachlog-demo-"))
        journal_path = demo_dir / "demo.coachlog"
        options.update(demo_passphrase=DEMO_PASSPHRASE, demo_fill=_demo_fill, backups=demo_dir / "backups",
                       reports=demo_dir / "reports", config_path=None)
    else:
        journal_path = paths.journal
    app = CoachlogApp(journal_path, **options)
    try:
        app.run()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
    return app.return_code or EXIT_OK


def _demo_fill(journal: Journal) -> None:
    from coachlog import demo
    from coachlog.services.journal import coachlog_for

    demo.fill(coachlog_for(journal, today=current_date), current_date())
