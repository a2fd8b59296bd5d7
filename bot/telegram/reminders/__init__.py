"""Reminders on Telegram: their buttons and the loop that sends them."""
