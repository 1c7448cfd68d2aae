"""Dutch texts of the errors and refusals, keyed by their English text (see ``i18n.t``).

Placeholders stay as they are; tests/test_messages.py checks that every marked message
has an entry here with the same placeholders, and that nothing here is unused.
"""

from __future__ import annotations

# The names of input fields as a coach knows them.
FIELDS: dict[str, str] = {
    "activity": "activiteit",
    "anchor": "jaargrens",
    "billable": "declarabel",
    "contact": "contactpersoon",
    "date": "datum",
    "duration": "duur",
    "employer": "werkgever",
    "employment": "dienstverband",
    "end": "einde",
    "entries": "regels",
    "entry": "regel",
    "expected": "verwachte trede",
    "file": "bestand",
    "from": "vanaf",
    "--archive": "--archive (archiveren)",
    "--from": "--from (vanaf)",
    "--journal": "--journal (logboek)",
    "number": "getal",
    "passphrase": "wachtzin",
    "funder": "financier",
    "goal": "doel",
    "goal_id": "doelnummer",
    "grant": "toekenning",
    "horizon": "horizon",
    "hours": "uren",
    "--keep": "--keep (bewaren)",
    "kind": "soort",
    "km": "km",
    "loonwaarde": "loonwaarde",
    "minutes": "minuten",
    "mode": "vorm",
    "month": "maand",
    "--month": "--month (maand)",
    "--output": "--output (uitvoerbestand)",
    "name": "naam",
    "network": "netwerk",
    "note": "notitie",
    "nobody": "niemand",
    "path": "pad",
    "period": "periode",
    "--period": "--period (periode)",
    "period-months": "maanden per periode",
    "periods": "aantal perioden",
    "private-note": "privénotitie",
    "private_note": "privénotitie",
    "rate": "tarief",
    "reference": "kenmerk",
    "regime": "regime",
    "schedule": "urenschema",
    "start": "begin",
    "status": "status",
    "step": "trede",
    "timer": "timer",
    "to": "tot en met",
    "--to": "--to (tot en met)",
    "--yes": "--yes (ja)",
    "edit": "edit (wijzigen)",
    "export": "export (exporteren)",
    "log": "log (loggen)",
    "travel": "reistijd",
    "travel_km": "reisafstand",
    "travel_minutes": "reistijd",
    "with_whom": "met wie",
    "worker": "werknemer",
}

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
    # -- counted: the singular and the plural of one message (tn, Translator.plural) -----------
    "Wrong passphrase for {path} ({left} try left)": "Verkeerde wachtzin voor {path} (nog {left} poging)",
    "Wrong passphrase for {path} ({left} tries left)": "Verkeerde wachtzin voor {path} (nog {left} pogingen)",
    "Locked after {minutes} idle minute.": "Vergrendeld na {minutes} minuut zonder gebruik.",
    "Locked after {minutes} idle minutes.": "Vergrendeld na {minutes} minuten zonder gebruik.",
    "{funder}, {what}, from {start}: {periods} period of {length}":
        "{funder}, {what}, vanaf {start}: {periods} periode van {length}",
    "{funder}, {what}, from {start}: {periods} periods of {length}":
        "{funder}, {what}, vanaf {start}: {periods} perioden van {length}",
    "Backup written and verified: {path} ({entries} entry)":
        "Back-up geschreven en gecontroleerd: {path} ({entries} regel)",
    "Backup written and verified: {path} ({entries} entries)":
        "Back-up geschreven en gecontroleerd: {path} ({entries} regels)",
    "Replace {target} with {name} ({entries} entry)?": "{target} vervangen door {name} ({entries} regel)?",
    "Replace {target} with {name} ({entries} entries)?": "{target} vervangen door {name} ({entries} regels)?",
    "Removed {count} unfinished file an interrupted coachlog had left (it could hold {name}):":
        "{count} onafgemaakt bestand van een onderbroken coachlog verwijderd (het kon {name} bevatten):",
    "Removed {count} unfinished files an interrupted coachlog had left (they could hold {name}):":
        "{count} onafgemaakte bestanden van een onderbroken coachlog verwijderd (ze konden {name} bevatten):",
    "Deleted {count} backup.": "{count} back-up verwijderd.",
    "Deleted {count} backups.": "{count} back-ups verwijderd.",
    "Delete this backup too?": "Deze back-up ook verwijderen?",
    "Delete these {count} backups too?": "Deze {count} back-ups ook verwijderen?",
    "{span}: {count} entry, {total} in all, {billable} billable, {travel} travel":
        "{span}: {count} regel, {total} in totaal, {billable} declarabel, {travel} reistijd",
    "{span}: {count} entries, {total} in all, {billable} billable, {travel} travel":
        "{span}: {count} regels, {total} in totaal, {billable} declarabel, {travel} reistijd",
    "Imported {count} entry from {path} (coachlog undo takes it out again)":
        "{count} regel geïmporteerd uit {path} (coachlog undo haalt hem er weer uit)",
    "Imported {count} entries from {path} (coachlog undo takes them out again)":
        "{count} regels geïmporteerd uit {path} (coachlog undo haalt ze er weer uit)",
    "{worker}: {count} month over budget in period {number}: {months}":
        "{worker}: {count} maand boven budget in periode {number}: {months}",
    "{worker}: {count} months over budget in period {number}: {months}":
        "{worker}: {count} maanden boven budget in periode {number}: {months}",
    "This backup still holds {name} (by name, or under an earlier name):":
        "Deze back-up bevat {name} nog (onder deze naam, of onder een eerdere):",
    "These backups still hold {name} (by name, or under an earlier name):":
        "Deze back-ups bevatten {name} nog (onder deze naam, of onder een eerdere):",
    "{count} entry": "{count} regel",
    "{count} entries": "{count} regels",
    "{count} link to a goal": "{count} koppeling aan een doel",
    "{count} links to goals": "{count} koppelingen aan doelen",
    "{count} goal": "{count} doel",
    "{count} goals": "{count} doelen",
    "{count} grant": "{count} toekenning",
    "{count} grants": "{count} toekenningen",
    "{count} contract-hours record": "{count} regel contracturen",
    "{count} contract-hours records": "{count} regels contracturen",
    "{count} employment": "{count} dienstverband",
    "{count} employments": "{count} dienstverbanden",
    "{count} ladder measurement": "{count} laddermeting",
    "{count} ladder measurements": "{count} laddermetingen",
    "{count} absence": "{count} afwezigheid",
    "{count} absences": "{count} afwezigheden",
    # -- imports, config files ---------------------------------------------------------------
    "{count} worker": "{count} werknemer",
    "{count} workers": "{count} werknemers",
    "{count} employer": "{count} werkgever",
    "{count} employers": "{count} werkgevers",
    "{count} funder": "{count} financier",
    "{count} funders": "{count} financiers",
    "{count} tariff": "{count} tarief",
    "{count} tariffs": "{count} tarieven",
    "Imported {done}": "Geïmporteerd: {done}",
    "{source}: {count} problem, nothing was imported:": "{source}: {count} probleem, er is niets geïmporteerd:",
    "{source}: {count} problems, nothing was imported:": "{source}: {count} problemen, er is niets geïmporteerd:",
    "  ... and {more} more": "  ... en nog {more}",
    "line 1: the file is empty; expected a header line": "regel 1: het bestand is leeg; verwacht een kopregel",
    "line 1: missing column {missing}; the header has: {header}":
        "regel 1: kolom {missing} ontbreekt; de kopregel heeft: {header}",
    "line 1: missing columns {missing}; the header has: {header}":
        "regel 1: kolommen {missing} ontbreken; de kopregel heeft: {header}",
    "line {line}: {error}": "regel {line}: {error}",
    "line {line}: not valid JSON ({error})": "regel {line}: geen geldige JSON ({error})",
    "line 1: expected a JSON object with 'entries' or a coachlog export":
        "regel 1: verwacht een JSON-object met 'entries' of een coachlog-export",
    "{where}: expected an object": "{where}: verwacht een object",
    "{where}: unknown field {fields}": "{where}: onbekend veld {fields}",
    "{where}: unknown fields {fields}": "{where}: onbekende velden {fields}",
    "line 1: coachlog_export {version} is not a format this coachlog reads ({readable})":
        "regel 1: coachlog_export {version} is geen formaat dat deze coachlog leest ({readable})",
    "unknown section {name}": "onbekend onderdeel {name}",
    "{section}: expected a list": "{section}: verwacht een lijst",
    "; did you mean {name}?": "; bedoel je {name}?",
    "give a whole number, like 3": "geef een geheel getal, zoals 3",
    "(hidden)": "(verborgen)",
    "a new passphrase has at least {count} characters; three or four words are easy to remember and hard to guess":
        "een nieuwe wachtzin heeft minstens {count} tekens; drie of vier woorden zijn makkelijk te onthouden en "
        "moeilijk te raden",
    "over {hours}": "{hours} te veel",
    "line 1: unknown column {column}{hint}": "regel 1: onbekende kolom {column}{hint}",
    "line {line}: more values than columns": "regel {line}: meer waarden dan kolommen",
    "{where}: name: expected text, not {kind}": "{where}: naam: verwacht tekst, geen {kind}",
    "{where}: name {name} is the name of record {earlier} too":
        "{where}: naam {name} is ook de naam van record {earlier}",
    "a whole-journal export is restored into an empty journal only; this one already holds "
    "data. Restore it into a new, empty journal instead, or import entries as CSV":
        "een export van een heel logboek wordt alleen in een leeg logboek teruggezet; dit logboek bevat al "
        "gegevens. Zet hem terug in een nieuw, leeg logboek, of importeer regels als CSV",
    "; did you mean {key}?": "; bedoel je {key}?",
    "; known keys: {keys}": "; bekende sleutels: {keys}",
    "{path}: unknown section [{section}]{suggestion}": "{path}: onbekend onderdeel [{section}]{suggestion}",
    "{path}: [{section}] must be a table": "{path}: [{section}] moet een tabel zijn",
    "{path}: unknown key {section}.{key}{suggestion}": "{path}: onbekende sleutel {section}.{key}{suggestion}",
    "text": "tekst",
    "a whole number": "een geheel getal",
    "{path}: {section}.{key} = {value} should be {should}": "{path}: {section}.{key} = {value} moet {should} zijn",
    "{path}: app.lock_minutes = {minutes} should be from 1 to 240":
        "{path}: app.lock_minutes = {minutes} moet van 1 tot en met 240 zijn",
    "{path}: not UTF-8 text; save it as UTF-8": "{path}: geen UTF-8-tekst; sla het op als UTF-8",
    "{path}: not valid TOML ({error})": "{path}: geen geldige TOML ({error})",
    "no such user's home folder; give the path in full": "die gebruiker heeft geen thuismap; geef het volledige pad",
    # -- what a change did, as undo tells it (services.base.change_summary) --------------------
    "absence of {worker}": "afwezigheid van {worker} vastgelegd",
    "add employer {name}": "werkgever {name} toegevoegd",
    "add employment {worker} at {employer}": "dienstverband van {worker} bij {employer} toegevoegd",
    "add funder {name}": "financier {name} toegevoegd",
    "add goal to grant {grant_id}": "doel bij toekenning {grant_id} toegevoegd",
    "add grant for employment {employment_id}": "toekenning voor dienstverband {employment_id} toegevoegd",
    "add worker {name}": "werknemer {name} toegevoegd",
    "add {count} goals": "{count} doelen toegevoegd",
    "demo: {count} entries": "demo: {count} regels",
    "demo: {count} entry": "demo: {count} regel",
    "{count} minute": "{count} minuut",
    "{count} minutes": "{count} minuten",
    "{count} month": "{count} maand",
    "{count} months": "{count} maanden",
    "demo: {count} goal": "demo: {count} doel",
    "demo: {count} goals": "demo: {count} doelen",
    "add {count} goal": "{count} doel toegevoegd",
    "import {count} entry from {source}": "{count} regel geïmporteerd uit {source}",
    # -- the demo journal --------------------------------------------------------------------
    "give a number of entries of 0 or more": "geef een aantal regels van 0 of meer",
    "demo data goes into an empty journal only; this one already holds data":
        "demogegevens komen alleen in een leeg logboek; dit logboek bevat al gegevens",
    "too many entries to fit on the weekdays of this journal; give fewer entries or more years":
        "te veel regels voor de werkdagen van dit logboek; geef minder regels of meer jaren",
    "contract hours of employment {employment_id}": "contracturen van dienstverband {employment_id} gewijzigd",
    "delete entry {entry_id}": "regel {entry_id} verwijderd",
    "edit employer {ref}": "werkgever {ref} gewijzigd",
    "edit employment {employment_id}": "dienstverband {employment_id} gewijzigd",
    "edit entry {entry_id}": "regel {entry_id} gewijzigd",
    "edit funder {ref}": "financier {ref} gewijzigd",
    "edit goal {goal_id}": "doel {goal_id} gewijzigd",
    "edit grant {grant_id}": "toekenning {grant_id} gewijzigd",
    "edit worker {ref}": "werknemer {ref} gewijzigd",
    "import {count} entries from {source}": "{count} regels geïmporteerd uit {source}",
    "import {source}": "{source} geïmporteerd",
    "ladder step for {worker}": "trede van {worker} vastgelegd",
    "log {minutes} on {day}": "{minutes} gelogd op {day}",
    "remove absence {absence_id}": "afwezigheid {absence_id} verwijderd",
    "remove employer {ref}": "werkgever {ref} verwijderd",
    "remove employment {employment_id}": "dienstverband {employment_id} verwijderd",
    "remove funder {ref}": "financier {ref} verwijderd",
    "remove goal {goal_id}": "doel {goal_id} verwijderd",
    "remove grant {grant_id}": "toekenning {grant_id} verwijderd",
    "remove ladder measurement {measurement_id}": "laddermeting {measurement_id} verwijderd",
    "remove worker {ref}": "werknemer {ref} verwijderd",
    "start timer": "timer gestart",
    "stop timer": "timer gestopt",
    "tariff of {funder}": "tarief van {funder} vastgelegd",
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

# Texts that read the same in Dutch: t() gives them unchanged, and the message test still
# finds each one in use.
SAME_IN_DUTCH: frozenset[str] = frozenset({
    "Budget",
    "Contact",
    "Details",
    "E-mail",
    "Help",
    "Ladder",
    "Regime",
    "Start",
    "Status",
    "Timer",
    "{periods} x {length}",
    "{where}: {error}",
    "{section} record {number}",
    "{count} timer",
    "{count} timers",
    "regime",
    "status",
    "trede",
    "budget",
    "indirect",
    "open",
})
