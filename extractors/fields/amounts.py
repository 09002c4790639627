"""Amounts with currency, the contract total, and the Chinese uppercase amount (大写) check."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

import cn2an

from extractors.fields._common import HAN, Cand, context_before, is_han
from extractors.fields.consensus import levenshtein

_CUR_PREFIX = {
    "人民币": "CNY", "rmb": "CNY", "cny": "CNY", "¥": "CNY", "￥": "CNY",
    "usd": "USD", "us$": "USD", "us $": "USD", "$": "USD", "美元": "USD",
    "eur": "EUR", "€": "EUR", "hkd": "HKD", "hk$": "HKD", "港币": "HKD", "港元": "HKD",
    "gbp": "GBP", "£": "GBP", "jpy": "JPY", "日元": "JPY", "欧元": "EUR",
    "sgd": "SGD", "s$": "SGD", "$$": "SGD", "新加坡元": "SGD", "aud": "AUD", "a$": "AUD", "澳元": "AUD",
    "cad": "CAD", "c$": "CAD", "chf": "CHF", "英镑": "GBP",
    "inr": "INR", "rs.": "INR", "rs": "INR", "₹": "INR",
    "nzd": "NZD", "nz$": "NZD", "ca$": "CAD", "zar": "ZAR", "php": "PHP", "₱": "PHP",
    "myr": "MYR", "rm": "MYR", "ngn": "NGN", "₦": "NGN", "kes": "KES", "ksh": "KES", "kshs": "KES",
    "ksh.": "KES", "aed": "AED", "dhs": "AED", "r": "ZAR",
}
# "$" and "dollars" name no one dollar: the one the document names elsewhere, else the US one
_DOLLAR_OF = (("NZD", r"\bNZD\b|\bNZ\$|New\s+Zealand\s+(?:dollars?|funds|currency)"),
              ("CAD", r"\bCAD\b|(?<![A-Za-z])CA?\$|Canadian\s+(?:dollars?|funds|currency)"),
              ("AUD", r"\bAUD\b|(?<![A-Za-z])AU?\$|Australian\s+(?:dollars?|funds|currency)"),
              ("SGD", r"\bSGD\b|(?<![A-Za-z])S\$|Singapore\s+(?:dollars?|funds|currency)"),
              ("HKD", r"\bHKD\b|\bHK\$|Hong\s+Kong\s+(?:dollars?|funds|currency)"))
# ("$$" is "S$" as OCR reads it)
# "兀" is how Tesseract often reads "元"
_CUR_SUFFIX = {
    "元": "CNY", "圆": "CNY", "兀": "CNY", "块": "CNY", "yuan": "CNY", "rmb": "CNY", "cny": "CNY",
    "美元": "USD", "usd": "USD", "dollars": "USD", "us dollars": "USD", "欧元": "EUR",
    "eur": "EUR", "euros": "EUR", "港币": "HKD", "港元": "HKD", "hkd": "HKD", "英镑": "GBP",
    "gbp": "GBP", "日元": "JPY", "jpy": "JPY", "sgd": "SGD", "新加坡元": "SGD", "aud": "AUD",
    "澳元": "AUD", "cad": "CAD", "chf": "CHF", "euro": "EUR", "pounds": "GBP", "inr": "INR", "rupees": "INR",
    "nzd": "NZD", "zar": "ZAR", "rand": "ZAR", "php": "PHP", "pesos": "PHP", "myr": "MYR", "ringgit": "MYR",
    "ngn": "NGN", "naira": "NGN", "kes": "KES", "shillings": "KES", "aed": "AED", "dirhams": "AED",
}


def _alt(keys: list[str]) -> str:
    return "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))


# a figure: 1,234,567.89 / 1234567.89 / 125 000 (OCR) / 1O0,000 (OCR "O" for "0")
# (a decimal point that OCR read as a comma: "1,609,120,00")
# (a thousands separator OCR lost or read as a digit: "1954,100.00", "11917,430.00")
# (a thousands separator OCR read as a point: "1.850,000.00"; a decimal of 万/亿: "1.248万元")
_NUM = (r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{1,2})?(?![\d,])"  # Indian grouping: 30,00,000 (thirty lakh)
        r"|\d{1,4}(?:[,，.]\d{3})*\.\d{3}(?:[,，.]\d{3})*\.\d{2}(?!\d)"
        r"|\d{1,3}(?:[,，]\d{3})*[,，]\d{3}(?:[,，]\d{3})*(?=\.\d{3}[,，.]\d)(?:\.\d{3}(?:[,，]\d{3})*)+\.\d{2}(?!\d)"
        r"|\d+\.\d{1,6}(?=\s*(?:[万亿]|million\b|billion\b))"
        r"|\d{1,3}(?:(?:[,，]\s?|\s(?=[\dOo]{3}[,，.]))[\dOo]{3})+(?:\.\d{1,2}|\.[ ]\d{1,2}(?!\.\s)|[,，]\d{2}(?!\d))?"
        r"(?!\d|[,，]\d)"
        r"|\d{4,7}(?:[,，]\d{3})+\.\d{2}(?!\d)"
        r"|\d[\dOo]*(?:\.\d{1,2}|\.[ ]\d{1,2}(?!\.\s))?")
_AMOUNT = re.compile(
    rf"(?P<pre>{_alt(list(_CUR_PREFIX))})?\s*(?:[(（]\s*(?:小写|figures?)\s*[)）])?\s*[:：]?\s*"
    rf"(?P<num>{_NUM})\s*(?P<wan>万|亿|million\b|billion\b)?\s*(?P<suf>{_alt(list(_CUR_SUFFIX))})?(?![A-Za-z0-9%])",
    re.IGNORECASE,
)
# the label of an amount's figures, then perhaps the currency sign as OCR misread it
_FIGURES_LABEL = re.compile(r"(?:小写|in\s+figures)\s*[)）]?\s*[:：]?\s*[#Y¥￥*gf]{0,2}\s*$", re.IGNORECASE)
# units of a quantity, not of money ("16,500 pcs", "3,000件")
_QTY_UNITS = r"pcs|pieces|units?|sets?|EA|cartons?|pallets?|kg|tons?|tonnes?|MT|件|台|套|个|只|箱|吨|片|千个|米|平方米|㎡"
# the label cell of a table's total row, then only the gaps of empty cells, or up to two short
# cells (the total quantity and weight, the 100 % of a payment schedule, however OCR read its
# "%"), before the figures
_TABLE_TOTAL = re.compile(r"^[\s|]*(?:合计|总计|价税合计|合计金额|总价|总金额|总额|含税总价|含税合计|"
                          r"(?:(?:grand|order|contract|invoice|net|gross)\s+)?total(?:\s+(?:amount|price|value|sum|"
                          r"payable|due))?(?:\s+(?:CIF|FOB|CFR|CIP|CPT|DAP|DDP|DPU|EXW|FCA|FAS)\b[^|:\n\d]{0,24})?)"
                          # (a table rule may be read as a bracket: "Total   [   215,350.00")
                          r"\s*(?:[(（][^)）\n]{0,16}[)）])?\s*[:：]?[\s|\[\]]*(?:(?:\d{1,3}(?:,\d{3})+|\d{1,6})(?:\.\d+)?\s*(?:%|" + _QTY_UNITS + r")?[\s|\[\]]+){0,2}$",
                          re.IGNORECASE)
# the tax row of a table, its figures bare ("VAT @ 20%   5,441.20", "CGST @ 9%   1,10,700.00")
_TAX_ROW = re.compile(r"^[\s|]*(?:VAT|GST|CGST|SGST|IGST|HST|sales\s+tax|tax|税额|增值税额?)\b[^\n\d]{0,12}"
                      r"(?:\d{1,2}(?:\.\d+)?\s*%)?[\s|:：]*$", re.IGNORECASE)
_QTY_AFTER = re.compile(r"\s*(?:" + _QTY_UNITS + r")(?![A-Za-z])", re.IGNORECASE)
_TAX_INCLUDED = re.compile(r"[(（]\s*(?:含|包含|已含|including|incl\.?)[^)）\n]{0,16}[)）]", re.IGNORECASE)
# a currency named by its code alone ("Amount (GBP)", "All prices are in USD")
_CURRENCY_CODE = re.compile(r"\b(?:USD|GBP|EUR|HKD|SGD|JPY|AUD|CAD|CHF|CNY|RMB|NZD|ZAR|PHP|MYR|NGN|KES|AED|INR)\b"
                            r"|(?<=\()RM(?=\))"
                            # a column heading's code in brackets, its case garbled by OCR ("Amount (UsD)")
                            r"|(?<=\()(?i:usd|gbp|eur|hkd|sgd|jpy|aud|cad|cny|rmb|nzd)(?=\))|(?<=\()Rs\.?(?=\))")
# a ¥ as OCR misreads it, right before grouped figures with cents
# a total named right before bare figures, with at most one Han character between: the ¥ OCR
# read as a character ("运输费用总计协883,100.10")
_CUE_THEN_FIGURES = re.compile(r"(?:总计|合计|共计|总额|总价款?|总金额|总价格|价税合计|合同金额|合同价款|借款本金|借款金额|贷款金额|"
                               r"转让费|转让价款|租金总额|总租金)\s*(?:为|是)?\s*[:：]?"
                               r"\s*[\u4e00-\u9fff]?\s*$")
_MISREAD_YUAN = re.compile(r"(?:^|[^A-Za-z0-9])[#Yyg羊]\s?$"
                           # figures in brackets right after the uppercase words restate them,
                           # whatever OCR made of the ¥: "…捌佰元整(g4,401,800.00)", "(f#174,800.00)"
                           r"|[元圆整正]\s*[(（]\s*[^\d\s(（]{0,2}\s*$")
# (four digits before the first comma: the ¥ OCR read as a digit, "(小写)：8598,000.00")
_GROUPED = re.compile(r"\d{1,4}(?:[,，]\d{3})+(?:\.\d{1,2})?|\d+\.\d{2}|\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d{2})?")
_UPPER_CHARS = "零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整正〇两"
# characters OCR garbled inside uppercase words (玖万捌仟架佰陆拙伍元, 叁佰染拙玖万): one or two
# Han characters between two numeral or unit characters
_GARBLED = rf"(?<=[{_UPPER_CHARS}])[{HAN}]{{1,2}}(?=[{_UPPER_CHARS}])"
_GARBLED_FIRST = rf"[{HAN}](?<![{_UPPER_CHARS}])(?=[拾佰仟])"
_UPPER = re.compile(
    rf"(?:[(（]\s*大写\s*[)）]|大写)?\s*[:：]?\s*(?:人民币|美元)?\s*"
    # (the first numeral garbled too: "壶佰零标万壹仟元整" for 壹佰零柒万壹仟元整)
    rf"(?P<w>(?:{_GARBLED_FIRST})?[{_UPPER_CHARS}](?:[{_UPPER_CHARS}\n]|{_GARBLED})*[元圆](?:[{_UPPER_CHARS}]|{_GARBLED})*)"
)

# words that announce the contract total (a price, a fee, a rent, a loan principal)
_TOTAL_CUE_WORDS = re.compile(
    r"(?:合同总价款?|合同总金额|合同总额|合同总价格?|总金额|合同金额|合同价款|合同价格|总价款|总价|总费用|"
    r"租金总额|租金总计|总租金|价款总计|价税合计|总计|合计|总额|借款金额|贷款金额|借款本金|出借资金|出借|借款|"
    r"许可(?:使用)?费|转让费|使用费总额|服务费总额|服务费用?总计|委托费用|研究开发经费|报酬总额|"
    r"total\s+contract\s+(?:price|value|amount|sum)|total\s+(?:\w+\s+)?(?:amount|price|consideration|value|"
    r"fees?|sum|rent|royalt(?:y|ies)|cost)|aggregate|contract\s+(?:price|amount|value|sum)|"
    r"principal\s+(?:amount|sum)|loan\s+amount|facility\s+(?:limit|amount)|(?:credit|loan)\s+limit|(?:licen[cs]e|service|consulting|transfer)\s+fees?|"
    r"lump\s+sum|not\s+(?:to\s+)?exceed|agrees?\s+to\s+lend|purchase\s+price|rent\s+payable|(?:the|total|aggregate)\s+consideration|"
    r"settlement\s+(?:sum|amount)|maximum\s+(?:aggregate\s+)?liability|最高(?:担保|保证)?(?:债权)?(?:本金)?(?:额|金额|限额)|"
    r"和解金额?|赔偿总额)",
    re.IGNORECASE,
)
# a cue that still speaks of the figures after it: in their sentence, at most 60 characters before
_CUE_REACH = re.compile(r"[^。;\n]{0,60}")


def nearest_total_cue(before: str) -> re.Match[str] | None:
    """The total cue nearest the figures that follow ``before`` ("支付至合同价款的95%；…合计即合同
    总价款¥X": the second)."""
    return next((m for m in reversed(list(_TOTAL_CUE_WORDS.finditer(before)))
                 if _CUE_REACH.fullmatch(before, m.end()) or _WORDS_REACH.fullmatch(before, m.end())), None)
# the amount in words between a cue and its figures ("shall not exceed Four Hundred Eighty-Six
# Thousand Five Hundred and No/100 Dollars ($486,500.00)")
_NUMBER_WORD = (r"(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
                r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|"
                r"thousand|million|billion|and|only|no/100|\d{2}/100|dollars?|pounds?|euros?|cents?|"
                r"(?:US|Singapore|Hong\s+Kong|Australian|Canadian|New\s+Zealand)\s+dollars?)")
_WORDS_BEFORE = re.compile(rf"(?:{_NUMBER_WORD}[\s,-]*){{3,40}}\(\s*$", re.I)
_WORDS_REACH = re.compile(rf"[ \t]*(?:is|of|be|shall\s+be)?[ \t]*(?:{_NUMBER_WORD}[\s,-]*){{2,30}}\(?[ \t]*", re.I)
# a rate named right after the figures ("USD 295 per hour", "每吨人民币10元/吨", "CNY 878,500 per annum")
_UNIT_AFTER = re.compile(r"^\s*(?:/-)?\s*(?:[(（][^)）\n]{0,60}[)）])?\s*(?:(?:each|apiece)\b(?!\s+(?:party|of)\b)|"
                         r"per\s+(?!cent\b)[\w-]+|/\s*[\u4e00-\u9fff]|"
                         r"(?:/\s*|每|per\s+|an?\s+|each\s+)"
                         r"(?:hour|hr|day|week|month|mth|annum|year|calendar\s+month|tonne|ton|unit|share|person|head|"
                         r"sq|square|night|吨|小时|时|天|日|周|月|年|人|件|台|套|平方米|㎡|次|份))", re.IGNORECASE)
# a total before tax ("不含税合计", "Net total", "Sub-total"): not the contract total
_NET_BEFORE_CUE = re.compile(r"(?:(?:%|percent|per\s*cent)\s*\)?\s+of(?:\s+the)?|不含税|未含税|税前|除税|原|利息|(?<![含价])税|违约金|保证金|押金|定金|运费|罚息|"
                             r"(?<![A-Za-z])(?:net|sub-?|original|previous|former|old|interest|tax|VAT|deposit))\s*$",
                             re.IGNORECASE)
# amounts that are never the contract total: deposits, penalties, advance payments, salaries
_NOT_TOTAL = re.compile(
    r"(?:违约金|押金|保证金|定金|预付款?|首付|首期|首笔|尾款|余款|赔偿|罚款|滞纳金|工资|薪酬|薪金|月薪|年薪|奖金|"
    r"利息|不少于|最低|的\s*\d+(?:\.\d+)?\s*%|百分之|即|不含税|未含税|税前|(?<!含)(?:增值税)?税额|"
    r"excl(?:\.|uding|usive\s+of)\s+VAT|VAT\s+amount|net\s+of\s+VAT|"
    r"deposit|penalt(?:y|ies)|liquidated|damages|advance|instal(?:l)?ments?|salary|wages?|bonus|"
    r"interest|insurance|liabilit(?:y|ies)|\d+(?:\.\d+)?\s*%|per\s*cent|minimum|balance|late\s+payment|"
    r"originally|was\s+previously|\bfrom\b|of\s+which|其中|claim(?:ed|s)?\b|索赔|诉讼请求|not\s+less\s+than|at\s+least|注册资本|出资额?|认缴|实缴|"
    r"销售任务|销售目标|任务额|保额|保险金额|投保|valuation|share\s+capital|capital\s+contribution|sales\s+target|津贴|补贴|补助|allowances?|estimated\s+(?:at|to\s+be))"
    r"[^。;\n]{0,30}$",
    re.IGNORECASE,
)
_REVISED = re.compile(r"(?:调整为|变更为|修改为|调整至|变更至|增加至|增加到|减少至|减少到|变更后|调整后|"
                      r"(?:amended|changed|increased|decreased|reduced|revised|adjusted|varied)\s+to|replaced\s+(?:by|with))"
                      r"[^。;\n]{0,12}$", re.IGNORECASE)
# what stands between an old figure and the new one ("from RMB X to RMB Y", "由X元调整为Y元")
_TO_LINK = re.compile(r"\s*(?:to|至|到|调整为|变更为|增加至|增加到|增至|减少至|减少到|减至|提高至|提高到|降低至|降低到)\s*(?:人民币)?\s*",
                      re.IGNORECASE)
_OLD_VALUE = re.compile(r"(?:from|originally|was\s+previously)\b|由|原", re.IGNORECASE)
_REVISED_TOTAL = re.compile(r"(?:revised|adjusted|amended|updated|new)\s+(?:total|contract\s+(?:price|sum|value|amount))"
                            r"|(?:变更后|调整后|修改后)的?(?:合同)?(?:总|价款|金额)", re.IGNORECASE)
_WORDS_BRACKET = re.compile(r"[(（]\s*大写[^()（）]{0,40}[)）]|[(（]\s*小写\s*[:：]?\s*$"
                            # "(大写)叁佰肆拾壹万贰仟元整(": the words after their label, then the figures
                            r"|(?:[(（]\s*大写\s*[)）]\s*[:：]?\s*)?[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元圆角分整]{3,}")
_UNIT_CUES = re.compile(r"(?:每月|每年|每季|每日|每天|每人|每[\u4e00-\u9fff]|(?<![个\d一二三四五六七八九十两])月[\u4e00-\u9fff]{0,5}费|每小时|每公里|每平方米|每㎡|单价|(?:day|daily|hourly|weekly)\s+rate|rate\s+of|(?<![个\d一二三四五六七八九十两])月租金|(?<![\d一二三四五六七八九十两])年租金|月薪|月工资|工资|"
                        r"per\s+(?:month|annum|year|day|hour|unit|square)|monthly|unit\s+price|hourly|annual\s+rent)"
                        r"[^。;\n]{0,30}$", re.IGNORECASE)
# "The monthly rent for the Renewed Term shall be S$3,650.00": a rate named further back
_RATE_NAMED = re.compile(r"(?:monthly|annual|yearly|weekly|quarterly)\s+(?:[a-z]+\s+)?(?:rent|fee|charge|licen[cs]e\s+fee|"
                         r"instal(?:l)?ments?|repayments?|payments?)\b[^。;.\d]{0,45}$",
                         re.IGNORECASE)
# a threshold, a security or a cost named right before a figure: "orders exceeding S$500,000",
# "royalties … less than £40,000", "Security   S$11,600.00", "legal costs of £1,850"
_THRESHOLD_BEFORE = re.compile(r"(?:(?<!not\s)(?<!not\sto\s)exceed(?:s|ing)|(?<!not\s)in\s+excess\s+of|"
                               r"(?<!not\s)(?:less|more)\s+than)\s*$", re.I)
# a total named as a defined term right after its figures
_DEFINED_TOTAL_AFTER = re.compile(r"\s*\)?\s*(?:\([^()\n]{0,80}\)\s*)?\(\s*(?:the\s+)?[\"“”']\s*(?:(?:total|aggregate)\s+)?"
                                  r"(?:purchase\s+price|contract\s+(?:price|sum|value)|consideration|total\s+price|"
                                  r"loan(?:\s+amount)?|principal(?:\s+amount)?|facility(?:\s+amount)?|fees?)\s*[\"“”']\s*\)",
                                  re.I)
_PART_BEFORE = re.compile(r"(?:(?<!not\s)(?:less|more)\s+than|(?<!not\s)(?<!not\sto\s)exceed(?:s|ing)?|in\s+excess\s+of|\bover|\babove|"
                          r"\bbelow|\bunder|up\s+to|\bsecurity(?:\s+(?:deposit|bond))?[ \t]*[:：]?|"
                          r"(?:legal|reasonable|professional|administrative)\s+costs\s+of)\s*$", re.I)


@dataclass
class AmountCand(Cand):
    value: Decimal
    currency: str
    raw: str
    total_cue: bool = False
    unit_cue: bool = False
    not_total: bool = False  # a deposit, penalty, advance, salary…: never the contract total
    signed: bool = False  # a currency sign or word before the figures (or a ¥ OCR misread)
    misread_sign: bool = False  # the sign before them is a ¥ OCR misread ("#", "g", "Y")


@dataclass
class WordsAmount(Cand):
    words: str
    value: Decimal


def _to_decimal(num: str) -> tuple[Decimal, bool] | None:
    loose = bool(re.search(r"[Oo]|\s|\d{4}[,，]", num))
    cents = re.search(r"(?<=\d{3})[,，](\d{2})$", num)
    if cents:  # "1,609,120,00": the last comma is the decimal point
        num, loose = num[:cents.start()] + "." + cents.group(1), True
    if num.count(".") > 1:  # "1.850,000.00": only the last point is the decimal point
        head, _, tail = num.rpartition(".")
        num, loose = head.replace(".", "") + "." + tail, True
    s = re.sub(r"[,，\s]", "", num).replace("O", "0").replace("o", "0")
    try:
        return Decimal(s), loose
    except InvalidOperation:
        return None


# a table whose amounts are in 万元: the unit in a column header ("金额（万元）") or above it
# (the closing bracket at the end of a header OCR may lose: "金额(万元")
_WAN_HEADER = re.compile(r"[(（]\s*(?:人民币)?\s*万元\s*(?:[)）]|$)|单位\s*[:：]\s*(?:人民币)?\s*万元", re.MULTILINE)


def _in_wan_table(text: str, start: int) -> bool:
    """Whether bare figures at ``start`` stand in a table headed in 万元 (within its last 15
    lines, no blank line or sentence between)."""
    chunk = "\n".join(text[max(0, start - 3000):start].split("\n")[-16:])
    heads = list(_WAN_HEADER.finditer(chunk))
    return bool(heads) and "\n\n" not in chunk[heads[-1].end():] and "。" not in chunk[heads[-1].end():]


def _context_before_amount(text: str, start: int) -> str:
    """The words before an amount; an amount near the start of a line of wrapped prose has them
    at the end of the line before ("a basic salary of" / "US$49,000.00 per annum"); figures in
    brackets after the amount in words have them before the words."""
    words = _WORDS_BEFORE.search(text, max(0, start - 250), start)
    if words:
        return context_before(text, words.start(), 60) + text[words.start():start]
    nl = text.rfind("\n", 0, start)
    prev = text.rfind("\n", 0, nl) + 1 if nl > 0 else 0
    if nl > 0 and not text[nl + 1:start].strip() and 0 < len(text[prev:nl].strip()) <= 30 \
            and text[nl - 1] not in "。；;.，,":
        # a figure alone under its label ("Monthly Rent" / "S$5,800.00"): a table's cells, the
        # label's read above the value
        return text[prev:nl].strip() + " "
    if nl > 0 and start - nl <= 25 and text[nl - 1] not in "。；;：:\n|":
        if nl - prev >= 30:
            gap = "" if is_han(text[nl - 1]) and is_han(text[nl + 1:nl + 2] or " ") else " "
            joined = text[prev:nl] + gap + text[nl + 1:start]
            return context_before(joined, len(joined), 40)
    return context_before(text, start, 40)


# a leading 1 OCR read as a letter ("（小写：¥L,838,000.00）"): after a sign, a label or a space
_LETTER_ONE = re.compile(r"(?<=[\s:：(（#¥￥Yg])[lIL](?=[,，]\d{3}[,，.])")


def find_amounts(text: str) -> list[AmountCand]:
    text = _LETTER_ONE.sub("1", text)  # (one character for one: offsets hold)
    text = re.sub(r"\bRM B(?= ?\d)", "RMB ", text)  # "RM B 242,500.00": OCR split the code
    dollar = next((code for code, named in _DOLLAR_OF if re.search(named, text, re.IGNORECASE)), "USD")
    out: list[AmountCand] = []
    bare_flags: list[bool] = []  # figures without a currency sign or word
    cued_flags: list[bool] = []  # figures a total cue speaks of (a part of the total or not)
    why_not: list[str] = []  # the words that make a figure no total ("deposit of", "from")
    for m in _AMOUNT.finditer(text):
        pre, suf = m.group("pre"), m.group("suf")
        ocr_symbol = False
        misread_sign = bool(_MISREAD_YUAN.search(text[max(0, m.start("num") - 6):m.start("num")]))
        if not pre and not suf:
            # "(小写)：#3,720,000.00", "为 y1,185,000.00": the figures of an amount whose ¥ OCR
            # read as # or Y
            line_start = text.rfind("\n", 0, m.start("num")) + 1
            if not (_GROUPED.fullmatch(m.group("num"))
                    and (_FIGURES_LABEL.search(text[max(0, m.start("num") - 16):m.start("num")])
                         or misread_sign
                         or _CUE_THEN_FIGURES.search(text[max(0, m.start("num") - 12):m.start("num")])
                         or _TABLE_TOTAL.search(text[line_start:m.start("num")])
                         or _TAX_ROW.search(text[line_start:m.start("num")]))):
                continue
            if _QTY_AFTER.match(text, m.end("num")):
                continue  # "TOTAL   12,000 pcs   USD 82,200.00": the quantity of the total row
            line_end = text.find("\n", m.end("num"))
            if "." not in m.group("num") and re.search(r"\d\.\d{2}(?!\d)", text[m.end("num"):len(text) if line_end < 0 else line_end]):
                continue  # "合计   1,100   318,000.00": a total quantity before the sum in cents
            ocr_symbol = True
        if pre and not suf and pre.isalpha() and pre.isascii() and m.group(0)[len(pre):len(pre) + 1].isalpha():
            continue
        if not pre and re.match(r"\d{2,3}\s*(?:(?i:dollars)|[A-Z]{3}\b)", text[m.start("num"):m.end()]) \
                and re.search(r"(?:\d{2}|no|xx)/$", text[max(0, m.start("num") - 3):m.start("num")], re.IGNORECASE):
            continue  # "and No/100 Dollars", "00/100": the cents of an amount in words
        if pre and pre[0].isalpha() and pre.isascii() and m.start() > 0 and text[m.start() - 1].isalpha():
            continue  # "hours 5": letters of a word, not a currency code
        parsed = _to_decimal(m.group("num"))
        if parsed is None:
            continue
        value, loose = parsed
        scale = {"万": 10 ** 4, "亿": 10 ** 8, "million": 10 ** 6, "billion": 10 ** 9}.get(
            (m.group("wan") or "").lower())
        if scale:
            value *= scale
            if value == value.to_integral_value():
                value = value.quantize(Decimal("0.01"))
        # a year or a date next to 元 is not an amount ("2025年"), nor is "第3条"
        if pre and pre.lower() == "r" and (re.match(r"r\s", m.group(0), re.I) or not re.search(r"\d[,\s]\d{3}", m.group("num"))
                                           or m.start() > 0 and text[m.start() - 1].isalnum()):
            continue  # "R2,500,000.00" is rand; "R 12", "R2210" are not
        currency = _CUR_PREFIX.get((pre or "").lower()) or _CUR_SUFFIX.get((suf or "").lower(), "CNY")
        if currency == "USD" and (pre or "") in ("$", ""):
            named = _CUR_SUFFIX.get((suf or "").lower(), "USD")
            if named != "USD":
                currency = named  # "$3,486,000.00 CAD"
            elif (suf or "").lower() in ("", "dollars"):
                currency = dollar  # "$", "dollars": the contract's dollar
        start = m.start("pre") if pre else m.start("num")
        end = m.end()
        while end > start and text[end - 1].isspace():
            end -= 1
        before = _context_before_amount(text, start)
        if out and out[-1].end > start - 40:
            before = text[out[-1].end:start]  # a cue belongs to the first amount after it
        clause = re.split(r"[，,]", before)[-1]
        conf = 0.9 if (pre and suf) or pre else 0.6 if ocr_symbol else 0.8
        if loose:
            conf -= 0.2
        cue = nearest_total_cue(before)
        not_total = _NOT_TOTAL.search(before[cue.end() - len(cue.group(0)) + 2:] if cue else clause)
        if cue:
            # "合同总价的30%，即…", "total price … deposit of …": a part of the total
            tail = _TAX_INCLUDED.sub("", before[cue.start() + 2:])  # "（含13%增值税）" is a total's
            not_total = _NOT_TOTAL.search(tail) or _NET_BEFORE_CUE.search(before[:cue.start()])
        total_cue = bool(cue) and not not_total
        if not not_total and (not total_cue or _THRESHOLD_BEFORE.search(before)):
            # ("the aggregate of all Losses exceeds $50,000": a threshold, whatever the cue)
            not_total = _PART_BEFORE.search(before)
            total_cue = total_cue and not not_total
        if not total_cue and not not_total and _DEFINED_TOTAL_AFTER.match(text, end):
            total_cue = True  # "$7,250,000.00 (the "Purchase Price")"
        if not total_cue and _TABLE_TOTAL.search(text[text.rfind("\n", 0, start) + 1:start]):
            total_cue = True  # the figure in a table's total row ("合计 | … | 313,195.36")
        unit_cue = bool(_UNIT_CUES.search(clause) or _UNIT_AFTER.match(text[end:end + 80])
                        or _RATE_NAMED.search(text, max(0, start - 80), start))
        # "变更为（大写：…）（小写：¥758,000.00）": the words in brackets stand between
        revised_before = _WORDS_BRACKET.sub("", before.replace("\n", ""))
        if not unit_cue and _REVISED.search(revised_before) and any(o.total_cue and o.end > start - 200 for o in out):
            # "总金额由X调整为Y", "原合同总价款X元增加Y元，调整后合同总价款为Z元": the new figure
            # is the total
            for o in out:
                if o.end > start - 200:
                    o.total_cue = False
            total_cue = True
        elif not unit_cue and cue and _REVISED.search(revised_before) and not _NOT_TOTAL.search(before[cue.end():]):
            # "原合同总价款调整为人民币(大写)…( ¥3,412,000.00 )": the total itself, as revised; the
            # total stated before it is the old one
            for o in out:
                o.total_cue = False
            total_cue, not_total = True, None
        if out and out[-1].end > start - 40 and _TO_LINK.fullmatch(before):
            # "adjusted from RMB X to RMB Y", "月租金由5,200元调整为5,400元": the new figure is
            # what the old one was (a total, a rate, a minimum)
            prev = out[-1]
            unit_cue = unit_cue or prev.unit_cue
            if cued_flags[-1] and not unit_cue:
                prev.total_cue, total_cue, not_total = False, True, None
            elif prev.not_total and not total_cue and not _OLD_VALUE.match(why_not[-1]):
                not_total = _NOT_TOTAL.search(why_not[-1])  # (a deposit, a minimum: not "from X", the old value)
        line_before = text[text.rfind("\n", 0, start) + 1:start]
        if total_cue and _REVISED_TOTAL.search(line_before):
            for o in out:  # "Revised Total Contract Price   HK$ 1,146,000.00"
                o.total_cue = False
        if ocr_symbol and not scale and _in_wan_table(text, start):
            value = (value * 10 ** 4).quantize(Decimal("0.01"))  # "金额（万元）" over "合计 70.57"
        bare_flags.append(ocr_symbol)
        cued_flags.append(bool(cue))
        why_not.append(not_total.group(0) if isinstance(not_total, re.Match) else "")
        out.append(AmountCand(start=start, end=end, conf=conf, value=value, currency=currency,
                              raw=text[start:end], total_cue=total_cue,
                              unit_cue=unit_cue,
                              not_total=bool(not_total), signed=bool(pre) or misread_sign,
                              misread_sign=misread_sign and not pre))
    # figures with no currency of their own (a table's total row) are in the document's currency
    # (or the currency a table header or a note names: "Amount (GBP)", "All prices in USD")
    explicit = [c.currency for c, bare in zip(out, bare_flags) if not bare]
    named = [_CUR_PREFIX[m.group(0).lower()] for m in _CURRENCY_CODE.finditer(text)]
    doc_currency = (max(set(explicit), key=explicit.count) if explicit
                    else max(set(named), key=named.count) if named
                    else "CNY" if re.search(r"[\u4e00-\u9fff]", text) else None)
    kept = []
    for c, bare in zip(out, bare_flags):
        if bare:
            if doc_currency is None:
                continue
            c.currency = doc_currency
        kept.append(c)
    return kept


def _upper_int(s: str) -> int:
    """壹佰柒拾万零伍仟 → 1705000: cn2an per 亿/万 section (it rejects "万零伍仟" whole)."""
    total = 0
    for unit, factor in (("亿", 10 ** 8), ("万", 10 ** 4)):
        if unit in s:
            head, s = s.split(unit, 1)
            total += _upper_int(head) * factor if head else factor
    s = s.lstrip("零〇")
    if s:
        total += int(cn2an.cn2an(s, "normal"))
    return total


def parse_upper(words: str) -> Decimal | None:
    """Value of a Chinese uppercase amount: 壹拾贰万伍仟元整 → 125000, 叁佰元伍角 → 300.5."""
    w = words.replace("圆", "元").replace("正", "整").rstrip("整")
    m = re.fullmatch(r"(?P<y>[^元角分]*)元?(?:零?(?P<j>[^元角分])角)?(?:零?(?P<f>[^元角分])分)?", w)
    if not m:
        return None
    try:
        yuan = Decimal(_upper_int(m.group("y"))) if m.group("y") else Decimal(0)
        jiao = Decimal(int(cn2an.cn2an(m.group("j"), "normal"))) if m.group("j") else Decimal(0)
        fen = Decimal(int(cn2an.cn2an(m.group("f"), "normal"))) if m.group("f") else Decimal(0)
    except (ValueError, KeyError, IndexError):
        # cn2an raises KeyError/IndexError, not only ValueError, on some garbled unit orders
        # ("拾佰" read by OCR): an amount that does not parse is no amount
        return None
    return yuan + jiao / 10 + fen / 100


_WORDS_LABEL = re.compile(r"[(（]?\s*大写\s*[)）]?\s*[:：]?\s*(?:人民币)?\s*(?P<w>[^)）\n。;；,，]{2,24})")


def find_upper_amounts(text: str) -> list[WordsAmount]:
    """Uppercase amounts; one after a "大写" label that does not parse (OCR garbled it) comes
    back with value -1 so that the check fails and a person looks at it."""
    out: list[WordsAmount] = []
    for m in _UPPER.finditer(text):
        words = m.group("w").replace("\n", "")
        if not re.search("[壹贰叁肆伍陆柒捌玖]", words):
            continue
        value = parse_upper(words)
        if value is None and not re.search(_GARBLED, words):
            continue
        out.append(WordsAmount(start=m.start("w"), end=m.end("w"), conf=0.85 if value else 0.4,
                               words=words, value=value if value is not None else Decimal(-1)))
    for m in _WORDS_LABEL.finditer(text):
        if any(w.start <= m.start("w") < w.end + 2 or m.start("w") <= w.start < m.end("w")
               for w in out):
            continue
        out.append(WordsAmount(start=m.start("w"), end=m.end("w"), conf=0.4,
                               words=m.group("w").strip(), value=Decimal(-1)))
    out.sort(key=lambda w: w.start)
    return out


def pick_total(amounts: list[AmountCand]) -> AmountCand | None:
    """The amount introduced by a total cue (合同总价, "total amount"), else the largest amount
    that is neither a rate (per month, 单价) nor a deposit, penalty, advance or salary; None when
    every amount is one of those (an employment contract, an NDA with a penalty clause)."""
    cued = [a for a in amounts if a.total_cue and not a.unit_cue]
    if cued:
        first = cued[0]
        if not first.signed and "." not in first.raw:
            # "合计 1,100" (a total row's quantity, its sum lost), then "(小写) ¥318,000.00"
            first = next((a for a in cued[1:] if a.signed), first)
        return _with_tax(first, amounts)
    # (a nominal sum, a fee of a few hundred: no contract's total)
    plain = [a for a in amounts if not a.unit_cue and not a.not_total and a.value >= 1000]
    return max(plain, key=lambda a: a.value) if plain else None


def _with_tax(total: AmountCand, amounts: list[AmountCand]) -> AmountCand:
    """The total with its tax where the figures right after it add the tax to it ("Net Total
    27,206.00 / VAT @ 20% 5,441.20 / Order Total 32,647.20", "A$84,000.00 plus GST of
    A$8,400.00, being a total of A$92,400.00"): the sum is what is paid."""
    after = [a for a in amounts if total.start < a.start <= total.end + 300 and a.currency == total.currency]
    for k, t in enumerate(after):
        if not t.unit_cue and any(t.value == total.value + x.value for x in after[:k] if x.value > 0):
            return t
    return total


def _upper_form(value: Decimal) -> str:
    """The uppercase words of ``value`` as written on a contract, without 整/人民币."""
    return _plain_upper(cn2an.an2cn(f"{value:.2f}", "rmb"))


def _plain_upper(words: str) -> str:
    return re.sub(r"[整正\s]|人民币", "", words).replace("圆", "元")


def _misread_readings(figure: AmountCand) -> list[Decimal]:
    """What garbled figures may have been printed as: without their first digit when that digit
    is the ¥ OCR read as one ("¥81,600.00" → "881,600.00", or as two: "#84,350,000.00"; never
    after a printed currency), and,
    for a first group of five or more digits, without the digit that stands where its thousands
    separator was ("1,071,000.00" read as "11071,000.00")."""
    out: list[Decimal] = []
    fig = f"{figure.value:.2f}"
    if (not figure.signed or figure.misread_sign) and len(fig) >= 5:
        out.append(Decimal(fig[1:]))
    num = re.search(r"\d[\d,，]*(?:\.\d{1,2})?", figure.raw)
    head = re.match(r"\d+(?=[,，]\d{3})", num.group(0)) if num else None
    if head and len(head.group(0)) >= 5:
        k = len(head.group(0)) - 4
        parsed = _to_decimal(num.group(0)[:k] + "," + num.group(0)[k + 1:])
        if parsed is not None:
            out.append(parsed[0])
    return [v.quantize(Decimal("0.01")) for v in out if v > 0]


def yuan_read_as_digit(figure: AmountCand, words: WordsAmount) -> Decimal | None:
    """The figures as printed when OCR turned the ¥ or a thousands separator into a digit
    (:func:`_misread_readings`), and the uppercase words say so: they equal one of those
    readings, or, with characters OCR garbled (玖万捌仟架佰陆拙伍元 for 玖万捌仟柒佰陆拾伍元),
    are clearly nearer to it than to the figures as read. None when the figures stand."""
    if figure.value <= 0 or figure.value == words.value:
        return None
    if not re.match(f"[壹贰叁肆伍陆柒捌玖]|{_GARBLED_FIRST}", words.words):  # words OCR cut short ("…拾捌万")
        return None
    readings = _misread_readings(figure)
    if words.value > 0:
        return next((r for r in readings if r == words.value), None)
    # a character that is no numeral or unit was garbled: it may stand for any
    read = re.sub(f"[^{_UPPER_CHARS}]", "?", _plain_upper(words.words))
    far = levenshtein(read, _upper_form(figure.value), wild="?")
    for r in readings:
        near = levenshtein(read, _upper_form(r), wild="?")
        if near <= max(2, len(read) // 4) and near + 2 <= far:
            return r
    return None


def pair_figure(words: WordsAmount, amounts: list[AmountCand], text: str,
                total: AmountCand | None) -> AmountCand | None:
    """The figure the uppercase amount restates: the nearest amount in the same sentence,
    else the contract total."""
    best, best_d = None, 10 ** 9
    for a in amounts:
        lo, hi = min(a.end, words.end), max(a.start, words.start)
        between = text[min(lo, hi):max(lo, hi)] if hi > lo else ""
        if re.search(r"[。;；]|\n\s*\n", between):
            continue
        d = max(0, hi - lo)
        if d < best_d and d <= 60:
            best, best_d = a, d
    return best or total
