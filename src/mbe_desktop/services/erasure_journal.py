"""The erasure journal: erasures survive the restore of an older backup.

A backup made before an erasure still holds the erased people; restoring it would bring them
back, silently. So every erasure under the retention rules is journaled — in the store (table
``erasure_journal``, in the same transaction as the deletion) and in a small file next to it
(``erasures.journal``), because a restore replaces the store but not that file. Both hold no
personal data: the record id, a SHA-256 of the client number (to recognise the same record,
also if SQLite has reused its id), when, and why. The file is encrypted with AES-256-GCM under a
key derived from the store's database key (which a restore of a backup of the same store
brings back), bound to the store id.

After a restore, :meth:`ErasureJournal.reapply_after_restore` erases again every journaled
record that the backup still holds and that was erased after (or around) the backup's time,
with the same reduction to statistics-only rows, before the store is used.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from mbe_desktop.domain.errors import UserError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text
from mbe_desktop.storage.files import write_private_atomic
from mbe_desktop.storage.models import Client, ErasureJournalEntry
from mbe_desktop.storage.store import Store

log = logging.getLogger(__name__)

JOURNAL_FILE = "erasures.journal"
FORMAT = "mbe-desktop-erasure-journal"
VERSION = 1
# A backup's time is taken when it starts; an erasure in the same minute may or may not be in
# it. Re-applying one the backup no longer holds finds nothing, so a margin costs nothing.
MARGIN = timedelta(minutes=5)

REAPPLIED = QT_TRANSLATE_NOOP(
    "Messages", "{count} Löschungen aus der Zeit nach dieser Sicherung wurden erneut ausgeführt."
)
REAPPLIED_ONE = QT_TRANSLATE_NOOP(
    "Messages", "1 Löschung aus der Zeit nach dieser Sicherung wurde erneut ausgeführt."
)


def reapplied_message(count: int) -> str:
    """The German sentence for ``count`` erasures applied again (empty for none)."""
    if count <= 0:
        return ""
    return Text(REAPPLIED_ONE) if count == 1 else Text(REAPPLIED, {"count": count})


def number_digest(number: str) -> str:
    return hashlib.sha256(number.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Entry:
    erased_at: datetime
    entity: str
    record_id: int
    number_digest: str
    reason: str

    @property
    def key(self) -> tuple[str, int, str]:
        return (self.entity, self.record_id, self.number_digest)

    def to_json(self) -> dict[str, object]:
        return {
            "erased_at": self.erased_at.isoformat(timespec="seconds"),
            "entity": self.entity,
            "record_id": self.record_id,
            "number_digest": self.number_digest,
            "reason": self.reason,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> Entry:
        return cls(
            erased_at=datetime.fromisoformat(str(data["erased_at"])),
            entity=str(data["entity"]),
            record_id=int(str(data["record_id"])),
            number_digest=str(data["number_digest"]),
            reason=str(data["reason"]),
        )


def record_erasures(session: Session, clients: Iterable[tuple[int, str]], reason: str) -> None:
    """Journal erased clients (id, number) inside the caller's deleting transaction."""
    now = datetime.now().replace(microsecond=0)
    for client_id, number in clients:
        session.add(
            ErasureJournalEntry(
                erased_at=now,
                entity="client",
                record_id=client_id,
                number_digest=number_digest(number),
                reason=reason,
            )
        )


class ErasureJournal:
    def __init__(self, store: Store) -> None:
        self._store = store

    @property
    def path(self) -> Path:
        return self._store.paths.root / JOURNAL_FILE

    # --- the table -----------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        with self._store.read_session() as session:
            rows = session.execute(
                select(ErasureJournalEntry).order_by(ErasureJournalEntry.id)
            ).scalars()
            return [
                Entry(row.erased_at, row.entity, row.record_id, row.number_digest, row.reason)
                for row in rows
            ]

    # --- the file ------------------------------------------------------------------------

    def read_file(self) -> list[Entry]:
        """The file's entries; [] when there is none or it is not this store's."""
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return []
        except OSError:
            log.warning("erasure journal file not readable")
            return []
        try:
            data = json.loads(raw.decode("ascii"))
            if data.get("format") != FORMAT or int(data["version"]) > VERSION:
                raise ValueError("foreign")
            nonce = bytes.fromhex(str(data["nonce"]))
            ciphertext = bytes.fromhex(str(data["ciphertext"]))
            plain = AESGCM(self._file_key()).decrypt(nonce, ciphertext, self._aad())
            items = json.loads(plain.decode("utf-8"))
            return [Entry.from_json(item) for item in items]
        except (ValueError, KeyError, TypeError, InvalidTag, UnicodeDecodeError, AttributeError):
            log.warning("erasure journal file of another store or damaged; ignored")
            return []

    def sync_file(self) -> bool:
        """Write the union of the table and the file to the file. False if it failed (the
        next erasure, backup or restore tries again). Never raises: it also runs before the
        restore of a damaged store, which must not fail for it."""
        try:
            in_store = self.entries()
        except (DatabaseError, UserError):
            log.warning("erasure journal not readable from the store; file left as it is")
            return False
        entries = merged(self.read_file(), in_store)
        payload = json.dumps([entry.to_json() for entry in entries]).encode("utf-8")
        nonce = secrets.token_bytes(12)
        ciphertext = AESGCM(self._file_key()).encrypt(nonce, payload, self._aad())
        data = {
            "format": FORMAT,
            "version": VERSION,
            "nonce": nonce.hex(),
            "ciphertext": ciphertext.hex(),
        }
        try:
            write_private_atomic(self.path, json.dumps(data).encode("ascii"))
        except UserError:
            log.warning("erasure journal file not written")
            return False
        return True

    # --- after a restore -----------------------------------------------------------------

    def reapply_after_restore(self, backup_created: datetime) -> int:
        """Erase again what was erased after the backup was made; returns how many records.

        The journal of the store the backup replaced is read from the file (the table came
        back with the backup, as old as the backup). Entries are added to the restored
        store's table, so its journal is complete again."""
        since = backup_created.astimezone().replace(tzinfo=None) - MARGIN
        known = {entry.key for entry in self.entries()}
        later = [e for e in self.read_file() if e.erased_at >= since and e.entity == "client"]
        if not later:
            return 0
        from mbe_desktop.services.retention import delete_for_journal

        erased = 0
        with self._store.session() as session:
            wanted = {entry.record_id: entry for entry in later}
            rows = session.execute(
                select(Client.id, Client.number).where(Client.id.in_(list(wanted)))
            ).all()
            matching = [
                row.id
                for row in rows
                if hmac.compare_digest(number_digest(row.number), wanted[row.id].number_digest)
            ]
            if matching:
                delete_for_journal(session, matching)
                erased = len(matching)
            for entry in later:
                if entry.key not in known:
                    session.add(
                        ErasureJournalEntry(
                            erased_at=entry.erased_at,
                            entity=entry.entity,
                            record_id=entry.record_id,
                            number_digest=entry.number_digest,
                            reason=entry.reason,
                        )
                    )
        if erased:
            self._store.checkpoint()  # the deleted rows leave the -wal too
            log.warning("restore: %d erasures made after the backup applied again", erased)
        self.sync_file()
        return erased

    # --- keys ----------------------------------------------------------------------------

    def _file_key(self) -> bytes:
        from mbe_desktop.services.backup import database_key

        return hmac.new(database_key(self._store), FORMAT.encode("ascii"), "sha256").digest()

    def _aad(self) -> bytes:
        return f"{FORMAT}/{VERSION}/{self._store.slots.store_id}".encode("ascii")


def merged(*sources: Sequence[Entry]) -> list[Entry]:
    """All entries once (by record and digest; the earliest time wins), oldest first."""
    found: dict[tuple[str, int, str], Entry] = {}
    for source in sources:
        for entry in source:
            kept = found.get(entry.key)
            if kept is None or entry.erased_at < kept.erased_at:
                found[entry.key] = entry
    return sorted(found.values(), key=lambda entry: (entry.erased_at, entry.record_id))
