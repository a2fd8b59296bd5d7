"""systemd's notify protocol (sd_notify) over $NOTIFY_SOCKET, with the standard library only.

Under `Type=notify` the bot says READY=1 once it has polled Telegram, WATCHDOG=1 after each
successful poll (`WatchdogSec=`), EXTEND_TIMEOUT_USEC while start-up waits out an outage,
and STOPPING=1 on SIGTERM. Without $NOTIFY_SOCKET (Docker, a terminal) every call is a no-op.
"""

from __future__ import annotations

import logging
import os
import socket

log = logging.getLogger("refundbot.sd_notify")


def notify(*fields: str) -> bool:
    """Send `KEY=value` lines to the service manager; False when there is none to tell."""
    address = os.environ.get("NOTIFY_SOCKET", "")
    if not address or not fields:
        return False
    if address.startswith("@"):  # an abstract socket: a leading NUL byte, not a file
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM | socket.SOCK_CLOEXEC) as sock:
            sock.connect(address)
            sock.sendall("\n".join(fields).encode())
    except OSError as err:
        # The service manager restarts a bot that stops feeding its watchdog; a lost
        # datagram is not worth stopping for.
        log.warning("could not notify the service manager (%s)", err.strerror or err)
        return False
    return True

