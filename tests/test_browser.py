"""The HTML report in a real browser: headless Chromium (Debian's package) driven by Playwright.

The page loads with no console error, each finding's highlight holds exactly the flagged text,
Arabic paragraphs are laid out right to left, the filters and the list of findings work, and a
screenshot is written to test-artifacts/. Skipped when Chromium or Playwright is absent (.ci/run
installs both)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from browsertools import headless_chromium  # skips this module without Chromium
from clitools import cli

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "test-artifacts"



@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    page = tmp_path_factory.mktemp("html") / "report.html"
    result = cli("samples", "--format", "html", "--output-file", str(page), cwd=str(ROOT))
    assert result.returncode == 1, result.stderr
    return page


@pytest.fixture(scope="module")
def browser():
    with headless_chromium() as browser:
        yield browser


def test_the_report_loads_cleanly_and_every_highlight_holds_its_flagged_text(browser, page_file):
    page = browser.new_page(viewport={"width": 1200, "height": 900})
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text) if message.type in ("error", "warning") else None)
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("request", lambda request: problems.append(f"network: {request.url}") if not request.url.startswith(("file:", "data:", "about:")) else None)
    page.goto(page_file.as_uri())
    page.wait_for_load_state("load")
    data = json.loads(page.text_content("#factlint-data"))
    assert data, "the samples have findings"
    shown = page.evaluate(
        """() => {
        const text = {};
        document.querySelectorAll("mark[data-f]").forEach(m => m.dataset.f.split(" ").forEach(id => { text[id] = (text[id] || "") + m.textContent; }));
        return text;
    }"""
    )
    for fid, finding in data.items():
        assert shown.get(fid) == finding["text"].replace("\r\n", "\n").replace("\r", "\n"), (fid, finding)
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "html-report.png"), full_page=False)
    assert (ARTIFACTS / "html-report.png").stat().st_size > 1000
    assert problems == []
    page.close()


def test_arabic_is_laid_out_right_to_left_and_english_left_to_right(browser, page_file):
    page = browser.new_page()
    page.goto(page_file.as_uri())
    directions = page.evaluate(
        """() => [...document.querySelectorAll(".article p")].filter(p => p.textContent.trim()).map(p => [getComputedStyle(p).direction, /[\\u0600-\\u06FF]/.test(p.textContent.trim()[0] || "")])"""
    )
    assert any(rtl for _, rtl in directions) and any(not rtl for _, rtl in directions)
    for direction, arabic_first in directions:
        if arabic_first:
            assert direction == "rtl"
    page.close()


def test_the_filters_hide_findings_and_the_list_jumps_to_each(browser, page_file):
    page = browser.new_page()
    page.goto(page_file.as_uri())
    total = page.locator("ol.findings li").count()
    errors = page.locator("ol.findings li:has(.sev.error)").count()
    assert 0 < errors < total
    page.uncheck("input[name=severity][value=error]")
    assert page.locator("ol.findings li.hidden").count() == errors
    assert page.text_content("#shown") == str(total - errors)
    page.check("input[name=severity][value=error]")
    page.select_option("select[name=rule]", "quote-balance")
    visible = page.locator("ol.findings li:not(.hidden)")
    assert visible.count() >= 1 and all("quote-balance" in t for t in visible.all_text_contents())
    page.select_option("select[name=rule]", "")
    first = page.locator("ol.findings li a").first
    target = first.get_attribute("href")
    first.click()
    assert page.evaluate("location.hash") == target
    assert page.locator("mark.current").count() >= 1
    page.close()
