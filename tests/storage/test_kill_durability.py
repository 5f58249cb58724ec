"""kill -9 in the middle of writes: the store opens, passes both checks, and holds every
acknowledged commit and no partial one."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
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


# --- many kills, fast: one server process imports once and forks a writer per kill ----------

FORK_SERVER = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from pathlib import Path
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.models import Case, Client

    root, passphrase = sys.argv[1], sys.argv[2]

    def write(ack, start):
        services = unlock_store(data_paths(root), passphrase)
        os.write(ack, b"ready\\n")
        for number in range(start, start + 1000000):
            with services.store.session() as session:
                client = Client(number=f"2026-{number:05d}", family_name="Kill",
                                first_contact_date=date.today())
                session.add(client)
                session.flush()
                session.add(Case(client_id=client.id, opened_on=date.today()))
            os.write(ack, f"{number}\\n".encode())

    def backup(ack, target):
        services = unlock_store(data_paths(root), passphrase)
        os.write(ack, b"ready\\n")
        while True:
            services.backup.backup_to(Path(target))
            os.write(ack, b"backup\\n")

    for line in sys.stdin:
        kind, arg, ack_path = line.split()
        pid = os.fork()
        if pid == 0:
            ack = os.open(ack_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            try:
                (write if kind == "write" else backup)(ack, int(arg) if kind == "write" else arg)
            finally:
                os._exit(0)
        print(pid, flush=True)
        os.waitpid(pid, 0)
        print("reaped", flush=True)
    """
)


class ForkServer:
    def __init__(self, paths: DataPaths) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", FORK_SERVER, str(paths.root), TEST_PASSPHRASE],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def run_and_kill(self, kind: str, arg: str, ack: Path, delay: float) -> list[str]:
        assert self.process.stdin is not None and self.process.stdout is not None
        self.process.stdin.write(f"{kind} {arg} {ack}\n")
        self.process.stdin.flush()
        pid = int(self.process.stdout.readline())
        deadline = time.monotonic() + 20
        while not (ack.exists() and ack.read_bytes().startswith(b"ready\n")):
            assert time.monotonic() < deadline, "the child never became ready"
            time.sleep(0.002)
        time.sleep(delay)
        os.kill(pid, signal.SIGKILL)
        assert self.process.stdout.readline().strip() == "reaped"
        return ack.read_text().split()[1:]

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait(timeout=10)


def _check_store(paths: DataPaths) -> tuple[int, int, str | None]:
    services = unlock_store(paths, TEST_PASSPHRASE)
    try:
        assert services.store.check().ok
        with services.store.session() as session:
            clients = session.scalar(select(func.count()).select_from(Client)) or 0
            cases = session.scalar(select(func.count()).select_from(Case)) or 0
            highest = session.scalar(select(func.max(Client.number)))
    finally:
        services.close()
    return clients, cases, highest


def _kill_loop(paths: DataPaths, tmp: Path, kills: int, seed: int) -> None:
    import random

    rng = random.Random(seed)
    create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()
    server = ForkServer(paths)
    try:
        next_number = 1
        for kill in range(kills):
            acknowledged = server.run_and_kill(
                "write", str(next_number), tmp / f"ack-{kill}", rng.uniform(0.0, 0.08)
            )
            clients, cases, highest = _check_store(paths)
            assert clients == cases  # no partial transaction
            if acknowledged:
                assert highest is not None
                assert int(highest.split("-")[1]) >= int(acknowledged[-1])
            next_number = clients + 1
        assert next_number > kills, "too few commits between kills; the test proved little"
    finally:
        server.close()


def test_fifty_kills_lose_no_acknowledged_commit(store_paths: DataPaths, tmp_path: Path) -> None:
    _kill_loop(store_paths, tmp_path, kills=50, seed=8)


@pytest.mark.slow
def test_three_hundred_kills(store_paths: DataPaths, tmp_path: Path) -> None:
    _kill_loop(store_paths, tmp_path, kills=300, seed=9)


def test_kill_during_backup_leaves_the_store_fine_and_no_half_backup(
    store_paths: DataPaths, tmp_path: Path
) -> None:
    import random

    from mbe_desktop.services.demo import generate_demo
    from mbe_desktop.storage.backup import check_archive

    created = create_store(
        store_paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    )
    generate_demo(created.services.store, clients=150, seed=2)
    created.services.close()
    before = _check_store(store_paths)
    target = tmp_path / "backups"
    rng = random.Random(5)
    server = ForkServer(store_paths)
    finished = 0
    try:
        for kill in range(12):
            done = server.run_and_kill(
                "backup", str(target), tmp_path / f"ack-{kill}", rng.uniform(0.0, 0.25)
            )
            finished += len(done)
            assert _check_store(store_paths) == before
    finally:
        server.close()
    finals = list(target.glob("*.mbebackup"))
    # Every acknowledged backup is there (a kill right after the rename may add one more).
    assert finished and len(finals) >= finished
    for path in finals:
        check_archive(path)  # every file with a final name is whole and verified
    assert not [p for p in target.iterdir() if p.is_file() and p.suffix != ".mbebackup"]
