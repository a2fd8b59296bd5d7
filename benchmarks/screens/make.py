"""Generate the screenshot benchmark: AliExpress-like pages rendered by headless Chromium.

Usage: python benchmarks/screens/make.py [OUTDIR] [--seed N] [--only NAME...] [--tests]

Every image is described by a spec drawn from a seeded random generator, written as HTML,
rendered by Debian's `chromium --headless --screenshot`, then re-encoded as Telegram does
for photos (JPEG quality 80-87, longest side at most 1280 px). The expected facts go to
`manifest.jsonl` (in OUTDIR and, for the default seed, next to this file). `--tests` also
refreshes the six small images under tests/data/screens/.

The pages are written from descriptions of the AliExpress app and website, not copied: no
AliExpress text, image or stylesheet is used; UI names come from the glossary in
refund-rules.md.
"""

from __future__ import annotations

import argparse
import html
import io
import json
import random
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
DEFAULT_OUT = HERE / "out" / "images"
SEED = 21
PER_LANG = {"order": 22, "tracking": 12, "dispute": 12}
TELEGRAM_MAX_SIDE = 1280
TEST_PICKS = {"order_en": 2, "order_ru": 2, "tracking": 1, "other": 1}
TEST_MAX_BYTES = 60_000

# Phone viewports in CSS px (width, height) and desktop windows; scale is the device pixel ratio.
PHONES = [(360, 780, 2), (360, 760, 3), (390, 844, 3), (412, 915, 2), (412, 892, 3)]
DESKTOPS = [(1366, 768, 1), (1440, 900, 1), (1280, 800, 1), (1536, 864, 1)]
FONTS_APP = ["Roboto", "Noto Sans", "Open Sans", "DejaVu Sans"]
FONTS_WEB = ["Open Sans", "Liberation Sans", "Noto Sans", "Roboto", "DejaVu Sans"]

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_RU_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
MONTHS_RU_ABBR = ["янв.", "февр.", "мар.", "апр.", "мая", "июн.", "июл.", "авг.", "сент.",
                  "окт.", "нояб.", "дек."]

# Order statuses as the app and the website name them (glossary, both UI versions).
STATUSES: dict[str, dict[str, list[str]]] = {
    "verifying": {"en": ["Payment being verified", "Payment is being verified"],
                  "ru": ["Проверка платежа"]},
    "awaiting": {"en": ["Awaiting shipment"], "ru": ["Ожидает отправки"]},
    "shipped": {"en": ["Shipped", "Awaiting delivery"], "ru": ["Отправлено", "В пути"]},
    "delivered": {"en": ["Delivered"], "ru": ["Доставлено"]},
    "completed": {"en": ["Completed", "Finished"], "ru": ["Завершён", "Заказ закрыт"]},
    "cancelled": {"en": ["Cancelled"], "ru": ["Отменён"]},
}
# How many order pages of each status one language gets (22 in all): the countdown shows on
# shipped and delivered pages, so they are the most.
STATUS_COUNTS = {"verifying": 2, "awaiting": 4, "shipped": 8, "delivered": 4, "completed": 2,
                 "cancelled": 2}

STATUS_NOTES = {
    "verifying": {"en": "We are checking your payment. It usually takes up to 24 hours.",
                  "ru": "Мы проверяем оплату. Обычно это занимает до 24 часов."},
    "awaiting": {"en": "The seller is preparing your package.",
                 "ru": "Продавец собирает ваш заказ."},
    "shipped": {"en": "Your package is on its way.", "ru": "Посылка уже в пути к вам."},
    "delivered": {"en": "Your package has been delivered. Please check it and confirm receipt.",
                  "ru": "Посылка доставлена. Проверьте товар и подтвердите получение."},
    "completed": {"en": "Thank you for shopping with us.", "ru": "Спасибо за покупку!"},
    "cancelled": {"en": "The refund goes back to your original payment method.",
                  "ru": "Деньги вернутся тем же способом, которым вы платили."},
}

# Tracking events, latest stage last; a page shows a prefix of this chain, newest on top.
EVENTS = {
    "en": ["Order shipped by seller", "Package received by carrier",
           "Arrived at sorting center", "Departed from sorting center",
           "Left the origin country", "Arrived in destination country",
           "Customs clearance completed", "Arrived at local delivery center",
           "Out for delivery", "Delivered"],
    "ru": ["Продавец отправил заказ", "Посылка принята перевозчиком",
           "Прибыло в сортировочный центр", "Покинуло сортировочный центр",
           "Покинуло страну отправления", "Прибыло в страну назначения",
           "Таможенное оформление завершено", "Прибыло в пункт выдачи",
           "Передано курьеру", "Вручено"],
}
PLACES = {
    "en": ["Shenzhen, CN", "Guangzhou, CN", "Yiwu, CN", "Hong Kong", "Liege, BE", "Madrid, ES",
           "Warsaw, PL", "Chicago, US", "Leeds, GB", "Lyon, FR"],
    "ru": ["Шэньчжэнь, CN", "Гуанчжоу, CN", "Иу, CN", "Москва, ЦЭП", "Внуково", "Казань",
           "Екатеринбург", "Новосибирск", "Санкт-Петербург", "Самара"],
}

# Dispute states: (vocabulary value, headline variants, explanation) per language.
DISPUTES: dict[str, dict[str, list[str]]] = {
    "opened": {"en": ["Waiting for the seller's response", "Dispute opened"],
               "ru": ["Ожидание ответа продавца", "Спор открыт"]},
    "refused": {"en": ["The seller rejected your request", "Seller refused the refund"],
                "ru": ["Продавец отклонил запрос", "Продавец отказал в возврате"]},
    "offer": {"en": ["The seller offered a solution", "New offer from the seller"],
              "ru": ["Продавец предложил решение", "Новое предложение продавца"]},
    "escalated": {"en": ["Dispute escalated", "AliExpress is reviewing your dispute"],
                  "ru": ["Спор обострён", "Спор на рассмотрении AliExpress"]},
    "lost": {"en": ["Dispute closed: refund declined", "Dispute finished: no refund"],
             "ru": ["Спор закрыт: в возврате отказано", "Спор завершён без возврата"]},
    "won": {"en": ["Refund approved", "Dispute finished: refund issued"],
            "ru": ["Возврат одобрен", "Спор завершён: деньги возвращены"]},
    "closed_by_me": {"en": ["You cancelled the dispute", "Dispute cancelled by buyer"],
                     "ru": ["Вы отменили спор", "Спор отменён покупателем"]},
}

PRODUCTS = {
    "en": ["Wireless Earbuds Bluetooth 5.3 Sport Headset", "Men's Winter Jacket Hooded Parka",
           "USB-C Fast Charging Cable 2m Braided", "LED Strip Lights 5m RGB",
           "Silicone Phone Case Shockproof Cover", "Kitchen Knife Set Stainless Steel 6pcs",
           "Women's Running Shoes Breathable Mesh", "Smart Watch Fitness Tracker 1.4 inch",
           "Mechanical Keyboard 68 Keys Hot Swap", "Camping Lantern Rechargeable"],
    "ru": ["Беспроводные наушники Bluetooth 5.3 спортивные", "Куртка мужская зимняя с капюшоном",
           "Кабель USB-C быстрая зарядка 2 м в оплётке", "Светодиодная лента 5 м RGB",
           "Чехол силиконовый противоударный для телефона", "Набор кухонных ножей 6 шт.",
           "Кроссовки женские беговые сетка", "Смарт-часы фитнес-браслет 1,4 дюйма",
           "Механическая клавиатура 68 клавиш", "Фонарь кемпинговый аккумуляторный"],
}
STORES = ["Ugreen Official Store", "BaseusDirect Store", "Xiaomi Lifestyle Store", "Shop1102334",
          "Sunny Home Goods Store", "TopTech Outlet Store", "GreenLeaf Sports Store"]
OPTIONS = {"en": ["Color: Black", "Color: White, Size: L", "Length: 2m", "Ships from: China",
                  "Size: 39", "Color: Blue"],
           "ru": ["Цвет: чёрный", "Цвет: белый, размер: L", "Длина: 2 м", "Отправка из: Китай",
                  "Размер: 39", "Цвет: синий"]}

# Words of the page chrome.
UI: dict[str, dict[str, Any]] = {
    "en": {
        "order_details": "Order details", "tracking": "Tracking", "dispute": "Dispute details",
        "order_labels": ["Order number", "Order ID", "Order No."], "copy": "Copy",
        "placed": "Order placed", "paid": "Payment time", "payment": "Payment method",
        "subtotal": "Subtotal", "shipping": "Shipping", "free": "Free", "total": "Total",
        "track": "Track order", "confirm": "Confirm receipt", "open_dispute": "Open dispute",
        "cancel": "Cancel order", "contact": "Contact seller", "buy_again": "Buy again",
        "extend": "Extend buyer protection", "ship_to": "Ship to",
        "tracking_no": "Tracking number", "carrier": "Shipping method",
        "eta": "Estimated delivery", "request": "Request", "refund_only": "Refund only",
        "return_refund": "Return & refund", "amount": "Refund amount", "reason": "Reason",
        "reason_text": "Package not received", "escalate": "Escalate dispute",
        "cancel_dispute": "Cancel dispute", "history": "Dispute history",
        "you_opened": "You opened a dispute", "my_orders": "My Orders", "home": "Home",
        "account": "Account", "search": "Search for products", "help": "Help",
        "view_order": "View order", "shipped_from": "Seller shipped your order",
        "accept": "Accept", "reject": "Reject", "offer_text": "Partial refund of",
        "status": "Status", "cart": "Cart",
    },
    "ru": {
        "order_details": "Детали заказа", "tracking": "Отслеживание", "dispute": "Детали спора",
        "order_labels": ["Номер заказа", "№ заказа", "ID заказа"], "copy": "Копировать",
        "placed": "Дата заказа", "paid": "Дата оплаты", "payment": "Способ оплаты",
        "subtotal": "Товары", "shipping": "Доставка", "free": "Бесплатно", "total": "Итого",
        "track": "Отследить", "confirm": "Подтвердить получение", "open_dispute": "Открыть спор",
        "cancel": "Отменить заказ", "contact": "Написать продавцу", "buy_again": "Купить снова",
        "extend": "Продлить защиту", "ship_to": "Получатель",
        "tracking_no": "Трек-номер", "carrier": "Способ доставки",
        "eta": "Ожидаемая доставка", "request": "Запрос", "refund_only": "Только возврат денег",
        "return_refund": "Возврат товара и денег", "amount": "Сумма возврата",
        "reason": "Причина", "reason_text": "Посылка не получена", "escalate": "Обострить спор",
        "cancel_dispute": "Отменить спор", "history": "История спора",
        "you_opened": "Вы открыли спор", "my_orders": "Мои заказы", "home": "Главная",
        "account": "Профиль", "search": "Поиск товаров", "help": "Помощь",
        "view_order": "Открыть заказ", "shipped_from": "Продавец отправил заказ",
        "accept": "Принять", "reject": "Отклонить", "offer_text": "Частичный возврат",
        "status": "Статус", "cart": "Корзина",
    },
}

THEMES = {
    "light": {"bg": "#f4f4f4", "card": "#ffffff", "text": "#191919", "muted": "#757575",
              "line": "#e6e6e6", "accent": "#fd384f", "accent_bg": "#fff1f0",
              "btn": "#ffffff", "btn_text": "#191919", "bar": "#ffffff"},
    "dark": {"bg": "#0f0f0f", "card": "#1c1c1e", "text": "#ececec", "muted": "#9b9b9b",
             "line": "#2e2e30", "accent": "#ff5b6b", "accent_bg": "#2a1a1c",
             "btn": "#2a2a2c", "btn_text": "#ececec", "bar": "#1c1c1e"},
}


@dataclass
class Spec:
    """One image to make: how it looks and what it shows."""

    name: str
    lang: str
    kind: str
    theme: str
    platform: str
    width: int
    height: int
    scale: int
    font: str
    quality: int
    shot_at: datetime
    crop: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
    expect: dict[str, Any] = field(default_factory=dict)
    html: str = ""
    raw_image: bool = False
    want: str = ""  # the order status or dispute state this page must show

    @property
    def device(self) -> str:
        """The device label written to the manifest."""
        family = "phone" if self.width < 800 else "desktop"
        return f"{family}-{self.width}x{self.height}@{self.scale}"


# ---------------------------------------------------------------- text helpers

def ru_plural(n: int, one: str, few: str, many: str) -> str:
    """Pick the Russian plural form for n."""
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def countdown(rng: random.Random, lang: str, days: int, h: int, m: int, s: int,
              protection: bool) -> tuple[str, int]:
    """A countdown line in one of the forms the app and site use, and its value in seconds."""
    full = days * 86400 + h * 3600 + m * 60 + s
    hms = f"{h:02d}:{m:02d}:{s:02d}"
    if lang == "en":
        d = f"{days} day" if days == 1 else f"{days} days"
        forms = [
            (f"Buyer protection ends in {d} {hms}", full),
            (f"{d} {hms}", full),
            (f"Buyer Protection: {d}", days * 86400),
            (f"Buyer protection: {days}d {h:02d}h {m:02d}m", full - s),
            (f"Confirm receipt within {d} {hms}", full),
            (f"Order completion time: {d} {hms}", full),
        ]
    else:
        d_full = f"{days} {ru_plural(days, 'день', 'дня', 'дней')}"
        forms = [
            (f"Осталось {days} дн. {hms}", full),
            (f"Защита покупателя: {d_full}", days * 86400),
            (f"Срок защиты заказа: {days} дн. {h:02d} ч {m:02d} мин", full - s),
            (f"До конца защиты покупателя: {d_full} {hms}", full),
            (f"Подтвердите получение в течение {days} дн. {hms}", full),
            (f"{days} дн. {hms}", full),
        ]
    text, value = rng.choice(forms)
    return text, value


def fmt_date(rng: random.Random, lang: str, dt: datetime, style: int, with_time: bool) -> str:
    """A date as the page shows it; style picks one of the usual layouts."""
    t = f" {dt:%H:%M}" if with_time else ""
    if lang == "en":
        forms = [f"{MONTHS_EN[dt.month - 1]} {dt.day}, {dt.year}{t}",
                 f"{dt:%Y-%m-%d}{t}", f"{dt.day} {MONTHS_EN[dt.month - 1]} {dt.year}{t}",
                 f"{MONTHS_EN[dt.month - 1]} {dt.day}{t}"]
    else:
        forms = [f"{dt.day} {MONTHS_RU_GEN[dt.month - 1]} {dt.year}{t}",
                 f"{dt:%d.%m.%Y}{t}", f"{dt.day} {MONTHS_RU_ABBR[dt.month - 1]} {dt.year} г.{t}",
                 f"{dt.day} {MONTHS_RU_GEN[dt.month - 1]}{t}"]
    return forms[style % len(forms)]


def currency(rng: random.Random, lang: str) -> str:
    """The currency one page shows its prices in."""
    return "₽" if lang == "ru" else rng.choice(["US $", "€ ", "£"])


def price(cur: str, amount: float) -> str:
    """A price (given in dollars) written in the page's currency."""
    if cur == "₽":
        rub = amount * 92
        whole = f"{int(rub):,}".replace(",", "\u00a0")
        return f"{whole},{int(rub * 100) % 100:02d}\u00a0₽"
    return f"{cur}{amount:.2f}"


def recommended(spec: Spec, rng: random.Random, cur: str) -> str:
    """The 'more to love' grid the app shows under a page: clutter with prices."""
    lang = spec.lang
    cols = 2 if spec.width < 800 else 5
    title = "More to love" if lang == "en" else "Вам может понравиться"
    sold = "sold" if lang == "en" else "продано"
    cells = "".join(
        f'<div class="card" style="margin:0;padding:8px"><div style="height:90px;'
        f'border-radius:8px;{thumb_css(rng)}"></div><div style="font-size:13px;white-space:nowrap;'
        f'overflow:hidden;text-overflow:ellipsis">{esc(t)}</div>'
        f'<b>{price(cur, rng.uniform(1, 40))}</b> <span class="muted">'
        f'{rng.choice([100, 500, 1000, 5000])}+ {sold}</span></div>'
        for t in rng.sample(PRODUCTS[lang], cols * 2))
    return (f'<div style="margin:14px 10px 6px;font-weight:700">{title}</div>'
            f'<div style="display:grid;grid-template-columns:repeat({cols},1fr);gap:8px;'
            f'margin:0 10px">{cells}</div>')


def order_number(rng: random.Random) -> str:
    """A 16-digit order number like the ones AliExpress prints."""
    head = rng.choice(["8187", "8190", "3041", "5012", "8201", "3055"])
    return head + "".join(str(rng.randrange(10)) for _ in range(12))


def esc(text: str) -> str:
    """HTML-escape a text."""
    return html.escape(text, quote=True)


# ---------------------------------------------------------------- page chrome

def base_css(spec: Spec, th: dict[str, str]) -> str:
    """The stylesheet shared by every AliExpress-like page."""
    return f"""
* {{ box-sizing: border-box; }}
body {{ margin:0; background:{th['bg']}; color:{th['text']};
       font-family:'{spec.font}', sans-serif; font-size:14px; line-height:1.35; }}
.card {{ background:{th['card']}; border-radius:12px; margin:8px 10px; padding:12px 14px; }}
.muted {{ color:{th['muted']}; font-size:12.5px; }}
.row {{ display:flex; justify-content:space-between; align-items:center; gap:10px; }}
.accent {{ color:{th['accent']}; }}
.btn {{ border:1px solid {th['line']}; border-radius:18px; padding:6px 14px;
        background:{th['btn']}; color:{th['btn_text']}; font-size:13px; white-space:nowrap; }}
.btn.main {{ background:{th['accent']}; color:#fff; border-color:{th['accent']}; }}
.thumb {{ width:64px; height:64px; border-radius:8px; flex:none; }}
.timer b {{ display:inline-block; background:{th['accent']}; color:#fff; border-radius:4px;
           padding:0 3px; margin:0 1px; }}
.statusbar {{ height:26px; display:flex; justify-content:space-between; align-items:center;
              padding:0 16px; font-size:13px; font-weight:600; background:{th['bar']}; }}
.topbar {{ height:46px; display:flex; align-items:center; gap:14px; padding:0 14px;
           font-size:17px; font-weight:600; background:{th['bar']};
           border-bottom:1px solid {th['line']}; }}
.urlbar {{ height:44px; display:flex; align-items:center; padding:0 10px; background:{th['bar']}; }}
.urlbar span {{ flex:1; background:{th['bg']}; border-radius:18px; padding:6px 12px;
                font-size:13px; color:{th['muted']}; }}
.navbar {{ position:fixed; bottom:0; left:0; right:0; height:22px; background:{th['bar']};
           display:flex; justify-content:center; align-items:center; }}
.navbar i {{ width:110px; height:4px; border-radius:2px; background:{th['muted']}; }}
.web-head {{ background:{th['bar']}; border-bottom:1px solid {th['line']}; height:64px;
             display:flex; align-items:center; gap:28px; padding:0 48px; }}
.logo {{ font-size:26px; font-weight:800; color:{th['accent']}; letter-spacing:-0.5px; }}
.search {{ flex:1; max-width:620px; border:2px solid {th['accent']}; border-radius:22px;
           padding:8px 16px; color:{th['muted']}; }}
.wrap {{ max-width:1180px; margin:0 auto; padding:12px 24px; }}
.crumbs {{ font-size:12.5px; color:{th['muted']}; margin:8px 0 12px; }}
table {{ width:100%; border-collapse:collapse; }}
td, th {{ padding:8px 6px; border-bottom:1px solid {th['line']}; text-align:left;
          vertical-align:top; font-size:13.5px; }}
th {{ color:{th['muted']}; font-weight:500; }}
"""


def thumb_css(rng: random.Random) -> str:
    """A product picture stand-in: a soft gradient."""
    a, b = rng.randrange(360), rng.randrange(360)
    return f"background:linear-gradient(135deg,hsl({a},45%,62%),hsl({b},40%,38%));"


def phone_top(spec: Spec, rng: random.Random, title: str) -> str:
    """Status bar plus the app's title bar, or the mobile browser's address bar."""
    clock = f"{spec.shot_at:%H:%M}"
    battery = rng.randrange(9, 100)
    icons = rng.choice(["▂▄▆ ", "LTE ▂▄▆ ", "5G ▂▄▆█ ", "Wi‑Fi "])
    bar = (f'<div class="statusbar"><span>{clock}</span>'
           f'<span>{icons}{battery}%</span></div>')
    if not rng.random() < 0.8:
        bar = ""
    if spec.platform == "web":
        host = "aliexpress.ru" if spec.lang == "ru" and rng.random() < 0.7 else "aliexpress.com"
        path = rng.choice(["/p/order/detail.html", "/order-list", "/p/tracking/index.html"])
        return bar + f'<div class="urlbar"><span>m.{host}{path}</span></div>'
    return bar + f'<div class="topbar"><span>‹</span><span>{esc(title)}</span></div>'


def web_top(spec: Spec, rng: random.Random) -> str:
    """The website's header and breadcrumbs."""
    ui = UI[spec.lang]
    return (f'<div class="web-head"><span class="logo">AliExpress</span>'
            f'<span class="search">{ui["search"]}</span><span>{ui["help"]}</span>'
            f'<span>{ui["account"]}</span><span>{ui["cart"]} ({rng.randrange(0, 9)})</span></div>')


def page(spec: Spec, th: dict[str, str], body: str, extra_css: str = "") -> str:
    """A whole HTML document."""
    return (f'<!doctype html><html lang="{spec.lang}"><head><meta charset="utf-8">'
            f'<style>{base_css(spec, th)}{extra_css}</style></head><body>{body}</body></html>')


# ---------------------------------------------------------------- order page

def order_page(spec: Spec, rng: random.Random) -> None:
    """An order detail page: status, countdown, items, order number."""
    ui, th, lang = UI[spec.lang], THEMES[spec.theme], spec.lang
    status = spec.want
    status_text = rng.choice(STATUSES[status][lang])
    expect: dict[str, Any] = {"status_text": status_text, "order_status": status}

    timer_html = ""
    if status in ("shipped", "delivered"):
        days = rng.choice([0, 1, 2, 3, 5, 8, 12, 15, 21, 29, 34, 41, 47, 55, 60, 71, 88])
        text, seconds = countdown(rng, lang, days, rng.randrange(24), rng.randrange(60),
                                  rng.randrange(60), True)
        expect["protection_seconds"] = seconds
        if rng.random() < 0.25 and text[-8:].count(":") == 2:
            # Boxed digits, as the newer app draws the clock part.
            head, clock = text[:-8], text[-8:]
            boxed = ":".join(f"<b>{p}</b>" for p in clock.split(":"))
            timer_html = f'<div class="timer accent">{esc(head)}{boxed}</div>'
        else:
            timer_html = f'<div class="accent" style="font-weight:600">{esc(text)}</div>'
    elif status == "awaiting" and rng.random() < 0.6:
        # The shipping deadline is a countdown too, but not buyer protection.
        d = rng.randrange(1, 7)
        clock = f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
        line = (f"Seller ships within {d} day{'s' if d > 1 else ''} {clock}" if lang == "en"
                else f"Продавец отправит в течение {d} дн. {clock}")
        timer_html = f'<div class="accent">{esc(line)}</div>'

    oid = order_number(rng)
    show_id = rng.random() < 0.88
    if show_id:
        expect["order_id"] = oid
    label = rng.choice(ui["order_labels"])
    n_items = rng.choice([1, 1, 1, 2])
    placed = spec.shot_at - timedelta(days=rng.randrange(3, 70), hours=rng.randrange(24))
    amounts = [round(rng.uniform(1.5, 89), 2) for _ in range(n_items)]
    cur = currency(rng, lang)
    items = []
    for i in range(n_items):
        title = rng.choice(PRODUCTS[lang])
        items.append((rng.choice(STORES), title, rng.choice(OPTIONS[lang]),
                      price(cur, amounts[i]), rng.choice([1, 1, 2, 3])))
    total = price(cur, sum(amounts))
    pay = rng.choice(["Visa •••• 4417", "Mastercard •••• 0932", "Mir •••• 2201", "PayPal",
                      "AliPay"])
    id_sep = " " if rng.random() < 0.15 else ""
    shown_id = id_sep.join([oid[:4], oid[4:8], oid[8:12], oid[12:]]) if id_sep else oid
    spec.expect = expect

    if spec.width < 800:
        body = phone_top(spec, rng, ui["order_details"])
        status_card = (f'<div class="card" style="background:{th["accent_bg"]}">'
                       f'<div style="font-size:20px;font-weight:700">{esc(status_text)}</div>'
                       f'<div class="muted" style="margin:4px 0">'
                       f'{esc(STATUS_NOTES[status][lang])}</div>{timer_html}</div>')
        item_cards = ""
        for store, title, opt, pr, qty in items:
            item_cards += (f'<div class="card"><div style="font-weight:600;margin-bottom:8px">'
                           f'{esc(store)} ›</div><div class="row" style="align-items:flex-start">'
                           f'<div class="thumb" style="{thumb_css(rng)}"></div>'
                           f'<div style="flex:1"><div>{esc(title)}</div>'
                           f'<div class="muted">{esc(opt)}</div>'
                           f'<div class="row"><b>{pr}</b><span class="muted">x{qty}</span></div>'
                           f'</div></div></div>')
        buttons = {"verifying": [ui["cancel"]], "awaiting": [ui["cancel"], ui["contact"]],
                   "shipped": [ui["track"], ui["confirm"]],
                   "delivered": [ui["open_dispute"], ui["confirm"]],
                   "completed": [ui["buy_again"]], "cancelled": [ui["buy_again"]]}[status]
        btns = "".join(f'<span class="btn{" main" if i == len(buttons) - 1 else ""}">'
                       f'{esc(b)}</span>' for i, b in enumerate(buttons))
        btn_row = f'<div class="card row" style="justify-content:flex-end">{btns}</div>'
        info = ""
        if show_id:
            info = (f'<div class="card"><div class="row"><span>{esc(label)}: {shown_id}</span>'
                    f'<span class="muted">{ui["copy"]}</span></div>'
                    f'<div class="row muted"><span>{ui["placed"]}</span>'
                    f'<span>{fmt_date(rng, lang, placed, rng.randrange(3), True)}</span></div>'
                    f'<div class="row muted"><span>{ui["payment"]}</span><span>{pay}</span></div>'
                    f'<div class="row"><b>{ui["total"]}</b><b>{total}</b></div></div>')
        address = (f'<div class="card muted">{ui["ship_to"]}: '
                   f'{"Anna K." if lang == "en" else "Анна К."}, +{rng.randrange(1, 99)} '
                   f'*** *** **{rng.randrange(10, 99)}</div>')
        layout = rng.randrange(3)
        if layout == 0:
            body += status_card + item_cards + btn_row + info + address
        elif layout == 1:
            body += status_card + info + item_cards + btn_row + address
        else:
            body += status_card + address + btn_row + info + item_cards
        body += recommended(spec, rng, cur)
        body += '<div class="navbar"><i></i></div>' if spec.platform == "app" else ""
    else:
        body = web_top(spec, rng)
        rows = "".join(f'<tr><td><div class="row" style="justify-content:flex-start">'
                       f'<div class="thumb" style="{thumb_css(rng)};width:48px;height:48px">'
                       f'</div><div>{esc(t)}<div class="muted">{esc(o)} · {esc(s)}</div></div>'
                       f'</div></td><td>{p}</td><td>{q}</td></tr>'
                       for s, t, o, p, q in items)
        head_cells = ("<th>Product</th><th>Price</th><th>Qty</th>" if lang == "en" else
                      "<th>Товар</th><th>Цена</th><th>Кол-во</th>")
        info = (f'<div>{esc(label)}: <b>{shown_id}</b> <span class="muted">{ui["copy"]}</span>'
                f'</div>' if show_id else "")
        body += (f'<div class="wrap"><div class="crumbs">{ui["home"]} › {ui["my_orders"]} › '
                 f'{ui["order_details"]}</div>'
                 f'<div class="card" style="margin:0 0 12px"><div class="row">'
                 f'<div><div class="muted">{ui["status"]}</div>'
                 f'<div style="font-size:22px;font-weight:700">{esc(status_text)}</div>'
                 f'<div class="muted">{esc(STATUS_NOTES[status][lang])}</div>{timer_html}</div>'
                 f'<div style="display:flex;gap:8px"><span class="btn">{ui["contact"]}</span>'
                 f'<span class="btn main">{ui["track"] if status == "shipped" else ui["buy_again"]}'
                 f'</span></div></div></div>'
                 f'<div class="card" style="margin:0 0 12px">{info}'
                 f'<div class="muted">{ui["placed"]}: '
                 f'{fmt_date(rng, lang, placed, rng.randrange(3), True)} · {ui["payment"]}: {pay}'
                 f'</div></div>'
                 f'<div class="card" style="margin:0"><table><tr>{head_cells}</tr>{rows}</table>'
                 f'<div class="row" style="justify-content:flex-end;margin-top:8px">'
                 f'<b>{ui["total"]}: {total}</b></div></div></div>' + recommended(spec, rng, cur))
    spec.html = page(spec, th, body)


# ---------------------------------------------------------------- tracking page

def tracking_page(spec: Spec, rng: random.Random) -> None:
    """A tracking page: carrier, tracking number, events newest first."""
    ui, th, lang = UI[spec.lang], THEMES[spec.theme], spec.lang
    cur = currency(rng, lang)
    reached = rng.randrange(2, len(EVENTS[lang]))
    chain = EVENTS[lang][: reached + 1]
    when = spec.shot_at - timedelta(hours=rng.randrange(2, 90), minutes=rng.randrange(60))
    stamps = [when]
    for _ in chain[1:]:
        stamps.append(stamps[-1] - timedelta(hours=rng.randrange(5, 80), minutes=rng.randrange(60)))
    events = list(zip(reversed(chain), stamps))  # newest first
    style = rng.randrange(4)
    expect: dict[str, Any] = {"tracking_event": events[0][0],
                              "tracking_date": events[0][1].date().isoformat()}
    track_no = rng.choice(["LP", "RU", "YT", "CN"]) + "".join(
        str(rng.randrange(10)) for _ in range(rng.choice([12, 14]))) + rng.choice(["", "CN", "RU"])
    carrier = rng.choice(["AliExpress Standard Shipping", "Cainiao Super Economy",
                          "AliExpress Selection Shipping", "Cainiao Expedited Standard"])
    oid = order_number(rng)
    show_id = rng.random() < 0.5
    if show_id:
        expect["order_id"] = oid
    spec.expect = expect
    eta_a = spec.shot_at + timedelta(days=rng.randrange(1, 8))
    eta = f"{fmt_date(rng, lang, eta_a, 3, False)} – {fmt_date(rng, lang, eta_a + timedelta(days=6), 3, False)}"

    def place_of(text: str) -> str:
        """Chinese places before the parcel leaves the origin country, local ones after."""
        stage = EVENTS[lang].index(text)
        return rng.choice(PLACES[lang][:3] if stage < 5 else PLACES[lang][4:])

    def line(i: int, text: str, dt: datetime) -> str:
        place = place_of(text)
        colour = th["accent"] if i == 0 else th["muted"]
        weight = "600" if i == 0 else "400"
        return (f'<div style="display:flex;gap:12px;padding:7px 0">'
                f'<div style="width:10px;flex:none;padding-top:5px"><div style="width:9px;'
                f'height:9px;border-radius:50%;background:{colour}"></div></div>'
                f'<div style="flex:1"><div style="font-weight:{weight}">{esc(text)}</div>'
                f'<div class="muted">{esc(place)}</div>'
                f'<div class="muted">{fmt_date(rng, lang, dt, style, True)}</div></div></div>')

    head = (f'<div class="muted">{ui["carrier"]}</div><div style="font-weight:600">{carrier}</div>'
            f'<div class="row" style="margin-top:6px"><span>{ui["tracking_no"]}: {track_no}</span>'
            f'<span class="muted">{ui["copy"]}</span></div>'
            + (f'<div class="muted">{rng.choice(ui["order_labels"])}: {oid}</div>' if show_id else "")
            + f'<div class="muted">{ui["eta"]}: {eta}</div>')
    timeline = "".join(line(i, t, d) for i, (t, d) in enumerate(events))
    if spec.width < 800:
        body = phone_top(spec, rng, ui["tracking"])
        body += f'<div class="card">{head}</div><div class="card">{timeline}</div>'
        body += recommended(spec, rng, cur)
        body += '<div class="navbar"><i></i></div>' if spec.platform == "app" else ""
    else:
        body = web_top(spec, rng)
        rows = "".join(f'<tr><td style="width:220px" class="muted">'
                       f'{fmt_date(rng, lang, d, style, True)}</td>'
                       f'<td{" style=font-weight:600" if i == 0 else ""}>{esc(t)}</td>'
                       f'<td class="muted">{esc(place_of(t))}</td></tr>'
                       for i, (t, d) in enumerate(events))
        body += (f'<div class="wrap"><div class="crumbs">{ui["home"]} › {ui["my_orders"]} › '
                 f'{ui["tracking"]}</div><div class="card" style="margin:0 0 12px">{head}</div>'
                 f'<div class="card" style="margin:0"><table>{rows}</table></div></div>')
    spec.html = page(spec, th, body)


# ---------------------------------------------------------------- dispute page

def dispute_page(spec: Spec, rng: random.Random) -> None:
    """A dispute page: its state, the seller's reply timer, the request."""
    ui, th, lang = UI[spec.lang], THEMES[spec.theme], spec.lang
    state = spec.want
    headline = rng.choice(DISPUTES[state][lang])
    oid = order_number(rng)
    show_id = rng.random() < 0.7
    expect: dict[str, Any] = {"dispute": state, "dispute_text": headline}
    if show_id:
        expect["order_id"] = oid
    spec.expect = expect
    amount = round(rng.uniform(2, 70), 2)
    cur = currency(rng, lang)
    d, clock = rng.randrange(0, 15), f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
    sub = ""
    if state in ("opened", "escalated"):
        # The seller's (or the platform's) reply timer: not buyer protection.
        who = "The seller" if state == "opened" else "AliExpress"
        sub = (f"{who} has {d} days {clock} to respond" if lang == "en" else
               f"{'Продавцу' if state == 'opened' else 'AliExpress'} осталось на ответ: "
               f"{d} дн. {clock}")
    elif state == "refused":
        sub = (f"Reply or escalate within {d} days {clock}" if lang == "en" else
               f"Ответьте или обострите спор в течение {d} дн. {clock}")
    elif state == "offer":
        sub = f'{ui["offer_text"]} {price(cur, amount / 2)}'
    elif state == "won":
        sub = (f"{price(cur, amount)} will be returned to your payment method" if lang == "en"
               else f"{price(cur, amount)} вернутся на ваш способ оплаты")
    elif state == "lost":
        sub = ("The decision was made based on the evidence provided." if lang == "en" else
               "Решение принято по предоставленным доказательствам.")
    else:
        sub = ("You can't open a new dispute for this item." if lang == "en" else
               "Повторно открыть спор по этому товару нельзя.")
    opened_at = spec.shot_at - timedelta(days=rng.randrange(1, 20), hours=rng.randrange(24))
    buttons = {"opened": [ui["cancel_dispute"]], "refused": [ui["cancel_dispute"], ui["escalate"]],
               "offer": [ui["reject"], ui["accept"]], "escalated": [ui["cancel_dispute"]],
               "lost": [ui["view_order"]], "won": [ui["view_order"]],
               "closed_by_me": [ui["view_order"]]}[state]
    btns = "".join(f'<span class="btn{" main" if i == len(buttons) - 1 else ""}">{esc(b)}</span>'
                   for i, b in enumerate(buttons))
    request = rng.choice([ui["refund_only"], ui["return_refund"]])
    banner = (f'<div class="card" style="background:{th["accent_bg"]}">'
              f'<div style="font-size:19px;font-weight:700">{esc(headline)}</div>'
              f'<div class="accent" style="margin-top:4px">{esc(sub)}</div>'
              f'<div class="row" style="justify-content:flex-end;gap:8px;margin-top:10px">{btns}'
              f'</div></div>')
    details = (f'<div class="card"><div class="row"><span class="muted">{ui["request"]}</span>'
               f'<span>{request}</span></div><div class="row"><span class="muted">{ui["amount"]}'
               f'</span><span>{price(cur, amount)}</span></div><div class="row">'
               f'<span class="muted">{ui["reason"]}</span><span>{ui["reason_text"]}</span></div>'
               + (f'<div class="row"><span class="muted">{rng.choice(ui["order_labels"])}</span>'
                  f'<span>{oid}</span></div>' if show_id else "") + '</div>')
    item = (f'<div class="card row" style="justify-content:flex-start">'
            f'<div class="thumb" style="{thumb_css(rng)}"></div>'
            f'<div>{esc(rng.choice(PRODUCTS[lang]))}<div class="muted">'
            f'{esc(rng.choice(OPTIONS[lang]))}</div></div></div>')
    history = (f'<div class="card"><div style="font-weight:600">{ui["history"]}</div>'
               f'<div class="muted">{fmt_date(rng, lang, opened_at, rng.randrange(3), True)} · '
               f'{ui["you_opened"]}</div></div>')
    if spec.width < 800:
        body = phone_top(spec, rng, ui["dispute"]) + banner + details + item + history
        body += '<div class="navbar"><i></i></div>' if spec.platform == "app" else ""
    else:
        body = web_top(spec, rng) + (
            f'<div class="wrap"><div class="crumbs">{ui["home"]} › {ui["my_orders"]} › '
            f'{ui["dispute"]}</div><div style="display:grid;grid-template-columns:2fr 1fr;'
            f'gap:12px"><div>{banner}{details}</div><div>{item}{history}</div></div></div>')
    spec.html = page(spec, th, body)


# ---------------------------------------------------------------- not AliExpress

def other_pages(rng: random.Random, shot: datetime) -> list[tuple[str, str, str, int, int, int, str]]:
    """Ten images that are not AliExpress pages: (slug, lang, html, w, h, scale, theme)."""
    out = []
    chat_lines = [("Привет! Заказ так и не пришёл", False), ("Какой номер заказа?", True),
                  ("Там написано 12 дней 05:31, это сколько ещё ждать?", False),
                  ("Открой спор, если до 20 ноября не придёт", True), ("Ок, спасибо!", False)]
    bubbles = "".join(
        f'<div style="display:flex;justify-content:{"flex-start" if them else "flex-end"};'
        f'margin:6px 10px"><div style="max-width:75%;padding:7px 10px;border-radius:14px;'
        f'background:{"#2b5278" if not them else "#182533"};color:#fff">{esc(t)}'
        f'<span style="font-size:11px;color:#9fb3c8;margin-left:8px">{10 + i}:{(i * 7) % 60:02d}'
        f'</span></div></div>' for i, (t, them) in enumerate(chat_lines))
    out.append(("chat_ru", "ru",
                f'<body style="margin:0;background:#0e1621;font-family:Roboto;font-size:15px">'
                f'<div style="height:56px;background:#17212b;color:#fff;display:flex;'
                f'align-items:center;padding:0 16px;font-weight:600">Маша</div>{bubbles}</body>',
                390, 844, 3, "dark"))
    cards = "".join(f'<div style="border:1px solid #ddd;border-radius:6px;padding:8px">'
                    f'<div style="height:120px;{thumb_css(rng)}border-radius:4px"></div>'
                    f'<div>{esc(p)}</div><b>${rng.uniform(5, 80):.2f}</b> '
                    f'<span style="color:#888">★ 4.{rng.randrange(10)} ({rng.randrange(20, 900)})'
                    f'</span></div>' for p in rng.sample(PRODUCTS["en"], 8))
    out.append(("shop_en", "en",
                f'<body style="margin:0;font-family:Liberation Sans;background:#fff">'
                f'<div style="background:#232f3e;color:#fff;padding:14px 40px;font-size:22px">'
                f'Fernhill Market <span style="font-size:14px;margin-left:40px">Deals · Orders · '
                f'Cart (2)</span></div><div style="display:grid;grid-template-columns:repeat(4,1fr);'
                f'gap:16px;padding:20px 40px">{cards}</div></body>', 1366, 768, 1, "light"))
    lines = "".join(f'<div style="display:flex;justify-content:space-between">'
                    f'<span>{esc(n)}</span><span>{rng.uniform(0.5, 30):.2f}</span></div>'
                    for n in ["MILK 2.5% 1L", "BREAD RYE", "APPLES KG", "COFFEE BEANS", "SOAP"])
    out.append(("receipt_en", "en",
                f'<body style="margin:0;background:#ddd;font-family:DejaVu Sans Mono;font-size:14px">'
                f'<div style="width:300px;margin:30px auto;background:#fffef8;padding:18px">'
                f'<div style="text-align:center">CORNER GROCERY #118<br>12 HIGH ST<br>'
                f'{shot:%d/%m/%Y %H:%M}</div><hr>{lines}<hr><b>TOTAL 41.37</b><br>'
                f'CARD ****4417<br>RECEIPT NO 0004471920<br>THANK YOU</div></body>',
                360, 780, 2, "light"))
    out.append(("noise", "none", "", 1280, 960, 1, "light"))
    digits = "".join(f'<span style="display:inline-block;width:24%">'
                     f'{rng.randrange(10 ** 5, 10 ** 16)}</span>' for _ in range(48))
    out.append(("numbers", "none",
                f'<body style="margin:20px;font-family:Noto Sans;font-size:18px;line-height:2">'
                f'{digits}</body>', 1280, 800, 1, "light"))
    tx = "".join(f'<div style="display:flex;justify-content:space-between;padding:10px 0;'
                 f'border-bottom:1px solid #333"><div>{esc(n)}<div style="color:#999;'
                 f'font-size:12px">{d}</div></div><div>{a}</div></div>'
                 for n, d, a in [("Пятёрочка", "Сегодня, 09:14", "−412,50 ₽"),
                                 ("Перевод от Ивана С.", "Вчера, 21:03", "+1 500,00 ₽"),
                                 ("Метро", "Вчера, 08:40", "−62,00 ₽"),
                                 ("Аптека", "3 ноября, 18:22", "−1 038,00 ₽"),
                                 ("Кэшбэк", "1 ноября", "+214,00 ₽")])
    out.append(("bank_ru", "ru",
                f'<body style="margin:0;background:#121212;color:#eee;font-family:Roboto;'
                f'font-size:15px;padding:16px"><div style="font-size:13px;color:#aaa">Баланс</div>'
                f'<div style="font-size:28px;font-weight:700">48 215,77 ₽</div>'
                f'<div style="margin-top:20px;font-weight:600">Операции</div>{tx}</body>',
                412, 915, 2, "dark"))
    mails = "".join(f'<div style="padding:10px 0;border-bottom:1px solid #eee"><b>{esc(f)}</b> '
                    f'<span style="color:#888;float:right">{t}</span><div>{esc(s)}</div></div>'
                    for f, s, t in [("Newsletter", "Your weekly digest is here", "10:02"),
                                    ("Dentist", "Reminder: appointment on Nov 24 at 15:30", "09:11"),
                                    ("Landlord", "Rent for December", "Yesterday"),
                                    ("GitHub", "[repo] 3 new issues", "Nov 18")])
    out.append(("mail_en", "en",
                f'<body style="margin:0;font-family:Open Sans;font-size:15px;padding:12px 16px">'
                f'<div style="font-size:24px;font-weight:700;margin-bottom:8px">Inbox</div>{mails}'
                f'</body>', 360, 760, 3, "light"))
    days = "".join(f'<div style="border:1px solid #ddd;height:70px;padding:4px">{i}'
                   + ("<div style='background:#c7e1ff;font-size:12px'>Встреча 14:00</div>"
                      if i % 9 == 3 else "") + '</div>' for i in range(1, 36))
    out.append(("calendar_ru", "ru",
                f'<body style="margin:16px;font-family:Noto Sans"><h2>Ноябрь 2026</h2>'
                f'<div style="display:grid;grid-template-columns:repeat(7,1fr)">{days}</div></body>',
                1280, 800, 1, "light"))
    keys = "".join(f'<div style="background:#333;border-radius:50%;height:80px;display:flex;'
                   f'align-items:center;justify-content:center;font-size:30px">{k}</div>'
                   for k in "789÷456×123−0.=+")
    out.append(("calculator", "none",
                f'<body style="margin:0;background:#000;color:#fff;font-family:Roboto;padding:16px">'
                f'<div style="text-align:right;font-size:64px;margin:120px 0 20px">1 036 800</div>'
                f'<div style="display:grid;grid-template-columns:repeat(4,1fr);gap:12px">{keys}'
                f'</div></body>', 390, 844, 3, "dark"))
    news = ("Курс рубля, погода и пробки: главное к утру 20 ноября. В Москве до +3, "
            "на дорогах 6 баллов. Биржевые индексы выросли на 1,2%. ") * 4
    out.append(("news_ru", "ru",
                f'<body style="margin:0;font-family:Noto Serif;font-size:17px;padding:16px;'
                f'line-height:1.6"><div style="font-family:Noto Sans;font-weight:800;font-size:20px;'
                f'border-bottom:3px solid #000">ВЕСТИ ДНЯ</div><h2>Главное к утру</h2>'
                f'<p>{esc(news)}</p></body>', 412, 892, 3, "light"))
    return out


def noise_image(path: Path, seed: int) -> None:
    """A photo-like image: blurred colour blobs with grain."""
    from PIL import Image, ImageDraw, ImageFilter

    rng = random.Random(seed)
    img = Image.new("RGB", (1280, 960), (rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    draw = ImageDraw.Draw(img)
    for _ in range(60):
        x, y, r = rng.randrange(1280), rng.randrange(960), rng.randrange(20, 260)
        draw.ellipse((x - r, y - r, x + r, y + r),
                     fill=(rng.randrange(256), rng.randrange(256), rng.randrange(256)))
    img = img.filter(ImageFilter.GaussianBlur(18))
    grain = Image.effect_noise((1280, 960), 40).convert("RGB")
    Image.blend(img, grain, 0.18).save(path)


# ---------------------------------------------------------------- specs

def build_specs(seed: int) -> list[Spec]:
    """Every image of the set, deterministic from the seed."""
    specs: list[Spec] = []
    base = datetime(2026, 11, 20, 9, 0)
    for lang in ("en", "ru"):
        n = 0
        deal = random.Random(f"{seed}-{lang}-deal")
        wants = {"order": [st for st, c in STATUS_COUNTS.items() for _ in range(c)],
                 "dispute": (list(DISPUTES) * 2)[: PER_LANG["dispute"]],
                 "tracking": [""] * PER_LANG["tracking"]}
        for values in wants.values():
            deal.shuffle(values)
        for kind, count in PER_LANG.items():
            for i in range(count):
                rng = random.Random(f"{seed}-{lang}-{kind}-{i}")
                platform = "web" if i % 3 == 2 else "app"
                theme = "dark" if (i + 2 * (lang == "ru")) % 5 in (1, 3) else "light"
                on_desktop = platform == "web" and rng.random() < 0.7
                w, h, scale = rng.choice(DESKTOPS if on_desktop else PHONES)
                font = rng.choice(FONTS_WEB if platform == "web" else FONTS_APP)
                shot = base + timedelta(days=rng.randrange(0, 30), minutes=rng.randrange(24 * 60))
                crop = (0.0, 0.0, 0.0, 0.0)
                if rng.random() < 0.3:
                    crop = (rng.uniform(0, 0.025), rng.uniform(0, 0.03),
                            rng.uniform(0, 0.025), rng.uniform(0, 0.06))
                n += 1
                spec = Spec(name=f"{lang}_{kind}_{i + 1:02d}", lang=lang, kind=kind, theme=theme,
                            platform=platform, width=w, height=h, scale=scale, font=font,
                            quality=rng.randrange(80, 88), shot_at=shot, crop=crop,
                            want=wants[kind][i])
                {"order": order_page, "tracking": tracking_page, "dispute": dispute_page}[kind](
                    spec, rng)
                specs.append(spec)
    rng = random.Random(f"{seed}-other")
    shot = base + timedelta(days=3, hours=5)
    for slug, lang, doc, w, h, scale, theme in other_pages(rng, shot):
        specs.append(Spec(name=f"other_{slug}", lang=lang, kind="other", theme=theme,
                          platform="other", width=w, height=h, scale=scale, font="",
                          quality=rng.randrange(80, 88), shot_at=shot,
                          html=f'<!doctype html><html><head><meta charset="utf-8"></head>{doc}'
                               f'</html>' if doc else "", raw_image=not doc))
    return specs


def manifest_line(spec: Spec) -> dict[str, Any]:
    """The manifest record of one image."""
    return {"file": f"{spec.name}.jpg", "lang": spec.lang, "kind": spec.kind,
            "theme": spec.theme, "device": spec.device, "platform": spec.platform,
            "font": spec.font, "jpeg_quality": spec.quality,
            "shot_at": spec.shot_at.isoformat(timespec="minutes"), "expect": spec.expect}


# ---------------------------------------------------------------- rendering

def chromium() -> str:
    """The Chromium binary, or exit with how to install it."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("make.py: chromium is missing; on Debian: apt-get install chromium fonts-noto-core "
             "fonts-roboto fonts-open-sans fonts-liberation2")


def render(spec: Spec, out: Path, work: Path, browser: str) -> None:
    """Render one spec to OUT/<name>.jpg the way Telegram would store the photo."""
    from PIL import Image

    png = work / f"{spec.name}.png"
    if spec.raw_image:
        noise_image(png, SEED)
    else:
        src = work / f"{spec.name}.html"
        src.write_text(spec.html, encoding="utf-8")
        cmd = [browser, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
               "--no-first-run", "--disable-dev-shm-usage", f"--user-data-dir={work / 'profile'}",
               f"--force-device-scale-factor={spec.scale}",
               f"--window-size={spec.width},{spec.height}", f"--screenshot={png}", src.as_uri()]
        subprocess.run(cmd, check=True, capture_output=True, timeout=120)
    img = Image.open(png).convert("RGB")
    left, top, right, bottom = spec.crop
    w, h = img.size
    img = img.crop((int(w * left), int(h * top), w - int(w * right), h - int(h * bottom)))
    longest = max(img.size)
    if longest > TELEGRAM_MAX_SIDE:
        k = TELEGRAM_MAX_SIDE / longest
        img = img.resize((round(img.width * k), round(img.height * k)), Image.LANCZOS)
    img.save(out / f"{spec.name}.jpg", "JPEG", quality=spec.quality, optimize=True)


def shrink_copy(src: Path, dest: Path, quality: int) -> tuple[int, int]:
    """Copy a JPEG, scaled down in 10 % steps until it fits the tests' size limit."""
    from PIL import Image

    img = Image.open(src)
    size = img.size
    data = src.read_bytes()
    while len(data) > TEST_MAX_BYTES:
        size = (round(size[0] * 0.9), round(size[1] * 0.9))
        buf = io.BytesIO()
        img.resize(size, Image.LANCZOS).save(buf, "JPEG", quality=quality, optimize=True)
        data = buf.getvalue()
    dest.write_bytes(data)
    return size


def pick_tests(specs: list[Spec], out: Path) -> list[Spec]:
    """The six images the end-to-end tests use: the smallest of each group."""
    groups = {
        "order_en": [s for s in specs if s.kind == "order" and s.lang == "en"
                     and "protection_seconds" in s.expect and "order_id" in s.expect],
        "order_ru": [s for s in specs if s.kind == "order" and s.lang == "ru"
                     and "protection_seconds" in s.expect and "order_id" in s.expect],
        "tracking": [s for s in specs if s.kind == "tracking"],
        "other": [s for s in specs if s.kind == "other" and not s.raw_image],
    }
    picked: list[Spec] = []
    for group, count in TEST_PICKS.items():
        sized = sorted(groups[group], key=lambda s: (out / f"{s.name}.jpg").stat().st_size)
        picked += sized[:count]
    return picked


def main() -> None:
    """Generate the set into OUTDIR and write the manifests."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("outdir", nargs="?", type=Path, default=DEFAULT_OUT)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--only", nargs="*", default=None, help="render only these names")
    ap.add_argument("--tests", action="store_true", help="refresh tests/data/screens/")
    ap.add_argument("--keep-html", action="store_true", help="keep the HTML and PNG files")
    args = ap.parse_args()

    specs = build_specs(args.seed)
    args.outdir.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(manifest_line(s), ensure_ascii=False) for s in specs]
    (args.outdir / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    if args.seed == SEED:
        (HERE / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")

    browser = chromium()
    try:
        import PIL  # noqa: F401
    except ImportError:
        sys.exit("make.py: Pillow is missing; pip install pillow (into the venv you run this with)")
    todo = [s for s in specs if args.only is None or s.name in args.only]
    work = Path(tempfile.mkdtemp(prefix="screens-"))
    try:
        for i, spec in enumerate(todo, 1):
            render(spec, args.outdir, work, browser)
            print(f"[{i}/{len(todo)}] {spec.name}.jpg", flush=True)
        if args.keep_html:
            for f in work.glob("*.*"):
                shutil.copy(f, args.outdir / f.name)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    if args.tests:
        dest = REPO / "tests" / "data" / "screens"
        dest.mkdir(parents=True, exist_ok=True)
        for old in dest.glob("*.jpg"):
            old.unlink()
        picked = pick_tests(specs, args.outdir)
        records = []
        for spec in picked:
            w, h = shrink_copy(args.outdir / f"{spec.name}.jpg", dest / f"{spec.name}.jpg",
                               spec.quality)
            records.append({**manifest_line(spec), "size": [w, h]})
        (dest / "manifest.jsonl").write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        print(f"tests/data/screens: {', '.join(s.name for s in picked)}")


if __name__ == "__main__":
    main()
