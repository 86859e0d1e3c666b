"""The typography rules, in Arabic and English: what each one reports, and what it leaves alone.

Each test reads as documentation: a text, and the finding it must raise (rule, flagged text,
a fragment of the message), or the statement that it raises nothing.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_check

TYPOGRAPHY = [
    "quote-balance",
    "quote-reopened",
    "bracket-balance",
    "punctuation-repeat",
    "punctuation-script",
    "repeated-word",
    "digit-script",
]


def findings(text: str, lang: str, rule: str | None = None):
    return run_check(text, lang=lang, select=[rule] if rule else TYPOGRAPHY)


def only(text: str, lang: str, rule: str):
    """The single finding `rule` raises on `text` (and no other typography finding)."""
    found = findings(text, lang)
    assert [f.rule for f in found] == [rule], [(f.rule, f.text, f.message) for f in found]
    return found[0]


def assert_quiet(text: str, lang: str):
    found = findings(text, lang)
    assert found == [], [(f.rule, f.text, f.message) for f in found]


# -- quote-balance ------------------------------------------------------------------------------
class TestQuoteBalance:
    def test_a_second_closing_mark_after_a_closed_quotation_is_stray(self):
        f = only("ورأى المحلل أن خطر التصعيد “قائم فعلا”. احتمال”.", "ar", "quote-balance")
        assert f.text == "”" and f.severity == "error"
        assert "never opened" in f.message and "“قائم فعلا”" in f.message
        assert f.related and f.related[0].text == "“قائم فعلا”"

    def test_a_guillemet_opened_and_never_closed(self):
        f = only("وقال المدرب: «نتحمل مسؤولية الخسارة أمام جماهيرنا.\nوغادر الملعب.", "ar", "quote-balance")
        assert f.text == "«" and "never closed" in f.message and "»" in f.message

    def test_a_closing_guillemet_without_an_opening_one(self):
        f = only("وقال المهندس إن الجسر سيفتح أمام الجميع» بعد الصيانة.", "ar", "quote-balance")
        assert f.text == "»" and "never opened" in f.message

    def test_an_odd_number_of_straight_quotes_flags_the_opener_left_open(self):
        text = 'The mayor said: "Our budget cannot carry another bridge this year, and the council knows it.'
        f = only(text, "en", "quote-balance")
        assert f.text == '"' and f.start == text.index('"Our') and "odd number (1)" in f.message

    def test_the_unmatched_straight_quote_is_found_by_its_context(self):
        text = 'He said the team had lost" and "we will win the next one" before leaving.'
        f = only(text, "en", "quote-balance")
        assert f.start == text.index('" and') and "closes a quotation that was never opened" in f.message

    def test_a_curly_closing_quote_with_no_opener(self):
        f = only("The ferry left two hours late.” The operator gave no reason.", "en", "quote-balance")
        assert f.text == "”" and "no matching “" in f.message

    def test_quotations_that_cross_instead_of_nesting(self):
        f = only("وقال: «إن ما سماه “الإصلاح» لم يبدأ بعد”.", "ar", "quote-balance")
        assert f.text == "“" and "overlap" in f.message

    def test_each_paragraph_is_checked_on_its_own(self):
        text = "The envoy said “the talks had failed.\n\nHe left the room without a word.”"
        found = findings(text, "en", "quote-balance")
        assert [f.text for f in found] == []  # a quotation closed two paragraphs on pairs up
        text = "The envoy said “the talks had failed.\n\n“Nothing more,” he added.\n\nHe left."
        assert findings(text, "en", "quote-balance") == []

    def test_the_wire_service_multi_paragraph_quotation_is_fine(self):
        text = (
            "“The first phase of the line is finished,” the minister told reporters. “The second phase will start in May.\n"
            "“We expect the whole line to carry passengers by the end of next year, and the fares will not change.\n"
            "“This is a promise,” he said."
        )
        assert_quiet(text, "en")

    def test_the_wire_convention_with_straight_quotes_and_in_arabic(self):
        assert_quiet('He said: "We are not leaving.\n"We will stay until the work is done," he added.', "en")
        assert_quiet("وقال: «لن نغادر المدينة.\n«سنبقى حتى ينتهي العمل»، على حد قوله.", "ar")

    def test_apostrophes_are_not_quotation_marks(self):
        assert_quiet("“We don’t know yet,” said O’Brien, who covered the ’90s boom and the players’ strike.", "en")
        assert_quiet("Rock ’n’ roll fans queued at the Smiths’ shop on Friday.", "en")

    def test_breadcrumb_separators_and_transliterated_ayn_are_not_quotes(self):
        assert_quiet("Home » News » World\n\nThe summit opened in Riyadh.", "en")
        assert_quiet("الرئيسية » أخبار » محليات\n\nافتتحت القمة في الرياض.", "ar")
        assert_quiet("The sheikh, Abd al-‘Aziz, spoke first.", "en")

    def test_single_quotes_in_a_headline_and_nested_quotes(self):
        assert_quiet("‘We will not back down’: union vows to continue strike", "en")
        assert_quiet("“She told me ‘never again’, and she meant it,” he said.", "en")
        assert_quiet("وقال رئيس البلدية: «لن نسمح بما وصفه بعضهم بـ“العبث” في المدينة».", "ar")
        assert_quiet("ونقلت الصحيفة عن المسؤول قوله: \"إن ما يسمى «الخطة البديلة» غير موجود\".", "ar")

    def test_arabic_copy_may_store_curly_quotes_in_either_order(self):
        assert_quiet("ووصف المتحدث الاتفاق بأنه ”خطوة أولى“ نحو التهدئة.", "ar")
        assert_quiet("ووصف المتحدث الاتفاق بأنه “خطوة أولى“ نحو “التهدئة“.", "ar")

    def test_a_straight_quote_closing_a_curly_one_is_a_style_matter(self):
        assert_quiet("وقال: “الوضع صعب للغاية\" ثم غادر القاعة.", "ar")

    def test_inch_marks_and_seconds_are_not_quotes(self):
        assert_quiet('The new model has a 65" screen and costs $900.', "en")
        assert_quiet("The wreck lies at 36° 12' 45\" north, divers said.", "en")

    def test_german_and_polish_quotes_pair(self):
        assert_quiet("Er sagte: „Das ist ‚nicht‘ unser Problem“ und ging.", "de")
        assert_quiet("Powiedział: „To nie jest nasz problem” i wyszedł.", "pl")
        assert_quiet("Er sagte: »Das ist ›nicht‹ unser Problem« und ging.", "de")


    def test_opening_marks_mirrored_by_a_conversion_are_one_info_note_per_article(self):
        text = ("وأثارت نتائج العداء و»هيمنته» غير العادية شكوكا، ووصفه مدربه بـ”الظاهرة”.\n"
                "وقال المدرب:» لم أر مثله من قبل».")
        found = findings(text, "ar")
        assert [(f.rule, f.text, f.severity) for f in found] == [("quote-balance", "»", "info")]
        assert "Opening marks typed as closing marks" in found[0].message and "3 opening quotation marks" in found[0].message
        assert len(found[0].related) == 2

    def test_a_mirrored_opener_that_is_never_closed_is_still_an_error(self):
        found = findings("وأثارت نتائج العداء و»هيمنته غير العادية شكوكا.", "ar", "quote-balance")
        assert sorted((f.severity, f.text) for f in found) == [("error", "»"), ("info", "»")]

    def test_a_quotation_reopened_after_a_lost_paragraph_break_is_its_own_finding(self):
        text = 'The coach said: "We were tired after the trip. "We will be fresher on Saturday."'
        assert findings(text, "en", "quote-balance") == []
        found = run_check(text, lang="en", select=["quote-reopened"])
        assert [(f.rule, f.start, f.severity) for f in found] == [("quote-reopened", text.index('"We will'), "info")]
        assert "paragraph break" in found[0].message
        # not after an abbreviation or before a lower-case word
        assert run_check('He said "the U.S. "national interest" matters to him.', lang="en", select=["quote-reopened"]) == []

    def test_quote_reopened_is_a_preview_rule(self):
        from checker.registry import load_rules

        assert load_rules().rules["quote-reopened"].tier == "preview"

    def test_verse_quoted_one_line_per_paragraph_may_close_at_the_end(self):
        verse = "\n".join(["قال الشاعر:", "«قفا نبك من ذكرى حبيب ومنزل", "بسقط اللوى بين الدخول فحومل",
                          "فتوضح فالمقراة لم يعف رسمها", "لما نسجتها من جنوب وشمأل", "ترى بعر الآرام في عرصاتها",
                          "وقيعانها كأنه حب فلفل»", "وهي من المعلقات."])
        assert_quiet(verse, "ar")

    def test_a_double_prime_after_a_digit_closes_and_blank_curly_pairs_pair(self):
        assert_quiet("أطلقت الشركة نظام “ويندوز 10″ هذا الأسبوع.", "ar")
        assert_quiet("أهملنا المصطلح ” خوارج ” وركزنا على المصطلح الجديد “داعش”.", "ar")
        assert_quiet("ووصف المتحدث الاتفاق بأنه ”خطوة أولى “ نحو التهدئة.", "ar")

    def test_a_double_quote_inside_a_word_is_an_apostrophe(self):
        f = only('The report said Indonesia"s growth slowed.', "en", "quote-balance")
        assert f.severity == "warning" and "apostrophe" in f.message and f.suggestion == "'"

    def test_guillemets_between_digits_are_a_damaged_date_slash(self):
        assert_quiet("كتب مقالته يوم 13»7»2011 في الصحيفة.", "ar")

    def test_the_analysis_stays_linear_on_huge_inputs(self):
        import time

        text = "«" * 50_000 + "”" * 50_000
        start = time.perf_counter()
        findings(text, "ar", "quote-balance")
        assert time.perf_counter() - start < 10


# -- bracket-balance ----------------------------------------------------------------------------
class TestBracketBalance:
    def test_a_parenthesis_never_closed(self):
        f = only("وقالت الشركة (وهي شركة ناشئة تعمل في الطاقة إنها ستوسع نشاطها.", "ar", "bracket-balance")
        assert f.text == "(" and "never closed" in f.message and f.severity == "error"

    def test_a_closing_bracket_that_closes_nothing(self):
        f = only("Prices rose 4%] last year, the agency said.", "en", "bracket-balance")
        assert f.text == "]" and "closes nothing" in f.message

    def test_crossed_brackets(self):
        f = only("The counts (from the [harbour office) ] were revised.", "en", "bracket-balance")
        assert f.text == "[" and "cross" in f.message and f.related[0].text == ")"

    def test_an_unpaired_ornate_parenthesis(self):
        f = only("قال تعالى ﴿وتعاونوا على البر والتقوى في الآية.", "ar", "bracket-balance")
        assert f.text == "﴿"

    def test_enumerations_smileys_and_asides_over_a_paragraph_break_are_fine(self):
        assert_quiet("The plan has three parts: 1) roads, 2) schools, iv) clinics and b) ports.", "en")
        assert_quiet("أولا: أ) الطرق، ب) المدارس (في الشمال).", "ar")
        assert_quiet("Fans were happy :-) and the coach was not :(", "en")
        assert_quiet("The report (which runs to 400 pages.\n\nIt was published on Monday) was leaked.", "en")
        assert_quiet("قال تعالى ﴿وَتَعَاوَنُوا عَلَى الْبِرِّ﴾ و﴾إن مع العسر يسرا﴿.", "ar")


    def test_a_parenthesis_after_a_digit_is_never_an_emoticon(self):
        assert_quiet("A flat fee of £20 ($38) a month, set by the Group of Eight (G8), won 7-6 (10-8) in Airport (1968).", "en")
        assert_quiet("ألا يقل عمره عن (18) سنة، ومدة التنفيذ (18) شهراً.", "ar")

    def test_an_emoticon_is_not_followed_by_a_word(self):
        assert_quiet("قال تعالى:(وجعلنا من الماء كل شيء حي)، وبلغ العدد :(1000).", "ar")

    def test_marks_that_open_several_paragraphs_are_markers(self):
        assert_quiet("كم عمرك؟\n{ ثمانية وعشرون عاما.\nومتى بدأت؟\n{ في الجامعة.", "ar")
        assert_quiet("[ العناصر الأولية\nنص الفقرة الأولى.\n[ الخلاصة\nنص الفقرة الثانية.", "ar")
        assert_quiet("} الهلال يكمل إعداده\nنص الخبر.", "ar")
        # a single parenthesis opening a paragraph is still an unclosed bracket
        assert only("(وهي شركة ناشئة إنها ستوسع نشاطها.\nوغادر.", "ar", "bracket-balance").text == "("

    def test_verse_in_brackets_may_close_at_the_end_of_its_lines(self):
        assert_quiet("قال:\n(خلا لك الجو فبيضي واصفري\nقد رفع الفخ فماذا تحذري\nونقري ما شئت أن تنقري)\nوانتهى.", "ar")


# -- punctuation-repeat -------------------------------------------------------------------------
class TestPunctuationRepeat:
    def test_a_doubled_full_stop_with_a_space(self):
        f = only("وقاعدة عسكرية قرب مطار أربيل الدولي. .", "ar", "punctuation-repeat")
        assert f.text == ". ." and f.suggestion == "." and f.severity == "warning"

    def test_doubled_commas(self):
        assert only("The museum,, curators said, will close in May.", "en", "punctuation-repeat").suggestion == ","
        assert only("وقال المتحدث،، إن الاجتماع تأجل.", "ar", "punctuation-repeat").text == "،،"

    def test_emphasis_marks_are_a_device_reported_only_when_the_house_style_asks(self):
        assert_quiet("فهل انتهت الأزمة؟؟ لا أحد يعرف!! ومن يدفع الثمن؟!!", "ar")
        assert_quiet("ويا ترى!! هل من المقبول أن تقدم كل هذه المطالب؟", "ar")
        assert_quiet("What a goal!! Was it offside??? Nobody cared.", "en")
        found = run_check("فهل انتهت الأزمة؟؟ لا أحد يعرف!!", lang="ar", select=["punctuation-repeat"],
                          rules={"punctuation-repeat": {"emphasis": True}})
        assert [(f.text, f.suggestion) for f in found] == [("؟؟", "؟"), ("!!", "!")] and "Arabic question mark" in found[0].message
        found = run_check("What a goal!!", lang="en", select=["punctuation-repeat"], rules={"punctuation-repeat": {"emphasis": ["en"]}})
        assert [f.text for f in found] == ["!!"]
        found = run_check("What a goal!!", lang="en", select=["punctuation-repeat"], rules={"punctuation-repeat": {"emphasis": ["ar"]}})
        assert found == []

    def test_a_question_mark_typed_twice_in_a_text_without_emphasis_is_a_slip(self):
        f = only("فهل تنجح الحكومة في بناء علاقة مستقرة مع المجلس؟؟ سؤال يطرحه المحللون.", "ar", "punctuation-repeat")
        assert f.text == "؟؟" and f.suggestion == "؟"
        assert_quiet("فهل تنجح الحكومة؟؟ ومن يدفع الثمن؟؟ لا أحد يعرف.", "ar")  # the writer's habit
        assert_quiet("Trump wrote: “Why aren’t they the focus??” and left.", "en")  # quoted as written

    def test_a_two_dot_pause_in_a_text_written_with_emphasis_marks_is_its_style(self):
        assert_quiet("Who has heard of her.. She is better than the rest!! Really???", "en")

    def test_a_doubled_full_stop_after_an_abbreviation_is_a_slip(self):
        f = only("Most of the ferries were built in the U.S.. Two came from Norway!!", "en", "punctuation-repeat")
        assert f.text == ".." and f.suggestion == "."

    def test_a_doubled_mark_used_throughout_or_three_commas_are_the_writer_s_device(self):
        assert_quiet("أحسن الظن بالله ،، بالتوكل عليه\nلا ألم لا مذلة ،، في لجوئك إليه\nكل مكتوب خير ،، والحمد لله", "ar")
        assert_quiet("السلام عليكم ورحمة الله وبركاته،،،\nنكتب إليكم بشأن الطريق.", "ar")

    def test_two_dots_and_a_third_are_not_an_ellipsis(self):
        assert only("وأضاف أن الأزمة انتهت.. .", "ar", "punctuation-repeat").text == ".. ."

    def test_a_latin_and_an_arabic_comma_together_are_a_doubled_comma(self):
        f = only("وقال المتحدث ,، إن الاجتماع تأجل.", "ar", "punctuation-repeat")
        assert f.text == ",،" and f.suggestion == "،" and "comma" in f.message

    def test_exclamation_marks_reproduced_in_a_quotation_are_left_alone(self):
        assert_quiet('He posted on X: "We are back!!" and fans chanted: “Out, out!!!”', "en")

    def test_ellipses_and_interrobangs_are_not_repeats(self):
        assert_quiet("He paused... then said: “Really?!” Nobody knew . . . or cared!? Later… nothing.", "en")
        assert_quiet("هل انتهى الأمر؟! لا أحد يعرف... حتى الآن.", "ar")
        assert_quiet("الانتخابات.. نسبة المشاركة تتجاوز التوقعات", "ar")
        assert_quiet("U.S. ferry traffic grew by 2.5% last year, and the page count ran 1..20.", "en")


# -- punctuation-script -------------------------------------------------------------------------
class TestPunctuationScript:
    def test_a_latin_comma_in_arabic_text(self):
        text = "وقال المحافظ الجديد, خلال المؤتمر الصحفي، إن التضخم تراجع، وإن النمو تحسن."
        f = only(text, "ar", "punctuation-script")
        assert f.text == "," and f.suggestion == "،" and "Latin comma" in f.message

    def test_a_latin_question_mark_and_semicolon_in_arabic_text(self):
        text = "ما مستقبل السياحة? يقول الخبراء، ومنهم رئيس الهيئة، إن ذلك يعتمد على الطقس; والأسعار، والرحلات."
        found = findings(text, "ar", "punctuation-script")
        assert [(f.text, f.suggestion) for f in found] == [("?", "؟"), (";", "؛")]

    def test_a_latin_comma_after_a_number_or_a_quotation_in_arabic_text(self):
        text = "وبلغ النمو 3% عام 2023, وقال الوزير، في كلمته، إن «الخطة», بحسب تعبيره، ناجحة."
        found = findings(text, "ar", "punctuation-script")
        assert [f.start for f in found] == [text.index(", و")]
        assert [r.start for r in found[0].related] == [text.index(", ب")] and "1 more time" in found[0].message

    def test_each_mark_is_one_finding_per_article_with_its_places_related(self):
        text = "وقال الوزير, في كلمته، إن الخطة, بحسب تعبيره، ناجحة, وإن النمو تحسن، والتضخم تراجع، والبطالة انخفضت، والصادرات ارتفعت."
        found = findings(text, "ar", "punctuation-script")
        assert len(found) == 1 and found[0].text == "," and len(found[0].related) == 2
        assert "2 more times" in found[0].message

    def test_an_article_that_writes_every_question_mark_in_latin_form_is_left_alone(self):
        text = "هل ستنجح الخطة? وهل يقبل الطرفان? وما موقف الحكومة? أسئلة كثيرة، ولا إجابات، حتى الآن، بحسب المحللين."
        assert_quiet(text, "ar")

    def test_an_arabic_comma_in_english_text(self):
        f = only("The delegation reached Doha، where talks resumed.", "en", "punctuation-script")
        assert f.text == "،" and f.suggestion == "," and "English text" in f.message

    def test_numbers_urls_emails_and_latin_quotations_are_left_alone(self):
        assert_quiet("وبلغ عدد الزوار 1,500 زائر، بحسب الموقع www.example.com/a?b=1 والبريد info@example.org.", "ar")
        assert_quiet("وكتب على لافتة: \"Yes, we can\"، ثم غادر.", "ar")
        assert_quiet("The crowd chanted «ارحل، ارحل» outside, and 1,500 people signed.", "en")
        assert_quiet("وقال John Smith، مدير الشركة، إن العمل مستمر.", "ar")

    def test_an_article_written_with_latin_commas_throughout_is_its_house_style(self):
        assert_quiet("وقال الوزير, خلال ندوة بالرباط, إن الحكومة ستواصل الإصلاحات, وإن النمو سيتحسن.", "ar")


# -- repeated-word ------------------------------------------------------------------------------
class TestRepeatedWord:
    def test_a_repeated_preposition(self):
        f = only("وأكد الوزير في في كلمته أن الحكومة ستواصل الإصلاحات.", "ar", "repeated-word")
        assert f.text == "في" and f.suggestion == "" and f.related[0].text == "في"
        assert f.start == "وأكد الوزير في في".rindex("في")

    def test_case_and_diacritics_do_not_hide_a_repetition(self):
        assert only("The the minister spoke first.", "en", "repeated-word").text == "the"
        assert only("وشدد عَلى على أهمية الحوار.", "ar", "repeated-word").text == "على"

    def test_a_repeated_phrase(self):
        f = only("The ferry docked at the old port at the old port before noon.", "en", "repeated-word")
        assert f.text == "at the old port" and "twice" in f.message

    def test_legitimate_repetitions(self):
        assert_quiet("He had had enough. She said that that plan was dead. What it is is a mess.", "en")
        assert_quiet("“No no, we are staying,” she said, after a week in Bora Bora and a night at the wine-bar bar.", "en")
        assert_quiet("The rain fell day after day after day.", "en")
        assert_quiet("وقال المشجع: «نعم نعم، سنفوز»، وتقدم الفريق خطوة خطوة ورويداً رويداً.", "ar")

    def test_is_is_is_a_slip_unless_it_follows_what_it_is(self):
        assert only("The new bridge is is expected to open in May.", "en", "repeated-word").text == "is"
        assert_quiet("The problem with the plan is is that nobody pays.", "en")

    def test_a_phrasal_verb_before_a_preposition_is_not_a_repetition(self):
        assert_quiet("The new rule kicks in in May, and staff must log on on Monday.", "en")

    def test_arabic_compound_and_repeated_names_are_not_repetitions(self):
        assert_quiet("وقال عبد الله عبد الله إن الحكومة ستواصل عملها، وأضاف محمد محمد مرسي أن الوضع صعب.", "ar")

    def test_acronyms_spelt_letter_by_letter_and_one_letter_tokens(self):
        assert_quiet("ونقلت شبكة سي إن إن عن مصدر، وأكدت بي بي سي الخبر، ونالت السندات تصنيف ب ب ب.", "ar")
        assert only("وقال إن إن الحكومة ستواصل عملها.", "ar", "repeated-word").text == "إن"

    def test_a_name_beside_a_verb_or_a_noun_beside_a_name(self):
        assert_quiet("Crowds in Port Said said the ship had left, and Will will sail on it.", "en")
        assert_quiet("On Thursday, senior law lord Lord Bingham said the rules were incompatible.", "en")
        assert only("Officials officials said the ship had left.", "en", "repeated-word").text == "officials"

    def test_homographs_told_apart_by_vowels_or_a_question(self):
        assert_quiet("لِمَ لَمْ تحضر إلى الملعب؟ وسأله: لم لم تتصل بنا؟", "ar")
        assert_quiet("22- الفِقرة الفقرة (بكسر الفاء): جزء من موضوع. 17- الاختصاص الاختصاص تركيب نحوي.", "ar")

    def test_compounds_kinds_relations_and_emphasis(self):
        assert_quiet("وزارة التربية والتعليم والتعليم العالي، ومشاركة الوكلاء والوكلاء المساعدين.", "ar")
        assert_quiet("وحضر ولي ولي العهد الحفل، ودعا إلى الحوار الفلسطيني الفلسطيني وإلى حوار نوبي نوبي.", "ar")
        assert_quiet("وقد أثارت المحاضرة الكثير الكثير من الجدل، وقالت: أنا مظلومة مظلومة مظلومة.", "ar")
        assert_quiet("He guided the Tigers to back to back titles and was praised for Measure for Measure.", "en")
        assert_quiet("Moody's cut the debt to A plus from A plus plus.", "en")

    def test_an_indefinite_arabic_word_doubled_inside_a_phrase_is_a_slip(self):
        assert only("فيما يخوض يخوض زميله المنافسات اليوم.", "ar", "repeated-word").text == "يخوض"
        assert_quiet("وفاز المصري محمد محمد دسوقي على منافسه.", "ar")  # a given name, then the father's
        assert_quiet("ثم صاح في وجهي: توقف توقف.", "ar")  # ends the sentence: emphasis

    def test_that_that_that_is_a_slip(self):
        assert only("The clerk said that that that ticket was void.", "en", "repeated-word").text == "that"


# -- digit-script -------------------------------------------------------------------------------
class TestDigitScript:
    def test_arabic_indic_digits_in_a_western_digit_article(self):
        text = "وزار المعرض 41 ألفا في 2022 و38 ألفا في 2021 ثم ٤٧٫٥ ألفا في دورة 2023."
        f = only(text, "ar", "digit-script")
        assert f.text == "٤٧٫٥" and f.suggestion == "47.5" and f.severity == "info"
        assert "Western" in f.message and "5 numbers" in f.message and "1 in Arabic-Indic" in f.message

    def test_western_digits_in_an_arabic_indic_article(self):
        f = only("وبلغ عدد السكان ٣٥٠ ألفا في ٢٠٢٣ و٤١٠ آلاف في ٢٠٢٤ و500 ألف في التوقعات.", "ar", "digit-script")
        assert f.text == "500" and f.suggestion == "٥٠٠"

    def test_a_number_that_mixes_two_digit_scripts(self):
        f = only("وبلغ عدد الزوار 2٠24 زائرا هذا العام.", "ar", "digit-script")
        assert f.text == "2٠24" and "mixes" in f.message

    def test_one_digit_form_names_and_urls_are_fine(self):
        assert_quiet("وارتفع النمو إلى ٣٫١% في ٢٠٢٣ وبلغ ٤% في ٢٠٢٤ مع طائرات F-16 ولقاح كوفيد-19.", "ar")
        assert_quiet("The ferry carried 1,200 cars in 2021 and 635 in the spring of 2022.", "en")
        assert_quiet("وبيع ١٢٠ ألف هاتف iPhone 15 في ٢٠٢٣ مقابل ٩٠ ألفا في ٢٠٢٢.", "ar")
        assert_quiet("أعلنت الوزارة تسجيل ١٢٣ إصابة و٨٩ وفاة و٤٥ حالة، وفق الموقع www.moh.gov.sa/2024/05.", "ar")

    def test_list_labels_at_the_start_of_a_paragraph_are_not_counted(self):
        assert_quiet("وجاء في القرار:\n١- أن النسبة 91.5 للأول و73.0 للثاني و64.2 للثالث.\n٢- أن القبول نهائي.", "ar")

    def test_an_even_mix_is_the_article_s_style_not_a_slip(self):
        assert_quiet("بلغ ١٢ في 2020 و١٣ في 2021 و١٤ في 2022.", "ar")


# -- the seed article and the samples -----------------------------------------------------------
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"


@pytest.mark.skipif(not SEED.exists(), reason="seed sample not present")
def test_the_seed_article_yields_the_stray_quote_and_the_doubled_full_stop_and_nothing_else():
    text = SEED.read_text(encoding="utf-8")
    found = findings(text, "ar")
    assert [(f.rule, f.text) for f in found] == [("punctuation-repeat", ". ."), ("quote-balance", "”")]
    stray = found[1]
    assert text[stray.start - len("إمكانية"): stray.start] == "إمكانية"


@pytest.mark.skipif(not (ROOT / "samples").is_dir(), reason="samples not present")
@pytest.mark.parametrize("sample", sorted(p.name for p in (ROOT / "samples").glob("*clean*")))
def test_clean_samples_raise_no_typography_finding(sample):
    path = ROOT / "samples" / sample
    lang = "ar" if ".ar." in sample else "en"
    assert findings(path.read_text(encoding="utf-8"), lang) == []


# -- bench/peers.py: the peer-suite runner scores these rules ---------------------------------------
def test_the_peer_runner_scores_cases_per_rule_and_language(tmp_path, capsys):
    import importlib.util
    import json

    spec = importlib.util.spec_from_file_location("peers", ROOT / "bench" / "peers.py")
    peers = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(peers)
    cases = [
        {"lang": "en", "rule": "unpaired-quote", "text": "He said “yes and left.", "expect_flag": True},
        {"lang": "en", "rule": "unpaired-quote", "text": "He said “yes” and left.", "expect_flag": False},
        {"lang": "ar", "rule": "unpaired-quote", "text": "وقال «نعم ثم غادر.", "expect_flag": False},
        {"lang": "en", "rule": "date-new-year", "text": "On 3 January 2013 it snowed.", "expect_flag": True},
    ]
    (tmp_path / "cases.jsonl").write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    result = peers.score(peers.load_cases(tmp_path))
    assert result["counts"][("quote-balance", "en")] == {"tp": 1, "fp": 0, "fn": 0, "tn": 1}
    assert result["counts"][("quote-balance", "ar")]["fp"] == 1
    assert result["counts"][("quote-balance", "all")]["tp"] == 1
    assert peers.main([str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert "quote-balance" in out and "skipped: 1 case(s) of date-new-year" in out
