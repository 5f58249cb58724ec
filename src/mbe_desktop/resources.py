"""Where the bundled resources (fonts, icons, templates, translations) live.

No Qt here: the PDF code needs the fonts too.
"""

from __future__ import annotations

import sys
from pathlib import Path

RESOURCES_DIR_NAME = "resources"


def resources_dir() -> Path:
    """The repository-level ``resources/`` folder, in a source checkout or a PyInstaller build.

    Frozen by PyInstaller, the resources are data files under ``sys._MEIPASS``. Otherwise the
    package lives in ``src/mbe_desktop/`` and the folder is found by walking up to the directory
    that holds ``resources/fonts``.
    """
    if getattr(sys, "frozen", False):
        bundle = getattr(sys, "_MEIPASS", None)
        if bundle is None:
            raise RuntimeError(
                "MBE Desktop runs frozen, but the bundle directory (sys._MEIPASS) is unknown."
            )
        frozen_dir = Path(bundle) / RESOURCES_DIR_NAME
        if not (frozen_dir / "fonts").is_dir():
            raise RuntimeError(f"The bundled resources are missing: {frozen_dir / 'fonts'}")
        return frozen_dir

    here = Path(__file__).resolve().parent
    for folder in (here, *here.parents):
        candidate = folder / RESOURCES_DIR_NAME
        if (candidate / "fonts").is_dir():
            return candidate
    raise RuntimeError(
        f"Cannot find the '{RESOURCES_DIR_NAME}/fonts' folder above {here}. "
        "Run MBE Desktop from a source checkout (pip install -e .) or from the packaged build."
    )
