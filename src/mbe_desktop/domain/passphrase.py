"""Passphrase strength (zxcvbn, with German feedback) and the printed recovery code."""

from __future__ import annotations

import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from mbe_desktop.domain.errors import ValidationError
from mbe_desktop.domain.messages import QT_TRANSLATE_NOOP, Text

MIN_LENGTH = 12
MIN_SCORE = 3
# zxcvbn's matching is superlinear in the length; beyond 100 characters the score says nothing new.
ZXCVBN_MAX_CHARS = 100

# zxcvbn's dictionaries are English; these frequent German password words and the names of the
# MBE's own world are added to its user inputs so that "Sommer2024!" is not rated strong.
COMMON_GERMAN_WORDS = (
    "passwort", "kennwort", "hallo", "geheim", "sommer", "winter", "frühling", "fruehling",
    "herbst", "sonne", "schatz", "schatzi", "liebe", "ichliebedich", "mausi", "hase", "engel",
    "prinzessin", "fussball", "fußball", "schalke", "bayern", "borussia", "deutschland",
    "berlin", "hamburg", "münchen", "muenchen", "köln", "koeln", "familie", "kinder",
    "mama", "papa", "willkommen", "zugang", "anmelden", "sicherheit", "sicher", "beratung",
    "migration", "migrationsberatung", "integration", "zuwanderung", "beratungsstelle",
    "caritas", "diakonie", "paritätische", "awo", "drk", "bamf",
)  # fmt: skip

LABELS = (
    QT_TRANSLATE_NOOP("Messages", "sehr schwach"),
    QT_TRANSLATE_NOOP("Messages", "schwach"),
    QT_TRANSLATE_NOOP("Messages", "mittel"),
    QT_TRANSLATE_NOOP("Messages", "stark"),
    QT_TRANSLATE_NOOP("Messages", "sehr stark"),
)

# zxcvbn's English feedback (zxcvbn/feedback.py) in German. Unknown texts are never shown.
_GERMAN_FEEDBACK = {
    "Use a few words, avoid common phrases.": QT_TRANSLATE_NOOP(
        "Messages", "Verwenden Sie mehrere Wörter und vermeiden Sie bekannte Redewendungen."
    ),
    "No need for symbols, digits, or uppercase letters.": QT_TRANSLATE_NOOP(
        "Messages", "Sonderzeichen, Ziffern oder Großbuchstaben sind nicht nötig."
    ),
    "Add another word or two. Uncommon words are better.": QT_TRANSLATE_NOOP(
        "Messages",
        "Fügen Sie ein oder zwei weitere Wörter hinzu. Ungewöhnliche Wörter sind besser.",
    ),
    "Straight rows of keys are easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Tastenreihen sind leicht zu erraten."
    ),
    "Short keyboard patterns are easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Kurze Tastaturmuster sind leicht zu erraten."
    ),
    "Use a longer keyboard pattern with more turns.": QT_TRANSLATE_NOOP(
        "Messages", "Verwenden Sie ein längeres Tastaturmuster mit mehr Richtungswechseln."
    ),
    'Repeats like "aaa" are easy to guess.': QT_TRANSLATE_NOOP(
        "Messages", "Wiederholungen wie „aaa“ sind leicht zu erraten."
    ),
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': QT_TRANSLATE_NOOP(
        "Messages", "Wiederholungen wie „abcabcabc“ sind kaum schwerer zu erraten als „abc“."
    ),
    "Avoid repeated words and characters.": QT_TRANSLATE_NOOP(
        "Messages", "Vermeiden Sie wiederholte Wörter und Zeichen."
    ),
    'Sequences like "abc" or "6543" are easy to guess.': QT_TRANSLATE_NOOP(
        "Messages", "Folgen wie „abc“ oder „6543“ sind leicht zu erraten."
    ),
    "Avoid sequences.": QT_TRANSLATE_NOOP("Messages", "Vermeiden Sie Zeichenfolgen."),
    "Recent years are easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Jahreszahlen der letzten Jahre sind leicht zu erraten."
    ),
    "Avoid recent years.": QT_TRANSLATE_NOOP("Messages", "Vermeiden Sie aktuelle Jahreszahlen."),
    "Avoid years that are associated with you.": QT_TRANSLATE_NOOP(
        "Messages", "Vermeiden Sie Jahreszahlen, die mit Ihnen in Verbindung stehen."
    ),
    "Dates are often easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Datumsangaben sind oft leicht zu erraten."
    ),
    "Avoid dates and years that are associated with you.": QT_TRANSLATE_NOOP(
        "Messages", "Vermeiden Sie Daten und Jahreszahlen, die mit Ihnen in Verbindung stehen."
    ),
    "This is a top-10 common password.": QT_TRANSLATE_NOOP(
        "Messages", "Dies ist eines der 10 häufigsten Passwörter."
    ),
    "This is a top-100 common password.": QT_TRANSLATE_NOOP(
        "Messages", "Dies ist eines der 100 häufigsten Passwörter."
    ),
    "This is a very common password.": QT_TRANSLATE_NOOP(
        "Messages", "Dies ist ein sehr häufiges Passwort."
    ),
    "This is similar to a commonly used password.": QT_TRANSLATE_NOOP(
        "Messages", "Dies ähnelt einem häufig verwendeten Passwort."
    ),
    "A word by itself is easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Ein einzelnes Wort ist leicht zu erraten."
    ),
    "Names and surnames by themselves are easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Vor- und Nachnamen allein sind leicht zu erraten."
    ),
    "Common names and surnames are easy to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Häufige Vor- und Nachnamen sind leicht zu erraten."
    ),
    "Capitalization doesn't help very much.": QT_TRANSLATE_NOOP(
        "Messages", "Großschreibung hilft kaum."
    ),
    "All-uppercase is almost as easy to guess as all-lowercase.": QT_TRANSLATE_NOOP(
        "Messages", "Nur Großbuchstaben sind fast so leicht zu erraten wie nur Kleinbuchstaben."
    ),
    "Reversed words aren't much harder to guess.": QT_TRANSLATE_NOOP(
        "Messages", "Rückwärts geschriebene Wörter sind kaum schwerer zu erraten."
    ),
    "Predictable substitutions like '@' instead of 'a' don't help very much.": QT_TRANSLATE_NOOP(
        "Messages", "Vorhersehbare Ersetzungen wie „@“ statt „a“ helfen kaum."
    ),
}
_GENERIC_SUGGESTION = QT_TRANSLATE_NOOP(
    "Messages", "Verwenden Sie mehrere ungewöhnliche Wörter, z. B. einen kurzen Satz."
)
_MIN_OWN_CHARS = 8
_TOO_SHORT = QT_TRANSLATE_NOOP(
    "Messages", "Die Passphrase muss mindestens {length} Zeichen lang sein."
)
_TOO_WEAK = QT_TRANSLATE_NOOP("Messages", "Die Passphrase ist zu leicht zu erraten.")
_CONTAINS_INPUT = QT_TRANSLATE_NOOP(
    "Messages", "Die Passphrase enthält Ihren Namen oder den Namen der Beratungsstelle."
)
# Too weak, and why: two sentences, the second one zxcvbn's reason (or ours).
_TOO_WEAK_BECAUSE = QT_TRANSLATE_NOOP(
    "Messages", "Die Passphrase ist zu leicht zu erraten. {reason}"
)


@dataclass(frozen=True)
class PassphraseAssessment:
    score: int  # zxcvbn 0–4
    acceptable: bool
    # German texts (``Text``: ``display`` shows them in the UI language)
    reasons: tuple[Text, ...]  # why it is refused; empty if acceptable
    suggestions: tuple[Text, ...]  # how to improve
    label: Text  # "sehr schwach" … "sehr stark"


NOT_VALID_TEXT = QT_TRANSLATE_NOOP(
    "Messages",
    "Die Eingabe enthält Zeichen, die kein gültiger Text sind (z. B. aus einer falsch "
    "kodierten Eingabe oder Umgebungsvariable). Bitte geben Sie sie erneut ein. Es wurde "
    "nichts verändert.",
)


def is_valid_text(text: str) -> bool:
    """False for a string that UTF-8 cannot encode: lone surrogates, e.g. from bytes that were
    no UTF-8 (``surrogateescape`` of the environment or a terminal) or a broken clipboard."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def secret_bytes(secret: str) -> bytes:
    """A passphrase or recovery code as the bytes fed to the key derivation (UTF-8); a
    ValidationError instead of UnicodeEncodeError for text that is not valid."""
    try:
        return secret.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(NOT_VALID_TEXT, "secret") from None


def assess_passphrase(passphrase: str, user_inputs: Iterable[str] = ()) -> PassphraseAssessment:
    """Accept at least MIN_LENGTH characters with a zxcvbn score of at least MIN_SCORE.

    ``user_inputs`` (counsellor and office name) count as easy to guess.
    """
    if not is_valid_text(passphrase):
        return PassphraseAssessment(
            score=0,
            acceptable=False,
            reasons=(Text(NOT_VALID_TEXT),),
            suggestions=(),
            label=Text(LABELS[0]),
        )
    inputs = _expand_inputs(user_inputs)
    result = _zxcvbn(passphrase, inputs)
    score = int(result["score"])
    if _mostly_user_inputs(passphrase, inputs):
        # zxcvbn rates a chain of several known words (name + office + city) too kindly.
        score = min(score, MIN_SCORE - 1)
    reasons: list[Text] = []
    if len(passphrase) < MIN_LENGTH:
        reasons.append(Text(_TOO_SHORT, {"length": MIN_LENGTH}))
    if score < MIN_SCORE:
        reasons.append(_weakness(result, passphrase, inputs))
    return PassphraseAssessment(
        score=score,
        acceptable=not reasons,
        reasons=tuple(reasons),
        suggestions=_suggestions(result) if score < MIN_SCORE else (),
        label=Text(LABELS[score]),
    )


def _zxcvbn(passphrase: str, inputs: list[str]) -> dict[str, Any]:
    if not passphrase:  # zxcvbn raises IndexError on the empty string
        return {"score": 0, "feedback": {"warning": "", "suggestions": []}}
    from zxcvbn import zxcvbn  # imported on first use: it loads large word lists

    result: dict[str, Any] = zxcvbn(
        passphrase[:ZXCVBN_MAX_CHARS],
        user_inputs=[*inputs, *COMMON_GERMAN_WORDS],
        max_length=ZXCVBN_MAX_CHARS,
    )
    return result


def _expand_inputs(user_inputs: Iterable[str]) -> list[str]:
    """Whole inputs plus their words, so "MBE Musterstadt" also flags "musterstadt"."""
    expanded: list[str] = []
    for text in user_inputs:
        expanded.append(text)
        expanded += [word for word in re.split(r"\W+", text) if len(word) >= 3]
    return list(dict.fromkeys(item for item in expanded if item))


def _mostly_user_inputs(passphrase: str, inputs: list[str]) -> bool:
    """True if the passphrase uses user inputs and little else (fewer than 8 own characters)."""
    lowered = passphrase.lower()
    rest = lowered
    for item in sorted(inputs, key=len, reverse=True):
        if len(item) >= 3:
            rest = rest.replace(item.lower(), " ")
    own_chars = re.sub(r"\W", "", rest)
    return rest != lowered and len(own_chars) < _MIN_OWN_CHARS


def _weakness(result: dict[str, Any], passphrase: str, inputs: list[str]) -> Text:
    """Why a passphrase is too weak, with zxcvbn's reason where it is known."""
    lowered = passphrase.lower()
    if any(len(item) >= 3 and item.lower() in lowered for item in inputs):
        return Text(_TOO_WEAK_BECAUSE, {"reason": Text(_CONTAINS_INPUT)})
    english = str(result.get("feedback", {}).get("warning") or "")
    german = _GERMAN_FEEDBACK.get(english)
    return Text(_TOO_WEAK_BECAUSE, {"reason": Text(german)}) if german else Text(_TOO_WEAK)


def _suggestions(result: dict[str, Any]) -> tuple[Text, ...]:
    english = result.get("feedback", {}).get("suggestions") or []
    german = [_GERMAN_FEEDBACK.get(str(text), _GENERIC_SUGGESTION) for text in english]
    return tuple(Text(text) for text in dict.fromkeys(german or [_GENERIC_SUGGESTION]))


# Crockford base32: no I, L, O, U, so the printed code cannot be misread.
CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RECOVERY_GROUPS = 8
RECOVERY_GROUP_SIZE = 5
RECOVERY_LENGTH = RECOVERY_GROUPS * RECOVERY_GROUP_SIZE  # 40 characters × 5 bits = 200 bits
_MISREAD = str.maketrans({"O": "0", "I": "1", "L": "1"})
_SEPARATORS = re.compile(r"[\s\-–—_.]+")


def generate_recovery_code() -> str:
    """A fresh random recovery code such as ``7K3QX-...`` (8 groups of 5, 200 bits)."""
    chars = "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(RECOVERY_LENGTH))
    size = RECOVERY_GROUP_SIZE
    return "-".join(chars[start : start + size] for start in range(0, RECOVERY_LENGTH, size))


def normalise_recovery_code(text: str) -> str:
    """The canonical form fed to the key derivation: 40 characters, no separators.

    Tolerates what people do when typing a printed code: lower case, spaces, hyphens, and
    O/I/L for 0/1.
    """
    compact = _SEPARATORS.sub("", text).upper().translate(_MISREAD)
    if any(char not in CROCKFORD_ALPHABET for char in compact):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Wiederherstellungscode enthält ungültige Zeichen. Erlaubt sind Ziffern und "
                "Buchstaben außer U.",
            ),
            "recovery_code",
        )
    if len(compact) != RECOVERY_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Messages",
                "Der Wiederherstellungscode muss {length} Zeichen haben "
                "(eingegeben: {entered}). Bitte prüfen Sie die Eingabe.",
            ),
            "recovery_code",
            length=RECOVERY_LENGTH,
            entered=len(compact),
        )
    return compact
