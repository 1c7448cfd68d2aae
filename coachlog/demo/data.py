"""What a demo journal is made of: its size, and the fixed lists and curves it is drawn from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class DemoSize:
    """How big a demo journal to make.

    ``entries`` None: as many entries as the visit pattern gives (a few hundred for the
    default). A number: exactly that many; ``workers``, ``employers`` and ``years`` are
    then raised (never lowered) until that many entries fit on weekdays, and visits are
    made denser. ``years`` may be raised to at most the years since 2001."""

    workers: int = 8
    employers: int = 5
    years: int = 1
    entries: int | None = None


# -- fixed lists ---------------------------------------------------------------------------

FIRST_NAMES = (
    "Sanne", "Daan", "Fatima", "Noah", "Emma", "Ahmed", "Lotte", "Milan", "Julia", "Sem",
    "Anouk", "Mohamed", "Fleur", "Lucas", "Yasmine", "Thijs", "Sophie", "Bram", "Iris", "Youssef",
    "Lisa", "Jesse", "Noor", "Ruben", "Eva", "Mehmet", "Femke", "Tim", "Sara", "Lars",
    "Zeynep", "Kevin", "Mila", "Stijn", "Amira", "Niels", "Roos", "Bilal", "Demi", "Joris",
)
SURNAMES = (
    "de Vries", "Jansen", "Bakker", "El Amrani", "Yilmaz", "Visser", "Smit", "Meijer", "de Boer",
    "Mulder", "de Groot", "Bos", "Vos", "Peters", "Hendriks", "van Dijk", "Kaya", "Dekker",
    "van Leeuwen", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer", "Bouzid",
    "Kok", "Jacobs", "Vermeulen", "van den Berg",
)
EMPLOYERS = (
    "Bakkerij Jansen", "Groenvoorziening Oost", "Fietsenmaker Hendriks", "Zorgboerderij De Linde",
    "Kringloopwinkel Het Tweede Leven", "Drukkerij Van Dijk", "Hoveniersbedrijf De Eik",
    "Lunchroom De Zoete Inval", "Schoonmaakbedrijf Glans", "Tuincentrum De Boer",
    "Timmerbedrijf Smit", "Wasserij Het Witte Laken", "Autobedrijf Mulder",
    "Kinderboerderij De Hoeve", "Magazijn Transport Oost", "Dierenpension De Kwispel",
    "Koffiebranderij De Molen", "Fietsenstalling Centrum", "Bloemenzaak Roos", "Slagerij Meijer",
    "Houtwerkplaats De Spaander", "Kaasboerderij Het Weiland", "Stadsmoestuin West",
    "Installatiebedrijf Dekker", "Verhuisbedrijf Brouwer", "Boekhandel De Leesplank",
)
TRADES = (
    "Bakkerij", "Fietsenmaker", "Schildersbedrijf", "Installatiebedrijf", "Hoveniersbedrijf",
    "Timmerbedrijf", "Slagerij", "Garage", "Drukkerij", "Groentewinkel", "Schoonmaakbedrijf",
    "Koeriersdienst",
)
GOALS = (
    "Zelfstandig de werkdag plannen",
    "Op tijd komen en afmelden volgens de afspraken",
    "Vragen stellen aan de leidinggevende bij onduidelijkheid",
    "Vaste taken van de werkplek zelfstandig uitvoeren",
    "Omgaan met drukte en wisselende taken",
    "Contact maken met collega's in de pauze",
    "Feedback ontvangen en toepassen",
    "Uren stapsgewijs uitbreiden",
    "Zelfstandig met het openbaar vervoer naar het werk",
    "Balans houden tussen werk en thuis",
    "Leidinggevende herkent signalen en bespreekt ze tijdig",
    "Werkbegeleiding overdragen aan een vaste collega",
    "Nieuwe taak aanleren met een stappenplan",
    "Werkoverleg bijwonen en inbreng geven",
)
GOAL_STATUS_WEIGHTS = (("reached", 5), ("partly", 4), ("not-reached", 1))
NOTES: dict[tuple[str, str], tuple[str, ...]] = {
    ("worker", "introduction"): ("Kennismaking op de werkplek.", "Rondleiding en afspraken vastgelegd."),
    ("worker", "structure"): (
        "Takenlijst gemaakt voor de ochtend.", "Werkvolgorde op papier gezet.",
        "Checklist voor afsluiten doorgenomen.", "Weekplanning samen gemaakt.",
    ),
    ("worker", "training"): (
        "Nieuwe taak voorgedaan en samen geoefend.", "Inwerkschema doorgenomen.",
        "Instructie kassa herhaald.", "Stappenplan voor de machine geoefend.",
    ),
    ("worker", "crisis"): ("Conflict op de werkvloer uitgesproken.", "Extra gesprek na incident, afspraken gemaakt."),
    ("worker", "guidance"): (
        "Werkplekbezoek, taken doorgelopen.", "Weekplanning besproken.",
        "Gesprek over samenwerking met collega's.", "Voortgang op doelen besproken.",
        "Meegekeken bij werkzaamheden, tips gegeven.", "Pauzemoment besproken.",
        "Rooster van volgende maand besproken.", "Terugblik op de werkweek.",
    ),
    ("worker", "home"): ("Afstemming rooster met thuissituatie.", "Reistijd en vervoer besproken.",
                         "Dagritme rond werkdagen besproken."),
    ("worker", "evaluation"): ("Evaluatie van de periode met werknemer.", "Doelen voor volgende periode besproken."),
    ("employer", "introduction"): ("Kennismaking met leidinggevende, afspraken gemaakt.",),
    ("employer", "manager"): (
        "Overleg met leidinggevende over voortgang.", "Leidinggevende tips gegeven voor instructie.",
        "Rooster en taken afgestemd.", "Gesprek met collega-begeleider.",
        "Leidinggevende neemt begeleiding deels over.",
    ),
    ("employer", "training"): ("Collega's uitgelegd hoe instructie het beste werkt.",),
    ("employer", "evaluation"): ("Driegesprek werkgever en werknemer.", "Evaluatie met leidinggevende."),
    ("network", "home"): ("Afstemming met woonbegeleider.", "Telefonisch contact met ouders over rooster."),
    ("network", "evaluation"): ("Overleg met klantmanager gemeente.", "Afstemming met arbeidsdeskundige UWV."),
    ("nobody", "admin"): ("Logboek bijgewerkt.", "Mail en planning.", "Dossier bijgewerkt.", "Afspraken ingepland."),
    ("nobody", "report"): ("Verantwoordingsrapportage geschreven.", "Voortgangsrapportage opgesteld."),
    ("nobody", "meeting"): ("Teamoverleg.", "Intervisie met collega-jobcoaches."),
    ("nobody", "course"): ("Scholing motiverende gespreksvoering.", "Scholing nieuwe regels UWV."),
}
GROUP_NOTES = (
    "Groepsbijeenkomst: omgaan met feedback.", "Groepsbijeenkomst: plannen van de werkweek.",
    "Groepsbijeenkomst: samenwerken met collega's.", "Groepsbijeenkomst: reizen naar het werk.",
)
PRIVATE_NOTES = (
    "Volgende keer vragen naar nieuw rooster.", "Zelf nog terugbellen.",
    "Leidinggevende is na de zomer een ander.", "Afspraak liever op dinsdag.",
    "Parkeren achter het pand.", "Nog navragen of de evaluatie is ingepland.",
)
LADDER_NOTES = ("Meting met werknemer.", "Stabiel aan het werk.", "Meer zelfstandig in taken.",
                "Meer contacten buiten het werk.")

# Hours per month against months since coaching started, interpolated. Months 1-6 are the
# Trimbos figures (DOMAIN.md section 3); the first month (kennismaking, inwerken) and
# everything after six months are INVENTED, falling along the protocol's afbouw.
WORKER_CURVE = ((0.0, 5.5), (1.0, 4.8), (6.0, 3.7), (12.0, 3.1), (24.0, 2.4), (36.0, 1.8))
EMPLOYER_CURVE = ((0.0, 2.6), (1.0, 1.9), (6.0, 1.5), (12.0, 1.2), (24.0, 0.9), (36.0, 0.6))
NETWORK_CURVE = ((0.0, 0.6), (6.0, 0.4), (36.0, 0.2))
REGIME_FACTOR = {"licht": 0.75, "midden": 1.0, "intensief": 1.3}
WEEKS_PER_MONTH = 52 / 12

# (mode, weight, minutes to choose from) per with-whom.
WORKER_MODES = (("on_site", 55, (45, 60, 60, 60, 75, 90, 120)), ("phone", 25, (15, 15, 20, 30)),
                ("conversation", 10, (30, 45, 60)), ("video", 5, (30, 45)), ("email", 5, (15,)))
EMPLOYER_MODES = (("on_site", 45, (30, 45, 60)), ("phone", 35, (15, 20, 30)), ("email", 10, (15,)),
                  ("video", 10, (30, 45)))
NETWORK_MODES = (("phone", 60, (15, 20, 30, 45)), ("conversation", 15, (45, 60)), ("email", 15, (15,)),
                 ("video", 10, (30, 45)))

# Sizing for an exact count: about this many entries (indirect time included) per coached
# worker-month at the natural pattern (measured: 9-11); the count is trimmed or padded after.
ENTRIES_PER_WORKER_MONTH = 10.0
# A year of weekdays holds about this many entries before days get absurdly full (~15 h).
ENTRIES_PER_YEAR = 4000
DAY_CAP_REALISTIC = 10 * 60
DAY_CAP_DENSE = 22 * 60
CHUNK = 5000
# Up to this many goals go through the services one by one; more in one bulk change.
GOALS_VIA_SERVICES = 500
EARLIEST_START = date(2001, 1, 1)
_RECENT = 7  # days: every active worker has an entry in the last week
