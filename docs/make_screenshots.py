#!/usr/bin/env python3
"""Screenshots for the user guide, made from a fresh demo store (synthetic data only).

    .venv/bin/python docs/make_screenshots.py            # docs/screenshots + resources/help
    .venv/bin/python docs/make_screenshots.py --out /tmp/shots --scale 2 --dark --no-sync

Runs offscreen (no display needed): a demo store with 60 clients in a temporary folder, the app
unlocked in-process, each window grabbed with ``QWidget.grab()`` and saved as a palette PNG
(256 colours, small files). Without ``--no-sync`` the guide (``docs/benutzerhandbuch.md``) and
the screenshots are then copied to ``resources/help/``, from where the app shows them (F1).
"""

# ruff: noqa: TID251 - a Qt tool script outside the package (Qt is banned only in the core)
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
GUIDE = DOCS / "benutzerhandbuch.md"
HELP = ROOT / "resources" / "help"
PASSPHRASE = "demo-passphrase-not-for-real-data"


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DOCS / "screenshots")
    parser.add_argument("--clients", type=int, default=60)
    parser.add_argument("--scale", type=float, default=1.0, help="QT_SCALE_FACTOR, e.g. 2")
    parser.add_argument("--dark", action="store_true", help="Fusion style with a dark palette")
    parser.add_argument(
        "--size",
        default="",
        help="window size in logical pixels (default: the app's own; 960x540: 1080p at 200 %%)",
    )
    parser.add_argument("--no-sync", action="store_true", help="do not copy to resources/help")
    parser.add_argument("--full-colour", action="store_true", help="no 256-colour palette")
    parser.add_argument(
        "--store", type=Path, help="copy this demo store (passphrase as above) instead of a new one"
    )
    return parser.parse_args(argv)


def make_demo_store(folder: Path, clients: int) -> None:
    env = dict(os.environ, MBE_PASSPHRASE=PASSPHRASE)
    command = [sys.executable, "-m", "mbe_desktop", "demo", "--data-dir", str(folder)]
    command += ["--clients", str(clients), "--insecure-fast-kdf"]
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL)


class Shooter:
    def __init__(self, out: Path, full_colour: bool) -> None:
        self.out = out
        self.full_colour = full_colour
        self.saved: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def __call__(self, name: str, widget: object) -> None:
        from PySide6.QtWidgets import QApplication, QWidget

        assert isinstance(widget, QWidget)
        for _ in range(3):
            QApplication.processEvents()
        path = self.out / f"{name}.png"
        if not widget.grab().save(str(path)):
            raise SystemExit(f"could not save {path}")
        if not self.full_colour:
            from PIL import Image

            with Image.open(path) as image:
                small = image.convert("RGB").quantize(colors=256, method=Image.Quantize.MEDIANCUT)
                small.save(path, optimize=True)
        self.saved.append(path)
        print(
            f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
            f"  {path.stat().st_size // 1024} KB"
        )


def run(args: argparse.Namespace, data_dir: Path) -> None:
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from mbe_desktop.paths import data_paths
    from mbe_desktop.storage.keyslots import FAST_TEST_KDF
    from mbe_desktop.ui.application import application, configure_application
    from mbe_desktop.ui.controller import AppController
    from mbe_desktop.ui.tasks import SyncRunner

    app = application()
    translators = configure_application(app)  # noqa: F841 - keep them alive
    if args.dark:
        from mbe_desktop.ui.widgets.colours import reference_dark_palette

        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(reference_dark_palette())
    shoot = Shooter(args.out, args.full_colour)
    controller = AppController(data_paths(data_dir), FAST_TEST_KDF, runner=SyncRunner())
    controller.start()
    try:
        window = controller.unlock_window
        assert window is not None
        size = tuple(int(part) for part in args.size.split("x")) if args.size else None
        if size:
            window.resize(*size)
        window.show()
        shoot("entsperren", window)
        window.secret.setText(PASSPHRASE)
        window.unlock_button.click()
        main = controller.main_window
        assert main is not None, "unlock failed"
        if size:
            main.resize(*size)
        main.show()
        shots(main, shoot)
    finally:
        controller.shutdown()
        QApplication.processEvents()


def shots(main: object, shoot: Callable[[str, object], None]) -> None:
    from PySide6.QtWidgets import QApplication, QDialog

    from mbe_desktop.services.clients import ClientQuery
    from mbe_desktop.ui.main_window import CLIENTS, NETWORK, SETTINGS, STATISTICS, TODAY, MainWindow

    assert isinstance(main, MainWindow)
    services = main.context.services

    def close_dialogs() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.done(QDialog.DialogCode.Rejected)
        QApplication.processEvents()

    main.show_view(TODAY)
    shoot("heute", main)
    main.show_view(CLIENTS)
    shoot("ratsuchende", main)

    intake = main.clients.open_intake()
    shoot("erstaufnahme", intake)
    close_dialogs()

    client_id = None
    best = -1
    for row in services.clients.page(ClientQuery(limit=60)):
        case = services.cases.current_case(row.id)
        if case is None:
            continue
        goals = len(services.cases.plan(case.id).goals)
        if goals > best:
            client_id, best = row.id, goals
    assert client_id is not None, "no demo client with an open case"
    main.clients.open_client(client_id, "record")
    record = main.clients.record
    record.tabs.setCurrentWidget(record.case_panel)
    record.record_contact()
    dialog = record.case_panel.dialog
    assert dialog is not None, "no contact dialog"
    shoot("kontakt", dialog)
    close_dialogs()
    record.tabs.setCurrentWidget(record.plan_editor)
    shoot("kooperationsvereinbarung", main)
    main.clients.show_list()

    main.show_view(NETWORK)
    shoot("netzwerk", main)
    main.show_view(STATISTICS)
    shoot("statistik", main)
    main.show_view(SETTINGS)
    shoot("einstellungen", main)
    shortcuts = main.show_shortcuts()
    shortcuts.resize(820, 640)
    shoot("tastenkuerzel", shortcuts)
    close_dialogs()
    main.show_view(TODAY)


def sync_help(out: Path) -> None:
    """The guide and its screenshots as the app's help resources (replaced as a whole)."""
    target = HELP / "screenshots"
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    shutil.copy2(GUIDE, HELP / GUIDE.name)
    for path in sorted(out.glob("*.png")):
        shutil.copy2(path, target / path.name)


def main(argv: list[str]) -> int:
    args = parse_args(argv)
    if args.scale != 1.0:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["MBE_LANGUAGE"] = "de"  # the guide is German, whatever this machine's locale
    args.out = args.out.resolve()
    with tempfile.TemporaryDirectory(prefix="mbe-shots-") as folder:
        data_dir = Path(folder) / "store"
        if args.store is not None:
            shutil.copytree(args.store, data_dir)
        else:
            make_demo_store(data_dir, args.clients)
        run(args, data_dir)
    if not args.no_sync:
        sync_help(args.out)
        print(f"synced to {HELP.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
