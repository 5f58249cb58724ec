"""Key slots: the random database key, wrapped under passphrase- and recovery-derived keys.

The file is JSON. Each slot wraps the same 32-byte database key with AES-256-GCM under a key
derived by Argon2id from a secret (the passphrase, or the recovery code). The KDF parameters are
stored per slot so they can be raised later. The associated data binds each slot to the store id
and its kind, so slots cannot be swapped between files. A wrong secret fails the GCM tag.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from mbe_desktop.domain.errors import StoreDamaged, StoreMissing, WrongPassphrase
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.storage.files import write_private_atomic

FORMAT = "mbe-desktop-keyslots"
VERSION = 1
KEY_BYTES = 32
PASSPHRASE = "passphrase"
RECOVERY = "recovery"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id cost. Production: about 0.45 s on the 2-core reference machine, 64 MiB."""

    time_cost: int = 10
    memory_kib: int = 65536
    parallelism: int = 2

    def derive(self, secret: bytes, salt: bytes) -> bytes:
        return hash_secret_raw(
            secret, salt, self.time_cost, self.memory_kib, self.parallelism, KEY_BYTES, Type.ID
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
    def from_json(cls, data: dict[str, Any]) -> KeySlot:
        kdf = data["kdf"]
        if kdf["name"] != "argon2id":
            raise ValueError("unknown kdf")
        return cls(
            kind=str(data["kind"]),
            kdf=KdfParams(int(kdf["time_cost"]), int(kdf["memory_kib"]), int(kdf["parallelism"])),
            salt=_unb64(data["salt"]),
            nonce=_unb64(data["nonce"]),
            ciphertext=_unb64(data["ciphertext"]),
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
            wrap(PASSPHRASE, db_key, passphrase.encode(), store_id, kdf),
            wrap(RECOVERY, db_key, recovery_code.encode(), store_id, kdf),
        )
        return cls(store_id, slots, created_on, demo_passphrase)

    def unwrap(self, kind: str, secret: str) -> bytes:
        slot = self.slot(kind)
        key = slot.kdf.derive(secret.encode(), slot.salt)
        try:
            return AESGCM(key).decrypt(slot.nonce, slot.ciphertext, _aad(self.store_id, kind))
        except InvalidTag:
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
        new_slot = wrap(kind, db_key, secret.encode(), self.store_id, kdf)
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
    def from_bytes(cls, raw: bytes) -> KeySlotFile:
        try:
            data = json.loads(raw.decode("utf-8"))
            if data.get("format") != FORMAT:
                raise ValueError("not a key-slot file")
            if int(data["version"]) > VERSION:
                raise StoreDamaged(
                    QT_TRANSLATE_NOOP(
                        "Messages",
                        "Die Schlüsseldatei stammt aus einer neueren Programmversion. "
                        "Bitte aktualisieren Sie MBE Desktop.",
                    )
                )
            slots = tuple(KeySlot.from_json(item) for item in data["slots"])
            known = {"format", "version", "store_id", "created_on", "slots", "demo_passphrase"}
            return cls(
                store_id=str(data["store_id"]),
                slots=slots,
                created_on=str(data.get("created_on", "")),
                demo_passphrase=data.get("demo_passphrase"),
                extra={k: v for k, v in data.items() if k not in known},
            )
        except StoreDamaged:
            raise
        except (ValueError, KeyError, TypeError, UnicodeDecodeError, AttributeError):
            raise StoreDamaged(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Schlüsseldatei ist beschädigt oder gehört nicht zu MBE Desktop. "
                    "Stellen Sie den Datenbestand aus einer Sicherung wieder her.",
                )
            ) from None

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise StoreMissing(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Schlüsseldatei des Datenbestands fehlt. Ohne sie kann der Datenbestand "
                    "nicht geöffnet werden. Stellen Sie ihn aus einer Sicherung wieder her.",
                )
            ) from None
        return cls.from_bytes(raw)

    def save(self, path: Path) -> None:
        write_private_atomic(path, self.to_bytes())


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


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)
