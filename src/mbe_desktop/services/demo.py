"""Demo data: a complete, synthetic counselling office for demonstrations, tests and timing.

Everything is invented: names are random combinations of common names of many languages
(``domain.demo_names``), the town is "Musterstadt" with postcodes 999xx, phone numbers come from
the ranges the Bundesnetzagentur keeps free for film and print ("drama numbers"), e-mail
addresses use the reserved ``example`` domains. The shares follow the MBE's published figures
(about 22 % Case Management, over half within three years of arrival, mostly aged 27–65).

Speed: rows are built as plain dicts and written with SQLAlchemy Core ``insert()`` executemany
in chunks of clients, all inside one transaction, so that cancelling (``progress`` returning
False) or any error leaves no partial demo behind. Ids are assigned here, continuing after the
highest existing id of each table, so no row has to be read back.
Output is deterministic for a given ``seed`` and ``today``.
"""

from __future__ import annotations

import json
import random
from bisect import bisect
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import accumulate
from operator import itemgetter
from typing import Any, Generic, TypeVar

from sqlalchemy import Connection, func, insert, select, update

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.demo_names import ORIGINS, ORIGINS_BY_KEY, SHOWCASE, Name, Origin
from mbe_desktop.domain.disclosure import record_key
from mbe_desktop.domain.names import latin, phone_digits, search_key
from mbe_desktop.domain.step_templates import DEFAULT_STEP_TEMPLATES
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Base
from mbe_desktop.storage.name_index import name_key_rows
from mbe_desktop.storage.store import Store

T = TypeVar("T")
Row = dict[str, Any]

CHUNK_CLIENTS = 1000  # clients per executemany batch and per progress report


class DemoCancelled(Exception):
    """The progress callback asked to stop; the demo data were rolled back completely."""


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    cases: int
    contacts: int
    goals: int
    steps: int
    follow_ups: int
    partners: int
    referrals: int


def generate_demo(
    store: Store,
    *,
    clients: int = 300,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[int, int], bool] | None = None,
) -> DemoSummary:
    """Add ``clients`` synthetic clients with cases, contacts, CM plans, partners and more.

    One transaction: on :class:`DemoCancelled` (``progress(done, total)`` returned False) or any
    error nothing is kept. Existing data stay untouched; ids and client numbers continue after
    them.
    """
    if clients < 0:
        raise ValueError("clients must not be negative")
    day = today or date.today()
    with store.session() as session:
        generator = _Generator(session.connection(), random.Random(seed), day)
        generator.add_network()
        generator.plan(clients)
        if progress is not None and progress(0, clients) is False:
            raise DemoCancelled
        for start in range(0, clients, CHUNK_CLIENTS):
            generator.add_clients(start, min(start + CHUNK_CLIENTS, clients))
            generator.flush()
            done = min(start + CHUNK_CLIENTS, clients)
            if progress is not None and progress(done, clients) is False:
                raise DemoCancelled
        generator.update_counters()
        audit.record(session, "create", "demo_data")  # ids and counts only, no content
    return generator.summary()


# --- weighted choices ------------------------------------------------------------------------


class _Pick(Generic[T]):
    """A weighted choice drawn with one random number (faster than random.choices)."""

    def __init__(self, pairs: Sequence[tuple[T, float]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))
        self.total = self.cumulative[-1]

    def __call__(self, rng: random.Random) -> T:
        return self.items[bisect(self.cumulative, rng.random() * self.total)]


def _weights(text: str) -> _Pick[str]:
    """ "code:weight code:weight …" -> a pick over catalogue codes."""
    pairs = [item.rsplit(":", 1) for item in text.split()]
    return _Pick([(code, float(weight)) for code, weight in pairs])


def _check_codes(catalogue: cat.Catalogue, pick: _Pick[str]) -> _Pick[str]:
    unknown = [code for code in pick.items if code not in catalogue]
    if unknown:  # a programming error: the demo must only use catalogue codes
        raise ValueError(f"not in {catalogue.name}: {unknown}")
    return pick


def _codes(catalogue: cat.Catalogue, text: str) -> _Pick[str]:
    return _check_codes(catalogue, _weights(text))


# --- catalogue distributions (codes checked against the catalogues at import) ----------------

_GENDER = _codes(cat.GENDERS, "female:52 male:46 diverse:0.6 unspecified:1.4")
_HOW_FOUND = _codes(
    cat.HOW_FOUND,
    "friends_relatives:36 immigration_office:14 jobcenter:14 integration_course:12 "
    "bamf_navi:6 mbeon:5 other_service:9 other:4",
)
_RESIDENCE = {
    "ukrainian": "temporary_protection_24:80 fictional_certificate:8 residence_permit_work:4 "
    "residence_permit_family:4 settlement_permit:4",
    "syrian": "residence_permit_humanitarian:45 settlement_permit:18 residence_permit_family:14 "
    "asylum_seeker:8 fictional_certificate:6 toleration:2 residence_permit_other:3 unknown:4",
    "iraqi": "residence_permit_humanitarian:35 asylum_seeker:15 settlement_permit:15 "
    "residence_permit_family:15 toleration:6 fictional_certificate:8 unknown:6",
    "afghan": "residence_permit_humanitarian:40 asylum_seeker:22 toleration:5 "
    "residence_permit_family:10 settlement_permit:8 fictional_certificate:10 unknown:5",
    "turkish": "residence_permit_family:38 residence_permit_work:16 settlement_permit:20 "
    "eu_long_term:4 eu_blue_card:5 asylum_seeker:8 residence_permit_humanitarian:5 "
    "residence_permit_study_training:4",
    "persian": "residence_permit_humanitarian:28 asylum_seeker:18 residence_permit_work:12 "
    "eu_blue_card:10 residence_permit_family:14 residence_permit_study_training:10 "
    "settlement_permit:8",
    "eritrean": "residence_permit_humanitarian:55 asylum_seeker:12 residence_permit_family:20 "
    "settlement_permit:13",
    "russian": "residence_permit_family:30 residence_permit_work:18 eu_blue_card:6 "
    "residence_permit_humanitarian:14 asylum_seeker:10 settlement_permit:17 "
    "residence_permit_study_training:5",
    "resettler": "german_citizen:1",
    "vietnamese": "residence_permit_family:38 residence_permit_work:25 settlement_permit:20 "
    "residence_permit_study_training:12 eu_long_term:5",
    "indian": "eu_blue_card:35 residence_permit_work:25 residence_permit_study_training:15 "
    "residence_permit_family:22 settlement_permit:3",
    "latin_american": "asylum_seeker:22 residence_permit_work:25 residence_permit_family:25 "
    "residence_permit_humanitarian:8 residence_permit_study_training:12 "
    "fictional_certificate:8",
}
_RESIDENCE["syrian_kurdish"] = _RESIDENCE["syrian"]
for _key in ("romanian", "bulgarian", "polish", "spanish", "greek", "italian"):
    _RESIDENCE[_key] = "eu_citizen:1"
_RESIDENCE_PICKS = {key: _codes(cat.RESIDENCE_STATUSES, text) for key, text in _RESIDENCE.items()}

_LEGAL_BASIS = {
    "eu_citizen": ("§ 2 FreizügG/EU",),
    "settlement_permit": ("§ 9 AufenthG", "§ 26 Abs. 3 AufenthG", "§ 28 Abs. 2 AufenthG"),
    "eu_long_term": ("§ 9a AufenthG",),
    "residence_permit_work": ("§ 18a AufenthG", "§ 18b AufenthG", "§ 19c AufenthG"),
    "residence_permit_study_training": ("§ 16a AufenthG", "§ 16b AufenthG"),
    "residence_permit_family": ("§ 28 AufenthG", "§ 30 AufenthG", "§ 32 AufenthG"),
    "residence_permit_humanitarian": (
        "§ 25 Abs. 1 AufenthG",
        "§ 25 Abs. 2 AufenthG (Flüchtlingsschutz)",
        "§ 25 Abs. 2 AufenthG (subsidiärer Schutz)",
        "§ 25 Abs. 3 AufenthG",
        "§ 23 Abs. 4 AufenthG",
        "§ 25b AufenthG",
        "§ 104c AufenthG",
    ),
    "residence_permit_other": ("§ 7 Abs. 1 S. 3 AufenthG", "§ 38 AufenthG"),
    "eu_blue_card": ("§ 18g AufenthG",),
    "temporary_protection_24": ("§ 24 AufenthG",),
    "fictional_certificate": ("§ 81 Abs. 4 AufenthG", "§ 81 Abs. 3 AufenthG"),
    "toleration": ("§ 60a AufenthG",),
    "asylum_seeker": ("§ 55 AsylG",),
    "german_citizen": ("§ 4 BVFG, § 7 StAG",),
    "unknown": ("",),
}
# Titles that expire: (shortest, longest) validity in days from the intake.
_LIMITED = {
    "residence_permit_work": (180, 1400),
    "residence_permit_study_training": (180, 700),
    "residence_permit_family": (180, 1100),
    "residence_permit_humanitarian": (180, 1100),
    "residence_permit_other": (180, 700),
    "eu_blue_card": (365, 1460),
    "temporary_protection_24": (120, 700),
    "fictional_certificate": (60, 180),
    "toleration": (30, 180),
    "asylum_seeker": (60, 180),
}
_INSECURE = frozenset({"asylum_seeker", "toleration", "fictional_certificate"})

_GERMAN_BY_STAY = (
    _codes(cat.CEFR_LEVELS, "none:40 a1:30 a2:15 b1:8 b2:3 c1:1 unknown:3"),
    _codes(cat.CEFR_LEVELS, "none:10 a1:20 a2:28 b1:25 b2:10 c1:3 unknown:4"),
    _codes(cat.CEFR_LEVELS, "none:5 a1:10 a2:20 b1:30 b2:20 c1:8 c2:2 unknown:5"),
)
_CEFR_ORDER = ("none", "a1", "a2", "b1", "b2", "c1", "c2")
_COURSE_RIGHT = {
    "eu_citizen": _codes(cat.COURSE_RIGHTS, "admitted:50 none:30 unknown:20"),
    "german_citizen": _codes(cat.COURSE_RIGHTS, "entitled:90 unknown:10"),
    "asylum_seeker": _codes(cat.COURSE_RIGHTS, "admitted:60 none:30 unknown:10"),
    "toleration": _codes(cat.COURSE_RIGHTS, "admitted:40 none:60"),
    "settlement_permit": _codes(cat.COURSE_RIGHTS, "admitted:40 entitled:20 none:20 unknown:20"),
    "eu_long_term": _codes(cat.COURSE_RIGHTS, "admitted:40 entitled:20 none:20 unknown:20"),
    "unknown": _codes(cat.COURSE_RIGHTS, "unknown:1"),
}
_COURSE_RIGHT_DEFAULT = _codes(cat.COURSE_RIGHTS, "entitled:45 obliged:35 admitted:5 unknown:15")
_COURSE_LOW = _codes(
    cat.COURSE_STATUSES, "not_started:30 waiting:25 attending:35 dropped:5 completed:5"
)
_COURSE_HIGH = _codes(cat.COURSE_STATUSES, "completed:60 attending:10 not_applicable:30")
_EDUCATION = _codes(
    cat.EDUCATION_LEVELS, "none:8 primary:12 secondary:30 vocational:22 university:23 unknown:5"
)
_RECOGNITION = _codes(
    cat.RECOGNITION_STATUSES,
    "not_started:35 in_progress:25 full:15 partial:10 rejected:5 not_applicable:10",
)
_EMPLOYMENT = _codes(
    cat.EMPLOYMENT_STATUSES,
    "unemployed:38 not_seeking:15 employed:18 marginal:10 training:5 self_employed:3 "
    "student:4 unknown:7",
)
_EMPLOYMENT_OLD = _codes(cat.EMPLOYMENT_STATUSES, "retired:60 not_seeking:25 marginal:10 unknown:5")
_BENEFITS_DEFAULT = _codes(cat.BENEFITS, "sgb2:68 none:24 unknown:8")
_BENEFITS_EMPLOYED = _codes(cat.BENEFITS, "none:65 sgb2:30 unknown:5")
_BENEFITS_OLD = _codes(cat.BENEFITS, "sgb12:45 none:40 sgb2:5 unknown:10")
_BENEFITS_EU = _codes(cat.BENEFITS, "none:45 sgb2:45 unknown:10")
_BENEFITS_ASYLUM = _codes(cat.BENEFITS, "asylblg:88 none:8 unknown:4")
_LIVING = _codes(
    cat.LIVING_SITUATIONS,
    "own_flat:60 with_family:14 shared_flat:7 shared_accommodation:9 homeless_risk:3 "
    "other:2 unknown:5",
)
_LIVING_ASYLUM = _codes(
    cat.LIVING_SITUATIONS, "shared_accommodation:70 own_flat:15 with_family:10 homeless_risk:5"
)
_CLOSURE = _codes(
    cat.CLOSURE_TYPES,
    "regular_closing_conversation:42 resolved_without_conversation:36 ended_by_client:5 "
    "contact_lost:10 moved_away:4 handed_over:2 other:1",
)
_CONTACT_FORM = _codes(
    cat.CONTACT_FORMS,
    "office:50 phone:19 outreach:8 email_letter:8 online_chat:6 video:2 home_visit:3 "
    "accompaniment:4",
)
_FIRST_CONTACT_FORM = _codes(cat.CONTACT_FORMS, "office:76 outreach:14 phone:5 online_chat:5")
_DURATION = {
    "office": (30, 90),
    "outreach": (20, 60),
    "phone": (5, 30),
    "video": (20, 45),
    "online_chat": (5, 20),
    "email_letter": (5, 20),
    "home_visit": (45, 90),
    "accompaniment": (60, 180),
}
_ATTAINMENT_REGULAR = _codes(
    cat.GOAL_ATTAINMENTS, "achieved:55 partly:25 not_achieved:10 dropped:10"
)
_ATTAINMENT_OTHER = _codes(cat.GOAL_ATTAINMENTS, "achieved:15 partly:25 not_achieved:35 dropped:25")
_REFERRAL_OPEN = _codes(cat.REFERRAL_STATUSES, "draft:10 sent:40 feedback_received:30 closed:20")
_REFERRAL_CLOSED = _codes(cat.REFERRAL_STATUSES, "feedback_received:40 closed:60")

_FIELD_BASE = {
    "language_course": 14.0,
    "work_employment": 14.0,
    "recognition": 2.0,
    "education_training": 5.0,
    "residence_law": 10.0,
    "housing": 9.0,
    "health": 6.0,
    "family_children": 2.0,
    "finances_debts": 5.0,
    "benefits": 13.0,
    "social_integration": 4.0,
    "citizenship": 0.5,
    "psychosocial": 3.0,
    "other": 2.0,
}

# --- texts (all invented; no real people or organisations) -----------------------------------

_QUALIFICATIONS = {
    "university": (
        ("Bauingenieur", "Bauingenieurin"),
        ("Lehrer (Mathematik)", "Lehrerin (Englisch)"),
        ("Arzt", "Ärztin"),
        ("Apotheker", "Apothekerin"),
        ("Informatiker", "Informatikerin"),
        ("Betriebswirt", "Betriebswirtin"),
        ("Jurist", "Juristin"),
        ("Architekt", "Architektin"),
        ("Zahnarzt", "Zahnärztin"),
        ("Agraringenieur", "Agraringenieurin"),
    ),
    "vocational": (
        ("Krankenpfleger", "Krankenpflegerin"),
        ("Elektriker", "Elektrikerin"),
        ("Friseur", "Friseurin"),
        ("Kfz-Mechaniker", "Kfz-Mechanikerin"),
        ("Schneider", "Schneiderin"),
        ("Koch", "Köchin"),
        ("Erzieher", "Erzieherin"),
        ("Buchhalter", "Buchhalterin"),
        ("Tischler", "Tischlerin"),
        ("Schweißer", "Schweißerin"),
    ),
}
_STREETS = (
    "Bahnhofstraße", "Hauptstraße", "Lindenweg", "Am Markt", "Gartenstraße", "Schulstraße",
    "Bergstraße", "Ringstraße", "Birkenweg", "Rosenstraße", "Kirchplatz", "Mühlenweg",
    "Goethestraße", "Schillerstraße", "Wiesenweg", "Am Sportplatz", "Friedensstraße",
    "Ahornallee", "Eichendorffstraße", "Parkstraße", "Musterweg", "Beispielgasse",
)  # fmt: skip
_PLACES = _Pick(
    [
        (("99990", "Musterstadt"), 45.0),
        (("99991", "Musterstadt"), 25.0),
        (("99993", "Musterhausen"), 12.0),
        (("99995", "Beispieldorf"), 10.0),
        (("99997", "Neu-Musterfeld"), 8.0),
    ]
)
# Numbers that the Bundesnetzagentur never assigns (drama numbers): prefix, digits appended.
_DRAMA_NUMBERS = (("030", "23125"), ("069", "90009"), ("040", "66969"), ("0221", "4710"))
_OUTREACH = (
    ("Rathaus Musterstadt", "Marktplatz 1, 99990 Musterstadt"),
    ("Familienzentrum Nord", "Lindenweg 40, 99991 Musterstadt"),
    ("Gemeindehaus Süd", "Kirchplatz 3, 99995 Beispieldorf"),
)
# Partners, two lines each: "name | category | street" and "services | languages | hours".
_PARTNER_TEXT = """
Jobcenter Musterstadt | jobcenter | Arbeitsplatz 1
    Bürgergeld, Eingliederung in Arbeit | de,en,ar,uk | Mo–Fr 8–12 Uhr, Do 14–18 Uhr
Jobcenter Musterstadt – Team Zuwanderung | jobcenter | Arbeitsplatz 1
    Beratung für Neuzugewanderte, Sprachkursvermittlung | de,en,ru,uk,ar | Mo–Do 8–15 Uhr
Agentur für Arbeit Musterstadt | employment_agency | Am Arbeitsamt 3
    Berufsberatung, Arbeitsvermittlung | de,en | Mo–Fr 8–12:30 Uhr
Ausländerbehörde Landkreis Musterland | immigration_office | Kreishausstraße 10
    Aufenthaltstitel, Verlängerungen, Fiktionsbescheinigungen | de,en | Mo, Di, Do 8–12 Uhr
Einbürgerungsstelle Landkreis Musterland | naturalisation_office | Kreishausstraße 10
    Einbürgerungsanträge, Beratung | de | Di 8–12 Uhr, Do 13–17 Uhr
Volkshochschule Musterstadt | integration_course_provider | Schulstraße 5
    Integrationskurse, Alphabetisierungskurse, Einstufungstests | de,en,ar,tr | Mo–Fr 9–13 Uhr
Sprachinstitut Beispiel gGmbH | integration_course_provider | Goethestraße 17
    Integrationskurse mit Kinderbetreuung, Frauenkurse | de,en,fa,uk | Mo–Do 9–16 Uhr
Bildungswerk Muster e. V. | integration_course_provider | Ringstraße 22
    Integrationskurse, Jugendintegrationskurse | de,ru,uk | Mo–Fr 8–14 Uhr
Berufssprachkurse Musterland GmbH | language_course_provider | Ahornallee 8
    Berufsbezogene Deutschsprachförderung B1–C1 | de,en | Mo–Fr 8–16 Uhr
Sprachcafé Musterstadt | language_course_provider | Am Markt 4
    Offenes Sprachcafé, Konversation | de | Mi 16–18 Uhr
IQ Anerkennungsberatung Musterland | recognition_counselling | Parkstraße 12
    Anerkennung ausländischer Berufsabschlüsse | de,en,ar,ru | Di und Do 9–15 Uhr
Anerkennungsstelle Gesundheitsberufe Musterland | recognition_counselling | Kreishausstraße 14
    Anerkennung Pflege- und Gesundheitsberufe | de,en | Mo–Do 9–12 Uhr
Jugendmigrationsdienst Musterstadt | youth_migration_service | Gartenstraße 9
    Beratung junger Menschen bis 27 Jahre | de,en,ar | Mo–Fr 9–16 Uhr
Schuldner- und Insolvenzberatung Musterstadt | debt_counselling | Bergstraße 30
    Schuldnerberatung, P-Konto-Bescheinigung | de,en | Mo–Do 9–12 Uhr
Fachstelle Wohnungsnotfallhilfe Musterstadt | housing_emergency | Mühlenweg 2
    Wohnungssicherung, Notunterkunft | de,en | Mo–Fr 8–12 Uhr
Psychosoziales Zentrum für Geflüchtete Musterland | health_psychosocial | Wiesenweg 14
    Psychosoziale Beratung, Therapievermittlung | de,en,ar,fa,ti | Mo–Do 9–17 Uhr
Gesundheitsamt Landkreis Musterland | health_psychosocial | Kreishausstraße 20
    Impfberatung, Schuleingangsuntersuchung | de | Mo–Fr 8–12 Uhr
Sozialpsychiatrischer Dienst Musterstadt | health_psychosocial | Rosenstraße 6
    Krisenberatung, Begleitung | de,en | Mo–Fr 9–15 Uhr
Jugendamt Musterstadt | family_youth_services | Rathausgasse 2
    Hilfen zur Erziehung, Unterhaltsvorschuss | de | Mo–Fr 8–12 Uhr
Familienbüro Musterstadt | family_youth_services | Lindenweg 40
    Kita-Anmeldung, Familienberatung | de,en,tr | Di–Do 9–15 Uhr
Kita-Servicestelle Musterstadt | family_youth_services | Am Markt 2
    Betreuungsplätze, Gutscheine | de | Mo und Mi 9–12 Uhr
Berufsbildende Schulen Musterstadt | school_vocational_school | Schulstraße 30
    Berufsvorbereitung, Sprachklassen | de,en | Mo–Fr 7:30–14 Uhr
Grundschule am Lindenweg | school_vocational_school | Lindenweg 12
    Schulanmeldung, Willkommensklasse | de | Mo–Fr 7:30–13 Uhr
Pflegedienst Sonnenblick GmbH | employer | Birkenweg 3
    Ausbildung und Stellen in der Pflege | de,ru,pl | Mo–Fr 8–16 Uhr
Bäckerei Beispiel & Söhne | employer | Hauptstraße 44
    Stellen im Verkauf und in der Backstube | de | Mo–Sa 6–13 Uhr
Logistikzentrum Musterstadt GmbH | employer | Industriestraße 100
    Stellen in Lager und Versand | de,en | Mo–Fr 7–15 Uhr
Industrie- und Handelskammer Musterland | chamber | Kammerweg 1
    Anerkennung IHK-Berufe, Ausbildungsberatung | de,en | Mo–Do 8–16 Uhr
Handwerkskammer Musterland | chamber | Kammerweg 5
    Anerkennung Handwerksberufe, Meisterberatung | de | Mo–Do 8–16 Uhr
Willkommensnetz Musterstadt e. V. | volunteers_associations | Friedensstraße 11
    Patenschaften, Begleitung zu Ämtern | de,en,ar,uk | Di 15–18 Uhr
Tafel Musterstadt e. V. | volunteers_associations | Mühlenweg 19
    Lebensmittelausgabe | de | Mi und Fr 10–13 Uhr
Sportverein Musterstadt 1910 e. V. | volunteers_associations | Am Sportplatz 1
    Sportangebote, Frauenschwimmen | de | Mo–Fr 17–20 Uhr
Deutsch-Arabischer Kulturverein Musterstadt e. V. | migrant_organisation | Parkstraße 30
    Kulturangebote, Hausaufgabenhilfe | de,ar | Sa 10–14 Uhr
Ukrainische Gemeinschaft Musterstadt e. V. | migrant_organisation | Ringstraße 7
    Treffpunkt, Übersetzungshilfe | uk,ru,de | Do 16–19 Uhr
Afghanischer Frauenverein Musterland e. V. | migrant_organisation | Goethestraße 2
    Frauentreff, Sprachpatenschaften | prs,ps,de | Mi 14–17 Uhr
Frauenberatungsstelle Musterstadt | other_counselling | Rosenstraße 14
    Beratung bei Gewalt, Trennung, Krisen | de,en,tr | Mo–Fr 9–14 Uhr
Schwangerschaftsberatung Musterstadt | other_counselling | Gartenstraße 21
    Beratung, Stiftungsanträge | de,en | Mo–Do 9–15 Uhr
Mieterverein Musterstadt e. V. | other_counselling | Bahnhofstraße 18
    Mietrechtsberatung | de | Di 16–18 Uhr
Migrationsdienst Nachbarkreis (Beispiel-Träger) | other_counselling | Hauptstraße 1
    MBE im Nachbarkreis, Übergaben bei Umzug | de,en,ar | Mo–Fr 9–15 Uhr
Familienkasse Musterland | other | Am Arbeitsamt 3
    Kindergeld, Kinderzuschlag | de | Mo–Fr 8–12 Uhr
Rentenversicherung – Beratungsstelle Musterstadt | other | Bahnhofstraße 40
    Rentenauskunft, Kontenklärung | de | Mo–Do 8–15 Uhr
Rechtsantragstelle Amtsgericht Musterstadt | other | Gerichtsplatz 1
    Beratungshilfeschein | de | Mo–Fr 9–12 Uhr
"""


def _partners() -> list[tuple[str, str, str, str, str, str]]:
    lines = [line.strip() for line in _PARTNER_TEXT.strip().splitlines()]
    result = []
    for head, tail in zip(lines[::2], lines[1::2], strict=True):
        name, category, street = (part.strip() for part in head.split("|"))
        services, languages, hours = (part.strip() for part in tail.split("|"))
        result.append((name, category, street, services, languages, hours))
    return result


_PARTNERS = _partners()
_PARTNER_ROLES = ("Sachbearbeitung", "Beratung", "Leitung", "Fallmanagement", "Sekretariat")
_GERMAN_GIVEN = (
    "Anna", "Sabine", "Julia", "Katrin", "Petra", "Monika", "Laura", "Christine", "Andrea",
    "Thomas", "Michael", "Stefan", "Frank", "Jens", "Markus", "Tobias", "Jan", "Uwe", "Dirk",
)  # fmt: skip
_GERMAN_FAMILY = (
    "Krause", "Richter", "Hoffmann", "Becker", "Lehmann", "Beispiel", "Musterfrau", "Mustermann",
    "Sommer", "Winter", "Vogel", "Brandt", "Lorenz", "Kuhn", "Seidel", "Graf", "Engel", "Horn",
)  # fmt: skip

_GOALS: dict[str, tuple[tuple[str, str], ...]] = {
    "language_course": (
        ("Integrationskurs beginnen und Sprachniveau B1 erreichen", "Zertifikat B1 liegt vor"),
        ("Berufssprachkurs B2 besuchen", "Teilnahmebestätigung liegt vor"),
    ),
    "work_employment": (
        ("Eine sozialversicherungspflichtige Beschäftigung aufnehmen", "Arbeitsvertrag liegt vor"),
        ("Bewerbungsunterlagen erstellen und zehn Bewerbungen versenden", "Zehn Bewerbungen"),
    ),
    "recognition": (
        ("Ausländischen Berufsabschluss anerkennen lassen", "Anerkennungsbescheid liegt vor"),
    ),
    "residence_law": (
        ("Aufenthaltstitel rechtzeitig verlängern", "Verlängerter Aufenthaltstitel liegt vor"),
        ("Niederlassungserlaubnis beantragen", "Antrag ist gestellt"),
    ),
    "housing": (
        ("Eine eigene Wohnung finden", "Mietvertrag ist unterschrieben"),
        ("Drohenden Wohnungsverlust abwenden", "Mietrückstände sind geregelt"),
    ),
    "benefits": (
        ("Lebensunterhalt sichern", "Bewilligungsbescheid liegt vor"),
        ("Kindergeld und Kinderzuschlag beantragen", "Bescheide liegen vor"),
    ),
    "family_children": (
        ("Betreuungsplatz für das jüngste Kind finden", "Kita-Vertrag liegt vor"),
        ("Kinder in der Schule anmelden", "Schulplatz ist bestätigt"),
    ),
    "finances_debts": (
        ("Überblick über Schulden gewinnen und Raten vereinbaren", "Ratenvereinbarung liegt vor"),
    ),
    "citizenship": (("Einbürgerung beantragen", "Antrag ist eingereicht"),),
    "health": (("Hausärztliche Versorgung sichern", "Hausarztpraxis ist gefunden"),),
    "psychosocial": (
        ("Psychosoziale Beratung in Anspruch nehmen", "Regelmäßige Termine finden statt"),
    ),
    "education_training": (("Einen Ausbildungsplatz finden", "Ausbildungsvertrag liegt vor"),),
    "social_integration": (
        ("Kontakte im Wohnort aufbauen", "Nimmt regelmäßig an einem Vereinsangebot teil"),
    ),
    "other": (("Offene Anliegen klären", "Anliegen sind erledigt"),),
}
_NOTES: dict[str, tuple[str, ...]] = {
    "language_course": (
        "Integrationskurs besprochen; Antrag auf Zulassung ausgefüllt.",
        "Kursträger und Wartezeiten erläutert.",
        "Teilnahmebescheinigung durchgesehen; Kursfortschritt gut.",
    ),
    "work_employment": (
        "Lebenslauf gemeinsam überarbeitet.",
        "Stellenangebote besprochen; Bewerbung vorbereitet.",
        "Arbeitsvertrag erklärt (Probezeit, Urlaub, Kündigung).",
    ),
    "recognition": (
        "Zeugnisse gesichtet; Referenzberuf geklärt.",
        "Anerkennungsverfahren und Kosten erläutert.",
        "Nachforderung der Anerkennungsstelle besprochen.",
    ),
    "education_training": (
        "Möglichkeiten der Ausbildung und Nachqualifizierung besprochen.",
        "Praktikumsbescheinigung durchgesehen.",
    ),
    "residence_law": (
        "Verlängerung des Aufenthaltstitels vorbereitet.",
        "Schreiben der Ausländerbehörde erklärt; Frist notiert.",
        "Voraussetzungen der Niederlassungserlaubnis besprochen.",
    ),
    "housing": (
        "Wohnungssuche besprochen; Wohnberechtigungsschein beantragt.",
        "Nebenkostenabrechnung erklärt.",
        "Mietvertrag durchgesehen.",
    ),
    "health": (
        "Krankenversicherungsschutz geklärt.",
        "Hausarztpraxis mit Fremdsprachenkenntnissen gesucht.",
    ),
    "family_children": (
        "Kita-Anmeldung ausgefüllt.",
        "Schulanmeldung und Bildungspaket besprochen.",
        "Elternbrief der Schule übersetzt und erklärt.",
    ),
    "finances_debts": (
        "Mahnungen sortiert; Gläubigerliste begonnen.",
        "Haushaltsplan aufgestellt.",
    ),
    "benefits": (
        "Weiterbewilligungsantrag ausgefüllt.",
        "Bescheid des Jobcenters erklärt; Nachweise zusammengestellt.",
        "Kindergeldantrag vorbereitet.",
    ),
    "social_integration": (
        "Angebote im Wohnort vorgestellt (Sportverein, Sprachcafé).",
        "Ehrenamtliche Patenschaft vermittelt.",
    ),
    "citizenship": (
        "Voraussetzungen der Einbürgerung besprochen.",
        "Antrag auf Einbürgerung durchgesehen.",
    ),
    "psychosocial": (
        "Entlastungsgespräch geführt.",
        "Kontakt zum psychosozialen Zentrum besprochen.",
    ),
    "other": ("Allgemeine Fragen geklärt.", "Post durchgesehen und erklärt."),
}
_NEXT_STEPS = (
    "Unterlagen zum nächsten Termin mitbringen.",
    "Rückmeldung abwarten, dann neuer Termin.",
    "Antrag bis Monatsende einreichen.",
    "Termin in zwei Wochen.",
    "Beraterin fragt bei der zuständigen Stelle nach.",
)
_FOLLOW_UP_REASONS: dict[str, tuple[str, ...]] = {
    "recognition": ("Unterlagen für Anerkennung nachfragen", "Bescheid der Anerkennungsstelle"),
    "language_course": ("Kursplatz beim Kursträger nachfragen", "Zulassung zum Kurs prüfen"),
    "work_employment": ("Rückmeldung zu Bewerbungen", "Arbeitsvertrag durchsehen"),
    "residence_law": ("Termin Ausländerbehörde vorbereiten", "Fiktionsbescheinigung prüfen"),
    "housing": ("Nachfragen, ob Wohnung gefunden", "Mietvertrag durchsehen"),
    "benefits": ("Weiterbewilligungsantrag stellen", "Widerspruchsfrist beachten"),
    "family_children": ("Kita-Anmeldung nachhalten", "Schulanmeldung nachfragen"),
    "finances_debts": ("Termin Schuldnerberatung nachhalten",),
    "health": ("Nachfragen, ob Hausarztpraxis gefunden",),
    "citizenship": ("Unterlagen für Einbürgerung vollständig?",),
    "psychosocial": ("Nachfragen, wie es geht",),
    "education_training": ("Rückmeldung zum Praktikum",),
    "social_integration": ("Nachfragen, ob Angebot passt",),
    "other": ("Rückruf vereinbart",),
}
# Fields of action -> partner categories that fit a referral or a partner step.
_FIELD_PARTNERS = {
    "language_course": ("integration_course_provider", "language_course_provider"),
    "work_employment": ("jobcenter", "employment_agency", "employer"),
    "recognition": ("recognition_counselling", "chamber"),
    "education_training": ("school_vocational_school", "youth_migration_service", "chamber"),
    "residence_law": ("immigration_office",),
    "housing": ("housing_emergency", "other_counselling"),
    "health": ("health_psychosocial",),
    "family_children": ("family_youth_services", "school_vocational_school"),
    "finances_debts": ("debt_counselling",),
    "benefits": ("jobcenter", "other"),
    "social_integration": ("volunteers_associations", "migrant_organisation"),
    "citizenship": ("naturalisation_office",),
    "psychosocial": ("health_psychosocial", "other_counselling"),
    "other": ("other_counselling", "other"),
}
# Referral purpose and the client data (field codes) passed on, per field of action.
_REFERRAL_DATA: dict[str, tuple[str, tuple[str, ...]]] = {
    "language_course": ("Anmeldung zum Integrationskurs", ("course_right", "german_level")),
    "work_employment": ("Unterstützung bei der Arbeitssuche", ("qualification", "german_level")),
    "recognition": (
        "Prüfung der Anerkennung des Berufsabschlusses",
        ("qualification", "education"),
    ),
    "education_training": ("Beratung zu Ausbildung", ("education", "german_level")),
    "residence_law": ("Klärung des Aufenthaltsrechts", ("residence_status", "nationality")),
    "housing": ("Sicherung der Wohnung", ("household", "benefits")),
    "health": ("Vermittlung ärztlicher Versorgung", ("health_insurance",)),
    "family_children": ("Unterstützung für die Familie", ("household",)),
    "finances_debts": ("Schuldnerberatung", ("benefits", "employment_status")),
    "benefits": ("Klärung von Leistungsansprüchen", ("benefits", "household")),
    "social_integration": ("Vermittlung in ein Ehrenamtsangebot", ()),
    "citizenship": ("Beratung zur Einbürgerung", ("residence_status", "german_level")),
    "psychosocial": ("Psychosoziale Beratung", ("health",)),
    "other": ("Weiterleitung zur Klärung eines Anliegens", ()),
}
_CONTACT_DATA = ("family_name", "given_names", "birth_date", "phone", "address")

_SCHEMA_TABLES = (
    "client",
    "client_name_key",
    "client_nationality",
    "client_language",
    "consent",
    "case",
    "case_field_of_action",
    "case_form_change",
    "case_status_change",
    "contact",
    "contact_field_of_action",
    "goal",
    "step",
    "agreement_version",
    "follow_up",
    "referral",
)  # insert order (foreign keys)


def _check_static_codes() -> None:
    fields = set(cat.FIELDS_OF_ACTION.codes())
    for mapping in (_FIELD_BASE, DEFAULT_STEP_TEMPLATES, _GOALS, _NOTES, _FOLLOW_UP_REASONS):
        assert set(mapping) == fields, mapping
    assert set(_FIELD_PARTNERS) == fields and set(_REFERRAL_DATA) == fields
    assert set(_DURATION) == set(cat.CONTACT_FORMS.codes())
    for categories in _FIELD_PARTNERS.values():
        assert all(code in cat.PARTNER_CATEGORIES for code in categories)
    assert all(partner[1] in cat.PARTNER_CATEGORIES for partner in _PARTNERS)
    for _name, steps in DEFAULT_STEP_TEMPLATES.values():
        assert all(actor in cat.STEP_ACTORS for _text, actor, _offset in steps)
    assert set(_LEGAL_BASIS) == set(cat.RESIDENCE_STATUSES.codes())
    assert set(_LIMITED) <= set(cat.RESIDENCE_STATUSES.codes())
    assert set(_RESIDENCE) == set(ORIGINS_BY_KEY)


_check_static_codes()


# --- planning --------------------------------------------------------------------------------


@dataclass
class _CasePlan:
    opened: date
    status: str  # open / paused / closed
    end: date  # last day with contacts: closed_on, the pause, or yesterday
    case_management: bool
    cm_from: date | None  # CM start when it began later than the opening


@dataclass
class _ClientPlan:
    cases: list[_CasePlan]
    showcase: int | None = None
    id: int = 0
    number: str = ""

    @property
    def first_contact(self) -> date:
        return self.cases[0].opened


@dataclass
class _Counts:
    clients: int = 0
    cases: int = 0
    contacts: int = 0
    goals: int = 0
    steps: int = 0
    follow_ups: int = 0
    partners: int = 0
    referrals: int = 0


@dataclass
class _Partner:
    id: int
    category: str
    name: str


@dataclass
class _Intake:
    """The client's situation at intake, as far as the case generation needs it."""

    gender: str
    languages: list[str]
    interpreter: bool
    residence: str
    german: str
    course_right: str
    course_status: str
    education: str
    employment: str
    benefits: str
    children: int
    household: int
    old: bool
    first_form: str
    outreach_id: int | None
    fields: list[str] = field(default_factory=list)


_WAR_ARRIVALS = date(2022, 3, 1)  # most Ukrainian clients arrived after February 2022
_TIMES_OF_DAY = tuple(
    f"{hour:02d}:{minute:02d}:00.000000" for hour in range(8, 17) for minute in (0, 0, 15, 30, 45)
)


def _date_text(value: date) -> str:
    return value.isoformat()


def _datetime_text(value: datetime) -> str:
    return f"{value.date().isoformat()} {_time_text(value.time())}"


def _time_text(value: time) -> str:
    return f"{value.hour:02d}:{value.minute:02d}:{value.second:02d}.{value.microsecond:06d}"


# SQLAlchemy's SQLite storage formats per column type (see sqlalchemy.dialects.sqlite).
_CONVERTERS: dict[str, Callable[[Any], str]] = {
    "Date": _date_text,
    "DateTime": _datetime_text,
    "Time": _time_text,
}


def _weekday(day: date) -> date:
    """Saturday and Sunday move back to Friday."""
    weekday = day.weekday()
    return day - timedelta(days=weekday - 4) if weekday > 4 else day


class _Generator:
    def __init__(self, connection: Connection, rng: random.Random, today: date) -> None:
        self.conn = connection
        self.rng = rng
        self.today = today
        self.yesterday = _weekday(today - timedelta(days=1))
        self.rows: dict[str, list[Row]] = {name: [] for name in _SCHEMA_TABLES}
        self.next_id = {
            name: self._max_id(name) + 1
            for name in (
                "client",
                "consent",
                "case",
                "case_form_change",
                "case_status_change",
                "contact",
                "goal",
                "step",
                "agreement_version",
                "follow_up",
                "referral",
                "partner",
                "partner_person",
                "outreach_location",
                "step_template",
            )
        }
        self.counts = _Counts()
        self.compiled: dict[tuple[str, tuple[str, ...]], tuple[str, Any, Any]] = {}
        self.partners: dict[str, list[_Partner]] = {}
        self.partner_category: dict[int, str] = {}
        self.outreach: list[tuple[int, str]] = []
        self.plans: list[_ClientPlan] = []
        self.counters: dict[int, int] = {}
        self.origin_pick = _Pick([(origin, origin.weight) for origin in ORIGINS])

    # --- helpers ---------------------------------------------------------------------------

    def _max_id(self, name: str) -> int:
        table = Base.metadata.tables[name]
        value = self.conn.execute(select(func.max(table.c.id))).scalar()
        return int(value or 0)

    def _id(self, name: str) -> int:
        value = self.next_id[name]
        self.next_id[name] = value + 1
        return value

    def _between(self, start: date, end: date) -> date:
        span = (end - start).days
        return start + timedelta(days=int(self.rng.random() * (span + 1))) if span > 0 else start

    def _chance(self, probability: float) -> bool:
        return self.rng.random() < probability

    def _choice(self, items: Sequence[T]) -> T:
        return items[int(self.rng.random() * len(items))]

    def _phone(self) -> str:
        prefix, block = self._choice(_DRAMA_NUMBERS)
        suffix = f"{int(self.rng.random() * 1000):03d}"
        style = self.rng.random()
        if style < 0.6:
            return f"{prefix} {block}{suffix}"
        if style < 0.85:
            return f"+49 {prefix[1:]} {block} {suffix}"
        return f"({prefix}) {block}-{suffix}"

    def _at(self, day: date) -> str:
        """A working-hours time stamp on ``day``, in the store's DATETIME text format."""
        return f"{day.isoformat()} {self._choice(_TIMES_OF_DAY)}"

    def _insert(self, name: str, rows: list[Row]) -> None:
        """Bulk insert: a Core ``insert()`` compiled once, executed with DBAPI executemany.

        Values are converted here to the text formats SQLAlchemy's SQLite types store
        (dates ``YYYY-MM-DD``, date-times ``YYYY-MM-DD HH:MM:SS.ffffff``), which skips the
        per-value bind processing that would otherwise dominate the run time.
        """
        if not rows:
            return
        table = Base.metadata.tables[name]
        if "stat_key" in table.columns and "stat_key" not in rows[0]:
            for row in rows:  # the statistics' record keys: random, as the ORM gives them
                row["stat_key"] = record_key()
        keys = tuple(rows[0])
        compiled = self.compiled.get((name, keys))
        if compiled is None:
            statement = insert(table).compile(dialect=self.conn.dialect, column_keys=list(keys))
            order = tuple(statement.positiontup or ())
            if set(order) != set(keys) or len(order) < 2:  # a programming error
                raise ValueError(f"{name}: columns {sorted(set(order) ^ set(keys))}")
            converters = tuple(
                (column.name, _CONVERTERS[type(column.type).__name__])
                for column in table.columns
                if type(column.type).__name__ in _CONVERTERS and column.name in keys
            )
            compiled = (str(statement), itemgetter(*order), converters)
            self.compiled[(name, keys)] = compiled
        sql, getter, converters = compiled
        for row in rows:
            for key, convert in converters:
                value = row[key]
                if value is not None and not isinstance(value, str):
                    row[key] = convert(value)
        self.conn.exec_driver_sql(sql, [getter(row) for row in rows])

    def flush(self) -> None:
        for name in _SCHEMA_TABLES:
            rows = self.rows[name]
            if rows:
                self._insert(name, rows)
                rows.clear()

    def summary(self) -> DemoSummary:
        c = self.counts
        return DemoSummary(
            c.clients, c.cases, c.contacts, c.goals, c.steps, c.follow_ups, c.partners, c.referrals
        )

    # --- network: outreach locations, partners, step templates -----------------------------

    def add_network(self) -> None:
        created = datetime.combine(self.today - timedelta(days=1100), time(9))
        locations = []
        for name, address in _OUTREACH:
            location_id = self._id("outreach_location")
            self.outreach.append((location_id, name))
            locations.append({"id": location_id, "name": name, "address": address, "active": True})
        self._insert("outreach_location", locations)

        partners: list[Row] = []
        people: list[Row] = []
        for name, category, street, services, languages, hours in _PARTNERS:
            partner_id = self._id("partner")
            self.partners.setdefault(category, []).append(_Partner(partner_id, category, name))
            self.partner_category[partner_id] = category
            domain = self._domain(name)
            postcode, city = ("99990", "Musterstadt")
            partners.append(
                {
                    "id": partner_id,
                    "name": name,
                    "category": category,
                    "street": f"{street}",
                    "postcode": postcode,
                    "city": city,
                    "region": "Landkreis Musterland",
                    "phone": self._phone(),
                    "email": f"info@{domain}",
                    "website": f"https://www.{domain}",
                    "opening_hours": hours,
                    "languages": languages,
                    "services": services,
                    "notes": "Erfundener Demo-Partner." if self._chance(0.3) else "",
                    "created_at": created,
                    "updated_at": created,
                }
            )
            for _ in range(1 + int(self._chance(0.5))):
                given = self._choice(_GERMAN_GIVEN)
                family = self._choice(_GERMAN_FAMILY)
                people.append(
                    {
                        "id": self._id("partner_person"),
                        "partner_id": partner_id,
                        "name": f"{given} {family}",
                        "role": self._choice(_PARTNER_ROLES),
                        "phone": self._phone(),
                        "email": f"{_ascii(given)}.{_ascii(family)}@{domain}",
                    }
                )
        self._insert("partner", partners)
        self._insert("partner_person", people)
        self.counts.partners = len(partners)

        existing = set(
            self.conn.execute(select(Base.metadata.tables["step_template"].c.field)).scalars()
        )
        templates = [
            {
                "id": self._id("step_template"),
                "field": field_code,
                "name": name,
                "steps": json.dumps(
                    [
                        {"text": text, "actor": actor, "offset_days": offset}
                        for text, actor, offset in steps
                    ],
                    ensure_ascii=False,
                ),
            }
            for field_code, (name, steps) in DEFAULT_STEP_TEMPLATES.items()
            if field_code not in existing
        ]
        self._insert("step_template", templates)

    @staticmethod
    def _domain(name: str) -> str:
        words = [_ascii(word) for word in name.split() if word not in {"e.", "V.", "–", "&"}]
        return "-".join(word for word in words[:3] if word) + ".example"

    # --- planning cases and client numbers -------------------------------------------------

    def plan(self, clients: int) -> None:
        plans = []
        for index in range(clients):
            current = self._plan_current()
            cases = [current]
            if self._chance(0.08):
                cases.insert(0, self._plan_earlier(current.opened))
            showcase = index if index < len(SHOWCASE) else None
            plans.append(_ClientPlan(cases, showcase))
        # Ids and numbers follow the first contact, as they would have been given.
        plans.sort(key=lambda plan: plan.first_contact)
        used = self._used_numbers()
        for plan in plans:
            plan.id = self._id("client")
            year = plan.first_contact.year
            number = used.get(year, 0) + 1
            used[year] = number
            plan.number = f"{year}-{number:04d}"
        self.counters = used
        self.plans = plans

    def _used_numbers(self) -> dict[int, int]:
        """The last number used per year: the counter, or higher existing numbers."""
        used: dict[int, int] = {}
        counter = Base.metadata.tables["client_number_counter"]
        for year, last in self.conn.execute(select(counter.c.year, counter.c.last_number)):
            used[int(year)] = int(last)
        client = Base.metadata.tables["client"]
        for (number,) in self.conn.execute(select(client.c.number)):
            year_text, _, serial = str(number).partition("-")
            if year_text.isdigit() and serial.isdigit():
                year = int(year_text)
                used[year] = max(used.get(year, 0), int(serial))
        return used

    def _plan_current(self) -> _CasePlan:
        rng = self.rng
        cm = self._chance(0.225)
        roll = rng.random()
        if roll < 0.59:  # open, opened within the last two years (more recent ones more often)
            age = 1 + int(rng.random() ** 1.4 * 720)
            opened = _weekday(self.today - timedelta(days=age))
            if opened >= self.today:
                opened = self.yesterday
            status, end = "open", self.yesterday
        elif roll < 0.66:
            opened = _weekday(self.today - timedelta(days=120 + int(rng.random() * 600)))
            pause = _weekday(opened + timedelta(days=int((self.today - opened).days * 0.7)))
            status, end = "paused", max(pause, opened)
        else:
            closed = _weekday(self.today - timedelta(days=2 + int(rng.random() * 690)))
            duration = 90 + int(rng.random() * 540) if cm else 7 + int(rng.random() ** 1.5 * 330)
            opened = _weekday(closed - timedelta(days=duration))
            status, end = "closed", closed
        if opened > end:
            opened = end
        cm_from = None
        if cm and self._chance(0.3):
            switch = _weekday(opened + timedelta(days=14 + int(rng.random() * 100)))
            if switch < end - timedelta(days=7):
                cm_from = switch
        return _CasePlan(opened, status, end, cm, cm_from)

    def _plan_earlier(self, before: date) -> _CasePlan:
        closed = _weekday(before - timedelta(days=60 + int(self.rng.random() * 600)))
        opened = _weekday(closed - timedelta(days=30 + int(self.rng.random() * 360)))
        return _CasePlan(opened, "closed", closed, self._chance(0.15), None)

    def update_counters(self) -> None:
        table = Base.metadata.tables["client_number_counter"]
        existing = set(self.conn.execute(select(table.c.year)).scalars())
        for year, last in sorted(self.counters.items()):
            if year in existing:
                self.conn.execute(
                    update(table)
                    .where(table.c.year == year)
                    .values(last_number=func.max(table.c.last_number, last))
                )
            else:
                self._insert("client_number_counter", [{"year": year, "last_number": last}])

    # --- clients ---------------------------------------------------------------------------

    def add_clients(self, start: int, stop: int) -> None:
        for plan in self.plans[start:stop]:
            self._add_client(plan)

    def _name(self, origin: Origin, gender: str) -> tuple[str, str, str]:
        """(family name, given names, Latin transliteration or "")."""
        female = gender == "female" or (gender not in {"male", "female"} and self._chance(0.5))
        pool = origin.female if female else origin.male
        given: list[Name] = [self._choice(pool)]
        middle = origin.middle_female if female else origin.middle_male
        if middle:
            given.insert(0, self._choice(middle))
        elif origin.second_given and self._chance(origin.second_given):
            second = self._choice(origin.male if origin.father_name else pool)
            if second != given[0]:
                given.append(second)
        if origin.patronymics and self._chance(origin.patronymic_share):
            patronymic = self._choice(origin.patronymics)
            given.append((patronymic[2], patronymic[3]) if female else patronymic[:2])
        families = [self._choice(origin.family)]
        if origin.double_family and self._chance(origin.double_family):
            other = self._choice(origin.family)
            if other != families[0]:
                families.append(other)
        family = [(f[2], f[3]) if female else (f[0], f[1]) for f in families]
        written_family = " ".join(name for name, _ in family)
        written_given = " ".join(name for name, _ in given)
        latin = ""
        if family[0][1] or given[0][1]:
            latin_given = " ".join(roman or name for name, roman in given)
            latin_family = " ".join(roman or name for name, roman in family)
            latin = f"{latin_given} {latin_family}"
        return written_family, written_given, latin

    def _add_client(self, plan: _ClientPlan) -> None:
        rng = self.rng
        chance = self._chance
        first = plan.first_contact
        if plan.showcase is not None:
            gender, given, given_latin, family, family_latin, origin_key = SHOWCASE[plan.showcase]
            origin = ORIGINS_BY_KEY[origin_key]
            latin = f"{given_latin} {family_latin}" if family_latin else ""
            gender = gender if gender in cat.GENDERS else "unspecified"
        else:
            origin = self.origin_pick(rng)
            gender = _GENDER(rng)
            family, given, latin = self._name(origin, gender)

        # Nationalities and languages fit the name's origin.
        nationality = _Pick(origin.nationalities)(rng)
        nationalities = [nationality]
        if origin.key == "resettler" and chance(0.5):
            nationalities.append(self._choice(("KZ", "RU")))
        elif nationality == "MD":
            nationalities.append("RO")
        languages = [_Pick(origin.languages)(rng)]
        for code, share in origin.second_languages:
            if code not in languages and chance(share):
                languages.append(code)
        if "de" not in languages and chance(0.25):
            languages.append("de")

        # Arrival: mostly recent; Ukrainians since spring 2022.
        if origin.key == "ukrainian" and first > _WAR_ARRIVALS + timedelta(days=30):
            earliest = max(_WAR_ARRIVALS, first - timedelta(days=1300))
            arrival = self._between(earliest, first - timedelta(days=7))
        else:
            roll = rng.random()
            if roll < 0.58:
                gap = 14 + int(rng.random() * 350)
            elif roll < 0.72:
                gap = 365 + int(rng.random() * 730)
            else:
                gap = 1100 + int(rng.random() * 7000)
            arrival = first - timedelta(days=gap)
        years_here = (first - arrival).days / 365.25

        # Age: mostly 27–65, a few younger (never under 18 at the first contact) or older.
        roll = rng.random()
        years_since_first = (self.today - first).days / 365.25
        if roll < 0.06:
            youngest = 19 + int(years_since_first + 0.999)
            age = youngest + int(rng.random() * max(1, 27 - youngest))
        elif roll < 0.93:
            age = int(rng.triangular(27, 66, 36))
        else:
            age = 66 + int(rng.random() * 16)
        age = max(age, 19 + int(years_since_first + 0.999))
        birth = self.today - timedelta(days=int((age + rng.random() * 0.95) * 365.25) + 1)
        if origin.key == "afghan" and chance(0.3):  # unknown birthdays are often recorded so
            birth = date(birth.year, 1, 1)
        birth_date: date | None = birth if not chance(0.02) else None
        old = age >= 66

        residence = _RESIDENCE_PICKS[origin.key](rng)
        german = _GERMAN_BY_STAY[0 if years_here < 1 else 1 if years_here < 3 else 2](rng)
        if origin.key == "resettler" and german in {"none", "unknown"}:
            german = "a2"
        course_right = _COURSE_RIGHT.get(residence, _COURSE_RIGHT_DEFAULT)(rng)
        if course_right == "none":
            course_status = self._choice(("not_applicable", "not_started"))
        elif german in {"b1", "b2", "c1", "c2"}:
            course_status = _COURSE_HIGH(rng)
        else:
            course_status = _COURSE_LOW(rng)
        education = _EDUCATION(rng)
        female_forms = gender == "female"
        qualification = ""
        recognition = "not_applicable"
        if education in _QUALIFICATIONS:
            forms = self._choice(_QUALIFICATIONS[education])
            qualification = forms[1] if female_forms else forms[0]
            recognition = _RECOGNITION(rng)
        employment = _EMPLOYMENT_OLD(rng) if old else _EMPLOYMENT(rng)
        if residence in {"asylum_seeker", "toleration"}:
            benefits = _BENEFITS_ASYLUM(rng)
        elif old:
            benefits = _BENEFITS_OLD(rng)
        elif employment in {"employed", "self_employed"}:
            benefits = _BENEFITS_EMPLOYED(rng)
        elif residence == "eu_citizen":
            benefits = _BENEFITS_EU(rng)
        else:
            benefits = _BENEFITS_DEFAULT(rng)

        # Household: about half live with children.
        roll = rng.random()
        if old or roll < 0.3:
            adults, children = 1 + int(chance(0.4)), 0
        elif roll < 0.45:
            adults, children = 2, 0
        else:
            adults, children = 1 + int(chance(0.75)), 1 + int(rng.random() ** 1.8 * 5)
        household = adults + children + int(chance(0.05))
        living = _LIVING_ASYLUM(rng) if residence in _INSECURE else _LIVING(rng)

        level = _CEFR_ORDER.index(german) if german in _CEFR_ORDER else 2
        interpreter = chance((0.62, 0.4, 0.1, 0.02, 0.0, 0.0, 0.0)[level])

        valid_until = None
        if residence in _LIMITED:
            current = plan.cases[-1]
            low, high = _LIMITED[residence]
            roll = rng.random()
            if current.status != "closed" and roll < 0.09:
                valid_until = self.today + timedelta(days=int(rng.random() * 57))
            elif roll < 0.12:
                valid_until = self.today - timedelta(days=1 + int(rng.random() * 200))
            else:
                valid_until = self.today + timedelta(days=57 + low + int(rng.random() * high))

        phone = self._phone() if chance(0.8) else ""
        email = ""
        if chance(0.3):
            name_for_mail = latin or f"{given} {family}"
            parts = [_ascii(part) for part in name_for_mail.split()]
            parts = [part for part in parts if part]
            local = ".".join(parts[:1] + parts[-1:]) or "demo"
            email = f"{local}{int(rng.random() * 90) + 10}@example.org"
        postcode, city = _PLACES(rng)
        if living == "shared_accommodation":
            street = f"Gemeinschaftsunterkunft, Industriestraße {2 + int(rng.random() * 20)}"
        elif living == "homeless_risk" and chance(0.5):
            street = "postalisch erreichbar über die Beratungsstelle"
        else:
            street = f"{self._choice(_STREETS)} {1 + int(rng.random() * 120)}"
            if chance(0.1):
                street += self._choice("abc")

        first_form = _FIRST_CONTACT_FORM(rng)
        outreach_id = None
        place = "Beratungsstelle"
        if first_form == "outreach":
            outreach_id, place = self._choice(self.outreach)
        elif first_form in {"phone", "online_chat"}:
            place = ""

        created = self._at(first)
        client_id = plan.id
        self.rows["client"].append(
            {
                "id": client_id,
                "number": plan.number,
                "family_name": family,
                "given_names": given,
                "name_latin": latin,
                "search_key": search_key(family, given, latin),
                "gender": gender,
                "birth_date": birth_date,
                "birth_year": birth.year,
                "interpreter_needed": interpreter,
                "interpreter_language": languages[0] if interpreter else "",
                "arrival_date": arrival,
                "residence_status": residence,
                "residence_legal_basis": self._choice(_LEGAL_BASIS[residence]),
                "residence_valid_until": valid_until,
                "course_right": course_right,
                "course_status": course_status,
                "german_level": german,
                "education": education,
                "qualification": qualification,
                "recognition_status": recognition,
                "employment_status": employment,
                "benefits": benefits,
                "household_size": household,
                "children_count": children,
                "living_situation": living,
                "phone": phone,
                "phone_digits": phone_digits(phone),
                "email": email,
                "street": street,
                "postcode": postcode,
                "city": city,
                "how_found": _HOW_FOUND(rng),
                "first_contact_date": first,
                "first_contact_place": place,
                "outreach_location_id": outreach_id,
                "created_at": created,
                "updated_at": created,
                "version": 1,
            }
        )
        self.counts.clients += 1
        self.rows["client_name_key"] += name_key_rows(client_id, family, given, latin)
        for position, code in enumerate(nationalities):
            self.rows["client_nationality"].append(
                {"client_id": client_id, "country_code": code, "position": position}
            )
        for position, code in enumerate(languages):
            self.rows["client_language"].append(
                {"client_id": client_id, "language_code": code, "position": position}
            )
        scope = "Beratung und Dokumentation in der Migrationsberatung (MBE)"
        if chance(0.3):
            scope += ", einschließlich Gesundheitsdaten, soweit für die Beratung erforderlich"
        self.rows["consent"].append(
            {
                "id": self._id("consent"),
                "client_id": client_id,
                "kind": "gdpr_processing",
                "scope": scope,
                "partner_id": None,
                "partner_category": "",
                "purpose": "Beratung",
                "data_categories": "",
                "given_on": first,
                "valid_until": None,
                "withdrawn_on": None,
                "document_id": None,
                "created_at": created,
            }
        )
        intake = _Intake(
            gender=gender,
            languages=languages,
            interpreter=interpreter,
            residence=residence,
            german=german,
            course_right=course_right,
            course_status=course_status,
            education=education,
            employment=employment,
            benefits=benefits,
            children=children,
            household=household,
            old=old,
            first_form=first_form,
            outreach_id=outreach_id,
        )
        for index, case in enumerate(plan.cases):
            self._add_case(client_id, case, intake, first_of_client=index == 0)

    # --- cases -----------------------------------------------------------------------------

    def _fields(self, intake: _Intake) -> list[str]:
        weights = dict(_FIELD_BASE)
        if intake.german in {"none", "a1", "a2"}:
            weights["language_course"] *= 2.2
        if intake.education in _QUALIFICATIONS:
            weights["recognition"] = 14.0
        if intake.residence in _LIMITED:
            weights["residence_law"] *= 1.6
        if intake.residence in {"settlement_permit", "eu_long_term"}:
            weights["citizenship"] = 7.0
        if intake.children:
            weights["family_children"] = 11.0
        if intake.residence in {"residence_permit_humanitarian", "asylum_seeker", "toleration"}:
            weights["psychosocial"] = 7.0
        if intake.benefits in {"none", "unknown"}:
            weights["benefits"] *= 0.5
        pick = _Pick(list(weights.items()))
        count = 1 + int(self.rng.random() ** 1.3 * 3)
        chosen: list[str] = []
        for _ in range(count * 3):
            code = pick(self.rng)
            if code not in chosen:
                chosen.append(code)
            if len(chosen) == count:
                break
        return chosen

    def _add_case(
        self, client_id: int, plan: _CasePlan, intake: _Intake, *, first_of_client: bool
    ) -> None:
        rng = self.rng
        chance = self._chance
        case_id = self._id("case")
        fields = self._fields(intake)
        closure_type = _CLOSURE(rng) if plan.status == "closed" else None
        closure: Row = {
            "closure_german_level": None,
            "closure_course_status": None,
            "closure_employment_status": None,
            "closure_benefits": None,
            "closure_residence_status": None,
        }
        if closure_type is not None and closure_type != "contact_lost":
            closure = self._closure_situation(intake)
        created = self._at(plan.opened)
        family_members = 0
        if chance(0.1) and intake.household > 1:
            family_members = 1 + int(rng.random() * min(4, intake.household - 1))
        self.rows["case"].append(
            {
                "id": case_id,
                "client_id": client_id,
                "opened_on": plan.opened,
                "form": "case_management" if plan.case_management else "counselling",
                "status": plan.status,
                "family_members": family_members,
                "closed_on": plan.end if plan.status == "closed" else None,
                "closure_type": closure_type,
                **closure,
                "created_at": created,
                "updated_at": self._at(plan.end) if plan.status != "open" else created,
                "version": 1,
            }
        )
        self.counts.cases += 1
        for code in fields:
            self.rows["case_field_of_action"].append({"case_id": case_id, "field": code})

        forms = self.rows["case_form_change"]
        if plan.case_management and plan.cm_from is None:
            forms.append(self._form_row(case_id, plan.opened, "case_management"))
        else:
            forms.append(self._form_row(case_id, plan.opened, "counselling"))
            if plan.cm_from is not None:
                forms.append(self._form_row(case_id, plan.cm_from, "case_management"))

        statuses = self.rows["case_status_change"]
        statuses.append(self._status_row(case_id, plan.opened, "open"))
        if plan.status == "closed" and chance(0.1) and (plan.end - plan.opened).days > 60:
            pause = self._between(plan.opened + timedelta(days=10), plan.end - timedelta(days=40))
            statuses.append(self._status_row(case_id, pause, "paused"))
            statuses.append(self._status_row(case_id, pause + timedelta(days=30), "open"))
        if plan.status != "open":
            statuses.append(self._status_row(case_id, plan.end, plan.status, closure_type))

        contact_days = self._add_contacts(case_id, plan, intake, fields, first_of_client)
        if plan.case_management:
            self._add_plan(case_id, plan, fields, closure_type)
        self._add_follow_ups(client_id, case_id, plan, fields)
        if chance(0.2):
            self._add_referral(client_id, case_id, plan, fields, contact_days)

    def _form_row(self, case_id: int, day: date, form: str) -> Row:
        return {
            "id": self._id("case_form_change"),
            "case_id": case_id,
            "changed_on": day,
            "form": form,
        }

    def _status_row(self, case_id: int, day: date, status: str, closure: str | None = None) -> Row:
        return {
            "id": self._id("case_status_change"),
            "case_id": case_id,
            "changed_on": day,
            "status": status,
            "closure_type": closure,
        }

    def _closure_situation(self, intake: _Intake) -> Row:
        rng = self.rng
        german = intake.german
        if german in _CEFR_ORDER:
            rank = _CEFR_ORDER.index(german) + self._choice((0, 1, 1, 1, 2, 2))
            german = _CEFR_ORDER[min(rank, len(_CEFR_ORDER) - 1)]
        elif self._chance(0.5):
            german = "a2"
        course = intake.course_status
        if course in {"not_started", "waiting"}:
            course = self._choice(("attending", "attending", "completed", "completed", "waiting"))
        elif course == "attending":
            course = "completed" if self._chance(0.6) else course
        employment = intake.employment
        if employment in {"unemployed", "not_seeking"} and not intake.old:
            roll = rng.random()
            if roll < 0.3:
                employment = "employed"
            elif roll < 0.45:
                employment = "marginal"
            elif roll < 0.52:
                employment = "training"
        benefits = intake.benefits
        if benefits == "sgb2" and employment == "employed" and self._chance(0.6):
            benefits = "none"
        residence = intake.residence
        if residence == "asylum_seeker" and self._chance(0.45):
            residence = "residence_permit_humanitarian"
            if benefits == "asylblg":
                benefits = "sgb2"
        elif residence == "fictional_certificate" and self._chance(0.7):
            residence = self._choice(("residence_permit_family", "residence_permit_work"))
        elif residence == "residence_permit_humanitarian" and self._chance(0.1):
            residence = "settlement_permit"
        return {
            "closure_german_level": german,
            "closure_course_status": course,
            "closure_employment_status": employment,
            "closure_benefits": benefits,
            "closure_residence_status": residence,
        }

    # --- contacts --------------------------------------------------------------------------

    def _add_contacts(
        self, case_id: int, plan: _CasePlan, intake: _Intake, fields: list[str], first: bool
    ) -> list[date]:
        rng = self.rng
        span = (plan.end - plan.opened).days
        cm = plan.case_management
        mean = 3.0 + min(span / 45.0, 11.0) if cm else 1.4 + min(span / 100.0, 4.0)
        count = 1 + int(rng.random() * 2 * (mean - 1) + 0.5)
        later = (
            _weekday(plan.opened + timedelta(days=int(rng.random() * (span + 1))))
            for _ in range(count - 1)
        )
        days = [plan.opened, *sorted(later)]
        contacts = self.rows["contact"]
        contact_fields = self.rows["contact_field_of_action"]
        notes = _NOTES
        for index, day in enumerate(days):
            contact_id = self._id("contact")
            if index == 0:
                form = intake.first_form if first else _FIRST_CONTACT_FORM(rng)
            else:
                form = _CONTACT_FORM(rng)
            low, high = _DURATION[form]
            duration = low + 5 * int(rng.random() * ((high - low) // 5 + 1))
            location_id = None
            place = ""
            if form == "outreach":
                if index == 0 and first and intake.outreach_id is not None:
                    location_id = intake.outreach_id
                    place = next(name for key, name in self.outreach if key == location_id)
                else:
                    location_id, place = self._choice(self.outreach)
            elif form == "accompaniment":
                place = self._choice(
                    ("Jobcenter", "Ausländerbehörde", "Wohnungsbesichtigung", "Kita", "Arztpraxis")
                )
            interpreted = (
                intake.interpreter
                and form not in {"email_letter", "online_chat"}
                and rng.random() < 0.75
            )
            main = fields[0] if index == 0 else self._choice(fields)
            note = self._choice(notes[main])
            if index == 0:
                note = "Erstgespräch: Anliegen und Situation aufgenommen. " + note
            occurred = self._at(day)
            contacts.append(
                {
                    "id": contact_id,
                    "case_id": case_id,
                    "occurred_at": occurred,
                    "duration_minutes": duration,
                    "form": form,
                    "outreach_location_id": location_id,
                    "place": place,
                    "interpreter_used": interpreted,
                    "interpreter_language": intake.languages[0] if interpreted else "",
                    "note": note,
                    "next_steps": self._choice(_NEXT_STEPS) if rng.random() < 0.4 else "",
                    "created_at": occurred,
                    "version": 1,
                }
            )
            contact_fields.append({"contact_id": contact_id, "field": main})
            if len(fields) > 1 and rng.random() < 0.3:
                other = self._choice(fields)
                if other != main:
                    contact_fields.append({"contact_id": contact_id, "field": other})
        self.counts.contacts += len(days)
        return days

    # --- Case Management: goals, steps, goal agreement -------------------------------------

    def _add_plan(
        self, case_id: int, plan: _CasePlan, fields: list[str], closure_type: str | None
    ) -> None:
        rng = self.rng
        start = plan.cm_from or plan.opened
        created = _weekday(start + timedelta(days=7 + int(rng.random() * 21)))
        if created > plan.end:
            if plan.status == "closed":
                return  # the case ended before an agreement was written
            created = plan.end
        signed: date | None = _weekday(created + timedelta(days=int(rng.random() * 10)))
        if signed is not None and signed > plan.end:
            signed = None if plan.status != "closed" else plan.end
        closed = plan.status == "closed"
        regular = closure_type in cat.REGULAR_CLOSURES
        goal_count = 1 + int(rng.random() ** 1.2 * 3)
        snapshot_goals = []
        base = signed or created
        for position, field_code in enumerate(fields[:goal_count]):
            text, indicator = self._choice(_GOALS[field_code])
            goal_id = self._id("goal")
            target = base + timedelta(days=90 + int(rng.random() * 270))
            if closed:
                attainment = (_ATTAINMENT_REGULAR if regular else _ATTAINMENT_OTHER)(rng)
            else:
                attainment = "open"
            self.rows["goal"].append(
                {
                    "id": goal_id,
                    "case_id": case_id,
                    "field": field_code,
                    "text": text,
                    "indicator": indicator,
                    "target_date": target,
                    "attainment": attainment,
                    "position": position,
                    "created_on": created,
                    "updated_at": self._at(plan.end if closed else created),
                }
            )
            self.counts.goals += 1
            steps = self._add_steps(goal_id, field_code, base, plan)
            snapshot_goals.append(
                {
                    "position": position,
                    "field": field_code,
                    "text": text,
                    "indicator": indicator,
                    "target_date": target.isoformat(),
                    "steps": steps,
                }
            )
        versions = self.rows["agreement_version"]
        review = signed + timedelta(days=90 + int(rng.random() * 90)) if signed else None
        versions.append(
            {
                "id": self._id("agreement_version"),
                "case_id": case_id,
                "number": 1,
                "created_on": created,
                "signed_on": signed,
                "review_on": review,
                "snapshot": json.dumps({"goals": snapshot_goals}, ensure_ascii=False)
                if signed
                else "",
                "document_id": None,
            }
        )
        if signed and not closed and rng.random() < 0.2 and (plan.end - signed).days > 45:
            versions.append(
                {
                    "id": self._id("agreement_version"),
                    "case_id": case_id,
                    "number": 2,
                    "created_on": self._between(signed + timedelta(days=40), plan.end),
                    "signed_on": None,
                    "review_on": None,
                    "snapshot": "",
                    "document_id": None,
                }
            )

    def _add_steps(self, goal_id: int, field_code: str, base: date, plan: _CasePlan) -> list[Row]:
        rng = self.rng
        closed = plan.status == "closed"
        _name, template = DEFAULT_STEP_TEMPLATES[field_code]
        snapshot = []
        for position, (text, actor, offset) in enumerate(template):
            due = base + timedelta(days=offset)
            partner = self._partner_for(field_code) if actor == "partner" else None
            partner_id = partner.id if partner else None
            done_on = None
            if closed:
                status = "done" if due <= plan.end and rng.random() < 0.85 else "dropped"
            elif due < self.today and rng.random() < 0.75:
                status = "done"
            else:
                status = "open"
            if status == "done":
                done_on = min(due + timedelta(days=int(rng.random() * 14)), plan.end)
            self.rows["step"].append(
                {
                    "id": self._id("step"),
                    "goal_id": goal_id,
                    "text": text,
                    "actor": actor,
                    "partner_id": partner_id,
                    "due_on": due,
                    "status": status,
                    "done_on": done_on,
                    "position": position,
                }
            )
            self.counts.steps += 1
            snapshot.append(  # as the service freezes a signed version: with the partner's name
                {
                    "position": position,
                    "text": text,
                    "actor": actor,
                    "partner_name": partner.name if partner else "",
                    "due_on": due.isoformat(),
                }
            )
        return snapshot

    def _partner_for(self, field_code: str) -> _Partner | None:
        for category in _FIELD_PARTNERS[field_code]:
            candidates = self.partners.get(category)
            if candidates:
                return self._choice(candidates)
        return None

    # --- follow-ups ------------------------------------------------------------------------

    def _add_follow_ups(
        self, client_id: int, case_id: int, plan: _CasePlan, fields: list[str]
    ) -> None:
        rng = self.rng
        rows = self.rows["follow_up"]
        if plan.status != "closed" and rng.random() < 0.3:
            roll = rng.random()
            if roll < 0.2:
                due = self.today - timedelta(days=1 + int(rng.random() * 21))
            elif roll < 0.32:
                due = self.today
            elif roll < 0.52:
                due = self.today + timedelta(days=1 + int(rng.random() * 6))
            else:
                due = self.today + timedelta(days=7 + int(rng.random() * 110))
            rows.append(self._follow_up(client_id, plan, case_id, due, fields, done=None))
        if rng.random() < 0.25:  # an earlier one, done
            due = self._between(plan.opened, plan.end)
            done = min(due + timedelta(days=int(rng.random() * 5)), plan.end, self.yesterday)
            rows.append(self._follow_up(client_id, plan, case_id, due, fields, done=done))

    def _follow_up(
        self,
        client_id: int,
        plan: _CasePlan,
        case_id: int,
        due: date,
        fields: list[str],
        done: date | None,
    ) -> Row:
        rng = self.rng
        created = min(due - timedelta(days=7 + int(rng.random() * 30)), self.yesterday)
        created = max(created, plan.opened)
        self.counts.follow_ups += 1
        return {
            "id": self._id("follow_up"),
            "client_id": client_id,
            "case_id": case_id,
            "due_on": due,
            "due_time": time(9 + int(rng.random() * 8), 0) if rng.random() < 0.25 else None,
            "reason": self._choice(_FOLLOW_UP_REASONS[self._choice(fields)]),
            "source": "manual",
            "source_key": "",
            "snoozed_until": None,
            "done_on": done,
            "created_at": self._at(created),
        }

    # --- referrals and confidentiality releases --------------------------------------------

    def _add_referral(
        self, client_id: int, case_id: int, plan: _CasePlan, fields: list[str], days: list[date]
    ) -> None:
        rng = self.rng
        field_code = self._choice(fields)
        partner = self._partner_for(field_code)
        if partner is None:
            return
        partner_id = partner.id
        category = self.partner_category[partner_id]
        purpose, extra = _REFERRAL_DATA[field_code]
        closed = plan.status == "closed"
        status = (_REFERRAL_CLOSED if closed else _REFERRAL_OPEN)(rng)
        sent = self._choice(days)
        with_data = rng.random() < 0.88
        data: list[str] = []
        consent_id = None
        if with_data:
            data = list(_CONTACT_DATA[: 2 + int(rng.random() * 4)]) + list(extra)
            consent_id = self._id("consent")
            given = max(plan.opened, sent - timedelta(days=int(rng.random() * 14)))
            by_category = rng.random() < 0.3
            self.rows["consent"].append(
                {
                    "id": consent_id,
                    "client_id": client_id,
                    "kind": "confidentiality_release",
                    "scope": "Schweigepflichtentbindung für eine Weiterleitung",
                    "partner_id": None if by_category else partner_id,
                    "partner_category": category,
                    "purpose": purpose,
                    "data_categories": json.dumps(data),
                    "given_on": given,
                    "valid_until": given + timedelta(days=365) if rng.random() < 0.7 else None,
                    "withdrawn_on": None,
                    "document_id": None,
                    "created_at": self._at(given),
                }
            )
        feedback = None
        if status in {"feedback_received", "closed"}:
            feedback = min(sent + timedelta(days=3 + int(rng.random() * 40)), plan.end)
        created = self._at(sent)
        self.rows["referral"].append(
            {
                "id": self._id("referral"),
                "case_id": case_id,
                "partner_id": partner_id,
                "partner_category": category,
                "purpose": purpose,
                "data_shared": json.dumps(data),
                "consent_id": consent_id,
                "override_reason": "",
                "status": status,
                "sent_on": None if status == "draft" else sent,
                "feedback_on": feedback,
                "document_id": None,
                "letter_sha256": "",
                "created_at": created,
                "updated_at": created,
            }
        )
        self.counts.referrals += 1


def _ascii(text: str) -> str:
    """Lowercase ASCII letters and digits only (for invented e-mail addresses and domains)."""
    return "".join(char for char in latin(text).lower() if char.isascii() and char.isalnum())
