"""Number mentions (checker/extract/numbers.py): what a rule sees in `doc.numbers`.

Each case is a sentence and the mention expected in it: the value, the kind, the unit and the
counted noun (normalised, so that singular, dual and plural forms are one)."""
from __future__ import annotations

import pytest

from checker.document import Document
from checker.extract.numbers import NumberMention, find_numbers, normalize_noun_ar, normalize_noun_en


def numbers(text: str, lang: str) -> list[NumberMention]:
    return Document(path="t", source=text, lang=lang).numbers


def only(text: str, lang: str) -> NumberMention:
    found = [m for m in numbers(text, lang) if m.kind not in ("date", "year")]
    assert len(found) == 1, found
    return found[0]


# -- digits --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,value",
    [
        ("Officials counted 1,500 people.", "en", 1500),
        ("وأحصت السلطات ١٥٠٠ شخص.", "ar", 1500),  # Arabic-Indic
        ("وأحصت السلطات ۱۵۰۰ شخص.", "ar", 1500),  # Persian digits
        ("وأحصت السلطات ١٬٥٠٠ شخص.", "ar", 1500),  # Arabic thousands separator
        ("Growth was 2.5 per cent.", "en", 2.5),
        ("وبلغ النمو ٢٫٥ في المئة.", "ar", 2.5),  # Arabic decimal separator
        ("وبلغ النمو 2,5 في المئة.", "ar", 2.5),  # Maghreb decimal comma
        ("The grant is worth $1.5 million.", "en", 1_500_000),
        ("ونزح 57 ألف شخص.", "ar", 57_000),
        ("وبلغ عدد الناخبين 2.8 مليون ناخب.", "ar", 2_800_000),
        ("The crowd of 10 000 people cheered.", "en", 10_000),
    ],
)
def test_digits_in_every_script_with_their_separators(text, lang, value):
    assert only(text, lang).value == pytest.approx(value)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Turnout reached 48%.", "en"),
        ("Turnout reached 48 per cent.", "en"),
        ("Turnout reached 48 percent.", "en"),
        ("وبلغت نسبة المشاركة 48٪.", "ar"),
        ("وبلغت نسبة المشاركة %48.", "ar"),
        ("وبلغت نسبة المشاركة 48 في المئة.", "ar"),
        ("وبلغت نسبة المشاركة 48 في المائة.", "ar"),
        ("وبلغت نسبة المشاركة 48 بالمئة.", "ar"),
    ],
)
def test_percentages_in_every_spelling(text, lang):
    m = only(text, lang)
    assert (m.value, m.kind, m.unit) == (48, "percent", "%")


def test_years_dates_times_and_scores_are_not_counts():
    kinds = {m.text: m.kind for m in numbers("On 5 November 2023 at 10:30, the score was 5-4 after 90 minutes.", "en")}
    assert kinds["5"] == "date" and kinds["2023"] == "date"
    assert "10" not in kinds and "30" not in kinds and "4" not in kinds
    assert kinds["90"] == "cardinal"


@pytest.mark.parametrize("text", ["في عام 1441هـ", "في عام 1441 هـ", "الموافق 26 شوال 1436 هـ"])
def test_an_arabic_hijri_year_with_its_era_mark_is_not_a_count(text):
    assert [m for m in numbers(text, "ar") if m.kind == "cardinal"] == []


# -- English words ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,value,noun",
    [
        ("Rescuers reached three villages.", 3, "village"),
        ("The vote was held in twenty-four districts.", 24, "district"),
        ("He served twenty-five years.", 25, "year"),
        ("She bought a dozen eggs.", 12, "egg"),
        ("They built one hundred and five houses.", 105, "house"),
        ("The floods killed 36 people.", 36, "person"),
        ("The council named three key factors.", 3, "factor"),
    ],
)
def test_english_number_words_and_their_nouns(text, value, noun):
    m = only(text, "en")
    assert (m.value, m.noun) == (value, noun)


def test_english_ordinals_are_not_counts():
    assert only("It was the third attempt.", "en").kind == "ordinal"


@pytest.mark.parametrize("text", ["سجل الهدف في الدقيقة الـ40.", "احتفل الحزب بالذكرى الـ75 لتأسيسه."])
def test_the_article_before_digits_after_a_singular_noun_makes_a_rank(text):
    assert only(text, "ar").kind == "ordinal"


def test_vague_english_quantities_are_not_numbers():
    assert numbers("Dozens of people and hundreds of police gathered.", "en") == []


# -- Arabic words ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,value,gender",
    [
        ("قصفت الطائرات ثلاث قواعد.", 3, "f"),  # feminine noun: the form without ة
        ("عزا القرار إلى ثلاثة عوامل.", 3, "m"),  # masculine noun: the form in ة
        ("أمضى في السجن ثماني سنوات.", 8, "f"),
        ("وعاد بعد عشرة أيام.", 10, "m"),
    ],
)
def test_arabic_units_in_both_genders(text, value, gender):
    m = only(text, "ar")
    assert (m.value, m.gender, m.words) == (value, gender, True)


@pytest.mark.parametrize(
    "text,value",
    [
        ("خدم خمسة وعشرون جنديا.", 25),  # nominative
        ("كرم الحفل خمسة وعشرين جنديا.", 25),  # accusative / genitive
        ("شارك خمس وعشرون امرأة.", 25),
        ("عاش أحد عشر عاما في المنفى.", 11),
        ("عاش إحدى عشرة سنة في المنفى.", 11),
        ("بقي اثنا عشر يوما.", 12),
        ("شارك مئة شخص.", 100),
        ("شارك مائة شخص.", 100),
        ("شارك مائتا شخص.", 200),
        ("شارك ثلاثمئة شخص.", 300),
        ("شارك ثلاث مائة شخص.", 300),
        ("نزح ثلاثة آلاف شخص.", 3000),
        ("نزح ألف شخص.", 1000),
        ("نزح ألفان من السكان.", 2000),
        ("نزح مليون ونصف شخص.", 1_500_000),
        ("نزح مليونان ونصف شخص.", 2_500_000),
        ("نزح نصف مليون شخص.", 500_000),
        ("ولد عام ألف وتسعمئة وخمسة وأربعين.", 1945),
    ],
)
def test_arabic_compounds_hundreds_thousands_and_fractions(text, value):
    assert only(text, "ar").value == value


def test_arabic_number_words_with_clitics_and_the_article():
    m = only("وقال إن الثلاث الأخريات نجون.", "ar")
    assert (m.value, m.definite) == (3, True)
    assert only("وتحدث للخمسة الباقين.", "ar").value == 5


@pytest.mark.parametrize("text", ["قصفت الطائرات قاعدتين.", "قصفت الطائرات القاعدتان."])
def test_an_arabic_dual_noun_counts_two(text):
    m = only(text, "ar")
    assert (m.value, m.kind, m.noun) == (2, "dual", normalize_noun_ar("قاعدة"))


def test_arabic_weekdays_and_vague_quantities_are_not_numbers():
    assert numbers("وصل يوم الاثنين، وقال يوم الأحد إن آلاف الجنود وعشرات المدنيين فروا.", "ar") == []


def test_arabic_approximators_mark_a_figure_as_inexact():
    assert only("وقتل نحو 30 شخصا.", "ar").approx
    assert only("About 30 people were killed.", "en").approx
    assert not only("وقتل 30 شخصا.", "ar").approx


# -- nouns, restatements, units --------------------------------------------------------------
def test_singular_dual_and_plural_nouns_share_one_key():
    assert normalize_noun_ar("قواعد") == normalize_noun_ar("قاعدة") == normalize_noun_ar("قاعدتين")
    assert normalize_noun_ar("رياضيا") == normalize_noun_ar("الرياضيون")
    assert normalize_noun_ar("أشخاص") == normalize_noun_ar("شخصا")
    assert normalize_noun_en("bases") == normalize_noun_en("base")
    assert normalize_noun_en("people") == "person"


def test_a_definite_figure_is_a_restatement_and_takes_the_noun_before_it():
    m = only("وأقيمت صلاة الغائب على أرواح الضحايا الـ1803.", "ar")
    assert (m.value, m.definite, m.noun) == (1803, True, normalize_noun_ar("ضحية"))
    assert only("The search for the 104 missing went on.", "en").definite


@pytest.mark.parametrize(
    "text,lang,unit",
    [
        ("The road is 10 km long.", "en", "km"),
        ("Half of the expected 90,000-tonne harvest.", "en", "t"),
        ("وبلغت الحرارة 40 درجة مئوية.", "ar", "C"),
        ("The loan is $8 billion.", "en", "USD"),
        ("وبلغت المنحة 2000 درهم.", "ar", "MAD"),
        ("The refinery processed 300,000 barrels per day.", "en", "bbl/d"),
    ],
)
def test_units_and_currencies_after_a_figure(text, lang, unit):
    assert only(text, lang).unit == unit


def test_mentions_are_cached_on_the_document_and_sorted():
    doc = Document(path="t", source="Three bases and 12 soldiers.", lang="en")
    assert doc.numbers is doc.numbers
    assert [m.value for m in find_numbers(doc)] == [3, 12]


# -- a number at the end of a paragraph ------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang",
    [
        ("وبلغ عدد المستخدمين (900\nمليار شخص) في العام.", "ar"),
        ("وقال إن العدد بلغ 45\nفي المئة من السكان.", "ar"),
        ("The count reached 45\nper cent of voters.", "en"),
        ("The figure was (12\nmillion) last year.", "en"),
    ],
)
def test_nothing_after_a_number_is_read_across_a_paragraph_break(text, lang):
    """Scale words, percent signs, units and the counted noun belong to the number's own
    paragraph: a number that ends its paragraph is read alone, and never fails."""
    first = numbers(text, lang)[0]
    assert first.end <= text.index("\n")
    assert first.kind == "cardinal" and first.value in (900, 45, 12)


@pytest.mark.parametrize(
    "text,value",
    [
        ("وبلغ عدد القتلى 16 ألفا و507 مدنيين.", 16_507),
        ("وسجلت الإحصاءات ٧١ ألفا و٧٨١ حالة.", 71_781),
        ("وبلغت الكلفة 3 ملايين و200 ألف دولار.", 3_200_000),
    ],
)
def test_a_compound_numeral_of_digits_and_scale_words_is_one_number(text, value):
    assert numbers(text, "ar")[0].value == value


def test_the_counted_noun_after_a_bracketed_figure():
    m = numbers("وأغلقت اللجنة (11) نزلا سياحيا.", "ar")[0]
    assert m.value == 11 and m.noun == normalize_noun_ar("نزلا")


def test_a_hyphenated_english_ordinal_is_one_ordinal():
    (m,) = [n for n in numbers("It was the twenty-first game of the season.", "en")]
    assert (m.text, m.value, m.kind) == ("twenty-first", 21, "ordinal")


# -- the whole of a partitive (checker/extract/quantities.partitive_whole) ---------------------
@pytest.mark.parametrize(
    "text,lang,figure,whole",
    [
        ("The cuts affect 9% of the 55,000 staff.", "en", "55,000", True),
        ("The figure was verified for 10 out of OPEC's 13 members.", "en", "13", True),
        ("It will close 10 of its 27 plants.", "en", "27", True),
        ("It will close 10 of its 27 plants.", "en", "10", False),
        ("One in five adults smoke.", "en", "five", False),
        ("نجح 12 من أصل 26 طالبا في الاختبار.", "ar", "26", True),
        ("نجح 12 من أصل 26 طالبا في الاختبار.", "ar", "12", False),
    ],
)
def test_the_whole_of_a_partitive(text, lang, figure, whole):
    from checker.extract.quantities import partitive_whole

    doc = _doc_for_whole(text, lang)
    m = next(n for n in doc.numbers if n.text == figure)
    assert partitive_whole(doc, m) is whole


def _doc_for_whole(text, lang):
    from checker.config import Config
    from checker.engine import Engine, make_document
    from checker.sources import Source

    engine = Engine(Config(), discover=False)
    return make_document(Source("t", text=text), engine.base.merged(lang=lang, date=None))


# -- people counted and the word a figure hangs on (checker/extract/quantities) ---------------
@pytest.mark.parametrize(
    "text,lang,figure,people,word",
    [
        ("Police arrested 6 men on Tuesday.", "en", "6", True, "arrest"),
        ("Police arrest 5 suspects in a robbery case.", "en", "5", True, "arrest"),
        ("The plant makes 40 engines a day.", "en", "40", False, "make"),
        ("The floods killed about 36 people.", "en", "36", True, "kill"),
        ("تمكنت الشرطة من ضبط 9 أشخاص في السوق.", "ar", "9", True, "ضبط"),
        ("المركز يعيد (120) عالقا إلى اليمن.", "ar", "120", True, "يعيد"),
        ("أحالت النيابة 37 متهما إلى المحكمة.", "ar", "37", True, "نياب"),
        ("افتتحت البلدية 12 حديقة جديدة.", "ar", "12", False, "بلدي"),
    ],
)
def test_people_counted_and_the_word_a_figure_hangs_on(text, lang, figure, people, word):
    from checker.extract.quantities import counts_people, governing_word

    doc = _doc_for_whole(text, lang)
    m = next(n for n in doc.numbers if n.text == figure)
    assert counts_people(doc.text, m) is people
    assert governing_word(doc.text, m) == word
