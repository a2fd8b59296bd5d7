"""Personal settings in private chat (/settings): time zone and language.

The time zone screen is shared with the orders flow, which asks once before the first date.
"""

from flows import order_inputs  # noqa: F401  (registers the "timezone" parser)
from flows.markers import N_
from flows.spec import Choice, Flow, Screen

TZ_PROMPT = N_(
    "Which time zone are you in? I count the days left and keep quiet at night by it. "
    "Press a button, or type a zone (Europe/Berlin), a city (Moscow) or an offset (UTC+3)."
)
# Translators: the answer to the time-zone question as a whole; the buttons show cities.
TZ_LABEL = N_("Time zone")


def tz_screen(name: str, text: tuple[str, ...], dest: str) -> Screen:
    """A time zone question: offered zones as buttons (view `tz_offer`) or typed input."""
    return Screen(
        name,
        text,
        (
            Choice("tz_pick", TZ_LABEL, dest, takes_arg=True, effect="save_tz:pick"),
            Choice("tz", TZ_LABEL, dest, hidden=True, effect="save_tz:typed"),
        ),
        expects="timezone",
        view="tz_offer",
    )


FLOW = Flow(
    name="settings",
    title=N_("⚙️ Settings"),
    entry="settings_main",
    command="settings",
    in_menu=False,
    screens=(
        Screen(
            "settings_main",
            (N_("⚙️ Settings"),),
            (
                Choice("zone", N_("🕒 Change time zone"), "settings_tz"),
                # Translators: names two languages on purpose, so anyone can find it; keep
                # "Language" in English and add your own word.
                Choice("language", N_("🌐 Language / Язык"), "language"),
                Choice("orders", N_("📋 My orders"), "orders_list"),
            ),
            view="settings_summary",
        ),
        tz_screen("settings_tz", (TZ_PROMPT,), "settings_main"),
    ),
)
