"""The one rulebook for what an entry is when the coach leaves something out.

Every way an entry is made (the command line's ``log``, the app's quick form and edit
dialog, a CSV or JSON import, the demo) passes what the coach typed to the services, and
the services ask this module: with whom, which activity, which mode, billable or not, and
for which employer. Nothing else decides a default, so the ways cannot drift apart (they
did: an employer contact logged from the command line was billable coaching with the
manager, the same line imported was unbillable administration).

Pure: no storage, no front end; the callers hand in what the journal holds.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from coachlog.domain import model, parsing, rules
from coachlog.errors import ChooseOne, InvalidInput, NeedsConfirmation
from coachlog.i18n import field_label, t

DEFAULT_MODE = "on_site"
# The activity a coach most often means with each person; time with nobody is admin.
DEFAULT_ACTIVITY = {"worker": "guidance", "employer": "manager", "network": "evaluation", "nobody": "admin"}


@dataclass(frozen=True)
class EntryKind:
    with_whom: str
    activity: str
    mode: str
    billable: bool


def default_activity(with_whom: str) -> str:
    """The activity a coach most often means with this person."""
    return DEFAULT_ACTIVITY.get(with_whom, "admin")


def default_with_whom(has_worker: bool, has_employer: bool) -> str:
    """A worker named: time with the worker; else an employer named: with the employer;
    else with nobody (indirect time)."""
    return "worker" if has_worker else "employer" if has_employer else "nobody"


def entry_kind(*, with_whom: str | None = None, activity: str | None = None, mode: str | None = None,
               billable: bool | None = None, has_worker: bool, has_employer: bool) -> EntryKind:
    """With whom, activity, mode and billable of a new entry, from what the coach typed.

    ``with_whom``, ``activity`` and ``mode`` are text in any spelling coachlog accepts
    (``werkgever``, ``employer``, ``wg``) or None/empty when left out; ``billable`` is None
    when the coach did not say. Left out, each gets its default, in this order: with whom
    from who is named, the activity from with whom, on site, and billable for direct
    coaching (not with nobody, not an indirect activity)."""
    who = (parsing.parse_with_whom(with_whom.strip(), "with_whom") if with_whom and with_whom.strip()
           else default_with_whom(has_worker, has_employer))
    if who != "nobody" and not has_worker and not has_employer:
        raise InvalidInput("worker", None, t("time with the {who} needs a worker or an employer; or log it as time "
                                             "with nobody", who=field_label(who)))
    what = (parsing.parse_activity(activity.strip(), "activity") if activity and activity.strip()
            else default_activity(who))
    how = parsing.parse_mode(mode.strip(), "mode") if mode and mode.strip() else DEFAULT_MODE
    paid = billable if billable is not None else rules.default_billable(who, what, parsing.INDIRECT_ACTIVITIES)
    return EntryKind(who, what, how, paid)


def edited_kind(old: EntryKind, changed: dict[str, object], *, has_worker: bool, has_employer: bool) -> EntryKind:
    """What an edited entry is: the fields changed (codes), and for what was not changed the
    old value, except where the old value was only the default of something changed (the
    activity follows a new with-whom when it was that with-whom's default; billable follows
    a new with-whom or activity unless it is changed too). Checked like a new entry: time
    with someone needs a worker or an employer."""
    who = str(changed.get("with_whom", old.with_whom))
    what = str(changed.get("activity") or (default_activity(who) if "with_whom" in changed
                                             and old.activity == default_activity(old.with_whom) else old.activity))
    how = str(changed.get("mode", old.mode))
    if "billable" in changed and changed["billable"] is not None:
        paid = bool(changed["billable"])
    elif {"with_whom", "activity"} & changed.keys():
        paid = rules.default_billable(who, what, parsing.INDIRECT_ACTIVITIES)
    else:
        paid = old.billable
    return entry_kind(with_whom=who, activity=what, mode=how, billable=paid, has_worker=has_worker,
                      has_employer=has_employer)


def entry_employer(worker: str, day: date, employments: Sequence[model.Employment], employer_names: Mapping[int, str],
                   given: int | None = None, *, confirmed: bool = False, group: bool = False) -> int | None:
    """The employer (id) of a worker's entry on ``day``.

    ``employments`` are all of the worker's; ``given`` the employer the coach named, if
    any. The one given when the worker has an employment there that day; else the
    employer of the one employment that covers the day. Never a silent guess:

    - a worker with two or more employers that day and none named: ChooseOne, naming them;
    - a named employer where the worker has no employment, or a day outside all of the
      worker's employments: NeedsConfirmation (``confirmed`` logs it anyway);
    - a worker without any employment (still looking for work): no employer, no question.

    In a group session (``group``) the employer named is the one of the workers employed
    there; for each other worker their own employment decides, as if none was named (a
    group at one workplace often has a worker placed by another employer).
    """
    if group and given is not None and not any(e.employer_id == given for e in employments):
        given = None
    if not employments:
        return given
    if given is not None:
        at_given = [e for e in employments if e.employer_id == given]
        if not at_given:
            if not confirmed:
                raise NeedsConfirmation("employer", employer_names.get(given, given), t(
                    "{worker} has no employment at {employer}; give the employer of one of {worker}'s employments",
                    worker=worker, employer=employer_names.get(given, given)))
            return given
        if not any(e.covers(day) for e in at_given) and not confirmed:
            raise _outside(worker, day, at_given, str(employer_names.get(given, "")))
        return given
    covering = sorted({e.employer_id for e in employments if e.covers(day)}, key=lambda i: employer_names.get(i, ""))
    if len(covering) == 1:
        return covering[0]
    if covering:
        names = [employer_names.get(i, str(i)) for i in covering]
        listed = t("{some} and {last}", some=", ".join(names[:-1]), last=names[-1])
        raise ChooseOne("employer", None, t("{worker} works for {employers} on {day}; name the employer of this entry",
                                            worker=worker, employers=listed, day=rules.format_day(day)), names)
    if not confirmed:
        raise _outside(worker, day, employments, "")
    return None


def _outside(worker: str, day: date, employments: Sequence[model.Employment], employer: str) -> NeedsConfirmation:
    spans = "; ".join(employment_span(e) for e in employments)
    where = t(" at {employer}", employer=employer) if employer else ""
    return NeedsConfirmation("date", rules.format_day(day), t(
        "{worker} has no employment{where} on that day (employment {spans})", worker=worker, where=where, spans=spans))


def employment_span(employment: model.Employment) -> str:
    """``01-03-2026 – 31-12-2026`` (``– open end`` while it runs)."""
    end = rules.format_day(employment.end) if employment.end else t("open end")
    return f"{rules.format_day(employment.start)} – {end}"
