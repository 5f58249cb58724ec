"""Helpers for the UI tests: real stores in tmp_path, a fake clock, a synchronous runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

from mbe_desktop.app import create_store
from mbe_desktop.domain.office import OfficeProfile
from mbe_desktop.paths import DataPaths, data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.controller import AppController
from mbe_desktop.ui.tasks import SyncRunner, TaskRunner

PASSPHRASE = "Kiefernzapfen-Regenschirm-42"
NEW_PASSPHRASE = "Wendeltreppe-Sonnenblume-Ahorn-7"
OFFICE = OfficeProfile(
    counsellor_name="Test Beraterin",
    office_name="MBE Teststadt",
    street="Testweg 1",
    postcode="99998",
    city="Teststadt",
    provider="Test-Träger e. V.",
)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@dataclass
class StoreFixture:
    paths: DataPaths
    recovery_code: str


def make_store(tmp_path: Path, name: str = "store") -> StoreFixture:
    paths = data_paths(tmp_path / name)
    created = create_store(paths, OFFICE, PASSPHRASE, PASSPHRASE, kdf=FAST_TEST_KDF)
    created.services.close()
    return StoreFixture(paths, created.recovery_code)


@dataclass
class Harness:
    """Builds controllers and shuts all of them down after the test."""

    clock: FakeClock = field(default_factory=FakeClock)
    controllers: list[AppController] = field(default_factory=list)

    def controller(
        self, paths: DataPaths, runner: TaskRunner | None = None, *, start: bool = True
    ) -> AppController:
        controller = AppController(
            paths,
            FAST_TEST_KDF,
            runner=runner or SyncRunner(),
            clock=self.clock,
            idle_interval_ms=3_600_000,  # ticks are driven by the tests (idle.check())
        )
        self.controllers.append(controller)
        if start:
            controller.start()
        return controller

    def close(self) -> None:
        for controller in self.controllers:
            controller.shutdown()
        while QApplication.overrideCursor() is not None:
            QApplication.restoreOverrideCursor()


def unlock(controller: AppController, secret: str = PASSPHRASE, recovery: bool = False) -> None:
    window = controller.unlock_window
    assert window is not None
    if recovery != window.recovery_mode:
        window.toggle.click()
    window.secret.setText(secret)
    window.unlock_button.click()


def visible_windows() -> list[QWidget]:
    return [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def file_state(paths: DataPaths) -> dict[str, tuple[bytes, int]]:
    return {
        path.name: (path.read_bytes(), path.stat().st_mtime_ns)
        for path in (paths.database, paths.key_slots)
    }


# The offscreen platform plugin warns about window features it lacks (propagateSizeHints,
# raise); that is noise of the test platform, not of the application.
OFFSCREEN_NOISE = "This plugin does not support"


def idle_for(controller: AppController, clock: FakeClock, seconds: float, step: float = 5) -> None:
    """Let time pass without input, with the watcher ticking every ``step`` seconds."""
    elapsed = 0.0
    while elapsed < seconds and controller.idle.active:
        delta = min(step, seconds - elapsed)
        clock.advance(delta)
        elapsed += delta
        controller.idle.check()


def mnemonics(window: QWidget) -> list[str]:
    """The Alt+letter keys of everything visible in ``window`` (menu bar, buttons, labels)."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMainWindow

    texts: list[str] = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QAbstractButton) or (
            isinstance(widget, QLabel) and widget.buddy() is not None
        ):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
    keys = []
    for text in texts:
        stripped = text.replace("&&", "")
        index = stripped.find("&")
        if 0 <= index < len(stripped) - 1:
            keys.append(stripped[index + 1].lower())
    return keys
