"""The rules a journal keeps, as pure functions. Each raises InvalidInput with the field,
the value and what is accepted; none of them touches the journal."""

from __future__ import annotations

import difflib
from datetime import date, time
from decimal import Decimal, InvalidOperation

from dateutil.relativedelta import relativedelta

from coachlog.domain import model
from coachlog.domain.formats import day_text
from coachlog.domain.parsing import format_decimal
from coachlog.domain.text import clean_name
from coachlog.errors import InvalidInput
from coachlog.i18n import field_label, t

MINUTES_PER_DAY = 24 * 60
# Entries may be logged a little ahead (a planned visit), never years ahead by a typo.
MAX_DAYS_AHEAD = 31
# Other dates (an employment's start, a grant) may lie further ahead, within reason.
MAX_YEARS_AHEAD = 2
EARLIEST = date(2000, 1, 1)
CONTRACT_HOURS_RANGE = (Decimal(1), Decimal(60))
NOTE_MAX = 2000
NAME_MAX = 200
# Ids are whole numbers from 1 to the largest 64-bit integer (SQLite's INTEGER primary key,
# PostgreSQL's BIGINT): one rule for every id a coach types, in every command.
ID_MAX = 2**63 - 1


def format_day(day: date) -> str:
    """The one way a date is written (formats.day_text), under the name the rules use."""
    return day_text(day)


def check_name(field: str, name: str) -> str:
    """A name (or goal) as it is kept: see text.clean_name (no invisible characters, NFC)."""
    cleaned = clean_name(name)
    if not cleaned:
        raise InvalidInput(field, name, "give a name of at least one letter")
    if len(cleaned) > NAME_MAX:
        raise InvalidInput(field, cleaned[:20] + "...", t("a name has at most {count} characters", count=NAME_MAX))
    return cleaned


def check_id(field: str, value: int) -> int:
    """An id: a whole number from 1 to ID_MAX (a larger one no journal can hold or look up)."""
    if not 1 <= value <= ID_MAX:
        raise InvalidInput(
            field, value, t("give an id as coachlog's lists show it: a whole number from 1 to {max}", max=ID_MAX)
        )
    return value


def parse_id(field: str, text: str) -> int:
    """An id as typed: ASCII digits only (no sign, no "1_000", no other scripts' digits)."""
    digits = text.strip()
    if not (digits.isascii() and digits.isdigit()):
        raise InvalidInput(
            field, text, t("give an id as coachlog's lists show it: a whole number from 1 to {max}", max=ID_MAX)
        )
    if len(digits.lstrip("0")) > len(str(ID_MAX)):  # before int(): 5,000 digits are refused, not converted
        raise InvalidInput(
            field, text, t("give an id as coachlog's lists show it: a whole number from 1 to {max}", max=ID_MAX)
        )
    return check_id(field, int(digits))


def check_note(field: str, note: str) -> str:
    if len(note) > NOTE_MAX:
        raise InvalidInput(
            field, note[:20] + "...",
            t("a note has at most {count} characters; keep it short and factual", count=NOTE_MAX),
        )
    return note.strip()


# Made once: a relativedelta takes longer to make than to add (an import checks each distinct day).
_YEARS_AHEAD = relativedelta(years=MAX_YEARS_AHEAD)
_DAYS_AHEAD = relativedelta(days=MAX_DAYS_AHEAD)


def check_date(field: str, day: date, today: date, *, max_ahead: relativedelta | None = None) -> date:
    # Not ``max_ahead or ...``: relativedelta(days=0) (nothing ahead) is falsy.
    latest = today + (max_ahead if max_ahead is not None else _YEARS_AHEAD)
    if day < EARLIEST or day > latest:
        raise InvalidInput(
            field, format_day(day),
            t("give a date from {first} up to {last}", first=format_day(EARLIEST), last=format_day(latest)),
        )
    return day


def check_entry_date(day: date, today: date) -> date:
    return check_date("date", day, today, max_ahead=_DAYS_AHEAD)


def check_minutes(field: str, minutes: int) -> int:
    if minutes <= 0 or minutes > MINUTES_PER_DAY:
        raise InvalidInput(
            field, minutes_text(minutes), "give a duration above 0 and at most 24 hours, e.g. 1u30 or 45m"
        )
    return minutes


def check_travel_minutes(minutes: int) -> int:
    if minutes < 0 or minutes > MINUTES_PER_DAY:
        raise InvalidInput("travel", minutes_text(minutes), "give a travel time from 0 up to 24 hours")
    return minutes


def check_travel_km(km: Decimal) -> int:
    """Kilometres to whole metres."""
    if km < 0 or km > 2000:
        raise InvalidInput("km", str(km), "give a distance from 0 to 2000 km, e.g. 12,5")
    return int((km * 1000).to_integral_value())


def minutes_text(minutes: int) -> str:
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}:{rest:02d}"


def minutes_between(start: time, end: time) -> int:
    """Minutes from start to end on one day; end must come after start."""
    start_minutes = start.hour * 60 + start.minute
    end_minutes = end.hour * 60 + end.minute
    if end_minutes <= start_minutes:
        raise InvalidInput(
            "end", end.strftime("%H:%M"),
            t("the end must come after the start ({start})", start=start.strftime('%H:%M')),
        )
    return end_minutes - start_minutes


def check_day_total(day: date, minutes_already: int, minutes_added: int) -> None:
    """A coach's day holds at most 24 hours, entries and travel together."""
    if minutes_already + minutes_added > MINUTES_PER_DAY:
        raise InvalidInput(
            "duration",
            minutes_text(minutes_added),
            t("{day} already holds {held}; a day holds at most 24:00, so at most {left} more",
              day=format_day(day), held=minutes_text(minutes_already),
              left=minutes_text(max(0, MINUTES_PER_DAY - minutes_already))),
        )


def parse_decimal(field: str, text: str, example: str) -> Decimal:
    cleaned = text.strip().replace(" ", "")
    if "," in cleaned and "." in cleaned:
        cleaned = cleaned.replace(".", "")  # 1.234,50: a thousands dot
    cleaned = cleaned.replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise InvalidInput(field, text, t("give a number, e.g. {example}", example=example)) from None
    if not value.is_finite():
        raise InvalidInput(field, text, t("give a number, e.g. {example}", example=example))
    return value


def check_contract_hours(hours: Decimal) -> int:
    """Contract hours per week to minutes per week."""
    low, high = CONTRACT_HOURS_RANGE
    if hours < low or hours > high:
        raise InvalidInput("hours", format_decimal(hours), "give contract hours per week from 1 to 60, e.g. 24 or 32,5")
    minutes = hours * 60
    if minutes != minutes.to_integral_value():
        raise InvalidInput("hours", format_decimal(hours), "give contract hours in whole minutes, e.g. 24 or 32,5")
    return int(minutes)


def check_rate(rate: Decimal) -> Decimal:
    if rate <= 0 or rate > 1000:
        raise InvalidInput(
            "rate", format_decimal(rate),
            "give an hourly tariff in euros excl. BTW above 0 and at most 1000, e.g. 74,78",
        )
    if rate != rate.quantize(Decimal("0.01")):
        raise InvalidInput("rate", format_decimal(rate), "give the tariff in whole cents, e.g. 74,78")
    return rate


def check_loonwaarde(value: int | None) -> int | None:
    if value is not None and not 0 <= value <= 100:
        raise InvalidInput("loonwaarde", value, "give the wage value in percent, from 0 to 100")
    return value


def check_step(field: str, step: int | None) -> int | None:
    if step is not None and step not in model.LADDER_STEPS:
        raise InvalidInput(field, step, "give a trede of the participatieladder from 1 to 6")
    return step


def check_choice(field: str, value: str, choices: tuple[str, ...]) -> str:
    cleaned = value.strip().lower().replace("_", "-")
    if cleaned not in choices:
        raise InvalidInput(field, value, t("choose one of {choices}", choices=", ".join(choices)))
    return cleaned


def check_period(field_start: str, start: date, end: date | None) -> None:
    if end is not None and end < start:
        raise InvalidInput(
            "end", format_day(end),
            t("the end may not lie before the {field} ({start})",
              field=field_label(field_start), start=format_day(start)),
        )


def check_positive(field: str, value: int, low: int = 1, high: int = 120) -> int:
    if not low <= value <= high:
        raise InvalidInput(field, value, t("give a whole number from {low} to {high}", low=low, high=high))
    return value


def default_billable(with_whom: str, activity: str, indirect_activities: frozenset[str]) -> bool:
    """Direct coaching is billable; time with nobody, or an indirect activity, is not."""
    return with_whom != "nobody" and activity not in indirect_activities


def split_group(total_minutes: int, workers: int) -> list[int]:
    """Split a group session evenly; the first ones get the spare minutes, so it adds up."""
    if workers < 1:
        raise InvalidInput("worker", workers, "a group session needs at least one worker")
    share, spare = divmod(total_minutes, workers)
    if share == 0:
        raise InvalidInput(
            "duration", minutes_text(total_minutes),
            t("{count} workers need at least {count} minutes to split", count=workers),
        )
    return [share + 1 if i < spare else share for i in range(workers)]


def close_matches(name: str, candidates: list[str], limit: int = 3) -> list[str]:
    """Names like ``name``: the whole name, or a typo in one word of it ('Sane' -> 'Sanne de Vries')."""
    lowered = {candidate.lower(): candidate for candidate in candidates}
    found = difflib.get_close_matches(name.lower(), list(lowered), n=limit, cutoff=0.6)
    wanted_words = name.lower().split()
    if len(found) < limit and len(wanted_words) == 1 and len(wanted_words[0]) >= 3:
        for key in lowered:
            if key not in found and difflib.get_close_matches(wanted_words[0], key.split(), n=1, cutoff=0.75):
                found.append(key)
    return [lowered[key] for key in found[:limit]]




# A new passphrase is the only lock on a stolen laptop's journal: at least this long
# (SECURITY.md says why this number).
MIN_PASSPHRASE_LENGTH = 12


def check_new_passphrase(passphrase: str) -> str:
    """A passphrase the coach chooses (a new journal, passwd, an encrypted export): at
    least MIN_PASSPHRASE_LENGTH characters besides spaces at either end, and not one or two
    characters repeated. The refusal never shows it, not even its length."""
    if len(passphrase.strip()) < MIN_PASSPHRASE_LENGTH or len(set(passphrase)) < 4:
        # Never shown, not even its length: only that it was refused.
        raise InvalidInput("passphrase", t("(hidden)"),
                           t("a new passphrase has at least {count} characters; three or four words are easy to "
                             "remember and hard to guess", count=MIN_PASSPHRASE_LENGTH))
    return passphrase
