"""Operators on Telegram: /logs, /find, /stats and the transcript pages."""
