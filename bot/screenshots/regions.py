"""Countdowns drawn as digits in boxes ("[12]:[05]:[31]"), found by their shape (Pillow only).

Tesseract's page segmentation breaks on a row of small filled boxes with light digits inside:
it reads "@©:9:9" or nothing. A row of boxes is easy to see in the pixels, though: on the
rows of the boxes' top and bottom margins, the ink (pixels unlike the page's background)
forms two to four runs of one length with short gaps between. A band of the page on a colour
of its own (the app's order header: white boxes on an orange-red gradient, or a dark one) is
searched again against its own background, taken column by column, since there the page's
colour matches nothing and the whole band is ink. Each box found is cut out, its
digits turned dark on white, and the boxes are laid side by side on a clean strip that
Tesseract reads as one line of digits. Nothing is returned unless every box holds a number.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from PIL import Image, ImageChops

INK = 28
"""Grey levels from the background beyond which a pixel is ink (JPEG noise stays below)."""
RUN = re.compile(rb"\xff{10,}")
"""Ink runs at least this long may be a box's edge row."""
MIN_BOX, MAX_BOX = 12, 120
"""A box's height in pixels: smaller is noise, bigger is a photo or a banner."""
MAX_ROWS = 3
"""Box rows read per image (a page shows one countdown; a few candidates are tried)."""
BAND_STEP = 4
"""Bands are found on the page shrunk this many times (a header is 100-500 px tall)."""
BAND_SHIFT = INK // 2
"""A row whose median grey is this far from the page's is on a band of another colour."""
MIN_BAND = 2 * MIN_BOX
"""A band lower than this (in full-size pixels) holds no box row with a margin around it."""
BAND_INK = 16
"""Ink on a band, against its own background column by column: what is left there is JPEG
noise alone, so boxes a shade off the band (the dark theme's grey boxes on its grey card)
count."""


@dataclass(frozen=True)
class BoxRow:
    """Two to four boxes side by side (full-size pixel coordinates)."""

    boxes: tuple[tuple[int, int, int, int], ...]
    wrap: int = 0
    """How many boxes stand on the first line when the row wraps onto the next (0: one
    line); the edges below are the first line's."""

    @property
    def first(self) -> tuple[tuple[int, int, int, int], ...]:
        """The boxes on the row's first line."""
        return self.boxes[:self.wrap] if self.wrap else self.boxes

    @property
    def under(self) -> tuple[tuple[int, int, int, int], ...]:
        """The boxes wrapped onto the next line (none for a row on one line)."""
        return self.boxes[self.wrap:] if self.wrap else ()

    @property
    def top(self) -> int:
        """The row's top edge."""
        return min(b[1] for b in self.first)

    @property
    def bottom(self) -> int:
        """The row's bottom edge."""
        return max(b[3] for b in self.first)

    @property
    def left(self) -> int:
        """The first box's left edge."""
        return self.first[0][0]

    @property
    def right(self) -> int:
        """The first line's last box's right edge."""
        return self.first[-1][2]


def _background(grey: Image.Image) -> int:
    """The most common grey level: the page's background."""
    histogram = grey.histogram()
    return max(range(256), key=histogram.__getitem__)


def _runs(mask: Image.Image) -> list[list[tuple[int, int]]]:
    """Per row of the mask, its long ink runs as (start, end)."""
    data, width = mask.tobytes(), mask.width
    return [[m.span() for m in RUN.finditer(data, y * width, (y + 1) * width)]
            for y in range(mask.height)]


def _equal_runs(runs: list[tuple[int, int]], width: int) -> list[tuple[int, int]]:
    """The longest sequence of 2-4 runs of about one length with short gaps, else []."""
    best: list[tuple[int, int]] = []
    for i in range(len(runs)):
        group = [runs[i]]
        length = runs[i][1] - runs[i][0]
        for run in runs[i + 1:]:
            gap = run[0] - group[-1][1]
            if gap > 3 * length:
                break
            if (run[1] - run[0]) * 2 < length:
                continue  # a colon in a box of its own between two boxes: skipped
            if abs((run[1] - run[0]) - length) > max(2, length // 5):
                break
            group.append(run)
        if 2 <= len(group) <= 4 and len(group) > len(best) and length < width // 4:
            best = group
    return best


def _filled_edges(mask: Image.Image, left: int, right: int, top: int, bottom: int) -> bool:
    """Whether each of a box's sides is ink on (nearly) every row between its rounded
    corners: a column just inside the edge rows' ends, or up to a corner's width outside
    them (an outlined box's top edge is shorter than the box by its rounded corners)."""
    corner = (bottom - top) // 5
    need = 0.85 * (bottom - top + 1 - 2 * corner)
    for columns in (range(left + 1, left - corner - 2, -1), range(right - 2, right + corner + 1)):
        if not any(mask.crop((x, top + corner, x + 1, bottom + 1 - corner)).histogram()[255]
                   >= need for x in columns if 0 <= x < mask.width):
            return False
    return True


def _median(values: bytes) -> int:
    """The middle value of some grey levels."""
    return sorted(values)[len(values) // 2]


def _bands(grey: Image.Image, background: int) -> list[tuple[int, int]]:
    """Runs of rows (top, bottom, full size) whose median grey is unlike the page's: a band
    on a colour of its own, such as the app's order header."""
    small = grey.reduce(BAND_STEP) if min(grey.size) >= 8 * BAND_STEP else grey
    step = grey.height / small.height
    data, width = small.tobytes(), small.width
    bands: list[tuple[int, int]] = []
    start = None
    for y in range(small.height + 1):
        other = y < small.height and abs(
            _median(data[y * width:(y + 1) * width]) - background) > BAND_SHIFT
        if other and start is None:
            start = y
        elif not other and start is not None:
            top, bottom = round(start * step), min(grey.height, round(y * step))
            if bottom - top >= MIN_BAND:
                bands.append((top, bottom))
            start = None
    return bands


def _band_mask(grey: Image.Image, top: int, bottom: int) -> Image.Image:
    """The ink of a band against its own background, column by column (a gradient's colour
    changes along the row; the band's text and boxes cover under half of each column)."""
    band = grey.crop((0, top, grey.width, bottom))
    small = band.reduce((BAND_STEP, 1)) if band.width >= 8 * BAND_STEP else band
    columns = small.transpose(Image.Transpose.TRANSPOSE).tobytes()
    height = small.height
    medians = bytes(_median(columns[x * height:(x + 1) * height]) for x in range(small.width))
    backdrop = Image.frombytes("L", (small.width, 1), medians).resize(
        band.size, Image.Resampling.BILINEAR)
    return ImageChops.difference(band, backdrop).point(
        [255 if v > BAND_INK else 0 for v in range(256)])


def _boxes_in(mask: Image.Image) -> list[tuple[int, int, int, int]]:
    """Filled boxes in an ink mask, each (left, top, right, bottom): a run whose like (its
    ends within a few pixels) recurs further down, the sides ink all the way between. A
    rounded chip's top row is shorter than its middle: a row further down its margin makes
    the box. The digits break the rows between, so the like run is looked for up to a box's
    height below, not on the next row only."""
    rows = _runs(mask)
    width = mask.width
    spans = [[(s - y * width, e - y * width) for s, e in runs] for y, runs in enumerate(rows)]
    found: list[tuple[int, int, int, int]] = []
    for y, runs in enumerate(spans):
        for start, end in runs:
            if end - start >= width // 4 or any(
                    left - 3 <= start and end <= right + 3 and top <= y <= bottom
                    for left, top, right, bottom in found):
                continue
            if (start, end) in spans[y - 1] if y else False:
                continue  # tried on the row above
            # A box is at most twice as high as wide: its like run is looked for that far.
            reach = min(len(spans), y + MAX_BOX, y + 2 * (end - start) + 4)
            ends = [y2 for y2 in range(y + MIN_BOX - 1, reach) if any(
                abs(a - start) <= 3 and abs(b - end) <= 3 for a, b in spans[y2])]
            # The lowest like run whose sides are ink all the way up is the box's bottom
            # (text further down may repeat the run by chance).
            for last in [y2 for y2 in reversed(ends) if y2 + 1 not in ends][:3]:
                height = last - y + 1
                if end - start <= MAX_WIDTH * height and _filled_edges(mask, start, end, y,
                                                                         last):
                    # Its full width: the widest run covering its top row's, whatever the
                    # rounded corners.
                    wide = [(a, b) for y2 in range(y, last + 1) for a, b in spans[y2]
                            if a <= start + 3 and b >= end - 3 and b - a <= end - start + height]
                    found.append((min(a for a, _b in wide), y, max(b for _a, b in wide),
                                  last + 1))
                    break
    return found


MAX_WIDTH = 4
"""A box is at most this many times as wide as high («49 мин» inside a chip)."""


FILLED = 0.62
"""A filled box is ink (its fill) over at least this share of its inside: its digits are the
holes. A letter's outline ("o", "D", "0") holds less (0.3-0.58 measured), so does an
outlined box."""


def _filled(mask: Image.Image, box: tuple[int, int, int, int]) -> bool:
    """Whether a box is filled (not an outline: a letter, or a box of the page's colour)."""
    left, top, right, bottom = box
    inset_x, inset_y = max(1, (right - left) // 10), max(1, (bottom - top) // 10)
    inside = mask.crop((left + inset_x, top + inset_y, right - inset_x, bottom - inset_y))
    return inside.histogram()[255] >= FILLED * inside.width * inside.height


def _one_width(group: list[tuple[int, int, int, int]]) -> bool:
    """Whether boxes are of about one width (as the even rows' finder groups them)."""
    widths = [right - left for left, _t, right, _b in group]
    return max(widths) - min(widths) <= max(2, min(widths) // 5)


def _same_row(a: tuple[int, int, int, int], b: tuple[int, int, int, int]) -> bool:
    """Whether two boxes are of one height on one row (their tops and bottoms alike)."""
    slack = max(3, (a[3] - a[1]) // 6)
    return abs(a[1] - b[1]) <= slack and abs(a[3] - b[3]) <= slack


def _even_rows_in(mask: Image.Image, offset: int) -> list[BoxRow]:
    """Rows of 2-4 boxes of about one width in an ink mask whose top is at `offset` on the
    page, found by their edge rows' runs (filled or outlined)."""
    candidates: list[tuple[int, list[tuple[int, int]]]] = []
    for y, runs in enumerate(_runs(mask)):
        group = _equal_runs([(s - y * mask.width, e - y * mask.width) for s, e in runs],
                            mask.width)
        if group:
            candidates.append((y, group))
    rows: list[BoxRow] = []
    for index, (y, group) in enumerate(candidates):
        if any(row.top <= y + offset <= row.bottom for row in rows):
            continue
        # The same boxes further down: runs starting within a few pixels of these.
        last = y
        for y2, group2 in candidates[index + 1:]:
            if y2 - y > MAX_BOX:
                break
            if len(group2) == len(group) and all(abs(a[0] - b[0]) <= 3 and abs(a[1] - b[1]) <= 3
                                                 for a, b in zip(group, group2, strict=True)):
                last = y2
        height = last - y + 1
        widths = [e - s for s, e in group]
        if not MIN_BOX <= height <= MAX_BOX or not all(0.5 * height <= w <= 3 * height
                                                      for w in widths):
            continue
        if not all(_filled_edges(mask, s, e, y, last) for s, e in group):
            continue  # text strokes line up by chance; a box's sides are ink all the way down
        rows.append(BoxRow(tuple((s, y + offset, e, last + 1 + offset)
                                 for s, e in group)))
    return rows


def _rows_in(mask: Image.Image, offset: int) -> tuple[list[BoxRow], list[BoxRow]]:
    """Rows of 2-4 boxes in an ink mask whose top is at `offset` on the page: of about one
    width (filled or outlined), or filled boxes of one height whose widths differ (a wider box
    for the days, «49 мин» beside «09 ч»), as may the room between them. The rows of the
    first kind (a filled row with more boxes in place of one), then the other filled rows."""
    rows = _even_rows_in(mask, offset)
    extra: list[BoxRow] = []
    for row in _filled_rows_in(mask, offset):
        middle = (row.top + row.bottom) / 2
        same = [index for index, other in enumerate(rows) if other.top <= middle <= other.bottom]
        # Boxes of unlike widths: the even rows' finder sees only those of one width, and the
        # wider row takes its place; other filled rows (photos, buttons) come after every
        # even row, so they never push one out.
        if same and all(len(rows[index].boxes) < len(row.boxes) for index in same):
            rows[same[0]] = row
            rows = [other for index, other in enumerate(rows) if index not in same[1:]]
        elif not same:
            extra.append(row)
    rows = [_wrapped(mask, row, offset) for row in rows]
    extra = [_wrapped(mask, row, offset) for row in extra]
    # The wrapped part of a row is no row of its own.
    under = {box for row in rows + extra for box in row.under}
    return ([row for row in rows if not under & set(row.first)],
            [row for row in extra if not under & set(row.first)])


WRAP_REACH = 1.5
"""A row's next line starts at most this many box heights under its first."""

WRAP_WIDER = 1.35
"""A box on the other line of a wrapped row is at most this many times as wide as the row's
widest (a wider days chip)."""


def _wrapped(mask: Image.Image, row: BoxRow, offset: int) -> BoxRow:
    """The row joined with the boxes of the line above or under it that continue it, when a
    narrow phone wraps a countdown (days and a box or two at one line's end, the other boxes
    starting the next line): one or two boxes of the row's height and kind (filled or not),
    up to WRAP_WIDER times as wide, within WRAP_REACH box heights (or touching it), the lower
    line starting at or left of the upper one's start; in reading order. Else the row as it is."""
    if row.wrap or not 2 <= len(row.boxes) <= 3:
        return row
    height = max(b[3] - b[1] for b in row.boxes)
    reach = round(WRAP_REACH * height)
    top = max(0, row.top - offset - reach - height - 2)
    area = mask.crop((0, top, mask.width, min(mask.height,
                                              row.bottom - offset + reach + height + 4)))
    found = [(left, t + top + offset, right, b + top + offset)
             for left, t, right, b in _boxes_in(area)]
    # The row's own boxes measured as the others are (an edge run may be shorter than the
    # widest, by a rounded corner), for a like width.
    own = [box for box in found if any(
        b[0] <= (box[0] + box[2]) / 2 <= b[2] and b[1] <= (box[1] + box[3]) / 2 <= b[3]
        for b in row.boxes)]
    widths = [b[2] - b[0] for b in own or row.boxes]
    first = row.boxes[0]
    filled = _filled(mask, (first[0], first[1] - offset, first[2], first[3] - offset))
    slack = max(3, height // 6)
    others = [box for box in found if box not in own
              and abs(box[3] - box[1] - height) <= slack
              and 0.75 * min(widths) <= box[2] - box[0] <= WRAP_WIDER * max(widths)
              and _filled(mask, (box[0], box[1] - offset, box[2], box[3] - offset)) == filled]
    # Lines with no room between them touch: a box's edge row may be shared or overlap by
    # a pixel or two of anti-aliasing.
    touch = -(slack // 2)
    below = sorted((box for box in others if touch <= box[1] - row.bottom <= reach),
                   key=lambda box: (box[1], box[0]))
    above = sorted((box for box in others if touch <= row.top - box[3] <= reach),
                   key=lambda box: (-box[3], box[0]))
    for near, under in ((below, True), (above, False)):
        if not near:
            continue
        line = sorted((box for box in near if _same_row(near[0], box)), key=lambda b: b[0])
        if len(line) > 4 - len(row.boxes) or any(b[0] - a[2] > 3 * height
                                                 for a, b in pairwise(line)):
            continue
        upper, lower = (row.boxes, tuple(line)) if under else (tuple(line), row.boxes)
        if lower[0][0] > upper[0][0] + slack:
            continue
        return BoxRow(upper + lower, wrap=len(upper))
    return row


def _filled_rows_in(mask: Image.Image, offset: int) -> list[BoxRow]:
    """Rows of 2-4 filled boxes of one height, side by side, widths alike or not."""
    boxes = sorted((box for box in _boxes_in(mask) if _filled(mask, box)),
                   key=lambda box: (box[1], box[0]))
    rows: list[BoxRow] = []
    used: set[int] = set()
    for index, first in enumerate(boxes):
        if index in used:
            continue
        height = first[3] - first[1]
        members = sorted((box for box in boxes if _same_row(first, box)), key=lambda b: b[0])
        used.update(boxes.index(box) for box in members)
        # Boxes side by side: each within three box heights of the one before it; a run
        # of more than four is no countdown.
        groups = [[members[0]]]
        for box in members[1:]:
            if box[0] - groups[-1][-1][2] > 3 * height:
                groups.append([])
            groups[-1].append(box)
        # A colon drawn as a box of its own is much narrower than the digits' boxes, and
        # narrower than high (two digits are not: «06 ч» beside a wider «37 мин» stays).
        groups = [[box for box in g if (box[2] - box[0]) * 10 >= 7 * sorted(
            b[2] - b[0] for b in g)[len(g) // 2] or (box[2] - box[0]) * 10 >= 8 * height]
                  for g in groups]
        # Boxes of one width are the even rows' finder's to find or not: here only rows it
        # cannot see (a partial row of alike boxes would stop the line from being read whole).
        group = next((g for g in groups if 2 <= len(g) <= 4 and not _one_width(g)), None)
        if group is None:
            continue
        rows.append(BoxRow(tuple((left, top + offset, right, bottom + offset)
                                 for left, top, right, bottom in group)))
    return rows


def find_rows(grey: Image.Image) -> list[BoxRow]:
    """Rows of 2-4 filled boxes of one height (a boxed countdown), top to bottom: against the
    page's background, then in each band on a colour of its own."""
    background = _background(grey)
    mask = grey.point([255 if abs(v - background) > INK else 0 for v in range(256)])
    bands = _bands(grey, background)
    # Inside a band the page's colour makes the band ink and its white boxes holes: what
    # shows there against the page's colour is the boxes' digits or the band's text.
    rows, extra = _rows_in(mask, 0)
    rows = [row for row in rows if not any(top <= row.top < bottom for top, bottom in bands)]
    extra = [row for row in extra if not any(top <= row.top < bottom for top, bottom in bands)]
    for top, bottom in bands:
        if len(rows) >= MAX_ROWS:
            break
        found, more = _rows_in(_band_mask(grey, top, bottom), top)
        rows += found
        extra += more
    # A filled row beside an even one found in a band (a few of the same boxes) is dropped.
    extra = [row for row in extra if not any(
        other.top <= (row.top + row.bottom) / 2 <= other.bottom for other in rows)]
    return sorted((rows + extra)[:MAX_ROWS], key=lambda row: row.top)


BOX_HEIGHT = 96
"""Boxes are scaled to about this height: digits of 40-odd pixels, what Tesseract reads best."""


FILL_SHARE = 0.3
"""A box's fill covers at least this share of its inside (the digits cover less)."""
MIN_CONTRAST = 14
"""Grey levels between a box's fill and its digits below which the box holds nothing legible
(white digits on a pale box after JPEG still differ by 15 or more)."""


def _fill(inside: Image.Image) -> tuple[int, float]:
    """A box's fill colour (its commonest grey, in steps of 8) and the share of the box in
    that colour: the digits cover less than half of a box, whatever its margins show (a
    small box's margins touch the digits, a rounded one's corners the page)."""
    histogram = inside.histogram()
    buckets = [sum(histogram[i:i + 16]) for i in range(0, 256, 8)]
    start = max(range(len(buckets)), key=buckets.__getitem__) * 8
    level = max(range(start, min(256, start + 16)), key=histogram.__getitem__)
    near = sum(histogram[max(0, level - 12):level + 13])
    return level, near / max(1, inside.width * inside.height)


INK_SHARE = 0.03
"""The digits' colour is taken this far into the box's darkest (or lightest) pixels, not at
the one extreme pixel: JPEG leaves a few pixels darker than the strokes, which would stretch
the digits to mid-grey."""


def _ink_levels(inside: Image.Image) -> tuple[int, int]:
    """The box's darkest and lightest colours, a few pixels in from the extremes."""
    histogram = inside.histogram()
    need = max(1, round(INK_SHARE * inside.width * inside.height))
    levels = []
    for order in (range(256), range(255, -1, -1)):
        seen = 0
        for level in order:
            seen += histogram[level]
            if seen >= need:
                levels.append(level)
                break
    return levels[0], levels[1]


def _without_edges(piece: Image.Image) -> Image.Image:
    """The box with what is left of its outline at its sides made white: a row or column
    near the edge that is dark over most of its length is the box's edge, not a digit."""
    width, height = piece.size
    data = bytearray(piece.tobytes())
    for y in [*range(min(3, height)), *range(max(0, height - 3), height)]:
        row = data[y * width:(y + 1) * width]
        if sum(v < 128 for v in row) > 0.6 * width:
            data[y * width:(y + 1) * width] = b"\xff" * width
    for x in [*range(min(3, width)), *range(max(0, width - 3), width)]:
        column = data[x::width]
        if sum(v < 128 for v in column) > 0.6 * height:
            data[x::width] = b"\xff" * height
    return Image.frombytes("L", piece.size, bytes(data))


WIDE = 1.3
"""A box wider than this many times its height holds more than two digits: its unit word
(«09 ч», «49 мин», «12 дн.»), or a three-digit day count."""
UNIT_GAP = 0.16
"""A blank stretch this share of a box's height wide parts its digits from a unit word
(a word space); digits stand closer."""


def _digits_part(piece: Image.Image) -> Image.Image:
    """A wide box's digits without the unit word after them («49 мин» -> «49»): the ink up to
    the first blank stretch a word space wide, when ink follows it; else the box as it is."""
    width, height = piece.size
    dark = piece.point([255 if v < 128 else 0 for v in range(256)])
    columns = [dark.crop((x, 0, x + 1, height)).histogram()[255] > 0 for x in range(width)]
    inked = [x for x, ink in enumerate(columns) if ink]
    if not inked:
        return piece
    gap = max(2, round(UNIT_GAP * height))
    blank = 0
    for x in range(inked[0], inked[-1] + 1):
        blank = 0 if columns[x] else blank + 1
        # Less than a digit's width before the gap: a "1"'s wide sides, read on.
        if blank == gap and x - gap + 1 - inked[0] >= 0.4 * height:
            return piece.crop((0, 0, min(width, x - gap // 2 + 1), height))
    return piece


def strip(grey: Image.Image, row: BoxRow) -> tuple[Image.Image, list[tuple[int, int, int, int]]] \
        | None:
    """The row's digits, dark on white, side by side with wide gaps, and each box's rectangle
    on it; None when a box is not one fill with contrasting digits."""
    height = max(bottom - top for _l, top, _r, bottom in row.boxes)
    scale = max(1.0, BOX_HEIGHT / height)
    pieces: list[Image.Image] = []
    for left, top, right, bottom in row.boxes:
        inset_x, inset_y = max(1, (right - left) // 10), max(1, (bottom - top) // 10)
        inside = grey.crop((left + inset_x, top + inset_y, right - inset_x, bottom - inset_y))
        fill, share = _fill(inside)
        if share < FILL_SHARE:
            return None  # no one colour over most of the box: a photo or a gradient
        low, high = _ink_levels(inside)
        ink = low if fill - low > high - fill else high
        # Linear: the fill goes white, the digits' colour black, the anti-aliasing between
        # (a pale box's faint digits stretched to full contrast).
        span = fill - ink
        if abs(span) < MIN_CONTRAST:
            return None
        lut = [max(0, min(255, round(255 * (v - ink) / span))) for v in range(256)]
        piece = _without_edges(inside.point(lut))
        if right - left > WIDE * (bottom - top):
            piece = _digits_part(piece)
        pieces.append(piece.resize((round(piece.width * scale), round(piece.height * scale)),
                                   Image.Resampling.LANCZOS))
    tall = max(p.height for p in pieces)
    gap = tall // 2
    canvas = Image.new("L", (sum(p.width for p in pieces) + gap * (len(pieces) + 1),
                             tall + gap), 255)
    x = gap
    rects = []
    for piece in pieces:
        canvas.paste(piece, (x, gap // 2))
        # Each box is also read alone (Tesseract may drop the gaps between digit groups).
        rects.append((x - gap // 2, 0, piece.width + gap, canvas.height))
        x += piece.width + gap
    return canvas, rects


NUMBERS = re.compile(r"^\d{1,3}(?: \d{1,3}){1,3}$")


def clock(text: str, row: BoxRow) -> str | None:
    """The boxes' numbers as a countdown ("05:31:09", days first with four boxes), or None
    unless every box gave one number and minutes and seconds are below 60."""
    text = " ".join(text.split())
    if not NUMBERS.match(text):
        return None
    numbers = text.split()
    if len(numbers) != len(row.boxes):
        return None
    values = [int(n) for n in numbers]
    if any(v > 59 for v in values[-2:]) or (len(values) >= 3 and values[-3] > 23 and
                                             len(values) == 4):
        return None
    # Only four boxes have a day count first; in three or two each box holds two digits
    # ("164" is «16ч» with its unit read as a digit).
    if any(len(n) > 2 for n in numbers[1 if len(numbers) == 4 else 0:]):
        return None
    return ":".join(f"{int(n):02d}" if i else n for i, n in enumerate(numbers))


def surroundings(grey: Image.Image, row: BoxRow) -> str:
    """What boxes stand around a short row (for the benchmark's report, shapes only): those
    of any height from a box height above to three below, each as where it stands, its height
    and width against the row's first box, and filled or not."""
    height = row.bottom - row.top
    width = row.boxes[0][2] - row.boxes[0][0]
    top = max(0, row.top - height)
    bottom = min(grey.height, row.bottom + 3 * height)
    mask = _band_mask(grey, top, bottom)
    seen = []
    for box in sorted(_boxes_in(mask), key=lambda b: (b[1], b[0])):
        left, upper, right, lower = box[0], box[1] + top, box[2], box[3] + top
        if (left, upper, right, lower) in row.boxes or not \
                0.5 * height <= lower - upper <= 2 * height:
            continue
        where = ("beside" if abs(upper - row.top) <= height // 3 else
                 f"above {(row.top - lower) / height:.1f}h" if upper < row.top else
                 f"under {(upper - row.bottom) / height:.1f}h")
        side = "left" if right <= row.left else "right" if left >= row.right else "across"
        seen.append(f"{where} {side} h{(lower - upper) / height:.1f} w{(right - left) / width:.1f}"
                    f"{' filled' if _filled(mask, box) else ''}")
    return ", ".join(seen[:4]) or "no box near"
