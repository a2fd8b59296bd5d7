"""A page's text with the boxed countdowns read apart and put back on their line.

The page is recognised once; its words come with their boxes. Each row of digit boxes that
`regions` finds is read on its own (box by box with a digit whitelist, then the whole row
with none; only when both readings agree, or, when they do not, the boxes read again
smaller agree with the whole row), and the words Tesseract made of the boxes are replaced
by the clean countdown ("25 days ®: [105 [42]" becomes "25 days 15:10:42"). A clock with no
protection label near it in reading order gets the label the page shows beside it (by
layout, or read again larger), and a label with no clock under it gets the line under it
read again. The result is plain text, one line per Tesseract line, for the pure extractor in
flows/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from PIL import Image

from bot.screenshots import regions

DIGITS = "0123456789"


@dataclass
class Line:
    """One line of the page: its words with their boxes (left, top, right, bottom)."""

    words: list[tuple[str, tuple[int, int, int, int]]] = field(default_factory=list)

    @property
    def top(self) -> int:
        """The line's top edge."""
        return min(box[1] for _w, box in self.words)

    @property
    def bottom(self) -> int:
        """The line's bottom edge."""
        return max(box[3] for _w, box in self.words)

    @property
    def text(self) -> str:
        """The line's words, space-separated."""
        return " ".join(word for word, _box in self.words)

    @property
    def cells(self) -> str:
        """The line's words, a tab where a wide gap parts them (the website's status and its
        button at the row's far end: each part is read as a whole line by the extractor)."""
        if len(self.words) < 2:
            return self.text
        height = sorted(box[3] - box[1] for _w, box in self.words)[len(self.words) // 2]
        parts = [self.words[0][0]]
        for (_w, left), (word, right) in zip(self.words, self.words[1:], strict=False):
            parts.append("\t" if right[0] - left[2] > WIDE_GAP * max(1, height) else " ")
            parts.append(word)
        return "".join(parts)


WIDE_GAP = 3
"""A gap between words wider than this many line heights parts two cells of a row (a space
is about a third of one)."""


def page_lines(engine: Any) -> list[Line]:
    """The recognised page's lines, words with their boxes, in reading order."""
    from tesserocr import RIL, iterate_level

    lines: list[Line] = []
    for word in iterate_level(engine.GetIterator(), RIL.WORD):
        text = word.GetUTF8Text(RIL.WORD)
        box = word.BoundingBox(RIL.WORD)
        if text is None or box is None:
            continue
        if not lines or word.IsAtBeginningOf(RIL.TEXTLINE):
            lines.append(Line())
        lines[-1].words.append((text, box))
    return [line for line in lines if line.words]


def _read_digits(engine: Any, image: Image.Image, rects: list[tuple[int, int, int, int]],
                 whitelist: str) -> str:
    """Each rectangle of the image read as one line, the readings space-separated."""
    from tesserocr import PSM

    engine.SetVariable("tessedit_char_whitelist", whitelist)
    engine.SetPageSegMode(PSM.SINGLE_LINE)
    engine.SetImage(image)
    parts = []
    for rect in rects:
        engine.SetRectangle(*rect)
        parts.append("".join((engine.GetUTF8Text() or "").split()) or "?")
    return " ".join(parts)


def read_boxes(engine: Any, grey: Image.Image, row: regions.BoxRow) -> str | None:
    """A row of digit boxes as a countdown ("05:31:09"), or None unless read unambiguously."""
    from tesserocr import PSM

    laid = regions.strip(grey, row)
    if laid is None:
        ROW_TRACE.append("a row found, no box cut out")
        return None
    image, rects = laid
    half = ""
    try:
        strict = _read_digits(engine, image, rects, DIGITS)
        # The whole strip once more, any character allowed: a second opinion for one call.
        free = _read_digits(engine, image, [(0, 0, image.width, image.height)], "")
        third = strict
        if strict.replace(" ", "") != free:
            # A box read empty or short at one size often reads whole at another: the boxes
            # read once more, smaller, count when they agree with the whole strip's reading.
            third = _read_digits(engine, *_scaled(image, rects, THIRD_SCALE), DIGITS)
        paired = None
        # Boxes read empty alone but the whole strip reads two digits a box: the strip once
        # more with the digit whitelist is the second reading, and no box may say otherwise.
        if third.replace(" ", "") != free and "?" in strict + third and \
                len(free) == 2 * len(rects) and free.isdigit() and \
                _read_digits(engine, image, [(0, 0, image.width, image.height)], DIGITS) == free:
            paired = " ".join(free[i:i + 2] for i in range(0, len(free), 2))
        agreed = _agreed_boxes(strict, free, third, paired)
        if agreed is None or regions.clock(agreed, row) is None:
            # Units inside the boxes («16ч 31м 05с»): read "164 31 05" box by box, or not alike.
            agreed = (units_inside([strict, third], free, len(rects))
                      or hour_unit_inside([strict, third], free, len(rects)) or agreed)
        if agreed is None and third.replace(" ", "") != free:
            # Boxes read empty at some sizes (pale or blurred digits): each box is taken
            # where two readings give it and none gives it another number.
            half = _read_digits(engine, *_scaled(image, rects, HALF_SCALE), DIGITS)
            agreed = box_vote([strict, third, half], free.translate(LOOK_ALIKE), len(rects))
    finally:
        engine.SetVariable("tessedit_char_whitelist", "")
        engine.SetPageSegMode(PSM.AUTO)
        engine.Clear()
    if agreed is None:
        ROW_TRACE.append(_row_shape(len(rects), [strict, third, half], free))
    return None if agreed is None else regions.clock(agreed, row)


ROW_TRACE: list[str] = []
"""The shapes of the last page's box rows left unread (counts only, never digits), for the
benchmark's report of why a countdown was missed; emptied at each page."""


def _row_shape(boxes: int, readings: list[str], whole: str) -> str:
    """A box row's readings as counts: how many boxes each box-by-box reading gave two
    digits, and how many digits the whole strip's reading gave."""
    counts = "/".join(str(sum(len(box) == 2 and box.isdigit() for box in reading.split()))
                      if reading else "-" for reading in readings)
    digits = sum(char.isdigit() for char in whole)
    return f"{boxes} boxes, two digits at 1/0.7/0.5x: {counts}, whole strip {digits} digits"


def _agreed_boxes(strict: str, free: str, third: str, paired: str | None) -> str | None:
    """The boxes' reading two of the strip's readings agree on as a whole, else None."""
    if third.replace(" ", "") == free:
        return third
    if third == strict and free.translate(LOOK_ALIKE) == strict.replace(" ", ""):
        # The boxes read the same at both sizes and the whole row only put a letter for a
        # digit ("D539" for 05 39): three readings of the same digits.
        return strict
    if paired is not None and all(box in ("?", pair) for reading in (strict, third)
                                  for box, pair in zip(reading.split(), paired.split(),
                                                       strict=True)):
        return paired
    return None  # no two readings agree: not stated


UNIT_IN_BOX = re.compile(r"(\d\d)[^\W\d_]{1,3}\.?")
"""Two digits and a unit word in a box («09ч», «07мин», «20с»), as the whole strip reads them."""


def units_inside(readings: list[str], whole: str, boxes: int) -> str | None:
    """Boxes that hold their unit after the digits («09ч 07м 20с»): the digits when the whole
    strip reads as two digits and a word a box, and a box-by-box reading starts every box with
    those digits (the digit whitelist reads the unit as one more digit: "094"); else None."""
    found = list(UNIT_IN_BOX.finditer(whole))
    if len(found) != boxes or "".join(match.group() for match in found) != whole:
        return None
    pairs = [match.group(1) for match in found]
    return _starting(readings, pairs)


def hour_unit_inside(readings: list[str], whole: str, boxes: int) -> str | None:
    """Boxes with units inside whose hours box reads three digits ending in 4 («16ч» read
    "164" by every reading, the whole strip's too, its other units as letters or signs:
    "164%31м05°"): the hours' first two digits, when the box-by-box readings agree on every
    box and the whole strip shows a unit; else None."""
    if boxes < 3 or len(readings) < 2 or len(set(readings)) != 1 or not re.search(
            r"[^\d\s]", whole):
        return None
    cells = readings[0].split()
    hours = len(cells) - 3
    if len(cells) != boxes or not (len(cells[hours]) == 3 and cells[hours].endswith("4")
                                   and int(cells[hours][:2]) < 24) or any(
            len(cell) != 2 for index, cell in enumerate(cells) if index > hours):
        return None
    return " ".join([*cells[:hours], cells[hours][:2], *cells[hours + 1:]])


def _starting(readings: list[str], pairs: list[str]) -> str | None:
    """The pairs when a box-by-box reading starts every box with its pair, else None."""
    boxes = len(pairs)
    for reading in readings:
        cells = reading.split()
        if len(cells) == boxes and all(cell.startswith(pair) and len(cell) <= 4
                                       for cell, pair in zip(cells, pairs, strict=True)):
            return " ".join(pairs)
    return None


HALF_SCALE = 0.5
"""The size, against the strip's, of the fourth reading (boxes read empty at two sizes)."""


def box_vote(readings: list[str], whole: str, boxes: int) -> str | None:
    """The boxes' numbers when every box was read alike by two readings (box by box at some
    sizes, or the whole strip's digits two a box) and no reading gives that box another
    number as long or longer; else None."""
    rows = [reading.split() for reading in readings]
    if len(whole) == 2 * boxes and whole.isdigit():
        rows.append([whole[i:i + 2] for i in range(0, len(whole), 2)])
    numbers = []
    for index in range(boxes):
        values = [row[index] for row in rows if len(row) == boxes and row[index] != "?"]
        agreed = [v for v in set(values) if values.count(v) >= 2]
        if len(agreed) != 1 or any(v != agreed[0] and len(v) >= len(agreed[0])
                                   for v in values):
            return None
        numbers.append(agreed[0])
    if whole.isdigit() and not _within("".join(numbers), whole):
        return None  # the whole row's digits say otherwise
    return " ".join(numbers)


def _within(digits: str, whole: str) -> bool:
    """Whether the whole row's digits are the boxes' digits with some dropped, no other."""
    rest = iter(digits)
    return all(any(d == r for r in rest) for d in whole)


LOOK_ALIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "|": "1",
                            "S": "5", "B": "8"})


THIRD_SCALE = 0.7
"""The size, against the strip's, of the third reading when the first two disagree."""


def _scaled(image: Image.Image, rects: list[tuple[int, int, int, int]], scale: float) \
        -> tuple[Image.Image, list[tuple[int, int, int, int]]]:
    """The strip and its boxes' rectangles at `scale` times their size."""
    small = image.resize((round(image.width * scale), round(image.height * scale)),
                         Image.Resampling.LANCZOS)
    return small, [(round(a * scale), round(b * scale), round(c * scale), round(d * scale))
                   for a, b, c, d in rects]


READ_HEIGHT = 64
"""A line read again on its own (an order number, a countdown's line, a label near a clock) is
scaled to about this height: small grey text and digits garbled in the page's reading ("8" for
"9", a dropped label) read right at it."""
PREFIX_HEIGHT = 72
"""The text before the boxes is read again at about this height (the boxes' neighbours
garble it in the page's reading: "am" for «21 дн.»)."""


def box_words(engine: Any, grey: Image.Image, box: tuple[int, int, int, int], height: float,
              whitelist: str = "", shrink: bool = True) -> list[str]:
    """The words in a box of the page, read as one line scaled to about `height` pixels tall
    (never smaller than drawn unless `shrink`), with only `whitelist`'s characters if given."""
    from tesserocr import PSM

    piece = grey.crop(box)
    scale = height / max(1, piece.height)
    if not shrink:
        scale = max(1.0, scale)
    piece = piece.resize((round(piece.width * scale), round(piece.height * scale)),
                         Image.Resampling.LANCZOS)
    try:
        engine.SetVariable("tessedit_char_whitelist", whitelist)
        engine.SetPageSegMode(PSM.SINGLE_LINE)
        engine.SetImage(piece)
        return (engine.GetUTF8Text() or "").split()
    finally:
        engine.SetVariable("tessedit_char_whitelist", "")
        engine.SetPageSegMode(PSM.AUTO)
        engine.Clear()


def read_prefix(engine: Any, grey: Image.Image, box: tuple[int, int, int, int]) -> str:
    """The text in a box of the page, read as one line, scaled up."""
    words = box_words(engine, grey, box, PREFIX_HEIGHT, shrink=False)
    # A sliver of the first box's edge reads as "|" or a quote: not part of the text.
    return re.sub(r"[^\w.]+$", "", " ".join(words))


Word = tuple[str, tuple[int, int, int, int]]


def splice(lines: list[Line], row: regions.BoxRow, countdown: str,
           prefix: Word | None = None) -> list[Line]:
    """The lines with the row's countdown in place of whatever Tesseract made of its boxes;
    `prefix` (the text before the boxes, read again) replaces Tesseract's reading of it."""
    middle = (row.top + row.bottom) / 2
    box = (row.left, row.top, row.right, row.bottom)
    lines = _without_under(lines, row)
    for index, line in enumerate(lines):
        if line.top <= middle <= line.bottom:
            before = [w for w in line.words if w[1][2] <= row.left + 2]
            after = [w for w in line.words if w[1][0] >= row.right - 2]
            lines[index] = Line([*([prefix] if prefix else before), (countdown, box), *after])
            return lines
    # Tesseract saw no line there: the countdown becomes a line of its own, in its place.
    at = next((i for i, line in enumerate(lines) if line.top > middle), len(lines))
    lines.insert(at, Line([*([prefix] if prefix else []), (countdown, box)]))
    return lines


def _without_under(lines: list[Line], row: regions.BoxRow) -> list[Line]:
    """The lines without what Tesseract read of a wrapped row's boxes on its next line (the
    countdown takes them in its first line's place); a line left empty is dropped."""
    kept = []
    for line in lines:
        words = [w for w in line.words if not any(
            b[1] <= (w[1][1] + w[1][3]) / 2 <= b[3] and w[1][0] < b[2] and w[1][2] > b[0]
            for b in row.under)]
        if words:
            kept.append(Line(words) if len(words) < len(line.words) else line)
    return kept


def prefix_area(grey: Image.Image, row: regions.BoxRow) -> tuple[int, int, int, int] | None:
    """The text just left of a box row (a day count: "12 days"), or None when there is none."""
    height = row.bottom - row.top
    edge = max(3, height // 5)  # off the first box's blurred edge
    if row.left - edge < 4:
        return None
    band = grey.crop((0, row.top, row.left - edge, row.bottom))
    histogram = band.histogram()
    background = max(range(256), key=histogram.__getitem__)
    mask = band.point([255 if abs(v - background) > regions.INK else 0 for v in range(256)])
    columns = mask.resize((mask.width, 1), Image.Resampling.BOX).tobytes()
    start, gap = None, 0
    for x in range(len(columns) - 1, -1, -1):  # leftwards from the boxes, up to a wide gap
        if columns[x]:
            start, gap = x, 0
        elif start is not None:
            gap += 1
            if gap > 2 * height:
                break
    if start is None:
        return None
    return (max(0, start - 4), row.top, row.left - edge, row.bottom)


DIGIT_LIKE = re.compile(r"^[0-9OoIl|SB]+$")


USUAL_DIGITS = (16, 18)
"""An AliExpress order number's usual lengths; others are stated only on every reading."""
SMALL_NUMBER = 0.6
"""The size, against READ_HEIGHT, of the last reading of a number of an unusual length."""
TRAILING = re.compile(r"[.,;:'\"`’‘”“)\]»]+$")
"""What may follow a number's last digit in the page's reading: a stop, a quote, a bracket."""


def read_number(engine: Any, grey: Image.Image, box: tuple[int, int, int, int],
                scale: float) -> str:
    """The digits in a box of the page, read as one line at `scale` times the line height."""
    return "".join(box_words(engine, grey, box, scale * READ_HEIGHT, DIGITS))


def number_beside_label(lines: list[Line]) -> list[Line]:
    """A number drawn far right on its label's row, that Tesseract read as a line of its own
    elsewhere on the page, put back after its label (when neither the label's line nor the
    next one holds digits)."""
    from flows.understanding.screenshot import ORDER_LABEL

    for index, line in enumerate(lines):
        label = ORDER_LABEL.search(line.text)
        if label is None or _digits_after(line, label.end()) or (
                index + 1 < len(lines) and _digits_after(lines[index + 1], 0)):
            continue
        right = max(box[2] for _w, box in line.words)
        for other, candidate in enumerate(lines):
            middle = (candidate.top + candidate.bottom) / 2
            if other in (index, index + 1) or not line.top <= middle <= line.bottom:
                continue
            # (A stop after the last digit is the row's end, not part of the number.)
            if min(box[0] for _w, box in candidate.words) > right and all(
                    DIGIT_LIKE.match(w.rstrip(".,")) for w, _b in candidate.words) and len(
                    "".join(w for w, _b in candidate.words)) >= 12:
                lines[index] = Line([*line.words, *candidate.words])
                del lines[other]
                break
    return lines


def clock_beside_days(lines: list[Line]) -> list[Line]:
    """A day count alone at its line's end ("Ещё 14 д") whose clock Tesseract read as a line
    of its own elsewhere ("1251"): the digits on the same row right of it are put back after
    it, so that the count is not taken for whole days (the clock is then read again)."""
    from flows.understanding.screenshot import COUNTDOWN

    for index, line in enumerate(lines):
        found = COUNTDOWN.search(line.text)
        if found is None or found["h"] or found["hh"] or line.text[found.end():].strip(" .,;"):
            continue
        right = max(box[2] for _w, box in line.words)
        for other, candidate in enumerate(lines):
            middle = (candidate.top + candidate.bottom) / 2
            if other == index or not line.top <= middle <= line.bottom:
                continue
            if min(box[0] for _w, box in candidate.words) >= right and re.match(
                    r"^[\d:.,\-]+$", candidate.words[0][0]):
                lines[index] = Line([*line.words, *candidate.words])
                del lines[other]
                break
    return lines


def _digits_after(line: Line, start: int) -> bool:
    """Whether the line's text from the given character offset starts with a number."""
    rest = line.text[start:].split()
    return bool(rest) and bool(DIGIT_LIKE.match(rest[0]))


def _digit_run(words: list[Word], start: int) -> list[Word]:
    """The digit words from `start` on, up to the first word that is not one."""
    run: list[Word] = []
    for word in words[start:]:
        if not DIGIT_LIKE.match(TRAILING.sub("", word[0])):
            break
        run.append(word)
    return run


def _run_digits(run: list[Word]) -> str:
    """The digits the page's reading gives for a run of digit words."""
    from flows.understanding.screenshot import OCR_DIGITS

    return "".join(TRAILING.sub("", word) for word, _b in run).translate(OCR_DIGITS)


def _around(run: list[Word]) -> tuple[int, int, int, int]:
    """A box around a run of words, with a small margin."""
    return (min(b[0] for _w, b in run) - 4, min(b[1] for _w, b in run) - 4,
            max(b[2] for _w, b in run) + 4, max(b[3] for _w, b in run) + 4)


def agreed_number(engine: Any, grey: Image.Image, parts: list[list[Word]], first: str) \
        -> str | None:
    """The number the page read as `first` (its parts on one or two lines), kept when two
    readings agree: the page's and two larger ones, and a smaller fourth when no two of those
    three agree (a digit misread differently at each size); None otherwise."""
    boxes = [_around(run) for run in parts]

    def at(scale: float) -> str:
        return "".join(read_number(engine, grey, box, scale) for box in boxes)

    second = at(1.0)
    if second == first and len(first) in USUAL_DIGITS:
        return first
    third = at(1.5)
    agreed = first if third == first else second if third == second else None
    if agreed is None and len({first, second, third}) == 3:
        fourth = at(SMALL_NUMBER)
        agreed = next((reading for reading in (first, second, third) if reading == fourth),
                      None)
    if agreed is not None and len(agreed) not in USUAL_DIGITS and not (
            first == second == third and at(SMALL_NUMBER) == first):
        # A digit dropped or doubled alike in two readings ("18 digits read as 17"): an
        # unusual length is stated only when every reading, at three sizes and the page's,
        # gives it.
        return None
    return agreed


def _wrapped(line: Line, after: int, below: Line | None) -> list[list[Word]] | None:
    """A number wrapped at its line's end (a narrow screen): the digit words that end the
    label's line and those that start the next, when neither is a whole number alone and
    together they have an order number's length; None otherwise."""
    from flows.understanding.screenshot import ORDER_DIGITS

    here = _digit_run(line.words, after)
    if below is None or not here or after + len(here) != len(line.words):
        return None
    rest = _digit_run(below.words, 0)
    head, tail = len(_run_digits(here)), len(_run_digits(rest))
    if not rest or head < 4 or head >= ORDER_DIGITS[0] or not (
            ORDER_DIGITS[0] <= head + tail <= ORDER_DIGITS[1]):
        return None
    return [here, rest]


def check_numbers(engine: Any, grey: Image.Image, lines: list[Line]) -> list[Line]:
    """Each order number (digit words after its label, on its line, the next, or wrapped
    across both) read again: kept when two readings agree, else made unreadable ("?")."""
    from flows.understanding.screenshot import ORDER_LABEL

    for index, line in enumerate(lines):
        label = ORDER_LABEL.search(line.text)
        if label is None:
            continue
        words = line.words
        # The digit words after the label (on the label's line) or from the start (next).
        after = next((i for i in range(len(words))
                      if len(" ".join(w for w, _b in words[:i + 1])) > label.end()), len(words))
        below = lines[index + 1] if index + 1 < len(lines) else None
        if (parts := _wrapped(line, after, below)) is not None and below is not None:
            first = "".join(_run_digits(run) for run in parts)
            agreed = agreed_number(engine, grey, parts, first)
            box = _around([*parts[0], *parts[1]])
            lines[index] = Line([*words[:after], (agreed or "?" * len(first), box)])
            lines[index + 1] = Line(below.words[len(parts[1]):])
            continue
        for target, start in ((index, after), (index + 1, 0))[: 2 if below else 1]:
            digits = _digit_run(lines[target].words, start)
            first = _run_digits(digits)
            if len(first) < 12:
                continue
            agreed = agreed_number(engine, grey, [digits], first)
            if agreed == first:
                break
            at = lines[target].words.index(digits[0])
            merged = (agreed or "?" * len(first), _around(digits))
            lines[target] = Line([*lines[target].words[:at], merged,
                                  *lines[target].words[at + len(digits):]])
            break
    return [line for line in lines if line.words]


MONTH_OR_DATE = re.compile(r"\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct"
                           r"|nov|dec|янв|фев|мар|апр|ма[йя]|июн|июл|авг|сен|окт|ноя|дек)", re.I)
"""A dated line is a tracking event, not a countdown: it is not read again."""


def _countdown_line(text: str) -> bool:
    """Whether the extractor would read a countdown on the line (and it is no date's or order
    number's line: "1D заказа" is no day count)."""
    from flows.understanding import screenshot as facts

    if MONTH_OR_DATE.search(text) or facts.ORDER_LABEL.search(text):
        return False
    text = facts.spaced_clock(text)
    bare = facts.BARE_CLOCK.search(text)
    return bool(facts.COUNTDOWN.search(text) or facts.DAY_CLOCK.search(text)
                or facts.UNREAD_UNIT.search(text) or (bare and bare["s"]))


Numbers = tuple[int, ...]


def _numbers(text: str) -> Numbers | None:
    """The numbers a reading gives as a countdown (days, hours, minutes, seconds), or None
    when it parses as none."""
    from flows.understanding import screenshot as facts

    text = facts.spaced_clock(text)
    found = facts.COUNTDOWN.search(text)
    if found and (found["h"] or found["hh"]):
        return tuple(int(found[k] or 0) for k in ("d", "h", "m", "s")) if found["h"] else \
            tuple(int(found[k] or 0) for k in ("d", "hh", "mm", "ss")) if found["ss"] else \
            tuple(int(found[k] or 0) for k in ("d", "hh", "mm"))
    for pattern in (facts.DAY_CLOCK, facts.UNREAD_UNIT):
        if (both := pattern.search(text)):
            return tuple(int(both[k]) for k in ("d", "h", "m", "s"))
    if found and (joined := facts.joined_clock(text[found.end():])):
        return (int(found["d"]), *joined)
    return (int(found["d"]),) if found else None


def check_countdowns(engine: Any, grey: Image.Image, lines: list[Line],
                     rows: list[regions.BoxRow]) -> list[Line]:
    """Each line with a countdown in text (not in boxes) read again, larger, up to twice. The
    page's reading stands when a second reading gives its numbers; two other readings that
    agree on other numbers, as many or more, replace it (a digit misread at the page's size,
    a clock garbled: "22 д 04 28 57"); otherwise the line's digits are made unreadable ("?"):
    numbers that one reading saw and another read differently are not stated."""
    for index, line in enumerate(lines):
        if not _countdown_line(line.text) or any(
                row.top <= (line.top + line.bottom) / 2 <= row.bottom for row in rows):
            continue
        box = (min(b[0] for _w, b in line.words) - 4, line.top - 4,
               max(b[2] for _w, b in line.words) + 4, line.bottom + 4)
        page = _numbers(line.text)
        again = _read_line(engine, grey, box, 1.0)
        if page is not None and _numbers(again) == page:
            continue
        more = _read_line(engine, grey, box, 1.5)
        if page is not None and _numbers(more) == page:
            continue
        agreed = _numbers(again) if _numbers(again) == _numbers(more) else None
        if agreed is not None and (page is None or len(agreed) >= len(page)):
            lines[index] = Line([(again, box)])
        elif page is not None and agreed is None and (again or more):
            # (Unless both read nothing at all: a failed crop contradicts no reading.)
            lines[index] = Line([(re.sub(r"\d", "?", line.text), box)])
    return lines


def _read_line(engine: Any, grey: Image.Image, box: tuple[int, int, int, int],
               scale: float) -> str:
    """The text in a box of the page, read as one line at `scale` times READ_HEIGHT."""
    return " ".join(box_words(engine, grey, box, scale * READ_HEIGHT))


BOX_EDGES = re.compile(r"[()\[\]{}|]")
"""What a box's outline or rounded edge reads as beside its digits."""


def _agreed_clock(engine: Any, grey: Image.Image, box: tuple[int, int, int, int],
                  traced: bool = False) -> str | None:
    """The box read as one line at two sizes, box edges dropped: the reading when both give
    the same whole countdown (days, hours, minutes and seconds), else None (`traced`: why
    not, counted in ROW_TRACE)."""
    first = " ".join(BOX_EDGES.sub(" ", _read_line(engine, grey, box, 1.0)).split())
    numbers = _numbers(first)
    if numbers is None or len(numbers) != 4:
        if traced:
            ROW_TRACE.append(f"line read whole: {len(numbers or ())} numbers at 64 px")
        return None
    second = " ".join(BOX_EDGES.sub(" ", _read_line(engine, grey, box, 1.5)).split())
    if _numbers(second) != numbers:
        if traced:
            ROW_TRACE.append("line read whole: 4 numbers at 64 px, "
                             f"{len(_numbers(second) or ())} other at 96 px")
        return None
    return first


def reread_rows(engine: Any, grey: Image.Image, lines: list[Line],
                failed: list[regions.BoxRow]) -> list[Line]:
    """The line of each box row whose boxes gave no agreed reading, read whole at two sizes:
    its countdown when both readings give the same numbers (pale or outlined boxes, a box's
    edge read as a bracket)."""
    for row in failed:
        middle = (row.top + row.bottom) / 2
        for index, line in enumerate(lines):
            if not line.top <= middle <= line.bottom:
                continue
            box = (min(row.left, *(b[0] for _w, b in line.words)) - 4, line.top - 4,
                   max(row.right, *(b[2] for _w, b in line.words)) + 4, line.bottom + 4)
            clock = _agreed_clock(engine, grey, box, traced=True)
            left = [word for word in line.words if word[1][2] <= row.left + 2]
            days = bool(left) and bool(DAYS_AT_END.search(Line(left).text))
            if clock is None:
                ROW_TRACE.append(f"days left of the row: {'yes' if days else 'no'}")
            if clock is not None:
                lines[index] = Line([(clock, box)])
            elif days:
                # The boxes beside a day count hold its clock, unread: the days are no
                # whole-days countdown ("4 days" for 4 days 03:38:17), only its bucket; what
                # the page's reading made of the boxes ("(GME", "8:23") is dropped.
                right = [word for word in line.words if word[1][0] >= row.right - 2]
                lines[index] = Line([*left, ("??:??:??", row.boxes[0]), *right])
            break
    return lines


DAYS_AT_END = re.compile(r"\d\s*(?:days?|d|дн|д|дней|дня|день)\.?$", re.I)
"""A line ending with a day count, whose clock may be the box row beside it."""


def clock_by_label(engine: Any, grey: Image.Image, lines: list[Line]) -> list[Line]:
    """A protection label with no countdown read beside or under it: the line under it (and
    its own) read whole at two sizes, taken when both give the same countdown (digits in
    pale boxes that the box finder cannot tell from the page read as text)."""
    from flows.understanding.screenshot import SHIPPING_CLOCK, protection_words

    for index, line in enumerate(lines):
        if not protection_words(line.text) or SHIPPING_CLOCK.search(line.text) or any(
                _countdown_line(other.text) for other in lines[max(0, index - 1):index + 3]):
            continue
        height = max(8, line.bottom - line.top)
        below = lines[index + 1] if index + 1 < len(lines) else None
        areas: list[tuple[int, tuple[int, int, int, int]]] = []
        if below is None or below.top - line.bottom > 1.2 * height:
            # An empty band under the label: digits in pale boxes Tesseract did not see.
            bottom = below.top - 1 if below is not None else line.bottom + 3 * height
            areas.append((-1, (0, line.bottom + 1, grey.width,
                               min(grey.height, bottom, line.bottom + 3 * height))))
        if below is not None and not protection_words(below.text):
            areas.append((index + 1, _line_box(below)))
        areas.append((index, _line_box(line)))
        for target, box in areas:
            clock = _agreed_clock(engine, grey, box)
            if clock is None:
                continue
            if target < 0:
                lines.insert(index + 1, Line([(clock, box)]))
            else:
                lines[target] = Line([(clock, box)])
            break
        break  # the first label only: each area costs up to two readings
    return lines


LABEL_REACH = 3.0
"""How far from a clock, in its line's heights, a label on its own line may stand."""
CLOCKS_CHECKED = 2
"""Clocks per page whose label is looked for again (each may cost up to three readings)."""


def _window(lines: list[Line], index: int) -> str:
    """The text the extractor looks for a clock's label in: two lines above, one below."""
    return " ".join(line.text for line in lines[max(0, index - 2):index + 2])


def _nearest_label(lines: list[Line], index: int) -> Line | None:
    """The line nearest to a clock's on the page (on its row, or up to LABEL_REACH line
    heights above or below it) that holds the protection words, wherever Tesseract put it in
    reading order (a label far left of the clock on its row, a label in another block)."""
    from flows.understanding.screenshot import protection_words

    clock = lines[index]
    height = max(8, clock.bottom - clock.top)
    middle = (clock.top + clock.bottom) / 2
    near: list[tuple[float, Line]] = []
    for other, line in enumerate(lines):
        if other == index or not protection_words(line.text):
            continue
        gap = abs((line.top + line.bottom) / 2 - middle)
        if gap <= LABEL_REACH * height:
            near.append((gap, line))
    return min(near, key=lambda pair: pair[0])[1] if near else None


def _line_box(line: Line) -> tuple[int, int, int, int]:
    """A line's words' box, a little wider."""
    return (min(b[0] for _w, b in line.words) - 4, line.top - 4,
            max(b[2] for _w, b in line.words) + 4, line.bottom + 4)


def _label_read_again(engine: Any, grey: Image.Image, lines: list[Line], index: int) \
        -> Line | None:
    """The protection label read again, larger, where the page's reading garbled or dropped
    it: on the clock's own line, the two lines above it, the line below, the empty band above
    it, or the row left of it."""
    from flows.understanding.screenshot import protection_words

    clock = lines[index]
    height = max(8, clock.bottom - clock.top)
    left = min(b[0] for _w, b in clock.words)
    areas = [_line_box(clock)] if len(clock.words) > 1 else []
    for other in (index - 1, index - 2, index + 1):
        if 0 <= other < len(lines) and abs(lines[other].top - clock.top) <= \
                LABEL_REACH * height:
            areas.append(_line_box(lines[other]))
    top = lines[index - 1].bottom if index else max(0, clock.top - 2 * height)
    if clock.top - top > 1.2 * height:  # an empty band above: a label Tesseract skipped
        areas.append((0, max(top, clock.top - 2 * height), grey.width, clock.top - 1))
    if left > 4 * height:  # the row left of the clock
        areas.append((0, clock.top - 4, left - 2, clock.bottom + 4))
    for box in areas:
        box = (max(0, box[0]), max(0, box[1]), min(grey.width, box[2]), min(grey.height, box[3]))
        if box[2] - box[0] < height or box[3] - box[1] < 6:
            continue
        words = _no_numbers(box_words(engine, grey, box, READ_HEIGHT))
        if words and protection_words(" ".join(words)):
            return Line([(" ".join(words), box)])
    return None


def _no_numbers(words: list[str]) -> list[str]:
    """The first run of words without a digit that holds the protection words (a label
    carries no number, and a number read again here was not checked by another reading)."""
    from flows.understanding.screenshot import protection_words

    runs: list[list[str]] = [[]]
    for word in words:
        if re.search(r"\d", word):
            runs.append([])
        else:
            runs[-1].append(word)
    return next((run for run in runs if run and protection_words(" ".join(run))), [])


def tie_labels(engine: Any, grey: Image.Image, lines: list[Line]) -> list[Line]:
    """Each clock with no protection label near it in reading order gets the label the page
    shows beside it: the nearest label line by layout, else the label read again larger near
    it; the label is put on a line of its own just above the clock (a clock is stated only
    with its label: this finds a label, never makes one up)."""
    from flows.understanding.screenshot import SHIPPING_CLOCK, protection_words

    checked = index = 0
    while index < len(lines) and checked < CLOCKS_CHECKED:
        window = _window(lines, index)
        # A clock labelled as the seller's or the payment's keeps that label alone.
        if _countdown_line(lines[index].text) and not protection_words(window) \
                and not SHIPPING_CLOCK.search(window):
            checked += 1
            label = _nearest_label(lines, index) or _label_read_again(engine, grey, lines, index)
            kept = _no_numbers([w for w, _box in label.words]) if label else []
            words = [(w, box) for w, box in label.words if w in kept] if label else []
            if words:
                lines.insert(index, Line(words))
                index += 1
        index += 1
    return lines


def read_page(engine: Any, grey: Image.Image) -> str:
    """The page's text, boxed countdowns read apart (the engine is left cleared)."""
    ROW_TRACE.clear()
    engine.SetImage(grey)
    engine.Recognize()
    lines = page_lines(engine)
    engine.Clear()
    grey = grey if grey.mode == "L" else grey.convert("L")
    lines = check_numbers(engine, grey, number_beside_label(lines))
    rows = regions.find_rows(grey)
    if not rows:
        ROW_TRACE.append("no box row found")
    lines = check_countdowns(engine, grey, clock_beside_days(lines), rows)
    failed = []
    for row in rows:
        # Two boxes are no whole clock (a day box and one more, or a row whose third box
        # wrapped unseen): never read alone, only its line whole.
        countdown = read_boxes(engine, grey, row) if len(row.boxes) > 2 else None
        if len(row.boxes) == 2:
            near = regions.surroundings(grey, row)
            ROW_TRACE.append(f"a row of 2 boxes, not read alone ({near})")
        if countdown is None:
            failed.append(row)
        else:
            ROW_TRACE.append(f"a row of {len(row.boxes)} boxes read")
            area = prefix_area(grey, row)
            text = read_prefix(engine, grey, area) if area else ""
            lines = splice(lines, row, countdown, (text, area) if text and area else None)
    lines = clock_by_label(engine, grey, reread_rows(engine, grey, lines, failed))
    lines = tie_labels(engine, grey, lines)
    return "\n".join(line.cells for line in lines)
