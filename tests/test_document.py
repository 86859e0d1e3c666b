"""The Document: positions, paragraphs, sentences and language, as rules rely on them."""
from __future__ import annotations

from checker.document import Document
from checker.lang.detect import detect_language


def _sentences(text: str) -> list[str]:
    doc = Document("t.txt", text)
    return [text[s.start:s.end] for s in doc.sentences]


def test_positions_are_one_based_and_count_code_points():
    doc = Document("t.txt", "سطر أول\nالثاني “هنا”\r\nthird")
    offset = doc.source.index("”")
    assert doc.position(offset) == (2, doc.source.index("”") - doc.source.index("الثاني") + 1)
    assert doc.position(doc.source.index("third")) == (3, 1)
    assert doc.line_text(2) == "الثاني “هنا”"


def test_abbreviations_initials_and_decimals_do_not_end_an_english_sentence():
    text = "The U.S. envoy met Dr. Smith on Nov. 5 in Washington. Growth was 2.5 per cent. J. K. Rowling agreed."
    assert _sentences(text) == [
        "The U.S. envoy met Dr. Smith on Nov. 5 in Washington.",
        "Growth was 2.5 per cent.",
        "J. K. Rowling agreed.",
    ]


def test_ellipsis_before_a_lower_case_word_continues_the_sentence():
    assert _sentences("He paused... and then spoke. Then he left.") == ["He paused... and then spoke.", "Then he left."]


def test_arabic_sentences_end_at_full_stops_question_marks_and_line_breaks():
    text = "وصل الوزير إلى بغداد. هل التقى السوداني؟ نعم\nفقرة ثانية"
    assert _sentences(text) == ["وصل الوزير إلى بغداد.", "هل التقى السوداني؟", "نعم", "فقرة ثانية"]


def test_paragraphs_are_lines_in_wire_copy_and_blank_line_blocks_in_wrapped_text():
    wire = "Headline\nFirst paragraph.\nSecond paragraph.\n"
    assert [wire[p.start:p.end] for p in Document("a", wire).paragraphs] == ["Headline", "First paragraph.", "Second paragraph."]
    wrapped = "First paragraph\nwraps here.\n\nSecond one.\n"
    assert [wrapped[p.start:p.end] for p in Document("b", wrapped).paragraphs] == ["First paragraph\nwraps here.", "Second one."]


def test_language_from_script_and_function_words():
    assert detect_language("وصل وزير الخارجية إلى بغداد في زيارة غير معلنة") == "ar"
    assert detect_language("The minister arrived in Baghdad on Sunday for talks with the prime minister.") == "en"
    assert detect_language("Hello.") == "en"


def test_terse_english_is_english_without_the_identifier(monkeypatch):
    """Wire headlines and tickers fall below prose's share of function words; when English
    ones still clearly outnumber every other language's, the 100 MB model is not loaded."""
    import sys

    monkeypatch.setitem(sys.modules, "py3langid", None)  # importing it would now fail
    text = (
        "GULF BARGE FREIGHT RATES UP FURTHER ON CALL\nST LOUIS, Feb 26 - Barge freight rates on the "
        "Mississippi rose on the call session, brokers said. Tows: 3 x 15 barges; Cairo/Memphis 145 pct, "
        "unchanged; St Louis 160 pct, up 5; Lower Ohio 150 pct; Illinois 170 pct, up 10. Reuter"
    )
    assert detect_language(text) == "en"


def test_german_with_some_english_words_is_not_english():
    text = (
        "Die Regierung hat am Montag eine Reihe von Massnahmen angekündigt, die den Landwirten in der "
        "Dürre helfen sollen. Der Minister sagte, dass die Hilfe noch in diesem Jahr ausgezahlt werde, "
        "und die Opposition kritisierte das Paket als zu klein. In Berlin wird am Freitag abgestimmt."
    )
    assert detect_language(text) == "de"


def test_other_languages_go_to_the_offline_identifier():
    text = (
        "Le président de la République a annoncé lundi une série de mesures pour soutenir les "
        "agriculteurs touchés par la sécheresse, lors d'un déplacement dans le sud du pays."
    )
    assert detect_language(text) == "fr"


def test_a_long_document_forgets_its_analyses_between_rules_with_the_same_findings(monkeypatch):
    """checker.engine.FORGET_CHARS: past it, each rule's analyses are dropped after it ran
    (memory: one rule's at a time); the findings must be those of a run that keeps them."""
    from datetime import date

    from checker import engine as engine_module
    from checker.config import Config
    from checker.document import Document
    from checker.engine import Engine
    from checker.sources import Source

    real_forget = Document.forget
    text = (
        "The talks resumed on Monday, 6 November 2023, in Cairo. He said \"the the plan (was ready.\n\n"
        "وقال الوزير إن المحادثات استؤنفت يوم الاثنين 6 نوفمبر 2023 في القاهرة، وإن 3 وزراء حضروا.\n\n"
        "Mohammed bin Salman met Muhammad bin Salman on Sunday. Three ministers, 4 deputies.\n\n"
    ) * 30

    def findings(limit):
        monkeypatch.setattr(engine_module, "FORGET_CHARS", limit)
        forgets = []

        def counting(self):
            forgets.append(1)
            real_forget(self)

        monkeypatch.setattr(Document, "forget", counting)
        config = Config(date=date(2023, 11, 6), preview=True, max_findings=0)
        return Engine(config, discover=False).check_source(Source("a.txt", text=text)).findings, len(forgets)

    kept, none = findings(10**12)
    forgotten, count = findings(1)
    assert none == 0 and count > 5
    assert kept and forgotten == kept
