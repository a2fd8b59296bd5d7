"""Private chats: the dialogue handlers (commands, presses, text, edits)."""
