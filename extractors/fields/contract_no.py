"""The contract number as printed (合同编号 / Contract No.)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.fields._common import Cand

_LABEL = re.compile(
    r"(?P<label>合同编号|协议编号|合同号|协议号|合同编码|编号|"
    r"(?:contract|agreement)\s*(?:n[o0]\.?|number|#)|ref(?:erence)?\.?\s*(?:n[o0]\.?|number)?|n[o0]\.)"
    r"\s*(?P<colon>[:：])?\s*(?:N[oO0]\.\s*)?"
    r"(?P<value>[A-Za-z0-9][A-Za-z0-9\-_/.#()\[\]〔〕【】 ]{1,40}?)(?=\s{2,}|\s*$|\s*[，,;；。]|\s+[^\x00-\x7f]|[^\x00-\x7f])",
    re.IGNORECASE | re.MULTILINE,
)
# labels that hold some other number: licence, ID, tax, account, phone
_OTHER_NO = re.compile(r"(?:执照|证件|证书|身份证|注册|税务|纳税人|账户|账号|信用|许可证|登记|订单|发票|"
                       r"tax|account|license|licence|id|registration|phone|tel)\s*$", re.IGNORECASE)


# a number mentioned as the one of another (original, framework, referenced) contract
_REFERENCED = re.compile(
    r"(?:原合同|原协议|主合同|框架协议|签订了?\s*《[^》\n]{0,30}》?\s*[(（]?|签署的\s*《[^》\n]{0,30}》?\s*[(（]?|"
    r"\boriginal\b|entered\s+into\s+(?:a|an|the)\b[^.;\n]{0,60}|(?:master|framework)\s+agreement\s*$|"
    r"under\s+(?:the\s+)?[A-Z]?[a-z]*\s*(?:agreement|contract)\s*$)[^。.;；\n]{0,40}$", re.IGNORECASE)


@dataclass
class NumberCand(Cand):
    value: str


def find_contract_numbers(text: str) -> list[NumberCand]:
    out: list[NumberCand] = []
    for m in _LABEL.finditer(text):
        label = m.group("label").lower()
        if _OTHER_NO.search(text[max(0, m.start() - 8):m.start()]):
            continue
        # a space then a lower-case word ends the number ("SA-2023-0276 dated …")
        raw_value = re.split(r"\s+(?=[a-z])", m.group("value"))[0]
        value = re.sub(r"\s+", "", raw_value).rstrip(".-_/")
        if not re.search(r"\d", value) or len(value) < 3:
            continue
        strong = label.startswith(("合同", "协议", "contract", "agreement"))
        conf = 0.9 if strong else 0.65 if label == "编号" else 0.55
        if m.group("colon") is None:
            conf -= 0.15
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead = text[line_start:m.start()]
        if not lead.strip() or lead.endswith("   "):
            conf += 0.05  # a label of its own (heading, cover, footer), not inside a sentence
        if _REFERENCED.search(text[max(0, m.start() - 80):m.start()]):
            conf -= 0.35  # the number of the original contract an amendment refers to
        # OCR: "O" between digits is a zero
        fixed = re.sub(r"(?<=\d)[Oo](?=\d)|(?<=\d)[Oo](?=[-_/])|(?<=[-_/])[Oo](?=\d)", "0", value)
        if fixed != value:
            conf -= 0.15
        out.append(NumberCand(start=m.start("value"), end=m.end("value"), conf=conf, value=fixed))
    return out


def pick_contract_number(cands: list[NumberCand]) -> NumberCand | None:
    """The strongest label first, then the first in the document."""
    if not cands:
        return None
    best = max(c.conf for c in cands)
    return next(c for c in cands if c.conf == best)
