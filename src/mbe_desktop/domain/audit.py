"""The audit trail's vocabulary: action and entity codes with German labels.

An audit event (``services.audit.record``) holds an action code from :data:`AUDIT_ACTIONS`, an
entity code from :data:`AUDIT_ENTITIES`, a record id and field names — never values, names or
free text. Codes are stored, so they never change once released; new ones may be added.
"""

from __future__ import annotations

from mbe_desktop.domain.catalogues import Catalogue, Entry

AUDIT_ACTIONS = Catalogue(
    "audit_actions",
    (
        Entry("create", "angelegt", "created"),
        Entry("update", "geändert", "changed"),
        Entry("delete", "gelöscht", "deleted"),
        Entry("merge", "zusammengeführt", "merged"),
        Entry("withdraw", "Einwilligung widerrufen", "consent withdrawn"),
        Entry("export", "exportiert", "exported"),
        Entry("print", "gedruckt", "printed"),
        Entry("backup", "Datensicherung erstellt", "backup written"),
        Entry("restore", "Datensicherung wiederhergestellt", "backup restored"),
        Entry("unlock", "entsperrt", "unlocked"),
        Entry("unlock_failed", "Entsperren fehlgeschlagen", "unlock failed"),
        Entry("passphrase_change", "Passphrase geändert", "passphrase changed"),
        Entry("close", "abgeschlossen", "closed"),
        Entry("reopen", "wieder eröffnet", "reopened"),
        Entry("sign", "unterschrieben", "signed"),
    ),
)

AUDIT_ENTITIES = Catalogue(
    "audit_entities",
    (
        Entry("client", "Ratsuchende/r", "client"),
        Entry("case", "Beratungsfall", "case"),
        Entry("contact", "Kontakt", "contact"),
        Entry("goal", "Handlungsziel", "goal"),
        Entry("step", "Schritt", "step"),
        Entry("agreement", "Kooperationsvereinbarung", "goal agreement"),
        Entry("follow_up", "Wiedervorlage", "follow-up"),
        Entry("referral", "Weiterleitung", "referral"),
        Entry("consent", "Einwilligung", "consent"),
        Entry("document", "Dokument", "document"),
        Entry("partner", "Netzwerkpartner", "partner"),
        Entry("setting", "Einstellung", "setting"),
        Entry("office_profile", "Beratungsstelle", "office profile"),
        Entry("statistics", "Statistik", "statistics"),
        Entry("store", "Datenbestand", "store"),
        Entry("backup", "Datensicherung", "backup"),
    ),
)

# Field names that say *why* or *what kind* (not which value) for some actions.
AUDIT_FIELD_LABELS: dict[str, str] = {
    "access_request": "Auskunft nach Art. 15 DSGVO",
    "command_line": "über die Kommandozeile",
    "consent_form": "Einwilligungserklärung",
    "goal_agreement": "Kooperationsvereinbarung",
    "retention": "Löschfrist abgelaufen",
    "recovery_code": "mit Wiederherstellungscode",
    "withdrawn_on": "Widerrufsdatum",
}
