"""The core's translatable messages: German templates, translated when they are read."""

from __future__ import annotations

import pickle
from collections.abc import Iterator

import pytest

from mbe_desktop.domain import messages
from mbe_desktop.domain.errors import StoreDamaged, UserError, ValidationError, WrongPassphrase
from mbe_desktop.domain.messages import MESSAGES, QT_TRANSLATE_NOOP, Text, display, translate

ENGLISH = {
    (MESSAGES, "Kein Fall {number} gefunden."): "No case {number} found.",
    (MESSAGES, "Kaputt {number}."): "Broken {nummer}.",
    (MESSAGES, "Auch kaputt {number}."): "Also broken {number.real.x}.",
    (MESSAGES, "Der Grund: {reason}"): "The reason: {reason}",
    (MESSAGES, "Geschlossen"): "Closed",
    (MESSAGES, "Die Passphrase ist falsch. Es wurde nichts verändert."): "Wrong passphrase.",
    ("Catalogue", "abgeschlossen"): "finished",
}
DISAMBIGUATED = {("Catalogue", "abgeschlossen", "case_statuses"): "closed"}


def fake_translate(context: str, text: str, disambiguation: str | None) -> str:
    if disambiguation and (context, text, disambiguation) in DISAMBIGUATED:
        return DISAMBIGUATED[(context, text, disambiguation)]
    return ENGLISH.get((context, text), text)  # Qt: the source text when there is none


@pytest.fixture
def english() -> Iterator[None]:
    messages.install_translator(fake_translate)
    try:
        yield
    finally:
        messages.install_translator(None)


def test_the_marker_returns_the_text_unchanged() -> None:
    assert QT_TRANSLATE_NOOP("Messages", "Kein Fall {number} gefunden.") == (
        "Kein Fall {number} gefunden."
    )


def test_without_a_translator_the_german_template_is_formatted() -> None:
    assert translate("Kein Fall {number} gefunden.", {"number": "2025-0042"}) == (
        "Kein Fall 2025-0042 gefunden."
    )


def test_translate_looks_up_and_formats(english: None) -> None:
    assert translate("Kein Fall {number} gefunden.", {"number": 7}) == "No case 7 found."
    assert translate("Nicht übersetzt {n}.", {"n": 1}) == "Nicht übersetzt 1."
    assert translate("abgeschlossen", context="Catalogue") == "finished"
    assert translate("abgeschlossen", None, "Catalogue", "case_statuses") == "closed"


def test_a_text_without_parameters_is_not_formatted(english: None) -> None:
    assert translate("Klammern {bleiben}") == "Klammern {bleiben}"
    assert str(UserError("Schon übersetzt {x}")) == "Schon übersetzt {x}"


@pytest.mark.parametrize("template", ["Kaputt {number}.", "Auch kaputt {number}."])
def test_a_broken_translation_falls_back_to_the_german_template(
    english: None, template: str
) -> None:
    assert translate(template, {"number": 3}) == template.format(number=3)
    assert UserError(template, number=3).message == template.format(number=3)


def test_a_broken_german_template_is_a_bug() -> None:
    with pytest.raises(KeyError):
        UserError("Fehlt {missing}.", number=1)


def test_user_error_is_german_and_its_message_translated(english: None) -> None:
    error = UserError(QT_TRANSLATE_NOOP("Messages", "Kein Fall {number} gefunden."), number=42)
    assert str(error) == "Kein Fall 42 gefunden."
    assert error.args[0] == "Kein Fall 42 gefunden."
    assert error.message == "No case 42 found."
    assert error.template == "Kein Fall {number} gefunden."
    assert dict(error.params) == {"number": 42}


def test_message_is_looked_up_when_it_is_read() -> None:
    error = UserError("Kein Fall {number} gefunden.", number=42)
    assert error.message == "Kein Fall 42 gefunden."
    messages.install_translator(fake_translate)
    try:
        assert error.message == "No case 42 found."
    finally:
        messages.install_translator(None)
    assert error.message == "Kein Fall 42 gefunden."
    with pytest.raises(AttributeError):
        error.message = "anders"  # type: ignore[misc]


def test_subclasses_keep_their_signatures(english: None) -> None:
    invalid = ValidationError("Kein Fall {number} gefunden.", "case", number=1)
    assert invalid.field == "case" and invalid.message == "No case 1 found."
    assert ValidationError("Kein Fall {number} gefunden.", field="case", number=1).field == "case"
    assert ValidationError("Geschlossen").field is None
    assert WrongPassphrase().message == "Wrong passphrase."
    assert str(WrongPassphrase()) == "Die Passphrase ist falsch. Es wurde nichts verändert."
    assert isinstance(StoreDamaged("Geschlossen"), UserError)


def test_an_error_inside_another_is_translated_with_it(english: None) -> None:
    inner = UserError("Kein Fall {number} gefunden.", number=5)
    outer = StoreDamaged(QT_TRANSLATE_NOOP("Messages", "Der Grund: {reason}"), reason=inner)
    assert str(outer) == "Der Grund: Kein Fall 5 gefunden."
    assert outer.message == "The reason: No case 5 found."
    again = UserError(outer.text)
    assert again.message == outer.message and str(again) == str(outer)


def test_text_is_the_german_string_and_translates(english: None) -> None:
    label = Text("Geschlossen")
    text = Text("Der Grund: {reason}", {"reason": label})
    assert text == "Der Grund: Geschlossen"
    assert isinstance(text, str) and f"{text}!" == "Der Grund: Geschlossen!"
    assert text.translated() == "The reason: Closed"
    assert display(text) == "The reason: Closed"
    assert display("Geschlossen") == "Closed"
    assert display("Unbekannt") == "Unbekannt"


def test_errors_and_texts_survive_pickling(english: None) -> None:
    error = pickle.loads(pickle.dumps(UserError("Kein Fall {number} gefunden.", number=9)))
    assert error.message == "No case 9 found."
    text = pickle.loads(pickle.dumps(Text("Kein Fall {number} gefunden.", {"number": 9})))
    assert text.translated() == "No case 9 found."
