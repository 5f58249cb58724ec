"""The fixed search benchmark: 200 keystrokes, typed letter by letter, in several scripts.

Fixed (not drawn from the store) so that runs on different stores, machines and versions time
the same work. The words are common name parts from the synthetic demo lists
(``domain.demo_names``) and made-up numbers and dates; they name nobody.
"""

from __future__ import annotations

# What a counsellor types into the search field, one entry per search; every keystroke of it
# is one query. Grouped by kind; the counts of keystrokes are in the comments.
TYPED: tuple[tuple[str, str], ...] = (
    # Latin without diacritics (37)
    ("latin", "schmidt"),
    ("latin", "mueller"),
    ("latin", "ahmad al"),
    ("latin", "kowalski"),
    ("latin", "hassan"),
    ("latin", "al"),
    # Latin with diacritics: German, Polish, Kurdish (31)
    ("latin-diacritics", "Müller"),
    ("latin-diacritics", "Łukasz"),
    ("latin-diacritics", "Wiśniewska"),
    ("latin-diacritics", "Şêrko"),
    ("latin-diacritics", "Jörg"),
    # Turkish (31)
    ("turkish", "Yılmaz"),
    ("turkish", "Öztürk"),
    ("turkish", "Çelik"),
    ("turkish", "Ayşe Doğan"),
    ("turkish", "Şahin"),
    # Vietnamese (20)
    ("vietnamese", "Nguyễn Thị"),
    ("vietnamese", "Trần"),
    ("vietnamese", "Phạm Văn"),
    # Cyrillic: Ukrainian, Russian, Bulgarian (26)
    ("cyrillic", "Шевченко"),
    ("cyrillic", "Иванова"),
    ("cyrillic", "Олена"),
    ("cyrillic", "Георги"),
    # Arabic script: Arabic, Persian (19)
    ("arabic", "محمد"),
    ("arabic", "الحسن"),
    ("arabic", "فاطمة"),
    ("arabic", "حسینی"),
    # client numbers (22)
    ("number", "2024-0042"),
    ("number", "2021-1"),
    ("number", "2025-03"),
    # birth dates, full and as a year (14)
    ("birth-date", "12.03.1987"),
    ("birth-date", "1990"),
)


def keystrokes(word: str) -> list[str]:
    """Every state of the search field while ``word`` is typed; spaces add no query."""
    return [word[:end] for end in range(1, len(word) + 1) if not word[:end].endswith(" ")]


QUERIES: tuple[tuple[str, str], ...] = tuple(
    (kind, typed) for kind, word in TYPED for typed in keystrokes(word)
)

assert len(QUERIES) == 200, len(QUERIES)


# Spellings other than the stored letters (issue 20): transliterations, phonetic spellings,
# vowel-less Arabic script read with vowels, typos — every keystroke of each, as above. They
# exercise the variant index and the near-miss pass; timed as ``search_variants_p95``.
VARIANT_TYPED: tuple[str, ...] = (
    "schewtschenko",
    "sevcenko",
    "juschtschenko",
    "schukow",
    "achmedow",
    "chassanow",
    "mohammed al-hassan",
    "muhammad",
    "hussein",
    "youssef",
    "zahra hosseini",
    "schmitt",
    "mehmed yilmas",
    "ngyuen",
    "tschelik",
    "muhamad alhasan",
    "tesfai",
    "beridse",
)
VARIANT_QUERIES: tuple[str, ...] = tuple(
    typed for word in VARIANT_TYPED for typed in keystrokes(word)
)
