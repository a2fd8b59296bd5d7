"""The test tiers: a test that starts a process must say so with a marker."""

from __future__ import annotations

import subprocess
import sys

import pytest


def test_an_unmarked_test_cannot_start_a_process() -> None:
    with pytest.raises(AssertionError, match="starts a process: mark it"):
        subprocess.run([sys.executable, "-c", "pass"], check=True)


@pytest.mark.process
def test_a_marked_test_can() -> None:
    subprocess.run([sys.executable, "-c", "pass"], check=True)
