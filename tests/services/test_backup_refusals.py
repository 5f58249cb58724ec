"""Crafted and broken backup files: refused in German, the current store byte-identical.

One real store and one real backup per module; every example builds a variant of that backup
(random bytes, truncation, flipped bytes, mutated manifest or key slots, odd zip members) and
tries to restore it. Allowed outcomes: a UserError, or (for a harmless mutation) a verified,
staged restore that is discarded again. Either way every file in the data folder is unchanged.
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import tracemalloc
import warnings
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import sqlcipher3
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store, restore_backup, unlock_store
from mbe_desktop.domain.errors import UserError
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.services.backup import (
    LOCATION_FILE,
    BackupRefused,
    backup_folders,
    newest_backup,
    prepare_restore,
)
from mbe_desktop.services.demo import generate_demo
from mbe_desktop.storage import backup as files
from mbe_desktop.storage.engine import raw_key_literal
from mbe_desktop.storage.keyslots import FAST_TEST_KDF, PASSPHRASE, KeySlotFile
from mbe_desktop.storage.migrate import HEAD_REVISION

PROPERTY = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)


@dataclass(frozen=True)
class Original:
    paths: DataPaths
    backup: Path
    manifest: dict[str, Any]
    keys: bytes
    db: bytes
    db_key: bytes
    work: Path


@pytest.fixture(scope="module")
def original(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Original]:
    root = tmp_path_factory.mktemp("refusals")
    paths = data_paths(root / "store")
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    try:
        generate_demo(services.store, clients=8, seed=5)
        info = services.backup.backup_to(root / "good.mbebackup")
        db_key = services.store.verify_secret(PASSPHRASE, TEST_PASSPHRASE)
    finally:
        services.close()
    with zipfile.ZipFile(info.path) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        keys = archive.read("store.keys")
        db = archive.read("store.db")
    work = root / "variants"
    work.mkdir()
    yield Original(paths, info.path, manifest, keys, db, db_key, work)


def data_dir_hashes(paths: DataPaths) -> dict[str, str]:
    """Every file below the data folder (store, key slots, safety copies, logs) by content."""
    return {
        str(path.relative_to(paths.root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(paths.root.rglob("*"))
        if path.is_file()
    }


def archive_bytes(members: list[tuple[str, bytes, int]]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data, compression in members:
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def standard(
    original: Original,
    *,
    manifest: bytes | None = None,
    keys: bytes | None = None,
    db: bytes | None = None,
) -> bytes:
    return archive_bytes(
        [
            (
                "manifest.json",
                manifest or json.dumps(original.manifest).encode(),
                zipfile.ZIP_STORED,
            ),
            ("store.keys", original.keys if keys is None else keys, zipfile.ZIP_STORED),
            ("store.db", original.db if db is None else db, zipfile.ZIP_STORED),
        ]
    )


def attempt(
    original: Original, content: bytes, name: str = "variant.mbebackup"
) -> UserError | None:
    """Try to restore ``content``; the refusal, or None after discarding a verified staging.
    Asserts that the data folder is byte-identical afterwards and no work folder is left."""
    path = original.work / name
    path.write_bytes(content)
    before = data_dir_hashes(original.paths)
    refusal: UserError | None = None
    try:
        prepared = prepare_restore(original.paths, path, TEST_PASSPHRASE)
    except UserError as error:
        refusal = error
        text = str(error)
        assert text.strip() and "Traceback" not in text
    else:
        prepared.discard()
    assert data_dir_hashes(original.paths) == before
    assert not list(original.paths.root.glob(".mbe-*"))
    return refusal


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=12,
)
MANIFEST_KEYS = (
    "format",
    "version",
    "created_at",
    "app_version",
    "store_id",
    "schema_revision",
    "counts",
    "db_sha256",
    "db_size",
)
KEY_PATHS = (
    ("format",),
    ("version",),
    ("store_id",),
    ("slots",),
    ("slots", 0, "kdf", "time_cost"),
    ("slots", 0, "kdf", "memory_kib"),
    ("slots", 0, "kdf", "parallelism"),
    ("slots", 0, "kdf", "name"),
    ("slots", 0, "salt"),
    ("slots", 0, "nonce"),
    ("slots", 0, "ciphertext"),
    ("slots", 0, "kind"),
)


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    copy = json.loads(json.dumps(data))
    target = copy
    for part in path[:-1]:
        target = target[part]
    target[path[-1]] = value
    return copy


Recipe = tuple[str, Any]
DEEP = "[" * 5000 + "]" * 5000
recipes: st.SearchStrategy[Recipe] = st.one_of(
    st.tuples(st.just("random"), st.binary(max_size=4096)),
    st.tuples(st.just("truncated"), st.floats(min_value=0, max_value=1, exclude_max=True)),
    st.tuples(
        st.just("flipped"),
        st.tuples(st.floats(min_value=0, max_value=1, exclude_max=True), st.integers(1, 255)),
    ),
    st.tuples(
        st.just("manifest"),
        st.tuples(
            st.sampled_from(MANIFEST_KEYS),
            json_values | st.sampled_from([10**30, float("inf"), -(2**63) - 1, 2**63]),
        ),
    ),
    st.tuples(
        st.just("raw-manifest"),
        st.sampled_from([DEEP, '{"format": ' + DEEP + "}", "9" * 5000, "1e999", "[]", "null"])
        | st.text(max_size=200),
    ),
    st.tuples(
        st.just("keys"),
        st.tuples(
            st.sampled_from(KEY_PATHS),
            json_values | st.sampled_from([4 * 1024 * 1024, 10**7, 2**40, 0, -1, float("inf")]),
        ),
    ),
    st.tuples(
        st.just("zip"),
        st.tuples(
            st.lists(st.sampled_from(["manifest.json", "store.keys", "store.db", "x"]), max_size=5),
            st.sampled_from([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED]),
        ),
    ),
)


def build(original: Original, recipe: Recipe) -> bytes:
    shape, argument = recipe
    good = original.backup.read_bytes()
    if shape == "random":
        return bytes(argument)
    if shape == "truncated":
        return good[: int(argument * len(good))]
    if shape == "flipped":
        offset = int(argument[0] * len(good))
        return good[:offset] + bytes([good[offset] ^ argument[1]]) + good[offset + 1 :]
    if shape == "manifest":
        manifest = _set(original.manifest, (argument[0],), argument[1])
        return standard(original, manifest=json.dumps(manifest).encode())
    if shape == "raw-manifest":
        return standard(original, manifest=str(argument).encode("utf-8", "surrogatepass"))
    if shape == "keys":
        keys = _set(json.loads(original.keys), argument[0], argument[1])
        return standard(original, keys=json.dumps(keys).encode())
    contents = {
        "manifest.json": json.dumps(original.manifest).encode(),
        "store.keys": original.keys,
        "store.db": original.db,
        "x": b"x",
    }
    names, compression = argument
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # duplicate names are part of the test
        return archive_bytes([(name, contents[name], compression) for name in names])


@PROPERTY
@given(recipes)
@example(("raw-manifest", DEEP))  # RecursionError before
@example(("manifest", ("db_size", float("inf"))))  # OverflowError before
@example(("manifest", ("counts", {"client": 10**30})))
@example(("keys", (("slots", 0, "kdf", "memory_kib"), 4 * 1024 * 1024)))  # 15 s, 4.2 GB before
@example(("keys", (("slots", 0, "kdf", "time_cost"), 10**7)))  # 32 s before
@example(("keys", (("slots", 0, "kdf", "parallelism"), 2**40)))  # OverflowError before
@example(("keys", (("slots", 0, "nonce"), "AAAA")))  # ValueError in unwrap before
@example(("zip", (["manifest.json", "store.keys", "store.db", "store.db"], zipfile.ZIP_STORED)))
@example(("zip", (["manifest.json", "store.keys", "store.db"], zipfile.ZIP_DEFLATED)))
def test_any_variant_of_a_backup_is_refused_or_verified_and_the_store_is_untouched(
    original: Original, recipe: Recipe
) -> None:
    started = time.perf_counter()
    attempt(original, build(original, recipe))
    assert time.perf_counter() - started < 5, "no backup file buys a long key derivation"


def test_the_unchanged_backup_passes_the_same_harness(original: Original) -> None:
    """The harness can tell a good backup from a refused one."""
    assert attempt(original, original.backup.read_bytes()) is None
    assert attempt(original, standard(original)) is None


# --- the refusals the issue found ------------------------------------------------------------


def _keyed_database(path: Path, key: bytes, statements: list[str]) -> bytes:
    connection = sqlcipher3.connect(str(path), isolation_level=None)
    connection.execute(f'PRAGMA key = "{raw_key_literal(key)}"')
    for statement in statements:
        connection.execute(statement)
    connection.close()
    return path.read_bytes()


def _with_db(original: Original, db: bytes, counts: dict[str, int], revision: str | None) -> bytes:
    manifest = dict(
        original.manifest,
        counts=counts,
        db_sha256=hashlib.sha256(db).hexdigest(),
        db_size=len(db),
        schema_revision=revision,
    )
    return standard(original, manifest=json.dumps(manifest).encode(), db=db)


def test_an_empty_or_foreign_keyed_database_is_refused_before_the_swap(
    original: Original, tmp_path: Path
) -> None:
    no_schema = _keyed_database(
        tmp_path / "foreign.db", original.db_key, ["CREATE TABLE notes (id INTEGER PRIMARY KEY)"]
    )
    old_revision = _keyed_database(
        tmp_path / "old.db",
        original.db_key,
        [
            "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)",
            "INSERT INTO alembic_version VALUES ('0001_initial')",
        ],
    )
    cases = {
        "empty": _with_db(original, b"", {}, HEAD_REVISION),
        "empty-no-revision": _with_db(original, b"", {}, None),
        "no-schema": _with_db(original, no_schema, {"notes": 0}, HEAD_REVISION),
        "revision-only": _with_db(original, old_revision, {"alembic_version": 1}, "0001_initial"),
        "revision-differs": _with_db(original, old_revision, {"alembic_version": 1}, HEAD_REVISION),
    }
    for name, content in cases.items():
        refusal = attempt(original, content, f"{name}.mbebackup")
        assert isinstance(refusal, BackupRefused), name
        assert f"{name}.mbebackup" in str(refusal), str(refusal)
        assert "Schema" in str(refusal) and "nichts verändert" in str(refusal), str(refusal)
    assert not list(original.paths.safety_copies.glob("before-restore-*"))


def test_a_refused_restore_over_an_open_store_changes_no_file(
    original: Original, tmp_path: Path
) -> None:
    """The full restore (close, swap, reopen) with the empty database of the issue."""
    paths = data_paths(tmp_path / "own")
    services = create_store(
        paths, TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services
    try:
        db_key = services.store.verify_secret(PASSPHRASE, TEST_PASSPHRASE)
        slots = services.store.slots
        empty = tmp_path / "empty.mbebackup"
        manifest = dict(
            original.manifest,
            store_id=slots.store_id,
            counts={},
            db_sha256=hashlib.sha256(b"").hexdigest(),
            db_size=0,
        )
        empty.write_bytes(
            archive_bytes(
                [
                    ("manifest.json", json.dumps(manifest).encode(), zipfile.ZIP_STORED),
                    ("store.keys", slots.to_bytes(), zipfile.ZIP_STORED),
                    ("store.db", b"", zipfile.ZIP_STORED),
                ]
            )
        )
        services.store.checkpoint()
        before = data_dir_hashes(paths)
        with pytest.raises(BackupRefused, match="Schema"):
            restore_backup(services, empty, TEST_PASSPHRASE)
        assert data_dir_hashes(paths) == before
        assert not list(paths.safety_copies.iterdir())
        assert db_key == services.store.verify_secret(PASSPHRASE, TEST_PASSPHRASE)
    finally:
        services.close()
    unlock_store(paths, TEST_PASSPHRASE).close()  # the store still opens


def _inflating(original: Original, member: str, size: int, tmp_path: Path) -> Path:
    """A backup whose ``member`` inflates to ``size`` bytes (written in chunks: the test itself
    never holds it in memory)."""
    path = tmp_path / f"bomb-{member}.mbebackup"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in (
            ("manifest.json", json.dumps(original.manifest).encode()),
            ("store.keys", original.keys),
        ):
            if name != member:
                archive.writestr(name, data)
        info = zipfile.ZipInfo(member)
        info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(info, "w", force_zip64=True) as out:
            out.write(b'{"format": "mbe-desktop-backup", "x": "')
            chunk = b" " * (1 << 20)
            for _ in range(size // len(chunk)):
                out.write(chunk)
            out.write(b'"}')
        archive.writestr("store.db", original.db)
    return path


@pytest.mark.parametrize(
    ("member", "size"), [("manifest.json", 256 << 20), ("store.keys", 64 << 20)]
)
def test_members_that_inflate_are_refused_without_inflating_them(
    original: Original, tmp_path: Path, member: str, size: int
) -> None:
    path = _inflating(original, member, size, tmp_path)
    assert path.stat().st_size < size // 100
    before = data_dir_hashes(original.paths)
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(BackupRefused, match=f"{member}: „{member}“ ist größer als 64 KB"):
            files.read_backup(path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 4 << 20, peak  # nothing near the inflated size was ever held
    assert time.perf_counter() - started < 2
    with pytest.raises(BackupRefused):
        prepare_restore(original.paths, path, TEST_PASSPHRASE)
    assert data_dir_hashes(original.paths) == before


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("slots", 0, "kdf", "memory_kib"), 4 * 1024 * 1024),  # 4 GiB: 15 s and 4.2 GB before
        (("slots", 0, "kdf", "time_cost"), 10**7),  # 32 s before
        (("slots", 0, "kdf", "parallelism"), 2**40),  # OverflowError before
        (("slots", 0, "kdf", "memory_kib"), 1),  # HashingError before
        (("slots", 0, "nonce"), "AAAA"),  # ValueError in unwrap before
    ],
)
def test_absurd_key_slot_parameters_are_refused_before_any_key_derivation(
    original: Original, path: tuple[Any, ...], value: Any
) -> None:
    keys = json.dumps(_set(json.loads(original.keys), path, value)).encode()
    started = time.perf_counter()
    refusal = attempt(original, standard(original, keys=keys), "slots.mbebackup")
    assert isinstance(refusal, BackupRefused)
    assert "store.keys" in str(refusal) and "slots.mbebackup" in str(refusal), str(refusal)
    assert time.perf_counter() - started < 2


@example(b"")
@PROPERTY
@given(st.binary(max_size=512))
def test_keyslot_file_inside_a_backup_never_crashes(original: Original, keys: bytes) -> None:
    refusal = attempt(original, standard(original, keys=keys), "keys.mbebackup")
    assert isinstance(refusal, BackupRefused)


def test_a_backup_that_is_a_folder_or_has_an_odd_name_is_refused(
    original: Original, tmp_path: Path
) -> None:
    folder = tmp_path / "ordner.mbebackup"
    folder.mkdir()
    for path in (folder, tmp_path / ("x" * 300), tmp_path / "fehlt.mbebackup"):
        before = data_dir_hashes(original.paths)
        with pytest.raises(BackupRefused):
            prepare_restore(original.paths, path, TEST_PASSPHRASE)
        assert data_dir_hashes(original.paths) == before
    good = KeySlotFile.from_bytes(original.keys)
    assert good.store_id == original.manifest["store_id"]


@PROPERTY
@given(
    st.binary(max_size=300)
    | st.just(b"[" * 50_000)
    | st.just(b'{"folder": ' + b"[" * 5000 + b"}")
    | st.just(b'{"folder": 12}')
)
def test_an_odd_backup_location_pointer_falls_back_to_the_default_folder(
    tmp_path: Path, raw: bytes
) -> None:
    paths = data_paths(tmp_path / "pointer")
    paths.ensure()
    (paths.root / LOCATION_FILE).write_bytes(raw)
    folders = backup_folders(paths)
    assert folders[-1] == paths.root / "backups"
    assert newest_backup(paths, None) is None


@pytest.mark.parametrize("flag", [0x1, 0x20, 0x40])
def test_a_database_member_flagged_encrypted_or_patched_is_refused(
    original: Original, flag: int
) -> None:
    data = bytearray(standard(original))
    # zipfile writes no such flags: set them in the central directory entry of store.db.
    central = data.index(
        b"PK\x01\x02", data.index(b"PK\x01\x02", data.index(b"PK\x01\x02") + 1) + 1
    )
    assert data[central + 46 : central + 54] == b"store.db"
    data[central + 8] |= flag
    refusal = attempt(original, bytes(data), "flagged.mbebackup")
    assert isinstance(refusal, BackupRefused)
    assert "verschlüsselt gespeichert" in str(refusal), str(refusal)


def test_a_backup_time_without_offset_is_refused_and_listing_still_works(
    original: Original, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    (folder / "a.mbebackup").write_bytes(original.backup.read_bytes())
    for name, created in (("naive", "2026-01-01T10:00:00"), ("date", "2026-01-01")):
        manifest = dict(original.manifest, created_at=created)
        (folder / f"{name}.mbebackup").write_bytes(
            standard(original, manifest=json.dumps(manifest).encode())
        )
        with pytest.raises(BackupRefused, match="kein gültiger Zeitpunkt"):
            files.read_backup(folder / f"{name}.mbebackup")
    assert [info.path.name for info in files.list_backups(folder)] == ["a.mbebackup"]
    assert files.newest_good_backup([folder], None) is not None
