"""relative-weekday and timeline-order, in Arabic and English (and the peer suite's languages).

Each test reads: the text and the story's date -> the finding (rule, flagged text, what the
message says), or nothing."""
from __future__ import annotations

import pytest

from checker.findings import Severity
from conftest import run_check


def found(text, rule, lang="en", published=None):
    return [f for f in run_check(text, lang=lang, published=published, select=[rule]) if f.rule == rule]


def preview(text, rule, lang="en", published=None):
    """The findings with the preview tier's sub-checks on (--preview)."""
    from datetime import date

    from checker.config import Config
    from checker.engine import Engine

    engine = Engine(Config(select=(rule,), preview=True), discover=False)
    found = engine.check_text(text, lang=lang, published=date.fromisoformat(published) if published else None)
    return [f for f in found if f.rule == rule]


def only(text, rule, lang="en", published=None):
    findings = found(text, rule, lang, published)
    assert len(findings) == 1, [(f.text, f.message) for f in findings]
    return findings[0]


# -- relative-weekday -------------------------------------------------------------------------


def test_yesterday_with_the_wrong_weekday_names_the_right_day():
    f = only("RABAT, June 10, 2025 — The governor said yesterday, Saturday, that the roads were open.", "relative-weekday", published="2025-06-10")
    assert f.text == "yesterday, Saturday"
    assert "Tuesday 10 June 2025" in f.message and "Monday 9 June 2025" in f.message
    assert f.suggestion == "yesterday, Monday"


def test_arabic_yesterday_today_and_tomorrow_against_the_story_date():
    # 10 June 2025 was a Tuesday
    text = "الرباط، الثلاثاء 10 يونيو 2025 – وقال المحافظ أمس السبت إن الطرق فتحت. ويجتمع المجلس اليوم الثلاثاء، ثم غدا الخميس."
    findings = found(text, "relative-weekday", lang="ar", published="2025-06-10")
    assert [f.text for f in findings] == ["أمس السبت", "غدا الخميس"]
    assert "الاثنين" in findings[0].message and "الأربعاء" in findings[1].message


def test_arabic_day_before_yesterday_and_part_of_day():
    head = "الرباط، الثلاثاء 10 يونيو 2025 – "
    assert only(head + "وكان الوفد قد وصل مساء أول أمس الجمعة إلى العاصمة.", "relative-weekday", lang="ar", published="2025-06-10").text == "أول أمس الجمعة"
    assert found(head + "وكان الوفد قد وصل مساء أول أمس الأحد إلى العاصمة.", "relative-weekday", lang="ar", published="2025-06-10") == []
    # harakat and shadda do not hide the relative phrase: "أوّل أمس" is the day before yesterday
    assert only(head + "وكان الوفد قد وصل أوّل أمس الجمعة إلى العاصمة.", "relative-weekday", lang="ar").text == "أوّل أمس الجمعة"
    assert found(head + "وكان الوفد قد وصل أوّل أمس الأحد، ويغادر غدٍ الأربعاء.", "relative-weekday", lang="ar") == []


def test_matching_relative_days_are_quiet():
    assert found("Markets fell yesterday, Monday, and recovered today, Tuesday.", "relative-weekday", published="2025-06-10") == []
    assert found("وتراجعت الأسواق أمس الاثنين ثم تعافت اليوم الثلاثاء.", "relative-weekday", lang="ar", published="2025-06-10") == []


def test_without_a_story_date_nothing_is_checked():
    assert found("Markets fell yesterday, Friday.", "relative-weekday") == []


def test_a_dateline_gives_the_story_date():
    text = "RABAT, June 10, 2025 — Markets fell yesterday, Friday, after the announcement."
    assert only(text, "relative-weekday").text == "yesterday, Friday"


def test_a_newspaper_name_is_not_a_weekday():
    assert found("The minister told the Sunday Times today. Sunday Telegraph reporters agreed.", "relative-weekday", published="2025-06-10") == []


def test_relative_day_with_a_date_that_is_not_that_day():
    f = only("RABAT, June 10, 2025 — The court ruled yesterday, Monday, June 2, on the appeal.", "relative-weekday", published="2025-06-10")
    assert "9 June 2025" in f.message and f.text.endswith("June 2")


def test_this_sunday_said_of_a_date_weeks_away():
    f = only("The vote takes place this Sunday, June 29, nationwide.", "relative-weekday", published="2025-06-10")
    assert f.text == "this Sunday" and "19 days after" in f.message
    assert found("The vote takes place this Sunday, June 15, nationwide.", "relative-weekday", published="2025-06-10") == []


# -- relative-weekday: a date from metadata only ----------------------------------------------


def test_a_date_given_only_from_outside_allows_a_feed_lag_of_two_days():
    # --date says Wednesday 11 June 2025, the text prints no date: published on Monday 9 June,
    # "yesterday, Sunday" is right, and so is "today, Tuesday" written on the 10th
    assert found("The governor said yesterday, Sunday, that the roads were open.", "relative-weekday", published="2025-06-11") == []
    assert found("وقال المحافظ أمس الأحد إن الطرق فتحت.", "relative-weekday", lang="ar", published="2025-06-11") == []
    assert found("ويجتمع المجلس اليوم الثلاثاء لبحث الأزمة.", "relative-weekday", lang="ar", published="2025-06-11") == []


def test_a_date_given_only_from_outside_that_no_recent_day_fits_is_an_info_note_in_preview():
    text = "وقال المحافظ أمس الخميس إن الطرق فتحت."
    assert found(text, "relative-weekday", lang="ar", published="2025-06-11") == []  # default tier: the story may be older
    [f] = preview(text, "relative-weekday", lang="ar", published="2025-06-11")
    assert f.severity == Severity.INFO and "comes from outside the text" in f.message and "Friday" in f.message


def test_two_relative_days_that_put_the_story_on_different_days_contradict_each_other():
    text = "وقال المحافظ أمس الثلاثاء إن الطرق فتحت. وكان الوزير قد أعلن أمس الاثنين خطة جديدة."
    f = only(text, "relative-weekday", lang="ar", published="2025-06-12")
    assert f.text == "أمس الاثنين" and f.severity == Severity.WARNING
    assert "puts the story on a Tuesday" in f.message and "a Wednesday" in f.message
    assert found("قال المحافظ أمس الثلاثاء إن الطرق فتحت، ويجتمع المجلس اليوم الأربعاء.", "relative-weekday", lang="ar", published="2025-06-12") == []


def test_a_header_line_with_the_date_is_the_texts_own_date():
    # the page's header prints Thursday 12 June 2025: "yesterday" is Wednesday, strictly
    text = "الخميس 12 يونيو 2025\nعنوان الخبر\nوقال المحافظ أمس الثلاثاء إن الطرق فتحت."
    f = only(text, "relative-weekday", lang="ar", published="2025-06-12")
    assert f.severity == Severity.WARNING and "الأربعاء" in f.message


# -- timeline-order: since ----------------------------------------------------------------------


def test_since_a_date_still_ahead_of_the_story():
    f = only("The airport has been closed since 22 June because of the storm.", "timeline-order", published="2025-06-10")
    assert f.text == "since 22 June" and "12 days after" in f.message and "22 June 2024" in f.message


def test_arabic_since_a_date_still_ahead():
    f = only("وتبقى الطرق مقطوعة منذ 20 يونيو بسبب السيول.", "timeline-order", lang="ar", published="2025-06-10")
    assert f.text == "منذ 20 يونيو"


def test_since_a_past_date_or_with_a_year_is_quiet():
    assert found("The airport has been closed since 2 June because of the storm.", "timeline-order", published="2025-06-10") == []
    assert found("The airport has been closed since 22 June 2024.", "timeline-order", published="2025-06-10") == []
    assert found("وتبقى الطرق مقطوعة منذ 2 يونيو بسبب السيول.", "timeline-order", lang="ar", published="2025-06-10") == []


# -- timeline-order: ranges ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,flag",
    [
        ("Registration is open from 20 to 11 July.", "en", "20 to 11 July"),
        ("Registration is open July 20-11 at the town hall.", "en", "July 20-11"),
        ("Registration is open from July 20 to July 11.", "en", "July 20 to July 11"),
        ("ويفتح التسجيل من 20 يوليو إلى 11 يوليو.", "ar", "20 يوليو إلى 11 يوليو"),
        ("ويفتح التسجيل بين 20 و11 يوليو.", "ar", "20 و11 يوليو"),
        ("The dynasty ruled in 1650–1590 according to the museum.", "en", "1650–1590"),
        ("Die Anmeldung läuft vom 20. bis 11. Juli.", "de", "20. bis 11. Juli"),
    ],
)
def test_a_range_that_ends_before_it_starts(text, lang, flag):
    f = only(text, "timeline-order", lang=lang)
    assert f.text == flag and ("ends before it starts" in f.message)


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Registration is open from 11 to 20 July, and again from 28 December to 4 January.", "en"),
        ("The war of 1939-1945 and the 2024-25 season.", "en"),
        ("The kingdom lasted 1650-1590 BC, the museum says.", "en"),
        ("ويفتح التسجيل يومي 20 و11 يوليو.", "ar"),
        ("The team won 3-1 on 5 May.", "en"),
        ("The hall holds 1500-1200 people.", "en"),
    ],
)
def test_ranges_in_order_and_things_that_are_not_ranges(text, lang):
    assert found(text, "timeline-order", lang=lang) == []


# -- timeline-order: born in / aged ------------------------------------------------------------


def test_age_that_does_not_fit_the_birth_year():
    f = only("Karim Tazi, 41, who was born in 1990, opened the shop.", "timeline-order", published="2025-06-10")
    assert f.text == "41" and "34 or 35 in 2025" in f.message


def test_arabic_age_that_does_not_fit_the_birth_year():
    f = only("وروى الصياد علي، وهو من مواليد عام 1970، أنه كان يبلغ من العمر 40 عاما عند الفيضان.", "timeline-order", lang="ar", published="2025-06-10")
    assert "1970" in f.message and "40" in f.text


def test_the_birthday_ambiguity_and_an_age_at_an_earlier_named_year_are_allowed():
    assert found("Karim Tazi, 34, who was born in 1990, opened the shop.", "timeline-order", published="2025-06-10") == []
    assert found("Karim Tazi, 35, who was born in 1990, opened the shop.", "timeline-order", published="2025-06-10") == []
    assert found("Born in 1950, he died in 2010 aged 60.", "timeline-order", published="2025-06-10") == []


# -- timeline-order: before / after -----------------------------------------------------------


def test_before_between_two_dates_that_say_the_opposite():
    f = only("The bridge was closed on 12 May 2024, a week before the flood of 2 May 2024.", "timeline-order")
    assert f.text == "before" and "later" in f.message and len(f.related) == 2


def test_arabic_after_between_two_dates_that_say_the_opposite():
    f = only("وأغلق الجسر في 2 مايو 2024، بعد أسبوع من فيضان 12 مايو 2024.", "timeline-order", lang="ar")
    assert f.text == "بعد" and "earlier" in f.message


def test_before_and_after_in_order_are_quiet():
    assert found("The bridge was closed on 12 May 2024, ten days after the flood of 2 May 2024.", "timeline-order") == []
    assert found("وأغلق الجسر في 12 مايو 2024، بعد عشرة أيام من فيضان 2 مايو 2024.", "timeline-order", lang="ar") == []


# -- timeline-order: past tense and a date after the story --------------------------------------


def test_past_tense_report_of_a_later_date():
    f = only("The convoy reached the border on 19 June, officials said.", "timeline-order", published="2025-06-10")
    assert f.text == "19 June" and "reached" in f.message and "9 days after" in f.message


def test_arabic_past_tense_report_of_a_later_date():
    f = only("ووصل الوفد إلى الرباط في 19 يونيو.", "timeline-order", lang="ar", published="2025-06-10")
    assert f.text == "19 يونيو"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The convoy will reach the border on 19 June, officials said.", "en"),
        ("Officials said the vote was postponed and would be held on 19 June.", "en"),
        ("The convoy reached the border on 3 June, officials said.", "en"),
        ("ومن المقرر أن يصل الوفد في 19 يونيو.", "ar"),
        ("ووصل الوفد في 3 يونيو، على أن يغادر في 19 يونيو.", "ar"),
    ],
)
def test_future_wording_or_a_past_date_is_quiet(text, lang):
    assert found(text, "timeline-order", lang=lang, published="2025-06-10") == []


def test_past_tense_in_german_portuguese_and_russian():
    assert only("Wir haben am 3.9.2031 die Verträge unterschrieben.", "timeline-order", lang="de", published="2025-06-10").text == "3.9.2031"
    assert found("Wir werden am 3.9.2031 die Verträge unterschreiben.", "timeline-order", lang="de", published="2025-06-10") == []
    assert only("Assinávamos os contratos a 3 Setembro 2031.", "timeline-order", lang="pt", published="2025-06-10")
    assert only("Мы подписали договор 3 сентября 2031 г.", "timeline-order", lang="ru", published="2025-06-10")


# -- the corpus (skipped in a clone without ../shared) -----------------------------------------


def test_dev_corpus_has_no_finding_on_clean_articles():
    import json
    from pathlib import Path

    corpus = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "dev"
    if not (corpus / "labels.jsonl").exists():
        pytest.skip("no shared/eval/dev here")
    for line in (corpus / "labels.jsonl").read_text(encoding="utf-8").splitlines():
        label = json.loads(line)
        if label["issues"]:
            continue
        text = (corpus / label["file"]).read_text(encoding="utf-8")
        findings = run_check(text, lang=label["lang"], published=label["published"], select=["relative-weekday", "timeline-order"])
        assert findings == [], (label["file"], [(f.rule, f.text) for f in findings])


# -- what real news says that must stay quiet ----------------------------------------------------


@pytest.mark.parametrize(
    "text,lang,published",
    [
        # "before" as a restriction, not an order of two events
        ("On 10 March 2024 the ministry said families who arrived before 1 January 2024 can apply.", "en", None),
        # an age and a birth year of two people
        ("Maria Lopez, 45, whose daughter was born in 2010, waited outside.", "en", "2024-03-08"),
        ("وقالت سعاد (45 عاما) إن ابنها المولود عام 2010 ما زال مفقودا.", "ar", "2024-03-08"),
        # house style drops the current year: this year's 2 January, in a story of 30 December
        ("Prices have risen since Jan. 2, the agency said.", "en", "2024-12-30"),
        ("The plant reopened on Jan. 2 after the repairs.", "en", "2024-12-30"),
        # a yearless date in an account of an earlier year
        ("In 2023 the port was closed for weeks. It has been shut since 20 March, workers said then.", "en", "2024-03-05"),
        # attributive -ed words are not past-tense verbs
        ("The long-awaited summit on 19 June will decide the budget.", "en", "2025-06-10"),
        ("The Saudi-led talks on 19 June are expected to be brief.", "en", "2025-06-10"),
        # a name after a relative word
        ("He told reporters today Friday Nkosi would lead the team.", "en", "2025-06-10"),
    ],
)
def test_real_news_wording_is_quiet(text, lang, published):
    assert found(text, "timeline-order", lang=lang, published=published) == []
    assert found(text, "relative-weekday", lang=lang, published=published) == []


def test_last_years_date_named_by_al_madi_or_last_year_is_quiet():
    assert found("والمعبر مغلق منذ 20 مارس الماضي.", "timeline-order", lang="ar", published="2024-03-05") == []
    assert found("وكانت الحكومة أعلنت في 14 نوفمبر الماضي خطة للطوارئ.", "timeline-order", lang="ar", published="2023-11-05") == []
    assert found("The plant reopened on Nov. 14 last year after the repairs.", "timeline-order", published="2023-11-05") == []


def test_a_dateline_weekday_is_the_story_day_when_the_publication_date_is_a_day_later():
    # published on Monday 9 June 2025, filed on Sunday: "today, Sunday" fits the dateline
    text = "واشنطن - الأحد (رويترز) - قال مسؤولون اليوم الأحد إن المحادثات ستستأنف."
    assert found(text, "relative-weekday", lang="ar", published="2025-06-09") == []
    [f] = preview("واشنطن (رويترز) - قال مسؤولون اليوم الأحد إن المحادثات ستستأنف.", "relative-weekday", lang="ar", published="2025-06-12")
    assert f.text == "اليوم الأحد" and f.severity == Severity.INFO


def test_a_relative_day_at_the_head_of_the_story_is_not_a_dateline():
    [f] = preview("Officials said yesterday, Sunday (June 8), that the port was open.", "relative-weekday", published="2025-06-13")
    assert f.text == "yesterday, Sunday"


def test_a_relative_word_ending_a_headline_is_not_paired_with_the_next_lines_weekday():
    from conftest import run_check

    text = "رياح نشطة وأمطار على ست مناطق غدًا\nالسبت 3 أغسطس 2024\nتوقع المركز الوطني للأرصاد هطول أمطار رعدية.\n"
    assert run_check(text, lang="ar", published="2024-08-03", select=["relative-weekday"]) == []


# -- timeline-order on real copy (issue 12) ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "القدس 11-7-2012 قال المتحدث إن المفاوضات توقفت.",
        "وجرى الاجتماع يوم 15 - 09 - 2012 في مقر الوزارة.",
        "صدر القرار بتاريخ 7-7-1433 هـ عن المجلس.",
        "وأقيم الحفل في ٢٥-٦-٢٠١٥ بحضور الوزير.",
    ],
)
def test_a_day_month_year_date_in_any_digit_script_is_one_date_not_a_range(text):
    assert found(text, "timeline-order", lang="ar") == []


def test_an_arabic_dashed_year_range_is_never_reported_for_its_direction():
    # Arabic copy writes the later year first, and BC ranges descend
    assert found("ودامت حرب المئة عام (1453-1337) بين فرنسا وإنجلترا.", "timeline-order", lang="ar") == []
    assert found("وتولى المنصب خلال الفترة (2005-2000) قبل أن يستقيل.", "timeline-order", lang="ar") == []
    # ... in English the same dash range is read left to right
    assert only("The Hundred Years' War (1453-1337) ended in France.", "timeline-order").text == "1453-1337"


def test_a_year_range_in_words_ends_before_it_starts():
    assert only("He served in Belfast from 1987 to 1981 under Thatcher.", "timeline-order").text == "from 1987 to 1981"
    assert only("The abuse took place between 1999 and 1997, the report said.", "timeline-order").text == "between 1999 and 1997"
    assert only("ونمت الأصول على مدى الفترة من 2013 إلى 2009 بوتيرة سريعة.", "timeline-order", lang="ar").text == "من 2013 إلى 2009"
    assert only("وعمل في الوزارة منذ عام 2012 وحتى عام 2009 مستشارا.", "timeline-order", lang="ar").text == "منذ عام 2012 وحتى عام 2009"


def test_a_change_between_two_values_is_not_a_year_range():
    assert found("The index fell from 2013 to 1990 in a single session.", "timeline-order") == []
    assert found("Membership rose from 1850 to 1920 people.", "timeline-order") == []
    assert found("وانخفض عدد المشتركين من 2013 إلى 1990 مشتركا.", "timeline-order", lang="ar") == []


def test_a_figure_after_to_is_not_the_end_of_a_day_range():
    text = "Loans in the four weeks ended February 27 to 16.39 mln dlrs, and in the week ended March 13 to 285 mln."
    assert found(text, "timeline-order", published="1987-03-20") == []


def test_a_bracketed_age_belongs_to_the_name_right_before_it():
    text = "وفقد أثر الصحافيين سامي (المولود في 1982) وفريد (1971) ومراد (35 عاما) في حلب."
    assert found(text, "timeline-order", lang="ar", published="2015-07-23") == []
    # the two facts in one bracket are one person's, whatever other ages the sentence gives
    text = "وفاز الرئيس (79 عاما) على منافسه الأمير (39 عاما، من مواليد عام 1972) بعد انسحابه."
    f = only(text, "timeline-order", lang="ar", published="2015-07-21")
    assert f.text == "(39 عاما" and "42 or 43 in 2015" in f.message
    # "تحت (19 سنة)" is an age group, not an age
    assert found("وسافر إلى بطولة العالم تحت (19 سنة، من مواليد عام 2005) للكرة الطائرة.", "timeline-order", lang="ar", published="2015-08-09") == []


def test_an_age_right_before_who_was_born_is_that_persons():
    text = "Romney, 70, who was born in 1938, is weighing a run against Hatch, 83, for the seat."
    f = only(text, "timeline-order", published="2017-12-06")
    assert f.text == "70" and "78 or 79 in 2017" in f.message


@pytest.mark.parametrize(
    "text,published",
    [
        ("The firm made 127 program trades on September 11 during the sell-off.", "1987-03-19"),  # last September
        ("Stocks closed at their highest since August 19.", "1987-03-06"),
        ("The accord struck on Dec. 31 gave the president one more year.", "2017-10-26"),
        ("The bonds were launched in 1984 and mature on November 15, 2004.", "1987-03-06"),  # the verb is 1984's
        ("He filed papers on Friday for the special election on Dec. 12.", "2017-11-10"),  # the verb is Friday's
        ("The company has continued to grow in the financial year ending on June 30.", "1987-06-02"),
        ("Workers were offered a paid holiday on May 1.", "1987-04-08"),
    ],
)
def test_a_past_verb_that_is_not_the_dates_or_a_yearless_date_read_a_year_back_is_quiet(text, published):
    assert found(text, "timeline-order", published=published) == []


def test_a_yearless_past_date_just_ahead_of_the_story_is_still_reported():
    f = only("The delegation arrived on 14 April for two days of talks.", "timeline-order", published="1987-04-08")
    assert "6 days after it" in f.message


def test_relative_days_of_stories_far_apart_are_not_held_against_each_other():
    # a page of several stories (or an archive) may hold days written on other days
    filler = "وتواصلت الاستعدادات في المدينة لاستقبال الزوار. " * 80
    text = "وقال المحافظ أمس الثلاثاء إن الطرق فتحت.\n" + filler + "\nوكان الوزير قد أعلن أمس الاثنين خطة جديدة."
    assert found(text, "relative-weekday", lang="ar", published="2025-06-12") == []
