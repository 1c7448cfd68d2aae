"""Words as typed into values: dates, decimals, small numbers, ids and file names. A word
that is not accepted raises InvalidInput naming the field (an id, as argparse's ``type``,
raises argparse's own error: a usage error, exit 2). The rules themselves live in the
domain; these only say which field a word was typed into."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING

from coachlog.errors import InvalidInput, shown
from coachlog.i18n import N_, t

if TYPE_CHECKING:
    from coachlog.cli.context import Context


def date_arg(ctx: Context, text: str, field: str = "date") -> date:
    from coachlog.domain.parsing import parse_date

    return parse_date(text, ctx.today, field)


def optional_date_arg(ctx: Context, text: str | None, field: str) -> date | None:
    return None if text is None else date_arg(ctx, text, field)


def decimal_arg(text: str, field: str, example: str) -> Decimal:
    from coachlog.domain.rules import parse_decimal

    return parse_decimal(field, text, example)


def int_arg(text: str, field: str, accepted: str) -> int:
    """A small whole number as typed: ASCII digits, at most nine (int() would also take
    "1_000", other scripts' digits, and 5,000 digits at a cost)."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit() and len(digits) <= 9):
        raise InvalidInput(field, text, accepted)
    return int(digits)


def id_arg(text: str) -> int:
    """argparse's ``type`` of every id argument: the one rule of ids (rules.parse_id), told
    as argparse tells a usage error ("argument id: '0' is not accepted; ...", exit 2)."""
    from coachlog.domain.rules import parse_id

    try:
        return parse_id("id", text)
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(
            f"{t('{value} is not accepted', value=shown(text))}; {error.accepted}"
        ) from None


def count_arg(text: str) -> int:
    """argparse's ``type`` of a number option (--keep, --period, --periods): a whole number,
    told like an id's refusal rather than as Python's "invalid int value"."""
    try:
        return int_arg(text, "number", N_("give a whole number, like 3"))
    except InvalidInput as error:
        raise argparse.ArgumentTypeError(f"{error.quoted}; {t(error.accepted)}") from None


def goal_id_arg(text: str) -> int:
    """``edit --goal``: a goal's id, or 0 / none / geen for no goal."""
    if text.strip().lower() in {"0", "none", "geen"}:
        return 0
    return id_arg(text)


def input_file(text: str, field: str, what: str) -> Path:
    """A file to read, given by the coach: a name, of a file that is there (not a folder)."""
    what = t(what)
    if not text.strip():
        raise InvalidInput(field, text, t("give the name of {what}", what=what))
    path = Path(text)
    try:
        folder = path.is_dir()
    except OSError as error:  # a name too long for the system, ...
        raise InvalidInput(
            field, text, t("no file can have this name ({strerror}); give the name of {what}",
                           strerror=error.strerror, what=what)
        ) from None
    if folder:
        raise InvalidInput(field, text, t("that is a folder; give the name of {what} in it", what=what))
    return path
