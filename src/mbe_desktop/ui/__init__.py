"""The PySide6 desktop interface. Only this package imports Qt."""

from __future__ import annotations

from mbe_desktop.paths import DataPaths
from mbe_desktop.storage.keyslots import KdfParams


def run_gui(paths: DataPaths, kdf: KdfParams) -> int:
    """Start the desktop application and return its exit code."""
    from PySide6.QtCore import qInstallMessageHandler

    from mbe_desktop.ui.application import (
        application,
        configure_application,
        install_message_handler,
    )
    from mbe_desktop.ui.controller import AppController
    from mbe_desktop.ui.crash import CrashHandler

    app = application()
    translators = configure_application(app, language=None)  # saved choice or system's
    previous_handler = install_message_handler()
    crash_handler = CrashHandler()
    crash_handler.install()
    controller = AppController(paths, kdf)
    controller.finished.connect(app.exit)
    try:
        controller.start()
        return int(app.exec())
    finally:
        controller.shutdown()
        crash_handler.uninstall()
        qInstallMessageHandler(previous_handler)
        for translator in translators:
            app.removeTranslator(translator)


__all__ = ["run_gui"]
