"""Helpers for the follow-up tests: clients with cases, steps, agreements, contacts and
referrals (rows the cases and referral services own are written through the ORM models)."""

from __future__ import annotations

from datetime import date, datetime

from client_fixtures import intake

from mbe_desktop.app import Services
from mbe_desktop.storage.models import (
    AgreementVersion,
    Case,
    Contact,
    Goal,
    Partner,
    Referral,
    Step,
)

TODAY = date(2026, 6, 17)  # a Wednesday
BIRTH = date(1979, 3, 14)


def person(
    services: Services,
    family: str,
    given: str = "",
    *,
    valid_until: date | None = None,
    case_status: str | None = "open",
    form: str = "counselling",
    opened: date = date(2026, 1, 5),
) -> tuple[int, int | None]:
    """A client (born 14.03.1979) with a case; returns (client id, case id)."""
    detail = services.clients.create(
        intake(family, given, birth_date=BIRTH, residence_valid_until=valid_until)
    )
    if case_status is None:
        return detail.id, None
    with services.store.session() as session:
        case = Case(client_id=detail.id, opened_on=opened, form=form, status=case_status)
        session.add(case)
        session.flush()
        return detail.id, case.id


def add_step(services: Services, case_id: int, due: date | None, status: str = "open") -> int:
    with services.store.session() as session:
        goal = Goal(
            case_id=case_id,
            field="work_employment",
            text="Arbeit finden",
            created_on=date(2026, 1, 5),
        )
        session.add(goal)
        session.flush()
        step = Step(goal_id=goal.id, text="Lebenslauf schreiben", due_on=due, status=status)
        session.add(step)
        session.flush()
        return step.id


def set_step(services: Services, step_id: int, **values: object) -> None:
    with services.store.session() as session:
        step = session.get(Step, step_id)
        assert step is not None
        for name, value in values.items():
            setattr(step, name, value)


def add_agreement(services: Services, case_id: int, number: int, review: date | None) -> int:
    with services.store.session() as session:
        version = AgreementVersion(
            case_id=case_id, number=number, created_on=date(2026, 1, 5), review_on=review
        )
        session.add(version)
        session.flush()
        return version.id


def add_contact(services: Services, case_id: int, at: datetime) -> int:
    with services.store.session() as session:
        contact = Contact(case_id=case_id, occurred_at=at, duration_minutes=30)
        session.add(contact)
        session.flush()
        return contact.id


def add_referral(
    services: Services,
    case_id: int,
    sent: date | None,
    status: str = "sent",
    feedback: date | None = None,
) -> int:
    with services.store.session() as session:
        partner = Partner(name="Jobcenter Teststadt", category="jobcenter")
        session.add(partner)
        session.flush()
        referral = Referral(
            case_id=case_id,
            partner_id=partner.id,
            partner_category="jobcenter",
            status=status,
            sent_on=sent,
            feedback_on=feedback,
        )
        session.add(referral)
        session.flush()
        return referral.id


def set_referral(services: Services, referral_id: int, **values: object) -> None:
    with services.store.session() as session:
        referral = session.get(Referral, referral_id)
        assert referral is not None
        for name, value in values.items():
            setattr(referral, name, value)
