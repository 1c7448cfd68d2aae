"""The journal's files: ``coachlog paths``, ``passwd``, ``backup``, ``restore``, and
``worker erase`` (which also finds the backups that still hold the person erased)."""

from __future__ import annotations

from coachlog.cli.arguments import input_file
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, counted, print_table, say, tty
from coachlog.errors import CoachlogError, shown
from coachlog.i18n import N_, t, tn


def cmd_paths(ctx: Context) -> int:
    paths = ctx.paths
    say(t("journal   {journal}", journal=paths.journal))
    say(t("config    {config}", config=paths.config))
    say(t("backups   {backups}", backups=paths.backups))
    say(t("schedules {schedules}", schedules=paths.schedules))
    say(t("reports   {reports}", reports=paths.reports))
    return EXIT_OK


def cmd_passwd(ctx: Context) -> int:
    from coachlog.passphrase import ENV_NEW_PASSPHRASE, FOR_JOURNAL, new_passphrase
    from coachlog.services import journal as journals

    journal = ctx.journal
    secret = new_passphrase(FOR_JOURNAL, env=ENV_NEW_PASSPHRASE)
    journals.change_passphrase(journal, secret)
    say(t("The passphrase of {path} was changed; the old one no longer opens it.", path=journal.path))
    say(t("Backups made before now still open with the old passphrase."), err=True)
    return EXIT_OK


def cmd_backup(ctx: Context) -> int:
    from coachlog.services import journal as journals

    if ctx.args.list:
        # Listing removes what interrupted backups left first.
        rows = [[p.name, f"{p.stat().st_size // 1024} KiB"]
                for p in journals.list_backups(ctx.paths.journal, ctx.paths.backups)]
        print_table([N_("backup"), N_("size")], rows, t("No backups in {backups}", backups=ctx.paths.backups))
        return EXIT_OK
    result = journals.backup(ctx.journal, ctx.paths.backups, keep=ctx.args.keep)
    say(tn("Backup written and verified: {path} ({entries} entry)",
           "Backup written and verified: {path} ({entries} entries)", result.entries,
           path=result.path, entries=result.entries))
    for removed in result.removed:
        say(t("Removed old backup {name}", name=removed.name))
    return EXIT_OK


def cmd_restore(ctx: Context) -> int:
    from coachlog import passphrase
    from coachlog.services import journal as journals

    source = input_file(ctx.args.file, "file", N_("a backup (see coachlog backup --list)"))
    if not source.exists():
        raise CoachlogError(t("no backup at {source}; see coachlog backup --list", source=source))
    entries = passphrase.unlock(source, lambda secret: journals.verify_backup(source, secret))
    target = ctx.paths.journal
    question = tn("Replace {target} with {name} ({entries} entry)?",
                  "Replace {target} with {name} ({entries} entries)?", entries,
                  target=target, name=source.name, entries=entries)
    if not confirm(question, ctx.args.yes):
        say(t("Nothing was restored."))
        return EXIT_OK
    kept = journals.restore(source, target, ctx.paths.backups)
    say(t("Restored {name} to {target}", name=source.name, target=target))
    if kept:
        say(t("The journal it replaced was kept as {kept}", kept=kept))
    return EXIT_OK


def erase_worker(ctx: Context) -> int:
    from coachlog.errors import SpaceNotReclaimed
    from coachlog.services import journal as journals

    args, app = ctx.args, ctx.app
    question = t("Erase worker {name} and every entry, goal, grant, ladder step and absence about them? This cannot "
                 "be undone.", name=shown(args.name))
    if not confirm(question, args.yes):
        say(t("Nothing was erased."))
        return EXIT_OK
    not_reclaimed = None
    try:
        worker, counts = app.erase_worker(args.name)
    except SpaceNotReclaimed as error:
        # The erase is saved; only rebuilding the file failed. Report the erase and check
        # the backups as usual, then say what was not done (exit 1).
        assert error.worker is not None  # the service names the worker it erased
        worker, counts, not_reclaimed = error.worker, error.counts, error
    done = ", ".join(counted(label, n) for label, n in counts.items() if n and label not in {"worker", "undo log"})
    say(t("Erased {name} ({done}); the undo history was cleared.", name=worker.name, done=done) if done
        else t("Erased {name}; the undo history was cleared.", name=worker.name))
    scan = journals.backups_holding(app, worker, ctx.paths.backups)
    if scan.removed:
        say(tn("Removed {count} unfinished file an interrupted coachlog had left (it could hold {name}):",
               "Removed {count} unfinished files an interrupted coachlog had left (they could hold {name}):",
               len(scan.removed),
              count=len(scan.removed), name=worker.name))
        for leftover in scan.removed:
            say(f"  {leftover}")
    for busy in scan.busy:
        say(t("Another coachlog is writing {busy} right now; it may hold {name}. When it is done, delete the file it "
              "becomes, or run coachlog backup --list to see it.", busy=busy, name=worker.name))
    for backup in scan.unreadable:
        say(t("Could not check backup {backup} (another passphrase); it may still hold {worker}.",
              backup=backup.name, worker=worker.name))
    if scan.holding:
        count = len(scan.holding)
        say(tn("This backup still holds {name} (by name, or under an earlier name):",
               "These backups still hold {name} (by name, or under an earlier name):", count, name=worker.name))
        for backup in scan.holding:
            say(f"  {backup}")
        question = tn("Delete this backup too?", "Delete these {count} backups too?", count, count=count)
        purge = args.purge_backups or (tty() and confirm(question, False))
        if purge:
            deleted = journals.delete_backups(scan.holding)
            say(tn("Deleted {count} backup.", "Deleted {count} backups.", deleted, count=deleted))
        else:
            say(t("Kept them; run again with --purge-backups to delete them."))
    if not_reclaimed is not None:
        say(f"coachlog: {not_reclaimed}", err=True)
        return not_reclaimed.exit_code
    return EXIT_OK
