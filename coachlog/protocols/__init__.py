"""Hour schedules as data: the UWV protocols, the legal maximum, and a coach's own.

A schedule is a TOML file: its id, title, source (document, article, site) and status
(confirmed or assumed), its period length, and per regime either percentages of the
contract hours per employment year or fixed hours per period. coachlog ships some in
``schedules/``; a coach adds or overrides them with files in the config dir's
``schedules/`` folder. A broken file is reported with its path and key; the rest load.
Pure: stdlib only.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from itertools import pairwise
from pathlib import Path
from typing import Any

from coachlog.i18n import t

BUILTIN_DIR = Path(__file__).parent / "schedules"
STATUSES = ("confirmed", "assumed")
_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
_TOP_KEYS = {
    "id", "title", "source", "url", "article", "status", "note", "period_months",
    "max_periods", "funder_kinds", "regimes", "proefplaatsing", "tariff",
}
_REGIME_KEYS = {"percentages", "hours_per_period"}


@dataclass(frozen=True)
class Regime:
    name: str
    # Percent of the contract hours for employment year 1, 2, ...; the last holds after.
    percentages: tuple[Fraction, ...] = ()
    # Or: fixed hours per period (a gemeente's rule).
    hours_per_period: Fraction | None = None


@dataclass(frozen=True)
class Schedule:
    id: str
    title: str
    source: str
    status: str
    period_months: int
    max_periods: int
    regimes: dict[str, Regime]
    proefplaatsing: dict[str, Fraction] = field(default_factory=dict)
    url: str = ""
    article: str = ""
    note: str = ""
    funder_kinds: tuple[str, ...] = ()
    tariff: Fraction | None = None
    origin: str = "coachlog"

    @property
    def label(self) -> str:
        """How reports and screens name it: never more certain than the data is."""
        status = "bevestigd" if self.status == "confirmed" else "aangenomen, controleer dit"
        return f"{self.title} (gebaseerd op {self.source}; {status})"

    def percentage(self, regime: str, employment_year: int, *, trial: bool = False) -> Fraction:
        """Percent of the contract hours for a regime in an employment year (1-based)."""
        if trial:
            if regime not in self.proefplaatsing:
                raise KeyError(
                    t("schedule {id} has no proefplaatsing percentage for regime {regime}", id=self.id, regime=regime)
                )
            return self.proefplaatsing[regime]
        found = self.regimes[regime]
        if not found.percentages:
            raise KeyError(
                t("regime {regime} of schedule {id} has hours per period, not percentages", regime=regime, id=self.id)
            )
        index = min(max(employment_year, 1), len(found.percentages)) - 1
        return found.percentages[index]


class ScheduleProblem(ValueError):
    def __init__(self, path: str, key: str, message: str) -> None:
        self.path = path
        self.key = key
        super().__init__(f"{path}: {key}: {message}")


def _number(value: Any, path: str, key: str, low: Fraction, high: Fraction) -> Fraction:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ScheduleProblem(path, key, f"expected a number, got {value!r}")
    # Through str: 7.5 in TOML is a float; Fraction(str) keeps it exactly 15/2.
    try:
        number = Fraction(str(value))
    except (ValueError, OverflowError):
        raise ScheduleProblem(path, key, f"expected a finite number, got {value!r}") from None
    if not low <= number <= high:
        raise ScheduleProblem(path, key, f"{value} is outside {float(low):g}..{float(high):g}")
    return number


def _check_keys(table: dict[str, Any], allowed: set[str], path: str, prefix: str) -> None:
    for key in table:
        if key not in allowed:
            close = difflib.get_close_matches(key, sorted(allowed), n=1)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise ScheduleProblem(path, prefix + key, f"unknown key{hint}")


def _text(data: dict[str, Any], key: str, path: str, *, required: bool = True) -> str:
    value = data.get(key, "" if not required else None)
    if value is None:
        raise ScheduleProblem(path, key, "missing")
    if not isinstance(value, str):
        raise ScheduleProblem(path, key, f"expected text, got {value!r}")
    return value.strip()


def parse_schedule(data: dict[str, Any], path: str, origin: str = "coachlog") -> Schedule:
    """A schedule from parsed TOML; raises ScheduleProblem naming the path and key."""
    _check_keys(data, _TOP_KEYS, path, "")
    schedule_id = _text(data, "id", path)
    if not _ID.fullmatch(schedule_id):
        raise ScheduleProblem(path, "id", f"{schedule_id!r}: use lower-case letters, digits and dashes")
    status = _text(data, "status", path)
    if status not in STATUSES:
        raise ScheduleProblem(path, "status", f"{status!r}: use confirmed or assumed")
    period_months = data.get("period_months")
    if isinstance(period_months, bool) or not isinstance(period_months, int) or not 1 <= period_months <= 36:
        raise ScheduleProblem(path, "period_months", f"{period_months!r}: give whole months from 1 to 36")
    max_periods = data.get("max_periods", 6)
    if isinstance(max_periods, bool) or not isinstance(max_periods, int) or not 1 <= max_periods <= 20:
        raise ScheduleProblem(path, "max_periods", f"{max_periods!r}: give a whole number from 1 to 20")
    raw_regimes = data.get("regimes")
    if not isinstance(raw_regimes, dict) or not raw_regimes:
        raise ScheduleProblem(path, "regimes", "give at least one [regimes.NAME] table")
    regimes = {}
    for name, raw in raw_regimes.items():
        key = f"regimes.{name}"
        if not isinstance(raw, dict):
            raise ScheduleProblem(path, key, "expected a table")
        _check_keys(raw, _REGIME_KEYS, path, key + ".")
        if ("percentages" in raw) == ("hours_per_period" in raw):
            raise ScheduleProblem(path, key, "give either percentages or hours_per_period")
        if "percentages" in raw:
            values = raw["percentages"]
            if not isinstance(values, list) or not 1 <= len(values) <= 10:
                raise ScheduleProblem(path, key + ".percentages", "expected a list of 1 to 10 numbers, year 1 first")
            percentages = tuple(
                _number(v, path, f"{key}.percentages[{i}]", Fraction(0), Fraction(100)) for i, v in enumerate(values)
            )
            for year, (earlier, later) in enumerate(pairwise(percentages), start=2):
                if later > earlier:
                    raise ScheduleProblem(
                        path, key + ".percentages",
                        f"year {year} ({float(later):g}%) is above year {year - 1}; hours only fall"
                    )
            regimes[name] = Regime(name, percentages=percentages)
        else:
            hours = _number(raw["hours_per_period"], path, key + ".hours_per_period", Fraction(0), Fraction(2000))
            regimes[name] = Regime(name, hours_per_period=hours)
    trial_raw = data.get("proefplaatsing", {})
    if not isinstance(trial_raw, dict):
        raise ScheduleProblem(path, "proefplaatsing", "expected a table of regime = percentage")
    trial = {}
    for name, value in trial_raw.items():
        if name not in regimes:
            raise ScheduleProblem(path, f"proefplaatsing.{name}", f"no regime {name!r} in this schedule")
        trial[name] = _number(value, path, f"proefplaatsing.{name}", Fraction(0), Fraction(100))
    kinds = data.get("funder_kinds", [])
    if not isinstance(kinds, list) or not all(isinstance(k, str) for k in kinds):
        raise ScheduleProblem(path, "funder_kinds", "expected a list of funder kinds")
    tariff = data.get("tariff")
    return Schedule(
        id=schedule_id,
        title=_text(data, "title", path),
        source=_text(data, "source", path),
        status=status,
        period_months=period_months,
        max_periods=max_periods,
        regimes=regimes,
        proefplaatsing=trial,
        url=_text(data, "url", path, required=False),
        article=_text(data, "article", path, required=False),
        note=" ".join(_text(data, "note", path, required=False).split()),
        funder_kinds=tuple(kinds),
        tariff=None if tariff is None else _number(tariff, path, "tariff", Fraction(0), Fraction(1000)),
        origin=origin,
    )


def load_file(path: Path, origin: str) -> Schedule:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise ScheduleProblem(str(path), "(file)", f"not valid TOML: {error}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ScheduleProblem(str(path), "(file)", f"cannot be read: {error}") from None
    return parse_schedule(data, str(path), origin)


@dataclass
class Schedules:
    """The schedules in force: built in, then the coach's own (which may override)."""

    by_id: dict[str, Schedule]
    problems: list[str]

    def get(self, schedule_id: str) -> Schedule:
        if schedule_id not in self.by_id:
            close = difflib.get_close_matches(schedule_id, sorted(self.by_id), n=1)
            hint = t("; did you mean {names}?", names=repr(close[0])) if close else ""
            raise KeyError(t("no schedule {id}", id=repr(schedule_id)) + hint
                           + t(" (known: {known})", known=", ".join(sorted(self.by_id))))
        return self.by_id[schedule_id]


def load_schedules(user_dir: Path | None = None) -> Schedules:
    by_id: dict[str, Schedule] = {}
    problems: list[str] = []
    sources = [(BUILTIN_DIR, "coachlog")]
    if user_dir is not None and user_dir.is_dir():
        sources.append((user_dir, "user"))
    for directory, origin in sources:
        for path in sorted(directory.glob("*.toml")):
            try:
                schedule = load_file(path, origin if origin == "coachlog" else str(path))
            except ScheduleProblem as problem:
                problems.append(str(problem))
                continue
            by_id[schedule.id] = schedule
    return Schedules(by_id, problems)
