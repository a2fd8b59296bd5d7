"""Telegram side of the handover: /human, the buttons, buyers' and operators' messages."""
