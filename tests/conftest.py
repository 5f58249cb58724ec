"""Shared fixtures: real SQLCipher stores in tmp_path with a cheap key derivation."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep the developer's own configuration (provider presets, QSettings such as the UI language)
# out of the tests, and the tests' settings out of it.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mbe-test-config-")
os.environ["XDG_CONFIG_DIRS"] = os.environ["XDG_CONFIG_HOME"] + "/system"

from mbe_desktop.app import Services, create_store
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.store import Store


def _seed_statistics_keys() -> None:
    """Record keys and correction salts from a seeded generator: the statistics export's
    noise is then the same on every run (the app itself uses the OS's CSPRNG). Stores that
    module fixtures build draw from it in test order."""
    import random

    from mbe_desktop.domain import disclosure

    disclosure.randomness = random.Random(20261208)


_seed_statistics_keys()


@pytest.fixture(autouse=True)
def seeded_statistics_keys(request: pytest.FixtureRequest) -> None:
    """Each test starts from its own seed (by its id), whatever ran before it."""
    import zlib

    from mbe_desktop.domain import disclosure

    disclosure.randomness.seed(zlib.crc32(request.node.nodeid.encode()))


@pytest.fixture
def nobody() -> object:
    """The unprivileged user 'nobody', for checks that root's rights would bypass (read-only
    files and folders); skipped where the tests do not run as root or there is no such user."""
    import pwd

    if os.geteuid() != 0:
        pytest.skip("needs root to run as the unprivileged user 'nobody'")
    try:
        return pwd.getpwnam("nobody")
    except KeyError:
        pytest.skip("no user 'nobody' on this machine")


TEST_PASSPHRASE = "Kiefernzapfen-Regenschirm-42"
TEST_OFFICE = OfficeProfile(
    counsellor_name="Test Beraterin",
    office_name="MBE Teststadt",
    street="Testweg 1",
    postcode="99998",
    city="Teststadt",
    provider="Test-Träger e. V.",
)


@pytest.fixture
def store_paths(tmp_path: Path) -> DataPaths:
    return data_paths(tmp_path / "store")


@pytest.fixture
def new_store(store_paths: DataPaths) -> Iterator[tuple[Services, str]]:
    """A fresh, open store and its recovery code; closed after the test."""
    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    )
    yield created.services, created.recovery_code
    created.services.close()


@pytest.fixture
def services(new_store: tuple[Services, str]) -> Services:
    return new_store[0]


BIG_STORE_CLIENTS = 50_000
BIG_STORE_TODAY = date(2026, 6, 15)


@pytest.fixture(scope="session")
def big_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    """50,000 demo clients, built once per session (about 45 s) for the slow list tests."""
    paths = data_paths(tmp_path_factory.mktemp("clients50k"))
    office = OfficeProfile(counsellor_name="Demo", office_name="MBE Demo")
    store = Store.create(paths, "Demo-Passphrase-für-Tests", office, "RECOVERY", kdf=FAST_TEST_KDF)
    generate_demo(store, clients=BIG_STORE_CLIENTS, seed=11, today=BIG_STORE_TODAY)
    yield store
    store.close()
