"""The shared defensive readers (domain.bounded, storage.readers) and the key-slot reader.

Property tests feed random bytes, truncations, deep nesting, huge numbers, wrong types and odd
paths; the only exception allowed out is a UserError with a German text.
"""

from __future__ import annotations

import json
import os
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from mbe_desktop.domain.bounded import (
    SQLITE_INT_MAX,
    Fields,
    FormatError,
    is_row_id,
    json_depth,
    parse_json,
)
from mbe_desktop.domain.errors import StoreDamaged, UserError, ValidationError
from mbe_desktop.storage.keyslots import (
    FAST_TEST_KDF,
    MAX_MEMORY_KIB,
    MAX_TIME_COST,
    PASSPHRASE,
    PRODUCTION_KDF,
    KdfParams,
    KeySlotFile,
    KeySlotsDamaged,
    new_database_key,
)
from mbe_desktop.storage.readers import (
    PathKind,
    file_size,
    open_archive,
    path_kind,
    read_bounded,
    read_member,
)

SECRET = "Kiefernzapfen-Regenschirm-42"
RECOVERY = "0" * 40
PROPERTY = settings(
    max_examples=120,
    deadline=None,
    # The folder fixtures only hold files that every example may share.
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

# JSON values of every shape: nested, huge numbers, odd texts.
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**40), max_value=10**40)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=20,
)


def german(error: UserError) -> None:
    """A real message: not empty, no Python exception text."""
    text = str(error)
    assert text.strip()
    for english in ("Traceback", "Error:", " object", "NoneType", "invalid literal"):
        assert english not in text, text


# --- bounded JSON ----------------------------------------------------------------------------


@PROPERTY
@given(st.binary(max_size=2000))
@example(b"[" * 100_000)
@example(b'{"a":' * 50_000)
@example(b"9" * 5000)
@example(b"1e99999")
@example(b"NaN")
@example(b'{"a": 1, "a": 2}')
@example(b"\xff\xfe")
def test_parse_json_raises_only_format_errors(raw: bytes) -> None:
    try:
        parse_json(raw, max_bytes=1_000_000, max_depth=8)
    except FormatError as error:
        german(error)


def test_parse_json_refuses_before_parsing() -> None:
    with pytest.raises(FormatError, match="größer als 1 KB"):
        parse_json(b" " * 2000, max_bytes=1024, max_depth=4)
    with pytest.raises(FormatError, match="tiefer als 4 Ebenen"):
        parse_json(b"[[[[[1]]]]]", max_bytes=1024, max_depth=4)
    assert parse_json(b"[[[[1]]]]", max_bytes=1024, max_depth=4) == [[[[1]]]]
    with pytest.raises(FormatError, match="mehr als 20 Stellen"):
        parse_json(b'{"n": ' + b"1" * 21 + b"}", max_bytes=1024, max_depth=4)
    with pytest.raises(FormatError, match="zweimal"):
        parse_json(b'{"a": 1, "a": 2}', max_bytes=1024, max_depth=4)
    with pytest.raises(FormatError, match="ungültige Zahl"):
        parse_json(b"[Infinity]", max_bytes=1024, max_depth=4)
    with pytest.raises(FormatError, match="UTF-8"):
        parse_json(b'"\xff"', max_bytes=1024, max_depth=4)
    # Brackets inside strings are text, not nesting.
    assert json_depth('{"a": "[[[[[[[[[[", "b": ["]]]"]}') == 2


@PROPERTY
@given(json_values)
def test_fields_read_any_value_or_say_why_not(value: Any) -> None:
    data = {"text": value, "number": value, "list": value, "mapping": value, "bytes": value}
    fields = Fields(data)
    for read in (
        lambda: fields.text("text", max_length=10),
        lambda: fields.integer("number", 0, SQLITE_INT_MAX),
        lambda: fields.sequence("list", max_items=3),
        lambda: fields.mapping("mapping", max_items=3),
        lambda: fields.base64("bytes", min_bytes=1, max_bytes=16),
        lambda: fields.mapping("mapping", max_items=3).integers(
            key_length=5, minimum=0, maximum=10
        ),
        lambda: fields.raw("missing"),
    ):
        try:
            read()
        except FormatError as error:
            german(error)


def test_fields_name_the_entry_and_the_problem() -> None:
    fields = Fields({"n": 10**30, "t": [1], "s": "a\x00b", "o": {"k": True}}, "slots[0]")
    with pytest.raises(FormatError, match=r"„slots\[0\].n“ liegt nicht zwischen 0 und 5"):
        fields.integer("n", 0, 5)
    with pytest.raises(FormatError, match="ist eine Liste statt eines Textes"):
        fields.text("t", max_length=5)
    with pytest.raises(FormatError, match="ungültiges Format"):
        fields.text("s", max_length=5)
    with pytest.raises(FormatError, match="ein Wahrheitswert statt einer ganzen Zahl"):
        fields.mapping("o", max_items=2).integers(key_length=5, minimum=0, maximum=1)
    with pytest.raises(FormatError, match=r"„slots\[0\].x“ fehlt"):
        fields.raw("x")


def test_row_ids_stay_within_sqlite() -> None:
    assert is_row_id(1) and is_row_id(SQLITE_INT_MAX)
    for value in (0, -1, SQLITE_INT_MAX + 1, 2**64, True, 1.0, "1", None):
        assert not is_row_id(value)


# --- files and archives ----------------------------------------------------------------------

odd_names = st.sampled_from(
    ["", ".", "..", "a\x00b", "x" * 300, "nicht-da/datei", "ordner", "fifo", "\udcff"]
) | st.text(min_size=1, max_size=20)


@PROPERTY
@given(odd_names)
def test_file_readers_never_raise_anything_but_format_errors(tmp_path: Path, name: str) -> None:
    (tmp_path / "ordner").mkdir(exist_ok=True)
    if hasattr(os, "mkfifo") and not (tmp_path / "fifo").exists():
        os.mkfifo(tmp_path / "fifo")  # a read would block forever: refused before opening
    path = tmp_path / name
    assert path_kind(path) in (PathKind.MISSING, PathKind.FILE, PathKind.FOLDER, PathKind.OTHER)
    for read in (
        lambda: file_size(path),
        lambda: read_bounded(path, 100),
        lambda: open_archive(path, max_members=3).__enter__(),
    ):
        try:
            read()
        except FormatError as error:
            german(error)


def test_read_bounded_stops_at_the_limit(tmp_path: Path) -> None:
    big = tmp_path / "big"
    big.write_bytes(b"x" * 5000)
    with pytest.raises(FormatError, match="größer als 4 KB"):
        read_bounded(big, 4096)
    assert read_bounded(big, 5000) == b"x" * 5000
    with pytest.raises(FormatError, match="Ordner"):
        read_bounded(tmp_path, 10)
    with pytest.raises(FormatError, match="gibt es nicht"):
        read_bounded(tmp_path / "fehlt", 10)


def test_a_zip_member_is_bounded_by_its_inflated_size(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.zip"
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("manifest.json", b"0" * (8 * 1024 * 1024))  # 8 MiB → ~8 KB
        archive.writestr("a", b"1")
    assert bomb.stat().st_size < 100_000
    with open_archive(bomb, max_members=3) as archive:
        with pytest.raises(FormatError, match="größer als 64 KB"):
            read_member(archive, "manifest.json", 64 * 1024)
        with pytest.raises(FormatError, match="fehlt im Archiv"):
            read_member(archive, "store.keys", 64 * 1024)
    twice = tmp_path / "twice.zip"
    with zipfile.ZipFile(twice, "w") as archive:
        archive.writestr("a", b"1")
        with pytest.warns(UserWarning):
            archive.writestr("a", b"2")
    with (
        pytest.raises(FormatError, match="kein gültiges Zip-Archiv"),
        open_archive(twice, max_members=3),
    ):
        pass


# --- key slots -------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def slot_file() -> KeySlotFile:
    return KeySlotFile.new("store-1", new_database_key(), SECRET, RECOVERY, FAST_TEST_KDF, "2026")


def _mutations() -> st.SearchStrategy[tuple[str, Any]]:
    paths = st.sampled_from(
        [
            "format",
            "version",
            "store_id",
            "slots",
            "slots.0",
            "slots.0.kind",
            "slots.0.kdf",
            "slots.0.kdf.name",
            "slots.0.kdf.time_cost",
            "slots.0.kdf.memory_kib",
            "slots.0.kdf.parallelism",
            "slots.0.salt",
            "slots.0.nonce",
            "slots.0.ciphertext",
            "demo_passphrase",
        ]
    )
    return st.tuples(paths, json_values | st.integers(min_value=-(2**70), max_value=2**70))


def _mutated(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    copy = json.loads(json.dumps(data))
    *parents, last = path.split(".")
    target: Any = copy
    for part in parents:
        target = target[int(part)] if isinstance(target, list) else target[part]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return copy


@PROPERTY
@given(mutation=_mutations(), cut=st.none() | st.integers(min_value=0, max_value=2000))
@example(mutation=("slots.0.kdf.memory_kib", 4 * 1024 * 1024), cut=None)  # 4 GiB
@example(mutation=("slots.0.kdf.time_cost", 10**7), cut=None)
@example(mutation=("slots.0.kdf.parallelism", 2**40), cut=None)
@example(mutation=("slots.0.kdf.memory_kib", 4), cut=None)  # below Argon2's minimum
@example(mutation=("slots.0.nonce", "AAAA"), cut=None)  # AES-GCM refuses a 3-byte nonce
@example(mutation=("slots", [[[[[[[[[[[]]]]]]]]]]]), cut=None)
def test_a_mutated_key_slot_file_is_refused_in_german_or_unwraps(
    slot_file: KeySlotFile, mutation: tuple[str, Any], cut: int | None
) -> None:
    raw = json.dumps(_mutated(json.loads(slot_file.to_bytes()), *mutation)).encode()
    if cut is not None:
        raw = raw[:cut]
    started = time.perf_counter()
    try:
        parsed = KeySlotFile.from_bytes(raw)
        for slot in parsed.slots:
            assert slot.kdf.time_cost <= MAX_TIME_COST and slot.kdf.memory_kib <= MAX_MEMORY_KIB
        parsed.unwrap(PASSPHRASE, SECRET)
    except UserError as error:
        german(error)
    assert time.perf_counter() - started < 5  # no file buys minutes of Argon2


@PROPERTY
@given(st.binary(max_size=3000))
def test_random_bytes_are_no_key_slot_file(raw: bytes) -> None:
    with pytest.raises(StoreDamaged) as refused:
        KeySlotFile.from_bytes(raw)
    assert "Schlüsseldatei store.keys" in str(refused.value)


def test_absurd_argon2_cost_is_refused_before_any_derivation(slot_file: KeySlotFile) -> None:
    data = json.loads(slot_file.to_bytes())
    data["slots"][0]["kdf"]["memory_kib"] = 4 * 1024 * 1024
    started = time.perf_counter()
    with pytest.raises(KeySlotsDamaged, match=r"„slots\[0\].kdf.memory_kib“ liegt nicht zwischen"):
        KeySlotFile.from_bytes(json.dumps(data).encode())
    assert time.perf_counter() - started < 0.5
    # What the app itself writes stays within the bounds.
    assert PRODUCTION_KDF.within_bounds() and FAST_TEST_KDF.within_bounds()
    assert not KdfParams(10**7, 65536, 2).within_bounds()
    with pytest.raises(StoreDamaged):
        KdfParams(1, 2**33, 1).derive(b"x", b"0" * 16)


def test_a_huge_key_slot_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "store.keys"
    path.write_bytes(b" " * (64 * 1024 * 1024))  # 64 MiB of nothing
    with pytest.raises(StoreDamaged, match="größer als 64 KB"):
        KeySlotFile.load(path)


@pytest.mark.parametrize("secret", ["abc\udcff", "\ud800", "Passphrase\udfff-mit-Rest"])
def test_a_passphrase_that_is_not_valid_text_gets_a_message(
    slot_file: KeySlotFile, secret: str
) -> None:
    with pytest.raises(ValidationError, match="kein gültiger Text"):
        slot_file.unwrap(PASSPHRASE, secret)
    with pytest.raises(ValidationError, match="kein gültiger Text"):
        slot_file.rewrapped(PASSPHRASE, new_database_key(), secret, FAST_TEST_KDF)


def test_what_the_app_writes_reads_back_whatever_the_demo_passphrase(tmp_path: Path) -> None:
    for demo in ("Tab\tund\u00a0geschütztes Leerzeichen", "x" * 4096, "Emoji 🙂"):
        slots = KeySlotFile.new(
            "0f3c1d2e-aaaa-4bbb-8ccc-123456789abc",
            new_database_key(),
            SECRET,
            RECOVERY,
            FAST_TEST_KDF,
            "2026-12-07",
            demo_passphrase=demo,
        )
        path = tmp_path / "store.keys"
        slots.save(path)
        loaded = KeySlotFile.load(path)
        assert loaded == slots
        assert len(loaded.unwrap(PASSPHRASE, SECRET)) == 32
