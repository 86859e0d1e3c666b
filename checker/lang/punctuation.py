"""Punctuation knowledge shared by the typography rules: quotation marks, brackets, the Arabic
and Latin forms of the comma, semicolon and question mark, digit scripts.

Sources: Unicode (General_Category Pi/Pf/Ps/Pe, Bidi_Mirrored), ../shared/ARABIC.md §9 for the
Arabic conventions (« » and “ ” both used in Arabic copy, straight " mixed with curly quotes
online; stored ”…“ accepted as a pair).
"""
from __future__ import annotations


from checker.lazyre import LazyPattern


# -- quotation marks --------------------------------------------------------------------
STRAIGHT_DOUBLE = '"'
#: opener -> the closers that may end it ("„" is closed by “ in German, by ” in Polish).
QUOTE_CLOSERS: dict[str, frozenset[str]] = {
    "“": frozenset("”"),
    "„": frozenset("“”"),
    "«": frozenset("»"),
    "‹": frozenset("›"),
    "‘": frozenset("’"),
    "‚": frozenset("‘’"),  # German ‚…‘, Dutch/Polish ‚…’
}
QUOTE_OPENERS = frozenset(QUOTE_CLOSERS)
QUOTE_CLOSING = frozenset("”»›’")
#: every mark the quote analysis looks at (straight ' is left out: it is nearly always an
#: apostrophe or a prime, and a stray one cannot be told from either).
QUOTE_MARKS = frozenset("“”„‚«»‹›‘’\"")
QUOTE_NAMES = {
    '"': "straight double quotation mark",
    "“": "opening quotation mark",
    "”": "closing quotation mark",
    "„": "low opening quotation mark",
    "«": "opening guillemet",
    "»": "closing guillemet",
    "‹": "opening single guillemet",
    "›": "closing single guillemet",
    "‘": "opening single quotation mark",
    "‚": "low opening single quotation mark",
    "’": "closing single quotation mark",
}

# -- brackets ---------------------------------------------------------------------------
BRACKET_PAIRS = {"(": ")", "[": "]", "{": "}"}
BRACKET_OPENERS = frozenset(BRACKET_PAIRS)
BRACKET_CLOSERS = {v: k for k, v in BRACKET_PAIRS.items()}
#: ﴾ U+FD3E and ﴿ U+FD3F (ornate parentheses around Qur'anic verses) are typed in either
#: order in Arabic copy, so they pair by alternation, like straight quotes.
ORNATE = frozenset("﴾﴿")
BRACKET_NAMES = {
    "(": "opening parenthesis",
    ")": "closing parenthesis",
    "[": "opening square bracket",
    "]": "closing square bracket",
    "{": "opening brace",
    "}": "closing brace",
    "﴾": "ornate parenthesis",
    "﴿": "ornate parenthesis",
}

# -- sentence punctuation -----------------------------------------------------------------
ARABIC_COMMA, ARABIC_SEMICOLON, ARABIC_QUESTION = "،", "؛", "؟"
LATIN_TO_ARABIC = {",": ARABIC_COMMA, ";": ARABIC_SEMICOLON, "?": ARABIC_QUESTION}
ARABIC_TO_LATIN = {v: k for k, v in LATIN_TO_ARABIC.items()}
MARK_NAMES = {
    ",": "Latin comma",
    ";": "Latin semicolon",
    "?": "Latin question mark",
    ARABIC_COMMA: "Arabic comma",
    ARABIC_SEMICOLON: "Arabic semicolon",
    ARABIC_QUESTION: "Arabic question mark",
    ".": "full stop",
    "!": "exclamation mark",
    ":": "colon",
}
#: marks whose doubling is a typo (the colon is left out: "::" is code, not prose).
REPEATABLE = ".,;!?،؛؟"

# -- letters, digits, diacritics --------------------------------------------------------------
ARABIC_LETTER = LazyPattern(r"[\u0620-\u064A\u066E-\u06D3\u06D5\u06FA-\u06FF\u0750-\u077F\u08A0-\u08FF]")
ARABIC_DIACRITICS = LazyPattern(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]")
LATIN_LETTER = LazyPattern(r"[A-Za-z\u00C0-\u024F]")


#: the names of the Latin letters as Arabic copy spells them, letter by letter, in acronyms
#: (سي إن إن CNN, بي بي سي BBC, إف بي آي FBI, إم تي في MTV); compared without diacritics
LATIN_LETTER_NAMES_AR = frozenset(
    """إيه ايه أيه اي إي آي بي سي دي إف اف جي جيه إتش اتش إيتش كيه كي كاي إل ال إم ام إن ان أو
    او كيو آر ار إس اس تي يو في فى دبليو إكس اكس واي زد زي""".split()
)


def is_arabic_letter(ch: str) -> bool:
    """The first character of `ch` is an Arabic letter (the ranges of ARABIC_LETTER)."""
    if not ch:
        return False
    o = ord(ch[0])
    return 0x620 <= o <= 0x64A or 0x66E <= o <= 0x6D3 or o == 0x6D5 or 0x6FA <= o <= 0x6FF or 0x750 <= o <= 0x77F or 0x8A0 <= o <= 0x8FF


def is_latin_letter(ch: str) -> bool:
    """The first character of `ch` is a Latin letter (the ranges of LATIN_LETTER)."""
    if not ch:
        return False
    c = ch[0]
    return "A" <= c <= "Z" or "a" <= c <= "z" or "\u00C0" <= c <= "\u024F"


def strip_diacritics(word: str) -> str:
    """The word without Arabic harakat and tatweel, and Latin accents kept (case folded)."""
    return ARABIC_DIACRITICS.sub("", word).casefold()


DIGIT_SCRIPTS = {
    "western": ("Western", "0123456789"),
    "arabic-indic": ("Arabic-Indic", "٠١٢٣٤٥٦٧٨٩"),
    "persian": ("Persian (Extended Arabic-Indic)", "۰۱۲۳۴۵۶۷۸۹"),
}


def digit_script(ch: str) -> str | None:
    if "0" <= ch <= "9":
        return "western"
    if "\u0660" <= ch <= "\u0669":
        return "arabic-indic"
    if "\u06F0" <= ch <= "\u06F9":
        return "persian"
    return None
