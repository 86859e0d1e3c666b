"""junit: JUnit XML as Jenkins, GitLab and other CI dashboards read it.

The structure is checked against the strictest common definition of the format, the JUnit
schema of Jenkins' xunit plugin (junit-10.xsd): which elements may appear where, which
attributes each may carry, and which are required."""
from __future__ import annotations

from pathlib import Path
from xml.etree import ElementTree as ET

from checker.engine import FileResult
from checker.report import junit
from clitools import cli
from reporting import finding, report

ROOT = Path(__file__).resolve().parent.parent

# element: (allowed children, allowed attributes, required attributes) -- after junit-10.xsd
FORMAT = {
    "testsuites": ({"testsuite"}, {"name", "time", "tests", "failures", "errors"}, set()),
    "testsuite": (
        {"testsuite", "properties", "testcase", "system-out", "system-err"},
        {"name", "tests", "failures", "errors", "group", "time", "skipped", "timestamp", "hostname", "id", "package", "file", "log", "url"},
        {"name", "tests", "failures", "errors"},
    ),
    "testcase": ({"skipped", "error", "failure", "system-out", "system-err"}, {"name", "time", "classname", "group"}, {"name"}),
    "failure": (set(), {"type", "message"}, set()),
    "error": (set(), {"type", "message"}, set()),
    "system-out": (set(), set(), set()),
}


def conforms(element: ET.Element) -> None:
    children, allowed, required = FORMAT[element.tag]
    assert set(element.attrib) <= allowed, (element.tag, set(element.attrib) - allowed)
    assert required <= set(element.attrib), (element.tag, required - set(element.attrib))
    for child in element:
        assert child.tag in children, (element.tag, child.tag)
        conforms(child)


def test_the_samples_report_conforms_to_the_junit_format_and_its_counts_add_up():
    result = cli("samples", "no/such/file.txt", "--format", "junit", cwd=str(ROOT))
    assert result.returncode == 2  # a missing file is an error; the report is still whole
    root = ET.fromstring(result.stdout)
    assert root.tag == "testsuites"
    conforms(root)
    suites = root.findall("testsuite")
    for suite in suites:
        cases = suite.findall("testcase")
        assert int(suite.get("tests")) == len(cases)
        assert int(suite.get("failures")) == sum(len(c.findall("failure")) for c in cases)
        assert int(suite.get("errors")) == sum(len(c.findall("error")) for c in cases)
    assert int(root.get("failures")) == sum(int(s.get("failures")) for s in suites) > 0
    missing = next(s for s in suites if s.get("name") == "no/such/file.txt")
    assert missing.find("testcase/error").get("message") == "no such file or folder"
    clean = next(s for s in suites if s.get("name").endswith("wire-clean.en.txt"))
    assert [c.get("name") for c in clean.findall("testcase")] == ["factlint"] and clean.get("failures") == "0"


def test_a_finding_is_a_failing_testcase_named_by_rule_and_position():
    text = 'قال الوزير «إن المحادثات مستمرة.\n'
    xml = report(junit, [FileResult("maqal.txt", "ar", [finding(text, "«", message='« opens a quotation that is never closed & "so on"')])])
    case = ET.fromstring(xml).find("testsuite/testcase")
    assert case.get("name") == "quote-balance at 1:12" and case.get("classname") == "maqal.txt"
    failure = case.find("failure")
    assert failure.get("type") == "quote-balance"
    assert failure.get("message") == '« opens a quotation that is never closed & "\u2068so on\u2069"'  # quoted text bidi-isolated
    assert failure.text.endswith("flagged: «")


def test_findings_below_fail_on_are_passing_testcases_so_an_exit_0_run_shows_no_failure(tmp_path):
    (tmp_path / "a.txt").write_text("The ferry carried 1,200 cars in 2021 and ٦٣٥ in the spring of 2022.\n", encoding="utf-8")
    result = cli("a.txt", "--format", "junit", "--select", "digit-script", cwd=str(tmp_path))
    root = ET.fromstring(result.stdout)
    conforms(root)
    assert result.returncode == 0 and root.get("failures") == "0"
    case = root.find("testsuite/testcase")
    assert case.get("name").startswith("digit-script at 1:") and case.find("failure") is None
    assert " info digit-script " in case.find("system-out").text
    strict = ET.fromstring(cli("a.txt", "--format", "junit", "--select", "digit-script", "--fail-on", "info", cwd=str(tmp_path)).stdout)
    assert strict.get("failures") == "1" and strict.find("testsuite/testcase/failure").get("type") == "digit-script"
