"""Doubtful Chinese characters read again, at three sizes, and settled by vote.

Tesseract's Chinese model reads a rare character of a name unsteadily: the same printed 晟 comes
out as 晟, 晚, 展 or 屑 depending on little more than where the line starts and how large it is
drawn, and the wrong reading often carries no less confidence than the right one (晚 at 70 where
晟 on the line above got 66). One reading is a coin toss; several readings of the same ink are
a vote. A misread party name (南京市华晚信息技术有限公司) is a party nobody finds.

Here every Chinese character read with less than :data:`DOUBT` confidence, and making no
dictionary word with its neighbours as read (a name's 华晚, a misread 货任; not 诉讼 at 77), has
the stretch of line around it (a few words either side, within its table cell) read again as a
line on its own: as it is, half as large again and twice as large. The re-readings are aligned
with the first one character by character, and each doubtful character goes to the reading
with the most confidence behind it, weighted as a name's mentions are
(:func:`extractors.fields.consensus.vote_weight`): two readings agreeing outweigh one, a
confident reading outweighs a doubtful one. Only a Chinese character replaces a Chinese
character, and only one that fits its context competes: a capital numeral in an amount in
words, and where the dictionary tells the readings apart, one that makes a word with its
neighbours (诉讼 rather than 诉设; jieba's dictionary). The settled character's confidence is
its best reading's times its share of the vote, so that the other mentions of a name can
outvote a character its readings split on. Every other character stays as first read. All the
stretches of a page, at every size, are read in one call (stacked into one strip, as
:mod:`extractors.recover` does) of an engine kept loaded (:func:`extractors.ocr.ocr_small`).

Measured on 419 stretches of development pages (seeds apart from the ones the stage was built
on), counting the changes whose true character the text around them tells: 86 characters put
right, none put wrong (on the same pages, a first version voting two re-readings without the
context rules: 41 right, 10 wrong).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Callable

import cv2
import jieba
import numpy as np

from contracts_core.record import BBox, Word
from extractors.cleanup import crop_around
from extractors.fields._common import is_han
from extractors.fields.consensus import vote_weight
from extractors.ocr import PageOCR, compose_text

DOUBT = 85.0  # a Chinese character read with less confidence than this is read again
SCALES = (1.0, 1.5, 2.0)  # sizes of the re-readings (1.0: the same ink, cut out as one line)
CONTEXT = 4  # words of the line read with it on either side
MAX_STRETCHES = 80  # per page, the most doubtful first
_CAPITAL_NUMERALS = frozenset("零壹贰叁肆伍陆柒捌玖拾佰仟")
# the ¥ sign read as 羊 before a figure (the amounts reader takes it so): no Chinese character
# read for it instead can be right
_SIGN_READ_AS_HAN = re.compile(r"羊(?=\d)")


def doubtful_positions(text: str, confs: list[float]) -> set[int]:
    """The Chinese characters of ``text`` worth reading again: read with less than
    :data:`DOUBT` confidence and making no dictionary word with their neighbours as read (a
    name's 华晚, a misread 货任; not 诉讼 at 77, which OCR seldom makes of anything else)."""
    words = lexicon()
    return {i for i, ch in enumerate(text)
            if confs[i] < DOUBT and is_han(ch) and not _SIGN_READ_AS_HAN.match(text, i)
            and not _forms_word(text, i, words)}


def _stretches(page: PageOCR) -> list[list[Word]]:
    """Runs of words around the doubtful Chinese characters, one per line and table cell,
    overlapping runs merged; the most doubtful first."""
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    runs: list[tuple[float, list[Word]]] = []
    for words in lines.values():
        words = sorted(words, key=lambda w: w.bbox.left)
        # cells: a gap wider than one and a half characters parts them
        cells: list[list[Word]] = [[]]
        for w in words:
            if cells[-1]:
                prev = cells[-1][-1]
                gap = w.bbox.left - (prev.bbox.left + prev.bbox.width)
                if gap > 1.5 * max(prev.bbox.height, w.bbox.height):
                    cells.append([])
            cells[-1].append(w)
        for cell in cells:
            text, confs, owner = _chars(cell)
            doubtful = sorted({owner[i] for i in doubtful_positions(text, confs)})
            spans: list[list[int]] = []
            for i in doubtful:
                lo, hi = max(0, i - CONTEXT), min(len(cell), i + CONTEXT + 1)
                if spans and lo <= spans[-1][1]:
                    spans[-1][1] = hi
                else:
                    spans.append([lo, hi])
            for lo, hi in spans:
                run = cell[lo:hi]
                runs.append((min(w.conf for w in run), run))
    runs.sort(key=lambda r: r[0])
    return [run for _, run in runs[:MAX_STRETCHES]]


def _read_stacked(gray: np.ndarray, pieces: list[tuple[BBox, float]], height: int,
                  read: Callable[[np.ndarray], PageOCR]) -> list[list[Word]]:
    """The words read in each of ``pieces`` (a box of ``gray`` and the scale to draw it at),
    cut out, scaled and stacked into one strip read in one call; each list in reading order."""
    margin = max(3, height // 3)
    gap = int(height * 2 * max(scale for _, scale in pieces))  # Tesseract must not join two
    placed: list[tuple[int, np.ndarray]] = []
    y, width = gap, 0
    for box, scale in pieces:
        crop, _, _ = crop_around(gray, box, margin)
        if scale != 1.0:
            crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
        placed.append((y, crop))
        y += crop.shape[0] + gap
        width = max(width, crop.shape[1])
    strip = np.full((y, width + 2 * gap), 255, dtype=np.uint8)
    for top, crop in placed:
        strip[top:top + crop.shape[0], gap:gap + crop.shape[1]] = crop
    found = read(strip)
    out: list[list[Word]] = [[] for _ in pieces]
    for w in found.words:
        centre = w.bbox.top + w.bbox.height / 2
        k = next((i for i, (top, crop) in enumerate(placed) if top <= centre < top + crop.shape[0]),
                 None)
        if k is not None:
            out[k].append(w)
    for ws in out:
        ws.sort(key=lambda w: (w.line, w.bbox.left))
    return out


def _chars(words: list[Word]) -> tuple[str, list[float], list[int]]:
    """The characters of ``words`` run together (spaces left out), each one's confidence (its
    word's) and the index of its word."""
    text, confs, owner = "", [], []
    for n, w in enumerate(words):
        t = re.sub(r"\s+", "", w.text)
        text += t
        confs.extend([w.conf] * len(t))
        owner.extend([n] * len(t))
    return text, confs, owner


def _aligned(first: str, again: str) -> dict[int, int]:
    """Positions of ``first`` -> positions of ``again`` read as the same character place: equal
    stretches and substitutions of equal length. Stricter than the minimal edit alignment the
    mention consensus uses: a re-reading garbled over a few characters pairs none of them
    (the edit alignment would pair 台 with 口 and vote on it)."""
    out: dict[int, int] = {}
    for op, i1, i2, j1, j2 in SequenceMatcher(None, first, again, autojunk=False).get_opcodes():
        if op == "equal" or (op == "replace" and i2 - i1 == j2 - j1):
            out.update({i1 + k: j1 + k for k in range(i2 - i1)})
    return out


@lru_cache(maxsize=1)
def lexicon() -> frozenset[str]:
    """Chinese words of two to four characters: jieba's dictionary (349,046 entries of general
    and legal language: 诉讼, 责任, 违约, 甲方 …)."""
    with jieba.get_dict_file() as f:
        words = (line.split(maxsplit=1)[0].decode("utf-8") for line in f if line.strip())
        return frozenset(w for w in words if 2 <= len(w) <= 4)


def _forms_word(text: str, i: int, words: frozenset[str]) -> bool:
    """Whether the character at ``i`` makes a dictionary word with its neighbours."""
    return any(text[a:b] in words for a in range(max(0, i - 3), i + 1)
               for b in range(max(a + 2, i + 1), min(len(text), a + 4) + 1))


def _in_context(first: str, i: int, candidates: set[str]) -> set[str]:
    """The candidates for position ``i`` that fit their neighbours: in an amount in words
    (壹佰零伍万元) only the capital numerals; elsewhere those that make a dictionary word with
    the characters around them (诉讼, not 诉设). All of them when the context tells none apart."""
    near = first[max(0, i - 1):i] + first[i:i + 2]
    if any(c in _CAPITAL_NUMERALS for c in near):
        fitting = candidates & _CAPITAL_NUMERALS
        if fitting:
            return fitting
    words = lexicon()
    fitting = {c for c in candidates if _forms_word(first[:i] + c + first[i + 1:], i, words)}
    return fitting or candidates


def settle(first: str, first_confs: list[float], again: list[tuple[str, list[float]]],
           doubtful: set[int]) -> dict[int, tuple[str, float]]:
    """The doubtful positions of ``first`` read again, settled: position -> (the character, its
    confidence: the best it was read with times its share of the vote). Each reading in ``again`` votes where it
    aligns with ``first``; only Chinese characters are put for Chinese characters, and of the
    characters read at a place only those that fit the context compete (see
    :func:`_in_context`)."""
    votes: dict[int, dict[str, list[float]]] = {
        i: {first[i]: [first_confs[i]]} for i in doubtful if is_han(first[i])}
    for text, confs in again:
        for i, j in _aligned(first, text).items():
            if i in votes and is_han(text[j]):
                votes[i].setdefault(text[j], []).append(confs[j])
    out: dict[int, tuple[str, float]] = {}
    for i, by_char in votes.items():
        if sum(map(len, by_char.values())) < 2:
            continue  # not read again
        fitting = _in_context(first, i, set(by_char))
        weight = {c: sum(vote_weight(x / 100.0) for x in by_char[c]) for c in fitting}
        best = max(fitting, key=lambda c: (weight[c], c == first[i]))
        # its best reading's confidence, discounted by the share of the vote against it: a
        # character the readings disagree on is less sure than any one reading of it says
        out[i] = (best, max(by_char[best]) * weight[best] / sum(weight.values()))
    return out


def reread_doubtful(gray: np.ndarray, page: PageOCR,
                    read: Callable[[np.ndarray], PageOCR]) -> PageOCR:
    """``page`` with its doubtful Chinese characters settled by reading them again (``read``
    OCRs an image as a uniform block of lines, psm 6); ``page`` itself when none changes."""
    runs = _stretches(page)
    if not runs:
        return page
    boxes = []
    for run in runs:
        box = run[0].bbox
        for w in run[1:]:
            box = box.union(w.bbox)
        boxes.append(box)
    height = int(np.median([w.bbox.height for run in runs for w in run]))
    # every stretch at every scale in one strip: one Tesseract call (its start-up, loading the
    # models, costs more than reading a few dozen short lines)
    found = _read_stacked(gray, [(b, s) for s in SCALES for b in boxes], height, read)
    readings = [found[n * len(boxes):(n + 1) * len(boxes)] for n in range(len(SCALES))]
    replaced: dict[int, Word] = {}  # id of a word -> the word as settled
    for k, run in enumerate(runs):
        first, confs, owner = _chars(run)  # owner: the word each character belongs to
        doubtful = doubtful_positions(first, confs)
        changes = settle(first, confs, [_chars(r[k])[:2] for r in readings], doubtful)
        for i, (ch, conf) in changes.items():
            if ch == first[i] and len(run[owner[i]].text) > 1:
                continue
            w = replaced.get(id(run[owner[i]]), run[owner[i]])
            start = sum(1 for n in owner[:i] if n == owner[i])  # the character's place in its word
            chars = list(re.sub(r"\s+", "", w.text))
            chars[start] = ch
            # a word of one character takes the confidence it was settled with
            replaced[id(run[owner[i]])] = w.model_copy(update={
                "text": "".join(chars), "conf": conf if len(chars) == 1 else w.conf})
    if not replaced:
        return page
    words = [replaced.get(id(w), w) for w in page.words]
    return PageOCR(words=words, text=compose_text(words, page.blocks),
                   mean_confidence=page.mean_confidence, blocks=page.blocks)
