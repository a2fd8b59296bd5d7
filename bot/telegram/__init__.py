"""Everything that knows about Telegram: the PTB Application and its handlers."""
