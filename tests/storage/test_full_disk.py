"""A full disk: a clear message, the failed change rolled back, nothing already stored lost.

Needs a tiny tmpfs; skipped where mounting is not allowed (not root, or no mount namespace).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.domain.errors import StorageFull, UserError
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Client


@pytest.fixture
def tiny_disk(tmp_path: Path) -> Iterator[Path]:
    mount_point = tmp_path / "tiny"
    mount_point.mkdir()
    if os.geteuid() != 0 or not shutil.which("mount"):
        pytest.skip("mounting a tmpfs needs root")
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", str(mount_point)],
        capture_output=True,
    )
    if result.returncode != 0:
        pytest.skip("mounting a tmpfs is not allowed here")
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False)


def test_full_disk_rolls_back_and_keeps_what_was_stored(tiny_disk: Path) -> None:
    paths = data_paths(tiny_disk / "store")
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    with services.store.session() as session:
        session.add(
            Client(number="2026-0001", family_name="Erste", first_contact_date=date.today())
        )

    with pytest.raises(UserError) as caught, services.store.session() as session:
        for number in range(2, 5000):
            session.add(
                Client(
                    number=f"2026-{number:04d}",
                    family_name="Füllung",
                    qualification="x" * 4000,
                    first_contact_date=date.today(),
                )
            )
    assert isinstance(caught.value, StorageFull)
    assert "voll" in caught.value.message
    services.close()

    reopened = unlock_store(paths, TEST_PASSPHRASE)
    try:
        with reopened.store.session() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == 1
        assert reopened.store.check().ok
    finally:
        reopened.close()


def test_page_limit_as_a_full_disk_everywhere(tmp_path: Path) -> None:
    """The same rule without root: SQLite reports SQLITE_FULL when max_page_count is reached."""
    paths = data_paths(tmp_path / "store")
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    with services.store.session() as session:
        session.add(
            Client(number="2026-0001", family_name="Erste", first_contact_date=date.today())
        )
    with pytest.raises(StorageFull, match="voll"), services.store.session() as session:
        connection = session.connection()
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar_one()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {int(pages) + 5}")
        for number in range(2, 2000):
            session.add(
                Client(
                    number=f"2026-{number:04d}",
                    family_name="Füllung",
                    qualification="x" * 4000,
                    first_contact_date=date.today(),
                )
            )
    services.close()
    reopened = unlock_store(paths, TEST_PASSPHRASE)
    try:
        with reopened.store.session() as session:
            assert session.scalar(select(func.count()).select_from(Client)) == 1
        assert reopened.store.check().ok
    finally:
        reopened.close()
