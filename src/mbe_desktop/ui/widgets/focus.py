"""Tab order across sections that are built in one order and shown in another."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def tab_stops(container: QWidget) -> list[QWidget]:
    """``container`` and the widgets inside it that Tab can reach, in their current order."""
    start = container.window()
    stops: list[QWidget] = []
    widget: QWidget | None = start.nextInFocusChain()
    while widget is not None and widget is not start and len(stops) < 10_000:
        if (
            (widget is container or container.isAncestorOf(widget))
            and widget.focusProxy() is None
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


def tab_order_follows(containers: Sequence[QWidget]) -> None:
    """Tab visits the containers one after another in this order (the visual order); inside
    each container the order stays as it is."""
    stops = [widget for container in containers for widget in tab_stops(container)]
    for first, second in itertools.pairwise(stops):
        QWidget.setTabOrder(first, second)
