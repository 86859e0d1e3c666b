"""Which language a text is in.

Arabic is told by its script, English by its function words: both without loading anything.
Only other text (or Latin text that does not read as English) goes to py3langid, a
maintained offline identifier, imported on that first use (its model costs ~100 MB of
memory); English is the fallback.
"""
from __future__ import annotations

from checker.document import script_language

_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to in a is was for on that with as by at from said it his her has have had be were are "
    "an this which who will not but or its their they he she after over more than".split()
)

_ENGLISH_FUNCTION_WORDS_BYTES = frozenset(word.encode("ascii") for word in _ENGLISH_FUNCTION_WORDS)

# The commonest ASCII-spelt function words of the other large Latin-script languages of news.
# Terse English (wire headlines, tickers, fixtures lists) can fall below the 15% share that
# running prose reaches; it is still English when its English function words clearly outnumber
# those of every other language, and then the identifier's model need not be loaded at all.
_OTHER_FUNCTION_WORDS_BYTES = {
    lang: frozenset(word.encode("ascii") for word in words.split())
    for lang, words in {
        "de": "der die und den von zu das mit sich des auf ist im dem nicht ein eine als auch es werden aus hat dass sie nach wird bei einer um sind noch wie einem einen zum war haben nur oder aber vor zur bis durch",
        "fr": "de la le et les des du un une est que dans qui pour par sur au pas plus ne se avec il elle sont ce aux ont son sa ses mais ou",
        "es": "de la que el en y los del se las por un para con no una su al es lo como pero sus le ya fue este ha porque esta entre",
        "it": "di che il la per un del non una della sono con si da gli le al dei alla nel anche come ma",
        "pt": "de que o da do em um para com uma os no se na por mais as dos como mas foi ao ele das seu sua ou",
        "nl": "de het een en van is dat op te zijn met voor niet aan er ook als bij door om maar werd nog naar",
    }.items()
}
# byte -> itself lower-cased for an ASCII letter, else a space (no other character's UTF-8 bytes
# are ASCII letters)
_LOWER_LETTERS_ONLY = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256))


def _ascii_words(text: str) -> list[bytes]:
    """The runs of ASCII letters ([A-Za-z]+) of text, lower-cased, in order: one encode, one
    byte translation and one split (in C), twice as fast as a regex and a lower() a word."""
    return text.encode("utf-8", "surrogatepass").translate(_LOWER_LETTERS_ONLY).split()


def detect_language(text: str) -> str:
    sample = text[:20000]
    script = script_language(sample)
    if script == "ar":
        return "ar"
    if script is None:
        return "en"
    words = _ascii_words(sample)[:3000]
    english = sum(map(_ENGLISH_FUNCTION_WORDS_BYTES.__contains__, words)) / len(words) if words else 0.0
    if english >= 0.15:
        return "en"
    if english >= 0.04 and all(english >= 2 * sum(map(other.__contains__, words)) / len(words) for other in _OTHER_FUNCTION_WORDS_BYTES.values()):
        return "en"
    if len(words) < 40 and sample.isascii():
        return "en"  # too short for an identifier to beat the documented fallback
    try:
        import py3langid

        code, _score = py3langid.classify(sample)
    except Exception:  # no identifier available: English is the documented fallback
        return "en"
    return code or "en"
