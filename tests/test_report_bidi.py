"""Bidi isolation of quoted text in messages: one helper (checker/report/bidi.py) used by the
text, rich, github, SARIF and HTML reporters; JSON keeps the plain message.
(tests/test_browser_bidi.py shows the effect in a real browser.)"""
from __future__ import annotations

import json

from checker.engine import FileResult
from checker.report import bidi, github, gitlab, html, junit, sarif, text
from checker.report import json as json_report
from checker.report import rich as rich_report
from reporting import finding, report

FSI, PDI = "\u2068", "\u2069"

SPELLING = "'الأميركي' is spelled 'الأمريكية' (4×), 'الأمريكي' (3×) elsewhere in the article (7 against 1): use one spelling."
WEEKDAY = '"الأحد 14 تشرين الثاني/نوفمبر": 14 November 2023 was a Tuesday (the year 2023 is the one nearest to the article\'s date).'


def test_each_quoted_word_of_a_spelling_message_is_isolated_and_the_counts_stay_outside():
    assert bidi.isolate(SPELLING) == (
        f"'{FSI}الأميركي{PDI}' is spelled '{FSI}الأمريكية{PDI}' (4×), '{FSI}الأمريكي{PDI}' (3×) elsewhere in the article (7 against 1): use one spelling."
    )


def test_a_quoted_date_is_isolated_so_the_number_after_it_stays_in_the_english_sentence():
    out = bidi.isolate(WEEKDAY)
    assert out.startswith(f'"{FSI}الأحد 14 تشرين الثاني/نوفمبر{PDI}": 14 November')
    assert out.count(FSI) == 1  # the apostrophe of "article's" is no quotation mark


def test_apostrophes_inside_and_after_words_are_not_quotation_marks():
    for message in ("don't flag this", "the writers' desk and the article's date", "it's 'x'-shaped"):
        spans = bidi.quoted_spans(message)
        assert all(message[a:b] == "x" for a, b in spans), (message, spans)
    assert bidi.isolate("the writers' desk, the editors' room") == "the writers' desk, the editors' room"


def test_a_lone_mark_named_by_the_message_pairs_with_nothing():
    message = "” closes a quotation that was never opened: there is no matching “ before it (the quotation “أمر حقيقي” before it is already closed)."
    assert bidi.isolate(message, "”") == message.replace("“أمر حقيقي”", f"“{FSI}أمر حقيقي{PDI}”")
    odd = 'This paragraph has an odd number (3) of straight double quotes: this " closes nothing.'
    assert bidi.isolate(odd, '"') == odd


def test_an_arabic_prefix_written_with_tatweel_is_isolated_with_its_quotation():
    message = "the prefix الـ'أميركي' is written apart"
    assert bidi.isolate(message) == f"the prefix {FSI}الـ'أميركي'{PDI} is written apart"


def test_guillemets_and_curly_single_quotes_too():
    assert bidi.isolate("«القاهرة» (2×) and ‘Cairo’ (1×)") == f"«{FSI}القاهرة{PDI}» (2×) and ‘{FSI}Cairo{PDI}’ (1×)"


def test_text_of_the_other_direction_given_unquoted_is_isolated():
    assert bidi.isolate("the name بلينكن appears 3 times", "بلينكن") == f"the name {FSI}بلينكن{PDI} appears 3 times"
    assert bidi.isolate("the full stop . is doubled", ".") == "the full stop . is doubled"  # no letter: nothing to protect
    listed = "announces 12, but 3 are listed after it: كرة القدم; ألعاب القوى; الجودو."
    assert bidi.isolate(listed) == f"announces 12, but 3 are listed after it: {FSI}كرة القدم; ألعاب القوى; الجودو{PDI}."
    marks = "this article writes the Arabic forms ، ؛ ؟ 14 times elsewhere"
    assert bidi.isolate(marks) == f"this article writes the Arabic forms ، {FSI}؛ ؟{PDI} 14 times elsewhere"
    # an Arabic message: the English inside it is the other direction
    assert bidi.isolate("كتب الاسم Blinken مرتين") == f"كتب الاسم {FSI}Blinken{PDI} مرتين"
    assert bidi.isolate("the name بلينكن", base="rtl") == f"{FSI}the name{PDI} بلينكن"


def test_an_already_isolated_message_is_left_alone_and_strip_undoes_isolation():
    done = bidi.isolate(SPELLING)
    assert bidi.isolate(done) == done
    assert bidi.strip(done) == SPELLING


def test_html_escapes_and_wraps_in_bdi():
    out = bidi.html("'<ص>' & 'ب' (2×)")
    assert out == "&#x27;<bdi>&lt;ص&gt;</bdi>&#x27; &amp; &#x27;<bdi>ب</bdi>&#x27; (2×)"


def _result():
    source = "وصل الوزير الأميركي الأحد 14 تشرين الثاني/نوفمبر إلى العراق.\n"
    f1 = finding(source, "الأميركي", rule="spelling-variant", severity="info", message=SPELLING)
    f2 = finding(source, "الأحد 14 تشرين الثاني/نوفمبر", rule="date-weekday", severity="warning", message=WEEKDAY)
    return FileResult("a.txt", "ar", [f1, f2], source=source)


def test_every_human_facing_reporter_isolates_and_json_does_not(monkeypatch, tmp_path):
    isolated = bidi.isolate(SPELLING)
    assert isolated in report(text, [_result()])
    assert isolated in report(rich_report, [_result()], color=False)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    annotations = report(github, [_result()])
    assert f"::{isolated}" in annotations and isolated in summary.read_text(encoding="utf-8")
    results = json.loads(report(sarif, [_result()]))["runs"][0]["results"]
    assert [r["message"]["text"] for r in results] == [isolated, bidi.isolate(WEEKDAY)]
    assert [i["description"] for i in json.loads(report(gitlab, [_result()]))] == [isolated, bidi.isolate(WEEKDAY)]
    assert f'message="{isolated}"' in report(junit, [_result()], fail_on="info")
    page = report(html, [_result()])
    assert bidi.html(SPELLING) in page and "<bdi>الأحد 14 تشرين الثاني/نوفمبر</bdi>" in page
    data = json.loads(report(json_report, [_result()]))
    messages = [f["message"] for f in data["files"][0]["findings"]]
    assert messages == [SPELLING, WEEKDAY] and not any(c in "".join(messages) for c in bidi.ISOLATES)


def test_flagged_text_in_the_message_own_direction_is_left_alone():
    assert bidi.isolate('"the the": the word "the" is typed twice in a row; delete the second one.', "the the") == (
        f'"{FSI}the the{PDI}": the word "{FSI}the{PDI}" is typed twice in a row; delete the second one.'
    )


def test_an_excerpt_cut_short_by_an_ellipsis_is_isolated_up_to_it():
    message = "» closes a quotation that was never opened (the quotation «بعد سيرنا لمسافة خمس… before it is already closed)."
    assert bidi.isolate(message, "»") == message.replace("بعد سيرنا لمسافة خمس…", f"{FSI}بعد سيرنا لمسافة خمس…{PDI}")
