"""Countdowns drawn in digit boxes (bot/screenshots/regions.py and page_text.py).

The pages are drawn here with Pillow the way the app shows a boxed countdown; none comes
from the benchmark's images.
"""

from __future__ import annotations

import io
from datetime import timedelta

import pytest
from PIL import Image, ImageDraw, ImageFont

from bot.screenshots import regions
from bot.screenshots.ocr import Reader
from bot.screenshots.page_text import (
    Line,
    check_countdowns,
    check_numbers,
    clock_beside_days,
    clock_by_label,
    hour_unit_inside,
    number_beside_label,
    read_boxes,
    reread_rows,
    splice,
    tie_labels,
    units_inside,
)
from flows.understanding.screenshot import read_screenshot

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
needs_tesseract = pytest.mark.skipif(not Reader().available,
                                     reason="Tesseract's eng and rus data are not installed")


def page(parts: list[str], dark: bool = False, days: str = "25 days",
         colon_boxes: bool = False, wrap: int = 0) -> Image.Image:
    """An order page whose countdown's clock is drawn in boxes (phone width, 2x); its colons
    in narrow boxes of their own when `colon_boxes`; the boxes after the first `wrap` on the
    next line, from its start, as a narrow phone wraps them."""
    background, text = ((18, 18, 18), (236, 236, 236)) if dark else ((245, 245, 245),
                                                                       (34, 34, 34))
    image = Image.new("RGB", (720, 560), background)
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.truetype(FONT, 28), ImageFont.truetype(BOLD, 28)
    for y, line in ((30, "AliExpress"), (90, "Awaiting delivery"),
                    (150, "Buyer Protection ends in")):
        draw.text((32, y), line, font=font, fill=text)
    draw.text((32, 214), days, font=font, fill=text)
    x = 32 + int(draw.textlength(days, font=font)) + 12
    top = 206
    for i, part in enumerate(parts):
        if wrap and i == wrap:
            x, top = 32, top + 52
        draw.rounded_rectangle((x, top, x + 48, top + 44), radius=8, fill=(255, 71, 71))
        draw.text((x + 7, top + 5), part, font=bold, fill="white")
        x += 48
        if i < len(parts) - 1 and colon_boxes:
            draw.rounded_rectangle((x + 2, 206, x + 20, 250), radius=6, fill=(255, 71, 71))
            draw.text((x + 6, 210), ":", font=bold, fill="white")
            x += 22
        elif i < len(parts) - 1:
            draw.text((x + 4, top + 4), ":", font=bold, fill=(255, 71, 71))
            x += 20
    draw.text((32, 330), "Order ID: 8187441200938765", font=font, fill=text)
    return image


def jpeg(image: Image.Image) -> bytes:
    """The page as Telegram sends it."""
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()


def test_a_row_of_digit_boxes_is_found_by_its_shape() -> None:
    rows = regions.find_rows(page(["15", "10", "42"]).convert("L"))
    assert len(rows) == 1 and len(rows[0].boxes) == 3


def test_text_alone_has_no_box_row() -> None:
    image = page([], days="25 days 15:10:42").convert("L")
    assert regions.find_rows(image) == []


@pytest.mark.parametrize(("text", "boxes", "clock"), [
    ("15 10 42", 3, "15:10:42"), ("7 15 29 30", 4, "7:15:29:30"), ("15 10", 3, None),
    ("15 1O 42", 3, None), ("15 61 42", 3, None),
])
def test_the_boxes_numbers_make_a_clock_only_when_each_box_gave_one(
        text: str, boxes: int, clock: str | None) -> None:
    row = regions.BoxRow(tuple((i * 50, 0, i * 50 + 40, 40) for i in range(boxes)))
    assert regions.clock(text, row) == clock


def test_the_countdown_replaces_what_tesseract_made_of_the_boxes() -> None:
    row = regions.BoxRow(((200, 100, 240, 140), (260, 100, 300, 140), (320, 100, 360, 140)))
    lines = [Line([("Buyer", (10, 50, 80, 70)), ("Protection", (90, 50, 200, 70))]),
             Line([("25", (10, 110, 40, 130)), ("days", (50, 110, 100, 130)),
                   ("®:", (205, 110, 240, 130)), ("[105", (262, 110, 300, 130))])]
    text = "\n".join(line.text for line in splice(lines, row, "15:10:42"))
    assert text == "Buyer Protection\n25 days 15:10:42"


@needs_tesseract
@pytest.mark.parametrize("dark", [False, True])
def test_a_boxed_countdown_is_read_to_the_second(dark: bool) -> None:
    text = Reader().read_now(jpeg(page(["15", "10", "42"], dark=dark)))
    shot = read_screenshot(text)
    assert shot.left is not None and shot.left.total_seconds() == 25 * 86400 + 15 * 3600 + 642


@pytest.mark.parametrize("wrap", [1, 2])
def test_a_row_wrapped_onto_the_next_line_is_one_row_in_reading_order(wrap: int) -> None:
    rows = regions.find_rows(page(["15", "10", "42"], wrap=wrap).convert("L"))
    assert len(rows) == 1 and rows[0].wrap == wrap
    assert [box[1] > 250 for box in rows[0].boxes] == [i >= wrap for i in range(3)]


@pytest.mark.parametrize(("gap", "width", "joined"), [(0, 48, True), (0, 63, True),
                                                    (4, 63, True), (0, 72, False)])
def test_a_wider_days_box_touching_the_line_above_joins_the_row(gap: int, width: int,
                                                                 joined: bool) -> None:
    image = Image.new("L", (720, 560), 245)
    draw = ImageDraw.Draw(image)
    for x in (32, 100):
        draw.rounded_rectangle((x, 300, x + 48, 344), radius=8, fill=126)
    draw.rounded_rectangle((300, 256 - gap, 300 + width, 300 - gap), radius=8, fill=126)
    rows = regions.find_rows(image)
    assert [(len(row.boxes), row.wrap) for row in rows] == [(3, 1) if joined else (2, 0)]


def test_boxes_on_the_next_line_starting_right_of_the_row_are_not_joined() -> None:
    image = page(["15", "10"]).convert("L")
    ImageDraw.Draw(image).rounded_rectangle((400, 258, 448, 302), radius=8, fill=120)
    rows = regions.find_rows(image)
    assert [len(row.boxes) for row in rows] == [2] and rows[0].wrap == 0


def test_a_wrapped_rows_next_line_is_dropped_from_the_text() -> None:
    row = regions.BoxRow(((200, 100, 240, 140), (260, 100, 300, 140), (10, 150, 50, 190)),
                         wrap=2)
    lines = [Line([("25", (10, 110, 40, 130)), ("days", (50, 110, 100, 130)),
                   ("15", (205, 110, 240, 130))]), Line([("42", (15, 160, 45, 180))])]
    text = "\n".join(line.text for line in splice(lines, row, "15:10:42"))
    assert text == "25 days 15:10:42"


@needs_tesseract
@pytest.mark.parametrize("wrap", [1, 2])
def test_a_wrapped_boxed_countdown_is_read_to_the_second(wrap: int) -> None:
    text = Reader().read_now(jpeg(page(["15", "10", "42"], wrap=wrap)))
    shot = read_screenshot(text)
    assert shot.left is not None and shot.left.total_seconds() == 25 * 86400 + 15 * 3600 + 642


@needs_tesseract
def test_two_boxes_alone_state_no_clock() -> None:
    shot = read_screenshot(Reader().read_now(jpeg(page(["15", "10"]))))
    assert shot.left is None or shot.left.total_seconds() % 86400 == 0


def test_a_row_of_product_photos_is_no_countdown() -> None:
    image = Image.new("L", (720, 400), 245)
    draw = ImageDraw.Draw(image)
    for i in range(3):
        for y in range(60):  # a gradient stands in for a photo
            draw.line((32 + i * 120, 100 + y, 132 + i * 120, 100 + y), fill=40 + 2 * y)
    rows = regions.find_rows(image)
    assert all(regions.strip(image, row) is None for row in rows)


def header_page(dark: bool = False, boxes: bool = True) -> Image.Image:
    """An order page whose header (status and countdown, white) is on a gradient: white boxes
    with red digits, «12 дн.» before them (phone width, 2x)."""
    page_colour, left, right = ((18, 18, 18), (70, 40, 36), (44, 30, 52)) if dark else (
        (245, 245, 245), (255, 118, 0), (255, 40, 70))
    image = Image.new("RGB", (720, 700), page_colour)
    band = Image.composite(Image.new("RGB", (720, 330), left), Image.new("RGB", (720, 330), right),
                           Image.linear_gradient("L").rotate(90).resize((720, 330)))
    image.paste(band, (0, 80))
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.truetype(FONT, 28), ImageFont.truetype(BOLD, 28)
    draw.text((32, 30), "Детали заказа", font=font, fill=(236, 236, 236) if dark else (34, 34, 34))
    for y, line in ((110, "В пути"), (170, "Защита покупателя:")):
        draw.text((32, y), line, font=font, fill="white")
    draw.text((32, 244), "12 дн.", font=font, fill="white")
    x = 32 + int(draw.textlength("12 дн.", font=font)) + 12
    for i, part in enumerate(["05", "31", "09"] if boxes else []):
        draw.rounded_rectangle((x, 236, x + 48, 280), radius=8, fill="white")
        draw.text((x + 7, 241), part, font=bold, fill=(255, 60, 60))
        x += 48
        if i < 2:
            draw.text((x + 4, 240), ":", font=bold, fill="white")
            x += 20
    return image


@pytest.mark.parametrize("dark", [False, True])
def test_boxes_on_a_header_of_its_own_colour_are_found_against_the_header(dark: bool) -> None:
    rows = regions.find_rows(header_page(dark).convert("L"))
    assert len(rows) == 1 and len(rows[0].boxes) == 3 and 230 <= rows[0].top <= 240


@pytest.mark.parametrize("dark", [False, True])
def test_a_header_with_text_alone_has_no_box_row(dark: bool) -> None:
    assert regions.find_rows(header_page(dark, boxes=False).convert("L")) == []


def test_grey_boxes_on_a_dark_themes_grey_card_are_found() -> None:
    image = Image.new("L", (720, 1000), 12)
    draw = ImageDraw.Draw(image)
    draw.rounded_rectangle((16, 60, 704, 340), radius=20, fill=44)  # the card
    font, bold = ImageFont.truetype(FONT, 28), ImageFont.truetype(BOLD, 28)
    draw.text((40, 90), "Awaiting delivery", font=font, fill=236)
    draw.text((40, 220), "4 days", font=font, fill=236)
    for i, part in enumerate(["23", "31", "41"]):
        draw.rounded_rectangle((160 + 70 * i, 212, 208 + 70 * i, 256), radius=8, fill=66)
        draw.text((167 + 70 * i, 217), part, font=bold, fill=255)
    rows = regions.find_rows(image)
    assert len(rows) == 1 and len(rows[0].boxes) == 3


@needs_tesseract
@pytest.mark.parametrize("dark", [False, True])
def test_a_boxed_countdown_on_the_header_is_read_to_the_second(dark: bool) -> None:
    shot = read_screenshot(Reader().read_now(jpeg(header_page(dark))))
    assert shot.left is not None and shot.left.total_seconds() == 12 * 86400 + 5 * 3600 + 1869


class Rereading:
    """A stand-in Tesseract that reads the order number again as given, one answer a call."""

    def __init__(self, *answers: str) -> None:
        self.answers = list(answers)

    def SetVariable(self, name: str, value: str) -> None:
        """Ignored."""

    def SetPageSegMode(self, mode: int) -> None:
        """Ignored."""

    def SetImage(self, image: Image.Image) -> None:
        """Ignored."""

    def Clear(self) -> None:
        """Ignored."""

    def SetRectangle(self, left: int, top: int, width: int, height: int) -> None:
        """Ignored."""

    def GetUTF8Text(self) -> str:
        """The next answer."""
        return self.answers.pop(0)


def number_line(digits: str) -> list[Line]:
    """An order number line as the page's reading gives it."""
    return [Line([("Order", (10, 10, 60, 30)), ("ID:", (66, 10, 90, 30)),
                  (digits, (96, 10, 300, 30))])]


@pytest.mark.parametrize(("first", "again", "shown"), [
    ("8187441200938765", ["8187441200938765"], "8187441200938765"),
    ("9187441200938765", ["8187441200938765", "8187441200938765"], "8187441200938765"),
    # no two of three readings agree, nor a fourth, smaller, with any of them
    ("9187441200938765", ["8187441200938765", "8187441200938766", "8187441200938767"],
     "????????????????"),
    # no two of three agree: the fourth gives the second reading again
    ("9187441200938765", ["8187441200938765", "8187441200938766", "8187441200938765"],
     "8187441200938765"),
    # a quote after the number in the page's reading: it is read again all the same
    ("9187441200938765'", ["8187441200938765", "8187441200938765"], "8187441200938765"),
    # 18 digits, the usual other length: two readings are enough
    ("818744120093876512", ["818744120093876512"], "818744120093876512"),
    # 17 digits (one dropped alike by two readings): stated only when all four agree
    ("81874412009387651", ["81874412009387651", "818744120093876512", "81874412009387651"],
     "?????????????????"),
    ("81874412009387651", ["81874412009387651", "81874412009387651", "81874412009387651"],
     "81874412009387651"),
])
def test_an_order_number_is_kept_only_when_two_readings_agree(
        first: str, again: list[str], shown: str) -> None:
    image = Image.new("L", (400, 60), 255)
    lines = check_numbers(Rereading(*again), image, number_line(first))
    assert lines[0].text == f"Order ID: {shown}"
    assert read_screenshot(f"AliExpress\nShipped\n{lines[0].text}").order == \
        (shown if shown.isdigit() else None)


@pytest.mark.parametrize(("again", "shown"), [
    (["81874412", "00938765", "81874412", "00938765"], "8187441200938765"),
    (["81874412", "00938766", "81874412", "00938767", "81874412", "00938768"],
     "????????????????"),
])
def test_an_order_number_wrapped_at_its_line_end_is_joined_when_readings_agree(
        again: list[str], shown: str) -> None:
    lines = [Line([("Номер", (10, 10, 60, 30)), ("заказа:", (66, 10, 130, 30)),
                   ("8187", (136, 10, 180, 30)), ("4412", (186, 10, 230, 30))]),
             Line([("0093", (10, 40, 54, 60)), ("8765", (60, 40, 104, 60)),
                   ("Копировать", (300, 40, 400, 60))])]
    lines = check_numbers(Rereading(*again), Image.new("L", (420, 80), 255), lines)
    assert [line.text for line in lines] == [f"Номер заказа: {shown}", "Копировать"]
    assert read_screenshot("AliExpress\n" + "\n".join(line.text for line in lines)).order == \
        (shown if shown.isdigit() else None)


@pytest.mark.parametrize(("readings", "whole", "clock"), [
    (["09 07 20", "09 07 20"], "09ч07м20с", "09 07 20"),  # units read as letters
    (["094 07 20", "094 07 20"], "09ч07м20с", "09 07 20"),  # «ч» read as 4 box by box
    (["164 31 05", "164 31 05"], "164%31м05°", "16 31 05"),  # and by the whole strip too
    (["164 31 05", "164 31 06"], "164%31м05°", None),  # the box readings disagree
    (["164 31 05", "164 31 05"], "1643105", None),  # no unit seen: 164 is no hour
    (["09 07 20", "09 07 20"], "090720", None),  # no units in the boxes
])
def test_units_inside_the_boxes(readings: list[str], whole: str, clock: str | None) -> None:
    assert (units_inside(readings, whole, 3) or hour_unit_inside(readings, whole, 3)) == clock


@pytest.mark.parametrize(("answers", "clock"), [
    (["15", "10", "42", "151042"], "15:10:42"),  # box by box and whole agree
    (["15", "", "42", "151042", "15", "10", "42"], "15:10:42"),  # a box read empty, then whole
    # still empty (at 0.7 and 0.5 too), whole differs
    (["15", "", "42", "151042", "15", "", "42", "151043", "15", "", "42"], None),
    (["15", "", "42", "151042", "15", "", "42", "151042"], "15:10:42"),  # whole twice alike
    # a box says otherwise, and still does at 0.5
    (["15", "", "42", "151042", "16", "", "42", "151042", "15", "", "42"], None),
    (["15", "", "42", "15102", "15", "", "42", "15", "", "42"], None),  # not two digits a box
    (["15", "1", "42", "151042", "15", "11", "42", "15", "1", "42"], None),  # none agree
    # each box read alike twice (the middle one at 0.7 and 0.5), the whole row garbled
    (["15", "", "42", "1S", "15", "10", "", "15", "10", "42"], "15:10:42"),
    # the middle box read alike twice but once as another number as long: not stated
    (["15", "16", "42", "1S", "15", "10", "", "15", "10", "42"], None),
    # the boxes alike at two sizes, the whole row garbled, 0.5 not against them
    (["15", "10", "42", "1S", "15", "10", "42", "", "", ""], "15:10:42"),
    (["15", "10", "42", "15lD42", "15", "10", "42"], "15:10:42"),  # a letter for a digit
    # the boxes alike at two sizes, the whole row a digit short (dropped, not another digit)
    (["15", "10", "42", "15lD4", "15", "10", "42", "15", "10", "42"], "15:10:42"),
    # the whole row's digits are not the boxes' digits: not stated
    (["15", "10", "42", "16104", "15", "10", "42", "15", "10", "42"], None),
])
def test_boxes_that_read_apart_differently_are_read_once_more_smaller(
        answers: list[str], clock: str | None) -> None:
    grey = page(["15", "10", "42"]).convert("L")
    row = regions.find_rows(grey)[0]
    assert read_boxes(Rereading(*answers), grey, row) == clock


def test_a_wide_gap_parts_a_rows_cells_with_a_tab() -> None:
    line = Line([("Завершён", (10, 10, 120, 30)), ("окр", (600, 10, 640, 30)),
                 ("Open", (650, 10, 700, 30))])
    assert line.cells == "Завершён\tокр Open"


def test_a_number_far_right_of_its_label_read_as_a_line_elsewhere_joins_its_label() -> None:
    lines = [Line([("ID", (10, 100, 30, 120)), ("заказа", (36, 100, 110, 120))]),
             Line([("Дата", (10, 140, 60, 160)), ("заказа:", (66, 140, 150, 160)),
                   ("3", (156, 140, 166, 160))]),
             Line([("Отследить", (10, 300, 120, 320))]),
             Line([("9259", (500, 101, 550, 121)), ("6098", (556, 101, 606, 121)),
                   ("9858", (612, 101, 662, 121)), ("6922", (668, 101, 718, 121))])]
    joined = number_beside_label(lines)
    assert [line.text for line in joined] == ["ID заказа 9259 6098 9858 6922",
                                              "Дата заказа: 3", "Отследить"]
    assert read_screenshot("AliExpress\n" + "\n".join(line.cells for line in joined)).order \
        == "9259609898586922"


def test_a_number_on_another_row_stays_where_it_is() -> None:
    lines = [Line([("ID", (10, 100, 30, 120)), ("заказа", (36, 100, 110, 120))]),
             Line([("Дата", (10, 140, 60, 160))]),
             Line([("9259609898586922", (500, 300, 718, 320))])]
    assert len(number_beside_label(lines)) == 3


def countdown_lines(text: str) -> list[Line]:
    """A protection label and a countdown line as the page's reading gives them."""
    return [Line([("Защита", (10, 10, 80, 30)), ("покупателя:", (86, 10, 200, 30))]),
            Line([(word, (10 + 60 * i, 40, 60 + 60 * i, 60))
                  for i, word in enumerate(text.split())])]


@pytest.mark.parametrize(("page_reading", "again", "shown"), [
    ("2д05ч29м", ["2д05ч23м", "2д05ч23м"], "2д05ч23м"),  # a digit misread at the page's size
    ("22 д 04 28 57", ["22 д 04:28:57", "22 д 04:28:57"], "22 д 04:28:57"),  # garbled
    ("12 дн. 05:31:09", ["12 дн. 05:31:09"], "12 дн. 05:31:09"),  # confirmed at once
    ("12 дн. 05:31:09", ["12 дн. 05:31:08", "12 дн. 05:37:09"], "?? дн. ??:??:??"),
    ("51д 10ч 25м", ["51д 10u 25m", "51д 10u 25m"], "51д 10ч 25м"),  # read less fully again
    ("2д05ч29м", ["24 054 23m", "29.054 23m"], "?д??ч??м"),  # seen by one reading only
    ("39 д 2021.44", ["39 д 20:21:44"], "39 д 2021.44"),  # colons lost, numbers confirmed
    ("39 д 2021.44", ["39 д 2021.45", "39 д 2024.44"], "?? д ????.??"),
])
def test_a_countdown_in_text_is_read_again_and_stated_only_when_two_readings_agree(
        page_reading: str, again: list[str], shown: str) -> None:
    image = Image.new("L", (400, 80), 255)
    lines = check_countdowns(Rereading(*again), image, countdown_lines(page_reading), [])
    assert lines[1].text == shown


@pytest.mark.parametrize("text", ["8 Nov 10:23:45 Arrived in destination country",
                                  "1D заказа 7618408830510047", "Итого: 1 290,00"])
def test_dates_order_numbers_and_prices_are_not_read_again_as_countdowns(text: str) -> None:
    lines = check_countdowns(Rereading(), Image.new("L", (400, 80), 255),
                             [Line([(text, (10, 10, 390, 30))])], [])
    assert lines[0].text == text


def words_at(text: str, left: int, top: int) -> Line:
    """A line of the page's reading: its words side by side from `left`, 20 px tall."""
    return Line([(word, (left + 70 * i, top, left + 70 * i + 60, top + 20))
                 for i, word in enumerate(text.split())])


def test_a_label_far_left_on_the_clocks_row_read_elsewhere_is_tied_to_the_clock() -> None:
    # Tesseract read the label as a block of its own, after the page's other lines.
    lines = [words_at("Детали заказа", 10, 10), words_at("12 дн. 05:31:09", 500, 200),
             words_at("Магазин электроники", 10, 300), words_at("Наушники", 10, 340),
             words_at("Срок доставки:", 10, 201)]
    text = "\n".join(line.text for line in tie_labels(Rereading(), Image.new("L", (800, 400)),
                                                       lines))
    assert "Срок доставки:\n12 дн. 05:31:09" in text
    assert read_screenshot(f"AliExpress\n{text}").left == timedelta(days=12, hours=5,
                                                                       minutes=31, seconds=9)


def test_a_label_the_page_garbled_is_read_again_larger_above_its_clock() -> None:
    lines = [words_at("Детали заказа", 10, 10), words_at("Cp0k ##щ", 10, 160),
             words_at("12 дн. 05:31:09", 10, 190)]
    text = "\n".join(line.text for line in tie_labels(
        Rereading("Срок защиты заказа:"), Image.new("L", (800, 400)), lines))
    assert read_screenshot(f"AliExpress\n{text}").left == timedelta(days=12, hours=5,
                                                                       minutes=31, seconds=9)


@pytest.mark.parametrize("lines", [
    # No label anywhere, and reading again finds none.
    [words_at("Детали заказа", 10, 10), words_at("Наушники", 10, 160),
     words_at("12 дн. 05:31:09", 10, 190)],
    # The seller's clock keeps its own label, though protection's is on the next row.
    [words_at("Отправка в течение", 10, 160), words_at("2 дн. 05:31:09", 10, 190),
     words_at("Защита покупателя", 10, 225)],
    # A label far below the clock is another's.
    [words_at("Детали заказа", 10, 10), words_at("12 дн. 05:31:09", 10, 40),
     words_at("Наушники", 10, 70), words_at("Защита покупателя", 10, 300)],
])
def test_a_clock_gets_no_label_the_page_does_not_show_beside_it(lines: list[Line]) -> None:
    text = "\n".join(line.text for line in tie_labels(Rereading(*[""] * 6),
                                                       Image.new("L", (800, 400)), lines))
    assert read_screenshot(f"AliExpress\n{text}").left is None


def test_a_label_read_again_with_its_clock_adds_the_label_alone() -> None:
    # The clock's own line read again: its numbers were not checked there, so only the
    # label's words are added, and the page's clock stands.
    lines = [words_at("Детали заказа", 10, 10), words_at("Cp0k ##щ 12 дн. 05:31:09", 10, 190)]
    text = "\n".join(line.text for line in tie_labels(
        Rereading("Срок защиты: 12 дн. 05:31:08"), Image.new("L", (800, 400)), lines))
    assert text.splitlines()[1] == "Срок защиты:"
    assert read_screenshot(f"AliExpress\n{text}").left == timedelta(days=12, hours=5,
                                                                       minutes=31, seconds=9)


def test_a_clock_read_apart_from_its_day_count_on_the_same_row_joins_it() -> None:
    lines = [words_at("1251", 420, 101), words_at("Срок защиты: Ещё 14 д", 10, 100)]
    joined = clock_beside_days(lines)
    assert [line.text for line in joined] == ["Срок защиты: Ещё 14 д 1251"]
    shot = read_screenshot("AliExpress\nОтправлено\n" + joined[0].text)
    assert shot.left is None and shot.facts["protection_left"]


ROW = regions.BoxRow(((300, 100, 330, 120), (340, 100, 370, 120), (380, 100, 410, 120)))


@pytest.mark.parametrize(("again", "shown"), [
    (["12 дн. (05): (31): [09]", "12 дн. 05 : 31 : 09"], "12 дн. 05 : 31 : 09"),
    (["12 дн. (05): (31): [09]", "12 дн. 05 : 31 : 08"], None),  # the sizes disagree
    (["12 дн. (05): (3", ""], None),  # no whole countdown
])
def test_boxes_read_apart_without_agreement_are_read_whole_at_two_sizes(
        again: list[str], shown: str | None) -> None:
    lines = [words_at("Защита покупателя:", 10, 70), words_at("12 дн. ©: [105", 10, 100)]
    lines = reread_rows(Rereading(*again), Image.new("L", (800, 400)), lines, [ROW])
    text = "\n".join(line.text for line in lines)
    left = read_screenshot(f"AliExpress\n{text}").left
    assert left == (timedelta(days=12, hours=5, minutes=31, seconds=9) if shown else None)
    if shown:
        assert lines[1].text == shown


def test_a_label_with_no_clock_under_it_gets_the_line_below_read_whole() -> None:
    lines = [words_at("Подтвердите получение в течение", 10, 70),
             words_at("(a) 03 (3) 18)", 10, 100), words_at("Магазин", 10, 140)]
    lines = clock_by_label(Rereading("3 дн. 02:37:18", "3 дн. 02: 37: 18"),
                           Image.new("L", (800, 400)), lines)
    text = "\n".join(line.text for line in lines)
    assert read_screenshot(f"AliExpress\n{text}").left == timedelta(days=3, hours=2, minutes=37,
                                                                      seconds=18)


def test_an_empty_band_under_a_label_is_read_for_the_clock_tesseract_did_not_see() -> None:
    lines = [words_at("Защита покупателя:", 10, 70), words_at("Магазин", 10, 160)]
    lines = clock_by_label(Rereading("[12] дн. [05]: [31]: [09]", "12 дн. 05:31:09"),
                           Image.new("L", (800, 400)), lines)
    assert [line.text for line in lines] == ["Защита покупателя:", "12 дн. 05 : 31 : 09",
                                             "Магазин"]


def test_a_number_far_right_of_its_label_ending_in_a_stop_joins_its_label() -> None:
    lines = [Line([("10", (10, 100, 30, 120)), ("заказа", (36, 100, 110, 120))]),
             Line([("Дата", (10, 140, 60, 160))]),
             Line([("576955849827580935.", (500, 101, 718, 121))])]
    joined = number_beside_label(lines)
    assert read_screenshot("AliExpress\n" + "\n".join(line.cells for line in joined)).order \
        == "576955849827580935"


def test_a_box_row_left_unread_beside_a_day_count_keeps_the_days_from_being_whole() -> None:
    row = regions.BoxRow(((100, 10, 120, 30), (130, 10, 150, 30), (160, 10, 180, 30)))
    lines = [Line([("Buyer", (10, 0, 50, 8)), ("Protection", (55, 0, 120, 8))]),
             Line([("4", (10, 10, 20, 30)), ("days", (25, 10, 60, 30))])]
    read = reread_rows(Rereading("4 days @©:9"), Image.new("L", (400, 60), 255), lines, [row])
    assert read[1].text == "4 days ??:??:??"
    shot = read_screenshot("AliExpress\nAwaiting delivery\nBuyer Protection\n" + read[1].text)
    assert shot.left is None and shot.facts["protection_left"] == "days"


def test_colons_in_boxes_of_their_own_leave_one_row_of_digit_boxes() -> None:
    rows = regions.find_rows(page(["05", "31", "09"], colon_boxes=True).convert("L"))
    assert [len(row.boxes) for row in rows] == [3]


def chips_page(cells: list[str], gaps: tuple[int, ...] = (10, 22)) -> Image.Image:
    """A light order page whose clock's cells are pill chips as wide as their text, a unit
    word inside each («09 ч», «49 мин»), with unlike room between them."""
    image = Image.new("RGB", (720, 400), (245, 245, 245))
    draw = ImageDraw.Draw(image)
    font, bold = ImageFont.truetype(FONT, 28), ImageFont.truetype(BOLD, 28)
    draw.text((32, 60), "Защита покупателя", font=font, fill=(34, 34, 34))
    draw.text((32, 124), "12 дн.", font=font, fill=(34, 34, 34))
    x = 140
    for i, cell in enumerate(cells):
        width = int(draw.textlength(cell, font=bold)) + 32
        draw.rounded_rectangle((x, 116, x + width, 162), radius=23, fill=(255, 71, 71))
        draw.text((x + 16, 121), cell, font=bold, fill="white")
        x += width + gaps[i % len(gaps)]
    return image


def test_chips_of_unlike_widths_are_one_row() -> None:
    rows = regions.find_rows(chips_page(["09 ч", "49 мин", "07 сек"]).convert("L"))
    assert len(rows) == 1 and len(rows[0].boxes) == 3


@needs_tesseract
def test_chips_with_unit_words_read_as_the_clock() -> None:
    text = Reader().read_now(jpeg(chips_page(["09 ч", "49 мин", "07 сек"])))
    shot = read_screenshot(text)
    assert shot.left == timedelta(days=12, hours=9, minutes=49, seconds=7)
