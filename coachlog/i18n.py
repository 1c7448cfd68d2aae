"""Dutch and English text for the app, from one catalogue.

``tr(key, **values)`` gives the text in the chosen language. The language comes from
``--lang``, else the config's ``app.language``, else the system locale (Dutch for a
Dutch locale, English otherwise). Reports for funders are always Dutch.
"""

from __future__ import annotations

import locale
import os

LANGUAGES = ("nl", "en")

# key: (Dutch, English)
CATALOGUE: dict[str, tuple[str, str]] = {
    "app.title": ("coachlog", "coachlog"),
    "unlock.title": ("Logboek ontgrendelen", "Unlock your journal"),
    "unlock.prompt": ("Wachtzin voor {path}", "Passphrase for {path}"),
    "unlock.new": ("Nieuw logboek op {path}: kies een wachtzin (twee keer).",
                   "New journal at {path}: choose a passphrase (twice)."),
    "unlock.passphrase": ("Wachtzin", "Passphrase"),
    "unlock.again": ("Nog een keer", "Once more"),
    "unlock.button": ("Openen", "Open"),
    "unlock.opening": ("Openen…", "Opening…"),
    "unlock.wrong": ("Verkeerde wachtzin voor {path} (nog {left} poging(en))",
                     "Wrong passphrase for {path} ({left} tries left)"),
    "unlock.giveup": ("Drie keer een verkeerde wachtzin; coachlog stopt.", "Three wrong passphrases; coachlog stops."),
    "unlock.empty": ("De wachtzin mag niet leeg zijn.", "The passphrase may not be empty."),
    "unlock.differ": ("De twee wachtzinnen verschillen.", "The two passphrases differ."),
    "unlock.demo": ("Demo: een wegwerplogboek met verzonnen mensen. Wachtzin: {passphrase}",
                    "Demo: a throwaway journal of made-up people. Passphrase: {passphrase}"),
    "unlock.locked": ("Vergrendeld na {minutes} minuten zonder gebruik.", "Locked after {minutes} idle minutes."),
    "today.title": ("Vandaag", "Today"),
    "today.entries": ("Regels van {day}", "Entries of {day}"),
    "today.entries_keys": ("← → dag · g datum", "← → day · g date"),
    "today.none": ("Nog niets gelogd op deze dag.", "Nothing logged on this day yet."),
    "today.totals": ("Werknemer {worker} · Werkgever {employer} · Netwerk {network} · Indirect {indirect} · "
                     "Reistijd {travel} · Totaal {total}",
                     "Worker {worker} · Employer {employer} · Network {network} · Indirect {indirect} · "
                     "Travel {travel} · Total {total}"),
    "today.signals": ("Signalen", "Signals"),
    "today.no_signals": ("Geen signalen. Alles op orde.", "No signals. All in order."),
    "form.title": ("Snel loggen", "Quick log"),
    "form.worker": ("Werknemer", "Worker"),
    "form.employer": ("Werkgever", "Employer"),
    "form.worker_hint": ("naam; leeg = indirecte tijd", "name; empty = indirect time"),
    "form.with_hint": ("leeg = werknemer", "empty = worker"),
    "form.activity_hint": ("leeg = begeleiding", "empty = begeleiding (coaching)"),
    "form.with": ("Met wie", "With"),
    "form.activity": ("Activiteit", "Activity"),
    "form.duration": ("Duur of 9:00-10:30", "Duration or 9:00-10:30"),
    "form.note": ("Notitie (feitelijk, komt in rapportages)", "Note (factual, goes into reports)"),
    "form.save": ("Opslaan", "Save"),
    "form.saved": ("Gelogd: {duration} {who}", "Logged: {duration} {who}"),
    "form.fix": ("Niet opgeslagen: {error}", "Not saved: {error}"),
    "form.anyway": ("{error}. Toch opslaan?", "{error}. Save it anyway?"),
    "entry.edit": ("Regel {id} wijzigen", "Edit entry {id}"),
    "entry.date": ("Datum", "Date"),
    "entry.duration": ("Duur", "Duration"),
    "entry.saved": ("Regel {id} opgeslagen", "Entry {id} saved"),
    "entry.delete_q": ("Regel {id} verwijderen ({day}, {duration}, {who})?",
                       "Delete entry {id} ({day}, {duration}, {who})?"),
    "entry.deleted": ("Regel {id} verwijderd. Ongedaan maken: u", "Entry {id} deleted. Undo: u"),
    "entry.none_selected": ("Kies eerst een regel in de tabel.", "Select an entry in the table first."),
    "undo.done": ("Ongedaan gemaakt: {summary}", "Undone: {summary}"),
    "undo.nothing": ("Niets om ongedaan te maken.", "Nothing to undo."),
    "confirm.yes": ("Ja", "Yes"),
    "confirm.no": ("Nee", "No"),
    "cancel": ("Annuleren", "Cancel"),
    "goto.title": ("Naar datum", "Go to date"),
    "goto.placeholder": ("bijv. 23-11-2026, gisteren, maandag", "e.g. 23-11-2026, yesterday, monday"),
    "timer.running": ("⏱ {who} sinds {since} ({elapsed})", "⏱ {who} since {since} ({elapsed})"),
    "timer.started": ("Timer gestart om {time}: {who}, {activity}", "Timer started at {time}: {who}, {activity}"),
    "timer.started_indirect": ("Timer gestart om {time}: indirecte tijd, {activity}. "
                               "Voor een bezoek: vul eerst Werknemer in.",
                               "Timer started at {time}: indirect time, {activity}. "
                               "For a visit: fill in Worker first."),
    "timer.stopped": ("Timer gestopt: {duration} gelogd", "Timer stopped: {duration} logged"),
    "timer.nobody": ("indirect", "indirect"),
    "workers.title": ("Werknemers", "Workers"),
    # -- workers (F3) and trajectory (F4) screens ----------------------------------
    "workers.loading": ("Laden…", "Loading…"),
    "workers.heading": ("Werknemers · uren van {month}", "Workers · hours of {month}"),
    "workers.hint": ("Enter of o: details · uren: declarabel besteed / budget deze maand",
                     "Enter or o: details · hours: billable spent / budget this month"),
    "workers.none": ("Nog geen actieve werknemers; voeg er een toe met coachlog worker add.",
                     "No active workers yet; add one with coachlog worker add."),
    "workers.col.name": ("Werknemer", "Worker"),
    "workers.col.hours": ("Uren {month}", "Hours {month}"),
    "workers.col.step": ("Ladder", "Ladder"),
    "workers.col.signals": ("Signalen", "Signals"),
    "workers.col.employer": ("Werkgever", "Employer"),
    "workers.col.grant": ("Toekenning", "Grant"),
    "workers.no_employment": ("geen dienstverband", "no employment"),
    "workers.no_grant": ("geen lopende toekenning", "no current grant"),
    "workers.no_budget": ("geen budget", "no budget"),
    "workers.grant_from": ("{grant} (vanaf {day})", "{grant} (from {day})"),
    "workers.granted_hours": ("{hours} u per periode", "{hours} h per period"),
    "workers.regime.zeer-licht": ("zeer licht", "very light"),
    "workers.regime.licht": ("licht", "light"),
    "workers.regime.midden": ("midden", "medium"),
    "workers.regime.intensief": ("intensief", "intensive"),
    "workers.step": ("trede {step}", "step {step}"),
    "workers.step.1": ("Geïsoleerd", "Isolated"),
    "workers.step.2": ("Sociale contacten buitenshuis", "Social contacts outside the home"),
    "workers.step.3": ("Deelname aan georganiseerde activiteiten", "Taking part in organised activities"),
    "workers.step.4": ("Onbetaald werk", "Unpaid work"),
    "workers.step.5": ("Betaald werk met ondersteuning", "Paid work with support"),
    "workers.step.6": ("Betaald werk", "Paid work"),
    "workers.goal.open": ("open", "open"),
    "workers.goal.reached": ("behaald", "reached"),
    "workers.goal.partly": ("deels behaald", "partly reached"),
    "workers.goal.not-reached": ("niet behaald", "not reached"),
    "workers.employments": ("Dienstverbanden", "Employments"),
    "workers.no_employments": ("Geen dienstverbanden.", "No employments."),
    "workers.employment": ("{employer}: {kind}, sinds {start}{until}", "{employer}: {kind}, since {start}{until}"),
    "workers.until": (" t/m {day}", " until {day}"),
    "workers.wage_value": (", loonwaarde {value}%", ", wage value {value}%"),
    "workers.contract_hours": ("{hours} uur per week vanaf {day}", "{hours} hours a week from {day}"),
    "workers.grants": ("Toekenningen", "Grants"),
    "workers.no_grants": ("Geen toekenningen.", "No grants."),
    "workers.grant": ("{funder}, {what}, vanaf {start}: {periods} perioden van {months} maanden",
                      "{funder}, {what}, from {start}: {periods} periods of {months} months"),
    "workers.schedule": ("Urenschema: {title} (gebaseerd op {source}; {status})",
                         "Hour schedule: {title} (based on {source}; {status})"),
    "workers.confirmed": ("bevestigd", "confirmed"),
    "workers.assumed": ("aangenomen, controleer dit", "assumed, check this"),
    "workers.goals": ("Doelen", "Goals"),
    "workers.no_goals": ("Nog geen doelen.", "No goals yet."),
    "workers.goal_line": ("periode {period} ({funder})", "period {period} ({funder})"),
    "workers.ladder": ("Participatieladder", "Participation ladder"),
    "workers.no_ladder": ("Nog geen metingen op de participatieladder.", "No participation ladder measurements yet."),
    "workers.expected": ("→ verwacht {step} per {day}", "→ expected {step} by {day}"),
    "workers.expected_open": ("→ verwacht {step}", "→ expected {step}"),
    "workers.entries": ("Laatste {count} regels", "Latest {count} entries"),
    "workers.no_entries": ("Nog geen regels voor deze werknemer.", "No entries for this worker yet."),
    "workers.col.date": ("Datum", "Date"),
    "workers.col.duration": ("Duur", "Duration"),
    "workers.col.with": ("Met wie", "With"),
    "workers.col.activity": ("Activiteit", "Activity"),
    "workers.col.note": ("Notitie", "Note"),
    "workers.not_found": ("Werknemer niet gevonden; de lijst is bijgewerkt.",
                          "Worker not found; the list was refreshed."),
    "trajectory.grants": ("Toekenningen", "Grants"),
    "trajectory.none": ("Nog geen toekenningen; voeg er een toe met coachlog grant add.",
                        "No grants yet; add one with coachlog grant add."),
    "trajectory.heading": ("{worker} bij {employer} · {grant}", "{worker} at {employer} · {grant}"),
    "trajectory.position": ("toekenning {index} van {count}", "grant {index} of {count}"),
    "trajectory.period_mark": ("periode {number} · {start} t/m {end}", "period {number} · {start} to {end}"),
    "trajectory.now": ("nu", "now"),
    "trajectory.with_worker": ("werknemer", "worker"),
    "trajectory.with_employer": ("werkgever", "employer"),
    "trajectory.with_network": ("netwerk", "network"),
    "trajectory.budget_line": ("budget", "budget"),
    "trajectory.hours_unit": ("uren: besteed / budget", "hours: spent / budget"),
    "trajectory.periods": ("Perioden", "Periods"),
    "trajectory.col.period": ("Periode", "Period"),
    "trajectory.col.from": ("Van", "From"),
    "trajectory.col.to": ("T/m", "To"),
    "trajectory.col.budget": ("Budget", "Budget"),
    "trajectory.col.used": ("Besteed", "Used"),
    "trajectory.col.left": ("Resterend", "Remaining"),
    "trajectory.col.worker": ("Werknemer", "Worker"),
    "trajectory.col.with_worker": ("Met werknemer", "With worker"),
    "trajectory.col.with_employer": ("Met werkgever", "With employer"),
    "trajectory.col.with_network": ("Met netwerk", "With network"),
    "trajectory.col.employer": ("Werkgever (financier)", "Employer (funder)"),
    "trajectory.col.period_year": ("Periode", "Period"),
    "trajectory.period_year": ("{period} (jaar {year})", "{period} (year {year})"),
    "trajectory.over": ("over {hours}", "over {hours}"),
    "trajectory.total": ("Totaal", "Total"),
    "trajectory.hint": ("[ ] andere toekenning · m alle werknemers van een maand",
                        "[ ] other grant · m all workers of a month"),
    "trajectory.month_heading": ("Alle werknemers · {month}", "All workers · {month}"),
    "trajectory.month_hint": ("← → andere maand · m of Esc terug naar de toekenningen · uren: declarabel",
                              "← → other month · m or Esc back to the grants · hours: billable"),
    "trajectory.month_none": ("Geen werknemer met een lopende toekenning in {month}.",
                              "No worker with a running grant in {month}."),
    "trajectory.months": ("januari februari maart april mei juni juli augustus september oktober november december",
                          "January February March April May June July August September October November December"),
    "trajectory.months_short": ("jan feb mrt apr mei jun jul aug sep okt nov dec",
                                "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
    "workers.detail": ("Werknemer {name}", "Worker {name}"),
    "trajectory.title": ("Verloop: van intensief naar extensief", "Trajectory: intensive to extensive"),
    "reports.title": ("Rapportages", "Reports"),
    "reports.choose": ("Rapportage", "Report"),
    "reports.kind.month": ("Maandoverzicht", "Month overview"),
    "reports.kind.period": ("Verantwoordingsrapportage", "Accountability report"),
    "reports.kind.progress": ("Voortgangsrapportage", "Progress report"),
    "reports.kind.billing": ("Declaratieoverzicht", "Billing overview"),
    "reports.kind.own": ("Eigen maand", "Own month"),
    "reports.month": ("Maand", "Month"),
    "reports.grant": ("Toekenning", "Grant"),
    "reports.worker": ("Werknemer", "Worker"),
    "reports.period": ("Periode", "Period"),
    "reports.period_empty": ("leeg: de laatste", "empty: the last"),
    "reports.from": ("Van", "From"),
    "reports.to": ("Tot en met", "To"),
    "reports.no_grants": ("Nog geen toekenningen; voeg ze toe in Beheer (F6).",
                          "No grants yet; add them in Manage (F6)."),
    "reports.export": ("Exporteren", "Export"),
    "reports.export_button": ("Exporteren (Ctrl+S)", "Export (Ctrl+S)"),
    "reports.file": ("Bestand", "File"),
    "reports.no_path": ("geef een bestandsnaam, bijv. ~/rapport.html", "give a file name, e.g. ~/report.html"),
    "reports.building": ("Voorbeeld wordt gemaakt…", "Building the preview…"),
    "reports.preview": ("Voorbeeld: {title}", "Preview: {title}"),
    "reports.not_built": ("Geen voorbeeld", "No preview"),
    "reports.writing": ("Schrijven…", "Writing…"),
    "reports.written": ("Geschreven naar {path}", "Written to {path}"),
    "reports.not_written": ("Niets geschreven", "Nothing written"),
    "manage.tab.employer": ("Werkgevers", "Employers"),
    "manage.tab.funder": ("Financiers", "Funders"),
    "manage.tab.grant": ("Toekenningen", "Grants"),
    "manage.name": ("Naam", "Name"),
    "manage.contact": ("Contact", "Contact"),
    "manage.contact_hint": ("naam, telefoon of e-mail", "name, phone or e-mail"),
    "manage.eg": ("bijv. {example}", "e.g. {example}"),
    "manage.status": ("Status", "Status"),
    "manage.active": ("actief", "active"),
    "manage.archived": ("gearchiveerd", "archived"),
    "manage.kind": ("Soort", "Kind"),
    "manage.reference": ("Kenmerk", "Reference"),
    "manage.reference_hint": ("bijv. dossiernummer", "e.g. case number"),
    "manage.tariffs": ("Tarieven per uur excl. btw", "Hourly tariffs excl. VAT"),
    "manage.from_day": ("vanaf {day}", "from {day}"),
    "manage.rate": ("Tarief €/u", "Tariff €/h"),
    "manage.rate_from": ("Vanaf", "From"),
    "manage.employment": ("Dienstverband", "Employment"),
    "manage.funder": ("Financier", "Funder"),
    "manage.start": ("Start", "Start"),
    "manage.schedule": ("Schema", "Schedule"),
    "manage.schedule_hint": ("leeg: van de financier", "empty: the funder's"),
    "manage.regime": ("Regime", "Regime"),
    "manage.hours": ("Uren", "Hours"),
    "manage.hours_hint": ("of uren per periode", "or hours per period"),
    "manage.hours_col": ("Uren/periode", "Hours/period"),
    "manage.periods": ("Periodes", "Periods"),
    "manage.periods_value": ("{count} × {months} mnd", "{count} × {months} mo"),
    "manage.choose": ("Kies…", "Choose…"),
    "manage.new": ("Nieuw (n)", "New (n)"),
    "manage.add.employer": ("Nieuwe werkgever", "New employer"),
    "manage.add.funder": ("Nieuwe financier (met tarief)", "New funder (with tariff)"),
    "manage.add.grant": ("Nieuwe toekenning", "New grant"),
    "manage.edit.employer": ("Werkgever {name} wijzigen", "Edit employer {name}"),
    "manage.edit.funder": ("Financier {name} wijzigen (tarief: een nieuw tarief toevoegen)",
                           "Edit funder {name} (tariff: add a new tariff)"),
    "manage.edit.grant": ("Toekenning {name} wijzigen", "Edit grant {name}"),
    "manage.empty.employer": ("Nog geen werkgevers.", "No employers yet."),
    "manage.empty.funder": ("Nog geen financiers.", "No funders yet."),
    "manage.empty.grant": ("Nog geen toekenningen.", "No grants yet."),
    "manage.none_selected": ("Kies eerst een regel in de tabel.", "Select a row in the table first."),
    "manage.fix_first": ("Niet opgeslagen: {error}", "Not saved: {error}"),
    "manage.grant_no": ("toekenning {id}", "grant {id}"),
    "manage.added": ("Toegevoegd: {name}", "Added: {name}"),
    "manage.saved": ("Opgeslagen: {name}", "Saved: {name}"),
    "manage.title": ("Werkgevers, financiers en toekenningen", "Employers, funders and grants"),
    "help.title": ("Help", "Help"),
    "theme.broken": ("Thema-bestand {path} is kapot ({error}); het standaardthema wordt gebruikt.",
                     "Theme file {path} is broken ({error}); using the default theme."),
    "theme.set": ("Thema: {name}", "Theme: {name}"),
    "lang.set": ("Taal: Nederlands", "Language: English"),
    "screenshot.refused": ("Geen schermafdruk: die zou namen en notities onversleuteld op schijf zetten.",
                           "No screenshot: it would put names and notes on disk unencrypted."),
    "app.crashed": ("coachlog stopte door een onverwachte fout ({kind}). Het logboek is veilig: "
                    "alles wat was opgeslagen staat erin. Meld de fout zonder namen of notities.",
                    "coachlog stopped on an unexpected error ({kind}). Your journal is safe: everything "
                    "that was saved is in it. Report the error without names or notes."),
    "error.unexpected": ("Onverwachte fout ({kind}); er is niets meer gewijzigd.",
                         "Unexpected error ({kind}); nothing more was changed."),
}


# Textual's own commands in the palette, in Dutch: title -> (title, help).
SYSTEM_COMMANDS_NL: dict[str, tuple[str, str]] = {
    "Theme": ("Thema", "Kies een ander kleurenthema"),
    "Quit": ("Afsluiten", "Sluit coachlog af"),
    "Keys": ("Toetsen", "Toon of verberg de toetsen en uitleg bij het gekozen veld"),
    "Maximize": ("Maximaliseren", "Maak het gekozen onderdeel schermvullend"),
    "Minimize": ("Verkleinen", "Zet het onderdeel terug op zijn gewone grootte"),
}


def translate_bindings(node: object, language: str) -> None:
    """Give a Textual widget's or screen's key bindings their descriptions in ``language``:
    they are written in English in the code and translated like every other message (t)."""
    if language == "en":
        return
    from dataclasses import replace

    from coachlog.messages_nl import MESSAGES

    bindings = node._bindings  # type: ignore[attr-defined]
    groups: dict[object, object] = {}  # one translated group per group, so the footer still groups them
    for key, key_bindings in bindings.key_to_bindings.items():
        translated = []
        for b in key_bindings:
            group = b.group
            if group is not None:
                if group not in groups:
                    groups[group] = replace(group, description=MESSAGES.get(group.description, group.description))
                group = groups[group]
            translated.append(replace(b, description=MESSAGES.get(b.description, b.description), group=group))
        bindings.key_to_bindings[key] = translated


def detect_language(cli: str | None = None, config: str | None = None) -> str:
    for choice in (cli, config):
        if choice:
            choice = choice.lower()[:2]
            if choice in LANGUAGES:
                return choice
    system = os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") or ""
    if not system:
        try:
            system = locale.getlocale()[0] or ""
        except ValueError:
            system = ""
    return "nl" if system.lower().startswith("nl") else "en"


# -- messages of errors and refusals -----------------------------------------------
# Errors are raised deep in the domain and services, far from the screen that shows
# them. They are written in English and marked with ``t(...)`` (or ``N_(...)`` where a
# constant is defined); ``t`` gives the Dutch text from ``coachlog/messages_nl.py`` when
# the process's language is Dutch. The app sets the language when it starts and when
# the coach switches it; the command line keeps English (its help is English too).
# A test checks that every marked message has a Dutch text with the same placeholders.

_language = "en"


def set_language(language: str) -> None:
    global _language
    _language = language if language in LANGUAGES else "en"


def current_language() -> str:
    return _language


def N_(text: str) -> str:  # noqa: N802 - the gettext convention for "mark, translate later"
    """Marks a message where it is defined as a constant; ``t`` translates it where used."""
    return text


def t(text: str, /, **values: object) -> str:
    """The message in the current language, with ``values`` filled in."""
    if _language == "nl":
        from coachlog.messages_nl import MESSAGES

        text = MESSAGES.get(text, text)
    return text.format(**values) if values else text


def field_label(field: str) -> str:
    """The name of an input field as the coach knows it (``duration`` -> ``duur``)."""
    if _language == "nl":
        from coachlog.messages_nl import FIELDS

        return FIELDS.get(field, field)
    return field


class Translator:
    def __init__(self, language: str = "nl") -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        dutch, english = CATALOGUE[key]
        text = dutch if self.language == "nl" else english
        return text.format(**values) if values else text
