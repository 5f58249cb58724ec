"""A small office with known answers for the statistics tests (built through the services)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from client_fixtures import add, fixed_today

from mbe_desktop.app import Services
from mbe_desktop.services.cases import (
    CaseInput,
    CaseService,
    ClosureInput,
    ContactInput,
    GoalInput,
    PlanInput,
)
from mbe_desktop.storage.models import OutreachLocation, Referral

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 10, 30)


@dataclass(frozen=True)
class Office:
    anna: int  # CM from May 2025, closed regularly in August 2025 with a goal achieved
    boris: int  # closed in January 2025, reopened in September 2025 (one case)
    chris: int  # CM from July 2025, open, two family members
    anna_case: int
    boris_case: int
    chris_case: int


def case_service(services: Services) -> CaseService:
    return CaseService(services.store, today=lambda: TODAY, now=lambda: NOW)


def build_office(services: Services) -> Office:
    clients = fixed_today(services)
    cases = case_service(services)
    with services.store.session() as session:
        place = OutreachLocation(name="Rathaus Beispielheim")
        session.add(place)
        session.flush()
        place_id = place.id
    anna = add(
        clients,
        "Haddad",
        "Anna",
        gender="female",
        birth_date=date(1980, 1, 1),
        nationalities=("SY",),
        arrival_date=date(2024, 6, 1),
        residence_status="residence_permit_humanitarian",
        how_found="jobcenter",
        german_level="a1",
        employment_status="unemployed",
        benefits="sgb2",
        course_status="waiting",
        first_contact_date=date(2025, 2, 3),
    ).id
    boris = add(
        clients,
        "Melnyk",
        "Boris",
        gender="male",
        birth_date=date(2001, 5, 20),
        nationalities=("UA",),
        arrival_date=date(2015, 1, 1),
        residence_status="temporary_protection_24",
        how_found="friends_relatives",
        first_contact_date=date(2024, 11, 4),
    ).id
    chris = add(
        clients,
        "Okafor",
        "Chris",
        gender="diverse",
        birth_date=None,
        birth_year=1950,
        first_contact_date=date(2025, 7, 1),
    ).id

    a = cases.open_case(anna, CaseInput(date(2025, 2, 3), "counselling", ("housing",)))
    cases.add_contact(
        a.id,
        ContactInput(datetime(2025, 3, 1, 10), form="office", interpreter_used=True,
                     interpreter_language="ar", fields=("housing",)),
    )  # fmt: skip
    cases.add_contact(
        a.id,
        ContactInput(datetime(2025, 6, 2, 9), form="outreach", outreach_location_id=place_id),
    )
    a = cases.update_case(
        a.id,
        CaseInput(date(2025, 2, 3), "case_management", ("housing",)),
        a.version,
        form_changed_on=date(2025, 5, 10),
    )
    plan = cases.save_plan(
        a.id, PlanInput((GoalInput(None, "housing", "Eine Wohnung ist gefunden."),)), a.version
    )
    goal_id = plan.goals[0].id
    a = cases.close_case(
        a.id,
        ClosureInput(
            date(2025, 8, 15),
            "regular_closing_conversation",
            {goal_id: "achieved"},
            german_level="b1",
            employment_status="employed",
            benefits="none",
            course_status="completed",
        ),
        plan.case_version,
    )

    b = cases.open_case(boris, CaseInput(date(2024, 11, 4), "counselling", ("work_employment",)))
    b = cases.close_case(b.id, ClosureInput(date(2025, 1, 20), "contact_lost"), b.version)
    b = cases.reopen_case(b.id, b.version, on=date(2025, 9, 1))

    c = cases.open_case(
        chris, CaseInput(date(2025, 7, 1), "case_management", ("health",), family_members=2)
    )
    with services.store.session() as session:
        session.add(
            Referral(case_id=c.id, partner_category="jobcenter", status="sent",
                     sent_on=date(2025, 7, 20), purpose="Arbeitssuche")
        )  # fmt: skip
        session.add(Referral(case_id=c.id, partner_category="jobcenter", status="draft"))
    return Office(anna, boris, chris, a.id, b.id, c.id)
