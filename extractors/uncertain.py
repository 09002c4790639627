"""Chinese characters read with low confidence, read again at twice the size.

At print size a dense character is at the limit of what Tesseract's Chinese model tells apart:
润 comes out as 添, 鹭 as 警, 责 as 货, each with a confidence well below the page's. A party's
name misread so is a different company's name, and no search finds the contract by it.

Read again at twice the size, on its own line, the same stretch usually comes back right and
sure. Here the stretch of line around each Han character read with low confidence (a few
words on either side) is cut out, enlarged and read again as one line, at most a few
stretches per page, all in one reading (one image, the stretches one under the other): a sharp
page has none, and a poor one is not made good this way. Where both
readings agree on the characters around it, a character the second reading gives otherwise,
and more surely, replaces the first; nothing else changes.
"""

from __future__ import annotations

from difflib import SequenceMatcher
from functools import reduce
from typing import Callable

import cv2
import numpy as np

from contracts_core.record import BBox, Word
from extractors.cleanup import crop_around
from extractors.fields._common import is_han
from extractors.ocr import PageOCR, compose_text

LOW_CONFIDENCE = 70.0  # a Han character read below this is doubtful
MARGIN = 10.0  # the second reading wins by at least this much confidence
MAX_STRETCHES = 4  # stretches read again per page, the least sure first
AROUND = 4  # words read again on each side of a doubtful character
SCALE = 2


def _han(w: Word) -> bool:
    return len(w.text) == 1 and is_han(w.text)


def reread_uncertain_han(gray: np.ndarray, page: PageOCR,
                         read_block: Callable[[np.ndarray], PageOCR]) -> PageOCR:
    """``page`` with its doubtful Han characters replaced where a reading of their stretch of
    line at twice the size gives another character more surely. ``read_block`` reads an image
    of text lines (psm 6)."""
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    # the stretch of its line around each doubtful character, overlapping stretches as one
    stretches: list[tuple[float, list[Word]]] = []
    for words in lines.values():
        words = sorted(words, key=lambda w: w.bbox.left)
        spans: list[list[int]] = []
        for i, w in enumerate(words):
            if _han(w) and w.conf < LOW_CONFIDENCE:
                lo, hi = max(0, i - AROUND), min(len(words), i + AROUND + 1)
                if spans and lo <= spans[-1][1]:
                    spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
        for lo, hi in spans:
            part = words[lo:hi]
            stretches.append((min(w.conf for w in part if _han(w)), part))
    stretches.sort(key=lambda s: s[0])
    chosen = [words for _, words in stretches[:MAX_STRETCHES]]
    if not chosen:
        return page
    # all the stretches, enlarged, one under the other with white between: one reading
    crops = []
    for words in chosen:
        box = reduce(BBox.union, (w.bbox for w in words))
        crop, _, _ = crop_around(gray, box, max(4, int(0.3 * box.height)))
        crops.append(cv2.resize(crop, None, fx=SCALE, fy=SCALE, interpolation=cv2.INTER_CUBIC))
    gap = max(c.shape[0] for c in crops)
    tops, y = [], gap
    for c in crops:
        tops.append(y)
        y += c.shape[0] + gap
    strip = np.full((y, max(c.shape[1] for c in crops) + 2 * gap), 255, dtype=np.uint8)
    for top, c in zip(tops, crops):
        strip[top:top + c.shape[0], gap:gap + c.shape[1]] = c
    again = read_block(strip)
    new: dict[int, Word] = {}
    for words, top, crop in zip(chosen, tops, crops):
        first = [w for w in words if _han(w)]
        second = sorted((w for w in again.words if _han(w)
                         and top <= w.bbox.top + w.bbox.height / 2 < top + crop.shape[0]),
                        key=lambda w: w.bbox.left)
        # the characters both readings agree on anchor the others (the enlarged crop may take
        # in a part of a neighbour); only one-for-one substitutions between anchors count
        match = SequenceMatcher(None, "".join(w.text for w in first), "".join(w.text for w in second),
                                autojunk=False)
        for tag, i1, i2, j1, j2 in match.get_opcodes():
            if tag != "replace" or i2 - i1 != j2 - j1:
                continue
            for old, other in zip(first[i1:i2], second[j1:j2]):
                if old.conf < LOW_CONFIDENCE and other.conf >= old.conf + MARGIN:
                    new[id(old)] = old.model_copy(update={"text": other.text, "conf": other.conf})
    if not new:
        return page
    out = [new.get(id(w), w) for w in page.words]
    return PageOCR(words=out, text=compose_text(out, page.blocks),
                   mean_confidence=page.mean_confidence, blocks=page.blocks)
