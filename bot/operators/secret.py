"""The console's signing secret: operators stay logged in across restarts.

Datasette signs its login cookie with this secret; a new random secret on every start would
log every operator out. It comes from REFUNDBOT_CONSOLE_SECRET, else from a file beside the
database, created once (readable by its owner only).
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_FILE = "console-secret"


def console_secret(configured: str | None, data_dir: Path) -> str:
    """The configured secret, or the one kept in `data_dir` (made on first use)."""
    if configured:
        return configured
    path = data_dir / SECRET_FILE
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_hex(32)
    # O_EXCL: two consoles starting at once must not each write their own.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text(encoding="utf-8").strip()
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(secret)
    return secret
