"""junit: JUnit XML (Jenkins, GitLab, Azure and most CI dashboards read it).

One <testsuite> per checked file (name = the path); one <testcase> per finding, named
`rule at line:column`, classname = the path, holding a <failure> whose type is the rule id and
whose message is the finding's message; a clean file is one passing <testcase>; a file that
could not be checked is one <testcase> with an <error>. The failures follow --fail-on, as the
exit code does: a finding below it (info, by default) is a passing <testcase> that carries
the finding in its <system-out>, so a dashboard never shows red for a run that exited 0.
Only elements and attributes of the strictest common schema (Jenkins xunit's junit-10.xsd)
are written.
"""
from __future__ import annotations

from typing import TextIO
from xml.etree import ElementTree as ET

from checker.engine import FileResult
from checker.findings import Severity
from checker.report.bidi import isolate


class Reporter:
    def __init__(self, out: TextIO, *, fail_on: str = "warning", **options) -> None:
        self.out = out
        self.fail_rank = None if fail_on == "never" else Severity(fail_on).rank
        self.root = ET.Element("testsuites", name="factlint")

    def file(self, result: FileResult) -> None:
        suite = ET.SubElement(self.root, "testsuite", name=result.path)
        cases = 0
        failures = 0
        errors = 0
        if result.error:
            case = ET.SubElement(suite, "testcase", name="factlint", classname=result.path)
            error = ET.SubElement(case, "error", message=result.error, type="input-error")
            error.text = f"{result.path}: {result.error}"
            cases += 1
            errors += 1
        for f in result.findings:
            case = ET.SubElement(suite, "testcase", name=f"{f.rule} at {f.line}:{f.column}", classname=result.path)
            message = isolate(f.message, f.text)  # dashboards lay it out: quoted text bidi-isolated
            detail = f"{result.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {message}\nflagged: {f.text}"
            cases += 1
            if self.fail_rank is not None and f.severity.rank >= self.fail_rank:
                failure = ET.SubElement(case, "failure", message=message, type=f.rule)
                failure.text = detail
                failures += 1
            else:  # below --fail-on: reported, not failed
                ET.SubElement(case, "system-out").text = detail
        if not cases:
            ET.SubElement(suite, "testcase", name="factlint", classname=result.path)
            cases = 1
        suite.set("tests", str(cases))
        suite.set("failures", str(failures))
        suite.set("errors", str(errors))
        suite.set("skipped", "0")

    def finish(self, summary: dict) -> None:
        suites = list(self.root)
        for key in ("tests", "failures", "errors"):
            self.root.set(key, str(sum(int(s.get(key, 0)) for s in suites)))
        ET.indent(self.root)
        self.out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
        self.out.write(ET.tostring(self.root, encoding="unicode") + "\n")
