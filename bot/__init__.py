"""The adapter around flows/: Telegram, the terminal, SQLite, i18n and every other side effect."""

import os

# Opt in to PTB's coming timedelta `retry_after` now; bot/reminders handles both forms.
os.environ.setdefault("PTB_TIMEDELTA", "1")
