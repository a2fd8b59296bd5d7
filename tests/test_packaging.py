"""The package as production gets it: the Dockerfile's steps (a venv from the lock with hashes,
then the wheel without dependencies), run from another folder, with the catalogs and the intent
model's weights inside, and no development tools, no scikit-learn, SciPy or NumPy."""

from __future__ import annotations

import os
import re
import subprocess
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

from bot import i18n
from emulator.install import (  # noqa: F401  (BUILD_CONTEXT: the deploy test reads it)
    BUILD_CONTEXT,
    PRODUCTION_LOCK,
    build_context,
    production_venv,
    run,
)

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The wheel from the Docker build context, in a venv made from the production lock."""
    work = tmp_path_factory.mktemp("wheel")
    return production_venv(build_context(ROOT, work / "src"), work)


def chat(bin_dir: Path, cwd: Path, lines: str, *args: str) -> subprocess.CompletedProcess[str]:
    """The installed `refundbot`, run from `cwd` with no checkout and no .env around."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REFUNDBOT_", "TELEGRAM_"))}
    env["REFUNDBOT_DB"] = str(cwd / "bot.sqlite3")
    return subprocess.run([str(bin_dir / "refundbot"), *args], input=lines, cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.wheel
def test_the_wheel_carries_compiled_catalogs_and_no_tests(installed: tuple[Path, Path]) -> None:
    wheel, _bin = installed
    names = zipfile.ZipFile(wheel).namelist()
    for lang in i18n.LANGUAGES:
        assert f"bot/locales/{lang}/LC_MESSAGES/messages.mo" in names
    assert "flows/diagrams/core.mmd" in names
    assert {"flows/understanding/model/en.weights", "flows/understanding/model/ru.weights"} <= \
        set(names)
    assert not [n for n in names if n.startswith(("tests/", "locales/", "benchmarks/"))]


@pytest.mark.wheel
def test_production_gets_only_runtime_dependencies(installed: tuple[Path, Path]) -> None:
    _wheel, bin_dir = installed
    listed = run([bin_dir / "pip", "list", "--format=freeze"]).stdout.lower()
    for tool in ("pytest", "mypy", "ruff", "playwright", "datasette", "scikit-learn", "scipy",
                 "numpy", "apscheduler", "tornado", "uv"):
        assert f"\n{tool}==" not in f"\n{listed}", tool
    assert "python-telegram-bot==" in listed
    pip_check = run([bin_dir / "pip", "check"])
    assert "No broken requirements" in pip_check.stdout


def test_the_production_lock_pins_every_dependency_with_hashes() -> None:
    import tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    lock = (ROOT / PRODUCTION_LOCK).read_text()
    pinned = {line.split("==")[0].strip().lower() for line in lock.splitlines()
              if "==" in line and not line.startswith((" ", "#"))}
    for requirement in project["dependencies"]:
        name = re.split(r"[\[<>=!~; ]", requirement, maxsplit=1)[0].lower()
        assert name in pinned, f"{name} is not in {PRODUCTION_LOCK}: run `make lock`"
    for block in re.split(r"\n(?=[a-z0-9])", lock.split("\n", 2)[2]):
        assert "--hash=sha256:" in block, f"{block.splitlines()[0]} has no hash"
    assert not {"scikit-learn", "scipy", "numpy"} & pinned


@pytest.mark.wheel
def test_the_installed_bot_understands_text_from_its_shipped_weights(
        installed: tuple[Path, Path], tmp_path: Path) -> None:
    _wheel, bin_dir = installed
    probe = ("import flows.understanding as u; "
             "print(u.understand('the seller has not shipped my order', 'en').intent)")
    done = subprocess.run([str(bin_dir / "python"), "-c", probe], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120)
    assert done.stdout.strip() == "notshipped", done.stderr


@pytest.mark.wheel
def test_terminal_chat_from_another_folder(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _wheel, bin_dir = installed
    english = chat(bin_dir, tmp_path, "1\n/quit\n", "console", "--lang", "en")
    assert english.returncode == 0, english.stderr
    assert "What happened with your order?" in english.stdout
    assert "Awaiting shipment" in english.stdout
    russian = chat(bin_dir, tmp_path, "1\n/quit\n", "console", "--lang", "ru", "--user", "2")
    assert russian.returncode == 0, russian.stderr
    assert "Что случилось с заказом?" in russian.stdout
    assert (tmp_path / "bot.sqlite3").is_file()


@pytest.mark.wheel
def test_installed_version_and_health(installed: tuple[Path, Path], tmp_path: Path) -> None:
    _wheel, bin_dir = installed
    assert chat(bin_dir, tmp_path, "", "--version").stdout.strip() == \
        f"refundbot {version('refundbot')}"
    health = chat(bin_dir, tmp_path, "", "health")
    assert health.returncode == 1 and "no database at" in health.stdout


def test_a_missing_catalog_names_the_make_target(monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    monkeypatch.setattr(i18n, "LOCALES_DIR", tmp_path)
    i18n.catalog.cache_clear()
    try:
        with pytest.raises(i18n.CatalogMissing, match="make i18n-compile"):
            i18n.check_catalogs()
    finally:
        i18n.catalog.cache_clear()


@pytest.mark.wheel
def test_the_console_without_its_extra_hints_and_hashes_passwords(
        installed: tuple[Path, Path], tmp_path: Path) -> None:
    _wheel, bin_dir = installed
    console = chat(bin_dir, tmp_path, "", "operators")
    assert console.returncode == 2 and "Traceback" not in console.stderr
    assert "refundbot: the operators' console is not installed" in console.stderr
    hashed = chat(bin_dir, tmp_path, "s3cret\n", "operators", "--hash-password")
    assert hashed.returncode == 0 and hashed.stdout.startswith("pbkdf2_sha256$480000$")
