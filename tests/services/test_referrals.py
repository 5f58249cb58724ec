"""Referrals: the consent check, missing placeholders, templates, the stored letter and the
record of the disclosure, status changes, releases."""

from __future__ import annotations

import hashlib
import io
import json
import re
import unicodedata
from datetime import date, timedelta

import pypdf
import pytest
from privacy_fixtures import Canary, add_client
from sqlalchemy import select

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.letters import default_template
from mbe_desktop.domain.partners import PartnerInput
from mbe_desktop.services.referrals import ReferralDraft, ReferralService, ReleaseInput
from mbe_desktop.storage.models import AuditEvent, Case, Referral, StoredDocument

TODAY = date(2026, 1, 15)
PURPOSE = "Unterstützung bei der Arbeitssuche"  # the release of privacy_fixtures.add_client


def service(services: Services, today: date = TODAY) -> ReferralService:
    return ReferralService(services.store, today=lambda: today)


def open_case(services: Services, client_id: int) -> int:
    with services.store.read_session() as session:
        return session.execute(
            select(Case.id).where(Case.client_id == client_id, Case.status == "open")
        ).scalar_one()


def client(
    services: Services, family: str = "Kowalska", given: str = "Anna", **kw: object
) -> Canary:
    return add_client(services, family, given, tag="r", closed=None, **kw)  # type: ignore[arg-type]


def draft(services: Services, canary: Canary, **changes: object) -> ReferralDraft:
    template = default_template("jobcenter")
    values: dict[str, object] = {
        "client_id": canary.id,
        "case_id": open_case(services, canary.id),
        "partner_id": canary.partner_id,
        "purpose": PURPOSE,
        "data": ("phone",),
        "subject": template.subject,
        "body": template.body,
    }
    values.update(changes)
    return ReferralDraft(**values)  # type: ignore[arg-type]


def other_partner(services: Services, category: str = "jobcenter") -> int:
    return services.partners.create(
        PartnerInput(name="Jobcenter Nachbarkreis", category=category, city="Nachbarstadt")
    ).id


# --- the consent check -------------------------------------------------------------------------


def test_a_matching_release_allows_the_letter(services: Services) -> None:
    canary = client(services)
    check = service(services).check(draft(services, canary))
    assert check.consent_ok and check.letter_ok
    assert check.release is not None and check.release.id == canary.consent_id


def test_no_release_for_another_partner(services: Services) -> None:
    canary = client(services)
    check = service(services).check(draft(services, canary, partner_id=other_partner(services)))
    assert not check.consent_ok
    assert "Jobcenter Nachbarkreis" in check.release_problem
    assert "Formular" in check.release_problem


def test_a_release_for_the_category_covers_every_partner_of_it(services: Services) -> None:
    canary = client(services)
    second = other_partner(services)
    referrals = service(services)
    referrals.record_release(
        ReleaseInput(canary.id, None, "jobcenter", PURPOSE, ("phone",), date(2026, 1, 10), None)
    )
    assert referrals.check(draft(services, canary, partner_id=second)).consent_ok
    other_category = other_partner(services, "employment_agency")
    assert not referrals.check(draft(services, canary, partner_id=other_category)).consent_ok


def test_another_purpose_is_not_covered(services: Services) -> None:
    canary = client(services)
    check = service(services).check(draft(services, canary, purpose="Schuldnerberatung"))
    assert not check.consent_ok
    assert f"anderen Zweck („{PURPOSE}“)" in check.release_problem


def test_an_expired_release_blocks(services: Services) -> None:
    canary = client(services)
    with services.store.session() as session:
        from mbe_desktop.storage.models import Consent

        session.get(Consent, canary.consent_id).valid_until = date(2025, 12, 31)  # type: ignore[union-attr]
    check = service(services).check(draft(services, canary))
    assert not check.consent_ok
    assert "abgelaufen am 31.12.2025" in check.release_problem


def test_a_withdrawn_release_blocks(services: Services) -> None:
    canary = client(services)
    services.privacy.withdraw_consent(canary.consent_id, date.today())
    check = service(services, date.today()).check(draft(services, canary))
    assert not check.consent_ok
    assert "widerrufen" in check.release_problem


def test_data_the_release_does_not_name_block(services: Services) -> None:
    canary = client(services)  # the release names name and phone only
    check = service(services).check(draft(services, canary, data=("phone", "birth_date")))
    assert not check.consent_ok
    assert "Geburtsdatum" in check.release_problem
    assert "Telefon" not in check.release_problem


# --- placeholders and templates ----------------------------------------------------------------


def test_missing_placeholders_are_listed_by_name(services: Services) -> None:
    canary = client(services)
    body = (
        default_template("").body + "\n\nBitte rufen Sie {Ansprechperson} an: {Telefon}, {EMail}."
    )
    check = service(services).check(draft(services, canary, body=body, data=()))
    text = "\n".join(check.missing)
    assert "{Telefon}: „Telefon“ ist nicht zur Weitergabe angehakt" in text
    assert "{EMail}" in text
    assert "{Ansprechperson}: keine Ansprechperson gewählt" in text
    assert not check.letter_ok
    with pytest.raises(ValidationError, match="Telefon"):
        service(services).preview(draft(services, canary, body=body, data=()))
    # Ticked, but empty in the record (the fixture client has no e-mail address):
    check = service(services).check(draft(services, canary, data=("email",)))
    assert any("„E-Mail“ ist angehakt, aber in der Akte nicht erfasst" in m for m in check.missing)


def test_templates_with_unknown_placeholders_are_refused(services: Services) -> None:
    referrals = service(services)
    with pytest.raises(ValidationError, match=re.escape("Unbekannter Platzhalter „{Vorname}“")):
        referrals.save_template("jobcenter", "Mein Jobcenter", "Betreff", "Hallo {Vorname}")
    with pytest.raises(ValidationError, match="ohne Gegenstück"):
        referrals.save_template("jobcenter", "Mein Jobcenter", "Betreff {Name", "Text")
    assert not referrals.template_for("jobcenter").customised
    saved = referrals.save_template("jobcenter", "Mein Jobcenter", "Zu {Zweck}", "Text für {Name}")
    assert saved.customised and referrals.template_for("jobcenter").subject == "Zu {Zweck}"
    # A category without its own template uses the general one (edited or built in).
    assert referrals.template_for("chamber").name == "Allgemeine Weiterleitung"
    referrals.save_template("", "Allgemein", "Weiterleitung", "Text für {Name}")
    assert referrals.template_for("chamber").name == "Allgemein"
    assert referrals.reset_template("jobcenter").name == "Jobcenter"


def test_default_templates_are_valid() -> None:
    from mbe_desktop.domain.letters import DEFAULT_TEMPLATES, template_problems

    for template in DEFAULT_TEMPLATES:
        assert template_problems(template.name, template.subject, template.body) == []


# --- creating and the record of the disclosure --------------------------------------------------


def test_create_stores_the_letter_and_records_the_disclosure(services: Services) -> None:
    canary = client(services, "Shevchenko", "Oleksandr")
    referrals = service(services)
    row = referrals.create(draft(services, canary))
    assert row.status == "sent" and row.sent_on == TODAY and row.feedback_on is None
    assert row.consent_id == canary.consent_id and row.consent_given_on is not None
    assert row.data_labels == ("Telefon",)
    assert row.override_reason == ""
    with services.store.read_session() as session:
        stored = session.get(Referral, row.id)
        document = session.get(StoredDocument, row.document_id)
        assert stored is not None and document is not None
        assert json.loads(stored.data_shared) == ["family_name", "given_names", "phone"]
        assert document.kind == "referral_letter" and document.case_id == row.case_id
        assert "Shevchenko" not in document.title
        assert document.sha256 == row.letter_sha256
        content = bytes(document.content)
        events = session.execute(
            select(AuditEvent.action, AuditEvent.entity, AuditEvent.fields)
        ).all()
    assert hashlib.sha256(content).hexdigest() == row.letter_sha256
    letter = referrals.letter(row.id)
    assert letter == content
    text = pypdf.PdfReader(io.BytesIO(letter)).pages[0].extract_text()
    assert "Oleksandr Shevchenko" in text and "0151 23456789" in text
    assert "Geburtsdatum" not in text  # not ticked: not passed on
    assert ("create", "referral", "partner_id,purpose,data_shared,consent_id,letter_sha256") in [
        tuple(e) for e in events
    ]
    assert all("Shevchenko" not in (e.fields or "") for e in events)
    assert referrals.referrals_of(canary.id)[0].id == row.id
    timeline = services.history.timeline(canary.id)
    assert any(e.kind == "referral" and "Jobcenter" in e.title for e in timeline)


def test_without_release_only_with_a_written_emergency_reason(services: Services) -> None:
    canary = client(services)
    partner_id = other_partner(services)
    referrals = service(services)
    with pytest.raises(ValidationError, match="keine Schweigepflichtentbindung") as caught:
        referrals.create(draft(services, canary, partner_id=partner_id))
    assert caught.value.field == "consent"
    with pytest.raises(ValidationError, match="mindestens 20 Zeichen"):
        referrals.create(draft(services, canary, partner_id=partner_id, override_reason="Eilig"))
    before = len(referrals.referrals_of(canary.id))
    reason = "Drohende Wohnungsräumung morgen früh, Klientin telefonisch nicht erreichbar."
    row = referrals.create(draft(services, canary, partner_id=partner_id, override_reason=reason))
    assert row.override_reason == reason and row.consent_id is None
    assert len(referrals.referrals_of(canary.id)) == before + 1
    with services.store.read_session() as session:
        fields = session.execute(
            select(AuditEvent.fields).where(
                AuditEvent.entity == "referral", AuditEvent.entity_id == row.id
            )
        ).scalar_one()
    assert fields.endswith("override_reason") and "Räumung" not in fields


def test_a_refused_letter_stores_nothing(services: Services) -> None:
    canary = client(services)
    referrals = service(services)
    before = len(referrals.referrals_of(canary.id))
    with pytest.raises(ValidationError):
        referrals.create(draft(services, canary, body="Hallo {Telefon}", data=()))
    assert len(referrals.referrals_of(canary.id)) == before
    with services.store.read_session() as session:
        kinds = session.execute(select(StoredDocument.kind)).scalars().all()
    assert "referral_letter" not in kinds


def test_names_the_fonts_cannot_show_are_flagged(services: Services) -> None:
    canary = client(services, "王", "小明")
    check = service(services).check(draft(services, canary))
    assert not check.letter_ok
    assert "lateinischer Schrift" in check.unprintable[0]
    with_latin = client(services, "王", "小明", latin_name="Xiaoming Wang")
    check = service(services).check(draft(services, with_latin))
    assert check.letter_ok and "Xiaoming Wang" in check.notes[0]


def test_arabic_names_are_printed_shaped(services: Services) -> None:
    canary = client(services, "الأحمد", "فاطمة", latin_name="Fatima Al-Ahmad")
    row = service(services).create(draft(services, canary))
    letter = service(services).letter(row.id)
    text = unicodedata.normalize(
        "NFKC", pypdf.PdfReader(io.BytesIO(letter)).pages[0].extract_text()
    )
    assert "Fatima Al-Ahmad" in text and "فاطمة الأحمد" in text


# --- status --------------------------------------------------------------------------------------


def test_status_changes_keep_the_follow_up_semantics(services: Services) -> None:
    canary = client(services)
    referrals = service(services)
    row = referrals.create(draft(services, canary))
    closed = referrals.set_status(row.id, "closed", TODAY)
    assert closed.status == "closed" and closed.feedback_on is None
    feedback = referrals.set_status(row.id, "feedback_received", TODAY)
    assert feedback.feedback_on == TODAY and feedback.status_label == "Rückmeldung erhalten"
    appointment = referrals.set_status(row.id, "appointment_made", TODAY)
    assert appointment.feedback_on == TODAY  # the first feedback date stays
    again = referrals.set_status(row.id, "sent", TODAY)
    assert again.feedback_on is None  # waiting for feedback again
    assert referrals.set_status(row.id, "no_response").status_label == "keine Rückmeldung"
    with pytest.raises(ValidationError, match="Zukunft"):
        referrals.set_status(row.id, "closed", TODAY + timedelta(days=1))
    with pytest.raises(ValidationError, match="vor dem Versand"):
        referrals.set_status(row.id, "closed", TODAY - timedelta(days=1))
    with pytest.raises(ValidationError, match="Liste"):
        referrals.set_status(row.id, "lost")
    with pytest.raises(UserError, match="gibt es nicht mehr"):
        referrals.set_status(999_999, "closed")


# --- releases ------------------------------------------------------------------------------------


def test_print_and_record_a_release(services: Services) -> None:
    canary = client(services)
    partner_id = other_partner(services)
    referrals = service(services)
    release = ReleaseInput(
        canary.id, partner_id, "jobcenter", PURPOSE, ("phone", "birth_date"), None, None
    )
    pdf = referrals.release_form(release)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Schweigepflichtentbindung" in text and "Jobcenter Nachbarkreis" in text
    assert "Geburtsdatum" in text and PURPOSE in text and "Kowalska" in text
    with pytest.raises(ValidationError, match="Datum der Unterschrift"):
        referrals.record_release(release)
    with pytest.raises(ValidationError, match="Zukunft"):
        referrals.record_release(
            ReleaseInput(**{**release.__dict__, "given_on": TODAY + timedelta(days=2)})
        )
    view = referrals.record_release(
        ReleaseInput(**{**release.__dict__, "given_on": TODAY, "valid_until": date(2027, 1, 14)})
    )
    assert view.partner_id == partner_id and view.valid_until == date(2027, 1, 14)
    check = referrals.check(
        draft(services, canary, partner_id=partner_id, data=("phone", "birth_date"))
    )
    assert check.consent_ok and check.release is not None and check.release.id == view.id


def test_a_referral_for_another_clients_case_is_refused(services: Services) -> None:
    first = client(services)
    second = client(services, "Nowak", "Piotr")
    with pytest.raises(UserError, match="Beratungsfall"):
        service(services).check(draft(services, first, case_id=open_case(services, second.id)))
