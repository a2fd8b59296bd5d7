"""SQLite, the system of record: opening the file, migrations and small typed queries."""

from bot.storage.database import open_database, transaction

__all__ = ["open_database", "transaction"]
