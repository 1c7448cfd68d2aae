"""Schedules as data: the shipped ones, a coach's own, and broken files reported by key."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest

from coachlog.protocols import BUILTIN_DIR, ScheduleProblem, load_schedules, parse_schedule

GEMEENTE = """
id = "gemeente-voorbeeldstad"
title = "Jobcoaching gemeente Voorbeeldstad"
source = "Beleidsregels jobcoaching Voorbeeldstad 2026"
status = "assumed"
period_months = 12
max_periods = 2
tariff = 65.5

[regimes.standaard]
hours_per_period = 40
"""


def test_shipped_schedules_load_with_source_and_status():
    loaded = load_schedules()
    assert loaded.problems == []
    assert set(loaded.by_id) == {"uwv-extern-2014", "uwv-intern-2015", "wettelijk-maximum"}
    extern = loaded.get("uwv-extern-2014")
    assert extern.period_months == 6
    assert [extern.percentage("midden", y) for y in (1, 2, 3, 4)] == [10, 5, 3, 3]
    assert extern.percentage("intensief", 2) == Fraction(15, 2)
    assert extern.percentage("midden", 2, trial=True) == 10
    assert "Protocol Jobcoach UWV 2014" in extern.label and "bevestigd" in extern.label
    intern = loaded.get("uwv-intern-2015")
    assert intern.period_months == 12 and intern.max_periods == 3
    assert "zeer-licht" not in intern.regimes
    assert "aangenomen" in intern.label  # never more certain than the data
    legal = loaded.get("wettelijk-maximum")
    assert [legal.percentage("intensief", y) for y in (1, 2, 3)] == [15, Fraction(15, 2), 6]
    for schedule in loaded.by_id.values():
        assert schedule.source and schedule.url.startswith("https://") and schedule.article


def test_a_coach_adds_and_overrides_schedules(tmp_path: Path):
    (tmp_path / "gemeente.toml").write_text(GEMEENTE, encoding="utf-8")
    override = (BUILTIN_DIR / "wettelijk-maximum.toml").read_text(encoding="utf-8").replace(
        'title = "Wettelijk maximum jobcoaching"', 'title = "Mijn eigen maximum"'
    )
    (tmp_path / "max.toml").write_text(override, encoding="utf-8")
    loaded = load_schedules(tmp_path)
    assert loaded.problems == []
    own = loaded.get("gemeente-voorbeeldstad")
    assert own.regimes["standaard"].hours_per_period == 40
    assert own.tariff == Fraction(131, 2)
    assert own.origin.endswith("gemeente.toml")
    assert loaded.get("wettelijk-maximum").title == "Mijn eigen maximum"


BROKEN = [
    ('id = "x"\n', "status"),  # status missing is reported as its key
    (GEMEENTE.replace("period_months = 12", "period_months = 0"), "period_months"),
    (GEMEENTE.replace("hours_per_period = 40", "hours_per_period = -1"), "regimes.standaard.hours_per_period"),
    (GEMEENTE.replace("hours_per_period = 40", "percentages = [5, 10]"), "regimes.standaard.percentages"),
    (GEMEENTE.replace("hours_per_period = 40", "hours_per_periode = 40"), "regimes.standaard.hours_per_periode"),
    (GEMEENTE.replace('status = "assumed"', 'status = "zeker"'), "status"),
    (GEMEENTE.replace("period_months", "periode_months"), "periode_months"),
    (GEMEENTE + "\n[proefplaatsing]\nonbekend = 3\n", "proefplaatsing.onbekend"),
    ("this is [not toml", "(file)"),
]


@pytest.mark.parametrize(("text", "key"), BROKEN)
def test_a_broken_file_is_reported_with_path_and_key_and_the_rest_loads(tmp_path: Path, text: str, key: str):
    broken = tmp_path / "kapot.toml"
    broken.write_text(text, encoding="utf-8")
    (tmp_path / "goed.toml").write_text(GEMEENTE, encoding="utf-8")
    loaded = load_schedules(tmp_path)
    assert len(loaded.problems) == 1
    assert str(broken) in loaded.problems[0]
    assert f": {key}:" in loaded.problems[0]
    assert "gemeente-voorbeeldstad" in loaded.by_id
    assert "uwv-extern-2014" in loaded.by_id


def test_unknown_key_suggests_the_nearest():
    with pytest.raises(ScheduleProblem, match="did you mean 'period_months'"):
        parse_schedule({"id": "a", "title": "t", "source": "s", "status": "assumed", "period_monhts": 6,
                        "regimes": {"r": {"hours_per_period": 1}}}, "f.toml")


def test_unknown_schedule_id_names_the_known_ones():
    with pytest.raises(KeyError, match="did you mean 'uwv-extern-2014'"):
        load_schedules().get("uwv-extern-2015")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_scalars = st.one_of(st.none(), st.booleans(), st.integers(-5, 200), st.floats(allow_nan=True), st.text(max_size=12))
_values = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4), max_leaves=12)
_keys = st.sampled_from(["id", "title", "source", "status", "period_months", "max_periods", "regimes",
                         "proefplaatsing", "tariff", "funder_kinds", "url", "note", "onbekend"])


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(_keys, _values, max_size=10))
def test_any_schedule_data_loads_or_is_refused_by_key(data):
    try:
        schedule = parse_schedule(data, "random.toml")
    except ScheduleProblem as problem:
        assert str(problem).startswith("random.toml: ")
    else:
        assert schedule.regimes and 1 <= schedule.period_months <= 36
        for regime in schedule.regimes.values():
            assert list(regime.percentages) == sorted(regime.percentages, reverse=True)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_file_text_loads_or_is_reported(tmp_path_factory, text):
    folder = tmp_path_factory.mktemp("schedules")
    (folder / "willekeurig.toml").write_text(text, encoding="utf-8")
    loaded = load_schedules(folder)
    # Random text is never a whole schedule: it is reported once, by file, and the rest load.
    assert len(loaded.problems) == 1 and "willekeurig.toml" in loaded.problems[0]
    assert sorted(loaded.by_id) == ["uwv-extern-2014", "uwv-intern-2015", "wettelijk-maximum"]


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), -1, 101, "10", True])
def test_a_percentage_that_is_no_number_in_range_is_refused(bad):
    with pytest.raises(ScheduleProblem, match="regimes.r.percentages"):
        parse_schedule({"id": "a", "title": "t", "source": "s", "status": "assumed", "period_months": 6,
                        "regimes": {"r": {"percentages": [bad]}}}, "f.toml")
