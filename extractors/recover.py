"""Lines that Tesseract's page layout analysis skipped, found again and read.

Tesseract's automatic page segmentation now and then leaves out a whole printed line: a short
header line under the title (``合同编号：…    签订地点：…``) that it takes for neither text
nor a column is simply absent from its output, with every character of it plainly on the page.
A lost line is a lost contract number, date or amount, and no later stage can see it.

The check here compares the ink with the OCR: the page's ink is joined into line segments
(dilated along the line), and a segment of text height that no OCR word box covers is a line
the OCR missed. The missed segments are cut out, stacked into one strip image (one Tesseract
call for all of them, read as a uniform block of lines) and their words mapped back to page
coordinates. Only readings that look like text come back: signatures, logos and stray
marks read as low-confidence noise and are dropped.
"""

from __future__ import annotations

from functools import reduce
from typing import Callable

import cv2
import numpy as np

from contracts_core.record import BBox, Word
from extractors.cleanup import crop_around, ink_mask
from extractors.ocr import PageOCR, compose_text

# a segment counts as missed when less than this share of its ink lies under OCR word boxes
MAX_COVERED = 0.25
# a recovered line is kept when its words' mean confidence is at least this
MIN_LINE_CONFIDENCE = 70.0
MIN_WORD_CONFIDENCE = 40.0
MAX_STRIPS = 40  # a page that "misses" more than this is not text OCR skipped (a drawing, a form)


def _text_height(words: list[Word]) -> float | None:
    heights = [w.bbox.height for w in words if w.bbox.height > 3 and len(w.text) <= 2]
    if len(heights) < 5:
        heights = [w.bbox.height for w in words if w.bbox.height > 3]
    return float(np.median(heights)) if heights else None


def missed_segments(gray: np.ndarray, words: list[Word]) -> list[BBox]:
    """Line segments of ink on ``gray`` (upright, flattened) that no word box covers."""
    height = _text_height(words)
    if height is None or gray.size == 0:
        return []
    ink = ink_mask(gray)
    # long rules (table borders, underlines, signature lines) are not text
    long_ = max(int(height * 6), 20)
    rules = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (long_, 1)))
    rules |= cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, long_)))
    ink = ink & (1 - rules)
    covered = np.zeros_like(ink)
    pad = max(2, int(height * 0.25))
    for w in words:
        b = w.bbox
        covered[max(0, b.top - pad):b.top + b.height + pad,
                max(0, b.left - pad):b.left + b.width + pad] = 1
    gap = max(3, int(height * 0.9))  # join the characters of one line, not two lines
    joined = cv2.dilate(ink, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1)))
    count, _, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    out: list[BBox] = []
    for i in range(1, count):
        x, y, w, h, _ = stats[i]
        if not (0.5 * height <= h <= 2.2 * height) or w < 1.5 * height:
            continue
        region = ink[y:y + h, x:x + w]
        total = int(region.sum())
        if total < height * height * 0.3:  # a few specks
            continue
        under = int((region & covered[y:y + h, x:x + w]).sum())
        if under / total <= MAX_COVERED:
            out.append(BBox(left=int(x), top=int(y), width=int(w), height=int(h)))
    return out


def _rows(segments: list[BBox]) -> list[list[BBox]]:
    """Segments side by side on one printed line grouped together, top to bottom."""
    rows: list[list[BBox]] = []
    for s in sorted(segments, key=lambda s: s.top):
        centre = s.top + s.height / 2
        for row in rows:
            top = min(r.top for r in row)
            bottom = max(r.top + r.height for r in row)
            if top <= centre <= bottom:
                row.append(s)
                break
        else:
            rows.append([s])
    return rows


def recover_missed_lines(gray: np.ndarray, page: PageOCR,
                         read: Callable[[np.ndarray], PageOCR]) -> PageOCR:
    """``page`` with the printed lines its OCR left out read and added (``page`` itself when
    none is missing). ``read`` OCRs an image as a uniform block of text lines (psm 6)."""
    segments = missed_segments(gray, page.words)
    rows = _rows(segments)
    if not rows or len(rows) > MAX_STRIPS:
        return page
    height = int(_text_height(page.words) or 20)
    margin = max(4, height // 2)
    gap = height * 2  # white between strips: Tesseract must not join two of them
    pieces: list[tuple[int, int, int, np.ndarray]] = []  # (strip top, page x, page y, crop)
    y = gap
    width = 0
    for row in rows:
        crop, x0, y0 = crop_around(gray, reduce(BBox.union, row), margin)
        pieces.append((y, x0, y0, crop))
        y += crop.shape[0] + gap
        width = max(width, crop.shape[1])
    strip = np.full((y, width + 2 * gap), 255, dtype=np.uint8)
    for top, _, _, crop in pieces:
        strip[top:top + crop.shape[0], gap:gap + crop.shape[1]] = crop
    found = read(strip)

    lines: dict[tuple[int, int], list[Word]] = {}
    for w in found.words:
        centre = w.bbox.top + w.bbox.height / 2
        k = next((i for i, (top, _, _, crop) in enumerate(pieces)
                  if top <= centre < top + crop.shape[0]), None)
        if k is None or w.conf < MIN_WORD_CONFIDENCE:
            continue
        top, px, py, _ = pieces[k]
        box = BBox(left=w.bbox.left - gap + px, top=w.bbox.top - top + py,
                   width=w.bbox.width, height=w.bbox.height)
        lines.setdefault((k, w.line), []).append(Word(text=w.text, conf=w.conf, bbox=box))
    added = [ws for _, ws in sorted(lines.items())
             if sum(sum(ch.isalnum() for ch in w.text) for w in ws) >= 2
             and np.mean([w.conf for w in ws]) >= MIN_LINE_CONFIDENCE]
    if not added:
        return page
    return _with_lines(page, added)


def _with_lines(page: PageOCR, added: list[list[Word]]) -> PageOCR:
    """``page`` with the ``added`` lines put in reading order: each before the first line of
    the page that starts below it. Lines are renumbered; each added line is a block of its
    own (a blank line around it in the page text)."""
    by_line: dict[int, list[Word]] = {}
    for w in page.words:
        by_line.setdefault(w.line, []).append(w)
    order: list[tuple[list[Word], int]] = [(by_line[k], page.blocks.get(k, -1 - k))
                                            for k in sorted(by_line)]
    for n, ws in enumerate(sorted(added, key=lambda ws: min(w.bbox.top for w in ws))):
        top = min(w.bbox.top for w in ws)
        at = next((i for i, (old, _) in enumerate(order)
                   if min(w.bbox.top for w in old) > top), len(order))
        order.insert(at, (ws, -1_000_000 - n))
    words: list[Word] = []
    blocks: dict[int, int] = {}
    for number, (ws, block) in enumerate(order):
        blocks[number] = block
        words.extend(w.model_copy(update={"line": number}) for w in ws)
    mean = float(np.mean([w.conf for w in words]))
    return PageOCR(words=words, text=compose_text(words, blocks), mean_confidence=mean,
                   blocks=blocks)
