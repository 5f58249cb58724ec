"""kill -9 in the middle of writes: the store opens, passes both checks, and holds every
acknowledged commit and no partial one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

from sqlalchemy import func, select

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.storage.models import Case, Client

WRITER = textwrap.dedent(
    """
    import sys
    from datetime import date
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.models import Case, Client

    services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
    start = int(sys.argv[3])
    print("ready", flush=True)
    for number in range(start, start + 100000):
        with services.store.session() as session:   # one client and its case: all or nothing
            client = Client(number=f"2026-{number:05d}", family_name="Kill",
                            first_contact_date=date.today())
            session.add(client)
            session.flush()
            session.add(Case(client_id=client.id, opened_on=date.today()))
        print(number, flush=True)
    """
)


def test_kill_minus_nine_loses_no_acknowledged_commit(store_paths: DataPaths) -> None:
    create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()
    next_number = 1
    for delay in (0.05, 0.3, 0.15, 0.5, 0.2):
        writer = subprocess.Popen(
            [
                sys.executable,
                "-c",
                WRITER,
                str(store_paths.root),
                TEST_PASSPHRASE,
                str(next_number),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(delay)
        os.kill(writer.pid, signal.SIGKILL)
        output, _ = writer.communicate()
        acknowledged = [int(line) for line in output.split()]

        services = unlock_store(store_paths, TEST_PASSPHRASE)
        try:
            assert services.store.check().ok
            with services.store.session() as session:
                clients = session.scalar(select(func.count()).select_from(Client)) or 0
                cases = session.scalar(select(func.count()).select_from(Case)) or 0
                highest = session.scalar(select(func.max(Client.number)))
        finally:
            services.close()
        assert clients == cases  # no client without its case: no partial transaction
        if acknowledged:
            assert highest is not None and int(highest.split("-")[1]) >= acknowledged[-1]
        next_number = clients + 1
    assert next_number > 1, "the writer never committed; the test proved nothing"
