"""The pre-commit hook, run by the real pre-commit: `pre-commit try-repo` installs this
repository (`language: python`: a virtualenv with factlint pip-installed from the clone) into a
temporary git repository holding a bad and a good article, and fails on the bad one only."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytest.importorskip("pre_commit", reason="pre-commit is not installed (pip install -e '.[test]')")
if shutil.which("git") is None:
    pytest.skip("git is not installed", allow_module_level=True)

GIT = ["git", "-c", "user.name=factlint tests", "-c", "user.email=tests@factlint.invalid", "-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main"]


def run(args: list[str], cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, capture_output=True, text=True, env=env, timeout=600)


def snapshot_of_this_repository(dest: Path) -> Path:
    """A committed copy of the working tree (tracked and new files, not ignored ones), so the
    hook under test is the code under test, committed or not."""
    listed = run(["git", "ls-files", "-co", "--exclude-standard", "-z"], ROOT)
    if listed.returncode != 0:
        pytest.skip("not a git checkout")
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    run(GIT + ["init", "-q"], dest)
    run(GIT + ["add", "-A"], dest)
    committed = run(GIT + ["commit", "-q", "-m", "snapshot"], dest)
    assert committed.returncode == 0, committed.stderr
    return dest


@pytest.fixture(scope="module")
def articles(tmp_path_factory):
    base = tmp_path_factory.mktemp("precommit")
    hook_repo = snapshot_of_this_repository(base / "factlint")
    repo = base / "newsroom"
    repo.mkdir()
    (repo / "bad.md").write_text('---\ntitle: "Talks resume"\n---\nThe minister said "the talks will resume.\n', encoding="utf-8")
    (repo / "good.md").write_text("---\ntitle: «محادثات»\n---\nقال الوزير «إن المحادثات ستستأنف».\n", encoding="utf-8")
    run(GIT + ["init", "-q"], repo)
    run(GIT + ["add", "-A"], repo)
    run(GIT + ["commit", "-q", "-m", "articles"], repo)
    env = {**os.environ, "PRE_COMMIT_HOME": str(base / "cache"), "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("GITHUB_STEP_SUMMARY", None)
    return hook_repo, repo, env


def try_repo(articles, *files: str) -> subprocess.CompletedProcess:
    hook_repo, repo, env = articles
    return run([sys.executable, "-m", "pre_commit", "try-repo", str(hook_repo), "factlint", "--color", "never", "--files", *files], repo, env)


def test_the_hook_fails_on_the_bad_article_and_names_the_finding(articles):
    result = try_repo(articles, "bad.md")
    assert result.returncode == 1, result.stdout + result.stderr
    assert "factlint" in result.stdout and "Failed" in result.stdout
    assert "bad.md:4:19: error quote-balance" in result.stdout


def test_the_hook_passes_on_the_good_article(articles):
    result = try_repo(articles, "good.md")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout


def test_the_hook_manifest_is_valid_for_pre_commit():
    from pre_commit.clientlib import load_manifest

    (hook,) = load_manifest(str(ROOT / ".pre-commit-hooks.yaml"))
    assert hook["id"] == "factlint" and hook["language"] == "python" and hook["entry"] == "factlint"
    import re

    files = re.compile(hook["files"])
    assert all(files.search(name) for name in ("a.md", "b.markdown", "c.txt", "d.html", "e.htm"))
    assert not any(files.search(name) for name in ("setup.py", "image.png", "data.json"))


def test_the_github_action_is_a_composite_action_that_annotates_and_uploads_sarif():
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert all("uses" in step or step.get("shell") == "bash" for step in steps)
    scripts = "\n".join(step.get("run", "") for step in steps)
    assert "--format github" in scripts and "--format sarif" in scripts
    assert any(step.get("uses", "").startswith("github/codeql-action/upload-sarif") for step in steps)
    assert "${{" not in scripts  # inputs reach the shell through env, never pasted into it


def test_every_yaml_example_of_the_ci_documentation_parses():
    import re

    import yaml

    blocks = re.findall(r"```yaml\n(.*?)```", (ROOT / "docs" / "ci.md").read_text(encoding="utf-8"), re.S)
    assert len(blocks) >= 4
    for block in blocks:
        assert yaml.safe_load(block) is not None
