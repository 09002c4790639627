"""Text normalisation for OCR output: NFKC, one kind of whitespace, no spurious CJK spaces."""

from __future__ import annotations

import re
import unicodedata

# Han ideographs, CJK punctuation and full-width forms (after NFKC most full-width ASCII is
# folded to ASCII, but the CJK punctuation such as "，。、；：「」『』《》【】" stays).
_CJK = (
    r"\u2e80-\u2fdf"  # radicals
    r"\u3000-\u303f"  # CJK symbols and punctuation
    r"\u3040-\u30ff"  # kana
    r"\u3100-\u312f"  # bopomofo
    r"\u31c0-\u31ef"  # strokes
    r"\u3400-\u4dbf"  # extension A
    r"\u4e00-\u9fff"  # unified ideographs
    r"\uf900-\ufaff"  # compatibility ideographs
    r"\ufe30-\ufe4f"  # compatibility forms
    r"\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"  # full-width punctuation
    r"\U00020000-\U0003134f"  # extensions B..G
)
# Punctuation that, after NFKC, is ASCII but in Chinese text hugs the Han character next to it
# (Tesseract often reads "，" as "," and then puts a space around it).
_HUGGING = r",.;:!?%)\]}"
_OPENING = r"(\[{"

_WS = re.compile(r"[^\S\n]+")  # any whitespace except newline
_CJK_CJK = re.compile(rf"(?<=[{_CJK}]) (?=[{_CJK}])")
_CJK_PUNCT = re.compile(rf"(?<=[{_CJK}]) (?=[{_HUGGING}])")
_PUNCT_CJK = re.compile(rf"(?<=[{_HUGGING}]) (?=[{_CJK}])")
_OPEN_CJK = re.compile(rf"(?<=[{_OPENING}]) (?=[{_CJK}])")
_CJK_OPEN = re.compile(rf"(?<=[{_CJK}]) (?=[{_OPENING}])")
_DIGIT_CJK = re.compile(rf"(?<=\d) (?=[{_CJK}])|(?<=[{_CJK}]) (?=\d)")


def is_cjk(ch: str) -> bool:
    """True for a Han character or CJK punctuation."""
    return bool(re.match(rf"[{_CJK}]", ch))


def normalize_text(s: str) -> str:
    """NFKC, unified whitespace, no spaces Tesseract puts between CJK characters.

    Spaces between Latin words are kept (one), line breaks are kept as ``\\n`` (blank lines
    collapse to one empty line), and leading/trailing whitespace of each line is removed.
    """
    s = unicodedata.normalize("NFKC", s)
    s = s.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n").replace("\v", "\n")
    s = s.replace("\u2028", "\n").replace("\u2029", "\n")
    # zero-width characters that NFKC keeps
    s = re.sub("[\u200b\u200c\u200d\u2060\ufeff]", "", s)
    lines = []
    for line in s.split("\n"):
        line = _WS.sub(" ", line).strip()
        for pattern in (_CJK_CJK, _CJK_PUNCT, _PUNCT_CJK, _OPEN_CJK, _CJK_OPEN, _DIGIT_CJK):
            line = pattern.sub("", line)
        lines.append(line)
    out = "\n".join(lines)
    out = re.sub(r"\n{3,}", "\n\n", out)
    return out.strip("\n")
