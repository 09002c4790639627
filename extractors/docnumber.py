"""The serial part of an official document number, read again on its own.

A Chinese document or contract number ends in its serial: 沪采〔2024〕第015号, 苏借〔2024〕026号. On a
page read with ``chi_sim+eng`` Tesseract often reads that tail through the English model:
第 comes out as ``F`` or ``5`` and 号 as ``5`` (``(2024) F18755`` for ``(2024)第1875号``,
``0265`` for ``026号``). The number is then unreadable as one, and a search for it finds nothing.

Here each bracketed year on a page whose next characters do not read as a serial
(``第…号`` / ``…号``) has its stretch of line — the year and what follows it — read again with
the Chinese model alone, as one line. The new serial is taken only when it reads as one and
its digits are among the digits first read (the re-reading may drop an extra digit that was
a misread 第 or 号, never invent one).
"""

from __future__ import annotations

import re
from typing import Callable

import cv2
import numpy as np

from contracts_core.record import Word
from extractors.brackets import BRACKETED_YEAR, CLOSE, OPEN
from extractors.cleanup import crop_around
from extractors.fields.consensus import levenshtein
from extractors.ocr import PageOCR, compose_text

# what a serial reads as: 第1875号, 026号, 字第0017号
_SERIAL = re.compile(r"^(?:[\u4e00-\u9fff]{0,2}?字)?第?\s?\d{1,6}\s?号")
# the serial in a re-read stretch, after its bracketed year
_SERIAL_IN = re.compile(rf"[{re.escape(OPEN)}]?\s*(?:19|20)\d{{2}}\s*[{re.escape(CLOSE)}]\s*"
                        r"(?P<s>(?:[\u4e00-\u9fff]{0,2}?字)?第?\s?\d{1,6}\s?号)")


def _digits(s: str) -> str:
    return re.sub(r"\D", "", s)


def _suspect_tail(tail: str) -> bool:
    """A tail that should be a serial but does not read as one ("F18755", "0265")."""
    return len(_digits(tail)) >= 2 and not _SERIAL.match(tail) and \
        bool(re.match(r"^[\sA-Za-z0-9¥#$%&*·.,:;'\-]{2,12}$", tail))


def reread_serials(gray: np.ndarray, page: PageOCR,
                   read_line: Callable[[np.ndarray], PageOCR]) -> PageOCR:
    """``page`` with the misread serials after bracketed years read again (``read_line``
    reads one line of text with the Chinese model alone)."""
    lines: dict[int, list[Word]] = {}
    for w in page.words:
        lines.setdefault(w.line, []).append(w)
    new: dict[int, Word] = {}  # id of the year's word -> the year's word with its serial
    merged: set[int] = set()  # ids of the words the serial was read from
    for words in lines.values():
        for i, w in enumerate(words):
            m = BRACKETED_YEAR.search(w.text)
            if m is None:
                continue
            rest = w.text[m.end():]
            # the next words of the line, up to two, while they follow closely (a full-width
            # bracket leaves a gap of most of a character)
            tail_words: list[Word] = []
            prev = w
            for nxt in words[i + 1:i + 3]:
                gap = nxt.bbox.left - (prev.bbox.left + prev.bbox.width)
                if gap >= 1.5 * max(prev.bbox.height, nxt.bbox.height):
                    break
                tail_words.append(nxt)
                prev = nxt
            tail = rest + "".join(t.text for t in tail_words)
            if not tail or _SERIAL.match(tail):
                continue
            # the words that make the serial ("F18755"; not the label that follows it)
            while tail_words and not _suspect_tail(rest + "".join(t.text for t in tail_words)):
                tail_words.pop()
            tail = rest + "".join(t.text for t in tail_words)
            if not _suspect_tail(tail):
                continue
            box = w.bbox
            for t in tail_words:
                box = box.union(t.bbox)
            crop, _, _ = crop_around(gray, box, max(2, int(0.25 * box.height)))
            if crop.size == 0:
                continue
            again = read_line(crop)
            found = _SERIAL_IN.search("".join(x.text for x in again.words))
            if found is None:
                continue
            serial = re.sub(r"\s+", "", found.group("s"))
            if not _digits(serial) or _digits(serial) not in _digits(tail):
                continue
            conf = float(np.mean([x.conf for x in again.words])) if again.words else 0.0
            head = Word(text=w.text[:m.end()] + serial, conf=min(w.conf, conf), bbox=box, line=w.line)
            new[id(w)] = head
            merged.update(id(t) for t in tail_words)
    if not new:
        return page
    out = [new.get(id(w), w) for w in page.words if id(w) not in merged]
    return PageOCR(words=out, text=compose_text(out, page.blocks),
                   mean_confidence=page.mean_confidence, blocks=page.blocks)


# an identifier whose run of capitals may hide a separator the page's reading lost
# ("BJZYNDA-2024-018" for BJZY-NDA-2024-018, "ZYXWL-KJ-2024-002" for ZY-WL-KJ-2024-002)
_IDENTIFIER = re.compile(r"^[A-Z0-9][A-Za-z0-9\-/_.]{5,39}$")
_SEPARATORS = "-/_."
_MAX_REREADS = 8  # identifiers read again per page, at most


def _alnum(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


def _separators(s: str) -> int:
    return sum(s.count(c) for c in _SEPARATORS)


def separators_restored(first: str, again: str) -> bool:
    """Whether ``again`` is ``first`` with separators put back where the first reading lost
    them or took one for a letter: more separators, the same letters and digits but for one,
    and no more edits than those separators and that one."""
    added = _separators(again) - _separators(first)
    if added <= 0 or not _IDENTIFIER.match(again):
        return False
    if _alnum(first) == _alnum(again):
        return True
    # ("ZXWL" for ZY-WL: the hyphen and the letter before it read as one letter)
    return levenshtein(_alnum(again), _alnum(first), 1) <= 1 and levenshtein(first, again, added + 1) <= added + 1


def reread_identifiers(gray: np.ndarray, page: PageOCR,
                       read_line: Callable[[np.ndarray], PageOCR]) -> PageOCR:
    """``page`` with identifiers (contract numbers, order numbers) read again by the English
    model alone where that reading puts back separators between letter groups: read with
    ``chi_sim+eng`` in a serif CJK font, the short hyphen between two capitals is often lost
    (``LTZL-2024-0031``) or read as a letter (``ZYXWL``). ``read_line`` reads one line."""
    # a run of capitals long enough to hide a lost separator: three on a line the Chinese model
    # read ("合同编号：LTZL-2024-0031"), five elsewhere ("NMC-AGYSG-2025-01")
    han_lines = {w.line for w in page.words if re.search(r"[\u4e00-\u9fff]", w.text)}
    suspects = [w for w in page.words
                if _IDENTIFIER.match(w.text) and re.search(r"\d", w.text)
                and re.search(r"[A-Z]{3,}" if w.line in han_lines else r"[A-Z]{5,}", w.text)]
    new: dict[int, Word] = {}
    for w in suspects[:_MAX_REREADS]:
        crop, _, _ = crop_around(gray, w.bbox, max(2, int(0.25 * w.bbox.height)))
        if crop.size == 0:
            continue
        # as it is, then twice the size (a J read as "]J" at print size reads right larger)
        for scale in (1, 2):
            again = read_line(crop if scale == 1 else
                              cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC))
            # (a serif J's hook read as a bracket before it: "K]J")
            text = re.sub(r"[\]|](?=J)", "", "".join(x.text for x in again.words).strip("‘’'\"“”`"))
            if separators_restored(w.text, text):
                conf = float(np.mean([x.conf for x in again.words])) if again.words else 0.0
                new[id(w)] = Word(text=text, conf=min(w.conf, conf), bbox=w.bbox, line=w.line)
                break
            if _separators(text) <= _separators(w.text):
                break  # the English reading sees no lost separator either
    if not new:
        return page
    out = [new.get(id(w), w) for w in page.words]
    return PageOCR(words=out, text=compose_text(out, page.blocks),
                   mean_confidence=page.mean_confidence, blocks=page.blocks)
