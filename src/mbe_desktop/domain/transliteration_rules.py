"""Transliteration rules as data, for the name search (``domain.name_variants``).

Each table maps lowercase letters of one script to their Latin rendering under one published
scheme. Only what the search needs is kept: the Latin letters a counsellor would type, without
the scheme's diacritics where the scheme's own readers drop them anyway (ISO 9 ``š`` is kept
here as ``š`` and folded later, so ``sevcenko`` is found too).

Sources (rules as published; tables checked against their examples):

* Cyrillic — ISO 9:1995 (system A); BGN/PCGN 1947 (Russian) and 2019 (Ukrainian, the
  Ukrainian national system of 2010); ICAO Doc 9303 part 3, table for the machine-readable
  zone (Russian and Ukrainian passports); Duden, "Transkription des Russischen" (German
  newspaper rules) and its Ukrainian counterpart; the French usage of the press
  (Le Monde / AFP) for Russian and Ukrainian.
* Greek — ELOT 743 (= ISO 843 type 2, transcription) and the popular phonetic spelling
  (``Yiorgos``); Georgian — the national system of 2002 and the German usage (``Beridse``);
  Armenian — BGN/PCGN 1981 and the German usage (``Howhannisjan``).
* Turkish and other Latin alphabets — the German phonetic spelling of the letters a German
  ear would write differently (Duden, "Aussprache fremder Namen"): ç tsch, ş sch, c dsch,
  ğ silent, y j; Czech/Slovak/Polish/Baltic š ž č ś ć ź ż likewise, and English readings.
* Arabic script (Arabic, Persian, Dari, Pashto, Urdu, Kurdish Sorani) — the consonant classes
  of each letter with the usual Latin renderings of its letter (DIN 31635 / ALA-LC / the
  Persian and Urdu UN romanisation, and the popular spellings: ``ث`` as th or s, ``ج`` as j,
  dsch, dj or g, ``خ`` as kh, ch or h …); short vowels are not written and so not compared.

Context rules (``je`` only at the start of a word and after a vowel …) are expressed by
``INITIAL`` tables: their entries replace the plain ones at the start of a word and after a
vowel (and after the hard and soft signs).
"""

from __future__ import annotations

from collections.abc import Mapping

Table = Mapping[str, str]

# --- Cyrillic ---------------------------------------------------------------------------------

# Letters both languages share, as a base for each scheme (the language tables override).
_RU_ISO9: Table = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "ë", "ж": "ž", "з": "z",
    "и": "i", "й": "j", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "c", "ч": "č", "ш": "š", "щ": "ŝ",
    "ъ": "", "ы": "y", "ь": "", "э": "è", "ю": "û", "я": "â",
}  # fmt: skip
_UK_ISO9: Table = {**_RU_ISO9, "г": "g", "ґ": "g", "є": "ê", "і": "ì", "ї": "ï", "и": "i"}

_RU_BGN: Table = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
_RU_BGN_INITIAL: Table = {"е": "ye", "ё": "yo"}
_UK_BGN: Table = {
    **_RU_BGN, "г": "h", "ґ": "g", "е": "e", "є": "ie", "и": "y", "і": "i", "ї": "i", "й": "i",
    "ю": "iu", "я": "ia", "ь": "",
}  # fmt: skip
_UK_BGN_INITIAL: Table = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}

_RU_ICAO: Table = {
    **_RU_BGN, "е": "e", "ё": "e", "й": "i", "ъ": "ie", "ы": "y", "ю": "iu", "я": "ia",
}  # fmt: skip
_UK_ICAO: Table = {**_RU_ICAO, "г": "g", "ґ": "g", "є": "ie", "і": "i", "ї": "i", "и": "i"}

_RU_DUDEN: Table = {
    "а": "a", "б": "b", "в": "w", "г": "g", "д": "d", "е": "e", "ё": "jo", "ж": "sch", "з": "s",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "ch", "ц": "z", "ч": "tsch", "ш": "sch",
    "щ": "schtsch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "ju", "я": "ja",
}  # fmt: skip
_RU_DUDEN_INITIAL: Table = {"е": "je", "ё": "jo"}
_UK_DUDEN: Table = {
    **_RU_DUDEN, "г": "h", "ґ": "g", "е": "e", "є": "je", "и": "y", "і": "i", "ї": "ji",
    "й": "j",
}  # fmt: skip
_UK_DUDEN_INITIAL: Table = {"є": "je", "ї": "ji"}

_RU_FRENCH: Table = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "io", "ж": "j", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "ou", "ф": "f", "х": "kh", "ц": "ts", "ч": "tch", "ш": "ch",
    "щ": "chtch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "iou", "я": "ia",
}  # fmt: skip
_RU_FRENCH_INITIAL: Table = {"е": "ie"}
_UK_FRENCH: Table = {**_RU_FRENCH, "г": "h", "ґ": "g", "и": "y", "і": "i", "ї": "ï", "є": "ie"}

# (language, scheme) -> (plain table, table at the start of a word / after a vowel)
CYRILLIC: Mapping[tuple[str, str], tuple[Table, Table]] = {
    ("ru", "iso9"): (_RU_ISO9, {}),
    ("ru", "bgn"): (_RU_BGN, _RU_BGN_INITIAL),
    ("ru", "icao"): (_RU_ICAO, {}),
    ("ru", "duden"): (_RU_DUDEN, _RU_DUDEN_INITIAL),
    ("ru", "french"): (_RU_FRENCH, _RU_FRENCH_INITIAL),
    ("uk", "iso9"): (_UK_ISO9, {}),
    ("uk", "bgn"): (_UK_BGN, _UK_BGN_INITIAL),
    ("uk", "icao"): (_UK_ICAO, {}),
    ("uk", "duden"): (_UK_DUDEN, _UK_DUDEN_INITIAL),
    ("uk", "french"): (_UK_FRENCH, {}),
}
# Letters that tell the language; a name with neither is read both ways.
UKRAINIAN_ONLY = frozenset("ґєії")
RUSSIAN_ONLY = frozenset("ёъыэ")
CYRILLIC_VOWELS = frozenset("аеёиіїоуыэюяєъь")

# --- Greek, Georgian, Armenian ----------------------------------------------------------------

# Digraphs first (the rendering takes the longest match).
GREEK: Mapping[str, Table] = {
    "elot743": {
        "αι": "ai", "ει": "ei", "οι": "oi", "ου": "ou", "αυ": "av", "ευ": "ev", "μπ": "mp",
        "ντ": "nt", "γκ": "gk", "γγ": "ng",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps",
        "ω": "o",
    },
    "phonetic": {
        "αι": "e", "ει": "i", "οι": "i", "ου": "ou", "αυ": "af", "ευ": "ef", "μπ": "b",
        "ντ": "d", "γκ": "g", "γγ": "ng", "γι": "yi", "γε": "ye", "γη": "yi",
        "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th",
        "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x", "ο": "o", "π": "p",
        "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "i", "φ": "f", "χ": "h", "ψ": "ps",
        "ω": "o",
    },
}  # fmt: skip

GEORGIAN: Mapping[str, Table] = {
    "national": {
        "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "v", "ზ": "z", "თ": "t", "ი": "i",
        "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "zh", "რ": "r",
        "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "q", "შ": "sh",
        "ჩ": "ch", "ც": "ts", "ძ": "dz", "წ": "ts", "ჭ": "ch", "ხ": "kh", "ჯ": "j", "ჰ": "h",
    },
    "german": {
        "ა": "a", "ბ": "b", "გ": "g", "დ": "d", "ე": "e", "ვ": "w", "ზ": "s", "თ": "t", "ი": "i",
        "კ": "k", "ლ": "l", "მ": "m", "ნ": "n", "ო": "o", "პ": "p", "ჟ": "sch", "რ": "r",
        "ს": "s", "ტ": "t", "უ": "u", "ფ": "p", "ქ": "k", "ღ": "gh", "ყ": "k", "შ": "sch",
        "ჩ": "tsch", "ც": "z", "ძ": "ds", "წ": "z", "ჭ": "tsch", "ხ": "ch", "ჯ": "dsch",
        "ჰ": "h",
    },
}  # fmt: skip

ARMENIAN: Mapping[str, Table] = {
    "bgn": {
        "ու": "u", "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "z", "է": "e",
        "ը": "y", "թ": "t", "ժ": "zh", "ի": "i", "լ": "l", "խ": "kh", "ծ": "ts", "կ": "k",
        "հ": "h", "ձ": "dz", "ղ": "gh", "ճ": "ch", "մ": "m", "յ": "y", "ն": "n", "շ": "sh",
        "ո": "o", "չ": "ch", "պ": "p", "ջ": "j", "ռ": "r", "ս": "s", "վ": "v", "տ": "t",
        "ր": "r", "ց": "ts", "փ": "p", "ք": "k", "և": "ev", "օ": "o", "ֆ": "f",
    },
    "german": {
        "ու": "u", "ա": "a", "բ": "b", "գ": "g", "դ": "d", "ե": "e", "զ": "s", "է": "e",
        "ը": "e", "թ": "t", "ժ": "sch", "ի": "i", "լ": "l", "խ": "ch", "ծ": "z", "կ": "k",
        "հ": "h", "ձ": "ds", "ղ": "gh", "ճ": "tsch", "մ": "m", "յ": "j", "ն": "n", "շ": "sch",
        "ո": "o", "չ": "tsch", "պ": "p", "ջ": "dsch", "ռ": "r", "ս": "s", "վ": "w", "տ": "t",
        "ր": "r", "ց": "z", "փ": "p", "ք": "k", "և": "ew", "օ": "o", "ֆ": "f",
    },
}  # fmt: skip

# --- Latin letters a German (or English) reader writes differently ----------------------------

# Turkish: applied to a word that has one of TURKISH_SIGNS (so "Celik" is not read as Turkish
# "Dschelik", but "Çelik" and "Cem Yılmaz" are).
TURKISH_SIGNS = frozenset("çşğıİ")
TURKISH: Mapping[str, Table] = {
    "german": {"ç": "tsch", "ş": "sch", "c": "dsch", "ğ": "", "ı": "i", "y": "j", "z": "s",
               "v": "w", "ö": "ö", "ü": "ü", "â": "a", "î": "i", "û": "u"},
    "english": {"ç": "ch", "ş": "sh", "c": "j", "ğ": "", "ı": "i", "â": "a", "î": "i",
                "û": "u"},
}  # fmt: skip

# Other Latin alphabets: the letters with a sound of their own that plain folding loses.
LATIN_SOUNDS: Mapping[str, Table] = {
    "german": {"š": "sch", "ž": "sch", "č": "tsch", "ć": "tsch", "ś": "sch", "ź": "sch",
               "ż": "sch", "ş": "sch", "ç": "tsch", "ł": "w", "ñ": "nj", "đ": "d", "ð": "d",
               "ř": "rsch", "ș": "sch", "ț": "z", "ģ": "dj", "ķ": "tj", "ņ": "nj", "ļ": "lj"},
    "english": {"š": "sh", "ž": "zh", "č": "ch", "ć": "ch", "ś": "sh", "ź": "zh", "ż": "zh",
                "ş": "sh", "ç": "ch", "ñ": "ny", "ș": "sh", "ț": "ts", "ř": "rzh"},
}  # fmt: skip

# --- Arabic script: consonant classes ---------------------------------------------------------

# Each letter -> the consonant classes of its usual Latin renderings (first = most usual); ""
# for letters that are vowels or not written in Latin (alef, ʿayn, hamza carriers, ta marbuta).
# Classes are those of ``name_variants.phonetic_code``: b p t k f s x (sh) c (tsch) q (kh/ch)
# j (dsch) y h l m n r. ``و`` and ``ي`` are consonants at the start of a word, otherwise
# usually long vowels (with the consonant reading as the second choice).
ARABIC_CLASSES: Mapping[str, tuple[str, ...]] = {
    "ء": ("",), "آ": ("",), "أ": ("",), "إ": ("",), "ا": ("",), "ٱ": ("",), "ئ": ("",),
    "ؤ": ("",), "ى": ("",), "ة": ("", "t"), "ۀ": ("",), "ە": ("",), "ۆ": ("",), "ێ": ("",),
    "ۍ": ("",), "ے": ("",), "ع": ("",),
    "ب": ("b",), "پ": ("p",), "ت": ("t",), "ٹ": ("t",), "ټ": ("t",), "ث": ("s", "t"),
    "ج": ("j", "y", "k"), "چ": ("c",), "ح": ("h", "q"), "خ": ("q", "h"), "د": ("t",), "ڈ": ("t",),
    "ډ": ("t",), "ذ": ("s", "t"), "ر": ("r",), "ڕ": ("r",), "ڑ": ("r",), "ړ": ("r",),
    "ز": ("s",), "ژ": ("x", "s"), "ږ": ("x", "k"), "س": ("s",), "ش": ("x", "q"), "ښ": ("x", "q"),
    "ص": ("s",), "ض": ("t", "s"), "ط": ("t",), "ظ": ("s", "t"), "غ": ("k", "q"), "ف": ("f",),
    "ڤ": ("f",), "ق": ("k",), "ك": ("k",), "ک": ("k",), "گ": ("k",), "ګ": ("k",),
    "ڭ": ("k",), "ل": ("l",), "ڵ": ("l",), "م": ("m",), "ن": ("n",), "ں": ("n",), "ڼ": ("n",),
    "ه": ("h",), "ھ": ("h",), "ہ": ("h", ""), "ۃ": ("", "t"), "ځ": ("s", "j"), "څ": ("s", "c"),
}  # fmt: skip
ARABIC_WEAK: Mapping[str, str] = {"و": "f", "ي": "y", "ی": "y", "ې": "y"}  # consonant reading
ARABIC_ARTICLE = "ال"
