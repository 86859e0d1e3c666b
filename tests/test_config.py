"""Configuration: discovery, precedence, per-rule settings, per-file ignores, clear errors."""
from __future__ import annotations

import json

from clitools import cli

ARTICLE = "The talks resumed on Monday. . The minister said the the plan was ready.\n"


def _rules(result) -> list[str]:
    return [f["rule"] for f in json.loads(result.stdout)["files"][0]["findings"]]


def test_nearest_config_wins_and_the_command_line_overrides_it(tmp_path):
    (tmp_path / "factlint.toml").write_text('ignore = ["repeated-word"]\n')
    inner = tmp_path / "desk"
    inner.mkdir()
    (inner / "pyproject.toml").write_text('[tool.factlint]\nignore = ["punctuation-repeat"]\n')
    outer_article = tmp_path / "a.txt"
    inner_article = inner / "b.txt"
    outer_article.write_text(ARTICLE)
    inner_article.write_text(ARTICLE)
    assert "repeated-word" not in _rules(cli(str(outer_article), "--format", "json"))
    inner_rules = _rules(cli(str(inner_article), "--format", "json"))
    assert "punctuation-repeat" not in inner_rules and "repeated-word" in inner_rules
    overridden = _rules(cli(str(outer_article), "--format", "json", "--ignore", "quote-balance"))
    assert "repeated-word" in overridden


def test_per_rule_severity_and_per_file_ignores(tmp_path):
    (tmp_path / ".factlint.toml").write_text(
        '[rules.punctuation-repeat]\nseverity = "info"\n\n[per-file-ignores]\n"archive/*" = ["repeated-word"]\n'
    )
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "old.txt").write_text(ARTICLE)
    (tmp_path / "new.txt").write_text(ARTICLE)
    report = json.loads(cli(str(tmp_path), "--format", "json").stdout)
    by_path = {f["path"].rsplit("/", 2)[-2] + "/" + f["path"].rsplit("/", 1)[-1]: f["findings"] for f in report["files"]}
    old = next(v for k, v in by_path.items() if k.endswith("old.txt"))
    new = next(v for k, v in by_path.items() if k.endswith("new.txt"))
    assert "repeated-word" not in [f["rule"] for f in old]
    assert "repeated-word" in [f["rule"] for f in new]
    assert {f["severity"] for f in new if f["rule"] == "punctuation-repeat"} == {"info"}


def test_an_invalid_config_is_one_clear_error_naming_file_and_key(tmp_path):
    (tmp_path / "factlint.toml").write_text('fail-on = "sometimes"\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli(str(tmp_path / "a.txt"))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert "factlint.toml" in stderr and "fail-on" in stderr and "Traceback" not in stderr
    (tmp_path / "factlint.toml").write_text('colour = "red"\n')
    stderr = cli(str(tmp_path / "a.txt")).stderr.decode()
    assert "'colour'" in stderr and "unknown key" in stderr


def test_explicit_config_file_and_fail_on_from_config(tmp_path):
    config = tmp_path / "house.toml"
    config.write_text('fail-on = "error"\nselect = ["punctuation-repeat"]\n')
    (tmp_path / "a.txt").write_text(ARTICLE)
    result = cli(str(tmp_path / "a.txt"), "--config", str(config), "--format", "json")
    assert _rules(result) == ["punctuation-repeat"]
    assert result.returncode == 0


def test_the_fast_path_and_pydantic_read_a_valid_file_alike():
    """A plainly valid file skips pydantic (start-up); both readings must agree."""
    import datetime

    from checker import config as cfg

    data = {
        "select": ["date-"], "ignore": ["digit-script"], "fail-on": "error", "lang": "ar",
        "date": datetime.date(2023, 11, 5), "exclude": ["drafts/*"], "facts": ["facts.toml"],
        "rules": {"punctuation-script": {"severity": "info"}}, "per-file-ignores": {"old/*": ["date-"]},
        "spelling": {"families": [["ceasefire", "cease-fire"]]},
    }
    fast = cfg.parse_config(data, "factlint.toml")
    model = cfg._model().model_validate(data)
    assert fast.fail_on == model.fail_on and fast.date == model.date and fast.select == tuple(model.select)
    assert fast.rules == {k: v.model_dump(exclude_none=True) for k, v in model.rules.items()}
    assert fast.spelling == model.spelling.model_dump()
    assert fast.per_file_ignores == {"old/*": ("date-",)}
