"""Dutch texts: The command line: what it says, asks and prints, and its help.
Keyed by their English text (see coachlog.i18n)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # -- the command line: what it says, asks and prints in its tables ------------------------
    "coachlog: {bad} holds bytes that are not text in this system's encoding (UTF-8); type it again, or save the "
    "file that gave it as UTF-8":
        "coachlog: {bad} bevat bytes die geen tekst zijn in de codering van dit systeem (UTF-8); typ het opnieuw, "
        "of sla het bestand waar het uit kwam op als UTF-8",
    "Aborted; nothing more was changed.": "Afgebroken; er is verder niets veranderd.",
    "coachlog: unexpected error ({kind}); nothing more was changed. Run again with --debug to see the details.":
        "coachlog: onverwachte fout ({kind}); er is verder niets veranderd. Voer het opnieuw uit met --debug om de "
        "details te zien.",
    "; use --force to do it anyway": "; gebruik --force om het toch te doen",
    "; archive it with: coachlog {kind} edit \"{name}\" --archive":
        "; archiveer het met: coachlog {kind} edit \"{name}\" --archive",
    "Written to {written}": "Geschreven naar {written}",
    "{question} Add --yes to confirm when not in a terminal":
        "{question} Voeg --yes toe om te bevestigen buiten een terminal",
    "Lines outside an employment are imported anyway with --force.":
        "Regels buiten een dienstverband worden met --force toch geïmporteerd.",
    "Restore it into a new journal with: coachlog --journal NEW_FILE import FILE":
        "Zet het terug in een nieuw logboek met: coachlog --journal NIEUW_BESTAND import BESTAND",
    "Names not in the journal yet are added by the import with --create-missing.":
        "Namen die nog niet in het logboek staan, voegt de import toe met --create-missing.",
    "{question} [y/N] ": "{question} [j/N] ",
    "Created a new encrypted journal at {path}": "Nieuw versleuteld logboek gemaakt op {path}",
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "show this help message and exit": "toon deze hulp en stop",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "not allowed with argument %s": "niet samen met argument %s",
    "ignored explicit argument %r": "genegeerde waarde %r",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "one of the arguments %s is required": "een van de argumenten %s is nodig",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": "dubbelzinnige optie: %(option)s kan %(matches)s zijn",
    "invalid %(type)s value: %(value)r": "ongeldige waarde voor %(type)s: %(value)r",
    "invalid choice: %(value)r (choose from %(choices)s)": "ongeldige keuze: %(value)r (kies uit %(choices)s)",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "show coachlog's version and stop": "toon de versie van coachlog en stop",
    "language of the app and the command line (default: config, then system)":
        "taal van de app en de opdrachtregel (standaard: instellingen, dan systeem)",
    "give the name of {what}": "geef de naam van {what}",
    "that is a folder; give the name of {what} in it":
        "dat is een map; geef de naam van een bestand in die map ({what})",
    "no file can have this name ({strerror}); give the name of {what}":
        "geen bestand kan deze naam hebben ({strerror}); geef de naam van {what}",
    "coachlog: schedule skipped: {problem}": "coachlog: schema overgeslagen: {problem}",
    "Erase worker {name} and every entry, goal, grant, ladder step and absence about them? This cannot be undone.":
        "Werknemer {name} wissen, met elke regel, elk doel, elke toekenning, trede en afwezigheid over hem of "
        "haar? Dit kan niet ongedaan worden gemaakt.",
    "journal   {journal}": "logboek      {journal}",
    "config    {config}": "instellingen {config}",
    "backups   {backups}": "back-ups     {backups}",
    "schedules {schedules}": "schema's     {schedules}",
    "reports   {reports}": "rapportages  {reports}",
    "The passphrase of {path} was changed; the old one no longer opens it.":
        "De wachtzin van {path} is gewijzigd; de oude opent het niet meer.",
    "Backups made before now still open with the old passphrase.":
        "Back-ups van vóór nu openen nog met de oude wachtzin.",
    "a backup (see coachlog backup --list)": "een back-up (zie coachlog backup --list)",
    "Restored {name} to {target}": "{name} teruggezet naar {target}",
    "No backups in {backups}": "Geen back-ups in {backups}",
    "Removed old backup {name}": "Oude back-up {name} verwijderd",
    "no backup at {source}; see coachlog backup --list": "geen back-up op {source}; zie coachlog backup --list",
    "Nothing was restored.": "Er is niets teruggezet.",
    "The journal it replaced was kept as {kept}": "Het vervangen logboek is bewaard als {kept}",
    "Nothing was erased.": "Er is niets gewist.",
    "Erased {name} ({done}); the undo history was cleared.":
        "{name} gewist ({done}); de geschiedenis voor ongedaan maken is leeggemaakt.",
    "Erased {name}; the undo history was cleared.":
        "{name} gewist; de geschiedenis voor ongedaan maken is leeggemaakt.",
    "Another coachlog is writing {busy} right now; it may hold {name}. When it is done, delete the file it "
    "becomes, or run coachlog backup --list to see it.":
        "Een andere coachlog schrijft nu {busy}; dat kan {name} bevatten. Verwijder het bestand dat het wordt als "
        "hij klaar is, of bekijk het met coachlog backup --list.",
    "Could not check backup {backup} (another passphrase); it may still hold {worker}.":
        "Back-up {backup} kon niet worden gecontroleerd (andere wachtzin); hij kan {worker} nog bevatten.",
    "backup": "back-up",
    "size": "grootte",
    "Kept them; run again with --purge-backups to delete them.":
        "Bewaard; voer het opnieuw uit met --purge-backups om ze te verwijderen.",
    "Saved entry {id}: {day} {minutes}": "Regel {id} opgeslagen: {day} {minutes}",
    "Deleted entry {id} (coachlog undo brings it back)": "Regel {id} verwijderd (coachlog undo haalt hem terug)",
    ", not billable": ", niet declarabel",
    "Logged entry {id}: {day} {minutes} {who} ({with_whom}, {activity}{billed})":
        "Regel {id} gelogd: {day} {minutes} {who} ({with_whom}, {activity}{billed})",
    "Delete entry {id} ({day}, {minutes})?": "Regel {id} verwijderen ({day}, {minutes})?",
    "Nothing was deleted.": "Er is niets verwijderd.",
    "Timer started at {started:%H:%M}; stop it with: coachlog timer stop":
        "Timer gestart om {started:%H:%M}; stop hem met: coachlog timer stop",
    "the end may not lie before --from ({start})": "het einde mag niet vóór --from ({start}) liggen",
    "all dates": "alle datums",
    "No entries for {span}.": "Geen regels voor {span}.",
    "id": "nr",
    "date": "datum",
    "start": "begin",
    "time": "tijd",
    "with": "met",
    "activity": "activiteit",
    "bill": "decl",
    "travel": "reistijd",
    "note": "notitie",
    "Timer discarded; nothing was logged.": "Timer weggegooid; er is niets gelogd.",
    "Logged entry {id}: {day} {minutes} from {start:%H:%M}": "Regel {id} gelogd: {day} {minutes} vanaf {start:%H:%M}",
    "No timer is running.": "Er loopt geen timer.",
    "Timer running since {started} ({minutes})": "Timer loopt sinds {started} ({minutes})",
    "no": "nee",
    "Added funder {name} ({kind})": "Financier {name} toegevoegd ({kind})",
    "Added grant {id}: {schedule_id}, periods of {length} from {start}":
        "Toekenning {id} toegevoegd: {schedule_id}, perioden van {length} vanaf {start}",
    "Added goal {id} to grant {grant_id}, period {period_no}":
        "Doel {id} toegevoegd aan toekenning {grant_id}, periode {period_no}",
    "No goals for this grant yet.": "Nog geen doelen voor deze toekenning.",
    "name": "naam",
    "kind": "soort",
    "reference": "kenmerk",
    "tariff now": "tarief nu",
    "Saved funder {name}": "Financier {name} opgeslagen",
    "funder": "financier",
    "schedule": "schema",
    "hours/period": "uren/periode",
    "periods": "perioden",
    "Saved grant {id}": "Toekenning {id} opgeslagen",
    "period": "periode",
    "Saved goal {id} ({status})": "Doel {id} opgeslagen ({status})",
    "Tariff {rate} per hour excl. BTW from {valid_from}": "Tarief {rate} per uur excl. btw vanaf {valid_from}",
    "Removed grant {id}": "Toekenning {id} verwijderd",
    "Removed goal {id}": "Doel {id} verwijderd",
    "No tariffs yet: coachlog funder tariff NAME --from DATE --rate 74,78":
        "Nog geen tarieven: coachlog funder tariff NAAM --from DATUM --rate 74,78",
    "Remove grant {id}?": "Toekenning {id} verwijderen?",
    "Nothing was removed.": "Er is niets verwijderd.",
    "Remove goal {id}?": "Doel {id} verwijderen?",
    "from": "vanaf",
    "euro/hour excl. BTW": "euro/uur excl. btw",
    "Removed funder {name}": "Financier {name} verwijderd",
    "Remove funder {name}?": "Financier {name} verwijderen?",
    "Added employment {id} from {start}": "Dienstverband {id} toegevoegd vanaf {start}",
    "24 or 32,5": "24 of 32,5",
    "No employments yet.": "Nog geen dienstverbanden.",
    "end": "einde",
    "hours/week": "uren/week",
    "Saved employment {id}": "Dienstverband {id} opgeslagen",
    "give a percentage, e.g. 60": "geef een percentage, bijv. 60",
    "{hours} from {day}": "{hours} vanaf {day}",
    "Employment {id}: {hours_per_week} hours/week from {valid_from}":
        "Dienstverband {id}: {hours_per_week} uur/week vanaf {valid_from}",
    "Removed employment {id} (coachlog undo brings it back)":
        "Dienstverband {id} verwijderd (coachlog undo haalt het terug)",
    "Remove employment {id}?": "Dienstverband {id} verwijderen?",
    "Added worker {name}": "Werknemer {name} toegevoegd",
    "Added employer {name}": "Werkgever {name} toegevoegd",
    "No workers yet. Add one: coachlog worker add \"Name\"":
        "Nog geen werknemers. Voeg er een toe: coachlog worker add \"Naam\"",
    "No employers yet. Add one: coachlog employer add \"Name\"":
        "Nog geen werkgevers. Voeg er een toe: coachlog employer add \"Naam\"",
    "Saved worker {name}{archived}": "Werknemer {name} opgeslagen{archived}",
    "contact": "contactpersoon",
    "Saved employer {name}": "Werkgever {name} opgeslagen",
    "Removed worker {name} (coachlog undo brings it back)":
        "Werknemer {name} verwijderd (coachlog undo haalt hem terug)",
    "Removed employer {name} (coachlog undo brings it back)":
        "Werkgever {name} verwijderd (coachlog undo haalt hem terug)",
    "Remove worker {name}?": "Werknemer {name} verwijderen?",
    "Remove employer {name}?": "Werkgever {name} verwijderen?",
    " (archived)": " (gearchiveerd)",
    "All in order: no signals.": "Alles op orde: geen signalen.",
    "No grants yet: coachlog grant add ...": "Nog geen toekenningen: coachlog grant add ...",
    "Grant {id}: {worker} at {employer}, {funder}": "Toekenning {id}: {worker} bij {employer}, {funder}",
    "  period {number} {start} – {end}: budget {budget} h, used {used} h, remaining {left} h":
        "  periode {number} {start} – {end}: budget {budget} u, besteed {used} u, resterend {left} u",
    "warning: this export is not encrypted and holds client data (private notes are left out); keep it safe and "
    "delete it when done":
        "let op: deze export is niet versleuteld en bevat cliëntgegevens (privénotities zijn weggelaten); bewaar "
        "hem veilig en verwijder hem als je klaar bent",
    "Encrypted export written to {written}; it holds everything, private notes too, and opens only with the "
    "passphrase you just chose. On the other machine: coachlog import FILE":
        "Versleutelde export geschreven naar {written}; hij bevat alles, ook privénotities, en opent alleen met de "
        "wachtzin die je net koos. Op de andere computer: coachlog import BESTAND",
    "Imported the encrypted export as {target}. It opens with the export's passphrase; change it with coachlog passwd.":
        "De versleutelde export is geïmporteerd als {target}. Het opent met de wachtzin van de export; wijzig die "
        "met coachlog passwd.",
    "a CSV or JSON file, or an encrypted export": "een CSV- of JSON-bestand, of een versleutelde export",
    "an export is NOT encrypted: add --plaintext to confirm, or use coachlog backup for an encrypted copy":
        "een export is NIET versleuteld: voeg --plaintext toe om te bevestigen, of gebruik coachlog backup voor "
        "een versleutelde kopie",
    "{path} is an encrypted export: it becomes a whole journal, and {target} already exists. Import it where "
    "there is none yet, e.g. coachlog --journal NEW.coachlog import FILE":
        "{path} is een versleutelde export: die wordt een heel logboek, en {target} bestaat al. Importeer hem waar "
        "er nog geen is, bijv. coachlog --journal NIEUW.coachlog import BESTAND",
    "No entries in {path}; nothing was imported": "Geen regels in {path}; er is niets geïmporteerd",
    "no file {path}": "geen bestand {path}",
    "{path} is not UTF-8 text; save it as CSV UTF-8 and try again":
        "{path} is geen UTF-8-tekst; sla het op als CSV UTF-8 en probeer het opnieuw",
    "cannot read {path}: {error}": "kan {path} niet lezen: {error}",
    "{path}: expected {{\"entries\": [ ... ]}} or a coachlog export":
        "{path}: verwacht {{\"entries\": [ ... ]}} of een coachlog-export",
    "Recorded trede {step} for {worker} on {day}": "Trede {step} vastgelegd voor {worker} op {day}",
    "Recorded absence {id}: {start} – {end} ({kind})": "Afwezigheid {id} vastgelegd: {start} – {end} ({kind})",
    "give a trede from 1 to 6": "geef een trede van 1 tot en met 6",
    "No ladder measurements yet.": "Nog geen laddermetingen.",
    "No absences recorded.": "Geen afwezigheden vastgelegd.",
    "expected": "verwacht",
    "by": "per",
    "Removed ladder measurement {id}": "Laddermeting {id} verwijderd",
    "to": "t/m",
    "Removed absence {id}": "Afwezigheid {id} verwijderd",
    "Remove ladder measurement {id}?": "Laddermeting {id} verwijderen?",
    "new journal": "het nieuwe logboek",
    "journal": "het logboek",
    "encrypted export": "de versleutelde export",
    "no passphrase: run coachlog in a terminal to be asked for it, or set {env} for scripts":
        "geen wachtzin: start coachlog in een terminal om ernaar gevraagd te worden, of zet {env} voor scripts",
    "New passphrase for the {what}: ": "Nieuwe wachtzin voor {what}: ",
    "The two passphrases differ; try again.": "De twee wachtzinnen verschillen; probeer het opnieuw.",
    "Passphrase for {path}: ": "Wachtzin voor {path}: ",
    "{env} is empty; a passphrase may not be empty": "{env} is leeg; een wachtzin mag niet leeg zijn",
    "The same passphrase again: ": "Dezelfde wachtzin nog een keer: ",
    "{error}; try again ({left} left)": "{error}; probeer het opnieuw (nog {left})",
    "give at most a date and a duration, e.g. gisteren 1u30":
        "geef hoogstens een datum en een duur, bijv. gisteren 1u30",
    "say what to change, e.g. --duration 1u or --note \"...\"":
        "zeg wat er verandert, bijv. --duration 1u of --note \"...\"",
    "give --month or --from/--to, not both": "geef --month of --from/--to, niet allebei",
    "give one of the two": "geef een van de twee",
    "an encrypted export is a file: give -o FILE": "een versleutelde export is een bestand: geef -o BESTAND",
    "no passphrase was set; nothing was changed": "er is geen wachtzin ingesteld; er is niets veranderd",
    # -- the command line's help (coachlog --help, coachlog COMMAND --help) -------------------
    "Example: coachlog log gisteren 1u30 --worker Sanne --with werkgever --activity begeleiding":
        "Voorbeeld: coachlog log gisteren 1u30 --worker Sanne --with werkgever --activity begeleiding",
    "Record time: coachlog log [DATE] DURATION --worker NAME ...":
        "Tijd vastleggen: coachlog log [DATE] DURATION --worker NAME ...",
    "The offline, encrypted logbook for job coaches.": "Het offline, versleutelde logboek voor jobcoaches.",
    "a note for yourself only: never exported, never in a report":
        "een notitie alleen voor jezelf: nooit geëxporteerd, nooit in een rapportage",
    "a regime, or 'none'": "een regime, of 'none'",
    "a short factual note (shows in reports)": "een korte, feitelijke notitie (komt in rapportages)",
    "a timer that keeps running when you close coachlog": "een timer die doorloopt als je coachlog afsluit",
    "a worker's steps over time": "het verloop van de treden van een werknemer",
    "absences: illness and holidays (no coaching hours)": "afwezigheid: ziekte en vakantie (geen coachingsuren)",
    "accept entries outside a worker's employment": "regels buiten het dienstverband van een werknemer accepteren",
    "add a funder": "een financier toevoegen",
    "add a goal": "een doel toevoegen",
    "add a grant for an employment": "een toekenning voor een dienstverband toevoegen",
    "add a worker": "een werknemer toevoegen",
    "add an employer": "een werkgever toevoegen",
    "add an employment": "een dienstverband toevoegen",
    "add workers and employers the file names": "werknemers en werkgevers toevoegen die in het bestand genoemd worden",
    "add, list, edit and remove employers (werkgevers)": "werkgevers toevoegen, tonen, wijzigen en verwijderen",
    "add, list, edit and remove workers (werknemers)": "werknemers toevoegen, tonen, wijzigen en verwijderen",
    "also delete the backups that still hold them": "ook de back-ups verwijderen waarin ze nog staan",
    "change a funder": "een financier wijzigen",
    "change a goal's text, status or period": "tekst, status of periode van een doel wijzigen",
    "change a grant": "een toekenning wijzigen",
    "change an entry": "een regel wijzigen",
    "change dates, kind, loonwaarde or year anchor":
        "datums, soort, loonwaarde of ankerdatum voor dienstjaren wijzigen",
    "change the journal's passphrase": "de wachtzin van het logboek wijzigen",
    "confirm that you want an unencrypted file": "bevestigen dat je een onversleuteld bestand wilt",
    "contact person or phone": "contactpersoon of telefoonnummer",
    "contract hours per week (1-60)": "contracturen per week (1-60)",
    "contract, proefplaatsing or bbl": "contract, proefplaatsing of bbl",
    "count employment years from this date (default: the start)":
        "dienstjaren tellen vanaf deze datum (standaard: de begindatum)",
    "date (default today: vandaag, gisteren, maandag, 23-11-2026) and duration (1u30, 90m, 1:30)":
        "datum (standaard vandaag: vandaag, gisteren, maandag, 23-11-2026) en duur (1u30, 90m, 1:30)",
    "declaratieoverzicht: billable hours x tariff": "declaratieoverzicht: declarabele uren x tarief",
    "default today": "standaard vandaag",
    "delete an entry": "een regel verwijderen",
    "do not ask for confirmation": "niet om bevestiging vragen",
    "e.g. 2026-10 or oktober 2026": "bijv. 2026-10 of oktober 2026",
    "e.g. begeleiding, inwerken, crisis, evaluatie, administratie":
        "bijv. begeleiding, inwerken, crisis, evaluatie, administratie",
    "employer (werkgever); default: the worker's employment":
        "werkgever; standaard: het dienstverband van de werknemer",
    "employment id (coachlog employment list)": "id van het dienstverband (coachlog employment list)",
    "employments (dienstbetrekkingen): worker x employer": "dienstverbanden: werknemer x werkgever",
    "end time; with --start instead of a duration": "eindtijd; met --start in plaats van een duur",
    "erase a worker and all about them (right to be forgotten; no undo)":
        "een werknemer en alle gegevens over hem of haar wissen (recht op vergetelheid; kan niet ongedaan worden "
        "gemaakt)",
    "euros per hour excl. BTW, e.g. 74,78": "euro per uur excl. BTW, bijv. 74,78",
    "every entry": "alle regels",
    "expected trede (groeipotentieel)": "groeipotentieel: de verwachte trede",
    "export the journal as JSON or entries as CSV (NOT encrypted)":
        "het logboek exporteren als JSON of de regels als CSV (NIET versleuteld)",
    "file to write (default: standard output)": "bestand om naar te schrijven (standaard: standaarduitvoer)",
    "first day, e.g. 01-03-2026": "eerste dag, bijv. 01-03-2026",
    "funders (opdrachtgevers) and their tariffs": "financiers en hun tarieven",
    "goals (coachingsdoelen) per grant and period": "coachingsdoelen per toekenning en periode",
    "granted hours per period (the hard cap), if the decision states them":
        "toegekende uren per periode (het harde maximum), als de beschikking die noemt",
    "granted hours per period, or 'none'": "toegekende uren per periode, of 'none'",
    "grants (toekenningen)": "toekenningen",
    "hide from lists, keep the history": "verbergen in overzichten, geschiedenis bewaren",
    "hour budgets per grant and period, with the monthly curve":
        "urenbudgetten per toekenning en periode, met het verloop per maand",
    "how many backups to keep (default 10)": "hoeveel back-ups bewaard blijven (standaard 10)",
    "import entries (CSV/JSON), a whole JSON export, or an encrypted export; all or nothing":
        "regels importeren (CSV/JSON), een volledige JSON-export of een versleutelde export; alles of niets",
    "include archived employers": "ook gearchiveerde werkgevers tonen",
    "include archived workers": "ook gearchiveerde werknemers tonen",
    "is a timer running?": "loopt er een timer?",
    "last day, if known": "laatste dag, indien bekend",
    "last day, or 'none'": "laatste dag, of 'none'",
    "list a funder's tariffs": "de tarieven van een financier tonen",
    "list a grant's goals": "de doelen van een toekenning tonen",
    "list absences": "afwezigheden tonen",
    "list employers": "werkgevers tonen",
    "list employments": "dienstverbanden tonen",
    "list entries (default: this week)": "regels tonen (standaard: deze week)",
    "list funders": "financiers tonen",
    "list grants": "toekenningen tonen",
    "list the backups": "de back-ups tonen",
    "list workers": "werknemers tonen",
    "log even outside the worker's employment": "ook buiten het dienstverband van de werknemer vastleggen",
    "log it even outside the worker's employment": "toch vastleggen, ook buiten het dienstverband van de werknemer",
    "maandoverzicht: budget vs actual per worker": "maandoverzicht: budget tegenover werkelijk per werknemer",
    "months per period (default: 6, UWV intern 12)": "maanden per periode (standaard: 6, UWV intern 12)",
    "number of periods (default: 6, UWV intern 3)": "aantal perioden (standaard: 6, UWV intern 3)",
    "op locatie, gesprek, telefoon, e-mail or video": "op locatie, gesprek, telefoon, e-mail of video",
    "open the app on a throwaway journal of made-up people, to try everything":
        "de app openen met een wegwerplogboek vol verzonnen personen, om alles uit te proberen",
    "open, reached, partly or not-reached": "open, reached, partly of not-reached",
    "participatieladder: record and show steps": "participatieladder: treden vastleggen en tonen",
    "period number (default: the current one)": "periodenummer (standaard: de huidige)",
    "period number (default: the last ended one)": "periodenummer (standaard: de laatst afgelopen)",
    "record a change of contract hours from a date on": "een wijziging van de contracturen vastleggen vanaf een datum",
    "record a measurement": "een meting vastleggen",
    "record an absence": "een afwezigheid vastleggen",
    "record time in one line": "tijd vastleggen met één opdracht",
    "remove a funder without grants": "een financier zonder toekenningen verwijderen",
    "remove a goal no entry points to": "een doel verwijderen waar geen regel naar verwijst",
    "remove a grant without goals": "een toekenning zonder doelen verwijderen",
    "remove a measurement": "een meting verwijderen",
    "remove a worker without history": "een werknemer zonder geschiedenis verwijderen",
    "remove an absence": "een afwezigheid verwijderen",
    "remove an employer without history": "een werkgever zonder geschiedenis verwijderen",
    "remove an employment without grants": "een dienstverband zonder toekenningen verwijderen",
    "rename or archive a worker": "een werknemer hernoemen of archiveren",
    "rename, change contact or archive": "hernoemen, contactgegevens wijzigen of archiveren",
    "replace the journal with a backup (the current one is kept)":
        "het logboek vervangen door een back-up (het huidige blijft bewaard)",
    "reports for funders and yourself (Dutch)": "rapportages voor financiers en voor jezelf (in het Nederlands)",
    "schedule id (default: by the funder's kind)": "schema-id (standaard: op basis van het soort financier)",
    "set the hourly tariff (excl. BTW) from a date on": "het uurtarief (excl. BTW) instellen vanaf een datum",
    "show a traceback on an unexpected error": "een traceback tonen bij een onverwachte fout",
    "show in lists again": "weer tonen in overzichten",
    "signals: over budget, periods ending, no entry this week, ...":
        "signalen: budget overschreden, aflopende perioden, geen regel deze week, ...",
    "start the timer": "de timer starten",
    "start time, e.g. 9:30": "begintijd, bijv. 9:30",
    "stop the timer and log the time": "de timer stoppen en de tijd vastleggen",
    "stop without logging": "stoppen zonder vast te leggen",
    "the employer of the entry, when the worker has two that day":
        "de werkgever van de regel, als de werknemer die dag twee werkgevers heeft",
    "the full name": "de volledige naam",
    "the funder's reference for this grant": "het kenmerk van de financier voor deze toekenning",
    "the goal id this time served": "id van het doel waaraan deze tijd is besteed",
    "the goal id this time served (0 or none: no goal)":
        "id van het doel waaraan deze tijd is besteed (0 of none: geen doel)",
    "the journal file (default: see coachlog paths)": "het logboekbestand (standaard: zie coachlog paths)",
    "the new name": "de nieuwe naam",
    "the whole journal, encrypted with a passphrase of its own, to move to another machine":
        "het hele logboek, versleuteld met een eigen wachtzin, om over te zetten naar een andere computer",
    "travel distance in km, e.g. 12,5": "reisafstand in km, bijv. 12,5",
    "travel time, e.g. 30m (never billed as UWV hours)": "reistijd, bijv. 30m (wordt nooit als UWV-uren gedeclareerd)",
    "trede 1-6": "trede 1 tot en met 6",
    "undo the last change": "de laatste wijziging ongedaan maken",
    "uwv-extern, uwv-intern, gemeente or private": "uwv-extern, uwv-intern, gemeente of private",
    "verantwoordingsrapportage (UWV) for a grant period": "verantwoordingsrapportage (UWV) voor een toekenningsperiode",
    "voortgangsrapportage (gemeente) with the ladder": "voortgangsrapportage (gemeente) met de participatieladder",
    "wage value in percent": "loonwaarde in procenten",
    "werknemer, werkgever, netwerk or niemand": "werknemer, werkgever, netwerk of niemand",
    "when the expected trede should be reached": "wanneer de verwachte trede bereikt moet zijn",
    "where the journal, config and backups are": "waar het logboek, de configuratie en de back-ups staan",
    "worker (werknemer); repeat for a group session, split evenly":
        "werknemer; herhaal voor een groepssessie, de tijd wordt gelijk verdeeld",
    "write an encrypted, verified backup (keeps the newest ones)":
        "een versleutelde, gecontroleerde back-up maken (de nieuwste blijven bewaard)",
    "your own month: direct vs indirect hours": "je eigen maand: directe tegenover indirecte uren",
    "your reference or contract number with this funder": "je eigen kenmerk of contractnummer bij deze financier",
    "zeer-licht, licht, midden or intensief": "zeer-licht, licht, midden of intensief",
    "ziek, vakantie or overig": "ziek, vakantie of overig",
}
