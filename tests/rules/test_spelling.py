"""spelling-variant: one word, two spellings, in one article (Arabic and English)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine
from conftest import run_check

ROOT = Path(__file__).resolve().parents[2]
SEED = Path("/work/shared/seed/000_8fcd20fe111c0f9f.txt")


def spelling(text: str, lang: str = "en"):
    return run_check(text, lang=lang, select=["spelling-variant"])


# -- Arabic ---------------------------------------------------------------------------------


def test_arabic_family_reports_the_minority_spelling_with_the_majority_as_related():
    text = (
        "قال المبعوث الأميركي إن المحادثات ستبدأ قريبا.\n"
        "وأوضح المسؤول الأمريكي أن الجولة تشمل ثلاث عواصم.\n"
        "وأكدت الخارجية الأمريكية أن الموعد لم يحدد بعد."
    )
    [finding] = spelling(text, "ar")
    assert finding.rule == "spelling-variant"
    assert finding.text == "الأميركي"
    assert "الأمريكي" in finding.message and "2 against 1" in finding.message
    assert [r.text for r in finding.related] == ["الأمريكي", "الأمريكية"]


def test_arabic_proclitics_are_set_aside_before_comparing():
    text = "وصل الوفد الإسرائيلي إلى القاهرة.\nوقالت مصادر إن إسرائيل ترفض الشروط.\nوأكد مسؤول أن لاسرائيل تحفظات."
    [finding] = spelling(text, "ar")
    assert finding.text == "لاسرائيل"


def test_arabic_hamza_written_and_omitted_on_the_same_word():
    text = "رفضت المحكمة الاستئناف المقدم من الشركة.\nوقال المحامي إن الاستئناف سيعاد.\nوأضاف أن الإستئناف الثاني ممكن."
    [finding] = spelling(text, "ar")
    assert finding.text == "الإستئناف"


def test_arabic_tatweel_and_harakat_are_never_variants_on_their_own():
    text = "قال الرئيـــس إن الاتفاقَ قريب.\nوأكد الرئيس أن الاتفاق سيوقع غداً."
    assert spelling(text, "ar") == []


def test_arabic_grammatical_pairs_are_not_variants():
    text = "قرأ علي كتابه على مهل، ثم عاد إلى كتابة مقالته.\nوقال إن أمام الإمام وقتا طويلا."
    assert spelling(text, "ar") == []


def test_the_seed_reports_alamiriki_against_alamriki():
    if not SEED.exists():
        pytest.skip("the shared seed article is not available in this checkout")
    findings = run_check(SEED.read_text("utf-8"), lang="ar", select=["spelling-variant", "name-variant", "role-conflict"])
    assert [(f.rule, f.text) for f in findings] == [("spelling-variant", "الأميركي")]
    assert {r.text for r in findings[0].related} >= {"الأمريكي", "الأمريكية"}


# -- English --------------------------------------------------------------------------------


def test_british_and_american_spellings_of_one_word():
    text = "Volunteers organised the first meeting. The second was organised by the school, and the third was organized online."
    [finding] = spelling(text)
    assert finding.text == "organized"
    assert "organised" in finding.message


def test_different_words_of_one_style_are_not_compared():
    assert spelling("The programme will organise a festival; the colour scheme was realized by a designer.") == []


def test_capitalised_names_keep_their_own_spelling():
    assert spelling("The Pentagon's Defense Intelligence Agency briefed Britain's defence secretary; the defence budget rises.") == []


def test_hyphenated_and_closed_compound():
    text = "The cyberattack hit the port. Officials said the cyberattack was the largest this year and that a second cyber-attack was possible."
    [finding] = spelling(text)
    assert finding.text == "cyber-attack"


def test_compound_family_from_the_data_file():
    text = "Send an e-mail to the desk. The e-mail address is on the site, and readers can email us."
    [finding] = spelling(text)
    assert finding.text == "email"


def test_prefixes_that_change_the_word_are_not_compounds():
    assert spelling("The minister will resign; his contract has a re-sign option. The re-cover of the book will recover costs.") == []


def test_abbreviation_with_and_without_full_stops():
    text = "The U.N. envoy arrived on Monday. The U.N. said talks would last a week, but a UN spokesman said two."
    [finding] = spelling(text)
    assert finding.text == "UN"


def test_a_headline_may_drop_the_full_stops():
    assert spelling("US envoy lands in Cairo\nThe U.S. envoy arrived on Monday for talks with U.S. allies.") == []


def test_house_families_from_the_configuration():
    config = Config(select=("spelling-variant",), spelling={"families": [["Kyiv", "Kiev"], ["كييف", "كيف"]]})
    engine = Engine(config, discover=False)
    [finding] = engine.check_text("Troops left Kyiv. Kyiv said the convoy reached Kiev by night.", lang="en")
    assert finding.text == "Kiev"
    [finding] = engine.check_text("وصل الوفد إلى كييف صباحا.\nوقالت كييف إن الزيارة مهمة.\nوغادر الوفد كيف مساء.", lang="ar")
    assert finding.text == "كيف"


# -- generated data ------------------------------------------------------------------------


def test_generated_word_lists_are_current():
    pytest.importorskip("wordfreq")
    pytest.importorskip("breame")
    result = subprocess.run([sys.executable, str(ROOT / "scripts" / "gen_wordlists.py"), "--check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_arabic_verb_without_hamza_is_not_a_noun_spelled_without_it():
    text = "انهار جسر قديم فوق أحد الأنهار في المدينة.\nوقال مسؤول إن الجسر انهار بسبب السيول."
    assert spelling(text, "ar") == []


def test_german_reformed_and_traditional_spellings():
    findings = run_check("Die Orthographie ist schwer. Die neue Orthografie ist einfacher, und die Orthografie gilt seit 1996.", lang="de", select=["spelling-variant"])
    assert [f.text for f in findings] == ["Orthographie"]


def test_hyphenation_in_any_latin_language():
    findings = run_check("Der Zahnärzteverband tagt. Der Zahnärzteverband lädt ein. Der Zahn-Ärzte-Verband lädt ein.", lang="de", select=["spelling-variant"])
    assert [f.text for f in findings] == ["Zahn-Ärzte-Verband"]


def test_arabic_homographs_of_a_family_are_left_alone():
    text = "قال مسؤول إن اثنين من الجرحى نقلا يوم الإثنين إلى المستشفى.\nوأشار إلى أن القوات السورية انسحبت من شمال سوريا، وأن الرئيس يحيي ذكرى يحيى عياش."
    assert spelling(text, "ar") == []


def test_abd_names_written_as_one_word_and_as_two():
    text = "استقبل الملك عبد الله الثاني الوفد.\nوقال الملك عبد الله إن الأردن يدعم الحل.\nوأكد عبدالله أن الزيارة مهمة."
    [finding] = spelling(text, "ar")
    assert finding.text == "عبدالله"


# -- fast paths that must agree with the plain definitions ----------------------------------


def test_common_english_words_are_looked_up_in_the_sorted_file():
    from checker.lang import english

    lines = (english.DATA_DIR / "common_en.txt").read_text("utf-8").split("\n")[1:-1]
    assert lines == sorted(lines), "common_en.txt must stay sorted: is_common searches it by bisection"
    words = english.common_words()
    for word in lines[::97] + ["the", "The", "government's", "Ceasefire"]:
        assert english.is_common(word)
    for word in ["", "#", "zzzzqx", "the ", "ceasefirez", "🤣🤣", lines[-1] + "z", "0" * 9]:
        assert english.is_common(word) == (word.lower() in words)


def test_compound_lookup_finds_what_the_compound_regex_finds():
    from checker.lang.english import compound_families
    from checker.rules.spelling import _compound_regex, _Compounds

    text = (
        "A ceasefire, two Cease-Fires and a cease\n fire; cease fires-end, e-mail E-MAILS email_2 "
        "e-mailé per cent PER  CENT percentage per-cent ON-LINE web sites websites web site-ish "
        "decision-maker decision makers decisionmakers policy maker policy-makers re-elected "
        "reelect co-operation coordinate ſmartphone ſmart phones \u212aids peace-keeping xceasefire "
        "-email email- Data Set data sets archeology archaeologists acknowledgements lock-down."
    )
    families = list(compound_families()) + [("house0", [["Kyiv"], ["Kiev"]])]
    regex, groups = _compound_regex(families)
    expected = [(*groups[m.lastgroup], m.start(), m.end()) for m in regex.finditer(text)]
    matcher = _Compounds(families)
    assert matcher.regex is None  # the fast path is the one tested
    assert matcher.find(text) == expected
    assert len(expected) > 25


# -- which spelling is the fault (issue 13) ----------------------------------------------------


def test_the_non_standard_spelling_is_reported_even_when_the_article_uses_it_more():
    text = "وصل الوفد إلى غزه صباحا.\nوقال المتحدث إن غزه تحتاج إلى المساعدات.\nثم غادر الوفد غزة مساء."
    [finding] = spelling(text, "ar")
    assert finding.text == "غزه"
    assert finding.suggestion == "غزة"
    assert "non-standard" in finding.message


def test_a_dropped_initial_hamza_is_reported_against_the_standard_form():
    text = "ارتفعت الاسعار في السوق.\nوقال التجار إن الاسعار سترتفع أكثر.\nوتوقع محلل أن تنخفض الأسعار."
    [finding] = spelling(text, "ar")
    assert finding.text == "الاسعار"
    assert finding.suggestion == "الأسعار"


def test_a_hamzat_wasl_written_with_a_hamza_is_the_fault():
    text = "شجع القانون الاستثمار الأجنبي.\nوقال الوزير إن الإستثمار سيزيد.\nوأكد أن الاستثمار أولوية."
    [finding] = spelling(text, "ar")
    assert finding.text == "الإستثمار"
    assert finding.suggestion == "الاستثمار"
    assert "hamzat wasl" in finding.message


def test_every_word_of_mixed_initial_hamza_is_one_note():
    text = (
        "ارتفعت الاسعار وقالت الادارة إن الأسعار مستقرة.\n"
        "وأكدت الإدارة أن الاخيرة كانت أعلى من الأخيرة في العام الماضي."
    )
    [finding] = spelling(text, "ar")
    assert finding.text == "الاسعار"
    assert "'الادارة' → 'الإدارة'" in finding.message and "'الاخيرة' → 'الأخيرة'" in finding.message


def test_a_one_to_one_tie_of_free_variants_names_both_and_suggests_nothing():
    text = "قال المبعوث الأميركي إن المحادثات ستبدأ.\nوأوضح المسؤول الأمريكي أن الجولة تشمل ثلاث عواصم."
    [finding] = spelling(text, "ar")
    assert finding.text == "الأمريكي"
    assert "الأميركي" in finding.message and "1 each" in finding.message
    assert finding.suggestion is None


def test_a_spelling_inside_a_quoted_name_or_term_is_not_the_houses_to_change():
    text = 'The party published its "health care" pledges. The healthcare bill passed, and healthcare costs rose.'
    assert spelling(text) == []
    text = "The ceasefire held. Rebels called it a “cease-fire of shame”. The ceasefire was extended."
    assert spelling(text) == []


def test_quoted_speech_is_transcribed_in_house_style_and_stays_checked():
    text = 'The loan program was approved. "We hope the programme will bring some stability, but so far it has been hard," she said. The program starts in June.'
    [finding] = spelling(text)
    assert finding.text == "programme"


def test_codes_slugs_names_and_software_are_not_the_houses_spellings():
    # a wire's code in angle brackets, and an abbreviation that is part of a name
    assert spelling("GTE holds a stake in <US Sprint Communications Co>. The U.S. carrier grew.") == []
    # an all-capitals slug line
    assert spelling("ACME <ACM> TO TAKE WRITEOFF\nAcme said the write-off would be taken in May.") == []
    # a capitalised word inside a name
    assert spelling("The Organisation for Economic Cooperation and Development met. Trade co-operation grew.") == []
    # British "program" (software) beside TV "programmes"
    assert spelling("Viewers download TV programmes with the file-sharing program BitTorrent. The programmes are popular.") == []


def test_a_quoted_written_text_keeps_its_authors_spelling():
    text = 'The senator will not run again. "I will not seek reelection," he wrote in a statement. His re-election campaign had raised funds, and re-election was likely.'
    assert spelling(text) == []


def test_a_sentence_that_begins_with_a_company_name_is_not_a_spelling():
    text = "Email Systems received 12 million e-mails in January. The e-mail flood is growing, and e-mail filters fail."
    assert spelling(text) == []


def test_ta_marbuta_written_ha_on_a_word_with_the_article():
    text = "وقال إن المشكلة كبيرة.\nوأضاف أن المشكله تكمن في التسرب، وأن المشكلة قديمة."
    [finding] = spelling(text, "ar")
    assert (finding.text, finding.suggestion) == ("المشكله", "المشكلة")
    # without the article the final ه may be the pronoun: كتابه (his book) / كتابة (writing)
    assert spelling("قرأ كتابه ثم عاد إلى كتابة المقال.", "ar") == []
    # after a long vowel either letter may be the word's: الحياة, المياه
    assert spelling("انقطعت المياه عن الحي، وقالت الشركة إن المياة ستعود.", "ar") == []


def test_ise_ize_and_lled_led_words_beyond_the_pair_list():
    [finding] = spelling("Profits totalled 5 mln last year. Sales totaled 9 mln.")
    assert finding.text == "totaled"
    [finding] = spelling("The authorisation was given in May. The authorization expired in June.")
    assert finding.text == "authorization"
    assert spelling("He feeled fine, cooled off, and the pool was cool.") == []


def test_ta_marbuta_written_ha_on_a_nisba_and_a_dropped_hamza_after_the_article():
    [finding] = spelling("القنوات الرسميه مغلقة، وقالت الجهات الرسمية إن العمل مستمر.", "ar")
    assert (finding.text, finding.suggestion) == ("الرسميه", "الرسمية")
    [finding] = spelling("درس في الصف الأول، ثم عاد إلى الصف الاول.", "ar")
    assert (finding.text, finding.suggestion) == ("الاول", "الأول")


def test_cancellation_is_american_too():
    assert spelling("The plant's canceling cost money. The cancellation costs will be filed this year.") == []
