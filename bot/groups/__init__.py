"""The bot in group chats: per-group settings, admin checks, rate limits and deep links."""
