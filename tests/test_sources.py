"""Inputs: encodings, folders, standard input, front matter, and bad input reported per file."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from checker.sources import InputError, decode, front_matter
from clitools import cli

ARABIC = "وصل وزير الخارجية إلى بغداد يوم الأحد في زيارة غير معلنة."


def test_utf8_with_and_without_bom_and_utf16_with_bom_decode_to_the_same_text():
    assert decode(ARABIC.encode("utf-8"))[0] == ARABIC
    assert decode(codecs.BOM_UTF8 + ARABIC.encode("utf-8"))[0] == ARABIC
    assert decode(ARABIC.encode("utf-16"))[0] == ARABIC  # Python writes the BOM


def test_windows_1256_arabic_is_detected():
    text, encoding = decode((ARABIC + " " + ARABIC).encode("cp1256"))
    assert text == ARABIC + " " + ARABIC
    assert encoding.replace("_", "").lower() in ("cp1256", "windows1256")


@pytest.mark.parametrize("data,reason", [(b"", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary")])
def test_bad_bytes_are_a_one_line_reason(data, reason):
    with pytest.raises(InputError, match=reason):
        decode(data)


def test_front_matter_gives_metadata_and_the_title_span():
    text = '---\ntitle: "Talks resume"\ndate: 2023-11-05\nlang: en\n---\nBody text.\n'
    meta, block, prose = front_matter(text)
    assert str(meta["date"]) == "2023-11-05" and meta["lang"] == "en"
    assert text[slice(*prose["title"])] == "Talks resume"
    assert text[block[1]:] == "Body text.\n"


def test_bad_inputs_are_reported_and_the_other_files_still_checked(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("The minister arrived in Baghdad on Sunday.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    bad_folder = tmp_path / "nothing-here"
    bad_folder.mkdir()
    (bad_folder / "notes.csv").write_text("a,b\n")
    missing = tmp_path / "missing.txt"
    result = cli(str(missing), str(empty), str(binary), str(bad_folder), str(good), "--format", "json")
    assert result.returncode == 2
    files = {f["path"]: f for f in json.loads(result.stdout)["files"]}
    assert files[str(good)]["error"] is None
    assert "no such file" in files[str(missing)]["error"]
    assert "empty" in files[str(empty)]["error"]
    assert "binary" in files[str(binary)]["error"]
    assert "no file matching" in files[str(bad_folder)]["error"]
    stderr = result.stderr.decode()
    assert "Traceback" not in stderr
    for path in (missing, empty, binary, bad_folder):
        assert sum(str(path) in line for line in stderr.splitlines()) == 1


def test_folders_are_walked_in_sorted_order_with_include_and_exclude(tmp_path):
    for name in ("b.txt", "a.md", "sub/c.txt", "skip.txt", "data.csv"):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("The talks resumed on Monday.\n", encoding="utf-8")
    result = cli(str(tmp_path), "--exclude", "skip.txt", "--format", "json")
    paths = [f["path"] for f in json.loads(result.stdout)["files"]]
    assert paths == [str(tmp_path / p) for p in ("a.md", "b.txt", "sub/c.txt")]
    result = cli(str(tmp_path), "--include", "*.csv", "--format", "json")
    assert [f["path"] for f in json.loads(result.stdout)["files"]] == [str(tmp_path / "data.csv")]


def test_standard_input_is_read_with_a_dash():
    result = cli("-", "--format", "json", stdin="The talks resumed on Monday.\n".encode())
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["files"][0]["path"] == "<stdin>"


def test_front_matter_date_and_lang_become_document_metadata(tmp_path):
    from checker.config import Config
    from checker.engine import make_document
    from checker.sources import read_source

    article = tmp_path / "a.md"
    article.write_text("---\ndate: 2023-11-05\nlang: ar\ntitle: عنوان\n---\nنص المقال.\n", encoding="utf-8")
    doc = make_document(read_source(str(article)), Config())
    assert str(doc.published) == "2023-11-05" and doc.lang == "ar"
    assert "date" not in doc.text and "عنوان" in doc.text
    assert len(doc.text) == len(doc.source)


def test_an_empty_argument_is_an_error_not_the_current_folder(tmp_path):
    (tmp_path / "story.txt").write_text("He said \"the the talks resumed.\n", encoding="utf-8")
    result = cli("", "--format", "json", cwd=str(tmp_path))
    assert result.returncode == 2
    files = json.loads(result.stdout)["files"]
    assert [(f["path"], f["error"], f["findings"]) for f in files] == [("", "empty path", [])]


def test_folders_are_searched_for_html_articles_too(tmp_path):
    (tmp_path / "story.html").write_text("<html lang='en'><body><p>He said the the talks resumed.</p></body></html>", encoding="utf-8")
    (tmp_path / "style.css").write_text("p { color: red }", encoding="utf-8")
    result = cli(str(tmp_path), "--format", "json")
    files = json.loads(result.stdout)["files"]
    assert [Path(f["path"]).name for f in files] == ["story.html"]
    assert [f["rule"] for f in files[0]["findings"]] == ["repeated-word"]


def test_stray_bytes_in_ascii_text_are_an_error_naming_the_first_invalid_byte_not_a_guess(tmp_path):
    with pytest.raises(InputError) as caught:
        decode(b"Hello \xff\xfe\xfa world")
    assert str(caught.value) == (
        "not UTF-8: invalid byte 0xFF at offset 6 "
        "(nor UTF-16 with a BOM, nor Windows-1256 Arabic or Windows-1252 text recognised with confidence)"
    )
    (tmp_path / "a.txt").write_bytes(b"Hello \xff\xfe\xfa world\n")
    result = cli("a.txt", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode() == (
        "a.txt: error: not UTF-8: invalid byte 0xFF at offset 6 "
        "(nor UTF-16 with a BOM, nor Windows-1256 Arabic or Windows-1252 text recognised with confidence)\n"
    )


def test_legacy_encodings_are_taken_only_when_the_text_reads_as_their_language():
    assert decode("The café’s naïve owner – “Müller” – said so.".encode("cp1252")) == ("The café’s naïve owner – “Müller” – said so.", "cp1252")
    russian = "Президент заявил, что переговоры в Москве продолжатся на следующей неделе. " * 3
    with pytest.raises(InputError, match="invalid byte 0x"):
        decode(russian.encode("cp1251"))  # neither Arabic nor Latin when decoded: an error, never Cyrillic-as-Arabic
    with pytest.raises(InputError, match="offset 6"):
        decode("Hello úÿþ world".encode("cp1252"))  # accented letters with no plain letter beside them: a guess, refused
    with pytest.raises(InputError, match=r"^invalid UTF-8 at byte offset 7$"):
        decode(codecs.BOM_UTF8 + b"abcd\xff")  # a UTF-8 BOM promises UTF-8: the offset counts the BOM


def test_a_file_over_the_size_limit_is_an_error_for_that_file_only(tmp_path):
    (tmp_path / "big.txt").write_text("The talks resumed on Monday.\n" * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text("He said the the talks resumed.\n", encoding="utf-8")
    result = cli("big.txt", "small.txt", "--max-file-size", "1KB", "--format", "text", cwd=str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.decode() == "big.txt: error: file too large: 2,900 bytes, over the limit of 1,000 bytes (--max-file-size, or max-file-size in factlint.toml)\n"
    assert "small.txt:1:" in result.stdout.decode()
    (tmp_path / "factlint.toml").write_text('max-file-size = "2KB"\n')
    result = cli("big.txt", cwd=str(tmp_path))
    assert (result.returncode, result.stderr.decode()) == (2, "big.txt: error: file too large: 2,900 bytes, over the limit of 2,000 bytes (--max-file-size, or max-file-size in factlint.toml)\n")
    assert cli("big.txt", "--max-file-size", "1MB", cwd=str(tmp_path)).returncode == 0


def test_the_default_size_limit_is_25_mb(tmp_path):
    from checker.config import Config
    from checker.sources import read_source

    big = tmp_path / "big.txt"
    with open(big, "wb") as fh:
        fh.truncate(25_000_001)  # sparse: nothing is written, the size alone is over
    assert read_source(str(big), Config().max_file_size).error == "file too large: 25.0 MB, over the limit of 25 MB (--max-file-size, or max-file-size in factlint.toml)"
    result = cli("big.txt", cwd=str(tmp_path))
    assert (result.returncode, result.stderr.decode()) == (2, "big.txt: error: file too large: 25.0 MB, over the limit of 25 MB (--max-file-size, or max-file-size in factlint.toml)\n")


def test_a_bad_size_option_is_a_usage_error():
    result = cli("-", "--max-file-size", "huge", stdin=b"Text.\n")
    assert (result.returncode, result.stderr.decode()) == (2, "factlint: error: --max-file-size 'huge' is not a size (a number of bytes, or 25MB, 512KB)\n")


def test_invalid_front_matter_is_an_error_for_that_file_only(tmp_path):
    broken = tmp_path / "broken.md"
    broken.write_text("---\ntitle: [unclosed\n---\nThe minister arrived on Sunday.\n", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text("The minister arrived in Baghdad on Sunday.\n", encoding="utf-8")
    result = cli(str(broken), str(good), "--format", "text")
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert f"{broken}: error: invalid front matter: while parsing a flow sequence\n" in stderr
    assert "internal error" not in stderr and "Traceback" not in stderr
