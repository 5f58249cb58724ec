"""Default step templates per field of action: steps that fill a goal in one click.

Each template is (name, steps) with steps as (text, actor, offset in days from the start). They
are written into a new store once (migration 0003) and are editable in the settings from then
on; the demo uses the same list.
"""

from __future__ import annotations

DEFAULT_STEP_TEMPLATES: dict[str, tuple[str, tuple[tuple[str, str, int], ...]]] = {
    "recognition": (
        "Anerkennung eines Berufsabschlusses",
        (
            ("Unterlagen zusammenstellen", "client", 0),
            ("Übersetzung beauftragen", "client", 14),
            ("Antrag stellen", "client", 30),
            ("Bescheid abwarten", "partner", 90),
        ),
    ),
    "language_course": (
        "Integrationskurs",
        (
            ("Berechtigung oder Verpflichtung klären", "counsellor", 0),
            ("Antrag auf Zulassung stellen", "client", 7),
            ("Kursplatz suchen", "counsellor", 14),
            ("Kurs beginnen", "client", 45),
        ),
    ),
    "work_employment": (
        "Arbeitssuche",
        (
            ("Lebenslauf erstellen", "client", 0),
            ("Bewerbungsunterlagen durchsehen", "counsellor", 14),
            ("Termin bei der Arbeitsvermittlung wahrnehmen", "client", 21),
            ("Bewerbungen versenden", "client", 45),
        ),
    ),
    "residence_law": (
        "Verlängerung des Aufenthaltstitels",
        (
            ("Unterlagen für die Verlängerung zusammenstellen", "client", 0),
            ("Termin bei der Ausländerbehörde vereinbaren", "client", 7),
            ("Antrag auf Verlängerung stellen", "client", 21),
            ("Entscheidung der Ausländerbehörde abwarten", "partner", 60),
        ),
    ),
    "housing": (
        "Wohnungssuche",
        (
            ("Wohnberechtigungsschein beantragen", "client", 0),
            ("Wohnungsangebote sichten", "client", 14),
            ("Besichtigung vorbereiten", "counsellor", 30),
            ("Mietvertrag durchsehen", "counsellor", 45),
        ),
    ),
    "benefits": (
        "Leistungsantrag",
        (
            ("Antrag ausfüllen", "client", 0),
            ("Nachweise einreichen", "client", 14),
            ("Bescheid prüfen", "counsellor", 45),
        ),
    ),
    "family_children": (
        "Kita-Platz",
        (
            ("Kita-Anmeldung ausfüllen", "client", 0),
            ("Betreuungsgutschein beantragen", "client", 14),
            ("Platzzusage nachhalten", "counsellor", 60),
        ),
    ),
    "finances_debts": (
        "Schuldenregulierung",
        (
            ("Gläubigerliste erstellen", "client", 0),
            ("Termin bei der Schuldnerberatung vereinbaren", "counsellor", 7),
            ("Haushaltsplan aufstellen", "client", 21),
        ),
    ),
    "citizenship": (
        "Einbürgerung",
        (
            ("Voraussetzungen prüfen", "counsellor", 0),
            ("Zum Einbürgerungstest anmelden", "client", 14),
            ("Antrag einreichen", "client", 60),
            ("Entscheidung abwarten", "partner", 180),
        ),
    ),
    "health": (
        "Gesundheitsversorgung",
        (
            ("Krankenversicherung klären", "counsellor", 0),
            ("Hausarztpraxis suchen", "client", 14),
            ("Termin wahrnehmen", "client", 30),
        ),
    ),
    "psychosocial": (
        "Psychosoziale Unterstützung",
        (
            ("Unterstützungsbedarf besprechen", "counsellor", 0),
            ("Kontakt zum psychosozialen Zentrum herstellen", "counsellor", 7),
            ("Erstgespräch wahrnehmen", "client", 30),
        ),
    ),
    "education_training": (
        "Ausbildung",
        (
            ("Berufsorientierung", "client", 0),
            ("Praktikum suchen", "client", 30),
            ("Auf Ausbildungsplätze bewerben", "client", 60),
        ),
    ),
    "social_integration": (
        "Teilhabe im Wohnort",
        (
            ("Angebote im Wohnort vorstellen", "counsellor", 0),
            ("Ein Angebot ausprobieren", "client", 21),
        ),
    ),
    "other": (
        "Allgemeines Anliegen",
        (
            ("Anliegen klären", "counsellor", 0),
            ("Fehlende Unterlagen besorgen", "client", 14),
        ),
    ),
}
