"""Code lists (catalogues) for the documentation: stable English codes, German and English labels.

Codes are stored in the database and in statistics exports, so they never change once released;
labels may. New codes may be added; a removed code must stay readable (``label`` falls back to
the code itself).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from mbe_desktop.domain.messages import CATALOGUE, Text


@dataclass(frozen=True)
class Entry:
    code: str
    de: str
    en: str
    hint: str = ""  # German explanation, e.g. the legal basis; shown as a tooltip

    def label(self, lang: str = "de") -> str:
        return self.en if lang == "en" else self.de


class Catalogue:
    """An ordered list of entries; the order is the display order."""

    def __init__(self, name: str, entries: tuple[Entry, ...]) -> None:
        codes = [entry.code for entry in entries]
        if len(set(codes)) != len(codes):
            raise ValueError(f"duplicate code in catalogue {name}")
        self.name = name
        self.entries = entries
        self._by_code = {entry.code: entry for entry in entries}

    def codes(self) -> tuple[str, ...]:
        return tuple(self._by_code)

    def entry(self, code: str) -> Entry:
        """The entry for ``code``; KeyError if the catalogue has no such code."""
        return self._by_code[code]

    def label(self, code: str, lang: str = "de") -> str:
        """The label, or the code itself so that unknown (old or imported) codes stay visible."""
        entry = self._by_code.get(code)
        return entry.label(lang) if entry else code

    def label_text(self, code: str) -> Text:
        """The German label as a ``Text`` that translates in the UI language (context
        ``Catalogue``, disambiguated by the catalogue's name), for texts built in the core."""
        return Text(self.label(code), None, CATALOGUE, self.name)

    def choices(self, lang: str = "de") -> list[tuple[str, str]]:
        return [(entry.code, entry.label(lang)) for entry in self.entries]

    def __contains__(self, code: object) -> bool:
        return code in self._by_code

    def __iter__(self) -> Iterator[Entry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __repr__(self) -> str:
        return f"Catalogue({self.name!r}, {len(self.entries)} entries)"


def _cat(name: str, *rows: tuple[str, str, str] | tuple[str, str, str, str]) -> Catalogue:
    return Catalogue(name, tuple(Entry(*row) for row in rows))


GENDERS = _cat(
    "genders",
    ("female", "weiblich", "female"),
    ("male", "männlich", "male"),
    ("diverse", "divers", "diverse"),
    ("unspecified", "keine Angabe", "not specified"),
)

CASE_FORMS = _cat(
    "case_forms",
    ("counselling", "Beratung ohne Case Management", "Counselling without case management"),
    ("case_management", "Case Management", "Case management"),
)

CASE_STATUSES = _cat(
    "case_statuses",
    ("open", "offen", "open"),
    ("paused", "ruhend", "paused"),
    ("closed", "abgeschlossen", "closed"),
)

RESIDENCE_STATUSES = _cat(
    "residence_statuses",
    ("eu_citizen", "Freizügigkeit EU/EWR/Schweiz", "EU/EEA/Swiss free movement", "FreizügG/EU"),
    ("settlement_permit", "Niederlassungserlaubnis", "Settlement permit", "§ 9 AufenthG"),
    ("eu_long_term", "Erlaubnis zum Daueraufenthalt-EU", "EU long-term residence", "§ 9a AufenthG"),
    (
        "residence_permit_work",
        "Aufenthaltserlaubnis – Erwerbstätigkeit",
        "Residence permit – employment",
        "§§ 18–21 AufenthG (ohne Blaue Karte EU)",
    ),
    (
        "residence_permit_study_training",
        "Aufenthaltserlaubnis – Studium/Ausbildung",
        "Residence permit – study/training",
        "§§ 16–17 AufenthG",
    ),
    (
        "residence_permit_family",
        "Aufenthaltserlaubnis – Familiennachzug",
        "Residence permit – family reunification",
        "§§ 27–36a AufenthG",
    ),
    (
        "residence_permit_humanitarian",
        "Aufenthaltserlaubnis – humanitäre Gründe",
        "Residence permit – humanitarian",
        "§§ 22–23a, 25, 25a, 25b, 104c AufenthG (ohne § 24)",
    ),
    (
        "residence_permit_other",
        "Aufenthaltserlaubnis – sonstige",
        "Residence permit – other",
        "z. B. §§ 7, 37, 38 AufenthG",
    ),
    ("eu_blue_card", "Blaue Karte EU", "EU Blue Card", "§ 18g AufenthG"),
    (
        "temporary_protection_24",
        "Vorübergehender Schutz (§ 24 AufenthG)",
        "Temporary protection (section 24)",
        "§ 24 AufenthG, v. a. Geflüchtete aus der Ukraine",
    ),
    ("fictional_certificate", "Fiktionsbescheinigung", "Fictional certificate", "§ 81 AufenthG"),
    (
        "toleration",
        "Duldung",
        "Toleration (Duldung)",
        "§ 60a AufenthG; keine MBE-Zielgruppe, wird aber dokumentiert",
    ),
    (
        "asylum_seeker",
        "Aufenthaltsgestattung",
        "Asylum seeker (residence permission)",
        "§ 55 AsylG",
    ),
    (
        "german_citizen",
        "Deutsche Staatsangehörigkeit",
        "German citizen",
        "Spätaussiedler:innen (§ 9 BVFG) oder eingebürgert",
    ),
    ("unknown", "unbekannt", "unknown"),
)

FIELDS_OF_ACTION = _cat(
    "fields_of_action",
    ("language_course", "Sprache und Integrationskurs", "Language and integration course"),
    ("work_employment", "Arbeit und Beruf", "Work and employment"),
    ("recognition", "Anerkennung von Abschlüssen", "Recognition of qualifications"),
    ("education_training", "Bildung und Ausbildung", "Education and training"),
    ("residence_law", "Aufenthaltsrecht", "Residence law"),
    ("housing", "Wohnen", "Housing"),
    ("health", "Gesundheit", "Health"),
    ("family_children", "Familie, Kinder, Schule und Kita", "Family, children, school, childcare"),
    ("finances_debts", "Finanzen und Schulden", "Finances and debts"),
    ("benefits", "Sozialleistungen und Existenzsicherung", "Social benefits and livelihood"),
    ("social_integration", "Soziale Teilhabe und Ehrenamt", "Social participation, volunteering"),
    ("citizenship", "Einbürgerung", "Naturalisation"),
    ("psychosocial", "Psychosoziale Situation", "Psychosocial matters"),
    ("other", "Sonstiges", "Other"),
)

CLOSURE_TYPES = _cat(
    "closure_types",
    (
        "regular_closing_conversation",
        "regulär mit Abschlussgespräch",
        "regular, with closing conversation",
    ),
    (
        "resolved_without_conversation",
        "Anliegen erledigt, ohne Abschlussgespräch",
        "resolved without closing conversation",
    ),
    ("ended_by_client", "durch Ratsuchende beendet", "ended by the client"),
    ("contact_lost", "Kontaktabbruch", "contact lost"),
    ("moved_away", "Wegzug", "moved away"),
    ("handed_over", "an andere Stelle übergeben", "handed over to another service"),
    ("other", "sonstiger Abschluss", "other"),
)

# Closure types the MBE statistics count as regular (about 76 % of closed CM cases in 2023).
REGULAR_CLOSURES = frozenset({"regular_closing_conversation", "resolved_without_conversation"})

CONTACT_FORMS = _cat(
    "contact_forms",
    ("office", "persönlich in der Beratungsstelle", "in person at the office"),
    ("outreach", "Außensprechstunde", "outreach consultation"),
    ("phone", "Telefon", "phone"),
    ("video", "Video", "video call"),
    ("online_chat", "Online/Chat/Messenger", "online chat / messenger"),
    ("email_letter", "E-Mail/Brief", "e-mail / letter"),
    ("home_visit", "Hausbesuch", "home visit"),
    ("accompaniment", "Begleitung", "accompaniment"),
)

PARTNER_CATEGORIES = _cat(
    "partner_categories",
    ("jobcenter", "Jobcenter", "Jobcenter"),
    ("employment_agency", "Agentur für Arbeit", "Employment agency"),
    ("immigration_office", "Ausländerbehörde", "Immigration office"),
    ("naturalisation_office", "Einbürgerungsbehörde", "Naturalisation office"),
    ("integration_course_provider", "Integrationskursträger", "Integration course provider"),
    ("language_course_provider", "Sprachkursträger (sonstige)", "Other language course provider"),
    (
        "recognition_counselling",
        "Anerkennungsberatung (IQ, Anerkennungsstellen)",
        "Recognition counselling",
    ),
    ("youth_migration_service", "Jugendmigrationsdienst", "Youth migration service"),
    ("debt_counselling", "Schuldnerberatung", "Debt counselling"),
    ("housing_emergency", "Wohnungsnotfallhilfe", "Housing emergency services"),
    (
        "health_psychosocial",
        "Gesundheit und psychosoziale Zentren",
        "Health and psychosocial services",
    ),
    ("family_youth_services", "Familie und Jugend (Jugendamt)", "Family and youth services"),
    ("school_vocational_school", "Schule und Berufsschule", "School and vocational school"),
    ("employer", "Arbeitgeber", "Employer"),
    ("chamber", "Kammer (IHK, HWK u. a.)", "Chamber (trade, crafts, …)"),
    ("volunteers_associations", "Ehrenamt und Vereine", "Volunteers and associations"),
    ("migrant_organisation", "Migrantenorganisation", "Migrant organisation"),
    ("other_counselling", "andere Beratungsdienste", "Other counselling services"),
    ("other", "Sonstige", "Other"),
)

CEFR_LEVELS = _cat(
    "cefr_levels",
    ("none", "keine Deutschkenntnisse (unter A1)", "none (below A1)"),
    ("a1", "A1", "A1"),
    ("a2", "A2", "A2"),
    ("b1", "B1", "B1"),
    ("b2", "B2", "B2"),
    ("c1", "C1", "C1"),
    ("c2", "C2", "C2"),
    ("unknown", "unbekannt", "unknown"),
)

_CEFR_RANKS = {"none": 0, "a1": 1, "a2": 2, "b1": 3, "b2": 4, "c1": 5, "c2": 6}


def cefr_rank(code: str) -> int | None:
    """Order of a German level for intake-vs-closure comparisons; None if unknown."""
    return _CEFR_RANKS.get(code)


HOW_FOUND = _cat(
    "how_found",
    ("friends_relatives", "Freunde/Verwandte", "friends or relatives"),
    ("immigration_office", "Ausländerbehörde", "immigration office"),
    ("jobcenter", "Jobcenter", "Jobcenter"),
    ("integration_course", "Integrationskurs", "integration course"),
    ("bamf_navi", "BAMF-Navi", "BAMF-Navi"),
    ("mbeon", "mbeon (Online-Beratung)", "mbeon (online counselling)"),
    ("other_service", "andere Beratungsstelle/Behörde", "other service or authority"),
    ("other", "sonstiger Weg", "other"),
)

BENEFITS = _cat(
    "benefits",
    ("sgb2", "Bürgergeld/Grundsicherung (SGB II)", "Basic income support (SGB II)"),
    ("sgb12", "Sozialhilfe (SGB XII)", "Social assistance (SGB XII)"),
    ("asylblg", "Asylbewerberleistungen (AsylbLG)", "Asylum seekers' benefits (AsylbLG)"),
    ("none", "keine", "none"),
    ("unknown", "unbekannt", "unknown"),
)

EMPLOYMENT_STATUSES = _cat(
    "employment_statuses",
    ("employed", "sozialversicherungspflichtig beschäftigt", "employed"),
    ("self_employed", "selbstständig", "self-employed"),
    ("marginal", "geringfügig beschäftigt (Minijob)", "marginal employment (mini-job)"),
    ("training", "in Ausbildung", "in vocational training"),
    ("unemployed", "arbeitsuchend/arbeitslos", "unemployed, seeking work"),
    ("not_seeking", "nicht arbeitsuchend (z. B. Care-Arbeit)", "not seeking work (e.g. care work)"),
    ("student", "Schule/Studium", "in school or university"),
    ("retired", "in Rente", "retired"),
    ("unknown", "unbekannt", "unknown"),
)

EDUCATION_LEVELS = _cat(
    "education_levels",
    ("none", "ohne Schulabschluss", "no school qualification"),
    ("primary", "Grundschule/Primarbildung", "primary education"),
    ("secondary", "Sekundarschulabschluss", "secondary education"),
    ("vocational", "Berufsausbildung", "vocational qualification"),
    ("university", "Hochschulabschluss", "university degree"),
    ("unknown", "unbekannt", "unknown"),
)

COURSE_RIGHTS = _cat(
    "course_rights",
    ("entitled", "berechtigt", "entitled"),
    ("obliged", "verpflichtet", "obliged"),
    ("admitted", "zugelassen (auf Antrag)", "admitted on application"),
    ("none", "kein Zugang", "no access"),
    ("unknown", "unbekannt", "unknown"),
)

COURSE_STATUSES = _cat(
    "course_statuses",
    ("not_started", "noch nicht begonnen", "not started"),
    ("waiting", "auf Warteliste", "waiting for a place"),
    ("attending", "nimmt teil", "attending"),
    ("completed", "abgeschlossen", "completed"),
    ("dropped", "abgebrochen", "dropped out"),
    ("not_applicable", "entfällt", "not applicable"),
)

RECOGNITION_STATUSES = _cat(
    "recognition_statuses",
    ("not_applicable", "entfällt", "not applicable"),
    ("not_started", "noch nicht beantragt", "not applied for"),
    ("in_progress", "Verfahren läuft", "in progress"),
    ("full", "voll anerkannt", "fully recognised"),
    ("partial", "teilweise anerkannt", "partly recognised"),
    ("rejected", "abgelehnt", "rejected"),
)

LIVING_SITUATIONS = _cat(
    "living_situations",
    ("own_flat", "eigene Wohnung", "own flat"),
    ("shared_flat", "Wohngemeinschaft", "shared flat"),
    ("with_family", "bei Familie/Bekannten", "with family or friends"),
    ("shared_accommodation", "Gemeinschaftsunterkunft", "shared accommodation"),
    ("homeless_risk", "wohnungslos oder davon bedroht", "homeless or at risk"),
    ("other", "sonstige", "other"),
    ("unknown", "unbekannt", "unknown"),
)

GOAL_ATTAINMENTS = _cat(
    "goal_attainments",
    ("open", "offen", "open"),
    ("achieved", "erreicht", "achieved"),
    ("partly", "teilweise erreicht", "partly achieved"),
    ("not_achieved", "nicht erreicht", "not achieved"),
    ("dropped", "verworfen", "dropped"),
)

STEP_STATUSES = _cat(
    "step_statuses",
    ("open", "offen", "open"),
    ("done", "erledigt", "done"),
    ("dropped", "entfallen", "dropped"),
)

STEP_ACTORS = _cat(
    "step_actors",
    ("client", "Ratsuchende/r", "client"),
    ("counsellor", "Berater/in", "counsellor"),
    ("partner", "Netzwerkpartner", "partner"),
)

REFERRAL_STATUSES = _cat(
    "referral_statuses",
    ("draft", "Entwurf", "draft"),
    ("sent", "weitergeleitet", "sent"),
    ("feedback_received", "Rückmeldung erhalten", "feedback received"),
    ("appointment_made", "Termin vereinbart", "appointment made"),
    ("closed", "abgeschlossen", "closed"),
    ("no_response", "keine Rückmeldung", "no response"),
)

FOLLOWUP_SOURCES = _cat(
    "followup_sources",
    ("manual", "manuell", "manual"),
    ("residence_expiry", "Aufenthaltstitel läuft ab", "residence title expires"),
    ("step_due", "Schritt fällig", "step due"),
    ("agreement_review", "Überprüfung der Kooperationsvereinbarung", "goal agreement review"),
    ("cm_no_contact", "Case Management ohne Kontakt", "case management without contact"),
    ("referral_feedback", "Rückmeldung zur Weiterleitung", "referral feedback"),
)

CONSENT_KINDS = _cat(
    "consent_kinds",
    ("gdpr_processing", "Einwilligung in die Datenverarbeitung", "Consent to data processing"),
    ("confidentiality_release", "Schweigepflichtentbindung", "Release from confidentiality"),
)

DATA_PROTECTION_LAWS = _cat(
    "data_protection_laws",
    ("gdpr_bdsg", "DSGVO mit BDSG", "GDPR with BDSG"),
    ("dsg_ekd", "DSG-EKD (Diakonie)", "DSG-EKD (Protestant church law)"),
    ("kdg", "KDG (Caritas)", "KDG (Catholic church law)"),
)

ALL_CATALOGUES: dict[str, Catalogue] = {
    catalogue.name: catalogue
    for catalogue in (
        GENDERS,
        CASE_FORMS,
        CASE_STATUSES,
        RESIDENCE_STATUSES,
        FIELDS_OF_ACTION,
        CLOSURE_TYPES,
        CONTACT_FORMS,
        PARTNER_CATEGORIES,
        CEFR_LEVELS,
        HOW_FOUND,
        BENEFITS,
        EMPLOYMENT_STATUSES,
        EDUCATION_LEVELS,
        COURSE_RIGHTS,
        COURSE_STATUSES,
        RECOGNITION_STATUSES,
        LIVING_SITUATIONS,
        GOAL_ATTAINMENTS,
        STEP_STATUSES,
        STEP_ACTORS,
        REFERRAL_STATUSES,
        FOLLOWUP_SOURCES,
        CONSENT_KINDS,
        DATA_PROTECTION_LAWS,
    )
}
