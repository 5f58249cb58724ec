"""The core's translatable messages: German templates, translated when they are read."""

from __future__ import annotations

import ast
import pickle
import string
from collections.abc import Iterator
from pathlib import Path

import pytest

from mbe_desktop.domain import messages
from mbe_desktop.domain.errors import StoreDamaged, UserError, ValidationError, WrongPassphrase
from mbe_desktop.domain.letters import PLACEHOLDERS_BY_NAME
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


def test_joined_translates_its_parts(english: None) -> None:
    text = messages.joined(" · ", [Text("Geschlossen"), "", "Nummer {1}"])
    assert text == "Geschlossen · Nummer {1}"
    assert text.translated() == "Closed · Nummer {1}"
    assert messages.joined(", ", []) == ""


# --- every marked template of the sources gets exactly its parameters ----------------------------

SOURCES = Path(__file__).resolve().parents[2] / "src" / "mbe_desktop"
RAISING = {
    "UserError",
    "ValidationError",
    "WrongPassphrase",
    "StoreDamaged",
    "StoreMissing",
    "StoreExists",
    "StoreTooNew",
    "StorageFull",
    "PresetError",
    "BackupRefused",
    "error",  # client_rules' collector
    "warn",
    "problem",  # letters.template_problems
    "not_before",  # case_rules: adds {earliest}
}
NOT_PARAMETERS = {"field", "key"}  # ValidationError's field, PresetError's key


def _marked(node: ast.AST) -> str | None:
    """The template of ``QT_TRANSLATE_NOOP("Messages", "…")``."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "QT_TRANSLATE_NOOP"
        and isinstance(node.args[0], ast.Constant)
        and node.args[0].value == MESSAGES
    ):
        value = node.args[1]
        assert isinstance(value, ast.Constant) and isinstance(value.value, str)
        return value.value
    return None


def _fields(template: str) -> set[str]:
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(template):
        if name is not None:
            names.add(name.split(".")[0].split("[")[0])
    return names


def _templates_and_parameters() -> Iterator[tuple[str, str, set[str]]]:
    trees = {
        path: ast.parse(path.read_text(encoding="utf-8"))
        for path in SOURCES.rglob("*.py")
        if "__pycache__" not in path.parts
    }
    constants: dict[str, set[str]] = {}  # name -> templates (a name may be defined twice)
    for tree in trees.values():
        for node in ast.walk(tree):
            if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                template = _marked(node.value)
                if template is not None:
                    constants.setdefault(node.targets[0].id, set()).add(template)
    for path, tree in trees.items():
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
            where = f"{path.relative_to(SOURCES)}:{node.lineno}"
            if name == "Text":
                template = _marked(node.args[0])
                if template is None:
                    continue
                if len(node.args) < 2:
                    yield where, template, set()
                elif isinstance(node.args[1], ast.Dict):
                    keys = node.args[1].keys
                    yield where, template, {k.value for k in keys if isinstance(k, ast.Constant)}
                continue
            if name not in RAISING or any(k.arg is None for k in node.keywords):
                continue
            parameters = {k.arg for k in node.keywords if k.arg} - NOT_PARAMETERS
            if name == "not_before":
                parameters.add("earliest")
            for arg in node.args:
                template = _marked(arg)
                if template is not None:
                    yield where, template, parameters
                elif isinstance(arg, ast.Name) and len(constants.get(arg.id, ())) == 1:
                    yield where, next(iter(constants[arg.id])), parameters


def test_every_marked_template_gets_exactly_its_parameters() -> None:
    checked = list(_templates_and_parameters())
    assert len(checked) > 300
    wrong = [
        f"{where}: {template!r} gets {sorted(parameters)}"
        for where, template, parameters in checked
        if _fields(template) != parameters
        # a text without parameters is not formatted: {Name} there is a letter placeholder
        and not (not parameters and _fields(template) <= set(PLACEHOLDERS_BY_NAME))
    ]
    assert not wrong, "\n".join(wrong)


def test_catalogue_labels_translate_with_their_catalogue(english: None) -> None:
    from mbe_desktop.domain import catalogues as cat

    label = cat.CASE_STATUSES.label_text("closed")
    assert label == "abgeschlossen" and label.translated() == "closed"
    text = Text("Der Grund: {reason}", {"reason": label})
    assert text.translated() == "The reason: closed"
