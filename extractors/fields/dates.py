"""Dates: signing, effective and expiry dates, and the contract term.

Term rule: a term of N years (months, days) starting on day S ends on the day before the same
calendar date N years later (S + N − 1 day): 2025-04-01 + 2 years → 2027-03-31, the usual
convention of Chinese and English contracts ("自2025年4月1日起至2027年3月31日止").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta

import cn2an
import dateparser
from dateutil.relativedelta import relativedelta

from extractors.fields._common import Cand, context_before

_MONTHS = (r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
           r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?")
_CN_DIGITS = "〇○零OoО一二三四五六七八九"
_DATE = re.compile(
    r"(?P<zh>(?<!\d)(?P<zy>(?:19|2[0O])[\dOo]{2})\s*[年午]\s*(?P<zm>[\dOo]{1,2})\s*(?:月|(?P<zmis>[A目用日]))\s*"
    r"(?P<zd>[\dOo]{1,2})(?!\d)\s*(?P<zday>[日号])?)"
    rf"|(?P<cn>(?P<cy>[{_CN_DIGITS}0](?:\s?[{_CN_DIGITS}0]){{3}})\s*[年午]\s*(?P<cm>[一二三四五六七八九十]{{1,3}})\s*月\s*"
    r"(?P<cd>[一二三四五六七八九十]{1,3})\s*[日号])"
    r"|(?P<iso>(?<![\d.])(?P<iy>(?:19|20)\d{2})\s?[-/.]\s?(?P<im>\d{1,2})\s?[-/.]\s?"
    r"(?P<id>\d{1,2})(?!\d|\.\d))"
    rf"|(?P<en>(?:(?P<ed1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:{_MONTHS})\.?,?\s+"
    rf"|(?:{_MONTHS})\.?\s+(?P<ed2>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*)(?:19|20)\d{{2}})"
    r"|(?P<num>(?<![\d.])\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d{2}(?!\d|\.\d))",
    re.IGNORECASE,
)

_DIGIT_OF = {c: str(i) for i, c in enumerate("〇一二三四五六七八九")}
_DIGIT_OF.update({"○": "0", "零": "0", "O": "0", "o": "0", "О": "0", "0": "0"})


@dataclass
class DateCand(Cand):
    value: date
    raw: str
    loose: bool = False
    kinds: dict[str, float] = field(default_factory=dict)  # kind -> confidence


@dataclass
class TermCand(Cand):
    years: int = 0
    months: int = 0
    days: int = 0


def _o(s: str) -> tuple[str, bool]:
    t = s.replace("O", "0").replace("o", "0")
    return t, t != s


_NUMERIC = re.compile(r"(?<![\d.])(\d{1,2})[/.](\d{1,2})[/.](?:19|20)\d{2}(?!\d)")
_BRITISH = re.compile(r"£|\bGBP\b|\bLimited\b|\bPLC\b|England|Wales|Singapore|Hong\s+Kong|Australia|"
                      r"India|\b(?:organised|authorised|licence|centre|programme)\b")
# how the drafter writes dates out: day first ("10 January 2024") or month first ("January 10,
# 2024"). (A party's address or the governing law says where a party is, not how the
# document is dated.)
_DAY_FIRST_WRITTEN = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?:{_MONTHS})\.?\s*,?\s+(?:19|20)\d{{2}}")
_MONTH_FIRST_WRITTEN = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*(?:19|20)\d{{2}}")


def numeric_date_order(text: str, lang: str) -> str:
    """"DMY" or "MDY" for the document's numeric dates ("03/04/2025"): a part above 12 settles
    it (18/03/2025 is day-first); else dates written out elsewhere in the document (day first
    wins when there are both), then British spelling or currency mean day-first, none
    month-first; Chinese documents are day-first. An American lease may still say
    "authorised signatory"."""
    for m in _NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a > 12 >= b:
            return "DMY"
        if b > 12 >= a:
            return "MDY"
    if lang == "zh" or _DAY_FIRST_WRITTEN.search(text):
        return "DMY"
    if _MONTH_FIRST_WRITTEN.search(text):
        return "MDY"
    return "DMY" if _BRITISH.search(text) else "MDY"


def _parse(m: re.Match[str], lang: str, order: str | None = None) -> tuple[date, bool] | None:
    try:
        if m.group("zh"):
            y, l1 = _o(m.group("zy"))
            mo, l2 = _o(m.group("zm"))
            d, l3 = _o(m.group("zd"))
            if m.group("zmis") and not m.group("zday"):
                return None  # "2023年6 A 22日": a 月 OCR misread, believed with its 日 only
            return date(int(y), int(mo), int(d)), l1 or l2 or l3 or not m.group("zday") or bool(m.group("zmis"))
        if m.group("cn"):
            y = "".join(_DIGIT_OF[c] for c in m.group("cy") if not c.isspace())
            return date(int(y), int(cn2an.cn2an(m.group("cm"), "smart")),
                        int(cn2an.cn2an(m.group("cd"), "smart"))), False
        if m.group("iso"):
            return date(int(m.group("iy")), int(m.group("im")), int(m.group("id"))), False
        raw = re.sub(r"\bday\s+of\s+", "", m.group(0), flags=re.IGNORECASE)
        if not m.group("num"):
            order = None
        elif order is None:
            order = "DMY" if lang == "zh" else None
        settings: dict = {"REQUIRE_PARTS": ["day", "month", "year"],
                          "PREFER_DAY_OF_MONTH": "first"}
        if order:
            settings["DATE_ORDER"] = order
        parsed = dateparser.parse(raw, languages=["en"], settings=settings)
        if parsed is None:
            return None
        # "03/04/2025" is ambiguous: a numeric day-month pair counts as loose
        return parsed.date(), bool(m.group("num"))
    except (ValueError, KeyError):
        return None


# context cues: (regex on the text before, regex on the text after, kind, confidence)
_CUES: list[tuple[re.Pattern[str] | None, re.Pattern[str] | None, str, float]] = [
    (re.compile(r"(?:生效日期|生效日|effective\s+date|effective\s+(?:as\s+of|on|from)|commenc\w*(?:\s+on|\s+from)?|"
                r"(?:effective|commencement|start)\s+date[\"”’']?\s+(?:means|shall\s+mean)|"
                r"(?<!rent )(?<!payment )(?<!works )(?:start|commencement)\s+date(?:\s+(?:will|shall)\s+be|\s+is)?|with\s+effect\s+from|"
                r"起租日|开始日期|起始日期|放款日|起息日|on[-\s]hire(?:\s+date)?|hire\s+start(?:\s+date)?|"
                r"takes?\s+effect\s+(?:on|from|as\s+of)|comes?\s+into\s+(?:force|effect)\s+(?:on|from|as\s+of)|"
                r"(?:taken|took)\s+effect\s+(?:on|from|as\s+of)|(?:shall\s+)?begin\s+on|"
                r"become\s+effective\s+(?:on|from|as\s+of)|(?:will\s+|shall\s+)?(?:starts?|begins?)\s+on|"
                r"(?:term|period)[^.;\n]{0,20}?\s+(?:beginning|starting)\s+on(?:\s+and\s+including)?)"
                r"\s*(?:为|是|:)?\s*(?:the\s+)?$", re.I),
     None, "effective", 0.9),
    (re.compile(r"(?:advanced|disbursed|drawn\s+down|released)\s+(?:on|as\s+of)\s*$", re.I), None,
     "effective", 0.75),
    (re.compile(r"(?:repa(?:id|y)[^.;\n]{0,20}(?:on\s+or\s+before|on|by)|(?:final\s+)?maturity\s+date|"
                r"final\s+repayment\s+date|termination\s+date|到期日|还款日|"
                r"届满之日|还款日期|归还日期|到期日期|还款期限)\s*(?:为|是|:|：)?\s*$", re.I), None, "expiry", 0.8),
    # "转让方与受让方于2025年10月23日在杭州市滨江区签订本协议"
    (re.compile(r"于\s*$"), re.compile(r"^\s*(?:日)?[^。；;\n《]{0,20}?(?:签订|签署|订立)(?![^。\n]{0,3}《)"), "signed", 0.8),
    # "借款人承诺于二〇二五年一月七日前归还全部借款"
    (re.compile(r"(?:于|在)\s*$"), re.compile(r"^\s*(?:之?前)?\s*(?:一次性)?\s*(?:归还|偿还|还清|返还)"), "expiry", 0.8),
    (None, re.compile(r"^\s*\(\s*(?:the\s+)?[\"“]?(?:final\s+)?(?:maturity|expiry|expiration|termination|end|"
                      r"repayment)\s+date", re.I),
     "expiry", 0.85),
    (None, re.compile(r"^\s*(?:\(\s*(?:the\s+)?[\"“]?(?:effective|commencement|start)\s+date|起\s*生效|生效|起施行)", re.I),
     "effective", 0.9),
    (re.compile(r"(?:自|从)\s*$"), re.compile(r"^\s*(?:起|开始)"), "effective", 0.7),
    (re.compile(r"(?:到期日|届满日|终止日期?|截止日期?|失效日期?|expir\w*\s*(?:date)?(?:\s+on)?|off[-\s]hire(?:\s+date)?|"
                r"hire\s+end(?:\s+date)?|"
                r"until|till|terminat\w*\s+on|end\w*\s+on|through|expiry\s+date|end\s+date|"
                r"(?:until|terminat\w*\s+on|end\w*\s+on)\s+and\s+including|"
                r"(?:term|period)[^.;\n]{0,20}?\s+(?:ending|expiring|terminating))"
                r"\s*(?:为|是|:)?\s*(?:the\s+)?$", re.I),
     None, "expiry", 0.85),
    (None, re.compile(r"^\s*(?:止|到期|届满|终止|为止)"), "expiry", 0.8),
    (re.compile(r"(?:有效期|期限|租期|合同期|聘用期|服务期)[^。;\n]{0,6}(?:至|到)\s*$"), None, "expiry", 0.85),
    (re.compile(r"(?:签订日期|签署日期|签约日期|签订时间|签署时间|签约时间|签字日期|签订于|签署于|"
                r"signed\s+(?:on|at|as\s+of)?|dated(?:\s+as\s+of)?|entered\s+into\s+(?:on|as\s+of)?(?:\s+this)?|"
                r"made(?:\s+(?:on|as\s+of|this))?|executed\s+(?:on|as\s+of)|sign(?:ing|ature)\s+date|"
                # "made and executed at Bengaluru on this 2nd day of September, 2024"
                r"(?:made|executed|signed|entered\s+into)(?:\s+and\s+(?:executed|entered\s+into|signed))?\s+(?:at|in)\s+"
                r"[A-Z][\w.'-]*(?:[ ,]+[A-Z][\w.'-]*){0,3}\s*,?\s+on|"
                r"(?:agreement|contract|lease|deed|licen[cs]e|tenancy)\s+date|"
                r"date\s+of\s+(?:signing|execution|signature)|date\s+of\s+(?:this\s+|the\s+)?(?:contract|agreement|deed|letter|lease|tenancy))"
                r"\s*(?:为|是|:)?\s*(?:this\s+)?(?:the\s+)?$", re.I),
     None, "signed", 0.9),
    (re.compile(r"(?:于|在)\s*$"), re.compile(r"^[^。\n]{0,12}(?:签订|签署|签约|签字)"), "signed", 0.85),
    (re.compile(r"(?<!开工)(?<!竣工)(?<!交货)(?<!交付)(?<!到货)(?<!付款)(?<!完工)(?<!验收)"
                r"(?<!delivery )(?<!completion )(?<!payment )(?:日期|date|时间)\s*:?\s*$", re.I),
     None, "date_label", 0.0),
]

_ORIGINAL = re.compile(r"(?:原合同|原协议|已于|曾于|\boriginal\b|previously|entered\s+into\s+(?:a|an)\b)"
                       r"[^。;；\n]{0,70}$", re.I)
# another document's date: "the Lease dated …", "your quotation dated …", "于…签订的《…》"
_OTHER_DOC_DATED = re.compile(r"(?<!this\s)\b(?:agreement|contract|lease|quotation|letter|deed|order|tender|offer|invoice|"
                              r"proposal|facility|instrument|notice)(?:\s+(?:no\.?|ref\.?|number)\s*\S+)?\s*,?\s+dated"
                              r"(?:\s+as\s+of)?\s*(?:the\s+)?$", re.I)
_SIGNED_OTHER_DOC = re.compile(r"^\s*(?:日)?\s*(?:签订|签署|订立|签定)(?:了|的)\s*《")
# a recital ("WHEREAS … a Consultancy Agreement dated …", "鉴于双方于…签订了《…》") tells the
# history: its dates are not this contract's signing
_RECITAL = re.compile(r"(?:\bwhereas\b|鉴于)[^。;；\n]{0,150}$", re.I)
# "dated 2022-05-03 (the "Original Agreement")", "（以下简称“原合同”）"
_NAMED_ORIGINAL = re.compile(r"^[^。;；\n]{0,20}?[(（][^)）\n]{0,24}(?:original|principal|existing|master|原合同|原协议|主合同)",
                             re.I)
# "一" is how OCR reads the dash between two dates ("2026年10月13日一2028年4月12日")
_RANGE_SEP = re.compile(r"^\s*(?:起)?\s*(?:至|到|—|–|-|~|～|一|(?:up\s+)?(?:to|until|till|through|thru)(?:\s+and\s+including)?|"
                        r"(?:\(\s*inclusive\s*\)\s*)?(?:and|,)\s+(?:ending|expiring|terminating)\s+on)\s*$", re.I)
# the period of a loan runs from the drawdown: where the contract takes effect on signing, the
# start of this period is not its effective date
_LOAN_PERIOD = re.compile(r"(?:借款|贷款|授信|提款|用款)期限?|loan\s+(?:term|period)|availability\s+period|"
                          r"drawdown\s+period|term\s+of\s+the\s+loan", re.I)
_SUB_PERIOD = re.compile(r"(?:(?:试用期|见习期|免租期|装修期|probation(?:ary)?\s+period|rent[-\s]free\s+period|"
                         r"fit[-\s]?out\s+period)(?:[(（][^)）\n]{0,14}[)）])?[^。;；\n(（]{0,8}"
                         # the term of a right the contract deals in, not the contract's own: a trademark
                         # registration, a patent, a business licence, land use
                         r"|(?:专用权|专利权|注册有效|营业|经营|土地使用权|使用权|执照|证书|许可证)(?:期限|有效期)[^。;；\n]{0,6})$", re.I)
_TERM_WORDS = re.compile(r"有效期|期限|租期|租赁期|合同期|聘用期|服务期|借款期|许可期|劳动合同期|"
                         r"\bterm\b|\bperiod\b|\bvalid|\beffect|lease|\bextend\w*|\brenew\w*|租赁|延长|续", re.I)
_EN_NUM = {w: i for i, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split())}
_EN_NUM.update({"thirty": 30, "thirty-six": 36, "twenty-four": 24, "forty-eight": 48,
                "sixty": 60})
_TERM_ZH = re.compile(
    r"(?:有效期限?|合同期限|期限|租期|租赁期限?|合同期|聘用期限?|服务期限?|借款期限|许可期限|劳动合同期限|"
    r"试用期)\s*(?:为|是|:|共|共计)?\s*(?:自[^。;\n]{0,30}?起\s*)?"
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|[壹贰叁肆伍陆柒捌玖拾]{1,3})\s*(?:\(\s*\d+\s*\)\s*)?"
    r"(?P<unit>年|个月|个自然月|月|日|天|周|个星期|星期)")
_TERM_EN = re.compile(
    r"(?P<pre>(?:term|period|duration|remain\s+in\s+(?:full\s+)?(?:force|effect)(?:\s+and\s+effect)?|"
    r"valid|continue)[^.;\n]{0,25}?)(?:\b(?:of|for|be|is)\s+|(?:(?<=term)|(?<=period)|(?<=duration))(?:[ \t]*[:.][ \t]*|[ \t]{3,}|[ \t]*:?[ \t]*\n[ \t]*))"
    r"(?:a\s+(?:term|period)\s+of\s+)?"
    r"(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:\(\s*(?P<n2>\d{1,3})\s*\)\s*)?"
    r"(?:(?:calendar|gregorian|consecutive|full)\s+)?(?P<unit>years?|months?|weeks?|days?)\b", re.I)


# "shall terminate two (2) years after the Effective Date", "repaid … on the date falling
# twenty-four (24) months after the date of this Agreement": a term told by where it ends
_TERM_AFTER = re.compile(
    r"\b(?:terminat\w*|expir\w*|end(?:s|ing)?|ceas\w*|continue\w*|remain\w*|valid|in\s+force|due|matur\w*|repa\w*|payable)"
    r"\b[^.;\n]{0,40}?\b(?P<n>\d{1,3}|[a-z]+(?:-[a-z]+)?)\s*(?:\(\s*(?P<n2>\d{1,3})\s*\)\s*)?(?P<unit>years?|months?)\s+"
    r"(?:after|from|following)\s+(?:the\s+)?(?:effective\s+date|commencement\s+date|"
    r"date\s+(?:hereof|of\s+this\s+(?:agreement|contract|deed|lease|letter|note)))", re.I)


def _cn_int(s: str) -> int | None:
    if s.isdigit():
        return int(s)
    if s.lower() in _EN_NUM:
        return _EN_NUM[s.lower()]
    try:
        return int(cn2an.cn2an(s, "smart"))
    except ValueError:
        return None


_RECITALS_START = re.compile(r"\bwhereas\b|^[ \t]*(?:recitals|background)[ \t]*:?[ \t]*$|鉴于", re.IGNORECASE | re.MULTILINE)
_RECITALS_END = re.compile(r"\bnow,?\s+(?:therefore|it\s+is)\b|\bit\s+is\s+(?:hereby\s+)?agreed\b|\bagree[sd]?\s+as\s+follows"
                           r"|^[ \t]*(?:agreed\s+terms|operative\s+provisions)|达成如下|协议如下|约定如下|[。]",
                           re.IGNORECASE | re.MULTILINE)


def recital_spans(text: str) -> list[tuple[int, int]]:
    """Where the recitals stand: from "WHEREAS" (or a "RECITALS" heading, or 鉴于) to "NOW,
    THEREFORE" / "IT IS AGREED" / "agree as follows" (the end of the sentence for 鉴于), at most
    2,500 characters."""
    spans: list[tuple[int, int]] = []
    pos = 0
    while (m := _RECITALS_START.search(text, pos)) is not None:
        end = _RECITALS_END.search(text, m.end(), min(len(text), m.end() + 2500))
        hi = end.start() if end else min(len(text), m.end() + 1500)
        spans.append((m.start(), hi))
        pos = max(hi, m.end())
    return spans


def find_dates(text: str, lang: str, tail_start: int | None = None) -> list[DateCand]:
    """Every date in the text, with the kinds its context suggests.

    ``tail_start`` is where the signature block starts (a bare "日期：" / "Date:" there is the
    signing date); without it the last 40 % of the text counts as the tail.
    """
    out: list[DateCand] = []
    order = numeric_date_order(text, lang)
    for m in _DATE.finditer(text):
        parsed = _parse(m, lang, order)
        if parsed is None:
            continue
        value, loose = parsed
        out.append(DateCand(start=m.start(), end=m.end(), conf=0.0, value=value,
                            raw=m.group(0), loose=loose))
    n = len(text)
    tail = tail_start if tail_start is not None else int(0.6 * n)
    for i, d in enumerate(out):
        before = context_before(text, d.start, 45)
        ls = text.rfind("\n", 0, d.start) + 1
        if ls > 0 and not text[ls:d.start].strip():
            # a date at the start of a line of wrapped prose: its words end the line before
            # ("Your employment commences on" / "6 January 2025")
            prev = text[text.rfind("\n", 0, ls - 1) + 1:ls - 1].rstrip()
            if prev and prev[-1] not in "。；;.:：" and len(prev) >= 20:
                before = context_before(prev + " ", len(prev) + 1, 45)
        if i and out[i - 1].end > d.start - 45:
            before = text[out[i - 1].end:d.start]  # stop at the previous date
        # "will begin on Monday, December 2, 2024": the weekday stands between
        before = _HOUR_BEFORE_ON.sub("", _WEEKDAY_END.sub("", before))
        after = text[d.end:d.end + 32]
        for bre, are, kind, conf in _CUES:
            if (bre is None or bre.search(before)) and (are is None or are.search(after)):
                if kind == "date_label":
                    # "日期：" / "Date:" – a signing date in the signature block or the heading
                    in_tail = d.start >= tail
                    in_head = d.start < 0.15 * n
                    kind, conf = "signed", (0.75 if in_tail else 0.6 if in_head else 0.45)
                d.kinds[kind] = max(d.kinds.get(kind, 0.0), conf)
    # a date alone on its line near the top (a letter's date, "Shanghai, 5 March 2024")
    for d in out:
        if d.start > 1500:
            break
        ls = text.rfind("\n", 0, d.start) + 1
        le = text.find("\n", d.end)
        line = text[ls:le if le >= 0 else len(text)]
        line_no = text.count("\n", 0, ls)
        if line_no < 15 and not d.kinds and re.fullmatch(r"[\s,，.A-Za-z\u4e00-\u9fff]{0,20}?", line[:d.start - ls]) \
                and not line[d.end - ls:].strip(" .,。"):
            d.kinds["signed"] = 0.55
    # another document's date, the date of the original contract an amendment refers to: not
    # this one's signing date
    for d in out:
        if _OTHER_DOC_DATED.search(text[max(0, d.start - 60):d.start]) or \
                _SIGNED_OTHER_DOC.match(text[d.end:d.end + 12]):
            d.kinds.pop("signed", None)
            d.kinds.pop("effective", None)
    for d in out:
        if "signed" in d.kinds and (_ORIGINAL.search(text[max(0, d.start - 80):d.start])
                                    or _RECITAL.search(text[max(0, d.start - 160):d.start])
                                    or _NAMED_ORIGINAL.match(text[d.end:d.end + 60])):
            d.kinds.pop("signed")
    # ranges: 自DATE起至DATE止 / from DATE to DATE
    for a, b in zip(out, out[1:]):
        if _RANGE_SEP.match(text[a.end:b.start]):
            ctx = context_before(text, a.start, 40)
            conf = 0.9 if _TERM_WORDS.search(ctx) else 0.45
            if _LOAN_PERIOD.search(ctx) and effective_upon_signing(text):
                a.kinds.pop("effective", None)
            else:
                a.kinds["effective"] = max(a.kinds.get("effective", 0.0), conf)
            b.kinds["expiry"] = max(b.kinds.get("expiry", 0.0), conf)
            a.kinds.pop("signed", None)
            b.kinds.pop("signed", None)
    # the recitals tell the history: "WHEREAS (A) By a Tenancy Agreement dated … for a term of two
    # years from 15 May 2022 to 14 May 2024" is the old term, stated again after them as renewed
    for lo, hi in recital_spans(text):
        for d in out:
            if lo <= d.start < hi:
                for k in ("effective", "expiry"):
                    if k in d.kinds:
                        d.kinds[k] *= 0.5
    # an amendment's new wording: 'deleting "June 30, 2025" and replacing it with "June 30,
    # 2027"' — the new date is what the old one was, as the old one's other mentions tell ("an
    # initial term ending June 30, 2025")
    for a, b in zip(out, out[1:]):
        if _REPLACED_WITH.fullmatch(text[a.end:b.start]) and (
                re.search(r"replac|substitut", text[a.end:b.start], re.I)
                or re.search(r"replac\w*|substitut\w*", text[max(0, a.start - 40):a.start], re.I)):
            for o in out:
                if o.value == a.value and o is not b:
                    for k in ("effective", "expiry"):
                        if k in o.kinds:
                            b.kinds[k] = max(b.kinds.get(k, 0.0), 0.85)
    # the end of a probation or rent-free period is not the contract's ("其中试用期至2026年8月19日止")
    sub_period: list[DateCand] = []
    for d in out:
        # the end of a range whose start is a sub-period's ("试用期从X起至Y止") is one too
        after_sub = bool(sub_period) and sub_period[-1] is not d and _RANGE_SEP.match(text[sub_period[-1].end:d.start])
        if after_sub or _SUB_PERIOD.search(text[max(0, d.start - 30):d.start]):
            d.kinds.pop("expiry", None)
            d.kinds.pop("effective", None)
            sub_period.append(d)
    # how long a quotation or an offer stands ("Quote Valid Until: 06/28/2024") is not the term
    # and how long a guarantee, a bond or a policy runs ("extend the validity of its bank
    # guarantee of RM82,200.00 until 31 December 2027") neither
    for d in out:
        if _OFFER_VALID.search(text[max(0, d.start - 40):d.start]) \
                or _SECURITY_VALID.search(text[max(0, d.start - 80):d.start]):
            d.kinds.pop("expiry", None)
    # an unlabelled date near the end (under the seals) is probably the signing date
    for d in out:
        if not d.kinds and d.start >= max(tail, int(0.6 * n)):
            d.kinds["signed"] = 0.35
    for d in out:
        # "entered into as of <date> (the "Effective Date")": that date is the effective date;
        # a signing date elsewhere (signature block) is the better signing date
        if "signed" in d.kinds and "effective" in d.kinds:
            d.kinds["signed"] *= 0.7
        if d.loose:
            d.kinds = {k: v * 0.8 for k, v in d.kinds.items()}
    return out


_WEEKDAY_END = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*(?:the\s+)?$", re.IGNORECASE)
# "ends at 11:59 p.m. on April 30, 2025": the hour stands between the cue and its date
_HOUR_BEFORE_ON = re.compile(r"(?:at\s+)?(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?|hours|hrs)?|\d{1,2}\s*[ap]\.?\s?m\.?|noon|"
                             r"midnight)\s*(?:\([^)\n]{0,20}\)\s*)?(?=on\s*(?:the\s+)?$)", re.IGNORECASE)


# periods that are not the contract's term: named for something else ("Warranty Period 12
# months", "probation period of three months") or counted from an event of performance ("six
# (6) months from delivery")
_OTHER_PERIOD_BEFORE = re.compile(
    r"\b(?:warranty|guarantee|defects?(?:\s+liability)?|probation(?:ary)?|trial|notice|grace|cure|credit|"
    r"payment|cooling[-\s]off|rent[-\s]free|fit[-\s]?out|retention|exclusivity|non[-\s]?compet\w*|"
    r"non[-\s]?solicit\w*|lock[-\s]?in)[ \t]*$", re.I)
_OTHER_PERIOD_AFTER = re.compile(
    r"[ \t]*(?:\([^)\n]{0,12}\)[ \t]*)?(?:from|after|following)\s+(?:the\s+)?(?:(?:date|day)\s+of\s+)?"
    r"(?:\w+\s+)?(?:delivery|acceptance|installation|completion|handover|hand-over|shipment|receipt|"
    r"commissioning|invoice|notice)\b", re.I)


# dates that end something other than the contract: how long a quotation or an offer stands
# ("Quote Valid Until: …", 报价有效期至), how long a guarantee, a bond or a policy runs
_OFFER_VALID = re.compile(r"(?:\b(?:quot(?:e|ation)|offer|proposal|pric(?:e|es|ing)|bid|tender)\b[^.;\n]{0,12}?"
                          r"\bvalid(?:ity)?\b(?:\s+(?:until|till|through|to|date|period))?|(?:报价|要约|报价单|投标)\s*有效期"
                          r"\s*(?:至|到)?)\s*[:：]?\s*$", re.IGNORECASE)
_SECURITY_VALID = re.compile(r"(?:\b(?:guarantee|security|bond|insurance|policy|letter\s+of\s+credit|L/C)\b"
                             r"(?:(?!\.\s+[A-Z])[^;]){0,40}?\b(?:until|till|expir\w*(?:\s+on)?|valid\w*\s+(?:until|till|to))"
                             r"|(?:保函|保证金|保险|信用证)[^。；;\n]{0,12}?有效期?\s*(?:延长)?\s*(?:至|到))\s*[:：]?\s*$", re.IGNORECASE)


# "for a period of 12 months from the date of this letter we shall not solicit …": how long a
# restriction lasts, not the contract
_RESTRICTION = re.compile(r"\b(?:shall|will|must|may)\s+not\s+(?:\w+\s+){0,3}?(?:solicit|compete|employ|entice|"
                          r"hire|poach|approach|engage\s+in|deal\s+with)", re.I)


def find_terms(text: str) -> list[TermCand]:
    out: list[TermCand] = []
    for m in _TERM_ZH.finditer(text):
        if m.group(0).startswith("试用期"):
            continue
        n = _cn_int(m.group("n"))
        if not n:
            continue
        unit = m.group("unit")
        t = TermCand(start=m.start(), end=m.end(), conf=0.8)
        if unit == "年":
            t.years = n
        elif unit in ("日", "天"):
            t.days = n
        elif unit.endswith(("周", "星期")):
            t.days = 7 * n
        else:
            t.months = n
        out.append(t)
    for m in [*_TERM_EN.finditer(text), *_TERM_AFTER.finditer(text)]:
        n = _cn_int(m.group("n2") or m.group("n"))
        if not n or any(t.start <= m.start("n") < t.end for t in out):
            continue
        unit = m.group("unit").lower()
        if unit.startswith(("day", "week")) and not re.search(r"term|period", m.group("pre"), re.I):
            continue
        if _OTHER_PERIOD_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or _OTHER_PERIOD_AFTER.match(text, m.end()) \
                or _RESTRICTION.search(text[m.end():m.end() + 120].split(". ")[0]):
            continue  # a warranty, probation or notice period, one counted from delivery, a restriction's
        t = TermCand(start=m.start(), end=m.end(), conf=0.8 if m.group("n2") or
                     m.group("n").isdigit() or m.group("n").lower() in _EN_NUM else 0.5)
        if unit.startswith("year"):
            t.years = n
        elif unit.startswith("month"):
            t.months = n
        elif unit.startswith("week"):
            t.days = 7 * n
        else:
            t.days = n
        out.append(t)
    out.sort(key=lambda t: t.start)
    return out


def end_of_term(start: date, term: TermCand) -> date:
    """The last day of a term that starts on ``start`` (see the module docstring)."""
    return start + relativedelta(years=term.years, months=term.months, days=term.days) \
        - timedelta(days=1)


_UPON_SIGNING = re.compile(
    r"(?:签字|签章|盖章|签订|签署|签名)[^。;\n]{0,12}之日起\s*(?:正式)?生效|"
    # "本协议有效期为三年，自双方签署之日起计算": the term, and so the contract, runs from signing
    r"(?:有效期|期限)[^。;\n]{0,10}自[^。;\n]{0,10}(?:签字|签章|盖章|签订|签署)[^。;\n]{0,6}之日起|"
    r"(?:签字|签章|盖章|签署|签名|公章|专用章)(?:\s*[(（][^)）\n]{0,12}[)）])?[^。;\n]{0,4}(?:后|时)\s*(?:即\s*)?"
    r"(?:成立[并且及]?)?(?:正式)?生效|"
    r"(?:effective|takes?\s+effect|comes?\s+into\s+(?:force|effect)|becomes?\s+effective)\s+(?:upon|on|on\s+the\s+date\s+of|"
    r"from\s+the\s+date\s+of|as\s+of\s+the\s+date\s+of)\s+(?:its\s+|the\s+)?(?:signature|execution|signing)|"
    r"(?:takes?\s+effect|comes?\s+into\s+(?:force|effect)|becomes?\s+effective|commences?)\s+(?:on|from)\s+the\s+date\s+"
    r"(?:(?:stated|written|first\s+(?:written|stated))\s+(?:at\s+the\s+beginning|above)|"
    r"(?:on\s+which|when|that)\s+(?:it\s+(?:has\s+been|is|was)\s+)?(?:duly\s+)?(?:signed|executed|made))|"
    # "shall commence on the date of this Agreement", "take effect on the date hereof": the
    # date the agreement is dated
    r"(?:commences?|takes?\s+effect|comes?\s+into\s+(?:force|effect)|becomes?\s+effective|be\s+effective|is\s+effective|"
    r"(?:remains?|continues?)\s+in\s+(?:full\s+)?force"
    r"[^.;\n]{0,40}?)\s+(?:on|from|as\s+of)\s+the\s+date\s+(?:hereof|of\s+this\s+(?:agreement|contract|deed|letter|"
    r"amendment|addendum|variation|supplement\w*(?:\s+agreement)?|side\s+letter|lease|licen[cs]e))",
    re.I)


def effective_upon_signing(text: str) -> re.Match[str] | None:
    return _UPON_SIGNING.search(text)


# "自甲方收到乙方支付的预付款之日起生效", "upon receipt of the approval": the contract takes effect on
# an event whose date the paper does not give
_CONDITIONAL_EFFECT = re.compile(
    r"(?:自|于|在|待)[^。;；\n]{0,30}(?:收到|支付|付清|到账|批准|审批|核准|登记|备案|提交|交纳|缴纳)[^。;；\n]{0,20}"
    r"(?:之日起|之日|后|时)\s*(?:方|才)?\s*(?:正式)?生效|"
    r"(?:effective|take\s+effect|come\s+into\s+(?:force|effect))\s+(?:only\s+)?(?:upon|on|after|from)\s+(?:the\s+)?"
    r"(?:receipt|payment|approval|registration|satisfaction|fulfil{1,2}ment|date\s+on\s+which)|conditions?\s+precedent",
    re.I)


def effective_on_condition(text: str) -> re.Match[str] | None:
    return _CONDITIONAL_EFFECT.search(text)


_START_CUE = re.compile(r"(?:自|从|起始于|from|commenc\w*(?:\s+on)?|start\w*(?:\s+on)?|beginning(?:\s+on)?|"
                        r"effective\s+(?:from|on|as\s+of)|drawn\s+down\s+on)\s*(?:the\s+)?$", re.I)


# "借款期限为2年，自借款实际发放之日起计算", "for 24 months from the date of the first drawdown": a
# term that runs from an event whose date the paper does not give
_FROM_EVENT = re.compile(r"自[^。;；\n]{0,12}(?:发放|放款|提款|到账|交付|交房|验收|开业|收到)[^。;；\n]{0,6}之日|"
                         r"from\s+the\s+(?:date\s+of\s+)?(?:the\s+)?(?:first\s+|initial\s+)?"
                         r"(?:drawdown|disbursement|utili[sz]ation|advance|delivery|handover|completion)", re.I)


_SENTENCE_ENDS = ("。", "；", ";", "\n\n", ". ")
_REPLACED_WITH = re.compile(r"\s*[\"”’']?\s*(?:(?:and|,)\s*)?(?:(?:shall\s+be\s+|is\s+|are\s+)?(?:replac(?:ing|ed)|"
                            r"substitut(?:ing|ed))\s+(?:it\s+|them\s+)?)?(?:with|by)\s+[\"“‘']?\s*", re.I)
# a term counted from a date the contract names ("from the Date of Joining", "from the
# Commencement Date")
_FROM_NAMED_DATE = re.compile(r"\b(?:from|commencing\s+on|starting\s+on)\s+(?:and\s+including\s+)?the\s+"
                              r"(?P<name>(?:[A-Z][\w-]*\s+){0,3}(?:Date|Day)(?:\s+of\s+[A-Z][\w-]*)?)")


def _term_sentence(text: str, term: TermCand) -> tuple[int, int]:
    """Where the sentence that states ``term`` starts (the end before it, -1 for none) and ends."""
    lo = max(text.rfind(c, 0, term.start) for c in _SENTENCE_ENDS)
    hi_c = [i for i in (text.find(c, term.end) for c in _SENTENCE_ENDS) if i >= 0]
    return lo, min(hi_c) if hi_c else len(text)


def term_runs_from_event(text: str, term: TermCand) -> bool:
    """Whether the term's own sentence counts it from an event with no date on paper."""
    return _FROM_EVENT.search(text[term.start:_term_sentence(text, term)[1]]) is not None


def term_start(text: str, term: TermCand, dates: list[DateCand]) -> DateCand | None:
    """The date a term runs from when its own sentence states it ("租赁期限为三年，自2025年4月1日起
    计算", "for thirty-six (36) months commencing on 1 April 2025")."""
    lo, hi = _term_sentence(text, term)
    best: DateCand | None = None
    for d in dates:
        if not (lo < d.start < hi):
            continue
        if _START_CUE.search(text[max(lo, d.start - 30):d.start]) or "effective" in d.kinds:
            if "expiry" in d.kinds:
                continue
            best = best or d
    if best is None:
        # "three (3) years from the Date of Joining", where "shall join on 2nd December 2024
        # (the "Date of Joining")" defines it
        named = _FROM_NAMED_DATE.search(text, term.start, hi)
        if named:
            name = r"\s+".join(map(re.escape, named.group("name").split()))
            for m in re.finditer(rf"\(\s*(?:the\s+)?[\"“”'‘’]\s*{name}\s*[\"“”'‘’]\s*\)", text):
                best = next((d for d in dates if 0 <= m.start() - d.end <= 40), None)
                if best is not None:
                    break
    return best
