"""Key slots: the random database key, wrapped under passphrase- and recovery-derived keys.

The file is JSON. Each slot wraps the same 32-byte database key with AES-256-GCM under a key
derived by Argon2id from a secret (the passphrase, or the recovery code). The KDF parameters are
stored per slot so they can be raised later. The associated data binds each slot to the store id
and its kind, so slots cannot be swapped between files. A wrong secret fails the GCM tag.
"""

from __future__ import annotations

import base64
import json
import re
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.exceptions import HashingError
from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mbe_desktop.domain.bounded import Fields, FormatError, parse_json
from mbe_desktop.domain.errors import StoreDamaged, StoreMissing, WrongPassphrase
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.domain.passphrase import secret_bytes
from mbe_desktop.storage.files import write_private_atomic

FORMAT = "mbe-desktop-keyslots"
VERSION = 1
KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"

# What this app writes, with a small margin: a key-slot file (a store's own or one inside a
# backup) asking for more is refused before any key is derived, so no file can make the app
# spend gigabytes of memory or minutes of time on Argon2.
MAX_FILE_BYTES = 64 * 1024  # a real file is about 1 KB
MAX_DEPTH = 8
MAX_SLOTS = 8
MIN_TIME_COST, MAX_TIME_COST = 1, 16  # production: 10
MIN_MEMORY_KIB, MAX_MEMORY_KIB = 8, 128 * 1024  # production: 64 MiB
MIN_PARALLELISM, MAX_PARALLELISM = 1, 4  # production: 2
SALT_BYTES = (16, 64)  # written: 16
NONCE_BYTES = 12
WRAPPED_BYTES = KEY_BYTES + 16  # the key and the GCM tag
_STORE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Production: about 0.45 s on the 2-core reference machine, 64 MiB."""

    time_cost: int = 10
    memory_kib: int = 65536
    parallelism: int = 2

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        if not self.within_bounds():
            raise KeySlotsDamaged(Text(_KDF_OUT_OF_BOUNDS))
        try:
            return hash_secret_raw(
                secret, salt, self.time_cost, self.memory_kib, self.parallelism, KEY_BYTES, Type.ID
            )
        except (HashingError, OverflowError, ValueError, TypeError):
            raise KeySlotsDamaged(Text(_KDF_OUT_OF_BOUNDS)) from None

    def within_bounds(self) -> bool:
        """The cost is one this app writes (with a small margin) and Argon2 accepts."""
        return (
            MIN_TIME_COST <= self.time_cost <= MAX_TIME_COST
            and MIN_MEMORY_KIB <= self.memory_kib <= MAX_MEMORY_KIB
            and MIN_PARALLELISM <= self.parallelism <= MAX_PARALLELISM
            and self.memory_kib >= 8 * self.parallelism
        )


PRODUCTION_KDF = KdfParams()
# Only for tests and benchmarks that create many stores; never the default of any entry point.
FAST_TEST_KDF = KdfParams(time_cost=1, memory_kib=8, parallelism=1)


@dataclass(frozen=True)
class KeySlot:
    kind: str
    kdf: KdfParams
    salt: bytes
    nonce: bytes
    ciphertext: bytes

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "kdf": {
                "name": "argon2id",
                "time_cost": self.kdf.time_cost,
                "memory_kib": self.kdf.memory_kib,
                "parallelism": self.kdf.parallelism,
            },
            "salt": _b64(self.salt),
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }

    @classmethod
    def from_json(cls, data: object, where: str = "slot") -> KeySlot:
        """One slot, every value checked; FormatError says which value is wrong."""
        slot = Fields(data, where)
        kdf = slot.mapping("kdf", max_items=8)
        if kdf.required_text("name", max_length=40) != "argon2id":
            raise FormatError(
                QT_TRANSLATE_NOOP("Messages", "„{entry}“: unbekanntes Verfahren"),
                entry=kdf.path("name"),
            )
        params = KdfParams(
            kdf.integer("time_cost", MIN_TIME_COST, MAX_TIME_COST),
            kdf.integer("memory_kib", MIN_MEMORY_KIB, MAX_MEMORY_KIB),
            kdf.integer("parallelism", MIN_PARALLELISM, MAX_PARALLELISM),
        )
        if not params.within_bounds():
            raise FormatError(_KDF_OUT_OF_BOUNDS)
        return cls(
            kind=slot.required_text("kind", max_length=40),
            kdf=params,
            salt=slot.base64("salt", min_bytes=SALT_BYTES[0], max_bytes=SALT_BYTES[1]),
            nonce=slot.base64("nonce", min_bytes=NONCE_BYTES, max_bytes=NONCE_BYTES),
            ciphertext=slot.base64("ciphertext", min_bytes=WRAPPED_BYTES, max_bytes=WRAPPED_BYTES),
        )


@dataclass(frozen=True)
class KeySlotFile:
    store_id: str
    slots: tuple[KeySlot, ...]
    created_on: str
    # Only demo stores (synthetic data) carry their passphrase, to show it on the unlock screen.
    demo_passphrase: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def new(
        cls,
        store_id: str,
        db_key: bytes,
        passphrase: str,
        recovery_code: str,
        kdf: KdfParams,
        created_on: str,
        demo_passphrase: str | None = None,
    ) -> KeySlotFile:
        slots = (
            wrap(PASSPHRASE, db_key, secret_bytes(passphrase), store_id, kdf),
            wrap(RECOVERY, db_key, secret_bytes(recovery_code), store_id, kdf),
        )
        return cls(store_id, slots, created_on, demo_passphrase)

    def unwrap(self, kind: str, secret: str) -> bytes:
        slot = self.slot(kind)
        key = slot.kdf.derive(secret_bytes(secret), slot.salt)
        try:
            return AESGCM(key).decrypt(slot.nonce, slot.ciphertext, _aad(self.store_id, kind))
        except (InvalidTag, ValueError):  # ValueError: a nonce AES-GCM cannot take
            if kind == RECOVERY:
                raise WrongPassphrase(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Der Wiederherstellungscode passt nicht zu diesem Datenbestand. "
                        "Es wurde nichts verändert.",
                    )
                ) from None
            raise WrongPassphrase() from None

    def slot(self, kind: str) -> KeySlot:
        for slot in self.slots:
            if slot.kind == kind:
                return slot
        raise StoreDamaged(
            QT_TRANSLATE_NOOP(
                "Messages", "Die Schlüsseldatei ist unvollständig (ein Schlüsselfach fehlt)."
            )
        )

    def rewrapped(self, kind: str, db_key: bytes, secret: str, kdf: KdfParams) -> KeySlotFile:
        new_slot = wrap(kind, db_key, secret_bytes(secret), self.store_id, kdf)
        others = tuple(slot for slot in self.slots if slot.kind != kind)
        return replace(self, slots=(*others, new_slot), demo_passphrase=None)

    def to_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "store_id": self.store_id,
            "created_on": self.created_on,
            "slots": [slot.to_json() for slot in self.slots],
            **self.extra,
        }
        if self.demo_passphrase is not None:
            data["demo_passphrase"] = self.demo_passphrase
        return json.dumps(data, indent=2, sort_keys=True).encode()

    @classmethod
    def from_bytes(cls, raw: bytes, name: str = "store.keys") -> KeySlotFile:
        """Parse a key-slot file; every size, type and KDF cost is checked first.

        Raises :class:`KeySlotsDamaged` (a StoreDamaged naming ``name`` and what is wrong)."""
        try:
            data = Fields(parse_json(raw, max_bytes=MAX_FILE_BYTES, max_depth=MAX_DEPTH))
            if data.text("format", max_length=64, optional=True) != FORMAT:
                raise FormatError(
                    QT_TRANSLATE_NOOP("Messages", "das ist keine Schlüsseldatei von MBE Desktop")
                )
            if data.integer("version", 1, 2**31) > VERSION:
                raise StoreDamaged(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Die Schlüsseldatei stammt aus einer neueren Programmversion. "
                        "Bitte aktualisieren Sie MBE Desktop.",
                    )
                )
            items = data.sequence("slots", max_items=MAX_SLOTS)
            slots = tuple(
                KeySlot.from_json(item, f"slots[{index}]") for index, item in enumerate(items)
            )
            kinds = [slot.kind for slot in slots]
            if len(set(kinds)) != len(kinds):
                raise FormatError(
                    QT_TRANSLATE_NOOP("Messages", "ein Schlüsselfach steht zweimal in der Datei")
                )
            known = {"format", "version", "store_id", "created_on", "slots", "demo_passphrase"}
            return cls(
                store_id=data.required_text("store_id", max_length=64, pattern=_STORE_ID),
                slots=slots,
                created_on=data.text("created_on", max_length=40, optional=True) or "",
                demo_passphrase=data.text(
                    "demo_passphrase", max_length=4096, optional=True, any_characters=True
                ),
                extra={k: v for k, v in data.as_dict().items() if k not in known},
            )
        except FormatError as error:
            raise KeySlotsDamaged(error.reason, name) from None

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            with open(path, "rb") as handle:  # bounded: a huge file is no key-slot file
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            raise StoreMissing(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Schlüsseldatei des Datenbestands fehlt. Ohne sie kann der Datenbestand "
                    "nicht geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her.",
                )
            ) from None
        except OSError as error:  # a folder, no permission, an I/O error
            raise KeySlotsDamaged(
                Text(_UNREADABLE, {"reason": error.strerror or type(error).__name__}), path.name
            ) from None
        return cls.from_bytes(raw, path.name)

    def save(self, path: Path) -> None:
        write_private_atomic(path, self.to_bytes())


class KeySlotsDamaged(StoreDamaged):
    """A key-slot file that cannot be used; ``reason`` says what is wrong with it."""

    def __init__(self, reason: str, name: str = "store.keys") -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Schlüsseldatei {name} ist beschädigt oder gehört nicht zu MBE Desktop "
                "({reason}). Stellen Sie den Datenbestand aus einer Sicherung wieder her.",
            ),
            name=name,
            reason=Text(reason),
        )
        self.reason = Text(reason)


_UNREADABLE = QT_TRANSLATE_NOOP("Messages", "sie lässt sich nicht lesen: {reason}")
_KDF_OUT_OF_BOUNDS = QT_TRANSLATE_NOOP(
    "Messages", "die Parameter der Schlüsselableitung liegen außerhalb der erlaubten Grenzen"
)


def wrap(kind: str, db_key: bytes, secret: bytes, store_id: str, kdf: KdfParams) -> KeySlot:
    salt = secrets.token_bytes(16)
    nonce = secrets.token_bytes(12)
    wrapping_key = kdf.derive(secret, salt)
    ciphertext = AESGCM(wrapping_key).encrypt(nonce, db_key, _aad(store_id, kind))
    return KeySlot(kind, kdf, salt, nonce, ciphertext)


def new_database_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def _aad(store_id: str, kind: str) -> bytes:
    return f"{FORMAT}/{VERSION}/{store_id}/{kind}".encode()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
