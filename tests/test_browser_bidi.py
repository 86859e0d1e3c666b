"""The HTML report's messages in a real browser (headless Chromium through Playwright, as in
tests/test_browser.py): Arabic quoted inside an English message is laid out in logical order.

Measured, not assumed: in each message, every quoted span (a <bdi>) and every digit outside
them must stand left to right in the order they are written. The same message with the <bdi>
turned into plain <span>s (no isolation: the report before isolates) is measured too, and must
come out scrambled, so the test shows the isolation is what puts things right."""
from __future__ import annotations

from pathlib import Path

import pytest

from browsertools import headless_chromium  # skips this module without Chromium
from clitools import cli

ROOT = Path(__file__).resolve().parent.parent
SEED = "samples/000_8fcd20fe111c0f9f.ar.txt"
ARTIFACTS = ROOT / "test-artifacts"


# the quoted spans (<bdi>, or <span class=plain> in the control) and the digits outside them, in
# logical order, each with its box: [kind, text, left, right, top]
MEASURE = """([rule, control]) => {
  const li = [...document.querySelectorAll("ol.findings li")].find(li => li.querySelector("code").textContent === rule);
  if (!li) { return null; }
  const span = li.querySelector(".message");
  if (control) {
    span.querySelectorAll("bdi").forEach(b => { const s = document.createElement("span"); s.className = "plain"; s.textContent = b.textContent; b.replaceWith(s); });
  }
  const atoms = [];
  const box = (kind, text, r) => atoms.push([kind, text, r.left, r.right, r.top]);
  const walk = node => {
    for (const child of node.childNodes) {
      if (child.nodeType === 1 && (child.tagName === "BDI" || child.classList.contains("plain"))) {
        box("quote", child.textContent, child.getBoundingClientRect());
      } else if (child.nodeType === 3) {
        for (let i = 0; i < child.data.length; i++) {
          if (/[0-9]/.test(child.data[i])) {
            const range = document.createRange();
            range.setStart(child, i); range.setEnd(child, i + 1);
            box("digit", child.data[i], range.getBoundingClientRect());
          }
        }
      } else if (child.nodeType === 1) { walk(child); }
    }
  };
  walk(span);
  return {atoms, message: span.textContent};
}"""


@pytest.fixture(scope="module")
def report_page(tmp_path_factory):
    page = tmp_path_factory.mktemp("bidi") / "report.html"
    result = cli(SEED, "--format", "html", "--output-file", str(page), cwd=str(ROOT))
    assert result.returncode == 1, result.stderr
    return page


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as browser:
        yield browser


def measure(browser, page_file: Path, rule: str, control: bool = False) -> dict:
    page = browser.new_page(viewport={"width": 4000, "height": 900})
    page.goto(page_file.as_uri())
    page.add_style_tag(content="ol.findings li { white-space: nowrap; }")  # each message on one line
    found = page.evaluate(MEASURE, [rule, control])
    if not control:
        ARTIFACTS.mkdir(exist_ok=True)
        page.locator("ol.findings").screenshot(path=str(ARTIFACTS / "html-report-bidi.png"))
    page.close()
    assert found is not None, f"the seed has no {rule} finding"
    return found


def in_logical_order(atoms: list) -> bool:
    lefts = [left for _, _, left, _, _ in atoms]
    return len({round(top) for *_, top in atoms}) == 1 and lefts == sorted(lefts) and all(a[3] <= b[2] + 0.5 for a, b in zip(atoms, atoms[1:]))


@pytest.mark.parametrize("rule", ["spelling-variant", "date-weekday"])
def test_quoted_arabic_and_the_numbers_around_it_render_in_logical_order(browser, report_page, rule):
    found = measure(browser, report_page, rule)
    atoms = found["atoms"]
    assert any(kind == "quote" for kind, *_ in atoms) and any(kind == "digit" for kind, *_ in atoms), found
    assert in_logical_order(atoms), (found["message"], atoms)
    # without isolation the same message is scrambled: the test measures what it claims to
    assert not in_logical_order(measure(browser, report_page, rule, control=True)["atoms"])


def test_the_14_of_14_november_stands_after_the_arabic_date_it_follows(browser, report_page):
    atoms = measure(browser, report_page, "date-weekday")["atoms"]
    date = next(a for a in atoms if a[0] == "quote" and "14" in a[1])
    after = [a for a in atoms if a[0] == "digit" and a[2] >= date[3]]
    assert [a[1] for a in after[:2]] == ["1", "4"]  # "14 November" begins right of the date box
    control = measure(browser, report_page, "date-weekday", control=True)["atoms"]
    plain = next(a for a in control if a[0] == "quote" and "14" in a[1])
    first_digits = [a for a in control if a[0] == "digit"][:2]
    assert any(d[2] < plain[3] for d in first_digits)  # unisolated, the 14 jumps into the date
