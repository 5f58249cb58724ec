"""Heavy libraries load when their feature is used, not with every unlock: an unlocked store
with the main window and all its views built keeps alembic and mako (migrations, ~16 MB),
reportlab with PIL and HarfBuzz (PDFs, ~13 MB) and icalendar (calendar export, ~6 MB) out
of memory. Measured resident sizes are in docs/performance.md."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from conftest import TEST_OFFICE, TEST_PASSPHRASE
from mbe_desktop.app import create_store
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF

HEAVY = ("alembic", "mako", "reportlab", "PIL", "uharfbuzz", "icalendar")

PROBE = """
import sys
from mbe_desktop.app import unlock_store
from mbe_desktop.paths import data_paths
from mbe_desktop.storage.keyslots import FAST_TEST_KDF
from mbe_desktop.ui.application import application, configure_application
from mbe_desktop.ui.context import UnlockedContext
from mbe_desktop.ui.main_window import MainWindow
from mbe_desktop.ui.tasks import SyncRunner

app = application()
configure_application(app)
services = unlock_store(data_paths(sys.argv[1]), sys.argv[2])
window = MainWindow(UnlockedContext(services, SyncRunner(), FAST_TEST_KDF))
window.show()
window.build_all_views()
app.processEvents()
loaded = sorted(name for name in sys.argv[3:] if name in sys.modules)
window.close_for_controller()
services.close()
print("loaded:", ",".join(loaded))
"""


def test_unlocking_and_the_main_window_leave_heavy_libraries_unloaded(tmp_path: Path) -> None:
    create_store(
        data_paths(tmp_path), TEST_OFFICE, TEST_PASSPHRASE, TEST_PASSPHRASE, kdf=FAST_TEST_KDF
    ).services.close()
    done = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path), TEST_PASSPHRASE, *HEAVY],
        capture_output=True,
        text=True,
        timeout=180,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip().splitlines()[-1] == "loaded:"
