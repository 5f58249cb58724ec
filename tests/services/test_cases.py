"""The case service on real stores: cases, contacts, goal agreement versions, closure, dormant
cases, step templates — every rule refused with a reason and nothing stored."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from client_fixtures import add, fixed_today
from pypdf import PdfReader
from sqlalchemy import func, select

from mbe_desktop.app import Services
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.services.cases import (
    CASE_CONFLICT,
    CONTACT_CONFLICT,
    CONTACT_DELETE_CONFLICT,
    CaseDetail,
    CaseInput,
    CaseService,
    ClosureInput,
    ContactInput,
    GoalInput,
    Plan,
    PlanInput,
    StepInput,
    StepTemplateInput,
    TemplateStep,
)
from mbe_desktop.storage.models import (
    AuditEvent,
    Contact,
    OutreachLocation,
    PlanEvent,
    Step,
    StepTemplate,
)

TODAY = date(2026, 6, 15)
NOW = datetime(2026, 6, 15, 10, 30)


@pytest.fixture
def cases(services: Services) -> CaseService:
    return CaseService(services.store, today=lambda: TODAY, now=lambda: NOW)


@pytest.fixture
def client_id(services: Services) -> int:
    return add(fixed_today(services), "Kowalczyk", "Agnieszka").id


def open_cm(cases: CaseService, client_id: int, **values: Any) -> CaseDetail:
    values.setdefault("opened_on", date(2026, 3, 2))
    values.setdefault("form", "case_management")
    values.setdefault("fields", ("recognition", "housing"))
    return cases.open_case(client_id, CaseInput(**values))


def contact(**values: Any) -> ContactInput:
    values.setdefault("occurred_at", datetime(2026, 4, 1, 9, 0))
    values.setdefault("fields", ("recognition",))
    values.setdefault("note", "Unterlagen besprochen.")
    return ContactInput(**values)


def two_goals() -> PlanInput:
    return PlanInput(
        goals=(
            GoalInput(
                None,
                "recognition",
                "Der Abschluss als Pflegefachkraft ist anerkannt.",
                "Bescheid liegt vor",
                date(2026, 12, 31),
                (
                    StepInput(None, "Unterlagen zusammenstellen", "client", None, TODAY),
                    StepInput(None, "Antrag stellen", "counsellor", None, date(2026, 7, 15)),
                ),
            ),
            GoalInput(
                None,
                "language_course",
                "Integrationskurs beginnt.",
                steps=(StepInput(None, "Anmeldung beim Kursträger", "client", None, TODAY),),
            ),
        ),
        review_on=date(2026, 9, 1),
    )


def rows(services: Services, model: type, **where: Any) -> int:
    with services.store.read_session() as session:
        statement = select(func.count()).select_from(model)
        for name, value in where.items():
            statement = statement.where(getattr(model, name) == value)
        return int(session.scalar(statement) or 0)


# --- cases -----------------------------------------------------------------------------------


def test_open_case_records_form_status_and_fields(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id, family_members=2)
    assert case.status == "open"
    assert case.fields == ("recognition", "housing")
    assert case.form_changes == ((date(2026, 3, 2), "case_management"),)
    assert case.status_changes == ((date(2026, 3, 2), "open", None),)
    assert case.family_members == 2
    assert cases.current_case(client_id) == case
    assert [summary.id for summary in cases.cases_of(client_id)] == [case.id]


def test_only_one_open_case(cases: CaseService, client_id: int) -> None:
    open_cm(cases, client_id)
    with pytest.raises(UserError, match="schon einen offenen Beratungsfall"):
        open_cm(cases, client_id, opened_on=date(2026, 5, 1))
    assert len(cases.cases_of(client_id)) == 1


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"opened_on": None}, "Eröffnet am"),
        ({"opened_on": date(2026, 6, 16)}, "Zukunft"),
        ({"opened_on": date(1999, 1, 1)}, "vor 2005"),
        ({"form": "therapy"}, "unbekannter Wert"),
        ({"fields": ("astrology",)}, "Handlungsfeld"),
        ({"family_members": -1}, "Familienangehörige"),
    ],
)
def test_bad_case_input_is_refused(
    cases: CaseService, client_id: int, values: dict[str, Any], message: str
) -> None:
    with pytest.raises(ValidationError, match=message):
        open_cm(cases, client_id, **values)
    assert cases.cases_of(client_id) == []


def test_form_switch_is_recorded_with_its_date(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id, form="counselling")
    switched = cases.update_case(
        case.id,
        CaseInput(case.opened_on, "case_management", case.fields),
        case.version,
        form_changed_on=date(2026, 4, 10),
    )
    assert switched.form == "case_management"
    assert switched.form_changes[-1] == (date(2026, 4, 10), "case_management")
    assert switched.version > case.version
    with pytest.raises(ValidationError, match="vor der Eröffnung"):
        cases.update_case(
            case.id,
            CaseInput(case.opened_on, "counselling", case.fields),
            switched.version,
            form_changed_on=date(2026, 1, 1),
        )


def test_opening_date_cannot_move_after_the_first_contact(
    cases: CaseService, client_id: int
) -> None:
    case = open_cm(cases, client_id)
    cases.add_contact(case.id, contact())
    with pytest.raises(ValidationError, match=r"erste Kontakt war am 01\.04\.2026"):
        cases.update_case(
            case.id, CaseInput(date(2026, 4, 5), case.form, case.fields), case.version
        )
    moved = cases.update_case(
        case.id, CaseInput(date(2026, 2, 1), case.form, case.fields), case.version
    )
    assert moved.opened_on == date(2026, 2, 1)
    assert moved.form_changes[0][0] == date(2026, 2, 1)


def test_concurrent_edit_fails_instead_of_overwriting(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    cases.update_case(case.id, CaseInput(case.opened_on, case.form, ("housing",)), case.version)
    with pytest.raises(UserError) as raised:
        cases.update_case(case.id, CaseInput(case.opened_on, case.form, ("health",)), case.version)
    assert raised.value.message == CASE_CONFLICT
    assert cases.get(case.id).fields == ("housing",)


def test_pause_and_resume(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    paused = cases.set_paused(case.id, True, case.version, on=date(2026, 5, 1))
    assert paused.status == "paused"
    assert cases.current_case(client_id) is not None  # a paused case is still the current one
    resumed = cases.set_paused(case.id, False, paused.version)
    assert resumed.status == "open"
    assert [status for _on, status, _type in resumed.status_changes] == ["open", "paused", "open"]


# --- contacts --------------------------------------------------------------------------------


def test_contact_round_trip(cases: CaseService, client_id: int, services: Services) -> None:
    case = open_cm(cases, client_id)
    with services.store.session() as session:
        location = OutreachLocation(name="Rathaus Musterdorf")
        session.add(location)
        session.flush()
        location_id = location.id
    saved = cases.add_contact(
        case.id,
        contact(
            form="outreach",
            outreach_location_id=location_id,
            duration_minutes=45,
            interpreter_used=True,
            interpreter_language="UK",
            fields=("housing", "recognition"),
            note="  Wohnungssuche besprochen.\r\nTermin beim Amt.  ",
            next_steps="Mietbescheinigung mitbringen",
        ),
    )
    assert saved.interpreter_language == "uk"
    assert saved.fields == ("recognition", "housing")  # catalogue order
    assert saved.note == "Wohnungssuche besprochen.\nTermin beim Amt."
    assert saved.outreach_location_id == location_id
    assert cases.contacts(case.id) == [saved]
    changed = cases.update_contact(
        saved.id, contact(form="phone", outreach_location_id=location_id), saved.version
    )
    assert changed.form == "phone" and changed.outreach_location_id is None
    detail = cases.get(case.id)
    assert detail.contact_count == 1 and detail.last_contact_on == date(2026, 4, 1)
    cases.delete_contact(saved.id, changed.version)
    assert cases.contacts(case.id) == []


def test_stale_contact_edit_and_delete_fail_instead_of_overwriting(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    seen = cases.add_contact(case.id, contact(note="Erste Fassung."))
    assert seen.version == 1
    # A second window saves its edit first.
    newer = cases.update_contact(seen.id, contact(note="Zweite Fassung."), seen.version)
    assert newer.version == seen.version + 1
    events = rows(services, AuditEvent)

    with pytest.raises(UserError) as refused:
        cases.update_contact(seen.id, contact(note="Veraltete Fassung."), seen.version)
    assert refused.value.message == CONTACT_CONFLICT
    with pytest.raises(UserError) as refused:
        cases.delete_contact(seen.id, seen.version)
    assert refused.value.message == CONTACT_DELETE_CONFLICT
    assert cases.contacts(case.id) == [newer]
    assert rows(services, AuditEvent) == events

    # Only the fields of action changed: the version still goes up.
    fields_only = cases.update_contact(
        seen.id, contact(note="Zweite Fassung.", fields=("housing",)), newer.version
    )
    assert fields_only.fields == ("housing",) and fields_only.version == newer.version + 1
    with pytest.raises(UserError, match="an anderer Stelle"):
        cases.delete_contact(seen.id, newer.version)
    # Saving unchanged input changes nothing, not even the version.
    same = cases.update_contact(
        seen.id, contact(note="Zweite Fassung.", fields=("housing",)), fields_only.version
    )
    assert same.version == fields_only.version
    cases.delete_contact(seen.id, same.version)
    assert cases.contacts(case.id) == []
    with pytest.raises(UserError, match="gibt es nicht mehr"):
        cases.update_contact(seen.id, contact(), same.version)


def test_contacts_stored_before_the_version_column_start_at_one(
    cases: CaseService, client_id: int, services: Services
) -> None:
    from alembic import command

    from mbe_desktop.storage import migrate

    case = open_cm(cases, client_id)
    saved = cases.add_contact(case.id, contact())
    engine = services.store.engine
    with engine.begin() as connection:
        command.downgrade(migrate._config(connection), "0003_plan_events")
    with engine.connect() as connection:
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(contact)")}
    assert "version" not in columns and "note" in columns
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "head")
    (stored,) = cases.contacts(case.id)
    assert stored == saved and stored.version == 1
    assert cases.update_contact(saved.id, contact(note="Neu."), 1).version == 2


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"occurred_at": NOW + timedelta(hours=1)}, "in der Zukunft"),
        ({"occurred_at": datetime(2026, 3, 1, 9)}, "vor der Eröffnung"),
        ({"occurred_at": None}, "Datum und Uhrzeit"),
        ({"duration_minutes": 800}, "Dauer"),
        ({"form": "telepathy"}, "unbekannter Wert"),
        ({"note": "x" * 20_001}, "zu lang"),
        ({"interpreter_used": True, "interpreter_language": "xx-klingon"}, "Sprache"),
    ],
)
def test_bad_contacts_are_refused(
    cases: CaseService, client_id: int, services: Services, values: dict[str, Any], message: str
) -> None:
    case = open_cm(cases, client_id)
    with pytest.raises(ValidationError, match=message):
        cases.add_contact(case.id, contact(**values))
    assert rows(services, Contact) == 0


def test_contact_a_few_minutes_ahead_is_accepted(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    saved = cases.add_contact(case.id, contact(occurred_at=NOW + timedelta(minutes=3)))
    assert saved.occurred_at == datetime(2026, 6, 15, 10, 33)


def test_no_contacts_on_a_closed_case(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id, form="counselling")
    closed = cases.close_case(
        case.id, ClosureInput(TODAY, "resolved_without_conversation"), case.version
    )
    with pytest.raises(UserError, match="abgeschlossen"):
        cases.add_contact(closed.id, contact())


# --- the goal agreement ----------------------------------------------------------------------


def test_plan_with_goals_steps_and_open_fields(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    plan = cases.save_plan(case.id, two_goals(), case.version)
    assert [goal.text for goal in plan.goals] == [
        "Der Abschluss als Pflegefachkraft ist anerkannt.",
        "Integrationskurs beginnt.",
    ]
    assert [len(goal.steps) for goal in plan.goals] == [2, 1]
    assert plan.fields_without_goal == ("housing",)  # chosen for the case, no goal yet
    assert plan.review_on == date(2026, 9, 1)
    assert [(v.number, v.signed_on) for v in plan.versions] == [(1, None)]
    assert plan.case_version > case.version


def test_goal_without_text_is_refused(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    empty = PlanInput((GoalInput(None, "housing", "   \n "),))
    with pytest.raises(ValidationError, match="Ziel 1: Ziel") as raised:
        cases.save_plan(case.id, empty, case.version)
    assert raised.value.field == "goal:1:text"
    assert cases.plan(case.id).goals == ()


def test_step_due_before_the_agreement_is_refused(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    plan = cases.save_plan(case.id, two_goals(), case.version)  # version 1 begins today
    goal = plan.goals[0].as_input()
    early = StepInput(None, "Zu früh", "client", None, TODAY - timedelta(days=1))
    bad = PlanInput((goal.__class__(**{**goal.__dict__, "steps": (early,)}),))
    with pytest.raises(ValidationError, match="Frist liegt vor dem Beginn der Vereinbarung"):
        cases.save_plan(case.id, bad, plan.case_version)
    assert len(cases.plan(case.id).goals[0].steps) == 2


def sign(cases: CaseService, case_id: int) -> Plan:
    plan = cases.plan(case_id)
    return cases.sign(case_id, TODAY, plan.case_version)


def test_signing_freezes_and_a_change_starts_a_new_version(
    cases: CaseService, client_id: int
) -> None:
    case = open_cm(cases, client_id)
    cases.save_plan(case.id, two_goals(), case.version)
    signed = sign(cases, case.id)
    assert signed.signed and signed.current is not None
    assert signed.current.signed_on == TODAY
    with pytest.raises(UserError, match="bereits unterschrieben"):
        cases.sign(case.id, TODAY, signed.case_version)

    # progress is not a change of the agreement: no new version
    goals = [goal.as_input() for goal in signed.goals]
    first_step = goals[0].steps[0]
    done = first_step.__class__(**{**first_step.__dict__, "status": "done"})
    goals[0] = goals[0].__class__(**{**goals[0].__dict__, "steps": (done, *goals[0].steps[1:])})
    progressed = cases.save_plan(
        case.id, PlanInput(tuple(goals), signed.review_on), signed.case_version
    )
    assert len(progressed.versions) == 1
    assert progressed.goals[0].steps[0].done_on == TODAY

    # a changed goal text is: version 2, while version 1 stays readable as signed
    goals[1] = goals[1].__class__(**{**goals[1].__dict__, "text": "B1-Prüfung bestanden."})
    changed = cases.save_plan(
        case.id, PlanInput(tuple(goals), signed.review_on), progressed.case_version
    )
    assert [(v.number, v.signed_on) for v in changed.versions] == [(1, TODAY), (2, None)]
    frozen = cases.signed_version(case.id, 1)
    assert frozen.goals[1].text == "Integrationskurs beginnt."
    assert changed.goals[1].text == "B1-Prüfung bestanden."


def test_signing_without_goals_is_refused(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    with pytest.raises(ValidationError, match="ohne Ziele"):
        cases.sign(case.id, TODAY, case.version)


def test_add_step_appends_to_the_goal(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    plan = cases.save_plan(case.id, two_goals(), case.version)
    goal_id = plan.goals[1].id
    after = cases.add_step(
        goal_id, StepInput(None, "Kursträger anrufen", "counsellor", None, TODAY), plan.case_version
    )
    assert [step.text for step in after.goals[1].steps][-1] == "Kursträger anrufen"


def test_plan_conflict_between_two_windows(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id)
    plan = cases.save_plan(case.id, two_goals(), case.version)
    window_a = [goal.as_input() for goal in plan.goals]
    cases.save_plan(case.id, PlanInput(tuple(window_a[:1])), plan.case_version)  # window B
    with pytest.raises(UserError) as raised:
        cases.save_plan(case.id, PlanInput(tuple(window_a)), plan.case_version)
    assert raised.value.message == CASE_CONFLICT
    assert len(cases.plan(case.id).goals) == 1


def test_plan_events_feed_the_timeline(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    cases.save_plan(case.id, two_goals(), case.version)
    sign(cases, case.id)
    with services.store.read_session() as session:
        kinds = [event.kind for event in session.scalars(select(PlanEvent).order_by(PlanEvent.id))]
    assert kinds.count("goal_added") == 2
    assert kinds.count("step_added") == 3
    assert kinds[-1] == "version_signed"


def test_agreement_pdf_names_both_people_and_goals(cases: CaseService, services: Services) -> None:
    client = add(fixed_today(services), "Коваленко", "Олена", name_latin="Kovalenko Olena")
    case = open_cm(cases, client.id)
    cases.save_plan(case.id, two_goals(), case.version)
    text = "".join(page.extract_text() for page in pdf_pages(cases.agreement_pdf(case.id)))
    assert "Коваленко" in text and "Олена" in text
    assert "Test Beraterin" in text
    assert "Der Abschluss als Pflegefachkraft ist anerkannt." in text


def pdf_pages(data: bytes) -> list[Any]:
    import io

    assert data.startswith(b"%PDF")
    return list(PdfReader(io.BytesIO(data)).pages)


# --- closure ---------------------------------------------------------------------------------


def test_closure_needs_attainments_and_resolved_steps(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    plan = cases.save_plan(case.id, two_goals(), case.version)
    first, second = (goal.id for goal in plan.goals)
    closing = ClosureInput(TODAY, "regular_closing_conversation", {first: "achieved"})
    with pytest.raises(ValidationError, match="Integrationskurs beginnt"):
        cases.close_case(case.id, closing, plan.case_version)
    both = ClosureInput(
        TODAY, "regular_closing_conversation", {first: "achieved", second: "partly"}
    )
    with pytest.raises(ValidationError, match="Noch 3 offene Schritte"):
        cases.close_case(case.id, both, plan.case_version)
    assert cases.get(case.id).status == "open"
    assert cases.plan(case.id).goals[0].attainment == "open"  # the refused attempt wrote nothing

    closed = cases.close_case(
        case.id,
        ClosureInput(
            TODAY,
            "regular_closing_conversation",
            {first: "achieved", second: "partly"},
            drop_open_steps=True,
            german_level="b1",
            employment_status="employed",
        ),
        plan.case_version,
    )
    assert closed.status == "closed" and closed.closed_on == TODAY
    assert closed.closure_german_level == "b1"
    assert closed.closure_employment_status == "employed"
    assert rows(services, Step, status="dropped") == 3
    assert [goal.attainment for goal in cases.plan(case.id).goals] == ["achieved", "partly"]
    assert not cases.plan(case.id).editable


@pytest.mark.parametrize(
    ("closed_on", "message"),
    [
        (date(2026, 3, 1), "vor der Eröffnung"),
        (date(2026, 3, 20), r"vor dem letzten Kontakt am 01\.04\.2026"),
        (date(2026, 6, 16), "Zukunft"),
    ],
)
def test_closure_dates_in_order(
    cases: CaseService, client_id: int, closed_on: date, message: str
) -> None:
    case = open_cm(cases, client_id, form="counselling")
    cases.add_contact(case.id, contact())
    with pytest.raises(ValidationError, match=message):
        cases.close_case(case.id, ClosureInput(closed_on, "moved_away"), case.version)
    assert cases.get(case.id).status == "open"


def test_reopen_is_recorded_and_refused_while_another_case_is_open(
    cases: CaseService, client_id: int
) -> None:
    case = open_cm(cases, client_id, form="counselling")
    closed = cases.close_case(case.id, ClosureInput(date(2026, 4, 1), "moved_away"), case.version)
    other = open_cm(cases, client_id, opened_on=date(2026, 5, 1))
    with pytest.raises(UserError, match="schon einen offenen"):
        cases.reopen_case(case.id, closed.version)
    cases.close_case(other.id, ClosureInput(TODAY, "moved_away"), other.version)
    reopened = cases.reopen_case(case.id, closed.version)
    assert reopened.status == "open" and reopened.closed_on is None
    assert [s for _on, s, _t in reopened.status_changes] == ["open", "closed", "open"]
    assert reopened.status_changes[1][2] == "moved_away"  # the closure stays in the history


def test_new_case_cannot_open_before_the_last_closure(cases: CaseService, client_id: int) -> None:
    case = open_cm(cases, client_id, form="counselling")
    cases.close_case(case.id, ClosureInput(date(2026, 5, 1), "moved_away"), case.version)
    with pytest.raises(ValidationError, match="Abschluss des letzten Falls"):
        open_cm(cases, client_id, opened_on=date(2026, 4, 1))


# --- dormant cases ---------------------------------------------------------------------------


def test_dormant_cases_are_listed_and_closed_together(
    cases: CaseService, services: Services
) -> None:
    clients = fixed_today(services)
    quiet = open_cm(cases, add(clients, "Nowak", "Jan").id, opened_on=date(2025, 6, 1))
    cases.add_contact(quiet.id, contact(occurred_at=datetime(2025, 11, 3, 10)))
    never = open_cm(cases, add(clients, "Popescu", "Ana").id, opened_on=date(2025, 9, 1))
    active = open_cm(cases, add(clients, "Yılmaz", "Emre").id, opened_on=date(2025, 6, 1))
    cases.add_contact(active.id, contact(occurred_at=datetime(2026, 5, 1, 10)))
    plan = cases.save_plan(quiet.id, two_goals_from(TODAY), cases.get(quiet.id).version)
    assert plan.goals

    dormant = cases.dormant_cases(6)
    assert [(d.case_id, d.last_contact_on) for d in dormant] == [
        (never.id, None),
        (quiet.id, date(2025, 11, 3)),
    ]
    assert dormant[1].client_name == "Nowak, Jan"
    assert cases.dormant_cases(9) == [d for d in dormant if d.case_id == never.id]

    assert cases.close_dormant([quiet.id, never.id, quiet.id]) == 2
    closed = cases.get(quiet.id)
    assert (closed.status, closed.closure_type, closed.closed_on) == (
        "closed",
        "contact_lost",
        TODAY,
    )
    assert {goal.attainment for goal in cases.plan(quiet.id).goals} == {"not_achieved"}
    assert all(
        step.status == "dropped" for goal in cases.plan(quiet.id).goals for step in goal.steps
    )
    assert cases.get(active.id).status == "open"
    assert cases.dormant_cases(6) == []
    with pytest.raises(ValidationError, match="1 bis 120"):
        cases.dormant_cases(0)


def two_goals_from(start: date) -> PlanInput:
    plan = two_goals()
    return PlanInput(
        tuple(
            GoalInput(
                None,
                goal.field,
                goal.text,
                steps=tuple(
                    StepInput(None, step.text, step.actor, None, start) for step in goal.steps
                ),
            )
            for goal in plan.goals
        )
    )


# --- step templates --------------------------------------------------------------------------


def test_default_templates_exist_and_fill_steps(cases: CaseService) -> None:
    templates = cases.step_templates("recognition")
    assert templates and templates[0].name == "Anerkennung eines Berufsabschlusses"
    steps = cases.steps_from_template(templates[0].id, date(2026, 7, 1))
    assert steps[0].id is None and steps[0].due_on == date(2026, 7, 1)
    assert steps[1].due_on == date(2026, 7, 15)


def test_templates_are_editable(cases: CaseService, services: Services) -> None:
    before = rows(services, StepTemplate)
    saved = cases.save_step_template(
        StepTemplateInput(
            None, "housing", "Wohnungssuche", (TemplateStep("WBS beantragen", "client", 0),)
        )
    )
    assert rows(services, StepTemplate) == before + 1
    renamed = cases.save_step_template(
        StepTemplateInput(saved.id, "housing", "Wohnung finden", saved.steps)
    )
    assert renamed.name == "Wohnung finden"
    with pytest.raises(ValidationError, match="mindestens einen Schritt"):
        cases.save_step_template(StepTemplateInput(saved.id, "housing", "Leer", ()))
    with pytest.raises(ValidationError, match="Tage nach Beginn"):
        cases.save_step_template(
            StepTemplateInput(None, "housing", "X", (TemplateStep("Y", "client", -3),))
        )
    cases.delete_step_template(saved.id)
    assert rows(services, StepTemplate) == before
    with pytest.raises(UserError, match="Schrittvorlage gibt es nicht mehr"):
        cases.delete_step_template(saved.id)


def test_audit_holds_ids_and_field_names_only(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    cases.add_contact(case.id, contact(note="Sehr persönliche Notiz über Gesundheit"))
    with services.store.read_session() as session:
        events = list(session.scalars(select(AuditEvent)))
    dumped = json.dumps([(e.action, e.entity, e.entity_id, e.fields) for e in events])
    assert "persönliche" not in dumped
    assert ("create", "contact") in {(e.action, e.entity) for e in events}


def test_timeline_shows_contacts_versions_goal_and_step_changes_and_closure(
    cases: CaseService, client_id: int, services: Services
) -> None:
    case = open_cm(cases, client_id)
    cases.add_contact(case.id, contact())
    plan = cases.save_plan(case.id, two_goals(), case.version)
    plan = cases.sign(case.id, TODAY, plan.case_version)
    goals = [goal.as_input() for goal in plan.goals]
    done = replace(goals[0].steps[0], status="done")
    goals[0] = replace(goals[0], steps=(done, *goals[0].steps[1:]), text="Anerkennung erreicht.")
    plan = cases.save_plan(case.id, PlanInput(tuple(goals), plan.review_on), plan.case_version)
    cases.close_case(
        case.id,
        ClosureInput(
            TODAY,
            "regular_closing_conversation",
            {goal.id: "achieved" for goal in plan.goals},
            drop_open_steps=True,
        ),
        plan.case_version,
    )
    timeline = services.history.timeline(client_id)
    kinds = {entry.kind for entry in timeline}
    assert {"case_opened", "contact", "goal", "step", "agreement", "case_closed"} <= kinds
    titles = [entry.title for entry in timeline]
    assert "Kooperationsvereinbarung unterschrieben – Fassung 1" in titles
    assert "Ziel geändert" in titles
    assert "Schritt erledigt – Anerkennung von Abschlüssen" in titles
    assert titles[0] == "Beratungsfall abgeschlossen"  # newest first
    assert [entry.kind for entry in timeline if entry.on >= date(2026, 3, 2)][-1] == "case_opened"
