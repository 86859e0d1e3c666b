"""Counted lists and the roles of numbers (checker/extract/lists.py, checker/extract/quantities.py):
what the number rules see. A list is `complete` only when the text states it whole; a number
that is not a count of things (a duration, a designator, a rank, a ratio) starts no list."""
from __future__ import annotations

import pytest

from checker.document import Document
from checker.extract.lists import find_enumerations
from checker.extract.quantities import count_role


def enumerations(text: str, lang: str):
    doc = Document(path="t", source=text, lang=lang)
    return [(text[e.start:e.end], e.complete, [text[s:x] for s, x in e.items]) for e in doc.analysis(find_enumerations)]


def roles(text: str, lang: str) -> dict[str, str]:
    doc = Document(path="t", source=text, lang=lang)
    return {m.text: count_role(doc, m) for m in doc.numbers}


@pytest.mark.parametrize(
    "text,lang,count,items",
    [
        ("The storm hit three towns: Ashford, Belmont and Carver.", "en", "three towns", ["Ashford", "Belmont", "Carver"]),
        ("Six nations - Britain, Canada, France, Japan, the U.S. And West Germany - met.", "en", "Six nations",
         ["Britain", "Canada", "France", "Japan", "the U.S.", "West Germany"]),
        ("The two suspects, Ali Hassan and Omar Said, appeared in court.", "en", "two suspects", ["Ali Hassan", "Omar Said"]),
        ("وشارك قادة ثلاث دول هي تونس والجزائر والمغرب.", "ar", "ثلاث دول", ["تونس", "الجزائر", "المغرب"]),
        ("وتركزت المفاوضات على أربع قضايا: ترسيم الحدود، وتقاسم المياه، وعودة اللاجئين، وتبادل الأسرى.", "ar", "أربع قضايا",
         ["ترسيم الحدود", "تقاسم المياه", "عودة اللاجئين", "تبادل الأسرى"]),
        ("وحدد المجلس ثلاثة عوامل: تباطؤ وتيرة النمو، وضعف الطلب، وارتفاع الأسعار.", "ar", "ثلاثة عوامل",
         ["تباطؤ وتيرة النمو", "ضعف الطلب", "ارتفاع الأسعار"]),  # وتيرة is a word, not و + تيرة
        ("وتضم المجموعة ثلاث مدن، وهي الرياض، لندن، ومدريد.", "ar", "ثلاث مدن", ["الرياض", "لندن", "مدريد"]),
        ("وتشمل الجولة خمس مدن، هي بورتو أليغري وكانواس وساو ليوبولدو، بعدما ارتفع منسوب المياه.", "ar", "خمس مدن",
         ["بورتو أليغري", "كانواس", "ساو ليوبولدو"]),  # multi-word names; the list ends at a clause
    ],
)
def test_a_list_stated_whole_is_complete(text, lang, count, items):
    (found,) = enumerations(text, lang)
    assert found == (count, True, items)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The plan has four pillars, including housing, jobs and health.", "en"),  # partial
        ("He named three rivals: Smith, Jones and others.", "en"),  # open
        ("The firm has two options: sell the unit, or close it.", "en"),  # alternatives
        ("He has three children: two sons and a daughter.", "en"),  # counts inside the list
        ("وحدد التقرير ثمانية محاور، يأتي في مقدمتها: التدريب، والتمويل.", "ar"),  # partial
        ("وتضم الخطة ست خطوات وهي النظافة والفرز، إضافة إلى التخزين.", "ar"),  # continued
        ("وأعلن البنك عن أربعة بنوك هي مجموعة التجاري وفابنك التي جاءت في المقدمة.", "ar"),  # a clause inside
        ("وتضم اللجنة ثلاث لجان هي لجنة المالية ولجنة الإعلام ولجنة التنظيم (الفرعية).", "ar"),  # cut by a bracket
        ("وحضر الاجتماع سبع لجان وهي اللجنة العليا، واللجنة العلمية، والعلاقات العامة، ولجنة التنسيق ولجنة الصياغة.", "ar"),  # not parallel
    ],
)
def test_a_list_that_may_not_be_whole_is_not_complete(text, lang):
    assert all(not complete for _, complete, _ in enumerations(text, lang))


@pytest.mark.parametrize(
    "text,lang,number,role",
    [
        ("وأسقطت الدفاعات طائرة إف-16 قرب الحدود.", "ar", "16", "designator"),
        ("وتسلم الجيش منظومة باك-3 تتصدى للصواريخ.", "ar", "3", "designator"),
        ("وأسقطت ثماني طائرات من طراز إف- 16 قرب الحدود.", "ar", "16", "designator"),
        ("وفجروا -بواسطة عبوات ناسفة- خمس سيارات.", "ar", "خمس", "count"),  # a dash aside, not a code
        ("Vaccines against COVID-19 arrived.", "en", "19", "designator"),
        ("The airline ordered the 68000 microprocessor for its planes.", "en", "68000", "designator"),
        ("The 1606 act was repealed.", "en", "1606", "date"),
        ("وتستمر الفعاليات لأسبوعين في المدينة.", "ar", "لأسبوعين", "dual-skip"),
        ("وتمتد الخطة على مدى عشر سنوات.", "ar", "عشر", "duration"),
        ("The talks lasted for three years.", "en", "three", "duration"),
        ("وشهد القرن العشرين حروبا كثيرة.", "ar", "العشرين", "ordinal"),
        ("One in five workers moved abroad.", "en", "five", "ratio"),
        ("وفاز في 9 من تلك الدول السبعة.", "ar", "السبعة", "ratio"),
        ("وتضم الصفقة 32 طائرة من طراز (أ 320) الحديثة.", "ar", "320", "designator"),
        ("The council approved a $5 billion development plan.", "en", "$5 billion", "money"),
        ("The storm hit three towns.", "en", "three", "count"),
        ("وزار الوزير ثلاث دول.", "ar", "ثلاث", "count"),
        ("The search for the 104 missing resumed.", "en", "104", "count"),
    ],
)
def test_what_a_number_stands_for(text, lang, number, role):
    found = roles(text, lang)
    if role == "dual-skip":
        assert number not in found or found[number] in ("duration", "count")  # a dual: never a list's count
        return
    assert found[number] == role, found
