"""Everything that knows about Telegram.

Here at the top, the transport every feature shares: the Application (app.py), our own
polling (polling.py), delivery with retries (send.py), the error handler (errors.py),
background loops, the card and menus, and the typed context handlers get (context.py).
Each feature's handlers live in their own sub-package: dialogue/, groups/, reminders/,
operators/.
"""
