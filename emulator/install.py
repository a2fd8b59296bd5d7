"""The production install, step by step as the Dockerfile runs it, for the wheel test and the
start-up benchmark: a venv from the lock (hashes checked), then the wheel without dependencies.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

# The Dockerfile's COPY lines, in the same order (tests/test_packaging_deploy.py checks them).
BUILD_CONTEXT = ("requirements", "pyproject.toml", "setup.py", "MANIFEST.in", "README.md", "bot",
                 "flows", "locales")
PRODUCTION_LOCK = "requirements/prod.txt"


def run(cmd: list[str | Path], **kwargs: object) -> subprocess.CompletedProcess[str]:
    """Run a command; raise with its output when it fails."""
    done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kwargs)  # type: ignore[call-overload]
    assert done.returncode == 0, f"{cmd}: {done.stdout}\n{done.stderr}"
    return done  # type: ignore[no-any-return]


def build_context(root: Path, target: Path) -> Path:
    """Copy what the Dockerfile copies from `root` (and nothing else, no stale build/)."""
    target.mkdir(parents=True)
    for name in BUILD_CONTEXT:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, target / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.mo"))
        elif source.exists():
            shutil.copy2(source, target / name)
    return target


def production_venv(source: Path, work: Path) -> tuple[Path, Path]:
    """The Dockerfile's steps: a venv from the lock, the wheel built from the sources and
    installed without dependencies; (wheel, the venv's bin/). A source tree from before the
    lock existed gets its wheel with its dependencies, as it was installed then."""
    venv = work / "venv"
    run([sys.executable, "-m", "venv", venv])
    locked = (source / PRODUCTION_LOCK).exists()
    if locked:
        run([venv / "bin" / "pip", "install", "-q", "--require-hashes", "-r",
             source / PRODUCTION_LOCK])
    run([sys.executable, "-m", "pip", "wheel", source, "--no-deps", "-q", "-w", work / "dist"])
    [wheel] = (work / "dist").glob("refundbot-*.whl")
    run([venv / "bin" / "pip", "install", "-q", *(["--no-deps"] if locked else []), wheel])
    assert run([venv / "bin" / "refundbot", "--version"]).stdout.startswith("refundbot ")
    return wheel, venv / "bin"
