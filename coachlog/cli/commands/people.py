"""``coachlog worker ...`` and ``coachlog employer ...``: the people a coach works with."""

from __future__ import annotations

import argparse

from coachlog.cli.commands.journal_files import erase_worker
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, print_table, say
from coachlog.errors import InvalidInput, shown
from coachlog.i18n import N_, t


def _archive_flag(args: argparse.Namespace) -> bool | None:
    if args.archive and args.unarchive:
        raise InvalidInput("--archive", "with --unarchive", "give one of the two")
    return False if args.archive else True if args.unarchive else None


def cmd_worker(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        worker = app.add_worker(args.name)
        say(t("Added worker {name}", name=worker.name))
    elif args.verb == "list":
        workers = app.list_workers(include_inactive=args.all)
        print_table(
            [N_("name"), N_("status")],
            [[w.name, t("active") if w.active else t("archived")] for w in workers],
            t("No workers yet. Add one: coachlog worker add \"Name\""),
        )
    elif args.verb == "edit":
        worker = app.edit_worker(args.name, name=args.new_name, active=_archive_flag(args))
        say(t("Saved worker {name}{archived}", name=worker.name, archived="" if worker.active else t(" (archived)")))
    elif args.verb == "remove":
        if not confirm(t("Remove worker {name}?", name=shown(args.name)), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        removed = app.remove_worker(args.name)
        say(t("Removed worker {name} (coachlog undo brings it back)", name=removed.name))
    elif args.verb == "erase":
        return erase_worker(ctx)
    return EXIT_OK


def cmd_employer(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        employer = app.add_employer(args.name, contact=args.contact or "")
        say(t("Added employer {name}", name=employer.name))
    elif args.verb == "list":
        employers = app.list_employers(include_inactive=args.all)
        print_table(
            [N_("name"), N_("contact"), N_("status")],
            [[e.name, e.contact, t("active") if e.active else t("archived")] for e in employers],
            t("No employers yet. Add one: coachlog employer add \"Name\""),
        )
    elif args.verb == "edit":
        employer = app.edit_employer(args.name, name=args.new_name, contact=args.contact, active=_archive_flag(args))
        say(t("Saved employer {name}", name=employer.name))
    elif args.verb == "remove":
        if not confirm(t("Remove employer {name}?", name=shown(args.name)), args.yes):
            say(t("Nothing was removed."))
            return EXIT_OK
        removed = app.remove_employer(args.name)
        say(t("Removed employer {name} (coachlog undo brings it back)", name=removed.name))
    return EXIT_OK
