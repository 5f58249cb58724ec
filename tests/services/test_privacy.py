"""Access report (Art. 15), consents and their withdrawal, releases, the audit log service."""

from __future__ import annotations

import io
import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pypdf
import pypdfium2 as pdfium
import pytest
from privacy_fixtures import add_client

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import Services
from mbe_desktop.documents.access_report import access_report_json, access_report_pdf
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.audit_log import AuditFilter
from mbe_desktop.services.privacy import PrivacyService

FAMILY = "Шевченко"
GIVEN = "Gülşen Ayşe"
TAG = "Notiz-Kanarie-5521"
PURPOSE = "Unterstützung bei der Arbeitssuche"


@pytest.fixture
def client(services: Services):  # type: ignore[no-untyped-def]
    return add_client(services, FAMILY, GIVEN, latin_name="Shevchenko", tag=TAG, cases=2)


def pdf_text(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_access_report_pdf_and_json(services: Services, client, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    services.clients.consent_form_pdf(client.id)  # an audit event ("print") about the client
    report = services.privacy.access_report(client.id)
    pdf = access_report_pdf(report)
    text = pdf_text(pdf)
    flat = " ".join(text.split())
    for expected in (
        FAMILY,
        "Gülşen Ayşe",
        "Shevchenko",
        f"Gesprächsnotiz {TAG} über {FAMILY}",
        f"Ziel {TAG}: eine Arbeitsstelle finden",
        "Jobcenter Musterstadt",
        PURPOSE,
        "Ukraine, Türkei",
        "Ukrainisch, Russisch",
        "Vorübergehender Schutz (§ 24 AufenthG)",
        "Case Management",
        "Schweigepflichtentbindung",
        "MBE Teststadt",
        "Art. 15 der Datenschutz-Grundverordnung",
        "Seite 1 von",
        client.number,
        "gedruckt",
    ):
        assert expected in flat, expected
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    meta = reader.metadata
    assert meta is not None
    for value in (meta.title, meta.subject, meta.author):
        assert (
            value and FAMILY not in value and "Gülşen" not in value and client.number not in value
        )
    # Every font is embedded (no Helvetica).
    fonts = {
        str(font["/BaseFont"])
        for page in reader.pages
        for font in page["/Resources"]["/Font"].values()  # type: ignore[index]
    }
    assert all("Helvetica" not in font for font in fonts), fonts
    # Page 1 renders, is not blank.
    document = pdfium.PdfDocument(pdf)
    image = document[0].render(scale=1).to_pil().convert("L")
    dark = sum(image.histogram()[:128])
    assert dark > 5000
    image.save(tmp_path / "access-report-page1.png")

    data = json.loads(access_report_json(report))
    assert data["format"] == "mbe-desktop-access-report" and data["client_number"] == client.number
    master = {item["label"]: item["value"] for item in data["master_data"]}
    assert master["Familienname"] == FAMILY and master["Geburtsdatum"] == "1984-05-17"
    assert len(data["cases"]) == 2
    contact = data["cases"][1]["contacts"][0]
    assert contact["note"] == f"Gesprächsnotiz {TAG} über {FAMILY}"
    assert contact["interpreter"] == "ja (Ukrainisch)"
    assert data["cases"][0]["referrals"][0]["data_shared"] == ["Familienname", "Telefon"]
    assert [c["kind"] for c in data["consents"]] == ["gdpr_processing", "confidentiality_release"]
    assert data["documents"][0]["sha256"] and data["follow_ups"]
    actions = {(a["entity"], a["action"]) for a in data["audit"]}
    assert ("Ratsuchende/r", "angelegt") in actions and ("Ratsuchende/r", "gedruckt") in actions


def test_export_writes_two_files_named_by_number(
    services: Services, client, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    files = services.privacy.export_access_report(client.id, tmp_path)
    assert files.pdf.name == f"Auskunft-{client.number}.pdf"
    assert files.json.name == f"Auskunft-{client.number}.json"
    assert files.pdf.read_bytes().startswith(b"%PDF")
    assert (files.pdf.stat().st_mode & 0o777) == 0o600
    again = services.privacy.export_access_report(client.id, tmp_path)
    assert again.pdf.name == f"Auskunft-{client.number}-2.pdf"
    rows = services.audit_log.page(AuditFilter(action="export"))
    assert [(r.entity, r.entity_id, r.fields) for r in rows] == [
        ("client", client.id, ("access_request",))
    ] * 2
    with pytest.raises(UserError):
        services.privacy.export_access_report(client.id, tmp_path / "missing")
    with pytest.raises(UserError):
        services.privacy.access_report(999_999)


def test_withdrawal_blocks_the_release(services: Services, client) -> None:  # type: ignore[no-untyped-def]
    privacy = PrivacyService(services.store, today=lambda: date(2024, 1, 10))
    day = date(2021, 3, 1)
    release = privacy.release_for(client.id, client.partner_id, "jobcenter", PURPOSE, day)
    assert release is not None and release.id == client.consent_id
    # Another partner, another purpose, or before it was given: no release.
    assert privacy.release_for(client.id, client.partner_id + 1, "jobcenter", PURPOSE, day) is None
    assert privacy.release_for(client.id, client.partner_id, "jobcenter", "Alles", day) is None
    assert (
        privacy.release_for(client.id, client.partner_id, "jobcenter", PURPOSE, date(2019, 1, 1))
        is None
    )
    with pytest.raises(ValidationError):
        privacy.withdraw_consent(client.consent_id, date(2024, 1, 11))  # in the future
    with pytest.raises(ValidationError):
        privacy.withdraw_consent(client.consent_id, date(2018, 1, 1))  # before it was given
    view = privacy.withdraw_consent(client.consent_id, date(2023, 5, 2))
    assert view.withdrawn_on == date(2023, 5, 2)
    assert (
        privacy.release_for(client.id, client.partner_id, "jobcenter", PURPOSE, date(2023, 5, 2))
        is None
    )
    assert (
        privacy.release_for(client.id, client.partner_id, "jobcenter", PURPOSE, date(2024, 1, 10))
        is None
    )
    with pytest.raises(ValidationError):
        privacy.withdraw_consent(client.consent_id, date(2023, 6, 1))  # already withdrawn
    rows = services.audit_log.page(AuditFilter(action="withdraw"))
    assert [(r.entity, r.entity_id, r.fields) for r in rows] == [
        ("consent", client.consent_id, ("withdrawn_on",))
    ]
    # The GDPR consent: withdrawn → the record shows a banner (date), given again → none.
    assert privacy.gdpr_consent_withdrawn(client.id) is None
    gdpr = next(c for c in privacy.consents(client.id) if c.kind == "gdpr_processing")
    privacy.withdraw_consent(gdpr.id, date(2024, 1, 10))
    assert privacy.gdpr_consent_withdrawn(client.id) == date(2024, 1, 10)
    states = {c.kind: c.state_text(date(2024, 1, 10)) for c in privacy.consents(client.id)}
    assert states["gdpr_processing"] == "widerrufen am 10.01.2024"


def test_audit_log_pages_filters_and_unlocks(services: Services) -> None:
    log = services.audit_log
    now = datetime.now().replace(microsecond=0)
    failed = [now - timedelta(minutes=3), now - timedelta(minutes=2)]
    log.record_unlock(recovery_code=True, failed_at=failed)
    services.keys.change_passphrase(
        TEST_PASSPHRASE, "Wendeltreppe-Sonnenblume-Ahorn-7", "Wendeltreppe-Sonnenblume-Ahorn-7"
    )
    rows = log.page(AuditFilter())
    assert [r.action for r in rows[:4]] == [
        "passphrase_change",
        "unlock",
        "unlock_failed",
        "unlock_failed",
    ]
    assert rows[1].fields == ("recovery_code",) and rows[1].action_label == "entsperrt"
    assert [r.at for r in rows[2:4]] == sorted(failed, reverse=True)
    assert log.count(AuditFilter(action="unlock_failed")) == 2
    assert log.count(AuditFilter(date_to=now.date() - timedelta(days=1))) == 0
    assert log.count(AuditFilter(date_from=now.date())) == log.count(AuditFilter())
    assert len(log.page(AuditFilter(), offset=1, limit=2)) == 2
