"""Migration 0005: statistics-only rows written before it keep ``quarters = NULL`` and count for
quarters as before (one client each, contacts missing); years and half-years stay exact."""

from __future__ import annotations

import json
from datetime import date

from alembic import command
from alembic.script import ScriptDirectory

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.domain.periods import parse_period
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.statistics import StatisticsService
from mbe_desktop.storage import migrate
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

BEFORE = "0004_contact_version"
OLD_ROW = {
    "schema": 1,
    "case_management": False,
    "closure_type": "contact_lost",
    "family_members": 0,
    "fields_of_action": ["housing"],
    "age_group": "27_to_44",
    "gender": "female",
    "nationality_region": "asia",
    "residence_status": "settlement_permit",
    "arrival_group": "under_1",
    "how_found": "jobcenter",
    "intake": {},
    "closure": {},
    "client_periods": ["2024", "2024-H1"],
    "contacts": {"2024": {"office": 3}, "2024-H1": {"office": 2}},
    "contacts_with_interpreter": {},
    "referrals": {},
    "goals": {},
}


def test_one_head_and_it_is_the_quarters_migration() -> None:
    heads = ScriptDirectory.from_config(migrate._config()).get_heads()
    assert len(heads) == 1
    revisions = {
        script.revision: script.down_revision
        for script in ScriptDirectory.from_config(migrate._config()).walk_revisions()
    }
    assert revisions["0005_retained_quarters"] == BEFORE


def test_rows_from_before_keep_null_quarters_and_count_as_before(store_paths: DataPaths) -> None:
    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    )
    engine = created.services.store.engine
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
        connection.commit()
        with connection.begin():
            command.downgrade(migrate._config(connection), BEFORE)
    with engine.begin() as connection:  # as a deletion before the update wrote it
        connection.exec_driver_sql(
            "INSERT INTO retained_case_statistic (opened_on, closed_on, categories) "
            "VALUES ('2024-02-01', '2024-09-01', ?)",
            (json.dumps(OLD_ROW),),
        )
    created.services.close()

    services = unlock_store(store_paths, TEST_PASSPHRASE)  # migrates to head
    try:
        assert migrate.current_revision(services.store.engine) == migrate.head_revision()
        with services.store.engine.connect() as connection:
            stored = connection.exec_driver_sql(
                "SELECT quarters FROM retained_case_statistic"
            ).all()
        assert stored == [(None,)]
        stats = StatisticsService(services.store, today=lambda: date(2026, 1, 1))
        year = stats.figures(parse_period("2024"))
        assert year.table("overview").value("clients") == 1
        assert year.table("contacts_by_form").get("office") == 3
        assert not year.retained_partial
        quarter = stats.figures(parse_period("2024-Q2"))
        assert quarter.table("overview").value("clients") == 1  # one client per row, as before
        assert quarter.retained_partial  # its contacts are unknown for a quarter
    finally:
        services.close()
