"""The number rules: count-mismatch, quantity-conflict, total-mismatch, unit-conversion.

Bad text -> the finding (rule, flagged text, a fragment of the message); good text -> nothing.
Good texts are the traps real news is full of: figures for other places and days, tolls that
rise, partial lists, sub-counts inside a list, a journalist's rounding."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import run_check

RULES = ["count-mismatch", "quantity-conflict", "total-mismatch", "unit-conversion"]
ROOT = Path(__file__).resolve().parents[2]


def findings(text, lang, rule=None):
    return [f for f in run_check(text, lang=lang, select=[rule] if rule else RULES) if f.rule in RULES]


def one(text, lang, rule):
    found = findings(text, lang)
    assert [f.rule for f in found] == [rule], [(f.rule, f.text, f.message) for f in found]
    return found[0]


# -- count-mismatch --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,flag,fragment",
    [
        ("In Paris she won three medals: team bronze, silver in the all-around, silver on vault and gold on floor.", "en", "three medals", "4 are listed"),
        ("The five judges in the majority — Goncalves, Marques, Tavares and Lucia — ruled against him.", "en", "five judges", "4 are listed"),
        ("Tebboune faced three challengers, Abdelaali Cherif of the MSP and Youcef Aouchiche of the FFS, who won few votes.", "en", "three challengers", "2 are listed"),
        ("وتعرضت أربع قواعد عسكرية للقصف، وهي قاعدة عين الأسد، وقاعدة قرب مطار بغداد، وقاعدة حرير.", "ar", "أربع قواعد", "3 are listed"),
        ("وغمرت المياه خمس مدن رئيسية، هي بورتو أليغري وكانواس وساو ليوبولدو.", "ar", "خمس مدن", "3 are listed"),
        ("وشهدت المناقشات خلافات حول أربع نقاط: حصة الإقليم، وآلية تسليم الإيرادات، وتثبيت العقود والأجراء.", "ar", "أربع نقاط", "3 are listed"),
        ("The two suspects, Ali Hassan, Omar Said and Karim Nabil, appeared in court.", "en", "two suspects", "3 are listed"),
        ("ومثل أمام المحكمة المتهمون الثلاثة، وهم علي حسن وعمر سعيد.", "ar", "الثلاثة", "2 are listed"),
    ],
)
def test_a_count_that_disagrees_with_its_list(text, lang, flag, fragment):
    f = one(text, lang, "count-mismatch")
    assert f.text == flag and fragment in f.message


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The plan has four pillars, such as housing, jobs and health.", "en"),
        ("He thanked the Custodian of the Two Holy Mosques, King Salman, Crown Prince Mohammed and the government.", "en"),
        ("Five countries sent teams, including Egypt, Jordan and Morocco.", "en"),
        ("He has three children: two sons and a daughter.", "en"),
        ("The minister visited three countries: Egypt, Jordan and the United Arab Emirates, where he met the president.", "en"),
        ("The rain swept away homes in three districts: Swat, Upper Dir and Chitral, according to the authority.", "en"),
        ("وشارك وزراء خمس دول، بينها مصر والأردن.", "ar"),
        ("ويشمل البرنامج أربعة أقاليم هي الحوز وشيشاوة وتارودانت وورزازات، إضافة إلى عمالة مراكش.", "ar"),
        ("والتقى الوزير ثلاثة مسؤولين هم وزير الخارجية ووزير الدفاع ورئيس الأركان.", "ar"),
        ("وجمعت القمة قادة خمس دول هي مصر والأردن والعراق وسوريا ولبنان.", "ar"),
        ("The two leaders, Biden and Xi, met for four hours.", "en"),
        ("The ministers of two countries, namely Egypt and Jordan, met in Riyadh.", "en"),
        ("وله ثلاثة أبناء هم ولدان وبنت.", "ar"),
        ("وقالت إحدى المتضررات لثلاثة أطفال: \"قضينا الشتاء في الخيمة، وكان البرد قاسيا\".", "ar"),
    ],
)
def test_partial_lists_sub_counts_and_quotations_are_not_compared(text, lang):
    assert findings(text, lang, "count-mismatch") == []


def test_the_seed_article_counts_its_three_bases_right_and_its_edited_copy_does_not():
    seed, edited = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt", ROOT / "samples" / "seed-count-mismatch.ar.txt"
    assert [f for f in findings(seed.read_text(encoding="utf-8"), "ar")] == []
    f = one(edited.read_text(encoding="utf-8"), "ar", "count-mismatch")
    assert f.text == "أربع قواعد" and "3 are listed" in f.message


# -- quantity-conflict -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,flag,fragment",
    [
        ("The ministry confirmed 1,020 deaths from dengue. Another 1,800 deaths are under investigation.\n"
         "Officials warned that the 1,120 confirmed deaths could rise.", "en", "1,120 confirmed deaths", "given as 1,020"),
        ("Four members voted to hold rates.\nThe five members who voted to hold cited wage growth.", "en", "five members", "given as 4"),
        ("Flash floods have killed 36 people, officials said.\nThe floods, which killed 38 people, are the worst since 2022.", "en", "38 people", "given as 36"),
        ("وشارك المغرب ببعثة مكونة من 60 رياضيا.\nوقال رئيس اللجنة إن ما حققه الرياضيون الـ59 مشرف.", "ar", "59", "given as 60"),
        ("ارتفع عدد القتلى جراء الفيضانات في جنوب البرازيل إلى 116 شخصا.\nوتعهدت السلطات بإحصاء دقيق للضحايا الـ126.", "ar", "126", "given as 116"),
        ("وينص الاتفاق على زيادة عامة في الأجور قدرها 1000 درهم.\nوقال موظف إن الزيادة البالغة 1500 درهم لن تعوض ارتفاع الأسعار.", "ar", "1500 درهم", "given as 1,000"),
    ],
)
def test_one_quantity_with_two_values(text, lang, flag, fragment):
    f = one(text, lang, "quantity-conflict")
    assert f.text == flag and fragment in f.message
    assert f.related  # the earlier mention


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Israeli strikes killed 24 people in Gaza on Monday.\nThe 31 killed in the West Bank included four teenagers.", "en"),
        ("Police arrested 12 people on Friday. The 15 arrested on Saturday were released.", "en"),
        ("The committee has nine members. The five members who backed the cut were outvoted.", "en"),
        ("The company employs 5,000 people. The 4,500 people at its main plant keep their jobs.", "en"),
        ("A further 300 people were injured. The 250 injured in the first blast were taken to hospital.", "en"),
        ("Egypt proposed a two-day ceasefire in which four hostages would be freed.\nIf the two-day ceasefire held, talks would follow.", "en"),
        ("Tunisia expects to produce 340,000 tonnes, up from last season's 220,000 tonnes.\nAbout 60% of the expected 340,000-tonne crop will be exported.", "en"),
        ("He won the 100m in 9.8 seconds.\nHe then took the 110m hurdles.", "en"),
        ("Leaders of three countries met in Cairo. The two leaders signed a trade deal.", "en"),
        ("The attack killed 24 people on Monday.\nThe toll has since risen to the 31 dead counted on Tuesday.", "en"),
        ("قتل 24 شخصا في غزة يوم الاثنين.\nوفي الضفة الغربية، قتل الجيش 31 فلسطينيا، وكان بين القتلى الـ31 أربعة فتيان.", "ar"),
        ("وأسفر الهجوم عن مقتل 40 شخصا بينهم 12 طفلا، ودفن الضحايا الـ40 يوم الثلاثاء.", "ar"),
        ("قتل 24 شخصا في الغارة.\nوارتفع عدد القتلى إلى الـ31 بعد وفاة جرحى.", "ar"),
    ],
)
def test_other_places_days_groups_and_changed_figures_are_not_conflicts(text, lang):
    assert findings(text, lang, "quantity-conflict") == []


# -- total-mismatch --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,flag,fragment",
    [
        ("Twelve people were killed, including eight children and six women.", "en", "eight children and six women", "add up to 14"),
        ("Before the halt, the pipeline carried about 450,000 barrels per day, roughly 370,000 bpd from Kurdistan and 150,000 bpd from Kirkuk.",
         "en", "370,000 bpd from Kurdistan and 150,000 bpd", "add up to 520,000"),
        ("The board approved an expanded $8 billion loan program.\nThe expanded package comprises the original $3 billion and an additional $6 billion.",
         "en", "$3 billion and an additional $6 billion", "add up to 9,000,000,000"),
        ("Of the 300 applicants, 350 were rejected.", "en", "350", "more than the 300"),
        ("وقتل 12 شخصا بينهم ثمانية أطفال وست نساء.", "ar", "ثمانية أطفال وست نساء", "add up to 14"),
        ("وبحسب المنظمين، تمثل الشركات الناشئة 45 في المئة من العارضين، والشركات الكبرى 35 في المئة، والجهات الحكومية 30 في المئة.",
         "ar", "45 في المئة من العارضين، والشركات الكبرى 35 في المئة، والجهات الحكومية 30 في المئة", "110%"),
        ("وحصل الحزب على 240 مقعدا من أصل 543 في مجلس النواب.\nوحصل التحالف على 293 مقعدا، مقابل 234 مقعدا للمعارضة، و26 مقعدا لآخرين.",
         "ar", "293 مقعدا، مقابل 234 مقعدا للمعارضة، و26 مقعدا", "553"),
    ],
)
def test_parts_larger_than_their_whole(text, lang, flag, fragment):
    f = one(text, lang, "total-mismatch")
    assert f.text == flag and fragment in f.message


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The death toll rose to 45, including 20 children, up from 30 on Sunday.", "en"),
        ("Unemployment is 12%, youth unemployment 40% and female unemployment 60%.", "en"),
        ("Sall won 58% of the vote against 35% for Ba, with turnout at 66%.", "en"),
        ("Prices rose 5% in January, 7% in February and 9% in March.", "en"),
        ("Turnout was 48%, and Tebboune won 94.65% of the vote.", "en"),
        ("Of the 120 passengers, 80 were Egyptians and 30 were Saudis.", "en"),
        ("The dead included 98 men, 87 women and 30 children, and 206 people were still missing.", "en"),
        ("وقضت المحكمة بالسجن بين ثلاث وعشر سنوات في حق خمسة متهمين، بينهم مدير سابق.", "ar"),
        ("ونقل 150 جريحا إلى المستشفيات، بينهم 40 طفلا، فيما أصيب 170 آخرون بجروح طفيفة.", "ar"),
        ("وارتكب الجيش 4 مجازر، وصل منها إلى المستشفيات 30 قتيلا و50 جريحا خلال الـ 24 ساعة الماضية.", "ar"),
        ("وحصل سعيد على 90.69 في المئة من الأصوات، مقابل 7.35 في المئة لزمال، و1.96 في المئة للمغزاوي.", "ar"),
    ],
)
def test_changes_other_wholes_and_rounding_are_not_excess(text, lang):
    assert findings(text, lang, "total-mismatch") == []


# -- unit-conversion -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text,lang,flag,fragment",
    [
        ("He is 6 feet (2.02 m) tall.", "en", "6 feet (2.02 m)", "1.83 m"),
        ("The road is 10 km (20 miles) long.", "en", "10 km (20 miles)", "6.21 mi"),
        ("Temperatures hit 40C (120F).", "en", "40C (120F)", "104 °F"),
        ("وبلغت الحرارة 40 درجة مئوية (140 فهرنهايت).", "ar", "40 درجة مئوية (140 فهرنهايت)", "104 °F"),
        ("ويبلغ طول الجسر 300 متر (1500 قدم).", "ar", "300 متر (1500 قدم)", "984.25 ft"),
    ],
)
def test_a_conversion_that_does_not_convert(text, lang, flag, fragment):
    f = one(text, lang, "unit-conversion")
    assert f.text == flag and fragment in f.message


@pytest.mark.parametrize(
    "text,lang",
    [
        ("He is 6 feet (1.83 m) tall; the path is 100 miles (160.93 km) long.", "en"),
        ("The river is 16 kilometres (10 miles) wide and 40 km (25 miles) long.", "en"),
        ("The bridge is 1,200 metres (3,937 feet) long; it was 45C (113F) and he weighs 80 kg (176 lb).", "en"),
        ("وتبلغ مساحة البحيرة 500 كيلومتر مربع (193 ميلا مربعا)، وعمقها 30 مترا (98 قدما).", "ar"),
    ],
)
def test_conversions_to_a_journalists_rounding_are_fine(text, lang):
    assert findings(text, lang, "unit-conversion") == []


# -- the labelled corpus (skipped in a clone without ../shared) ------------------------------
def test_no_number_finding_on_the_clean_articles_of_the_dev_corpus():
    import json

    corpus = Path("/work/shared/eval/dev")
    if not (corpus / "labels.jsonl").exists():
        pytest.skip("no shared eval corpus here")
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if label["issues"]:
            continue
        text = (corpus / label["file"]).read_text(encoding="utf-8")
        assert findings(text, label["lang"]) == [], label["file"]
