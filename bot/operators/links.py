"""Where an operator reads a buyer's conversation: the console's transcript page, if any."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import quote

TRANSCRIPT_QUERY = "transcript"


def transcript_url(console_url: str, db_path: Path, user_id: int) -> str | None:
    """The console's transcript page for a user, or None when no console address is set.

    Datasette names the database after the file's stem, so the path is
    `<console>/<stem>/transcript?user=<id>`.
    """
    if not console_url:
        return None
    base = console_url if console_url.endswith("/") else console_url + "/"
    return f"{base}{quote(db_path.stem)}/{TRANSCRIPT_QUERY}?user={user_id}"
