"""The brackets around a year, read from their shapes on the page.

A Chinese document or contract number puts its year in brackets: 沪采〔2024〕第015号 (the
tortoise-shell brackets 〔〕 that GB/T 9704 prescribes), 浙租（2023）第128号, 粤服[2024]第77号.
The number is searched and matched character for character, so the bracket is part of it. Tesseract
reads printed ( ) and [ ] as such, but it has no steady name for 〔〕: it reads them as ( ), as
[ ], or as a mix (``〔2024】``). The words of the text alone cannot tell a 〔 read as ( from a
printed (.

The shapes can. Seen as an opening bracket (a closing one is its mirror image):

* ``[`` is a straight stem with flat serifs: its top and bottom rows are as wide as the glyph;
* ``〔`` is a straight stem with short straight slanted ends: its left edge runs straight down
  most of the glyph and its ends are straight lines, no serifs;
* ``(`` / ``（`` is one curve: its left edge bends the whole way down, and its ends bulge.

Each word of a page's OCR that holds a bracketed year is looked at on the cleaned page: the
ink components of the word are found, the two brackets are the tall thin components on either
side of the run of digits, and each is measured. When both brackets have a clear shape and the
shapes agree, the word's brackets are rewritten as that shape; otherwise the OCR reading stays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

import cv2
import numpy as np

from contracts_core.record import Word
from extractors.cleanup import crop_around, ink_mask
from extractors.ocr import PageOCR, compose_text

Shape = Literal["tortoise", "round", "square"]
PAIRS: dict[Shape, tuple[str, str]] = {"tortoise": ("〔", "〕"), "round": ("(", ")"),
                                       "square": ("[", "]")}
OPEN = "〔[【(（［〈"
CLOSE = "〕]】)）］〉"
# a year in brackets inside a word: "沪采(2024)第015号", "〔2024】", "[2025]"
BRACKETED_YEAR = re.compile(rf"([{re.escape(OPEN)}]{{1,2}})((?:19|20)\d{{2}})([{re.escape(CLOSE)}]{{1,2}})")


@dataclass(frozen=True)
class GlyphMeasure:
    """What tells the bracket shapes apart, measured on an opening bracket's ink."""

    straight: float  # share of rows whose outer edge lies on the stem's line
    serif: float  # how far the widest top/bottom row reaches across the glyph (0..1)
    bulge: float  # how much the ends curve: 0 for a straight slant, ~0.25 for a round end
    wide: float  # share of rows at least 0.6 of the glyph wide (the solid ends of a 【)


def measure(glyph: np.ndarray) -> GlyphMeasure | None:
    """Measures of an opening bracket (bool or 0/1 ink, cropped to the glyph; a closing one
    flipped left to right first); None for a glyph too small to measure."""
    g = np.asarray(glyph).astype(bool)
    h, w = g.shape
    if h < 20 or w < 2:
        return None
    rows = g.any(axis=1)
    left = np.where(rows, g.argmax(axis=1), w)
    right = np.where(rows, w - 1 - g[:, ::-1].argmax(axis=1), -1)
    stem = int(left[rows].min())
    tol = max(1, round(0.04 * h))
    straight = float(np.mean(left <= stem + tol))
    k = max(1, round(0.1 * h))
    spans = np.clip(right - left + 1, 0, w)
    serif = float(min(spans[:k].max(), spans[-k:].max())) / w
    bulge = float(np.mean([_end_bulge(left[:h // 2], stem), _end_bulge(left[::-1][:h // 2], stem)]))
    wide = float(np.mean(spans >= 0.6 * w))
    return GlyphMeasure(straight=straight, serif=serif, bulge=bulge, wide=wide)


def _end_bulge(edge: np.ndarray, stem: int) -> float:
    """How far the outer edge of one end (from the glyph's tip to its middle) bows outward of
    the straight line from the tip to where the edge reaches the stem, as a share of the end's
    depth (0 for a straight slant; a round end bows out by about a quarter)."""
    depth = float(edge[0] - stem)
    if depth < 2:
        return 0.0
    reach = np.nonzero(edge <= stem + max(1.0, 0.1 * depth))[0]
    length = int(reach[0]) if reach.size else len(edge)
    if length < 3:
        return 0.0
    ys = np.arange(length)
    chord = edge[0] + (edge[length - 1] - edge[0]) * ys / (length - 1)
    return float(np.max(chord - edge[:length])) / depth


def classify(glyph: np.ndarray) -> Shape | None:
    """The shape of an opening bracket, or None when it is not clear. (Thresholds measured on
    288 renders of the three shapes in serif and sans faces, 150–300 dpi, clean, blurred,
    photographed and skewed: no 〔 taken for a ( or the reverse.)"""
    m = measure(glyph)
    if m is None:
        return None
    if m.straight >= 0.95 or (m.straight >= 0.9 and m.serif >= 0.85):
        return "square" if m.wide < 0.3 else None  # a wide solid end is a 【 (or a blot)
    if m.serif < 0.8 and m.straight >= 0.74 and m.bulge < 0.12:
        return "tortoise"
    if m.serif < 0.8 and m.straight < 0.76 and m.bulge >= 0.1:
        return "round"
    return None


def bracket_glyphs(ink: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """The opening and closing bracket around the run of digits in the ink of one word: the
    tall thin components on either side of components that all lie within their height."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    comps = sorted((int(stats[i, 0]), int(stats[i, 1]), int(stats[i, 2]), int(stats[i, 3]), i)
                   for i in range(1, n) if stats[i, cv2.CC_STAT_AREA] >= 4)
    tall = max((c[3] for c in comps), default=0)
    if tall < 12:
        return None

    def thin(c: tuple[int, int, int, int, int]) -> bool:
        return c[3] >= 0.7 * tall and c[2] <= 0.55 * c[3]

    for i, a in enumerate(comps):
        if not thin(a):
            continue
        for j in range(i + 2, min(len(comps), i + 9)):
            b = comps[j]
            if not thin(b) or abs(b[3] - a[3]) > 0.15 * a[3]:
                continue
            inside = [c for c in comps[i + 1:j] if c[0] >= a[0] + a[2] - 1]
            top, bottom = max(a[1], b[1]), min(a[1] + a[3], b[1] + b[3])
            if len(inside) < 3 or any(c[1] < top or c[1] + c[3] > bottom for c in inside):
                continue
            digits = max(c[3] for c in inside)
            if digits > 0.92 * min(a[3], b[3]) or b[0] - (a[0] + a[2]) < 1.5 * digits:
                continue  # the brackets reach above and below the digits
            return (labels[a[1]:a[1] + a[3], a[0]:a[0] + a[2]] == a[4],
                    labels[b[1]:b[1] + b[3], b[0]:b[0] + b[2]] == b[4])
    return None


def read_bracket_shape(gray: np.ndarray, word: Word) -> Shape | None:
    """The shape of the brackets around the year in ``word``, from its ink on ``gray`` (the
    cleaned page the word was read on); None when the two brackets are not found or do not
    agree."""
    crop, _, _ = crop_around(gray, word.bbox, max(2, int(0.3 * word.bbox.height)))
    if crop.size == 0:
        return None
    if crop.ndim == 3:
        crop = cv2.cvtColor(crop, cv2.COLOR_BGR2GRAY)
    glyphs = bracket_glyphs(ink_mask(crop))
    if glyphs is None:
        return None
    opening, closing = classify(glyphs[0]), classify(glyphs[1][:, ::-1])
    return opening if opening is not None and opening == closing else None


def repair_year_brackets(gray: np.ndarray, page: PageOCR) -> PageOCR:
    """``page`` with the brackets of each bracketed year written as their printed shape."""
    changed = False
    words: list[Word] = []
    for w in page.words:
        m = BRACKETED_YEAR.search(w.text)
        if m and {m.group(1), m.group(3)} in ({"〔", "〕"}, {"【", "】"}):
            m = None  # read as a pair of the two shapes Tesseract does not confuse with others
        shape = read_bracket_shape(gray, w) if m else None
        if m is None or shape is None:
            words.append(w)
            continue
        o, c = PAIRS[shape]
        text = f"{w.text[:m.start()]}{o}{m.group(2)}{c}{w.text[m.end():]}"
        changed |= text != w.text
        words.append(w.model_copy(update={"text": text}))
    if not changed:
        return page
    return PageOCR(words=words, text=compose_text(words, page.blocks),
                   mean_confidence=page.mean_confidence, blocks=page.blocks)
