#!/usr/bin/env python3
"""The Qt Linguist translations of the user interface: extract, check, fill in, compile.

    .venv/bin/python installer/translations.py update    # sources -> resources/translations/*.ts
    .venv/bin/python installer/translations.py missing   # English entries still to translate (JSON)
    .venv/bin/python installer/translations.py apply FILE.json   # write translations from JSON
    .venv/bin/python installer/translations.py check     # exit 1: unfinished, {placeholders} differ
    .venv/bin/python installer/translations.py compile   # *.ts -> *.qm (skips up-to-date files)

German is the source language: ``mbe_desktop_de.ts`` holds identity entries (every source text
is its own, finished translation), ``mbe_desktop_en.ts`` the English texts. ``update`` also
regenerates ``src/mbe_desktop/ui/catalogue_texts.py`` from the domain's code lists, so that
lupdate sees their German labels (context ``Catalogue``); their English translations are taken
from the domain (``Entry.en``) when the .ts has none yet.

The adding-a-string loop: write ``self.tr("…")`` in the UI (in the core, which has no Qt:
``QT_TRANSLATE_NOOP("Messages", "…")`` from ``mbe_desktop.domain.messages``), run ``update``,
then ``missing > todo.json``, fill in the ``"translation"`` values, ``apply todo.json``,
``check`` (also fails when a translation's ``{placeholders}`` differ from its source's).

Standard library only (plus pyside6-lupdate / pyside6-lrelease from the venv); ``update``
imports ``mbe_desktop.domain`` (pure Python) for the generated module.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE_DIR = ROOT / "src" / "mbe_desktop"
TS_DIR = ROOT / "resources" / "translations"
BASENAME = "mbe_desktop"
SOURCE_LANGUAGE = "de"
LANGUAGES = ("de", "en")
QT_LOCALES = {"de": "de_DE", "en": "en_GB"}
CATALOGUE_CONTEXT = "Catalogue"
CATALOGUE_MODULE = SOURCE_DIR / "ui" / "catalogue_texts.py"
PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def ts_path(language: str) -> Path:
    return TS_DIR / f"{BASENAME}_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"{BASENAME}_{language}.qm"


def tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease: next to this Python (the venv), else on PATH."""
    folder = Path(sys.executable).parent
    for candidate in (folder / name, folder / f"{name}.exe"):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        sys.exit(f"{name} not found: run this with the project's venv Python (.venv/bin/python)")
    return found


def source_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT))
        for path in SOURCE_DIR.rglob("*.py")
        if "__pycache__" not in path.parts
    )


def lupdate(language: str) -> None:
    """Extract into the .ts of ``language``: existing translations stay, obsolete ones go."""
    TS_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        [
            tool("pyside6-lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            QT_LOCALES[SOURCE_LANGUAGE],
            "-target-language",
            QT_LOCALES[language],
            *source_files(),
            "-ts",
            str(ts_path(language).relative_to(ROOT)),
        ],
        check=True,
        cwd=ROOT,
    )


# --- the .ts files -------------------------------------------------------------------------


def read_ts(language: str) -> ET.ElementTree[ET.Element]:
    return ET.parse(ts_path(language))


def write_ts(tree: ET.ElementTree[ET.Element], language: str) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    text = f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n'
    ts_path(language).write_text(text, encoding="utf-8")


def messages(tree: ET.ElementTree[ET.Element]) -> Iterator[tuple[str, ET.Element]]:
    """(context name, <message>) for every message."""
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def key(context: str, message: ET.Element) -> tuple[str, str, str]:
    return context, message.findtext("source") or "", message.findtext("comment") or ""


def is_finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
        return False
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        return bool(forms) and all((form.text or "").strip() for form in forms)
    return bool((translation.text or "").strip())


def set_translation(message: ET.Element, text: str | list[str]) -> None:
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    translation.attrib.pop("type", None)
    for child in list(translation):
        translation.remove(child)
    if message.get("numerus") == "yes":
        translation.text = None
        for form_text in [text] * 2 if isinstance(text, str) else text:
            ET.SubElement(translation, "numerusform").text = form_text
    else:
        translation.text = text if isinstance(text, str) else text[0]


def fill_source_language() -> None:
    """German is the source: every entry translates to itself and is finished."""
    tree = read_ts(SOURCE_LANGUAGE)
    for _context, message in messages(tree):
        set_translation(message, message.findtext("source") or "")
    write_ts(tree, SOURCE_LANGUAGE)


def fill_from_domain(language: str) -> int:
    """Catalogue entries without a translation get the domain's English label."""
    if language != "en":
        return 0
    english = domain_english()
    tree = read_ts(language)
    filled = 0
    for context, message in messages(tree):
        if context != CATALOGUE_CONTEXT or is_finished(message):
            continue
        wanted = english.get(key(context, message)[1:])
        if wanted:
            set_translation(message, wanted)
            filled += 1
    write_ts(tree, language)
    return filled


def unfinished(language: str) -> list[dict[str, object]]:
    result: list[dict[str, object]] = []
    for context, message in messages(read_ts(language)):
        if is_finished(message):
            continue
        translation = message.find("translation")
        old = (translation.text or "") if translation is not None else ""
        entry: dict[str, object] = {
            "context": context,
            "source": message.findtext("source") or "",
            "translation": old,
        }
        if message.findtext("comment"):
            entry["comment"] = message.findtext("comment")
        if message.get("numerus") == "yes":
            entry["numerus"] = True
        result.append(entry)
    return result


def apply(language: str, entries: Iterable[dict[str, object]]) -> int:
    wanted: dict[tuple[str, str, str], str | list[str]] = {}
    for entry in entries:
        text = entry.get("translation")
        if not text:
            continue
        assert isinstance(text, str | list)
        wanted[(str(entry["context"]), str(entry["source"]), str(entry.get("comment", "")))] = text
    tree = read_ts(language)
    applied = 0
    for context, message in messages(tree):
        text = wanted.get(key(context, message))
        if text:
            set_translation(message, text)
            applied += 1
    write_ts(tree, language)
    return applied


# --- texts from the domain (no Qt there) ----------------------------------------------------


def domain_texts() -> list[tuple[str, str, str]]:
    """(German text, disambiguation, English or "") for every domain text the UI shows."""
    sys.path.insert(0, str(ROOT / "src"))
    from mbe_desktop.domain import audit, statistics
    from mbe_desktop.domain import catalogues as cat

    texts: dict[tuple[str, str], str] = {}
    catalogues = [v for v in vars(cat).values() if isinstance(v, cat.Catalogue)]
    labels: dict[str, set[str]] = {}
    for catalogue in catalogues:
        for entry in catalogue:
            labels.setdefault(entry.de, set()).add(entry.en)
    for catalogue in catalogues:
        for entry in catalogue:
            # The same German label with different English ones: disambiguate by catalogue.
            comment = catalogue.name if len(labels[entry.de]) > 1 else ""
            texts.setdefault((entry.de, comment), entry.en)
            if entry.hint:
                texts.setdefault((entry.hint, ""), "")
    dimension_labels = [
        label for dimension in statistics.DIMENSIONS.values() for label in dimension.values()
    ]
    dimension_labels += statistics.REGION_LABELS.values()
    for label in dimension_labels:
        texts.setdefault((label, ""), "")
    for spec in statistics.SPECS_BY_NAME.values():
        texts.setdefault((spec.title, ""), "")
        texts.setdefault((spec.counting, ""), "")
    for label in audit.AUDIT_FIELD_LABELS.values():
        texts.setdefault((label, ""), "")
    return [(de, comment, en) for (de, comment), en in texts.items()]


def domain_english() -> dict[tuple[str, str], str]:
    return {(de, comment): en for de, comment, en in domain_texts() if en}


def write_catalogue_module() -> None:
    lines = [
        '"""Generated by ``installer/translations.py update`` from the domain: do not edit.',
        "",
        "The German texts of the domain's code lists, statistics tables and audit labels, so that",
        "pyside6-lupdate sees them (context ``Catalogue``). Looked up at runtime through",
        "``mbe_desktop.ui.texts``.",
        '"""',
        "",
        "# ruff: noqa: E501",
        "from __future__ import annotations",
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication",
        "",
        "CATALOGUE_TEXTS = (",
    ]
    context = quote(CATALOGUE_CONTEXT)
    texts = sorted(domain_texts())
    for de, comment, _en in texts:
        if not comment:
            lines.append(f"    QT_TRANSLATE_NOOP({context}, {quote(de)}),")
    lines += [
        ")",
        "",
        "",
        "def _disambiguated() -> None:",
        '    """Never called: the same German label with different English ones, per catalogue',
        "    (lupdate reads translate() with a comment, but no QT_TRANSLATE_NOOP3 in Python).",
        '    """',
    ]
    for de, comment, _en in texts:
        if comment:
            lines.append(
                f"    QCoreApplication.translate({context}, {quote(de)}, {quote(comment)})"
            )
    CATALOGUE_MODULE.write_text("\n".join(lines) + "\n", encoding="utf-8")
    # The project's formatter, so that `ruff format --check` stays clean (if ruff is there).
    subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--quiet", str(CATALOGUE_MODULE)], check=False
    )


def quote(text: str) -> str:
    """A Python string literal in double quotes (JSON's escapes are valid Python)."""
    return json.dumps(text, ensure_ascii=False)


# --- commands ---------------------------------------------------------------------------------


def cmd_update(_args: argparse.Namespace) -> int:
    write_catalogue_module()
    for language in LANGUAGES:
        lupdate(language)
    fill_source_language()
    filled = fill_from_domain("en")
    for language in LANGUAGES:
        lupdate(language)  # lupdate's own layout, so that the files diff cleanly
    count = sum(1 for _ in messages(read_ts("en")))
    todo = {language: len(unfinished(language)) for language in LANGUAGES}
    print(f"{count} messages; {filled} English catalogue labels taken from the domain")
    for language, number in todo.items():
        print(f"{ts_path(language).name}: {number} unfinished")
    return 0


def cmd_missing(args: argparse.Namespace) -> int:
    json.dump(unfinished(args.language), sys.stdout, ensure_ascii=False, indent=1)
    print()
    return 0


def cmd_apply(args: argparse.Namespace) -> int:
    entries = json.loads(Path(args.file).read_text(encoding="utf-8"))
    if isinstance(entries, dict):  # {"Context": {"source": "translation"}}
        entries = [
            {"context": context, "source": source, "translation": text}
            for context, pairs in entries.items()
            for source, text in pairs.items()
        ]
    applied = apply(args.language, entries)
    lupdate(args.language)
    print(f"{applied} translations written; {len(unfinished(args.language))} unfinished")
    return 0


def placeholders(text: str) -> list[str]:
    """The ``{name}`` fields of a ``str.format`` text (``{{`` and ``}}`` are literal braces)."""
    return sorted(PLACEHOLDER.findall(text.replace("{{", "").replace("}}", "")))


def translated_texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    if message.get("numerus") == "yes":
        return [form.text or "" for form in translation.findall("numerusform")]
    return [translation.text or ""]


def placeholder_problems(language: str) -> list[str]:
    """Finished translations whose ``{placeholders}`` differ from their source's."""
    problems = []
    for context, message in messages(read_ts(language)):
        if not is_finished(message):
            continue
        source = message.findtext("source") or ""
        wanted = placeholders(source)
        for text in translated_texts(message):
            if placeholders(text) != wanted:
                problems.append(f"{context}: {source!r} -> {text!r}")
    return problems


def cmd_check(_args: argparse.Namespace) -> int:
    failed = False
    for language in LANGUAGES:
        for entry in unfinished(language):
            failed = True
            print(f"{language}: unfinished: {entry['context']}: {entry['source']!r}")
        for problem in placeholder_problems(language):
            failed = True
            print(f"{language}: placeholders differ: {problem}")
    return 1 if failed else 0


def cmd_compile(args: argparse.Namespace) -> int:
    for language in LANGUAGES:
        source, target = ts_path(language), qm_path(language)
        if not source.is_file():
            sys.exit(f"missing {source}")
        if (
            not args.force
            and target.is_file()
            and target.stat().st_mtime_ns >= source.stat().st_mtime_ns
        ):
            continue
        command = [tool("pyside6-lrelease"), "-silent"]
        if language == SOURCE_LANGUAGE:
            command.append("-removeidentical")  # the source text is shown anyway
        subprocess.run([*command, str(source), "-qm", str(target)], check=True)
        print(f"compiled {target.relative_to(ROOT)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("update", help="extract strings into the .ts files")
    missing = commands.add_parser("missing", help="unfinished entries as JSON")
    missing.add_argument("--language", default="en", choices=LANGUAGES)
    applying = commands.add_parser("apply", help="write translations from a JSON file")
    applying.add_argument("file")
    applying.add_argument("--language", default="en", choices=LANGUAGES)
    commands.add_parser(
        "check", help="exit 1 if any entry is unfinished or its placeholders differ"
    )
    compiling = commands.add_parser("compile", help="compile the .ts files to .qm")
    compiling.add_argument("--force", action="store_true", help="also up-to-date files")
    args = parser.parse_args(argv)
    handler = {
        "update": cmd_update,
        "missing": cmd_missing,
        "apply": cmd_apply,
        "check": cmd_check,
        "compile": cmd_compile,
    }[args.command]
    return handler(args)


if __name__ == "__main__":
    os.chdir(ROOT)
    sys.exit(main())
