"""Page text built from OCR words, with the character offsets of every word.

Field extraction works on text; provenance needs boxes. :class:`PageText` keeps both: the
page text (lines joined by ``\\n``, no space between CJK characters, one space between Latin
words) and, for every word, the ``[start, end)`` offsets it occupies in that text, so that a
character range found by a pattern maps back to the union of the word boxes under it.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from dataclasses import dataclass, field

from contracts_core.record import BBox, Word
from extractors.text import is_cjk

# ASCII punctuation that hugs a CJK neighbour (Tesseract often reads "，" as "," with spaces).
_HUGGING = set(",.;:!?%)]}")
_OPENING = set("([{")
# a horizontal gap wider than this many line heights separates two columns on one line
_COLUMN_GAP = 2.0
# what OCR reads for the vertical rules of a table ("签订日期 | 2025年10月1日"); a word made of
# them alone (丨 too, which chi_sim gives for a rule) is a column gap, and one at a word's edge is cut
_RULES = "|│┃¦‖"
_RULE_WORD = frozenset(_RULES + "丨")


@dataclass
class PageText:
    number: int  # 1-based
    text: str
    spans: list[tuple[int, int, Word]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._starts = [s for s, _, _ in self.spans]

    def words_in(self, start: int, end: int) -> list[Word]:
        """The words overlapping the character range ``[start, end)``."""
        if end <= start:
            return []
        out = []
        # spans are sorted by start; skip those that start at or after `end`
        for i in range(max(0, bisect_right(self._starts, start) - 1), len(self.spans)):
            s, e, w = self.spans[i]
            if s >= end:
                break
            if e > start:
                out.append(w)
        return out

    def bbox_of(self, start: int, end: int) -> BBox | None:
        """Union of the boxes of the words overlapping ``[start, end)``; None when no word does."""
        box: BBox | None = None
        for w in self.words_in(start, end):
            box = w.bbox if box is None else box.union(w.bbox)
        return box

    def confidence_of(self, start: int, end: int) -> float | None:
        """Mean OCR confidence (0..1) of the words overlapping ``[start, end)``."""
        confs = [w.conf for w in self.words_in(start, end)]
        if not confs:
            return None
        mean = sum(confs) / len(confs)
        return mean / 100.0 if mean > 1.0 else mean


def _needs_space(left: str, right: str) -> bool:
    """Whether a space goes between two adjacent words of one line."""
    a, b = left[-1], right[0]
    if not a.isalnum() and not b.isalnum() and b in _HUGGING:
        return False
    if is_cjk(a) and (is_cjk(b) or b in _HUGGING or b in _OPENING or b.isdigit()):
        return False
    if is_cjk(b) and (a in _HUGGING or a in _OPENING or a.isdigit()):
        return False
    return True


def _visual_rows(lines: list[list[Word]]) -> list[list[Word]]:
    """Merge OCR lines that sit side by side (Tesseract puts the two halves of one printed line
    in different blocks when a wide gap separates them) and order rows top to bottom."""
    def extent(ws: list[Word]) -> tuple[int, int, int, int]:
        return (min(w.bbox.top for w in ws), max(w.bbox.top + w.bbox.height for w in ws),
                min(w.bbox.left for w in ws), max(w.bbox.left + w.bbox.width for w in ws))

    rows: list[list[Word]] = []
    boxes: list[tuple[int, int, int, int]] = []
    spans: list[list[tuple[int, int]]] = []  # each row's pieces, left to right
    for ws in sorted(lines, key=lambda ws: extent(ws)[0]):
        top, bottom, left, right = extent(ws)
        centre = (top + bottom) / 2
        for k, (rt, rb, rl, rr) in enumerate(boxes):
            same_band = rt <= centre <= rb and top <= (rt + rb) / 2 <= bottom
            # beside every piece of the row (the cells of a table row come in any order)
            if same_band and all(right <= a or left >= b for a, b in spans[k]):
                rows[k].extend(ws)
                spans[k].append((left, right))
                boxes[k] = (min(rt, top), max(rb, bottom), min(rl, left), max(rr, right))
                break
        else:
            rows.append(list(ws))
            spans.append([(left, right)])
            boxes.append((top, bottom, left, right))
    order = sorted(range(len(rows)), key=lambda k: boxes[k][0])
    return [rows[k] for k in order]


def page_text_from_words(number: int, words: list[Word]) -> PageText:
    """Build the page text from OCR words (grouped by ``Word.line``, ordered left to right).

    Each word's text is NFKC-normalised (full-width digits and colons become ASCII). Two words
    far apart on one line (two signature columns read as one line), or with a table rule read
    between them, are separated by three spaces so that a value never runs into the next column.
    """
    lines: dict[int, list[Word]] = {}
    for w in words:
        if w.text.strip():
            lines.setdefault(w.line, []).append(w)
    rows = _visual_rows([lines[k] for k in sorted(lines)])
    parts: list[str] = []
    spans: list[tuple[int, int, Word]] = []
    pos = 0
    for i, row in enumerate(rows):
        if i:
            parts.append("\n")
            pos += 1
        prev: Word | None = None
        prev_text = ""
        ruled = False  # a table rule since the previous word
        for w in sorted(row, key=lambda w: w.bbox.left):
            read = unicodedata.normalize("NFKC", w.text).strip()
            if read and set(read) <= _RULE_WORD:
                ruled = True
                continue
            t = read.strip(_RULES)
            if not t:
                continue
            ruled = ruled or read[0] in _RULES
            if prev is not None:
                gap = w.bbox.left - (prev.bbox.left + prev.bbox.width)
                height = max(prev.bbox.height, w.bbox.height, 1)
                if ruled or gap > _COLUMN_GAP * height:
                    sep = "   "
                elif _needs_space(prev_text, t):
                    sep = " "
                else:
                    sep = ""
                parts.append(sep)
                pos += len(sep)
            parts.append(t)
            spans.append((pos, pos + len(t), w))
            pos += len(t)
            prev, prev_text = w, t
            ruled = read[-1] in _RULES
    return PageText(number=number, text="".join(parts), spans=spans)


def synthetic_words(text: str, *, char_width: int = 20, line_height: int = 30,
                    left: int = 100, top: int = 100, conf: float = 96.0) -> list[Word]:
    """Words with plausible boxes for a plain text, as Tesseract would return them.

    Han characters become one word each (as chi_sim does), Latin runs split on spaces; a Latin
    letter, digit or space is half as wide as a Han character, as in print. Used by
    the tests and the extraction benchmark to run the extractor on ground-truth text without
    OCR.
    """
    words: list[Word] = []
    half = max(1, char_width // 2)
    for ln, line in enumerate(text.split("\n")):
        y = top + ln * line_height
        x = left
        token = ""
        token_x = x

        def flush() -> None:
            nonlocal token
            if token:
                words.append(Word(text=token, conf=conf, line=ln, bbox=BBox(
                    left=token_x, top=y, width=half * len(token), height=line_height - 6)))
                token = ""

        for ch in line:
            if ch.isspace():
                flush()
                x += half
                continue
            if is_cjk(ch):
                flush()
                words.append(Word(text=ch, conf=conf, line=ln, bbox=BBox(
                    left=x, top=y, width=char_width, height=line_height - 6)))
            else:
                if not token:
                    token_x = x
                token += ch
                x += half
                continue
            x += char_width
        flush()
    return words


def pages_from_texts(texts: list[str]) -> list[PageText]:
    """One :class:`PageText` per text, built through :func:`synthetic_words`."""
    return [page_text_from_words(i + 1, synthetic_words(t)) for i, t in enumerate(texts)]
