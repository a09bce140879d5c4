"""The repository's own configuration: GitHub workflows valid against their schema, checked offline."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
CHECK_JSONSCHEMA = Path(sys.executable).with_name("check-jsonschema")


def check_workflow(path: Path) -> subprocess.CompletedProcess:
    # check-jsonschema ships GitHub's workflow schema ("vendor.github-workflows"): no network.
    return subprocess.run([str(CHECK_JSONSCHEMA), "--builtin-schema", "vendor.github-workflows", str(path)],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=[w.name for w in WORKFLOWS])
def test_workflow_matches_the_github_schema(workflow):
    result = check_workflow(workflow)
    assert result.returncode == 0, f"{workflow.relative_to(ROOT)}:\n{result.stdout}{result.stderr}"


def test_schema_check_catches_a_broken_workflow(tmp_path):
    broken = tmp_path / "broken.yml"
    broken.write_text("on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz: []\n")
    assert check_workflow(broken).returncode != 0, "a job with 'stepz' instead of 'steps' passed the schema check"


def test_pre_commit_config_runs_offline():
    """Every pre-commit hook is local with pinned PyPI dependencies: nothing is cloned from GitHub."""
    import yaml

    config = yaml.safe_load((ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    remote = [r["repo"] for r in config["repos"] if r["repo"] != "local"]
    assert not remote, f".pre-commit-config.yaml clones {remote}; use local hooks with pinned dependencies"
    unpinned = [f"{h['id']}: {d}" for r in config["repos"] for h in r["hooks"]
                for d in h.get("additional_dependencies", []) if "==" not in d]
    assert not unpinned, f"unpinned hook dependencies: {unpinned}"
