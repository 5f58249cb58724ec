"""Helpers for the client service tests: valid intakes, stores with a fixed today, raw rows."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import text

from mbe_desktop.app import Services, create_store
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import data_paths
from mbe_desktop.services.clients import ClientDetail, ClientInput, ClientService
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Case, FollowUp

TODAY = date(2026, 6, 15)
PASSPHRASE = "Kiefernzapfen-Regenschirm-42"
OFFICE = OfficeProfile(
    counsellor_name="Test Beraterin",
    office_name="MBE Teststadt",
    street="Testweg 1",
    postcode="99998",
    city="Teststadt",
    provider="Test-Träger e. V.",
)


def intake(family: str, given: str = "", **values: Any) -> ClientInput:
    """A valid intake: adult, first contact in May 2025, consent given."""
    values.setdefault("birth_date", date(1980, 1, 1))
    values.setdefault("first_contact_date", date(2025, 5, 1))
    values.setdefault("consent_given_on", values["first_contact_date"])
    values.setdefault("consent_scope", "Beratung und Dokumentation in der MBE")
    return ClientInput(family_name=family, given_names=given, **values)


@contextmanager
def open_services(folder: Path) -> Iterator[tuple[Services, ClientService]]:
    """A new store and a client service whose today is ``TODAY``."""
    services = create_store(
        data_paths(folder), OFFICE, PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    try:
        yield services, ClientService(services.store, today=lambda: TODAY)
    finally:
        services.close()


def fixed_today(services: Services) -> ClientService:
    return ClientService(services.store, today=lambda: TODAY)


def add(clients: ClientService, family: str, given: str = "", **values: Any) -> ClientDetail:
    return clients.create(intake(family, given, **values))


def add_case(
    services: Services,
    client_id: int,
    *,
    opened: date,
    form: str = "counselling",
    status: str = "open",
) -> int:
    with services.store.session() as session:
        case = Case(
            client_id=client_id,
            opened_on=opened,
            form=form,
            status=status,
            closed_on=opened + timedelta(days=30) if status == "closed" else None,
        )
        session.add(case)
        session.flush()
        return case.id


def add_follow_up(
    services: Services,
    client_id: int,
    due: date,
    *,
    done: date | None = None,
    snoozed: date | None = None,
) -> int:
    with services.store.session() as session:
        follow_up = FollowUp(
            client_id=client_id, due_on=due, done_on=done, snoozed_until=snoozed, reason="R"
        )
        session.add(follow_up)
        session.flush()
        return follow_up.id


def sql(services: Services, statement: str, **params: object) -> list[tuple[Any, ...]]:
    with services.store.engine.begin() as connection:
        result = connection.execute(text(statement), params)
        return [tuple(row) for row in result] if result.returns_rows else []
