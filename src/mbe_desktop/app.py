"""Composition root: the only place that opens a store and builds the services on it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.domain.passphrase import generate_recovery_code, normalise_recovery_code
from mbe_desktop.paths import DataPaths
from mbe_desktop.services.audit_log import AuditLogService
from mbe_desktop.services.backup import BackupService, backup_folders
from mbe_desktop.services.cases import CaseService
from mbe_desktop.services.client_history import ClientHistoryService
from mbe_desktop.services.clients import ClientService
from mbe_desktop.services.drafts import DraftService
from mbe_desktop.services.follow_ups import FollowUpService
from mbe_desktop.services.keys import KeyService, require_strong
from mbe_desktop.services.office import OfficeService, validate_office
from mbe_desktop.services.outreach import OutreachLocationService
from mbe_desktop.services.partners import PartnerService
from mbe_desktop.services.presets import Presets, apply_presets
from mbe_desktop.services.privacy import PrivacyService
from mbe_desktop.services.referrals import ReferralService
from mbe_desktop.services.retention import RetentionService
from mbe_desktop.services.settings import SettingsService
from mbe_desktop.services.statistics import StatisticsService
from mbe_desktop.storage.keyslots import PRODUCTION_KDF, KdfParams
from mbe_desktop.storage.leftovers import remove_leftovers
from mbe_desktop.storage.store import Store


@dataclass
class Services:
    """Everything the UI and the CLI may use while a store is unlocked."""

    store: Store
    office: OfficeService
    settings: SettingsService
    drafts: DraftService
    keys: KeyService
    clients: ClientService
    history: ClientHistoryService
    cases: CaseService
    follow_ups: FollowUpService
    partners: PartnerService
    referrals: ReferralService
    statistics: StatisticsService
    privacy: PrivacyService
    retention: RetentionService
    audit_log: AuditLogService
    backup: BackupService
    outreach: OutreachLocationService  # Orte der Außensprechstunden (Einstellungen)

    @property
    def paths(self) -> DataPaths:
        return self.store.paths

    def close(self) -> None:
        self.store.close()


def build_services(store: Store) -> Services:
    office = OfficeService(store)
    profile = office.profile()
    user_inputs = (profile.counsellor_name, profile.office_name, profile.city)
    settings = SettingsService(store)
    clients = ClientService(store)
    return Services(
        store=store,
        office=office,
        settings=settings,
        drafts=DraftService(store),
        keys=KeyService(store, user_inputs),
        clients=clients,
        history=ClientHistoryService(store, clients),
        cases=CaseService(store),
        follow_ups=FollowUpService(store),
        partners=PartnerService(store),
        referrals=ReferralService(store),
        statistics=StatisticsService(store),
        privacy=PrivacyService(store),
        retention=RetentionService(store, settings),
        audit_log=AuditLogService(store),
        backup=BackupService(store, settings),
        outreach=OutreachLocationService(store),
    )


@dataclass(frozen=True)
class CreatedStore:
    services: Services
    recovery_code: str  # shown once, printed on the emergency sheet; never stored in clear


def create_store(
    paths: DataPaths,
    office: OfficeProfile,
    passphrase: str,
    repeated: str,
    *,
    kdf: KdfParams = PRODUCTION_KDF,
    presets: Presets | None = None,
) -> CreatedStore:
    """Create a store. ``presets`` (checked, from the provider's presets file) set the
    retention period and backup folder of the new store; their office fields are the caller's
    to prefill into ``office``. If writing the presets fails, the new store is removed again:
    a store is created with its presets or not at all."""
    clean_office = validate_office(office)
    require_strong(passphrase, repeated, (clean_office.counsellor_name, clean_office.office_name))
    recovery_code = generate_recovery_code()
    store = Store.create(
        paths, passphrase, clean_office, normalise_recovery_code(recovery_code), kdf=kdf
    )
    if presets is not None:
        try:
            apply_presets(store, presets)
        except BaseException:
            store.close()
            _discard_new_store(paths)
            raise
    return CreatedStore(build_services(store), recovery_code)


def _discard_new_store(paths: DataPaths) -> None:
    """Remove a store created a moment ago (key slots first: without them it is no store)."""
    for path in (paths.key_slots, paths.database):
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)


def unlock_store(paths: DataPaths, secret: str, *, with_recovery_code: bool = False) -> Services:
    if not secret.strip():
        if with_recovery_code:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie den Wiederherstellungscode ein."),
                "secret",
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Messages", "Bitte geben Sie die Passphrase ein."), "secret"
        )
    if with_recovery_code:
        store = Store.unlock_with_recovery(paths, normalise_recovery_code(secret))
    else:
        store = Store.unlock(paths, secret)
    # With the store's lock held: what killed backups, restores and key writes left behind.
    remove_leftovers(paths, backup_folders(paths))
    return build_services(store)


def restore_backup(
    services: Services, file: str | Path, secret: str, *, with_recovery_code: bool = False
) -> Services:
    """Restore a backup over the open store (kept as a safety copy) and open the restored one
    with the backup's secret. A refused backup changes nothing and ``services`` stays open;
    once the swap has begun, ``services`` is closed."""
    from mbe_desktop.storage.lock import held

    with held(services.paths.root):  # kept from the swap until the restored store is open
        result = services.backup.restore(file, secret, with_recovery_code)
        restored = unlock_store(services.paths, secret, with_recovery_code=with_recovery_code)
    restored.backup.record_restored(result.info)
    return restored
