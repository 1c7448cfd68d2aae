"""``coachlog worker ...`` and ``coachlog employer ...``: the people a coach works with."""

from __future__ import annotations

import argparse

from coachlog.cli.commands.journal_files import erase_worker
from coachlog.cli.context import Context
from coachlog.cli.main import EXIT_OK
from coachlog.cli.output import confirm, print_table, say
from coachlog.errors import InvalidInput, shown


def _archive_flag(args: argparse.Namespace) -> bool | None:
    if args.archive and args.unarchive:
        raise InvalidInput("--archive", "with --unarchive", "give one of the two")
    return False if args.archive else True if args.unarchive else None


def cmd_worker(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        worker = app.add_worker(args.name)
        say(f"Added worker {worker.name}")
    elif args.verb == "list":
        workers = app.list_workers(include_inactive=args.all)
        print_table(
            ["name", "status"],
            [[w.name, "active" if w.active else "archived"] for w in workers],
            "No workers yet. Add one: coachlog worker add \"Name\"",
        )
    elif args.verb == "edit":
        worker = app.edit_worker(args.name, name=args.new_name, active=_archive_flag(args))
        say(f"Saved worker {worker.name}{'' if worker.active else ' (archived)'}")
    elif args.verb == "remove":
        if not confirm(f"Remove worker {shown(args.name)}?", args.yes):
            say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_worker(args.name)
        say(f"Removed worker {removed.name} (coachlog undo brings it back)")
    elif args.verb == "erase":
        return erase_worker(ctx)
    return EXIT_OK


def cmd_employer(ctx: Context) -> int:
    args, app = ctx.args, ctx.app
    if args.verb == "add":
        employer = app.add_employer(args.name, contact=args.contact or "")
        say(f"Added employer {employer.name}")
    elif args.verb == "list":
        employers = app.list_employers(include_inactive=args.all)
        print_table(
            ["name", "contact", "status"],
            [[e.name, e.contact, "active" if e.active else "archived"] for e in employers],
            "No employers yet. Add one: coachlog employer add \"Name\"",
        )
    elif args.verb == "edit":
        employer = app.edit_employer(args.name, name=args.new_name, contact=args.contact, active=_archive_flag(args))
        say(f"Saved employer {employer.name}")
    elif args.verb == "remove":
        if not confirm(f"Remove employer {shown(args.name)}?", args.yes):
            say("Nothing was removed.")
            return EXIT_OK
        removed = app.remove_employer(args.name)
        say(f"Removed employer {removed.name} (coachlog undo brings it back)")
    return EXIT_OK
