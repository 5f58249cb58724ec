"""Passphrase rules and key changes, shared by the setup dialog, settings and the CLI."""

from __future__ import annotations

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP
from mbe_desktop.domain.passphrase import assess_passphrase, normalise_recovery_code
from mbe_desktop.storage.keyslots import PASSPHRASE, RECOVERY, KdfParams
from mbe_desktop.storage.store import Store


def require_strong(passphrase: str, repeated: str, user_inputs: tuple[str, ...] = ()) -> None:
    """Raise ValidationError with the reason a new passphrase is refused."""
    assessment = assess_passphrase(passphrase, user_inputs)
    if not assessment.acceptable:
        reason = assessment.reasons[0] if assessment.reasons else "Die Passphrase ist zu schwach."
        raise ValidationError(reason, "passphrase")
    if passphrase != repeated:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die beiden Eingaben der Passphrase stimmen nicht überein."
            ),
            "repeat",
        )


class KeyService:
    def __init__(self, store: Store, user_inputs: tuple[str, ...] = ()) -> None:
        self._store = store
        self._user_inputs = user_inputs

    def change_passphrase(
        self,
        old_secret: str,
        new_passphrase: str,
        repeated: str,
        *,
        with_recovery_code: bool = False,
        kdf: KdfParams | None = None,
    ) -> None:
        """Check the old passphrase (or the recovery code) first, then the new one's strength."""
        if with_recovery_code:
            kind, secret = RECOVERY, normalise_recovery_code(old_secret)
        else:
            kind, secret = PASSPHRASE, old_secret
        self._store.verify_secret(kind, secret)
        require_strong(new_passphrase, repeated, self._user_inputs)
        # The audit event is written in the same step as the key file (see Store).
        self._store.change_passphrase(
            kind,
            secret,
            new_passphrase,
            kdf,
            audit_fields=("recovery_code",) if with_recovery_code else (),
        )
