"""The adapter around flows/: Telegram, the terminal, SQLite, i18n and every other side effect."""
