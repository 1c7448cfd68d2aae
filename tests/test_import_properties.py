"""Random and malformed JSON imports: a clean import or a clean error, never half of one."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from coachlog.errors import CoachlogError
from coachlog.exchange import read_json
from coachlog.services import Exchange

_cell = st.one_of(st.none(), st.booleans(), st.integers(-10, 2000), st.text(max_size=15),
                  st.sampled_from(["2026-11-20", "20-11-2026", "gisteren", "1u30", "90", "Sanne de Vries",
                                   "Bakkerij Jansen", "werkgever", "begeleiding", "ja", "nee", "-5", "25u"]))
_record = st.dictionaries(
    st.sampled_from(["date", "minutes", "duration", "worker", "employer", "with_whom", "activity", "mode",
                     "billable", "travel_minutes", "travel_km", "note", "goal_id", "onbekend"]),
    _cell, max_size=8)
_document = st.one_of(
    st.fixed_dictionaries({"entries": st.lists(_record, max_size=6)}),
    st.fixed_dictionaries({"coachlog_export": st.sampled_from([1, 2, "1", None]),
                           "workers": st.lists(st.dictionaries(st.sampled_from(["name", "active", "id", "x"]), _cell,
                                                               max_size=3), max_size=3)}),
    st.recursive(_cell, lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
                 max_leaves=8),
)


def snapshot(app):
    return ([(e.day, e.minutes, e.worker_id, e.note) for e in app.entries()],
            [w.name for w in app.list_workers(include_inactive=True)])


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=_document)
def test_a_random_json_import_is_all_or_nothing(seeded, document):
    app = seeded.app
    exchange = Exchange(app)
    before = snapshot(app)
    text = json.dumps(document)
    try:
        parsed = read_json(text, "random.json")
        if "coachlog_export" in parsed:
            exchange.import_journal(parsed, "random.json")
        else:
            records = parsed.get("entries")
            if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
                return  # the CLI refuses this shape with its own message
            rows = [(n, {str(k): "" if v is None else str(v) for k, v in r.items()}) for n, r in enumerate(records, 1)]
            saved = exchange.import_entries(rows, "random.json", force=True)
            assert len(app.entries()) == len(before[0]) + len(saved)
            if saved:
                app.undo()
    except CoachlogError:
        pass
    assert snapshot(app) == before


@settings(max_examples=80, deadline=None)
@given(st.text(max_size=200))
def test_any_text_as_json_is_read_or_refused_cleanly(text):
    try:
        read_json(text, "random.json")
    except CoachlogError as error:
        assert str(error).startswith("random.json: ")
