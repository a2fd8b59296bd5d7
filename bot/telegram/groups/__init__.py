"""The bot in groups: membership, public answers, /settings, the step into private chat."""
