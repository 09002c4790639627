"""Shared helpers of the field extractors: offset-preserving normalisation, candidates."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

HAN = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_HAN_RE = re.compile(f"[{HAN}]")


# Tesseract reads "（" as "〈" and "）" as "〉" now and then
_OCR_BRACKETS = {"〈": "(", "〉": ")"}


def norm_chars(text: str) -> str:
    """NFKC character by character where that keeps the length (full-width digits, colons,
    brackets and commas become ASCII), so offsets into the result are offsets into ``text``."""
    out = []
    for ch in text:
        if ch in _OCR_BRACKETS:
            out.append(_OCR_BRACKETS[ch])
            continue
        n = unicodedata.normalize("NFKC", ch)
        out.append(n if len(n) == 1 else ch)
    return "".join(out)


def is_han(ch: str) -> bool:
    return bool(_HAN_RE.match(ch))


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """[start, end) of the line holding ``pos``."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, (len(text) if end < 0 else end)


def context_before(text: str, pos: int, width: int = 40) -> str:
    """Up to ``width`` characters before ``pos``, cut after the last sentence end."""
    chunk = text[max(0, pos - width):pos]
    cut = max(chunk.rfind(c) for c in "。;；\n\n")
    # a line break alone does not end a sentence, but a blank line or "。" does
    return chunk[cut + 1:] if cut >= 0 else chunk


def clamp(x: float) -> float:
    return max(0.0, min(1.0, x))


@dataclass
class Cand:
    """A value found at ``[start, end)`` of the document text with a confidence."""

    start: int
    end: int
    conf: float
