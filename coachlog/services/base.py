"""What every aggregate's use cases share: the store, today, the schedules, and the
lookups of workers, employers, funders and rows by id."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from coachlog.domain import model, rules
from coachlog.domain.text import clean_name, name_key
from coachlog.errors import Ambiguous, Conflict, InvalidInput, NotFound, StillUsed
from coachlog.i18n import N_, field_label, t, tn
from coachlog.store.repository import Reader, Store

if TYPE_CHECKING:  # the schedules are loaded when first asked for
    from coachlog.protocols import Schedules

_UNSET: Any = object()
# The entities known by a name that must be unique among their kind.
Named = model.Worker | model.Employer | model.Funder


def change_summary(text: str, /, **values: object) -> str:
    """What a change did, as the undo log keeps it: the message (English, marked like every
    text) and its values, so that undo tells it in the language of whoever undoes it:
    "Undone: delete entry 35", "Ongedaan gemaakt: regel 35 verwijderd"."""
    return json.dumps({"message": text, "values": values}, ensure_ascii=False, default=str)


def counted_summary(singular: str, plural: str, count: int, /, **values: object) -> str:
    """``change_summary`` of a message with a number: the singular for one, as tn()."""
    return json.dumps({"message": singular, "plural": plural, "count": count, "values": values},
                      ensure_ascii=False, default=str)


def summary_text(stored: str) -> str:
    """A kept summary in the current language; one kept as plain text (by an older
    coachlog) as it is."""
    try:
        kept = json.loads(stored)
        if "plural" in kept:
            return tn(kept["message"], kept["plural"], kept["count"], **kept["values"])
        return t(kept["message"], **kept["values"])
    except (ValueError, TypeError, KeyError, IndexError):
        return stored


def _find_by_name(kind: str, text: str, items: Sequence[Any]) -> Any:
    """Exact name (any case), else a unique part of a name; else the close matches. Both
    sides are compared by name_key (Unicode-normalised, no invisible characters): a
    journal may hold a name from before names were kept clean."""
    wanted = name_key(text)
    if not wanted:
        raise InvalidInput(kind, text, t("give the name of the {kind}", kind=field_label(kind)))
    keyed = [(name_key(item.name), item) for item in items]
    exact = [item for key, item in keyed if key == wanted]
    if exact:
        return exact[0]
    partial = [
        item for key, item in keyed if key.startswith(wanted) or any(word.startswith(wanted) for word in key.split())
    ] or [item for key, item in keyed if wanted in key]
    if len(partial) == 1:
        return partial[0]
    if len(partial) > 1:
        raise Ambiguous(kind, text, [item.name for item in partial])
    raise NotFound(kind, text, rules.close_matches(clean_name(text), [item.name for item in items]))


class ServiceBase:
    """The journal's store, an injectable ``today`` and the schedules; the shared lookups
    and checks the aggregates' use cases (people, employments, funding, ...) build on."""

    def __init__(self, store: Store, today: Callable[[], date] = date.today,
                 schedules: Schedules | None = None) -> None:
        self.store = store
        self._today = today
        self._schedules = schedules

    @property
    def schedules(self) -> Schedules:
        """The hour schedules in force; built-in by default."""
        if self._schedules is None:
            from coachlog.protocols import load_schedules

            self._schedules = load_schedules()
        return self._schedules

    @property
    def today(self) -> date:
        return self._today()

    # -- lookups ---------------------------------------------------------------------

    def worker(self, reader: Reader, name: str) -> model.Worker:
        return _find_by_name("worker", name, reader.all(model.Worker, order_by=("name",)))

    def employer(self, reader: Reader, name: str) -> model.Employer:
        return _find_by_name("employer", name, reader.all(model.Employer, order_by=("name",)))

    def funder(self, reader: Reader, name: str) -> model.Funder:
        return _find_by_name("funder", name, reader.all(model.Funder, order_by=("name",)))

    @staticmethod
    def _by_id(reader: Reader, cls: type, kind: str, entity_id: int) -> Any:
        rules.check_id(kind, entity_id)  # beyond 64 bits no row can have it, nor can it be looked up
        found = reader.get(cls, entity_id)
        if found is None:
            raise NotFound(kind, entity_id)
        return found

    # -- the journal as a whole ----------------------------------------------------------

    def holds_data(self) -> bool:
        """The journal holds a worker, an employer or an entry (it is not a new, empty one)."""
        with self.store.reading() as reader:
            return bool(reader.count(model.Worker) or reader.count(model.Employer) or reader.count(model.Entry))

    # -- shared checks -----------------------------------------------------------------

    def _new_name(self, reader: Reader, cls: type[Named], kind: str, current: Named, name: str) -> str:
        """A cleaned new name; another of the same kind may not have it (in any case)."""
        cleaned = rules.check_name("name", name)
        if name_key(cleaned) != name_key(current.name):
            self._refuse_duplicate(reader, cls, kind, cleaned)
        return cleaned

    @staticmethod
    def _refuse_duplicate(reader: Reader, cls: type[Named], kind: str, name: str) -> None:
        wanted = name_key(name)
        for item in reader.all(cls):
            if name_key(item.name) == wanted:
                raise Conflict(t("a {kind} named {name} already exists; choose another name",
                                 kind=field_label(kind), name=repr(item.name)))

    @staticmethod
    def _refuse_if_used(
        reader: Reader, what: str, uses: dict[str, tuple[type, dict[str, Any]]],
        archive: tuple[str, str] | None = None,
    ) -> None:
        """Refuse to remove what is still used; ``archive`` (kind, name): it can be archived
        instead (StillUsed, whose front end says how)."""
        counts = {label: reader.count(cls, **equals) for label, (cls, equals) in uses.items()}
        used = [f"{count} {t(_SINGULAR[label]) if count == 1 else t(label)}"
                for label, count in counts.items() if count]
        if used:
            hint = t("; archive it instead to keep its history but hide it") if archive else t("; remove those first")
            message = t("{what} still has {used} and was not removed{hint}", what=what, used=", ".join(used), hint=hint)
            if archive:
                raise StillUsed(message, *archive)
            raise Conflict(message)


def _span(employment: model.Employment) -> str:
    end = rules.format_day(employment.end) if employment.end else t("open end")
    return f"{rules.format_day(employment.start)} – {end}"



# What keeps a worker, employer, ... from being removed: plural -> singular.
_SINGULAR = {
    N_("employments"): N_("employment"),
    N_("entries"): N_("entry"),
    N_("ladder measurements"): N_("ladder measurement"),
    N_("absences"): N_("absence"),
    N_("grants"): N_("grant"),
    N_("goals"): N_("goal"),
}

