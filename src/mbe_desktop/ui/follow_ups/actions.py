"""The actions on a selected follow-up, the same in Heute and in the client record."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mbe_desktop.domain.reminders import Snooze


def make_action(
    owner: QWidget, text: str, shortcut: str | None, slot: Callable[[], object]
) -> QAction:
    """An action of ``owner``; its shortcut works only while ``owner`` (a view or tab) shows."""
    action = QAction(text, owner)
    if shortcut:
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(lambda _checked=False: slot())
    owner.addAction(action)
    return action


@dataclass(frozen=True)
class FollowUpActions:
    done: QAction
    snooze_day: QAction
    snooze_week: QAction
    snooze_date: QAction
    edit: QAction
    delete: QAction


def follow_up_actions(
    owner: QWidget,
    *,
    complete: Callable[[], object],
    snooze: Callable[[Snooze], object],
    snooze_to_date: Callable[[], object],
    edit: Callable[[], object],
    delete: Callable[[], object],
) -> FollowUpActions:
    done = make_action(
        owner, QCoreApplication.translate("FollowUpActions", "&Erledigt"), "Ctrl+E", complete
    )
    done.setToolTip(
        QCoreApplication.translate("FollowUpActions", "Als erledigt markieren (Strg+E)")
    )
    return FollowUpActions(
        done=done,
        snooze_day=make_action(
            owner,
            QCoreApplication.translate("FollowUpActions", "Um einen &Tag"),
            "Ctrl+T",
            lambda: snooze(Snooze.DAY),
        ),
        snooze_week=make_action(
            owner,
            QCoreApplication.translate("FollowUpActions", "Um eine &Woche"),
            "Ctrl+Shift+T",
            lambda: snooze(Snooze.WEEK),
        ),
        snooze_date=make_action(
            owner,
            QCoreApplication.translate("FollowUpActions", "Bis &Datum …"),
            None,
            snooze_to_date,
        ),
        edit=make_action(
            owner, QCoreApplication.translate("FollowUpActions", "&Bearbeiten …"), "F2", edit
        ),
        delete=make_action(
            owner, QCoreApplication.translate("FollowUpActions", "&Löschen …"), None, delete
        ),
    )
