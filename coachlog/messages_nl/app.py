"""Dutch texts: The app's screens, forms, notices and help screen.
Keyed by their English text (see coachlog.i18n)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # -- the app's screens, forms and notices ------------------------------------------------
    "Unlock your journal": "Logboek ontgrendelen",
    "Passphrase for {path}": "Wachtzin voor {path}",
    "New journal at {path}: choose a passphrase (twice).": "Nieuw logboek op {path}: kies een wachtzin (twee keer).",
    "Passphrase": "Wachtzin",
    "Once more": "Nog een keer",
    "Opening…": "Openen…",
    "Three wrong passphrases; coachlog stops.": "Drie keer een verkeerde wachtzin; coachlog stopt.",
    "The passphrase may not be empty.": "De wachtzin mag niet leeg zijn.",
    "The two passphrases differ.": "De twee wachtzinnen verschillen.",
    "Demo: a throwaway journal of made-up people. Passphrase: {passphrase}":
        "Demo: een wegwerplogboek met verzonnen mensen. Wachtzin: {passphrase}",
    "Entries of {day}": "Regels van {day}",
    "← → day · g date": "← → dag · g datum",
    "Nothing logged on this day yet.": "Nog niets gelogd op deze dag.",
    "Worker {worker} · Employer {employer} · Network {network} · Indirect {indirect} · Travel {travel} · Total {total}":
        "Werknemer {worker} · Werkgever {employer} · Netwerk {network} · Indirect {indirect} · Reistijd {travel} · "
        "Totaal {total}",
    "Signals": "Signalen",
    "No signals. All in order.": "Geen signalen. Alles op orde.",
    "Worker": "Werknemer",
    "Employer": "Werkgever",
    "name; empty = indirect time": "naam; leeg = indirecte tijd",
    "empty = worker": "leeg = werknemer",
    "empty = begeleiding (coaching)": "leeg = begeleiding",
    "With": "Met wie",
    "Activity": "Activiteit",
    "Note (factual, goes into reports)": "Notitie (feitelijk, komt in rapportages)",
    "factual, for reports": "feitelijk, voor rapportages",
    "Logged: {duration} {who}": "Gelogd: {duration} {who}",
    "Not saved: {error}": "Niet opgeslagen: {error}",
    "{error}. Save it anyway?": "{error}. Toch opslaan?",
    "Edit entry {id}": "Regel {id} wijzigen",
    "Entry {id} saved": "Regel {id} opgeslagen",
    "Delete entry {id} ({day}, {duration}, {who})?": "Regel {id} verwijderen ({day}, {duration}, {who})?",
    "Entry {id} deleted. Undo: u": "Regel {id} verwijderd. Ongedaan maken: u",
    "Select an entry in the table first.": "Kies eerst een regel in de tabel.",
    "Undone: {summary}": "Ongedaan gemaakt: {summary}",
    "Nothing to undo.": "Niets om ongedaan te maken.",
    "Go to date": "Naar datum",
    "e.g. 23-11-2026, yesterday, monday": "bijv. 23-11-2026, gisteren, maandag",
    "⏱ {who} since {since} ({elapsed})": "⏱ {who} sinds {since} ({elapsed})",
    "Timer started at {time}: {who}, {activity}": "Timer gestart om {time}: {who}, {activity}",
    "Timer started at {time}: indirect time, {activity}. For a visit: fill in Worker first.":
        "Timer gestart om {time}: indirecte tijd, {activity}. Voor een bezoek: vul eerst Werknemer in.",
    "Timer stopped: {duration} logged": "Timer gestopt: {duration} gelogd",
    "Loading…": "Laden…",
    "Workers · hours of {month}": "Werknemers · uren van {month}",
    "Enter or o: details · hours: billable spent / budget this month":
        "Enter of o: details · uren: declarabel besteed / budget deze maand",
    "No active workers yet; add one with coachlog worker add.":
        "Nog geen actieve werknemers; voeg er een toe met coachlog worker add.",
    "Hours {month}": "Uren {month}",
    "Grant": "Toekenning",
    "no employment": "geen dienstverband",
    "no current grant": "geen lopende toekenning",
    "no budget": "geen budget",
    "{grant} (from {day})": "{grant} (vanaf {day})",
    "{hours} h per period": "{hours} u per periode",
    "very light": "zeer licht",
    "light": "licht",
    "medium": "midden",
    "intensive": "intensief",
    "step {step}": "trede {step}",
    "Isolated": "Geïsoleerd",
    "Social contacts outside the home": "Sociale contacten buitenshuis",
    "Taking part in organised activities": "Deelname aan georganiseerde activiteiten",
    "Unpaid work": "Onbetaald werk",
    "Paid work with support": "Betaald werk met ondersteuning",
    "Paid work": "Betaald werk",
    "reached": "behaald",
    "partly reached": "deels behaald",
    "not reached": "niet behaald",
    "Employments": "Dienstverbanden",
    "No employments.": "Geen dienstverbanden.",
    "{employer}: {kind}, since {start}{until}": "{employer}: {kind}, sinds {start}{until}",
    " until {day}": " t/m {day}",
    ", wage value {value}%": ", loonwaarde {value}%",
    "{hours} hours a week from {day}": "{hours} uur per week vanaf {day}",
    "No grants.": "Geen toekenningen.",
    "Hour schedule: {title} (based on {source}; {status})": "Urenschema: {title} (gebaseerd op {source}; {status})",
    "confirmed": "bevestigd",
    "assumed, check this": "aangenomen, controleer dit",
    "Goals": "Doelen",
    "No goals yet.": "Nog geen doelen.",
    "period {period} ({funder})": "periode {period} ({funder})",
    "Participation ladder": "Participatieladder",
    "No participation ladder measurements yet.": "Nog geen metingen op de participatieladder.",
    "→ expected {step} by {day}": "→ verwacht {step} per {day}",
    "→ expected {step}": "→ verwacht {step}",
    "Latest {count} entries": "Laatste {count} regels",
    "No entries for this worker yet.": "Nog geen regels voor deze werknemer.",
    "Worker not found; the list was refreshed.": "Werknemer niet gevonden; de lijst is bijgewerkt.",
    "No grants yet; add one with coachlog grant add.": "Nog geen toekenningen; voeg er een toe met coachlog grant add.",
    "{worker} at {employer} · {grant}": "{worker} bij {employer} · {grant}",
    "grant {index} of {count}": "toekenning {index} van {count}",
    "period {number} · {start} to {end}": "periode {number} · {start} t/m {end}",
    "now": "nu",
    "worker": "werknemer",
    "employer": "werkgever",
    "network": "netwerk",
    "hours: spent / budget": "uren: besteed / budget",
    "Periods": "Perioden",
    "Period": "Periode",
    "From": "Van",
    "To": "T/m",
    "Used": "Besteed",
    "Remaining": "Resterend",
    "With worker": "Met werknemer",
    "With employer": "Met werkgever",
    "With network": "Met netwerk",
    "Employer (funder)": "Werkgever (financier)",
    "{period} (year {year})": "{period} (jaar {year})",
    "Total": "Totaal",
    "[ ] other grant · m all workers of a month": "[ ] andere toekenning · m alle werknemers van een maand",
    "All workers · {month}": "Alle werknemers · {month}",
    "← → other month · m or Esc back to the grants · hours: billable":
        "← → andere maand · m of Esc terug naar de toekenningen · uren: declarabel",
    "No worker with a running grant in {month}.": "Geen werknemer met een lopende toekenning in {month}.",
    "Worker {name}": "Werknemer {name}",
    "Trajectory: intensive to extensive": "Verloop: van intensief naar extensief",
    "Report": "Rapportage",
    "Month overview": "Maandoverzicht",
    "Accountability report": "Verantwoordingsrapportage",
    "Progress report": "Voortgangsrapportage",
    "Billing overview": "Declaratieoverzicht",
    "Own month": "Eigen maand",
    "empty: the last": "leeg: de laatste",
    "Until": "Tot en met",
    "No grants yet; add them in Manage (F6).": "Nog geen toekenningen; voeg ze toe in Beheer (F6).",
    "Export (Ctrl+S)": "Exporteren (Ctrl+S)",
    "File": "Bestand",
    "give a file name, e.g. ~/report.html": "geef een bestandsnaam, bijv. ~/rapport.html",
    "Building the preview…": "Voorbeeld wordt gemaakt…",
    "Preview: {title}": "Voorbeeld: {title}",
    "No preview": "Geen voorbeeld",
    "Writing…": "Schrijven…",
    "Written to {path}": "Geschreven naar {path}",
    "Nothing written": "Niets geschreven",
    "Name": "Naam",
    "name, phone or e-mail": "naam, telefoon of e-mail",
    "e.g. {example}": "bijv. {example}",
    "active": "actief",
    "archived": "gearchiveerd",
    "Kind": "Soort",
    "Reference": "Kenmerk",
    "e.g. case number": "bijv. dossiernummer",
    "Hourly tariffs excl. VAT": "Tarieven per uur excl. btw",
    "from {day}": "vanaf {day}",
    "Tariff €/h": "Tarief €/u",
    "Valid from": "Vanaf",
    "Employment": "Dienstverband",
    "Funder": "Financier",
    "Schedule": "Schema",
    "empty: the funder's": "leeg: van de financier",
    "Hours": "Uren",
    "or hours per period": "of uren per periode",
    "Hours/period": "Uren/periode",
    "{count} × {months} mo": "{count} × {months} mnd",
    "Choose…": "Kies…",
    "New (n)": "Nieuw (n)",
    "New employer": "Nieuwe werkgever",
    "New funder (with tariff)": "Nieuwe financier (met tarief)",
    "New grant": "Nieuwe toekenning",
    "Edit employer {name}": "Werkgever {name} wijzigen",
    "Edit funder {name} (tariff: add a new tariff)": "Financier {name} wijzigen (tarief: een nieuw tarief toevoegen)",
    "Edit grant {name}": "Toekenning {name} wijzigen",
    "No employers yet.": "Nog geen werkgevers.",
    "No funders yet.": "Nog geen financiers.",
    "No grants yet.": "Nog geen toekenningen.",
    "Select a row in the table first.": "Kies eerst een regel in de tabel.",
    "Added: {name}": "Toegevoegd: {name}",
    "Saved: {name}": "Opgeslagen: {name}",
    "Employers, funders and grants": "Werkgevers, financiers en toekenningen",
    "Theme file {path} is broken ({error}); using the default theme.":
        "Thema-bestand {path} is kapot ({error}); het standaardthema wordt gebruikt.",
    "Language: English": "Taal: Nederlands",
    "No screenshot: it would put names and notes on disk unencrypted.":
        "Geen schermafdruk: die zou namen en notities onversleuteld op schijf zetten.",
    "coachlog stopped on an unexpected error ({kind}). Your journal is safe: everything that was saved is in it. "
    "Report the error without names or notes.":
        "coachlog stopte door een onverwachte fout ({kind}). Het logboek is veilig: alles wat was opgeslagen staat "
        "erin. Meld de fout zonder namen of notities.",
    "Unexpected error ({kind}); nothing more was changed.": "Onverwachte fout ({kind}); er is niets meer gewijzigd.",
    # -- the help screen (? or F1) ---------------------------------------------------------------
    """\
[b]Everywhere[/b]
  F2 Today · F3 Workers · F4 Trajectory · F5 Reports · F6 Manage
  Ctrl+P  command palette (screens, theme, language)
  ? or F1 this help · Ctrl+Q quit

[b]Today[/b]
  ← →  previous / next day    g  go to a date    t  today
  n    quick log: Tab to the next field, Enter saves, Esc back;
       → takes a suggested name; the employer follows from the
       employment
       Duration: 1u30, 90m, 1:30, 1,5u — or a span: 9:00-10:30
  e    edit entry (Ctrl+S saves)
  d    delete entry (asks first)    u  undo
  s    start or stop the timer (runs on while coachlog is closed)

[b]Workers[/b]
  Enter or o: details (employments, grants, goals, ladder,
  entries); [ ] previous / next worker; Esc back
[b]Trajectory[/b]
  [ ] another grant · m all workers of a month · ← → another month
[b]Reports[/b]
  ↑↓ choose · Enter to the fields · Ctrl+R preview
  Ctrl+S export to a file (the path is shown)
[b]Manage[/b]
  1 2 3 employers / funders / grants · n new · e or Enter edit
  Ctrl+S save; fields are checked as you type

After {idle} without use coachlog locks and asks for the passphrase
again. The journal is encrypted on this computer (SQLCipher); see
coachlog paths.
""":
        """\
[b]Overal[/b]
  F2 Vandaag · F3 Werknemers · F4 Verloop · F5 Rapportages
  F6 Beheer
  Ctrl+P  opdrachtenpalet (schermen, thema, taal)
  ? of F1 deze hulp · Ctrl+Q stoppen

[b]Vandaag[/b]
  ← →  vorige / volgende dag    g  naar een datum    t  vandaag
  n    snel loggen: Tab naar het volgende veld, Enter slaat op,
       Esc terug; → neemt een voorgestelde naam over; de werkgever
       volgt uit het dienstverband
       Duur: 1u30, 90m, 1:30, 1,5u — of een tijdvak: 9:00-10:30
  e    regel wijzigen (Ctrl+S slaat op)
  d    regel verwijderen (na een vraag)    u  ongedaan maken
  s    timer starten of stoppen (loopt door als coachlog dicht is)

[b]Werknemers[/b]
  Enter of o: details (dienstverbanden, toekenningen, doelen,
  ladder, regels); [ ] vorige / volgende werknemer; Esc terug
[b]Verloop[/b]
  [ ] andere toekenning · m alle werknemers van een maand
  ← → andere maand
[b]Rapportages[/b]
  ↑↓ kies · Enter naar de velden · Ctrl+R bekijken
  Ctrl+S exporteren naar een bestand (het pad wordt getoond)
[b]Beheer[/b]
  1 2 3 werkgevers / financiers / toekenningen · n nieuw
  e of Enter wijzigen · Ctrl+S opslaan; velden worden
  gecontroleerd terwijl je typt

Na {idle} zonder gebruik vergrendelt coachlog en vraagt de
wachtzin opnieuw. Het logboek staat versleuteld op deze computer
(SQLCipher); zie coachlog paths.
""",
}
