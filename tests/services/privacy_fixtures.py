"""A client with everything linked (cases, contacts, goals, referrals, documents …) for the
retention and access-request tests: written through the client service and the ORM."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from datetime import date, datetime, time

from mbe_desktop.app import Services
from mbe_desktop.services.clients import ClientInput
from mbe_desktop.storage.models import (
    AgreementVersion,
    Case,
    CaseFieldOfAction,
    CaseFormChange,
    CaseStatusChange,
    Consent,
    Contact,
    ContactFieldOfAction,
    FollowUp,
    Goal,
    Partner,
    Referral,
    Step,
    StoredDocument,
)


@dataclass(frozen=True)
class Canary:
    id: int
    number: str
    texts: tuple[str, ...]  # everything distinctive written for this client
    consent_id: int  # the confidentiality release
    partner_id: int


def partner(services: Services, name: str = "Jobcenter Musterstadt") -> int:
    with services.store.session() as session:
        row = Partner(name=name, category="jobcenter", city="Musterstadt")
        session.add(row)
        session.flush()
        return row.id


def add_client(
    services: Services,
    family: str,
    given: str,
    *,
    latin_name: str = "",
    tag: str = "",
    opened: date = date(2021, 2, 10),
    closed: date | None = date(2022, 3, 15),
    first_contact: date = date(2021, 2, 1),
    partner_id: int | None = None,
    cases: int = 1,
) -> Canary:
    """A client with ``cases`` cases (the last one closed on ``closed``, or open)."""
    detail = services.clients.create(
        ClientInput(
            family_name=family,
            given_names=given,
            name_latin=latin_name,
            gender="female",
            birth_date=date(1984, 5, 17),
            nationalities=("UA", "TR"),
            languages=("uk", "ru"),
            arrival_date=date(2020, 8, 1),
            residence_status="temporary_protection_24",
            german_level="a2",
            employment_status="unemployed",
            benefits="sgb2",
            phone="0151 23456789",
            street=f"Musterweg {tag or 1}",
            postcode="99999",
            city="Musterstadt",
            how_found="jobcenter",
            first_contact_date=first_contact,
            consent_given_on=first_contact,
            consent_scope=f"Beratung und Dokumentation {tag}",
        )
    )
    note = f"Gesprächsnotiz {tag} über {family}"
    texts = [family, given, note, f"Ziel {tag}", f"Schritt {tag}", f"Wiedervorlage {tag}"]
    if latin_name:
        texts.append(latin_name)
    pid = partner_id if partner_id is not None else partner(services)
    content = f"%PDF-1.4 {tag} {family}".encode()
    with services.store.session() as session:
        document = StoredDocument(
            client_id=detail.id,
            kind="letter",
            title="Schreiben an den Jobcenter",
            content=content,
            sha256=hashlib.sha256(content).hexdigest(),  # as the store keeps it (backups check)
            size=len(content),
        )
        session.add(document)
        release = Consent(
            client_id=detail.id,
            kind="confidentiality_release",
            scope=f"Schweigepflichtentbindung {tag}",
            partner_id=pid,
            partner_category="jobcenter",
            purpose="Unterstützung bei der Arbeitssuche",
            data_categories=json.dumps(["family_name", "phone"]),
            given_on=opened,
        )
        session.add(release)
        session.flush()
        for index in range(cases):
            last = index == cases - 1
            start = opened.replace(year=opened.year - (cases - 1 - index))
            end = closed if last else start.replace(month=12, day=1)
            case = Case(
                client_id=detail.id,
                opened_on=start,
                form="case_management",
                status="closed" if end else "open",
                family_members=2,
                closed_on=end,
                closure_type="regular_closing_conversation" if end else None,
                closure_german_level="b1" if end else None,
                closure_employment_status="employed" if end else None,
            )
            session.add(case)
            session.flush()
            session.add(CaseFieldOfAction(case_id=case.id, field="work_employment"))
            session.add(CaseFormChange(case_id=case.id, changed_on=start, form="counselling"))
            session.add(CaseFormChange(case_id=case.id, changed_on=start, form="case_management"))
            session.add(CaseStatusChange(case_id=case.id, changed_on=start, status="open"))
            if end:
                session.add(
                    CaseStatusChange(
                        case_id=case.id,
                        changed_on=end,
                        status="closed",
                        closure_type="regular_closing_conversation",
                    )
                )
            contact = Contact(
                case_id=case.id,
                occurred_at=datetime.combine(start, time(10, 30)),
                duration_minutes=45,
                form="office",
                interpreter_used=True,
                interpreter_language="uk",
                note=note,
                next_steps=f"Nächster Schritt {tag}",
            )
            session.add(contact)
            session.flush()
            session.add(ContactFieldOfAction(contact_id=contact.id, field="work_employment"))
            goal = Goal(
                case_id=case.id,
                field="work_employment",
                text=f"Ziel {tag}: eine Arbeitsstelle finden",
                indicator="Arbeitsvertrag",
                attainment="achieved",
                created_on=start,
            )
            session.add(goal)
            session.flush()
            session.add(Step(goal_id=goal.id, text=f"Schritt {tag}: Lebenslauf", partner_id=pid))
            session.add(
                AgreementVersion(
                    case_id=case.id,
                    number=1,
                    created_on=start,
                    signed_on=start,
                    snapshot=json.dumps({"goals": [f"Ziel {tag}"]}),
                )
            )
            session.add(
                Referral(
                    case_id=case.id,
                    partner_id=pid,
                    partner_category="jobcenter",
                    purpose="Unterstützung bei der Arbeitssuche",
                    data_shared=json.dumps(["family_name", "phone"]),
                    consent_id=release.id,
                    status="sent",
                    sent_on=start,
                    created_at=datetime.combine(start, time(11)),
                )
            )
            session.add(
                FollowUp(
                    client_id=detail.id,
                    case_id=case.id,
                    due_on=start,
                    reason=f"Wiedervorlage {tag}",
                    done_on=start,
                )
            )
        consent_id = release.id
    return Canary(detail.id, detail.number, tuple(texts), consent_id, pid)
