"""Benutzerhandbuch: the German user guide, shown inside the app.

The guide ships as ``resources/help/benutzerhandbuch.md`` with its screenshots in
``resources/help/screenshots/``; it is a copy of ``docs/benutzerhandbuch.md`` kept in sync by
``docs/make_screenshots.py`` (a test compares both).
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImageReader, QKeySequence, QShortcut, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.resources import resources_dir

GUIDE_FILE = "benutzerhandbuch.md"
MAX_IMAGE_WIDTH = 720  # device-independent pixels; wider screenshots are shown scaled down

_HEADING = re.compile(r"^(#{2})\s+(.+?)\s*#*\s*$", re.MULTILINE)


def help_dir() -> Path:
    return resources_dir() / "help"


def guide_path() -> Path:
    return help_dir() / GUIDE_FILE


def section_titles(markdown: str) -> list[str]:
    """The ``##`` headings of the guide, in order (the table of contents)."""
    return [match.group(2) for match in _HEADING.finditer(markdown)]


class GuideDialog(QDialog):
    """A window beside the work (not modal) with a table of contents and a search field."""

    def __init__(self, parent: QWidget | None = None, path: Path | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(self.tr("Benutzerhandbuch"))
        self.path = path or guide_path()
        markdown = self.path.read_text(encoding="utf-8")

        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide_text")
        self.browser.setAccessibleName(self.tr("Benutzerhandbuch"))
        self.browser.setOpenLinks(False)  # offline: no browser; anchors are handled below
        self.browser.anchorClicked.connect(self._anchor_clicked)
        document = self.browser.document()
        document.setBaseUrl(QUrl.fromLocalFile(str(self.path.parent) + "/"))
        self.browser.setMarkdown(markdown)
        self._scale_images()

        self.contents = QListWidget(self)
        self.contents.setObjectName("guide_contents")
        self.titles = section_titles(markdown)
        self.contents.addItems(self.titles)
        self.contents.currentRowChanged.connect(self.show_section)
        self.contents.itemActivated.connect(lambda _item: self.browser.setFocus())
        contents_label = QLabel(self.tr("&Inhalt"), self)
        contents_label.setBuddy(self.contents)

        self.search = QLineEdit(self)
        self.search.setObjectName("guide_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Wort im Handbuch suchen, Eingabe: weiter"))
        self.search.returnPressed.connect(self.find_next)
        search_label = QLabel(self.tr("&Suchen:"), self)
        search_label.setBuddy(self.search)
        find_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        find_shortcut.activated.connect(self.search.setFocus)

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(contents_label)
        left_layout.addWidget(self.contents, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(self.browser)
        splitter.setStretchFactor(1, 1)
        metrics = self.contents.fontMetrics()
        widest = max((metrics.horizontalAdvance(title) for title in self.titles), default=200)
        splitter.setSizes([widest + 32, 700])

        search_row = QHBoxLayout()
        search_row.addWidget(search_label)
        search_row.addWidget(self.search, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        QWidget.setTabOrder(self.search, self.contents)
        QWidget.setTabOrder(self.contents, self.browser)
        self.resize(metrics.averageCharWidth() * 150, metrics.height() * 40)

    def _scale_images(self) -> None:
        """Screenshots wider than the reading column are shown at MAX_IMAGE_WIDTH."""
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                char_format = fragment.charFormat()
                if fragment.isValid() and char_format.isImageFormat():
                    image_format = char_format.toImageFormat()
                    source = self.path.parent / image_format.name()
                    size = QImageReader(str(source)).size()
                    if size.isValid() and size.width() > MAX_IMAGE_WIDTH:
                        image_format.setWidth(MAX_IMAGE_WIDTH)
                        image_format.setHeight(size.height() * MAX_IMAGE_WIDTH / size.width())
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(),
                            QTextCursor.MoveMode.KeepAnchor,
                        )
                        cursor.setCharFormat(image_format)
                iterator += 1
            block = block.next()

    def show_section(self, row: int) -> None:
        """Scroll so that the heading of section ``row`` is at the top."""
        if not 0 <= row < len(self.titles):
            return
        document = self.browser.document()
        block = document.begin()
        while block.isValid():
            if block.blockFormat().headingLevel() == 2 and block.text().strip() == self.titles[row]:
                cursor = QTextCursor(block)
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.maximum())  # then back up: the heading ends at the top
                self.browser.setTextCursor(cursor)
                self.browser.ensureCursorVisible()
                return
            block = block.next()

    def find_next(self) -> bool:
        text = self.search.text().strip()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text, QTextDocument.FindFlag(0))

    def _anchor_clicked(self, url: QUrl) -> None:
        if url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
