"""Helpers for the Ratsuchende UI tests: clients through the real service, finding dialogs."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QPushButton, QWidget

from mbe_desktop.app import Services
from mbe_desktop.services.clients import ClientDetail, ClientInput
from mbe_desktop.ui.controller import AppController
from mbe_desktop.ui.main_window import MainWindow

W = TypeVar("W", bound=QWidget)

SCOPE = "Beratung und Dokumentation in der MBE"


def client_input(family: str, given: str = "", **values: Any) -> ClientInput:
    """A valid intake: adult, first contact a month ago, consent given."""
    values.setdefault("birth_date", date(1985, 3, 12))
    values.setdefault("first_contact_date", date.today() - timedelta(days=30))
    values.setdefault("consent_given_on", values["first_contact_date"])
    values.setdefault("consent_scope", SCOPE)
    return ClientInput(family_name=family, given_names=given, **values)


def add_client(services: Services, family: str, given: str = "", **values: Any) -> ClientDetail:
    return services.clients.create(client_input(family, given, **values))


def main_of(controller: AppController) -> MainWindow:
    assert controller.main_window is not None
    return controller.main_window


def services_of(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


def visible_of(kind: type[W]) -> list[W]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def message_box() -> QMessageBox:
    boxes = visible_of(QMessageBox)
    assert len(boxes) == 1, [box.text() for box in boxes]
    return boxes[0]


def click_box_button(box: QMessageBox, text: str) -> None:
    for button in box.buttons():
        if isinstance(button, QPushButton) and button.text().replace("&", "") == text:
            button.click()
            return
    raise AssertionError(f"no button {text!r} in {[b.text() for b in box.buttons()]}")


def type_text(qtbot: Any, edit: QLineEdit, text: str) -> None:
    """Type like a user; QTest can only send ASCII keys, so other text is inserted."""
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:
        edit.insert(text)
