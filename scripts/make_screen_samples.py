"""Render the small test screenshots in tests/data/screens/ (own samples, not the benchmark's).

Run: .venv/bin/python scripts/make_screen_samples.py. Each image is a phone-width page of
plain lines, the way an order page lists them, saved as Telegram would (JPEG, quality 80).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "screens"

PAGES: dict[str, tuple[bool, list[str]]] = {
    "own_order_en_light.jpg": (False, [
        "9:41", "Order details", "Awaiting delivery",
        "Buyer protection: 12 days 05:31:09", "", "Order ID: 8187 4412 0093 8765",
        "Tracking", "8 Mar 10:23", "Arrived in destination country",
        "Total: US $23.40",
    ]),
    "own_order_ru_dark.jpg": (True, [
        "9:41", "Детали заказа", "В пути",
        "Защита покупателя: 3 дн. 07:15:42", "", "Номер заказа: 5012 7734 9921 0456",
        "Итого: 1 290,00 ₽",
    ]),
    "own_not_aliexpress.jpg": (False, [
        "12:05", "Weather", "Berlin", "Cloudy 7°", "Wind 12 km/h", "Sunrise 07:58",
    ]),
}


def render(lines: list[str], dark: bool, width: int = 720) -> Image.Image:
    """One page: lines of text on a light or dark background."""
    font = ImageFont.truetype(FONT, 30)
    image = Image.new("RGB", (width, 80 + 56 * len(lines)), (18, 18, 18) if dark else "white")
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(lines):
        draw.text((32, 40 + 56 * i), line, font=font, fill="white" if dark else (34, 34, 34))
    return image


def main() -> int:
    """Write every sample image."""
    OUT.mkdir(parents=True, exist_ok=True)
    for name, (dark, lines) in PAGES.items():
        render(lines, dark).save(OUT / name, quality=80)
    return 0


if __name__ == "__main__":
    sys.exit(main())
