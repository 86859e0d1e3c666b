"""Rules: typography — quotation marks, brackets, doubled punctuation, the script of the
punctuation, doubled words and the script of the digits, in Arabic and English."""
from __future__ import annotations

import re
from collections import Counter
from itertools import compress, count
from operator import eq

from checker.findings import Severity
from checker.lang.punctuation import (
    ARABIC_DIACRITICS,
    ARABIC_TO_LATIN,
    BRACKET_NAMES,
    BRACKET_PAIRS,
    DIGIT_SCRIPTS,
    LATIN_LETTER_NAMES_AR,
    LATIN_TO_ARABIC,
    MARK_NAMES,
    digit_script,
    is_arabic_letter,
    is_latin_letter,
    strip_diacritics,
)
from checker.lazyre import LazyPattern
from checker.memo import WordMemo
from checker.registry import Example, Rule

def _quotes(doc):
    """The shared quotation analysis (imported on first use: it is not needed to list rules)."""
    from checker.extract.typography import quotes

    return doc.analysis(quotes)


def _excerpt(doc, start: int, end: int, limit: int = 40) -> str:
    text = doc.text[start:end]
    return text if len(text) <= limit else text[: limit - 1] + "…"


class QuoteBalance(Rule):
    """## What it does
    Checks, paragraph by paragraph, that every quotation mark is paired: “ ”, ‘ ’, « », „ “,
    ‹ › and straight ". It reports an opening mark that is never closed, a closing mark that
    was never opened, and a quotation that closes across another one.

    Apostrophes (don’t, O’Brien, ’90s, the players’ union) are not quotation marks. A
    quotation that runs over several paragraphs in the wire-service way (each inner paragraph
    opens the quotation again and only the last one closes it) is fine, and so is nesting done
    right: «… “…” …», “… ‘…’ …”. A quotation opened in one paragraph and closed a few
    paragraphs later (without reopening) pairs too. Straight quotes pair by alternation, so
    only a paragraph with an odd number of them is reported, at the mark that breaks the
    alternation (inch and second marks, 65" and 45", are not quotes). German „…“ and »…«,
    Polish „…”, and Arabic copy stored as ”…“ or ”…” are all read as pairs, and a " that
    smart-quote software turned into a double prime after a digit (“ويندوز 10″) closes.

    An opening mark typed in its closing form right after a letter, a proclitic or a colon
    (و»هيمنته», بـ”الولد”, قائلا:» ...) — the mirroring of a conversion — is read as an opener;
    the article gets one info note for all of them ("opening marks typed as closing marks")
    instead of an error per quotation. A " inside a word (Indonesia"s, don"t) is an apostrophe
    typed as a double quote: a warning of its own. A quotation reopened after a sentence while
    still open ('counts. "It is clear') is a lost paragraph break, reported by quote-reopened
    (preview), not here. Verse quoted one line per paragraph may close at the end of its run.
    `error` is kept for a mark that nothing pairs.

    ## Why is this bad?
    A stray or missing quotation mark changes who is saying what: the reader cannot tell where
    the quoted words end and the reporter's begin.

    ## Example
    ```
    وأن احتمال امتداد الحرب “أمر حقيقي”. إمكانية”.
    ```
    The second ” closes a quotation that is already closed.
    """

    id = "quote-balance"
    summary = "Quotation marks that are opened and never closed, or closed and never opened."
    severity = Severity.ERROR
    languages = None
    bad = [
        Example("وقال الوزير إن الاحتمال “أمر حقيقي”. إمكانية”.", flag="”", lang="ar"),
        Example("وقال المدرب: «نتحمل المسؤولية كاملة عن الخسارة.", flag="«", lang="ar"),
        Example('The mayor said "our budget cannot carry another bridge this year.', flag='"', lang="en"),
        Example("He called the plan a failure.” Nobody answered.", flag="”", lang="en"),
        Example("وأثارت نتائجه و»هيمنته» غير العادية شكوكا، ووصفه المدرب بـ”الظاهرة”.", flag="»", lang="ar"),
        Example('The report said Indonesia"s growth slowed.', flag='"', lang="en"),
    ]
    good = [
        Example("وقال رئيس البلدية: «لن نسمح بما وصفه بعضهم بـ“العبث” في المدينة».", lang="ar"),
        Example("وقال: “الوضع صعب”، وأضاف: \"سنعمل على حله\".", lang="ar"),
        Example("“We don’t know yet,” said O’Brien, who joined in the ’90s.", lang="en"),
        Example(
            "“The first phase is finished,” the minister said. “The second will start in May.\n\n"
            "“We expect the whole line to open next year.”",
            lang="en",
        ),
        Example("She said the players’ union had called it ‘a fair deal’.", lang="en"),
        Example("أطلقت الشركة “ويندوز 10″ هذا الأسبوع، وقال المتحدث ” لن نتأخر ” في التحديثات.", lang="ar"),
        Example("قال الشاعر:\n«قفا نبك من ذكرى حبيب\nومنزل بسقط اللوى\nبين الدخول فحومل\nفتوضح فالمقراة\nلم يعف رسمها\nلما نسجتها من جنوب وشمأل»\nوهي من المعلقات.", lang="ar"),
    ]

    def check(self, doc):
        from checker.extract.typography import quotes

        analysis = doc.analysis(quotes)
        if analysis.mirrored:
            yield self._mirrored(doc, analysis.mirrored)
        for issue in analysis.issues:
            mark = issue.mark
            if issue.kind == "apostrophe":
                word = _excerpt(doc, *_word_around(doc.text, issue.start), limit=30)
                yield self.finding(doc, issue.start, issue.end,
                                   f'" inside the word "{word}" stands for an apostrophe (\'), not a quotation mark.',
                                   suggestion="'", severity=Severity.WARNING)
                continue
            if mark == '"':
                count = issue.detail
                if issue.kind == "stray":
                    message = (f'This paragraph has an odd number ({count}) of straight double quotes: this " closes '
                               "a quotation that was never opened.")
                else:
                    message = (f'This paragraph has an odd number ({count}) of straight double quotes: this " opens '
                               "a quotation that is never closed.")
            elif issue.kind == "unclosed":
                message = (f"{mark} opens a quotation that is never closed: no {issue.partner} "
                           "follows in this paragraph, and the next paragraph does not continue the quotation.")
            elif issue.kind == "stray":
                message = f"{mark} closes a quotation that was never opened: there is no matching {issue.partner} before it in this paragraph"
                if issue.related:
                    s, e = issue.related[0]
                    message += f" (the quotation {_excerpt(doc, s, e)} before it is already closed)"
                message += "."
            else:
                (closer, _), = issue.related
                message = (f"{mark} opens a quotation that is still open when {doc.text[closer]} closes the one around it: "
                           f"the quotations overlap instead of nesting (close it with {issue.partner} first).")
            yield self.finding(doc, issue.start, issue.end, message, related=issue.related)


    def _mirrored(self, doc, marks: list[int]):
        """One note for the whole article: its opening marks were typed (or converted) in the
        closing form, right after a letter or a proclitic (و»هيمنته», بـ”الولد”)."""
        first = marks[0]
        word = _excerpt(doc, *_word_around(doc.text, first), limit=30)
        opener = "«" if doc.text[first] == "»" else "“"
        count = f"{len(marks)} opening quotation marks are" if len(marks) > 1 else "1 opening quotation mark is"
        return self.finding(
            doc, first, first + 1,
            f"Opening marks typed as closing marks: in this article {count} written in the closing form right after "
            f"a letter, a proclitic or a colon ({word}); read as openers, they pair. Use {opener} to open a quotation.",
            related=[(p, p + 1) for p in marks[1:10]],
            severity=Severity.INFO,
        )


def _word_around(text: str, i: int) -> tuple[int, int]:
    """The span of the word a mark sits in (the mark and the letters either side, bounded)."""
    start = i
    while start > max(0, i - 20) and not text[start - 1].isspace():
        start -= 1
    end = i + 1
    while end < min(len(text), i + 21) and not text[end].isspace():
        end += 1
    return start, end


class QuoteReopened(Rule):
    """## What it does
    Finds a quotation mark that opens a quotation again while that quotation is still open,
    right after a sentence ends: `He said: "It was close. "We won in the end."` In print the
    quotation ran over two paragraphs, each opened with a mark, and the paragraph break between
    them was lost (in the text system, or in a copy-paste), so the two paragraphs became one
    line. The quotation pairs once the reopening mark is set aside; this rule names the lost
    break, where quote-balance would see a missing closing mark.

    ## Why is this bad?
    Read as one paragraph, the quotation looks broken: a mark opens where the reader expects
    it to close. Restore the paragraph break (or, if the sentence before really ends the
    quotation, close it there).

    ## Example
    ```
    The coach said: "We were tired. "We will be fresher on Saturday."
    ```
    """

    id = "quote-reopened"
    summary = "A quotation opened again inside one paragraph while it is still open (a lost paragraph break)."
    severity = Severity.INFO
    languages = None
    # precise, but on real news nearly all of it is one dataset's lost paragraph breaks (0.26 a
    # BBC-style article): it would take the whole per-article budget of the default set
    tier = "preview"
    bad = [
        Example('The coach said: "We were tired after the trip. "We will be fresher on Saturday."', flag='"', lang="en"),
        Example("وقال المدرب: «كنا متعبين بعد الرحلة. «سنكون أفضل يوم السبت».", flag="«", lang="ar"),
    ]
    good = [
        Example('The coach said: "We were tired after the trip." "We will be fresher on Saturday," he added.', lang="en"),
        Example("وقال المدرب: «كنا متعبين بعد الرحلة». «سنكون أفضل يوم السبت» على حد قوله.", lang="ar"),
    ]

    def check(self, doc):
        for pos in _quotes(doc).reopened:
            yield self.finding(
                doc, pos, pos + 1,
                f"{doc.text[pos]} opens the quotation again while it is still open, right after a sentence ends: "
                "a paragraph break inside a multi-paragraph quotation seems to have been lost here "
                "(or the quotation before it lacks its closing mark).",
            )


class BracketBalance(Rule):
    """## What it does
    Checks, paragraph by paragraph, that every ( [ { is closed by its own ) ] }, in order, and
    that the ornate parentheses ﴾ ﴿ around a Qur'anic verse come in pairs (in either order, as
    Arabic copy types them). Enumeration labels ("1)", "a)", "iv)"), smileys (":-)") and marks
    shown as code (`(`) are not brackets, and an aside that runs over a paragraph break, "(…
    ¶ …)", pairs. A bracket right after a digit is never the "8)" emoticon ((18), £20 ($38),
    (G8)), and an emoticon is not followed by a word ("قال تعالى:(…)"). A mark that opens several
    paragraphs and never closes ("{ ...", "[ ...", as bullets or an interview's question and
    answer markers), or a brace opening a paragraph, is a marker, not a bracket. Verse quoted
    in brackets one line per paragraph may close at the end of its run of lines.

    ## Why is this bad?
    An unclosed parenthesis swallows the rest of the sentence into the aside; a crossed pair
    "( [ ) ]" leaves the reader unsure which words belong to which aside.

    ## Example
    ```
    The ferry operator (the NTA said on Monday that it would add routes.
    ```
    """

    id = "bracket-balance"
    summary = "Brackets ( ) [ ] { } ﴾ ﴿ that are opened and never closed, closed and never opened, or crossed."
    severity = Severity.ERROR
    languages = None
    bad = [
        Example("وقالت الشركة (وهي شركة ناشئة إنها ستوسع نشاطها.", flag="(", lang="ar"),
        Example("The ferry operator (the NTA said fares rose.", flag="(", lang="en"),
        Example("Prices rose 4%) last year.", flag=")", lang="en"),
        Example("The counts (from the [harbour office) ] were revised.", flag="[", lang="en"),
    ]
    good = [
        Example("وقالت الشركة (وهي شركة ناشئة) إنها ستوسع نشاطها [بحسب البيان].", lang="ar"),
        Example("قال تعالى ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ﴾ في الآية.", lang="ar"),
        Example("The plan has three parts: 1) roads, 2) schools and 3) clinics (in the north).", lang="en"),
        Example("A flat fee of £20 ($38) a month, set by the Group of Eight (G8) in 2005, won 7-6 (10-8).", lang="en"),
        Example("كم عمرك؟\n{ ثمانية وعشرون عاما.\nومتى بدأت الكتابة؟\n{ في الجامعة.", lang="ar"),
        Example("قال تعالى:(وجعلنا من الماء كل شيء حي) في سورة الأنبياء.", lang="ar"),
    ]

    def check(self, doc):
        from checker.extract.typography import brackets

        for issue in doc.analysis(brackets).issues:
            name = BRACKET_NAMES.get(issue.mark, "bracket")
            if issue.kind == "unclosed":
                if issue.mark in "﴾﴿":
                    message = f"{issue.mark} ({name}) has no partner in this paragraph: the verse it opens is never closed."
                else:
                    message = f"{issue.mark} ({name}) is never closed: no {BRACKET_PAIRS[issue.mark]} follows in this paragraph."
            elif issue.kind == "stray":
                if issue.mark in "﴾﴿":
                    message = f"{issue.mark} ({name}) has no partner in this paragraph."
                else:
                    opener = next(k for k, v in BRACKET_PAIRS.items() if v == issue.mark)
                    message = f"{issue.mark} ({name}) closes nothing: there is no {opener} before it in this paragraph."
            else:
                (closer, _), = issue.related
                message = (f"{issue.mark} ({name}) is still open when {doc.text[closer]} closes the bracket around it: "
                           f"the pairs cross (close it with {issue.detail} first).")
            yield self.finding(doc, issue.start, issue.end, message, related=issue.related)


# the same mark twice, or its Latin and Arabic forms together (",،", "?؟")
_FAMILIES = {".": ".", ",": ",،", "،": ",،", ";": ";؛", "؛": ";؛", "!": "!", "?": "?؟", "؟": "?؟"}
_FAMILY_NAMES = {".": "full stop", ",": "comma", ";": "semicolon", "!": "exclamation mark", "?": "question mark"}
# (the leading lookahead lets the matcher skip to a mark before trying each family)
_REPEAT = LazyPattern("(?=[" + re.escape("".join(_FAMILIES)) + "])(?:" + "|".join(
    f"[{re.escape(f)}](?:[ \t\u00a0]*[{re.escape(f)}])+" for f in dict.fromkeys(_FAMILIES.values())
) + ")")
_TWO_MARKS = LazyPattern("[" + re.escape("".join(_FAMILIES)) + "][ \t\u00a0]*[" + re.escape("".join(_FAMILIES)) + "]")


class PunctuationRepeat(Rule):
    """## What it does
    Finds a punctuation mark typed twice: ". .", "..", ",,", "،،", ";;", and the Latin and
    Arabic forms of one mark together (",،"). An ellipsis (..., . . . or …), "?..", the
    Arabic pause mark ".." ("السيسي.. رئيسا") and a range "1..5" are not repeats.

    Doubled exclamation and question marks ("!!", "؟؟", "؟!!", "???") are a deliberate device
    of columns, sports pages and readers' comments, so they are not reported unless the house
    style asks for it with the option `emphasis` (true for every language, or a list of
    language codes: `emphasis = ["en"]`); even then a quotation (a post or a chant reproduced
    as written) is left alone. One exception: a question mark typed exactly twice ("؟؟") inside
    running text (the next words follow it) in a text that writes no other emphasis mark is a
    slip of the keyboard, and is reported; closing a headline, a paragraph, a quotation or an
    aside, or among other emphasis marks, it is the writer's device. In a text that writes such emphasis marks, a
    two-dot pause between words ("Apple.. a triumph") belongs to the same informal style and
    is treated as emphasis too.

    ## Why is this bad?
    A doubled mark is a slip of the keyboard or a leftover of an edit; in print it looks
    careless.

    ## Example
    ```
    وقاعدة حرير قرب مطار أربيل الدولي. .
    ```
    The suggestion keeps one mark.
    """

    id = "punctuation-repeat"
    summary = "The same punctuation mark typed twice (\". .\", \",,\", \"،،\"; \"!!\" and \"؟؟\" with the option `emphasis`)."
    severity = Severity.WARNING
    languages = None
    options_model = None  # set below: _RepeatOptions (a plain class, no pydantic at start-up)
    bad = [
        Example("وقاعدة حرير قرب مطار أربيل الدولي. .", flag=". .", lang="ar"),
        Example("وقال المتحدث،، إن الاجتماع تأجل.", flag="،،", lang="ar"),
        Example("Ticket sales fell at the museum,, curators said.", flag=",,", lang="en"),
        Example("Most of the ferries were built in the U.S.. Two came from Norway.", flag="..", lang="en"),
        Example("Is this the end??", flag="??", lang="en", options={"emphasis": True}),
        Example("فهل تنجح الحكومة الجديدة في بناء علاقة مستقرة مع المجلس؟؟ سؤال يطرحه المحللون.", flag="؟؟", lang="ar"),
        Example("هل هذه هي النهاية؟؟", flag="؟؟", lang="ar", options={"emphasis": ["ar"]}),
    ]
    good = [
        Example("هل انتهى الأمر؟! لا أحد يعرف... حتى الآن.", lang="ar"),
        Example("فهل تنجح الحكومة؟؟ ومن يدفع الثمن؟؟ لا أحد يجيب!!", lang="ar"),
        Example("He paused… then said: “Really?!” Nobody knew . . . yet.", lang="en"),
        Example("U.S. ferry traffic grew by 2.5% last year.", lang="en"),
        Example("ويبقى السؤال: من يدفع الثمن؟!! لا أحد يجيب!!", lang="ar"),
        Example("Is this the best song of the decade??? Surely not.. the list was weak!!", lang="en"),
    ]

    def _emphasis_on(self, lang: str) -> bool:
        wanted = getattr(self.options, "emphasis", False)
        return wanted is True or (isinstance(wanted, (list, tuple)) and lang in wanted)

    def check(self, doc):
        text = doc.text
        if not _TWO_MARKS.search(text):
            return  # every repeat is two marks apart by blanks at most: most articles have none
        emphasis = None  # how many emphasis marks ("!!", "؟؟") the text writes outside quotations
        runs = [(para, m) for para in doc.paragraphs for m in _REPEAT.finditer(text, para.start, para.end)]
        # the same doubled mark used again and again ("،،" between the halves of each verse,
        # ". ." as a pause) is the writer's device, not a slip of the keyboard
        habits = Counter(m.group() for _, m in runs)
        for para, m in runs:
            run = m.group()
            mark = run[0]
            family = _FAMILIES[mark]
            marks = [c for c in run if c in family]
            count = len(marks)
            if habits[run] >= 3:
                continue
            if mark in ",،" and count >= 3:
                continue  # "،،،" after a letter's greeting or a list ("etc."): an ornament, not a slip
            if not text[para.start: m.start()].strip() and not text[m.end(): para.end].strip():
                continue  # a paragraph of its own ("،،" between two posts): a separator
            para_lang = doc.paragraph_lang(para)
            if len(set(marks)) > 1:  # ",،": keep the form of the paragraph's script
                arabic = para_lang == "ar"
                mark = next((c for c in marks if (c in "،؛؟") == arabic), mark)
            if mark in "!?؟":  # emphasis: a device of the writer, reported only on request ...
                if _quotes(doc).inside(m.start()):
                    continue  # a quotation reproduces its source's "!!" (a post, a chant)
                if not self._emphasis_on(para_lang or doc.lang):
                    # ... except a question mark typed twice in a text that uses no emphasis
                    # marks anywhere else: a slip of the keyboard, not a device
                    if not (mark in "?؟" and len(run) == 2 and text[m.end(): m.end() + 1] == " "
                            and text[m.end() + 1: m.end() + 2].isalpha()):
                        continue
                    if emphasis is None:
                        emphasis = self._emphasis_runs(doc)
                    if emphasis != 1:
                        continue
            if mark == ".":
                if count >= 4 or run in ("...", ". . ."):  # an ellipsis, or an ellipsis and a full stop
                    continue
                if run == ".." and para_lang == "ar":
                    continue  # Arabic copy's pause mark: "السيسي.. رئيسا لولاية ثالثة"
                before, after = text[m.start() - 1: m.start()], text[m.end(): m.end() + 1]
                if before.isdigit() and after.isdigit():  # a range "1..5"
                    continue
                if m.end() < para.end and text[m.end()] == "." or m.start() > para.start and text[m.start() - 1] in ".…?!؟":  # "?.." and "!.." (Russian)
                    continue
                if run == ".." and self._pause(text, m.start(), m.end(), para.end):
                    if emphasis is None:
                        emphasis = self._emphasis_runs(doc)
                    if emphasis and not self._emphasis_on(para_lang or doc.lang):
                        continue  # "Apple.. a triumph": a pause, in a text written in that register
            name = MARK_NAMES.get(mark, "mark") if len(set(marks)) == 1 else _FAMILY_NAMES[family[0]]
            yield self.finding(
                doc,
                m.start(),
                m.end(),
                f"The {name} is typed {count} times in a row (\"{run}\"); one is enough.",
                suggestion=mark,
            )

    @staticmethod
    def _pause(text: str, start: int, end: int, para_end: int) -> bool:
        """".." between two words, after a word that is not an abbreviation (not "U.S..")."""
        word_end = start
        k = start - 1
        while k >= 0 and text[k].isalpha():
            k -= 1
        word = text[k + 1: word_end]
        if len(word) < 2 or text[k: k + 1] == ".":
            return False  # "U.S..", "N.C..": an abbreviation's full stop, then the sentence's
        if end < para_end and text[end: end + 1].islower():
            return True  # "playing..or do we"
        return end < para_end and text[end: end + 1] == " " and text[end + 1: end + 2].isalpha()

    @staticmethod
    def _emphasis_runs(doc) -> int:
        """How many emphasis marks ("!!", "؟؟", "؟!!") the text writes outside quotations."""
        quotes = _quotes(doc)
        return sum(1 for m in _EMPHASIS.finditer(doc.text) if not quotes.inside(m.start()))


_EMPHASIS = LazyPattern(r"[!?؟][!?؟]+")


class _RepeatOptions:
    """Options of punctuation-repeat: `emphasis`, true (every language) or a list of language
    codes in which doubled "!" and "?" are reported (the house style forbids them)."""

    def __init__(self, emphasis: bool | list[str] = False) -> None:
        self.emphasis = emphasis

    @classmethod
    def model_validate(cls, data: dict) -> "_RepeatOptions":
        unknown = [k for k in data if k != "emphasis"]
        if unknown:
            raise ValueError(f"key '{unknown[0]}': unknown option of punctuation-repeat (it takes 'emphasis')")
        value = data.get("emphasis", False)
        if not (isinstance(value, bool) or isinstance(value, list) and all(isinstance(v, str) for v in value)):
            raise ValueError("key 'emphasis': true, false or a list of language codes is expected")
        return cls(value)


PunctuationRepeat.options_model = _RepeatOptions


_LATIN_MARKS = LazyPattern(r"[,;?]")
_ARABIC_MARKS = LazyPattern(r"[،؛؟]")
_CLOSING_AFTER = set("\"”»’)]}'")


class PunctuationScript(Rule):
    """## What it does
    Finds a Latin comma, semicolon or question mark (, ; ?) in Arabic running text, where the
    Arabic forms ، ؛ ؟ belong, and an Arabic ، ؛ ؟ in English text. Numbers (1,500), URLs,
    e-mail addresses and Latin quotations inside Arabic text are left alone: the mark must sit
    between Arabic words (or between English words). In an Arabic article that writes its
    punctuation mostly in Latin forms (common in Maghreb copy) the Latin forms are the house
    style and are not reported. Each mark is reported once per article, at its first place,
    with the other places as related spans: the fix is one pass over the article.

    ## Why is this bad?
    The Latin comma is displayed on the wrong side of the Arabic word in some renderers, and a
    mix of the two forms in one article looks unedited; an Arabic comma in English text is a
    leftover of a translation or a keyboard slip.

    ## Example
    ```
    وقال رئيس الهيئة, خلال اللقاء، إن عدد الزوار ارتفع.
    ```
    """

    id = "punctuation-script"
    summary = "A Latin , ; ? in Arabic running text, or an Arabic ، ؛ ؟ in English text."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("وقال المحافظ, خلال المؤتمر، إن التضخم تراجع إلى 2.2%، وإن النمو تحسن.", flag=",", lang="ar"),
        Example("ما مستقبل السياحة? يقول الخبراء، ومنهم رئيس الهيئة، إن الأمر يعتمد على الموسم.", flag="?", lang="ar"),
        Example("The delegation reached Doha، where talks resumed.", flag="،", lang="en"),
    ]
    good = [
        Example("وبلغ عدد الزوار 1,500 زائر، بحسب الموقع www.example.com/a?b=1 والبريد info@example.org.", lang="ar"),
        Example("وكتب على لافتة: \"Yes, we can\"، ثم غادر.", lang="ar"),
        Example("The crowd chanted «ارحل، ارحل» outside, and 1,500 people signed the petition.", lang="en"),
    ]

    def check(self, doc):
        text = doc.text
        if not _ARABIC_MARKS.search(text):
            # no Arabic mark to report in Latin text, and no Arabic form that would make a Latin
            # one in Arabic text a slip rather than the house style
            return
        latin: list[tuple[int, str]] = []
        arabic: list[tuple[int, str, str]] = []  # (position, mark, "English" or "Latin-script")
        arabic_forms = 0
        for para in doc.paragraphs:
            para_lang = doc.paragraph_lang(para)
            if para_lang == "ar":
                arabic_forms += len(_ARABIC_MARKS.findall(text, para.start, para.end))
                for m in _LATIN_MARKS.finditer(text, para.start, para.end):
                    if self._in_arabic_context(text, m.start(), para.end):
                        latin.append((m.start(), m.group()))
            else:
                for m in _ARABIC_MARKS.finditer(text, para.start, para.end):
                    if self._in_latin_context(text, m.start(), para.end):
                        arabic.append((m.start(), m.group(), "English" if para_lang == "en" else "Latin-script"))
        # one finding per mark and article: the places are its related spans (the article
        # mixes two forms of one mark — a consistency note, fixed in one pass, not a slip each time)
        for mark in dict.fromkeys(m for _, m, _ in arabic):
            places = [(i, script) for i, m, script in arabic if m == mark]
            (first, script), more = places[0], len(places) - 1
            where = f" (and {more} more time{'s' if more > 1 else ''} in this article)" if more else ""
            yield self.finding(
                doc, first, first + 1,
                f"{MARK_NAMES[mark]} \"{mark}\" in {script} text{where}, where {script} text uses the "
                f"{MARK_NAMES[ARABIC_TO_LATIN[mark]].replace('Latin ', '')} \"{ARABIC_TO_LATIN[mark]}\".",
                related=[(i, i + 1) for i, _ in places[1:]],
                suggestion=ARABIC_TO_LATIN[mark],
            )
        # Latin forms are the house style of this article: nothing to report
        if not latin or arabic_forms <= len(latin):
            return
        for mark in dict.fromkeys(m for _, m in latin):
            places = [i for i, m in latin if m == mark]
            if len(places) > 2 and text.count(LATIN_TO_ARABIC[mark]) < len(places):
                continue  # this article writes "?" (or ";") throughout: its style for that mark
            more = len(places) - 1
            where = f", {more} more time{'s' if more > 1 else ''} after this one" if more else ""
            yield self.finding(
                doc, places[0], places[0] + 1,
                f"{MARK_NAMES[mark]} \"{mark}\" in Arabic running text{where}, where Arabic uses \"{LATIN_TO_ARABIC[mark]}\" "
                f"(this article writes the Arabic forms ، ؛ ؟ {arabic_forms} times elsewhere).",
                related=[(i, i + 1) for i in places[1:]],
                suggestion=LATIN_TO_ARABIC[mark],
            )

    @staticmethod
    def _in_arabic_context(text: str, i: int, end: int) -> bool:
        """The mark follows an Arabic word and is followed by Arabic (or, for ?, by the end)."""
        prev = text[i - 1] if i > 0 else ""
        if not is_arabic_letter(prev) and not ("\u064B" <= prev <= "\u065F"):
            # "عام 2020, قال" and "«الخطة», وقال": a number or a quotation ending an Arabic clause
            if text[i] == "?" or text[i + 1: i + 2] != " " or not (prev.isdigit() or prev in "%٪»”\")"):
                return False
            k = i - 1
            while k > 0 and (text[k].isdigit() or text[k] in "%٪»”\").,٫"):
                k -= 1
            back = text[max(0, k - 1): k + 1]
            if not any(is_arabic_letter(c) for c in back):
                return False
        j = i + 1
        while j < end and text[j] in " \t\u00a0":
            j += 1
        nxt = text[j] if j < end else ""
        if j > i + 1 and nxt == "":
            return text[i] == "?"
        if text[i] == "?":
            return nxt == "" or is_arabic_letter(nxt) or nxt in _CLOSING_AFTER or nxt in "«“\"("
        if j == i + 1:  # "كلمة,كلمة": no space after a comma between Arabic words is still Arabic text
            return is_arabic_letter(nxt)
        return is_arabic_letter(nxt) or (nxt in "«“\"(" and is_arabic_letter(text[j + 1: j + 2]))

    @staticmethod
    def _in_latin_context(text: str, i: int, end: int) -> bool:
        prev = text[i - 1] if i > 0 else ""
        k = i - 1
        while k > 0 and text[k] in _CLOSING_AFTER:
            k -= 1
        if not (is_latin_letter(prev) or prev.isdigit() and prev.isascii() or (prev in _CLOSING_AFTER and is_latin_letter(text[k]))):
            return False
        j = i + 1
        while j < end and text[j].isspace():
            j += 1
        nxt = text[j] if j < end else ""
        return not is_arabic_letter(nxt)


# a word: letters and Arabic marks, an apostrophe and letters after it (runs of each class
# rather than an alternation per character: the same matches, four times faster)
_WORD = LazyPattern(r"(?:[^\W\d_]+|[\u0610-\u061A\u064B-\u065F\u0670]+)+(?:['’][^\W\d_]+)?")
_GAP = LazyPattern(r"[ \t\u00a0]+")
# doubled on purpose in correct English: "what it is is", "had had", "that that", reduplications
_EN_LEGIT = frozenset(
    """had that is do so very really far bye ha haha ho tut knock chop hip boo blah bla yada bora walla pago sirhan
    can tom pom dum much many plus minus""".split()
)
# doubled only by a slip, quoted speech or not
_EN_FUNCTION = frozenset(
    """the a an to of in on at for with by from into onto and or but as than this these those
    was were be been are would should could has its their our his my your""".split()
)
_AR_FUNCTION = frozenset(
    """في من إلى الى على عن مع أن ان إن لن لم قد كان كانت هذا هذه ذلك تلك التي الذي الذين اللذين
    اللتين اللواتي عند حتى ثم أو او بل لكن بعد قبل خلال منذ حول ضد عبر دون كل بعض كما لقد وقد
    وفي ومن وعلى وإلى وأن وان بأن لأن أي أيضا و ف ب ل ك""".split()
)
# the link of a reduplication "X to X", "X for X", "X and X" ("back to back", "more and more")
_LINKS = frozenset("to for by and after upon against or".split())
_IS_IS = frozenset("what where how who why thing things problem question point reason issue truth fact all one".split())
_PARTICLES = frozenset("in on out up off over".split())
_PARTICLE_VERBS = tuple(
    """kick log check phase sign move come came carri carry hold held take took turn call drop fill pass
    cash give gave plug weigh dial zero home focus cave settle step tune chip sit sat stay pile set put
    let hand rein lock bring brought go went gone get got fall fell break broke join pull push cut
    shut wait rule count""".split()
)
# reduplications that are correct Arabic ("little by little", "step by step", "in between")
_AR_LEGIT = frozenset(
    "رويدا شيئا قليلا خطوة بيت زنقة دار بين يوما حبة رويد سواء نعم لا كلا شكرا مرحبا الله لله ألف الف مليون مليار أرض ارض جو هو هي هم هما باي".split()
)
# nouns of a relation inside one group: "حوار نوبي نوبي" (an intra-Nubian dialogue)
_AR_RELATIONS = frozenset(
    "حوار لقاء مصالحة اقتتال صراع خلاف تنسيق تعاون نزاع اتفاق تقارب تواصل انقسام علاقات علاقة قمة محادثات مفاوضات توافق".split()
)
# adjectives that name a kind of a noun: "التربية والتعليم والتعليم العالي", "والغطس والغطس العالي"
_AR_KINDS = frozenset(
    "العالي العالية الفني الفنية المهني المهنية العام العامة الخاص الخاصة الأساسي الأساسية الثانوي الجامعي الحر الحرة"
    " المساعد المساعدة المساعدون المساعدين".split()
)
# compounds whose first word may be the last word before them: "ولي ولي العهد" (deputy crown prince)
_AR_COMPOUNDS = {"ولي": "عهد"}
# repeated for emphasis ("الكثير الكثير" — a great deal, "جدا جدا")
_AR_EMPHATIC = frozenset("الكثير كثيرا جدا ابدا أبدا دائما طويلا بعيدا".split())
def _bare(key: str) -> str:
    """A word without its article or conjunction (والحوار -> حوار)."""
    for prefix in ("وال", "بال", "لل", "ال", "و"):
        if key.startswith(prefix) and len(key) > len(prefix) + 2:
            return key[len(prefix):]
    return key


def _ar_common(word: str) -> bool:
    from checker.lang.arabic import is_common  # the frequency list, loaded on first need

    return is_common(word)


def _given_name(key: str) -> bool:
    from checker.extract.names import fold, given_names  # the names analysis's list, loaded on first need

    return fold(key) in given_names()


_SENTENCE_END = frozenset(".!?؟:\n\"“”«»")
_ENUMERATION = LazyPattern(r"[0-9٠-٩]{1,3}\s?[-.)]\s*$")


class RepeatedWord(Rule):
    """## What it does
    Finds a word typed twice in a row: "the the", "في في" (ignoring case and Arabic
    diacritics). Repetitions that are correct are left alone: "had had", "that that", "what
    it is is", reduplications such as "رويداً رويداً" and "خطوة خطوة", names such as "Bora
    Bora", and emphatic repetition in quoted speech ("نعم نعم", "no no"): inside a quotation
    only doubled function words (articles, prepositions, conjunctions) are reported.

    Also left alone: acronyms spelt letter by letter (سي إن إن، بي بي سي, B B C) and one-letter
    tokens (a rating "ب ب ب"); a capitalised word beside the same word in lower case, a name and
    a verb or a noun and a name (Port Said said, Will will, law lord Lord Bingham); homographs
    the writer tells apart by their vowels or in a question (لِمَ لَمْ، "لم لم تحضر؟"); a
    glossary's headword and its use ("17- الاختصاص الاختصاص"); a repeat whose second copy starts a
    known compound or kind (ولي ولي العهد، والتعليم والتعليم العالي، والوكلاء والوكلاء المساعدين);
    a relation within one group (الحوار الفلسطيني الفلسطيني); emphatic pairs and tripled words
    (الكثير الكثير، مظلومة مظلومة مظلومة); reduplications "X to X" (back to back, Measure for
    Measure); and, for indefinite Arabic words, a listed given name repeated as the father's name,
    a rare form (more often a name than a slip), a byline, and a doubling that ends a sentence.

    ## Why is this bad?
    A doubled word is the commonest slip of the keyboard and the hardest to see when reading
    one's own copy.

    ## Example
    ```
    وأكد الوزير في في كلمته أن الحكومة ستواصل الإصلاحات.
    ```
    """

    id = "repeated-word"
    summary = "A word typed twice in a row (\"the the\", \"في في\")."
    severity = Severity.WARNING
    languages = None
    bad = [
        Example("وأكد الوزير في في كلمته أن الحكومة ستواصل الإصلاحات.", flag="في", lang="ar"),
        Example("وشدد على على أهمية الحوار.", flag="على", lang="ar"),
        Example("Reporters noted that the the ferry was late.", flag="the", lang="en"),
        Example("Officials are expected to to meet on Monday.", flag="to", lang="en"),
        Example("وأبدى الوزير قلقه من تورط تورط الشركة في الصفقة.", flag="تورط", lang="ar"),
    ]
    good = [
        Example("وقال المشجع: «نعم نعم، سنفوز»، وتقدم الفريق خطوة خطوة ورويداً رويداً.", lang="ar"),
        Example("He had had enough. She said that that plan was dead. What it is is a mess.", lang="en"),
        Example("“No no, we are staying,” she said, on a trip to Bora Bora.", lang="en"),
        Example("وقالت شبكة سي إن إن إن ولي ولي العهد زار وزارة التربية والتعليم والتعليم العالي.", lang="ar"),
        Example("Crowds in Port Said said the ship left, and Will will sail on it with the law lord Lord Bingham.", lang="en"),
    ]

    def check(self, doc):
        text = doc.text
        for para in doc.paragraphs:
            keys = list(map(_KEYS.__getitem__, _WORD.findall(text, para.start, para.end)))
            doubled = list(_equal_at(keys, 1))  # where a word's key is the next word's
            phrases = _phrase_starts(keys)
            if not doubled and not phrases:
                continue  # most paragraphs: nothing to look at more closely
            words = list(_WORD.finditer(text, para.start, para.end))
            flagged: set[int] = set()
            for n in doubled:
                first, second = words[n], words[n + 1]
                if n in flagged or not self._adjacent(text, first, second):
                    continue
                if self._legitimate(doc, words, keys, n):
                    continue
                flagged.add(n + 1)
                a, b = first.group(), second.group()
                yield self.finding(
                    doc,
                    second.start(),
                    second.end(),
                    f"\"{a} {b}\": the word \"{b}\" is typed twice in a row; delete the second one.",
                    related=[(first.start(), first.end())],
                    suggestion="",
                )
            yield from self._phrases(doc, words, keys, flagged, phrases)

    @staticmethod
    def _adjacent(text: str, first, second) -> bool:
        gap = text[first.end(): second.start()]
        if not gap or not _GAP.fullmatch(gap):
            return False
        # "the wine-bar bar" and "set set-piece" are compounds, not a repetition
        return text[first.start() - 1: first.start()] not in ("-", "‐") and text[second.end(): second.end() + 1] not in ("-", "‐")

    @staticmethod
    def _inside_quote(doc, offset: int) -> bool:
        return _quotes(doc).inside(offset)  # computed once per document, on first need

    def _legitimate(self, doc, words, keys, n: int) -> bool:
        text = doc.text
        a, b, key = words[n].group(), words[n + 1].group(), keys[n]
        tripled = (n + 2 < len(words) and keys[n + 2] == key and self._adjacent(text, words[n + 1], words[n + 2])) or (
            n > 0 and keys[n - 1] == key and self._adjacent(text, words[n - 1], words[n]))
        if len(key) <= 1 and key not in ("a", "و"):
            return True  # one-letter tokens: a rating "ب ب ب" (BBB), a stretched word "تستطيـ ـ ـع"
        if a[:1].isupper() and b[:1].isupper():  # Bora Bora, Sirhan Sirhan
            return True
        if a[:1].isupper() != b[:1].isupper() and key not in _EN_FUNCTION:
            # "Port Said said", "Will will": a name, then a verb; "law lord Lord Bingham": a
            # noun, then a name. A slip copies the word as it is (unless it opens a sentence).
            capital = words[n] if a[:1].isupper() else words[n + 1]
            if not self._sentence_start(text, capital.start()):
                return True
        if key in _PARTICLES and n > 0 and words[n - 1].group().lower().startswith(_PARTICLE_VERBS):
            return True  # "the rule kicks in in May", "log on on Monday": a phrasal verb, then a preposition
        if is_arabic_letter(key[:1]):
            if self._acronym(text, words, keys, n):
                return True  # spelt letter by letter: "سي إن إن" (CNN)
            if self._homographs(text, a, b, key, words, n):
                return True
            if _ENUMERATION.search(text, max(0, words[n].start() - 6), words[n].start()):
                return True  # "17- الاختصاص الاختصاص ...": a glossary's headword, then its use
            if key in _AR_FUNCTION:
                return False
            if key in _AR_EMPHATIC or tripled:
                return True  # "الكثير الكثير", "مظلومة مظلومة مظلومة": repeated for emphasis
            nxt = keys[n + 2] if n + 2 < len(words) and self._adjacent(text, words[n + 1], words[n + 2]) else ""
            if key.endswith(("ي", "ية")) and n > 0 and _bare(keys[n - 1]) in _AR_RELATIONS:
                return True  # "الحوار الفلسطيني الفلسطيني", "حوار نوبي نوبي": a relation within one group
            if key.startswith("وال") and nxt in _AR_KINDS:
                return True  # "والتعليم والتعليم العالي": a list whose next item is a kind of the same noun
            after = keys[n + 2] if n + 2 < len(words) and _GAP.fullmatch(text[words[n + 1].end(): words[n + 2].start()]) else ""
            if after and key in _AR_COMPOUNDS and _bare(after).startswith(_AR_COMPOUNDS[key]):
                return True  # "ولي ولي العهد", "ولي ولي عهده": the deputy crown prince
            if key.startswith("و") and n > 0 and keys[n - 1] == key[1:]:
                return True  # "كاتب وكاتب وكاتب": a rhythm of "and"s
            if key in _AR_LEGIT or key.endswith("ا"):
                return True  # reduplications: "خطوة خطوة", "شيئاً شيئاً", "ألف ألف", "أرض أرض"
            if not key.startswith(("ال", "وال", "بال", "لل")):
                # an indefinite word: a slip ("يخوض يخوض"), unless a name repeated as the father's
                # name (محمد محمد) or a byline standing alone as a paragraph
                if _given_name(key) or not _ar_common(a):
                    return True  # a rare form doubled is more often a name (بوتار بوتار) than a slip
                if key in LATIN_LETTER_NAMES_AR:
                    return True  # "أودي تي تي": a spelt acronym (TT)
                if text[words[n + 1].end(): words[n + 1].end() + 1] in (".", "!", "؟", "?", "…"):
                    return True  # "توقف توقف." closes the sentence: emphasis; a slip sits inside a phrase
                para = doc.paragraph_at(words[n].start())
                if not text[para.start: words[n].start()].strip() and not text[words[n + 1].end(): para.end].strip(" .\t"):
                    return True
                return self._inside_quote(doc, words[n + 1].start())  # quoted speech: "توقف توقف"
        else:
            if key in _EN_FUNCTION:
                return False
            if key == "is":
                before = {w.lower() for w in (x.group() for x in words[max(0, n - 8): n])}
                if not before & _IS_IS:
                    return False  # "the plan is is expected": a slip; "what it is is a mess": English
                return not tripled
            if key in _EN_LEGIT:
                return not tripled  # "that that" is English, "that that that" is a slip
        return self._inside_quote(doc, words[n + 1].start())

    @staticmethod
    def _sentence_start(text: str, offset: int) -> bool:
        k = offset - 1
        while k >= 0 and text[k] in " \t\u00a0":
            k -= 1
        return k < 0 or text[k] in _SENTENCE_END

    @staticmethod
    def _acronym(text: str, words, keys, n: int) -> bool:
        """The repeated word and a word beside it are Latin letter names: an acronym spelt out."""
        if keys[n] not in LATIN_LETTER_NAMES_AR:
            return False
        before = n > 0 and keys[n - 1] in LATIN_LETTER_NAMES_AR and RepeatedWord._adjacent(text, words[n - 1], words[n])
        after = n + 2 < len(words) and keys[n + 2] in LATIN_LETTER_NAMES_AR and RepeatedWord._adjacent(text, words[n + 1], words[n + 2])
        return before or after

    @staticmethod
    def _homographs(text: str, a: str, b: str, key: str, words, n: int) -> bool:
        """Two words spelt alike that the writer tells apart: by their vowels (لِمَ لَمْ), by
        vowelling one as a headword (الفِقرة الفقرة), or "لم لم" in a question (why did ... not)."""
        marks_a, marks_b = ARABIC_DIACRITICS.findall(a), ARABIC_DIACRITICS.findall(b)
        if marks_a and marks_b and marks_a != marks_b:
            return True
        if (marks_a or marks_b) and key not in _AR_FUNCTION:
            return True
        if key == "لم":
            end = words[n + 1].end()
            ends = [i for i in (text.find(c, end, end + 200) for c in "؟?.\n") if i >= 0]
            return bool(ends) and text[min(ends)] in "؟?"
        return False

    def _phrases(self, doc, words, keys, flagged, starts):
        """A phrase of two to four words typed twice: "the ferry the ferry", "at the port at the
        port". `starts`: where the keys repeat (_phrase_starts); the words tell the rest."""
        text = doc.text
        n = 0  # the first word that may start a phrase (after a finding: the word after it)
        for candidate in starts:
            if candidate < n:
                continue
            n = candidate
            for size in (4, 3, 2):
                end = n + 2 * size
                if end > len(words) or keys[n: n + size] != keys[n + size: end]:
                    continue
                if not is_latin_letter(keys[n][:1]):
                    continue  # Arabic compound names (عبد الله عبد الله)
                if len(set(keys[n: n + size])) < size or (end < len(words) and keys[end] == keys[n] and keys[end: end + size] != keys[n: n + size]) or (n > 0 and keys[n - 1] == keys[n + size - 1]):
                    continue  # "day after day after day": a rhythm, not a slip
                span = words[n: end]
                if any(not self._adjacent(text, x, y) for x, y in zip(span, span[1:])) or flagged & set(range(n, end)):
                    continue
                if all(w.group()[:1].isupper() for w in span):
                    continue  # proper names
                if self._inside_quote(doc, words[n + size].start()):
                    continue
                if size == 2 and keys[n] in _LINKS and keys[n + 1] not in _EN_FUNCTION:
                    continue  # "to back to back", "for Measure for Measure", "and more and more": X to X
                start, stop = words[n + size].start(), words[end - 1].end()
                first = text[words[n].start(): words[n + size - 1].end()]
                yield self.finding(
                    doc, start, stop,
                    f"\"{first}\" is typed twice in a row; delete the second \"{text[start:stop]}\".",
                    related=[(words[n].start(), words[n + size - 1].end())],
                    suggestion="",
                )
                n = end - 1
                break
            n += 1


def _phrase_starts(keys: list[str]) -> list[int]:
    """Where a phrase of two to four keys is followed by the same keys, in order."""
    starts = sorted(set(_equal_at(keys, 2)).union(_equal_at(keys, 3), _equal_at(keys, 4)))
    return [n for n in starts if any(keys[n: n + size] == keys[n + size: n + 2 * size] for size in (4, 3, 2) if n + 2 * size <= len(keys))]


def _equal_at(keys: list[str], distance: int):
    """The indexes n where keys[n] == keys[n + distance], in order (compared in C, not in a loop)."""
    return compress(count(), map(eq, keys, keys[distance:]))


_KEYS = WordMemo(strip_diacritics, limit=100_000)  # word -> its comparison key, computed once


_NUMBER = LazyPattern(r"[0-9٠-٩۰-۹]+(?:[.,٫٬][0-9٠-٩۰-۹]+)*")
_NON_WESTERN_DIGIT = LazyPattern(r"[٠-٩۰-۹]")


class DigitScript(Rule):
    """## What it does
    Notes numbers written in a digit script that the rest of the document does not use:
    Arabic-Indic digits (٠-٩) or Persian digits (۰-۹) among Western digits (0-9), or the
    reverse. The finding points at each number in the minority form, and names the majority
    form with both counts; it is raised only when one form clearly dominates (at least three
    numbers, and more than twice the others), since an even mix is a style, not a slip. Digits
    that are part of a name (F-16, G20, COVID-19) or of a URL, and the labels of a list at the
    start of a paragraph ("١- ", "2) "), are not counted. A single number
    written with digits of two scripts ("2٠24") is always reported.

    ## Why is this bad?
    Two digit forms in one article usually mean a paragraph was pasted from another source
    without editing, and that paragraph deserves a second look.

    ## Example
    ```
    وزار المعرض 41 ألفا في 2022 و٤٧٫٥ ألفا في دورة 2023.
    ```
    """

    id = "digit-script"
    summary = "Arabic-Indic or Persian digits mixed with Western digits in one document."
    severity = Severity.INFO
    languages = None
    bad = [
        Example("وزار المعرض 41 ألفا في 2022 ثم ٤٧٫٥ ألفا في دورة 2023.", flag="٤٧٫٥", lang="ar"),
        Example("The ferry carried 1,200 cars in 2021 and ٦٣٥ in the spring of 2022.", flag="٦٣٥", lang="en"),
    ]
    good = [
        Example("وارتفع النمو إلى ٣٫١% في ٢٠٢٣، وبلغ التضخم ٤% في طائرات F-16.", lang="ar"),
        Example("وجاء في القرار:\n١- أن النسبة 91.5 للأول و73.0 للثاني و64.2 للثالث.\n٢- أن القبول نهائي.", lang="ar"),
        Example("The ferry carried 1,200 cars in 2021 and 635 in the spring of 2022.", lang="en"),
    ]

    def check(self, doc):
        text = doc.text
        if not _NON_WESTERN_DIGIT.search(text):
            return  # Western digits only (or none): nothing to mix
        numbers: dict[str, list[tuple[int, int]]] = {}
        for m in _NUMBER.finditer(text):
            before = text[max(0, m.start() - 2): m.start()]
            if before[-1:] and (is_latin_letter(before[-1]) or (before[-1:] in "-‐" and before[:1].isalpha())):
                continue  # F-16, G20, COVID-19, كوفيد-19: part of a name
            if is_latin_letter(text[m.end(): m.end() + 1]):  # 5G, 4K
                continue
            head = text[max(0, m.start() - 4): m.start()]
            if m.end() - m.start() <= 2 and text[m.end(): m.end() + 1] in ("-", ".", ")", "ـ") and not head.rsplit("\n", 1)[-1].strip() and ("\n" in head or m.start() <= 4):
                continue  # "١- أن ...", "2) ...": a list's label at the start of a paragraph, not a figure
            if m.start() >= 2 and text[m.start() - 1] == " " and is_latin_letter(text[m.start() - 2]):
                if doc.paragraph_lang(doc.paragraph_at(m.start())) == "ar":
                    continue  # "هاتف iPhone 15": the number of a Latin name in Arabic text
            lo, hi = max(0, m.start() - 200), min(len(text), m.end() + 200)  # a token is not longer than that
            token_start = max(text.rfind(" ", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1) + 1
            token_end = min(x for x in (text.find(" ", m.end(), hi), text.find("\n", m.end(), hi), hi) if x >= 0)
            token = text[token_start:token_end]
            if "/" in token or "@" in token or "www." in token:
                continue  # URLs, e-mail addresses, paths
            scripts = {digit_script(c) for c in m.group() if digit_script(c)}
            if len(scripts) > 1:
                names = " and ".join(sorted(DIGIT_SCRIPTS[x][0] for x in scripts))
                yield self.finding(doc, m.start(), m.end(), f"\"{m.group()}\" mixes {names} digits in one number.")
                continue
            numbers.setdefault(scripts.pop(), []).append((m.start(), m.end()))
        if len(numbers) < 2:
            return
        counts = Counter({k: len(v) for k, v in numbers.items()})
        (majority, top), (_, second) = counts.most_common(2)
        minority = sum(counts.values()) - top
        if top < 3 or minority * 2 >= top:
            return  # no form is clearly the article's own: the mix is its style, not a slip
        major_name, major_digits = DIGIT_SCRIPTS[majority]
        for script, spans in numbers.items():
            if script == majority:
                continue
            name, digits = DIGIT_SCRIPTS[script]
            table = str.maketrans(digits, major_digits)
            if majority == "western":
                table.update(str.maketrans("٫٬", ".,"))
            for start, end in spans:
                yield self.finding(
                    doc,
                    start,
                    end,
                    f"{name} digits in \"{text[start:end]}\", while this document writes {top} numbers in {major_name} "
                    f"digits and {len(spans)} in {name} digits: use one digit form throughout.",
                    suggestion=text[start:end].translate(table),
                )
