"""Console password hashes, in the format datasette-auth-passwords checks.

`pbkdf2_sha256$<iterations>$<salt>$<base64 hash>`, made with the standard library, so
`refundbot operators --hash-password` works where the console's extra is not installed (on the
machine where operators choose their passwords, or before installing it on a server).
"""

from __future__ import annotations

import base64
import getpass
import hashlib
import secrets
from collections.abc import Callable
from typing import TextIO

ALGORITHM = "pbkdf2_sha256"
ITERATIONS = 480_000
"""datasette-auth-passwords' default."""


def hash_password(password: str, salt: str | None = None, iterations: int = ITERATIONS) -> str:
    """The hash of a password, as `datasette hash-password` would print it."""
    salt = salt or secrets.token_hex(16)
    digest = hashlib.pbkdf2_hmac("sha256", password.encode(), salt.encode(), iterations)
    return f"{ALGORITHM}${iterations}${salt}${base64.b64encode(digest).decode('ascii')}"


class PasswordRefused(ValueError):
    """No password, or the two typed do not match."""


def read_password(stdin: TextIO, prompt: Callable[[str], str] = getpass.getpass) -> str:
    """A password typed twice without echo on a terminal, or the first line of piped input."""
    if not stdin.isatty():
        password = stdin.readline().rstrip("\r\n")
    else:
        password = prompt("Console password: ")
        if password and prompt("Again: ") != password:
            raise PasswordRefused("the two passwords differ; nothing printed")
    if not password:
        raise PasswordRefused("an empty password; nothing printed")
    return password
