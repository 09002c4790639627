"""How search text is cut, shared by the embedded index and Elasticsearch.

Chinese has no spaces, so both backends index CJK text one character per token (what
Elasticsearch's ``standard`` tokenizer does) and search a run of CJK characters as a phrase:
an exact substring match of any length (``华信`` finds ``华信科技有限公司``). Latin words and
numbers are ordinary tokens, case-folded.
"""

from __future__ import annotations

import re
import unicodedata

# CJK Unified Ideographs (+ Ext A), compatibility ideographs, kana and hangul.
_CJK = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af"
_RUN = re.compile(rf"([{_CJK}]+)|([^\s{_CJK}]+)")
_WORD = re.compile(r"[\w.\-/]+", re.UNICODE)


def split_query(query: str) -> list[tuple[str, str]]:
    """Cut a query into ``("cjk", run)`` and ``("word", word)`` parts, in order."""
    q = unicodedata.normalize("NFKC", query or "")
    parts: list[tuple[str, str]] = []
    for m in _RUN.finditer(q):
        if m.group(1):
            parts.append(("cjk", m.group(1)))
        else:
            for w in _WORD.findall(m.group(2)):
                w = w.strip(".-/")
                if w:
                    parts.append(("word", w))
    return parts


def index_tokens(text: str) -> str:
    """Text as space-separated tokens: each CJK character alone, Latin words split on
    punctuation (as the ``unicode61`` and ``standard`` tokenizers do), everything case-folded."""
    t = unicodedata.normalize("NFKC", text or "").casefold()
    t = re.sub(rf"([{_CJK}])", r" \1 ", t)
    return re.sub(r"\s+", " ", t).strip()
