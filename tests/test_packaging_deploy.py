"""What production runs besides the wheel: the systemd units and the container recipe.
No container engine runs here: the wheel test stands for the image, and these tests check
that the Dockerfile runs the same steps and that the units are valid and hardened."""

from __future__ import annotations

import fnmatch
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

from bot.cli import main
from bot.config import Settings
from bot.exit_codes import FAILED, STALLED, STORAGE
from bot.telegram.polling import LONG_POLL
from tests.test_packaging import BUILD_CONTEXT

ROOT = Path(__file__).resolve().parent.parent
DEPLOY = ROOT / "deploy"


def directives(path: Path) -> dict[str, list[str]]:
    """A unit file's `Key=value` lines (comments skipped), every value of each key."""
    found: dict[str, list[str]] = defaultdict(list)
    for line in path.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", ";", "[")):
            key, value = line.split("=", 1)
            found[key.strip()].append(value.strip())
    return found


def test_the_bot_unit_is_a_hardened_template() -> None:
    unit = directives(DEPLOY / "refundbot@.service")
    assert unit["ExecStart"] == ["/opt/refundbot/bin/refundbot run"]
    assert unit["EnvironmentFile"] == ["/etc/refundbot/%i.env"]
    assert unit["DynamicUser"] == ["yes"] and unit["StateDirectory"] == ["refundbot/%i"]
    assert any("REFUNDBOT_DB=%S/refundbot/%i/" in v for v in unit["Environment"])
    for key, value in [("NoNewPrivileges", "yes"), ("ProtectSystem", "strict"),
                       ("PrivateTmp", "yes"), ("ProtectHome", "yes"), ("PrivateDevices", "yes")]:
        assert unit[key] == [value], key
    assert unit["Restart"] == ["on-failure"]


def test_no_restart_loop_on_configuration_or_token_errors(monkeypatch: pytest.MonkeyPatch,
                                                          tmp_path: Path) -> None:
    unit = directives(DEPLOY / "refundbot@.service")
    assert set(unit["RestartPreventExitStatus"][0].split()) == {"2", "3"}
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("REFUNDBOT_OPERATORS", "alice")
    assert main(["run"]) == 2, "a bad setting must exit with the code the unit does not restart"


def test_the_backup_unit_runs_as_the_bot_user() -> None:
    bot, backup = directives(DEPLOY / "refundbot@.service"), \
        directives(DEPLOY / "refundbot-backup@.service")
    assert backup["User"] == bot["User"] and backup["StateDirectory"] == bot["StateDirectory"]
    assert backup["ExecStart"] == ["/opt/refundbot/bin/refundbot backup %S/refundbot/%i/backups"]
    assert directives(DEPLOY / "refundbot-backup@.timer")["OnCalendar"] == ["daily"]


@pytest.mark.process
def test_systemd_accepts_the_units(tmp_path: Path) -> None:
    analyze = shutil.which("systemd-analyze")
    if analyze is None:
        pytest.skip("systemd-analyze is not installed")
    refundbot = Path(sys.executable).parent / "refundbot"
    for name in ("refundbot@.service", "refundbot-backup@.service", "refundbot-backup@.timer"):
        text = (DEPLOY / name).read_text().replace("/opt/refundbot/bin/refundbot", str(refundbot))
        (tmp_path / name).write_text(text)
    done = subprocess.run([analyze, "verify", "refundbot@one.service",
                           "refundbot-backup@one.service", "refundbot-backup@one.timer"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0 and not done.stderr.strip(), done.stderr


def test_the_image_is_multi_stage_non_root_with_a_health_check() -> None:
    text = (ROOT / "Dockerfile").read_text()
    stages = {name: base for base, name in re.findall(r"^FROM (\S+) AS (\S+)$", text, flags=re.M)}
    bases = {base for base in stages.values() if base not in stages}
    assert bases == {"python:3.11-slim"}, bases
    assert list(stages)[-1] == "bot", "a plain `docker build` must make the bot"
    assert "COPY --from=build /opt/refundbot /opt/refundbot" in text
    # Dependencies from the lock before any code is copied: a code change keeps that layer.
    assert text.index("--require-hashes -r requirements/prod.txt") < text.index("COPY bot ")
    assert re.search(r"^USER refundbot$", text, flags=re.M)
    assert 'CMD ["refundbot", "health"]' in text and 'CMD ["refundbot", "run"]' in text
    assert 'VOLUME ["/data"]' in text and "REFUNDBOT_DB=/data/" in text
    assert "pip wheel --no-deps" in text, "the image must build the wheel the wheel test checks"
    assert "pip install --no-deps /dist/refundbot-" in text


def test_the_runtime_image_has_the_standard_library_compiled_before_it_drops_root() -> None:
    # The python image ships no bytecode for its standard library (docker-library/python
    # #615, #700) and the refundbot user cannot write any: each start would compile it again.
    text = (ROOT / "Dockerfile").read_text()
    runtime = text[text.index("AS runtime"):]
    compiled = re.search(r"^RUN python -m compileall .*\n(?:\s+.*\n)*?.*sysconfig.*stdlib",
                         runtime, flags=re.M)
    assert compiled, "the runtime stage must compile the standard library"
    assert compiled.start() < runtime.index("USER refundbot")


def test_the_operators_image_serves_the_console_published_on_localhost_only() -> None:
    text = (ROOT / "Dockerfile").read_text()
    operators = text.split("AS operators\n", 1)[1].split("\nFROM ", 1)[0]
    assert "COPY --from=build-operators /opt/refundbot /opt/refundbot" in operators
    assert re.search(r"^USER refundbot$", operators, flags=re.M)
    assert 'CMD ["refundbot", "operators", "--host", "0.0.0.0", "--port", "8001"]' in operators
    compose = (ROOT / "compose.yaml").read_text()
    service = compose.split("\n  operators:\n", 1)[1]
    assert "target: operators" in service and "- data:/data" in service
    assert '"${REFUNDBOT_CONSOLE_BIND:-127.0.0.1}:${REFUNDBOT_CONSOLE_PORT:-8001}:8001"' in service


def ignored(path: str, patterns: list[str]) -> bool:
    """Whether .dockerignore's patterns (last match wins, `!` re-includes) drop a path."""
    result = False
    for pattern in patterns:
        negate = pattern.startswith("!")
        bare = pattern.lstrip("!").rstrip("/")
        if fnmatch.fnmatch(path, bare) or path.startswith(f"{bare}/") or \
                fnmatch.fnmatch(path, bare.replace("**/", "*")):
            result = not negate
    return result


def test_the_build_context_holds_what_the_dockerfile_copies() -> None:
    patterns = [line.strip() for line in (ROOT / ".dockerignore").read_text().splitlines()
                if line.strip() and not line.startswith("#")]
    copied = [src for line in re.findall(r"^COPY (?!--from)(.+)$",
                                         (ROOT / "Dockerfile").read_text(), flags=re.M)
              for src in line.split()[:-1]]
    assert tuple(copied) == BUILD_CONTEXT, "the wheel test builds from exactly these"
    for source in copied:
        assert (ROOT / source).exists(), source
        assert not ignored(source, patterns), f"{source} is excluded by .dockerignore"
    for kept_out in (".venv", "data", "tests", ".env", ".git"):
        assert ignored(kept_out, patterns), kept_out


def test_compose_reads_env_and_keeps_data_on_a_volume() -> None:
    text = (ROOT / "compose.yaml").read_text()
    assert "env_file: .env" in text and "- data:/data" in text and "build: ." in text


def test_the_unit_is_told_of_each_poll_and_restarts_a_hang() -> None:
    unit = directives(DEPLOY / "refundbot@.service")
    assert unit["Type"] == ["notify"] and unit["NotifyAccess"] == ["main"]
    watchdog = int(unit["WatchdogSec"][0])
    assert watchdog > LONG_POLL + 10, "a parked long poll (and its read timeout) must fit"
    assert watchdog > Settings.model_fields["health_window"].default, \
        "the bot's own exit (code 4, with a log line) comes before the watchdog's kill"
    assert unit["StartLimitIntervalSec"] == ["0"], "a long outage must not end the restarts"
    prevented = set(unit["RestartPreventExitStatus"][0].split())
    assert not prevented & {str(FAILED), str(STALLED), str(STORAGE)}


def test_compose_restarts_the_bot_unless_stopped_and_rotates_its_logs() -> None:
    text = (ROOT / "compose.yaml").read_text()
    bot = re.split(r"\n  (?=\w[\w-]*:\n)", text.split("\n  bot:\n", 1)[1])[0]
    assert "restart: unless-stopped" in bot
    assert re.search(r"logging:\n\s+driver: json-file\n\s+options:\n"
                     r"\s+max-size: \d+m\n\s+max-file: \"\d+\"", bot), bot
