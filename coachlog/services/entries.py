"""Entries (logging time, editing, deleting, undo) and the timer."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

from coachlog.domain import entry_rules, model, rules
from coachlog.domain.formats import moment_text
from coachlog.errors import Conflict, InvalidInput, NeedsConfirmation
from coachlog.i18n import t
from coachlog.services.base import ServiceBase, change_summary, summary_text
from coachlog.store.repository import Reader, Writer


@dataclass(frozen=True)
class EntryDraft:
    """What a coach typed for one entry, and nothing more; the service turns it into
    entries. ``with_whom``, ``activity`` and ``mode`` are text in any spelling coachlog
    accepts (``werkgever``, ``employer``), None when left out; ``billable`` None when not
    said; ``force`` logs an unusual employer or day the coach confirmed. Every default is
    decided by :mod:`coachlog.domain.entry_rules`, never by a front end."""

    day: date
    minutes: int | None = None
    workers: Sequence[str] = ()
    employer: str | None = None
    with_whom: str | None = None
    activity: str | None = None
    mode: str | None = None
    start: time | None = None
    end: time | None = None
    goal_id: int | None = None
    billable: bool | None = None
    travel_minutes: int = 0
    travel_km: Decimal = Decimal(0)
    note: str = ""
    private_note: str = ""
    force: bool = False


class Entries(ServiceBase):
    """Use cases of entries and the timer."""

    def log(self, draft: EntryDraft) -> list[model.Entry]:
        """Record one entry, or a group session split evenly over several workers."""
        minutes = self._draft_minutes(draft)
        summary = change_summary("log {minutes} on {day}", minutes=rules.minutes_text(minutes),
                                 day=rules.format_day(draft.day))
        with self.store.change(summary) as tx:
            return self._log_in(tx, draft)

    def _log_in(self, tx: Writer, draft: EntryDraft) -> list[model.Entry]:
        rules.check_entry_date(draft.day, self.today)
        minutes = self._draft_minutes(draft)
        travel_minutes = rules.check_travel_minutes(draft.travel_minutes)
        travel_m = rules.check_travel_km(draft.travel_km)
        note = rules.check_note("note", draft.note)
        private_note = rules.check_note("private-note", draft.private_note)
        kind = entry_rules.entry_kind(with_whom=draft.with_whom, activity=draft.activity, mode=draft.mode,
                                      billable=draft.billable, has_worker=bool(draft.workers),
                                      has_employer=bool(draft.employer))
        workers = [self.worker(tx, name) for name in draft.workers]
        if len({w.id for w in workers}) != len(workers):
            raise InvalidInput("worker", ", ".join(draft.workers), "name each worker of a group session once")
        employer = self.employer(tx, draft.employer) if draft.employer else None
        shares = rules.split_group(minutes, len(workers)) if workers else [minutes]
        rules.check_day_total(draft.day, tx.minutes_on(draft.day), minutes + travel_minutes)
        if draft.goal_id is not None:
            self._by_id(tx, model.Goal, "goal", draft.goal_id)
        group_id = uuid.uuid4().hex if len(workers) > 1 else None
        saved = []
        for index, share in enumerate(shares):
            worker = workers[index] if workers else None
            entry_employer = employer
            if worker is not None:
                entry_employer = self._employer_for(tx, worker, employer, draft.day, draft.force,
                                                    group=len(workers) > 1)
            saved.append(
                tx.add(
                    model.Entry(
                        day=draft.day,
                        minutes=share,
                        with_whom=kind.with_whom,
                        activity=kind.activity,
                        mode=kind.mode,
                        worker_id=worker.id if worker else None,
                        employer_id=entry_employer.id if entry_employer else None,
                        start=draft.start,
                        goal_id=draft.goal_id,
                        billable=kind.billable,
                        # Travel is the coach's, once: on the first entry of a group.
                        travel_minutes=travel_minutes if index == 0 else 0,
                        travel_m=travel_m if index == 0 else 0,
                        note=note,
                        private_note=private_note,
                        group_id=group_id,
                    )
                )
            )
        return saved

    @staticmethod
    def _draft_minutes(draft: EntryDraft) -> int:
        if draft.start is not None and draft.end is not None:
            spanned = rules.minutes_between(draft.start, draft.end)
            if draft.minutes is not None and draft.minutes != spanned:
                raise InvalidInput(
                    "duration",
                    rules.minutes_text(draft.minutes),
                    t("{span} is {minutes}; give one or the other",
                      span=f"{draft.start:%H:%M}-{draft.end:%H:%M}", minutes=rules.minutes_text(spanned)),
                )
            return rules.check_minutes("duration", spanned)
        if draft.end is not None:
            raise InvalidInput("end", draft.end.strftime("%H:%M"), "an end time needs a start time")
        if draft.minutes is None:
            raise InvalidInput("duration", None, "give a duration like 1u30, or a start and an end time")
        return rules.check_minutes("duration", draft.minutes)

    def _employer_for(
        self, reader: Reader, worker: model.Worker, employer: model.Employer | None, day: date, force: bool,
        *, group: bool = False,
    ) -> model.Employer | None:
        """The employer of a worker's entry, as the rulebook decides it
        (:func:`coachlog.domain.entry_rules.entry_employer`): the one given, else the one of
        the worker's employment that day; two employers that day is a question
        (ChooseOne), an unusual employer or day needs ``force`` (NeedsConfirmation)."""
        employments = reader.all(model.Employment, order_by=("start",), worker_id=worker.id)
        names = {model.saved_id(e): e.name for e in reader.all(model.Employer)} if employments else {}
        if employer is not None:
            names[model.saved_id(employer)] = employer.name
        found = entry_rules.entry_employer(worker.name, day, employments, names,
                                           employer.id if employer is not None else None, confirmed=force,
                                           group=group)
        if found is None:
            return None
        return employer if employer is not None and employer.id == found else reader.get(model.Employer, found)

    def entries(
        self,
        start: date | None = None,
        end: date | None = None,
        worker: str | None = None,
        employer: str | None = None,
    ) -> list[model.Entry]:
        with self.store.reading() as reader:
            worker_id = self.worker(reader, worker).id if worker else None
            employer_id = self.employer(reader, employer).id if employer else None
            return reader.entries(start, end, worker_id, employer_id)

    def latest_entries(self, worker: str, count: int) -> list[model.Entry]:
        """The worker's ``count`` latest entries, the latest first."""
        with self.store.reading() as reader:
            return reader.latest_entries(model.saved_id(self.worker(reader, worker)), count)

    def entry(self, entry_id: int) -> model.Entry:
        with self.store.reading() as reader:
            return self._by_id(reader, model.Entry, "entry", entry_id)

    def edit_entry(self, entry_id: int, changes: dict[str, Any], *, force: bool = False) -> model.Entry:
        """Change fields of one entry; the same rules as logging apply to the result."""
        with self.store.change(change_summary("edit entry {entry_id}", entry_id=entry_id)) as tx:
            entry = self._by_id(tx, model.Entry, "entry", entry_id)
            changed = replace(entry)
            for key, value in changes.items():
                if key == "worker":
                    changed.worker_id = self.worker(tx, value).id if value else None
                elif key == "employer":
                    changed.employer_id = self.employer(tx, value).id if value else None
                elif key == "travel_km":
                    changed.travel_m = rules.check_travel_km(value)
                else:
                    setattr(changed, key, value)
            rules.check_entry_date(changed.day, self.today)
            rules.check_minutes("duration", changed.minutes)
            rules.check_travel_minutes(changed.travel_minutes)
            changed.note = rules.check_note("note", changed.note)
            changed.private_note = rules.check_note("private-note", changed.private_note)
            rules.check_day_total(
                changed.day, tx.minutes_on(changed.day, exclude_ids=[entry_id]),
                changed.minutes + changed.travel_minutes,
            )
            if changed.worker_id is not None and ({"day", "worker", "employer"} & changes.keys()):
                worker = tx.get(model.Worker, changed.worker_id)
                assert worker is not None  # the entry's worker (a foreign key)
                employer = tx.get(model.Employer, changed.employer_id) if changed.employer_id else None
                named = "employer" in changes
                try:
                    found = self._employer_for(tx, worker, employer, changed.day, force and named)
                except NeedsConfirmation:
                    if named:
                        raise
                    # The old employer does not fit the new worker or day: decided again, as
                    # for a new entry (a question when two fit); an unusual day the coach
                    # confirmed keeps the old employer when the worker was employed there.
                    try:
                        found = self._employer_for(tx, worker, None, changed.day, False)
                    except NeedsConfirmation:
                        if not force:
                            raise
                        found = self._employer_for(tx, worker, employer, changed.day, True)
                changed.employer_id = found.id if found else None
            kind = entry_rules.edited_kind(
                entry_rules.EntryKind(entry.with_whom, entry.activity, entry.mode, entry.billable),
                {key: value for key, value in changes.items() if key in ("with_whom", "activity", "mode", "billable")},
                has_worker=changed.worker_id is not None, has_employer=changed.employer_id is not None)
            changed.with_whom, changed.activity, changed.mode, changed.billable = (
                kind.with_whom, kind.activity, kind.mode, kind.billable)
            if changed.goal_id is not None:
                self._by_id(tx, model.Goal, "goal", changed.goal_id)
            tx.update(changed)
            return changed

    def delete_entry(self, entry_id: int) -> model.Entry:
        with self.store.change(change_summary("delete entry {entry_id}", entry_id=entry_id)) as tx:
            entry = self._by_id(tx, model.Entry, "entry", entry_id)
            tx.delete(entry)
            return entry

    def add_checked_entries(self, entries: Sequence[model.Entry], summary: str) -> list[model.Entry]:
        """Entries the caller has already checked against the rules of :meth:`log` (the
        demo plans tens of thousands so: within an employment, at most 24 hours a day,
        not after today), inserted as they are in one undoable change; given their ids."""
        with self.store.change(summary) as tx:
            return tx.add_many(entries)

    def undo(self) -> str | None:
        """Reverts the last change; what it did, in the coach's language (None: nothing to undo)."""
        summary = self.store.undo()
        return None if summary is None else summary_text(summary)

    def names(self) -> tuple[dict[int, str], dict[int, str]]:
        """Worker and employer names by id, for showing entries."""
        with self.store.reading() as reader:
            workers = {model.saved_id(w): w.name for w in reader.all(model.Worker)}
            employers = {model.saved_id(e): e.name for e in reader.all(model.Employer)}
        return workers, employers

    # -- the timer -------------------------------------------------------------------

    def running_timer(self) -> model.Timer | None:
        with self.store.reading() as reader:
            running = reader.all(model.Timer)
        return running[0] if running else None

    def start_timer(self, now: datetime, *, worker: str | None = None, with_whom: str | None = None,
                    activity: str | None = None, mode: str | None = None, note: str = "") -> model.Timer:
        kind = entry_rules.entry_kind(with_whom=with_whom, activity=activity, mode=mode, has_worker=bool(worker),
                                      has_employer=False)
        with self.store.change(change_summary("start timer")) as tx:
            running = tx.all(model.Timer)
            if running:
                raise Conflict(
                    t("a timer is already running since {time}; stop it first", time=f"{running[0].started:%H:%M}")
                )
            found = self.worker(tx, worker) if worker else None
            return tx.add(model.Timer(
                started=now.replace(second=0, microsecond=0), worker_id=found.id if found else None,
                with_whom=kind.with_whom, activity=kind.activity, mode=kind.mode,
                note=rules.check_note("note", note),
            ))

    def stop_timer(self, now: datetime, *, discard: bool = False, employer: str | None = None,
                   force: bool = False) -> list[model.Entry]:
        """Stop the timer and log its minutes as an entry (one transaction), or discard it.
        Logged as any entry is: ``employer`` answers the rulebook's question when the
        worker has two employers that day, ``force`` confirms an unusual day; refused, the
        timer keeps running."""
        with self.store.change(change_summary("stop timer")) as tx:
            running = tx.all(model.Timer)
            if not running:
                raise Conflict("no timer is running; start one first")
            timer = running[0]
            tx.delete(timer)
            if discard:
                return []
            elapsed = max(1, round((now - timer.started).total_seconds() / 60))
            if now.date() != timer.started.date() or elapsed > rules.MINUTES_PER_DAY:
                raise InvalidInput(
                    "timer", moment_text(timer.started),
                    "the timer ran past midnight; discard it and log the time by hand",
                )
            worker = tx.get(model.Worker, timer.worker_id) if timer.worker_id else None
            timer_employer = tx.get(model.Employer, timer.employer_id) if timer.employer_id else None
            return self._log_in(tx, EntryDraft(
                day=timer.started.date(), minutes=elapsed, workers=[worker.name] if worker else [],
                employer=employer or (timer_employer.name if timer_employer else None), with_whom=timer.with_whom,
                activity=timer.activity, mode=timer.mode, start=timer.started.time(), note=timer.note, force=force,
            ))


# The rulebook's, importable from the services as before.
default_activity = entry_rules.default_activity
