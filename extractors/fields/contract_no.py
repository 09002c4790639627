"""The contract number as printed (合同编号 / Contract No. / Ref.): at the top, right-aligned, in
a cover table or at the bottom. Values look like identifiers: letters, digits and - / _ . with
digits in them (``HT-2024-0031``, ``SA/2024/0178``), or the official form
``沪租〔2024〕第0123号``. OCR noise is repaired where it is unambiguous: ``O`` between digits is a
zero, full-width characters are ASCII, a space inside the value is dropped. The year of a Chinese
document number is written in 〔〕 (GB/T 9704), but [2024] and （2024） are common too. Tesseract
reads printed [ ] and （ ） as such, while it has no steady name for 〔〕: it reads them as a
mix of shapes (``〔[2024]``, ``[2024】``, ``(2024】``). A mixed pair is therefore given its 〔〕
back, and a pair of one shape is taken as printed."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from extractors.fields._common import HAN, Cand

_LABEL_ALT = (
    r"合同编号|协议编号|合同号|协议号|合同编码|合同序号|采购订单号|订单编号|订单号|函号|发文字号|文号|编\s?号|"
    # in traditional characters (Hong Kong, Taiwan)
    r"合[約同]編號|契約編號|協議編號|訂單編號|採購單號|合約號|(?<!統一)編\s?號|"
    r"\b(?:purchase[ \t]+order|PO)[ \t]*(?:n[o0]\.?|number|#)|"
    r"\b(?:contract|agreement)[ \t]*(?:n[o0]\.?|number|#|ref(?:erence)?\.?)|"
    r"\b(?:our[ \t]+)?(?<!your[ \t])ref(?:erence)?\b\.?(?:[ \t]*(?:n[o0]\.?|number|#))?|\bn[o0]\.|\bn[o0](?=[ \t]*[:：])|"
    r"\bnumber(?=[ \t]*[:：])|\bNO(?=[ \t]+[A-Z0-9]+[\-/][A-Z0-9\-/]{3,})"
)
# an official document number: 沪租〔2024〕第0123号, (2024)京字第12号
_ZH_DOCNO = (rf"(?:[{HAN}A-Za-z]{{1,8}} (?=[{HAN}A-Za-z]))?[{HAN}A-Za-z]{{0,8}}\s?[〔\[【(（]{{1,2}}\s?\d{{4}}\s?[〕\]】)）]{{1,2}}\s?[{HAN}A-Za-z]{{0,4}}?"
             r"\s?第?\s?[0-9A-Za-z\-]{1,8}\s?号")
# the same with the year unbracketed: 中银苏授字2026第464号
_ZH_DOCNO_PLAIN = (rf"[{HAN}A-Za-z]{{1,8}}(?:[(（][{HAN}]{{1,4}}[)）][{HAN}A-Za-z]{{0,6}})?字\s?(?:19|20)\d{{2}}\s?年?\s?第\s?[0-9]{{1,8}}\s?号|"
                   rf"[{HAN}A-Za-z]{{0,8}}(?:19|20)\d{{2}}\s?年?\s?[{HAN}A-Za-z]{{1,8}}字\s?第\s?[0-9]{{1,8}}\s?号")
# letters, digits and separators, possibly after a short Han prefix (沪HT-2024-01, which OCR may
# space out: 沪 HT-2024-01), with single spaces inside (OCR splits a value in two) and a
# bracketed year or code inside (TJ(2024)0012)
# a serif J's hook read as a bracket beside it ("J]DS-NDA-24-031", "K]J"): part of the number,
# dropped from its value
_J_HOOK = r"(?<=J)[\]|](?=[A-Z])|(?<=[A-Z])[\]|](?=J)"
_ASCII_NO = (rf"(?:[{HAN}]{{0,4}}|[{HAN}]{{1,2}} (?=[A-Z]))[A-Za-z0-9](?:[A-Za-z0-9\-_/.#]|(?<=[A-Za-z0-9\-_/]) (?=[A-Z0-9\-_/])|"
             rf"{_J_HOOK}|"
             r"(?<=[A-Za-z0-9\-_/])[(\[〔【]\d{2,4}[)\]〕】](?=[A-Za-z0-9\-_/]))"
             r"{1,40}")
_LABEL = re.compile(
    rf"(?P<label>{_LABEL_ALT})(?:[ \t]*[(（【\[][ \t]*(?:n[o0]\.?|number|ref\.?)[ \t]*[)）】\]])?[ \t]*(?P<colon>[:：|;；])?[ \t|\\‘’'`!]*(?:N[oO0]\.[ \t]*)?(?:[为是系][ \t]*)?"
    rf"(?P<value>{_ZH_DOCNO}|{_ZH_DOCNO_PLAIN}|{_ASCII_NO})",
    re.IGNORECASE,
)
# labels that hold some other number: licence, ID, tax, account, phone, order, invoice
_OTHER_NO = re.compile(r"(?:执照|证件[\u4e00-\u9fff]{0,4}|证书|身份证|注册|税务|纳税人|账户|账号|信用|许可证|登记|订单|发票|"
                       r"執照|證件[\u4e00-\u9fff]{0,4}|證書|身份證|註冊|稅務|帳戶|帳號|許可證|登記|訂單|發票|"
                       r"项目|房产证|产权证|电话|手机|\b(?:tax|account|licen[cs]e|id|registration|phone|tel|"
                       r"fax|order|invoice|purchase\s+order|po|vat|company|passport|serial|part|item|"
                       r"model|lot|room|unit|clause|section|schedule|annex|article|tender|quot(?:e|ation)|bid|rfq|rfp|requisition|"
                       r"customer|vendor|supplier|client|your|reg\.?))\s*$", re.IGNORECASE)


# a number mentioned as the one of another (original, framework, referenced) contract
_REFERENCED = re.compile(
    r"(?:原合同|原协议|主合同|框架协议|签订了?\s*《[^》\n]{0,30}》?\s*[(（]?|签署的\s*《[^》\n]{0,30}》?\s*[(（]?|"
    r"\boriginal\b|entered\s+into\s+(?:a|an|the)\b[^.;\n]{0,60}|(?:master|framework)\s+agreement\s*$|"
    r"under\s+(?:the\s+)?[A-Z]?[a-z]*\s*(?:agreement|contract)\s*$)[^。.;；\n]{0,40}$", re.IGNORECASE)
# "（合同编号：X，以下简称“原合同”）", "No. X (the "Original Agreement")": named as the original
_NAMED_ORIGINAL = re.compile(r"^[^。.;；\n]{0,6}?(?:(?:以下简称|下称|简称)?[ \t]*[“\"]?[ \t]*(?:原合同|原协议|主合同)"
                             r"|(?:hereinafter[ \t]*)?(?:the[ \t]+)?[“\"][ \t]*(?:the[ \t]+)?(?:original|principal|existing))",
                             re.IGNORECASE)
_DATE_LIKE = re.compile(r"^(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4})$")
_PHONE_LIKE = re.compile(r"^(?:\+?\d{2,4}-)?(?:1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$")


@dataclass
class NumberCand(Cand):
    value: str
    referenced: bool = False  # named as another contract's number ("…，以下简称“原合同”")


# a bracketed year in a Chinese number: 京服(2023)第3982号, 粤销〔[2023]第0719号, 〔2024】沪字第17号
_YEAR_BRACKETS = re.compile(
    rf"(?:(?<=[{HAN}])|^)(?P<open>[〔\[【(（［]{{1,2}})(?P<year>(?:19|20)\d{{2}})(?P<close>[〕\]】)）］]{{1,2}})"
    rf"(?=[{HAN}\d])")
_PAIRS = {"(": ")", "[": "]", "【": "】"}


def _year_brackets(m: re.Match[str]) -> str:
    """The year's brackets as printed: one shape on both sides is what OCR saw; a mix of
    shapes (or a 〔〕 read right) is the 〔〕 that Tesseract has no steady name for."""
    opening = set(unicodedata.normalize("NFKC", m.group("open")))
    closing = set(unicodedata.normalize("NFKC", m.group("close")))
    if len(opening) == 1 and len(closing) == 1:
        o, c = next(iter(opening)), next(iter(closing))
        if _PAIRS.get(o) == c:
            return f"{o}{m.group('year')}{c}"
    return f"〔{m.group('year')}〕"


def normalise_value(raw: str) -> tuple[str, bool]:
    """The value without spaces and trailing separators, OCR letters between digits fixed;
    and whether anything had to be fixed (the year's 〔〕 is a convention, not a fix)."""
    value = _YEAR_BRACKETS.sub(_year_brackets, re.sub(r"\s+", "", raw)).rstrip(".-_/#")
    value = re.sub(_J_HOOK, "", value)
    fixed = re.sub(r"(?<=\d)[Oo](?=\d)|(?<=\d)[Oo](?=[-_/])|(?<=[-_/])[Oo](?=\d)", "0", value)
    fixed = re.sub(r"(?<=\d)[lI](?=\d)", "1", fixed)
    return fixed, fixed != value


def _value_score(value: str) -> float:
    """How much ``value`` looks like a contract number (0: not at all)."""
    if not re.search(r"\d", value) or len(value) < 3 or len(value) > 40:
        return 0.0
    if _DATE_LIKE.match(value) or _PHONE_LIKE.match(value):
        return 0.0
    if re.fullmatch(r"\d{15,}", value):  # a bank account or an ID number
        return 0.0
    if re.fullmatch(r"[\d,]+\.\d{2}", value):  # an amount
        return 0.0
    score = 1.0
    if len(value) < 4:
        score -= 0.2
    if re.fullmatch(r"\d{1,3}", value):
        score -= 0.3
    return score


_ORDER_LABEL = re.compile(r"采购订单号|订单编号|订单号|purchase\s+order|po\b", re.IGNORECASE)
_ORDER_DOCUMENT = re.compile(r"purchase\s+order|order\s+form|采购订单|订货单|订购单|定购单|采购单|^[^\n]{0,12}订单[ \t]*$",
                             re.IGNORECASE | re.MULTILINE)


def _label_matches(text: str) -> list[re.Match[str]]:
    """Every label with its value. A match that a later label overlaps ("No. 2 To Lease
    Agreement Agreement No.: AMD.2026.07.1572", where "No." took the rest of the line as its
    value) is followed by the matches found from just after its label, so the later label
    is seen too."""
    out: list[re.Match[str]] = []
    pos = 0
    while (m := _LABEL.search(text, pos)) is not None:
        out.append(m)
        pos = max(m.end("label"), m.start() + 1)
    return out


# the documents whose number "<word> No." is: a note, a lease, a licence, a deed …
_DOC_WORDS = (r"\b(?:note|lease|tenancy|licen[cs]e|loan|deed|facility|amendment|addendum|supplement|"
              r"guarantee|policy|mandate|engagement|order\s+form)")
# acronyms before "No." that number something else: registrations, identities, accounts
_ID_ACRONYMS = r"UEN|ABN|ACN|CIN|EIN|GST|VAT|IBAN|SWIFT|BIC|HKID|NRIC|FIN|CRN|BR|CR|REG|SKU|HS|ID|TIN|PAN|SSN|CEA|SFC|CE|TEL|FAX|PO|IT"


def _own_kind(lead: str, text: str) -> bool:
    """Whether the word before "No." names the kind of this document ("Order No:" in a
    purchase order, "Licence No.:" in a licensing agreement), not some other number's."""
    if re.search(r"\border\s*$", lead, re.IGNORECASE):
        return bool(_ORDER_DOCUMENT.search(text[:300]))
    word = re.search(_DOC_WORDS + r"\s*$", lead, re.IGNORECASE)
    return bool(word and re.search(word.group(0).strip()[:5], text[:200], re.IGNORECASE))


def find_contract_numbers(text: str) -> list[NumberCand]:
    out: list[NumberCand] = []
    for m in _label_matches(text):
        label = re.sub(r"\s+", " ", m.group("label").lower())
        line_start = text.rfind("\n", 0, m.start()) + 1
        lead = text[line_start:m.start()]
        own_kind = _own_kind(lead, text)
        if _OTHER_NO.search(lead) and not own_kind:
            continue
        if label.replace(" ", "") in ("编号", "編號") and re.search(r"(?:公司|企业|企業|统一|統一)$", lead):
            continue  # "（公司编号：2876543）", "統一編號": a company's number
        if re.search(r"\b(?:regist(?:ered|ration)|incorporated)\b[^.;]{0,50}$", text[max(0, m.start() - 60):m.start()],
                     re.IGNORECASE):
            continue  # "registered in England and Wales (No. 06655120)": a company's number
        # "Lease No.", "MSA No.", "Room No.": a word before a bare "No."/"Number"
        worded_no = label.startswith(("no", "n0", "number")) and bool(re.search(r"[A-Za-z]\s*$", lead))
        if worded_no and not own_kind \
                and not re.search(r"(?:contract|agreement|ref|" + _DOC_WORDS + r")\s*$", lead, re.IGNORECASE) \
                and not re.search(r"(?<![A-Za-z])(?!(?:" + _ID_ACRONYMS + r")\s*$)[A-Z]{2,5}\s*$", lead):
            continue  # "Room No.", "Item No." … (not "Lease No.", "MSA No.")
        if _ORDER_LABEL.match(label) and not _ORDER_DOCUMENT.search(text[:300]):
            continue  # an order's number is the number of an order document only
        raw = m.group("value")
        # a space then a lower-case word ends the number ("SA-2023-0276 dated …")
        raw = re.split(r"\s+(?=[a-z])", raw)[0]
        if not re.search(r"[〔\[【(（]\s?\d{4}", raw):
            raw = re.split(r"\s(?=[A-Z]?[a-z])|\s(?=[A-Z]{2,}\b[^-_/\d])", raw)[0]
        vstart = m.start("value")
        lead_word = re.match(r"(?:为|是|系)\s?", raw)
        if lead_word:  # "合同编号为HT-…"
            raw, vstart = raw[lead_word.end():], vstart + lead_word.end()
        value, fixed = normalise_value(raw)
        plausible = _value_score(value)
        if label.startswith(("no", "n0")) and not (re.search(r"[A-Za-z\-_/]", value) or len(value) >= 5):
            plausible = 0.0  # "No. 12" is a street or an item, not a contract
        if not plausible:
            continue
        strong = label.startswith(("合同", "协议", "contract", "agreement"))
        # (kept: "Lease No.", "MSA No.", "Order No." in an order, the number of this kind of document)
        conf = 0.9 if strong else 0.8 if worded_no else 0.7 if label.replace(" ", "") == "编号" else \
            0.65 if "ref" in label else 0.55
        conf *= plausible
        if m.group("colon") is None and "   " not in text[m.end("label"):vstart]:
            conf -= 0.1  # neither a colon nor a table cell's gap after the label
        if not lead.strip() or lead.endswith("   ") or lead.strip().startswith("|"):
            conf += 0.05  # a label of its own (heading, cover, footer, table), not in a sentence
        # named as the original contract's number right after it: never this one's
        # ("（合同编号：X，以下简称“原合同”）"), or labelled as the original's ("原合同编号X")
        referenced = bool(_NAMED_ORIGINAL.match(text[vstart + len(raw):vstart + len(raw) + 30])) \
            or text[max(0, m.start() - 1):m.start()] == "原" \
            or bool(re.search(r"\b(?:original|principal|existing)\s*$", lead, re.IGNORECASE))
        # "parties to that certain Loan Agreement dated … (Loan No. X)": another document's
        referenced = referenced or bool(re.search(r"\bthat\s+certain\b[^.;]{0,100}$",
                                                  text[max(0, m.start() - 120):m.start()], re.IGNORECASE))
        # "SUPPLEMENTAL AGREEMENT NO. 2 / TO SALES CONTRACT NO. X", "WHEREAS … entered into Sales
        # Contract No. X": the contract this one amends
        referenced = referenced or bool(
            re.search(r"^\s*to\s+(?:the\s+)?(?:[A-Za-z]+\s+){0,3}$", lead, re.IGNORECASE)
            or re.search(r"\bwhereas\b[^.;]{0,150}$", text[max(0, m.start() - 160):m.start()], re.IGNORECASE))
        if referenced or _REFERENCED.search(text[max(0, m.start() - 80):m.start()]):
            conf -= 0.35  # the number of the original contract an amendment refers to
        if fixed:
            conf -= 0.1
        out.append(NumberCand(start=vstart, end=vstart + len(raw), conf=round(conf, 3), value=value,
                              referenced=referenced))
    return out


def pick_contract_number(cands: list[NumberCand]) -> NumberCand | None:
    """The strongest label first, then the first in the document; a value printed again (the
    footer repeating the header) gains confidence."""
    cands = [c for c in cands if not c.referenced]  # not another contract's number
    if not cands:
        return None
    best = max(c.conf for c in cands)
    c = next(c for c in cands if c.conf == best)
    repeats = sum(1 for o in cands if o is not c and o.value == c.value)
    if repeats:
        c = NumberCand(start=c.start, end=c.end, conf=min(1.0, c.conf + 0.05), value=c.value)
    return c
