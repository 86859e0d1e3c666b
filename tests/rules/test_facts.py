"""facts-register: an article held against the newsroom's facts register (events and their
dates, people and their roles, house spellings); the register file itself (errors, schema)."""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from checker.config import Config
from checker.engine import Engine
from checker.facts import FactsError, json_schema, load_register, parse_register

ROOT = Path(__file__).resolve().parents[2]

REGISTER = """
[[event]]
name = "Storm Zara landfall"
aliases = ["Storm Zara", "العاصفة زارا"]
date = "2022-03-14"

[[event]]
name = "Harbour summit"
aliases = ["harbour summit", "قمة الميناء"]
start = "2021-06-02"
end = "2021-06-04"

[[person]]
name = "Nadia Karam"
aliases = ["Karam", "نادية كرم"]
roles = [
  { title = "Minister of Finance", aliases = ["Finance Minister", "وزيرة المالية", "وزير المالية"], since = "2020-01-10", until = "2023-05-31" },
  { title = "Governor of the Central Bank", aliases = ["Central Bank Governor", "محافظ البنك المركزي"], since = "2023-06-01" },
]

[[spelling]]
preferred = "Qatar"
avoid = ["Katar"]
"""


@pytest.fixture
def register(tmp_path):
    path = tmp_path / "facts.toml"
    path.write_text(REGISTER, encoding="utf-8")
    return str(path)


def findings(text, register, lang, published):
    engine = Engine(Config(select=("facts-register",), facts=(register,)), discover=False)
    return engine.check_text(text, lang=lang, published=date.fromisoformat(published))


# -- events -------------------------------------------------------------------------------------


def test_an_event_given_another_date_is_flagged_with_the_registers_date(register):
    (f,) = findings("Storm Zara made landfall on 18 March, flooding the coast.", register, "en", "2022-04-01")
    assert (f.rule, f.text) == ("facts-register", "18 March")
    assert "14 March 2022" in f.message and "facts.toml" in f.message and "Storm Zara" in f.message
    assert [r.text for r in f.related] == ["Storm Zara"]


def test_arabic_event_alias_with_a_clitic_and_a_yearless_date(register):
    (f,) = findings("وتسببت العاصفة زارا في 18 مارس بأضرار واسعة.", register, "ar", "2022-04-01")
    assert f.text == "18 مارس"
    assert "14 March 2022" in f.message


def test_the_registers_date_or_a_day_inside_a_span_is_quiet(register):
    assert findings("Storm Zara made landfall on 14 March, flooding the coast.", register, "en", "2022-04-01") == []
    assert findings("The harbour summit on 3 June ended with a joint statement.", register, "en", "2021-06-10") == []
    (f,) = findings("The harbour summit on 9 June ended with a joint statement.", register, "en", "2021-06-10")
    assert "2 June 2021 to 4 June 2021" in f.message


@pytest.mark.parametrize(
    "text",
    [
        "A year after Storm Zara, on 18 March, the town reopened its port.",
        "Repairs since Storm Zara and the floods of 2 April are not finished.",
        "Storm Zara hit on 14 March; the report was published on 30 March.",
        "بعد عام على العاصفة زارا، في 18 مارس، أعادت البلدة فتح الميناء.",
    ],
)
def test_dates_not_attached_to_the_event_are_left_alone(text, register):
    assert findings(text, register, "ar" if "ال" in text else "en", "2023-03-20") == []


# -- people -------------------------------------------------------------------------------------


def test_a_role_the_person_does_not_hold_is_flagged(register):
    (f,) = findings("Deputy Governor Nadia Karam said rates would stay on hold.", register, "en", "2024-02-01")
    assert f.text == "Deputy Governor"
    assert "Governor of the Central Bank" in f.message
    (f,) = findings("وقال وزير الخارجية نادية كرم إن المحادثات مستمرة.", register, "ar", "2021-02-01")
    assert f.text == "وزير الخارجية"


def test_a_role_held_before_the_articles_date_is_flagged_with_its_period(register):
    (f,) = findings("Finance Minister Nadia Karam presented the budget.", register, "en", "2024-02-01")
    assert "from 10 January 2020 to 31 May 2023" in f.message


def test_roles_held_at_the_articles_date_and_former_roles_are_quiet(register):
    assert findings("Finance Minister Nadia Karam presented the budget.", register, "en", "2022-02-01") == []
    assert findings("Central Bank Governor Nadia Karam spoke on Monday.", register, "en", "2024-02-01") == []
    assert findings("Former Finance Minister Nadia Karam spoke on Monday.", register, "en", "2024-02-01") == []
    assert findings("وقال محافظ البنك المركزي نادية كرم إن التضخم تراجع.", register, "ar", "2024-02-01") == []


def test_a_title_in_apposition_after_the_name_is_checked_too(register):
    (f,) = findings("Nadia Karam, the finance minister, said rates would stay on hold.", register, "en", "2024-02-01")
    assert f.text == "finance minister"
    (f,) = findings("Rates stay on hold, the country's finance minister, Nadia Karam, said.", register, "en", "2024-02-01")
    assert f.text == "finance minister"
    (f,) = findings("وأكدت نادية كرم نائبة محافظ البنك المركزي أن التضخم تراجع.", register, "ar", "2024-02-01")
    assert f.text == "نائبة محافظ البنك المركزي"


@pytest.mark.parametrize(
    "text,lang",
    [
        ("Foreign Minister Karam Haddad arrived in the capital.", "en"),  # another person: the name goes on
        ("Nadia Karam, who left the finance ministry last year, spoke on Monday.", "en"),
        ("واستقبلت نادية كرم وزير الخارجية الفرنسي أمس.", "ar"),  # the minister is the one received
        ("He met the finance minister, Nadia Karam and two envoys.", "en"),  # maybe a list
        ("In 2019, Foreign Minister Nadia Karam said talks had failed.", "en"),  # an earlier year: a role the register may not list
    ],
)
def test_titles_that_are_not_the_persons_are_left_alone(text, lang, register):
    assert findings(text, register, lang, "2024-02-01") == []


def test_a_date_right_before_the_event_name_and_an_arabic_ordinal_date(register):
    (f,) = findings("Since the 18 March Storm Zara landfall, the port has been shut.", register, "en", "2022-04-01")
    assert f.text == "18 March"
    (f,) = findings("ضربت العاصفة زارا الساحل في الثامن عشر من مارس.", register, "ar", "2022-04-01")
    assert f.text == "الثامن عشر من مارس"


# -- spellings ------------------------------------------------------------------------------------


def test_an_avoided_spelling_is_flagged_with_the_preferred_form(register):
    (f,) = findings("Talks in Katar resumed.", register, "en", "2024-02-01")
    assert (f.text, f.suggestion) == ("Katar", "Qatar")


# -- the register file ----------------------------------------------------------------------------


def test_a_malformed_register_names_the_file_the_line_and_the_key(tmp_path):
    bad = tmp_path / "facts.toml"
    bad.write_text('[[event]]\nname = "A"\ndate = "2023-10-07"\n\n[[event]]\nname = "B"\ndate = "7 October"\n', encoding="utf-8")
    with pytest.raises(FactsError) as err:
        load_register([str(bad)])
    assert f"{bad}:7:" in str(err.value) and "event[1].date" in str(err.value)
    with pytest.raises(FactsError, match="unknown key"):
        parse_register('[[person]]\nname = "X"\nrole = "Y"\n', "r.toml")
    with pytest.raises(FactsError, match="invalid TOML"):
        parse_register("[[event]\n", "r.toml")


def test_the_cli_exits_2_on_a_malformed_register(tmp_path):
    bad = tmp_path / "facts.toml"
    bad.write_text('[[event]]\nname = "A"\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Nothing here.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "checker", str(article), "--facts", str(bad)], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2
    assert f"{bad}:1:" in run.stderr and "an event needs 'date'" in run.stderr


def test_the_published_schema_is_current():
    published = json.loads((ROOT / "schemas" / "facts.schema.json").read_text(encoding="utf-8"))
    assert published == json_schema(), "regenerate schemas/facts.schema.json from checker.facts.json_schema()"


def test_the_sample_register_validates_against_its_schema():
    import jsonschema
    import tomllib

    data = tomllib.loads((ROOT / "samples" / "facts.toml").read_text(encoding="utf-8"))
    jsonschema.validate(data, json_schema())


def test_the_seed_sample_flags_the_attack_dated_15_may():
    seed = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
    if not seed.exists():
        pytest.skip("the seed sample is not in this checkout")
    run = subprocess.run([sys.executable, "-m", "checker", str(seed.relative_to(ROOT)), "--select", "facts-register", "--format", "json"], capture_output=True, text=True, cwd=ROOT)
    found = [f for file in json.loads(run.stdout)["files"] for f in file["findings"]]
    assert [(f["rule"], f["text"]) for f in found] == [("facts-register", "15 مايو")]
    assert "7 October 2023" in found[0]["message"]


def test_a_malformed_register_named_in_factlint_toml_is_one_clear_error(tmp_path):
    (tmp_path / "factlint.toml").write_text('facts = ["facts.toml"]\n', encoding="utf-8")
    (tmp_path / "facts.toml").write_text('[[person]]\nname = "X"\nroles = [{ title = "Y", since = "2020-02-30" }]\n', encoding="utf-8")
    (tmp_path / "a.txt").write_text("Nothing here.\n", encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "checker", "a.txt"], capture_output=True, text=True, cwd=tmp_path)
    assert run.returncode == 2
    assert "facts.toml:3: invalid facts register: key 'person[0].roles[0].since'" in run.stderr


@pytest.mark.parametrize(
    "source",
    [
        REGISTER,
        '[[event]]\nname = "A"\ndate = 2023-10-07\n',  # a TOML date, not a string
        '[[event]]\nname = "A"\ndate = "2023-10"\n',
        '[[event]]\nname = "A"\nstart = "2023-10-07"\nend = "2023-10-09"\n',
        '[[event]]\nname = "A"\ndate = "2023-10-07"\nstart = "2023-10-07"\nend = "2023-10-09"\n',
        '[[event]]\nname = ""\ndate = "2023-10-07"\n',
        '[[event]]\nname = "A"\naliases = "B"\ndate = "2023-10-07"\n',
        '[[person]]\nname = "X"\nroles = [{ title = "Y", since = "2020-02-30" }]\n',
        '[[person]]\nname = "X"\nroles = [{ name = "Y" }]\n',
        '[[spelling]]\npreferred = "Qatar"\navoid = []\n',
        '[[spelling]]\npreferred = "Qatar"\navoid = ["Katar"]\n',
        'event = "x"\n',
    ],
)
def test_the_fast_reader_accepts_exactly_what_the_models_accept(source):
    """A valid register is read without pydantic; the plain checks must agree with the models."""
    import tomllib

    from checker.facts import _plain, models

    data = tomllib.loads(source)
    try:
        models().model_validate(data)
        valid = True
    except Exception:
        valid = False
    assert (_plain(data) is not None) == valid
