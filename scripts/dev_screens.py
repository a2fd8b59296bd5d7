"""Own development screenshots for tuning the screenshot reader (never the benchmark's set).

Run: `.venv/bin/python scripts/dev_screens.py [OUTDIR] [--count N] [--seed S]` to draw pages,
then `.venv/bin/python scripts/dev_screens.py OUTDIR --read` to read them with the bot's
reader and print, per fact, how many were read exactly (and each miss: these are our own
images). Pages are drawn with Pillow from the glossary of refund-rules.md: AliExpress order
pages with the status, the Buyer Protection countdown (plain text, or the clock in digit
boxes as the app shows it, light and dark), the order number by its label, items, buttons
and the address; EN and RU; phone and desktop widths; saved as Telegram does (JPEG ~80).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont

FONTS = {
    "noto": "/usr/share/fonts/truetype/noto/NotoSans-{w}.ttf",
    "dejavu": "/usr/share/fonts/truetype/dejavu/DejaVuSans{b}.ttf",
    "roboto": "/usr/share/fonts/truetype/roboto/unhinted/RobotoTTF/Roboto-{w}.ttf",
    "liberation": "/usr/share/fonts/truetype/liberation2/LiberationSans-{w}.ttf",
    "opensans": "/usr/share/fonts/truetype/open-sans/OpenSans-{w}.ttf",
    "notodisplay": "/usr/share/fonts/truetype/noto/NotoSansDisplay-{w}.ttf",
    "robotocond": "/usr/share/fonts/truetype/roboto/unhinted/RobotoCondensed-{w}.ttf",
    "dejavucond": "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed{b}.ttf",
}
STATUSES = {
    "en": [("Awaiting delivery", "shipped"), ("Shipped", "shipped"), ("In transit", "shipped"),
           ("Delivered", "delivered"), ("Awaiting shipment", "awaiting"),
           ("Completed", "completed")],
    "ru": [("Отправлено", "shipped"), ("В пути", "shipped"), ("Доставлено", "delivered"),
           ("Ожидает отправки", "awaiting"), ("Завершён", "completed")],
}
WORDS: dict[str, dict[str, Any]] = {
    "en": {"title": "Order details", "labels": ["Order ID", "Order number", "Order No."],
           "protect": ["Buyer Protection ends in", "Confirm receipt within",
                       "Order completion time:"],
           "days": lambda d: f"{d} days" if d != 1 else "1 day", "note": "The parcel is on its way",
           "buttons": ["Confirm receipt", "Track order", "Open dispute"], "copy": "Copy",
           "store": "Shenzhen Tech Store", "item": "Wireless earbuds, Bluetooth 5.3",
           "items": ["Sports watch, waterproof", "Phone case with stand", "Dispute-free USB cable"],
           "date": "Order date: Nov 3, 2026", "pay": "Payment method: Visa ****4411",
           "total": "Total: US $23.40", "addr": "John Smith, +1 ***-***-4321"},
    "ru": {"title": "Детали заказа", "labels": ["Номер заказа", "№ заказа", "ID заказа"],
           "protect": ["Защита покупателя:", "Подтвердите получение в течение",
                       "До конца защиты покупателя:"],
           "days": lambda d: f"{d} дн.", "note": "Посылка в пути",
           "buttons": ["Подтвердить получение", "Отследить", "Открыть спор"],
           "copy": "Копировать", "store": "Магазин электроники", "item": "Наушники беспроводные",
           "items": ["Спортивные часы, водонепроницаемые", "Спортивная бутылка для воды",
                     "Чехол для телефона"],
           "date": "Дата заказа: 3 нояб. 2026", "pay": "Способ оплаты: Мир ****4411",
           "total": "Итого: 1 290,00 ₽", "addr": "Иван Петров, +7 ***-***-43-21"},
}
LABELS = {
    # How the app, the website and the help centre word the protection countdown (glossary of
    # refund-rules.md and the buyers' guides), each as a label before the clock.
    "en": ["Buyer Protection ends in", "Buyer Protection:", "Confirm receipt within",
           "Order completion time:", "Delivery deadline:", "Protection period ends in",
           "Order will be closed automatically in", "Automatic confirmation in",
           "Time to open a dispute:"],
    "ru": ["Защита покупателя:", "Подтвердите получение в течение", "До конца защиты покупателя:",
           "Срок защиты заказа:", "Защита заказа истекает через", "До окончания защиты:",
           "Защита покупателя закончится через", "Срок защиты покупателя истекает через",
           "Срок доставки:", "Срок доставки истекает через", "Время завершения заказа:",
           "Заказ будет завершён автоматически через", "Автоматическое подтверждение через",
           "До автоматического подтверждения получения:", "Автоматическое подтверждение "
           "получения через", "До закрытия заказа:", "Заказ будет закрыт через",
           "Гарантия возврата денег:", "Время на открытие спора:",
           "Открыть спор можно в течение", "Подтверждение получения: осталось"],
}
NOTES = {"en": ["Your parcel is on its way", "Open a dispute before the time is up"],
         "ru": ["Посылка в пути, ожидайте", "Если посылка не пришла, откройте спор"]}
PALE_BOXES = False
"""Set by --pale: 40% of digit boxes pale (pink or grey) with red or dark digits, some
outlined in red, as a shop's promotion clock or a restyled app draws them."""
NUMBER_FORMS = False
"""Set by --numbers: order numbers split at a line end, with a copy icon or word after them,
after «Заказ №», grouped by four or in two halves."""
THEMES: dict[str, dict[str, Any]] = {
    "light": {"bg": (245, 245, 245), "card": (255, 255, 255), "text": (34, 34, 34),
              "muted": (120, 120, 120), "red": (255, 71, 71), "box": [(255, 71, 71),
                                                                      (34, 34, 34)],
              "boxtext": (255, 255, 255)},
    "dark": {"bg": (12, 12, 12), "card": (30, 30, 30), "text": (236, 236, 236),
             "muted": (150, 150, 150), "red": (255, 90, 90), "box": [(255, 71, 71),
                                                                     (64, 64, 64)],
             "boxtext": (255, 255, 255)},
}


@dataclass
class Page:
    """A page being drawn: canvas, cursor, scale and theme."""

    image: Image.Image
    draw: ImageDraw.ImageDraw
    font: str
    scale: float
    theme: dict[str, Any]
    y: float = 0.0
    x: float = 0.0

    def face(self, size: float, bold: bool = False) -> ImageFont.FreeTypeFont:
        """The page's font at a CSS size."""
        path = FONTS[self.font].format(w="Bold" if bold else "Regular", b="-Bold" if bold else "")
        return ImageFont.truetype(path, max(8, round(size * self.scale)))

    def text(self, line: str, size: float = 14, bold: bool = False, colour: Any = None,
             gap: float = 8, x: float | None = None) -> None:
        """One line of text at the cursor, then down; wrapped at a space as an app wraps it
        when wider than the page."""
        font = self.face(size, bold)
        left = x if x is not None else self.x
        room = self.image.width / self.scale - left - 12
        words = line.split(" ")
        while len(words) > 1 and self.draw.textlength(" ".join(words), font=font) / self.scale \
                > room:
            cut = next(n for n in range(len(words) - 1, 0, -1)
                       if n == 1 or self.draw.textlength(" ".join(words[:n]), font=font)
                       / self.scale <= room)
            self.draw.text((left * self.scale, self.y * self.scale), " ".join(words[:cut]),
                           font=font, fill=colour or self.theme["text"])
            self.y += size * 1.35
            words = words[cut:]
        self.draw.text((left * self.scale, self.y * self.scale), " ".join(words),
                       font=font, fill=colour or self.theme["text"])
        self.y += size * 1.35 + gap


def ru_days(d: int) -> str:
    """«день», «дня» or «дней» for a day count."""
    if d % 10 == 1 and d % 100 != 11:
        return "день"
    return "дня" if d % 10 in (2, 3, 4) and d % 100 not in (12, 13, 14) else "дней"


def boxes(page: Page, parts: list[str], size: float, rng: random.Random,
          prefix: str = "", units: list[str] | None = None, under: bool = False,
          above: bool = False, colons: bool = True, chips: bool = False,
          spacing: list[float] | None = None, wrap: bool = False) -> None:
    """A countdown's numbers in rounded boxes with colons between, after an optional text;
    `units` are small labels under (or above) each box, or beside it in place of the colons;
    `chips`: pill-shaped boxes; `spacing`: the room after each box (unlike between groups);
    `wrap`: a box that does not fit the page's width starts the next line, as an app wraps."""
    s = page.scale
    x = page.x
    if units and above:
        small = page.face(size * 0.7)
        step = size * 1.7 + size * 0.8
        for i, unit in enumerate(units):
            page.draw.text(((x + i * step + 2) * s, page.y * s), unit, font=small,
                           fill=page.theme["muted"])
        page.y += size + 4
        units = None
    font = page.face(size, bold=True)
    if prefix:
        page.draw.text((x * s, (page.y + 3) * s), prefix, font=page.face(size),
                       fill=page.theme["text"])
        x += page.draw.textlength(prefix, font=page.face(size)) / s + 6
    fill = rng.choice(page.theme["box"])
    ink = page.theme["boxtext"]
    outline = None
    if PALE_BOXES and rng.random() < 0.4:  # pale boxes with red or dark digits, or outlined
        light = page.theme["bg"][0] > 128
        fill = rng.choice([(255, 236, 236), (238, 238, 240)] if light else [(60, 36, 36),
                                                                            (48, 48, 52)])
        ink = rng.choice([page.theme["red"], page.theme["text"]])
        outline = page.theme["red"] if rng.random() < 0.5 else None
    box_h = size * 1.6
    for i, part in enumerate(parts):
        # A box as wide as its text needs: «05ч», «31 мин» inside, or a colon a box of its own.
        box_w = size * 1.7 if len(part) == 2 else max(
            size * 0.9, page.draw.textlength(part, font=font) / s + size * 0.6)
        if chips:
            box_w += size * 0.6
        if wrap and i and x + box_w > page.image.width / s - 8:
            x = page.x
            page.y += box_h + 6
        page.draw.rounded_rectangle((x * s, page.y * s, (x + box_w) * s, (page.y + box_h) * s),
                                    radius=(box_h / 2 if chips else 4) * s, fill=fill,
                                    outline=outline,
                                    width=max(1, round(s)))
        width = page.draw.textlength(part, font=font) / s
        page.draw.text(((x + (box_w - width) / 2) * s, (page.y + box_h * 0.12) * s), part,
                       font=font, fill=ink)
        x += box_w
        if units and under:
            small = page.face(size * 0.7)
            page.draw.text(((x - box_w + 2) * s, (page.y + box_h + 2) * s), units[i],
                           font=small, fill=page.theme["muted"])
        elif units:
            small = page.face(size * 0.8)
            page.draw.text(((x + 3) * s, (page.y + box_h * 0.3) * s), units[i], font=small,
                           fill=page.theme["text"])
            x += page.draw.textlength(units[i], font=small) / s + 8
            continue
        if spacing:
            x += spacing[i % len(spacing)]
        elif not colons:
            x += size * 0.3
        elif i < len(parts) - 1:
            page.draw.text(((x + 2) * s, (page.y + box_h * 0.08) * s), ":", font=font,
                           fill=page.theme["red"] if fill == page.theme["red"]
                           else page.theme["text"])
            x += size * 0.8
    page.y += box_h + (size + 12 if units and under else 10)


RU_BOX_LABELS = ["Защита покупателя", "Защита покупателя:", "Осталось",
                 "Автоматическое подтверждение через", "Автоматическое подтверждение получения:",
                 "Подтвердите получение в течение", "Срок защиты заказа:"]


def ruboxes(page: Page, rng: random.Random, d: int, clock: list[str],
            css_w: float) -> tuple[str, int]:
    """A Russian countdown with its days as text and its clock in boxes: units inside the
    boxes («05ч», «31 мин»), between them, under them, or colons as boxes of their own; boxes
    of unlike widths (the days in a wider box, «09 ч» and «49 мин» chips on a light page,
    spacing unlike between groups), wrapped on a narrow phone; the label above or before the
    days on the same line. Its form's name and the day count it shows."""
    label = rng.choice(RU_BOX_LABELS)
    days = rng.choice([f"{d} дн.", f"{d} дн", f"{d} д.", f"{d} д", f"{d} {ru_days(d)}"])
    if rng.random() < 0.4 and css_w > 380:  # the label on the clock's line
        prefix = f"{label.rstrip(':')}: {days}" if rng.random() < 0.5 else f"Осталось {days}"
        if prefix.startswith("Осталось"):
            page.text(rng.choice(RU_BOX_LABELS[:2] + RU_BOX_LABELS[3:]), 13, gap=4)
    else:
        page.text(label, rng.choice([12, 13, 14]), gap=4,
                  colour=page.theme["muted"] if rng.random() < 0.4 else None)
        prefix = rng.choice(["", "Осталось "]) + days
    size = rng.choice([12, 13, 14, 16])
    style = rng.choice(["inside", "inside-words", "between", "under", "colonbox",
                        "widedays", "chips", "chips", "wrap"])
    gaps = [rng.uniform(2, 6), rng.uniform(8, 16), rng.uniform(3, 10)]
    if style == "widedays":  # the days in a box of their own, wider: «[12 дн.]» or «[104]»
        if rng.random() < 0.5:
            d = rng.randint(100, 180)
            cells = [str(d), *clock]
        else:
            cells = [f"{d} {rng.choice(['дн.', 'д', 'дней'])}", *clock]
        boxes(page, cells, size, rng, prefix=prefix.replace(days, "").strip(),
              colons=rng.random() < 0.5, spacing=None if rng.random() < 0.5 else gaps)
    elif style == "chips":  # pill chips, unit words inside, on the light page's colours
        units = rng.choice([["ч", "мин", "сек"], ["ч", "м", "с"], ["час", "мин", "сек"]])
        boxes(page, [f"{n} {u}" for n, u in zip(clock, units, strict=True)], size, rng,
              prefix=prefix, colons=False, chips=True, spacing=gaps)
    elif style == "wrap":  # a long label and days before the boxes: the row wraps
        boxes(page, [f"{n} {u}" for n, u in zip(clock, ["ч", "мин", "сек"], strict=True)],
              max(size, 16), rng, prefix=f"{label.rstrip(':')}: {days}", colons=False,
              wrap=True, spacing=gaps)
    elif style == "inside":
        boxes(page, [f"{n}{u}" for n, u in zip(clock, ["ч", "м", "с"], strict=True)], size, rng,
              prefix=prefix, colons=False)
    elif style == "inside-words":
        boxes(page, [f"{n} {u}" for n, u in zip(clock, ["ч", "мин", "сек"], strict=True)], size,
              rng, prefix=prefix, colons=False)
    elif style == "between":
        boxes(page, clock, size, rng, prefix=prefix, units=["ч", "мин", "сек"])
    elif style == "under":
        boxes(page, clock, size, rng, prefix=prefix, units=["час.", "мин.", "сек."],
              under=True)
    else:
        boxes(page, [clock[0], ":", clock[1], ":", clock[2]], size, rng, prefix=prefix,
              colons=False)
    return f"ruboxes-{style}", d


def labelled(page: Page, rng: random.Random, lang: str, d: int, clock: list[str],
             css_w: float) -> str:
    """The countdown with a label of LABELS above, beside, below or far left on its row (or
    above a note), in the page's text or in small grey type; its form's name."""
    label = rng.choice(LABELS[lang])
    place = rng.choice(["above", "beside", "below", "row", "note"])
    small = rng.random() < 0.5
    size = rng.choice([11, 12]) if small else rng.choice([13, 14])
    colour = page.theme["muted"] if small else page.theme["text"]
    if lang == "ru":
        day_unit = rng.choice(["дн.", "дн", "д", ru_days(d)])
        shown = f"{rng.choice(['', 'Осталось ', 'Ещё '])}{d} {day_unit} {':'.join(clock)}"
    else:
        shown = f"{d} {'day' if d == 1 else 'days'} {':'.join(clock)}"
    if place == "row":  # only when the clock still fits right of the label
        room = css_w - 16 - page.x - page.draw.textlength(label, font=page.face(size)) / page.scale
        place = "row" if room > (160 if lang == "ru" else 150) else "above"
    boxed = rng.random() < 0.4 and place != "beside"
    days = f"{d} {'дн.' if lang == 'ru' else 'days'}"

    def draw_clock() -> None:
        if boxed:
            boxes(page, clock, rng.choice([13, 14, 16]), rng, prefix=days)
        else:
            page.text(shown, rng.choice([13, 14, 15]), colour=page.theme["red"])

    if place == "above":
        page.text(label, size, colour=colour, gap=4)
        draw_clock()
    elif place == "note":  # the label, a note under it, then the clock
        page.text(label, size, colour=colour, gap=4)
        page.text(rng.choice(NOTES[lang]), 12, colour=page.theme["muted"], gap=4)
        draw_clock()
    elif place == "below":
        draw_clock()
        page.text(label.rstrip(":"), size, colour=colour, gap=6)
    elif place == "row":  # the label left, the clock far right on the same row
        top = page.y
        page.text(label, size, colour=colour, gap=0)
        page.y = top
        x = page.x
        width = page.draw.textlength(label, font=page.face(size)) / page.scale
        page.x = max(x + width + 24, min(css_w * rng.uniform(0.5, 0.62), css_w - 170))
        draw_clock()
        page.x = x
    else:
        page.text(f"{label} {shown}", size, colour=colour if small else page.theme["red"])
    return f"label-{place}{'-boxes' if boxed else ''}"


def banner(page: Page, light: bool) -> dict[str, Any]:
    """The app's order header under the cursor: an orange-red gradient (a dark one in the dark
    theme) that the status and the countdown are drawn on, in white; its theme."""
    size = (page.image.width, round(170 * page.scale))
    left, right = ((255, 118, 0), (255, 40, 70)) if light else ((70, 40, 36), (44, 30, 52))
    mask = Image.linear_gradient("L").rotate(90).resize(size)
    band = Image.composite(Image.new("RGB", size, left), Image.new("RGB", size, right), mask)
    page.image.paste(band, (0, round((page.y - 6) * page.scale)))
    return {**page.theme, "text": (255, 255, 255), "muted": (255, 228, 214),
            "red": (255, 255, 255), "box": [(255, 255, 255)], "boxtext": (255, 60, 60)}


def order_page(rng: random.Random, lang: str, only: list[str] | None = None,
               hard: bool = False, cards: bool = False,
               labels: bool = False) -> tuple[Image.Image, dict[str, Any]]:
    """An order page and the facts it shows; `cards`: the status and the countdown often on a
    card lighter or darker than the page (the app's light and dark themes)."""
    words = WORDS[lang]
    theme_name = rng.choice(["light", "dark"])
    theme = THEMES[theme_name]
    desktop = rng.random() < 0.25
    css_w = rng.choice([1280, 1366, 1440]) if desktop else rng.choice([360, 390, 412])
    scale = 1.0 if desktop else rng.choice([2.0, 3.0])
    if hard:  # images 360-1440 px wide: a phone's page may come at 1x
        css_w = rng.randint(1024, 1440) if desktop else rng.randint(360, 430)
        scale = 1.0 if desktop else rng.choice([1.0, 1.5, 2.0, 3.0])
    css_h = css_w * 0.55 if desktop else css_w * 2.15
    image = Image.new("RGB", (int(css_w * scale), int(css_h * scale)), theme["bg"])
    page = Page(image, ImageDraw.Draw(image), rng.choice(list(FONTS)), scale, theme, y=12, x=16)
    if desktop:
        page.x = css_w * 0.2
    expect: dict[str, Any] = {}
    if not desktop and rng.random() < 0.8:
        page.text(f"{rng.randint(9, 22)}:{rng.randint(0, 59):02d}", 13, bold=True, gap=14)
    if rng.random() < 0.5:
        page.text("AliExpress", 18, bold=True, colour=theme["red"], gap=6)
    page.text(words["title"], 17, bold=True, gap=14)
    status, value = rng.choice([s for s in STATUSES[lang] if s[1] in ("shipped", "delivered")]
                               if only else STATUSES[lang])
    if cards and rng.random() < 0.6:  # the status and countdown on a card of its own colour
        shade = rng.choice([theme["card"], (232, 232, 236) if theme_name == "light"
                            else (44, 44, 48)])
        page.draw.rounded_rectangle((8 * scale, (page.y - 6) * scale, (css_w - 8) * scale,
                                     (page.y + 150) * scale), radius=10 * scale, fill=shade)
    if desktop:  # the website puts the order's actions on the status's row, far right
        page.text(rng.choice(words["buttons"]), 14, gap=0, x=css_w * 0.7)
        page.y -= 14 * 1.35
    page_theme = theme
    if hard and not desktop and rng.random() < 0.4:  # the app's header: white on a gradient
        theme = page.theme = banner(page, theme_name == "light")
    page.text(status, 20, bold=True, gap=4)
    expect["status_text"], expect["order_status"] = status, value
    page.text(words["note"], 13, colour=theme["muted"], gap=10)
    if value in ("shipped", "delivered"):
        d, h = rng.randint(0, 59), rng.randint(0, 23)
        m, sec = rng.randint(0, 59), rng.randint(0, 59)
        label = rng.choice(words["protect"])
        forms = ["text", "boxes3", "boxes4", "boxes3", "words", "days", "units"]
        if lang == "ru":
            forms += ["rutext", "rutext", "rutext", "boxlabels", "boxlabels", "ruwords",
                      "rudh"]
        if only and "ruboxes" in only and lang == "ru":
            forms.append("ruboxes")
        form = rng.choice([f for f in forms if f in only] if only else forms)
        clock = [f"{h:02d}", f"{m:02d}", f"{sec:02d}"]
        if labels:
            form = labelled(page, rng, lang, d, clock, css_w)
        elif form == "text":
            page.text(f"{label} {words['days'](d)} {':'.join(clock)}", 14, colour=theme["red"])
        elif form == "rutext":  # «Осталось 12 дн. 05:31:09», «12 д 05:31:09», «12 дней ...»
            day_unit = rng.choice(["дн.", "дн", "д", "д.", ru_days(d)])
            lead = rng.choice(["", "Осталось ", "Осталось: ", "Закончится через "])
            size = rng.choice([12, 13, 14, 15])
            if rng.random() < 0.5:
                page.text(label, size, gap=4)
                page.text(f"{lead}{d} {day_unit} {':'.join(clock)}", size, colour=theme["red"])
            elif rng.random() < 0.5:
                page.text(f"{label} {lead.lower()}{d} {day_unit} {':'.join(clock)}", size,
                          colour=theme["red"])
            else:  # «Защита покупателя закончится через 12 дн 05:31:09»
                page.text(f"Защита покупателя закончится через {d} {day_unit} "
                          f"{':'.join(clock)}", size, colour=theme["red"])
        elif form == "boxlabels":  # four boxes with «дн.», «ч», «мин», «сек» under/beside/above
            page.text(label, 14, gap=4)
            where = rng.choice(["under", "beside", "above"])
            boxes(page, [f"{d:02d}", *clock], rng.choice([12, 13, 14, 16]), rng,
                  units=rng.choice([["дн.", "ч", "мин", "сек"], ["дней", "часов", "минут",
                                                                 "секунд"]]),
                  under=where == "under", above=where == "above")
        elif form == "ruwords":  # «12д 05ч 31м»
            page.text(label, 14, gap=4)
            page.text(f"{d}д {h:02d}ч {m:02d}м", 14, colour=theme["red"])
            sec = 0
        elif form == "rudh":  # «осталось 3 дня 4 часа»
            page.text(label, 14, gap=4)
            hours = "час" if h % 10 == 1 and h != 11 else "часа" if h % 10 in (2, 3, 4) \
                and h not in (12, 13, 14) else "часов"
            page.text(f"осталось {d} {ru_days(d)} {h} {hours}", 14, colour=theme["red"])
            m = sec = 0
        elif form == "words":  # "12d 05h 31m", «12 дн. 05 ч 31 мин»: no seconds shown
            unit = ("d", "h", "m") if lang == "en" else (" дн.", " ч", " мин")
            page.text(label, 14, gap=4)
            page.text(f"{d}{unit[0]} {h:02d}{unit[1]} {m:02d}{unit[2]}", 14, colour=theme["red"])
            sec = 0
        elif form == "days":  # "Buyer Protection: 12 days", «Защита покупателя: 12 дней»
            shown = f"{d} days" if lang == "en" else f"{d} " + (
                "день" if d % 10 == 1 and d != 11 else "дня" if d % 10 in (2, 3, 4)
                and d not in (12, 13, 14) else "дней")
            page.text(f"{label} {shown}", 14, colour=theme["red"])
            h = m = sec = 0
        elif form == "ruboxes":  # the days as text, the clock in boxes in a Russian form
            form, d = ruboxes(page, rng, d, clock, css_w)
        elif form == "units":  # boxes with units between: «[05] ч [31] мин»
            page.text(label, 14, gap=4)
            boxes(page, [f"{h:02d}", f"{m:02d}"], rng.choice([13, 14, 16]), rng,
                  prefix=words["days"](d))
            sec = 0
        elif form == "boxes3":
            page.text(label, 14, gap=4)
            boxes(page, clock, rng.choice([13, 14, 16]), rng, prefix=words["days"](d))
        else:
            page.text(label, 14, gap=4)
            boxes(page, [f"{d:02d}", *clock], rng.choice([13, 14, 16]), rng)
        expect["protection_seconds"] = ((d * 24 + h) * 60 + m) * 60 + sec
        expect["form"] = form
    theme = page.theme = page_theme
    page.y += 10
    page.text(words["store"], 14, bold=True)
    # Item names vary only on --labels pages (the earlier sets keep their random draws).
    page.text(rng.choice([words["item"], *words["items"]]) if labels else words["item"], 14)
    page.text("US $11.70  x2" if lang == "en" else "585,00 ₽  x2", 14, bold=True, gap=14)
    x = page.x
    for button in rng.sample(words["buttons"], 2):
        font = page.face(13)
        width = page.draw.textlength(button, font=font) / scale + 24
        page.draw.rounded_rectangle((x * scale, page.y * scale, (x + width) * scale,
                                     (page.y + 30) * scale), radius=15 * scale,
                                    outline=theme["muted"], width=max(1, int(scale)))
        page.draw.text(((x + 12) * scale, (page.y + 7) * scale), button, font=font,
                       fill=theme["text"])
        x += width + 10
    page.y += 46
    if rng.random() < 0.9:
        number = str(rng.randint(10**15, 10**16 - 1))
        if rng.random() < 0.2:
            number = str(rng.randint(10**17, 10**18 - 1))
        shown = " ".join(number[i:i + 4] for i in range(0, len(number), 4)) \
            if rng.random() < 0.3 else number
        label = rng.choice(words["labels"])
        place = rng.choice(["inline", "inline", "next", "right", "copyrow"])
        if NUMBER_FORMS:  # the Russian order-number lines in their many real forms
            label = rng.choice(words["labels"] + (["Заказ №", "Номер заказа"] if lang == "ru"
                                                  else ["Order #"]))
            place = rng.choice(["inline", "wrap", "icon", "copyword", "next", "right"])
            if rng.random() < 0.4:
                shown = " ".join(number[i:i + 4] for i in range(0, len(number), 4))
            elif rng.random() < 0.3:
                shown = f"{number[:8]} {number[8:]}"
        if place == "wrap":  # the number split at a line end, as a narrow screen wraps it
            cut = rng.choice([c for c in range(8, len(shown) - 3) if shown[c - 1] != " "])
            page.text(f"{label}: {shown[:cut].strip()}", 13, gap=0)
            page.text(shown[cut:].strip() + rng.choice(["", f"  {words['copy']}"]), 13)
        elif place == "icon":  # a copy icon (two outlined squares) after the number
            font = page.face(13)
            line = f"{label}{rng.choice([': ', ' '])}{shown}"
            page.text(line, 13, gap=0)
            page.y -= 13 * 1.35
            end = page.x + page.draw.textlength(line, font=font) / scale + 8
            for dx in (0, 4):
                page.draw.rectangle(((end + dx) * scale, (page.y + 2 + 4 - dx) * scale,
                                     (end + dx + 10) * scale, (page.y + 14 - dx) * scale),
                                    outline=theme["muted"], width=max(1, int(scale)))
            page.y += 13 * 1.35 + 8
        elif place == "copyword":  # «Номер заказа: 8123...  Копировать» in the accent colour
            page.text(f"{label}: {shown}  {words['copy']}", 13)
        elif place == "inline":
            page.text(f"{label}: {shown}   {words['copy']}", 13)
        elif place == "copyrow":  # «Номер заказа 8123...  Копировать», no colon
            page.text(f"{label} {shown}", 13, gap=0)
            page.y -= 13 * 1.35
            page.text(words["copy"], 13, colour=theme["muted"], x=css_w * 0.8)
        elif place == "right":  # the label left, the number right-aligned on its row
            page.text(label, 13, colour=theme["muted"], gap=0)
            page.y -= 13 * 1.35
            width = page.draw.textlength(shown, font=page.face(13)) / scale
            page.text(shown, 13, x=css_w * (0.8 if desktop else 0.96) - width)
        else:
            page.text(label, 13, colour=theme["muted"], gap=2)
            page.text(shown, 13)
        expect["place"] = place
        expect["order_id"] = number
    for key in ("date", "pay", "total", "addr"):
        page.text(words[key], 13, colour=theme["muted"] if key != "total" else None)
    return image, expect


def telegram(image: Image.Image, rng: random.Random, hard: bool = False) -> Image.Image:
    """Longest side at most 1280 px, as Telegram stores a photo; `hard`: also a slight blur
    and a further downscale, as a forwarded or re-sent photo gets."""
    longest = max(image.size)
    if longest > 1280:
        ratio = 1280 / longest
        image = image.resize((round(image.width * ratio), round(image.height * ratio)),
                             Image.Resampling.LANCZOS)
    if hard:
        ratio = rng.uniform(0.7, 1.0)
        if ratio < 0.95 and min(image.size) * ratio >= 360:
            image = image.resize((round(image.width * ratio), round(image.height * ratio)),
                                 Image.Resampling.BILINEAR)
        if rng.random() < 0.5:
            image = image.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return image


def draw_set(out: Path, count: int, seed: int, langs: tuple[str, ...] = ("en", "ru"),
             only: list[str] | None = None, hard: bool = False, cards: bool = False,
             labels: bool = False) -> None:
    """Draw `count` pages per language into `out` with a manifest.jsonl."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    rows = []
    for lang in langs:
        for i in range(count):
            image, expect = order_page(rng, lang, only, hard, cards, labels)
            name = f"dev_{lang}_order_{i:02d}.jpg"
            quality = rng.randint(60, 90) if hard else rng.choice([75, 78, 80, 82, 85])
            telegram(image, rng, hard).save(out / name, quality=quality)
            rows.append({"file": name, "lang": lang, "expect": expect})
    (out / "manifest.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n"
                                                for r in rows), encoding="utf-8")


def read_set(out: Path, verbose: bool) -> None:
    """Read every drawn page as the bot does and print exact-read rates and misses."""
    import time

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from bot.screenshots.ocr import Reader
    from flows.understanding.screenshot import read_screenshot

    reader = Reader()
    rows = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    shown: dict[str, int] = {}
    exact: dict[str, int] = {}
    wrong: dict[str, int] = {}
    times = []
    for row in rows:
        started = time.perf_counter()
        text = reader.read_now((out / row["file"]).read_bytes())
        times.append(time.perf_counter() - started)
        shot = read_screenshot(text)
        got = {"protection_seconds": int(shot.left.total_seconds()) if shot.left else None,
               "order_status": shot.facts.get("order_status"), "order_id": shot.order}
        for key, value in got.items():
            want = row["expect"].get(key)
            if want is None:
                if value is not None:
                    wrong[key] = wrong.get(key, 0) + 1
                continue
            kind = f"{key}/{row['expect'].get('form', '')}" if key == "protection_seconds" \
                else f"{key}/{row['expect'].get('place', '')}" if key == "order_id" else key
            shown[kind] = shown.get(kind, 0) + 1
            if value == want:
                exact[kind] = exact.get(kind, 0) + 1
            else:
                if value is not None:
                    wrong[key] = wrong.get(key, 0) + 1
                if verbose:
                    from bot.screenshots import page_text

                    print(f"MISS {row['file']} {key}: want {want} got {value}"
                          f" [{'; '.join(page_text.ROW_TRACE)}]")
                    print("   ", " | ".join(t for t in text.splitlines() if t.strip())[:400])
    for kind in sorted(shown):
        print(f"{kind:28} {exact.get(kind, 0)}/{shown[kind]}")
    print("wrong reads:", wrong or 0)
    times.sort()
    print(f"time p50 {times[len(times) // 2]:.2f} s, p95 {times[int(len(times) * 0.95) - 1]:.2f} s")


def main() -> int:
    """Draw the set, or read it."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="/tmp/dev_screens", type=Path)
    parser.add_argument("--count", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--lang", choices=["en", "ru"], help="draw one language only")
    parser.add_argument("--form", action="append", help="draw only pages with this countdown"
                        " form (text, rutext, boxes3, boxes4, boxlabels, units, words, days,"
                        " ruwords, rudh)")
    parser.add_argument("--hard", action="store_true", help="JPEG 60-90, a slight blur and a"
                        " further downscale, widths 360-1440")
    parser.add_argument("--cards", action="store_true", help="the status and the countdown"
                        " often on a card of another shade than the page")
    parser.add_argument("--labels", action="store_true", help="the countdown under every"
                        " label of LABELS, above, beside, below or far left of the clock, often"
                        " in small grey type")
    parser.add_argument("--pale", action="store_true", help="pale digit boxes with red or"
                        " dark digits, some outlined")
    parser.add_argument("--numbers", action="store_true", help="order numbers in more forms:"
                        " split at a line end, a copy icon or word after them, «Заказ №»,"
                        " grouped by four or in two halves")
    parser.add_argument("--read", action="store_true")
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    global PALE_BOXES, NUMBER_FORMS
    PALE_BOXES = args.pale
    NUMBER_FORMS = args.numbers
    if args.read:
        read_set(args.out, args.verbose)
    else:
        draw_set(args.out, args.count, args.seed, (args.lang,) if args.lang else ("en", "ru"),
                 args.form, args.hard, args.cards, args.labels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
