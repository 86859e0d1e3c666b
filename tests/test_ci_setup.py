"""The set-ups the README and docs/ci.md give to copy: they are run or checked here as written.

- the GitLab job: its YAML parsed, its install line a valid pin of this project, its factlint
  commands run on a folder of articles, the reports it uploads written and well formed;
- every factlint command of docs/ci.md runs (options that exist, exit 0 or 1, never 2);
- the GitHub workflow uses the action with inputs the action has, and the action installs
  factlint from its own checkout;
- the pre-commit snippet is a valid pre-commit configuration for this repository's hook;
- the README installs in a virtual environment, names versions by commit (no package index),
  and `pip install .` (a wheel, not editable) brings a working `check` with python-docx.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CI_DOC = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
README = (ROOT / "README.md").read_text(encoding="utf-8")
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
REPOSITORY = "https://github.com/factlint/factlint"


def yaml_blocks(text: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", text, re.S)


def block_named(first_line: str) -> dict:
    (block,) = [b for b in yaml_blocks(CI_DOC) if b.splitlines()[0].strip() == first_line]
    return yaml.safe_load(block)


@pytest.fixture()
def articles(tmp_path):
    """A newsroom repository: articles/ with a faulty and a clean sample and their config."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for name in ("000_8fcd20fe111c0f9f.ar.txt", "clean-rabat.ar.txt", "factlint.toml", "facts.toml"):
        shutil.copy(ROOT / "samples" / name, folder / name)
    return tmp_path


def run_factlint(command: str, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    """A `factlint ...` line of the documentation, run by this checkout's factlint."""
    words = shlex.split(command)
    assert words[0] in ("factlint", "check"), command
    environment = {**os.environ, "NO_COLOR": "1", **(env or {})}
    environment.pop("GITHUB_STEP_SUMMARY", None)
    return subprocess.run([sys.executable, "-m", "checker", *words[1:]], cwd=cwd, capture_output=True, text=True, env=environment, timeout=300)


def check_pin(requirement: str, ref: str | None = None) -> None:
    """`factlint @ git+https://github.com/factlint/factlint@REF`: this project, by commit or branch."""
    from packaging.requirements import Requirement

    parsed = Requirement(requirement)
    assert parsed.name == PROJECT["name"]
    assert parsed.url and parsed.url.startswith(f"git+{REPOSITORY}@"), parsed.url
    at = parsed.url.rsplit("@", 1)[1]
    assert at == ref if ref else re.fullmatch(r"main|COMMIT|[0-9a-f]{40}", at), at


def test_the_gitlab_job_installs_a_pinned_factlint_and_its_commands_write_the_reports_it_uploads(articles):
    job = block_named("# .gitlab-ci.yml")["factlint"]
    version = re.fullmatch(r"python:3\.(\d+)", job["image"])
    assert version and int(version.group(1)) >= int(PROJECT["requires-python"].split(".")[-1])
    variables = job.get("variables", {})
    install, *commands = job["script"]
    expanded = re.sub(r"\$\{(\w+)\}", lambda m: str(variables[m.group(1)]), install)
    words = shlex.split(expanded)
    assert words[:2] == ["pip", "install"] and len(words) == 3
    check_pin(words[2], ref=str(variables["FACTLINT_VERSION"]))
    codes = []
    for command in commands:
        result = run_factlint(command, articles)
        assert result.returncode in (0, 1), (command, result.stderr)
        codes.append((command, result.returncode))
    # the code-quality run never fails the job; the junit run does, on the faulty sample
    assert [code for command, code in codes if "--exit-zero" in command] == [0]
    assert [code for command, code in codes if "--exit-zero" not in command] == [1]
    assert job["artifacts"]["when"] == "always"
    reports = job["artifacts"]["reports"]
    quality = json.loads((articles / reports["codequality"]).read_text(encoding="utf-8"))
    assert quality and all({"description", "check_name", "fingerprint", "severity", "location"} <= set(issue) for issue in quality)
    suites = ET.parse(articles / reports["junit"]).getroot()
    assert suites.tag == "testsuites" and suites.iter("failure") is not None and any(True for _ in suites.iter("failure"))


def documented_commands() -> list[str]:
    """Every factlint command line of docs/ci.md: YAML `run:`/`script:` lines and sh blocks."""
    commands: list[str] = []

    def walk(node):
        if isinstance(node, dict):
            for key, value in node.items():
                if key in ("run", "script"):
                    for line in [value] if isinstance(value, str) else value:
                        commands.extend(part.strip() for part in str(line).split("&&") if part.strip().startswith("factlint "))
                else:
                    walk(value)
        elif isinstance(node, list):
            for item in node:
                walk(item)

    for block in yaml_blocks(CI_DOC):
        walk(yaml.safe_load(block))
    for block in re.findall(r"```sh\n(.*?)```", CI_DOC, re.S):
        commands.extend(line.strip() for line in block.splitlines() if line.strip().startswith("factlint "))
    return commands


def test_every_factlint_command_in_the_ci_documentation_runs(articles):
    commands = documented_commands()
    assert len(commands) >= 6, commands
    for command in commands:
        result = run_factlint(command, articles)
        assert result.returncode in (0, 1), (command, result.stderr)
        assert "Usage:" not in result.stderr and "error:" not in result.stderr, (command, result.stderr)


def test_the_github_workflow_uses_the_action_by_ref_with_inputs_it_has_and_the_action_installs_its_own_checkout():
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    workflow = block_named("# .github/workflows/factlint.yml")
    steps = workflow["jobs"]["factlint"]["steps"]
    (step,) = [s for s in steps if s.get("uses", "").startswith("factlint/factlint@")]
    assert re.fullmatch(r"main|[0-9a-f]{40}", step["uses"].split("@", 1)[1])
    assert set(step.get("with", {})) <= set(action["inputs"])
    install = [s for s in action["runs"]["steps"] if "pip install" in s.get("run", "")]
    assert len(install) == 1
    assert install[0]["env"]["ACTION_PATH"] == "${{ github.action_path }}" and '"$ACTION_PATH"' in install[0]["run"]
    # without the action: the same pin form as everywhere
    plain = block_named("# .github/workflows/factlint.yml, without the action")
    (pip_line,) = [s["run"] for s in plain["jobs"]["factlint"]["steps"] if s.get("run", "").startswith("pip install")]
    check_pin(shlex.split(pip_line)[2], ref="main")


def test_the_pre_commit_snippet_is_a_valid_configuration_for_this_repository_hook(tmp_path):
    clientlib = pytest.importorskip("pre_commit.clientlib", reason="pre-commit is not installed (pip install -e '.[test]')")
    (block,) = [b for b in yaml_blocks(CI_DOC) if b.startswith("# .pre-commit-config.yaml")]
    config_file = tmp_path / ".pre-commit-config.yaml"
    config_file.write_text(block, encoding="utf-8")
    config = clientlib.load_config(str(config_file))
    (repo,) = config["repos"]
    assert repo["repo"] == REPOSITORY and re.fullmatch(r"main|[0-9a-f]{40}", repo["rev"])
    hooks = {h["id"]: h for h in clientlib.load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))}
    assert {h["id"] for h in repo["hooks"]} <= set(hooks)
    hook = hooks["factlint"]
    files = re.compile(hook["files"])
    assert all(files.search(n) for n in ("a.md", "b.markdown", "c.txt", "d.html", "e.htm", "story.docx"))
    assert "text" not in hook["types"] + hook["types_or"]  # a Word file is binary to pre-commit: it must not be filtered out


def test_the_readme_installs_in_a_virtual_environment_and_pins_by_commit():
    install = README[README.index("## Install and run") : README.index("## Usage")]
    lines = [line.strip() for block in re.findall(r"```sh\n(.*?)```", install, re.S) for line in block.splitlines()]
    run = next(i for i, line in enumerate(lines) if re.match(r"pip install [^\n]*&& check ", line))
    venv = re.fullmatch(r"python3 -m venv (\S+) && \. (\S+)/bin/activate", lines[run - 1])
    assert venv and venv.group(1) == venv.group(2), lines[run - 1]
    pins = [shlex.split(line.split("#")[0])[2] for line in lines if line.startswith('pip install "factlint @')]
    assert len(pins) == 2
    for pin in pins:
        check_pin(pin)
    assert "pip install factlint" not in README + CI_DOC  # not on a package index
    assert not re.search(r"factlint@v\d|rev: v\d", README + CI_DOC)  # no release tag of factlint exists yet
    assert REPOSITORY in (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")


def test_pip_install_dot_builds_a_wheel_that_runs_check_and_brings_python_docx(tmp_path):
    """What `pip install .` installs (not the editable install of the test run): the wheel's
    metadata, entry points and data, run from a folder of its own."""
    built = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "--disable-pip-version-check", "-w", str(tmp_path / "wheel"), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    if built.returncode != 0 and "network" in (built.stderr + built.stdout).lower():  # pragma: no cover
        pytest.skip("no package index to fetch the build backend from")
    assert built.returncode == 0, built.stderr
    (wheel,) = (tmp_path / "wheel").glob("factlint-*.whl")
    import zipfile

    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        metadata = archive.read(next(n for n in names if n.endswith(".dist-info/METADATA"))).decode()
        entry_points = archive.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
    assert re.search(r"^Requires-Dist: python-docx>=1\.2", metadata, re.M)
    assert re.search(r"^check = checker\.cli:entry$", entry_points, re.M) and re.search(r"^factlint = checker\.cli:entry$", entry_points, re.M)
    assert "checker/docx.py" in names and "checker/report/docx.py" in names and "checker/report/bidi.py" in names
    target = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        archive.extractall(target)
    env = {**os.environ, "PYTHONPATH": str(target), "NO_COLOR": "1", "FACTLINT_NO_CACHE": "1"}
    probe = subprocess.run([sys.executable, "-c", "import checker; print(checker.__file__)"], capture_output=True, text=True, env=env, cwd=tmp_path)
    assert probe.stdout.strip().startswith(str(target)), probe.stdout + probe.stderr
    sample = ROOT / "samples" / "000_8fcd20fe111c0f9f.ar.txt"
    result = subprocess.run([sys.executable, "-m", "checker", str(sample), "--format", "json"], capture_output=True, text=True, env=env, cwd=tmp_path, timeout=300)
    assert result.returncode == 1, result.stderr
    assert json.loads(result.stdout)["files"][0]["findings"]
