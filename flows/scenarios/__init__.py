"""Every scenario the bot knows, one module each, declared as data."""
