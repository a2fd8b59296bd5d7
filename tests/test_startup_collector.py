"""Start-up runs with the cyclic garbage collector paused, and every command turns it back on."""

from __future__ import annotations

import gc
import subprocess
import sys

import pytest

from bot.startup import collector_paused, in_background, started


def test_the_collector_is_paused_for_start_up_and_back_once_started() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        started()
        assert gc.isenabled()
    assert gc.isenabled()


# In a process of its own: freezing the test session's heap would outlive the test.
FREEZE = """
import gc
from bot.startup import collector_paused, started
with collector_paused():
    built = [[n] for n in range(1000)]  # what start-up builds, all alive
    assert gc.get_freeze_count() == 0
    started()
    frozen = gc.get_freeze_count()
    later = [[n] for n in range(1000)]  # a retry at start-up, or the first updates
    started()
print(frozen >= 1000, gc.get_freeze_count() <= frozen, gc.isenabled())  # the dead leave it
"""


@pytest.mark.process
def test_the_heap_start_up_built_is_frozen_once_when_it_ends() -> None:
    done = subprocess.run([sys.executable, "-c", FREEZE], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.split() == ["True", "True", "True"]


def test_a_start_up_that_fails_leaves_the_collector_on() -> None:
    with pytest.raises(RuntimeError), collector_paused():
        raise RuntimeError("a bad setting")
    assert gc.isenabled()


def test_work_in_the_background_hands_back_its_result() -> None:
    assert in_background(lambda: "the TLS context", "tls").result(timeout=10) == "the TLS context"


def test_work_in_the_background_reports_its_error() -> None:
    def broken() -> None:
        raise ValueError("a broken corpus")

    with pytest.raises(ValueError, match="a broken corpus"):
        in_background(broken, "model").result(timeout=10)


@pytest.mark.process
def test_a_command_runs_with_the_collector_on() -> None:
    probe = ("import gc, sys; from bot.cli import main; import bot.ops.commands as ops; "
             "ops.run_ops_command = lambda *a: print(gc.isenabled()) or 0; "
             "sys.exit(main(['health']))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=True)
    assert done.stdout.strip() == "True"
