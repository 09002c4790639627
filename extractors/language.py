"""Document language: Chinese or English."""

from __future__ import annotations

import re

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f]")
_LATIN = re.compile(r"[A-Za-z]")


def detect_language(text: str) -> str:
    """``"zh"`` when Han characters dominate the text, else ``"en"``.

    One Han character carries about as much as a short Latin word, so a Han character counts
    as three Latin letters: a Chinese contract quoting English company names stays ``zh``, an
    English contract with a Chinese address stays ``en``.
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    if han == 0:
        return "en"
    return "zh" if 3 * han >= latin else "en"
