"""The command line's words: argparse, built for what is typed.

``parse`` builds only what a run needs: the options before a command, and then only that
command's sub-parser (of ``COMMANDS``), not the 57 others. A command's function is found
when it runs (``_handler``), so running one imports only its own module under
``coachlog.cli.commands``."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from coachlog import __version__
from coachlog.cli.arguments import count_arg, goal_id_arg, id_arg
from coachlog.domain.text import visible
from coachlog.i18n import N_, t

if TYPE_CHECKING:
    from coachlog.cli.context import Context


def _handler(module: str, function: str) -> Callable[[Context], int]:
    """The command ``function`` of ``coachlog.cli.commands.<module>``, looked up when the
    command runs: only that module is imported, and a test that replaces the function there
    replaces it for the command line."""

    def handler(ctx: Context) -> int:
        from importlib import import_module

        command: Callable[[Context], int] = getattr(import_module(f"coachlog.cli.commands.{module}"), function)
        return command(ctx)

    handler.__qualname__ = handler.__name__ = f"{module}.{function}"
    return handler


def _verbs(sub: Any, noun: str, help_text: str, handler: Callable[[Context], int]) -> Any:
    parser = sub.add_parser(noun, help=t(help_text), description=t(help_text))
    parser.set_defaults(handler=handler)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB", required=True)
    return verbs


def _yes(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--yes", "-y", action="store_true", help=t("do not ask for confirmation"))


def _archive(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--archive", action="store_true", help=t("hide from lists, keep the history"))
    parser.add_argument("--unarchive", action="store_true", help=t("show in lists again"))


def _entry_options(parser: argparse.ArgumentParser, *, editing: bool) -> None:
    parser.add_argument("--worker", "-w", action="append" if not editing else "store",
                        help=t("worker (werknemer); repeat for a group session, split evenly"))
    parser.add_argument("--employer", "-e", help=t("employer (werkgever); default: the worker's employment"))
    parser.add_argument("--with", dest="with_whom", help=t("werknemer, werkgever, netwerk or niemand"))
    parser.add_argument("--activity", "-a", help=t("e.g. begeleiding, inwerken, crisis, evaluatie, administratie"))
    parser.add_argument("--mode", "-m", help=t("op locatie, gesprek, telefoon, e-mail or video"))
    parser.add_argument("--start", help=t("start time, e.g. 9:30"))
    parser.add_argument("--goal", type=goal_id_arg if editing else id_arg,
                        help=t("the goal id this time served (0 or none: no goal)") if editing
                        else t("the goal id this time served"))
    parser.add_argument("--note", "-n", help=t("a short factual note (shows in reports)"))
    parser.add_argument("--private-note", help=t("a note for yourself only: never exported, never in a report"))
    parser.add_argument("--travel", help=t("travel time, e.g. 30m (never billed as UWV hours)"))
    parser.add_argument("--km", help=t("travel distance in km, e.g. 12,5"))
    billable = parser.add_mutually_exclusive_group()
    billable.add_argument("--billable", dest="billable", action="store_true", default=None)
    billable.add_argument("--not-billable", dest="billable", action="store_false")
    parser.add_argument("--force", action="store_true", help=t("log even outside the worker's employment"))


# Every command, in the order of the help (a test holds build_parser() to it).
COMMANDS = (
    "paths", "worker", "employer", "employment", "funder", "grant", "goal", "log", "entries", "edit", "delete", "undo",
    "timer", "ladder", "absence", "export", "import", "status", "budget", "report", "passwd", "backup", "restore",
)


class _Parser(argparse.ArgumentParser):
    """argparse, printing what it prints (a usage error quotes the words typed) as text:
    control characters in them visible, like every other line of the command line."""

    def _print_message(self, message: str, file: Any = None) -> None:
        super()._print_message(visible(message, keep_newlines=True) if message else message, file)


def build_parser(*, commands: bool = True, only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; ``commands=False``: only the options before a command (the
    app's start needs no more, and building every sub-command costs ~10 ms of the prompt);
    ``only``: the options and that one command (of COMMANDS), for running it: the other
    57 sub-parsers cost ~15 ms of every command's start."""

    def wanted(name: str) -> bool:
        return only is None or only == name
    parser = _Parser(
        prog="coachlog",
        description=t("The offline, encrypted logbook for job coaches."),
        epilog=t("Example: coachlog log gisteren 1u30 --worker Sanne --with werkgever --activity begeleiding"),
    )
    parser.add_argument("--version", action="version", version=f"coachlog {__version__}",
                        help=t("show coachlog's version and stop"))
    parser.add_argument("--journal", metavar="PATH", help=t("the journal file (default: see coachlog paths)"))
    parser.add_argument("--debug", action="store_true", help=t("show a traceback on an unexpected error"))
    parser.add_argument("--lang", choices=("nl", "en"), help=t("language of the app and the command line (default: "
                                                               "config, then system)"))
    parser.add_argument("--demo", action="store_true",
                        help=t("open the app on a throwaway journal of made-up people, to try everything"))
    if not commands:
        return parser
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    if wanted("paths"):
        p = sub.add_parser("paths", help=t("where the journal, config and backups are"))
        p.set_defaults(handler=_handler("journal_files", "cmd_paths"), needs_journal=False)

    if wanted("worker"):
        verbs = _verbs(sub, "worker", N_("add, list, edit and remove workers (werknemers)"),
                       _handler("people", "cmd_worker"))
        verbs.add_parser("add", help=t("add a worker")).add_argument("name")
        p = verbs.add_parser("list", help=t("list workers"))
        p.add_argument("--all", action="store_true", help=t("include archived workers"))
        p = verbs.add_parser("edit", help=t("rename or archive a worker"))
        p.add_argument("name")
        p.add_argument("--name", dest="new_name", help=t("the new name"))
        _archive(p)
        p = verbs.add_parser("remove", help=t("remove a worker without history"))
        p.add_argument("name")
        _yes(p)
        p = verbs.add_parser("erase", help=t("erase a worker and all about them (right to be forgotten; no undo)"))
        p.add_argument("name", help=t("the full name"))
        p.add_argument("--purge-backups", action="store_true", help=t("also delete the backups that still hold them"))
        _yes(p)

    if wanted("employer"):
        verbs = _verbs(sub, "employer", N_("add, list, edit and remove employers (werkgevers)"),
                       _handler("people", "cmd_employer"))
        p = verbs.add_parser("add", help=t("add an employer"))
        p.add_argument("name")
        p.add_argument("--contact", help=t("contact person or phone"))
        p = verbs.add_parser("list", help=t("list employers"))
        p.add_argument("--all", action="store_true", help=t("include archived employers"))
        p = verbs.add_parser("edit", help=t("rename, change contact or archive"))
        p.add_argument("name")
        p.add_argument("--name", dest="new_name")
        p.add_argument("--contact")
        _archive(p)
        p = verbs.add_parser("remove", help=t("remove an employer without history"))
        p.add_argument("name")
        _yes(p)

    if wanted("employment"):
        verbs = _verbs(sub, "employment", N_("employments (dienstbetrekkingen): worker x employer"),
                       _handler("employments", "cmd_employment"))
        p = verbs.add_parser("add", help=t("add an employment"))
        p.add_argument("--worker", "-w", required=True)
        p.add_argument("--employer", "-e", required=True)
        p.add_argument("--start", required=True, help=t("first day, e.g. 01-03-2026"))
        p.add_argument("--hours", required=True, help=t("contract hours per week (1-60)"))
        p.add_argument("--kind", default="contract", help=t("contract, proefplaatsing or bbl"))
        p.add_argument("--end", help=t("last day, if known"))
        p.add_argument("--loonwaarde", help=t("wage value in percent"))
        p.add_argument("--anchor", help=t("count employment years from this date (default: the start)"))
        p = verbs.add_parser("list", help=t("list employments"))
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("edit", help=t("change dates, kind, loonwaarde or year anchor"))
        p.add_argument("id", type=id_arg)
        p.add_argument("--start")
        p.add_argument("--end", help=t("last day, or 'none'"))
        p.add_argument("--kind")
        p.add_argument("--loonwaarde")
        p.add_argument("--anchor")
        p = verbs.add_parser("hours", help=t("record a change of contract hours from a date on"))
        p.add_argument("id", type=id_arg)
        p.add_argument("--from", dest="valid_from", required=True)
        p.add_argument("--hours", required=True)
        p = verbs.add_parser("remove", help=t("remove an employment without grants"))
        p.add_argument("id", type=id_arg)
        _yes(p)

    if wanted("funder"):
        verbs = _verbs(sub, "funder", N_("funders (opdrachtgevers) and their tariffs"),
                       _handler("funding", "cmd_funder"))
        p = verbs.add_parser("add", help=t("add a funder"))
        p.add_argument("name")
        p.add_argument("--kind", required=True, help=t("uwv-extern, uwv-intern, gemeente or private"))
        p.add_argument("--reference", help=t("your reference or contract number with this funder"))
        verbs.add_parser("list", help=t("list funders"))
        p = verbs.add_parser("edit", help=t("change a funder"))
        p.add_argument("name")
        p.add_argument("--name", dest="new_name")
        p.add_argument("--kind")
        p.add_argument("--reference")
        p = verbs.add_parser("tariff", help=t("set the hourly tariff (excl. BTW) from a date on"))
        p.add_argument("name")
        p.add_argument("--from", dest="valid_from", required=True)
        p.add_argument("--rate", required=True, help=t("euros per hour excl. BTW, e.g. 74,78"))
        p = verbs.add_parser("tariffs", help=t("list a funder's tariffs"))
        p.add_argument("name")
        p = verbs.add_parser("remove", help=t("remove a funder without grants"))
        p.add_argument("name")
        _yes(p)

    if wanted("grant"):
        verbs = _verbs(sub, "grant", N_("grants (toekenningen)"), _handler("funding", "cmd_grant"))
        p = verbs.add_parser("add", help=t("add a grant for an employment"))
        p.add_argument("--employment", type=id_arg, required=True, help=t("employment id (coachlog employment list)"))
        p.add_argument("--funder", "-f", required=True)
        p.add_argument("--start", required=True)
        p.add_argument("--regime", help=t("zeer-licht, licht, midden or intensief"))
        p.add_argument("--hours", help=t("granted hours per period (the hard cap), if the decision states them"))
        p.add_argument("--schedule", help=t("schedule id (default: by the funder's kind)"))
        p.add_argument("--period-months", type=count_arg, help=t("months per period (default: 6, UWV intern 12)"))
        p.add_argument("--periods", type=count_arg, help=t("number of periods (default: 6, UWV intern 3)"))
        p.add_argument("--reference", help=t("the funder's reference for this grant"))
        p = verbs.add_parser("list", help=t("list grants"))
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("edit", help=t("change a grant"))
        p.add_argument("id", type=id_arg)
        p.add_argument("--regime", help=t("a regime, or 'none'"))
        p.add_argument("--hours", help=t("granted hours per period, or 'none'"))
        p.add_argument("--start")
        p.add_argument("--schedule")
        p.add_argument("--period-months", type=count_arg)
        p.add_argument("--periods", type=count_arg)
        p.add_argument("--reference")
        p = verbs.add_parser("remove", help=t("remove a grant without goals"))
        p.add_argument("id", type=id_arg)
        _yes(p)

    if wanted("goal"):
        verbs = _verbs(sub, "goal", N_("goals (coachingsdoelen) per grant and period"), _handler("funding", "cmd_goal"))
        p = verbs.add_parser("add", help=t("add a goal"))
        p.add_argument("--grant", type=id_arg, required=True)
        p.add_argument("--period", type=count_arg, help=t("period number (default: the current one)"))
        p.add_argument("text")
        p = verbs.add_parser("list", help=t("list a grant's goals"))
        p.add_argument("--grant", type=id_arg, required=True)
        p = verbs.add_parser("edit", help=t("change a goal's text, status or period"))
        p.add_argument("id", type=id_arg)
        p.add_argument("--text")
        p.add_argument("--status", help=t("open, reached, partly or not-reached"))
        p.add_argument("--period", type=count_arg)
        p = verbs.add_parser("remove", help=t("remove a goal no entry points to"))
        p.add_argument("id", type=id_arg)
        _yes(p)

    if wanted("log"):
        p = sub.add_parser("log", help=t("record time in one line"),
                           description=t("Record time: coachlog log [DATE] DURATION --worker NAME ..."))
        p.add_argument("when", nargs="*", metavar="[DATE] DURATION",
                       help=t("date (default today: vandaag, gisteren, maandag, 23-11-2026) and duration (1u30, 90m, "
                              "1:30)"))
        p.add_argument("--end", help=t("end time; with --start instead of a duration"))
        _entry_options(p, editing=False)
        p.set_defaults(handler=_handler("entries", "cmd_log"))

    if wanted("entries"):
        p = sub.add_parser("entries", help=t("list entries (default: this week)"))
        p.add_argument("--from", dest="date_from")
        p.add_argument("--to", dest="date_to")
        # Several words: "--month oktober 2026" as the README writes it, without quotes.
        p.add_argument("--month", nargs="+", metavar="MONTH", help=t("e.g. 2026-10 or oktober 2026"))
        p.add_argument("--all", action="store_true", help=t("every entry"))
        p.add_argument("--worker", "-w")
        p.add_argument("--employer", "-e")
        p.add_argument("--format", choices=("table", "csv", "json"), default="table")
        p.set_defaults(handler=_handler("entries", "cmd_entries"))

    if wanted("edit"):
        p = sub.add_parser("edit", help=t("change an entry"))
        p.add_argument("id", type=id_arg)
        p.add_argument("--date")
        p.add_argument("--duration")
        _entry_options(p, editing=True)
        p.set_defaults(handler=_handler("entries", "cmd_edit"))

    if wanted("delete"):
        p = sub.add_parser("delete", help=t("delete an entry"))
        p.add_argument("id", type=id_arg)
        _yes(p)
        p.set_defaults(handler=_handler("entries", "cmd_delete"))

    if wanted("undo"):
        p = sub.add_parser("undo", help=t("undo the last change"))
        p.set_defaults(handler=_handler("entries", "cmd_undo"))

    if wanted("timer"):
        verbs = _verbs(sub, "timer", N_("a timer that keeps running when you close coachlog"),
                       _handler("entries", "cmd_timer"))
        p = verbs.add_parser("start", help=t("start the timer"))
        p.add_argument("--worker", "-w")
        p.add_argument("--with", dest="with_whom")
        p.add_argument("--activity", "-a")
        p.add_argument("--note", "-n")
        p = verbs.add_parser("stop", help=t("stop the timer and log the time"))
        p.add_argument("--discard", action="store_true", help=t("stop without logging"))
        p.add_argument("--employer", "-e", help=t("the employer of the entry, when the worker has two that day"))
        p.add_argument("--force", action="store_true", help=t("log it even outside the worker's employment"))
        verbs.add_parser("status", help=t("is a timer running?"))

    if wanted("ladder"):
        verbs = _verbs(sub, "ladder", N_("participatieladder: record and show steps"), _handler("ladder", "cmd_ladder"))
        p = verbs.add_parser("add", help=t("record a measurement"))
        p.add_argument("worker")
        p.add_argument("step", help=t("trede 1-6"))
        p.add_argument("--date", help=t("default today"))
        p.add_argument("--expected", help=t("expected trede (groeipotentieel)"))
        p.add_argument("--horizon", help=t("when the expected trede should be reached"))
        p.add_argument("--note")
        p = verbs.add_parser("show", help=t("a worker's steps over time"))
        p.add_argument("worker")
        p = verbs.add_parser("remove", help=t("remove a measurement"))
        p.add_argument("id", type=id_arg)
        _yes(p)

    if wanted("absence"):
        verbs = _verbs(sub, "absence", N_("absences: illness and holidays (no coaching hours)"),
                       _handler("ladder", "cmd_absence"))
        p = verbs.add_parser("add", help=t("record an absence"))
        p.add_argument("worker")
        p.add_argument("--from", dest="date_from", required=True)
        p.add_argument("--to", dest="date_to", required=True)
        p.add_argument("--kind", default="ziek", help=t("ziek, vakantie or overig"))
        p.add_argument("--note")
        p = verbs.add_parser("list", help=t("list absences"))
        p.add_argument("--worker", "-w")
        p = verbs.add_parser("remove", help=t("remove an absence"))
        p.add_argument("id", type=id_arg)

    if wanted("export"):
        p = sub.add_parser("export", help=t("export the journal as JSON or entries as CSV (NOT encrypted)"))
        p.add_argument("--format", choices=("json", "csv"), default="json")
        p.add_argument("--output", "-o", help=t("file to write (default: standard output)"))
        p.add_argument("--plaintext", action="store_true", help=t("confirm that you want an unencrypted file"))
        p.add_argument("--encrypted", action="store_true",
                       help=t("the whole journal, encrypted with a passphrase of its own, to move to another machine"))
        p.set_defaults(handler=_handler("exchange", "cmd_export"))

    if wanted("import"):
        p = sub.add_parser("import", help=t("import entries (CSV/JSON), a whole JSON export, or an encrypted export; "
                                            "all or nothing"))
        p.add_argument("file")
        p.add_argument("--format", choices=("csv", "json"))
        p.add_argument("--create-missing", action="store_true", help=t("add workers and employers the file names"))
        p.add_argument("--force", action="store_true", help=t("accept entries outside a worker's employment"))
        p.set_defaults(handler=_handler("exchange", "cmd_import"))

    if wanted("status"):
        p = sub.add_parser("status", help=t("signals: over budget, periods ending, no entry this week, ..."))
        p.set_defaults(handler=_handler("reports", "cmd_status"))

    if wanted("budget"):
        p = sub.add_parser("budget", help=t("hour budgets per grant and period, with the monthly curve"))
        p.add_argument("--grant", type=id_arg)
        p.add_argument("--worker", "-w")
        p.set_defaults(handler=_handler("reports", "cmd_budget"))

    if wanted("report"):
        p = sub.add_parser("report", help=t("reports for funders and yourself (Dutch)"))
        p.set_defaults(handler=_handler("reports", "cmd_report"))
        kinds = p.add_subparsers(dest="kind", metavar="KIND", required=True)

        def report_options(parser: argparse.ArgumentParser) -> None:
            parser.add_argument("--format", choices=("md", "html", "csv"), default="md")
            parser.add_argument("--output", "-o", help=t("file to write (default: standard output)"))

        r = kinds.add_parser("month", help=t("maandoverzicht: budget vs actual per worker"))
        r.add_argument("month", nargs="+", help=t("e.g. 2026-10 or oktober 2026"))
        report_options(r)
        r = kinds.add_parser("period", help=t("verantwoordingsrapportage (UWV) for a grant period"))
        r.add_argument("grant", type=id_arg)
        r.add_argument("--period", type=count_arg, help=t("period number (default: the last ended one)"))
        report_options(r)
        r = kinds.add_parser("progress", help=t("voortgangsrapportage (gemeente) with the ladder"))
        r.add_argument("worker")
        r.add_argument("--period", type=count_arg)
        report_options(r)
        r = kinds.add_parser("billing", help=t("declaratieoverzicht: billable hours x tariff"))
        r.add_argument("--from", dest="date_from", required=True)
        r.add_argument("--to", dest="date_to", required=True)
        report_options(r)
        r = kinds.add_parser("own", help=t("your own month: direct vs indirect hours"))
        r.add_argument("month", nargs="+", help=t("e.g. 2026-10 or oktober 2026"))
        report_options(r)

    if wanted("passwd"):
        p = sub.add_parser("passwd", help=t("change the journal's passphrase"))
        p.set_defaults(handler=_handler("journal_files", "cmd_passwd"))

    if wanted("backup"):
        p = sub.add_parser("backup", help=t("write an encrypted, verified backup (keeps the newest ones)"))
        p.add_argument("--keep", type=count_arg, default=10, help=t("how many backups to keep (default 10)"))
        p.add_argument("--list", action="store_true", help=t("list the backups"))
        p.set_defaults(handler=_handler("journal_files", "cmd_backup"))

    if wanted("restore"):
        p = sub.add_parser("restore", help=t("replace the journal with a backup (the current one is kept)"))
        p.add_argument("file")
        _yes(p)
        p.set_defaults(handler=_handler("journal_files", "cmd_restore"))
    return parser


# argparse's own words (usage, section titles, its usage errors): the standard library marks
# them for gettext (``argparse._``); while coachlog parses, they are looked up in our messages.
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("unrecognized arguments: %s"), N_("not allowed with argument %s"), N_("ignored explicit argument %r"),
    N_("the following arguments are required: %s"), N_("one of the arguments %s is required"),
    N_("expected one argument"), N_("expected at most one argument"), N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"), N_("invalid %(type)s value: %(value)r"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"), N_("%(prog)s: error: %(message)s\n"),
)


def parse(words: list[str]) -> argparse.Namespace:
    """The parsed words, argparse speaking the coach's language (see ARGPARSE_WORDS)."""
    own_words = argparse._  # type: ignore[attr-defined]
    argparse._ = t  # type: ignore[attr-defined]
    try:
        return _parse(words)
    finally:
        argparse._ = own_words  # type: ignore[attr-defined]


def _parse(words: list[str]) -> argparse.Namespace:
    wants_help = any(word in ("-h", "--help") for word in words)
    rest: list[str] = []
    if not wants_help:
        args, rest = build_parser(commands=False).parse_known_args(words)
    if wants_help or rest:  # help: the whole parser; a command: that command's (any other word: the whole)
        command = rest[0] if rest and rest[0] in COMMANDS and not wants_help else None
        args = build_parser(only=command).parse_args(words)
    else:
        args.command = None
    return args
