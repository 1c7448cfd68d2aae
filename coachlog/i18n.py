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
    "today.none": ("Nog niets gelogd op deze dag.", "Nothing logged on this day yet."),
    "today.totals": ("Werknemer {worker} · Werkgever {employer} · Netwerk {network} · Indirect {indirect} · Reistijd {travel} · Totaal {total}",
                     "Worker {worker} · Employer {employer} · Network {network} · Indirect {indirect} · Travel {travel} · Total {total}"),
    "today.signals": ("Signalen", "Signals"),
    "today.no_signals": ("Geen signalen. Alles op orde.", "No signals. All in order."),
    "form.title": ("Snel loggen", "Quick log"),
    "form.worker": ("Werknemer", "Worker"),
    "form.employer": ("Werkgever", "Employer"),
    "form.with": ("Met wie", "With"),
    "form.activity": ("Activiteit", "Activity"),
    "form.duration": ("Duur of 9:00-10:30", "Duration or 9:00-10:30"),
    "form.note": ("Notitie (feitelijk, komt in rapportages)", "Note (factual, goes into reports)"),
    "form.save": ("Opslaan", "Save"),
    "form.saved": ("Gelogd: {duration} {who}", "Logged: {duration} {who}"),
    "form.fix": ("Niet opgeslagen: {error}", "Not saved: {error}"),
    "entry.edit": ("Regel {id} wijzigen", "Edit entry {id}"),
    "entry.date": ("Datum", "Date"),
    "entry.saved": ("Regel {id} opgeslagen", "Entry {id} saved"),
    "entry.delete_q": ("Regel {id} verwijderen ({day}, {duration}, {who})?", "Delete entry {id} ({day}, {duration}, {who})?"),
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
    "timer.started": ("Timer gestart om {time}", "Timer started at {time}"),
    "timer.stopped": ("Timer gestopt: {duration} gelogd", "Timer stopped: {duration} logged"),
    "timer.nobody": ("indirect", "indirect"),
    "workers.title": ("Werknemers", "Workers"),
    "workers.detail": ("Werknemer {name}", "Worker {name}"),
    "trajectory.title": ("Verloop: van intensief naar extensief", "Trajectory: intensive to extensive"),
    "reports.title": ("Rapportages", "Reports"),
    "manage.title": ("Werkgevers, financiers en toekenningen", "Employers, funders and grants"),
    "help.title": ("Help", "Help"),
    "theme.broken": ("Thema-bestand {path} is kapot ({error}); het standaardthema wordt gebruikt.",
                     "Theme file {path} is broken ({error}); using the default theme."),
    "theme.set": ("Thema: {name}", "Theme: {name}"),
    "lang.set": ("Taal: Nederlands", "Language: English"),
    "error.unexpected": ("Onverwachte fout ({kind}); er is niets meer gewijzigd.",
                         "Unexpected error ({kind}); nothing more was changed."),
}


# Key bindings are described in Dutch in the code; their English descriptions:
BINDINGS_EN: dict[str, str] = {
    "Stop": "Quit", "Vorige dag": "Previous day", "Volgende dag": "Next day", "Vandaag": "Today",
    "Naar datum": "Go to date", "Loggen": "Log", "Wijzig": "Edit", "Verwijder": "Delete", "Ongedaan": "Undo",
    "Timer": "Timer", "Help": "Help", "Terug naar tabel": "Back to table", "Werknemers": "Workers",
    "Verloop": "Trajectory", "Rapportages": "Reports", "Beheer": "Manage", "Nee": "No", "Ja": "Yes",
    "Annuleren": "Cancel", "Opslaan": "Save", "Sluiten": "Close", "Details": "Details", "Terug": "Back",
    "Vorige maand": "Previous month", "Volgende maand": "Next month", "Alle werknemers": "All workers",
    "Per toekenning": "Per grant", "Exporteren": "Export", "Bekijken": "Preview", "Nieuw": "New",
}


def translate_bindings(node: object, language: str) -> None:
    """Give a Textual widget's or screen's key bindings their English descriptions."""
    if language != "en":
        return
    from dataclasses import replace

    bindings = node._bindings  # type: ignore[attr-defined]
    for key, key_bindings in bindings.key_to_bindings.items():
        bindings.key_to_bindings[key] = [
            replace(b, description=BINDINGS_EN.get(b.description, b.description)) for b in key_bindings
        ]


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


class Translator:
    def __init__(self, language: str = "nl") -> None:
        self.language = language if language in LANGUAGES else "en"

    def __call__(self, key: str, **values: object) -> str:
        dutch, english = CATALOGUE[key]
        text = dutch if self.language == "nl" else english
        return text.format(**values) if values else text
