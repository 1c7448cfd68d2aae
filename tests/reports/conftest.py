"""A fixed, synthetic journal for the report tests: two workers, two funders, half a
year of entries with private notes that must never show up in a report."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal

import pytest

from coachlog.services.insights import Insights
from coachlog.reports.build import CoachInfo
from coachlog.services import EntryDraft

PRIVATE = "PRIVE-NOTITIE-MAG-NOOIT-NAAR-BUITEN"


@dataclass
class ReportJournal:
    insights: Insights
    uwv_grant: int
    gemeente_grant: int


@pytest.fixture
def report_journal(app) -> ReportJournal:
    app.add_worker("Sanne de Vries")
    app.add_worker("Daan Bakker")
    app.add_employer("Bakkerij Jansen")
    app.add_employer("Groenvoorziening Oost")
    sanne = app.add_employment("Sanne de Vries", "Bakkerij Jansen", date(2026, 3, 1), Decimal(24))
    daan = app.add_employment("Daan Bakker", "Groenvoorziening Oost", date(2026, 5, 18), Decimal(20))
    app.add_funder("UWV", "uwv-extern", reference="JC-0001")
    app.add_funder("Gemeente Voorbeeldstad", "gemeente")
    app.set_tariff("UWV", date(2026, 1, 1), Decimal("74.11"))
    app.set_tariff("UWV", date(2026, 10, 15), Decimal("74.78"))
    app.set_tariff("Gemeente Voorbeeldstad", date(2026, 1, 1), Decimal("65.00"))
    uwv = app.add_grant(sanne.id, "UWV", date(2026, 3, 1), regime="midden", reference="UWV-2026-123")
    gemeente = app.add_grant(daan.id, "Gemeente Voorbeeldstad", date(2026, 5, 18), regime="intensief", granted_hours=Decimal(50))
    goal = app.add_goal(uwv.id, "Werkt zelfstandig de ochtendploeg af", period_no=1)
    app.edit_goal(goal.id, status="partly")
    app.add_goal(uwv.id, "Meldt zich zelf ziek volgens de afspraken", period_no=1)
    app.add_goal(uwv.id, "Plant eigen pauzes", period_no=2)
    app.add_measurement("Sanne de Vries", date(2026, 3, 2), 4, expected_step=5, horizon=date(2026, 9, 1))
    app.add_measurement("Sanne de Vries", date(2026, 9, 1), 5, expected_step=6, horizon=date(2027, 9, 1))
    app.add_measurement("Daan Bakker", date(2026, 5, 20), 3, expected_step=5, horizon=date(2027, 5, 1))
    for month in range(3, 12):
        for day, minutes, with_whom, activity, mode in (
            (3, 120, "worker", "guidance", "on_site"),
            (10, 45, "employer", "manager", "phone"),
            (17, 90, "worker", "training", "on_site"),
        ):
            if date(2026, month, day) > date(2026, 11, 23):
                continue
            app.log(EntryDraft(
                day=date(2026, month, day), minutes=minutes, workers=["Sanne de Vries"], with_whom=with_whom,
                activity=activity, mode=mode, start=time(9, 0), travel_minutes=30, travel_km=Decimal("12.5"),
                goal_id=goal.id if month < 9 else None, note=f"Bezoek {day}-{month}", private_note=PRIVATE,
            ))
        if month >= 6:
            app.log(EntryDraft(day=date(2026, month, 5), minutes=60, workers=["Daan Bakker"], activity="structure",
                               note="Werkplek ingericht", private_note=PRIVATE))
    app.log(EntryDraft(day=date(2026, 10, 14), minutes=120, workers=["Sanne de Vries", "Daan Bakker"],
                       activity="evaluation", note="Groepsoverleg", private_note=PRIVATE))
    app.log(EntryDraft(day=date(2026, 10, 20), minutes=90, with_whom="nobody", activity="admin",
                       note="Rapportages bijgewerkt", private_note=PRIVATE))
    insights = Insights(app, CoachInfo("Jet Voorbeeld", "Jobcoach Voorbeeld B.V."))
    return ReportJournal(insights, uwv.id, gemeente.id)
