"""Telegram side of the ratings: 👍 / 👎 presses, the reasons, and the typed note."""
