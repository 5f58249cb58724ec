"""The partner directory as CSV: UTF-8, semicolon-separated, German column names.

The format is documented in ``docs/partners-csv.md``. Reading never stops at the first bad row:
every row is checked and each problem reported with its line number in the file, so the
counsellor can fix the file in one go. Whether anything is imported is the service's decision
(it imports only a file without problems: never half a directory).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, fields

from mbe_desktop.domain import catalogues as cat
from mbe_desktop.domain.errors import UserError, ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text, display
from mbe_desktop.domain.partners import LABELS, PartnerInput, PersonInput, validate_partner

DELIMITER = ";"
MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
BOM = "\ufeff"

# Column name in the file -> PartnerInput field (people: "Ansprechpersonen").
COLUMNS: tuple[tuple[str, str], ...] = (
    ("Name", "name"),
    ("Kategorie", "category"),
    ("Straße", "street"),
    ("PLZ", "postcode"),
    ("Ort", "city"),
    ("Region", "region"),
    ("Telefon", "phone"),
    ("E-Mail", "email"),
    ("Webseite", "website"),
    ("Öffnungszeiten", "opening_hours"),
    ("Sprachen", "languages"),
    ("Angebote", "services"),
    ("Notizen", "notes"),
    ("Ansprechpersonen", "people"),
)
REQUIRED = ("Name", "Kategorie")
PERSON_SEPARATOR = "|"
PERSON_FIELD_SEPARATOR = ","
_FORMULA_STARTS = ("=", "+", "-", "@")
_BY_HEADER = {header.casefold(): field for header, field in COLUMNS}
_CATEGORY_BY_LABEL = {entry.de.casefold(): entry.code for entry in cat.PARTNER_CATEGORIES} | {
    entry.code.casefold(): entry.code for entry in cat.PARTNER_CATEGORIES
}


@dataclass(frozen=True)
class CsvRow:
    line: int  # line number in the file where the row starts (the header is line 1)
    partner: PartnerInput


@dataclass(frozen=True)
class CsvProblem:
    line: int
    text: str  # German (a ``Text``)

    @property
    def message(self) -> str:
        """In the UI language."""
        return display(self.text)


@dataclass(frozen=True)
class ParsedCsv:
    rows: tuple[CsvRow, ...]
    problems: tuple[CsvProblem, ...]


def category_code(text: str) -> str | None:
    """A catalogue code for a code or a German label ("Jobcenter", "jobcenter"), else None."""
    return _CATEGORY_BY_LABEL.get(" ".join(text.split()).casefold())


def _decode(data: bytes) -> str:
    if not data.strip():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die Datei ist leer. Bitte eine CSV-Datei mit Netzwerkpartnern wählen."
            )
        )
    if len(data) > MAX_BYTES:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datei ist zu groß ({size} MB, höchstens {limit} MB). Ist es die richtige "
                "Datei?",
            ),
            size=len(data) // (1024 * 1024),
            limit=MAX_BYTES // (1024 * 1024),
        )
    if b"\x00" in data[:4096]:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Das ist keine CSV-Textdatei (sie enthält Binärdaten, z. B. eine Excel- oder "
                "PDF-Datei). Bitte in der Tabellenkalkulation als „CSV UTF-8 (Semikolon)“ "
                "speichern.",
            )
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Datei ist nicht in UTF-8 gespeichert. Bitte in der Tabellenkalkulation "
                "„Speichern unter … CSV UTF-8“ wählen und erneut importieren.",
            )
        ) from None
    return text.removeprefix(BOM)


def _people(text: str) -> tuple[PersonInput, ...]:
    people = []
    for chunk in text.split(PERSON_SEPARATOR):
        if not chunk.strip():
            continue
        parts = [part.strip() for part in chunk.split(PERSON_FIELD_SEPARATOR)]
        if len(parts) > 4:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Eine Ansprechperson hat mehr als vier Angaben (Name, Funktion, Telefon, "
                    "E-Mail). Mehrere Personen bitte mit | trennen.",
                ),
                "people",
            )
        parts += [""] * (4 - len(parts))
        people.append(PersonInput(*parts))
    return tuple(people)


def parse_partners(data: bytes) -> ParsedCsv:
    """Every row of a partner CSV, checked; a UserError only when the file as a whole is not
    a partner CSV (empty, binary, wrong encoding, wrong separator, unknown columns)."""
    text = _decode(data)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=DELIMITER, strict=False)
    try:
        header = next(reader)
    except (StopIteration, csv.Error):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die erste Zeile mit den Spaltennamen fehlt oder ist beschädigt."
            )
        ) from None
    names = [name.strip().removeprefix(BOM) for name in header]
    if len(names) == 1 and names[0].count(",") >= 1:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Die Spalten sind mit Kommas getrennt. Bitte die Datei mit Semikolon (;) als "
                "Trennzeichen speichern (in Excel: „CSV UTF-8“).",
            )
        )
    unknown = [name for name in names if name and name.casefold() not in _BY_HEADER]
    if unknown:
        allowed = ", ".join(header for header, _field in COLUMNS)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Unbekannte Spalte „{column}“ in Zeile 1. Erlaubt sind: {allowed}."
            ),
            column=unknown[0],
            allowed=allowed,
        )
    folded = [name.casefold() for name in names]
    for required in REQUIRED:
        if required.casefold() not in folded:
            raise UserError(
                QT_TRANSLATE_NOOP("Messages", "Die Spalte „{column}“ fehlt in Zeile 1."),
                column=required,
            )
    duplicates = {name for name in folded if name and folded.count(name) > 1}
    if duplicates:
        raise UserError(
            QT_TRANSLATE_NOOP("Messages", "Die Spalte „{column}“ steht zweimal in Zeile 1."),
            column=sorted(duplicates)[0],
        )
    columns = [_BY_HEADER.get(name) for name in folded]

    rows: list[CsvRow] = []
    problems: list[CsvProblem] = []
    line = reader.line_num + 1
    while True:
        try:
            record = next(reader)
        except StopIteration:
            break
        except csv.Error:
            problems.append(
                CsvProblem(
                    line,
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages", "Die Zeile ist beschädigt (Anführungszeichen)."
                        )
                    ),
                )
            )
            break
        start, line = line, reader.line_num + 1
        if not any(cell.strip() for cell in record):
            continue  # blank lines are allowed (e.g. at the end)
        if len(rows) + len(problems) >= MAX_ROWS:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Messages",
                    "Die Datei hat mehr als {count} Zeilen. Bitte in kleinere Dateien teilen.",
                ),
                count=MAX_ROWS,
            )
        if len(record) > len(columns):
            problems.append(
                CsvProblem(
                    start,
                    Text(
                        QT_TRANSLATE_NOOP(
                            "Messages",
                            "{count} Spalten statt {expected} – steht ein Semikolon im Text? "
                            "Dann das Feld in Anführungszeichen setzen.",
                        ),
                        {"count": len(record), "expected": len(columns)},
                    ),
                )
            )
            continue
        values: dict[str, object] = {f.name: "" for f in fields(PartnerInput)}
        values["people"] = ()
        try:
            for column, cell in zip(columns, record, strict=False):
                if column is None:
                    continue
                if column == "people":
                    values["people"] = _people(cell)
                elif column == "category":
                    code = category_code(cell)
                    if code is None:
                        raise ValidationError(
                            QT_TRANSLATE_NOOP(
                                "Messages",
                                "Unbekannte Kategorie „{category}“. Bitte eine Kategorie aus "
                                "der Liste in der Anleitung verwenden.",
                            ),
                            "category",
                            category=cell.strip(),
                        )
                    values["category"] = code
                else:
                    values[column] = _unprotect(cell)
            partner = validate_partner(PartnerInput(**values))  # type: ignore[arg-type]
        except ValidationError as error:
            problems.append(CsvProblem(start, error.text))
            continue
        rows.append(CsvRow(start, partner))
    if not rows and not problems:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Messages", "Die Datei enthält nur die Spaltennamen, aber keine Netzwerkpartner."
            )
        )
    return ParsedCsv(tuple(rows), tuple(problems))


def _people_cell(people: tuple[PersonInput, ...]) -> str:
    def safe(text: str) -> str:
        # The separators would split a person on reading: replaced by look-alikes.
        return text.replace(PERSON_SEPARATOR, "/").replace(PERSON_FIELD_SEPARATOR, " ")

    return f" {PERSON_SEPARATOR} ".join(
        PERSON_FIELD_SEPARATOR.join(
            safe(value) for value in (p.name, p.role, p.phone, p.email)
        ).rstrip(PERSON_FIELD_SEPARATOR)
        for p in people
    )


def _formula_safe(text: str) -> str:
    """A leading = + - @ makes spreadsheets run the cell as a formula (CSV injection)."""
    return "'" + text if text[:1] in _FORMULA_STARTS else text


def _unprotect(text: str) -> str:
    """The inverse of ``_formula_safe`` on reading, so an export imports unchanged."""
    stripped = text.strip()
    return stripped[1:] if stripped[:1] == "'" and stripped[1:2] in _FORMULA_STARTS else text


def write_partners(partners: list[PartnerInput]) -> bytes:
    """The partners as CSV bytes (UTF-8 with BOM so that spreadsheets detect the encoding)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([header for header, _field in COLUMNS])
    for partner in partners:
        row = []
        for _header, field in COLUMNS:
            if field == "people":
                row.append(_people_cell(partner.people))
            elif field == "category":
                row.append(cat.PARTNER_CATEGORIES.label(partner.category))
            else:
                row.append(_formula_safe(getattr(partner, field)))
        writer.writerow(row)
    return (BOM + buffer.getvalue()).encode("utf-8")


def column_labels() -> dict[str, str]:
    """Column name -> German meaning (for the documentation and the import dialog)."""
    return {header: LABELS[field] for header, field in COLUMNS}


__all__ = [
    "COLUMNS",
    "CsvProblem",
    "CsvRow",
    "ParsedCsv",
    "category_code",
    "parse_partners",
    "write_partners",
]
