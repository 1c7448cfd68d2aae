"""Dutch texts: Counted messages, imports and config files, undo summaries, the demo.
Keyed by their English text (see coachlog.i18n)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
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
}
