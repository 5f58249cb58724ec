"""Odd files where the store keeps its own: a folder or an unreadable file as the key file, a
deeply nested restore journal, a lock file with an impossible process id — a German message
or a quiet fallback, never a crash."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mbe_desktop.cli import _store_in_use
from mbe_desktop.domain.errors import StoreDamaged
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.backup import RESTORE_JOURNAL, finish_interrupted_restore
from mbe_desktop.storage.keyslots import KeySlotFile


def test_a_folder_as_the_key_file_is_named_damaged(tmp_path: Path) -> None:
    folder = tmp_path / "store.keys"
    folder.mkdir()
    with pytest.raises(StoreDamaged, match="lässt sich nicht lesen"):
        KeySlotFile.load(folder)


def test_a_deeply_nested_restore_journal_is_left_alone(tmp_path: Path) -> None:
    paths = data_paths(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    journal = paths.root / RESTORE_JOURNAL
    journal.write_text("[" * 100_000 + "]" * 100_000)
    before = journal.read_bytes()
    assert finish_interrupted_restore(paths) is False
    assert journal.read_bytes() == before


@pytest.mark.parametrize("pid", ["99999999999999999999999", "-1", "0"])
def test_a_lock_file_with_an_impossible_process_id(tmp_path: Path, pid: str) -> None:
    from mbe_desktop.cli import GUI_LOCK_FILE

    paths = data_paths(tmp_path)
    paths.root.mkdir(parents=True, exist_ok=True)
    (paths.root / GUI_LOCK_FILE).write_text(f"{pid}\nmbe-desktop\n")
    assert _store_in_use(paths) is False
    assert os.getpid() > 0
