"""Export and all-or-nothing import of entries (CSV, JSON) and of a whole journal (JSON),
over the same rules as logging by hand. The file formats themselves are coachlog.exchange
(pure: no store)."""

from __future__ import annotations

import functools
from datetime import date
from typing import Any

from coachlog.domain import entry_rules, model, rules
from coachlog.domain.text import clean_name, name_key
from coachlog.errors import InvalidInput, NeedsConfirmation
from coachlog.i18n import field_label, t
from coachlog.services.base import change_summary, counted_summary
from coachlog.services.core import Coachlog

_YES = {"yes", "ja", "j", "y", "true", "1", "waar"}
_NO = {"no", "nee", "n", "false", "0", "onwaar"}


class Exchange:
    """Export and all-or-nothing import, over the same rules as logging by hand."""

    def __init__(self, app: Coachlog) -> None:
        self.app = app

    def entry_records(self, entries: list[model.Entry]) -> list[dict[str, Any]]:
        from coachlog.exchange import entry_record

        workers, employers = self.app.names()
        return [entry_record(entry, workers, employers) for entry in entries]

    def journal_json(self) -> str:
        from coachlog.exchange import SECTIONS, journal_document

        with self.app.store.reading() as reader:
            sections: dict[str, list[Any]] = {name: reader.all(cls) for name, cls in SECTIONS}
        return journal_document(sections)

    def import_journal(self, document: dict[str, Any], source: str) -> dict[str, int]:
        """Restore a whole-journal export into an empty journal, ids and all."""
        from coachlog.exchange import FORMAT_VERSION, SECTIONS, ImportFailed, entity_from_json

        version = document.get("coachlog_export")
        if version != FORMAT_VERSION:
            raise ImportFailed(
                source, [t("line 1: coachlog_export {version} is not a format this coachlog reads ({readable})",
                           version=repr(version), readable=FORMAT_VERSION)]
            )
        unknown = set(document) - {"coachlog_export"} - {name for name, _ in SECTIONS}
        problems = [t("unknown section {name}", name=repr(name)) for name in sorted(unknown)]
        parsed: dict[str, list[Any]] = {}
        for name, cls in SECTIONS:
            records = document.get(name, [])
            if not isinstance(records, list):
                problems.append(t("{section}: expected a list", section=name))
                continue
            parsed[name] = []
            for number, record in enumerate(records, start=1):
                try:
                    parsed[name].append(entity_from_json(cls, record, t("{section} record {number}",
                                                                        section=name, number=number)))
                except (ValueError, TypeError) as error:
                    problems.append(str(error))
        for name in ("workers", "employers", "funders"):
            problems += _clean_names(name, parsed.get(name, []))
        if problems:
            raise ImportFailed(source, problems)
        with self.app.store.change(change_summary("import {source}", source=source)) as tx:
            held = tx.count(model.Worker) + tx.count(model.Employer) + tx.count(model.Entry)
            if held:
                raise ImportFailed(
                    source,
                    [t("a whole-journal export is restored into an empty journal only; this one already holds data. "
                       "Restore it into a new, empty journal instead, or import entries as CSV")],
                    into_new_journal=True,
                )
            for name, _cls in SECTIONS:
                tx.add_many(parsed[name], keep_ids=True)
        return {name: len(items) for name, items in parsed.items()}

    def import_entries(
        self, rows: list[tuple[int, dict[str, str]]], source: str, *, create_missing: bool = False, force: bool = False
    ) -> list[model.Entry]:
        """Import entry rows (CSV lines or JSON records): every row valid, or nothing."""
        from coachlog.domain import parsing
        from coachlog.exchange import ENTRY_COLUMNS, ImportFailed

        app = self.app
        known_columns = set(ENTRY_COLUMNS) | {"duration", "private_note", "__extra__"}
        problems: list[str] = []
        drafts: list[tuple[int, model.Entry, str, str]] = []
        parsers = _RowParsers(parsing, app.today)
        key = parsers.name_key
        with app.store.reading() as reader:
            workers = {key(w.name): w for w in reader.all(model.Worker)}
            employers = {key(e.name): e for e in reader.all(model.Employer)}
            employments = reader.all(model.Employment, order_by=("start",))
            goal_ids = {g.id for g in reader.all(model.Goal)}
        columns = set(rows[0][1]) if rows else set()
        for column in sorted(columns - known_columns):
            close = rules.close_matches(column, list(known_columns - {"__extra__"}))
            hint = t("; did you mean {name}?", name=repr(close[0])) if close else ""
            problems.append(t("line 1: unknown column {column}{hint}", column=repr(column), hint=hint))
        # New names by their name_key: "Noor Visser" and "noor\u00a0visser" are one new worker.
        unusual = unknown = False  # a line the coach could confirm with force; a name it could let the import add
        new_workers: dict[str, str] = {}
        new_employers: dict[str, str] = {}
        for line, row in rows:
            if "__extra__" in row:
                problems.append(t("line {line}: more values than columns", line=line))
                continue
            try:
                entry, worker_name, employer_name = self._entry_from_row(row, parsers)
                if entry.goal_id is not None and entry.goal_id not in goal_ids:
                    raise InvalidInput("goal_id", entry.goal_id, "give the id of an existing goal, or leave it empty")
                # A name already known, or taken as new on an earlier line, passed these checks.
                if worker_name and (keyed := key(worker_name)) not in workers and keyed not in new_workers:
                    new_workers[keyed] = _new_import_name("worker", worker_name, workers, create_missing)
                if employer_name and (keyed := key(employer_name)) not in employers and keyed not in new_employers:
                    new_employers[keyed] = _new_import_name("employer", employer_name, employers, create_missing)
                drafts.append((line, entry, worker_name, employer_name))
            except InvalidInput as error:
                unknown = unknown or isinstance(error, UnknownName)
                problems.append(t("line {line}: {error}", line=line, error=error))
        # The day totals, over what the journal holds and what this file adds.
        with app.store.reading() as reader:
            held_by_day = reader.minutes_by_day(entry.day for _, entry, _, _ in drafts)
        day_totals = dict(held_by_day)
        for _, entry, _, _ in drafts:
            day_totals[entry.day] = day_totals.get(entry.day, 0) + entry.minutes + entry.travel_minutes
        # Line by line only on the days that end up over 24 hours: each line that goes over.
        full_days = {day for day, total in day_totals.items() if total > rules.MINUTES_PER_DAY}
        added_by_day: dict[date, int] = {}
        employments_of: dict[int, list[model.Employment]] = {}
        for employment in employments:
            employments_of.setdefault(employment.worker_id, []).append(employment)
        employer_names = {model.saved_id(e): e.name for e in employers.values()}
        # A new employer (made by this import) has no employment yet: a stand-in id for the rulebook.
        stand_in = {keyed: -number for number, keyed in enumerate(sorted(new_employers), start=1)}
        employer_names.update({stand_in[keyed]: name for keyed, name in new_employers.items()})
        resolved: list[int | None] = []  # per draft: the employer of a known worker's entry, by the rulebook
        for line, entry, worker_name, employer_name in drafts:
            if entry.day in full_days:
                added = entry.minutes + entry.travel_minutes
                so_far = held_by_day.get(entry.day, 0) + added_by_day.get(entry.day, 0)
                try:
                    rules.check_day_total(entry.day, so_far, added)
                except InvalidInput as error:
                    problems.append(t("line {line}: {error}", line=line, error=error))
                added_by_day[entry.day] = added_by_day.get(entry.day, 0) + added
            worker = workers.get(key(worker_name)) if worker_name else None
            given = None
            if employer_name:
                known = employers.get(key(employer_name))
                given = known.id if known is not None else stand_in[key(employer_name)]
            if worker is None:
                resolved.append(given)
                continue
            try:
                resolved.append(entry_rules.entry_employer(worker.name, entry.day,
                                                           employments_of.get(model.saved_id(worker), []),
                                                           employer_names, given, confirmed=force))
            except InvalidInput as error:
                unusual = unusual or isinstance(error, NeedsConfirmation)
                problems.append(t("line {line}: {error}", line=line, error=error))
                resolved.append(None)
        if problems:
            raise ImportFailed(source, problems, confirmable=unusual, unknown_names=unknown)
        summary = counted_summary("import {count} entry from {source}", "import {count} entries from {source}",
                                  len(drafts), count=len(drafts), source=source)
        with app.store.change(summary) as tx:
            created_workers = tx.add_many([model.Worker(name=name) for name in sorted(new_workers.values())])
            created_employers = tx.add_many([model.Employer(name=name) for name in sorted(new_employers.values())])
            for item in created_workers:
                workers[key(item.name)] = item
            for item in created_employers:
                employers[key(item.name)] = item
            entries = []
            for (_line, entry, worker_name, employer_name), employer_id in zip(drafts, resolved, strict=True):
                worker = workers[key(worker_name)] if worker_name else None
                entry.worker_id = worker.id if worker else None
                # Named: that employer (made just now when new); else the rulebook's choice.
                entry.employer_id = employers[key(employer_name)].id if employer_name else employer_id
                entries.append(entry)
            return tx.add_many(entries)

    def _entry_from_row(self, row: dict[str, str], parsers: _RowParsers) -> tuple[model.Entry, str, str]:
        get = row.get
        day = parsers.entry_day(get("date", ""))
        minutes_text = get("minutes")
        minutes = parsers.minutes(minutes_text) if minutes_text else parsers.span(get("duration", ""))
        worker_name = parsers.name(get("worker", ""))
        employer_name = parsers.name(get("employer", ""))
        with_whom, activity, mode, billable = parsers.kind(
            get("with_whom", ""), get("activity", ""), get("mode", ""), get("billable", ""),
            bool(worker_name), bool(employer_name))
        # In the order the fields were always checked: a line with two problems names the same one.
        travel_text, km_text, goal_text = get("travel_minutes"), get("travel_km"), get("goal_id")
        travel = parsers.travel(travel_text) if travel_text else 0
        travel_m = parsers.km(km_text) if km_text else 0
        goal_id = parsers.goal_id(goal_text) if goal_text else None
        note, private_note = get("note", ""), get("private_note")
        entry = model.Entry(
            day=day,
            minutes=minutes,
            with_whom=with_whom,
            activity=activity,
            mode=mode,
            start=parsers.time(row["start"]) if get("start") else None,
            goal_id=goal_id,
            billable=billable,
            travel_minutes=travel,
            travel_m=travel_m,
            note=rules.check_note("note", note) if note else "",
            private_note=rules.check_note("private_note", private_note) if private_note else "",
            group_id=get("group_id") or None,
        )
        return entry, worker_name, employer_name


class _RowParsers:
    """The parsers an import applies to every row, each result remembered per distinct
    text: 100 000 rows hold a few thousand dates and a handful of activities and modes.
    Only results are remembered (lru_cache keeps no exceptions), so a bad value is still
    refused on every row that holds it, with that row's line."""

    def __init__(self, parsing: Any, today: date) -> None:
        remember = functools.lru_cache(maxsize=None)
        self.entry_day = remember(lambda text: rules.check_entry_date(parsing.parse_date(text, today), today))
        self.span = remember(lambda text: rules.check_minutes("minutes", parsing.parse_duration(text)))
        self.minutes = remember(_whole_minutes)
        self.time = remember(parsing.parse_time)
        self.travel = remember(lambda text: rules.check_travel_minutes(parsing.parse_duration(text, "travel_minutes")))
        self.km = remember(lambda text: rules.check_travel_km(rules.parse_decimal("travel_km", text, "12,5")))
        self.goal_id = remember(_goal_number)
        self.kind = remember(functools.partial(_entry_kind, parsing))
        # Names as kept (clean_name) and as compared (name_key), once per distinct name.
        self.name = remember(clean_name)
        self.name_key = remember(name_key)


def _whole_minutes(text: str) -> int:
    if not _is_whole_number(text):
        raise InvalidInput("minutes", text, "give whole minutes, e.g. 90")
    if len(text.lstrip("0")) > 4:  # more than a day's 1440 minutes; 5,000 digits are not converted at all
        raise InvalidInput("minutes", text, "give a duration above 0 and at most 24 hours, e.g. 1u30 or 45m")
    return rules.check_minutes("minutes", int(text))


def _goal_number(text: str) -> int:
    if not _is_whole_number(text):
        raise InvalidInput("goal_id", text, "give the number of a goal, or leave it empty")
    return rules.parse_id("goal_id", text)


def _entry_kind(parsing: Any, with_text: str, activity_text: str, mode_text: str, billable_text: str,
                has_worker: bool, has_employer: bool) -> tuple[str, str, str, bool]:
    """With whom, activity, mode and billable of an imported row: the file's yes/no read
    here, every default from the rulebook (as for an entry logged by hand)."""
    lowered = billable_text.strip().lower()
    if lowered and lowered not in _YES | _NO:
        raise InvalidInput("billable", billable_text, "use yes/no (ja/nee) or leave it empty")
    kind = entry_rules.entry_kind(with_whom=with_text, activity=activity_text, mode=mode_text,
                                  billable=(lowered in _YES) if lowered else None,
                                  has_worker=has_worker, has_employer=has_employer)
    return kind.with_whom, kind.activity, kind.mode, kind.billable


class UnknownName(InvalidInput):
    """A worker or employer an import does not know (and may not add): the front end says
    how to let it add them (the command line's --create-missing)."""


def _new_import_name(kind: str, name: str, known: dict[str, Any], create_missing: bool) -> str:
    """A name an import does not know yet, as a new worker or employer to create; or why not."""
    partial = _partial_matches(name, [item.name for item in known.values()])
    if partial:
        raise InvalidInput(
            kind, name, t("did you mean {names}? Imports need the full name",
                          names=t(" or ").join(repr(p) for p in partial))
        )
    if not create_missing:
        close = rules.close_matches(name, [item.name for item in known.values()])
        hint = (t("; did you mean {names}?", names=repr(close[0])) if close
                else t("; add it first, or let the import add the missing names"))
        raise UnknownName(kind, name, t("no such {kind}{hint}", kind=field_label(kind), hint=hint))
    return rules.check_name(kind, name)


def _clean_names(section: str, items: list[Any]) -> list[str]:
    """Names of a restored section as they are kept (clean_name), each once by name_key;
    the problems, if any, by record number."""
    problems = []
    first_with: dict[str, int] = {}
    for number, item in enumerate(items, start=1):
        where = t("{section} record {number}", section=section, number=number)
        if not isinstance(item.name, str):
            problems.append(t("{where}: name: expected text, not {kind}", where=where, kind=type(item.name).__name__))
            continue
        try:
            item.name = rules.check_name("name", item.name)
        except InvalidInput as error:
            problems.append(t("{where}: {error}", where=where, error=error))
            continue
        earlier = first_with.setdefault(name_key(item.name), number)
        if earlier != number:
            problems.append(t("{where}: name {name} is the name of record {earlier} too",
                              where=where, name=repr(item.name), earlier=earlier))
    return problems


def _partial_matches(text: str, names: list[str]) -> list[str]:
    """Names of which ``text`` is a whole word or the start: "Sanne" -> "Sanne de Vries"."""
    wanted = name_key(text)
    matches = []
    for name in names:
        key = name_key(name)
        if key.startswith(wanted + " ") or f" {wanted}" in f" {key} " and key != wanted:
            matches.append(name)
    return matches


def _is_whole_number(text: str) -> bool:
    """ASCII digits only: str.isdigit() also passes "²" (int() then fails) and "١٢"."""
    return text.isascii() and text.isdigit()
