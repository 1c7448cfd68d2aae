"""Reports on fixed data: golden files per format, no private notes, self-contained HTML,
and the numbers a coach checks by hand.

Regenerate the golden files after a deliberate change with
``COACHLOG_UPDATE_GOLDEN=1 python -m pytest tests/reports`` and read the diff as a coach would."""

from __future__ import annotations

import os
import re
from datetime import date
from pathlib import Path

import pytest

from coachlog.reports.render import FORMATS, render
from tests.reports.conftest import PRIVATE

GOLDEN = Path(__file__).parent / "golden"


def documents(journal):
    insights = journal.insights
    return {
        "maandoverzicht": insights.month_report(date(2026, 10, 1)),
        "verantwoording": insights.period_report(journal.uwv_grant, 1),
        "voortgang": insights.progress_report("Daan Bakker", 1),
        "declaratie": insights.billing_report(date(2026, 10, 1), date(2026, 11, 30)),
        "eigen-maand": insights.own_month_report(date(2026, 10, 1)),
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_reports_match_the_golden_files(report_journal, fmt):
    for name, document in documents(report_journal).items():
        text = render(document, fmt)
        golden = GOLDEN / f"{name}.{fmt}"
        if os.environ.get("COACHLOG_UPDATE_GOLDEN"):
            golden.write_text(text, encoding="utf-8")
        assert text == golden.read_text(encoding="utf-8"), f"{golden.name} differs"


@pytest.mark.parametrize("fmt", FORMATS)
def test_no_report_contains_a_private_note(report_journal, fmt):
    for document in documents(report_journal).values():
        assert PRIVATE not in render(document, fmt)


def test_html_references_nothing_outside_itself(report_journal):
    for document in documents(report_journal).values():
        page = render(document, "html")
        assert not re.search(r"(src|href)\s*=", page, re.I)
        assert "@import" not in page and "url(" not in page
        assert "http://" not in page and "https://" not in page.replace(
            "https://www.uwv.nl/", "")  # a source may be named in text, never loaded
        assert "<script" not in page.lower()


def test_accountability_report_has_every_section_and_marks_what_the_coach_fills_in(report_journal):
    text = render(report_journal.insights.period_report(report_journal.uwv_grant, 1), "md")
    for heading in ("Gegevens", "Uren", "Logboek", "Doelen", "Inzet van de werkgever", "Uitkomst",
                    "Voorstel volgende periode", "Ondertekening"):
        assert f"## {heading}" in text
    for outcome in ("Werkt zonder begeleiding", "Lichter regime", "Zelfde regime", "Zwaarder regime",
                    "Werkt met begeleiding door de werkgever", "Niet meer aan het werk"):
        assert f"- [ ] {outcome}" in text
    assert "Evaluatieformulier ondertekend door de werkgever" in text
    assert "Evaluatieformulier ondertekend door de werknemer" in text
    assert "Deze rapportage bevat geen medische informatie." in text
    assert "[IN TE VULLEN]" in text
    # Period 1 (March to August): 6 months x 10.40 granted; Sanne had 4:15 a month.
    assert "**Toegekend in deze periode:** 62,40 uur" in text
    assert "**Besteed (declarabel):** 25,50 uur" in text
    assert "**Aantal contactmomenten:** 18" in text
    assert "gedeclareerd)" in text and "9,00 u, 225 km" in text  # travel apart: 18 x 30 min, 18 x 12.5 km
    assert "deels behaald" in text
    assert "Plant eigen pauzes" not in text  # a goal of period 2


def test_progress_report_is_about_the_current_period_and_accountability_about_the_last_ended(report_journal):
    # Today (23-11-2026) lies in period 2 of both grants; their periods 1 have ended.
    progress = render(report_journal.insights.progress_report("Daan Bakker"), "md")
    assert "periode 2, 18-11-2026 t/m 17-05-2027" in progress
    accountability = render(report_journal.insights.period_report(report_journal.uwv_grant), "md")
    assert "periode 1, 01-03-2026 t/m 31-08-2026" in accountability


def test_progress_report_shows_the_ladder(report_journal):
    text = render(report_journal.insights.progress_report("Daan Bakker"), "md")
    assert "**Trede bij de start:** trede 3 — Deelname aan georganiseerde activiteiten (20-05-2026)" in text
    assert "**Verwachte trede (groeipotentieel):** trede 5 — Betaald werk met ondersteuning, verwacht per 01-05-2027" in text


def test_billing_uses_the_tariff_of_each_date_and_rounds_once(report_journal):
    text = render(report_journal.insights.billing_report(date(2026, 10, 1), date(2026, 10, 31)), "md")
    # UWV in October: 3 Sanne (2:00 on the 3rd, 0:45 on the 10th at 74.11; 1:30 on the 17th at 74.78)
    # plus her 1:00 share of the group session on the 14th at 74.11:
    # 3.75 h x 74.11 = 277.9125; 1.5 h x 74.78 = 112.17; total 390.0825 -> € 390,08
    assert "| UWV | okt 2026 | 5,25 | 74,11 / 74,78 | € 390,08 |" in text
    # Gemeente: Daan 1:00 on the 5th + 1:00 group share = 2 h x 65.00
    assert "| Gemeente Voorbeeldstad | okt 2026 | 2,00 | 65,00 | € 130,00 |" in text


def test_month_overview_splits_worker_and_employer(report_journal):
    text = render(report_journal.insights.month_report(date(2026, 10, 1)), "md")
    # Sanne, October: worker 2:00 + 1:30 + 1:00 group = 4,50; employer 0,75; budget 10,40 (year 1).
    assert "| Sanne de Vries | Bakkerij Jansen (UWV) | 2 (jaar 1) | 10,40 | 4,50 | 0,75 | 0,00 | 5,25 | 5,15 |" in text


def test_the_split_by_with_whom_adds_up_to_the_billable_hours(report_journal, app):
    from coachlog.services import EntryDraft

    # A direct visit the coach marked not billable must not appear in the billable split.
    app.log(EntryDraft(day=date(2026, 10, 21), minutes=120, workers=["Sanne de Vries"], billable=False,
                       note="Extra bezoek, niet gedeclareerd"))
    text = render(report_journal.insights.month_report(date(2026, 10, 1)), "md")
    assert "| Sanne de Vries | Bakkerij Jansen (UWV) | 2 (jaar 1) | 10,40 | 4,50 | 0,75 | 0,00 | 5,25 | 5,15 |" in text
