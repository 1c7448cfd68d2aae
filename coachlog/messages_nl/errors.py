"""Dutch texts: Errors and refusals of the domain, services, store and reports; bindings and vocabularies.
Keyed by their English text (see coachlog.i18n)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # -- the framing of InvalidInput, NotFound and Ambiguous ---------------------------
    "missing": "ontbreekt",
    "{start}... ({count} characters)": "{start}... ({count} tekens)",
    "{value} is not accepted": "{value} wordt niet geaccepteerd",
    "no {kind} {value}": "geen {kind} {value}",
    "; did you mean {names}?": "; bedoel je {names}?",
    " or ": " of ",
    "; see `coachlog {kind} list`": "; zie `coachlog {kind} list`",
    "{kind} {value} matches {count}: {names}; give more of the name":
        "{kind} {value} past bij {count}: {names}; geef meer van de naam",
    # -- parsing what a coach types ------------------------------------------------------
    "use a date like 2026-11-23 or 23-11-2026 (also 23/11/2026, 23.11.2026), or vandaag, gisteren, "
    "eergisteren, morgen, or a weekday name such as maandag, vr or vorige vrijdag":
        "gebruik een datum zoals 23-11-2026 of 2026-11-23 (ook 23/11/2026, 23.11.2026), of vandaag, "
        "gisteren, eergisteren, morgen, of een dag zoals maandag, vr of vorige vrijdag",
    "use a month like 2026-10, 10-2026, oktober 2026, okt 2026 or october 2026, or deze maand, vorige maand":
        "gebruik een maand zoals 10-2026, 2026-10, oktober 2026 of okt 2026, of deze maand, vorige maand",
    "use minutes like 90, 90m or 90min, hours like 2u, 2h, 1,5u or 1.5 uur, or hours and minutes like "
    "1u30, 1h30m or 1:30":
        "gebruik minuten zoals 90, 90m of 90min, uren zoals 2u, 1,5u of 1.5 uur, of uren en minuten "
        "zoals 1u30 of 1:30",
    "use a time between 0:00 and 23:59, like 9:00, 09:30, 9.30, 0930, 9u30 or 9":
        "gebruik een tijd tussen 0:00 en 23:59, zoals 9:00, 09:30, 9.30, 0930, 9u30 of 9",
    "use one of {names}": "gebruik een van {names}",
    "a duration cannot be negative; {accepted}": "een duur kan niet negatief zijn; {accepted}",
    "the minutes after the hours must be below 60; {accepted}":
        "de minuten na de uren moeten onder de 60 blijven; {accepted}",
    "it could be {candidates}; type more of the word": "het kan {candidates} zijn; typ meer van het woord",
    "{month}-{year} has {days} days; give a day from 1 to {days}":
        "{month}-{year} heeft {days} dagen; geef een dag van 1 tot en met {days}",
    # -- the rules of a journal ------------------------------------------------------------
    "give a name of at least one letter": "geef een naam van minstens één letter",
    "a name has at most {count} characters": "een naam heeft hoogstens {count} tekens",
    "a note has at most {count} characters; keep it short and factual":
        "een notitie heeft hoogstens {count} tekens; houd hem kort en feitelijk",
    "give a date from {first} up to {last}": "geef een datum van {first} tot en met {last}",
    "give a month from {first} up to {last}": "geef een maand van {first} tot en met {last}",
    "give an id as coachlog's lists show it: a whole number from 1 to {max}":
        "geef een nummer zoals de lijsten van coachlog het tonen: een heel getal van 1 tot en met {max}",
    "give a duration above 0 and at most 24 hours, e.g. 1u30 or 45m":
        "geef een duur boven 0 en hoogstens 24 uur, bijv. 1u30 of 45m",
    "give a travel time from 0 up to 24 hours": "geef een reistijd van 0 tot en met 24 uur",
    "give a distance from 0 to 2000 km, e.g. 12,5": "geef een afstand van 0 tot 2000 km, bijv. 12,5",
    "the end must come after the start ({start})": "het einde moet na het begin liggen ({start})",
    "{day} already holds {held}; a day holds at most 24:00, so at most {left} more":
        "{day} heeft al {held}; een dag telt hoogstens 24:00, dus nog hoogstens {left}",
    "give a number, e.g. {example}": "geef een getal, bijv. {example}",
    "give contract hours per week from 1 to 60, e.g. 24 or 32,5":
        "geef contracturen per week van 1 tot en met 60, bijv. 24 of 32,5",
    "give contract hours in whole minutes, e.g. 24 or 32,5": "geef contracturen in hele minuten, bijv. 24 of 32,5",
    "give an hourly tariff in euros excl. BTW above 0 and at most 1000, e.g. 74,78":
        "geef een uurtarief in euro excl. btw boven 0 en hoogstens 1000, bijv. 74,78",
    "give the tariff in whole cents, e.g. 74,78": "geef het tarief in hele centen, bijv. 74,78",
    "give the wage value in percent, from 0 to 100": "geef de loonwaarde in procenten, van 0 tot en met 100",
    "give a trede of the participatieladder from 1 to 6": "geef een trede van de participatieladder van 1 tot en met 6",
    "choose one of {choices}": "kies een van {choices}",
    "the end may not lie before the {field} ({start})": "het einde mag niet voor het {field} liggen ({start})",
    "give a whole number from {low} to {high}": "geef een heel getal van {low} tot en met {high}",
    "a group session needs at least one worker": "een groepsbijeenkomst heeft minstens één werknemer",
    "{count} workers need at least {count} minutes to split":
        "{count} werknemers hebben minstens {count} minuten nodig om te verdelen",
    # -- services ---------------------------------------------------------------------------
    "give the name of the {kind}": "geef de naam van de {kind}",
    "worker {name}": "werknemer {name}",
    "employer {name}": "werkgever {name}",
    "funder {name}": "financier {name}",
    "employment {id}": "dienstverband {id}",
    "grant {id}": "toekenning {id}",
    "goal {id}": "doel {id}",
    "employments": "dienstverbanden",
    "employment": "dienstverband",
    "entries": "regels",
    "entry": "regel",
    "ladder measurements": "laddermetingen",
    "ladder measurement": "laddermeting",
    "absences": "afwezigheden",
    "absence": "afwezigheid",
    "grants": "toekenningen",
    "grant": "toekenning",
    "goals": "doelen",
    "goal": "doel",
    "erasing cannot be undone: give the full name ({name})":
        "wissen kan niet ongedaan worden gemaakt: geef de volledige naam ({name})",
    "a {kind} named {name} already exists; choose another name":
        "er is al een {kind} met de naam {name}; kies een andere naam",
    "; archive it instead to keep its history but hide it":
        "; archiveer het liever: dan blijft de geschiedenis bewaard maar is het verborgen",
    "; remove those first": "; verwijder die eerst",
    "{what} still has {used} and was not removed{hint}": "{what} heeft nog {used} en is niet verwijderd{hint}",
    "a contract-hours change is dated {day}; give a start before it":
        "er is een wijziging van de contracturen op {day}; geef een begin daarvoor",
    "give a date within the employment {span}": "geef een datum binnen het dienstverband {span}",
    "give a start within the employment {span}": "geef een begin binnen het dienstverband {span}",
    "open end": "open einde",
    "give granted hours per period above 0, e.g. 60": "geef toegekende uren per periode boven 0, bijv. 60",
    "give a regime ({known}) or the granted hours per period":
        "geef een regime ({known}) of de toegekende uren per periode",
    "schedule {id} knows {known}": "urenschema {id} kent {known}",
    "schedule {id} has no proefplaatsing percentage for it":
        "urenschema {id} heeft daarvoor geen percentage bij proefplaatsing",
    "name each worker of a group session once": "noem elke werknemer van een groepsbijeenkomst één keer",
    "{span} is {minutes}; give one or the other": "{span} is {minutes}; geef het een of het ander",
    "an end time needs a start time": "een eindtijd hoort bij een begintijd",
    "give a duration like 1u30, or a start and an end time": "geef een duur zoals 1u30, of een begin- en eindtijd",
    " at {employer}": " bij {employer}",
    "a timer is already running since {time}; stop it first": "er loopt al een timer sinds {time}; stop die eerst",
    "no timer is running; start one first": "er loopt geen timer; start er eerst een",
    "the timer ran past midnight; discard it and log the time by hand":
        "de timer liep over middernacht; gooi hem weg en log de tijd met de hand",
    "a horizon belongs to an expected step; give the expected step too":
        "een horizon hoort bij een verwachte trede; geef ook de verwachte trede",
    "give a date after the measurement ({day})": "geef een datum na de meting ({day})",
    "give the id of an existing goal, or leave it empty": "geef het nummer van een bestaand doel, of laat het leeg",
    "did you mean {names}? Imports need the full name": "bedoel je {names}? Bij importeren is de volledige naam nodig",
    "; add it first, or let the import add the missing names":
        "; voeg die eerst toe, of laat de import de ontbrekende namen toevoegen",
    "no such {kind}{hint}": "geen {kind} met die naam{hint}",
    "give whole minutes, e.g. 90": "geef hele minuten, bijv. 90",
    "use yes/no (ja/nee) or leave it empty": "gebruik ja/nee (yes/no) of laat het leeg",
    "give the number of a goal, or leave it empty": "geef het nummer van een doel, of laat het leeg",
    # -- reports and budgets ----------------------------------------------------------------
    "give the worker's name": "geef de naam van de werknemer",
    "give the grant's number, e.g. 1": "geef het nummer van de toekenning, bijv. 1",
    "give a period number, e.g. 2, or leave it empty (progress: the current period, accountability: "
    "the last ended one)":
        "geef een periodenummer, bijv. 2, of laat het leeg (voortgang: de lopende periode, verantwoording: "
        "de laatst afgelopen)",
    "this worker has no grant yet; add one first":
        "deze werknemer heeft nog geen toekenning; voeg er een toe onder Beheer (F6)",
    "the end may not lie before the start ({start})": "het einde mag niet voor het begin liggen ({start})",
    "grant {id}: {problem}; give grant {id} another hour schedule":
        "toekenning {id}: {problem}; geef toekenning {id} een ander urenschema",
    "this grant has no periods inside its employment": "deze toekenning heeft geen periode binnen het dienstverband",
    "period {number} does not exist; this grant has periods 1 to {last}":
        "periode {number} bestaat niet; deze toekenning heeft perioden 1 tot en met {last}",
    "schedule {id} has no proefplaatsing percentage for regime {regime}":
        "urenschema {id} heeft geen percentage bij proefplaatsing voor regime {regime}",
    "regime {regime} of schedule {id} has hours per period, not percentages":
        "regime {regime} van urenschema {id} werkt met uren per periode, niet met percentages",
    "no schedule {id}": "geen urenschema {id}",
    " (known: {known})": " (bekend: {known})",
    # -- signals (budget engine and activity) --------------------------------------------
    "{worker}: {month} {spent} h spent, budget {budget} h": "{worker}: {month} {spent} u besteed, budget {budget} u",
    "{month} ({spent} of {budget} h)": "{month} ({spent} van {budget} u)",
    "{worker}: period {number} ({start} – {end}) {spent} h spent, granted {granted} h":
        "{worker}: periode {number} ({start} – {end}) {spent} u besteed, toegekend {granted} u",
    "{worker}: period {number} ends {end}; accountability report and follow-up request within 4 weeks after it "
    "(by {due})":
        "{worker}: periode {number} eindigt {end}; verantwoordingsrapportage en vervolgaanvraag binnen 4 weken "
        "daarna (uiterlijk {due})",
    "{worker}: end of period 5; after period 6 a 7th period needs a motivation":
        "{worker}: einde periode 5; na periode 6 is een 7e periode alleen met motivatie mogelijk",
    "{worker}: contract {hours} h/week; UWV asks for at least 12 h/week":
        "{worker}: contract {hours} u/week; UWV vraagt minstens 12 u/week",
    "{worker}: employment {start} – {end} is shorter than 6 months; UWV asks for at least 6 months":
        "{worker}: dienstverband {start} – {end} is korter dan 6 maanden; UWV vraagt minstens 6 maanden",
    "since {day}": "sinds {day}",
    "ever": "nog nooit",
    "{worker}: no entry {since}; UWV wants one at least weekly":
        "{worker}: geen logboekregel {since}; UWV wil minstens wekelijks",
    "{worker}: no participatieladder measurement yet": "{worker}: nog geen meting op de participatieladder",
    "{worker}: last participatieladder measurement {day}, older than 6 months":
        "{worker}: laatste meting participatieladder {day}, ouder dan 6 maanden",
    # -- the journal file -------------------------------------------------------------------
    "wrong passphrase for journal {path}": "verkeerde wachtzin voor logboek {path}",
    "{path} is not a coachlog journal: {reason}": "{path} is geen coachlog-logboek: {reason}",
    "it is an unencrypted SQLite database": "het is een onversleutelde SQLite-database",
    "it looks like a text file": "het lijkt een tekstbestand",
    "it is an encrypted database of another program": "het is een versleutelde database van een ander programma",
    "its size ({size} bytes) does not fit an encrypted journal":
        "de grootte ({size} bytes) past niet bij een versleuteld logboek",
    "journal {path} was written by a newer coachlog (schema {revision}); upgrade coachlog to open it. "
    "The file was not changed.":
        "logboek {path} is geschreven door een nieuwere coachlog (schema {revision}); werk coachlog bij om "
        "het te openen. Het bestand is niet veranderd.",
    "journal {path} is in use by another coachlog and stayed busy; close the other one (app or command) "
    "and try again":
        "logboek {path} is in gebruik door een andere coachlog en bleef bezet; sluit die (app of opdracht) "
        "en probeer het opnieuw",
    "the disk holding journal {path} is full (or the file may grow no further); nothing of this change "
    "was saved. Free some space and try again.":
        "de schijf van logboek {path} is vol (of het bestand mag niet verder groeien); niets van deze "
        "wijziging is bewaard. Maak ruimte vrij en probeer het opnieuw.",
    "the passphrase may not be empty": "de wachtzin mag niet leeg zijn",
    "the export's passphrase may not be empty": "de wachtzin van de export mag niet leeg zijn",
    "the new passphrase may not be empty": "de nieuwe wachtzin mag niet leeg zijn",
    "cannot open journal {path}: {error}": "kan logboek {path} niet openen: {error}",
    "a journal already exists at {path}; nothing was changed":
        "er staat al een logboek op {path}; er is niets veranderd",
    "journal {path} already exists; open it instead": "logboek {path} bestaat al; open het in plaats daarvan",
    "no journal at {path}; run coachlog once to create it, or check --journal":
        "geen logboek op {path}; start coachlog één keer om het te maken, of controleer --journal",
    "{path} already exists; choose a new file name": "{path} bestaat al; kies een nieuwe bestandsnaam",
    "folder {path} does not exist": "map {path} bestaat niet",
    "backup {path} is damaged: {problem}": "back-up {path} is beschadigd: {problem}",
    "{path} is damaged ({problem}); nothing was imported": "{path} is beschadigd ({problem}); er is niets geïmporteerd",
    "backup {path} cannot be read back: {error}": "back-up {path} is niet terug te lezen: {error}",
    "backup {path} failed its check: {problem}": "back-up {path} kwam niet door de controle: {problem}",
    "journal {path} is open in another coachlog (or was not closed cleanly); close it, open it once with "
    "coachlog, then restore":
        "logboek {path} is open in een andere coachlog (of is niet netjes gesloten); sluit het, open het "
        "één keer met coachlog en zet dan terug",
    "keep at least 1 backup": "bewaar minstens 1 back-up",
    "the journal refused the change ({error}); nothing was saved":
        "het logboek weigerde de wijziging ({error}); er is niets bewaard",
    "{path} is a folder; give a file name": "{path} is een map; geef een bestandsnaam",
    "cannot write {path}: {error}": "kan {path} niet schrijven: {error}",
    # -- a full disk, told as what was and was not saved (issue 13) -------------------------
    "cannot write {path}: the disk is full (or the file may grow no larger); nothing was written and an earlier "
    "file of that name is unchanged. Free some space and try again":
        "kan {path} niet schrijven: de schijf is vol (of het bestand mag niet groter worden); er is niets "
        "geschreven en een eerder bestand met die naam is ongewijzigd. Maak ruimte vrij en probeer het opnieuw",
    "no backup was written: the disk holding {folder} is full (or a file there may grow no larger). The journal "
    "was not changed and no older backup was removed. Free some space (a backup takes about {size}) and try again":
        "er is geen back-up geschreven: de schijf met {folder} is vol "
        "(of een bestand daar mag niet groter worden). "
        "Het logboek is niet gewijzigd en er is geen oudere back-up verwijderd. "
        "Maak ruimte vrij (een back-up "
        "neemt ongeveer {size}) en probeer het opnieuw",
    "no export was written: the disk holding {folder} is full (or a file there may grow no larger). The journal "
    "was not changed. Free some space (the export takes about {size}) and try again":
        "er is geen export geschreven: de schijf met {folder} is vol (of een bestand daar mag niet groter worden). "
        "Het logboek is niet gewijzigd. Maak ruimte vrij (de export neemt ongeveer {size}) en probeer het opnieuw",
    "nothing was imported: the disk holding {folder} is full (or a file there may grow no larger). Free some "
    "space (the journal needs about {size}) and try again":
        "er is niets geïmporteerd: de schijf met {folder} is vol (of een bestand daar mag niet groter worden). "
        "Maak ruimte vrij (het logboek heeft ongeveer {size} nodig) en probeer het opnieuw",
    "nothing was restored: the disk holding {folder} is full (or a file there may grow no larger), so the "
    "journal could not be kept before it is replaced. The journal is unchanged. Free some space (about {size} "
    "for the kept journal and as much for the backup) and try again":
        "er is niets teruggezet: de schijf met {folder} is vol (of een bestand daar mag niet groter worden), dus "
        "het logboek kon niet bewaard worden voordat het vervangen wordt. Het logboek is ongewijzigd. Maak ruimte "
        "vrij (ongeveer {size} voor het bewaarde logboek en evenveel voor de back-up) en probeer het opnieuw",
    " The journal it would have replaced was kept as {path}.":
        " Het logboek dat vervangen zou worden, is bewaard als {path}.",
    "nothing was restored: the disk holding {folder} is full (or a file there may grow no larger). The journal "
    "is unchanged.{kept} Free some space (about {size}) and try again":
        "er is niets teruggezet: de schijf met {folder} is vol (of een bestand daar mag niet groter worden). Het "
        "logboek is ongewijzigd.{kept} Maak ruimte vrij (ongeveer {size}) en probeer het opnieuw",
    "the passphrase was not changed: the re-encrypted journal could not be written to the disk holding {path} "
    "(it is full, or the journal's files may grow no larger); changing it needs room for a copy of every page "
    "(about {size}). The journal still opens with the old passphrase. Free some space and try again":
        "de wachtzin is niet gewijzigd: het opnieuw versleutelde logboek kon niet geschreven worden op de schijf "
        "met {path} (die is vol, of de bestanden van het logboek mogen niet groter worden); wijzigen vraagt "
        "ruimte voor een kopie van elke pagina (ongeveer {size}). Het logboek opent nog met de oude wachtzin. "
        "Maak ruimte vrij en probeer het opnieuw",
    "the erase was saved, but the disk holding {path} is too full to rebuild the journal (VACUUM), so the file "
    "did not shrink. What was erased cannot be read back, not even with the passphrase: secure delete overwrote "
    "it with zeros and the journal's -wal was emptied; the room it took is reused for new entries. Free some "
    "disk space: the journal needs room to grow":
        "het wissen is bewaard, maar de schijf met {path} is te vol om het logboek opnieuw op te bouwen (VACUUM), "
        "dus het bestand is niet kleiner geworden. Wat gewist is, is niet meer te lezen, ook niet met de "
        "wachtzin: secure delete heeft het met nullen overschreven en de -wal van het logboek is geleegd; de "
        "ruimte die het innam wordt hergebruikt voor nieuwe regels. Maak schijfruimte vrij: het logboek heeft "
        "ruimte nodig om te groeien",
    "the erase was saved, but the disk holding {path} is too full to rebuild the journal (VACUUM), and its -wal "
    "could not be emptied (the disk refused the write, or another coachlog has the journal open): until it is, "
    "older copies of what was erased stay in the journal's files (encrypted; readable only with the passphrase). "
    "Free some disk space, close every coachlog using this journal, then open it once (for example: coachlog "
    "entries); closing it empties the -wal":
        "het wissen is bewaard, maar de schijf met {path} is te vol om het logboek opnieuw op te bouwen (VACUUM), "
        "en de -wal kon niet geleegd worden (de schijf weigerde het schrijven, of een andere coachlog heeft het "
        "logboek open): tot dat gebeurt, blijven oudere kopieën van wat gewist is in de bestanden van het logboek "
        "staan (versleuteld; alleen met de wachtzin te lezen). Maak schijfruimte vrij, sluit elke coachlog met "
        "dit logboek en open het daarna één keer (bijvoorbeeld: coachlog entries); bij het sluiten wordt de "
        "-wal geleegd",
    # -- forms in the app -------------------------------------------------------------------
    "choose the employment (worker @ employer)": "kies het dienstverband (werknemer @ werkgever)",
    "choose the funder": "kies de financier",
    "choose one of {choices}, or give granted hours": "kies een van {choices}, of geef toegekende uren",
    "give the hourly tariff, e.g. 74,78, or leave both tariff fields empty":
        "geef het uurtarief, bijv. 74,78, of laat beide tariefvelden leeg",
    "give the date the tariff applies from, e.g. 01-01-2026":
        "geef de datum waarop het tarief ingaat, bijv. 01-01-2026",
    "give a whole number, e.g. 1": "geef een heel getal, bijv. 1",
    "a span is start-end, like 9:00-10:30; the entry goes on the day shown above (another day: g or the arrow keys)":
        "een tijdvak is begin-eind, zoals 9:00-10:30; de regel komt op de dag hierboven (andere dag: g of de pijltjes)",
    # -- an entry's defaults (domain/entry_rules.py) ---------------------------------------
    "{some} and {last}": "{some} en {last}",
    "{worker} has no employment{where} on that day (employment {spans})":
        "{worker} heeft op die dag geen dienstverband{where} (dienstverband {spans})",
    "time with the {who} needs a worker or an employer; or log it as time with nobody":
        "tijd met de {who} vraagt een werknemer of een werkgever; of log het als tijd met niemand",
    "{worker} has no employment at {employer}; give the employer of one of {worker}'s employments":
        "{worker} heeft geen dienstverband bij {employer}; geef de werkgever van een dienstverband van {worker}",
    "{worker} works for {employers} on {day}; name the employer of this entry":
        "{worker} werkt op {day} bij {employers}; noem de werkgever van deze regel",
    # -- paths that cannot hold a journal or a file --------------------------------------------
    "a folder": "een map",
    "a device or another special file": "een apparaat of ander speciaal bestand",
    "{path} is {kind}, not a journal file; give the path of a journal file":
        "{path} is {kind}, geen logboekbestand; geef het pad van een logboekbestand",
    "{parent} is a file, not a folder, so journal {path} cannot be there; give the path of a journal file in a folder":
        "{parent} is een bestand, geen map, dus logboek {path} kan daar niet staan; geef het pad van een "
        "logboekbestand in een map",
    "{path} is not a folder, so {folder} cannot be made in it; give a path whose folders are folders":
        "{path} is geen map, dus {folder} kan daarin niet gemaakt worden; geef een pad waarvan de mappen mappen zijn",
    "{path} is not a folder; give a path whose folders are folders":
        "{path} is geen map; geef een pad waarvan de mappen mappen zijn",
    "{path} is not an ordinary file (a device, a pipe or a link); give another file name":
        "{path} is geen gewoon bestand (een apparaat, een pipe of een koppeling); geef een andere bestandsnaam",
    # -- key bindings (screens' BINDINGS, in English; translate_bindings gives them in Dutch) --
    "Back": "Terug",
    "Back to table": "Terug naar tabel",
    "Cancel": "Annuleren",
    "Close": "Sluiten",
    "Date": "Datum",
    "Delete": "Wis",
    "Edit": "Wijzig",
    "Export": "Exporteren",
    "Log": "Loggen",
    "Manage": "Beheer",
    "Month": "Maand",
    "New": "Nieuw",
    "Next": "Volgende",
    "Next day": "Volgende dag",
    "Next month": "Volgende maand",
    "No": "Nee",
    "Per grant": "Per toekenning",
    "Preview": "Bekijken",
    "Previous": "Vorige",
    "Previous day": "Vorige dag",
    "Previous month": "Vorige maand",
    "Quit": "Stop",
    "Reports": "Rapportages",
    "Save": "Opslaan",
    "Screen": "Scherm",
    "Today": "Vandaag",
    "Trajectory": "Verloop",
    "Undo": "Ongedaan",
    "Workers": "Werknemers",
    "Yes": "Ja",
    "Employers": "Werkgevers",
    "Funders": "Financiers",
    "Grants": "Toekenningen",
    # -- Today's table ------------------------------------------------------------------------
    "Time": "Tijd",
    "Duration": "Duur",
    "Note": "Notitie",
    # -- names of months and days ----------------------------------------------------------
    "January": "januari", "February": "februari", "March": "maart", "April": "april", "May": "mei", "June": "juni",
    "July": "juli", "August": "augustus", "September": "september", "October": "oktober", "November": "november",
    "December": "december", "Jan": "jan", "Feb": "feb", "Mar": "mrt", "Apr": "apr", "Jun": "jun", "Jul": "jul",
    "Aug": "aug", "Sep": "sep", "Oct": "okt", "Nov": "nov", "Dec": "dec", "Monday": "maandag", "Tuesday": "dinsdag",
    "Wednesday": "woensdag", "Thursday": "donderdag", "Friday": "vrijdag", "Saturday": "zaterdag", "Sunday": "zondag",
    # -- the vocabularies: with whom, activities, modes ----------------------------------------
    "Network": "Netwerk",
    "Nobody (indirect)": "Niemand (indirect)",
    "Introduction": "Introductie en kennismaking",
    "Structuring the work": "Structureren van het werk",
    "Induction and training": "Inwerken en instructie",
    "Crisis intervention": "Crisisinterventie",
    "Guidance at work": "Begeleiding op het werk",
    "Home situation": "Begeleiding thuissituatie",
    "Coaching the manager": "Begeleiding leidinggevende",
    "Evaluation and coordination": "Evaluatie en afstemming",
    "Administration and reports": "Administratie en rapportage",
    "Travel": "Reistijd",
    "Course": "Scholing",
    "Peer review and team meeting": "Intervisie en teamoverleg",
    "Other": "Overig",
    "On site": "Op locatie",
    "Conversation": "Gesprek",
    "Phone": "Telefoon",
    "Video call": "Beeldbellen",
    # -- Textual's own commands in the palette ----------------------------------------------
    "Theme": "Thema",
    "Choose another colour theme": "Kies een ander kleurenthema",
    "Close coachlog": "Sluit coachlog af",
    "Keys": "Toetsen",
    "Show or hide the keys and the help for the chosen field":
        "Toon of verberg de toetsen en uitleg bij het gekozen veld",
    "Maximize": "Maximaliseren",
    "Make the chosen part fill the screen": "Maak het gekozen onderdeel schermvullend",
    "Minimize": "Verkleinen",
    "Put the part back to its usual size": "Zet het onderdeel terug op zijn gewone grootte",
    "Search for commands…": "Zoek een opdracht…",
    "Next field": "Volgend veld",
    "Previous field": "Vorig veld",
    "Search for themes…": "Zoek een thema…",
    "No matches found": "Niets gevonden",
    "Press {key} to quit coachlog": "Druk op {key} om coachlog te sluiten",
    "Do you want to quit?": "Wil je stoppen?",
}
