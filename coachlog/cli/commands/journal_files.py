"""The journal's files: ``coachlog paths``, ``passwd``, ``backup``, ``restore``, and
``worker erase`` (which also finds the backups that still hold the person erased)."""

from __future__ import annotations

from coachlog.cli.arguments import input_file
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, print_table, say, tty
from coachlog.errors import CoachlogError, shown


def cmd_paths(ctx: Context) -> int:
    paths = ctx.paths
    say(f"journal   {paths.journal}")
    say(f"config    {paths.config}")
    say(f"backups   {paths.backups}")
    say(f"schedules {paths.schedules}")
    return EXIT_OK


def cmd_passwd(ctx: Context) -> int:
    from coachlog.passphrase import ENV_NEW_PASSPHRASE, new_passphrase
    from coachlog.services import journal as journals

    journal = ctx.journal
    secret = new_passphrase("journal", env=ENV_NEW_PASSPHRASE)
    journals.change_passphrase(journal, secret)
    say(f"The passphrase of {journal.path} was changed; the old one no longer opens it.")
    say("Backups made before now still open with the old passphrase.", err=True)
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from coachlog.services import journal as journals

    if ctx.args.list:
        # Listing removes what interrupted backups left first.
        rows = [[p.name, f"{p.stat().st_size // 1024} KiB"]
                for p in journals.list_backups(ctx.paths.journal, ctx.paths.backups)]
        print_table(["backup", "size"], rows, f"No backups in {ctx.paths.backups}")
        return EXIT_OK
    result = journals.backup(ctx.journal, ctx.paths.backups, keep=ctx.args.keep)
    say(f"Backup written and verified: {result.path} ({result.entries} entries)")
    for removed in result.removed:
        say(f"Removed old backup {removed.name}")
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from coachlog import passphrase
    from coachlog.services import journal as journals

    source = input_file(ctx.args.file, "file", "a backup (see coachlog backup --list)")
    if not source.exists():
        raise CoachlogError(f"no backup at {source}; see coachlog backup --list")
    entries = passphrase.unlock(source, lambda secret: journals.verify_backup(source, secret))
    target = ctx.paths.journal
    if not confirm(f"Replace {target} with {source.name} ({entries} entries)?", ctx.args.yes):
        say("Nothing was restored.")
        return EXIT_OK
    kept = journals.restore(source, target, ctx.paths.backups)
    say(f"Restored {source.name} to {target}")
    if kept:
        say(f"The journal it replaced was kept as {kept}")
    return EXIT_OK


def erase_worker(ctx: Context) -> int:
    from coachlog.errors import SpaceNotReclaimed
    from coachlog.services import journal as journals

    args, app = ctx.args, ctx.app
    question = (f"Erase worker {shown(args.name)} and every entry, goal, grant, ladder step and absence about "
                "them? This cannot be undone.")
    if not confirm(question, args.yes):
        say("Nothing was erased.")
        return EXIT_OK
    not_reclaimed = None
    try:
        worker, counts = app.erase_worker(args.name)
    except SpaceNotReclaimed as error:
        # The erase is saved; only rebuilding the file failed. Report the erase and check
        # the backups as usual, then say what was not done (exit 1).
        assert error.worker is not None  # the service names the worker it erased
        worker, counts, not_reclaimed = error.worker, error.counts, error
    done = ", ".join(f"{n} {label}" for label, n in counts.items() if n and label not in {"worker", "undo log"})
    say(f"Erased {worker.name}" + (f" ({done})" if done else "") + "; the undo history was cleared.")
    scan = journals.backups_holding(app, worker, ctx.paths.backups)
    if scan.removed:
        say(f"Removed {len(scan.removed)} unfinished file(s) an interrupted coachlog had left "
            f"(they could hold {worker.name}):")
        for leftover in scan.removed:
            say(f"  {leftover}")
    for busy in scan.busy:
        say(f"Another coachlog is writing {busy} right now; it may hold {worker.name}. "
            "When it is done, delete the file it becomes, or run coachlog backup --list to see it.")
    for backup in scan.unreadable:
        say(f"Could not check backup {backup.name} (another passphrase); it may still hold {worker.name}.")
    if scan.holding:
        say(f"These backups still hold {worker.name} (by name, or under an earlier name):")
        for backup in scan.holding:
            say(f"  {backup}")
        purge = args.purge_backups or (tty() and confirm(f"Delete these {len(scan.holding)} backup(s) too?", False))
        if purge:
            say(f"Deleted {journals.delete_backups(scan.holding)} backup(s).")
        else:
            say("Kept them; run again with --purge-backups to delete them.")
    if not_reclaimed is not None:
        say(f"coachlog: {not_reclaimed}", err=True)
        return not_reclaimed.exit_code
    return EXIT_OK
