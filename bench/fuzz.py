"""Fuzzing: every rule fed random and adversarial text; no exception, and time per KB bounded.

    python bench/fuzz.py [--inputs 100000] [--seed 1] [--max-kb 8] [--rule ID ...] [--save DIR]

Inputs mix what news text is made of and what breaks text code: Latin and Arabic words,
dates, weekdays and months in both languages, Hijri dates, numbers in both digit sets and in
words, units, percentages, quotation marks and brackets of every kind, bidi controls (LRM, RLM,
embeddings, isolates), combining marks and tatweel, zero-width characters, emoji, empty
paragraphs and blank-line runs, one-character lines and very long ones. Every tenth input is
built for one adversarial shape (10^5 combining marks, a digit run of 10^5, one huge line,
thousands of empty paragraphs, a storm of brackets or quotes, weekday/date pairs by the
thousand) at a random size up to --max-kb.

Each input is checked by every rule (preview tier included) in a document of its own language
(en, ar, or detected); an exception is printed with its input (saved to --save DIR) and the
traceback, and counted. The time of the whole input is held against the bound
BOUND_BASE + BOUND_PER_KB * KB (generous: a loaded machine must not trip it); the slowest
inputs, absolute and per KB, are printed at the end. A measurement: it exits 1 when an input
raised or broke the bound, so that a long run can be left unattended.

tests/test_fuzz.py runs a short profile of the same generator through hypothesis.
"""
from __future__ import annotations

import argparse
import random
import sys
import time
import traceback
from pathlib import Path

BOUND_BASE = 2.0  # seconds for any input ...
BOUND_PER_KB = 0.1  # ... plus this per KB (a 4 KB article takes ~0.02 s; 250 KB ~5 s in all)

LATIN_WORDS = (
    "the minister said talks resumed on in at of and a to was were will be by after before since "
    "last next this week year month day government council company police army people percent "
    "million billion thousand hundred dozen first second third half quarter Mr Dr U.S. U.N. Nov. "
    "Sept. al-Assad Mohammed Muhammad Kyiv Kiev ceasefire cease-fire organisation organization "
    "km miles kg pounds tonnes $ € £ % AM PM BC AD Ramadan Hijri AH CE yesterday tomorrow today"
).split()
ARABIC_WORDS = (
    "قال الوزير إن المحادثات استؤنفت يوم في من على إلى أن عن مع التي الذي هذا هذه كان قد لا ما و "
    "الحكومة المجلس الشركة الشرطة الجيش الناس بالمئة مليون مليار ألف مئة عشرة ثلاثة أربعة خمسة "
    "الأول الثاني نصف ربع محمد محمّد الأسد كييف وقف إطلاق النار كيلومتر ميل كيلوغرام طن دولار "
    "أمس غدا اليوم الماضي المقبل هجري هـ م ميلادي رمضان شوال ذو الحجة محرم"
).split()
MONTHS = (
    "January February March April May June July August September October November December "
    "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين"
).split()
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت الأحد".split()
PUNCT = list(".,;:!?…-–—()[]{}\"'“”‘’«»‹›„،؛؟٪٫٬/\\*#@&")
BIDI = list("\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")
MARKS = [chr(c) for c in range(0x064B, 0x0653)] + ["\u0670", "\u0640"] + [chr(c) for c in range(0x0300, 0x0310)]
ODD = ["\u200b", "\u200c", "\u200d", "\ufeff", "\u00a0", "\u2009", "\u3000", "\t", "\r", "\r\n", "😀", "🇸🇦", "\u2028", "ß", "İ", "ﷺ", "ﻻ", "Ⅻ", "²", "½"]
ASCII_DIGITS, ARABIC_DIGITS, PERSIAN_DIGITS = "0123456789", "٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹"


def number(rng: random.Random) -> str:
    digits = rng.choice((ASCII_DIGITS, ASCII_DIGITS, ARABIC_DIGITS, PERSIAN_DIGITS))
    n = "".join(rng.choice(digits) for _ in range(rng.choice((1, 1, 2, 2, 4, 4, 6, 9, 20))))
    shape = rng.random()
    if shape < 0.15:
        n += rng.choice((".", ",", "٫", "٬")) + "".join(rng.choice(digits) for _ in range(rng.randint(1, 3)))
    elif shape < 0.25:
        n = ",".join([n[:3] or "1"] + ["".join(rng.choice(digits) for _ in range(3)) for _ in range(rng.randint(1, 3))])
    elif shape < 0.35:
        n += rng.choice(("%", "٪", " percent", " بالمئة", " million", " مليون", " km", " كيلومتر", "m", "th"))
    return n


def date_phrase(rng: random.Random) -> str:
    day, year = str(rng.randint(0, 40)), str(rng.choice((rng.randint(1, 2100), rng.randint(1380, 1450))))
    forms = (
        f"{rng.choice(WEEKDAYS)} {day} {rng.choice(MONTHS)} {year}",
        f"{rng.choice(WEEKDAYS)}, {rng.choice(MONTHS)} {day}",
        f"{day}/{rng.randint(0, 14)}/{year}",
        f"{year}-{rng.randint(0, 14):02d}-{day}",
        f"{day} {rng.choice(MONTHS)} {year} هـ",
        f"({rng.choice(WEEKDAYS)})",
        f"on {rng.choice(WEEKDAYS)} last week",
    )
    return rng.choice(forms)


def token(rng: random.Random) -> str:
    r = rng.random()
    if r < 0.30:
        return rng.choice(LATIN_WORDS)
    if r < 0.60:
        return rng.choice(ARABIC_WORDS)
    if r < 0.70:
        return number(rng)
    if r < 0.77:
        return date_phrase(rng)
    if r < 0.87:
        return rng.choice(PUNCT)
    if r < 0.91:
        return rng.choice(BIDI)
    if r < 0.95:
        return rng.choice(ARABIC_WORDS) + "".join(rng.choice(MARKS) for _ in range(rng.randint(1, 4)))
    if r < 0.98:
        return rng.choice(ODD)
    return chr(rng.randint(0x21, 0x2FFF))


def random_text(rng: random.Random, max_chars: int = 4000) -> str:
    """A random article-like text: paragraphs of random tokens (some empty), up to max_chars."""
    target = rng.choice((0, 1, 5, 40, 200, 1000, max_chars // 2, max_chars))
    out: list[str] = []
    size = 0
    while size < target:
        piece = token(rng)
        sep = rng.choices(("", " ", "\n", "\n\n", "\n\n\n\n"), weights=(10, 70, 8, 6, 1))[0]
        out.append(piece + sep)
        size += len(piece) + len(sep)
    return "".join(out)[: max(target, 1)] or rng.choice(("", " ", "\n", "x"))


ADVERSARIAL = ("marks", "digits", "huge-line", "empty-paragraphs", "brackets", "quotes", "weekday-dates", "bidi", "numbers", "one-char-lines")


def adversarial(kind: str, size: int, rng: random.Random | None = None) -> str:
    """One adversarial shape of about `size` characters."""
    rng = rng or random.Random(0)
    if kind == "marks":
        return "قال " + "ب" + "\u064e\u0651" * (size // 2) + " الوزير.\n"
    if kind == "digits":
        return "The total was " + "7" * size + " people. بلغ " + "٣" * (size // 10) + ".\n"
    if kind == "huge-line":
        words = LATIN_WORDS + ARABIC_WORDS
        return " ".join(rng.choice(words) for _ in range(size // 6))
    if kind == "empty-paragraphs":
        return "Title\n" + "\n \n\t\n" * (size // 5) + "The end on Monday.\n"
    if kind == "brackets":
        return "".join(rng.choice("()[]{}«»“”\"'") + rng.choice((" a ", " ب ", "")) for _ in range(size // 3))
    if kind == "quotes":
        return ('He said "no. ' * (size // 13)) + "\n"
    if kind == "weekday-dates":
        pairs = []
        while sum(map(len, pairs)) < size:
            pairs.append(f"on {rng.choice(WEEKDAYS[:7])} {rng.randint(1, 31)} {rng.choice(MONTHS[:12])} 20{rng.randint(10, 30)}, ")
        return "The talks were held " + "".join(pairs) + "officials said.\n"
    if kind == "bidi":
        return "".join(rng.choice(BIDI) + rng.choice(("word", "كلمة", "12", "")) for _ in range(size // 5))
    if kind == "numbers":
        return " ".join(f"{number(rng)} {rng.choice(('people', 'شخصا', 'km', 'miles', 'percent', 'of', 'and'))}" for _ in range(size // 12)) + "\n"
    if kind == "one-char-lines":
        return "\n".join(rng.choice("a.ب؟1)\"") for _ in range(size // 2))
    raise ValueError(kind)


# -- running the rules ----------------------------------------------------------------------------

_ENGINES: dict = {}


def rules(rule_ids: list[str] | None = None):
    """Every rule instance (preview tier included), built once."""
    from checker.config import Config
    from checker.engine import Engine

    key = tuple(rule_ids or ())
    if key not in _ENGINES:
        config = Config(select=tuple(rule_ids) if rule_ids else None, preview=True, date=None)
        engine = Engine(config, discover=False)
        _ENGINES[key] = (engine, config, [r for r in engine.rules_for(config) if r.id != "archive-consistency"])
    return _ENGINES[key]


class TooSlow(Exception):
    """An input that took longer than its limit (the rule that was running is named)."""

    def __init__(self, rule_id: str, chars: int, limit: float) -> None:
        super().__init__(f"rule {rule_id} still running after {limit:.1f} s on a {chars}-character input")
        self.rule_id, self.chars, self.limit = rule_id, chars, limit


class RuleCrash(Exception):
    def __init__(self, rule_id: str, text: str, lang: str, tb: str) -> None:
        super().__init__(f"rule {rule_id} raised on a {len(text)}-character {lang} input")
        self.rule_id, self.text, self.lang, self.tb = rule_id, text, lang, tb


def check_every_rule(text: str, lang: str | None, rule_ids: list[str] | None = None, published=None, limit: float | None = None) -> dict[str, float]:
    """Run every rule on `text` (one document; a shared analysis is charged to the first rule
    that asks for it); {rule id: seconds}. Raises RuleCrash on an exception, and TooSlow when
    the whole input takes more than `limit` seconds (main thread, POSIX: SIGALRM)."""
    import signal

    from checker.engine import make_document
    from checker.sources import Source

    engine, config, instances = rules(rule_ids)
    config = config.merged(lang=lang, date=published)
    times: dict[str, float] = {}
    current = ["prepare"]

    def expired(signum, frame):
        raise TooSlow(current[0], len(text), limit)

    timed = bool(limit) and hasattr(signal, "setitimer")
    if timed:
        previous = signal.signal(signal.SIGALRM, expired)
        signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        doc = make_document(Source("<fuzz>", text=text), config)
        for rule in instances:
            if not rule.applies_to(doc.lang):
                continue
            current[0] = rule.id
            start = time.perf_counter()
            try:
                list(rule.check(doc))
            except TooSlow:
                raise
            except Exception:
                raise RuleCrash(rule.id, text, doc.lang, traceback.format_exc()) from None
            times[rule.id] = time.perf_counter() - start
    finally:
        if timed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    return times


def bound(chars: int) -> float:
    return BOUND_BASE + BOUND_PER_KB * len_kb(chars)


def len_kb(chars: int) -> float:
    return chars / 1024


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-kb", type=float, default=8, help="size of the random texts")
    parser.add_argument("--adversarial-kb", type=float, default=64, help="largest adversarial input")
    parser.add_argument("--rule", action="append", help="only this rule (repeatable)")
    parser.add_argument("--save", type=Path, help="write each input that raised or was too slow here")
    parser.add_argument("--report-every", type=int, default=5000)
    args = parser.parse_args()
    from datetime import date

    rng = random.Random(args.seed)
    check_every_rule("Warm-up: the rules and their word lists load here, not in the first input.", "en", args.rule)
    check_every_rule("إحماء: تحميل القواعد وقوائم الكلمات هنا.", "ar", args.rule)
    crashes: dict[tuple[str, str], int] = {}
    slow: list[tuple[float, int, str]] = []
    slowest_abs: list[tuple[float, int, str, str]] = []
    slowest_kb: list[tuple[float, int, str, str]] = []
    per_rule: dict[str, float] = {}
    totals = [0]
    started = time.perf_counter()
    done = 0
    try:
        for i in range(args.inputs):
            done = i + 1
            _one(i, args, rng, crashes, slow, slowest_abs, slowest_kb, per_rule, totals, started)
    except KeyboardInterrupt:  # a long run stopped by hand still reports what it saw
        done -= 1
        print(f"\ninterrupted after {done} inputs")
    total_chars = totals[0]
    print(f"\n{done} inputs ({total_chars / 1e6:.1f} M characters) in {time.perf_counter() - started:.0f} s; "
          f"{sum(crashes.values())} raised ({len(crashes)} distinct), {len(slow)} over the bound ({BOUND_BASE:g} s + {BOUND_PER_KB:g} s/KB)")
    for (rule_id, last), n in sorted(crashes.items(), key=lambda item: -item[1]):
        print(f"  {n:>6} x {rule_id}: {last}")
    print("slowest inputs:")
    for elapsed, chars, kind, rule_id in slowest_abs:
        print(f"  {elapsed:7.3f} s  {chars:>8} chars  {kind:<16} slowest rule {rule_id}")
    print("slowest per KB (inputs of 1 KB or more):")
    for per_kb, chars, kind, rule_id in slowest_kb:
        print(f"  {per_kb * 1000:7.1f} ms/KB  {chars:>8} chars  {kind:<16} slowest rule {rule_id}")
    print("time per rule, all inputs:")
    for rule_id, t in sorted(per_rule.items(), key=lambda item: -item[1])[:10]:
        print(f"  {t:8.1f} s  {rule_id}")
    return 1 if crashes or slow else 0


def _one(i, args, rng, crashes, slow, slowest_abs, slowest_kb, per_rule, totals, started) -> None:
    from datetime import date

    if i % 10 == 9:
        kind = rng.choice(ADVERSARIAL)
        text = adversarial(kind, rng.randint(100, int(args.adversarial_kb * 1024)), rng)
    else:
        kind = "random"
        text = random_text(rng, int(args.max_kb * 1024))
    lang = rng.choice(("en", "ar", None))
    published = rng.choice((None, date(2024, 3, 1), date(2031, 12, 31)))
    start = time.perf_counter()
    try:
        times = check_every_rule(text, lang, args.rule, published, limit=3 * bound(len(text)))
    except TooSlow as stop:  # stopped at three times the bound: counted as over it
        times = {stop.rule_id: time.perf_counter() - start}
    except RuleCrash as crash:
        key = (crash.rule_id, crash.tb.strip().splitlines()[-1])
        crashes[key] = crashes.get(key, 0) + 1
        if crashes[key] == 1:
            print(f"\n[{i}] {crash} ({kind}): {key[1]}\n{crash.tb}input: {text[:300]!r}{'...' if len(text) > 300 else ''}", flush=True)
            if args.save:
                args.save.mkdir(parents=True, exist_ok=True)
                (args.save / f"crash-{i}-{crash.rule_id}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
        return
    elapsed = time.perf_counter() - start
    totals[0] += len(text)
    for rule_id, t in times.items():
        per_rule[rule_id] = per_rule.get(rule_id, 0.0) + t
    worst = max(times.items(), key=lambda item: item[1]) if times else ("-", 0.0)
    slowest_abs[:] = sorted(slowest_abs + [(elapsed, len(text), kind, worst[0])], reverse=True)[:5]
    if len(text) >= 1024:
        slowest_kb[:] = sorted(slowest_kb + [(elapsed / len_kb(len(text)), len(text), kind, worst[0])], reverse=True)[:5]
    if elapsed > bound(len(text)):
        slow.append((elapsed, len(text), kind))
        print(f"\n[{i}] too slow: {elapsed:.2f} s for {len(text)} characters ({kind}, slowest rule {worst[0]} {worst[1]:.2f} s)", flush=True)
        if args.save:
            args.save.mkdir(parents=True, exist_ok=True)
            (args.save / f"slow-{i}-{worst[0]}.txt").write_text(text, encoding="utf-8", errors="surrogatepass")
    if args.report_every and (i + 1) % args.report_every == 0:
        print(f"{i + 1} inputs, {totals[0] / 1e6:.1f} M characters, {time.perf_counter() - started:.0f} s, {sum(crashes.values())} exceptions, {len(slow)} over the bound", flush=True)


if __name__ == "__main__":
    sys.exit(main())
