"""Typed settings kept inside the encrypted store (business settings are never in QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.services import audit
from mbe_desktop.storage.models import Setting
from mbe_desktop.storage.store import Store


@dataclass(frozen=True)
class IntSetting:
    key: str
    default: int
    minimum: int
    maximum: int
    label: str  # German, for messages

    def check(self, value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValidationError(f"{self.label}: bitte eine ganze Zahl angeben.", self.key)
        if not self.minimum <= value <= self.maximum:
            raise ValidationError(
                f"{self.label}: erlaubt sind {self.minimum} bis {self.maximum}.", self.key
            )
        return value


AUTO_LOCK_MINUTES = IntSetting("auto_lock_minutes", 10, 1, 240, "Automatische Sperre (Minuten)")

INT_SETTINGS = {setting.key: setting for setting in (AUTO_LOCK_MINUTES,)}


class SettingsService:
    def __init__(self, store: Store) -> None:
        self._store = store

    def get_int(self, setting: IntSetting) -> int:
        with self._store.read_session() as session:
            row = session.get(Setting, setting.key)
        if row is None:
            return setting.default
        try:
            return setting.check(json.loads(row.value))
        except (ValueError, ValidationError):
            return setting.default  # a bad stored value must not lock anyone out

    def set_int(self, setting: IntSetting, value: object) -> int:
        checked = setting.check(value)
        with self._store.session() as session:
            row = session.get(Setting, setting.key)
            if row is None:
                session.add(Setting(key=setting.key, value=json.dumps(checked)))
            else:
                row.value = json.dumps(checked)
            audit.record(session, "update", "setting", None, [setting.key])
        return checked
