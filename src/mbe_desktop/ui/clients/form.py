"""The client form: every ``ClientInput`` field, in the order an intake conversation runs.

Used by the intake dialog and by the client record (tab "Stammdaten"). The form knows no
services: callers pass the outreach locations, read :meth:`ClientForm.values` and hand check
results to :meth:`ClientForm.show_problems`, which writes each message next to its field
(errors red, warnings amber) and marks the sections in the navigation.
"""

from __future__ import annotations

import itertools
from dataclasses import asdict, fields
from datetime import date
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.client_rules import DEFAULT_CONSENT_SCOPE
from mbe_desktop.domain.countries import countries, languages
from mbe_desktop.services.clients import ClientInput, Problem
from mbe_desktop.ui.clients.widgets import (
    COMBO_MIN_WIDTH,
    CodeChecklist,
    DateField,
    OptionalSpin,
    catalogue_combo,
    combo_code,
    set_combo_code,
)
from mbe_desktop.ui.texts import catalogue_label, entry_hint, names_in_ui_language, ui_language
from mbe_desktop.ui.widgets.colours import banner_colours, css, error_text
from mbe_desktop.ui.widgets.common import (
    INVALID_STYLE,
    Banner,
    heading,
    hint,
    quiet,
    set_invalid,
)

INPUT_FIELDS = tuple(f.name for f in fields(ClientInput))
DATE_FIELDS = frozenset(
    {
        "birth_date",
        "arrival_date",
        "residence_valid_until",
        "first_contact_date",
        "consent_given_on",
    }
)
INT_FIELDS = frozenset({"birth_year", "household_size", "children_count", "outreach_location_id"})
BOOL_FIELDS = frozenset({"interpreter_needed"})
TUPLE_FIELDS = frozenset({"nationalities", "languages"})

# Place of the first contact in the combo: the office, an outreach location (its id), other.
PLACE_OFFICE = "office"
PLACE_OTHER = "other"

CATALOGUE_FIELDS: dict[str, cat.Catalogue] = {
    "gender": cat.GENDERS,
    "residence_status": cat.RESIDENCE_STATUSES,
    "course_right": cat.COURSE_RIGHTS,
    "course_status": cat.COURSE_STATUSES,
    "german_level": cat.CEFR_LEVELS,
    "education": cat.EDUCATION_LEVELS,
    "recognition_status": cat.RECOGNITION_STATUSES,
    "employment_status": cat.EMPLOYMENT_STATUSES,
    "benefits": cat.BENEFITS,
    "living_situation": cat.LIVING_SITUATIONS,
    "how_found": cat.HOW_FOUND,
}

SECTIONS = ("person", "arrival", "language", "work", "household", "contact", "consent")
FIELD_SECTION = {
    **dict.fromkeys(
        (
            "family_name",
            "given_names",
            "name_latin",
            "gender",
            "birth_date",
            "birth_year",
            "nationalities",
        ),
        "person",
    ),
    **dict.fromkeys(
        ("arrival_date", "residence_status", "residence_legal_basis", "residence_valid_until"),
        "arrival",
    ),
    **dict.fromkeys(
        (
            "languages",
            "interpreter_needed",
            "interpreter_language",
            "german_level",
            "course_right",
            "course_status",
        ),
        "language",
    ),
    **dict.fromkeys(
        ("education", "qualification", "recognition_status", "employment_status", "benefits"),
        "work",
    ),
    **dict.fromkeys(("household_size", "children_count", "living_situation"), "household"),
    **dict.fromkeys(
        (
            "phone",
            "email",
            "street",
            "postcode",
            "city",
            "first_contact_date",
            "first_contact_place",
            "outreach_location_id",
            "how_found",
        ),
        "contact",
    ),
    **dict.fromkeys(("consent_given_on", "consent_scope"), "consent"),
}


def _message_style(kind: str) -> str:
    """Red text for an error, an amber box for a warning: shades from the palette."""
    if kind == "error":
        return f"QLabel {{ color: {css(error_text())}; }}"
    background, border, text = (css(colour) for colour in banner_colours("warning"))
    return (
        f"QLabel {{ color: {text}; background: {background}; border: 1px solid {border};"
        " border-radius: 3px; padding: 2px 6px; }"
    )


_FORM_STYLE = (
    INVALID_STYLE
    + ' QPlainTextEdit[invalid="true"], QListView[invalid="true"]'
    + " { border: 2px solid #c0392b; border-radius: 3px; }"
)
FIELD_MAX_WIDTH = 460


def input_to_json(data: ClientInput) -> dict[str, Any]:
    """A ClientInput as a JSON-able dict (dates ISO, tuples as lists) for drafts."""
    values = asdict(data)
    for name in DATE_FIELDS:
        value = values[name]
        values[name] = value.isoformat() if isinstance(value, date) else None
    for name in TUPLE_FIELDS:
        values[name] = list(values[name])
    return values


def input_from_json(values: dict[str, Any], base: ClientInput | None = None) -> ClientInput:
    """Read a draft back; wrong types and unknown keys are ignored (a draft is untrusted)."""
    result = asdict(base or ClientInput())
    for name in INPUT_FIELDS:
        if name not in values:
            continue
        value = values[name]
        if name in DATE_FIELDS:
            if value is None:
                result[name] = None
            elif isinstance(value, str):
                try:
                    result[name] = date.fromisoformat(value)
                except ValueError:
                    continue
        elif name in INT_FIELDS:
            if value is None or (isinstance(value, int) and not isinstance(value, bool)):
                result[name] = value
        elif name in BOOL_FIELDS:
            if isinstance(value, bool):
                result[name] = value
        elif name in TUPLE_FIELDS:
            if isinstance(value, list) and all(isinstance(item, str) for item in value):
                result[name] = tuple(value)
        elif isinstance(value, str):
            result[name] = value
    return ClientInput(**result)


class FieldMessage(QLabel):
    """The message under a field: red for an error, amber for a warning; hidden when empty."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setMaximumWidth(FIELD_MAX_WIDTH)
        self.kind = ""
        self.hide()

    def set_messages(self, errors: list[str], warnings: list[str]) -> None:
        if errors:
            self.kind = "error"
            text = "\n".join(errors)
        elif warnings:
            self.kind = "warning"
            text = "\n".join(warnings)
        else:
            self.kind = ""
            text = ""
        self.setText(text)
        self.setAccessibleName(text)
        if self.kind:
            self.setStyleSheet(_message_style(self.kind))
        self.setVisible(bool(text))


class ClientForm(QWidget):
    """All master data of a client in seven sections with a navigation list on the left."""

    changed = Signal()

    def __init__(
        self,
        outreach_locations: list[tuple[int, str]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setStyleSheet(_FORM_STYLE)
        self.widgets: dict[str, QWidget] = {}  # ClientInput field -> its input
        self.lines: dict[str, QLineEdit] = {}
        self.combos: dict[str, QComboBox] = {}  # catalogue combos and the interpreter language
        self.dates: dict[str, DateField] = {}
        self.checklists: dict[str, CodeChecklist] = {}
        self.spins: dict[str, OptionalSpin] = {}
        self.messages: dict[str, FieldMessage] = {}  # ClientInput field -> its message label
        self._outreach = list(outreach_locations)
        self.general = Banner("error", self)  # problems without a field of their own

        self.titles = {
            "person": self.tr("Person"),
            "arrival": self.tr("Ankunft und Aufenthalt"),
            "language": self.tr("Sprache und Integrationskurs"),
            "work": self.tr("Bildung und Arbeit"),
            "household": self.tr("Haushalt"),
            "contact": self.tr("Kontakt"),
            "consent": self.tr("Einwilligung"),
        }
        self.navigation = QListWidget(self)
        self.navigation.setObjectName("sections")
        self.navigation.setAccessibleName(self.tr("Abschnitte"))
        self.navigation.setIconSize(QSize(16, 16))
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Ctrl+PgUp/PgDn switch pages
        self.navigation.setProperty("keyboard_alternative", "Ctrl+PgDown, Ctrl+PgUp")
        self.stack = QStackedWidget(self)
        self.pages: dict[str, QWidget] = {}
        self._focus_first: dict[str, QWidget] = {}
        self._build_person()
        self._build_arrival()
        self._build_language()
        self._build_work()
        self._build_household()
        self._build_contact()
        self._build_consent()
        # Sized from the font: long titles ("Sprache und Integrationskurs") must not clip.
        metrics = self.navigation.fontMetrics()
        widest = max(metrics.horizontalAdvance(title) for title in self.titles.values())
        item_size = QSize(widest + 36, max(34, metrics.height() + 16))
        self.navigation.setFixedWidth(max(210, item_size.width() + 8))
        for section in SECTIONS:
            item = QListWidgetItem(self.titles[section], self.navigation)
            item.setSizeHint(item_size)
        self.navigation.currentRowChanged.connect(self._section_changed)
        self.navigation.setCurrentRow(0)

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.navigation)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.general)
        layout.addLayout(body, 1)
        self._wire_changes()
        self.clear_problems()
        self.apply_tab_order()
        self.setFocusProxy(self.widgets["family_name"])

    # --- building ------------------------------------------------------------------------

    def _page(self, section: str, lead: str) -> QFormLayout:
        inner = QWidget()
        inner.setObjectName(f"page_{section}")
        column = QVBoxLayout(inner)
        column.setContentsMargins(4, 0, 12, 12)
        column.setSpacing(10)
        column.addWidget(heading(self.titles[section], level=2, parent=inner))
        lead_label = hint(lead, inner)
        lead_label.setMaximumWidth(640)
        column.addWidget(lead_label)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setVerticalSpacing(10)
        column.addLayout(form)
        column.addStretch(1)
        area = QScrollArea(self.stack)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(inner)
        self.stack.addWidget(area)
        self.pages[section] = area
        return form

    def _line(self, name: str, accessible: str, *, max_width: int = FIELD_MAX_WIDTH) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaximumWidth(max_width)
        self.widgets[name] = self.lines[name] = edit
        return edit

    def _combo(self, name: str, catalogue: cat.Catalogue, accessible: str) -> QComboBox:
        combo = catalogue_combo(catalogue, self)
        combo.setObjectName(name)
        combo.setAccessibleName(accessible)
        self.widgets[name] = self.combos[name] = combo
        return combo

    def _date(self, name: str, accessible: str) -> DateField:
        field = DateField(self)
        field.setObjectName(name)
        field.setAccessibleName(accessible)
        self.widgets[name] = self.dates[name] = field
        return field

    def _row(
        self,
        form: QFormLayout,
        caption: str,
        content: QWidget | QHBoxLayout,
        names: tuple[str, ...],
        *,
        buddy: QWidget | None = None,
        note: str = "",
    ) -> QLabel:
        """A caption with its input(s), an optional grey note and the message line below."""
        label = QLabel(caption, self)
        target = buddy if buddy is not None else self.widgets[names[0]]
        label.setBuddy(target)
        cell = QVBoxLayout()
        cell.setSpacing(3)
        if isinstance(content, QWidget):
            cell.addWidget(content)
        else:
            cell.addLayout(content)
        if note:
            note_label = hint(note, self)
            quiet(note_label)
            note_label.setMaximumWidth(FIELD_MAX_WIDTH)
            cell.addWidget(note_label)
        message = FieldMessage(self)
        cell.addWidget(message)
        for name in names:
            self.messages[name] = message
        form.addRow(label, cell)
        return label

    def _build_person(self) -> None:
        form = self._page(
            "person",
            self.tr(
                "Schreiben Sie den Namen so, wie die Person ihn schreibt. Steht er in einer "
                "anderen Schrift (z. B. Arabisch oder Kyrillisch), tragen Sie zusätzlich die "
                "lateinische Schreibweise ein – dann findet die Suche die Akte auf beide Arten."
            ),
        )
        family = self._line("family_name", self.tr("Familienname"))
        self._row(form, self.tr("&Familienname*"), family, ("family_name",))
        given = self._line("given_names", self.tr("Vorname(n)"))
        self._row(form, self.tr("V&orname(n)"), given, ("given_names",))
        latin = self._line("name_latin", self.tr("Name in lateinischer Schrift"))
        latin.setPlaceholderText(self.tr("nur nötig bei anderer Schrift, z. B. Oleksandr Koval"))
        self._row(form, self.tr("&Name in lateinischer Schrift"), latin, ("name_latin",))
        gender = self._combo("gender", cat.GENDERS, self.tr("Geschlecht"))
        self._row(form, self.tr("&Geschlecht"), gender, ("gender",))

        birth_date = self._date("birth_date", self.tr("Geburtsdatum"))
        self.birth_year = OptionalSpin(1900, date.today().year, self)
        self.birth_year.setObjectName("birth_year")
        self.birth_year.setAccessibleName(self.tr("nur Geburtsjahr"))
        self.birth_year.setToolTip(self.tr("Nur ausfüllen, wenn das genaue Datum unbekannt ist."))
        self.widgets["birth_year"] = self.spins["birth_year"] = self.birth_year
        year_label = QLabel(self.tr("oder nur Geburts&jahr:"), self)
        year_label.setBuddy(self.birth_year)
        birth = QHBoxLayout()
        birth.setSpacing(8)
        birth.addWidget(birth_date)
        birth.addSpacing(12)
        birth.addWidget(year_label)
        birth.addWidget(self.birth_year)
        birth.addStretch(1)
        self._row(form, self.tr("Geburtsdatu&m"), birth, ("birth_date", "birth_year"))

        nationalities = CodeChecklist(
            [
                (c.code, *names_in_ui_language(c.name_de, c.name_en))
                for c in countries(ui_language())
            ],
            placeholder=self.tr("Land suchen, z. B. „syr“, dann Enter"),
            parent=self,
        )
        nationalities.setObjectName("nationalities")
        nationalities.setAccessibleName(self.tr("Staatsangehörigkeit"))
        nationalities.setMaximumWidth(FIELD_MAX_WIDTH)
        self.widgets["nationalities"] = self.checklists["nationalities"] = nationalities
        self._row(
            form,
            self.tr("Staatsangehörig&keit"),
            nationalities,
            ("nationalities",),
            note=self.tr("Mehrere möglich; die zuerst gewählte zählt als erste."),
        )
        self._focus_first["person"] = family

    def _build_arrival(self) -> None:
        form = self._page(
            "arrival",
            self.tr(
                "Das Einreisedatum zeigt, ob die Person in den ersten drei Jahren nach der "
                "Ankunft ist. Bei befristeten Titeln halten Sie fest, bis wann sie gelten."
            ),
        )
        arrival = self._date("arrival_date", self.tr("Einreise nach Deutschland"))
        self._row(form, self.tr("&Einreise am"), arrival, ("arrival_date",))
        status = self._combo(
            "residence_status", cat.RESIDENCE_STATUSES, self.tr("Aufenthaltsstatus")
        )
        self._row(form, self.tr("Aufe&nthaltsstatus"), status, ("residence_status",))
        basis = self._line("residence_legal_basis", self.tr("Rechtsgrundlage"))
        self._row(form, self.tr("Rechts&grundlage"), basis, ("residence_legal_basis",))
        valid = self._date("residence_valid_until", self.tr("Gültig bis"))
        self._row(
            form,
            self.tr("Gültig &bis"),
            valid,
            ("residence_valid_until",),
            note=self.tr("Leer lassen bei unbefristetem Status."),
        )
        status.currentIndexChanged.connect(self._residence_status_changed)
        self._residence_status_changed()
        self._focus_first["arrival"] = arrival

    def _build_language(self) -> None:
        form = self._page(
            "language",
            self.tr(
                "Sprachen, in denen die Beratung möglich ist, und der Stand beim "
                "Deutschlernen. Der Stand bei der Aufnahme wird beim Abschluss wieder erfasst."
            ),
        )
        language_items = [
            (item.code, *names_in_ui_language(item.name_de, item.name_en))
            for item in languages(ui_language())
        ]
        spoken = CodeChecklist(
            language_items,
            placeholder=self.tr("Sprache suchen, z. B. „arab“, dann Enter"),
            parent=self,
        )
        spoken.setObjectName("languages")
        spoken.setAccessibleName(self.tr("Sprachen"))
        spoken.setMaximumWidth(FIELD_MAX_WIDTH)
        self.widgets["languages"] = self.checklists["languages"] = spoken
        self._row(form, self.tr("Spra&chen"), spoken, ("languages",))

        needed = QCheckBox(self.tr("nötig"), self)
        needed.setObjectName("interpreter_needed")
        needed.setAccessibleName(self.tr("Sprachmittlung nötig"))
        self.widgets["interpreter_needed"] = needed
        self.interpreter_needed = needed
        interpreter = QComboBox(self)
        interpreter.setObjectName("interpreter_language")
        interpreter.setAccessibleName(self.tr("Sprache der Sprachmittlung"))
        interpreter.addItem(self.tr("– Sprache wählen –"), "")
        for code, name, _english in language_items:
            interpreter.addItem(name, code)
        interpreter.setMaxVisibleItems(15)
        interpreter.setMinimumWidth(COMBO_MIN_WIDTH)
        interpreter.setMaximumWidth(COMBO_MIN_WIDTH + 40)
        self.widgets["interpreter_language"] = self.combos["interpreter_language"] = interpreter
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(needed)
        row.addSpacing(8)
        in_label = QLabel(self.tr("in der Sprache:"), self)
        in_label.setBuddy(interpreter)
        row.addWidget(in_label)
        row.addWidget(interpreter)
        row.addStretch(1)
        self._row(
            form,
            self.tr("Sprach&mittlung"),
            row,
            ("interpreter_needed", "interpreter_language"),
            buddy=needed,
        )
        needed.toggled.connect(self._interpreter_toggled)
        self._interpreter_toggled(False)

        level = self._combo("german_level", cat.CEFR_LEVELS, self.tr("Deutschkenntnisse"))
        self._row(form, self.tr("Deutsch&kenntnisse"), level, ("german_level",))
        right = self._combo(
            "course_right", cat.COURSE_RIGHTS, self.tr("Zugang zum Integrationskurs")
        )
        self._row(form, self.tr("&Integrationskurs"), right, ("course_right",))
        status = self._combo("course_status", cat.COURSE_STATUSES, self.tr("Stand des Kurses"))
        self._row(form, self.tr("Kursteil&nahme"), status, ("course_status",))
        self._focus_first["language"] = spoken

    def _build_work(self) -> None:
        form = self._page(
            "work",
            self.tr(
                "Schul- und Berufsabschlüsse, die Anerkennung ausländischer Abschlüsse und die "
                "Lebensgrundlage bei der Aufnahme."
            ),
        )
        education = self._combo("education", cat.EDUCATION_LEVELS, self.tr("Bildungsabschluss"))
        self._row(form, self.tr("&Bildungsabschluss"), education, ("education",))
        qualification = self._line("qualification", self.tr("Beruf oder Qualifikation"))
        qualification.setPlaceholderText(self.tr("z. B. Krankenpflegerin (Ukraine)"))
        self._row(form, self.tr("Beruf/&Qualifikation"), qualification, ("qualification",))
        recognition = self._combo(
            "recognition_status", cat.RECOGNITION_STATUSES, self.tr("Anerkennung")
        )
        self._row(form, self.tr("A&nerkennung"), recognition, ("recognition_status",))
        employment = self._combo(
            "employment_status", cat.EMPLOYMENT_STATUSES, self.tr("Erwerbssituation")
        )
        self._row(form, self.tr("E&rwerbssituation"), employment, ("employment_status",))
        benefits = self._combo("benefits", cat.BENEFITS, self.tr("Leistungsbezug"))
        self._row(form, self.tr("&Leistungsbezug"), benefits, ("benefits",))
        self._focus_first["work"] = education

    def _build_household(self) -> None:
        form = self._page(
            "household",
            self.tr(
                "Mitberatene Familienangehörige werden später im Fall erfasst und in der "
                "Statistik getrennt gezählt."
            ),
        )
        size = OptionalSpin(1, 30, self)
        size.setObjectName("household_size")
        size.setAccessibleName(self.tr("Personen im Haushalt"))
        size.setSuffix(self.tr(" Person(en)"))
        self.widgets["household_size"] = self.spins["household_size"] = size
        self._row(form, self.tr("&Größe des Haushalts"), size, ("household_size",))
        children = OptionalSpin(0, 20, self)
        children.setObjectName("children_count")
        children.setAccessibleName(self.tr("Kinder"))
        self.widgets["children_count"] = self.spins["children_count"] = children
        self._row(form, self.tr("&Kinder"), children, ("children_count",))
        living = self._combo("living_situation", cat.LIVING_SITUATIONS, self.tr("Wohnsituation"))
        self._row(form, self.tr("Wohnsit&uation"), living, ("living_situation",))
        self._focus_first["household"] = size

    def _build_contact(self) -> None:
        form = self._page(
            "contact",
            self.tr("Wie die Person erreichbar ist, und wann und wo das erste Gespräch stattfand."),
        )
        phone = self._line("phone", self.tr("Telefon"))
        self._row(form, self.tr("Tele&fon"), phone, ("phone",))
        email = self._line("email", self.tr("E-Mail"))
        self._row(form, self.tr("&E-Mail"), email, ("email",))
        street = self._line("street", self.tr("Straße und Hausnummer"))
        self._row(form, self.tr("St&raße"), street, ("street",))
        postcode = self._line("postcode", self.tr("PLZ"), max_width=90)
        city = self._line("city", self.tr("Ort"), max_width=FIELD_MAX_WIDTH - 98)
        place_row = QHBoxLayout()
        place_row.setSpacing(8)
        place_row.addWidget(postcode)
        place_row.addWidget(city, 1)
        self._row(form, self.tr("P&LZ und Ort"), place_row, ("postcode", "city"))

        first = self._date("first_contact_date", self.tr("Datum des Erstkontakts"))
        self._row(form, self.tr("Erst&kontakt am"), first, ("first_contact_date",))
        self.place = QComboBox(self)
        self.place.setObjectName("place")
        self.place.setAccessibleName(self.tr("Ort des Erstkontakts"))
        self.place.addItem(self.tr("in der Beratungsstelle"), PLACE_OFFICE)
        for location_id, name in self._outreach:
            self.place.addItem(self.tr("Außensprechstunde: {name}").format(name=name), location_id)
        self.place.addItem(self.tr("anderer Ort …"), PLACE_OTHER)
        self.widgets["outreach_location_id"] = self.place
        other = self._line("first_contact_place", self.tr("Anderer Ort des Erstkontakts"))
        other.setPlaceholderText(self.tr("z. B. Gemeinschaftsunterkunft Am Hang"))
        place_box = QVBoxLayout()
        place_box.setSpacing(4)
        place_box.addWidget(self.place)
        place_box.addWidget(other)
        self.place.setMaximumWidth(FIELD_MAX_WIDTH)
        self._row(
            form,
            self.tr("&Ort des Erstkontakts"),
            _wrap(place_box, self),
            ("outreach_location_id", "first_contact_place"),
            buddy=self.place,
        )
        self.place.currentIndexChanged.connect(self._place_changed)
        self._place_changed()
        how = self._combo("how_found", cat.HOW_FOUND, self.tr("Aufmerksam geworden durch"))
        self._row(form, self.tr("Aufmerksam geworden dur&ch"), how, ("how_found",))
        self._focus_first["contact"] = phone

    def _build_consent(self) -> None:
        form = self._page(
            "consent",
            self.tr(
                "Ohne Einwilligung in die Datenverarbeitung wird keine Akte angelegt. Erklären "
                "Sie, wofür die Daten verwendet werden; das Formular zur Unterschrift können Sie "
                "nach dem Speichern drucken oder als PDF speichern."
            ),
        )
        self.consent_given = QCheckBox(self.tr("liegt vor"), self)
        self.consent_given.setObjectName("consent_given")
        self.consent_given.setAccessibleName(
            self.tr("Einwilligung in die Datenverarbeitung liegt vor")
        )
        given = self._date("consent_given_on", self.tr("Datum der Einwilligung"))
        given_label = QLabel(self.tr("erteilt a&m:"), self)
        given_label.setBuddy(given)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.consent_given)
        row.addSpacing(12)
        row.addWidget(given_label)
        row.addWidget(given)
        row.addStretch(1)
        self._row(
            form,
            self.tr("&Einwilligung*"),
            row,
            ("consent_given_on",),
            buddy=self.consent_given,
        )
        scope = QPlainTextEdit(self)
        scope.setObjectName("consent_scope")
        scope.setAccessibleName(self.tr("Umfang der Einwilligung"))
        scope.setTabChangesFocus(True)
        scope.setMaximumWidth(FIELD_MAX_WIDTH)
        scope.setFixedHeight(scope.fontMetrics().lineSpacing() * 6 + 12)
        self.widgets["consent_scope"] = scope
        self.consent_scope = scope
        self._row(form, self.tr("&Umfang der Einwilligung"), scope, ("consent_scope",))
        self.consent_given.toggled.connect(self._consent_toggled)
        self._consent_toggled(False)
        self._focus_first["consent"] = self.consent_given

    def _wire_changes(self) -> None:
        for edit in self.lines.values():
            edit.textChanged.connect(self._emit_changed)
        for combo in (*self.combos.values(), self.place):
            combo.currentIndexChanged.connect(self._emit_changed)
        for field in self.dates.values():
            field.changed.connect(self._emit_changed)
        for checklist in self.checklists.values():
            checklist.changed.connect(self._emit_changed)
        for spin in self.spins.values():
            spin.valueChanged.connect(self._emit_changed)
        self.interpreter_needed.toggled.connect(self._emit_changed)
        self.consent_given.toggled.connect(self._emit_changed)
        self.consent_scope.textChanged.connect(self._emit_changed)
        self.dates["birth_date"].changed.connect(self._birth_date_changed)

    def _emit_changed(self, *_args: object) -> None:
        self.changed.emit()

    # --- dependent inputs ----------------------------------------------------------------

    def _residence_status_changed(self, *_args: object) -> None:
        combo = self.combos["residence_status"]
        code = combo_code(combo)
        entry = cat.RESIDENCE_STATUSES.entry(code) if code in cat.RESIDENCE_STATUSES else None
        basis = self.lines["residence_legal_basis"]
        basis.setPlaceholderText(
            self.tr("z. B. {hint}").format(hint=entry_hint(entry))
            if entry and entry.hint
            else self.tr("z. B. § 25 Abs. 2 AufenthG")
        )
        combo.setToolTip(entry_hint(entry) if entry else "")

    def _interpreter_toggled(self, checked: bool) -> None:
        self.combos["interpreter_language"].setEnabled(checked)

    def _place_changed(self, *_args: object) -> None:
        other = self.place.currentData() == PLACE_OTHER
        edit = self.lines["first_contact_place"]
        edit.setVisible(other)
        edit.setEnabled(other)

    def _birth_date_changed(self) -> None:
        field = self.dates["birth_date"]
        has_date = bool(field.text().strip())
        self.birth_year.setEnabled(not has_date)
        value = field.value()
        if value is not None:
            self.birth_year.blockSignals(True)
            self.birth_year.set_number(value.year)
            self.birth_year.blockSignals(False)

    def _consent_toggled(self, checked: bool) -> None:
        given = self.dates["consent_given_on"]
        given.setEnabled(checked)
        self.consent_scope.setEnabled(checked)
        if checked and not given.text():
            given.set_date(date.today())

    # --- sections ------------------------------------------------------------------------

    def _section_changed(self, row: int) -> None:
        if 0 <= row < len(SECTIONS):
            self.stack.setCurrentIndex(row)

    def current_section(self) -> int:
        return self.navigation.currentRow()

    def show_section(self, index: int, *, focus: bool = True) -> None:
        if not 0 <= index < len(SECTIONS):
            return
        self.navigation.setCurrentRow(index)
        if focus:
            self._focus_first[SECTIONS[index]].setFocus()

    def next_section(self) -> None:
        self.show_section(min(self.current_section() + 1, len(SECTIONS) - 1))

    def previous_section(self) -> None:
        self.show_section(max(self.current_section() - 1, 0))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if control and event.key() == Qt.Key.Key_PageDown:
            self.next_section()
            return
        if control and event.key() == Qt.Key.Key_PageUp:
            self.previous_section()
            return
        super().keyPressEvent(event)

    # --- values --------------------------------------------------------------------------

    def values(self) -> ClientInput:
        text = {name: edit.text() for name, edit in self.lines.items()}
        codes = {name: combo_code(combo) for name, combo in self.combos.items()}
        dates = {name: field.value() for name, field in self.dates.items()}
        birth_date = dates["birth_date"]
        place = self.place.currentData()
        outreach_id = place if isinstance(place, int) else None
        interpreter = self.interpreter_needed.isChecked()
        consent = self.consent_given.isChecked()
        return ClientInput(
            family_name=text["family_name"],
            given_names=text["given_names"],
            name_latin=text["name_latin"],
            gender=codes["gender"],
            birth_date=birth_date,
            birth_year=None if birth_date is not None else self.birth_year.number(),
            nationalities=self.checklists["nationalities"].codes(),
            languages=self.checklists["languages"].codes(),
            interpreter_needed=interpreter,
            interpreter_language=codes["interpreter_language"] if interpreter else "",
            arrival_date=dates["arrival_date"],
            residence_status=codes["residence_status"],
            residence_legal_basis=text["residence_legal_basis"],
            residence_valid_until=dates["residence_valid_until"],
            course_right=codes["course_right"],
            course_status=codes["course_status"],
            german_level=codes["german_level"],
            education=codes["education"],
            qualification=text["qualification"],
            recognition_status=codes["recognition_status"],
            employment_status=codes["employment_status"],
            benefits=codes["benefits"],
            household_size=self.spins["household_size"].number(),
            children_count=self.spins["children_count"].number(),
            living_situation=codes["living_situation"],
            phone=text["phone"],
            email=text["email"],
            street=text["street"],
            postcode=text["postcode"],
            city=text["city"],
            how_found=codes["how_found"],
            first_contact_date=dates["first_contact_date"],
            first_contact_place=text["first_contact_place"] if place == PLACE_OTHER else "",
            outreach_location_id=outreach_id,
            consent_given_on=dates["consent_given_on"] if consent else None,
            consent_scope=self.consent_scope.toPlainText() if consent else "",
        )

    def set_values(self, data: ClientInput) -> None:
        """Fill every input from ``data``; emits ``changed`` once at the end."""
        self.blockSignals(True)
        try:
            self._set_values(data)
        finally:
            self.blockSignals(False)
        self.clear_problems()
        self.changed.emit()

    def _set_values(self, data: ClientInput) -> None:
        for name, edit in self.lines.items():
            edit.setText(str(getattr(data, name)))
        for name, field in self.dates.items():
            field.set_date(getattr(data, name))
        for name, catalogue in CATALOGUE_FIELDS.items():
            code = getattr(data, name)
            set_combo_code(self.combos[name], code, catalogue_label(catalogue, code))
        self.birth_year.set_number(data.birth_year)
        self._birth_date_changed()
        for name, checklist in self.checklists.items():
            checklist.set_codes(getattr(data, name))
        self.interpreter_needed.setChecked(data.interpreter_needed)
        set_combo_code(self.combos["interpreter_language"], data.interpreter_language)
        self.spins["household_size"].set_number(data.household_size)
        self.spins["children_count"].set_number(data.children_count)
        if data.outreach_location_id is not None:
            set_combo_code(
                self.place,
                data.outreach_location_id,
                self.tr("Außensprechstunde (nicht mehr angeboten)"),
            )
        elif data.first_contact_place:
            set_combo_code(self.place, PLACE_OTHER)
        else:
            set_combo_code(self.place, PLACE_OFFICE)
        self.consent_scope.setPlainText(data.consent_scope or DEFAULT_CONSENT_SCOPE)
        self.consent_given.setChecked(data.consent_given_on is not None)
        self.dates["consent_given_on"].set_date(data.consent_given_on)
        self._consent_toggled(self.consent_given.isChecked())

    def date_texts(self) -> dict[str, str]:
        """The raw text of every date field (keeps unreadable input in a draft)."""
        return {name: field.text() for name, field in self.dates.items()}

    def set_date_texts(self, texts: dict[str, Any]) -> None:
        for name, text in texts.items():
            if name in self.dates and isinstance(text, str):
                self.dates[name].set_text(text[:20])

    def format_problems(self) -> list[Problem]:
        """Unreadable dates, found before asking the service."""
        return [
            Problem(name, field.problem())
            for name, field in sorted(self.dates.items())
            if field.isEnabled() and field.problem()
        ]

    # --- problems ------------------------------------------------------------------------

    def show_problems(
        self,
        errors: list[Problem] | tuple[Problem, ...],
        warnings: list[Problem] | tuple[Problem, ...],
    ) -> None:
        """Write each message next to its field and mark the sections; focus the first error."""
        self.clear_problems()
        by_label: dict[FieldMessage, tuple[list[str], list[str]]] = {}
        general: list[str] = []
        section_state: dict[str, str] = {}
        for kind, problems in (("error", errors), ("warning", warnings)):
            for problem in problems:
                label = self.messages.get(problem.field)
                if label is None:
                    general.append(problem.message)
                    continue
                bucket = by_label.setdefault(label, ([], []))
                (bucket[0] if kind == "error" else bucket[1]).append(problem.message)
                section = FIELD_SECTION.get(problem.field)
                if section and section_state.get(section) != "error":
                    section_state[section] = kind
                if kind == "error":
                    widget = self.widgets.get(problem.field)
                    if widget is not None:
                        set_invalid(_invalid_target(widget), True)
        for label, (error_texts, warning_texts) in by_label.items():
            label.set_messages(error_texts, warning_texts)
        if general:
            self.general.show_message("\n".join(general), "error" if errors else "warning")
        style = self.style()
        for row, section in enumerate(SECTIONS):
            item = self.navigation.item(row)
            state = section_state.get(section)
            if state == "error":
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical))
                item.setToolTip(self.tr("Bitte prüfen: In diesem Abschnitt fehlt etwas."))
            elif state == "warning":
                item.setIcon(style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                item.setToolTip(self.tr("Hinweise in diesem Abschnitt"))
        first_error = next((p for p in errors if p.field in self.widgets), None)
        if first_error is not None:
            section = FIELD_SECTION.get(first_error.field)
            if section is not None:
                self.show_section(SECTIONS.index(section), focus=False)
            widget = self.widgets[first_error.field]
            if widget.isEnabled() and widget.isVisible():
                widget.setFocus()
            else:
                self._focus_first[SECTIONS[self.current_section()]].setFocus()

    def clear_problems(self) -> None:
        self.general.clear()
        for label in set(self.messages.values()):
            label.set_messages([], [])
        for widget in self.widgets.values():
            target = _invalid_target(widget)
            if target.property("invalid"):
                set_invalid(target, False)
        for row in range(self.navigation.count()):
            item = self.navigation.item(row)
            item.setIcon(_blank_icon())
            item.setToolTip("")

    def message_text(self, field: str) -> str:
        label = self.messages.get(field)
        return label.text() if label is not None and not label.isHidden() else ""

    def message_kind(self, field: str) -> str:
        label = self.messages.get(field)
        return label.kind if label is not None else ""

    def focus_order(self) -> list[QWidget]:
        """The inputs in tab order (one chain through all sections)."""
        order: list[QWidget] = []
        for name in (
            "family_name",
            "given_names",
            "name_latin",
            "gender",
            "birth_date",
            "birth_year",
            "nationalities",
            "arrival_date",
            "residence_status",
            "residence_legal_basis",
            "residence_valid_until",
            "languages",
            "interpreter_needed",
            "interpreter_language",
            "german_level",
            "course_right",
            "course_status",
            "education",
            "qualification",
            "recognition_status",
            "employment_status",
            "benefits",
            "household_size",
            "children_count",
            "living_situation",
            "phone",
            "email",
            "street",
            "postcode",
            "city",
            "first_contact_date",
            "outreach_location_id",
            "first_contact_place",
            "how_found",
        ):
            widget = self.widgets[name]
            if isinstance(widget, DateField):
                order.append(widget.edit)
            elif isinstance(widget, CodeChecklist):
                order += [widget.filter, widget.list]
            else:
                order.append(widget)
        order += [self.consent_given, self.dates["consent_given_on"].edit, self.consent_scope]
        return order

    def apply_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.focus_order()):
            QWidget.setTabOrder(first, second)


def _wrap(layout: QVBoxLayout | QHBoxLayout, parent: QWidget) -> QWidget:
    holder = QWidget(parent)
    layout.setContentsMargins(0, 0, 0, 0)
    holder.setLayout(layout)
    return holder


def _invalid_target(widget: QWidget) -> QWidget:
    if isinstance(widget, DateField):
        return widget.edit
    if isinstance(widget, CodeChecklist):
        return widget.list
    return widget


def _blank_icon() -> QIcon:
    """An empty icon of the nav's icon size, so titles do not shift when a mark appears."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    return QIcon(pixmap)
