"""Export and import formats: CSV of entries and JSON of a whole journal.

Pure: formats data the services hand over, and parses files into rows with line numbers.
Private notes never leave the journal through here.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import asdict, fields
from datetime import date, time
from decimal import Decimal
from typing import Any

from coachlog.domain import model
from coachlog.domain.parsing import format_decimal
from coachlog.domain.text import SpreadsheetWriter, from_spreadsheet_cell
from coachlog.errors import CoachlogError
from coachlog.i18n import t, tn

FORMAT_VERSION = 1
ENTRY_COLUMNS = (
    "id", "date", "start", "minutes", "worker", "employer", "with_whom", "activity", "mode",
    "goal_id", "billable", "travel_minutes", "travel_km", "note", "group_id",
)
# Sections of a whole-journal export, in the order they must be imported.
SECTIONS: tuple[tuple[str, type], ...] = (
    ("workers", model.Worker),
    ("employers", model.Employer),
    ("employments", model.Employment),
    ("contract_hours", model.ContractHours),
    ("funders", model.Funder),
    ("tariffs", model.Tariff),
    ("grants", model.Grant),
    ("goals", model.Goal),
    ("entries", model.Entry),
    ("ladder_measurements", model.LadderMeasurement),
    ("absences", model.Absence),
)
NEVER_EXPORTED = {"private_note"}


class ImportFailed(CoachlogError):
    """An import found problems; nothing was imported. ``problems`` holds every one."""

    MAX_SHOWN = 20

    def __init__(self, source: str, problems: list[str], *, confirmable: bool = False,
                 unknown_names: bool = False, into_new_journal: bool = False) -> None:
        self.problems = problems
        # Some line is unusual but may be right (a day outside the worker's employment), or
        # names someone not in the journal yet: the front end says how to import it anyway
        # (the command line's --force and --create-missing).
        self.confirmable = confirmable
        self.unknown_names = unknown_names
        self.into_new_journal = into_new_journal  # a whole journal: it goes into a new, empty one
        shown = problems[: self.MAX_SHOWN]
        more = len(problems) - len(shown)
        self._lines = [tn("{source}: {count} problem, nothing was imported:",
                          "{source}: {count} problems, nothing was imported:", len(problems),
                          source=source, count=len(problems))]
        self._lines += [f"  {problem}" for problem in shown]
        if more:
            self._lines.append(t("  ... and {more} more", more=more))
        super().__init__("\n".join(self._lines))

    def lines(self) -> list[str]:
        return list(self._lines)


def km_text(metres: int) -> str:
    """Kilometres as a machine reads them back: ``12.5``, ``100``, never ``1E+2``."""
    return format_decimal(Decimal(metres) / 1000, ".")


def entry_record(entry: model.Entry, workers: dict[int, str], employers: dict[int, str]) -> dict[str, Any]:
    """One entry as a flat record with names, for CSV and JSON lists; no private note."""
    return {
        "id": entry.id,
        "date": entry.day.isoformat(),
        "start": entry.start.strftime("%H:%M") if entry.start else "",
        "minutes": entry.minutes,
        "worker": workers.get(entry.worker_id, "") if entry.worker_id else "",
        "employer": employers.get(entry.employer_id, "") if entry.employer_id else "",
        "with_whom": entry.with_whom,
        "activity": entry.activity,
        "mode": entry.mode,
        "goal_id": entry.goal_id if entry.goal_id is not None else "",
        "billable": "yes" if entry.billable else "no",
        "travel_minutes": entry.travel_minutes,
        "travel_km": km_text(entry.travel_m),
        "note": entry.note,
        "group_id": entry.group_id or "",
    }


def entries_csv(records: list[dict[str, Any]]) -> str:
    """Entries as CSV; text cells a spreadsheet would run are escaped (read_csv_rows undoes it)."""
    out = io.StringIO()
    writer = SpreadsheetWriter(out, lineterminator="\n")
    writer.writerow(ENTRY_COLUMNS)
    writer.writerows([record.get(column, "") for column in ENTRY_COLUMNS] for record in records)
    return out.getvalue()


def _jsonable(value: Any) -> Any:
    if isinstance(value, (date, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def journal_document(sections: dict[str, list[Any]]) -> str:
    """A whole journal as JSON; every entity by its fields, private notes left out."""
    document: dict[str, Any] = {"coachlog_export": FORMAT_VERSION}
    for name, _cls in SECTIONS:
        document[name] = [
            {k: _jsonable(v) for k, v in asdict(item).items() if k not in NEVER_EXPORTED}
            for item in sections.get(name, [])
        ]
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


# The column names an import knows (a header holds these, whatever the delimiter).
_KNOWN_COLUMNS = frozenset(ENTRY_COLUMNS) | {"duration", "private_note"}


def _delimiter(text: str) -> str:
    """The delimiter of a CSV file, from its header line alone: the one of , ; and tab that
    splits it into the most known column names (then: that occurs most). csv.Sniffer
    guessed from the data as well, and a note full of quotes and commas made it take the
    apostrophe for the quote character: coachlog's own export did not read back."""
    header = text.split("\n", 1)[0]

    def score(delimiter: str) -> tuple[int, int]:
        names = {name.strip().strip('"').strip().lower() for name in header.split(delimiter)}
        return len(names & _KNOWN_COLUMNS), header.count(delimiter)

    return max(",;\t", key=score)


def read_csv_rows(text: str, source: str) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers (the header is line 1). A value that
    coachlog's own CSV escaped for spreadsheets ("'=...") comes back as it was written."""
    if text.startswith("\ufeff"):
        text = text[1:]  # Excel's byte-order mark
    reader = csv.reader(io.StringIO(text), delimiter=_delimiter(text), quotechar='"', skipinitialspace=True)
    try:
        names = next(reader, None)
        if not names:
            raise ImportFailed(source, [t("line 1: the file is empty; expected a header line")])
        header = [name.strip().lower() for name in names]
        required = {"date", "worker"}
        if not ({"minutes", "duration"} & set(header)):
            required.add("minutes or duration")
        missing = sorted(required - set(header))
        if missing:
            raise ImportFailed(
                source,
                [tn("line 1: missing column {missing}; the header has: {header}",
                    "line 1: missing columns {missing}; the header has: {header}", len(missing),
                    missing=", ".join(missing), header=", ".join(header))],
            )
        width = len(header)
        rows = []
        strip = str.strip
        unescape = from_spreadsheet_cell
        for values in reader:
            if len(values) > width:
                rows.append((reader.line_num, {"__extra__": "yes"}))
                continue
            if not "".join(values).strip():  # a line of empty values
                continue
            if len(values) < width:  # a short line: the missing values are empty
                values = values + [""] * (width - len(values))
            rows.append((reader.line_num, dict(zip(header, [
                unescape(value) if value.startswith("'") else value for value in map(strip, values)
            ], strict=True))))
    except csv.Error as error:
        raise ImportFailed(source, [t("line {line}: {error}", line=reader.line_num, error=error)]) from None
    return rows


def read_json(text: str, source: str) -> dict[str, Any]:
    try:
        document = json.loads(text)
    except json.JSONDecodeError as error:
        raise ImportFailed(source, [t("line {line}: not valid JSON ({error})", line=error.lineno,
                                      error=error.msg)]) from None
    if not isinstance(document, dict):
        raise ImportFailed(source, [t("line 1: expected a JSON object with 'entries' or a coachlog export")])
    return document


def entity_from_json(cls: type, record: Any, where: str) -> Any:
    """Rebuild an entity from an export record; raises ValueError naming ``where``."""
    if not isinstance(record, dict):
        raise ValueError(t("{where}: expected an object", where=where))
    known = {f.name: f for f in fields(cls)}
    unknown = set(record) - set(known)
    if unknown:
        raise ValueError(tn("{where}: unknown field {fields}", "{where}: unknown fields {fields}", len(unknown),
                            where=where, fields=", ".join(sorted(unknown))))
    values: dict[str, Any] = {}
    for name, value in record.items():
        kind = str(known[name].type)
        if value is not None and "date" in kind and isinstance(value, str):
            value = date.fromisoformat(value)
        elif value is not None and "time" in kind and isinstance(value, str):
            value = time.fromisoformat(value)
        elif value is not None and "Decimal" in kind:
            value = Decimal(str(value))
        values[name] = value
    try:
        return cls(**values)
    except TypeError as error:
        raise ValueError(t("{where}: {error}", where=where, error=error)) from None
