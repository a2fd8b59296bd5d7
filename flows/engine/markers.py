"""Identity markers that `pybabel extract` finds; translation happens in bot/i18n."""


def N_(msgid: str) -> str:
    """Mark a msgid for extraction without translating it (flows stay locale-free)."""
    return msgid
