"""Leftovers of killed runs go at the next start; every folder the app makes is 0700, every
file 0600."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, unlock_store
from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

KILLED_BACKUP = textwrap.dedent(
    """
    import os, sys
    from mbe_desktop.app import unlock_store
    from mbe_desktop.paths import data_paths

    services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
    def die(done, total):
        if done:
            os._exit(9)      # killed in the middle of the copy
        return True
    services.backup.backup_to(services.backup.folder(), die)
    """
)


def closed_store(paths: DataPaths, clients: int = 0) -> None:
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    if clients:
        from mbe_desktop.services.demo import generate_demo

        generate_demo(services.store, clients=clients, seed=3)
    services.close()


def test_a_killed_backup_leaves_a_work_folder_the_next_start_removes(
    store_paths: DataPaths,
) -> None:
    closed_store(store_paths, clients=150)  # more than one copy step (1024 pages)
    for _run in range(3):
        result = subprocess.run(
            [sys.executable, "-c", KILLED_BACKUP, str(store_paths.root), TEST_PASSPHRASE],
            capture_output=True,
            timeout=120,
        )
        assert result.returncode == 9, result.stderr
    backups = store_paths.root / "backups"
    left = [path for path in backups.iterdir() if path.name.startswith(".mbe-backup-")]
    assert len(left) == 1  # each start removed the folder of the run killed before it
    unlock_store(store_paths, TEST_PASSPHRASE).close()
    assert not any(path.name.startswith(".mbe-backup-") for path in backups.iterdir())
    assert not list(backups.glob("*.mbebackup"))


def test_temp_files_and_restore_folders_of_dead_runs_go_live_ones_stay(
    store_paths: DataPaths,
) -> None:
    closed_store(store_paths)
    root = store_paths.root
    (root / ".tmp-k3y5").write_bytes(b"half a key file")
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead_dir = root / f".mbe-restore-{int(dead.stdout)}-abc"
    dead_dir.mkdir()
    (dead_dir / "store.db").write_bytes(b"\0" * 4096)
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        live_dir = root / f".mbe-restore-{sleeper.pid}-def"
        live_dir.mkdir()
        fresh_unnamed = root / ".mbe-restore-ghi"
        fresh_unnamed.mkdir()
        old_unnamed = root / ".mbe-restore-jkl"
        old_unnamed.mkdir()
        an_hour_ago = time.time() - 3600
        os.utime(old_unnamed, (an_hour_ago, an_hour_ago))

        unlock_store(store_paths, TEST_PASSPHRASE).close()

        assert not (root / ".tmp-k3y5").exists()
        assert not dead_dir.exists() and not old_unnamed.exists()
        assert live_dir.exists() and fresh_unnamed.exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_every_folder_is_0700_and_every_file_0600(tmp_path: Path) -> None:
    store = tmp_path / "store"
    out = tmp_path / "neu" / "sicherungen"
    env = {**os.environ, "MBE_PASSPHRASE": TEST_PASSPHRASE}
    for args in (
        ["demo", "--clients", "3", "--insecure-fast-kdf"],
        ["backup"],
        ["backup", "--out", str(out)],
        ["check"],
    ):
        subprocess.run(
            [sys.executable, "-m", "mbe_desktop", args[0], "--data-dir", str(store), *args[1:]],
            check=True,
            capture_output=True,
            env=env,
            timeout=120,
        )
    made = [store, *store.rglob("*"), tmp_path / "neu", out, *out.rglob("*")]
    assert any(path.suffix == ".mbebackup" for path in made)
    for path in made:
        mode = stat.S_IMODE(path.stat().st_mode)
        assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
