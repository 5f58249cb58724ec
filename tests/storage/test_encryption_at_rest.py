"""Nothing personal reaches the disk unencrypted: database, WAL, key slots, temp files, logs."""

from __future__ import annotations

import logging
import os
import sqlite3
import subprocess
import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

from conftest import TEST_PASSPHRASE
from mbe_desktop.app import Services, unlock_store
from mbe_desktop.paths import DataPaths
from mbe_desktop.runtime import setup_logging
from mbe_desktop.storage.models import Case, Client, Contact

CANARIES = [
    "Zyxquorbelt",  # Latin
    "Щукоморенко",  # Cyrillic
    "قنبروطي",  # Arabic
    "Nguyễn Thị Canarỹ",  # Vietnamese
    "Ölçeklişahin",  # Turkish
    "Residenzkanarie-Duldung",  # a status-like note
]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_holding_canaries(folder: Path) -> list[str]:
    hits = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        data = path.read_bytes()
        for canary in CANARIES:
            if any(pattern in data for pattern in encodings(canary)):
                hits.append(f"{path.name}: {canary}")
    return hits


def write_canaries(services: Services, number: str = "2026-0001") -> None:
    with services.store.session() as session:
        client = Client(
            number=number,
            family_name=CANARIES[0],
            given_names=CANARIES[1],
            name_latin=CANARIES[3],
            street=CANARIES[2],
            qualification=CANARIES[4],
            residence_legal_basis=CANARIES[5],
            first_contact_date=date(2026, 1, 5),
        )
        session.add(client)
        session.flush()
        case = Case(client_id=client.id, opened_on=date(2026, 1, 5))
        session.add(case)
        session.flush()
        session.add(
            Contact(
                case_id=case.id,
                occurred_at=client.created_at,
                note=" ".join(CANARIES),
            )
        )


def test_probe_finds_canaries_in_a_plain_control_database(tmp_path: Path) -> None:
    control = tmp_path / "control.db"
    connection = sqlite3.connect(control)
    connection.execute("CREATE TABLE t (name TEXT)")
    connection.executemany("INSERT INTO t VALUES (?)", [(c,) for c in CANARIES])
    connection.commit()
    connection.close()
    assert len(files_holding_canaries(tmp_path)) == len(CANARIES)


def test_no_canary_in_any_file_during_and_after_transactions(services: Services) -> None:
    root = services.paths.root
    write_canaries(services)
    # Committed but still in the WAL:
    assert any(p.name.endswith("-wal") for p in root.iterdir())
    assert files_holding_canaries(root) == []
    # During an open write transaction:
    with services.store.session() as session:
        session.add(
            Client(number="2026-0002", family_name=CANARIES[2], first_contact_date=date.today())
        )
        session.flush()
        assert files_holding_canaries(root) == []
    services.close()
    assert files_holding_canaries(root) == []


def test_every_connection_is_hardened(services: Services) -> None:
    engine = services.store.engine
    connections = [engine.connect() for _ in range(3)]  # several pooled connections at once
    try:
        for connection in connections:

            def pragma(name: str, connection=connection) -> object:
                return connection.exec_driver_sql(f"PRAGMA {name}").scalar()

            assert pragma("temp_store") == 2
            assert pragma("synchronous") == 2
            assert pragma("foreign_keys") == 1
            assert pragma("secure_delete") == 1
            assert pragma("journal_mode") == "wal"
            assert pragma("cipher_version")
    finally:
        for connection in connections:
            connection.close()


def test_large_sort_writes_no_temp_files(store_paths: DataPaths, tmp_path: Path) -> None:
    """SQLITE_TMPDIR is read once per process, so the sort runs in a child process."""
    from conftest import TEST_OFFICE
    from mbe_desktop.app import create_store
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF

    create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()
    temp_dir = tmp_path / "sqlite-temp"
    temp_dir.mkdir()
    script = textwrap.dedent(
        f"""
        from mbe_desktop.app import unlock_store
        from mbe_desktop.paths import data_paths
        services = unlock_store(data_paths({str(store_paths.root)!r}), {TEST_PASSPHRASE!r})
        with services.store.engine.begin() as c:
            c.exec_driver_sql("PRAGMA cache_size = 10")
            c.exec_driver_sql(
                "CREATE TEMP TABLE big AS WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                "SELECT i + 1 FROM n WHERE i < 200000) "
                "SELECT i, 'Zyxquorbelt' || (i * 7919 % 200000) AS name FROM n")
            rows = c.exec_driver_sql("SELECT name FROM big ORDER BY name DESC").fetchall()
            c.exec_driver_sql("CREATE INDEX temp.ix_big ON big(name)")
            assert len(rows) == 200000
        services.close()
        """
    )
    env = {"SQLITE_TMPDIR": str(temp_dir), "TMPDIR": str(temp_dir), "PATH": "/usr/bin:/bin"}
    if "PYTHONPATH" in os.environ:  # the child runs the sources under test, as the parent does
        env["PYTHONPATH"] = os.environ["PYTHONPATH"]
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert list(temp_dir.iterdir()) == []


def test_logs_hold_no_personal_data_even_after_a_failing_query(services: Services) -> None:
    setup_logging(services.paths)
    write_canaries(services)
    with pytest.raises(Exception) as caught, services.store.session() as session:
        # A unique-constraint violation with personal data in the parameters.
        session.add(
            Client(number="2026-0001", family_name=CANARIES[1], first_contact_date=date.today())
        )
    logging.getLogger("mbe_desktop.test").error("forced failure", exc_info=caught.value)
    for handler in logging.getLogger().handlers:
        handler.flush()
    assert not any(canary in str(caught.value) for canary in CANARIES)
    services.close()
    unlock_store(services.paths, TEST_PASSPHRASE).close()
    assert files_holding_canaries(services.paths.root) == []
    log_text = (services.paths.log_dir / "mbe-desktop.log").read_text()
    assert "store unlocked" in log_text  # the log is really written


def test_demo_names_never_reach_the_disk_in_clear(store_paths: DataPaths) -> None:
    """The demo generator's own names, in several scripts, searched in every file's raw bytes."""
    from sqlalchemy import select

    from mbe_desktop.domain.office import OfficeProfile
    from mbe_desktop.services.demo import generate_demo
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF
    from mbe_desktop.storage.store import Store

    store = Store.create(
        store_paths,
        TEST_PASSPHRASE,
        OfficeProfile(counsellor_name="Demo", office_name="Demo"),
        "RECOVERY",
        kdf=FAST_TEST_KDF,
        demo_passphrase=TEST_PASSPHRASE,
    )
    generate_demo(store, clients=60, seed=3)
    with store.session() as session:
        rows = session.execute(select(Client.family_name, Client.given_names)).all()
    names = {name for row in rows for name in row if len(name) >= 5}
    scripts = {
        "arabic": [n for n in names if any("\u0600" <= ch <= "\u06ff" for ch in n)],
        "cyrillic": [n for n in names if any("\u0400" <= ch <= "\u04ff" for ch in n)],
        "latin": [n for n in names if n.isascii()],
        "diacritics": [n for n in names if not n.isascii() and any(ch.isascii() for ch in n)],
    }
    assert all(scripts.values()), {k: len(v) for k, v in scripts.items()}
    probes = [name for group in scripts.values() for name in group[:5]]

    def leaks() -> list[str]:
        found = []
        for path in store_paths.root.rglob("*"):
            if path.is_file():
                data = path.read_bytes()
                found += [f"{path.name}" for n in probes if any(e in data for e in encodings(n))]
        return found

    assert any(p.name.endswith("-wal") for p in store_paths.root.iterdir())
    assert leaks() == []  # while open, with recent commits in the WAL
    store.close()
    assert leaks() == []
