"""Orders as data: the life cycle of an order and what reminders say in each status (pure)."""
