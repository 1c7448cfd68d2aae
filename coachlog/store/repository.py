"""Reading and writing domain entities, and the undo log.

``Store.reading()`` yields a :class:`Reader`; ``Store.change(summary)`` yields a
:class:`Writer` whose every insert, update and delete is recorded (with the row as it was)
so that :meth:`Store.undo` can revert the whole change in one transaction.
"""

from __future__ import annotations

import functools
import json
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace
from datetime import date, datetime, time
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from sqlalchemy import Connection, Date, DateTime, Table, Time, bindparam, delete, func, insert, or_, select, update

from coachlog.domain import model
from coachlog.domain.actuals import Tally
from coachlog.errors import SpaceNotReclaimed
from coachlog.store import schema
from coachlog.store.engine import Journal, busy_leftovers, roomy_cache, sweep_leftovers

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

E = TypeVar("E", bound="DataclassInstance")  # an entity of coachlog.domain.model


@dataclass
class BackupScan:
    """What ``Store.backups_holding`` found: backups holding the worker, backups this key
    cannot read, unfinished copies removed, unfinished copies another coachlog is writing."""

    holding: list[Path]
    unreadable: list[Path]
    removed: list[Path]
    busy: list[Path]

TABLE_OF: dict[type, Table] = {
    model.Worker: schema.workers,
    model.Employer: schema.employers,
    model.Employment: schema.employments,
    model.ContractHours: schema.contract_hours,
    model.Funder: schema.funders,
    model.Tariff: schema.tariffs,
    model.Grant: schema.grants,
    model.Goal: schema.goals,
    model.Entry: schema.entries,
    model.LadderMeasurement: schema.ladder_measurements,
    model.Absence: schema.absences,
    model.Timer: schema.timers,
}
ENTITY_OF_TABLE = {table.name: cls for cls, table in TABLE_OF.items()}
# How many changes undo can go back; older ones are forgotten.
UNDO_DEPTH = 200


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}
# From this many rows on, a bulk insert gets a larger page cache (engine.roomy_cache).
BULK_ROWS = 5000


def to_row(entity: Any) -> dict[str, Any]:
    names = _FIELD_NAMES.get(type(entity))
    if names is None:
        names = _FIELD_NAMES[type(entity)] = tuple(f.name for f in fields(entity))
    row = {name: getattr(entity, name) for name in names}
    if isinstance(entity, model.Tariff):
        row["cents_per_hour"] = int((row.pop("rate") * 100).to_integral_value())
    return row


def from_row(cls: type[E], row: Any) -> E:
    values = dict(row._mapping)
    if cls is model.Tariff:
        values["rate"] = Decimal(values.pop("cents_per_hour")) / 100
    return cls(**values)


def from_rows(cls: type[E], result: Any) -> list[E]:
    """``from_row`` over a whole result, the column names looked up once (100 000 entries
    load about a quarter faster than through each row's mapping)."""
    if cls is model.Tariff:
        return [from_row(cls, row) for row in result]
    keys = tuple(result.keys())
    return [cls(**dict(zip(keys, row, strict=True))) for row in result]


def _json_row(row: dict[str, Any]) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, (date, time, datetime)) else v for k, v in row.items()}


def _unjson_row(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    values = dict(row)
    for column in table.columns:
        value = values.get(column.name)
        if value is None:
            continue
        if isinstance(column.type, DateTime):
            values[column.name] = datetime.fromisoformat(value)
        elif isinstance(column.type, Date):
            values[column.name] = date.fromisoformat(value)
        elif isinstance(column.type, Time):
            values[column.name] = time.fromisoformat(value)
    return values


def _insert_entities(conn: Connection, table: Table, entities: Sequence[Any]) -> None:
    """Insert entities of one kind (each with its id) in one executemany.

    The values are read column by column and go through the dialect's own bind
    processors into a plain INSERT: the same values reach SQLite as through
    ``conn.execute(insert(table), rows)``, which for 100 000 entries takes several times as
    long (a dict per row, and SQLAlchemy processes every parameter dict). Tariffs (a rate
    stored as cents) and dialects with another parameter style take that ordinary path."""
    names = tuple(table.c.keys())
    dialect = conn.dialect
    kind = type(entities[0])
    if dialect.paramstyle != "qmark" or kind is model.Tariff or set(names) != {f.name for f in fields(kind)}:
        conn.execute(insert(table), [to_row(entity) for entity in entities])
        return
    quote = dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(name) for name in names)}) "
           f"VALUES ({', '.join('?' for _ in names)})")
    # Column by column (zip(*entities) would step 100 000 iterators at once), each value
    # through the dialect's own processor, once per distinct value: 100 000 entries hold a
    # few thousand days and a hundred start times (typed: True and 1 stay apart).
    columns: list[Iterable[Any]] = []
    for name in names:
        column: Iterable[Any] = map(attrgetter(name), entities)
        process = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
        if process is not None:
            column = map(functools.lru_cache(maxsize=None, typed=True)(process), column)
        columns.append(list(column))
    if len(entities) < BULK_ROWS:
        conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))
        return
    with roomy_cache(conn):
        conn.exec_driver_sql(sql, list(zip(*columns, strict=True)))


@functools.cache
def _tallies_per_day() -> Any:
    """A worker's entries with one employer or none, from :start to :end, summed per day,
    with-whom, activity and billable flag (minutes, travel minutes, travel metres, count)."""
    table = schema.entries
    return (
        select(table.c.day, table.c.with_whom, table.c.activity, table.c.billable, func.sum(table.c.minutes),
               func.sum(table.c.travel_minutes), func.sum(table.c.travel_m), func.count())
        .where(table.c.worker_id == bindparam("worker_id"), table.c.day >= bindparam("start", type_=Date),
               table.c.day <= bindparam("end", type_=Date),
               or_(table.c.employer_id.is_(None), table.c.employer_id == bindparam("employer_id")))
        .group_by(table.c.day, table.c.with_whom, table.c.activity, table.c.billable)
    )


class Reader:
    """Queries inside one transaction."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def get(self, cls: type[E], entity_id: int) -> E | None:
        table = TABLE_OF[cls]
        row = self.conn.execute(select(table).where(table.c.id == entity_id)).first()
        return from_row(cls, row) if row else None

    def all(self, cls: type[E], order_by: Sequence[str] = ("id",), **equals: Any) -> list[E]:
        """Every entity of a kind whose columns equal the values given (a set: one of them)."""
        table = TABLE_OF[cls]
        query = select(table).where(*(table.c[k].in_(v) if isinstance(v, (set, frozenset)) else table.c[k] == v
                                      for k, v in equals.items()))
        query = query.order_by(*(table.c[name] for name in order_by))
        return from_rows(cls, self.conn.execute(query))

    def count(self, cls: type, **equals: Any) -> int:
        table = TABLE_OF[cls]
        query = select(func.count()).select_from(table).where(*(table.c[k] == v for k, v in equals.items()))
        return self.conn.execute(query).scalar_one()

    def entries(
        self,
        start: date | None = None,
        end: date | None = None,
        worker_id: int | None = None,
        employer_id: int | None = None,
    ) -> list[model.Entry]:
        """Entries from ``start`` to ``end`` inclusive, oldest first."""
        table = schema.entries
        query = select(table)
        if start is not None:
            query = query.where(table.c.day >= start)
        if end is not None:
            query = query.where(table.c.day <= end)
        if worker_id is not None:
            query = query.where(table.c.worker_id == worker_id)
        if employer_id is not None:
            query = query.where(table.c.employer_id == employer_id)
        query = query.order_by(table.c.day, table.c.start.is_(None), table.c.start, table.c.id)
        return from_rows(model.Entry, self.conn.execute(query))

    def latest_entries(self, worker_id: int, count: int) -> list[model.Entry]:
        """The worker's ``count`` latest entries, the latest first (the reverse of ``entries``)."""
        table = schema.entries
        query = (
            select(table).where(table.c.worker_id == worker_id)
            .order_by(table.c.day.desc(), table.c.start.is_(None).desc(), table.c.start.desc(), table.c.id.desc())
            .limit(count)
        )
        return from_rows(model.Entry, self.conn.execute(query))

    def tallies(
        self, worker_id: int, employer_id: int, start: date, end: date, period_starts: Sequence[date]
    ) -> list[Tally]:
        """A worker's entries from ``start`` to ``end`` with ``employer_id`` or no employer,
        summed per period, calendar month, with-whom, activity and billable flag.

        ``period_starts``: the first day of each period, in order, the first one ``start``;
        a day belongs to the last period that starts on or before it. SQL sums per day
        (one statement for every grant, compiled once); the days are put in their period
        and month here: a CASE per grant's periods took a statement of its own shape.
        """
        later = list(period_starts[1:])
        sums: dict[tuple[int, date, str, str, bool], list[int]] = {}
        for day, with_whom, activity, billable, *totals in self.conn.execute(
            _tallies_per_day(), {"worker_id": worker_id, "employer_id": employer_id, "start": start, "end": end}
        ):
            key = (bisect_right(later, day) + 1, day.replace(day=1), with_whom, activity, bool(billable))
            summed = sums.get(key)
            if summed is None:
                sums[key] = list(totals)
            else:
                for index, value in enumerate(totals):
                    summed[index] += value
        return [Tally(*key, *totals) for key, totals in sorted(sums.items())]

    def last_entry_day(self, worker_id: int, until: date) -> date | None:
        """The day of the worker's latest entry on or before ``until`` (one indexed query)."""
        table = schema.entries
        query = select(func.max(table.c.day)).where(table.c.worker_id == worker_id, table.c.day <= until)
        found = self.conn.execute(query).scalar_one()
        return date.fromisoformat(found) if isinstance(found, str) else found

    def minutes_on(self, day: date, exclude_ids: Iterable[int] = ()) -> int:
        """The coach's time on a day: entries plus their travel."""
        table = schema.entries
        query = select(func.coalesce(func.sum(table.c.minutes + table.c.travel_minutes), 0)).where(
            table.c.day == day
        )
        excluded = list(exclude_ids)
        if excluded:
            query = query.where(table.c.id.not_in(excluded))
        return int(self.conn.execute(query).scalar_one())

    def minutes_by_day(self, days: Iterable[date]) -> dict[date, int]:
        """The coach's time (entries plus travel) on each of ``days`` that has any."""
        wanted = sorted(set(days))
        if not wanted:
            return {}
        table = schema.entries
        query = (
            select(table.c.day, func.sum(table.c.minutes + table.c.travel_minutes))
            .where(table.c.day.between(wanted[0], wanted[-1]))
            .group_by(table.c.day)
        )
        return {day: int(total) for day, total in self.conn.execute(query) if day in set(wanted)}

    def last_change(self) -> model.Change | None:
        row = self.conn.execute(select(schema.changes).order_by(schema.changes.c.id.desc()).limit(1)).first()
        if row is None:
            return None
        return model.Change(summary=row.summary, operations=json.loads(row.operations), id=row.id)


class Writer(Reader):
    """Changes inside one transaction, each recorded for undo."""

    def __init__(self, conn: Connection) -> None:
        super().__init__(conn)
        self.operations: list[dict[str, Any]] = []

    def add(self, entity: E) -> E:
        table = TABLE_OF[type(entity)]
        row = to_row(entity)
        if row.get("id") is None:
            row.pop("id")
        key = self.conn.execute(insert(table).values(**row)).inserted_primary_key
        assert key is not None  # an insert of one row always has its key
        new_id = key[0]
        self.operations.append({"op": "insert", "table": table.name, "id": new_id})
        return replace(entity, id=new_id)

    def add_many(self, entities: Sequence[Any], *, keep_ids: bool = False) -> list[Any]:
        """Insert many rows of one kind at once (imports); undone as one range of ids.

        The entities are given their new ids and returned (not copied: for 100 000
        entries a copy each cost more than the insert). With ``keep_ids`` the entities'
        own ids are kept (restoring a whole export)."""
        if not entities:
            return []
        table = TABLE_OF[type(entities[0])]
        if keep_ids:
            saved = list(entities)
            _insert_entities(self.conn, table, saved)
            self.operations.append({"op": "insert_ids", "table": table.name, "ids": [e.id for e in saved]})
            return saved
        first_id = (self.conn.execute(select(func.max(table.c.id))).scalar() or 0) + 1
        saved = list(entities)
        for offset, entity in enumerate(saved):
            entity.id = first_id + offset
        _insert_entities(self.conn, table, saved)
        self.operations.append(
            {"op": "insert_range", "table": table.name, "first": first_id, "last": first_id + len(saved) - 1}
        )
        return saved

    def _before(self, table: Table, entity_id: int) -> dict[str, Any]:
        row = self.conn.execute(select(table).where(table.c.id == entity_id)).first()
        if row is None:
            raise LookupError(f"{table.name} {entity_id} is gone")
        return _json_row(dict(row._mapping))

    def update(self, entity: Any) -> None:
        table = TABLE_OF[type(entity)]
        before = self._before(table, entity.id)
        row = to_row(entity)
        self.conn.execute(update(table).where(table.c.id == entity.id).values(**row))
        self.operations.append({"op": "update", "table": table.name, "id": entity.id, "before": before})

    def delete(self, entity: Any) -> None:
        table = TABLE_OF[type(entity)]
        before = self._before(table, entity.id)
        self.conn.execute(delete(table).where(table.c.id == entity.id))
        self.operations.append({"op": "delete", "table": table.name, "id": entity.id, "before": before})


class Store:
    """The journal's entities and undo log, over an open :class:`Journal`."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    @contextmanager
    def reading(self) -> Iterator[Reader]:
        with self.journal.read() as conn:
            yield Reader(conn)

    @contextmanager
    def change(self, summary: str) -> Iterator[Writer]:
        """One undoable change; all of it is committed, or none of it."""
        with self.journal.write() as conn:
            writer = Writer(conn)
            yield writer
            if writer.operations:
                conn.execute(
                    insert(schema.changes).values(
                        created=datetime.now().replace(microsecond=0),
                        summary=summary,
                        operations=json.dumps(writer.operations),
                    )
                )
                self._forget_old_changes(conn)

    @staticmethod
    def _forget_old_changes(conn: Connection) -> None:
        table = schema.changes
        newest = conn.execute(select(func.max(table.c.id))).scalar_one()
        conn.execute(delete(table).where(table.c.id <= newest - UNDO_DEPTH))

    def erase_worker(self, worker_id: int) -> dict[str, int]:
        """Remove a worker and everything about them, beyond undo, then rebuild the file.

        One transaction deletes the rows and the whole undo log (its before-images may name
        the worker); secure_delete zeroes the freed pages; VACUUM rebuilds the file and a
        TRUNCATE checkpoint empties the WAL, so no old page survives, even for the key."""
        s = schema
        counts: dict[str, int] = {}
        with self.journal.write() as conn:
            employment_ids = [
                r[0] for r in conn.execute(select(s.employments.c.id).where(s.employments.c.worker_id == worker_id))
            ]
            grant_ids = [
                r[0] for r in conn.execute(select(s.grants.c.id).where(s.grants.c.employment_id.in_(employment_ids)))
            ]
            steps = [
                ("entries", delete(s.entries).where(s.entries.c.worker_id == worker_id)),
                ("goal references", update(s.entries).where(s.entries.c.goal_id.in_(
                    select(s.goals.c.id).where(s.goals.c.grant_id.in_(grant_ids)))).values(goal_id=None)),
                ("goals", delete(s.goals).where(s.goals.c.grant_id.in_(grant_ids))),
                ("grants", delete(s.grants).where(s.grants.c.id.in_(grant_ids))),
                ("contract hours",
                 delete(s.contract_hours).where(s.contract_hours.c.employment_id.in_(employment_ids))),
                ("employments", delete(s.employments).where(s.employments.c.id.in_(employment_ids))),
                ("ladder measurements",
                 delete(s.ladder_measurements).where(s.ladder_measurements.c.worker_id == worker_id)),
                ("absences", delete(s.absences).where(s.absences.c.worker_id == worker_id)),
                ("timers", delete(s.timers).where(s.timers.c.worker_id == worker_id)),
                ("undo log", delete(s.changes)),
                ("worker", delete(s.workers).where(s.workers.c.id == worker_id)),
            ]
            for label, statement in steps:
                counts[label] = conn.execute(statement).rowcount
        try:
            self.journal.compact()
        except SpaceNotReclaimed as error:
            error.counts = counts  # the erase itself is saved: say so, with what it erased
            raise
        return counts

    def backups_holding(self, name: str, directory: Path, worker_id: int | None = None) -> BackupScan:
        """Backups that still hold a worker of this name (or, given ``worker_id``, the same
        worker under an earlier name: same number), those this key cannot read, and the
        unfinished copies interrupted coachlogs left beside the journal or its backups
        (removed now, or at this journal's opening; or still being written by another)."""
        from coachlog.store.backups import list_backups

        removed = self.journal.swept + sweep_leftovers(self.journal.path, directory)
        self.journal.swept = []
        holding, unreadable = [], []
        for backup in list_backups(directory):
            try:
                found = self.journal.query_attached(
                    backup, "SELECT count(*) FROM {db}.workers WHERE lower(name) = lower(?) OR id = ?",
                    (name, worker_id))
            except Exception:
                unreadable.append(backup)
                continue
            if found:
                holding.append(backup)
        return BackupScan(holding, unreadable, removed, busy_leftovers(self.journal.path, directory))

    def undo(self) -> str | None:
        """Revert the last change; returns its summary, or None when there is none."""
        tables = {table.name: table for table in schema.metadata.tables.values()}
        with self.journal.write() as conn:
            last = Reader(conn).last_change()
            if last is None:
                return None
            for operation in reversed(last.operations):
                table = tables[operation["table"]]
                kind = operation["op"]
                if kind == "insert":
                    conn.execute(delete(table).where(table.c.id == operation["id"]))
                elif kind == "insert_range":
                    conn.execute(delete(table).where(table.c.id.between(operation["first"], operation["last"])))
                elif kind == "insert_ids":
                    conn.execute(delete(table).where(table.c.id.in_(operation["ids"])))
                elif kind == "update":
                    before = _unjson_row(table, operation["before"])
                    conn.execute(update(table).where(table.c.id == operation["id"]).values(**before))
                elif kind == "delete":
                    conn.execute(insert(table).values(**_unjson_row(table, operation["before"])))
            conn.execute(delete(schema.changes).where(schema.changes.c.id == last.id))
            return last.summary
