"""The `refundbot` command's exit codes; the systemd unit and compose act on them."""

OK = 0
FAILED = 1          # an unexpected error: restarted
CONFIG_ERROR = 2    # a bad setting, a database newer than the code: a restart cannot fix it
TOKEN_REJECTED = 3  # Telegram refused TELEGRAM_BOT_TOKEN: likewise
STALLED = 4         # no successful poll for the health window: restarted
STORAGE = 5         # the database cannot be written at start (full disk, read-only, locked)
