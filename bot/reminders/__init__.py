"""Reminders before buyer protection lapses: an outbox table and the loop that sends it."""
